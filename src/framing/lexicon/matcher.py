"""Finding a lexicon's mentions in a text: its patterns compiled family by family,
candidates found by one scan over the words (Hyperscan or plain Python, :data:`ENGINES`),
the longest match kept, exclusions applied, and invisible characters looked through.

A :class:`Matcher` is built from a lexicon (:attr:`framing.lexicon.Lexicon.matcher`) on
first use and holds everything compiled; the lexicon itself stays data."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from functools import partial

from ._hyperscan import database, expression, is_word, uses_hyperscan
from ._hyperscan import hits as _hits
from .forms import (
    INVISIBLE,
    INVISIBLE_RE,
    WIDE_RE,
    View,
    case_key,
    fold_table,
    matching_families,
    needs_forms,
    needs_view,
    view_trigger,
)
from .guards import _Lazy, compile_guarded

__all__ = ["Matcher", "FamilyMatcher", "EXCLUSION_REACH", "INVISIBLE", "HYPERSCAN_MAX", "HYPERSCAN_MIN_SPAN"]

HYPERSCAN_MAX = 1500
"""The most anchors a lexicon's Hyperscan database is compiled for. Compiling takes about
a second per thousand (1,000: 1.1 s; 10,000: 21 s; 20,000: about 50 s); the word scan,
which needs no compiling, serves larger lexicons at a speed that does not depend on their
size."""
#: Shorter texts (a speaker phrase, an appositive) are scanned word by word: Hyperscan's
#: set-up per scan, and compiling the database at all, cost more than it saves there.
HYPERSCAN_MIN_SPAN = 200

#: How far (in characters) an exclusion may reach beyond the match it removes.
EXCLUSION_REACH = 80

_WORD_RE = re.compile(r"\w+")
#: What a scan answers for a text with full-width forms ("ＩＳＩＳ"): read it through a view.
_WIDE = object()
_SPACES_RE = re.compile(r"\s{2,}")


class FamilyMatcher:
    """A family's patterns compiled: one regex of all its patterns (longest first, each in
    a group that names its label), its exclusions (the family's and each label's), and
    the first words every match starts with (its anchors)."""

    def __init__(self, fam, keys: Iterator[int]):
        """``fam``: a :class:`framing.lexicon.Family`; ``keys``: numbers unique within the
        lexicon, one for each set of exclusions (what a scan remembers its searches by)."""
        self.name = fam.name
        self.labels = fam.labels
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
        self._regex = compile_guarded(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", own)

        def union(patterns):
            """``(regex, beginnings, key)``: the beginnings (:meth:`Pattern.starts`) are None when
            some pattern has none, or a short one ("in", "at" occur everywhere: such
            exclusions are cheaper to look for in the window around each match)."""
            if not patterns:
                return None
            rx = compile_guarded(r"(?<!\w)(?:" + "|".join(p.to_regex() for p in patterns) + r")(?!\w)", patterns)
            starts = [p.starts() for p in patterns]
            ok = all(st and min(map(len, st)) >= 3 for st in starts)
            return rx, (frozenset(x for st in starts for x in st) if ok else None), next(keys)

        # a family's exclusions remove any of its matches; a label's, only that label's
        self._exclude = union(list(fam.exclude))
        self._label_exclude = {lab.name: union(lab.exclude) for lab in self.labels.values() if lab.exclude}
        # Every match starts with its pattern's first word; where all patterns have one, a
        # single case-insensitive search for those words finds every place worth trying.
        each = [p.anchors() for lab in self.labels.values() for p in lab.patterns]
        anchors = {a for found in each for a in found}
        self._candidates = None
        if each and all(each):
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
            rx, beginnings = unit[0], unit[1]
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
        key = ("near", unit[2])
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
        rx, key = unit[0], unit[2]
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


def _width(text: str, s: int, e: int) -> int:
    """The length of ``text[s:e]`` with each run of white space counted as one character."""
    return e - s - sum(len(m.group()) - 1 for m in _SPACES_RE.finditer(text, s, e))


class _SubRegexes:
    """A family's regex cut down to the patterns that can match where a word starts (those
    whose first word it is, and those whose prefix — a ``*`` pattern's or a regex's literal
    beginning — it begins with), in the same order, so the same pattern wins. Python's
    regex engine tries an alternation's branches one by one: a family of hundreds of
    patterns (or 20,000 regexes) is much slower to match whole at each place worth trying.
    :meth:`source` gives the regex for a word; :class:`_OnFirstUse` compiles each when a
    text first has that word, so a lexicon of 20,000 words compiles only the few a text has."""

    def __init__(self, fam: FamilyMatcher):
        alternatives = []
        for label in fam.labels.values():
            for p in label.patterns:
                alternatives.append((len(p.text), p.to_regex(), label.name, p.anchors()))
        alternatives.sort(key=lambda a: -a[0])  # as in FamilyMatcher
        self._alternatives = alternatives
        self._by_word: dict = {}
        self._prefixes: dict = {}
        for i, (_n, _rx, _lab, anchors) in enumerate(alternatives):
            for a, whole in anchors:
                (self._by_word if whole else self._prefixes).setdefault(case_key(a), []).append(i)
        self._lengths = sorted({len(a) for a in self._prefixes})

    def source(self, word: str):
        """``(regex, {group: label})`` of the patterns that can match at ``word`` (lower
        case), or None when none can (the family's whole regex is then tried)."""
        own = set(self._by_word.get(word, ()))
        for a in _prefixes_of(word, self._prefixes, self._lengths):
            own.update(self._prefixes[a])
        if not own:
            return None
        parts, groups = [], {}
        for i in sorted(own):
            groups[f"g{len(parts)}"] = self._alternatives[i][2]
            parts.append(f"(?P<g{len(parts)}>{self._alternatives[i][1]})")
        return r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", groups


def _prefixes_of(word: str, prefixes, lengths: list[int]) -> list[str]:
    """The ``prefixes`` (a set or dict of them; ``lengths``: their lengths, sorted) that
    ``word`` begins with: one look-up per length, not one test per prefix, so that a lexicon
    of many ``word*`` patterns prepares in time that grows with it, not with its square."""
    return [word[:n] for n in lengths if n <= len(word) and word[:n] in prefixes]


class _OnFirstUse(dict):
    """``(family, word) -> (compiled regex, groups)``, each compiled from the family's
    :class:`_SubRegexes` the first time it is asked for (``d[key]``; None for a key no
    pattern can match at). A dict lookup in C once compiled: this is the hot loop of term
    scoring."""

    def __init__(self, subs: dict):
        super().__init__()
        self._subs = subs

    def __missing__(self, key):
        sub = self._subs.get(key[0])
        src = None if sub is None or not key[1] else sub.source(key[1])
        found = self[key] = None if src is None else (re.compile(src[0]), src[1])
        return found


def _by_first_word(fam: FamilyMatcher) -> dict:
    """``lower-cased first word -> [(pattern, label)]`` for a family's patterns that start
    with a whole word."""
    out: dict = {}
    for lab in fam.labels.values():
        for pat in lab.patterns:
            a, whole = pat.anchor()
            if whole:
                out.setdefault(case_key(a), []).append((pat, lab.name))
    return out


def _blocked(excluded: list[tuple[int, int]], k: int, s: int, e: int) -> bool:
    """A match ``[s, e)`` is dropped when an exclusion overlaps it, unless the exclusion
    lies strictly inside it (a longer name that merely contains an excluded phrase)."""
    for xs, xe in excluded[k:]:
        if xs < e and xe > s and not (xs >= s and xe <= e and (xs, xe) != (s, e)):
            return True
    return False


class Matcher:
    """A lexicon compiled for matching (built by :attr:`framing.lexicon.Lexicon.matcher`,
    once per lexicon, on first use): each family's :class:`FamilyMatcher`, the anchors the
    word scan looks up, and — under an engine that uses it — a Hyperscan database of them,
    compiled when a text of :data:`HYPERSCAN_MIN_SPAN` characters is first scanned."""

    def __init__(self, lexicon):
        self.engine = lexicon.engine
        keys = itertools.count()
        # patterns beyond ASCII letters, folds or proclitics: matched in their forms (.forms),
        # a text with characters those forms leave out or compose read through a View
        forms = needs_forms(lexicon)
        families = matching_families(lexicon) if forms else lexicon.families
        self._view_re = view_trigger(lexicon) if forms else None
        self._fold = fold_table(lexicon) if forms else {}
        self.families = {f: FamilyMatcher(fam, keys) for f, fam in families.items()}
        # every pattern and exclusion plain text: what :meth:`span_key` needs
        self._plain = all(not p.regex for fam in families.values() for p in fam.exclude) and all(
            not p.regex for fam in families.values() for lab in fam.labels.values()
            for p in (*lab.patterns, *lab.exclude))
        self._min_span = HYPERSCAN_MIN_SPAN
        self._wide_seen = (None, False)  # the last text looked at for full-width forms, and whether it has one
        self._prepare()

    @property
    def uses_hyperscan(self) -> bool:
        """Whether Hyperscan finds this lexicon's candidates in long texts (under its engine,
        with Hyperscan installed, and a lexicon it can serve)."""
        return self._hs is not None or self._hs_pending

    def span_key(self, text: str, start: int, end: int):
        """What :meth:`finditer` over ``text[start:end]`` depends on, or None when that is
        not known (:meth:`framing.lexicon.Lexicon.span_key`)."""
        if not self._plain:
            return None
        return text[start:end], text[start - 1:start] if start > 0 else ""

    def finditer(self, text: str, start: int = 0, end: int | None = None, *, phrase: bool = False):
        """Yield ``(family, label, start, end)`` for every mention
        (:meth:`framing.lexicon.Lexicon.finditer` says how they are found). ``phrase``: the
        span is a phrase (a speaker and its appositive), scanned word by word however long:
        a gazetteer read on phrases never compiles a Hyperscan database (0.6 s for the
        bundled one) for an appositive that happens to be long."""
        end = len(text) if end is None else end
        find = self._finditer if not phrase else self._phrase_finditer
        if self._view_re is not None and needs_view(text, start, end, self._view_re):
            view = View(text, self._fold)
        elif any(text.find(c, start, end) >= 0 for c in INVISIBLE):  # a few scans in C, within the span
            view = View(text, only=INVISIBLE_RE)  # a match starts at its first visible character
        else:
            yield from find(text, start, end)
            return
        yield from view.matches(find, start, end)

    def _wide(self, text: str) -> bool:
        """Whether ``text`` holds a full-width form, remembered for the last text asked about:
        the speaker phrases of one article are scanned one by one (read and written whole,
        so threads sharing the matcher see a pair that belongs together)."""
        seen = self._wide_seen
        if seen[0] is not text:
            seen = self._wide_seen = (text, WIDE_RE.search(text) is not None)
        return seen[1]

    def _phrase_finditer(self, text: str, start: int = 0, end: int | None = None):
        return self._finditer(text, start, end, phrase=True)

    def _finditer(self, text: str, start: int = 0, end: int | None = None, phrase: bool = False):
        end = len(text) if end is None else end
        found = None
        if self._scan is not None and not phrase and end - start >= self._min_span and (
                self._hs is not None or self._hs_pending):
            if self._hs_pending:
                self._compile_on_first_use()
            if self._hs is not None:
                found = self._hyperscan_candidates(text, start, end)  # it sees full-width forms too
        if found is _WIDE or (found is None and not text.isascii() and self._wide(text)):
            # "ＩＳＩＳ" read as "ISIS" (a lexicon of ASCII patterns)
            yield from View(text, only=INVISIBLE_RE).matches(partial(self._finditer, phrase=phrase), start, end)
            return
        if self._scan is not None:
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
                if not word:  # a prefix Hyperscan found: the word it begins picks the patterns to try
                    w = _WORD_RE.match(text, p, end)
                    word = case_key(w.group()) if w is not None else ""
                    if w is None or len(word) != w.end() - p:
                        word = ""  # a letter whose lower case is longer: the family's whole regex
                for fname in fams:
                    key = (fname, word)
                    exact = exacts.get(key)
                    if exact is not None and text[p:wend] not in exact:
                        continue  # only case-sensitive patterns start with this word
                    fam = families[fname]
                    label = single.get(key)
                    if label is not None:
                        if (p > 0 and is_word(text[p - 1])) or (wend < end and is_word(text[wend])):
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
        low = case_key(seg)  # "İdlib" as "idlib", as a case-insensitive regex reads it
        if len(low) != len(seg):  # a character whose lower case is longer
            low = None
        by_word, pre3, short = self._by_word, self._pre3, self._short
        for c in _WORD_RE.finditer(low if low is not None else seg):
            word = c.group() if low is not None else case_key(c.group())
            fams = by_word.get(word)
            if fams is None:
                if word[:3] not in pre3 and not (short and (word[:1] in short or word[:2] in short)):
                    continue
                fams = self._prefix_families(word)
                if not fams:
                    continue
            yield start + c.start(), start + c.end(), word, fams

    def _hyperscan_candidates(self, text: str, start: int, end: int):
        """The same candidates as :meth:`_word_candidates` could lead to a match, found by
        Hyperscan in compiled code (a superset of what the word scan finds, each checked by the
        family's regex after). Its word boundaries are ASCII ones, and it puts none before a
        letter beyond ASCII nor after one: in a text beyond ASCII, a hit inside a word is
        dropped here. None when this text needs the word scan (see
        :func:`framing.lexicon._hyperscan.hits`)."""
        seg = text if start == 0 and end == len(text) else text[start:end]
        hits = _hits(self._hs, seg, fold_ascii=True, folded=self._hs_folded)
        if hits is None:
            return None
        ids, order = self._hs_ids, self._family_order
        out: list = []
        xstarts: list = []
        check = not seg.isascii()
        for offset, i in hits:
            p = start + offset
            kind, key, fams, head_check, tail_check = ids[i]
            if check:  # (never for an English lexicon's words: its \b are exact but before "é")
                if head_check:
                    if kind == "f":
                        return _WIDE
                    if p > 0 and is_word(text[p - 1]):
                        continue  # not where a word starts
                if tail_check and p + len(key) < end and is_word(text[p + len(key)]):
                    continue  # not a whole word: the hits of longer words at p stand for it
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
        """The families with a prefix that the word ``low`` begins with, in their order: one
        look-up per prefix length (a family of 20,000 regexes has as many prefixes)."""
        hit = {f for x in _prefixes_of(low, self._families_of, self._prefix_lengths) for f in self._families_of[x]}
        return sorted(hit, key=self._family_order.__getitem__) if len(hit) > 1 else list(hit)

    def _prepare(self) -> None:
        self._fast = [f for f, fam in self.families.items() if fam._candidates is not None]
        self._slow = [f for f, fam in self.families.items() if fam._candidates is None]
        self._by_word, self._prefixes = {}, {}
        words, prefixes = set(), set()
        for f in self._fast:
            for a, whole in self.families[f]._anchors:
                if whole:
                    self._by_word.setdefault(case_key(a), []).append(f)
                    words.add(a)
                else:
                    self._prefixes.setdefault(f, set()).add(case_key(a))
                    prefixes.add(a)
        # a word that is an anchor of one family may also start another family's prefix
        families_of: dict = {}  # prefix -> the families it is a prefix of, in their order
        for fp, pre in self._prefixes.items():
            for x in pre:
                families_of.setdefault(x, []).append(fp)
        lengths = sorted({len(x) for x in families_of})
        order = {fp: i for i, fp in enumerate(self._prefixes)}
        for k, fams in self._by_word.items():
            hit = {fp for x in _prefixes_of(k, families_of, lengths) for fp in families_of[x]}
            fams.extend(fp for fp in sorted(hit, key=order.__getitem__) if fp not in fams)
        family_order = {f: i for i, f in enumerate(self.families)}
        for k in self._by_word:
            self._by_word[k] = sorted(set(self._by_word[k]), key=family_order.__getitem__)
        # (family, word) -> the exact spellings, where every pattern starting with the word
        # is case-sensitive ("IS", "US"): other spellings ("is", "us") need no regex at all
        self._exact = {}
        for f in self._fast:
            own = self._prefixes.get(f, set())
            own_lengths = sorted({len(x) for x in own})
            for k, items in _by_first_word(self.families[f]).items():
                if _prefixes_of(k, own, own_lengths):
                    continue  # a prefix of the family ("is*", a regex's "is") may match there in any case
                if all(pat.case_sensitive for pat, _ in items):
                    self._exact[f, k] = {pat.anchor()[0] for pat, _ in items}
        self._pre3 = {case_key(p)[:3] for p in prefixes}
        # prefixes of one or two letters ("IS*", a regex's "is"): a longer word's first three
        # letters are not among them
        self._short = {case_key(p) for p in prefixes if len(p) < 3}
        # a lower-cased anchor that is not its own lower case again (rare scripts) cannot be
        # found by the word scan: such families are matched by their own regex
        odd = {f for f in self._fast for a, _ in self.families[f]._anchors if case_key(case_key(a)) != case_key(a)
               or len(case_key(a)) != len(a)}
        if odd:
            self._fast = [f for f in self._fast if f not in odd]
            self._slow = [f for f in self.families if f not in self._fast]
            self._by_word = {k: [f for f in v if f not in odd] for k, v in self._by_word.items()}
            self._prefixes = {k: v for k, v in self._prefixes.items() if k not in odd}
        self._scan = True if self._fast else None
        if self._scan is None:
            self._slow = list(self.families)
        self._family_order = {f: i for i, f in enumerate(self.families)}
        self._families_of = {}  # prefix -> the word-scanned families it is a prefix of
        for fp, pre in self._prefixes.items():
            for x in pre:
                self._families_of.setdefault(x, []).append(fp)
        self._prefix_lengths = sorted({len(x) for x in self._families_of})
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
        self._hs, self._single, self._hs_folded = None, {}, False
        # compiled when a text of HYPERSCAN_MIN_SPAN characters is first scanned: a gazetteer
        # read only on speaker phrases never pays for it
        self._hs_pending = self._scan is not None and uses_hyperscan(self.engine)
        self._sub = _OnFirstUse({f: _SubRegexes(self.families[f]) for f in self._fast})

    def _single_words(self) -> dict:
        """``(family, word) -> label`` where every pattern of the family that can match at a
        word equal to ``word`` is that word alone, all of one label and one case rule: a
        match there is the word itself, whole."""
        out = {}
        for f in self._fast:
            fam = self.families[f]
            prefixes = self._prefixes.get(f, set())
            lengths = sorted({len(x) for x in prefixes})
            for word, items in _by_first_word(fam).items():
                if _prefixes_of(word, prefixes, lengths):
                    continue
                if len({lab for _, lab in items}) != 1 or len({pt.case_sensitive for pt, _ in items}) != 1:
                    continue
                if any(pt.turkic for pt, _ in items):
                    continue  # a word's case_key is not its Turkish case: "kir" is not "kır"
                if all(case_key(pt.text) == word for pt, _ in items):
                    out[f, word] = items[0][1]
        return out

    def _compile_hyperscan(self):
        """A Hyperscan database of the anchors of the word-scanned families, or None when
        there are more than :data:`HYPERSCAN_MAX` (those lexicons keep the word scan). An
        anchor beyond ASCII is the UTF-8 bytes of its case key, found in texts read as
        :func:`framing.lexicon.forms.case_key` writes them (:func:`framing.lexicon._hyperscan.expression`)."""
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
        keys += [("x", x, ()) for x in sorted(xwords)]
        if not keys:
            return None
        exprs, caseless, ids = [], [], []
        # with words beyond ASCII (read in texts case-folded, hits: folded), a whole word's
        # hit before "é" (\b holds there) would stand where a longer word's hit belongs: each
        # is checked; an ASCII database needs not
        mixed = self._hs_folded = not all(k.isascii() for _, k, _ in keys)
        for kind, k, fams in keys:
            # a word boundary before a word character only: Python's (?<!\w) says nothing
            # more; Hyperscan's \b is ASCII's, so none beside a letter beyond ASCII (a hit
            # inside a word is dropped after the scan)
            wordy = re.match(r"\w", k) is not None
            head = rb"\b" if wordy and k[0].isascii() else b""
            tail = rb"\b" if kind == "w" and k[-1].isascii() else b""
            spellings = None
            if kind == "w" and not mixed and all((f, k) in self._exact for f in fams):
                # only case-sensitive patterns start with this word ("IS", not "is"): look
                # for those spellings alone
                spellings = sorted(set().union(*(self._exact[f, k] for f in fams)))
            for form in spellings or [k]:
                exprs.append(head + expression(form) + tail)
                caseless.append(not mixed and spellings is None)  # a folded text is in lower case
                ids.append((kind, k, fams, wordy and not head, kind == "w" and (mixed or not tail)))
        # a full-width form (UTF-8 EF BC 81 to EF BD 9E): the text is read through a view
        exprs.append(rb"\xef\xbc[\x81-\xbf]|\xef\xbd[\x80-\x9e]")
        caseless.append(False)
        ids.append(("f", "", (), True, False))
        if len(exprs) > HYPERSCAN_MAX:
            return None  # compiling would cost more than the word scan saves (docs/benchmarks.md)
        self._hs_ids = ids
        return database(exprs, caseless)
