"""OCR noise on quotation marks: how far does framing's voice move from a reader's?

The dev half of each language's voice gold (``gold/voice/<lang>.jsonl``; never the held
half) is read again after noise is put on its quotation marks, as OCR puts it on old
newspapers: each mark of the gold, with probability ``rate``, is dropped (``drop``), turned
round (``mirror``: » for «, “ for ”), typed in ASCII (``ascii``: << for «, > or >> for »,
,, for „, " for “ ”), doubled (``double``) or made straight (``straight``); ``stray`` puts
marks where none was (one for every ``1 / rate`` marks of the article), and ``flat`` joins
the paragraphs (every line break made a space, as OCR text has none).

Each noisy text is scored against two readings, both adjusted for the marks changed: the
**reader's** (every speech pair of the gold still quoted, whatever happened to its marks:
what the words are) and the **gold's way** (a pair one of whose marks was dropped or typed
as no quotation mark is a stray mark, so its words are the narrator's: how a reader
annotating the noisy text marks it, ``gold/README.md``). **beyond**: the share of words
framing reads as quoted outside every quotation of the reader's: the cost of a quotation
running on. Each excess word is put down to its cause: the document's direction settled
the other way from the clean text's (``flipped``), a quotation no mark closes (``unclosed``)
or one a mark closes that is not its own (``closed``).

Usage (from the project root; a minute or two)::

    PYTHONPATH=src .venv/bin/python benchmarks/ocr_voice.py [--langs fr de] [--seeds 20]
"""

from __future__ import annotations

import argparse
import random
import warnings
from collections import Counter

import numpy as np

from framing._words import words
from framing.evaluate.gold import gold_of
from framing.text import analyze, text_rules

CORPORA = "../shared/corpora"
MIRROR = {"«": "»", "»": "«", "‹": "›", "›": "‹", "“": "”", "”": "“", "„": "“", "‚": "‘", "‘": "’", "’": "‘"}
ASCII = {"«": ["<<", "<"], "»": [">>", ">"], "‹": ["<"], "›": [">"], "“": ['"'], "”": ['"'], "„": [",,", '"'],
         "‚": [","], "‘": ["'"], "’": ["'"]}
#: what read_gold accepts as a quotation mark: a pair with another character is a stray
QUOTE_CHARS = set("\"'«»‹›“”„‚‘’")
OPS = ("drop", "mirror", "ascii", "double", "straight", "stray")


def noisy(text: str, marks, rate: float, ops, rng: random.Random, flat: bool):
    """``(new text, new position of each old offset, replaced)``: ``replaced`` maps the old
    offset of each changed mark to what it became."""
    edits = {}
    for m in marks:
        for pos in {m.open, m.close}:
            if rng.random() >= rate:
                continue
            c = text[pos]
            op = rng.choice([o for o in ops if o != "stray"] or ["none"])
            if op == "drop":
                edits[pos] = ""
            elif op == "mirror" and c in MIRROR:
                edits[pos] = MIRROR[c]
            elif op == "ascii" and c in ASCII:
                edits[pos] = rng.choice(ASCII[c])
            elif op == "double":
                edits[pos] = c + c
            elif op == "straight" and c != '"':
                edits[pos] = '"'
    inserts = {}
    if "stray" in ops:
        chars = sorted({text[m.open] for m in marks} | {text[m.close] for m in marks}) or ['"']
        spaces = [i for i, ch in enumerate(text) if ch == " "]
        for _ in range(int(round(rate * max(len(marks), 2) / 2))):
            if spaces:
                inserts[rng.choice(spaces)] = rng.choice(chars) + " "
    out, newpos, n = [], np.zeros(len(text) + 1, dtype=np.int64), 0
    for i, ch in enumerate(text):
        if i in inserts:
            out.append(inserts[i])
            n += len(inserts[i])
        newpos[i] = n
        rep = edits.get(i, ch)
        if flat and rep == "\n":
            rep = " "
        out.append(rep)
        n += len(rep)
    newpos[len(text)] = n
    return "".join(out), newpos, edits


def covered(length: int, spans) -> np.ndarray:
    inside = np.zeros(length + 1, dtype=np.int32)
    for s, e in spans:
        if e > s:
            inside[s] += 1
            inside[e] -= 1
    cover = np.cumsum(inside)[:length] > 0
    return np.concatenate([[0], np.cumsum(cover)])


