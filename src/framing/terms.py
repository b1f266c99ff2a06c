"""Terminology: find lexicon mentions, score them per group, read them in context.

Every mention carries its **voice** — ``narrator`` (the outlet's own words) or ``quoted``
(inside quotation marks: a source's words or cited text) — and its **part** of the text
(``title`` or ``body``; ``boilerplate`` when included). Trailing boilerplate (bylines,
"SEE ALSO:" promotions) is left out unless ``include_boilerplate=True``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import numpy as np
import pandas as pd

from ._mixed import lang_frame, lexicon_languages, warn_after, with_lang
from ._moments import ArticleSums, merge_by_group
from ._params import JOBS, WHOLE, Options, validate_params
from ._runner import corpus_mixed, map_corpus
from ._words import context
from .corpus import Corpus
from .errors import FramingError, LexiconError
from .groups import PERIOD, Grouping, grouping
from .lang import text_direction
from .lexicon import EXAMPLE_LEXICON, Lexicon, about_sample, load_lexicon, parse_lexicon, warn_fit
from .stats import MIN_COUNT, MIN_DOCS, article_share_interval
from .text import count_voice_tokens

__all__ = ["NAMES_IN_MARKS", "find_mentions", "iter_mentions", "count_terms", "iter_count_terms", "article_counts", "kwic", "top_labels", "MENTION_COLUMNS", "SCORE_COLUMNS", "KWIC_COLUMNS", "VOICES"]

SCORE_BATCH = 5_000
"""Groups per frame when a score table is written as it is made (:func:`iter_count_terms`)."""

MENTION_COLUMNS = ["doc_id", "outlet", "family", "label", "surface", "start", "end", "voice", "part", "field"]
SCORE_COLUMNS = ["group", "family", "label", "count", "narrator_count", "quoted_count", "tokens", "rate_per_1k",
                 "share", "share_low", "share_high", "family_count", "n_docs", "family_docs", "label_docs", "too_few"]
KWIC_COLUMNS = ["doc_id", "outlet", "family", "label", "voice", "part", "field", "start", "end", "left", "match", "right"]
VOICES = ("all", "narrator", "quoted")
#: The ``voice`` option: which words are counted.
VOICE = Options(VOICES)
#: The ``names_in_marks`` option: whose words a name in marks (``«داعش»``, «Исламское
#: государство», „Tagesschau“: :attr:`framing.text.TextFacts.names`) are.
NAMES_IN_MARKS = Options(("narrator", "quoted", "apart"))


@validate_params(jobs=JOBS, names_in_marks=NAMES_IN_MARKS)
def find_mentions(corpus, *, lexicon: "str | Lexicon" = EXAMPLE_LEXICON, include_boilerplate: bool = False, jobs: int = 1,
                  progress: bool = False, names_in_marks: str = "narrator", **load) -> pd.DataFrame:
    """Every lexicon mention in the corpus, one row each.

    Parameters
    ----------
    corpus : Corpus, DataFrame or path
        What :func:`framing.load_corpus` accepts (extra keyword arguments go to it).
    lexicon : str or Lexicon
        A bundled lexicon name or a YAML file.
    include_boilerplate : bool
        Also report mentions in trailing boilerplate (``part == "boilerplate"``).
    jobs : int
        Processes to share the chunks, this one included (0: every core); the rows are the
        same, in the same order.
    progress : bool
        Show a progress bar on standard error (after two seconds).
    names_in_marks : {"narrator", "quoted", "apart"}
        The voice of a mention inside a name in marks (docs/languages.md): ``narrator``
        (default), ``quoted``, or ``apart``: ``name``.

    Returns
    -------
    DataFrame
        ``doc_id, outlet, family, label, surface, start, end, voice, part, field``, where
        ``voice`` is ``narrator`` or ``quoted`` (or ``name``, above), ``part`` is ``title``, ``body`` or
        ``boilerplate``, and ``field`` says which text the offsets index: ``text``, or
        ``title`` for a headline in the corpus' title column (``field[start:end] == surface``
        always). Rows are in document order, a title column's mentions first.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
    ...                    "text": ["The regime said “IS is beaten”."]})
    >>> find_mentions(df)[["label", "surface", "voice"]].values.tolist()
    [['regime', 'regime', 'narrator'], ['IS', 'IS', 'quoted']]
    """
    rows = []
    for part in _mention_parts(corpus, lexicon, include_boilerplate, jobs, progress, load, names_in_marks):
        rows.extend(part)
    return _mention_frame(rows, corpus_mixed(corpus, load))


@validate_params(jobs=JOBS, names_in_marks=NAMES_IN_MARKS)
def iter_mentions(corpus, *, lexicon: "str | Lexicon" = EXAMPLE_LEXICON, include_boilerplate: bool = False, jobs: int = 1,
                  progress: bool = False, names_in_marks: str = "narrator", **load) -> Iterator[pd.DataFrame]:
    """:func:`find_mentions` piece by piece, for corpora whose mentions do not fit in
    memory: tables with the same columns, in order, whose concatenation is the table
    :func:`find_mentions` returns (``framing mentions`` writes them as they come)."""
    mixed = corpus_mixed(corpus, load)
    for part in _mention_parts(corpus, lexicon, include_boilerplate, jobs, progress, load, names_in_marks):
        yield _mention_frame(part, mixed)


def _mention_parts(corpus, lexicon, include_boilerplate: bool, jobs: int, progress: bool, load: dict, names: str):
    """The mention rows of each chunk (or piece of a chunk), in order."""
    lex = load_lexicon(lexicon)
    seen = lexicon_languages(lex, corpus, load)
    return warn_after(map_corpus(_mention_rows, corpus, jobs=jobs, progress=progress, load=load, languages=seen, fit=lex,
                                 lex=lex, include_boilerplate=include_boilerplate, names=names), lex, seen)


def _mention_rows(chunk: Corpus, *, lex: Lexicon, include_boilerplate: bool, names: str = "narrator") -> list:
    rows = []
    for doc_id, outlet, field_name, text, family, label, s, e, voice, part in _chunk_mentions(chunk, lex, include_boilerplate,
                                                                                              names):
        rows.append((doc_id, outlet, family, label, text[s:e], s, e, voice, part, field_name))
    return with_lang(rows, chunk)


def _mention_frame(rows: list, mixed: bool = False) -> pd.DataFrame:
    return lang_frame(rows, MENTION_COLUMNS, mixed=mixed).astype({"start": "int64", "end": "int64"})


def _doc_mentions(corpus: Corpus, lex: Lexicon, include_boilerplate: bool) -> list:
    """Per document: ``(text mentions, title mentions, tokens, quoted tokens, name tokens)``,
    each mention ``(family, label, voice, start, end)`` (voice ``name`` in a name in marks) (title mentions: in the headline of a ``title``
    column). The one scan of a corpus with a lexicon, kept with the corpus: counts in every
    voice and grouping (:func:`_doc_counts`), KWIC lines for any label and the mention table
    are read from it. The lexicon is named by its content (:attr:`Lexicon.token`), never by
    ``id()``: a lexicon edited and loaded again may sit at the address of the old one."""
    key = ("mentions", lex.token, include_boilerplate)  # the corpus's cache belongs to its documents frame

    def compute() -> list:
        out = []
        for text, facts, title in zip(corpus.documents["text"], corpus.facts(), corpus.titles()):
            voice_at = facts.voice_at
            end = facts.length if include_boilerplate else facts.body_end
            found = [(family, label, voice_at(s, e), s, e) for family, label, s, e in lex.finditer(text, 0, end)]
            t_all, t_q, t_n = count_voice_tokens(text, facts, include_boilerplate=include_boilerplate)
            in_title: list = []
            if title is not None:  # a headline from the title column
                voice_at = title[1].voice_at
                in_title = [(family, label, voice_at(s, e), s, e) for family, label, s, e in lex.finditer(title[0])]
                h_all, h_q, h_n = count_voice_tokens(title[0], title[1], include_boilerplate=True)
                t_all, t_q, t_n = t_all + h_all, t_q + h_q, t_n + h_n
            out.append((found, in_title, t_all, t_q, t_n))
        return out

    return corpus.cached(key, compute)


def _name_voice(names: str) -> str:
    """The voice a name in marks is counted in, by the ``names_in_marks`` option."""
    return "name" if names == "apart" else names


def _doc_counts(corpus: Corpus, lex: Lexicon, include_boilerplate: bool, names: str = "narrator") -> list:
    """Per document: ``(Counter[(family, label, voice)], tokens, quoted tokens, name
    tokens)``, names in marks counted in the voice ``names`` gives them (their tokens are
    ``name tokens`` only when apart), computed once per corpus, lexicon, boilerplate and
    names choice (scores for several voices or groupings reuse them), from the document's
    mentions (:func:`_doc_mentions`)."""
    key = ("counts", lex.token, include_boilerplate, names)
    as_voice = _name_voice(names)

    def compute() -> list:
        out = []
        for found, in_title, t_all, t_q, t_n in _doc_mentions(corpus, lex, include_boilerplate):
            c = Counter([(f, lab, as_voice if v == "name" else v) for f, lab, v, _, _ in found])
            if in_title:
                c.update([(f, lab, as_voice if v == "name" else v) for f, lab, v, _, _ in in_title])
            out.append((c, t_all, t_q + t_n if names == "quoted" else t_q, t_n if names == "apart" else 0))
        return out

    return corpus.cached(key, compute)


def _chunk_mentions(chunk: Corpus, lex: Lexicon, include_boilerplate: bool, names: str = "narrator"):
    """``(doc_id, outlet, field, text, family, label, start, end, voice, part)`` of every
    mention of the chunk, in document order, a title column's mentions first (read from
    :func:`_doc_mentions`; a name in marks in the voice ``names`` gives it)."""
    docs = chunk.documents
    as_voice = _name_voice(names)
    for doc_id, outlet, text, facts, title, (found, in_title, *_) in zip(
            docs["doc_id"], docs["outlet"], docs["text"], chunk.facts(), chunk.titles(),
            _doc_mentions(chunk, lex, include_boilerplate)):
        for family, label, voice, s, e in in_title:
            yield doc_id, outlet, "title", title[0], family, label, s, e, as_voice if voice == "name" else voice, "title"
        part_at = facts.part_at
        for family, label, voice, s, e in found:
            yield doc_id, outlet, "text", text, family, label, s, e, as_voice if voice == "name" else voice, part_at(s)


def chunk_stats(chunk: Corpus, *, lex: Lexicon, grouping: Grouping, voice: str, include_boilerplate: bool,
                names: str = "narrator"):
    """Per-group sums for one chunk: ``(counts, tokens_all, tokens_quoted, n_docs, fit,
    sums, tokens_name)`` — counts by (group, family, label, voice), tokens (names in marks
    counted as ``names`` says), documents, the lexicon-fit
    sample (``about_docs``, ``about_checked``) and, per group, the sums over articles that
    the article-level intervals need (:class:`framing._moments.ArticleSums`, shares keyed
    ``(family, label)`` of totals keyed ``family``). Documents with no time bin are counted
    under the group ``None`` and not scored. :func:`merge_stats` adds chunks together."""
    counts: Counter = Counter()
    tokens_all: Counter = Counter()
    tokens_quoted: Counter = Counter()
    n_docs: Counter = Counter()
    fit: Counter = Counter()
    tokens_name: Counter = Counter()
    sums: dict = {}
    docs = chunk.documents
    if len(docs) == 0:
        return counts, tokens_all, tokens_quoted, n_docs, fit, sums, tokens_name
    groups = grouping.labels(docs)
    fit.update(about_sample(lex, docs["text"]))  # does the corpus speak of what the lexicon is about?
    for group, (doc_counts, t_all, t_q, t_n) in zip(groups, _doc_counts(chunk, lex, include_boilerplate, names)):
        n_docs[group] += 1
        if group is None:
            continue
        tokens_all[group] += t_all
        tokens_quoted[group] += t_q
        tokens_name[group] += t_n
        for k, n in doc_counts.items():
            counts[(group, *k)] += n
        if doc_counts:
            acc = sums.get(group)
            if acc is None:
                acc = sums[group] = ArticleSums()
            acc.add(*_in_voice(doc_counts, voice), _family_of)
    return counts, tokens_all, tokens_quoted, n_docs, fit, sums, tokens_name


def merge_stats(parts) -> tuple:
    """Add up :func:`chunk_stats` of several chunks (local chunks, processes, Dask partitions)."""
    counts, tokens_all, tokens_quoted, n_docs, fit, tokens_name = (Counter() for _ in range(6))
    sums: dict = {}
    for c, ta, tq, nd, fi, su, tn in parts:
        counts.update(c)
        tokens_all.update(ta)
        tokens_quoted.update(tq)
        n_docs.update(nd)
        fit.update(fi)
        merge_by_group(sums, su)
        tokens_name.update(tn)
    return counts, tokens_all, tokens_quoted, n_docs, fit, sums, tokens_name


def _family_of(key: tuple) -> str:
    return key[0]


def _in_voice(doc_counts: Counter, voice: str) -> tuple[dict, dict]:
    """One article's counts in ``voice``: per ``(family, label)`` and per family."""
    label_k: dict = {}
    fam_n: dict = {}
    every = voice == "all"
    for (family, label, v), n in doc_counts.items():
        if every or v == voice:
            fl = (family, label)
            label_k[fl] = label_k.get(fl, 0) + n
            fam_n[family] = fam_n.get(family, 0) + n
    return label_k, fam_n


