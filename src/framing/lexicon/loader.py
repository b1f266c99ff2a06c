"""Reading lexicons: YAML (safe loading only, every error naming the file, line and
key), ``extends``, the bundled lexicons, and the fit warning a lexicon's ``fit:`` allows."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import yaml

from .._params import validate_params
from .._record import active, note_file, note_role
from .._yaml import Where as _Where
from .._yaml import boolean as _bool
from .._yaml import compose
from .._yaml import mapping as _mapping
from .._yaml import scalar as _scalar
from ..errors import LexiconError, warn_once
from ._hyperscan import ENGINE, ENGINE_OPTION
from .guards import nested_repeat
from .model import Family, Label, Lexicon, Pattern

__all__ = ["load_lexicon", "parse_lexicon", "bundled_lexicons", "gazetteer_for", "fit_warning", "about_sample",
           "warn_fit", "FIT_SAMPLE", "FIT_MIN_SHARE", "FIT_RATE_FACTOR", "EXAMPLE_LEXICON", "DEFAULT_GAZETTEER"]

#: The example lexicon: the default of every function that takes ``lexicon=``, so that
#: ``count_terms("seeds")`` runs as the README shows. It is the Syrian war's lexicon, not a
#: general one: on a corpus about anything else name your own, or the fit warning
#: (:func:`fit_warning`) says it does not fit.
EXAMPLE_LEXICON = "syria"
#: The gazetteer of news sources on any subject: the one used when neither a function call
#: nor the lexicon names one (:func:`gazetteer_for`).
DEFAULT_GAZETTEER = "news"

_TOP_KEYS = {"name", "title", "description", "version", "extends", "gazetteer", "fit", "families", "language", "fold",
             "case"}
#: The values of ``case:``: Python's case-insensitive matching, or Turkish case (forms.turkic).
_CASES = {"default": "", "turkic": "turkic"}
#: Languages whose i has two forms, to point a lexicon in one without a folder to ``case: turkic``.
_TURKIC_CODES = {"tr", "az", "crh", "gag", "tt", "kk", "ba"}
_FIT_KEYS = {"about", "rate"}
#: A lexicon may not fit a corpus when fewer documents than this use any word it is ``about``,
#: or when it finds fewer mentions per 1,000 tokens than its ``rate`` divided by this.
FIT_MIN_SHARE = 0.2
FIT_RATE_FACTOR = 10
#: Documents of each chunk (of up to ``chunksize``) looked at for the words a lexicon or a
#: gazetteer is ``about`` (:func:`about_sample`): a share needs a sample, not every text.
FIT_SAMPLE = 200
_FAMILY_KEYS = {"title", "description", "labels", "exclude"}
_LABEL_KEYS = {"display", "description", "patterns", "exclude"}
_EXTENDS_DEPTH = 8  # a lexicon extending one that extends another … at most this deep
_PATTERN_KEYS = {"pattern", "case_sensitive", "regex"}

_BUNDLED: dict = {}  # bundled lexicons are parsed once per process and engine


def gazetteer_for(lexicon=None, gazetteer: "str | Lexicon | None" = None) -> "str | Lexicon":
    """The source gazetteer to use, by the one rule every function follows: ``gazetteer``
    when given, else the one the lexicon names (its ``gazetteer:`` key), else
    :data:`DEFAULT_GAZETTEER` (``news``). ``None`` or ``""`` is "not given" (a notebook's
    empty parameter); with no lexicon (attribution alone) the default is ``news``.

    >>> gazetteer_for("syria"), gazetteer_for("syria", "news"), gazetteer_for(None)
    ('syria_sources', 'news', 'news')
    """
    if gazetteer is not None and not (isinstance(gazetteer, str) and not gazetteer):
        note_role(gazetteer, "gazetteer")
        return gazetteer
    if lexicon is not None:
        own = load_lexicon(lexicon).gazetteer
        if own:
            note_role(own, "gazetteer")
            return own
    note_role(DEFAULT_GAZETTEER, "gazetteer")
    return DEFAULT_GAZETTEER


def _note_bundled(role: str, name: str, where) -> None:
    """Note a bundled lexicon in the run's record: its file (or its text, not on disk in a zip)."""
    if isinstance(where, Path):
        note_file(role, name, path=where)
    else:
        note_file(role, name, text=where.read_text(encoding="utf-8"))


