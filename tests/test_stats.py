"""Intervals with the article as the unit: hand-worked values, edges, and coverage by simulation."""

import numpy as np
import pandas as pd
import pytest
from scipy import stats as st

import framing
from framing.errors import FramingError
from framing.stats import article_share_interval, difference_interval, share_interval


def _by_hand(k, n, cap=True):
    """The four steps of docs/statistics.md, written out with scipy only (``cap``: step 3)."""
    k, n = np.asarray(k, float), np.asarray(n, float)
    m = len(k)
    p = k.sum() / n.sum()
    v = m / (m - 1) * ((k - p * n) ** 2).sum() / n.sum() ** 2
    n_eff = p * (1 - p) / v * (st.norm.ppf(0.975) / st.t.ppf(0.975, m - 1)) ** 2
    n_eff = min(n_eff, m, n.sum()) if cap else min(n_eff, n.sum())
    x = p * n_eff
    return p, st.beta.ppf(0.025, x, n_eff - x + 1), st.beta.ppf(0.975, x + 1, n_eff - x)


def test_share_interval_worked_by_hand():
    # four articles: 3 of 4 mentions "regime", 0 of 2, 2 of 2, 4 of 5 → p = 9/13
    p, low, high = share_interval([3, 0, 2, 4], [4, 2, 2, 5])
    hp, hl, hh = _by_hand([3, 0, 2, 4], [4, 2, 2, 5])
    assert p == pytest.approx(9 / 13)
    # V = 4/3 · 2.6391 / 169 = 0.020822; n_eff = 0.21302 / V · (1.96 / 3.1824)² = 3.880 (< 4 articles)
    assert (low, high) == pytest.approx((hl, hh), abs=1e-12)
    assert (round(low, 3), round(high, 3)) == (0.153, 0.987)


def test_many_articles_capped_at_the_number_of_articles():
    # 30 articles that each use the label in exactly half their mentions: the variance is 0,
    # so the articles (30), not the 600 mentions, are the observations
    k, n = [10] * 30, [20] * 30
    p, low, high = share_interval(k, n)
    x = 0.5 * 30
    assert (low, high) == pytest.approx((st.beta.ppf(0.025, x, 30 - x + 1), st.beta.ppf(0.975, x + 1, 30 - x)))


def test_edges_are_exact():
    p, low, high = share_interval([0, 0, 0], [3, 2, 1])
    assert p == 0.0 and low == 0.0 and 0 < high < 1
    p, low, high = share_interval([3, 2, 1], [3, 2, 1])
    assert p == 1.0 and high == 1.0 and 0 < low < 1
    # one article: no interval; no mentions: nothing at all
    assert np.isnan(share_interval([2], [5])[1])
    assert np.isnan(share_interval([0, 0], [0, 0])[0])
    # articles without mentions of the family say nothing and are left out
    assert share_interval([3, 0, 2, 4, 0], [4, 2, 2, 5, 0]) == share_interval([3, 0, 2, 4], [4, 2, 2, 5])


def test_bad_input():
    with pytest.raises(FramingError, match="between 0 and its total"):
        share_interval([3], [2])
    with pytest.raises(FramingError, match="same length"):
        share_interval([1, 2], [3])
    with pytest.raises(FramingError, match="confidence"):
        article_share_interval(1, 2, count_sq=1, count_total=2, total_sq=4, docs=1, confidence=95)


def test_difference_interval_worked_by_hand():
    # A: 2/2, 2/2, 1/2, 1/2 (p = 0.75); B: 1/2, 0/2, 0/2, 0/2 (p = 0.125)
    a = dict(count=6, total=8, count_sq=10, count_total=12, total_sq=16, docs=4)
    b = dict(count=1, total=8, count_sq=1, count_total=2, total_sq=16, docs=4)
    _, la, ha = _by_hand([2, 2, 1, 1], [2, 2, 2, 2])
    _, lb, hb = _by_hand([1, 0, 0, 0], [2, 2, 2, 2])
    d = 0.75 - 0.125
    low, high = difference_interval(a, b)
    assert low == pytest.approx(d - np.hypot(0.75 - la, hb - 0.125))
    assert high == pytest.approx(d + np.hypot(ha - 0.75, 0.125 - lb))


def _clustered(rng, articles, size):
    """Articles that each pick a convention: p_i ~ Beta(0.4, 0.6), n_i ~ 1 + Poisson(6)."""
    p = rng.beta(0.4, 0.6, size=articles)
    n = 1 + rng.poisson(6, size=articles)
    k = rng.binomial(n, p)
    return k, n


