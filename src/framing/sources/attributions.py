"""The attribution table: find_attributions and iter_attributions over a corpus."""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .._mixed import lang_frame, with_lang
from .._params import JOBS, validate_params
from .._runner import corpus_language, corpus_mixed, map_corpus
from ..cues import CueTable, cues_of, load_cues
from ..errors import FramingWarning, caller_stacklevel, warn_once
from ..lang import get_language, languages
from ..lexicon import Lexicon, gazetteer_for, load_lexicon
from . import clause_cues, clause_resolution
from .clause_words import clause_words_of, rules_of, uncased
from .link_boxes import without_link_boxes
from .people import id_kind, link_surnames
from .pipeline import extract
from .records import WINDOW, Attribution
from .resolution import resolve
from .words import words_of

ATTRIBUTION_COLUMNS = [
    "doc_id", "outlet", "speaker", "speaker_canonical", "speaker_id", "speaker_category", "cue", "cue_lemma", "kind", "content",
    "speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end", "sentence",
    "appositive", "addressee", "distancing", "nested", "rule",
]


@validate_params(jobs=JOBS)
def find_attributions(corpus, *, gazetteer: "str | Lexicon | None" = None, include_boilerplate: bool = False,
                      cues: "str | Path | CueTable | None" = None, jobs: int = 1, progress: bool = False, **load) -> pd.DataFrame:
    """Every attribution in the corpus: who says what, how, with which verb.

    Parameters
    ----------
    corpus : Corpus, DataFrame, path or iterable of chunks
    gazetteer : str or Lexicon, optional
        Source categories (a lexicon whose labels are categories, tried family by family);
        ``news`` unless given (:func:`framing.gazetteer_for`).
        A gazetteer of plain patterns remembers what each speaker phrase and appositive holds (up to
        100,000 phrases, in each process), so phrases that recur ("Obama", "officials")
        are classified once; the rows are the same either way.
    jobs : int
        Processes to share the chunks, this one included (0: every core); the rows are the
        same, in the same order.
    progress : bool
        Show a progress bar on standard error (after two seconds).
    cues : str, path or CueTable, optional
        The reporting expressions looked for: the language's own (``cues.yaml`` in its
        folder, :mod:`framing.lang`) unless given.
    language : str, optional
        (with the options for reading the corpus) The documents' language; a Corpus
        carries its own (``Corpus.language``), English by default.

    Returns
    -------
    DataFrame
        One row per attribution, in text order:
        ``doc_id, outlet``; ``speaker`` (as written; a pronoun stays a pronoun);
        ``speaker_canonical`` (who it is: pronouns, "the source", surnames, names with or
        without a middle name and roles the article gave one person — "the president" —
        resolved to the fullest name the article gives);
        ``speaker_id`` (one id per person across the corpus: the canonical speaker's first
        name, middle initials and surname, folded — "hillary clinton", "bashar assad" —
        or the folded name of any other speaker; a surname the article gives to two people
        ends in " (ambiguous)"; a lone surname is linked to the one person the corpus names
        with it far more than any other, in the same outlet first — :func:`link_speakers`;
        empty where there is no speaker);
        ``speaker_category``; ``cue`` (as written, empty for a quotation that continues an
        attribution) and ``cue_lemma``; ``kind`` (direct, indirect, mixed, according_to);
        ``content``; ``speaker_start/end``, ``cue_start/end``, ``content_start/end``
        (offsets into the text; missing where there is no speaker or cue);
        ``sentence`` (the sentence holding the cue, at most :data:`WINDOW` characters on
        each side of it); ``appositive``; ``addressee`` (who was spoken to, never the
        speaker: "told reporters", "urged the president", "wrote to the committee", "said
        in an interview with CNN", "Reporters were told by X"; "" when none is named);
        ``distancing`` (the cue keeps its distance:
        claimed, alleged, insisted …); ``nested`` (part of what another source says: inside its quotation, or
        opening its reported content, as "she asked" in "Kelly said she asked for the
        interview");
        ``rule`` (the speaker rule that found it: ``subject``, ``inverted``, ``according_to``
        … — :mod:`framing.sources.speakers` lists them — or ``continuation`` for a
        quotation that goes on from the previous attribution).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
    ...     "text": ["“The siege is broken,” state news agency SANA said. Khoula, a resident, "
    ...              "told AFP the army arrived. She added: “We won.”"]})
    >>> find_attributions(df)[["speaker", "speaker_canonical", "speaker_category", "cue", "kind"]].values.tolist()
    [['state news agency SANA', 'SANA', 'media', 'said', 'direct'], ['Khoula', 'Khoula', 'public', 'told', 'indirect'], ['She', 'Khoula', 'public', 'added', 'direct']]
    >>> find_attributions(df, gazetteer="syria_sources")["speaker_category"].tolist()  # the Syria study's categories
    ['syrian_state', 'civilian', 'civilian']
    """
    rows = []
    for part in _attribution_parts(corpus, gazetteer, include_boilerplate, jobs, progress, load, cues):
        rows.extend(part)
    return link_speakers(_attribution_frame(rows, corpus_mixed(corpus, load)))


