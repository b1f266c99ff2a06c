"""The sourcing profile of each group: categories, kinds and cues with article-level intervals."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from .._mixed import score_cues
from .._moments import ArticleSums
from .._params import JOBS, WHOLE, Options, validate_params
from .._runner import map_corpus
from ..cues import CueTable
from ..groups import PERIOD, Grouping, grouping
from ..lexicon import Lexicon, gazetteer_for, load_lexicon
from ..stats import MIN_COUNT, MIN_DOCS, article_share_interval
from ..text import count_tokens
from .attributions import ATTRIBUTION_COLUMNS, chunk_rows
from .people import id_kind, link_surnames
from .records import NO_SPEAKER

PROFILE_COLUMNS = ["group", "dimension", "value", "count", "total", "share", "share_low", "share_high", "distancing",
                   "total_docs", "count_docs", "too_few"]


@validate_params(period=PERIOD, min_count=WHOLE, min_docs=WHOLE, jobs=JOBS)
def sourcing_profile(corpus, *, by: "str | list[str]" = "outlet", period: str | None = None, date_col: str = "date",
                     gazetteer: "str | Lexicon | None" = None, cues: "str | Path | CueTable | None" = None,
                     min_count: int = MIN_COUNT, min_docs: int = MIN_DOCS, jobs: int = 1, progress: bool = False,
                     **load) -> pd.DataFrame:
    """The sourcing profile of each group, as one long table.

    ``by``, ``period`` and ``date_col`` group as in :func:`framing.count_terms` (several
    columns, time bins; undated documents reported once and left out).

    A path is streamed chunk by chunk and only counts are kept between chunks (and, for
    ``distinct_sources``, the set of speakers of each group), so memory does not grow with
    the number of attributions. ``jobs`` processes share the chunks (this one included;
    0: every core); the table is the same.

    Returns
    -------
    DataFrame
        ``group, dimension, value, count, total, share, share_low, share_high, distancing,
        total_docs, count_docs, too_few`` where ``share = count / total``, its 95% interval
        takes the article as the sampling unit (:mod:`framing.stats`; NaN for one article),
        ``total_docs`` counts the articles with any of ``total``, ``count_docs`` those with
        any of ``count``, and ``too_few`` flags a total under ``min_count`` or resting on
        fewer than ``min_docs`` articles; ``dimension`` is:

        * ``summary`` — ``value`` names a measure and ``count`` holds it: ``documents``,
          ``tokens``, ``attributions``, ``attributions_per_doc``, ``attributions_per_1k``,
          ``distinct_sources`` (distinct ``speaker_id``, a lone surname linked across the
          corpus as :func:`framing.sources.link_speakers` does), ``quoted_word_share`` (share of the words inside quotation
          marks);
        * ``category`` — attributions by speaker category (``no_speaker``, listed only
          where it occurs: a question whose asker the text does not name, "Asked whether
          …, 75 percent said yes");
        * ``kind`` — direct, indirect, mixed, according_to;
        * ``cue`` — attributions by cue lemma (``distancing`` marks claimed, alleged …);
        * ``cue_type`` — ``distancing`` against ``neutral`` cues.
    """
    gaz = load_lexicon(gazetteer_for(None, gazetteer))
    table, marks = score_cues(cues, corpus, load)
    grp = grouping(by, period=period, date_col=date_col)
    stats: dict = {}
    for part in map_corpus(_profile_stats, corpus, jobs=jobs, progress=progress, load=load, gaz=gaz, grouping=grp,
                           cues=table):
        for g, (counts, speakers, sums) in part.items():
            total, seen, acc = stats.setdefault(g, (Counter(), Counter(), ArticleSums()))
            total.update(counts)
            seen.update(speakers)
            acc.merge(sums)
    undated = stats.pop(None, (Counter(),))[0]["documents"]
    links = link_surnames(sum((seen for _, seen, _ in stats.values()), Counter()))
    for g, (counts, seen, acc) in stats.items():  # speakers as ids linked across the corpus
        stats[g] = counts, {links.get((o, i), i) for o, i, _k in seen}, acc
    grp.warn_undated(undated, "the sourcing profile")
    seen = [NO_SPEAKER] if any(counts["category", NO_SPEAKER] for counts, _, _ in stats.values()) else []
    categories = dimension_values("category", gaz, seen)
    rows, moments = [], []
    for g in sorted(stats, key=grp.sort_key):
        _group_rows(g, *stats[g], categories, marks, rows, moments)
    df = _profile_frame(rows, moments, min_count=min_count, min_docs=min_docs)
    df = grp.expand(df[PROFILE_COLUMNS])
    df.attrs.update(grp.attrs(), gazetteer=gaz.name, min_count=min_count, min_docs=min_docs, undated_docs=undated)
    return df


_KINDS = ["direct", "indirect", "mixed", "according_to"]
#: The dimensions whose values are shares (of attributions; cues and cue types of the cued ones).
DIMENSIONS = ("category", "kind", "cue", "cue_type")
#: The ``dimension`` option of comparisons and plots of sourcing.
DIMENSION = Options(DIMENSIONS)


def dimension_values(dimension: str, gaz: Lexicon, seen) -> list:
    """The values of a share dimension in the profile's order: categories in the gazetteer's
    order, ``unclassified`` last (then ``no_speaker`` if ``seen``); the four kinds; the cue
    lemmas ``seen``, sorted; ``distancing`` and ``neutral``."""
    seen = set(seen)
    if dimension == "category":
        categories = list(dict.fromkeys([lab for f in gaz.families.values() for lab in f.labels] + ["unclassified"]))
        # "Asked whether …, 75 percent said yes": no asker named
        return categories + ([NO_SPEAKER] if NO_SPEAKER in seen else [])
    if dimension == "kind":
        return list(_KINDS)
    if dimension == "cue":
        return sorted(seen)
    return ["distancing", "neutral"]


@validate_params(period=PERIOD, jobs=JOBS)
def article_sourcing(corpus, *, by: "str | list[str]" = "outlet", period: str | None = None, date_col: str = "date",
                     gazetteer: "str | Lexicon | None" = None, cues: "str | Path | CueTable | None" = None, jobs: int = 1,
                     progress: bool = False, **load) -> pd.DataFrame:
    """Each article's sourcing counts: the unit that comparisons of sourcing resample.

    Returns
    -------
    DataFrame
        ``doc_id, group, dimension, value, count, total``: one row per article ×
        (dimension, value) it has (``count > 0``), ``total`` its attributions (its cued
        attributions for ``cue`` and ``cue_type``), so that the sums per group are
        :func:`sourcing_profile`'s ``count`` and ``total``. Articles without attributions
        and undated ones (reported) are left out.
    """
    gaz = load_lexicon(gazetteer_for(None, gazetteer))
    table, _ = score_cues(cues, corpus, load)
    grp = grouping(by, period=period, date_col=date_col)
    rows: list = []
    undated = 0
    for part, n_undated in map_corpus(_article_sourcing_rows, corpus, jobs=jobs, progress=progress, load=load, gaz=gaz,
                                       grouping=grp, cues=table):
        rows.extend(part)
        undated += n_undated
    grp.warn_undated(undated, "the article sourcing")
    df = pd.DataFrame(rows, columns=["doc_id", "group", "dimension", "value", "count", "total"])
    df = grp.expand(df.astype({"count": "int64", "total": "int64"}))
    df.attrs.update(grp.attrs(), gazetteer=gaz.name, undated_docs=undated)
    return df


def _article_sourcing_rows(chunk, *, gaz: Lexicon, grouping: Grouping, cues: CueTable | None):
    docs = chunk.documents
    if len(docs) == 0:
        return [], 0
    groups = grouping.labels(docs)
    group_of = dict(zip(docs["doc_id"], groups))
    rows = []
    for doc_id, doc, _ in doc_sourcing(chunk, gaz=gaz, cues=cues):
        g = group_of[doc_id]
        if g is None:
            continue
        shares, totals = article_shares(doc)
        rows.extend((doc_id, g, key[0], key[1], k, totals[_total_of(key)]) for key, k in shares.items() if k)
    return rows, sum(g is None for g in groups)


def _group_rows(g, st: Counter, speakers: set, sums: ArticleSums, categories: list, cues: CueTable, rows: list,
                moments: list) -> None:
    """The profile rows of one group (summary measures, then shares), with the sums the
    article-level intervals need."""
    n = st["attributions"]
    summary = {
        "documents": st["documents"], "tokens": st["tokens"], "attributions": n,
        "attributions_per_doc": n / st["documents"] if st["documents"] else np.nan,
        "attributions_per_1k": n / st["tokens"] * 1000 if st["tokens"] else np.nan,
        "distinct_sources": len(speakers),
        "quoted_word_share": st["quoted_tokens"] / st["tokens"] if st["tokens"] else np.nan,
    }
    for measure, v in summary.items():
        rows.append((g, "summary", measure, v, np.nan, False))
        moments.append((0, 0, 0, 0, 0))
    cued = st["cued"]
    dist = st["distancing"]
    values = [("category", v, n, False) for v in categories] + [("kind", v, n, False) for v in _KINDS]
    values += [("cue", v, cued, v in cues.distancing) for v in sorted(k[1] for k in st if isinstance(k, tuple)
                                                                       and k[0] == "cue")]
    values += [("cue_type", "distancing", cued, True), ("cue_type", "neutral", cued, False)]
    for dim, v, total, distancing in values:
        count = (cued - dist if v == "neutral" else dist) if dim == "cue_type" else st[dim, v]
        rows.append((g, dim, v, count, total, distancing))
        _, kk, kn, ld = sums.shares.get((dim, v)) or (0, 0, 0, 0)
        _, nn, fd = sums.totals.get(_total_of((dim, v))) or (0, 0, 0)
        moments.append((kk, kn, nn, fd, ld))


def _profile_frame(rows: list, moments: list, *, min_count: int, min_docs: int) -> pd.DataFrame:
    """Shares, their article-level intervals, article counts and the too-few flag."""
    df = pd.DataFrame(rows, columns=["group", "dimension", "value", "count", "total", "distancing"])
    mo = np.array(moments, dtype=float).reshape(-1, 5)
    with np.errstate(invalid="ignore", divide="ignore"):
        df["share"] = np.where(df["total"] > 0, df["count"] / df["total"].where(df["total"] > 0), np.nan)
    df["share_low"], df["share_high"] = article_share_interval(
        df["count"].astype(float).to_numpy(), df["total"].fillna(0).to_numpy(), count_sq=mo[:, 0], count_total=mo[:, 1],
        total_sq=mo[:, 2], docs=mo[:, 3])
    summary_rows = (df["dimension"] == "summary").to_numpy()
    df["total_docs"] = pd.array([None if s else int(v) for s, v in zip(summary_rows, mo[:, 3])], dtype="Int64")
    df["count_docs"] = pd.array([None if s else int(v) for s, v in zip(summary_rows, mo[:, 4])], dtype="Int64")
    df["too_few"] = ~summary_rows & ((df["total"].fillna(0) < min_count) | (df["total_docs"].fillna(0) < min_docs)).to_numpy()
    df.loc[summary_rows, ["share", "share_low", "share_high"]] = np.nan
    return df


_COL = {c: i for i, c in enumerate(ATTRIBUTION_COLUMNS)}


def _total_of(key: tuple) -> str:
    """What a share of the profile is of: cues (and cue types) of the cued attributions,
    categories and kinds of every attribution."""
    return "cued" if key[0] in ("cue", "cue_type") else "attributions"


def article_shares(doc: Counter) -> tuple[dict, dict]:
    """One article's ``{(dimension, value): count}`` (cue types included) and ``{total: n}``
    (``attributions``, ``cued``), from its counter of :func:`doc_sourcing`."""
    shares = {key: k for key, k in doc.items() if isinstance(key, tuple)}
    shares["cue_type", "distancing"] = doc["distancing"]
    shares["cue_type", "neutral"] = doc["cued"] - doc["distancing"]
    return shares, {"attributions": doc["attributions"], "cued": doc["cued"]}


def _profile_stats(chunk, *, gaz: Lexicon, grouping: Grouping, cues: CueTable | None = None) -> dict:
    """Per group of one chunk: ``(Counter of measures, set of speakers, ArticleSums)``. The
    counter holds documents, tokens, quoted_tokens, attributions, cued, distancing and
    ``(dimension, value)`` counts for category, kind and cue; the sums over articles are
    those of :func:`article_shares`."""
    docs = chunk.documents
    out: dict = {}
    if len(docs) == 0:
        return out
    groups = grouping.labels(docs)  # None: no time bin (counted, then left out)
    for g, text, facts in zip(groups, docs["text"], chunk.facts()):
        t_all, t_q = count_tokens(text, facts)
        st = out.setdefault(g, (Counter(), Counter(), ArticleSums()))[0]
        st["documents"] += 1
        st["tokens"] += t_all
        st["quoted_tokens"] += t_q
    group_of = dict(zip(docs["doc_id"], groups))
    for doc_id, doc, speakers in doc_sourcing(chunk, gaz=gaz, cues=cues):
        st, seen, sums = out[group_of[doc_id]]
        seen.update(speakers)
        st.update(doc)
        sums.add(*article_shares(doc), _total_of)
    return out


def doc_sourcing(chunk, *, gaz: Lexicon, cues: CueTable | None = None):
    """Per article of one chunk with attributions: ``(doc_id, Counter, speakers)``, the
    counter holding ``attributions``, ``cued``, ``distancing`` and ``(dimension, value)``
    counts for category, kind and cue; ``speakers`` a counter of ``(outlet, speaker_id,
    kind)`` (:func:`.people.id_kind`: what linking across the corpus may do with it)."""
    canonical, category, kind, lemma = _COL["speaker_canonical"], _COL["speaker_category"], _COL["kind"], _COL["cue_lemma"]
    sid, outlet = _COL["speaker_id"], _COL["outlet"]
    per_doc: dict = {}
    for row in chunk_rows(chunk, gaz=gaz, include_boilerplate=False, cues=cues):
        doc, speakers = per_doc.setdefault(row[0], (Counter(), Counter()))
        doc["attributions"] += 1
        doc["category", row[category]] += 1
        doc["kind", row[kind]] += 1
        if row[sid]:
            speakers[row[outlet], row[sid], id_kind(row[canonical], row[sid])] += 1
        if row[lemma] != "":
            doc["cued"] += 1
            doc["cue", row[lemma]] += 1
            doc["distancing"] += row[_COL["distancing"]]
    for doc_id, (doc, speakers) in per_doc.items():
        yield doc_id, doc, speakers
