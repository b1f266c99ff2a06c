"""The loaded corpus (:class:`Corpus`) and the problems met while loading it (:class:`Problems`)."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..errors import WARNINGS_GIVEN, CorpusError, FramingWarning, MarksWarning, caller_stacklevel, warn_once
from ..groups import grouping, parse_dates
from ..lang import DEFAULT_LANGUAGE, get_language, languages
from ..text import analyze
from .registry import document_endings

__all__ = ["Corpus", "Problems", "PROBLEM_COLUMNS", "PROBLEMS_SHOWN", "skips_input", "reading_code", "unbalanced_marks",
           "warn_unbalanced"]

PROBLEM_COLUMNS = ["source", "doc_id", "line", "problem", "action"]


#: at most this many documents are named in the warning on unbalanced marks
UNBALANCED_SHOWN = 5


def unbalanced_marks(doc_ids: list, facts: list) -> list[tuple]:
    """``(doc_id, (unpaired, marks))`` of the documents whose quotation marks are too
    unbalanced to read (:attr:`framing.text.TextFacts.marks_unbalanced`)."""
    return [(d, f.unpaired) for d, f in zip(doc_ids, facts) if f.marks_unbalanced]


def warn_unbalanced(doc_ids: list, facts: list, *, bad: list | None = None, total: int | None = None,
                    corpus=None) -> None:
    """One :class:`~framing.errors.MarksWarning` naming the documents whose quotation marks are too
    unbalanced to read, if any: of ``doc_ids`` and their ``facts``, or ``bad``
    (:func:`unbalanced_marks`) of ``total`` documents, counted over the chunks of a corpus
    read in parts; once per ``corpus`` when it is a Corpus."""
    bad = unbalanced_marks(doc_ids, facts) if bad is None else bad
    if not bad:
        return
    total = len(facts) if total is None else total
    named = ", ".join(f"{d} ({u} of {n} marks)" for d, (u, n) in bad[:UNBALANCED_SHOWN])
    more = f" and {len(bad) - UNBALANCED_SHOWN} more" if len(bad) > UNBALANCED_SHOWN else ""
    message = (f"{len(bad)} of {total} documents have quotation marks too unbalanced to read — at least 4, and "
               f"a quarter of their double marks, pair with no other (marks dropped, misread or stray: OCR, cut or garbled text): {named}{more}. "
               "Their quoted and narrator shares may be off; TextFacts.marks_unbalanced flags them (corpus.facts()), "
               "docs/languages.md says how their marks are read.")
    if corpus is not None:
        warn_once(message, corpus, MarksWarning, key="unbalanced marks")
    else:
        warnings.warn(message, MarksWarning, stacklevel=caller_stacklevel())


def reading_code(lang: str, default: str, have: "set[str] | frozenset[str]") -> str:
    """The language whose rules read a document in ``lang``: its own where framing has a
    folder for it (``have``), else ``default`` (the corpus's ``language``;
    :meth:`Corpus.read_in`, :func:`framing.detect_languages`)."""
    return lang if lang in have else default


@dataclass
class Corpus:
    """A loaded corpus.

    Attributes
    ----------
    documents : DataFrame
        One row per document: ``doc_id`` (str, unique), ``outlet`` (str; ``"unknown"``
        where the input names none), ``text`` (str, as decoded), then every other column of
        the input or of ``metadata.csv`` (``date``, ``title`` …).
    problems : DataFrame
        One row per problem met while loading: ``source`` (file), ``doc_id``, ``line``
        (row or line number where it applies), ``problem`` and ``action`` (``kept``,
        ``skipped`` or ``decoded``).
    source : str
        Where the corpus came from.
    language : str
        The code of the documents' language (``"en"``; :func:`framing.lang.languages`):
        whose quotation marks, sentence ends and cue table read them. In a corpus of mixed
        languages, the language of the documents whose own framing has no folder for.
    mixed : bool
        Each document is read in its own language, the ``lang`` column of ``documents``
        (loaded with ``language="detect"`` or ``lang_col=``): :meth:`read_in` says which
        language reads each.
    copies : DataFrame or None
        Made by :func:`framing.load_corpus`: one row per document read (those left out
        too), its near-duplicate group, whether it repeats an article of its outlet, its
        agency and whether it is wire copy (:mod:`framing.corpus.duplicates`).
    set_aside : DataFrame or None
        The documents read but left out by ``duplicates="drop"`` or ``copy=`` (so that
        another choice can be made from the same Corpus).
    selection : tuple or None
        ``(duplicates, copy)`` as loaded; None for a Corpus made by hand (nothing left out).

    Notes
    -----
    What is computed once per corpus (text facts, titles, per-document counts:
    :meth:`cached`) belongs to the very ``documents`` frame it was computed from: the cache
    keeps that frame and is emptied when ``documents`` is another one (``corpus.documents =
    new_frame``). An address (``id()``) is never the key: CPython gives a freed frame's
    address to the next, which returned the facts of the documents before.
    """

    documents: pd.DataFrame
    problems: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PROBLEM_COLUMNS))
    source: str = ""
    language: str = DEFAULT_LANGUAGE
    copies: pd.DataFrame | None = field(default=None, repr=False, compare=False)
    set_aside: pd.DataFrame | None = field(default=None, repr=False, compare=False)
    selection: tuple | None = None
    mixed: bool = False
    _cache: dict = field(default_factory=dict, repr=False, compare=False)
    _cache_of: Any = field(default=None, repr=False, compare=False)

    def _store(self) -> dict:
        """The cache of the current ``documents`` (emptied when they were replaced)."""
        if self._cache_of is not self.documents:
            self._cache.clear()  # everything cached was of other documents
            self._cache_of = self.documents  # held, so its identity cannot pass to another frame
        return self._cache

    def cached(self, key, compute):
        """``compute()`` once for these documents and ``key`` (e.g. per-document counts that
        several scores reuse); the answer is kept with the corpus until ``documents`` is replaced."""
        cache = self._store()
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def read_in(self) -> list[str]:
        """The language each document is read in: the corpus's, or in a corpus of mixed
        languages the document's own (``lang``) where framing has a folder for it, else
        the corpus's ``language``."""
        if not self.mixed:
            return [self.language] * len(self.documents)
        return self.cached(("read_in", self.language), self._read_in)

    def _read_in(self) -> list[str]:
        if "lang" not in self.documents.columns:
            raise CorpusError("a corpus of mixed languages (mixed=True) needs a 'lang' column in its documents: load it "
                              "with language='detect' or lang_col=.")
        have = frozenset(languages())
        return [reading_code(lang, self.language, have) for lang in self.documents["lang"]]

    def stop_words(self) -> frozenset:
        """The function words (``stop_words.txt``) of the language the corpus is read in, or
        of every language its documents are read in: what word lists leave out."""
        codes = sorted(set(self.read_in())) if self.mixed else [self.language]
        return frozenset().union(*(get_language(code).stop_words for code in codes))

    def _key(self, what: str) -> tuple:
        """The cache key of what is read in the documents' languages (``"facts"``,
        ``"titles"``): :meth:`language_parts` hands its parts theirs under the same keys."""
        return (what, self.mixed, self.language)

    def facts(self) -> list:
        """The text facts of every document (:func:`framing.text.analyze`), computed once,
        each read in its language (:meth:`read_in`)."""
        return self.cached(self._key("facts"), self._facts)

    def _facts(self) -> list:
        facts = [analyze(t, code) for t, code in zip(self.documents["text"], self.read_in())]
        warn_unbalanced(list(self.documents["doc_id"]), facts)
        return facts

    def titles(self) -> list:
        """Per document, ``(headline, facts)`` for a headline in the ``title`` column that the
        text does not already start with, or None: what is scored as the title part besides
        the text (offsets index the headline; mentions say ``field == "title"``)."""
        return self.cached(self._key("titles"), self._titles)

    def _titles(self) -> list:
        docs = self.documents
        out: list = [None] * len(docs)
        if "title" in docs.columns:
            codes = self.read_in()
            for i, (title, text, facts) in enumerate(zip(docs["title"], docs["text"], self.facts())):
                if not isinstance(title, str) or not title.strip():
                    continue
                if facts.title is not None and " ".join(text[facts.title[0]:facts.title[1]].split()) == " ".join(title.split()):
                    continue  # the text carries the same headline: it is scored there
                out[i] = (title, analyze(title, codes[i]))
        return out

    def language_parts(self) -> list[tuple[str, "Corpus"]]:
        """The corpus as runs of consecutive documents of one language (``lang``), in order:
        ``(language read in, Corpus of one language)``, their text facts those already
        computed here. A corpus of one language is one part, itself. A language framing has
        no folder for is a run of its own, read in ``language`` (its documents' ``lang``
        tells them apart); none when there are no documents."""
        if not self.mixed:
            return [(self.language, self)]
        docs, codes, facts, titles = self.documents, self.read_in(), self.facts(), self.titles()
        langs = docs["lang"].tolist()
        parts, start = [], 0
        for i in range(1, len(docs) + 1):
            if i == len(docs) or langs[i] != langs[start]:
                code = codes[start]
                part = Corpus(docs.iloc[start:i].reset_index(drop=True), self.problems, self.source, code,
                              selection=self.selection)
                part.cached(part._key("facts"), lambda a=start, b=i: facts[a:b])
                part.cached(part._key("titles"), lambda a=start, b=i: titles[a:b])
                parts.append((code, part))
                start = i
        return parts

    def groups(self, by="outlet", **grouping_options) -> list:
        """The groups of ``by`` (as in :func:`framing.count_terms`) that hold documents, sorted:
        the rows a figure per group will have."""
        g = grouping(by, **grouping_options)
        return sorted({x for x in g.labels(self.documents) if x is not None}, key=g.sort_key)

    def dated(self, date_col: str = "date") -> int:
        """How many documents have a usable date in ``date_col`` (0 when there is no such
        column): whether a table over time can be drawn."""
        if date_col not in self.documents.columns:
            return 0
        return int(parse_dates(self.documents[date_col]).notna().sum())

    def subset(self, *, outlets=None, **columns) -> "Corpus":
        """The documents of some outlets (or of some values of other columns), as a Corpus
        with the same problems and source.

        >>> import pandas as pd
        >>> c = Corpus(pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"], "text": ["", "", ""]}))
        >>> c.subset(outlets=["X"]).documents["doc_id"].tolist(), len(c.subset(outlets=[]))
        (['a', 'c'], 3)

        An empty list keeps everything (a notebook's "all outlets"); a value that no document
        has is an error naming the values there are.
        """
        docs = self.documents
        keep = pd.Series(True, index=docs.index)
        for col, values in ({"outlet": outlets} | columns).items():
            if values is None or (not isinstance(values, str) and len(values) == 0):
                continue
            if col not in docs.columns:
                raise CorpusError(f"cannot subset by {col!r}: the corpus has no such column; columns: "
                                  f"{', '.join(c for c in docs.columns if c != 'text')}.")
            values = [values] if isinstance(values, str) else list(values)
            present = set(docs[col].astype(str))
            missing = [v for v in values if str(v) not in present]
            if missing:
                raise CorpusError(f"no document has {col} {missing[0]!r}; values: {', '.join(sorted(present)[:30])}.")
            keep &= docs[col].astype(str).isin([str(v) for v in values])
        kept = docs[keep].reset_index(drop=True)
        aside = self.set_aside
        if aside is not None and len(aside):
            mask = pd.Series(True, index=aside.index)
            for col, values in ({"outlet": outlets} | columns).items():
                if values is not None and not (not isinstance(values, str) and len(values) == 0):
                    values = [values] if isinstance(values, str) else list(values)
                    mask &= aside[col].astype(str).isin([str(v) for v in values]) if col in aside.columns else False
            aside = aside[mask].reset_index(drop=True)
        copies = self.copies
        if copies is not None:  # the table of the documents kept and set aside, of these outlets (or values)
            ids = set(kept["doc_id"]) | (set(aside["doc_id"]) if aside is not None else set())
            copies = copies[copies["doc_id"].isin(ids)].reset_index(drop=True)
        sub = Corpus(kept, self.problems, self.source, self.language, copies, aside, self.selection, self.mixed)
        # what the corpus was warned about is not said again about some of its documents (errors.warn_once)
        sub.cached(WARNINGS_GIVEN, lambda: self.cached(WARNINGS_GIVEN, set))
        return sub

    def __len__(self) -> int:
        return len(self.documents)

    def __repr__(self) -> str:
        outlets = self.documents["outlet"].nunique() if len(self.documents) else 0
        n = len(self.problems)
        found = f", {n} problem{'s' if n != 1 else ''} while loading ({len(self.skipped)} skipped)" if n else ""
        langs = ""
        if self.mixed and "lang" in self.documents.columns:
            counts = self.documents["lang"].replace("", "none").value_counts()
            langs = " in " + ", ".join(f"{k} {v}" for k, v in counts.items())
        return f"<Corpus {self.source!r}: {len(self)} documents{langs}, {outlets} outlets{found}>"

    @property
    def skipped(self) -> pd.DataFrame:
        """The problems whose input was left out (files or rows that could not be read)."""
        return self.problems[self.problems["action"].map(skips_input)].reset_index(drop=True)


