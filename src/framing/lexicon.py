"""Lexicons: readable YAML dictionaries of families → labels → patterns.

A lexicon file looks like this::

    name: syria
    description: How the actors of the Syrian war are named.
    families:
      syrian_state:
        description: Names for the Syrian state.
        labels:
          regime:
            patterns: [regime, Assad regime]
            exclude: [ceasefire regime, sanctions regime]
          government: [government, Syrian government]   # a bare list is the patterns

Patterns
--------
* Plain text, matched as whole words: ``regime`` matches "pro-regime" and "regime’s"
  but not "regimes". A ``*`` at the end of a word matches any word ending
  (``jihadi*`` → jihadi, jihadis, jihadist …).
* Case-insensitive, except patterns written entirely in capitals (``IS``, ``SAA``,
  ``ISIL``), which match only as written. Say ``case_sensitive: true|false`` in a
  pattern mapping to choose yourself: ``{pattern: Coalition, case_sensitive: true}``.
* Any run of white space in a pattern matches any run of white space in the text
  (non-breaking spaces and one line break included); a hyphen matches any hyphen or
  en dash; an apostrophe matches ' ’ ‘ ʼ.
* ``{pattern: "...", regex: true}`` is a regular expression, for what the rules above
  cannot say.

Matching
--------
Within a family the longest match wins: of matches that overlap, the longest is kept (the
first of equally long ones), so "the Donald Trump campaign" with the patterns "the Donald"
and "Donald Trump" is one mention of "Donald Trump". An
``exclude`` pattern removes the matches it overlaps ("Free Syrian Army" is not the Syrian
army), unless it lies strictly inside the match — under a label, that label's matches;
under a family, any of the family's; an exclusion is looked
for within 80 characters of the match (:data:`EXCLUSION_REACH`). Families are matched independently, so one stretch of text can
be a mention in two families.
"""

from __future__ import annotations

import bisect
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

try:  # the regular-expression parser (its name before Python 3.11)
    from re import _parser
except ImportError:  # pragma: no cover
    import sre_parse as _parser

try:  # compiled multi-pattern matching; without it the same results come from a word scan
    import hyperscan
except ImportError:  # pragma: no cover - depends on the platform
    hyperscan = None

from ._yaml import Where as _Where
from ._yaml import boolean as _bool
from ._yaml import compose
from ._yaml import mapping as _mapping
from ._yaml import scalar as _scalar
from .errors import LexiconError

__all__ = ["Lexicon", "Family", "Label", "Pattern", "load_lexicon", "bundled_lexicons", "gazetteer_for"]

_TOP_KEYS = {"name", "title", "description", "version", "extends", "gazetteer", "fit", "families"}
_FIT_KEYS = {"about", "rate"}
#: A lexicon may not fit a corpus when fewer documents than this use any word it is ``about``,
#: or when it finds fewer mentions per 1,000 tokens than its ``rate`` divided by this.
FIT_MIN_SHARE = 0.2
FIT_RATE_FACTOR = 10
_FAMILY_KEYS = {"title", "description", "labels", "exclude"}
_LABEL_KEYS = {"display", "description", "patterns", "exclude"}
_EXTENDS_DEPTH = 8  # a lexicon extending one that extends another … at most this deep
_PATTERN_KEYS = {"pattern", "case_sensitive", "regex"}

_HYPHENS = "-\u2010\u2011\u2012\u2013"
_APOSTROPHES = "'\u2018\u2019\u02bc"
_DQUOTES = '"\u201c\u201d'
_WS = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"


@dataclass(frozen=True)
class Pattern:
    """One pattern as written, with where it was written."""

    text: str
    case_sensitive: bool
    regex: bool
    line: int

    def anchor(self) -> tuple[str, bool]:
        """The word the pattern starts with and whether it is a whole word (not followed by
        ``*``); ``("", False)`` for a regex or a pattern that does not start with a letter or
        digit. Every match begins with it (in any case)."""
        if self.regex:
            return "", False
        m = re.match(r"\w+", self.text)
        if not m:
            return "", False
        return m.group(), not self.text.startswith("*", m.end())

    def starts(self) -> list[str] | None:
        """Lower-cased literal beginnings, one of which every match starts with (in any
        case); None when that cannot be told (a regex that may start anywhere)."""
        if not self.regex:
            a, _ = self.anchor()
            return [a.lower()] if a else None
        return _literal_starts(self.text)

    def to_regex(self) -> str:
        """The regular expression (without word boundaries) this pattern stands for."""
        if self.regex:
            body = self.text
        else:
            out = []
            i, n = 0, len(self.text)
            while i < n:
                c = self.text[i]
                if c.isspace():
                    while i < n and self.text[i].isspace():
                        i += 1
                    out.append(_WS)
                    continue
                if c in _HYPHENS:
                    out.append(f"[{_HYPHENS}]")
                elif c in _APOSTROPHES:
                    out.append(f"[{_APOSTROPHES}]")
                elif c in _DQUOTES:
                    out.append(f"[{_DQUOTES}]")
                elif c == "*":
                    out.append(r"\w*")
                else:
                    out.append(re.escape(c))
                i += 1
            body = "".join(out)
        return body if self.case_sensitive else f"(?i:{body})"


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


def _compile(source: str, patterns) -> "_Lazy | _Guarded":
    """``source`` for ``re`` (compiled on first use), or guarded (:class:`_Guarded`) when one
    of the ``patterns`` it was made from is a regular expression of the lexicon's that could
    backtrack for long (:func:`_may_backtrack`)."""
    own = [p.text for p in patterns if p.regex and _may_backtrack(p.text)]
    return _Guarded(source, own) if own else _Lazy(source)


def _may_backtrack(regex: str) -> bool:
    """Whether a regex could take long to fail: it repeats without limit something longer
    than one character ("(?:a|aa)+"), or has two unbounded repeats side by side ("\\w*\\w*").
    One-character repeats apart ("Army\\s+of\\s+[A-Z]\\w*") backtrack at most a few steps."""
    C = _parser._constants if hasattr(_parser, "_constants") else _parser
    repeats = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())
    single = {C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY}

    def unbounded(op, av) -> bool:
        return op in repeats and av[1] == C.MAXREPEAT

    def walk(items) -> bool:
        for k, (op, av) in enumerate(items):
            if unbounded(op, av):
                body = list(av[2].data) if hasattr(av[2], "data") else list(av[2])
                if len(body) != 1 or body[0][0] not in single:
                    return True
                if k + 1 < len(items) and unbounded(*items[k + 1]):
                    return True
            elif op in repeats:
                if walk(list(av[2].data) if hasattr(av[2], "data") else list(av[2])):
                    return True
            elif op is C.SUBPATTERN and walk(list(av[3].data)):
                return True
            elif op is C.BRANCH and any(walk(list(b.data)) for b in av[1]):
                return True
            elif op in (C.ASSERT, C.ASSERT_NOT) and walk(list(av[1].data)):
                return True
            elif op is getattr(C, "ATOMIC_GROUP", None) and walk(list(av.data) if hasattr(av, "data") else list(av)):
                return True
        return False

    try:
        return walk(list(_parser.parse(regex).data))
    except re.error:
        return True


