"""Regular expressions a lexicon's patterns become, guarded: compiled on first use, run
with a time limit when a lexicon's own regex could backtrack for long, and read for their
structure (a repeat inside a repeat, the literal words every match begins with)."""

from __future__ import annotations

import re

try:  # the regular-expression parser (its name before Python 3.11)
    from re import _parser
except ImportError:  # pragma: no cover
    import sre_parse as _parser

from ..errors import LexiconError
from .forms import case_key

__all__ = ["REGEX_TIMEOUT", "compile_guarded", "nested_repeat", "literal_starts"]

REGEX_TIMEOUT = 10.0
"""Seconds one search with a lexicon's own regular expressions (``regex: true``) may take
on one text before the run stops with an error naming the patterns."""


class _Guarded:
    """A compiled expression that holds patterns written as regular expressions: run by
    the ``regex`` module (compatible with ``re``), which gives each search a time limit
    (:data:`REGEX_TIMEOUT`) and hears Ctrl-C during a match. Patterns the lexicon's own
    rules write are run by ``re``: they cannot backtrack without end."""

    __slots__ = ("_rx", "_texts")

    def __init__(self, source: str, texts: list[str]):
        import regex

        self._rx = regex.compile(source)
        self._texts = texts

    def _stuck(self):
        shown = ", ".join(repr(t) for t in self._texts[:3]) + (" …" if len(self._texts) > 3 else "")
        return LexiconError(f"the regex pattern{'s' if len(self._texts) > 1 else ''} {shown} took more than "
                            f"{REGEX_TIMEOUT:g} s on one text: a pattern that can match one stretch of text in "
                            "very many ways backtracks without end. Rewrite it (e.g. (a|aa)+ as a+).")

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        try:
            return self._rx.match(text, pos, endpos, timeout=REGEX_TIMEOUT)
        except TimeoutError:
            raise self._stuck() from None

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        try:
            return self._rx.search(text, pos, endpos, timeout=REGEX_TIMEOUT)
        except TimeoutError:
            raise self._stuck() from None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        try:
            yield from self._rx.finditer(text, pos, endpos, timeout=REGEX_TIMEOUT)
        except TimeoutError:
            raise self._stuck() from None


class _Lazy:
    """A regular expression compiled by ``re`` the first time it is used: a lexicon of
    thousands of patterns loads in a second, and a family the word scan serves is never
    compiled whole. Once compiled, ``match``, ``search`` and ``finditer`` are the compiled
    pattern's own methods (no wrapper in the hot loops)."""

    __slots__ = ("source", "match", "search", "finditer")

    def __init__(self, source: str):
        self.source = source
        for name in ("match", "search", "finditer"):
            setattr(self, name, self._first(name))

    def _first(self, name: str):
        def call(*args):
            rx = re.compile(self.source)
            self.match, self.search, self.finditer = rx.match, rx.search, rx.finditer
            return getattr(rx, name)(*args)
        return call

    def __getstate__(self):  # sent to another process as its source, compiled there when used
        return self.source

    def __setstate__(self, source: str):
        self.__init__(source)


def compile_guarded(source: str, patterns) -> "_Lazy | _Guarded":
    """``source`` for ``re`` (compiled on first use), or guarded (:class:`_Guarded`) when one
    of the ``patterns`` it was made from is a regular expression of the lexicon's that could
    backtrack for long (:func:`_may_backtrack`)."""
    own = [p.text for p in patterns if p.regex and _may_backtrack(p.text)]
    return _Guarded(source, own) if own else _Lazy(source)


def _may_backtrack(regex: str) -> bool:
    """Whether a regex could take long to fail, erring on the safe side (a guarded regex only
    runs a little slower). It may when it repeats more than once something longer than one
    character, bounded or not ("(?:a|aa)+", "(a?){40}a{40}", "(.*a){25}"), or when two
    repeats meet with only optional parts between them ("\\w*\\w*", "\\w+\\s?\\w+"). Single
    characters repeated apart ("Army\\s+of\\s+[A-Z]\\w*", all of the bundled regexes) backtrack
    at most a few steps; an optional part (``?``) is as safe as what it holds."""
    try:
        return _sequence_shape(list(_parser.parse(regex).data))[0]
    except (re.error, RecursionError):
        return True


def _items_of(x) -> list:
    return list(x.data) if hasattr(x, "data") else list(x)


