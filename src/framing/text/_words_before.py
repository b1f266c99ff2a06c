"""Words that end right before an opening mark, found by searching as little text as the words
allow (:class:`_WordsBefore`): the title words, copulas and linking words that
:mod:`framing.text.quotes` reads before a pair of marks."""

from __future__ import annotations

import re

try:  # the regular-expression parser (its name before Python 3.11)
    from re import _parser
except ImportError:  # pragma: no cover
    import sre_parse as _parser

__all__ = ["_WordsBefore"]

#: White space (``[\s\u00a0\u202f]``: none lies beyond U+3000).
_SPACES = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())


class _WordsBefore:
    r"""Words that end right before an opening mark, white space apart: ``search(text, lo,
    hi)`` finds ``(?<!\w)(?:words)\s*$`` in ``text[lo:hi]``, and searches less where the
    words allow, finding the same: when no match of ``words`` can hold white space, only
    the last word before ``hi``; when a match has at most ``width`` characters, only as
    many before the white space that ends the window. German's titles (``\w*(?:titel|…)``)
    tried at every word of the 60 characters before each pair of marks cost a quarter of
    the time German texts took to score."""

    __slots__ = ("rx", "one_word", "width")

    def __init__(self, words: str):
        self.rx = re.compile(r"(?<!\w)(?:" + words + r")[\s\u00a0\u202f]*$", re.IGNORECASE)
        parsed = _parser.parse(words)
        self.one_word = not _may_hold_space(list(parsed.data))
        longest = parsed.getwidth()[1]
        self.width = longest if longest < 1000 else None  # else: a repeat without bound

    def search(self, text: str, lo: int, hi: int):
        start = lo
        if self.one_word or self.width is not None:
            start = hi  # a match ends where the white space before hi begins
            while start > lo and text[start - 1] in _SPACES:
                start -= 1
            if self.one_word:  # and holds no space: it begins with the last word
                while start > lo and text[start - 1] not in _SPACES:
                    start -= 1
            else:
                start = max(lo, start - self.width)
        return self.rx.search(text, start, hi)


def _may_hold_space(items: list) -> bool:
    """Whether a match of the parsed regex ``items`` may hold white space (erring on yes)."""
    C = _parser._constants if hasattr(_parser, "_constants") else _parser
    for op, av in items:
        if op is C.LITERAL:
            if chr(av) in _SPACES:
                return True
        elif op is C.IN:
            if any(_class_may_hold_space(C, o, a) for o, a in av):
                return True
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # they hold no text of their own
        else:
            parts = _parts(C, op, av)
            if parts is None or any(_may_hold_space(part) for part in parts):
                return True  # any character, a back-reference …, or a group that may
    return False


def _class_may_hold_space(C, op, av) -> bool:
    if op is C.LITERAL:
        return chr(av) in _SPACES
    if op is C.RANGE:
        return any(av[0] <= ord(c) <= av[1] for c in _SPACES)
    return not (op is C.CATEGORY and av in (C.CATEGORY_WORD, C.CATEGORY_DIGIT))  # negated, or spaces


def _parts(C, op, av) -> list | None:
    """The parsed sequences inside a repeat, group or alternation; None for another item."""
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        return [list(av[2])]
    if op is C.SUBPATTERN:
        return [list(av[3])]
    if op is C.BRANCH:
        return [list(b) for b in av[1]]
    if op is getattr(C, "ATOMIC_GROUP", None):
        return [list(av)]
    return None
