"""Statistics that compare two groups' shares, as small classes in a registry.

A comparison (:func:`framing.compare_groups`, :func:`framing.compare_sourcing`) reads, for
each pair of groups, the sums over articles of each group (:mod:`framing._moments`) and
asks its statistic for an estimate, an interval and a permutation p-value that moves whole
articles between the two groups. A new statistic is one class::

    @register_statistic
    class RatioOfShares(Statistic):
        name = "ratio"
        ...

and ``compare_groups(..., statistic="ratio")`` uses it. The p-value needs only
:meth:`Statistic.permutation_statistic`, vectorised over splits; the splits are drawn as
:func:`scipy.stats.permutation_test` draws them (the same random numbers in the same order,
exact enumeration when there are no more splits than resamples), but each split's statistic
is computed from five sums over its articles instead of re-scoring the split.
"""

from __future__ import annotations

import math
from itertools import combinations
from typing import ClassVar

import numpy as np

from ._params import Constraint, check
from .errors import FramingError
from .stats import cluster_variance, difference_interval

__all__ = ["Statistic", "DifferenceOfShares", "STATISTICS", "register_statistic", "get_statistic", "permutation_test",
           "STATISTIC"]

#: Registered statistics by name.
STATISTICS: dict[str, type] = {}


def register_statistic(cls: type) -> type:
    """Class decorator: make a :class:`Statistic` available by its ``name``."""
    if not (isinstance(cls, type) and issubclass(cls, Statistic)) or not getattr(cls, "name", ""):
        raise FramingError("a comparison statistic is a subclass of framing.compare.Statistic with a name.")
    STATISTICS[cls.name] = cls
    return cls


class _StatisticOption(Constraint):
    """The ``statistic`` option: a name in the registry (read at each check, so a statistic
    registered later is accepted), a :class:`Statistic` or its class."""

    @property
    def text(self) -> str:
        return f"one of {', '.join(STATISTICS)} (or a Statistic)"

    def holds(self, value) -> bool:
        if isinstance(value, Statistic) or (isinstance(value, type) and issubclass(value, Statistic)):
            return True
        try:
            return value in STATISTICS
        except TypeError:  # unhashable
            return False

    def message(self, name: str, value) -> str:
        return f"no comparison statistic {value!r}; {name} must be {self.text}."


#: The ``statistic`` option of comparisons.
STATISTIC = _StatisticOption()


def get_statistic(statistic) -> Statistic:
    """The statistic named ``statistic`` (or the instance given)."""
    check("statistic", statistic, STATISTIC)
    if isinstance(statistic, Statistic):
        return statistic
    if isinstance(statistic, type):
        return statistic()
    return STATISTICS[statistic]()


class Statistic:
    """How two groups' shares are compared. Every method takes each group's sums over
    articles as the keyword arguments of :func:`framing.stats.article_share_interval`
    (``count, total, count_sq, count_total, total_sq, docs``), scalars or arrays.

    Subclasses set ``name`` (the option's value), ``title`` (a phrase for help texts and
    titles), ``axis_label`` (the x-axis label of :func:`framing.plots.plot_differences`;
    ``{what}`` is replaced by what the shares are of) and ``null`` (the value under "no
    difference"), and define :meth:`estimate`, :meth:`interval` and
    :meth:`permutation_statistic`.
    """

    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    axis_label: ClassVar[str] = "{what}"
    null: ClassVar[float] = 0.0

    def estimate(self, a: dict, b: dict):
        """The statistic of group A against group B."""
        raise NotImplementedError

    def interval(self, a: dict, b: dict, *, confidence: float = 0.95):
        """``(low, high)`` at ``confidence``; NaN where it cannot be had."""
        raise NotImplementedError

    def permutation_statistic(self, a: dict, b: dict):
        """The statistic of a split whose extreme values count against "no difference"
        (larger is more extreme), vectorised over splits: each sum an array."""
        return np.abs(np.asarray(self.estimate(a, b), dtype=float) - self.null)

    def p_value(self, k_a, n_a, k_b, n_b, *, resamples: int = 9999, rng=None) -> float:
        """Two-sided permutation p-value from each article's counts (:func:`permutation_test`)."""
        return permutation_test(k_a, n_a, k_b, n_b, self.permutation_statistic, resamples=resamples, rng=rng)

    def describe(self) -> str:
        return f"{self.name}: {self.title}"


#: The statistic of a split in which both groups are unanimous and differ (no spread to
#: scale by): larger than any finite |t| (scipy's tie tolerance needs a finite number).
_UNANIMOUS = 1e9


