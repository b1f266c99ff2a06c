"""Throughput of term scoring and attribution extraction in each language, beside English.

Usage::

    .venv/bin/python benchmarks/languages.py [--corpora ../shared/corpora] [--mb 4] [--repeat 3] [--what terms]

Each language's articles of ``multilingual/<lang>.jsonl`` (about 35) are repeated until they
make ``--mb`` MB of text (UTF-8), and scored with ``duplicates="keep"`` (the copies are the
point, not repeats to leave out) in one process: ``count_terms`` with the bundled lexicon
``syria_<lang>`` (``syria`` for English, read from ``abp_syria``), ``find_attributions`` with
the language's rules. A byte of Arabic or Russian is half a character: MB/s is per megabyte
of text as stored, as for English; characters per second are given too. The fastest of
``--repeat`` runs is kept, each in a child process of its own; its CPU seconds
(``process_time``) are given beside, the figure to compare on a machine others share.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "fr", "de", "es", "ru", "ar")


def texts_of(corpora: Path, lang: str, mb: float) -> list[str]:
    if lang == "en":
        with gzip.open(corpora / "abp_syria" / "abp_syria.jsonl.gz", "rt", encoding="utf-8") as fh:
            base = [json.loads(line)["text"] for line in fh if line.strip()]
    else:
        with (corpora / "multilingual" / f"{lang}.jsonl").open(encoding="utf-8") as fh:
            base = [json.loads(line)["text"] for line in fh if line.strip()]
    out, size, k = [], 0, 0
    while size < mb * 1e6:
        t = base[k % len(base)]
        out.append(t)
        size += len(t.encode("utf-8"))
        k += 1
    return out


def measure(corpora: Path, lang: str, what: str, mb: float) -> dict:
    import pandas as pd

    import framing

    texts = texts_of(corpora, lang, mb)
    frame = pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "outlet": "x", "text": texts})
    lexicon = "syria" if lang == "en" else f"syria_{lang}"
    t0, c0 = time.perf_counter(), time.process_time()
    if what == "terms":
        framing.count_terms(frame, lexicon=lexicon, language=lang, warn=False, duplicates="keep")
    else:
        framing.find_attributions(frame, language=lang, warn=False, duplicates="keep")
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    chars = sum(map(len, texts)) / 1e6
    return {"lang": lang, "what": what, "mb": size, "seconds": seconds, "cpu": cpu, "mb_per_s": size / seconds,
            "mchars_per_s": chars / seconds, "docs": len(texts)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--langs", nargs="+", default=list(LANGS))
    ap.add_argument("--what", nargs="+", choices=("terms", "attributions"), default=["terms", "attributions"])
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    corpora = Path(args.corpora)
    if args.one:
        print(json.dumps(measure(corpora, args.one[0], args.one[1], args.mb)))
        return
    if not (corpora / "multilingual").is_dir():
        raise SystemExit(f"{corpora}/multilingual not found; pass --corpora PATH (the shared corpora folder).")
    print("| language | what | MB | documents | best of runs (s) | MB/s | million characters/s | CPU s (best) |")
    print("|---|---|--:|--:|--:|--:|--:|--:|")
    for lang in args.langs:
        for what in args.what:
            runs = []
            for _ in range(args.repeat):
                out = subprocess.run([sys.executable, __file__, "--corpora", str(corpora), "--mb", str(args.mb),
                                      "--one", lang, what], capture_output=True, text=True, check=True)
                runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
            r = min(runs, key=lambda r: r["seconds"])
            print(f"| {lang} | {what} | {r['mb']:.1f} | {r['docs']} | {r['seconds']:.2f} | {r['mb_per_s']:.2f} | "
                  f"{r['mchars_per_s']:.2f} | {min(x['cpu'] for x in runs):.2f} |", flush=True)


if __name__ == "__main__":
    main()