def link_speakers(table: pd.DataFrame) -> pd.DataFrame:
    """The attribution table with each lone surname's ``speaker_id`` linked across the
    corpus: "trump", from an article that never gives a full name, becomes "donald trump"
    where the same outlet's attributions (else the corpus's) to people of that surname go
    to Donald Trump at least 80% of the time (:data:`.people.LINK_SHARE`, at least
    :data:`.people.LINK_MIN` of them). :func:`find_attributions` does it; pieces of
    :func:`iter_attributions` carry each article's ids, and this links their concatenation.
    ``attrs["linked_speakers"]`` counts the rows whose id was linked."""
    if table.empty or "speaker_id" not in table.columns:
        return table
    outlets, ids = table["outlet"].tolist(), table["speaker_id"].tolist()  # lists: not element by element from Arrow
    pairs = list(zip(table["speaker_canonical"].tolist(), ids))
    kind_of = {pair: id_kind(*pair) for pair in set(pairs)}  # speakers repeat: 8,882 pairs in 30,861 rows
    kinds = list(map(kind_of.__getitem__, pairs))
    counts = Counter(zip(outlets, ids, kinds))
    links = link_surnames(counts)
    if links:
        table = table.copy()
        table["speaker_id"] = [links.get((o, i), i) if k == "surname" else i for o, i, k in zip(outlets, ids, kinds)]
    table.attrs["linked_speakers"] = sum(n for (o, i, k), n in counts.items() if k == "surname" and (o, i) in links)
    return table


@validate_params(jobs=JOBS)
def iter_attributions(corpus, *, gazetteer: "str | Lexicon | None" = None, include_boilerplate: bool = False,
                      cues: "str | Path | CueTable | None" = None, jobs: int = 1, progress: bool = False, **load) -> Iterator[pd.DataFrame]:
    """:func:`find_attributions` piece by piece, for corpora whose attributions do not fit
    in memory: tables with the same columns, in order, whose concatenation is the table
    :func:`find_attributions` returns once :func:`link_speakers` has linked its lone
    surnames across the corpus (each piece's ``speaker_id`` is its article's; ``framing
    sources`` writes them as they come).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                    "text": ["SANA said the army advanced.", "“We won,” she said."]})
    >>> chunks = [df.iloc[:1], df.iloc[1:]]  # as a path is read, chunk by chunk
    >>> [len(part) for part in iter_attributions(chunks)]
    [1, 1]
    """
    mixed = corpus_mixed(corpus, load)
    for part in _attribution_parts(corpus, gazetteer, include_boilerplate, jobs, progress, load, cues):
        yield _attribution_frame(part, mixed)


