"""Matching as a reader reads: the forms of a text and of a lexicon's patterns that count as
the same word.

- **Canonical equivalence**: "État" typed as E + U+0301 (NFD, as some exports write it) is
  "État"; patterns and texts are compared composed (NFC).
- **Marks a reader does not see as letters**: the Arabic vowel marks (harakat, U+064B–U+065F),
  the superscript alef (U+0670), the Quranic marks and the elongation (tatweel, U+0640):
  "النِّظام" and "النظـــام" are "النظام". They are left out of patterns and texts alike, as
  the invisible characters (soft hyphen, zero-width space and joiners) always were.
- **Full-width forms** ("ＩＳＩＳ", "ｒｅｇｉｍｅ", "２０１５", as text from East Asian input
  methods and some PDF exports writes Latin letters, digits and punctuation): read as the
  ASCII characters they are wide forms of (U+FF01–U+FF5E, Unicode's ``<wide>``
  compatibility mappings), one character for one, for every lexicon.
- **Case**: a case-insensitive pattern matches as Python's case-insensitive regex does, in
  which "İ", "I", "i" and "ı" are one letter ("İdlib" is "Idlib"); a lexicon that says
  ``case: turkic`` (or whose language's ``matching`` says so) keeps Turkish's two letters
  apart, i with İ and ı with I (:func:`turkic`).
- **Folds a lexicon asks for** (``fold:``, from its language's ``matching: folds``): Arabic
  alef with hamza or madda as bare alef, ى as ي, ة as ه — one character for one, so offsets
  do not move.
- **Proclitics** (the lexicon's ``language:`` with ``matching: proclitics`` in its
  ``language.yaml``): the words written joined before a word ("و", "ب", "ل", "وب" …) are
  matched before each plain pattern of the language's script; after a proclitic that ends
  like the article's first letter, the article loses its alef (ل + النظام → للنظام).

A text is read through a **view** only where it holds such characters: the view without
them and composed, with a map that takes every match back to offsets into the text as
given (:class:`View`). A lexicon whose patterns are all ASCII needs one only for a text
with invisible characters or full-width forms.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata

#: Characters with no width that scraped text carries inside words: soft hyphen, zero-width
#: space, non-joiner and joiner, word joiner, zero-width no-break space (BOM).
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
INVISIBLE_RE = re.compile(f"[{INVISIBLE}]+")
#: Arabic vowel marks (harakat), the superscript alef and the elongation (tatweel): the
#: cue table's forms leave them out too (:mod:`framing.cues`).
ARABIC_MARKS = "\u064b-\u065f\u0670\u0640"
#: An alef with a hamza or a madda, which Arabic web text often writes bare ("اكد" for "أكد").
HAMZA_ALEF_RE = re.compile("[أإآ]")
#: Characters that never count when matching (the invisible ones, Arabic's marks and
#: elongation, and its Quranic annotation marks).
IGNORED = INVISIBLE + ARABIC_MARKS + "\u0610-\u061a\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
_IGNORED_RE = re.compile(f"[{IGNORED}]+")
#: Combining marks of Latin, Greek and Cyrillic letters (what NFD splits off), and the
#: supplements of combining marks.
_COMBINING = "\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
#: A unit the view rewrites: a run of ignored characters, or a letter with combining marks.
_UNIT_RE = re.compile(f"[{IGNORED}]+|[^{IGNORED}{_COMBINING}][{_COMBINING}]+")
#: Every unit, for a text that is not in NFC without its combining marks being the reason
#: (a character NFC replaces by another: U+1FE3 by U+03B0).
_ANY_UNIT_RE = re.compile(f"[{IGNORED}]+|[^{IGNORED}][{_COMBINING}]*", re.S)
#: A character a unit of :data:`_UNIT_RE` holds beside its letter: a search for it runs in C
#: over the letters between (an alternation that may begin with any letter is tried at each).
_MARK_RE = re.compile(f"[{IGNORED}{_COMBINING}]")
_COMBINING_RE = re.compile(f"[{_COMBINING}]+")


def _units(text: str) -> list[tuple[int, int]]:
    """The spans of ``_UNIT_RE.finditer(text)``, found from their marks: a run of ignored
    characters, or a run of combining marks with the letter before it (one that no unit
    before holds; marks with none are left as they are, as the regex leaves them)."""
    out = []
    pos = 0  # where the last run of marks ended: no character from here to the next mark is one
    search, ignored, combining = _MARK_RE.search, _IGNORED_RE.match, _COMBINING_RE.match
    m = search(text)
    while m is not None:
        h = m.start()
        run = ignored(text, h)
        if run is not None:
            out.append((h, run.end()))
        else:
            run = combining(text, h)
            if h > pos:  # text[h - 1] is a letter (no mark) that no unit holds
                out.append((h - 1, run.end()))
        pos = run.end()
        m = search(text, pos)
    return out


#: Full-width forms of the printable ASCII characters ("Ａ" U+FF21 is "A"): each is its ASCII
#: character when matching (U+3000, the ideographic space, is white space already).
WIDE = "\uff01-\uff5e"
WIDE_RE = re.compile(f"[{WIDE}]")
_WIDE_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}

#: Letters that Python's case-insensitive regex holds equal to a letter whose lower case is
#: not theirs: "İ" (whose lower case is "i" and a combining dot, two characters) and "ı" as
#: "i", "ſ" as "s", final "ς" as "σ", the micro sign as "μ", Greek symbol forms, old Cyrillic
#: letter forms. tests/test_lexicon_forms.py derives the table from Python's Unicode data.
_CASE_FROM = "\u00b5\u0131\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80\u1c81\u1c82\u1c83" \
             "\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe\u0130"
_CASE_TO = "\u03bcis\u03b9\u03c3\u03b2\u03b8\u03c6\u03c0\u03ba\u03c1\u03b5\u0432\u0434\u043e\u0441\u0442\u0442" \
           "\u044a\u0463\ua64b\u1e61\u03b9i"
_CASE_KEY = str.maketrans(_CASE_FROM, _CASE_TO)
_CASE_KEY_RE = re.compile(f"[{_CASE_FROM}]")


def case_key(text: str) -> str:
    """``text`` lower-cased as the matcher looks words up: two strings have the same key
    where Python's case-insensitive regex matches one with the other ("İdlib", "IDLIB" and
    "ıdlib" are all "idlib"); one character for one."""
    if not text.isascii() and _CASE_KEY_RE.search(text):
        text = text.translate(_CASE_KEY)
    return text.lower()


def needs_view(text: str, start: int, end: int, trigger: re.Pattern) -> bool:
    """Whether ``text[start:end]`` holds a character the forms leave out, compose or fold,
    or is not in NFC."""
    return trigger.search(text, start, end) is not None or not unicodedata.is_normalized("NFC", text[start:end])


def turkic(lexicon) -> bool:
    """Whether the lexicon tells case apart as Turkish (and Azerbaijani) do: its ``case:
    turkic``, or its language's ``matching: case: turkic``. Its plain case-insensitive
    patterns then match i and İ as one letter and ı and I as another, and a capital I as
    either (text typed without Turkish capitals writes "ISTANBUL"); "kır" is not "kir".
    Without it, a case-insensitive pattern matches as Python's case-insensitive regex
    does, in which all four are one letter: "Idlib" matches "İdlib" and "Diyarbakir"
    "Diyarbakır", as English spells them."""
    return lexicon.case == "turkic" or _matching(lexicon.language).get("case") == "turkic"


def needs_forms(lexicon) -> bool:
    """Whether the lexicon's patterns can be affected by the forms here: a pattern with a
    letter or mark beyond ASCII (not a curly apostrophe), a ``fold``, Turkish case or a
    ``language`` with proclitics."""
    if lexicon.fold or turkic(lexicon) or _matching(lexicon.language).get("proclitics"):
        return True
    return any(not c.isascii() and unicodedata.category(c)[0] in "LM" for fam in lexicon.families.values()
               for p in (*fam.exclude, *(q for lab in fam.labels.values() for q in (*lab.patterns, *lab.exclude)))
               for c in p.text)


def view_trigger(lexicon) -> re.Pattern:
    """The characters that make a text worth reading through a :class:`View` for this
    lexicon: ignored ones, combining marks and the lexicon's folds."""
    folds = "".join(re.escape(chr(c)) for c in fold_table(lexicon))
    return re.compile(f"[{IGNORED}{_COMBINING}{WIDE}{folds}]")