def bundled_lexicons() -> list[str]:
    """Names of the lexicons that ship with `framing`."""
    root = resources.files("framing") / "lexicons"
    return sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".yaml"))


@validate_params(engine=ENGINE_OPTION)
def load_lexicon(lexicon: "str | Path | Lexicon" = EXAMPLE_LEXICON, *, engine: str | None = None) -> Lexicon:
    """Load a lexicon by bundled name (``"syria"``, the example lexicon: :data:`EXAMPLE_LEXICON`)
    or from a YAML file.

    Parameters
    ----------
    lexicon : str, Path or Lexicon
        A bundled name, a path to a ``.yaml``/``.yml`` file, or an already loaded lexicon.
    engine : {"auto", "hyperscan", "python"}, optional
        How candidates for a match are found (:data:`framing.lexicon.ENGINES`): ``"auto"``
        uses Hyperscan where it is installed and serves, ``"hyperscan"`` the same but
        refuses to run without it, ``"python"`` the plain-Python word scan. Every engine
        finds the same mentions. Default: a loaded lexicon's own, else ``"auto"``.

    Raises
    ------
    LexiconError
        The file is missing or malformed; the message names the file, line and key.
    ParameterError
        ``engine`` is not one of the engines (the message names them); also a ``ValueError``.

    Examples
    --------
    >>> lex = load_lexicon("syria")
    >>> sorted(lex.families["jihadist_name"].labels)[:3]
    ['Daesh', 'IS', 'ISIL']
    """
    if isinstance(lexicon, Lexicon):
        if engine is None or engine == lexicon.engine:
            return lexicon
        return dataclasses.replace(lexicon, engine=engine)
    engine = engine or "auto"
    s = str(lexicon)
    path = Path(s)
    if path.suffix.lower() in {".yaml", ".yml"} or path.exists():
        if not path.is_file():
            raise LexiconError(f"{s}: no such lexicon file. Give a .yaml file or one of: {', '.join(bundled_lexicons())}.")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise LexiconError(f"{s}: not UTF-8 text ({exc.reason} at byte {exc.start}); save the lexicon as UTF-8.") from None
        note_file("lexicon", s, path=path)
        return parse_lexicon(text, source=s, engine=engine)
    if s in bundled_lexicons():
        where = resources.files("framing") / "lexicons" / f"{s}.yaml"
        if (s, engine) not in _BUNDLED:
            text = where.read_text(encoding="utf-8")
            _BUNDLED[s, engine] = parse_lexicon(text, source=f"<bundled lexicon {s}>", engine=engine)
        if active() is not None:  # at each use, not only the first: every run's record names it (and its parents)
            _note_bundled("lexicon", s, where)
            for parent in _BUNDLED[s, engine].extends:
                if parent in bundled_lexicons():
                    _note_bundled("extended lexicon", parent, resources.files("framing") / "lexicons" / f"{parent}.yaml")
        return _BUNDLED[s, engine]
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
        if not regex and re.search(r"(?<!\w)\*|\*(?=\w)", text):  # it was read as "any letters" there, unlike the docs
            raise where.error(text_node, f"{what}: pattern {text!r}: a '*' stands at the end of a word only (immigra*: "
                                         "immigrant, immigration …), not at its start or inside it; write the forms "
                                         "out, or a regex (regex: true).")
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
            nested = nested_repeat(text)
            if nested:
                raise where.error(text_node, f"{what}: regex {text!r} repeats a part that itself repeats without limit "
                                             f"({nested}): such a pattern can take forever on one word. Give the "
                                             "outer repeat a bound ({1,5}) or write the inner part once.")
        out.append(Pattern(text, case, regex, text_node.start_mark.line + 1))
    if not out:
        raise where.error(node, f"{what}: no patterns; list at least one.")
    return out


