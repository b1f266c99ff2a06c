"""The accumulator of article-level sums: one article at a time, merged across chunks."""

import pickle

import numpy as np
import pytest

from framing._moments import ArticleSums, merge_by_group, share_sums
from framing.stats import article_share_interval, share_interval

# five articles: (regime, government) counts of the state family
ARTICLES = [(3, 1), (0, 2), (2, 0), (4, 1), (0, 0)]


def _add(sums, articles):
    for r, g in articles:
        sums.add({"regime": r, "government": g}, {"state": r + g}, lambda key: "state")
    return sums


def test_sums_worked_by_hand():
    s = _add(ArticleSums(), ARTICLES)
    # regime: k = 3, 0, 2, 4 of n = 4, 2, 2, 5 (the fifth article mentions nothing)
    assert s.share("regime", "state") == dict(count=9, total=13, count_sq=9 + 4 + 16, count_total=12 + 4 + 20,
                                              total_sq=16 + 4 + 4 + 25, docs=4)
    assert s.docs("regime") == 3 and s.docs("government") == 3 and s.docs("army") == 0
    assert s.share("army", "state")["count"] == 0
    # the interval from the sums is share_interval's from the articles
    k, n = np.array([3, 0, 2, 4], float), np.array([4, 2, 2, 5], float)
    assert article_share_interval(**s.share("regime", "state")) == pytest.approx(share_interval(k, n)[1:])
    assert {key: float(v) for key, v in s.share("regime", "state").items()} == share_sums(k, n)


def test_merging_chunks_is_one_pass():
    whole = _add(ArticleSums(), ARTICLES)
    parts = [_add(ArticleSums(), ARTICLES[:2]), _add(ArticleSums(), ARTICLES[2:])]
    assert parts[0].merge(parts[1]) == whole
    by_group: dict = {}
    for part in ({"X": _add(ArticleSums(), ARTICLES[:1])}, {"X": _add(ArticleSums(), ARTICLES[1:]), "Y": ArticleSums()}):
        merge_by_group(by_group, part)
    assert by_group["X"] == whole and by_group["Y"] == ArticleSums()
    # a Dask partition or a process sends its sums pickled
    assert pickle.loads(pickle.dumps(whole)) == whole