@validate_params(voice=VOICE, period=PERIOD, jobs=JOBS, names_in_marks=NAMES_IN_MARKS)
def article_counts(corpus, *, lexicon: "str | Lexicon" = EXAMPLE_LEXICON, family: str | None = None,
                   by: "str | list[str]" = "outlet", period: str | None = None, date_col: str = "date", voice: str = "all",
                   include_boilerplate: bool = False, jobs: int = 1, progress: bool = False, names_in_marks: str = "narrator",
                   **load) -> pd.DataFrame:
    """Each article's counts: the unit that intervals and comparisons resample.

    Parameters
    ----------
    family : str, optional
        Only this family (default: every family).
    by, period, date_col, voice, include_boilerplate, jobs, progress, names_in_marks
        As for :func:`count_terms` (documents with no time bin are reported and left out).

    Returns
    -------
    DataFrame
        ``doc_id, group`` (then one column per key when ``by`` has several), ``family,
        label, count, family_count``: one row per article × label of every family the
        article mentions in the voice (labels it does not use included, with 0), so that the
        sums per group are :func:`count_terms`' ``count`` and ``family_count``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"],
    ...                    "text": ["The regime and the regime.", "The government."]})
    >>> a = article_counts(df, family="syrian_state")
    >>> a[a["count"] > 0][["doc_id", "label", "count", "family_count"]].values.tolist()
    [['a', 'regime', 2, 2], ['b', 'government', 1, 1]]
    """
    lex = load_lexicon(lexicon)
    if family is not None and family not in lex.families:
        raise FramingError(f"no family {family!r} in lexicon {lex.name!r}; families: {', '.join(lex.families)}.")
    g = grouping(by, period=period, date_col=date_col)
    rows: list = []
    undated = 0
    docs_of: Counter = Counter()  # the articles of every group, those that mention nothing too
    for part, n_undated, in_groups in map_corpus(_article_rows, corpus, jobs=jobs, progress=progress, load=load, fit=lex,
                                                 lex=lex, grouping=g, voice=voice, family=family,
                                                 include_boilerplate=include_boilerplate, names=names_in_marks):
        rows.extend(part)
        undated += n_undated
        docs_of.update(in_groups)
    g.warn_undated(undated, "the article counts")
    df = pd.DataFrame(rows, columns=["doc_id", "group", "family", "label", "count", "family_count"])
    df = df.astype({"count": "int64", "family_count": "int64"})
    df = g.expand(df)
    df.attrs.update(g.attrs(), voice=voice, lexicon=lex.name, undated_docs=undated,
                    group_docs={g.text(k): n for k, n in sorted(docs_of.items(), key=lambda kv: g.sort_key(kv[0]))})
    return df


