"""The table of reporting expressions ("said", "according to", "pointed out") that
attribution extraction looks for, read from YAML (each language's ``cues.yaml``, as
``framing/lang/en/cues.yaml``, or a file of your own): each lemma with its forms and properties, and every structure the extraction
and its evaluation use derived from it. Adding a verb is one entry.

Examples
--------
>>> table = load_cues()
>>> table.lemma_of("pointed out"), "claim" in table.distancing
('point out', True)
>>> [(text[s:e], lemma) for text in ["He weighed in, and Ms. Ray said no."]
...  for s, e, lemma in load_cues(extra={"weigh in": ["weighed in"]}).find(text)]
[('weighed in', 'weigh in'), ('said', 'say')]
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import _yaml
from ._paradigms import read_paradigms, verb_forms
from ._record import active, note_file
from .errors import FramingWarning, LexiconError, caller_stacklevel
from .lang import Language, get_language
from .lexicon import WordFinder, check_engine
from .lexicon.forms import ARABIC_MARKS, HAMZA_ALEF_RE

__all__ = ["CueTable", "load_cues", "cues_of", "CUE_KEYS"]

#: What an entry may say (see the bundled table's header for each one's meaning).
CUE_KEYS = {"forms", "speech", "distancing", "that_only", "needs_clause", "noun_forms", "object", "quote_or_for",
            "fronted", "postposed", "after_comma", "paradigm", "exclude"}
#: What a table may say besides its cues (the rules of some languages need them).
TABLE_KEYS = {"name", "description", "cues", "proclitics", "pronoun_suffixes", "paradigms"}

_WORD_RE = re.compile(r"\w+")
#: A word of a form: letters and digits, combining marks (an accent written apart, Arabic
#: vowel marks), an apostrophe or a hyphen inside ("d’après", "a-t-il").
_FORM_WORD_RE = re.compile(r"\w[\w\u0300-\u036f\u064b-\u065f\u0670]*(?:['’\-][\w\u0300-\u036f\u064b-\u065f\u0670]+)*")
#: Arabic vowel marks, the superscript alef and the elongation (tatweel): never part of a
#: form, and allowed after any Arabic letter of the text.
_ARABIC_MARKS_RE = re.compile(f"[{ARABIC_MARKS}]")
_APOSTROPHES = "'’ʼ"
#: Arabic web text often leaves the hamza off an alef ("اكد" for "أكد", "اعلن" for "أعلن"):
#: a form is kept with the bare alef and matches any of them.
_ALEFS = "أإآا"


@functools.lru_cache(maxsize=8192)
def canonical_form(form: str) -> str:
    """A cue form as the table keeps it: NFC, lower case, one space between words, every
    apostrophe ’, Arabic vowel marks and elongation left out, an Arabic alef written bare
    ("D'après" → "d’après", "أكد" → "اكد"). Remembered: the clause rules ask for the same
    forms over and over (28,000 times in 2 MB of Arabic)."""
    s = _ARABIC_MARKS_RE.sub("", unicodedata.normalize("NFC", form)).lower().replace("...", "…")
    s = HAMZA_ALEF_RE.sub("ا", s)
    for a in "'ʼ":
        s = s.replace(a, "’")
    return " ".join(s.split())


@functools.lru_cache(maxsize=4096)
def _char_pattern(c: str) -> str:
    """The pattern of one character of a form, as a reader reads it: any apostrophe for an
    apostrophe, any hyphen for a hyphen, white space for a space, a precomposed letter or
    its decomposition (NFD "e" + U+0301 for "é"), an Arabic letter with any vowel marks or
    elongation after it."""
    if c in _APOSTROPHES:
        return "['’ʼ]"
    if c == "-":
        return "[-\u2010\u2011]"
    if c == " ":
        return r"\s+"
    if c == "ا":
        return f"[{_ALEFS}][{ARABIC_MARKS}]*"
    nfd = unicodedata.normalize("NFD", c)
    alts = [re.escape(c)] + ([re.escape(nfd)] if nfd != c else [])
    up = c.upper()
    if len(up) == 1 and up != c:  # IGNORECASE does not fold a decomposed capital
        nfd_up = unicodedata.normalize("NFD", up)
        if nfd_up != up:
            alts.append(re.escape(nfd_up))
    pat = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "\u0600" <= c <= "\u06ff":
        pat += f"[{ARABIC_MARKS}]*"
    return pat


def _first_chars(c: str) -> str:
    """Every character the pattern of ``c`` (:func:`_char_pattern`) may open with, as a
    case-insensitive class holds them: ``c``, the letter of its decomposition, that of
    its capital's, every alef for a bare alef."""
    if c in _APOSTROPHES:
        return _APOSTROPHES
    if c == "-":
        return "-\u2010\u2011"
    if c == "ا":
        return _ALEFS
    up = unicodedata.normalize("NFD", c.upper()) if len(c.upper()) == 1 else c
    return "".join(dict.fromkeys(c + unicodedata.normalize("NFD", c)[:1] + up[:1]))