@dataclass
class Label:
    name: str
    patterns: list[Pattern]
    exclude: list[Pattern] = field(default_factory=list)
    description: str = ""
    #: How the label is shown in figures and reports (``display:``; the key when not given).
    display: str = ""

    @property
    def shown(self) -> str:
        return self.display or self.name


@dataclass
class Family:
    """A set of competing labels: the choices an outlet makes when naming one thing."""

    name: str
    labels: dict[str, Label]
    description: str = ""
    exclude: list[Pattern] = field(default_factory=list)
    #: A title for figures and reports ("How each outlet names the Syrian state").
    title: str = ""
    _regex: "_Lazy | _Guarded | None" = field(default=None, repr=False)
    _groups: dict[str, str] = field(default_factory=dict, repr=False)
    _exclude: tuple | None = field(default=None, repr=False)
    _candidates: _Lazy | None = field(default=None, repr=False)
    _anchors: set = field(default_factory=set, repr=False)
    _label_exclude: dict = field(default_factory=dict, repr=False)

    def compile(self) -> None:
        alternatives: list[tuple[int, str, str]] = []
        for label in self.labels.values():
            for p in label.patterns:
                alternatives.append((len(p.text), p.to_regex(), label.name))
        # longest pattern first, so that at one position the longest match wins
        alternatives.sort(key=lambda a: -a[0])
        parts = []
        self._groups = {}
        for i, (_, rx, label) in enumerate(alternatives):
            self._groups[f"g{i}"] = label
            parts.append(f"(?P<g{i}>{rx})")
        own = [p for lab in self.labels.values() for p in lab.patterns]
        self._regex = _compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", own)

        def union(patterns):
            """``(regex, beginnings)``: the beginnings (:meth:`Pattern.starts`) are None when
            some pattern has none, or a short one ("in", "at" occur everywhere: such
            exclusions are cheaper to look for in the window around each match)."""
            if not patterns:
                return None
            rx = _compile(r"(?<!\w)(?:" + "|".join(p.to_regex() for p in patterns) + r")(?!\w)", patterns)
            starts = [p.starts() for p in patterns]
            ok = all(st and min(map(len, st)) >= 3 for st in starts)
            return rx, (frozenset(x for st in starts for x in st) if ok else None)

        # a family's exclusions remove any of its matches; a label's, only that label's
        self._exclude = union(list(self.exclude))
        self._label_exclude = {lab.name: union(lab.exclude) for lab in self.labels.values() if lab.exclude}
        # Every match starts with its pattern's first word; where all patterns have one, a
        # single case-insensitive search for those words finds every place worth trying.
        anchors = {p.anchor() for lab in self.labels.values() for p in lab.patterns}
        self._candidates = None
        if anchors and all(a for a, _ in anchors):
            words = sorted({a for a, whole in anchors if whole}, key=len, reverse=True)
            prefixes = sorted({a for a, whole in anchors if not whole}, key=len, reverse=True)
            parts = []
            if words:
                parts.append("(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
            if prefixes:
                parts.append("(?:" + "|".join(map(re.escape, prefixes)) + ")")
            self._candidates = _Lazy(r"(?i)(?<!\w)(?:" + "|".join(parts) + ")")
        self._anchors = anchors

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[str, int, int]]:
        """Yield ``(label, start, end)`` for each match in ``text[start:end]``."""
        if self._regex is None:
            self.compile()
        end = len(text) if end is None else end
        for m in self._matches(text, start, end):
            if not self._excluded(text, m.start(), m.end(), self._groups[m.lastgroup], start, end):
                yield self._groups[m.lastgroup], m.start(), m.end()

    def _excluded(self, text: str, s: int, e: int, label: str, start: int, end: int,
                  starts: list | None = None, memo: dict | None = None) -> bool:
        """An exclusion overlaps the match ``[s, e)`` of ``label``.

        With ``starts`` (the sorted positions where an exclusion's first word may begin: a
        superset) and ``memo`` (a dict for one scan of ``text[start:end]``), exclusions are
        matched against the whole span: tried only at those positions, each position once
        for all the matches around it (text dense with one term costs no more per mention).
        An exclusion with no known first word is searched for in the window of
        :data:`EXCLUSION_REACH` characters around the match, a search shared by the
        mentions that follow in dense text (:meth:`_excluded_near`; searching the whole text
        once instead made sparse texts, the usual ones, twice as slow). Without ``starts``
        (families matched by their own regex), the window is searched."""
        for unit in (self._exclude, self._label_exclude.get(label)):
            if unit is None:
                continue
            rx, beginnings = unit
            if starts is None:
                lo, hi = max(start, s - EXCLUSION_REACH), min(end, e + EXCLUSION_REACH)
                spans = [x.span() for x in rx.finditer(text, lo, hi)]
            elif beginnings is None:
                spans = self._excluded_near(text, s, e, start, end, unit, memo)
            else:
                spans = self._excluded_at(text, s, e, start, end, unit, starts, memo)
            if _blocked(spans, 0, s, e):
                return True
        return False

    @staticmethod
    def _excluded_near(text: str, s: int, e: int, start: int, end: int, unit, memo: dict) -> list:
        """The exclusions of ``unit`` (one with no known first word) found in the window of
        :data:`EXCLUSION_REACH` characters around ``[s, e)`` that overlap it. A window that
        overlaps the last one searched (text dense with the family's terms) is searched
        with the next 2,048 characters, and the mentions that follow read that search."""
        lo, hi = max(start, s - EXCLUSION_REACH), min(end, e + EXCLUSION_REACH)
        key = ("near", id(unit))
        region = memo.get(key)
        if region is None or not (region[0] <= lo and hi <= region[1]):
            dense = region is not None and lo < region[1]
            r_hi = min(end, hi + 2048) if dense else hi
            found = [x.span() for x in unit[0].finditer(text, lo, r_hi)]
            region = memo[key] = (lo, r_hi, found, [xe for _xs, xe in found])
        _lo, _hi, found, ends = region
        i = bisect.bisect_right(ends, s)  # the first that ends after the match starts
        spans = []
        while i < len(found) and found[i][0] < e:
            spans.append(found[i])
            i += 1
        return spans

    @staticmethod
    def _excluded_at(text: str, s: int, e: int, start: int, end: int, unit, starts: list, memo: dict) -> list:
        """The exclusions of ``unit`` tried at ``starts`` that may overlap ``[s, e)``: from
        :data:`EXCLUSION_REACH` characters before it (an exclusion inside another is skipped,
        as a search would) to its end (one that starts after it cannot overlap it)."""
        rx, key = unit[0], id(unit)
        spans: list = []
        last = max(start, s - EXCLUSION_REACH)
        for i in range(bisect.bisect_left(starts, last), len(starts)):
            x = starts[i]
            if x >= e:
                break
            if x < last:
                continue
            found = memo.get((key, x), False)
            if found is False:
                xm = rx.match(text, x, end)
                found = memo[key, x] = xm.span() if xm is not None else None
            if found is not None:
                spans.append(found)
                last = found[1]
        return spans

    def _matches(self, text: str, start: int, end: int):
        """The longest matches (:func:`_longest`) among the longest match at each position."""
        yield from (m for _s, _e, m in _longest(text, self._raw_matches(text, start, end)))

    def _raw_matches(self, text: str, start: int, end: int):
        """``(start, end, match)`` of the longest match at each position where one starts,
        overlapping ones included, in text order."""
        if self._candidates is None:
            search, pos = self._regex.search, start
            while True:
                m = search(text, pos, end)
                if m is None:
                    return
                yield m.start(), m.end(), m
                pos = m.start() + 1
        match = self._regex.match
        for c in self._candidates.finditer(text, start, end):
            m = match(text, c.start(), end)
            if m is not None:
                yield m.start(), m.end(), m