def fold_table(lexicon) -> dict:
    """``{code point: code point}`` of the lexicon's folds (``str.translate``)."""
    folds = _matching(lexicon.language).get("folds") or {} if lexicon.fold else {}
    return {ord(src): ord(dst) for name in lexicon.fold for src, dst in (folds.get(name) or {}).items()}


def _matching(code: str) -> dict:
    """The ``matching`` data of a language's ``language.yaml`` ({} for none)."""
    from ..lang import get_language

    return get_language(code).data.get("matching") or {} if code else {}


def text_form(text: str, table: dict | None = None) -> str:
    """A pattern's or a word's form as matched: composed, ignored characters left out,
    full-width forms as ASCII, folded."""
    out = _IGNORED_RE.sub("", unicodedata.normalize("NFC", text)).translate(_WIDE_TABLE)
    return out.translate(table) if table else out


def pattern_forms(pattern, table: dict, matching: dict, turkish: bool = False, joined: bool = False) -> list:
    """The patterns that stand for ``pattern`` when matching (``table``: the lexicon's folds,
    ``matching``: its language's data, ``turkish``: its case is Turkish, :func:`turkic`): its
    own form, and for a plain pattern of a language with proclitics, one form for each
    proclitic before it. ``joined`` (exclusions, which are only matched): the forms with the
    same text after their proclitic as one pattern (:attr:`Pattern.before`), in the same
    order, so that the same one matches first: 82 exclusions of 12 forms each compiled 0.18 s
    a process; joined, a fifth of it."""
    own = pattern if pattern.regex else dataclasses.replace(pattern, text=text_form(pattern.text, table),
                                                            turkic=turkish)
    out = [own]
    proclitics = tuple(text_form(p, table) for p in (matching.get("proclitics") or ()))
    script = matching.get("script")
    first = own.text[:1]
    if pattern.regex or not proclitics or not first or (script and not re.match(script, first)):
        return out
    article = text_form(matching.get("article") or "", table)
    elides = matching.get("article_elides_after") or ""
    for pre in proclitics:
        body = own.text
        if article and elides and pre.endswith(elides) and body.startswith(article) and len(article) > 1:
            body = body[1:]  # ل + النظام → للنظام: the article's alef is not written
        out.append(dataclasses.replace(own, text=pre + body))
    if not joined:
        return out
    runs: list = []  # (text after the proclitics, [proclitics]) for each run of forms with the same
    for form, pre in zip(out, ("", *proclitics)):
        body = form.text[len(pre):]
        if runs and runs[-1][0] == body:
            runs[-1][1].append(pre)
        else:
            runs.append((body, [pre]))
    return [dataclasses.replace(own, text=body, before=tuple(pres)) if pres != [""] else own for body, pres in runs]


