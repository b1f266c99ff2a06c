"""The sums over articles that a share's article-level interval needs, kept while a corpus streams by.

A share is ``Σ k_i / Σ n_i`` over a group's articles (``k_i``: the article's count of a
label, a source category …; ``n_i``: its count of the family, of attributions …). Its
interval (:func:`framing.stats.article_share_interval`) needs, besides the two sums,
``Σ k_i²``, ``Σ k_i n_i``, ``Σ n_i²`` and the number of articles. :class:`ArticleSums`
keeps them per key, one article at a time, and merges with the sums of other chunks,
processes or Dask partitions (it pickles: a Dask partition returns one). Term scores
(:mod:`framing.terms`), the sourcing profile (:mod:`framing.sources.profile`), Dask
(:mod:`framing.dask`) and comparisons (:mod:`framing.compare`) all read theirs from it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

__all__ = ["ArticleSums", "merge_by_group", "share_sums"]


class ArticleSums:
    """Per share key ``[Σk, Σk², Σk·n, articles with k > 0]``; per total key ``[Σn, Σn²,
    articles with n > 0]``. Plain dicts of lists: :meth:`add` runs once per article on the
    scoring path.

    Examples
    --------
    Two articles: "regime" 3 times of 4 mentions of the state, then 0 of 2:

    >>> s = ArticleSums()
    >>> s.add({"regime": 3}, {"state": 4}, lambda key: "state")
    >>> s.add({}, {"state": 2}, lambda key: "state")
    >>> s.share("regime", "state")
    {'count': 3, 'total': 6, 'count_sq': 9, 'count_total': 12, 'total_sq': 20, 'docs': 2}
    """

    __slots__ = ("shares", "totals")

    def __init__(self) -> None:
        self.shares: dict = {}
        self.totals: dict = {}

    def add(self, counts: dict, totals: dict, total_of: Callable[[Hashable], Hashable]) -> None:
        """Add one article: ``counts`` ``{share key: k}``, ``totals`` ``{total key: n}``
        (``total_of(share key)`` names a share's total). Zeros are left out: an article
        counts among a key's articles only when it has some of it."""
        shares = self.shares
        for key, k in counts.items():
            if not k:
                continue
            kn = k * totals[total_of(key)]
            m = shares.get(key)
            if m is None:
                shares[key] = [k, k * k, kn, 1]
            else:
                m[0] += k
                m[1] += k * k
                m[2] += kn
                m[3] += 1
        own = self.totals
        for key, n in totals.items():
            if not n:
                continue
            m = own.get(key)
            if m is None:
                own[key] = [n, n * n, 1]
            else:
                m[0] += n
                m[1] += n * n
                m[2] += 1

    def merge(self, other: ArticleSums) -> ArticleSums:
        """Add another chunk's sums to these (in place; returns self)."""
        for mine, theirs in ((self.shares, other.shares), (self.totals, other.totals)):
            for key, values in theirs.items():
                m = mine.get(key)
                if m is None:
                    mine[key] = list(values)
                else:
                    for i, v in enumerate(values):
                        m[i] += v
        return self

    def docs(self, key) -> int:
        """The articles that have some of share ``key``."""
        m = self.shares.get(key)
        return m[3] if m else 0

    def share(self, key, total_key) -> dict:
        """The keyword arguments of :func:`framing.stats.article_share_interval` for the
        share ``key`` of ``total_key`` (zeros where none was seen)."""
        k, kk, kn, _ = self.shares.get(key) or (0, 0, 0, 0)
        n, nn, m = self.totals.get(total_key) or (0, 0, 0)
        return dict(count=k, total=n, count_sq=kk, count_total=kn, total_sq=nn, docs=m)

    def __eq__(self, other) -> bool:
        return isinstance(other, ArticleSums) and (self.shares, self.totals) == (other.shares, other.totals)

    def __repr__(self) -> str:
        return f"ArticleSums({len(self.shares)} shares, {len(self.totals)} totals)"


def merge_by_group(into: dict, part: dict) -> dict:
    """Merge ``{group: ArticleSums}`` of one chunk into the running ``{group: ArticleSums}``."""
    for group, sums in part.items():
        mine = into.get(group)
        if mine is None:
            into[group] = ArticleSums().merge(sums)
        else:
            mine.merge(sums)
    return into


def share_sums(k, n) -> dict:
    """The same sums from each article's counts of one group (arrays ``k_i``, ``n_i``; every
    article with ``n_i > 0``), as floats.

    >>> import numpy as np
    >>> share_sums(np.array([3.0, 0.0]), np.array([4.0, 2.0]))
    {'count': 3.0, 'total': 6.0, 'count_sq': 9.0, 'count_total': 12.0, 'total_sq': 20.0, 'docs': 2}
    """
    return dict(count=float(k.sum()), total=float(n.sum()), count_sq=float((k * k).sum()), count_total=float((k * n).sum()),
                total_sq=float((n * n).sum()), docs=len(k))