def _longest(text: str, found):
    """Of overlapping matches, the longest (the first of equally long ones; a run of white
    space counts as one character, so a line break or "\\r\\n" changes nothing): from
    ``(start, end, item)`` in order of start, the matches kept. "the Donald Trump campaign" with the
    patterns "the Donald" and "Donald Trump" gives "Donald Trump"."""
    pend = None
    for f in found:
        if pend is not None:
            if f[0] < pend[1]:
                if _width(text, f[0], f[1]) > _width(text, pend[0], pend[1]):
                    pend = f
                continue
            yield pend
        pend = f
    if pend is not None:
        yield pend


_WORD_RE = re.compile(r"\w+")
_SPACES_RE = re.compile(r"\s{2,}")


def _width(text: str, s: int, e: int) -> int:
    """The length of ``text[s:e]`` with each run of white space counted as one character."""
    return e - s - sum(len(m.group()) - 1 for m in _SPACES_RE.finditer(text, s, e))


def _nested_repeat(regex: str) -> str:
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


def _literal_starts(regex: str, limit: int = 512) -> list[str] | None:
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
            part = [(chr(av).lower(), True)]
        elif op is C.IN and len(av) == 2 and all(o is C.LITERAL for o, _ in av) \
                and chr(av[0][1]).lower() == chr(av[1][1]).lower():
            part = [(chr(av[0][1]).lower(), True)]  # [Gg]
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

# Non-ASCII characters that Python lower-cases or case-folds (in a case-insensitive regex)
# to ASCII letters: "İ", "ı", "ſ" and the Kelvin sign. Texts with one keep the word scan.
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


HYPERSCAN_MAX = 1500
#: Shorter texts (a speaker phrase, an appositive) are scanned word by word: Hyperscan's
#: set-up per scan, and compiling the database at all, cost more than it saves there.
HYPERSCAN_MIN_SPAN = 200
"""The most anchors a lexicon's Hyperscan database is compiled for. Compiling takes about
a second per thousand (1,000: 1.1 s; 10,000: 21 s; 20,000: about 50 s); the word scan,
which needs no compiling, serves larger lexicons at a speed that does not depend on their
size."""


def _use_hyperscan() -> bool:
    """Hyperscan finds anchors unless it is missing or ``FRAMING_ENGINE=python`` is set."""
    return hyperscan is not None and os.environ.get("FRAMING_ENGINE", "").lower() != "python"


_DATABASES: dict = {}  # compiled once per process: a lexicon copied to a worker for each chunk reuses it


#: Characters with no width that scraped text carries inside words: soft hyphen, zero-width
#: space, non-joiner and joiner, word joiner, zero-width no-break space (BOM).
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")


def _through_invisible(finditer, text: str, start: int, end: int):
    """``finditer`` run on the text without its invisible characters, each match's offsets
    taken back to the text as given (a match starts at its first visible character and ends
    after its last)."""
    gone = [m.start() for m in _INVISIBLE_RE.finditer(text)]
    seen = _INVISIBLE_RE.sub("", text)
    # where each removed character would sit in the text without them
    shifted = [g - k for k, g in enumerate(gone)]

    def back(j: int) -> int:  # a visible character's position in the text as given
        return j + bisect.bisect_right(shifted, j)

    s0 = start - bisect.bisect_left(gone, start)
    e0 = end - bisect.bisect_left(gone, end)
    for fam, label, s, e in finditer(seen, s0, e0):
        yield fam, label, back(s), back(e - 1) + 1


