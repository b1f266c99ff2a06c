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
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import _yaml
from ._record import active, note_file
from .errors import LexiconError
from .lang import Language, get_language
from .lexicon import WordFinder, check_engine

__all__ = ["CueTable", "load_cues", "cues_of", "CUE_KEYS"]

#: What an entry may say (see the bundled table's header for each one's meaning).
CUE_KEYS = {"forms", "speech", "distancing", "that_only", "needs_clause", "noun_forms", "object", "quote_or_for"}

_WORD_RE = re.compile(r"\w+")


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
    _regex: re.Pattern | None = field(default=None, repr=False)
    _finder: WordFinder | None = field(default=None, repr=False)
    engine: str = "auto"

    def __post_init__(self):
        check_engine(self.engine)  # a ValueError naming the engines
        to_lemma = {f.lower(): lemma for lemma, forms in self.forms.items() for f in forms}
        first: dict = {}
        follow: dict = {}
        # first word -> [(the words after it or None, lemma)]: forms of more words first
        for form, lemma in sorted(to_lemma.items(), key=lambda kv: -len(kv[0])):
            words = form.split()
            rest = tuple(words[1:]) or None
            first.setdefault(words[0], []).append((rest, lemma))
            if rest is not None and rest not in follow:
                follow[rest] = re.compile("".join(r"\s+" + re.escape(w) for w in rest) + r"(?![\w-])", re.IGNORECASE)
        alternatives = sorted((r"\s+".join(map(re.escape, f.split())) for f in to_lemma), key=len, reverse=True)
        object.__setattr__(self, "_form_to_lemma", to_lemma)
        object.__setattr__(self, "_first", first)
        object.__setattr__(self, "_follow", follow)
        object.__setattr__(self, "_regex", re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])",
                                                      re.IGNORECASE))
        object.__setattr__(self, "_finder", WordFinder(first, engine=self.engine) if all(w.isascii() and _WORD_RE.fullmatch(w)
                                                                     for w in first) else None)

    @property
    def lemmas(self) -> tuple[str, ...]:
        return tuple(sorted(self.forms))

    def lemma_of(self, form: str) -> str | None:
        """The lemma of a form in any case and spacing ("Pointed  out" -> "point out")."""
        return self._form_to_lemma.get(" ".join(form.lower().split()))

    def is_speech(self, form: str) -> bool:
        """Whether a form is a verb of saying (evidential verbs such as "found" are not)."""
        return self.lemma_of(form) in self.speech

    def find(self, text: str, end: int | None = None):
        """``(start, end, lemma)`` of every reporting expression in ``text[:end]``: one scan
        over the words (Hyperscan where it serves), the longest form at each word."""
        end = len(text) if end is None else end
        found = self._finder.find(text, end) if self._finder is not None else None
        if found is None:
            low = text.lower()
            if len(low) != len(text):  # a character whose lower case is longer: the regex is exact
                for m in self._regex.finditer(text, 0, end):
                    yield m.start(), m.end(), self.lemma_of(m.group())
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
        text = path.read_text(encoding="utf-8")
        note_file("cues", str(source), path=path)
        table = parse_cues(text, source=str(path))
    if engine is not None and engine != table.engine:
        table = dataclasses.replace(table, engine=engine)
    if not extra:
        return table
    forms = dict(table.forms)
    for lemma, more in extra.items():
        forms[lemma] = tuple(dict.fromkeys([*forms.get(lemma, ()), *more]))
    return CueTable(table.name, forms, table.speech | set(extra), table.distancing, table.that_only,
                    table.takes_object, table.quote_or_for, table.needs_clause, table.noun_forms, engine=table.engine)


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
    top = _yaml.mapping(where, root, "cue table", {"name", "description", "cues"})
    if "cues" not in top:
        raise where.error(root, "cue table: missing key 'cues' (lemma → forms).")
    name = _yaml.scalar(where, top["name"][1], "name") if "name" in top else Path(source).stem
    forms: dict[str, tuple[str, ...]] = {}
    props: dict[str, set] = {k: set() for k in ("speech", "distancing", "that_only", "object", "quote_or_for",
                                                "needs_clause", "noun_forms")}
    owner: dict[str, str] = {}
    for lemma, (key, node) in _yaml.mapping(where, top["cues"][1], "cues", None).items():
        what = f"cue {lemma!r}"
        # an entry is its forms ([say, says, said]) or a mapping of forms and properties
        entry = _yaml.mapping(where, node, what, CUE_KEYS) if isinstance(node, yaml.MappingNode) else {"forms": (key, node)}
        if "forms" not in entry:
            raise where.error(node, f"{what}: missing key 'forms' (its spellings: [say, says, said, saying]).")
        own = _words(where, entry["forms"][1], f"{what}: forms")
        for f in own:
            if f in owner and owner[f] != lemma:
                raise where.error(entry["forms"][1], f"{what}: the form {f!r} is also a form of {owner[f]!r}; a form "
                                                     "has one lemma.")
            owner[f] = lemma
        forms[lemma] = tuple(own)
        if _flag(where, entry, "speech", what, True):
            props["speech"].add(lemma)
        for flag in ("distancing", "that_only", "object", "quote_or_for"):
            if _flag(where, entry, flag, what, False):
                props[flag].add(lemma)
        for listed in ("needs_clause", "noun_forms"):
            if listed in entry:
                chosen = _words(where, entry[listed][1], f"{what}: {listed}")
                stray = [f for f in chosen if f not in own]
                if stray:
                    raise where.error(entry[listed][1], f"{what}: {listed} lists {stray[0]!r}, which is not one of its "
                                                        f"forms ({', '.join(own)}).")
                props[listed] |= set(chosen)
    if not forms:
        raise where.error(top["cues"][1], "cues: no entries; list at least one reporting verb.")
    return CueTable(name, forms, frozenset(props["speech"]), frozenset(props["distancing"]),
                    frozenset(props["that_only"]), frozenset(props["object"]), frozenset(props["quote_or_for"]),
                    frozenset(props["needs_clause"]), frozenset(props["noun_forms"]))


def _flag(where, entry: dict, key: str, what: str, default: bool) -> bool:
    return _yaml.boolean(where, entry[key][1], f"{what}: {key}") if key in entry else default


def _words(where, node, what: str) -> list[str]:
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    out = []
    for item in items:
        text = " ".join(_yaml.scalar(where, item, what).lower().split())
        if not text or not all(_WORD_RE.fullmatch(w) for w in text.split()):
            raise where.error(item, f"{what}: {text!r} is not a word or words (letters, digits; spaces between words).")
        out.append(text)
    if not out:
        raise where.error(node, f"{what}: empty; list at least one.")
    return out
