"""The figures of docs/discover.md on the US-outlet corpus of contested issues (immigration articles).

    .venv/bin/python docs/examples/immigration_figures.py [--corpus PATH]
"""

import argparse
from pathlib import Path

import matplotlib

matplotlib.use("agg")
import matplotlib.pyplot as plt  # noqa: E402

import framing  # noqa: E402
from framing import plots  # noqa: E402
from framing.discover import collocates  # noqa: E402

HERE = Path(__file__).resolve().parent
ap = argparse.ArgumentParser()
ap.add_argument("--corpus", default=str(HERE.parents[2] / "shared" / "corpora" / "abp_contested" / "abp_contested.jsonl.gz"))
args = ap.parse_args()
corpus = framing.load_corpus(framing.resolve_path(args.corpus, what="abp_contested corpus"), warn=False)
corpus = framing.Corpus(corpus.documents[corpus.documents["topic"] == "immigration"].reset_index(drop=True))
lexicon = str(HERE / "immigration.yaml")
terms = framing.count_terms(corpus, lexicon=lexicon, by="bias", voice="narrator")
fig, ax = plt.subplots(figsize=(10, 3))
plots.plot_label_shares(terms, family="unauthorized_immigrants", ax=ax,
                        title="How US outlets name immigrants without papers, by the outlet's rated bias")
plots.save_figure(fig, "contested-names-immigrants", HERE.parent / "figures", formats=("png",))
col = collocates(corpus, "illegal immigrants", lexicon=lexicon, by="bias", top=10)
fig, ax = plt.subplots(figsize=(7, 8))
plots.plot_collocates(col, ax=ax)
plots.save_figure(fig, "contested-collocates-illegal-immigrants", HERE.parent / "figures", formats=("png",))
print(terms[["group", "label", "count", "share", "share_low", "share_high", "family_docs"]].round(3).to_string(index=False))
print(col.to_string(index=False))