def _article_rows(chunk: Corpus, *, lex: Lexicon, grouping: Grouping, voice: str, family: str | None,
                  include_boilerplate: bool, names: str = "narrator"):
    rows = []
    undated = 0
    docs = chunk.documents
    in_groups: Counter = Counter()
    if len(docs) == 0:
        return rows, 0, in_groups
    for doc_id, group, (doc_counts, *_) in zip(docs["doc_id"], grouping.labels(docs),
                                                _doc_counts(chunk, lex, include_boilerplate, names)):
        if group is None:
            undated += 1
            continue
        in_groups[group] += 1
        label_k, fam_n = _in_voice(doc_counts, voice)
        for fam in lex.families if family is None else [family]:
            n = fam_n.get(fam, 0)
            if n:
                rows.extend((doc_id, group, fam, label, label_k.get((fam, label), 0), n) for label in lex.families[fam].labels)
    return rows, undated, in_groups


@validate_params(voice=VOICE, period=PERIOD, min_count=WHOLE, min_docs=WHOLE, jobs=JOBS, names_in_marks=NAMES_IN_MARKS)
def count_terms(corpus, *, lexicon: "str | Lexicon" = EXAMPLE_LEXICON, by: "str | list[str]" = "outlet", period: str | None = None,
                date_col: str = "date", voice: str = "all", min_count: int = MIN_COUNT, min_docs: int = MIN_DOCS,
                include_boilerplate: bool = False, jobs: int = 1, progress: bool = False, names_in_marks: str = "narrator",
                **load) -> pd.DataFrame:
    """Score each label per group: counts by voice, rates per 1,000 tokens, shares with intervals.

    Parameters
    ----------
    corpus : Corpus, DataFrame, path or iterable of Corpus chunks
        A path is streamed chunk by chunk, so memory does not grow with the corpus.
    lexicon : str or Lexicon
    by : str or list of str
        ``"outlet"`` (default), ``"doc"`` (one group per document), any column of the
        corpus (``"bias"`` …), a period (``"week"``, ``"month"``, ``"quarter"``, ``"year"``
        of ``date_col``), or a list of them: ``["outlet", "month"]``.
    period : {"W", "M", "Q", "Y"}, optional
        Also group by the week, month, quarter or year of ``date_col`` (a key ``"period"``).
        Documents with no usable date are counted, reported in one warning
        (``attrs["undated_docs"]``) and left out of the table.
    date_col : str
        The column of dates (default ``"date"``).
    voice : {"all", "narrator", "quoted"}
        Which words are counted in ``count``, ``tokens``, ``rate_per_1k`` and ``share``.
    min_count : int
        Families with fewer mentions than this in a group are flagged ``too_few``.
    min_docs : int
        Families mentioned in fewer articles than this in a group are flagged ``too_few``
        too (default 5): the article, not the mention, is the sampling unit.
    include_boilerplate : bool
        Count trailing boilerplate too.
    jobs : int
        Processes to share the chunks, this one included (0: every core). The result is
        identical to one process: per-group counts are sums.
    progress : bool
        Show a progress bar on standard error (after two seconds).
    names_in_marks : {"narrator", "quoted", "apart"}
        Whose words a name or term in marks is (a quotation of one to four words with no
        speech, «Исламское государство», «داعش», „Tagesschau“, in the languages that set
        names in marks: docs/languages.md): the narrator's (default), quoted, or apart
        (voice ``name``: in ``count`` and ``tokens`` for ``voice="all"`` only).

    Returns
    -------
    DataFrame
        One row per group × family × label (labels never used in a group included, with
        zeros), sorted by group then lexicon order, with columns:

        ``group`` (with several keys, their values joined by " · ", followed by one column
        per key); ``family``; ``label``; ``count`` (mentions in the chosen voice);
        ``narrator_count``, ``quoted_count`` (names in marks in one of them, or, apart, in
        neither); ``tokens`` (word tokens in the chosen voice);
        ``rate_per_1k`` (count per 1,000 tokens); ``share`` (count / family_count);
        ``share_low``, ``share_high`` (95% interval of the share with the article as the
        sampling unit, see :mod:`framing.stats`; NaN for a group of one article, whose
        share describes that article only); ``family_count`` (mentions of the family in the
        group and voice); ``n_docs`` (articles of the group); ``family_docs`` (articles of
        the group that mention the family, in the voice); ``label_docs`` (articles that use
        the label); ``too_few`` (family_count < min_count or family_docs < min_docs).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                    "text": ["The regime and the regime.", "The government."]})
    >>> s = count_terms(df, min_count=1)
    >>> s[(s.family == "syrian_state") & (s.label.isin(["regime", "government"]))][
    ...     ["group", "label", "count", "share"]].values.tolist()
    [['X', 'regime', 2, 1.0], ['X', 'government', 0, 0.0], ['Y', 'regime', 0, 0.0], ['Y', 'government', 1, 1.0]]
    """
    stats, lex, g = _term_stats(corpus, lexicon, by, period, date_col, voice, min_count, min_docs, include_boilerplate,
                                jobs, progress, load, names_in_marks)
    return score_table(stats, lex=lex, grouping=g, voice=voice, min_count=min_count, min_docs=min_docs, corpus=corpus)