def _sub_regexes(fname: str, fam: Family) -> dict:
    """``(family, word) -> (regex, {group: label})``: the family's regex cut down to the
    patterns that can match where the word ``word`` starts (those whose first word it is,
    and those whose ``*`` prefix it begins with), in the same order, so the same pattern
    wins. Python's regex engine tries an alternation's branches one by one: a family of
    hundreds of patterns is much slower to match whole at each place worth trying. Each is
    compiled when first needed (:class:`_OnFirstUse`): a lexicon of 20,000 words compiles
    only the few a text has."""
    alternatives = []
    for label in fam.labels.values():
        for p in label.patterns:
            a, whole = p.anchor()
            alternatives.append((len(p.text), p.to_regex(), label.name, a.lower(), whole))
    alternatives.sort(key=lambda a: -a[0])  # as in Family.compile
    by_word: dict = {}
    prefixes = []
    for i, (_n, _rx, _lab, a, whole) in enumerate(alternatives):
        if whole:
            by_word.setdefault(a, []).append(i)
        else:
            prefixes.append((i, a))
    sources = {}
    for w, own in by_word.items():
        parts, groups = [], {}
        for i in sorted(own + [i for i, a in prefixes if w.startswith(a)]):
            groups[f"g{len(parts)}"] = alternatives[i][2]
            parts.append(f"(?P<g{len(parts)}>{alternatives[i][1]})")
        sources[fname, w] = (r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", groups)
    return sources


class _OnFirstUse(dict):
    """``key -> (compiled regex, groups)``, each compiled from ``key -> (source, groups)``
    the first time it is asked for (``d[key]``; None for a key with no source). A dict
    lookup in C once compiled: this is the hot loop of term scoring."""

    def __init__(self, sources: dict):
        super().__init__()
        self._sources = sources

    def __missing__(self, key):
        src = self._sources.get(key)
        found = self[key] = None if src is None else (re.compile(src[0]), src[1])
        return found


def _by_first_word(fam: Family) -> dict:
    """``lower-cased first word -> [(pattern, label)]`` for a family's patterns that start
    with a whole word."""
    out: dict = {}
    for lab in fam.labels.values():
        for pat in lab.patterns:
            a, whole = pat.anchor()
            if whole:
                out.setdefault(a.lower(), []).append((pat, lab.name))
    return out


def _hyperscan_database(exprs: list[bytes], caseless: list[bool] | None = None):
    """A block-mode database of ``exprs`` (ASCII case folded unless ``caseless`` says
    otherwise for one, match starts reported)."""
    caseless = [True] * len(exprs) if caseless is None else caseless
    key = (tuple(exprs), tuple(caseless))
    db = _DATABASES.get(key)
    if db is None:
        som = hyperscan.HS_FLAG_SOM_LEFTMOST
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        db.compile(expressions=list(exprs), ids=list(range(len(exprs))), elements=len(exprs),
                   flags=[som | hyperscan.HS_FLAG_CASELESS if c else som for c in caseless])
        _DATABASES[key] = db
    return db


def _on_hit(i, start, end, flags, hits):
    hits.append((start, i))


_THREAD = threading.local()


def _scan(db, buf: bytes, hits: list) -> None:
    """Scan with this thread's own scratch space for ``db`` (Hyperscan refuses a scratch
    space that another thread is using: a Dask or thread-pool worker gets its own)."""
    scratches = getattr(_THREAD, "scratches", None)
    if scratches is None:
        scratches = _THREAD.scratches = {}
    scratch = scratches.get(db)
    if scratch is None:
        scratch = scratches[db] = hyperscan.Scratch(db)
    db.scan(buf, match_event_handler=_on_hit, context=hits, scratch=scratch)


class WordFinder:
    """Where any of a set of ASCII words stands as a whole word (Python's ``\\w`` runs,
    any case), found by Hyperscan; :meth:`find` returns None where the caller's own word
    scan must decide (no Hyperscan, ``FRAMING_ENGINE=python``, or a text with a character
    that lower-cases or folds to ASCII letters, or one UTF-8 cannot encode)."""

    def __init__(self, words):
        self.words = sorted({w.lower() for w in words})
        if not all(w.isascii() and re.fullmatch(r"\w+", w) for w in self.words):
            raise ValueError("WordFinder takes ASCII words")
        self._db = None

    def find(self, text: str, end: int):
        """``[(start, end, word)]`` in text order for ``text[:end]``, or None."""
        if not _use_hyperscan():
            return None
        seg = text if end == len(text) else text[:end]
        if self._db is None:
            self._db = _hyperscan_database([rb"\b" + w.encode("ascii") + rb"\b" for w in self.words])
        hits = _hits(self._db, seg)
        if hits is None:
            return None
        out = []
        for p, i in hits:
            w = self.words[i]
            e = p + len(w)
            # an ASCII boundary is not always Python's: "éclaims" is one word
            if (p > 0 and _is_word(seg[p - 1])) or (e < len(seg) and _is_word(seg[e])):
                continue
            out.append((p, e, w))
        return out

    def __getstate__(self):
        return {"words": self.words, "_db": None}


def _hits(db, seg: str) -> list | None:
    """``[(character offset, pattern id)]`` of the matches of ``db`` in ``seg``, by start;
    None when ``seg`` needs the plain-Python scan: a character that Python lower-cases or
    folds to ASCII letters (Hyperscan folds ASCII only), or one UTF-8 cannot encode."""
    ascii_only = seg.isascii()
    if not ascii_only and any(c in seg for c in _FOLDS_TO_ASCII):
        return None
    try:
        buf = seg.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return None
    hits: list = []
    _scan(db, buf, hits)
    hits.sort()
    if ascii_only:
        return hits
    out = []
    byte_pos = char_pos = 0
    for b, i in hits:  # UTF-8 byte offset to character offset, decoding each stretch once
        char_pos += len(buf[byte_pos:b].decode("utf-8"))
        byte_pos = b
        out.append((char_pos, i))
    return out


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"

#: How far (in characters) an exclusion may reach beyond the match it removes.
EXCLUSION_REACH = 80


def _blocked(excluded: list[tuple[int, int]], k: int, s: int, e: int) -> bool:
    """A match ``[s, e)`` is dropped when an exclusion overlaps it, unless the exclusion
    lies strictly inside it (a longer name that merely contains an excluded phrase)."""
    for xs, xe in excluded[k:]:
        if xs < e and xe > s and not (xs >= s and xe <= e and (xs, xe) != (s, e)):
            return True
    return False


@dataclass
class Lexicon:
    """A parsed lexicon; ``families`` keeps the order of the file."""

    name: str
    families: dict[str, Family]
    description: str = ""
    path: str = ""
    title: str = ""
    #: The source gazetteer that goes with this lexicon (``gazetteer:``), or "" for the default.
    gazetteer: str = ""
    #: The lexicons this one extends, nearest first (``extends:``).
    extends: tuple = ()
    #: What a corpus it fits looks like (``fit:``): a one-family lexicon of the words such a
    #: corpus uses (``about``), and the mentions per 1,000 tokens on its own corpora (``rate``).
    about: "Lexicon | None" = field(default=None, repr=False, compare=False)
    rate: float | None = None
    _scan: bool | None = field(default=None, repr=False)
    _pre3: set = field(default_factory=set, repr=False)
    _exact: dict = field(default_factory=dict, repr=False)
    _fast: list = field(default_factory=list, repr=False)
    _slow: list = field(default_factory=list, repr=False)
    _by_word: dict = field(default_factory=dict, repr=False)
    _prefixes: dict = field(default_factory=dict, repr=False)
    _family_order: dict = field(default_factory=dict, repr=False)
    _hs: object = field(default=None, repr=False)
    _hs_pending: bool = field(default=False, repr=False)  # Hyperscan wanted, compiled on first long text
    _hs_ids: list = field(default_factory=list, repr=False)
    _single: dict = field(default_factory=dict, repr=False)
    _sub: dict = field(default_factory=dict, repr=False)
    #: Answers remembered by callers for spans of text (see :meth:`span_key`), in this process.
    _memo: dict = field(default_factory=dict, repr=False, compare=False)
    _plain: bool | None = field(default=None, repr=False, compare=False)  # every pattern plain text

    @property
    def memo(self) -> dict:
        """A dict where callers remember answers for spans of text, keyed by
        :meth:`span_key` (in this process; left behind when the lexicon is sent to another)."""
        return self._memo

    def family_title(self, family: str) -> str:
        """The family's ``title``, or its name made readable ("syrian_state" → "Syrian state")."""
        fam = self.families[family]
        return fam.title or readable(family)

    def display_names(self) -> dict:
        """``{(family, label): display name}`` for the labels that have one."""
        return {(f, k): lab.display for f, fam in self.families.items() for k, lab in fam.labels.items() if lab.display}

    def describe(self) -> dict:
        """What figures and tables carry along (``attrs``): the lexicon's name and title, each
        family's title and description, and the labels' display names."""
        return {"lexicon": self.name, "lexicon_title": self.title or readable(self.name),
                "family_titles": {f: self.family_title(f) for f in self.families},
                "family_descriptions": {f: fam.description for f, fam in self.families.items() if fam.description},
                "label_names": self.display_names()}

    def labels(self) -> list[tuple[str, str]]:
        """Every ``(family, label)`` pair, in file order."""
        return [(f, lab) for f, fam in self.families.items() for lab in fam.labels]

    def family_of(self, label: str) -> list[str]:
        """The families that have a label of this name."""
        return [f for f, fam in self.families.items() if label in fam.labels]

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """Yield ``(family, label, start, end)`` for every mention.

        Families whose patterns all start with a word are matched in one scan of the text
        (in text order); the others (regex patterns) family by family after it. Invisible
        characters (zero-width spaces and joiners, word joiners, soft hyphens) neither split
        a word nor hide it from a pattern: "IS\u200bIS" is one ISIS, "re\u00adgime" a regime,
        and the offsets still index the text as given.
        """
        end = len(text) if end is None else end
        if any(text.find(c, start, end) >= 0 for c in INVISIBLE):  # a few scans in C, within the span
            yield from _through_invisible(self._finditer, text, start, end)
            return
        yield from self._finditer(text, start, end)

    def _finditer(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        if self._scan is None:
            self._prepare()
        if self._scan is not None:
            found = None
            if end - start >= HYPERSCAN_MIN_SPAN and (self._hs is not None or self._hs_pending):
                if self._hs_pending:
                    self._compile_on_first_use()
                if self._hs is not None:
                    found = self._hyperscan_candidates(text, start, end)
            if found is None:
                cands, xstarts = self._word_candidates(text, start, end), self._exclusion_starts(text, start, end)
            else:
                cands, xstarts = found
            memo: dict = {}
            # the match each family holds, not yet given out: a longer one overlapping it
            # replaces it (:func:`_longest`)
            held: dict = {}
            out: list = []
            # with Hyperscan, a word that is a whole pattern by itself needs no regex
            single = self._single if found is not None else {}
            families, exacts, subs = self.families, self._exact, self._sub
            for p, wend, word, fams in cands:
                for fname in fams:
                    key = (fname, word)
                    exact = exacts.get(key)
                    if exact is not None and text[p:wend] not in exact:
                        continue  # only case-sensitive patterns start with this word
                    fam = families[fname]
                    label = single.get(key)
                    if label is not None:
                        if (p > 0 and _is_word(text[p - 1])) or (wend < end and _is_word(text[wend])):
                            continue  # part of a longer word, as the regex would find
                        e = wend
                    else:
                        sub = subs[key]
                        if sub is None:
                            m = fam._regex.match(text, p, end)
                            if m is None:
                                continue
                            label, e = fam._groups[m.lastgroup], m.end()
                        else:
                            m = sub[0].match(text, p, end)
                            if m is None:
                                continue
                            label, e = sub[1][m.lastgroup], m.end()
                    h = held.get(fname)
                    if h is not None:
                        if p < h[3]:
                            if _width(text, p, e) > _width(text, h[2], h[3]):
                                held[fname] = (fname, label, p, e)
                            continue
                        out.append(h)
                    held[fname] = (fname, label, p, e)
            out.extend(held.values())
            if len(out) > 1:
                order = self._family_order
                out.sort(key=lambda t: (t[2], order[t[0]]))
            for fname, label, p, e in out:
                fam = families[fname]
                if (fam._exclude is None and not fam._label_exclude) or \
                        not fam._excluded(text, p, e, label, start, end, xstarts, memo):
                    yield fname, label, p, e
        for fname in self._slow:
            for label, s, e in self.families[fname].finditer(text, start, end):
                yield fname, label, s, e

    def _word_candidates(self, text: str, start: int, end: int):
        """The reference scan: every word of the text looked up in the anchors. Yields
        ``(start, end, lower-cased word, families)`` for each word a family may start with."""
        seg = text[start:end]  # only the span: a speaker phrase is not a reason to lower-case its article
        low = seg.lower()
        if len(low) != len(seg):  # a character whose lower case is longer ("İ")
            low = None
        by_word, pre3 = self._by_word, self._pre3
        for c in _WORD_RE.finditer(low if low is not None else seg):
            word = c.group() if low is not None else c.group().lower()
            fams = by_word.get(word)
            if fams is None:
                if word[:3] not in pre3:
                    continue
                fams = self._prefix_families(word)
                if not fams:
                    continue
            yield start + c.start(), start + c.end(), word, fams

    def _hyperscan_candidates(self, text: str, start: int, end: int):
        """The same candidates as :meth:`_word_candidates` could lead to a match, found by
        Hyperscan in compiled code (ASCII anchors, ASCII case folding and word boundaries: a
        superset of what the word scan finds, each checked by the family's regex after).
        None when this text needs the word scan (see :func:`_hits`)."""
        seg = text if start == 0 and end == len(text) else text[start:end]
        hits = _hits(self._hs, seg)
        if hits is None:
            return None
        ids, order = self._hs_ids, self._family_order
        out: list = []
        xstarts: list = []
        for offset, i in hits:
            p = start + offset
            kind, key, fams = ids[i]
            if kind == "x":  # where an exclusion may start
                if not xstarts or xstarts[-1] != p:
                    xstarts.append(p)
                continue
            whole = kind == "w"
            if out and out[-1][0] == p:  # several anchors start here
                _, wend, word, prev = out[-1]
                if whole:  # a whole word's families include those of its prefixes
                    out[-1] = (p, p + len(key), key, fams)
                elif not word:
                    out[-1] = (p, wend, "", sorted(set(prev) | set(fams), key=order.__getitem__))
                continue
            # a prefix hit carries no word: the exact-spelling shortcut is for whole words only
            out.append((p, p + len(key), key, fams) if whole else (p, p + len(key), "", fams))
        return out, xstarts

    def _exclusion_starts(self, text: str, start: int, end: int) -> list[int]:
        """Where an exclusion of a word-scanned family may begin (any case, at the start of
        a word): the positions Hyperscan reports with its anchors, found by one regex scan."""
        if self._xstarts_rx is None:
            return []
        return [m.start() for m in self._xstarts_rx.finditer(text, start, end)]

    def _compile_on_first_use(self) -> None:
        self._hs_pending = False
        self._hs = self._compile_hyperscan()
        self._single = self._single_words() if self._hs is not None else {}

    def _prefix_families(self, low: str) -> list[str]:
        return [f for f, prefixes in self._prefixes.items() if any(low.startswith(p) for p in prefixes)]

    def _prepare(self) -> None:
        self._fast = [f for f, fam in self.families.items() if fam._candidates is not None]
        self._slow = [f for f, fam in self.families.items() if fam._candidates is None]
        self._by_word, self._prefixes = {}, {}
        words, prefixes = set(), set()
        for f in self._fast:
            for a, whole in self.families[f]._anchors:
                if whole:
                    self._by_word.setdefault(a.lower(), []).append(f)
                    words.add(a)
                else:
                    self._prefixes.setdefault(f, set()).add(a.lower())
                    prefixes.add(a)
        # a word that is an anchor of one family may also start another family's prefix
        for k, fams in self._by_word.items():
            for fp, pre in self._prefixes.items():
                if fp not in fams and any(k.startswith(x) for x in pre):
                    fams.append(fp)
        for k in self._by_word:
            self._by_word[k] = sorted(set(self._by_word[k]), key=list(self.families).index)
        # (family, word) -> the exact spellings, where every pattern starting with the word
        # is case-sensitive ("IS", "US"): other spellings ("is", "us") need no regex at all
        self._exact = {}
        for f in self._fast:
            for k, items in _by_first_word(self.families[f]).items():
                if all(pat.case_sensitive for pat, _ in items):
                    self._exact[f, k] = {pat.anchor()[0] for pat, _ in items}
        self._pre3 = {p.lower()[:3] for p in prefixes} | {p.lower() for p in prefixes if len(p) < 3}
        # a lower-cased anchor that is not its own lower case again (rare scripts) cannot be
        # found by the word scan: such families are matched by their own regex
        odd = {f for f in self._fast for a, _ in self.families[f]._anchors if a.lower().lower() != a.lower()
               or len(a.lower()) != len(a)}
        if odd:
            self._fast = [f for f in self._fast if f not in odd]
            self._slow = [f for f in self.families if f not in self._fast]
            self._by_word = {k: [f for f in v if f not in odd] for k, v in self._by_word.items()}
            self._prefixes = {k: v for k, v in self._prefixes.items() if k not in odd}
        self._scan = True if self._fast else None
        if self._scan is None:
            self._slow = list(self.families)
        self._family_order = {f: i for i, f in enumerate(self.families)}
        xwords = set()
        for f in self._fast:
            for unit in (self.families[f]._exclude, *self.families[f]._label_exclude.values()):
                if unit is not None and unit[1] is not None:
                    xwords |= unit[1]
        self._xstarts_rx = None
        if xwords:  # look-aheads: a beginning inside another ("national unity", "unity") is found too
            words = sorted((x for x in xwords if re.match(r"\w", x)), key=len, reverse=True)
            others = sorted((x for x in xwords if not re.match(r"\w", x)), key=len, reverse=True)
            parts = [r"(?<!\w)(?=" + "|".join(map(re.escape, words)) + ")"] if words else []
            parts += [r"(?=" + "|".join(map(re.escape, others)) + ")"] if others else []
            self._xstarts_rx = re.compile("(?i)" + "|".join(parts))
        self._hs, self._single = None, {}
        # compiled when a text of HYPERSCAN_MIN_SPAN characters is first scanned: a gazetteer
        # read only on speaker phrases never pays for it
        self._hs_pending = self._scan is not None and _use_hyperscan()
        sources: dict = {}
        for f in self._fast:
            sources.update(_sub_regexes(f, self.families[f]))
        self._sub = _OnFirstUse(sources)

    def _single_words(self) -> dict:
        """``(family, word) -> label`` where every pattern of the family that can match at a
        word equal to ``word`` is that word alone, all of one label and one case rule: a
        match there is the word itself, whole."""
        out = {}
        for f in self._fast:
            fam = self.families[f]
            prefixes = self._prefixes.get(f, set())
            for word, items in _by_first_word(fam).items():
                if any(word.startswith(x) for x in prefixes):
                    continue
                if len({lab for _, lab in items}) != 1 or len({pt.case_sensitive for pt, _ in items}) != 1:
                    continue
                if all(pt.text.lower() == word for pt, _ in items):
                    out[f, word] = items[0][1]
        return out

    def _compile_hyperscan(self):
        """A Hyperscan database of the anchors of the word-scanned families, or None when
        an anchor is not ASCII or there are more than :data:`HYPERSCAN_MAX` (those lexicons keep the word scan)."""
        prefix_fams: dict = {}
        for f, pre in self._prefixes.items():
            for x in pre:
                prefix_fams.setdefault(x, []).append(f)
        keys = [("w", w, fams) for w, fams in self._by_word.items()]
        keys += [("p", x, sorted(fams, key=self._family_order.__getitem__)) for x, fams in prefix_fams.items()]
        # the first words of exclusions (whole or as prefixes: either finds every start)
        xwords = set()
        for f in self._fast:
            fam = self.families[f]
            for unit in (fam._exclude, *fam._label_exclude.values()):
                if unit is not None and unit[1] is not None:
                    xwords |= unit[1]
        # (beginnings are ASCII in every lexicon this database serves, checked below)
        keys += [("x", x, ()) for x in sorted(xwords)]
        if not keys or not all(k.isascii() for _, k, _ in keys):
            return None
        exprs, caseless, ids = [], [], []
        for kind, k, fams in keys:
            # a word boundary before a word character only: Python's (?<!\w) says nothing more
            head = rb"\b" if re.match(r"\w", k) else b""
            tail = rb"\b" if kind == "w" else b""
            spellings = None
            if kind == "w" and all((f, k) in self._exact for f in fams):
                # only case-sensitive patterns start with this word ("IS", not "is"): look
                # for those spellings alone
                spellings = sorted(set().union(*(self._exact[f, k] for f in fams)))
                if not all(x.isascii() for x in spellings):
                    spellings = None
            for form in spellings or [k]:
                exprs.append(head + re.escape(form).encode("ascii") + tail)
                caseless.append(spellings is None)
                ids.append((kind, k, fams))
        if len(exprs) > HYPERSCAN_MAX:
            return None  # compiling would cost more than the word scan saves (docs/benchmarks.md)
        self._hs_ids = ids
        return _hyperscan_database(exprs, caseless)

    def __dask_tokenize__(self):
        """What the lexicon matches, for Dask's task names (its compiled scanners are left out)."""
        def pats(ps):
            return tuple((x.text, x.case_sensitive, x.regex) for x in ps)

        return ("framing.Lexicon", self.name, tuple(
            (f, pats(fam.exclude), tuple((lab.name, pats(lab.patterns), pats(lab.exclude)) for lab in fam.labels.values()))
            for f, fam in self.families.items()))

    def span_key(self, text: str, start: int, end: int):
        """What :meth:`finditer` over ``text[start:end]`` depends on, or None when that is
        not known: the span and the character before it (word boundaries and one-character
        look-behinds read it), provided every pattern and exclusion is plain text (a
        regular expression may look further back). Equal keys, equal matches, shifted."""
        if self._plain is None:
            self._plain = all(not p.regex for fam in self.families.values() for p in fam.exclude) and all(
                not p.regex for fam in self.families.values() for lab in fam.labels.values()
                for p in (*lab.patterns, *lab.exclude))
        if not self._plain:
            return None
        return text[start:end], text[start - 1:start] if start > 0 else ""

    def __getstate__(self):
        # compiled scanners and remembered answers stay in the process that built them
        state = dict(self.__dict__)
        state.update(_scan=None, _hs=None, _hs_pending=False, _memo={})
        return state


# --------------------------------------------------------------------------- loading

_BUNDLED: dict = {}  # bundled lexicons are parsed once per process


def gazetteer_for(lexicon, gazetteer: str = "") -> str:
    """The source gazetteer to use: ``gazetteer`` when given, else the one the lexicon names
    (``gazetteer:``), else ``news``."""
    if gazetteer:
        return gazetteer
    return load_lexicon(lexicon).gazetteer or "news"


def readable(key: str) -> str:
    """A key as words: "syrian_state" → "Syrian state", "jihadist-name" → "Jihadist name"."""
    words = re.sub(r"[_\-]+", " ", str(key)).strip()
    return words[:1].upper() + words[1:] if words else str(key)


def bundled_lexicons() -> list[str]:
    """Names of the lexicons that ship with `framing`."""
    root = resources.files("framing") / "lexicons"
    return sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".yaml"))