def matching_families(lexicon) -> dict:
    """The lexicon's families with every pattern and exclusion in its matching forms."""
    table, matching, turkish = fold_table(lexicon), _matching(lexicon.language), turkic(lexicon)

    def forms(ps, joined=False):
        return [f for p in ps for f in pattern_forms(p, table, matching, turkish, joined)]

    # exclusions too: "والنظام الإيراني" is excluded as "النظام الإيراني" is
    return {name: dataclasses.replace(fam, exclude=forms(fam.exclude, True), labels={
        k: dataclasses.replace(lab, patterns=forms(lab.patterns), exclude=forms(lab.exclude, True))
        for k, lab in fam.labels.items()}) for name, fam in lexicon.families.items()}


class View:
    """A text as matched (ignored characters out, letters with combining marks composed,
    folds applied) and the way back: :meth:`start` and :meth:`end` take an offset of the
    view to the text as given."""

    def __init__(self, text: str, table: dict | None = None, *, only: re.Pattern | None = None):
        """``table``: the folds; ``only``: leave out just what this pattern finds, nothing
        composed (the invisible characters, for a lexicon of ASCII patterns)."""
        parts: list[str] = []
        # segments: (view start, text start, text end, copied): a copied segment maps one for
        # one; a rewritten one (a composed letter) maps as a whole
        self._vstarts: list[int] = []
        self._segs: list[tuple] = []
        self._tstarts: list[int] = []
        pos = vpos = 0
        if only is not None:
            spans = [m.span() for m in only.finditer(text)]
        else:
            spans = _units(text)
            gaps = [0, *(x for span in spans for x in span), len(text)]
            if not unicodedata.is_normalized("NFC", "".join(text[gaps[k]:gaps[k + 1]] for k in range(0, len(gaps), 2))):
                spans = [m.span() for m in _ANY_UNIT_RE.finditer(text)]
        for s, e in spans:
            unit = text[s:e]
            ignored = only is not None or _IGNORED_RE.fullmatch(unit) is not None
            composed = "" if ignored else _IGNORED_RE.sub("", unicodedata.normalize("NFC", unit))
            if not ignored and composed == unit:
                continue  # as it is: copied with what is around it
            if s > pos:
                self._add(vpos, pos, s, True)
                parts.append(text[pos:s])
                vpos += s - pos
            if not ignored:
                self._add(vpos, s, e, False)
                parts.append(composed)
                vpos += len(composed)
            pos = e
        if pos < len(text):
            self._add(vpos, pos, len(text), True)
            parts.append(text[pos:])
            vpos += len(text) - pos
        self._add(vpos, len(text), len(text), True)  # the end
        seen = "".join(parts)
        for src, dst in (table or {}).items():  # one character for one: str.replace is 20 times translate's speed
            seen = seen.replace(chr(src), chr(dst))
        if not seen.isascii() and WIDE_RE.search(seen):
            seen = seen.translate(_WIDE_TABLE)  # one character for one as well
        self.text = seen

    def matches(self, find, start: int, end: int):
        """``find(view text, start, end)``'s ``(family, label, start, end)`` over the view of
        the text's ``start:end``, each with offsets into the text as given."""
        for fam, label, s, e in find(self.text, self.at(start), self.at(end)):
            yield fam, label, self.start(s), self.end(e)

    def _add(self, vstart: int, start: int, end: int, copied: bool) -> None:
        self._vstarts.append(vstart)
        self._tstarts.append(start)
        self._segs.append((vstart, start, end, copied))

    def _seg(self, j: int) -> tuple:
        return self._segs[bisect.bisect_right(self._vstarts, j) - 1]

    def start(self, j: int) -> int:
        """Where the view's character ``j`` begins in the text."""
        v, s, e, copied = self._seg(j)
        return s + (j - v) if copied else s

    def end(self, j: int) -> int:
        """Where the view's characters up to ``j`` (exclusive) end in the text."""
        if j <= 0:
            return self._segs[0][1]
        v, s, e, copied = self._seg(j - 1)
        return s + (j - v) if copied else e

    def at(self, i: int) -> int:
        """The view's offset of the text's offset ``i`` (the first view character at or
        after it)."""
        k = bisect.bisect_right(self._tstarts, i) - 1
        if k < 0:
            return 0  # within ignored characters the text begins with
        v, s, e, copied = self._segs[k]
        if copied:
            return v + min(i - s, e - s)
        return v if i <= s else self._segs[k + 1][0] if k + 1 < len(self._segs) else v