def _class_of(chars: str) -> re.Pattern:
    return re.compile("[" + "".join(map(re.escape, chars)) + "]", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _opening(c: str) -> re.Pattern:
    """The class of every character a form opening with ``c`` may open with."""
    return _class_of(_first_chars(c))


#: How many words may stand between the parts of a split form ("wies … zurück").
SPLIT_GAP = 8


@functools.lru_cache(maxsize=8192)
def _form_parts(form: str) -> tuple[str, ...]:
    """The pattern of a form as its parts: a pattern per letter, then for a form split by
    "…" ("wies … zurück": a German separable verb) a lookahead: the rest follows within
    :data:`SPLIT_GAP` words of the same sentence."""
    first, *rest = [p.strip() for p in form.split("…")]
    parts = list(map(_char_pattern, first))
    for part in rest:
        parts.append(rf"(?=(?:\s+[^\s.!?;:]+){{0,{SPLIT_GAP}}}?\s+{''.join(map(_char_pattern, part))}(?![\w-]))")
    return tuple(parts)


def _form_pattern(form: str) -> str:
    """The pattern of a form (:func:`_form_parts`): a split form is its first part, found
    where the rest follows."""
    return "".join(_form_parts(form))


def _simple(form: str) -> bool:
    """A form of ASCII words only: found by the word scan (Hyperscan where it serves)."""
    return all(w.isascii() and _WORD_RE.fullmatch(w) for w in form.split())


@dataclass(frozen=True)
class CueTable:
    """A table of reporting expressions and what follows from it.

    Attributes
    ----------
    name : str
    forms : dict
        lemma -> its forms as written ("pointed out").
    speech, distancing, that_only, takes_object, quote_or_for : frozenset
        The lemmas with each property.
    needs_clause, noun_forms : frozenset
        The forms (lower case) with each property.
    engine : str
        How the words are found: "auto", "hyperscan" or "python"
        (:data:`framing.lexicon.ENGINES`; the same cues under each).
    """

    name: str
    forms: dict[str, tuple[str, ...]]
    speech: frozenset
    distancing: frozenset
    that_only: frozenset
    takes_object: frozenset
    quote_or_for: frozenset
    needs_clause: frozenset
    noun_forms: frozenset
    _form_to_lemma: dict = field(default_factory=dict, repr=False)
    _first: dict = field(default_factory=dict, repr=False)
    _follow: dict = field(default_factory=dict, repr=False)
    _regex: re.Pattern | None = field(default=None, repr=False)  # made of the forms when first needed (_whole_regex)
    _finder: WordFinder | None = field(default=None, repr=False)
    _exact: bool = field(default=False, repr=False)
    _split_first: dict = field(default_factory=dict, repr=False)
    _by_lead: "_ByLead | None" = field(default=None, repr=False, compare=False)
    engine: str = "auto"
    #: lemmas whose speaker follows them and whose content is the rest of the sentence
    #: ("selon X", "laut X", "по словам X", "وفقا ل"): rule ``fronted``
    fronted: frozenset = frozenset()
    #: lemmas whose speaker stands just before them ("X zufolge")
    postposed: frozenset = frozenset()
    #: lemmas that count only after a comma, a closing mark or a dash (German ", so X")
    after_comma: frozenset = frozenset()
    #: words that may be written joined before a form ("و", "ف": "وقال")
    proclitics: tuple = ()
    #: subject pronouns that may be written joined after a form ("-t-il": "déclare-t-il")
    pronoun_suffixes: tuple = ()

    def __post_init__(self):
        check_engine(self.engine)  # a ValueError naming the engines
        to_lemma = {canonical_form(f): lemma for lemma, forms in self.forms.items() for f in forms}
        first: dict = {}
        follow: dict = {}
        # first word -> [(the words after it or None, lemma)]: forms of more words first
        for form, lemma in sorted(to_lemma.items(), key=lambda kv: -len(kv[0])):
            words = form.split()
            rest = tuple(words[1:]) or None
            first.setdefault(words[0], []).append((rest, lemma))
            if rest is not None and rest not in follow:
                follow[rest] = re.compile("".join(r"\s+" + re.escape(w) for w in rest) + r"(?![\w-])", re.IGNORECASE)
        exact = not all(_simple(f) for f in to_lemma) or self.proclitics or self.pronoun_suffixes
        if exact:  # forms beyond ASCII words: each character as a reader reads it
            pairs = sorted(((_form_pattern(f), f) for f in to_lemma), key=lambda pf: len(pf[0]), reverse=True)
            alternatives = [pat for pat, _ in pairs]
        else:
            alternatives = sorted((r"\s+".join(map(re.escape, f.split())) for f in to_lemma), key=len, reverse=True)
        before = "(?:" + "|".join(map(re.escape, self.proclitics)) + ")?" if self.proclitics else ""
        after = r"(?![\w\u0300-\u036f-])"
        if self.pronoun_suffixes:
            suffixes = "|".join("".join(map(_char_pattern, p)) for p in sorted(self.pronoun_suffixes, key=len, reverse=True))
            after = rf"(?:(?![\w\u0300-\u036f-])|(?=(?:{suffixes})(?![\w-])))"
        object.__setattr__(self, "_form_to_lemma", to_lemma)
        object.__setattr__(self, "_first", first)
        object.__setattr__(self, "_follow", follow)
        if exact:  # the whole regex, tried where a form may open, with the alternatives that may open there
            object.__setattr__(self, "_by_lead", _ByLead(tuple(alternatives), tuple(f for _, f in pairs), self.proclitics,
                                                         after))
        else:
            # compiled when first needed (:meth:`_whole_regex`): with Hyperscan, few texts need it
            object.__setattr__(self, "_regex_source", r"(?<![\w-])" + before + "(" + "|".join(alternatives) + ")" + after)
        object.__setattr__(self, "_finder", None if exact else WordFinder(first, engine=self.engine) if all(
            w.isascii() and _WORD_RE.fullmatch(w) for w in first) else None)
        object.__setattr__(self, "_exact", bool(exact))
        # the first part of a split form ("wies" of "wies … zurück") -> its lemma
        split: dict = {}
        for f, lemma in to_lemma.items():
            if "…" in f:
                split.setdefault(f.split("…")[0].strip(), []).append(
                    (re.compile(_form_pattern(f), re.IGNORECASE), lemma))
        object.__setattr__(self, "_split_first", split)

    @property
    def lemmas(self) -> tuple[str, ...]:
        return tuple(sorted(self.forms))

    def lemma_of(self, form: str) -> str | None:
        """The lemma of a form in any case and spacing ("Pointed  out" -> "point out")."""
        found = self._form_to_lemma.get(canonical_form(form))
        if found is None and canonical_form(form) in self._split_first:
            return self._split_first[canonical_form(form)][0][1]
        return found

    def _lemma_at(self, text: str, start: int, form: str) -> str | None:
        """The lemma of the form found at ``start``: of a split form, the one whose rest
        follows there ("wies … zurück" or "wies … hin")."""
        split = self._split_first.get(canonical_form(form)) if self._split_first else None
        if split and canonical_form(form) not in self._form_to_lemma:
            return next((lemma for pat, lemma in split if pat.match(text, start)), split[0][1])
        return self.lemma_of(form)

    def is_speech(self, form: str) -> bool:
        """Whether a form is a verb of saying (evidential verbs such as "found" are not)."""
        return self.lemma_of(form) in self.speech

    def _whole_regex(self) -> re.Pattern:
        """The regex of every form (exact, for a text whose lower case is longer), compiled once."""
        if self._regex is None:
            object.__setattr__(self, "_regex", re.compile(self._regex_source, re.IGNORECASE))
        return self._regex

    def find(self, text: str, end: int | None = None):
        """``(start, end, lemma)`` of every reporting expression in ``text[:end]``: one scan
        over the words (Hyperscan where it serves), the longest form at each word."""
        end = len(text) if end is None else end
        found = self._finder.find(text, end) if self._finder is not None else None
        if found is None:
            low = text.lower()
            if self._by_lead is not None:  # the regex is exact, tried where a form may open
                for s, e, form in self._by_lead.finditer(text, end):
                    yield s, e, self._lemma_at(text, s, form)
                return
            if len(low) != len(text):  # the regex is exact
                for m in self._whole_regex().finditer(text, 0, end):
                    # a proclitic ("و" of "وقال") is written with the cue but is not the cue
                    yield m.start(1), m.end(1), self._lemma_at(text, m.start(1), m.group(1))
                return
            found = ((m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(low, 0, end))
        first, follow = self._first, self._follow
        for s, e, word in found:
            entries = first.get(word)
            if entries is None:
                continue
            if (s > 0 and text[s - 1] == "-") or (e < end and text[e] == "-"):
                continue  # "so-called", "well-known"
            for rest, lemma in entries:
                if rest is None:
                    yield s, e, lemma
                    break
                f = follow[rest].match(text, e, end)
                if f is not None:
                    yield s, f.end(), lemma
                    break


def _prefix_tree(words: list, end: str | None = None, letters: int | None = None) -> str:
    """The pattern of any of ``words`` (each a tuple of its letters' patterns), their common
    prefixes written once ("a(?:ccus(?:e|ant)|…)"), in the order of the words: a search
    tries a few letters at a word, not every word. With ``letters``, a longer word is its
    first letters, anything after; a word no longer ends with ``end``."""
    tree: dict = {}
    for word in words:
        node = tree
        cut = letters is not None and len(word) > letters
        for part in word[:letters] if cut else word:
            node = node.setdefault(part, {})
        node["" if cut else None] = {}

    def pattern(node: dict) -> str:
        parts = [part + pattern(child) for part, child in node.items() if part]
        if "" in node:
            parts.append("")  # a word's first letters, anything after
        elif None in node:
            parts.append(end or "")  # a word ends here ("a" of "a déclaré", "accuse")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return pattern(tree)


#: How many letters of a form's first word the search for where a form may open reads
#: (:class:`_ByLead`): more make a larger regex to compile with every table (Arabic's
#: letters each carry the class of vowel marks), fewer try the forms at more words.
LEAD_LETTERS = 3


class _ByLead:
    r"""The exact regex of a cue table (``(?<![\w-])``, a proclitic or none, then one of the
    forms' alternatives, then what may follow: :attr:`pattern`) tried only where a word
    is the first word of a form (after a proclitic or none), and there with only the
    alternatives that may open at the letter of the form, in their order, each proclitic
    first as the optional group tries them: the same matches as the whole regex's
    ``finditer``, which tries every alternative at every word (half of French's time)."""

    def __init__(self, alternatives: tuple, forms: tuple, proclitics: tuple, after: str):
        self.alternatives, self.after = alternatives, after
        self.parts = tuple(map(_form_parts, forms))
        opens: dict = {}  # the class a form opens with -> the forms' numbers, in order
        for k, f in enumerate(forms):
            opens.setdefault(_opening(f[0]), []).append(k)
        self.opens = tuple((op, tuple(ks)) for op, ks in opens.items())
        before = "(?:" + "|".join(map(re.escape, proclitics)) + ")?" if proclitics else ""
        # where a match may start: a proclitic or none, the first word of a form (its letters'
        # patterns, as a tree of their prefixes; of a longer word its first LEAD_LETTERS), then
        # a space or the end of a form; found by one search in C, the lookbehind failing at
        # once inside words
        self.lead = re.compile(r"(?<![\w-])" + before + _prefix_tree(
            [tuple(map(_char_pattern, f.split()[0])) for f in forms], rf"(?:(?=\s)|{after})", LEAD_LETTERS),
            re.IGNORECASE)
        self.proclitics = tuple(re.compile(re.escape(p), re.IGNORECASE).match for p in proclitics)
        #: the whole regex, as :meth:`finditer` reads it
        self.pattern = r"(?<![\w-])" + before + "(" + "|".join(alternatives) + ")" + after
        self._at: dict = {}  # a form's first letter -> the regex of its alternatives (None: none)
        self._of: dict = {}  # the alternatives' numbers -> their regex

    def finditer(self, text: str, end: int):
        """``(start, end, form)`` of each match, in text order."""
        search, pos = self.lead.search, 0
        while True:
            m = search(text, pos, end)
            if m is None:
                return
            p, found = m.start(), None
            for proclitic in self.proclitics:  # "وقال": a proclitic first, as the optional group tries it
                pm = proclitic(text, p, end)
                if pm is not None and pm.end() < end:
                    found = self._form_at(text, pm.end(), end)
                    if found is not None:
                        break
            if found is None:
                found = self._form_at(text, p, end)
            if found is None:
                pos = p + 1
            else:
                yield found.start(1), found.end(1), found.group(1)
                pos = found.end()

    def _form_at(self, text: str, p: int, end: int):
        rx = self._at.get(text[p], False)
        if rx is False:
            rx = self._at[text[p]] = self._regex_at(text[p])
        return rx.match(text, p, end) if rx is not None else None

    def _regex_at(self, letter: str) -> re.Pattern | None:
        """The regex of the alternatives that may open with ``letter``, or None."""
        chosen = tuple(sorted(k for op, ks in self.opens if op.fullmatch(letter) for k in ks))
        if not chosen:
            return None
        if chosen not in self._of:
            # the alternatives as a tree of their common prefixes, in their order (a longer
            # form before the shorter it extends): the same match, a regex a few times smaller
            # to compile (Arabic's letters each carry the class of vowel marks)
            self._of[chosen] = re.compile("(" + _prefix_tree([self.parts[k] for k in chosen]) + ")" + self.after,
                                          re.IGNORECASE)
        return self._of[chosen]


def load_cues(source: "str | Path | CueTable | None" = None, *, extra: dict | None = None,
              language: "str | Language | None" = None, engine: str | None = None) -> CueTable:
    """Load a cue table: the language's own (``None`` or ``"cues"``; English unless
    ``language`` says), a YAML file, or a table already loaded; ``extra`` adds speech verbs
    (``{"weigh in": ["weighed in"]}``) to it; ``engine`` ("auto", "hyperscan" or "python"; a
    loaded table's own by default) says how its words are found.

    Errors name the file, the line and the entry.
    """
    if isinstance(source, CueTable):
        table = source
    elif source is None or str(source) == "cues":
        table = cues_of(language)
    else:
        path = Path(source)
        if not path.is_file():
            raise LexiconError(f"{source}: no such cue table; give a YAML file (docs/sources.md shows the format).")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise LexiconError(f"{source}: not UTF-8 text ({exc.reason} at byte {exc.start}); save the cue table as "
                               "UTF-8.") from None
        note_file("cues", str(source), path=path)
        table = parse_cues(text, source=str(path))
        _warn_left_out(table, language, str(source))
    if engine is not None and engine != table.engine:
        table = dataclasses.replace(table, engine=engine)
    if not extra:
        return table
    forms = dict(table.forms)
    for lemma, more in extra.items():
        forms[lemma] = tuple(dict.fromkeys([*forms.get(lemma, ()), *more]))
    return dataclasses.replace(table, forms=forms, speech=table.speech | set(extra))


def _warn_left_out(table: CueTable, language, source: str) -> None:
    """Warn when a table of one's own leaves out cues of the language's bundled table: it
    replaces that table, so a file of one new verb would find no "said" at all."""
    lang = get_language(language)
    if lang.file("cues.yaml") is None:
        return
    bundled = lang.memo(CueTable, _read_cues)  # not cues_of: a run's record names only the table it used
    missing = [lemma for lemma in bundled.forms if lemma not in table.forms]
    if missing:
        shown = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
        warnings.warn(f"{source}: {len(missing)} of the {len(bundled.forms)} cues of {lang.name}'s own table are not in "
                      f"it ({shown}): a cue table replaces the language's own, so their words are not looked for. To add "
                      f"a verb, copy {lang.file('cues.yaml')} and add it there (docs/sources.md), or in Python pass "
                      "load_cues(extra=...).", FramingWarning, stacklevel=caller_stacklevel())


def cues_of(language: "str | Language | None" = None) -> CueTable:
    """The cue table of a language (``cues.yaml`` in its folder), read on first use and
    kept with the language."""
    lang = get_language(language)
    if active() is not None:  # a run's record names the cue table it used
        path = lang.file("cues.yaml")
        if path is not None:
            note_file("cues", f"cues.yaml of language {lang.code!r}", path=path)
    return lang.memo(CueTable, _read_cues)


def _read_cues(lang: Language) -> CueTable:
    path = lang.file("cues.yaml")
    if path is None:
        raise LexiconError(f"language {lang.code!r} has no cue table (cues.yaml in {lang.folder}); attributions are "
                           "found only in a language that has one (docs/languages.md).")
    source = f"{path.name} ({lang.code})" if lang.folder.parent == Path(__file__).parent / "lang" else str(path)
    return parse_cues(path.read_text(encoding="utf-8"), source=source)


def parse_cues(text: str, *, source: str = "<cues>") -> CueTable:
    """Parse a cue table's YAML (see the bundled ``framing/lang/en/cues.yaml``)."""
    where = _yaml.Where(source, "cue table")
    root = _yaml.compose(text, where)
    if root is None:
        raise LexiconError(f"{source}: the cue table is empty; it needs a 'cues' mapping.")
    top = _yaml.mapping(where, root, "cue table", TABLE_KEYS)
    if "cues" not in top:
        raise where.error(root, "cue table: missing key 'cues' (lemma → forms).")
    name = _yaml.scalar(where, top["name"][1], "name") if "name" in top else Path(source).stem
    forms: dict[str, tuple[str, ...]] = {}
    props: dict[str, set] = {k: set() for k in ("speech", "distancing", "that_only", "object", "quote_or_for",
                                                "needs_clause", "noun_forms", "fronted", "postposed", "after_comma")}
    classes = read_paradigms(where, top["paradigms"][1], canonical_form) if "paradigms" in top else {}
    entries = {}
    owner: dict[str, str] = {}  # an explicit form -> its lemma
    for lemma, (key, node) in _yaml.mapping(where, top["cues"][1], "cues", None).items():
        what = f"cue {lemma!r}"
        # an entry is its forms ([say, says, said]) or a mapping of forms, paradigm and properties
        entry = _yaml.mapping(where, node, what, CUE_KEYS) if isinstance(node, yaml.MappingNode) else {"forms": (key, node)}
        if "forms" not in entry and "paradigm" not in entry:
            raise where.error(node, f"{what}: missing key 'forms' (its spellings: [say, says, said, saying]) or "
                                    "'paradigm' (its verbs' class).")
        own = _words(where, entry["forms"][1], f"{what}: forms") if "forms" in entry else []
        for f in own:
            if f in owner and owner[f] != lemma:
                raise where.error(entry["forms"][1], f"{what}: the form {f!r} is also a form of {owner[f]!r}; a form "
                                                     "has one lemma.")
            owner[f] = lemma
        entries[lemma] = (entry, own)
    made: dict[str, str] = {}  # a form of a paradigm -> its lemma
    for lemma, (entry, own) in entries.items():
        what = f"cue {lemma!r}"
        if "paradigm" in entry:
            own = _with_paradigm(where, entry, lemma, own, classes, owner, made)
        forms[lemma] = tuple(own)
        if _flag(where, entry, "speech", what, True):
            props["speech"].add(lemma)
        for flag in ("distancing", "that_only", "object", "quote_or_for", "fronted", "postposed", "after_comma"):
            if _flag(where, entry, flag, what, False):
                props[flag].add(lemma)
        for listed in ("needs_clause", "noun_forms"):
            if listed in entry:
                props[listed] |= _listed(where, entry[listed][1], f"{what}: {listed}", own)
    if not forms:
        raise where.error(top["cues"][1], "cues: no entries; list at least one reporting verb.")
    props["needs_clause"] |= _split_openers(forms, props["needs_clause"])
    joined = {key: tuple(_words(where, top[key][1], key)) for key in ("proclitics", "pronoun_suffixes") if key in top}
    return CueTable(name, forms, frozenset(props["speech"]), frozenset(props["distancing"]),
                    frozenset(props["that_only"]), frozenset(props["object"]), frozenset(props["quote_or_for"]),
                    frozenset(props["needs_clause"]), frozenset(props["noun_forms"]), fronted=frozenset(props["fronted"]),
                    postposed=frozenset(props["postposed"]), after_comma=frozenset(props["after_comma"]), **joined)


def _with_paradigm(where, entry: dict, lemma: str, own: list, classes: dict, owner: dict, made: dict) -> list:
    """An entry's forms with those of its ``paradigm`` (:mod:`framing._paradigms`) after
    them, less its ``exclude``; a form another entry lists is that entry's (explicit forms
    win), a form two paradigms make is an error. ``made`` gathers form -> lemma."""
    what = f"cue {lemma!r}"
    node = entry["paradigm"][1]
    generated = [f for f in verb_forms(where, node, lemma, classes, canonical_form) if f not in owner]
    for f in generated:
        _word(where, node, f"{what}: paradigm", f)
        if made.get(f, lemma) != lemma:
            raise where.error(node, f"{what}: its paradigm makes {f!r}, a form of {made[f]!r} too; list it as a form "
                                    "of one of them.")
        made[f] = lemma
    left = _words(where, entry["exclude"][1], f"{what}: exclude") if "exclude" in entry else []
    stray = [f for f in left if f not in generated]
    if stray:
        raise where.error(entry["exclude"][1], f"{what}: exclude lists {stray[0]!r}, which its paradigm does not make.")
    return list(dict.fromkeys(own + [f for f in generated if f not in left]))


def _split_openers(forms: dict, needs: set) -> set:
    """The first words of split forms that need a clause ("führte" of "führte … aus"): the
    cue a text is read at is that word, so it needs a clause too where every form it opens
    does ("gab" opens "gab … bekannt" too: not)."""
    opening: dict = {}
    for f in (f for own in forms.values() for f in own):
        opening.setdefault(f.split()[0], []).append(f)
    return {w for f in needs if "…" in f for w in [f.split()[0]] if all(g in needs for g in opening[w])}


def _listed(where, node, what: str, own: list) -> set:
    """The forms of ``needs_clause`` or ``noun_forms``: a list of the entry's forms, or
    ``true`` for every one."""
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":bool"):
        return set(own) if _yaml.boolean(where, node, what) else set()
    chosen = _words(where, node, what)
    stray = [f for f in chosen if f not in own]
    if stray:
        raise where.error(node, f"{what} lists {stray[0]!r}, which is not one of its forms ({', '.join(own)}).")
    return set(chosen)


def _flag(where, entry: dict, key: str, what: str, default: bool) -> bool:
    return _yaml.boolean(where, entry[key][1], f"{what}: {key}") if key in entry else default


def _words(where, node, what: str) -> list[str]:
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    out = [_word(where, item, what, canonical_form(_yaml.scalar(where, item, what))) for item in items]
    if not out:
        raise where.error(node, f"{what}: empty; list at least one.")
    return out


def _word(where, node, what: str, text: str) -> str:
    """``text``, a form as the table keeps it, if it is one: else an error at ``node``."""
    if not text or text.startswith("…") or text.endswith("…") or not all(
            _FORM_WORD_RE.fullmatch(w) or w == "…" or (what in {"proclitics", "pronoun_suffixes"} and
                                                       _FORM_WORD_RE.fullmatch(w.lstrip("-")))
            for w in text.split()):
        raise where.error(node, f"{what}: {text!r} is not a word or words (letters, digits, combining marks, an "
                                "apostrophe or hyphen inside a word; spaces between words).")
    return text