def _term_stats(corpus, lexicon, by, period, date_col, voice, min_count, min_docs, include_boilerplate, jobs, progress,
                load, names="narrator"):
    """The summed per-group statistics of :func:`count_terms`, with its lexicon and grouping."""
    lex = load_lexicon(lexicon)
    seen = lexicon_languages(lex, corpus, load)
    g = grouping(by, period=period, date_col=date_col)
    parts = map_corpus(chunk_stats, corpus, jobs=jobs, progress=progress, load=load, languages=seen, lex=lex, grouping=g,
                       voice=voice, include_boilerplate=include_boilerplate, names=names)
    return merge_stats(warn_after(parts, lex, seen)), lex, g


@validate_params(voice=VOICE, period=PERIOD, min_count=WHOLE, min_docs=WHOLE, jobs=JOBS, names_in_marks=NAMES_IN_MARKS)
def iter_count_terms(corpus, *, lexicon: "str | Lexicon" = EXAMPLE_LEXICON, by: "str | list[str]" = "outlet",
                     period: str | None = None, date_col: str = "date", voice: str = "all", min_count: int = MIN_COUNT,
                     min_docs: int = MIN_DOCS, include_boilerplate: bool = False, jobs: int = 1, progress: bool = False,
                     zeros: bool = True, batch: int | None = None, names_in_marks: str = "narrator", **load):
    """:func:`count_terms` as frames of ``batch`` groups each, for writing a table of many
    groups as it is made (``by="doc"``: one group per document); their concatenation is
    :func:`count_terms`'s table (``batch``: :data:`SCORE_BATCH` by default). ``zeros=False`` leaves out the rows of labels a group never
    uses. The corpus is scored before the first frame comes."""
    stats, lex, g = _term_stats(corpus, lexicon, by, period, date_col, voice, min_count, min_docs, include_boilerplate,
                                jobs, progress, load, names_in_marks)
    return score_frames(stats, lex=lex, grouping=g, voice=voice, min_count=min_count, min_docs=min_docs, corpus=corpus,
                        zeros=zeros, batch=batch)


