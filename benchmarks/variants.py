"""How well does find_variants find the spellings of a name? Recall against the bundled lexicon,
precision judged by reading.

Usage (from the project root; about five minutes)::

    .venv/bin/python benchmarks/variants.py [--fakes PATH] [--abp PATH] [--out docs/discover.md]

For Deir ez-Zor and Raqqa the truth is the bundled ``syria`` lexicon: every spelling it lists
(``deir_ezzor_spelling``, ``raqqa_spelling``) that occurs in the corpus (case and apostrophes
aside). Recall is the share of those found in the top 10 and top 20 of ``find_variants(corpus,
seed)`` with one seed as a user would type it. For every name, precision is the share of the top
10 that are spellings of the name, judged by reading the variant and its keyword in context: the
judgements are written below (``JUDGED``: what was read as the name; anything else in a top 10
counts as wrong), so the table can be remade and checked. With ``--out`` the table replaces the
part of that file between ``<!-- variants:start -->`` and ``<!-- variants:end -->``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"

#: (name as a user would type it, lexicon family holding its spellings or None)
NAMES = [
    ("Deir ez-Zor", "deir_ezzor_spelling"),
    ("Raqqa", "raqqa_spelling"),
    ("Daraa", None),
    ("Idlib", None),
    ("Latakia", None),
    ("Kobani", None),
    ("Manbij", None),
    ("Hezbollah", None),
    ("al-Qaeda", None),
    ("al-Nusra", None),
    ("Bashar al-Assad", None),
]

#: Variants read as spellings of the name (lower case), judged from the keyword in context of
#: each top-10 row on FA-KES and abp_syria. Anything else in a top 10 counts as wrong.
JUDGED = {
    "Deir ez-Zor": {"deir e-zzor", "der-ezzor", "deir ezzur", "deirezzor", "deir az-zour", "deir ez zour", "dayr az zawr"},
    "Raqqa": {"raqq", "ar raqqah"},  # "the western countryside of Raqq province": a clipped Raqqa
    "Daraa": {"daraa", "deraa"},  # not Daraya, a different town
    "Idlib": {"idlib", "idleb", "idlip"},
    "Latakia": {"latakia", "lattakia"},
    "Kobani": {"kobani", "kobanî", "kobane", "kobni"},
    "Manbij": {"manbij", "menbij", "manbji"},
    "Hezbollah": {"hezbollah", "hizbollah", "hezballah", "hizballah", "hezbolllah", "heazbollah", "hizb'allah"},
    "al-Qaeda": {"al-qaeda", "al qaeda", "al-qaida", "al qaida", "al-qa'ida", "al-qeada", "al qeada", "qaeda", "qaida"},
    "al-Nusra": {"al-nusra", "al nusra", "an-nusra", "nusra", "nusrah", "al-nurah"},
    "Bashar al-Assad": {"bashar al-assad", "bashar al assad", "bashar-al-assad", "bashar assad", "bashir al-assad",
                        "bashir al assad", "bashir assad"},
}


def truth_from_lexicon(corpus, family: str) -> set:
    """The lexicon's spellings of the family that occur in the corpus (lower case)."""
    import framing

    lex = framing.load_lexicon("syria")
    spellings = {p.text for lab in lex.families[family].labels.values() for p in lab.patterns}
    text = "\n".join(corpus.documents["text"]).replace("’", "'")
    found = set()
    for s in spellings:
        # as the lexicon reads a pattern: a space is any white space, a hyphen any hyphen
        rx = "".join(r"\s+" if ch == " " else "[-‐‑]" if ch == "-" else re.escape(ch) for ch in s)
        if re.search(r"(?<![\w-])" + rx + r"(?![\w-])", text, re.IGNORECASE):
            found.add(s.lower())
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fakes", default=str(CORPORA / "fakes" / "fakes.csv"))
    ap.add_argument("--abp", default=str(CORPORA / "abp_syria" / "abp_syria.jsonl.gz"))
    ap.add_argument("--show", action="store_true", help="print every top 10 with its context (for judging)")
    ap.add_argument("--out", default=None)
    args = ap.parse_args(argv)

    import framing
    from framing.discover import find_variants

    corpora = {
        "FA-KES": framing.load_corpus(framing.resolve_path(args.fakes, what="FA-KES"), text_col="article_content",
                                      outlet_col="source", id_col="unit_id", warn=False),
        "abp_syria": framing.load_corpus(framing.resolve_path(args.abp, what="abp_syria"), warn=False),
    }
    rows = []
    t0 = time.perf_counter()
    for name, family in NAMES:
        for cname, corpus in corpora.items():
            t = time.perf_counter()
            try:
                v = find_variants(corpus, name, top=20, min_count=1, by=None)
            except framing.FramingError as exc:
                rows.append((name, cname, "—", "—", "—", "—", str(exc), 0.0))
                continue
            seconds = time.perf_counter() - t
            top = [x.lower().replace("’", "'") for x in v["variant"]]
            if args.show:
                print(f"\n== {name} in {cname} ({seconds:.1f} s)")
                print(v[["variant", "count", "score", "left", "match", "right"]].head(10).to_string())
            truth = truth_from_lexicon(corpus, family) if family else None
            r10 = r20 = "—"
            if truth:
                r10 = f"{len(truth & set(top[:10]))}/{len(truth)}"
                r20 = f"{len(truth & set(top[:20]))}/{len(truth)}"
            good = truth | JUDGED.get(name, set()) if truth else JUDGED.get(name, set())
            head = top[:10]
            precision = f"{sum(x in good for x in head)}/{len(head)}" if head else "—"
            missed = sorted(truth - set(top[:20])) if truth else []
            rows.append((name, cname, r10, r20, precision, ", ".join(v["variant"].head(6)),
                         ("missed: " + ", ".join(missed)) if missed else "", seconds))
    lines = [f"Made with `python benchmarks/variants.py` in {time.perf_counter() - t0:.0f} s.", "",
             "| name | corpus | lexicon spellings in top 10 | in top 20 | precision of top 10 (read) | top variants | note |",
             "|---|---|---:|---:|---:|---|---|"]
    for name, cname, r10, r20, p, top6, note, _ in rows:
        lines.append(f"| {name} | {cname} | {r10} | {r20} | {p} | {top6} | {note} |")
    text = "\n".join(lines)
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # beside this script, however it is run
    from _sections import report

    report(text, args.out, "variants")
    return 0


if __name__ == "__main__":
    sys.exit(main())
