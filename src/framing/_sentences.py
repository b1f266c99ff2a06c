"""A fast, quote-aware sentence splitter with offsets into the original text.

NLTK's untrained Punkt splitter was measured here at 2.5 MB/s and splits "“Quote.” he
said." into two sentences; news attribution needs that kept as one, and the target is
5 MB/s, so sentences are cut by rule: at ``.``, ``!`` or ``?`` (with closing quotes or
brackets after it) followed by white space and an upper-case letter, digit or opening
quote — except after an abbreviation ("Mr.", "U.S.", "Gov.") or an initial ("J.").
Paragraph breaks always end a sentence.
"""

from __future__ import annotations

import re

__all__ = ["split_sentences", "ABBREVIATIONS"]

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cpl adm gov sen rep rev st jr sr inc co corp ltd
    jan feb mar apr jun jul aug sep sept oct nov dec no vs etc al fig approx dept est govt
    u.s u.k u.n e.g i.e a.m p.m d.c n.y l.a u.s.a ft mt""".split()
)

_END_RE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one paragraph)."""
    spans = []
    s = start
    # skip leading white space
    while s < end and text[s].isspace():
        s += 1
    for m in _END_RE.finditer(text, s, end):
        stop = m.end()
        punct = text[m.start()]
        if punct == "." and m.end() - m.start() == 1:
            w = _WORD_BEFORE_RE.search(text, max(s, m.start() - 12), m.end())
            if w:
                word = w.group(1).lower()
                if word in ABBREVIATIONS or len(word) == 1 or (len(word) <= 3 and "." in word):
                    continue
        if stop > s:
            spans.append((s, stop))
        s = stop
        while s < end and text[s].isspace():
            s += 1
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
    return spans