def score_table(stats, *, lex: Lexicon, grouping: Grouping, voice: str, min_count: int, min_docs: int,
                corpus=None) -> pd.DataFrame:
    """The tidy score table from summed per-group statistics (:func:`merge_stats`; shared by
    every backend); ``corpus``, when a Corpus, is told once that the lexicon does not fit."""
    n_docs, undated, fit = _score_start(stats, lex=lex, grouping=grouping, corpus=corpus)
    df = _score_frame(sorted(n_docs, key=grouping.sort_key), stats, n_docs, lex=lex, grouping=grouping, voice=voice,
                      min_count=min_count, min_docs=min_docs)
    df.attrs.update(grouping.attrs(), voice=voice, min_count=min_count, min_docs=min_docs, undated_docs=undated,
                    fit=fit, **lex.describe())
    return df


def _score_start(stats, *, lex: Lexicon, grouping: Grouping, corpus=None):
    """Checks and warnings before a score table: ``(documents per group, undated, fit)``."""
    counts, tokens_all, _, n_docs, fit_sample, _, _ = stats
    n_docs = Counter(n_docs)
    fit = dict(documents=fit_sample["about_checked"], about_docs=fit_sample["about_docs"],
               mentions=sum(counts.values()), tokens=sum(tokens_all.values()))
    warn_fit(lex, corpus, **fit)
    undated = n_docs.pop(None, 0)
    grouping.warn_undated(undated, "the term counts")
    return n_docs, undated, fit