@register_statistic
class DifferenceOfShares(Statistic):
    """``p_a - p_b``: its interval combines each group's article-level interval by MOVER
    (:func:`framing.stats.difference_interval`); its permutation statistic is the size of the
    difference divided by its article-level standard error, ``|p_a - p_b| / √(V_a + V_b)``
    with each ``V`` the cluster-robust variance (:func:`framing.stats.cluster_variance`),
    rounded to two decimals. Studentised, the test compares the shares even when the groups'
    articles differ in other ways (length, how often they mention the family) — a raw
    difference would test that the two groups' articles are alike in every respect (Chung &
    Romano 2013)."""

    name = "difference"
    title = "difference of shares (percentage points), MOVER interval, studentised permutation test"
    axis_label = "difference in the share of {what}, percentage points (95% interval, articles as the unit)"

    def estimate(self, a: dict, b: dict):
        return a["count"] / a["total"] - b["count"] / b["total"]

    def interval(self, a: dict, b: dict, *, confidence: float = 0.95):
        return difference_interval(a, b, confidence=confidence)

    def permutation_statistic(self, a: dict, b: dict):
        pa, va = cluster_variance(a["count"], a["total"], a["count_sq"], a["count_total"], a["total_sq"], a["docs"])
        pb, vb = cluster_variance(b["count"], b["total"], b["count_sq"], b["count_total"], b["total_sq"], b["docs"])
        d = pa - pb
        se = np.sqrt(va + vb)
        # both groups unanimous: no spread to scale by; the difference is all or nothing
        tiny = se <= 1e-12
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(tiny, np.where(np.abs(d) <= 1e-12, 0.0, _UNANIMOUS), np.abs(d) / np.where(tiny, 1.0, se))
        # |t| to two decimals: splits that differ only in the last digits (which articles
        # without the label went where) are ties, not "more extreme"
        return np.round(t, 2)


_SUMS = ("count", "count_sq", "count_total", "total", "total_sq")
#: Split × article cells gathered at a time (memory, not results: the splits are the same).
_CELLS = 2_000_000


def permutation_test(k_a, n_a, k_b, n_b, statistic, *, resamples: int = 9999, rng=None) -> float:
    """P-value of ``statistic`` (larger: more extreme) over splits of the pooled articles into
    groups of the original sizes.

    The splits and the p-value are those of :func:`scipy.stats.permutation_test` with
    ``permutation_type="independent"``, ``alternative="greater"``: every split when there
    are no more than ``resamples`` (exact), otherwise ``resamples`` permutations drawn one
    by one with ``rng.permutation`` (the same random numbers in the same order), ties within
    scipy's relative tolerance counted as extreme, ``(extreme + 1) / (resamples + 1)``. Each
    split's statistic comes from the sums of ``k``, ``k²``, ``k·n``, ``n``, ``n²`` over its
    articles (group B's sums: the pooled sums minus A's), gathered with NumPy in batches —
    integer sums, so exactly the numbers re-scoring gives. NaN when a group has fewer than
    two articles.
    """
    k = np.concatenate([np.asarray(k_a, float), np.asarray(k_b, float)])
    n = np.concatenate([np.asarray(n_a, float), np.asarray(n_b, float)])
    na = len(np.atleast_1d(k_a))
    size = len(k)
    nb = size - na
    if na < 2 or nb < 2:
        return float("nan")
    if (n <= 0).any():
        raise FramingError("every article compared must mention the family (n > 0).")
    per_article = np.stack([k, k * k, k * n, n, n * n])  # (5, articles), in the order of _SUMS
    pooled = per_article.sum(axis=1)

    def stat(sums_a):  # sums_a: (splits, 5) or (5,)
        a = dict(zip(_SUMS, np.moveaxis(sums_a, -1, 0)), docs=na)
        b = dict(zip(_SUMS, np.moveaxis(pooled - sums_a, -1, 0)), docs=nb)
        return statistic(a, b)

    def sums_of(idx):  # idx: (splits, articles of the split's group); one gather per sum is faster than one of all five
        return np.stack([row[idx].sum(axis=1) for row in per_article], axis=-1)

    observed = stat(per_article[:, :na].sum(axis=1))
    splits = math.comb(size, na)
    exact = resamples >= splits
    gather_a = na <= nb  # gather the smaller group's articles; the other's sums are the rest
    batch = max(1, _CELLS // size)
    null = []
    if exact:
        chosen = np.array(list(combinations(range(size), na)), dtype=np.intp)
        for i in range(0, splits, batch):
            null.append(stat(sums_of(chosen[i:i + batch])))
        count = splits
    else:
        rng = np.random.default_rng(rng)
        for i in range(0, resamples, batch):
            perms = np.array([rng.permutation(size) for _ in range(min(batch, resamples - i))])
            null.append(stat(sums_of(perms[:, :na]) if gather_a else pooled - sums_of(perms[:, na:])))
        count = resamples
    null = np.concatenate(null)
    gamma = np.abs(np.finfo(np.float64).eps * 100 * observed)
    adjustment = 0 if exact else 1
    extreme = np.count_nonzero(null >= observed - gamma) + adjustment
    return float(np.clip(np.float64(extreme) / (count + adjustment), 0.0, 1.0))
