"""Text facts computed once per document: title, trailing boilerplate, quote spans, tokens.

Every span is a pair of character offsets into the text exactly as decoded: nothing here
rewrites the text. Terms and sources both read these facts.

What is particular to a language — its quotation marks and apostrophes, where a sentence
ends in a headline, the boilerplate markers of its sites — is its data
(``framing/lang/<code>/language.yaml``), compiled once per language (:func:`text_rules`);
every function here takes ``language`` (a code or a :class:`~framing.lang.Language`,
English by default). The rules below are English's.

The rules, in short:

* **Title** — the first non-empty line, when a blank line follows it and it is at most
  300 characters long; if it ends with a full stop, only when it is one sentence of at most
  160 characters, 12 words or in title case, and the paragraph after it is longer (a
  headline, not a paragraph).
* **Boilerplate** — trailing lines such as "Latest posts by …", "SEE ALSO: …",
  "Read more: …", "Related: …", "Share this", copyright lines, and the byline line that
  repeats the name in a "Latest posts by NAME" trailer; and, in pages flattened to one
  line, everything from a site-trailer marker ("Related News", "Tags …", "Our Standards:",
  "Source TRTWorld and agencies", "Follow us on" …) found in the last 70% of the text.
* **Paragraphs** — blocks between blank lines when the text has blank lines between
  paragraphs (a single line break is then a soft wrap), otherwise lines.
* **Quotes** — double marks (“ ” " « » „) open and close quotations; single marks (‘ ’ ')
  do so only when they stand like quotation marks, never as apostrophes inside or at the
  end of a word ("Syria’s", "ISIS’ last"). A paragraph that leaves a quotation open and is
  followed by a paragraph that opens one continues that quotation (the news convention
  for multi-paragraph quotes); a quotation left open otherwise runs to the end of its
  paragraph — unless the next double quotation mark in the text closes it, which makes
  the line breaks up to it soft wraps inside the quotation. A single-quoted span never closed in its
  paragraph is not a quotation. A mark the language writes both ways (German »…« and
  «…») is settled per document, and a short quotation with no speech is a **name in marks**
  where the language says so (:mod:`framing.text.quotes`).
* **Voice** — every character is in one of :data:`VOICE_VALUES`: ``quoted`` (inside a
  quotation, marks included: :attr:`TextFacts.quotes`), ``name`` (inside a name in marks:
  :attr:`TextFacts.names`), else ``narrator``; :meth:`TextFacts.voice_at` says it of a span,
  :meth:`TextFacts.voice_spans` lists the spans.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import numpy as np

from ..lang import Language, get_language
from ._marks import unbalanced, unpaired_marks
from .quotes import TOKEN_PATTERN, QuoteRules, QuoteSpan, find_spans
from .quotes import TOKEN_RE as _TOKEN_RE

__all__ = [
    "word_characters",
    "QuoteSpan",
    "TextRules",
    "text_rules",
    "TextFacts",
    "analyze",
    "find_quotes",
    "paragraphs",
    "find_title",
    "find_boilerplate",
    "count_tokens",
    "count_voice_tokens",
    "VOICE_VALUES",
    "TOKEN_PATTERN",
]

# The boilerplate of a language's sites (``boilerplate`` in its language.yaml): whole
# lines ("Latest posts by …", "SEE ALSO: …", copyright lines) that end an article; markers
# of a site trailer inside a line (scraped pages flattened to one line: from the earliest
# one found in the last 70% of the text to its end is boilerplate); a standing note at the
# foot of the story — a disclaimer repeated under every article, a correction ("Editor’s
# note: Donald Trump is a serial liar, …") — opening a paragraph in the last
# ``editors_note_tail`` characters (one in brackets, or further up, is the article's own:
# "[Editor's note: Protester interrupts]" in a transcript). English's are also here under
# their old names: BOILERPLATE_PATTERNS, INLINE_BOILERPLATE_MARKERS, EDITORS_NOTE_RE,
# EDITORS_NOTE_TAIL.


def _first_char_alternation(patterns) -> re.Pattern:
    """One regex equal to ``"|".join(patterns)`` that Python's engine searches quickly.

    Each pattern starts with a literal character, or with ``\\b`` and a word character.
    The alternation is regrouped behind a character class of those first characters, so
    the engine skips every other position in compiled code instead of trying each
    alternative (and each ``\\b``) at every character.
    """
    groups: dict[str, list[str]] = {}
    for pat in patterns:
        boundary = pat.startswith(r"\b")
        body = pat[2:] if boundary else pat
        first, rest = body[0], body[1:]
        if first in "\\[](){}.*+?^$|" or (boundary and not re.match(r"\w", first)):
            raise ValueError(f"pattern {pat!r} must start with a literal character")
        # (?<!\w.) after the first character: the character before it is not a word character
        groups.setdefault(first, []).append((r"(?<!\w.)" if boundary else "") + f"(?:{rest})")
    branches = "|".join(f"(?<={re.escape(c)})(?:{'|'.join(alts)})" for c, alts in groups.items())
    return re.compile(f"[{''.join(map(re.escape, groups))}](?:{branches})")


_INLINE_TAIL = 0.3
_LINE_RE = re.compile(r"[^\n]*\n|[^\n]+$")


class TextRules(QuoteRules):
    """A language's quotation marks (:class:`framing.text.quotes.QuoteRules`), headline
    sentence break and boilerplate, compiled (once per language: :func:`text_rules`)."""

    def __init__(self, lang: Language):
        super().__init__(lang)
        b = lang.boilerplate
        self.language = lang.code
        self.headline_break = re.compile(lang.sentences["headline_break"])
        self.boilerplate_lines = tuple(re.compile(p) for p in b["lines"])
        self.latest_posts = re.compile(b["latest_posts"])
        self.inline_markers = tuple(b["inline"])
        self.inline = _first_char_alternation(self.inline_markers) if self.inline_markers else None
        self.editors_note = re.compile(b["editors_note"])
        self.editors_note_tail = int(b["editors_note_tail"])


def text_rules(language: "str | Language | TextRules | None" = None) -> TextRules:
    """The :class:`TextRules` of a language (English by default), compiled on first use."""
    if isinstance(language, TextRules):
        return language
    return get_language(language).memo(TextRules, TextRules)


_ENGLISH_NAMES = {"BOILERPLATE_PATTERNS": lambda r: tuple(p.pattern for p in r.boilerplate_lines),
                  "INLINE_BOILERPLATE_MARKERS": lambda r: r.inline_markers,
                  "EDITORS_NOTE_RE": lambda r: r.editors_note,
                  "EDITORS_NOTE_TAIL": lambda r: r.editors_note_tail}


def __getattr__(name: str):
    # English's boilerplate under the names it had as module constants
    if name in _ENGLISH_NAMES:
        return _ENGLISH_NAMES[name](text_rules("en"))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: The voices a stretch of text can be in (:meth:`TextFacts.voice_at`).
VOICE_VALUES = ("narrator", "quoted", "name")


@dataclass(frozen=True)
class TextFacts:
    """What is known about one document's text; all offsets index the text as decoded.

    ``quotes`` are the quotations (speech or cited text); ``names`` the names and terms in
    marks (:mod:`framing.text.quotes`), which no quotation-reading code sees: both in text
    order, neither overlapping the other."""

    length: int
    title: tuple[int, int] | None
    boilerplate: tuple[tuple[int, int], ...]
    quotes: tuple[QuoteSpan, ...]
    _quote_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _paragraphs: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)
    names: tuple[QuoteSpan, ...] = ()
    _name_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    #: ``(unpaired, marks)``: the document's double quotation marks that open or close no
    #: quotation and no name in marks, of all its double marks (:mod:`framing.text._marks`)
    unpaired: tuple[int, int] = (0, 0)

    @property
    def marks_unbalanced(self) -> bool:
        """Too many of the document's marks pair with nothing (at least 4, and a quarter of
        them: OCR text that dropped or misread marks) for its voice to be read with
        confidence: its quoted share may be off (docs/languages.md)."""
        return unbalanced(*self.unpaired)

    def paragraph_spans(self, text: str) -> list[tuple[int, int]]:
        """:func:`paragraphs` of the text these facts describe (found once, by :func:`analyze`)."""
        return self._paragraphs if self._paragraphs is not None else paragraphs(text)

    @property
    def body_end(self) -> int:
        """Where the scored text ends: the start of trailing boilerplate, or the length."""
        return self.boilerplate[0][0] if self.boilerplate else self.length

    def voice_at(self, start: int, end: int) -> str:
        """``"quoted"`` when ``[start, end)`` lies inside a quotation, ``"name"`` when it
        lies inside a name in marks, else ``"narrator"``."""
        i = bisect.bisect_right(self._quote_starts, start) - 1
        if i >= 0:
            q = self.quotes[i]
            if start >= q.start and end <= q.end:
                return "quoted"
        if self.names:
            i = bisect.bisect_right(self._name_starts, start) - 1
            if i >= 0 and start >= self.names[i].start and end <= self.names[i].end:
                return "name"
        return "narrator"

    def voice_spans(self) -> list[tuple[int, int, str]]:
        """``(start, end, voice)`` of every quotation (``"quoted"``) and name in marks
        (``"name"``), in text order, marks included; the characters outside them are the
        narrator's. The voice of each character, for comparing with a reader's."""
        spans = [(q.start, q.end, "quoted") for q in self.quotes] + [(q.start, q.end, "name") for q in self.names]
        return sorted(spans)

    def part_at(self, start: int) -> str:
        """``"title"``, ``"boilerplate"`` or ``"body"`` for the character at ``start``."""
        if self.title is not None and self.title[0] <= start < self.title[1]:
            return "title"
        if self.boilerplate and start >= self.boilerplate[0][0]:
            return "boilerplate"
        return "body"

    def quote_at(self, pos: int) -> QuoteSpan | None:
        """The quotation ``pos`` lies strictly inside (between its marks), or None."""
        i = bisect.bisect_left(self._quote_starts, pos) - 1
        if i >= 0:
            q = self.quotes[i]
            if q.start < pos < q.end:
                return q
        return None

    def quotes_between(self, start: int, end: int) -> list[QuoteSpan]:
        """The quotations that overlap ``[start, end)``, in order (they never overlap
        each other)."""
        starts = self._quote_starts
        k = max(bisect.bisect_right(starts, start) - 1, 0)  # the last that starts at or before ``start``
        stop = bisect.bisect_left(starts, end, k)  # the first that starts at or after ``end``
        if k < stop and self.quotes[k].end <= start:
            k += 1  # it ends before the span; every later one starts, so ends, inside or after it
        return list(self.quotes[k:stop])

    def quote_starting_at(self, start: int) -> QuoteSpan | None:
        """The quotation whose opening mark is at ``start``, or None."""
        i = bisect.bisect_left(self._quote_starts, start)
        if i < len(self.quotes) and self.quotes[i].start == start:
            return self.quotes[i]
        return None

    def quote_ending_at(self, end: int) -> QuoteSpan | None:
        """The quotation whose closing mark ends at ``end``, or None."""
        i = bisect.bisect_left(self._quote_starts, end) - 1
        if i >= 0 and self.quotes[i].end == end:
            return self.quotes[i]
        return None

    def without_boilerplate(self) -> TextFacts:
        """The same facts with no boilerplate: the whole text is scored."""
        return TextFacts(self.length, self.title, (), self.quotes, self._quote_starts, self._paragraphs, self.names,
                         self._name_starts, self.unpaired)


def _lines(text: str):
    """Yield ``(start, end)`` of each line, the end excluding ``\\n`` and a ``\\r`` before it."""
    for m in _LINE_RE.finditer(text):
        s, e = m.start(), m.end()
        if text.endswith("\n", s, e):
            e -= 1
        if e > s and text[e - 1] == "\r":
            e -= 1
        yield s, e


def find_title(text: str, *, language: "str | Language | None" = None) -> tuple[int, int] | None:
    """Span of the title line, or None (see the module notes for the rule)."""
    return _find_title(text, text_rules(language))


def _find_title(text: str, rules: TextRules) -> tuple[int, int] | None:
    lines = list(_first_lines(text, 3))
    for i, (s, e) in enumerate(lines):
        if text[s:e].strip():
            if i + 1 >= len(lines):
                return None
            ns, ne = lines[i + 1]
            if text[ns:ne].strip():
                return None
            stripped = text[s:e].strip()
            if len(stripped) > 300 or (stripped.endswith(".") and not _headline_with_stop(text, stripped, ne, rules)):
                return None
            # trim surrounding white space so the span is the headline itself
            lead = len(text[s:e]) - len(text[s:e].lstrip())
            return s + lead, s + lead + len(stripped)
    return None


def _headline_with_stop(text: str, line: str, after: int, rules: TextRules) -> bool:
    """A first line ending with a full stop is a headline when it is one short sentence
    (at most 160 characters, no sentence break inside but after an abbreviation such as
    "Sen." or "U.S."), of at most 12 words or in title case (three long words in four
    capitalised), and the paragraph after it is longer: "O’Malley campaign to shift staff,
    resources to Iowa." above a paragraph of reporting. On PolNeAR (924 articles, every
    headline ending with a full stop) this finds 684 titles where the rule without a stop
    found 78; on abp_syria, whose texts have no headline, it takes 67 of 3,412 first
    paragraphs for one."""
    if len(line) > 160 or rules.headline_break.search(line):
        return False
    words = line.split()
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    title_case = bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)
    if len(words) > 12 and not title_case:
        return False  # a lede: "Tensions are rising in the Middle East once again." is not
    for s, e in _first_lines(text[after:], 1):
        nxt = text[after + s:after + e].strip()
        if nxt:
            return len(nxt) > len(line)
    return False


def _first_lines(text: str, n_nonblank: int):
    seen = 0
    for s, e in _lines(text):
        yield s, e
        if text[s:e].strip():
            seen += 1
            if seen >= n_nonblank:
                return


def _lines_reversed(text: str):
    """The lines of :func:`_lines`, last first, reading only as far back as asked."""
    hi = len(text)
    while hi > 0:
        content_end = hi - 1 if text[hi - 1] == "\n" else hi
        s = text.rfind("\n", 0, content_end) + 1
        e = content_end
        if e > s and text[e - 1] == "\r":
            e -= 1
        yield s, e
        hi = s


def find_boilerplate(text: str, *, language: "str | Language | None" = None) -> tuple[tuple[int, int], ...]:
    """Spans of trailing boilerplate lines, in text order (empty when there are none)."""
    return _find_boilerplate(text, text_rules(language))


def _find_boilerplate(text: str, rules: TextRules) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    byline_name: str | None = None
    every_line = True  # every non-empty line is "boilerplate"
    for s, e in _lines_reversed(text):
        line = text[s:e].strip()
        if not line:
            continue
        if any(r.fullmatch(line) for r in rules.boilerplate_lines):
            m = rules.latest_posts.match(line)
            byline_name = m.group("name") if m else None
        elif byline_name is not None and line == byline_name:
            byline_name = None
        else:
            every_line = False
            break
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        spans.append((s + lead, s + lead + len(line)))
    if every_line:
        spans = []  # a text that is nothing but "boilerplate" lines is the text itself
    spans.reverse()
    m = rules.inline.search(text, int(len(text) * _INLINE_TAIL)) if rules.inline is not None else None
    if m is not None and (not spans or m.start() < spans[0][0]):
        spans = [(m.start(), len(text))]
    note = rules.editors_note.search(text, max(0, len(text) - rules.editors_note_tail))
    if note is not None and note.start(1) > 0 and (not spans or note.start(1) < spans[0][0]):
        spans = [(note.start(1), len(text))]
    return tuple(spans)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs (without surrounding line breaks), in order.

    When the text separates paragraphs with blank lines (after its title, if any), a
    paragraph is a block between blank lines and a single line break inside it is a soft
    wrap; otherwise every non-empty line is a paragraph.
    """
    lines = []  # (start, end, line number) of each non-blank line
    blank = []  # line numbers of blank lines (white space only, a line break after)
    parts = text.split("\n")
    last = len(parts) - 1
    s = 0
    for i, line in enumerate(parts):
        e = s + len(line)
        if line and not line.isspace():
            lines.append((s, e - 1 if line[-1] == "\r" else e, i))
        elif i < last:
            blank.append(i)
        s = e + 1
    if len(lines) < 2 or not blank or blank[-1] < lines[1][2]:
        return [(s, e) for s, e, _ in lines]
    # blocks: consecutive lines with no blank line between them
    blocks: list[tuple[int, int]] = []
    prev = -2
    for s, e, i in lines:
        if blocks and i == prev + 1:
            blocks[-1] = (blocks[-1][0], e)
        else:
            blocks.append((s, e))
        prev = i
    return blocks


