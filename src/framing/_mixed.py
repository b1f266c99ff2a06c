"""What the scores share for a corpus of mixed languages (``language="detect"``, ``lang_col=``:
:mod:`framing.corpus.mixed`): the ``lang`` column of their long tables, and the warning when
a lexicon written in one language is scored on documents in others. Each score reads every
document by its own language's rules through :class:`framing.Corpus` (its text facts) or
:meth:`framing.Corpus.language_parts` (attribution); nothing here is on the path of a corpus
of one language."""

from __future__ import annotations

import dataclasses
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator

import pandas as pd

from ._runner import corpus_language, corpus_mixed
from .cues import CueTable, cues_of, load_cues
from .errors import FramingWarning, caller_stacklevel, warn_once
from .lang import get_language, languages
from .lexicon import bundled_lexicons, load_lexicon

__all__ = ["with_lang", "lang_frame", "lexicon_languages", "warn_after", "score_cues"]


def with_lang(rows: list, chunk) -> list:
    """The rows of a chunk (tuples whose first item is the doc_id), each with the language
    of its document (``lang``) appended, in a corpus of mixed languages; as they are otherwise."""
    if not chunk.mixed or not rows:
        return rows
    lang_of = dict(zip(chunk.documents["doc_id"], chunk.documents["lang"]))
    return [(*r, lang_of[r[0]]) for r in rows]


def lang_frame(rows: list, columns: list, *, mixed: bool) -> pd.DataFrame:
    """The table of ``rows`` with ``columns``; with a ``lang`` column after ``outlet`` when
    the corpus is of mixed languages (its rows carry it last: :func:`with_lang`)."""
    mixed = mixed or (bool(rows) and len(rows[0]) > len(columns))
    if not mixed:
        return pd.DataFrame(rows, columns=columns)
    df = pd.DataFrame(rows, columns=[*columns, "lang"])
    at = columns.index("outlet") + 1 if "outlet" in columns else 1
    return df[[*columns[:at], "lang", *columns[at:]]]


def lexicon_languages(lex, corpus, load: dict) -> Counter | None:
    """The lexicon's language against the corpus's. One language: a warning now when they
    differ (None returned). Mixed languages: a Counter for :func:`framing._runner.map_corpus`
    to count each language's documents in as they are read, and :func:`warn_after` to
    report from (None when the lexicon names no language)."""
    if not lex.language:
        return None
    if corpus_mixed(corpus, load):
        return Counter()
    read = get_language(corpus_language(corpus, load))
    if read.code != lex.language:
        own = get_language(lex.language)
        theirs = [name for name in bundled_lexicons() if load_lexicon(name).language == read.code]
        # a language registered from a copy of another keeps its name: then the codes tell them apart
        ours, them = ((own.name, read.name) if own.name != read.name else
                      (f"{own.name} ({own.code})", f"{read.name} ({read.code})"))
        warn_once(f"lexicon {lex.name!r} is written in {own.name} (language: {own.code}) but the corpus is read as "
                  f"{read.name} (language: {read.code}): its quotation marks, sentences and names in marks are read as "
                  f"{them}'s. If the corpus is in {ours}, pass language={own.code!r} (--language {own.code}); if it "
                  f"is in {them}, {ours} patterns miss its words: score it with a lexicon in {them}"
                  f"{' (bundled: ' + ', '.join(theirs) + ')' if theirs else ''}. "
                  "framing.detect_languages tells each document's language.", corpus)  # once per loaded corpus
    return None


def warn_after(parts: Iterable, lex, languages: Counter | None) -> Iterator:
    """``parts`` as they come, then, for a corpus of mixed languages, one warning when some
    of its documents are in another language than the lexicon's (counted in ``languages``
    while the parts were made)."""
    yield from parts
    if languages is None:
        return
    other = [(code or "none", n) for code, n in languages.most_common() if code != lex.language]
    if not other:
        return
    own, total = get_language(lex.language), sum(languages.values())
    n = sum(k for _, k in other)
    warnings.warn(f"lexicon {lex.name!r} is written in {own.name} (language: {own.code}); {n} of the corpus's {total} "
                  f"documents are in other languages ({', '.join(f'{c} {k}' for c, k in other)}): its patterns are looked "
                  f"for in them too, where they find nothing or another language's words. Group by language (by='lang') or "
                  f"score the {own.name} documents alone (corpus.subset(lang={own.code!r})).",
                  FramingWarning, stacklevel=caller_stacklevel())


def score_cues(cues, corpus, load: dict) -> tuple[CueTable | None, CueTable]:
    """The cue tables of a sourcing score: ``(the one the documents are read with, the one
    whose distancing cues the table marks)``. One language (or a table given): its table,
    twice. Mixed languages: None (each document read with its language's own) and its
    language's table marking the distancing cues of every language that has one."""
    if cues is not None or not corpus_mixed(corpus, load):
        table = load_cues(cues, language=corpus_language(corpus, load))
        return table, table
    tables = [cues_of(code) for code in languages() if get_language(code).file("cues.yaml") is not None]
    distancing = frozenset().union(*(t.distancing for t in tables))
    return None, dataclasses.replace(cues_of(corpus_language(corpus, load)), distancing=distancing)