def load_lexicon(lexicon: "str | Path | Lexicon" = "syria") -> Lexicon:
    """Load a lexicon by bundled name (``"syria"``) or from a YAML file.

    Parameters
    ----------
    lexicon : str, Path or Lexicon
        A bundled name, a path to a ``.yaml``/``.yml`` file, or an already loaded lexicon.

    Raises
    ------
    LexiconError
        The file is missing or malformed; the message names the file, line and key.

    Examples
    --------
    >>> lex = load_lexicon("syria")
    >>> sorted(lex.families["jihadist_name"].labels)[:3]
    ['Daesh', 'IS', 'ISIL']
    """
    if isinstance(lexicon, Lexicon):
        return lexicon
    s = str(lexicon)
    path = Path(s)
    if path.suffix.lower() in {".yaml", ".yml"} or path.exists():
        if not path.is_file():
            raise LexiconError(f"{s}: no such lexicon file. Give a .yaml file or one of: {', '.join(bundled_lexicons())}.")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise LexiconError(f"{s}: not UTF-8 text ({exc.reason} at byte {exc.start}); save the lexicon as UTF-8.") from None
        return parse_lexicon(text, source=s)
    if s in bundled_lexicons():
        if s not in _BUNDLED:
            text = (resources.files("framing") / "lexicons" / f"{s}.yaml").read_text(encoding="utf-8")
            _BUNDLED[s] = parse_lexicon(text, source=f"<bundled lexicon {s}>")
        return _BUNDLED[s]
    raise LexiconError(f"unknown lexicon {s!r}: give a path to a .yaml file or one of: {', '.join(bundled_lexicons())}.")





