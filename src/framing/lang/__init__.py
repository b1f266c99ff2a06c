"""Languages: each one a folder of data, found by its name (``lang/en/`` is English).

A language folder holds (see ``docs/languages.md``):

``language.yaml``   its name; quotation marks and apostrophes; sentence ends and
                    abbreviations; the boilerplate markers of news sites
``cues.yaml``       the reporting expressions attribution looks for (:mod:`framing.cues`)
``words.yaml``      the grammar words the speaker rules read (pronouns, titles, role
                    words, prepositions …; :mod:`framing.sources.words`)
``stop_words.txt``  function words left out of word lists (one a line)

Nothing is read before it is asked for, and each file once per language. What the code
makes of the data (compiled patterns) is kept on the :class:`Language` too
(:meth:`Language.memo`), so it is built once per language, never per document.

Adding a language is adding a folder here; a folder elsewhere (a user's, a test's) is
added with :func:`register_language`.

Examples
--------
>>> en = get_language("en")
>>> en.name, "en" in languages(), "«" in en.quotes["double_open"]
('English', True, True)
>>> get_language("xx")
Traceback (most recent call last):
...
framing.lang.UnknownLanguageError: unknown language 'xx'; available: ar, de, en, es, fr, ru. A language is a folder of data (docs/languages.md); add one with framing.lang.register_language(folder).
"""

from __future__ import annotations

import threading
from pathlib import Path

import yaml

from ..errors import FramingError, ParameterError

__all__ = ["Language", "LanguageError", "UnknownLanguageError", "get_language", "languages", "register_language", "unregister_language",
           "DEFAULT_LANGUAGE", "RTL_LANGUAGES", "text_direction"]

#: The language of a corpus that names none.
DEFAULT_LANGUAGE = "en"
_HERE = Path(__file__).parent
#: What ``language.yaml`` must say, by section.
_REQUIRED = {
    "quotes": ("double_open", "double_close", "double_straight", "single_open", "single_close", "single_straight",
               "apostrophes", "apostrophe_openers", "opening_context", "closing_context"),
    "sentences": ("end", "word_before", "abbreviations", "headline_break"),
    "boilerplate": ("lines", "latest_posts", "inline", "editors_note", "editors_note_tail"),
}


#: Codes of languages written right to left, whether or not a folder says ``direction: rtl``.
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"})


def text_direction(text: str = "", language: "str | Language | None" = None) -> str:
    """``"rtl"`` or ``"ltr"``: the ``direction`` of ``language`` (its ``language.yaml``, or
    :data:`RTL_LANGUAGES`) when given, else the direction most of the text's strong
    letters have (Unicode bidirectional classes R and AL against L) — for a line of a corpus
    that mixes languages.

    >>> text_direction(language="ar"), text_direction("قال المتحدث (AFP)"), text_direction("Le «régime»")
    ('rtl', 'rtl', 'ltr')
    """
    if language is not None:
        lang = language if isinstance(language, Language) else None
        code = lang.code if lang is not None else str(language)
        if code in RTL_LANGUAGES:
            return "rtl"
        try:
            lang = lang or get_language(code)
        except LanguageError:
            return "ltr"
        return "rtl" if str(lang.data.get("direction", "ltr")).lower() == "rtl" else "ltr"
    import unicodedata

    rtl = ltr = 0
    for c in text:
        if c.isalpha():
            kind = unicodedata.bidirectional(c)
            rtl += kind in ("R", "AL")
            ltr += kind == "L"
    return "rtl" if rtl > ltr else "ltr"


class LanguageError(FramingError, ValueError):
    """A language that is not there, or a language folder that is malformed."""


class UnknownLanguageError(LanguageError, ParameterError):
    """A ``language`` option that names no language: a :class:`LanguageError` and a
    :class:`~framing.errors.ParameterError` (the command line exits 2 on it). A malformed
    language folder stays a plain :class:`LanguageError`: the data, not the option, is wrong."""


