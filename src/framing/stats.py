"""Statistics with the article as the sampling unit.

An article picks a convention and repeats it: eight mentions of "regime" in one article are
not eight independent choices of the outlet. Every share the toolkit prints — a label's share
of its family, a source category's share of the attributions — is a *ratio* of two sums over
articles, ``share = Σ k_i / Σ n_i`` (``k_i``: the article's mentions of the label, ``n_i``: its
mentions of the family). Its interval treats the articles as the sample:

1. the variance of the ratio estimator with articles as clusters (the linearised,
   cluster-robust variance of survey statistics, Cochran 1977 §6.4 / Wolter 2007 §6),
   ``V = m / (m - 1) · Σ (k_i - p n_i)² / (Σ n_i)²`` over the ``m`` articles with ``n_i > 0``;
2. an effective number of observations ``n_eff = p (1 - p) / V`` (Kish's design effect),
   shrunk by ``(z / t_{m-1})²`` for the few degrees of freedom of ``m`` clusters (Korn &
   Graubard 1998);
3. never more than the number of articles ``m``: a sample of ``m`` articles holds at most
   ``m`` independent choices of a convention (and when the share is 0 or 1, or every article
   has the same share, the variance says nothing and ``m`` is used);
4. the Clopper–Pearson interval of ``p · n_eff`` successes in ``n_eff`` trials (the beta
   quantiles of :func:`statsmodels.stats.proportion.proportion_confint`'s ``"beta"`` method,
   taken from ``scipy.special`` directly: importing ``scipy.stats`` would add a second to
   every command).

A group of one article gets no interval (NaN): one article says nothing about an outlet beyond
that article. ``docs/statistics.md`` shows by simulation how often these intervals cover the
truth, against the mention-level Wilson interval used before.
"""

from __future__ import annotations

import numpy as np
from scipy.special import betaincinv, ndtri, stdtrit  # scipy.stats' quantiles without its second of import time

from ._params import WHOLE, Instance, Interval, check, validate_params
from .errors import FramingError

__all__ = ["article_share_interval", "share_interval", "difference_interval", "log_odds_dirichlet", "cluster_variance", "check_min",
           "MIN_DOCS", "MIN_COUNT", "CONFIDENCE"]

#: Groups whose share rests on fewer articles than this are flagged ``too_few`` by default.
MIN_DOCS = 5
#: Groups whose share rests on fewer mentions (attributions …) than this are flagged ``too_few`` by default.
MIN_COUNT = 10
#: A bound of a share's interval within this of 0 or 1 is that edge. With two or three articles
#: ``n_eff`` falls far below one observation (``(z/t_1)² ≈ 0.02``) and the Clopper–Pearson
#: bound of a fraction of a success is a number such as 2e-90: 0 in every sense a share has.
EDGE = 1e-6


#: A yes-or-no option.
FLAG = Instance(bool, text="True or False")

#: The ``confidence`` option of intervals.
CONFIDENCE = Interval(0, 1, closed="neither", text="a number between 0 and 1 (e.g. 0.95)")


def check_min(**options) -> None:
    """Refuse a threshold that is not a whole number ≥ 0 (``min_count=-5``), naming it: the
    constraint :data:`framing._params.WHOLE` that public functions declare, for callers that
    check by hand."""
    for name, v in options.items():
        check(name, v, WHOLE)


def cluster_variance(count, total, count_sq, count_total, total_sq, docs):
    """The share ``p = Σk / Σn`` and its variance with articles as clusters, from the sums:
    ``V = m / (m - 1) · Σ (k_i - p n_i)² / (Σ n_i)²``, the sum of squares expanded as
    ``Σk² - 2 p Σkn + p² Σn²`` (never below 0). Arrays (or scalars) of one shape; ``docs``
    (``m``) at least 2 and ``total`` above 0 where the result is used.

    >>> [round(float(x), 4) for x in cluster_variance(3.0, 6.0, 9.0, 12.0, 20.0, 2)]   # 3 of 4, 0 of 2
    [0.5, 0.1111]
    """
    p = count / total
    resid = np.clip(count_sq - 2 * p * count_total + p * p * total_sq, 0.0, None)
    return p, docs / (docs - 1) * resid / (total * total)


