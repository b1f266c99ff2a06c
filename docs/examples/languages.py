"""The worked example of docs/example-languages.md: how outlets writing in Arabic, Russian,
German, French, Spanish and English name the Syrian state and the jihadist group in their own
voice, each corpus read in its language with the bundled lexicon of that language.

    PYTHONPATH=src .venv/bin/python docs/examples/languages.py [--corpora ../shared/corpora] [--figure]
"""

import argparse
from pathlib import Path

import pandas as pd
from statsmodels.stats.multitest import multipletests

import framing
from framing.compare import permutation_p_value
from framing.stats import difference_interval

HERE = Path(__file__).resolve().parent
ap = argparse.ArgumentParser()
ap.add_argument("--corpora", default=str(HERE.parents[2] / "shared" / "corpora"))
ap.add_argument("--figure", action="store_true", help="write docs/figures/languages-names-*.png")
args = ap.parse_args()
corpora = Path(args.corpora)

# One table of documents per group: (group, language, lexicon, documents).
fakes = pd.read_csv(corpora / "fakes" / "fakes.csv").rename(columns={
    "unit_id": "doc_id", "article_title": "title", "article_content": "text", "source": "outlet"})
saudi_en = fakes[fakes["outlet"].isin(["arabiya", "asharqalawsat"])]
groups = [(f"{lang} (multilingual)", lang, f"syria_{lang}",
           pd.read_json(corpora / "multilingual" / f"{lang}.jsonl", lines=True)) for lang in ["ar", "ru", "de", "fr", "es"]]
groups += [
    ("en: Saudi outlets in FA-KES", "en", "syria", saudi_en),
    ("en: SANA in FA-KES", "en", "syria", fakes[fakes["outlet"] == "sana"]),
    ("en: Reuters in FA-KES", "en", "syria", fakes[fakes["outlet"] == "reuters"]),
    ("en: US outlets (abp_syria)", "en", "syria", framing.load_corpus(corpora / "abp_syria" / "abp_syria.jsonl.gz",
                                                                     warn=False).documents),
]

FAMILIES = ["syrian_state", "jihadist_name"]
tables, per_article = [], {}
for name, lang, lexicon, docs in groups:
    docs = docs.assign(outlet=name, doc_id=docs["doc_id"].astype(str))
    # the outlet's own voice: quotations left out, names in marks («داعش») kept with the narrator
    terms = framing.count_terms(docs, lexicon=lexicon, language=lang, voice="narrator", warn=False)
    tables.append(terms[terms["family"].isin(FAMILIES)].assign(articles=len(docs)))
    per_article[name] = framing.article_counts(docs, lexicon=lexicon, language=lang, voice="narrator", warn=False)
terms = pd.concat(tables, ignore_index=True)
terms.attrs["voice"] = "narrator"  # each table's attrs name its own lexicon; all were counted so

pd.set_option("display.width", 200)
for family in FAMILIES:
    t = terms[(terms["family"] == family) & (terms["family_count"] > 0)]
    wide = t.pivot_table(index="group", columns="label", values="count", aggfunc="sum", fill_value=0, sort=False)
    first = t.drop_duplicates("group").set_index("group")
    wide.insert(0, "articles", first["articles"])
    wide.insert(1, "with family", first["family_docs"])
    print(f"\n{family}: mentions in the outlet's own voice")
    print(wide.to_string())
    print(f"\n{family}: shares, 95% intervals with the article as the unit")
    shares = t[t["count"] > 0][["group", "label", "share", "share_low", "share_high"]].round(2)
    print(shares.to_string(index=False))


def article_sums(name: str, family: str, label: str):
    """Each article's count of the label (k) and of its family (n), and the sums the
    interval of the difference needs."""
    a = per_article[name]
    a = a[(a["family"] == family) & (a["label"] == label)]
    k, n = a["count"].to_numpy(float), a["family_count"].to_numpy(float)
    return k, n, dict(count=k.sum(), total=n.sum(), count_sq=(k * k).sum(), count_total=(k * n).sum(),
                      total_sq=(n * n).sum(), docs=len(k))


print("\ndifferences of shares (a - b), 95% interval (MOVER), permutation p (articles moved) and p after Holm's "
      "adjustment over the six rows, narrator voice")
rows = []
for family, label, a, b in [
    ("syrian_state", "regime", "ar (multilingual)", "en: Saudi outlets in FA-KES"),
    ("syrian_state", "regime", "ar (multilingual)", "en: US outlets (abp_syria)"),
    ("syrian_state", "regime", "en: Saudi outlets in FA-KES", "en: US outlets (abp_syria)"),
    ("syrian_state", "regime", "de (multilingual)", "en: US outlets (abp_syria)"),
    ("jihadist_name", "Daesh", "ar (multilingual)", "en: Saudi outlets in FA-KES"),
    ("jihadist_name", "Daesh", "ar (multilingual)", "en: US outlets (abp_syria)"),
]:
    ka, na, sa = article_sums(a, family, label)
    kb, nb, sb = article_sums(b, family, label)
    low, high = difference_interval(sa, sb)
    p = permutation_p_value(ka, na, kb, nb, resamples=9999, rng=0)
    rows.append((label, a, b, sa, sb, low, high, p))
holm = multipletests([r[-1] for r in rows], method="holm")[1]
for (label, a, b, sa, sb, low, high, p), ph in zip(rows, holm):
    print(f"{label:6s} {a:27s} {sa['count'] / sa['total']:.2f} ({sa['docs']:4.0f} art.)  "
          f"{b:27s} {sb['count'] / sb['total']:.2f} ({sb['docs']:4.0f} art.)  "
          f"{sa['count'] / sa['total'] - sb['count'] / sb['total']:+.2f} [{low:+.2f}, {high:+.2f}]  p = {p:.4f}, Holm {ph:.4f}")

if args.figure:
    import matplotlib

    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from framing import plots

    order = ["ar (multilingual)", "en: Saudi outlets in FA-KES", "en: SANA in FA-KES", "en: Reuters in FA-KES",
             "en: US outlets (abp_syria)"]
    for family, labels, title in [
        ("syrian_state", ["regime", "government", "army", "damascus", "assad"],
         "How the Syrian state is named, in the outlet's own voice"),
        ("jihadist_name", ["Daesh", "ISIS", "Islamic State", "State organisation", "ISIL", "IS"],
         "How the jihadist group is named, in the outlet's own voice"),
    ]:
        fig, ax = plt.subplots(figsize=(10, 3.2))
        plots.plot_label_shares(terms, family=family, labels=labels, order=order, ax=ax, title=title)
        plots.save_figure(fig, f"languages-names-{family}", HERE.parent / "figures", formats=("png",))
