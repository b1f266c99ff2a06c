"""Comparing outlets: voices side by side, distinctive words, one profile per outlet."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from .corpus import as_corpus, group_labels
from .errors import FramingError
from .groups import grouping
from .stats import MIN_DOCS
from .terms import count_terms
from .text import TOKEN_PATTERN, analyze

__all__ = ["count_terms_by_voice", "log_odds_dirichlet", "distinctive_words", "outlet_profile", "VOICE_COLUMNS"]

VOICE_COLUMNS = ["group", "family", "label", "voice", "count", "family_count", "family_docs", "label_docs", "share", "share_low",
                 "share_high", "too_few"]


def count_terms_by_voice(corpus, *, lexicon="syria", by="outlet", period: str | None = None, date_col: str = "date",
                         min_count: int = 10, min_docs: int = MIN_DOCS, **load) -> pd.DataFrame:
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


def log_odds_dirichlet(counts_a, counts_b, prior) -> tuple[np.ndarray, np.ndarray]:
    """Log-odds ratio with an informative Dirichlet prior and its z-score.

    Monroe, Colaresi & Quinn (2008), "Fightin' Words", eq. 16–22: for each word *w*,

    .. math::
        \\delta_w = \\log\\frac{y^a_w + \\alpha_w}{n^a + \\alpha_0 - y^a_w - \\alpha_w}
                  - \\log\\frac{y^b_w + \\alpha_w}{n^b + \\alpha_0 - y^b_w - \\alpha_w},\\qquad
        \\sigma^2(\\delta_w) \\approx \\frac{1}{y^a_w + \\alpha_w} + \\frac{1}{y^b_w + \\alpha_w}

    and ``z = δ / σ``. ``prior`` is the vector α (pseudo-counts per word); α0 is its sum.

    Examples
    --------
    >>> d, z = log_odds_dirichlet([3, 1], [1, 3], [1, 1])
    >>> [round(float(x), 4) for x in d], [round(float(x), 4) for x in z]
    ([1.3863, -1.3863], [1.6008, -1.6008])
    """
    ya = np.asarray(counts_a, dtype=float)
    yb = np.asarray(counts_b, dtype=float)
    a = np.asarray(prior, dtype=float)
    if not (ya.shape == yb.shape == a.shape):
        raise FramingError("counts and prior must have the same length.")
    if (a <= 0).any():
        raise FramingError("every prior pseudo-count must be positive.")
    na, nb, a0 = ya.sum(), yb.sum(), a.sum()
    delta = np.log((ya + a) / (na + a0 - ya - a)) - np.log((yb + a) / (nb + a0 - yb - a))
    var = 1.0 / (ya + a) + 1.0 / (yb + a)
    return delta, delta / np.sqrt(var)


def distinctive_words(corpus, *, group: str, by: str = "outlet", min_count: int = 3, prior_scale: float = 0.01,
                      voice: str = "all", top: int | None = None, **load) -> pd.DataFrame:
    """Words that set one group apart from the rest (Monroe et al. 2008).

    Counts come from scikit-learn's ``CountVectorizer`` (lower-cased tokens of
    :data:`framing.text.TOKEN_PATTERN`, its English stop words removed); the prior is the
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
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

    corpus = as_corpus(corpus, **load)
    docs = corpus.documents
    labels = group_labels(docs, by)
    if group not in set(labels):
        raise FramingError(f"no group {group!r} for by={by!r}; groups: {', '.join(sorted(set(labels) - {None}))}.")
    if voice not in {"all", "narrator"}:
        raise FramingError("voice must be 'all' or 'narrator' here.")
    texts = []
    for t in docs["text"]:
        facts = analyze(t)
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
    vec = CountVectorizer(token_pattern=TOKEN_PATTERN, lowercase=True, stop_words=list(ENGLISH_STOP_WORDS))
    x = vec.fit_transform(texts)
    words = vec.get_feature_names_out()
    mask = (labels == group).to_numpy()
    ya = np.asarray(x[mask].sum(axis=0)).ravel()
    yb = np.asarray(x[~mask].sum(axis=0)).ravel()
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
        ``{name: (source, selector)}``; by default: the share of "regime" and of
        "government" in ``syrian_state``, of "IS" and "Daesh" in ``jihadist_name``;
        attributions per 1,000 tokens, the share of quoted words, and the shares of
        ``syrian_state`` sources, of direct quotes and of distancing cues.

    Returns
    -------
    DataFrame
        ``group, measure, value, low, high, n`` (``low``/``high``: the 95% interval where
        the measure is a share; ``n``: what the share is of).
    """
    if measures is None:
        measures = {
            "“regime” share": ("terms", ("syrian_state", "regime")),
            "“government” share": ("terms", ("syrian_state", "government")),
            "“IS” share": ("terms", ("jihadist_name", "IS")),
            "“Daesh” share": ("terms", ("jihadist_name", "Daesh")),
            "attributions per 1k tokens": ("summary", "attributions_per_1k"),
            "quoted words share": ("summary", "quoted_word_share"),
            "Syrian-state sources share": ("sourcing", ("category", "syrian_state")),
            "direct quotes share": ("sourcing", ("kind", "direct")),
            "distancing cues share": ("sourcing", ("cue_type", "distancing")),
        }
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
