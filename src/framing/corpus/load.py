"""Loading a corpus: the source (a path, a DataFrame) read by its registered reader, chunk
by chunk, each chunk prepared (:func:`framing.corpus.prepare.prepare_chunk`) and its problems
warned about once; the options for reading checked here for every function that takes a corpus."""

from __future__ import annotations

import difflib
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from .._params import check
from .._record import note_corpus
from ..errors import CorpusError, FramingError, warn_once
from . import readers
from .checks import DateFormats, OutletNames, missing_column
from .duplicates import COPY, DUPLICATES, REPEAT_ACTION, Sketches, select
from .mixed import DocumentLanguages, language_options
from .model import PROBLEMS_SHOWN, Corpus, Problems
from .prepare import SeenIds, isnull, prepare_chunk
from .registry import format_of, formats_text, reader_for

__all__ = ["load_corpus", "iter_corpus", "as_corpus", "check_load", "LOAD_OPTIONS", "CORPUS_OPTIONS", "source_name"]


def _chunks(source, *, text_col: str, outlet_col: str, id_col: str, chunksize: int, problems: Problems,
            encoding: str | None) -> Iterator[pd.DataFrame]:
    cols = dict(text_col=text_col, outlet_col=outlet_col, id_col=id_col)
    if isinstance(source, pd.DataFrame):
        yield from readers.read_frame(source, chunksize=chunksize, problems=problems, **cols)
        return
    path = Path(source)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder. Give {formats_text()}.")
    if path.is_file() and reader_for(path, one_document=True) is not None and reader_for(path) is None:
        # one file of a one-document format (an export, a web page, a text) given as the corpus
        read = readers.folder.read_document_file
    elif path.is_dir():
        read = readers.folder.read_folder
    else:
        read = None
    if read is not None:
        named = False
        for df in read(path, chunksize=chunksize, problems=problems, encoding=encoding):
            # the folder reader already gives doc_id, outlet and text (and reports problems)
            df = _document_columns(df, str(path), cols)
            named = named or bool((df["outlet"] != "unknown").any())
            front = ["doc_id", "outlet", "text"]
            yield df[front + [c for c in df.columns if c not in front]]
        if not named:
            problems.add(str(path), None, None, "no outlet: no metadata.csv names one, nor does any file",
                         "every document's outlet is 'unknown'; add a metadata.csv with doc_id and outlet columns")
    else:
        reader = format_of(path)
        yield from reader.read(path, chunksize=chunksize, problems=problems, encoding=encoding, **cols)


def _document_columns(df: pd.DataFrame, source: str, cols: dict) -> pd.DataFrame:
    """The column options for documents read from files: the text is the files'; an outlet
    or id column named must be one of metadata.csv's (or an export's), and is then used."""
    if cols["text_col"] != "text":
        raise CorpusError(f"{source}: text_col={cols['text_col']!r} (--text-col) names a column of a table; the text of "
                          "a folder's documents is their files' text.")
    for option, flag, target in (("outlet_col", "--outlet-col", "outlet"), ("id_col", "--id-col", "doc_id")):
        name = cols[option]
        if name == target:
            continue
        if name not in df.columns:
            raise missing_column(source, name, option, flag, [c for c in df.columns if c != "text"])
        df = df.copy()
        values = df[name].map(lambda v: "" if isnull(v) else str(v).strip())
        df[target] = values.where(values != "", "unknown") if target == "outlet" else values.where(values != "",
                                                                                                 df["doc_id"])
    return df


def source_name(source) -> str:
    """How problems and the corpus name where it came from."""
    return "<DataFrame>" if isinstance(source, pd.DataFrame) else str(source)


def _choices(duplicates: str | None, copy: str | None) -> tuple[str, str]:
    """The ``duplicates`` and ``copy`` options, their defaults filled in and checked."""
    duplicates = "drop" if duplicates is None else duplicates
    copy = "all" if copy is None else copy
    check("duplicates", duplicates, DUPLICATES)
    check("copy", copy, COPY)
    return duplicates, copy


