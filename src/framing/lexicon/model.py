"""A lexicon as data: patterns as written, labels, families, and the lexicon that holds
them with what it says about itself. Matching is :mod:`framing.lexicon.matcher`'s, built
from a lexicon on first use; a lexicon is read-only once made (its :attr:`Lexicon.token`
names its content, and caches are keyed by it)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

from ._hyperscan import check_engine
from .forms import case_key
from .guards import literal_starts
from .matcher import Matcher

__all__ = ["Pattern", "Label", "Family", "Lexicon", "readable"]

_HYPHENS = "-\u2010\u2011\u2012\u2013"
_APOSTROPHES = "'\u2018\u2019\u02bc"
_DQUOTES = '"\u201c\u201d'
_WS = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
# Turkish case: i and İ one letter, ı and I another; a capital I also stands for İ, as text
# typed without Turkish capitals writes it ("ISTANBUL"). Case-sensitive inside the pattern's
# case-insensitive group, where Python would hold all four one letter.
_TURKIC = {"i": "(?-i:[iİI])", "İ": "(?-i:[iİI])", "ı": "(?-i:[ıI])", "I": "(?-i:[ıI])"}
_SPACES_RE = re.compile(r"\s+")
#: What a character of a plain pattern stands for where it is not itself: a hyphen any
#: hyphen, an apostrophe or a double quotation mark any of its kind, ``*`` any word
#: characters, a character special in a regex escaped (as ``re.escape`` escapes it).
_TABLE = {ord(c): re.escape(c) for c in map(chr, range(128)) if re.escape(c) != c}
_TABLE.update({ord(c): f"[{_HYPHENS}]" for c in _HYPHENS})
_TABLE.update({ord(c): f"[{_APOSTROPHES}]" for c in _APOSTROPHES})
_TABLE.update({ord(c): f"[{_DQUOTES}]" for c in _DQUOTES})
_TABLE[ord("*")] = r"\w*"
_TURKIC_TABLE = {**_TABLE, **{ord(c): rx for c, rx in _TURKIC.items()}}


@dataclass(frozen=True)
class Pattern:
    """One pattern as written, with where it was written."""

    text: str
    case_sensitive: bool
    regex: bool
    line: int
    #: Matched by Turkish case (a lexicon's ``case: turkic``, set when it is matched): i with
    #: İ, ı with I, and a capital I as either (:meth:`to_regex`).
    turkic: bool = False
    #: Words written joined before the text, each one way the pattern begins ("" for none):
    #: an exclusion's proclitics as one pattern (forms.pattern_forms), ``(?:|و|ب)النظام``
    #: compiled once instead of a pattern for each.
    before: tuple = ()

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

    def anchors(self) -> list[tuple[str, bool]]:
        """The words a match may start with, each with whether it is the whole first word;
        ``[]`` when they cannot be told. A plain pattern has one (:meth:`anchor`); a regex
        the word part of each of its literal beginnings (:meth:`starts`; ``(?:Iraqi|[Gg]ov)``
        gives ``iraqi`` and ``gov``), every one a prefix: what the candidate scan looks
        for, so that a family of regexes is not tried at every position of a text."""
        if not self.regex:
            a = self.anchor()
            return [a] if a[0] else []
        found = self.__dict__.get("_anchors")
        if found is None:  # parsing a regex is slow: once per pattern (a frozen dataclass: no setattr)
            out: set = set()
            for start in self.starts() or ():
                m = re.match(r"\w+", start)
                if not m:
                    out = set()  # a match that may begin with a mark or a space: no word to look for
                    break
                out.add((m.group(), False))
            found = self.__dict__["_anchors"] = sorted(out)
        return list(found)

    def starts(self) -> list[str] | None:
        """Lower-cased literal beginnings, one of which every match starts with (in any
        case); None when that cannot be told (a regex that may start anywhere)."""
        if not self.regex:
            a, _ = self.anchor()
            return [case_key(b + a) for b in self.before or ("",)] if a else None
        return literal_starts(self.text)

    def to_regex(self) -> str:
        """The regular expression (without word boundaries) this pattern stands for, worked
        out once per pattern (a family's matcher and its per-word regexes both ask for it)."""
        found = self.__dict__.get("_to_regex")
        if found is None:
            found = self.__dict__["_to_regex"] = self._regex_source()
        return found

    def _regex_source(self) -> str:
        if self.regex:
            body = self.text
        else:  # each run of white space one _WS, each character by a table (in C)
            table = _TURKIC_TABLE if self.turkic and not self.case_sensitive else _TABLE
            body = _WS.join(part.translate(table) for part in _SPACES_RE.split(self.text))
        body = body if self.case_sensitive else f"(?i:{body})"
        return body if not self.before else "(?:" + "|".join(map(re.escape, self.before)) + ")" + body



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


def readable(key: str) -> str:
    """A key as words: "syrian_state" → "Syrian state", "jihadist-name" → "Jihadist name"."""
    words = re.sub(r"[_\-]+", " ", str(key)).strip()
    return words[:1].upper() + words[1:] if words else str(key)


@dataclass
class Lexicon:
    """A parsed lexicon; ``families`` keeps the order of the file.

    ``engine`` chooses how candidates are found (:data:`framing.lexicon.ENGINES`):
    ``"auto"`` (Hyperscan where it is installed and serves, else the word scan),
    ``"hyperscan"`` (the same, but an error when Hyperscan is not installed) or
    ``"python"`` (the plain-Python word scan). Every engine finds the same mentions.
    ``token`` (made once, at construction) names the content: equal families, labels,
    patterns and options give an equal token, whatever file or object they came from.
    """

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
    #: How candidates are found: "auto", "hyperscan" or "python" (see above).
    engine: str = "auto"
    #: The language its patterns are written in (``language:``; "" when not said): its
    #: ``matching`` data (proclitics, folds) applies (:mod:`framing.lexicon.forms`).
    language: str = ""
    #: The folds of its language it asks for (``fold:``, e.g. ``[alef, ya]`` in Arabic).
    fold: tuple = ()
    #: How case is told apart (``case:``): "" (Python's case-insensitive matching, in which
    #: İ, I, i and ı are one letter) or "turkic" (i with İ, ı with I).
    case: str = ""
    #: A sha256 (hex) of the content, for keying caches (never ``id()``: addresses are reused).
    token: str = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self.engine = check_engine(self.engine)
        self.token = _content_token(self)
        self._matcher: Matcher | None = None  # built on first use (not data: not a field)

    @property
    def matcher(self) -> Matcher:
        """The compiled matcher of this lexicon, built once, on first use."""
        m = self._matcher
        if m is None:
            m = self._matcher = Matcher(self)
        return m

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

    def finditer(self, text: str, start: int = 0, end: int | None = None, *, phrase: bool = False):
        """Yield ``(family, label, start, end)`` for every mention (:meth:`Matcher.finditer`;
        ``phrase=True``: a phrase, scanned word by word however long).

        Families whose patterns all start with a word are matched in one scan of the text
        (in text order); the others (regex patterns) family by family after it. Invisible
        characters (zero-width spaces and joiners, word joiners, soft hyphens) neither split
        a word nor hide it from a pattern: "IS\u200bIS" is one ISIS, "re\u00adgime" a regime;
        full-width forms are their ASCII characters ("ＩＳＩＳ" is ISIS); and the offsets still
        index the text as given (docs/lexicons.md, "Matching in other languages").
        """
        m = self._matcher
        if m is None:
            m = self.matcher
        return m.finditer(text, start, end, phrase=phrase)

    def span_key(self, text: str, start: int, end: int):
        """What :meth:`finditer` over ``text[start:end]`` depends on, or None when that is
        not known: the span and the character before it (word boundaries and one-character
        look-behinds read it), provided every pattern and exclusion is plain text (a
        regular expression may look further back). Equal keys, equal matches, shifted."""
        m = self._matcher
        if m is None:
            m = self.matcher
        return m.span_key(text, start, end)

    def __dask_tokenize__(self):
        """What the lexicon matches, for Dask's task names (its compiled matcher is left out)."""
        return ("framing.Lexicon", self.token)

    def __getstate__(self):
        # the compiled matcher stays in the process that built it
        state = dict(self.__dict__)
        state["_matcher"] = None
        return state


def _content_token(lex: Lexicon) -> str:
    """A sha256 of a canonical form of what the lexicon is: its families, labels, patterns
    (text and rules, not the lines they were written on), what it says about itself and its
    engine (so that no cache answers for one engine with the other's work)."""
    def pats(ps):
        return [[p.text, p.case_sensitive, p.regex] for p in ps]

    content = ["framing.Lexicon/1", lex.name, lex.title, lex.description, lex.gazetteer, list(lex.extends),
               lex.rate, lex.about.token if lex.about is not None else None, lex.engine, lex.language,
               list(lex.fold), *([lex.case] if lex.case else []),  # (tokens of lexicons without one unchanged)
               [[f, fam.title, fam.description, pats(fam.exclude),
                 [[k, lab.name, lab.display, lab.description, pats(lab.patterns), pats(lab.exclude)]
                  for k, lab in fam.labels.items()]] for f, fam in lex.families.items()]]
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
