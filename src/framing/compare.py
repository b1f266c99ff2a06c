"""Comparing outlets: voices side by side, distinctive words, one profile per outlet, and
every pair of groups compared — a family's labels (:func:`compare_groups`) or sourcing
(:func:`compare_sourcing`) — by a statistic of the registry (:mod:`framing._statistics`)."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from ._moments import share_sums
from ._params import JOBS, POSITIVE, WHOLE, Options, validate_params
from ._statistics import STATISTIC, STATISTICS, DifferenceOfShares, Statistic, get_statistic, register_statistic
from ._strata import Strata, strata_of, warn_unmatched
from ._words import words
from .corpus import as_corpus, group_labels
from .errors import FramingError, FramingWarning, ParameterError, caller_stacklevel
from .groups import PERIOD, grouping
from .lexicon import EXAMPLE_LEXICON, gazetteer_for, load_lexicon, readable
from .sources.profile import DIMENSION, article_sourcing, dimension_values
from .stats import CONFIDENCE, MIN_COUNT, MIN_DOCS, log_odds_dirichlet
from .terms import VOICE, article_counts, count_terms

__all__ = ["count_terms_by_voice", "compare_groups", "compare_sourcing", "permutation_p_value", "log_odds_dirichlet",
           "distinctive_words", "distinctive_words_by_group", "outlet_profile", "Statistic", "DifferenceOfShares", "register_statistic", "STATISTICS",
           "VOICE_COLUMNS", "COMPARE_COLUMNS", "MAX_PAIRS", "SOURCING_COMPARE_COLUMNS", "WITHIN_COLUMNS", "STRATUM_COLUMNS"]

VOICE_COLUMNS = ["group", "family", "label", "voice", "count", "family_count", "family_docs", "label_docs", "share", "share_low",
                 "share_high", "too_few"]


@validate_params(period=PERIOD, min_count=WHOLE, min_docs=WHOLE)
def count_terms_by_voice(corpus, *, lexicon=EXAMPLE_LEXICON, by="outlet", period: str | None = None, date_col: str = "date",
                         min_count: int = MIN_COUNT, min_docs: int = MIN_DOCS, **load) -> pd.DataFrame:
    """Label shares in the outlet's own voice and in quoted voices, one row per voice.

    Returns
    -------
    DataFrame
        ``group, family, label, voice, count, family_count, family_docs, label_docs, share,
        share_low, share_high, too_few`` with ``voice`` in (``narrator``, ``quoted``): the
        columns of :func:`count_terms` for each voice, stacked (intervals with the article
        as the sampling unit).
    """
    corpus = as_corpus(corpus, **load)
    frames = []
    grp = grouping(by, period=period, date_col=date_col)
    with warnings.catch_warnings(record=True) as caught:  # the undated warning once, not once per voice
        warnings.simplefilter("always")
        for voice in ("narrator", "quoted"):
            s = count_terms(corpus, lexicon=lexicon, by=grp, voice=voice, min_count=min_count, min_docs=min_docs)
            s["voice"] = voice
            frames.append(s)
    for w in {str(w.message): w for w in caught}.values():
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    keys = [k for k in grp.keys if grp.multi]
    out = pd.concat(frames, ignore_index=True)[VOICE_COLUMNS[:1] + keys + VOICE_COLUMNS[1:]]
    out.attrs.update(frames[0].attrs)
    out.attrs.pop("voice", None)
    return out


def _words(text: str) -> list[str]:
    return [w for w, _, _ in words(text)]


@validate_params(voice=Options(("all", "narrator")), min_count=WHOLE)
def distinctive_words(corpus, *, group: str, by: str = "outlet", min_count: int = 3, prior_scale: float = 0.01,
                      voice: str = "all", top: int | None = None, **load) -> pd.DataFrame:
    """Words that set one group apart from the rest (Monroe et al. 2008).

    Counts come from scikit-learn's ``CountVectorizer`` over the words of
    :func:`framing.discover.words` (curly and straight apostrophes as one, no numbers, no
    underscores, no single letters such as the "m" of "a.m."), its English stop words
    removed; the prior is the
    whole corpus' counts times ``prior_scale`` (an informative Dirichlet prior).

    Parameters
    ----------
    group : str
        The group to describe (an outlet, or a value of ``by``).
    voice : {"all", "narrator"}
        ``narrator`` leaves quoted words out.
    min_count : int
        Words used fewer times in the whole corpus are left out.

    Returns
    -------
    DataFrame
        ``word, count_group, count_rest, log_odds, z`` sorted by ``z`` (most distinctive of
        the group first; the most distinctive of the rest last).
    """
    corpus = as_corpus(corpus, **load)
    labels = group_labels(corpus.documents, by)
    if group not in set(labels):
        raise FramingError(f"no group {group!r} for by={by!r}; groups: {', '.join(sorted(set(labels) - {None}))}.")
    x, words = _word_counts(corpus, voice)
    mask = (labels == group).to_numpy()
    ya = np.asarray(x[mask].sum(axis=0)).ravel()
    yb = np.asarray(x[~mask].sum(axis=0)).ravel()
    return _distinctive_table(ya, yb, words, group=group, by=by, min_count=min_count, prior_scale=prior_scale, top=top)


@validate_params(voice=Options(("all", "narrator")), min_count=WHOLE)
def distinctive_words_by_group(corpus, *, by: str = "outlet", groups=None, min_count: int = 3,
                               prior_scale: float = 0.01, voice: str = "all", top: int | None = None,
                               **load) -> dict:
    """:func:`distinctive_words` for many groups from one count of the corpus's words: the
    documents × words matrix is made once and summed by group with a sparse indicator matrix,
    so a hundred outlets cost about what one does (the tables are the same as one call per
    group).

    Parameters
    ----------
    groups : list of str, optional
        The groups to describe (default: every group of ``by``, sorted).

    Returns
    -------
    dict
        ``{group: DataFrame}`` in the order of ``groups``, each as :func:`distinctive_words` gives.
    """
    from scipy import sparse

    corpus = as_corpus(corpus, **load)
    labels = group_labels(corpus.documents, by)
    present = sorted({g for g in labels if g is not None}, key=str)
    groups = present if groups is None else list(groups)
    for g in groups:
        if g not in set(present):
            raise FramingError(f"no group {g!r} for by={by!r}; groups: {', '.join(present)}.")
    x, words = _word_counts(corpus, voice)
    row = {g: i for i, g in enumerate(groups)}
    picked = [(row[g], d) for d, g in enumerate(labels) if g in row]
    indicator = sparse.csr_matrix((np.ones(len(picked), dtype=x.dtype), ([r for r, _ in picked], [d for _, d in picked])),
                                  shape=(len(groups), x.shape[0]))
    sums = (indicator @ x).tocsr()
    total = np.asarray(x.sum(axis=0)).ravel()
    out = {}
    for g, i in row.items():
        ya = sums[i].toarray().ravel()
        out[g] = _distinctive_table(ya, total - ya, words, group=g, by=by, min_count=min_count,
                                    prior_scale=prior_scale, top=top)
    return out


def _word_counts(corpus, voice: str):
    """The documents × words count matrix (sparse) of :func:`distinctive_words` and its words."""
    from sklearn.feature_extraction.text import CountVectorizer

    texts = []
    for t, facts in zip(corpus.documents["text"], corpus.facts()):  # each read in its language's quotation marks
        body = t[:facts.body_end]
        if voice == "narrator":
            parts, pos = [], 0
            for q in facts.quotes:
                if q.start >= facts.body_end:
                    break
                parts.append(body[pos:q.start])
                pos = q.end
            parts.append(body[pos:])
            body = " ".join(parts)
        texts.append(body)
    vec = CountVectorizer(tokenizer=_words, token_pattern=None, lowercase=False, stop_words=sorted(corpus.stop_words()))
    x = vec.fit_transform(texts)
    return x, vec.get_feature_names_out()


def _distinctive_table(ya, yb, words, *, group, by, min_count, prior_scale, top) -> pd.DataFrame:
    total = ya + yb
    keep = total >= min_count
    if not keep.any():
        raise FramingError(f"no word occurs {min_count} times or more; lower min_count.")
    ya, yb, total, words = ya[keep], yb[keep], total[keep], words[keep]
    delta, z = log_odds_dirichlet(ya, yb, total * prior_scale)
    out = pd.DataFrame({"word": words, "count_group": ya.astype(int), "count_rest": yb.astype(int),
                        "log_odds": delta, "z": z}).sort_values(["z", "word"], ascending=[False, True], ignore_index=True)
    out.attrs.update(group=group, by=by)
    if top is not None:
        out = pd.concat([out.head(top), out.tail(top)]).drop_duplicates("word").reset_index(drop=True)
    return out


def outlet_profile(terms: pd.DataFrame, sourcing: pd.DataFrame, *, measures: dict | None = None) -> pd.DataFrame:
    """Terminology and sourcing side by side: one row per group × measure.

    Parameters
    ----------
    terms : DataFrame
        From :func:`framing.count_terms` (narrator voice recommended).
    sourcing : DataFrame
        From :func:`framing.sourcing_profile`, grouped the same way.
    measures : dict, optional
        ``{name: (source, selector)}`` with ``source`` one of ``"terms"`` (selector
        ``(family, label)``: that label's share of its family), ``"sourcing"`` (selector
        ``(dimension, value)``, e.g. ``("category", "politician")``) or ``"summary"``
        (``"attributions_per_1k"``, ``"quoted_word_share"``). By default
        (:func:`default_measures`): the share of the most used label of each of the four
        most mentioned families, attributions per 1,000 tokens, the share of quoted words,
        and the shares of the most cited source category, of direct quotes and of
        distancing cues — derived from the tables, so they fit any lexicon and gazetteer.

    Returns
    -------
    DataFrame
        ``group, measure, value, low, high, n`` (``low``/``high``: the 95% interval where
        the measure is a share; ``n``: what the share is of).
    """
    if measures is None:
        measures = default_measures(terms, sourcing)
    rows = []
    groups = sorted(set(terms["group"]) | set(sourcing["group"]))
    for g in groups:
        for name, (src, sel) in measures.items():
            value = low = high = n = np.nan
            if src == "terms":
                r = terms[(terms.group == g) & (terms.family == sel[0]) & (terms.label == sel[1])]
                if len(r):
                    r = r.iloc[0]
                    value, low, high, n = r["share"], r["share_low"], r["share_high"], r["family_count"]
            elif src == "summary":
                r = sourcing[(sourcing.group == g) & (sourcing.dimension == "summary") & (sourcing.value == sel)]
                if len(r):
                    value = r.iloc[0]["count"]
            else:
                r = sourcing[(sourcing.group == g) & (sourcing.dimension == sel[0]) & (sourcing.value == sel[1])]
                if len(r):
                    r = r.iloc[0]
                    value, low, high, n = r["share"], r["share_low"], r["share_high"], r["total"]
            rows.append((g, name, value, low, high, n))
    return pd.DataFrame(rows, columns=["group", "measure", "value", "low", "high", "n"])


def default_measures(terms: pd.DataFrame, sourcing: pd.DataFrame, *, families: int = 4) -> dict:
    """The measures :func:`outlet_profile` shows when none are given, read off the tables:
    for each of the ``families`` most mentioned families, the share of its most used label;
    attributions per 1,000 tokens; the share of quoted words; the share of the most cited
    source category (not ``unclassified``); of direct quotes; of distancing cues.

    >>> import framing
    >>> t = framing.count_terms("seeds", voice="narrator", warn=False)
    >>> p = framing.sourcing_profile("seeds", gazetteer="syria_sources", warn=False)
    >>> list(default_measures(t, p))[:2]
    ['“army” share (How the Syrian state is named)', '“Deir ez-Zor” share (How Deir ez-Zor is spelled)']
    """
    out: dict = {}
    titles = terms.attrs.get("family_titles", {})
    names = terms.attrs.get("label_names", {})
    totals = terms.groupby(["family", "label"], sort=False)["count"].sum()
    by_family = totals.groupby(level="family", sort=False).sum()
    for family in by_family[by_family > 0].sort_values(ascending=False, kind="stable").index[:families]:
        label = totals[family].idxmax()
        out[f"“{names.get((family, label), label)}” share ({titles.get(family) or readable(family)})"] = \
            ("terms", (family, label))
    out["attributions per 1k tokens"] = ("summary", "attributions_per_1k")
    out["quoted words share"] = ("summary", "quoted_word_share")
    cats = sourcing[(sourcing["dimension"] == "category") & (sourcing["value"] != "unclassified")]
    if len(cats):
        top = cats.groupby("value")["count"].sum().idxmax()
        out[f"{readable(top)} sources share"] = ("sourcing", ("category", top))
    out["direct quotes share"] = ("sourcing", ("kind", "direct"))
    out["distancing cues share"] = ("sourcing", ("cue_type", "distancing"))
    return out


COMPARE_COLUMNS = ["family", "label", "group_a", "group_b", "share_a", "share_b", "difference", "diff_low", "diff_high",
                   "p_value", "p_holm", "count_a", "total_a", "docs_a", "count_b", "total_b", "docs_b", "too_few"]
#: :func:`compare_sourcing`'s columns: those of :data:`COMPARE_COLUMNS`, ``dimension, value``
#: in place of ``family, label``.
SOURCING_COMPARE_COLUMNS = ["dimension", "value"] + COMPARE_COLUMNS[2:]
#: Added after ``too_few`` when a comparison is made ``within`` strata: the column, the strata
#: that hold both groups, and the articles of each group left out (in a stratum without the other).
WITHIN_COLUMNS = ["within", "strata", "unmatched_a", "unmatched_b"]
#: The per-stratum table (``per_stratum=True``): one row per pair × label × stratum.
STRATUM_COLUMNS = ["family", "label", "group_a", "group_b", "stratum", "matched", "share_a", "share_b", "difference",
                   "weight", "count_a", "total_a", "docs_a", "count_b", "total_b", "docs_b"]
_INTS = ("count_a", "total_a", "docs_a", "count_b", "total_b", "docs_b", "strata", "unmatched_a", "unmatched_b")


_COMPARISON = dict(period=PERIOD, statistic=STATISTIC, resamples=POSITIVE, confidence=CONFIDENCE, min_count=WHOLE,
                   min_docs=WHOLE, jobs=JOBS)


@validate_params(voice=VOICE, **_COMPARISON)
def compare_groups(corpus, *, family: "str | list[str]", label: str | None = None, groups=None, lexicon=EXAMPLE_LEXICON, by="outlet",
                   period: str | None = None, date_col: str = "date", voice: str = "all", statistic: str = "difference",
                   resamples: int = 9999, seed: int = 0, confidence: float = 0.95, min_count: int = MIN_COUNT,
                   min_docs: int = MIN_DOCS, include_boilerplate: bool = False, jobs: int = 1, progress: bool = False,
                   versus: str = "pairs", within=None, per_stratum: bool = False, **load) -> pd.DataFrame:
    """Is one group's share different from another's? Every pair, with articles as the unit.

    For each pair of groups and each label of ``family`` (or only ``label``): the difference
    of the two shares, its interval (:func:`framing.stats.difference_interval`: each
    group's article-level interval combined by MOVER) and the p-value of a permutation test
    that moves whole articles between the two groups (:func:`scipy.stats.permutation_test`
    on ``|difference|`` divided by its article-level standard error, so two-sided; exact
    when the possible splits are fewer than ``resamples``). ``p_holm`` adjusts the
    p-values of every row of the table together (Holm 1979, statsmodels' ``multipletests``).
    The interval and the test are different methods — the interval conservative (it covers
    about 0.99), the test held to its 5% size — so near 0.05 a p-value under 0.05 can stand
    beside an interval that includes 0 (docs/statistics.md, "Comparing groups").

    Parameters
    ----------
    family : str or list of str
        A family of the lexicon (``"syrian_state"``), or several: one table of them all (each
        family's rows adjusted by Holm on their own, as if compared alone), with one warning
        for the groups that mention some of them and not others.
    label : str, optional
        Only this label (default: every label of the family; with one family only).
    groups : list of str, optional
        The groups to compare (two or more; default: every group). Every pair is compared.
    versus : {"pairs", "rest"}
        ``"pairs"`` (default): every pair of groups; above :data:`MAX_PAIRS` pairs a warning
        (129 outlets make 8,256 pairs: minutes of permutation tests). ``"rest"``: each group
        against all the other articles pooled (``group_b`` is ``"(rest)"``), one row per
        group and label: a number of tests that grows with the groups, not their square.
    by, period, date_col, voice, lexicon, include_boilerplate, jobs, progress
        As for :func:`framing.count_terms`.
    statistic : str
        The comparison statistic, by name (:data:`STATISTICS`; default ``"difference"``, the
        difference of the shares as described above). A statistic is a small class
        (:class:`Statistic`) registered with :func:`register_statistic`; its value fills
        ``difference``, its interval ``diff_low``/``diff_high``, its test ``p_value``.
    resamples : int
        Random splits of the articles for each p-value (default 9,999).
    seed : int
        Seed of the random splits: the same seed gives the same table.
    min_count, min_docs
        Pairs where either group has fewer mentions of the family or rests on fewer articles
        are flagged ``too_few``.
    within : str or list of str, optional
        Compare the groups within the strata of this column (an event, a day: ``"event"``,
        ``"day"``; a period such as ``"week"``; several joined as for ``by``): the
        difference is estimated inside each stratum that holds articles of both groups and
        combined with Mantel–Haenszel weights ``m_a m_b / (m_a + m_b)`` (articles); its
        interval treats the strata as the unit (``t`` with strata − 1 degrees of freedom);
        the permutation test moves articles only inside their stratum
        (docs/statistics.md, "Comparing within events"). Articles in a stratum without the
        other group, or with no value, are left out, counted in ``unmatched_a``/``unmatched_b``
        and named in one warning. Only ``statistic="difference"``. ``share_a``/``share_b``
        are then the stratum-weighted shares, so ``difference = share_a - share_b`` still.
    per_stratum : bool
        With ``within``: return one row per pair × label × stratum instead
        (:data:`STRATUM_COLUMNS`: ``family, label, group_a, group_b, stratum, matched``
        (both groups present), ``share_a, share_b, difference, weight`` (its Mantel–Haenszel
        weight; 0 when not matched), ``count_a, total_a, docs_a, count_b, total_b, docs_b``).

    Returns
    -------
    DataFrame
        ``family, label, group_a, group_b, share_a, share_b, difference`` (``share_a -
        share_b``), ``diff_low, diff_high, p_value, p_holm, count_a, total_a, docs_a,
        count_b, total_b, docs_b, too_few``; pairs in sorted order, labels in lexicon order.
        A pair in which a group has fewer than two articles gets no interval and no p-value.
        With ``within``, also :data:`WITHIN_COLUMNS` (``within, strata, unmatched_a,
        unmatched_b``); the counts are those of the matched articles, and a pair with fewer
        than two strata gets no interval and no p-value.

    Examples
    --------
    >>> import pandas as pd
    >>> texts = ["The regime fell.", "The regime and the regime.", "The government met.", "The government spoke."]
    >>> df = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X", "X", "Y", "Y"], "text": texts})
    >>> c = compare_groups(df, family="syrian_state", label="regime", min_count=1, min_docs=1)
    >>> c[["group_a", "group_b", "difference", "p_value"]].values.tolist()
    [['X', 'Y', 1.0, 0.3333333333333333]]
    """
    stat = get_statistic(statistic)
    labels_of = None
    if within is not None:
        _within_statistic(stat)
        corpus, labels_of, load = strata_of(corpus, within, date_col, load)
    lex = load_lexicon(lexicon)
    families = [family] if isinstance(family, str) else list(family)
    for f in families:
        if f not in lex.families:
            raise FramingError(f"no family {f!r} in lexicon {lex.name!r}; families: {', '.join(lex.families)}.")
    if label is not None and len(families) > 1:
        raise FramingError("label= names a label of one family; give one family with it.")
    if not families:  # none to compare (a corpus that mentions no family): the empty table
        return _empty(_columns(COMPARE_COLUMNS, within, per_stratum), dict(family=[]))
    counts = article_counts(corpus, lexicon=lex, family=families[0] if len(families) == 1 else None, by=by,
                            period=period, date_col=date_col, voice=voice, include_boilerplate=include_boilerplate,
                            jobs=jobs, progress=progress, **load)
    if len(families) == 1:
        return _compare_family(counts, lex, families[0], label, groups, stat, versus=versus, within=within,
                               per_stratum=per_stratum, labels_of=labels_of, resamples=resamples, seed=seed,
                               confidence=confidence, min_count=min_count, min_docs=min_docs)
    silent: dict = {}
    tables = []
    for f in families:
        part = counts[counts["family"] == f]
        part.attrs = dict(counts.attrs)
        tables.append(_compare_family(part, lex, f, None, groups, stat, versus=versus, within=within,
                                      per_stratum=per_stratum, labels_of=labels_of, resamples=resamples, seed=seed,
                                      confidence=confidence, min_count=min_count, min_docs=min_docs, silent=silent))
    _warn_silent(silent, counts.attrs.get("group_docs", {}))
    out = pd.concat([t for t in tables if len(t)] or tables[:1], ignore_index=True)
    out.attrs.update({k: v for k, v in tables[0].attrs.items() if k != "family"}, families=families)
    return out  # no one "family" in attrs: each row's is in its column (plot_differences reads it there)


def _compare_family(counts: pd.DataFrame, lex, family: str, label, groups, stat: Statistic, *, versus, within,
                    per_stratum, labels_of, resamples, seed, confidence, min_count, min_docs, silent=None):
    """:func:`compare_groups` for one family, from the article counts (``silent``: a dict to
    gather the groups left out, group → families, for one warning of the caller)."""
    labels = list(lex.families[family].labels)
    if label is not None:
        if label not in labels:
            raise FramingError(f"family {family!r} has no label {label!r}; labels: {', '.join(labels)}.")
        labels = [label]
    attrs = dict(counts.attrs, family=family, statistic=stat.name, resamples=resamples, seed=seed, confidence=confidence,
                 min_count=min_count, min_docs=min_docs, within=within)
    chosen = _chosen(counts, groups, family, silent)
    columns = _columns(COMPARE_COLUMNS, within, per_stratum)
    if len(chosen) < 2:
        return _empty(columns, attrs)
    wide = counts.pivot_table(index=["group", "doc_id"], columns="label", values="count", aggfunc="sum", fill_value=0)
    wide = wide.reindex(columns=list(lex.families[family].labels), fill_value=0)
    n_of = counts.groupby(["group", "doc_id"])["family_count"].first().reindex(wide.index)
    rows = _pairs(family, wide, n_of.to_numpy(float), labels, chosen, stat, resamples=resamples, seed=seed,
                  confidence=confidence, min_count=min_count, min_docs=min_docs, versus=versus,
                  within=None if within is None else Strata(within, labels_of, wide.index.get_level_values(1), per_stratum))
    return _table(rows, columns, dict(attrs, **lex.describe()))


@validate_params(dimension=DIMENSION, **_COMPARISON)
def compare_sourcing(corpus, *, dimension: str = "category", value: str | None = None, groups=None, by="outlet",
                     period: str | None = None, date_col: str = "date", gazetteer=None, cues=None,
                     statistic: str = "difference", resamples: int = 9999, seed: int = 0, confidence: float = 0.95,
                     min_count: int = MIN_COUNT, min_docs: int = MIN_DOCS, jobs: int = 1, progress: bool = False,
                     versus: str = "pairs", within=None, per_stratum: bool = False, **load) -> pd.DataFrame:
    """Is one group's sourcing different from another's? Every pair, with articles as the unit.

    The shares of :func:`framing.sourcing_profile` compared as :func:`compare_groups`
    compares a family's labels: for each pair of groups and each value of ``dimension``, the
    difference of the two shares, its interval and a permutation p-value moving whole
    articles (the same statistic, intervals, seeds and Holm adjustment). The articles
    compared are those with attributions (with cued attributions for ``cue`` and
    ``cue_type``).

    Parameters
    ----------
    dimension : {"category", "kind", "cue", "cue_type"}
        What is compared: the share of attributions by speaker category, by kind (direct,
        indirect, mixed, according_to), by cue lemma, or of distancing against neutral cues
        among the cued attributions.
    value : str, optional
        Only this value (``"politician"``, ``"direct"``, ``"distancing"`` …; default: every
        value of the dimension).
    groups, by, period, date_col, statistic, resamples, seed, confidence, min_count, min_docs, versus, within, per_stratum
        As for :func:`compare_groups` (``min_count`` counts attributions; the per-stratum
        table has ``dimension, value`` for ``family, label``; ``versus="rest"`` compares each
        group with all the other articles, and above :data:`MAX_PAIRS` pairs a warning
        names it).
    gazetteer, cues, jobs, progress
        As for :func:`framing.sourcing_profile`.

    Returns
    -------
    DataFrame
        :data:`SOURCING_COMPARE_COLUMNS`: ``dimension, value, group_a, group_b, share_a,
        share_b, difference, diff_low, diff_high, p_value, p_holm, count_a, total_a, docs_a,
        count_b, total_b, docs_b, too_few``; pairs in sorted order, values in the profile's
        order.

    Examples
    --------
    >>> import pandas as pd
    >>> texts = ["“We won,” the minister said.", "“We won,” the minister said.",
    ...          "The minister said they won.", "The minister said they won."]
    >>> df = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X", "X", "Y", "Y"], "text": texts})
    >>> c = compare_sourcing(df, dimension="kind", value="direct", min_count=1, min_docs=1)
    >>> c[["group_a", "group_b", "share_a", "share_b", "p_value"]].values.tolist()
    [['X', 'Y', 1.0, 0.0, 0.3333333333333333]]
    """
    stat = get_statistic(statistic)
    labels_of = None
    if within is not None:
        _within_statistic(stat)
        corpus, labels_of, load = strata_of(corpus, within, date_col, load)
    gazetteer = gazetteer_for(None, gazetteer)
    counts = article_sourcing(corpus, by=by, period=period, date_col=date_col, gazetteer=gazetteer, cues=cues, jobs=jobs,
                              progress=progress, **load)
    counts = counts[counts["dimension"] == dimension]
    values = dimension_values(dimension, load_lexicon(gazetteer), counts["value"])
    if value is not None:
        if value not in values:
            raise FramingError(f"dimension {dimension!r} has no value {value!r}; values: {', '.join(values)}.")
        values = [value]
    attrs = dict(counts.attrs, dimension=dimension, statistic=stat.name, resamples=resamples, seed=seed,
                 confidence=confidence, min_count=min_count, min_docs=min_docs, within=within)
    chosen = _chosen(counts, groups, f"sources ({dimension})")
    columns = ["dimension", "value"] + _columns(COMPARE_COLUMNS, within, per_stratum)[2:]
    if len(chosen) < 2:
        return _empty(columns, attrs)
    wide = counts.pivot_table(index=["group", "doc_id"], columns="value", values="count", aggfunc="sum", fill_value=0)
    wide = wide.reindex(columns=values, fill_value=0)
    n_of = counts.groupby(["group", "doc_id"])["total"].first().reindex(wide.index)
    rows = _pairs(dimension, wide, n_of.to_numpy(float), values, chosen, stat, resamples=resamples, seed=seed,
                  confidence=confidence, min_count=min_count, min_docs=min_docs, versus=versus,
                  within=None if within is None else Strata(within, labels_of, wide.index.get_level_values(1), per_stratum))
    return _table(rows, columns, attrs)


def _chosen(counts: pd.DataFrame, groups, what: str, silent: dict | None = None) -> list:
    """The groups to compare: those named (each must have articles), or every group; a
    warning (and then an empty table) when fewer than two have any. ``silent``: gather the
    groups left out there (group → what) instead of warning."""
    present = sorted(set(counts["group"]), key=str)
    if groups is None:
        chosen = present
        left = {g: [what] for g in counts.attrs.get("group_docs", {}) if g not in set(present)}
        if silent is not None:
            for g in left:
                silent.setdefault(g, []).append(what)
        else:  # a group the table would leave out with no word (count_terms lists it, with 0)
            _warn_silent(left, counts.attrs.get("group_docs", {}))
    else:
        chosen = [groups] if isinstance(groups, str) else list(groups)
        twice = next((g for i, g in enumerate(chosen) if g in chosen[:i]), None)
        if twice is not None:  # a group against itself is no comparison (a difference of 0, p = 1)
            raise FramingError(f"groups names {twice!r} twice: {', '.join(map(str, chosen))}; name each group once.")
        unknown = [g for g in chosen if g not in present]
        if unknown:
            raise FramingError(f"no article of group {unknown[0]!r} mentions {what}; groups that do: "
                               f"{', '.join(present) or 'none'}.")
    if len(chosen) < 2 and groups is not None:
        raise FramingError(f"a comparison needs two groups; name two or more (groups: {', '.join(present)}).")
    if len(chosen) < 2:  # the data, not the call: say so, and give an empty table
        warnings.warn(f"nothing to compare for {what}: a comparison needs two groups that mention it; found "
                      f"{', '.join(map(str, chosen)) or 'none'}.", FramingWarning, stacklevel=caller_stacklevel())
    return chosen


def _warn_silent(silent: dict, docs: dict) -> None:
    """One warning for the groups not compared, each with its articles and the families (or
    dimension) none of them mentions; groups alike in what they miss are listed together."""
    if not silent:
        return
    by_what: dict = {}
    for g, what in silent.items():
        by_what.setdefault(tuple(what), []).append(f"{g} ({docs.get(g, 0)})")

    def listed(named):
        return ", ".join(named[:10]) + (f" and {len(named) - 10} more" if len(named) > 10 else "")
    if len(by_what) == 1:
        (what, named), = by_what.items()
        said = f"with no article that mentions {' or '.join(what)} are not compared: {listed(named)}"
    else:
        said = ("are not compared where none of their articles mentions the family: " +
                "; ".join(f"{listed(named)} in {', '.join(what)}" for what, named in by_what.items()))
    warnings.warn(f"{len(silent)} group(s) {said} (articles in brackets).", FramingWarning,
                  stacklevel=caller_stacklevel())


def _empty(columns: list, attrs: dict) -> pd.DataFrame:
    types = {**dict.fromkeys(columns[:5] if "stratum" in columns else columns[:4], "object"), "too_few": "bool",
             "matched": "bool", "within": "object", **dict.fromkeys(_INTS, "int64")}
    out = pd.DataFrame({c: pd.Series(dtype=types.get(c, "float64")) for c in columns})
    out.attrs.update(attrs)
    return out


MAX_PAIRS = 1_000
"""Above this many pairs of groups, :func:`compare_groups` warns (each pair is a permutation
test per label) and names ``versus="rest"``."""
REST = "(rest)"


def _matched(chosen: list, versus: str, present: int) -> list:
    """The ``(group_a, group_b)`` to test: every pair, or each group against the rest.
    ``present``: how many groups the data holds. Where it holds two, each one's rest is the
    other: the second row would be the first one mirrored, the same test counted twice in
    Holm's adjustment, so it is tested once (with a warning)."""
    if versus == "rest":
        if present == 2 and len(chosen) == 2:
            warnings.warn(f"versus='rest' with two groups: the rest of {chosen[0]!r} is {chosen[1]!r} and the other "
                          f"way round, one comparison; it is given once ({chosen[0]!r} against (rest)), not twice "
                          "mirrored (which would count one test twice in p_holm).", FramingWarning,
                          stacklevel=caller_stacklevel())
            return [(chosen[0], REST)]
        return [(a, REST) for a in chosen]
    if versus != "pairs":
        raise FramingError(f"versus must be 'pairs' or 'rest', not {versus!r}.")
    n = len(chosen) * (len(chosen) - 1) // 2
    if n > MAX_PAIRS:
        warnings.warn(f"{len(chosen)} groups make {n:,} pairs to test, each by permutations: this takes long (129 "
                      "outlets: over 5 minutes). Name the groups to compare (groups=, --groups), or compare each "
                      "group with the rest (versus='rest', --versus rest).", FramingWarning,
                      stacklevel=caller_stacklevel())
    return [(a, b) for i, a in enumerate(chosen) for b in chosen[i + 1:]]


def _pairs(what, wide: pd.DataFrame, n_all: np.ndarray, values: list, chosen: list, stat: Statistic, *, resamples: int,
           seed: int, confidence: float, min_count: int, min_docs: int, versus: str = "pairs", within=None) -> list:
    """One row per pair of groups × value: ``wide`` holds each article's count of every
    value (rows: ``(group, doc_id)``), ``n_all`` its total. One random stream for the whole
    table, consumed pair by pair and value by value (the same seed gives the same table).
    ``within``: a :class:`framing._strata.Strata`, for comparisons within strata."""
    k_all = wide.to_numpy(float)
    where = {g: np.flatnonzero(wide.index.get_level_values(0) == g) for g in chosen}
    column = {v: j for j, v in enumerate(wide.columns)}
    rng = np.random.default_rng(seed)
    rows = []
    for a, b in _matched(chosen, versus, wide.index.get_level_values(0).nunique()):
        ia = where[a]
        ib = np.setdiff1d(np.arange(len(k_all)), ia) if versus == "rest" else where[b]
        if within is not None:
            rows.extend(within.rows(what, k_all, n_all, ia, ib, a, b, [column[v] for v in values], values,
                                    resamples=resamples, rng=rng, confidence=confidence, min_count=min_count,
                                    min_docs=min_docs))
            continue
        for v in values:
            j = column[v]
            sa, sb = share_sums(k_all[ia, j], n_all[ia]), share_sums(k_all[ib, j], n_all[ib])
            low, high = stat.interval(sa, sb, confidence=confidence)
            p = stat.p_value(k_all[ia, j], n_all[ia], k_all[ib, j], n_all[ib], resamples=resamples, rng=rng)
            few = min(sa["total"], sb["total"]) < min_count or min(len(ia), len(ib)) < min_docs
            rows.append((what, v, a, b, sa["count"] / sa["total"], sb["count"] / sb["total"], stat.estimate(sa, sb), low,
                         high, p, sa["count"], sa["total"], len(ia), sb["count"], sb["total"], len(ib), few))
    return rows


def _within_statistic(stat: Statistic) -> None:
    if not isinstance(stat, DifferenceOfShares):
        raise ParameterError(f"within= compares the difference of shares; statistic must be 'difference', not "
                             f"{stat.name!r}.")


def _columns(columns: list, within, per_stratum: bool) -> list:
    if per_stratum and within is None:
        raise ParameterError("per_stratum=True needs within= (the column whose strata to list).")
    if within is None:
        return columns
    return STRATUM_COLUMNS if per_stratum else columns + WITHIN_COLUMNS


def _table(rows: list, columns: list, attrs: dict) -> pd.DataFrame:
    """The comparison table: Holm's adjustment over every tested row, whole numbers as integers."""
    from statsmodels.stats.multitest import multipletests

    if "p_holm" not in columns:  # the per-stratum table: no test per stratum
        if not rows:
            return _empty(columns, attrs)
        out = pd.DataFrame(rows, columns=columns).astype({c: "int64" for c in _INTS if c in columns})
        out.attrs.update(attrs)
        return out
    out = pd.DataFrame(rows, columns=[c for c in columns if c != "p_holm"])
    out.insert(columns.index("p_holm"), "p_holm", np.nan)
    tested = out["p_value"].notna()
    if tested.any():
        out.loc[tested, "p_holm"] = multipletests(out.loc[tested, "p_value"].to_numpy(), method="holm")[1]
    out = out.astype({c: "int64" for c in _INTS if c in columns})
    warn_unmatched(out)
    out.attrs.update(attrs)
    return out


def permutation_p_value(k_a, n_a, k_b, n_b, *, resamples: int = 9999, rng=None) -> float:
    """Two-sided p-value for "the two groups' shares are equal", moving whole articles.

    ``k_a``, ``n_a`` (``k_b``, ``n_b``): each article's count of the label and of its family
    in group A (B). The statistic is ``|p_a - p_b|`` divided by its article-level standard
    error (:class:`DifferenceOfShares`), its null distribution that of every split of the
    pooled articles into groups of the same sizes (the splits and p-value of
    :func:`scipy.stats.permutation_test`, computed from sums over articles:
    :func:`framing._statistics.permutation_test`; exact when there are no more splits than
    ``resamples``). NaN when a group has fewer than two articles.

    Examples
    --------
    >>> permutation_p_value([2, 2], [2, 2], [0, 0], [2, 2])   # 2 of the 6 splits are as extreme
    0.3333333333333333
    """
    return DifferenceOfShares().p_value(k_a, n_a, k_b, n_b, resamples=resamples, rng=rng)