def find_quotes(text: str, lines: list[tuple[int, int]] | None = None, *,
                language: "str | Language | None" = None) -> tuple[QuoteSpan, ...]:
    """Quotation spans in text order (names in marks left out: :attr:`TextFacts.names`);
    linear in the length of the text. ``lines``: the text's :func:`paragraphs`, when
    already found; ``language``: whose quotation marks."""
    return find_spans(text, paragraphs(text) if lines is None else lines, text_rules(language))[0]


def analyze(text: str, language: "str | Language | TextRules | None" = None) -> TextFacts:
    """Compute the text facts of one document, read by the rules of ``language`` (a code
    such as ``"en"``, the default, or a :class:`~framing.lang.Language`).

    Examples
    --------
    >>> facts = analyze("Title\\n\\nHe said “the regime is weak”.")
    >>> facts.title, [(q.start, q.end) for q in facts.quotes]
    ((0, 5), [(15, 35)])
    """
    rules = text_rules(language)
    paras = paragraphs(text)
    quotes, names, marks = find_spans(text, paras, rules)
    return TextFacts(
        length=len(text),
        title=_find_title(text, rules),
        boilerplate=_find_boilerplate(text, rules),
        quotes=quotes,
        _quote_starts=[q.start for q in quotes],
        _paragraphs=paras,
        names=names,
        _name_starts=[q.start for q in names],
        unpaired=unpaired_marks(text, quotes + names, marks, rules.double_chars, rules.units_after_digits),
    )