def _score_frame(groups, stats, n_docs, *, lex: Lexicon, grouping: Grouping, voice: str, min_count: int,
                 min_docs: int, zeros: bool = True) -> pd.DataFrame:
    """The rows of the score table for ``groups`` (each group's rows depend on its own
    statistics only, so the table can be made a batch of groups at a time)."""
    counts, tokens_all, tokens_quoted, _, _, sums, tokens_name = stats
    rows = []
    for group in groups:
        tok = {"all": tokens_all[group], "quoted": tokens_quoted[group],
               "narrator": tokens_all[group] - tokens_quoted[group] - tokens_name[group]}[voice]
        acc = sums.get(group) or ArticleSums()
        for family, fam in lex.families.items():
            _, nn, fd = acc.totals.get(family) or (0, 0, 0)
            for label in fam.labels:
                nar = counts[group, family, label, "narrator"]
                quo = counts[group, family, label, "quoted"]
                c = {"all": nar + quo + counts[group, family, label, "name"], "narrator": nar, "quoted": quo}[voice]
                _, kk, kn, ld = acc.shares.get((family, label)) or (0, 0, 0, 0)
                rows.append((group, family, label, c, nar, quo, tok, n_docs[group], kk, kn, ld, nn, fd))
    ints = ["count", "narrator_count", "quoted_count", "tokens", "n_docs", "kk", "kn", "label_docs", "nn", "family_docs"]
    df = pd.DataFrame(rows, columns=["group", "family", "label", "count", "narrator_count", "quoted_count", "tokens", "n_docs",
                                     "kk", "kn", "label_docs", "nn", "family_docs"])
    df = df.astype(dict.fromkeys(ints, "int64"))
    fam_total = df.groupby(["group", "family"], sort=False)["count"].transform("sum")
    with np.errstate(invalid="ignore", divide="ignore"):
        df["rate_per_1k"] = np.where(df["tokens"] > 0, df["count"] / df["tokens"].where(df["tokens"] > 0) * 1000, np.nan)
        df["share"] = np.where(fam_total > 0, df["count"] / fam_total.where(fam_total > 0), np.nan)
    df["share_low"], df["share_high"] = article_share_interval(
        df["count"].to_numpy(), fam_total.to_numpy(), count_sq=df["kk"].to_numpy(), count_total=df["kn"].to_numpy(),
        total_sq=df["nn"].to_numpy(), docs=df["family_docs"].to_numpy())
    df["family_count"] = fam_total.astype("int64")
    df["too_few"] = (df["family_count"] < min_count) | (df["family_docs"] < min_docs)
    df = grouping.expand(df[SCORE_COLUMNS])
    if not zeros:
        df = df[(df["narrator_count"] + df["quoted_count"]) > 0].reset_index(drop=True)
    return df