def _selecting(duplicates: str, copy: str) -> bool:
    return duplicates == "drop" or copy != "all"


def iter_corpus(source, *, text_col: str = "text", outlet_col: str = "outlet", id_col: str = "doc_id",
                title_col: str = "title", chunksize: int = 1000, encoding: str | None = None,
                fix_mojibake: bool = False, warn: bool = True, problems_shown: int = PROBLEMS_SHOWN,
                language: str | None = None, normalise_groups: bool = False, duplicates: str | None = None,
                copy: str | None = None, lang_col: str | None = None) -> Iterator[Corpus]:
    """Stream a corpus in chunks of at most ``chunksize`` documents (bounded memory).

    Each chunk is a :class:`Corpus` whose ``problems`` are the problems met while reading
    it. Same arguments as :func:`load_corpus`. With ``duplicates="drop"`` (the default) or
    ``copy`` other than ``"all"``, the source is read twice: once to find the near-duplicates
    (holding each document's word 5-grams as 8-byte hashes, not its text), once to stream
    the documents chosen; ``duplicates="keep"`` reads it once, in flat memory.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"text": ["a", "b", "c"]})
    >>> [len(c) for c in iter_corpus(df, chunksize=2)]
    [2, 1]
    """
    if chunksize < 1:
        raise CorpusError(f"chunksize must be at least 1, not {chunksize}.")
    language, read = _reading(language, lang_col, text_col=text_col, outlet_col=outlet_col, id_col=id_col,
                              title_col=title_col, chunksize=chunksize, encoding=encoding, fix_mojibake=fix_mojibake,
                              normalise_groups=normalise_groups)
    duplicates, copy = _choices(duplicates, copy)
    problems = Problems()
    name = source_name(source)
    try:
        yield from _stream(source, problems, read, language, duplicates, copy)
    finally:
        if warn:
            problems.summarise(name, problems_shown)


def _reading(language: str | None, lang_col: str | None, **read) -> tuple[str, dict]:
    """The code of the corpus's language and the options of :func:`_prepared`: ``read``, and
    ``languages`` (``(default, detect, lang_col)``) for a corpus of mixed languages, else None."""
    language, detect, mixed = language_options(language, lang_col)
    return language, dict(read, languages=(language, detect, lang_col) if mixed else None)


def _no_documents(mixed: bool) -> pd.DataFrame:
    """The documents of a corpus that has none (a ``lang`` column too in one of mixed languages)."""
    return pd.DataFrame(columns=["doc_id", "outlet", "text"] + (["lang"] if mixed else []))


def _stream(source, problems: Problems, read: dict, language: str, duplicates: str, copy: str) -> Iterator[Corpus]:
    """The chunks of :func:`iter_corpus`, their problems added to ``problems``."""
    table = None
    mixed = read.get("languages") is not None
    if _selecting(duplicates, copy):  # a first reading, for the near-duplicates (its problems are met again below)
        wire = copy != "all"  # repeats need no agency, nor the documents' languages
        sketches = Sketches(language=language, wire=wire, mixed=mixed and wire)
        for df in _prepared(source, problems=Problems(), **(read if wire else dict(read, languages=None))):
            sketches.add(df)
        table = sketches.table().set_index("doc_id")
    seen = documents = by_copy = 0
    name = source_name(source)
    for df in _prepared(source, problems=problems, **read):
        if table is not None and len(df):
            keep, left_out = select(table.loc[df["doc_id"]].reset_index(), duplicates=duplicates, copy=copy)
            for doc_id, problem, action in left_out:
                problems.add(name, doc_id, None, problem, action)
            by_copy += int((~keep).sum()) - len(left_out)
            df = df[keep].reset_index(drop=True)
        chunk_problems = problems.frame().iloc[seen:]
        seen = len(problems.rows)
        documents += len(df)
        yield Corpus(df, chunk_problems.reset_index(drop=True), name, language, mixed=mixed)
    if documents == 0 and by_copy:
        raise CorpusError(f"{name}: {_none_left(copy, by_copy)}")
    if documents == 0 and not isinstance(source, pd.DataFrame) and not problems.rows:
        # a file with nothing in it: an empty table would pass for a corpus that uses no term
        raise CorpusError(f"{name}: the file holds no document (its columns and no row, or no line at all). "
                          "Check that it is the corpus you meant, or the export cut short.")
    if len(problems.rows) > seen:
        yield Corpus(_no_documents(mixed), problems.frame().iloc[seen:].reset_index(drop=True), name, language, mixed=mixed)
    note_corpus(source, documents=documents, problems=problems.rows)  # read whole: a table's manifest names it


