"""Adversarial text: does any input make the work slower than linear? Each unit is repeated
to 1 MB and to 4 MB of text (one document) and scored with ``count_terms`` (the bundled
``syria`` lexicon) and ``find_attributions`` on one core.

Usage (from the project root; about five minutes)::

    .venv/bin/python benchmarks/adversarial.py [--out docs/robustness.md]

With ``--out`` the table replaces the part of that file between ``<!-- adversarial:start -->``
and ``<!-- adversarial:end -->``.
"""

from __future__ import annotations

import argparse
import time

import pandas as pd

import framing
from _sections import report

#: (unit, what it is)
UNITS = [
    ("“" + '"' * 11, "a megabyte of double quotes"),
    ("“a ”b \"c ‘d ’e 'f « g » ", "every quotation mark, none paired"),
    ("“ the regime said ", "quotations never closed"),
    ("Syria’s ISIS’ rebels' ", "apostrophes"),
    ("Syrian Syrian Arab Islamic State of Iraq and ", "pattern prefixes"),
    ("a", "no spaces"),
    ("according to according to the ", "cues with no speaker"),
    (", ", "commas"),
    ("“\n\n“\n", "a quotation per paragraph"),
    ("said X said, ", "a cue every other word, no full stop"),
    ("army ", "one term, dense (its exclusions start at every word)"),
    ("the regime ", "one term, dense"),
]


def timed(func, text: str) -> float:
    df = pd.DataFrame({"doc_id": ["x"], "outlet": ["o"], "text": [text]})
    t0 = time.perf_counter()
    func(df, warn=False, progress=False)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", help="write the table into this Markdown file's adversarial section")
    args = ap.parse_args()
    rows = ["| text | terms 1 MB | terms 4 MB | attributions 1 MB | attributions 4 MB |", "|---|---|---|---|---|"]
    for unit, what in UNITS:
        cells = []
        for func in (framing.count_terms, framing.find_attributions):
            for mb in (1, 4):
                n = mb * 1_000_000
                text = (unit * (n // len(unit) + 1))[:n]
                cells.append(f"{timed(func, text):.2f} s")
        shown = unit.replace("\n", "\\n").strip() or repr(unit)
        rows.append(f"| `{shown}` ({what}) | " + " | ".join(cells) + " |")
        print(rows[-1], flush=True)
    report("\n".join(rows), args.out, "adversarial")


if __name__ == "__main__":
    main()