def _one_label_a_pattern(where: _Where, fwhat: str, labels: dict[str, Label]) -> None:
    """Refuse a pattern written under two labels of one family: both would match the same
    words, and of two equally long matches the first label's is kept, so the second label
    would silently never count them."""
    seen: dict[tuple, tuple[str, int]] = {}
    for lname, label in labels.items():
        for p in label.patterns:
            words = " ".join(p.text.split())
            key = (p.regex, p.case_sensitive, words if p.case_sensitive else words.casefold())
            first = seen.setdefault(key, (lname, p.line))
            if first[0] != lname:
                raise LexiconError(f"{where.source}, line {p.line}: {fwhat}: pattern {p.text!r} of label {lname!r} is "
                                   f"also a pattern of label {first[0]!r} (line {first[1]}); the first label would take "
                                   f"every match and {lname!r} would never count them. Keep it under one label.")


@validate_params(engine=ENGINE)
def parse_lexicon(text: str, *, source: str = "<lexicon>", engine: str = "auto", _depth: int = 0) -> Lexicon:
    """Parse lexicon YAML (safe loading only) into a :class:`Lexicon` matched by ``engine``
    (see :func:`load_lexicon`); its matcher is compiled when it is first used."""
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
    language, fold = _language(where, top)
    case = _case(where, top)
    about, rate = _fit(where, top["fit"][1], engine, language, fold, case) if "fit" in top else (None, None)
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
        _one_label_a_pattern(where, fwhat, labels)
        fexcl = _patterns(where, fmap["exclude"][1], f"{fwhat} exclude") if "exclude" in fmap else []
        fdesc = _scalar(where, fmap["description"][1], f"{fwhat} description") if "description" in fmap else ""
        ftitle = _scalar(where, fmap["title"][1], f"{fwhat} title") if "title" in fmap else ""
        families[fname] = Family(fname, labels, fdesc, fexcl, ftitle)
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
        if not language:
            language, fold = parent.language, fold or parent.fold
        if "case" not in top:
            case = parent.case
    return Lexicon(name, families, desc, source, title, gaz, extends, about, rate, engine, language, fold, case)


def _case(where: _Where, top: dict) -> str:
    """``case:`` (``default`` or ``turkic``), checked."""
    if "case" not in top:
        return ""
    node = top["case"][1]
    value = _scalar(where, node, "case")
    if value not in _CASES:
        raise where.error(node, f"case: {value!r} is not a case rule; use 'turkic' (Turkish and Azerbaijani: "
                                "i with İ, ı with I) or 'default'.")
    return _CASES[value]


def _language(where: _Where, top: dict) -> tuple[str, tuple]:
    """``language:`` (a code of :func:`framing.lang.languages`) and ``fold:`` (names of that
    language's ``matching: folds``), checked."""
    from ..lang import LanguageError, get_language

    language = ""
    if "language" in top:
        node = top["language"][1]
        language = _scalar(where, node, "language")
        try:
            language = get_language(language).code
        except LanguageError as exc:
            hint = (" A lexicon in a language with dotted and dotless i and no folder here says "
                    "'case: turkic' instead (docs/lexicons.md).") if language.lower() in _TURKIC_CODES else ""
            raise where.error(node, f"language: {exc}{hint}") from None
    fold: tuple = ()
    if "fold" in top:
        node = top["fold"][1]
        if not isinstance(node, yaml.SequenceNode):
            raise where.error(node, "fold: a list of fold names is expected (e.g. [alef, ya]).")
        fold = tuple(_scalar(where, item, "fold") for item in node.value)
        known = ((get_language(language).data.get("matching") or {}).get("folds") or {}) if language else {}
        unknown = [f for f in fold if f not in known]
        if unknown:
            raise where.error(node, f"fold: {', '.join(map(repr, unknown))} is not a fold of "
                                    + (f"language {language!r} (it has: {', '.join(known) or 'none'})." if language
                                       else "this lexicon: say its language first (language: ar)."))
    return language, fold


def _fit(where: _Where, node: yaml.Node, engine: str, language: str = "", fold: tuple = (), case: str = "") -> tuple:
    m = _mapping(where, node, "fit", _FIT_KEYS)
    about = None
    if "about" in m:
        pats = _patterns(where, m["about"][1], "fit: about")
        # matched as the lexicon's own patterns are: Arabic "لسوريا" is about "سوريا"
        about = Lexicon("about", {"about": Family("about", {"about": Label("about", pats)})}, engine=engine,
                        language=language, fold=fold, case=case)
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