def _prepared(source, *, problems: Problems, text_col: str, outlet_col: str, id_col: str, title_col: str,
              chunksize: int, encoding: str | None, fix_mojibake: bool,
              normalise_groups: bool = False, languages: tuple | None = None) -> Iterator[pd.DataFrame]:
    """The chunks of a source, read and prepared (:func:`prepare_chunk`); outlet names that
    differ only in case or spaces and dates in mixed formats reported at its end. With
    ``languages`` (``(default, detect, lang_col)``), each document's language in ``lang``,
    the documents not read in their own reported at the end too."""
    ids = SeenIds()
    name = source_name(source)
    outlets, dates = OutletNames(merge=normalise_groups), DateFormats()
    langs = None if languages is None else DocumentLanguages(default=languages[0], detect=languages[1],
                                                             lang_col=languages[2])
    try:
        for df in _chunks(source, text_col=text_col, outlet_col=outlet_col, id_col=id_col, chunksize=chunksize,
                          problems=problems, encoding=encoding):
            df = prepare_chunk(df, ids=ids, problems=problems, source=name, text_col=text_col, title_col=title_col,
                               fix_mojibake=fix_mojibake)
            df = outlets.apply(df)
            dates.apply(df)
            if langs is not None:
                df = langs.apply(df, name)
            yield df
        outlets.report(problems, name)
        dates.report(problems, name)
        if langs is not None:
            langs.report(problems, name)
    finally:
        ids.close()