def _patterns(where: _Where, node: yaml.Node, what: str) -> list[Pattern]:
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    if isinstance(node, yaml.MappingNode):
        items = [node]
    out = []
    for item in items:
        case: bool | None = None
        regex = False
        if isinstance(item, yaml.MappingNode):
            m = _mapping(where, item, what, _PATTERN_KEYS)
            if "pattern" not in m:
                raise where.error(item, f"{what}: a pattern mapping needs a 'pattern' key.")
            text_node = m["pattern"][1]
            if "case_sensitive" in m:
                case = _bool(where, m["case_sensitive"][1], f"{what}: case_sensitive")
            if "regex" in m:
                regex = _bool(where, m["regex"][1], f"{what}: regex")
        else:
            text_node = item
        text = _scalar(where, text_node, what)
        if not text.strip():
            raise where.error(text_node, f"{what}: empty pattern; remove it or write the words to match.")
        if text != text.strip():
            text = text.strip()
        if not regex and not any(c.isalnum() for c in text):
            raise where.error(text_node, f"{what}: pattern {text!r} has no letter or digit to match; a '*' ends a word "
                                         "(immigra*), it is not a pattern by itself.")
        if case is None:
            letters = [c for c in text if c.isalpha()]
            case = len(letters) >= 2 and all(c.isupper() for c in letters)
        if regex:
            if "(?P<" in text:
                raise where.error(text_node, f"{what}: regex {text!r} uses a named group; use (?:...) instead.")
            try:
                rx = re.compile(text)
            except re.error as exc:
                raise where.error(text_node, f"{what}: regex {text!r} does not compile ({exc}).") from None
            if rx.match(""):
                raise where.error(text_node, f"{what}: regex {text!r} matches the empty string; it would match everywhere.")
            nested = _nested_repeat(text)
            if nested:
                raise where.error(text_node, f"{what}: regex {text!r} repeats a part that itself repeats without limit "
                                             f"({nested}): such a pattern can take forever on one word. Give the "
                                             "outer repeat a bound ({1,5}) or write the inner part once.")
        out.append(Pattern(text, case, regex, text_node.start_mark.line + 1))
    if not out:
        raise where.error(node, f"{what}: no patterns; list at least one.")
    return out


