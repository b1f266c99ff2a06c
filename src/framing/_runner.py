"""Running work over a corpus chunk by chunk: the one place that turns what a user passes
(a path, a DataFrame, a Corpus, an iterable of chunks) into chunks, checks the options for
reading it (:func:`framing.corpus.check_load`), and shares the chunks among processes.
Scoring modules (terms, sources, dask) use these functions; none reaches into another's
privates. It imports :mod:`framing.corpus`, never the reverse."""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import partial

import pandas as pd

from ._parallel import map_chunks, split_frames
from .corpus import LOAD_OPTIONS, Corpus, as_corpus, check_load, iter_corpus
from .corpus.mixed import DETECT
from .corpus.model import unbalanced_marks, warn_unbalanced
from .errors import FramingError, MarksWarning
from .groups import Grouping
from .lang import DEFAULT_LANGUAGE
from .lexicon import about_sample, warn_fit

__all__ = ["LOAD_OPTIONS", "check_load", "corpus_language", "corpus_mixed", "documents", "map_corpus", "on_frame"]


def documents(source, **load) -> Iterator[Corpus]:
    """Yield the corpus as chunks: a path is streamed, anything else is one chunk (or the
    chunks of an iterable); ``load`` as checked by :func:`map_corpus`."""
    if isinstance(source, (Corpus, pd.DataFrame)):  # a Corpus read again only for the options that apply to it
        yield as_corpus(source, **load)
    elif isinstance(source, (str, bytes)) or hasattr(source, "__fspath__"):
        yield from iter_corpus(source, **load)
    elif isinstance(source, Iterable):
        for chunk in source:
            yield as_corpus(chunk, **load)
    else:
        raise FramingError(f"cannot read a corpus from {type(source).__name__}; give a path, a DataFrame or a Corpus.")


def corpus_language(corpus, load: dict) -> str | None:
    """The language the chunks of ``corpus`` will be in: the ``language`` option, else a
    Corpus's own (None: the default, English). In a corpus of mixed languages
    (:func:`corpus_mixed`), the language of the documents whose own is not served."""
    language = load.get("language")
    if language == DETECT:
        return None
    return language or (corpus.language if isinstance(corpus, Corpus) else None)


def corpus_mixed(corpus, load: dict) -> bool:
    """Whether each document of ``corpus`` is read in its own language: ``language="detect"``
    or ``lang_col=`` among the options, else a Corpus of mixed languages given no
    ``language``."""
    if load.get("language") == DETECT or load.get("lang_col"):
        return True
    return not load.get("language") and isinstance(corpus, Corpus) and corpus.mixed


def map_corpus(func, corpus, *, jobs: int, progress: bool, load: dict, languages: Counter | None = None,
               fit=None, **kw) -> Iterator:
    """``func(chunk, **kw)`` for each chunk of the corpus, in order. On one process the
    chunks go as read; on several, as pieces cut from them, sent as plain tables (a
    Corpus' caches stay behind) and made a Corpus again where they are scored.
    ``languages``, when given, counts the documents of each language (``lang``) of a
    corpus of mixed languages as they are read. A lexicon given as ``fit``, or a source
    gazetteer given to ``func`` (``gaz=``), that says what it is about (``fit: about``) is
    checked on the chunks as they are read, and a warning said once the last part is made
    when the corpus hardly speaks of it (:func:`framing.lexicon.fit_warning`)."""
    check_load(load)
    chunks = documents(corpus, **load)
    if languages is not None:
        chunks = _counted(chunks, languages)
    (lex, what), sample = ((fit, "lexicon") if fit is not None else (kw.get("gaz"), "gazetteer")), Counter()
    checked = lex is not None and lex.about is not None
    if checked:
        chunks = _sampled(chunks, lex, sample)
    # the documents whose marks are too unbalanced, and a grouping's missing values merged
    # with a literal "unknown", counted over every chunk (or piece) for one warning at the
    # end: each was one per chunk of 1,000, with that chunk's counts
    marks: list = [0]
    grp, unknown = kw.get("grouping"), Counter()
    if isinstance(grp, Grouping):
        kw["grouping"] = grp.quieted()
    if jobs == 1:
        parts = map_chunks(partial(_marked, work=func, marks=marks, unknown=unknown, **kw), chunks, jobs=1,
                           progress=progress)
    else:
        # the pieces travel as plain tables: the language goes with the function
        language, mixed = corpus_language(corpus, load), corpus_mixed(corpus, load)
        pieces = split_frames((c.documents for c in chunks), jobs)
        parts = map_chunks(partial(on_frame, _marked, language=language, mixed=mixed, work=func, **kw), pieces,
                           jobs=jobs, progress=progress)
        parts = _tallied(parts, marks, unknown)
    if isinstance(grp, Grouping):
        parts = _then(parts, lambda: grp.warn_unknown(unknown))
    if load.get("warn") is not False:
        parts = _then(parts, lambda: warn_unbalanced([], [], bad=marks[1:], total=marks[0],
                                                     corpus=corpus if isinstance(corpus, Corpus) else None))
    return _then_fit(parts, lex, what, sample, corpus) if checked else parts


def _marked(chunk: Corpus, *, work, marks: list | None = None, unknown: Counter | None = None, **kw):
    """``work(chunk)``, the chunk's text facts computed first with the warning on unbalanced
    marks silenced: ``marks`` (this process) gets the documents read and those whose marks
    are too unbalanced, ``unknown`` the counts of a (quiet) ``grouping``'s missing and literal
    "unknown" values; without them (another process), they come back with the answer."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarksWarning)
        facts = chunk.facts()
    bad = unbalanced_marks(list(chunk.documents["doc_id"]), facts)
    grp = kw.get("grouping")
    seen = grp.unknown_counts(chunk.documents) if isinstance(grp, Grouping) else Counter()
    if marks is None:
        return work(chunk, **kw), len(facts), bad, seen
    marks[0] += len(facts)
    marks.extend(bad)
    unknown.update(seen)
    return work(chunk, **kw)


def _tallied(parts: Iterator, marks: list, unknown: Counter) -> Iterator:
    """The answers of :func:`_marked` from other processes, their counts of marks added to
    ``marks`` and of a grouping's "unknown" values to ``unknown``."""
    for part, n, bad, seen in parts:
        marks[0] += n
        marks.extend(bad)
        unknown.update(seen)
        yield part


def _sampled(chunks: Iterator[Corpus], lex, sample: Counter) -> Iterator[Corpus]:
    for chunk in chunks:
        sample.update(about_sample(lex, chunk.documents["text"]))
        yield chunk


def _then_fit(parts, lex, what: str, sample: Counter, corpus) -> Iterator:
    """``parts`` as they come, then the fit warning (once per loaded corpus)."""
    yield from parts
    warn_fit(lex, corpus, documents=sample["about_checked"], about_docs=sample["about_docs"], what=what)


def _then(parts: Iterator, after) -> Iterator:
    """``parts`` as they come, then ``after()``."""
    yield from parts
    after()


def _counted(chunks: Iterator[Corpus], languages: Counter) -> Iterator[Corpus]:
    for chunk in chunks:
        if chunk.mixed:
            languages.update(chunk.documents["lang"])
        yield chunk


def on_frame(func, docs: pd.DataFrame, *, language: str | None = None, mixed: bool = False, **kw):
    """``func`` on a plain table of documents (as sent to another process or Dask worker),
    in ``language`` (English by default), or each document in its own (``mixed``: its
    ``lang`` column)."""
    return func(Corpus(docs, language=language or DEFAULT_LANGUAGE, mixed=mixed), **kw)
