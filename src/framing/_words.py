"""Words as a reader counts them, and a keyword's context: the low-level text helpers that
discovery (:mod:`framing.discover`), comparisons (:mod:`framing.compare`) and KWIC lines
(:mod:`framing.terms`) share. Imports nothing of framing."""

from __future__ import annotations

import re

__all__ = ["words", "context", "WORD_PATTERN", "WORD_RE", "LETTER", "APOSTROPHES"]

#: One letter: a word character that is neither a digit nor an underscore.
LETTER = r"[^\W\d_]"
#: A word: letters, with inner apostrophes or hyphens ("al-Zor", "Trump’s"). No digits, no underscores.
WORD_PATTERN = LETTER + r"+(?:['’\u2019\u02bc-]" + LETTER + r"+)*"
WORD_RE = re.compile(WORD_PATTERN)
#: Curly and modifier apostrophes (and their look-alikes) made straight.
APOSTROPHES = str.maketrans({"’": "'", "\u02bc": "'", "‘": "'", "`": "'", "´": "'"})
_WS_RE = re.compile(r"\s+")
_CURLY = str.maketrans({"’": "'"})


def words(text: str, *, lower: bool = True) -> list[tuple[str, int, int]]:
    """The words of ``text`` with their offsets: ``(word, start, end)``, apostrophes made
    straight (offsets still index ``text``), single letters left out.

    >>> [w for w, _, _ in words("At 9 a.m. Trump’s aides met __ the U.S. team, 2017")]
    ['at', "trump's", 'aides', 'met', 'the', 'team']
    """
    if "ʼ" in text:  # a letter as well as an apostrophe: made straight word by word
        out = []
        for m in WORD_RE.finditer(text):
            w = m.group()
            if len(w) > 1:
                w = w.translate(APOSTROPHES)
                out.append((w.lower() if lower else w, m.start(), m.end()))
        return out
    # a word holds no other apostrophe than "’" (not a letter), so making the text's straight
    # once (one character for one: the offsets hold) is making each word's
    if "’" in text:
        text = text.translate(_CURLY)
    if lower:
        return [(m.group().lower(), m.start(), m.end()) for m in WORD_RE.finditer(text) if m.end() - m.start() > 1]
    return [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text) if m.end() - m.start() > 1]


def context(text: str, start: int, end: int, width: int, *, strip: bool = True) -> tuple[str, str]:
    """Up to ``width`` characters of ``text`` on each side of ``text[start:end]``, each run of
    white space (line breaks included) shown as one space: ``(left, right)``. ``strip``
    trims the outer spaces too (a note in a sentence); KWIC columns keep them (``strip=False``),
    so that the match sits where the text puts it.

    >>> context("Free Syrian\\nArmy and the army.", 25, 29, 10)
    ('y and the', '.')
    >>> context("Free Syrian\\nArmy and the army.", 25, 29, 10, strip=False)
    ('y and the ', '.')
    """
    left, right = text[max(0, start - width):start], text[end:end + width]
    if strip:
        return " ".join(left.split()), " ".join(right.split())
    return _WS_RE.sub(" ", left), _WS_RE.sub(" ", right)