def score_one(text, marks, lang, rate, ops, rng, flat):
    new, pos, edits = noisy(text, marks, rate, ops, rng, flat)
    reader, gold_way = [], []
    for m in marks:
        if m.kind != "speech":
            continue
        a = pos[m.open] + len(edits.get(m.open, text[m.open]))
        span = (int(a), int(pos[m.close]))
        reader.append(span)
        if all(edits.get(p, text[p])[:1] in QUOTE_CHARS for p in (m.open, m.close)):
            gold_way.append(span)
    facts = analyze(new, lang)
    cover_r, cover_g = covered(len(new), reader), covered(len(new), gold_way)
    ws = words(new)
    r = text_rules(lang)
    flipped = r.roles(new)[0] != r.roles(text)[0]
    out = Counter(words=len(ws))
    for _w, s, e in ws:
        q_r = cover_r[e] - cover_r[s] == e - s
        q_g = cover_g[e] - cover_g[s] == e - s
        q_f = facts.voice_at(s, e) == "quoted"
        out["reader_quoted"] += q_r
        out["gold_quoted"] += q_g
        out["framing_quoted"] += q_f
        out["agree_reader"] += q_r == q_f
        out["agree_gold"] += q_g == q_f
        if q_f and not q_r:
            out["beyond"] += 1
            q = facts.quote_at(s) or facts.quote_at(s + 1)
            cause = "flipped" if flipped else ("closed" if q is None or q.closed else "unclosed")
            out["beyond_" + cause] += 1
    out["flipped_docs"] += flipped
    out["docs"] += 1
    share = out["beyond"] / max(out["words"], 1)
    out["docs_beyond_10"] += share > 0.10
    out["max_beyond_permille"] = int(1000 * share)
    return out


def run(langs, rates, op_sets, seeds, flat_modes):
    rows = []
    for lang in langs:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            arts = gold_of(f"gold/voice/{lang}.jsonl", CORPORA, "voice", "dev")
        for flat in flat_modes:
            for name, ops in op_sets.items():
                for rate in rates:
                    total = Counter()
                    worst = 0
                    for seed in range(seeds):
                        rng = random.Random(f"{lang}-{name}-{rate}-{seed}")
                        for a in arts.itertuples():
                            c = score_one(a.text, a.annotations, lang, rate, ops, rng, flat)
                            worst = max(worst, c.pop("max_beyond_permille"))
                            total.update(c)
                    w = total["words"]
                    rows.append(dict(lang=lang, flat=flat, noise=name, rate=rate,
                                     agree_reader=total["agree_reader"] / w, agree_gold=total["agree_gold"] / w,
                                     reader_q=total["reader_quoted"] / w, gold_q=total["gold_quoted"] / w,
                                     framing_q=total["framing_quoted"] / w, beyond=total["beyond"] / w,
                                     flipped=total["beyond_flipped"] / w, unclosed=total["beyond_unclosed"] / w,
                                     closed=total["beyond_closed"] / w,
                                     docs_flipped=total["flipped_docs"] / total["docs"],
                                     docs_beyond_10=total["docs_beyond_10"] / total["docs"], worst_doc=worst / 1000))
    return rows


def main():
    import pandas as pd

    p = argparse.ArgumentParser()
    p.add_argument("--langs", nargs="*", default=["fr", "de", "es", "ru", "ar"])
    p.add_argument("--rates", nargs="*", type=float, default=[0.1, 0.2, 0.33])
    p.add_argument("--seeds", type=int, default=10)
    p.add_argument("--ops", nargs="*", default=["all", *OPS])
    p.add_argument("--flat", choices=["no", "yes", "both"], default="both")
    p.add_argument("-o", "--out")
    a = p.parse_args()
    op_sets = {o: (OPS if o == "all" else (o,)) for o in a.ops}
    flat = {"no": [False], "yes": [True], "both": [False, True]}[a.flat]
    table = pd.DataFrame(run(a.langs, a.rates, op_sets, a.seeds, flat))
    pd.set_option("display.width", 250)
    pd.set_option("display.max_rows", 500)
    print(table.round(3).to_string(index=False))
    if a.out:
        table.to_csv(a.out, index=False)


if __name__ == "__main__":
    main()