def count_tokens(text: str, facts: TextFacts, *, include_boilerplate: bool = False) -> tuple[int, int]:
    """Return ``(all_tokens, quoted_tokens)`` in the scored part of the text.

    A token is a match of :data:`TOKEN_PATTERN`; the count equals
    ``len(re.findall(TOKEN_PATTERN, text[:end]))`` and, for quotations, the same over each
    quotation's span (tested against it), computed over arrays of code points.
    """
    return count_voice_tokens(text, facts, include_boilerplate=include_boilerplate)[:2]


def count_voice_tokens(text: str, facts: TextFacts, *, include_boilerplate: bool = False) -> tuple[int, int, int]:
    """Return ``(all_tokens, quoted_tokens, name_tokens)`` in the scored part of the text:
    :func:`count_tokens` and the tokens of the names in marks."""
    end = facts.length if include_boilerplate else facts.body_end
    starts = _token_starts(text)
    if starts is None:  # characters beyond the Basic Multilingual Plane: count with the regex
        def count(s: int, e: int) -> int:
            return len(_TOKEN_RE.findall(text, s, e))
    else:
        def count(s: int, e: int) -> int:
            return int(np.count_nonzero(starts[s:e]))
    inside = []
    for spans in (facts.quotes, facts.names):
        n = 0
        for q in spans:
            if q.start >= end:
                break
            n += count(q.start, min(q.end, end))
        inside.append(n)
    return count(0, end), inside[0], inside[1]