def score_frames(stats, *, lex: Lexicon, grouping: Grouping, voice: str, min_count: int, min_docs: int,
                 zeros: bool = True, batch: int | None = None, corpus=None):
    """The score table of :func:`score_table` as frames of ``batch`` groups each, made as
    they are written (``framing terms --by doc``: the documents × labels table is never
    whole in memory); ``zeros=False`` leaves out the rows of labels a group never uses."""
    n_docs, _, _ = _score_start(stats, lex=lex, grouping=grouping, corpus=corpus)
    groups = sorted(n_docs, key=grouping.sort_key)
    batch = batch or SCORE_BATCH
    for i in range(0, max(len(groups), 1), batch):
        yield _score_frame(groups[i:i + batch], stats, n_docs, lex=lex, grouping=grouping, voice=voice,
                           min_count=min_count, min_docs=min_docs, zeros=zeros)


def top_labels(data: pd.DataFrame, *, n: int = 1, family: str | None = None, label: str | None = None,
               per_family: bool = False) -> list:
    """The most used labels of a score table (:func:`count_terms`), as ``(family, label)``:
    the ``n`` most used overall, of one ``family``, or (``per_family``) the most used label
    of each family that is mentioned, in lexicon order. What a notebook shows when the user
    has not named labels; a ``label`` the user named comes back with its family.

    >>> s = count_terms("seeds", warn=False)
    >>> top_labels(s, n=2), top_labels(s, label="regime")
    ([('syrian_state', 'army'), ('syrian_state', 'government')], [('syrian_state', 'regime')])
    """
    family, label = family or None, label or None
    if label is not None:
        fams = list(dict.fromkeys(data.loc[data["label"] == label, "family"]))
        if family is not None:
            fams = [f for f in fams if f == family]
        if len(fams) != 1:
            where = f" in family {family!r}" if family else ""
            raise FramingError(f"no label {label!r}{where} in the table." if not fams else
                               f"label {label!r} is in several families ({', '.join(fams)}); name the family too.")
        return [(fams[0], label)]
    d = data if family is None else data[data["family"] == family]
    totals = d.groupby(["family", "label"], sort=False)["count"].sum()
    totals = totals[totals > 0]
    if per_family:
        return [(f, totals[f].idxmax()) for f in dict.fromkeys(totals.index.get_level_values("family"))]
    return list(totals.sort_values(ascending=False, kind="stable").index[:n])


@validate_params(voice=VOICE, width=WHOLE, jobs=JOBS, names_in_marks=NAMES_IN_MARKS)
def kwic(corpus, label: str | None = None, *, pattern: str | None = None, lexicon: "str | Lexicon" = EXAMPLE_LEXICON,
         family: str | None = None, width: int = 40, voice: str = "all", include_boilerplate: bool = False, jobs: int = 1,
         progress: bool = False, names_in_marks: str = "narrator", **load) -> pd.DataFrame:
    """Keyword-in-context lines for one label, or for any word or phrase, to check a lexicon
    by reading (or to see how a word not yet in it is used).

    Parameters
    ----------
    label : str
        A label of the lexicon (``"regime"``, ``"IS"``, ``"Deir ez-Zor"`` …), in any case;
        an unknown label is an error that suggests the closest ones.
    pattern : str
        Instead of a label: a pattern written as in a lexicon (``"illegal alien*"``,
        ``"undocumented"``: whole words, ``*`` ends a word, case-insensitive unless in
        capitals). Its lines have ``family`` and ``label`` ``"pattern"``.
    family : str, optional
        Needed only when two families have a label of this name.
    width : int
        Characters of context on each side. Line breaks in the context are shown as
        spaces; ``start``/``end`` index the original text.
    voice : {"all", "narrator", "quoted"}
    jobs, progress, names_in_marks
        As for :func:`find_mentions`.

    Returns
    -------
    DataFrame
        ``doc_id, outlet, family, label, voice, part, field, start, end, left, match, right``
        (``field``: ``text``, or ``title`` for a headline in the title column).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Free Syrian Army and the army."]})
    >>> kwic(df, "army", width=10)[["left", "match", "right"]].values.tolist()
    [['y and the ', 'army', '.']]
    """
    if (label is None) == (pattern is None):
        raise FramingError("give a label of the lexicon or pattern= (a word or phrase), not both.")
    if pattern is not None:
        lex, label = _pattern_lexicon(pattern), "pattern"
        family = None
    else:
        lex = load_lexicon(lexicon)
    fams = lex.family_of(label)
    if not fams:  # labels are names people type: "Regime", "obamacare"
        same = {lab for _, lab in lex.labels() if lab.lower() == str(label).lower()}
        if len(same) == 1:
            label = same.pop()
            fams = lex.family_of(label)
    if not fams:
        import difflib

        known = sorted({lab for _, lab in lex.labels()}, key=str.lower)
        lower = {k.lower(): k for k in known}
        close = [lower[c] for c in difflib.get_close_matches(str(label).lower(), list(lower), n=3, cutoff=0.6)]
        hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        raise FramingError(f"no label {label!r} in lexicon {lex.name!r}.{hint} Labels: {', '.join(known)}.")
    if family is not None:
        if family not in fams:
            raise FramingError(f"family {family!r} has no label {label!r}; it is in: {', '.join(fams)}.")
        fams = [family]
    elif len(fams) > 1:
        raise FramingError(f"label {label!r} is in several families ({', '.join(fams)}); choose one with family=.")
    rows = []
    parts = map_corpus(_kwic_rows, corpus, jobs=jobs, progress=progress, load=load, lex=lex, label=label, fams=fams,
                        width=width, voice=voice, include_boilerplate=include_boilerplate, names=names_in_marks)
    for part in parts:
        rows.extend(part)
    return lang_frame(rows, KWIC_COLUMNS, mixed=corpus_mixed(corpus, load))