def load_corpus(source: "str | Path | pd.DataFrame | Corpus", *, text_col: str = "text", outlet_col: str = "outlet",
                id_col: str = "doc_id", title_col: str = "title", encoding: str | None = None,
                fix_mojibake: bool = False, warn: bool = True, chunksize: int = 100_000,
                problems_shown: int = PROBLEMS_SHOWN, language: str | None = None, normalise_groups: bool = False,
                duplicates: str | None = None, copy: str | None = None, lang_col: str | None = None) -> Corpus:
    """Load a whole corpus into memory.

    Parameters
    ----------
    source : path, DataFrame or Corpus
        A folder of ``.txt`` files (``doc_id`` = file name without ``.txt``; an optional
        ``metadata.csv`` with a ``doc_id`` column adds ``outlet``, ``date`` and any other
        columns), a ``.csv``, ``.jsonl``, ``.jsonl.gz`` or ``.parquet`` file, or a DataFrame.
        Database exports (Nexis, Nexis Uni, Lexis Advance, Factiva: ``.txt``, ``.html``,
        ``.rtf``, ``.docx``) and saved web pages (``.html``) are read one document per
        article, alone or in a folder (``docs/your-own-corpus.md``).
    text_col, outlet_col, id_col : str
        Column names in a table input. Without an id column documents are numbered by row
        (CSV: the line number; JSON Lines: the line number; DataFrame: the position).
    title_col : str
        The column of headlines, in a table or in ``metadata.csv`` (kept as ``title``). A
        headline there is scored as the document's title part, with offsets into the
        headline (mentions say ``field == "title"``); when the text starts with the same
        headline, the text's own is scored and the column is not.
    fix_mojibake : bool
        Repair text encoded twice ("AndrÃ©s" → "Andrés") with ftfy's ``fix_encoding``. It is
        reported either way, per document, in ``problems``; without this option the text is
        kept as read.
    encoding : str, optional
        Force one encoding. By default UTF-8 is read (a byte-order mark is dropped) and
        other encodings of ``.txt`` files are detected and reported.
    warn : bool
        Emit one :class:`FramingWarning` summing up the problems met (they are listed in
        ``Corpus.problems`` either way).
    chunksize : int
        Documents read at a time (the whole corpus is returned either way).
    problems_shown : int
        How many problems that warning lists one by one (default 5; the command line lists 200).
    language : str, optional
        The documents' language, a code of :func:`framing.lang.languages` (English,
        ``"en"``, unless given; a Corpus keeps its own unless given), or ``"detect"``: each
        document's language is detected (py3langid, :func:`framing.detect_languages`) and
        the document read by its rules (a corpus of mixed languages, below).
    lang_col : str, optional
        The column giving each document's language (``"lang"``; ISO 639-1 codes, any case,
        a region after ``-`` or ``_`` left out): each document is read by its own
        language's rules; a document whose cell is empty is read in ``language`` (English
        unless given), or detected with ``language="detect"``.

        Either way the corpus is of **mixed languages** (``Corpus.mixed``): the documents
        have a ``lang`` column (the code given or detected; "" when there is none), which
        groups any table (``by="lang"``); every score reads each document by its own
        language's quotation marks, sentences, cue table and speaker rules, and its tables
        of mentions and attributions have a ``lang`` column. A document whose language
        framing has no folder for, or that has none, is read in ``language`` (English unless
        given), as a corpus given no language is; one problem (in the load warning) names
        those languages and counts their documents.
    normalise_groups : bool
        Merge outlet names that differ only in case or spaces ("nyt", "NYT", "N Y T" is
        not one of them): each is written as its first spelling met. Either way such names
        are reported, in one problem naming them.
    duplicates : {"drop", "keep"}, optional
        ``"drop"`` (the default): an article that repeats one of the same outlet (the
        shorter shares at least half of its word 5-grams with it; :func:`framing.find_duplicates`)
        is left out, so that no outlet's article counts twice; each is listed in ``problems``
        and counted in the load warning. ``"keep"`` keeps every document read. Given with a
        Corpus, the choice is made again from the documents it was loaded from.
    copy : {"all", "own", "wire"}, optional
        Which documents to score: ``"all"`` (the default), an outlet's ``"own"`` reporting,
        or its ``"wire"`` copy (a dateline or credit names an agency that is not the outlet,
        or the article is a near-duplicate of one that does).

    Returns
    -------
    Corpus
        ``documents`` with columns ``doc_id, outlet, text`` and the rest of the input.

    Raises
    ------
    CorpusError
        Nothing could be read: no such path, an unknown format, no text column; or a
        column option (``outlet_col``, ``id_col``, ``title_col``) names a column the
        corpus lacks (the error lists its columns).

    Notes
    -----
    A doc_id seen before with the same text is skipped (it would be counted twice); a
    doc_id seen before with another text is kept as ``ID#2`` (``#3`` …). Both are listed
    in ``problems``. So is each near-duplicate left out by ``duplicates="drop"``; the
    corpus keeps the table it decided from as ``Corpus.copies`` (its agencies are looked
    for only when ``copy`` asks for them: :func:`framing.find_duplicates` has them all).

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = load_corpus(pd.DataFrame({"source": ["AFP"], "body": ["The army said so."]}),
    ...                      text_col="body", outlet_col="source")
    >>> corpus.documents[["doc_id", "outlet", "text"]].values.tolist()
    [['0', 'AFP', 'The army said so.']]
    """
    if isinstance(source, Corpus):
        if language is not None or lang_col is not None:
            source = _languages_again(source, language, lang_col, warn=warn, problems_shown=problems_shown)
        if normalise_groups:
            source = _merged(source, warn=warn, problems_shown=problems_shown)
        if duplicates is None and copy is None:
            return source
        return _reselect(source, *_choices(duplicates, copy), warn=warn, problems_shown=problems_shown)
    duplicates, copy = _choices(duplicates, copy)
    if chunksize < 1:
        raise CorpusError(f"chunksize must be at least 1, not {chunksize}.")
    name = source_name(source)
    language, read = _reading(language, lang_col, text_col=text_col, outlet_col=outlet_col, id_col=id_col,
                              title_col=title_col, chunksize=chunksize, encoding=encoding, fix_mojibake=fix_mojibake,
                              normalise_groups=normalise_groups)
    mixed = read["languages"] is not None
    problems = Problems()
    try:
        frames = [c.documents for c in _stream(source, problems, read, language, "keep", "all") if len(c.documents)]
    except BaseException:
        if warn:
            problems.summarise(name, problems_shown)
        raise
    docs = pd.concat(frames, ignore_index=True) if frames else _no_documents(mixed)
    corpus = Corpus(docs, problems.frame(), name, language, selection=("keep", "all"), mixed=mixed)
    if _selecting(duplicates, copy):
        corpus = _reselect(corpus, duplicates, copy, warn=False, problems=problems)
    if warn:
        problems.summarise(name, problems_shown)
    return corpus