def attribution_languages() -> list[str]:
    """The languages that have attribution rules: a cue table (``cues.yaml``) in their folder."""
    return [code for code in languages() if get_language(code).file("cues.yaml") is not None]


def _attribution_parts(corpus, gazetteer, include_boilerplate: bool, jobs: int, progress: bool, load: dict, cues=None):
    """The attribution rows of each chunk (or piece of a chunk), in order; none, with a
    warning, for a language that has no attribution rules."""
    language = get_language(corpus_language(corpus, load))
    mixed = corpus_mixed(corpus, load)
    if cues is None and language.file("cues.yaml") is None and not mixed:
        warnings.warn(f"language {language.code!r} ({language.name}) has no attribution rules (no cues.yaml in "
                      f"{language.folder}): the attribution table is empty. Languages with attribution rules: "
                      f"{', '.join(attribution_languages())}; give a cue table with cues=, or add one to the "
                      "language's folder (docs/languages.md).", FramingWarning, stacklevel=caller_stacklevel())
        return iter(())
    table = load_cues(cues, language=language) if cues is not None else None
    return map_corpus(_lang_rows if mixed else chunk_rows, corpus, jobs=jobs, progress=progress, load=load,
                      gaz=load_lexicon(gazetteer_for(None, gazetteer)), include_boilerplate=include_boilerplate, cues=table)


def _lang_rows(chunk, **kw) -> list:
    """:func:`chunk_rows` with each row's document language (``lang``) appended."""
    return with_lang(chunk_rows(chunk, **kw), chunk)


def _attribution_frame(rows: list, mixed: bool = False) -> pd.DataFrame:
    df = lang_frame(rows, ATTRIBUTION_COLUMNS, mixed=mixed)
    for c in ("speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end"):
        df[c] = df[c].astype("Int64")
    return df


def chunk_rows(chunk, *, gaz: Lexicon, include_boilerplate: bool, cues: CueTable | None = None) -> list:
    """The attribution rows of a chunk, read by the rules of its language (the cue table
    ``cues``, or the language's own): English's (:mod:`.pipeline`) or the clause rules
    (:mod:`.clauses`, :mod:`.clause_cues`), as its ``words.yaml`` says; in a corpus of mixed
    languages, each run of documents of one language by its own (:func:`mixed_rows`)."""
    if chunk.mixed:
        return mixed_rows(chunk, gaz=gaz, include_boilerplate=include_boilerplate, cues=cues)
    if rules_of(chunk.language) == "clauses":
        return _clause_rows(chunk, gaz=gaz, include_boilerplate=include_boilerplate, cues=cues)
    return _english_rows(chunk, gaz=gaz, include_boilerplate=include_boilerplate, cues=cues)


def _english_rows(chunk, *, gaz: Lexicon, include_boilerplate: bool, cues: CueTable | None = None,
                  foreign: list | None = None) -> list:
    """:func:`chunk_rows` by English's rules (:mod:`.pipeline`) and the chunk language's
    words. The documents that hold almost none of its function words are warned about, or
    added to ``foreign`` when it is given (to be warned about with others)."""
    g = words_of(chunk.language)
    cues = cues_of(chunk.language) if cues is None else cues
    rows = []
    docs = chunk.documents
    function = g.derive(_function_words, _function_words)
    warn = foreign is None
    foreign = [] if foreign is None else foreign
    for doc_id, outlet, text, facts in zip(docs["doc_id"], docs["outlet"], docs["text"], chunk.facts()):
        if include_boilerplate:
            facts = facts.without_boilerplate()
        if not _reads_as(text, function):
            foreign.append(doc_id)
        read = without_link_boxes(text) if g.language == "en" else text  # The Hill's boxes are no words of the article
        atts = extract(read, facts, cues, g)
        resolve(read, atts, gaz, g, facts)
        for a in atts:
            rows.append(_row(doc_id, outlet, text, a, cues))
    if warn:
        _warn_foreign(foreign, chunk.language, chunk)
    return rows