def about_sample(lex: Lexicon, texts) -> Counter:
    """Does a chunk speak of what ``lex`` (a lexicon or a gazetteer) is ``about``? Of its first
    :data:`FIT_SAMPLE` texts, ``about_checked`` were looked at and ``about_docs`` use one of
    the words; nothing when ``lex`` has no ``fit: about``. Chunks' samples add up."""
    if lex.about is None:
        return Counter()
    sample = list(texts[:FIT_SAMPLE])
    about = lex.about
    return Counter(about_checked=len(sample), about_docs=sum(next(about.finditer(t), None) is not None for t in sample))


#: What to pass instead of a lexicon or a gazetteer that does not fit.
_INSTEAD = {
    "lexicon": ("Its counts would describe another subject. Pass a lexicon of your own (lexicon='my_terms.yaml', "
                "--lexicon my_terms.yaml): docs/lexicons.md says how to write one, and framing.discover helps find its terms."),
    "gazetteer": ("Its categories are another subject's: a speaker it knows is put in that subject's category. Pass "
                  "a gazetteer for this corpus: gazetteer='news' (--gazetteer news) for news on any subject, or a file "
                  "of your own (docs/lexicons.md#a-source-gazetteer)."),
}


def fit_warning(lex: Lexicon, *, documents: int, about_docs: int, mentions: int | None = None, tokens: int | None = None,
                what: str = "lexicon") -> str | None:
    """What to tell a user whose corpus the lexicon (or, ``what="gazetteer"``, the source
    gazetteer) may not fit (``fit:``), or None. ``documents``: the documents looked at for
    the ``about`` words (:func:`about_sample`); ``about_docs``: how many of them use one;
    ``mentions`` and ``tokens`` (a lexicon's): what it found, in how many tokens."""
    reasons = []
    if mentions == 0 and tokens:  # whatever its ``fit:`` says (a lexicon of one's own has none)
        reasons.append(f"it finds no mention at all in the corpus' {tokens:,} tokens")
    elif lex.about is not None and documents >= 20 and about_docs < FIT_MIN_SHARE * documents:
        words = ", ".join(p.text for lab in lex.about.families["about"].labels.values() for p in lab.patterns[:6])
        reasons.append(f"of {documents:,} of its documents looked at, {about_docs:,} ({about_docs / documents:.0%}) use any of "
                       f"the words it is about ({words} …)")
    if lex.rate is not None and mentions and tokens >= 10_000 and 1000 * mentions / tokens < lex.rate / FIT_RATE_FACTOR:
        reasons.append(f"it finds {1000 * mentions / tokens:.1f} mentions per 1,000 tokens, against {lex.rate:g} on the "
                       "corpora it was written for")
    if not reasons:
        return None
    return f"{what} {lex.name!r} may not fit this corpus: " + "; ".join(reasons) + ". " + _INSTEAD[what]


def warn_fit(lex: Lexicon, corpus, **figures) -> None:
    """Warn once per corpus and lexicon (:func:`framing.errors.warn_once`) when ``lex`` may
    not fit it (:func:`fit_warning`, given ``figures``): a notebook that counts and compares
    with one lexicon, or finds attributions with one gazetteer, several times is told once."""
    message = fit_warning(lex, **figures)
    if message:
        warn_once(message, corpus, key=("fit", figures.get("what", "lexicon"), lex.name))


def _renamed(fam: Family, name: str) -> Family:
    return dataclasses.replace(fam, name=name)


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
        note_file("extended lexicon", str(path), path=path)
        return parse_lexicon(text, source=str(path), _depth=depth + 1)
    if spec in bundled_lexicons():
        where = resources.files("framing") / "lexicons" / f"{spec}.yaml"
        text = where.read_text(encoding="utf-8")
        _note_bundled("extended lexicon", spec, where)
        return parse_lexicon(text, source=f"<bundled lexicon {spec}>", _depth=depth + 1)
    raise where.error(node, f"extends: unknown lexicon {spec!r}; give a bundled name "
                            f"({', '.join(bundled_lexicons())}) or a .yaml file.")