@validate_params(confidence=CONFIDENCE, one_choice_per_article=FLAG)
def article_share_interval(count, total, *, count_sq, count_total, total_sq, docs, confidence: float = 0.95,
                           one_choice_per_article: bool = True):
    """Interval of a share ``Σk / Σn`` with articles as the sampling unit, from sums over articles.

    Every argument is a sum over the articles of a group (scalars or arrays of one shape), so
    the interval can be computed from counts kept while a corpus streams by.

    Parameters
    ----------
    count, total : array-like
        ``Σ k_i`` (mentions of the label) and ``Σ n_i`` (mentions of the family).
    count_sq, count_total, total_sq : array-like
        ``Σ k_i²``, ``Σ k_i n_i`` and ``Σ n_i²``.
    docs : array-like
        ``m``, the number of articles with ``n_i > 0``.
    confidence : float
        0.95 for a 95% interval.
    one_choice_per_article : bool
        True (shares of a convention): an article's mentions are one choice repeated, so
        the effective number of observations is never more than ``m`` (step 3 above).
        False (the accuracy of an extraction scored against a reader, ``framing evaluate``):
        each item is an event of its own whose correlation within an article the cluster
        variance measures, so ``n_eff`` is bounded by ``Σ n`` only (``docs/statistics.md``:
        its coverage by simulation).

    Returns
    -------
    (low, high)
        Floats or arrays; NaN where ``m < 2`` or ``Σ n = 0``. ``low`` is exactly 0 when the
        count is 0, ``high`` exactly 1 when the count is the total; with
        ``one_choice_per_article``, a bound within :data:`EDGE` of 0 or 1 is that edge (not a
        float such as 2e-90).

    Examples
    --------
    Two articles, one saying "regime" 3 times of 4, the other 0 times of 2:

    >>> low, high = article_share_interval(3, 6, count_sq=9, count_total=12, total_sq=20, docs=2)
    >>> round(low, 3), round(high, 3)
    (0.0, 1.0)
    """
    level = float(confidence)
    k, n, kk, kn, nn, m = (np.asarray(v, dtype=float) for v in (count, total, count_sq, count_total, total_sq, docs))
    scalar = k.ndim == 0
    k, n, kk, kn, nn, m = np.broadcast_arrays(*(np.atleast_1d(v) for v in (k, n, kk, kn, nn, m)))
    ok = (n > 0) & (m >= 2)
    low = np.full(k.shape, np.nan)
    high = np.full(k.shape, np.nan)
    if ok.any():
        k, n, kk, kn, nn, m = (v[ok] for v in (k, n, kk, kn, nn, m))
        p, var = cluster_variance(k, n, kk, kn, nn, m)
        with np.errstate(divide="ignore", invalid="ignore"):
            n_eff = np.where(var > 0, p * (1 - p) / var, np.inf)
        z = ndtri(0.5 + level / 2)
        t = stdtrit(m - 1, 0.5 + level / 2)
        n_eff = np.minimum(n_eff * (z / t) ** 2, n)
        if one_choice_per_article:
            n_eff = np.minimum(n_eff, m)
        # Clopper-Pearson, as statsmodels' proportion_confint(method="beta") computes it
        x = p * n_eff
        alpha = 1 - level
        with np.errstate(divide="ignore", invalid="ignore"):
            lo = betaincinv(x, n_eff - x + 1, alpha / 2)
            hi = betaincinv(x + 1, n_eff - x, 1 - alpha / 2)
        edge = EDGE if one_choice_per_article else 0.0  # scores against a reader keep their bounds as computed
        lo = np.where((k == 0) | (lo < edge), 0.0, np.clip(lo, 0.0, 1.0))
        hi = np.where((k == n) | (hi > 1 - edge), 1.0, np.clip(hi, 0.0, 1.0))
        low[ok], high[ok] = lo, hi
    if scalar:
        return float(low[0]), float(high[0])
    return low, high