def parse_lexicon(text: str, *, source: str = "<lexicon>", _depth: int = 0) -> Lexicon:
    """Parse lexicon YAML (safe loading only) into a compiled :class:`Lexicon`."""
    where = _Where(source)
    root = compose(text, where)
    if root is None:
        raise LexiconError(f"{source}: the lexicon is empty; it needs a 'families' mapping.")
    top = _mapping(where, root, "lexicon", _TOP_KEYS)
    if "families" not in top:
        raise where.error(root, "lexicon: missing key 'families' (families → labels → patterns).")
    name = _scalar(where, top["name"][1], "name") if "name" in top else Path(source).stem
    desc = _scalar(where, top["description"][1], "description") if "description" in top else ""
    title = _scalar(where, top["title"][1], "title") if "title" in top else ""
    gaz = _scalar(where, top["gazetteer"][1], "gazetteer") if "gazetteer" in top else ""
    about, rate = _fit(where, top["fit"][1]) if "fit" in top else (None, None)
    families: dict[str, Family] = {}
    fams = _mapping(where, top["families"][1], "families", None)
    if not fams:
        raise where.error(top["families"][1], "families: no families; define at least one.")
    for fname, (_fkey, fnode) in fams.items():
        fwhat = f"family {fname!r}"
        fmap = _mapping(where, fnode, fwhat, _FAMILY_KEYS)
        if "labels" not in fmap:
            raise where.error(fnode, f"{fwhat}: missing key 'labels'.")
        labels: dict[str, Label] = {}
        lmaps = _mapping(where, fmap["labels"][1], f"{fwhat} labels", None)
        if not lmaps:
            raise where.error(fmap["labels"][1], f"{fwhat}: no labels; define at least one.")
        for lname, (_lkey, lnode) in lmaps.items():
            lwhat = f"family {fname!r}, label {lname!r}"
            if isinstance(lnode, yaml.MappingNode) and not any(k.value == "pattern" for k, _ in lnode.value):
                lmap = _mapping(where, lnode, lwhat, _LABEL_KEYS)
                if "patterns" not in lmap:
                    raise where.error(lnode, f"{lwhat}: missing key 'patterns'.")
                pats = _patterns(where, lmap["patterns"][1], lwhat)
                excl = _patterns(where, lmap["exclude"][1], f"{lwhat} exclude") if "exclude" in lmap else []
                ldesc = _scalar(where, lmap["description"][1], f"{lwhat} description") if "description" in lmap else ""
                ldisp = _scalar(where, lmap["display"][1], f"{lwhat} display") if "display" in lmap else ""
            else:
                pats, excl, ldesc, ldisp = _patterns(where, lnode, lwhat), [], "", ""
            labels[lname] = Label(lname, pats, excl, ldesc, ldisp)
        fexcl = _patterns(where, fmap["exclude"][1], f"{fwhat} exclude") if "exclude" in fmap else []
        fdesc = _scalar(where, fmap["description"][1], f"{fwhat} description") if "description" in fmap else ""
        ftitle = _scalar(where, fmap["title"][1], f"{fwhat} title") if "title" in fmap else ""
        fam = Family(fname, labels, fdesc, fexcl, ftitle)
        try:
            fam.compile()
        except re.error as exc:  # pragma: no cover - patterns are checked one by one above
            raise where.error(fnode, f"{fwhat}: patterns do not compile together ({exc}).") from None
        families[fname] = fam
    extends: tuple = ()
    if "extends" in top:
        knode = top["extends"][1]
        parent = _parent(where, knode, _scalar(where, knode, "extends"), source, _depth)
        # the parent's families come after this file's own (a gazetteer tries them later);
        # one whose name this file also uses is kept as PARENT/NAME
        for fname, fam in parent.families.items():
            key = fname if fname not in families else f"{parent.name}/{fname}"
            while key in families:
                key += "'"
            families[key] = fam if key == fname else _renamed(fam, key)
        extends = (parent.name, *parent.extends)
        gaz = gaz or parent.gazetteer
    return Lexicon(name, families, desc, source, title, gaz, extends, about, rate)