def skips_input(action: str) -> bool:
    """A problem whose document (a file, a line, a repeated record) was left out, as opposed
    to one kept, repaired, or a metadata row with no file."""
    return action == "line skipped" or action.startswith("skipped")


#: How many problems the load warning lists one by one, unless ``problems_shown=`` says
#: otherwise (the command line lists more: it has no ``corpus.problems`` to point to).
PROBLEMS_SHOWN = 5


class Problems:
    """Collects problems, warning about each as it is met."""

    def __init__(self):
        self.rows: list[dict[str, Any]] = []
        self._once: set = set()

    def add(self, source: str, doc_id: str | None, line: int | None, problem: str, action: str) -> None:
        self.rows.append(dict(source=source, doc_id=doc_id, line=line, problem=problem, action=action))

    def add_once(self, key, source: str, doc_id: str | None, line: int | None, problem: str, action: str) -> None:
        """:meth:`add`, the first time ``key`` is met (a fact of the whole corpus, met in every chunk)."""
        if key not in self._once:
            self._once.add(key)
            self.add(source, doc_id, line, problem, action)

    def summarise(self, source: str, shown: int | None = None) -> None:
        """One warning for the whole load: how many problems, how many inputs skipped, the
        first ``shown`` (:data:`PROBLEMS_SHOWN`), and where the rest are."""
        if not self.rows:
            return
        shown = PROBLEMS_SHOWN if shown is None else shown
        n = len(self.rows)
        skipped = sum(skips_input(r["action"]) for r in self.rows)
        where = "; every one is in corpus.problems" if shown < 100 else ""
        lines = [f"{source}: {n} problem{'s' if n > 1 else ''} while loading ({skipped} input{'s' if skipped != 1 else ''} "
                 f"skipped, the rest kept or repaired){where}:"]
        endings = [e for e, _ in document_endings()]
        for r in self.rows[:shown]:
            unit = "row" if r["source"].startswith("<") else "line"
            where = r["source"] + (f", {unit} {r['line']}" if r["line"] is not None else "")
            named = r["doc_id"] and any(r["source"].endswith(f"{r['doc_id']}{e}") for e in endings)
            who = f" ({r['doc_id']})" if r["doc_id"] and not named else ""
            lines.append(f"  {where}{who}: {r['problem']} — {r['action']}")
        if n > shown:
            lines.append(f"  … and {n - shown} more")
        warnings.warn("\n".join(lines), FramingWarning, stacklevel=caller_stacklevel())

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows, columns=PROBLEM_COLUMNS)

    def extend(self, frame: pd.DataFrame) -> None:
        """Add the rows of a problems table (met elsewhere: another process, a Dask worker)."""
        self.rows.extend(frame[PROBLEM_COLUMNS].to_dict("records"))