def test_coverage_by_simulation_beats_mention_level_wilson():
    """With articles that repeat their convention, the article-level interval covers the
    population share at least 93% of the time; the mention-level Wilson interval does not."""
    from statsmodels.stats.proportion import proportion_confint

    rng = np.random.default_rng(7)
    k_all, n_all = _clustered(rng, 400, None)
    truth = k_all.sum() / n_all.sum()
    draws, m = 1500, 12
    idx = rng.integers(0, 400, size=(draws, m))
    k, n = k_all[idx].astype(float), n_all[idx].astype(float)
    low, high = article_share_interval(k.sum(1), n.sum(1), count_sq=(k * k).sum(1), count_total=(k * n).sum(1),
                                       total_sq=(n * n).sum(1), docs=np.full(draws, m))
    ours = ((low <= truth) & (truth <= high)).mean()
    wl, wh = proportion_confint(k.sum(1), n.sum(1), method="wilson")
    wilson = ((wl <= truth) & (truth <= wh)).mean()
    assert ours >= 0.93
    assert wilson < 0.85


def test_count_terms_intervals_equal_the_simulation_formula(pooled):
    """count_terms (streamed, two processes) gives the interval of the per-article sums."""
    s1 = framing.count_terms(pooled, min_count=0, min_docs=0)
    s2 = framing.count_terms(pooled, min_count=0, min_docs=0, jobs=2)
    assert s1.equals(s2)
    per_doc = framing.count_terms(pooled, by="doc", min_count=0, min_docs=0)
    b = s1[(s1.group == "B") & (s1.family == "jihadist_name")].set_index("label")
    d = per_doc[per_doc.group.isin(["003", "004"]) & (per_doc.family == "jihadist_name")]
    for label, r in b.iterrows():
        rows = d[d.label == label]
        share, low, high = share_interval(rows["count"], rows["family_count"])
        if np.isnan(share):
            assert np.isnan(r["share"])
            continue
        assert (r["share"], r["share_low"], r["share_high"]) == pytest.approx((share, low, high), nan_ok=True)


def test_events_read_one_by_one_are_not_capped_at_the_articles():
    """An extraction's accuracy (one_choice_per_article=False): n_eff bounded by the items,
    not the articles; worked by hand, narrower than the convention interval."""
    k, n = [9, 10, 7, 12, 5], [10, 10, 9, 14, 8]
    p, low, high = share_interval(k, n, one_choice_per_article=False)
    hp, hl, hh = _by_hand(k, n, cap=False)
    assert (p, low, high) == pytest.approx((hp, hl, hh), abs=1e-12)
    _, cl, ch = share_interval(k, n)
    assert cl < low < p < high < ch
    with pytest.raises(framing.ParameterError, match="one_choice_per_article"):
        share_interval(k, n, one_choice_per_article="no")


def test_coverage_of_accuracy_intervals_by_simulation():
    """Items read right or wrong with an article effect (p_i ~ Beta with mean 0.85, ICC 0.1;
    3-19 items per article, 15 articles): the interval covers the truth about 95% of the time
    (the bound capped at the articles would cover nearly always, twice as wide)."""
    rng = np.random.default_rng(11)
    draws, m, mean, icc = 1500, 15, 0.85, 0.1
    a, b = mean * (1 - icc) / icc, (1 - mean) * (1 - icc) / icc
    n = rng.integers(3, 20, size=(draws, m)).astype(float)
    k = rng.binomial(n.astype(int), rng.beta(a, b, size=(draws, m))).astype(float)
    sums = dict(count_sq=(k * k).sum(1), count_total=(k * n).sum(1), total_sq=(n * n).sum(1), docs=np.full(draws, m))
    low, high = article_share_interval(k.sum(1), n.sum(1), **sums, one_choice_per_article=False)
    covered = ((low <= mean) & (mean <= high)).mean()
    assert 0.92 <= covered <= 0.985
    cl, ch = article_share_interval(k.sum(1), n.sum(1), **sums)
    assert ((cl <= mean) & (mean <= ch)).mean() > 0.99 and np.mean(ch - cl) > 1.5 * np.mean(high - low)


def test_two_article_share_bounds_are_edges_not_float_artefacts():
    """Two articles: n_eff falls to a fraction of one observation, and share_low printed as
    2e-135 / 2e-90 (a Clopper-Pearson bound of a fraction of a success); it is 0 now, as the
    docs promise bounds at the edges, and a three-article share keeps its real bounds."""
    low, high = article_share_interval(1, 2, count_sq=1, count_total=1, total_sq=2, docs=2)
    assert (low, high) == (0.0, 1.0)
    low, _ = article_share_interval(2, 20, count_sq=4, count_total=20, total_sq=200, docs=2)
    assert low == 0.0
    df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"],
                       "text": ["The regime said so.", "The government said so. The government again."]})
    out = framing.count_terms(df, min_count=1, min_docs=1, warn=False)
    row = out[(out["family"] == "syrian_state") & (out["label"] == "regime")].iloc[0]
    assert row["share"] > 0 and row["share_low"] == 0.0 and "e-" not in repr(row["share_low"])
    share, low, high = share_interval([5, 1, 6], [10, 10, 10])
    assert 0.0 < low < share < high < 1.0