def _fit(where: _Where, node: yaml.Node) -> tuple:
    m = _mapping(where, node, "fit", _FIT_KEYS)
    about = None
    if "about" in m:
        pats = _patterns(where, m["about"][1], "fit: about")
        fam = Family("about", {"about": Label("about", pats)})
        fam.compile()
        about = Lexicon("about", {"about": fam})
    rate = None
    if "rate" in m:
        text = _scalar(where, m["rate"][1], "fit: rate")
        try:
            rate = float(text)
        except ValueError:
            rate = -1.0
        if not rate > 0:
            raise where.error(m["rate"][1], f"fit: rate must be a positive number of mentions per 1,000 tokens, not {text!r}.")
    return about, rate


def fit_warning(lex: Lexicon, *, documents: int, about_docs: int, mentions: int, tokens: int) -> str | None:
    """What to tell a user whose corpus the lexicon may not fit (``fit:``), or None.
    ``documents``: the documents looked at for the ``about`` words (the first 200 of each
    chunk read); ``about_docs``: how many of them use one."""
    reasons = []
    if lex.about is not None and documents >= 20 and about_docs < FIT_MIN_SHARE * documents:
        words = ", ".join(p.text for lab in lex.about.families["about"].labels.values() for p in lab.patterns[:6])
        reasons.append(f"of {documents:,} of its documents looked at, {about_docs:,} ({about_docs / documents:.0%}) use any of "
                       f"the words it is about ({words} …)")
    if lex.rate is not None and tokens >= 10_000 and 1000 * mentions / tokens < lex.rate / FIT_RATE_FACTOR:
        reasons.append(f"it finds {1000 * mentions / tokens:.1f} mentions per 1,000 tokens, against {lex.rate:g} on the "
                       "corpora it was written for")
    if not reasons:
        return None
    return (f"lexicon {lex.name!r} may not fit this corpus: " + "; ".join(reasons) + ". Its counts would describe "
            "another subject. Pass a lexicon of your own (lexicon='my_terms.yaml', --lexicon my_terms.yaml): "
            "docs/lexicons.md says how to write one, and framing.discover helps find its terms.")





def _renamed(fam: Family, name: str) -> Family:
    out = Family(name, fam.labels, fam.description, fam.exclude, fam.title)
    out.compile()
    return out


def _parent(where: _Where, node: yaml.Node, spec: str, source: str, depth: int) -> Lexicon:
    """The lexicon named by ``extends:``: a bundled name, or a file (relative to this one)."""
    if depth >= _EXTENDS_DEPTH:
        raise where.error(node, f"extends: {spec!r} goes more than {_EXTENDS_DEPTH} lexicons deep; "
                                "is there a loop of lexicons extending each other?")
    path = Path(spec)
    if not path.is_absolute() and not source.startswith("<"):
        path = Path(source).parent / path
    if path.suffix.lower() in {".yaml", ".yml"}:
        if not path.is_file():
            raise where.error(node, f"extends: no such lexicon file {str(path)!r}.")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise where.error(node, f"extends: cannot read {str(path)!r} ({exc}).") from None
        return parse_lexicon(text, source=str(path), _depth=depth + 1)
    if spec in bundled_lexicons():
        text = (resources.files("framing") / "lexicons" / f"{spec}.yaml").read_text(encoding="utf-8")
        return parse_lexicon(text, source=f"<bundled lexicon {spec}>", _depth=depth + 1)
    raise where.error(node, f"extends: unknown lexicon {spec!r}; give a bundled name "
                            f"({', '.join(bundled_lexicons())}) or a .yaml file.")

