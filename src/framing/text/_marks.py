"""Quotation marks that OCR or careless typing left hard to read: the evidence a document's
typography gives for a mark's direction, marks that cannot open, and the documents whose
marks are too unbalanced to read; and where text says a quotation goes on or ends (a
paragraph that ends a sentence, a full stop that ends an initial) (:mod:`framing.text.quotes`
uses these; docs/languages.md, "Marks that noise has made hard to read").

Read from simulation (``benchmarks/ocr_voice.py``: OCR-like noise put on the marks of the
dev half of the voice gold): with one mark in ten dropped, turned round, typed in ASCII or
made straight, French text read 5% of its words as quoted beyond every quotation, half of
it from documents whose direction (« … » or » … «) was settled the wrong way on a margin
of one pair, the rest from quotations that a lost closing mark left to run on to the next
opening mark.
"""

from __future__ import annotations

import re
from collections import Counter

#: not white space
_NON_SPACE = re.compile(r"\S")
#: white space a French or Swiss printer sets between a guillemet and its word
_GAP = frozenset(" \u00a0\u202f\u2009\t")
#: what follows a closing mark and never an opening one: « … », dit-il; « … ». « … »;
_AFTER_CLOSER = frozenset(",.;:)")


def _next(text: str, i: int, end: int) -> tuple[str, int]:
    """The first character after ``i`` that is no gap (``""`` at ``end``) and its offset."""
    j = i + 1
    while j < end and text[j] in _GAP:
        j += 1
    return (text[j], j) if j < end else ("", j)


def _prev(text: str, i: int) -> str:
    j = i - 1
    while j >= 0 and text[j] in _GAP:
        j -= 1
    return text[j] if j >= 0 else ""


def followed_by_closing(text: str, i: int, end: int | None = None) -> bool:
    """The mark at ``i`` is followed (gaps apart) by punctuation that only follows a closing
    mark: a comma, a full stop that is no ellipsis, a semicolon, a colon, a parenthesis
    (« … », dit-il; « … ».). Such a mark closes; it never opens a quotation."""
    end = len(text) if end is None else end
    c, j = _next(text, i, end)
    if c not in _AFTER_CLOSER:
        return False
    return not (c == "." and text.startswith("..", j))


def typographic_stands(text: str, found: list[int], marks: str) -> Counter:
    """``(mark, True)``: how often a mark of ``marks`` stands as an opener in the document's
    typography, gaps apart (after a colon, before a word: ``déclaré : « Nous``); ``(mark,
    False)``: as a closer (before a comma, a full stop, a semicolon, a colon or a
    parenthesis: ``» , a-t-il``, ``«.``). Doubled marks (»») give no evidence."""
    out = Counter()
    n = len(text)
    for i in found:
        c = text[i]
        if c not in marks or (i + 1 < n and text[i + 1] == c) or (i and text[i - 1] == c):
            continue
        if followed_by_closing(text, i):
            out[c, False] += 1
        elif _prev(text, i) == ":" and _next(text, i, n)[0].isalnum():
            out[c, True] += 1
    return out


def confirmed(best: dict, usual: dict, evidence, paired) -> dict:
    """The reading of the settled marks a document is given: ``best`` (the one under which most
    marks pair) when it is the language's ``usual`` one, or when the document's typography
    gives more evidence for it than for the usual one (``evidence(role)``), or as much and
    it pairs at least two more marks (``paired(role)``) — a margin of one pair is what every
    document whose quotations simply alternate has either way, and one lost or turned mark
    moves it. Otherwise the usual reading: a direction is not turned round on noise."""
    if best == usual:
        return best
    ev_best, ev_usual = evidence(best), evidence(usual)
    if ev_best > ev_usual or (ev_best == ev_usual and paired(best) >= paired(usual) + 2):
        return best
    return usual


#: a document is flagged when at least this many of its double marks pair with none ...
UNPAIRED_MIN = 4
#: ... and they are at least this share of its double marks
UNPAIRED_SHARE = 0.25


def unpaired_marks(text: str, spans, marks: int, chars: str, units_after_digits: bool = False) -> tuple[int, int]:
    """``(unpaired, marks)``: how many of the document's ``marks`` double quotation marks (the
    characters ``chars``, as the quote finder counted them in its pass over the marks) neither
    open nor close one of ``spans`` (its quotations, then its names in marks,
    :class:`framing.text.quotes.QuoteSpan`; ``continues`` indexes the quotations), of how
    many: the opening mark of a quotation no mark closes is unpaired, unless the quotation
    goes on in the next paragraph. A straight mark after a digit and a space is a unit
    (41 "), not counted."""
    if not marks:
        return 0, 0
    if units_after_digits and '"' in chars:
        marks -= len(_UNITS.findall(text))
    used = 0
    continued = {q.continues for q in spans}
    for k, q in enumerate(spans):
        if (q.closed or q.continues >= 0 or k in continued) and text[q.start] in chars:
            used += 1  # a quotation left open is paired only across paragraphs (« … ¶ « … »)
        if q.closed and text[q.end - 1] in chars:
            used += 1
    return max(marks - used, 0), marks


#: a straight mark after a digit and a space: a unit (41 ", 2'24 ")
_UNITS = re.compile(r'(?<=\d )"')


def unbalanced(unpaired: int, marks: int) -> bool:
    """Too many marks pair with nothing for the document's voice to be read with confidence:
    at least :data:`UNPAIRED_MIN` of them, and at least :data:`UNPAIRED_SHARE` of its marks."""
    return unpaired >= UNPAIRED_MIN and unpaired >= UNPAIRED_SHARE * marks


def turned_pair(text: str, i: int, words: int) -> bool:
    """A straight mark at ``i`` typed onto the word before it, white space after, and the same
    mark after one to ``words`` words with white space before it, typed onto the word after
    (Arabic مقاتلي" داعش "انسحبوا): a pair turned round, whose first mark opens and second closes."""
    if i == 0 or not text[i - 1].isalpha() or not text[i + 1:i + 2].isspace():
        return False
    j = text.find(text[i], i + 1, i + 80)
    inner = text[i + 1:j] if j > 0 else ""
    return j > 0 and text[j - 1].isspace() and text[j + 1:j + 2].isalpha() and "\n" not in inner \
        and 1 <= len(inner.split()) <= words and not any(ch in inner for ch in ".!?؟")


def paragraph_ends(text: str, ps: int, pe: int, line: tuple[int, int]) -> bool:
    """The paragraph ``ps:pe`` ends a sentence and the next one, ``line``, opens with a capital
    (or a letter of a script without case): a paragraph break, no soft wrap (“la resistencia
    en común.¶Según …)."""
    tail = text[ps:pe].rstrip()
    first = _NON_SPACE.search(text, line[0], line[1])
    return bool(tail) and tail[-1] in ".!?…؟" and first is not None and text[first.start()].isalpha() and (
        not text[first.start()].islower())


def capital_after(text: str, line: tuple[int, int]) -> bool:
    """The paragraph ``line`` opens with a mark, then (white space apart) a capital letter."""
    m = _NON_SPACE.search(text, line[0], line[1])
    if m is None:
        return False
    m = _NON_SPACE.search(text, m.end(), line[1])
    return m is not None and text[m.start()].isupper()


def initial(text: str, i: int) -> bool:
    """The full stop at ``i`` ends an initial or a title of one letter ("M. Dupont", "J. Smith")."""
    return i >= 1 and text[i - 1].isupper() and (i == 1 or not text[i - 2].isalpha())