def mixed_rows(chunk, *, gaz: Lexicon, include_boilerplate: bool, cues: CueTable | None = None) -> list:
    """The attribution rows of a chunk of mixed languages, in document order: each run of
    documents of one language (:meth:`framing.Corpus.language_parts`) read by that
    language's rules and cue table (``cues``, when given, for every document). Documents in
    a language framing has no folder for are read in the corpus's ``language``, as the load
    warning said, without a second warning; a language without a cue table gives its
    documents none, with a warning naming it."""
    rows: list = []
    foreign: dict = {}
    for code, part in chunk.language_parts():
        lang = get_language(code)
        if cues is None and lang.file("cues.yaml") is None:
            warnings.warn(f"language {code!r} ({lang.name}) has no attribution rules (no cues.yaml in {lang.folder}): its "
                          f"documents have no attributions. Languages with attribution rules: "
                          f"{', '.join(attribution_languages())}.", FramingWarning, stacklevel=caller_stacklevel())
            continue
        if rules_of(code) == "clauses":
            rows.extend(_clause_rows(part, gaz=gaz, include_boilerplate=include_boilerplate, cues=cues))
        else:
            own = part.documents["lang"].iat[0] == code  # not a language read in another's (reported when loaded)
            rows.extend(_english_rows(part, gaz=gaz, include_boilerplate=include_boilerplate, cues=cues,
                                      foreign=foreign.setdefault(code, []) if own else []))
    for code, docs in foreign.items():
        _warn_foreign(docs, code, chunk)
    return rows


def _function_words(g) -> frozenset:
    """The function words of three letters or more the rules read ("the", "that", "was")."""
    return frozenset(x for x in g.STOP | g.DETERMINERS | g.AUX | g.BE if len(x) >= 3)


def _warn_foreign(foreign: list, code: str, chunk) -> None:
    """Once per corpus: a notebook that finds its attributions three ways is told once."""
    if foreign:
        lang = get_language(code)
        warn_once(f"{len(foreign)} document(s) read by {lang.name}'s attribution rules hold almost none of "
                  f"its function words (the first: {foreign[0]!r}): in another language, their attributions are "
                  f"missed or wrong. Pass language= (--language, the notebooks' parameter language; attribution "
                  f"rules: {', '.join(attribution_languages())})" + _language_column_hint(chunk, foreign) + ".", chunk)


#: Column names under which a corpus often gives each document's language.
_LANGUAGE_COLUMNS = ("lang", "language", "langue", "sprache", "idioma", "locale")


def _language_column_hint(chunk, foreign: list) -> str:
    """", or ``lang_col='lang'`` …" when the corpus carries a column of language codes
    framing reads ("fr", "de-DE") for the documents warned about: the user's own data says
    what the warning asks, so the warning names it (never used unasked: a column of that
    name may hold something else); else the detector's option."""
    docs = chunk.documents
    have = set(languages())
    for name in docs.columns:
        if str(name).lower() not in _LANGUAGE_COLUMNS:
            continue
        values = docs.loc[docs["doc_id"].isin(foreign), name].astype(str).str.lower().str[:2]
        counts = values[values.isin(have)].value_counts()
        if len(counts) and counts.sum() >= len(values) / 2:
            said = ", ".join(f"{k} {v}" for k, v in counts.items())
            return (f", or, as the corpus's column {name!r} gives each document's language ({said}), "
                    f"lang_col={name!r} (--lang-col {name}) to read each in its own")
    return ", or language='detect' (--language detect) to read each document in the language detected"


_WORD_RE = re.compile(r"[^\W\d_]+")
#: A text of at least this many words reads as the language when at least this share of
#: them are its function words of three letters or more (measured on the shared corpora,
#: openings of 1,500 characters: English news 0.058 at the lowest of 3,000 abp_syria
#: articles, none of 5,730 abp articles below the bar; French, German, Spanish, Russian and
#: Arabic news read as English 0.018 at the most, every one of them below it).
_MIN_WORDS, _MIN_SHARE = 40, 0.04