def _none_left(copy: str, left_out: int) -> str:
    """Why a choice of ``copy`` left no document (``left_out`` documents read were not that copy)."""
    what = ("wire copy (a dateline or credit names an agency that is not the outlet, or it is a near-duplicate of "
            "such a document)" if copy == "wire" else "an outlet's own reporting: every one is wire copy")
    return (f"copy={copy!r} (--copy {copy}) leaves no document to score: none of the {left_out:,} document(s) read is "
            f"{what}. Score every document with copy='all' (--copy all); `framing duplicates CORPUS --per-outlet` "
            "lists the wire copy of each outlet.")


def _reselect(corpus: Corpus, duplicates: str, copy: str, *, warn: bool, problems_shown: int = PROBLEMS_SHOWN,
              problems: Problems | None = None) -> Corpus:
    """``corpus`` with ``duplicates`` and ``copy`` chosen from every document it was read
    with (its documents and those set aside); the repeats left out added to ``problems``
    (in place) or to a copy of its problems, warned about when not reported before."""
    if corpus.selection == (duplicates, copy):
        return corpus
    docs = corpus.documents
    if corpus.set_aside is not None and len(corpus.set_aside):
        docs = pd.concat([docs, corpus.set_aside], ignore_index=True)
    table = corpus.copies
    if table is not None:  # the documents back in the order they were read
        order = pd.Series(range(len(table)), index=table["doc_id"])
        docs = docs.iloc[order.loc[docs["doc_id"]].argsort(kind="stable")].reset_index(drop=True)
    if table is None or (copy != "all" and not table.attrs.get("wire", True)):
        table = Sketches(language=corpus.language, wire=copy != "all", mixed=corpus.mixed).add(docs).table()
    keep, left_out = select(table, duplicates=duplicates, copy=copy)
    by_copy = int((~keep).sum()) - len(left_out)
    if by_copy and not keep.any():  # an empty table with no word would read as a corpus that uses no term
        warn_once(f"{corpus.source}: {_none_left(copy, by_copy)} Every table of it is empty.", corpus,
                  key=("none_left", copy))
    if problems is None:
        problems = Problems()
        problems.extend(corpus.problems[corpus.problems["action"] != REPEAT_ACTION])
        reported = corpus.selection is not None and corpus.selection[0] == "drop"
        new = Problems()
        for doc_id, problem, action in left_out:
            problems.add(corpus.source, doc_id, None, problem, action)
            new.add(corpus.source, doc_id, None, problem, action)
        if warn and not reported:
            new.summarise(corpus.source, problems_shown)
    else:
        for doc_id, problem, action in left_out:
            problems.add(corpus.source, doc_id, None, problem, action)
    return Corpus(docs[keep].reset_index(drop=True), problems.frame(), corpus.source, corpus.language,
                  copies=table, set_aside=docs[~keep].reset_index(drop=True), selection=(duplicates, copy),
                  mixed=corpus.mixed)