def _pattern_lexicon(pattern: str) -> Lexicon:
    """A lexicon of one pattern, read by the lexicon parser (same rules, same errors)."""
    import yaml

    if not isinstance(pattern, str) or not pattern.strip():
        raise FramingError(f"pattern must be a word or phrase, not {pattern!r}.")
    doc = {"name": "pattern", "families": {"pattern": {"labels": {"pattern": [pattern.strip()]}}}}
    try:
        return parse_lexicon(yaml.safe_dump(doc, allow_unicode=True), source="pattern")
    except LexiconError as exc:  # "pattern, line 5: family 'pattern', label 'pattern': pattern '*' has …"
        raise FramingError(str(exc).rsplit("label 'pattern': ", 1)[-1]) from None


def _kwic_rows(chunk: Corpus, *, lex: Lexicon, label: str, fams: list, width: int, voice: str,
               include_boilerplate: bool, names: str = "narrator") -> list:
    rows = []
    for doc_id, outlet, field_name, text, fam, lab, s, e, v, part in _chunk_mentions(chunk, lex, include_boilerplate, names):
        if lab != label or fam not in fams or (voice != "all" and v != voice):
            continue
        left, right = context(text, s, e, width, strip=False)
        rows.append((doc_id, outlet, fam, lab, v, part, field_name, s, e, left, text[s:e], right))
    return with_lang(rows, chunk)


def format_kwic(lines: pd.DataFrame, *, width: int = 40) -> str:
    """Aligned plain-text lines: ``doc_id  outlet  voice  left [match] right`` (the
    ``group`` or the outlet where the lines have one).

    A line of right-to-left text (most of its letters Arabic, Hebrew …:
    :func:`framing.lang.text_direction`) reads in its own order: the context before the
    match on the right of it, the context after it on the left, each piece set in a Unicode
    directional isolate, so that a viewer applying the bidirectional algorithm (a notebook,
    a browser, most editors) shows each piece right to left and the match in the middle.
    """
    out = []
    id_w = max([len(str(d)) for d in lines["doc_id"]] + [6])
    col = "group" if "group" in lines.columns else "outlet"  # the group a sample was drawn from (evidence)
    groups = [str(g) for g in lines[col]] if col in lines.columns else [""] * len(lines)
    g_w = max([len(g) for g in groups] + [0])
    for r, g in zip(lines.itertuples(index=False), groups):
        group = f"{g:<{g_w}}  " if g_w else ""
        head = f"{str(r.doc_id):<{id_w}}  {group}{r.voice:<8}  "
        if text_direction(r.left + r.match + r.right) == "rtl":
            after = " " * max(width - len(r.right), 0) + _RLI + r.right + _PDI
            out.append(f"{head}{after}[{_RLI}{r.match}{_PDI}]{_RLI}{r.left}{_PDI}")
        else:
            out.append(f"{head}{r.left:>{width}}[{r.match}]{r.right}")
    return "\n".join(out)


#: Unicode's right-to-left isolate and the pop of an isolate.
_RLI, _PDI = "\u2067", "\u2069"