class Language:
    """One language: its data, read from its folder when first asked for.

    Attributes
    ----------
    code : str
        The name it is asked for by (the folder's name unless registered otherwise).
    folder : Path
    """

    def __init__(self, code: str, folder: Path):
        self.code = code
        self.folder = Path(folder)
        self._memo: dict = {}
        self._lock = threading.RLock()  # a build may read other memos

    def __repr__(self) -> str:
        return f"Language({self.code!r}, {str(self.folder)!r})"

    def __reduce__(self):
        # sent to another process by its code (and folder, for a registered one)
        return (_language_in, (self.code, str(self.folder)))

    # -- files -------------------------------------------------------------------------

    def file(self, name: str) -> Path | None:
        """The file ``name`` of this language's folder, or None when it has none."""
        path = self.folder / name
        return path if path.is_file() else None

    def _yaml(self, name: str) -> dict:
        path = self.file(name)
        if path is None:
            raise LanguageError(f"language {self.code!r} has no {name} (in {self.folder}); see docs/languages.md.")
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as exc:
            raise LanguageError(f"{path}: YAML error: {exc}") from None
        if not isinstance(data, dict):
            raise LanguageError(f"{path}: a mapping of keys is expected (see lang/en/{name}).")
        return data

    def memo(self, key, build):
        """``build(self)`` once for this language and ``key``: the compiled form of its data
        that a module needs (patterns, sets), kept here so it is built once per language."""
        try:
            return self._memo[key]
        except KeyError:
            pass
        with self._lock:
            if key not in self._memo:
                self._memo[key] = build(self)
            return self._memo[key]

    # -- the data ----------------------------------------------------------------------

    @property
    def data(self) -> dict:
        """``language.yaml``, checked for the keys every language must give."""
        return self.memo("language.yaml", _read_language_yaml)

    @property
    def name(self) -> str:
        return str(self.data.get("name", self.code))

    @property
    def quotes(self) -> dict:
        """Quotation marks and apostrophes (strings of characters, by role)."""
        return self.data["quotes"]

    @property
    def sentences(self) -> dict:
        """Sentence ends (patterns) and abbreviations."""
        return self.data["sentences"]

    @property
    def boilerplate(self) -> dict:
        """Patterns of the lines and markers that are a site's, not the article's."""
        return self.data["boilerplate"]

    @property
    def words(self) -> dict:
        """``words.yaml``: the grammar word lists, by name."""
        return self.memo("words.yaml", lambda lang: lang._yaml("words.yaml"))

    @property
    def stop_words(self) -> frozenset:
        """``stop_words.txt``: function words, lower case."""
        return self.memo("stop_words.txt", _read_stop_words)


def _read_language_yaml(lang: Language) -> dict:
    data = lang._yaml("language.yaml")
    for section, keys in _REQUIRED.items():
        part = data.get(section)
        missing = [k for k in keys if not isinstance(part, dict) or k not in part]
        if missing:
            raise LanguageError(f"{lang.folder / 'language.yaml'}: {section}: missing {', '.join(missing)} "
                                f"(lang/en/language.yaml shows each).")
        for key, value in part.items():
            if isinstance(value, list) and not all(isinstance(v, str) for v in value):
                raise LanguageError(f"{lang.folder / 'language.yaml'}: {section}: {key}: every item must be text; "
                                    "put quotes around words YAML reads otherwise ('no', 'on', 'false').")
    return data


def _read_stop_words(lang: Language) -> frozenset:
    path = lang.file("stop_words.txt")
    if path is None:
        return frozenset()
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w.lower() for w in lines if w)


_REGISTERED: dict[str, Path] = {}
_CACHE: dict[str, Language] = {}
_CACHE_LOCK = threading.RLock()


def _folders() -> dict[str, Path]:
    found = {p.name: p for p in _HERE.iterdir() if p.is_dir() and (p / "language.yaml").is_file()}
    found.update(_REGISTERED)
    return found


def languages() -> list[str]:
    """The codes of the languages there are: the folders of ``framing/lang`` and those
    registered, sorted."""
    return sorted(_folders())


def get_language(code: "str | Language | None" = None) -> Language:
    """The :class:`Language` of ``code`` (None: :data:`DEFAULT_LANGUAGE`), the same object
    on every call; a Language is returned as it is."""
    if isinstance(code, Language):
        return code
    if code is None:
        code = DEFAULT_LANGUAGE
    try:
        return _CACHE[code]
    except (KeyError, TypeError):
        pass
    if not isinstance(code, str):
        raise UnknownLanguageError(f"language must be a code such as 'en', not {code!r}.")
    with _CACHE_LOCK:
        if code not in _CACHE:
            folder = _folders().get(code)
            if folder is None:
                raise UnknownLanguageError(f"unknown language {code!r}; available: {', '.join(languages())}. A language is a "
                                    "folder of data (docs/languages.md); add one with "
                                    "framing.lang.register_language(folder).")
            _CACHE[code] = Language(code, folder)
        return _CACHE[code]


def register_language(folder: "str | Path", *, code: str | None = None) -> Language:
    """Add the language whose data is in ``folder`` (a copy of ``framing/lang/en`` edited),
    under ``code`` (default: the folder's name); a language of that code already there is
    replaced. Returns it.

    The folder must hold ``language.yaml``; ``cues.yaml``, ``words.yaml`` and
    ``stop_words.txt`` are read when attribution or word lists need them.
    """
    folder = Path(folder)
    if not (folder / "language.yaml").is_file():
        raise LanguageError(f"{folder}: no language.yaml there; a language folder holds one (see framing/lang/en).")
    code = code or folder.name
    with _CACHE_LOCK:
        _REGISTERED[code] = folder
        _CACHE.pop(code, None)
    return get_language(code)


def unregister_language(code: str) -> None:
    """Forget a language added by :func:`register_language` (a bundled one comes back)."""
    with _CACHE_LOCK:
        _REGISTERED.pop(code, None)
        _CACHE.pop(code, None)


def _language_in(code: str, folder: str) -> Language:
    """The language ``code`` in a process that unpickles it: registered there from its
    folder when it is not known."""
    known = _folders().get(code)
    if known is None or Path(known) != Path(folder):
        return register_language(folder, code=code)
    return get_language(code)