@lru_cache(maxsize=8)
def _plain(function: frozenset) -> frozenset:
    """The function words that are one word of letters in lower case as written ("the", not "isn't")."""
    return frozenset(w for w in function if w.isalpha() and w.islower())


def _reads_as(text: str, function: frozenset) -> bool:
    """The opening of ``text`` (1,500 characters) holds the ``function`` words of the
    language it is read in, or is too short to tell.

    Most openings say so before their words are read: the pieces between white space
    that are a function word of letters in lower case as they stand ("the", not "The,",
    "the-" or "isn't", two words) are each a word of the opening and one of its function
    words, and an opening of n characters holds at most (n + 1) // 2 words (each but the
    last takes a letter and the character after it), so when those pieces alone reach the
    share of that many, the share of its words does too (English news: 1,329 of the first 1,500
    abp_syria articles, by a split in C and a set look-up per piece, half the time of the
    scan of the opening's letters)."""
    pieces = text[:1500].split()
    if sum(map(_plain(function).__contains__, pieces)) >= _MIN_SHARE * ((min(len(text), 1500) + 1) // 2):
        return True
    words = _WORD_RE.findall(text, 0, 1500)
    if len(words) < _MIN_WORDS:
        return True
    return sum(map(function.__contains__, map(str.lower, words))) >= _MIN_SHARE * len(words)


def _capitalised(text: str) -> bool:
    """The text writes capitals (at least one word in 200 of its opening begins with one),
    or has too few words to tell."""
    words = _WORD_RE.findall(text, 0, 5000)
    return len(words) < _MIN_WORDS or sum(1 for x in words if x[0].isupper()) * 200 >= len(words)


def _clause_rows(chunk, *, gaz: Lexicon, include_boilerplate: bool, cues: CueTable | None = None) -> list:
    """:func:`chunk_rows` by the clause rules of the chunk's language."""
    w = clause_words_of(chunk.language)
    cues = cues_of(chunk.language) if cues is None else cues
    rows = []
    docs = chunk.documents
    for doc_id, outlet, text, facts in zip(docs["doc_id"], docs["outlet"], docs["text"], chunk.facts()):
        if include_boilerplate:
            facts = facts.without_boilerplate()
        spans: list = []
        wd = w if _capitalised(text) else uncased(w)  # a text all in lower case: names by role words
        atts = clause_cues.extract(text, facts, cues, wd, spans=spans)
        clause_resolution.resolve(text, atts, gaz, wd, sentence_of=spans)
        for a in atts:
            # one id per spelling of the canonical speaker (the English linking of names is English's)
            a.extra.setdefault("speaker_id", (a.canonical or "").casefold())
            rows.append(_row(doc_id, outlet, text, a, cues))
    return rows


def _row(doc_id, outlet, text, a: Attribution, cues: CueTable) -> tuple:
    sp = a.speaker or (None, None)
    cue = a.cue or (None, None)
    return (
        doc_id, outlet,
        text[sp[0]:sp[1]] if a.speaker else "", a.canonical, a.extra.get("speaker_id", ""), a.category,
        text[cue[0]:cue[1]] if a.cue else "", a.cue_lemma, a.kind, text[a.content[0]:a.content[1]],
        sp[0], sp[1], cue[0], cue[1], a.content[0], a.content[1],
        # the sentence, within WINDOW characters of the cue: a megabyte-long "sentence" (text
        # without full stops) is not copied into every row
        text[max(a.sentence[0], (a.cue or a.content)[0] - WINDOW):min(a.sentence[1], (a.cue or a.content)[1] + WINDOW)],
        text[a.appositive[0]:a.appositive[1]] if a.appositive else "",
        text[a.addressee[0]:a.addressee[1]] if a.addressee else "",
        a.cue_lemma in cues.distancing, a.nested, a.rule,
    )