def _item_shape(op, av) -> tuple:
    """``(risky, starts with a repeat, ends with one, may match nothing)`` for one parsed item."""
    C = _parser._constants if hasattr(_parser, "_constants") else _parser
    if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY):
        return False, False, False, False
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, body = av
        inner = _items_of(body)
        if hi > 1:
            single = len(inner) == 1 and _item_shape(*inner[0]) == (False, False, False, False)
            return not single, True, True, lo == 0
        risky, starts, ends, none = _sequence_shape(inner)
        return risky, starts, ends, none or lo == 0
    if op is C.SUBPATTERN:
        return _sequence_shape(_items_of(av[3]))
    if op is C.BRANCH:
        parts = [_sequence_shape(_items_of(b)) for b in av[1]]
        return tuple(any(p[i] for p in parts) for i in range(4))
    if op in (C.ASSERT, C.ASSERT_NOT):
        return _sequence_shape(_items_of(av[1]))[0], False, False, True
    if op is getattr(C, "ATOMIC_GROUP", None):  # never backtracked into
        inner = _sequence_shape(_items_of(av))
        return inner[0], False, False, inner[3]
    if op is getattr(C, "POSSESSIVE_REPEAT", None):
        return _sequence_shape(_items_of(av[2]))[0], False, False, av[0] == 0
    if op in (C.AT, C.GROUPREF):  # match no text of their own (anchors, a group matched already)
        return False, False, False, True
    return True, True, True, True  # anything else: guarded


def _sequence_shape(items: list) -> tuple:
    """:func:`_item_shape` for a sequence: risky when a repeat begins where another ended
    with only optional parts between."""
    risky, starts, open_repeat, none = False, False, False, True
    for op, av in items:
        r, s, e, n = _item_shape(op, av)
        risky = risky or r or (s and open_repeat)
        starts = starts or (s and none)
        open_repeat = e or (open_repeat and n)
        none = none and n
    return risky, starts, open_repeat, none


def nested_repeat(regex: str) -> str:
    """The first unbounded repeat (``+``, ``*``, ``{n,}``) inside another unbounded repeat,
    as written ("(a+)+": "a+"), or "" when there is none. Such patterns backtrack
    catastrophically: "(a+)+b" tries every split of a run of a's."""
    C = _parser._constants if hasattr(_parser, "_constants") else _parser
    repeats = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())

    def walk(items, inside: bool):
        for op, av in items:
            subs = []
            if op in repeats:
                lo, hi, body = av
                if hi == C.MAXREPEAT and inside and op is not getattr(C, "POSSESSIVE_REPEAT", None):
                    return True
                found = walk(list(body.data) if hasattr(body, "data") else body,
                             inside or (hi == C.MAXREPEAT and op is not getattr(C, "POSSESSIVE_REPEAT", None)))
                if found:
                    return found
                continue
            if op is C.SUBPATTERN:
                subs = [av[3]]
            elif op is C.BRANCH:
                subs = av[1]
            elif op in (C.ASSERT, C.ASSERT_NOT):
                subs = [av[1]]
            elif op is getattr(C, "ATOMIC_GROUP", None):  # never backtracked into: a fresh start
                found = walk(list(av.data) if hasattr(av, "data") else av, False)
                if found:
                    return found
            for sub in subs:
                found = walk(list(sub.data) if hasattr(sub, "data") else sub, inside)
                if found:
                    return found
        return False

    try:
        parsed = _parser.parse(regex)
    except re.error:
        return ""
    if not walk(list(parsed.data), False):
        return ""
    inner = re.search(r"(?:\\.|\[[^\]]*\]|[^()|*+?{}])(?:[+*]|\{\d*,\})", regex)
    return inner.group() if inner else "a repeat inside a repeat"


def literal_starts(regex: str, limit: int = 512) -> list[str] | None:
    """The literal beginnings of a regex's matches, lower-cased, or None when some match
    may begin otherwise. ``(?:Iraqi|[Gg]overnment)\\s+x`` gives ``["iraqi", "government"]``."""
    try:
        parsed = _parser.parse(regex)
    except re.error:
        return None
    out = _starts(list(parsed.data), limit)
    if out is None or any(not x for x, _ in out):
        return None
    return sorted({x for x, _ in out})


def _starts(items: list, limit: int):
    """``[(prefix, complete)]`` for a parsed sequence: every match begins with one prefix;
    ``complete`` when the prefix is the whole match of the sequence."""
    C = _parser._constants if hasattr(_parser, "_constants") else _parser
    out = [("", True)]
    for op, av in items:
        if op is C.LITERAL:
            part = [(case_key(chr(av)), True)]
        elif op is C.IN and len(av) == 2 and all(o is C.LITERAL for o, _ in av) \
                and case_key(chr(av[0][1])) == case_key(chr(av[1][1])):
            part = [(case_key(chr(av[0][1])), True)]  # [Gg]
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # \b, ^, look-arounds: no text of their own
            part = [("", True)]
        elif op is C.SUBPATTERN:  # flags change case or layout, never which letters
            part = _starts(list(av[3].data), limit)
        elif op is C.BRANCH:
            part = []
            for branch in av[1]:
                sub = _starts(list(branch.data), limit)
                if sub is None:
                    return None
                part += sub
        else:
            part = [("", False)]
        if part is None:
            return None
        grown = []
        for prefix, complete in out:
            if not complete:
                grown.append((prefix, False))
            else:
                grown += [(prefix + x, c) for x, c in part]
        out = list(dict.fromkeys(grown))
        if len(out) > limit:
            return None
        if not any(c for _, c in out):
            break
    return out