@validate_params(confidence=CONFIDENCE, one_choice_per_article=FLAG)
def share_interval(counts, totals, *, confidence: float = 0.95, one_choice_per_article: bool = True):
    """The same interval from the per-article counts of one group.

    Parameters
    ----------
    counts, totals : array-like
        ``k_i`` and ``n_i`` for each article (articles with ``n_i = 0`` are left out: they
        say nothing about the share).
    confidence, one_choice_per_article
        As :func:`article_share_interval`'s.

    Returns
    -------
    (share, low, high)

    Examples
    --------
    >>> share, low, high = share_interval([3, 0, 2, 4], [4, 2, 2, 5])
    >>> round(share, 3), round(low, 3), round(high, 3)
    (0.692, 0.153, 0.987)
    """
    k = np.asarray(counts, dtype=float)
    n = np.asarray(totals, dtype=float)
    if k.shape != n.shape or k.ndim != 1:
        raise FramingError("counts and totals must be two lists of the same length (one number per article).")
    if (k < 0).any() or (k > n).any():
        raise FramingError("each article's count must lie between 0 and its total.")
    keep = n > 0
    k, n = k[keep], n[keep]
    share = float(k.sum() / n.sum()) if n.sum() > 0 else float("nan")
    low, high = article_share_interval(k.sum(), n.sum(), count_sq=(k * k).sum(), count_total=(k * n).sum(),
                                       total_sq=(n * n).sum(), docs=len(k), confidence=confidence,
                                       one_choice_per_article=one_choice_per_article)
    return share, low, high


@validate_params(confidence=CONFIDENCE)
def difference_interval(a: dict, b: dict, *, confidence: float = 0.95):
    """Interval of the difference of two shares ``p_a - p_b``, articles as the unit in each group.

    The two groups' own intervals (:func:`article_share_interval`) are combined by the
    method of variance estimates recovery (MOVER; Newcombe 1998, method 10; Zou & Donner
    2008), which keeps their asymmetry near 0 and 1:
    ``low = d - √((p_a - l_a)² + (u_b - p_b)²)``, ``high = d + √((u_a - p_a)² + (p_b - l_b)²)``.

    Parameters
    ----------
    a, b : dict
        The keyword arguments of :func:`article_share_interval` for each group: ``count``,
        ``total``, ``count_sq``, ``count_total``, ``total_sq``, ``docs``.

    Returns
    -------
    (low, high)
        NaN where either group has fewer than two articles.

    Examples
    --------
    >>> a = dict(count=6, total=8, count_sq=10, count_total=12, total_sq=16, docs=4)   # 2/2, 2/2, 1/2, 1/2
    >>> b = dict(count=1, total=8, count_sq=1, count_total=2, total_sq=16, docs=4)     # 1/2, 0/2, 0/2, 0/2
    >>> [round(x, 3) for x in difference_interval(a, b)]
    [-0.295, 0.901]
    """
    la, ha = article_share_interval(**a, confidence=confidence)
    lb, hb = article_share_interval(**b, confidence=confidence)
    with np.errstate(divide="ignore", invalid="ignore"):
        pa = np.asarray(a["count"], dtype=float) / np.asarray(a["total"], dtype=float)
        pb = np.asarray(b["count"], dtype=float) / np.asarray(b["total"], dtype=float)
    d = pa - pb
    low = d - np.sqrt((pa - la) ** 2 + (hb - pb) ** 2)
    high = d + np.sqrt((ha - pa) ** 2 + (pb - lb) ** 2)
    low, high = np.clip(low, -1.0, 1.0), np.clip(high, -1.0, 1.0)
    if np.ndim(low) == 0:
        return float(low), float(high)
    return low, high


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