#: The keyword options every function that takes a corpus passes on to reading it.
LOAD_OPTIONS = tuple(p for p in inspect.signature(load_corpus).parameters if p != "source")
#: Those of them that apply to a Corpus already loaded (the others are how a source is read).
CORPUS_OPTIONS = ("language", "lang_col", "normalise_groups", "duplicates", "copy")


def check_load(load: dict) -> None:
    """Refuse an option that is not one for reading a corpus (``voise="narrator"`` was
    taken silently), naming the nearest option of the reading or of the functions called
    (``count_terms``' own ``voice``: read from the call stack, so no list is kept)."""
    unknown = [k for k in load if k not in LOAD_OPTIONS]
    if not unknown:
        return
    k = unknown[0]
    near = difflib.get_close_matches(k, sorted(set(LOAD_OPTIONS) | _callers_options()), n=1)
    hint = f"; did you mean {near[0]!r}?" if near else "."
    raise FramingError(f"unknown option {k!r}{hint} Options for reading the corpus: {', '.join(LOAD_OPTIONS)}; "
                       "see help() of the function for its own.")


def _callers_options() -> set[str]:
    """The parameter names of the framing functions on the call stack, and of the public
    functions of the package as far as it is loaded (read from ``sys.modules``, not
    imported: this package imports nothing above it)."""
    names: set[str] = set()
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_globals.get("__name__", "").startswith("framing"):
            code = frame.f_code
            names.update(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
        frame = frame.f_back
    package = sys.modules.get(__name__.split(".")[0])
    for name in getattr(package, "__all__", ()):
        obj = getattr(package, name, None)
        if callable(obj):
            try:
                names.update(inspect.signature(obj).parameters)
            except (TypeError, ValueError):
                pass
    return {n for n in names if not n.startswith("_")}


def as_corpus(source, **kwargs) -> Corpus:
    """A Corpus from a Corpus, a DataFrame or a path (the argument every function takes);
    an option that is not one of :func:`load_corpus`'s is refused, also for a Corpus."""
    check_load(kwargs)
    if isinstance(source, Corpus):
        keep = {k: kwargs[k] for k in CORPUS_OPTIONS if kwargs.get(k)}
        return load_corpus(source, **keep) if keep else source
    return load_corpus(source, **kwargs)


def _merged(corpus: Corpus, *, warn: bool, problems_shown: int) -> Corpus:
    """A loaded corpus with its outlet names that differ only in case or spaces merged (reported)."""
    outlets, problems = OutletNames(merge=True), Problems()
    docs = outlets.apply(corpus.documents)
    outlets.report(problems, corpus.source)
    if docs is corpus.documents:
        return corpus
    if warn:
        problems.summarise(corpus.source, problems_shown)
    return Corpus(docs, pd.concat([corpus.problems, problems.frame()], ignore_index=True), corpus.source, corpus.language,
                  corpus.copies, corpus.set_aside, corpus.selection, corpus.mixed)


def _languages_again(corpus: Corpus, language: str | None, lang_col: str | None, *, warn: bool,
                     problems_shown: int) -> Corpus:
    """A loaded corpus read in another language, or each document in its own (``language=
    "detect"``, ``lang_col=``; a document with none read in ``language``, else the corpus's)."""
    default, detect, mixed = language_options(corpus.language if language is None else language, lang_col)
    if not mixed:
        if not corpus.mixed and default == corpus.language:
            return corpus
        return Corpus(corpus.documents, corpus.problems, corpus.source, default, corpus.copies, corpus.set_aside,
                      corpus.selection)
    langs, problems = DocumentLanguages(default=default, detect=detect, lang_col=lang_col), Problems()
    docs = langs.apply(corpus.documents, corpus.source)
    aside = corpus.set_aside
    if aside is not None and len(aside):
        aside = langs.apply(aside, corpus.source)
    langs.report(problems, corpus.source)
    if warn:
        problems.summarise(corpus.source, problems_shown)
    return Corpus(docs, pd.concat([corpus.problems, problems.frame()], ignore_index=True), corpus.source, default,
                  corpus.copies, aside, corpus.selection, True)