_WORD_TABLE = None
_JOINERS = "-\u2010\u2011'\u2019"


def _word_table():
    """For every code point of the Basic Multilingual Plane: 1 for a word character (what
    ``\\w`` matches), 2 for a token joiner (hyphens and apostrophes), else 0."""
    global _WORD_TABLE
    if _WORD_TABLE is None:
        bmp = "".join(chr(c) if not 0xD800 <= c <= 0xDFFF else " " for c in range(0x10000))
        table = np.zeros(0x10000, dtype=np.int8)
        table[[m.start() for m in re.finditer(r"\w", bmp)]] = 1
        table[[ord(c) for c in _JOINERS]] = 2
        _WORD_TABLE = table
    return _WORD_TABLE


def word_characters(codes: np.ndarray) -> np.ndarray:
    """For an array of code points: True where ``\\w`` matches (the table of the Basic
    Multilingual Plane; beyond it, what ``str.isalnum`` says, as ``re`` does)."""
    if not codes.size or codes.max() <= 0xFFFF:
        return _word_table()[codes] == 1
    inside = np.zeros(codes.size, dtype=bool)
    bmp = codes <= 0xFFFF
    inside[bmp] = _word_table()[codes[bmp]] == 1
    high = codes[~bmp]
    kinds = np.unique(high)
    inside[~bmp] = np.array([chr(c).isalnum() for c in kinds.tolist()])[np.searchsorted(kinds, high)]
    return inside


def _token_starts(text: str):
    """A boolean array, True where a token starts, or None for a text with characters
    beyond the Basic Multilingual Plane.

    A token starts at a word character whose predecessor is not a word character and not a
    joiner that itself follows a word character ("IS-held" is one token).
    """
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.size and codes.max() > 0xFFFF:
        return None
    kind = _word_table()[codes]
    word = kind == 1
    start = word.copy()
    start[1:] &= ~word[:-1]
    # a word character after a joiner after a word character continues the token
    start[2:] &= ~((kind[1:-1] == 2) & word[:-2])
    return start
