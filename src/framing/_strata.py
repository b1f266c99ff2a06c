"""Comparing two groups within strata (events, days, any matching column): the difference of
shares estimated inside each stratum and combined, its interval with the stratum as the
unit, and a permutation test that moves group labels only inside each stratum.

For two groups A and B and the strata that hold articles of both, each article ``i`` with
``k_i`` mentions of a label among ``n_i`` of its family:

- **In each stratum** ``s``: ``d_s = p_As - p_Bs``, each share ``Σk / Σn`` over the group's
  articles in the stratum (as every share of the toolkit).
- **Combined** with Mantel–Haenszel weights for a risk difference, ``w_s = m_As m_Bs /
  (m_As + m_Bs)`` (``m``: articles), ``D = Σ w_s d_s / Σ w_s`` (Greenland & Robins 1985): a
  stratum weighs by how much it can say about the difference, the weights need no variance
  within a stratum (one article per group and event is the common matched design), and with
  one article per group in each stratum ``D`` is the mean of the paired differences.
- **Interval** with the strata as clusters: ``V = S/(S-1) · Σ w_s² (d_s - D)² / (Σ w_s)²``
  (the linearised variance of a ratio of sums over clusters, CR1; Cameron & Miller 2015),
  ``D ± t_{S-1} √V``, kept inside [-1, 1]. It covers the difference one would find over
  more events like these; with few strata it is wide, as it should be.
- **Test**: ``|D|`` over the splits that keep every stratum's numbers of A and B articles
  and move articles only inside their stratum (the weights stay as they are): every split
  when there are no more than ``resamples`` (exact), otherwise ``resamples`` random ones,
  ``(1 + #{as extreme}) / (1 + resamples)``. With one article per group and stratum the
  splits are the sign flips of the paired differences: Fisher's randomisation test of a
  matched design (``scipy.stats.permutation_test(..., permutation_type="samples")`` on the
  mean difference), and in general the randomisation test of a stratified design (Rosenbaum
  2002, ch. 2). It is not studentised as the unpaired test is: with few strata ``√V`` rests
  on a handful of differences, and a split in which every stratum gives the same difference
  (``V = 0``) would count as infinitely extreme, however small the difference.
"""

from __future__ import annotations

import math
import warnings
from itertools import combinations

import numpy as np
import pandas as pd
from scipy import stats as sps

from .corpus import as_corpus
from .errors import FramingWarning, caller_stacklevel
from .groups import grouping

__all__ = ["within_difference", "stratum_shares", "strata_of", "Strata", "warn_unmatched"]

#: Split × article cells gathered at a time (memory only: the splits are the same).
_CELLS = 2_000_000


def stratum_shares(k_a, n_a, s_a, k_b, n_b, s_b) -> dict:
    """Per stratum present in both groups (sorted as ``np.unique`` sorts the codes): the sums
    and the difference. ``k``, ``n``: each article's counts; ``s``: its stratum code (int).

    Returns a dict of arrays ``strata, count_a, total_a, docs_a, count_b, total_b, docs_b,
    difference, weight``, and ``unmatched_a`` / ``unmatched_b``: the articles of each group
    in strata without the other group.
    """
    k_a, n_a, s_a = (np.asarray(x) for x in (k_a, n_a, s_a))
    k_b, n_b, s_b = (np.asarray(x) for x in (k_b, n_b, s_b))
    both = np.intersect1d(s_a, s_b)
    ia, ib = np.isin(s_a, both), np.isin(s_b, both)
    pos_a, pos_b = np.searchsorted(both, s_a[ia]), np.searchsorted(both, s_b[ib])
    size = len(both)

    def sums(values, pos):
        return np.bincount(pos, weights=values.astype(float), minlength=size)

    out = dict(strata=both, count_a=sums(k_a[ia], pos_a), total_a=sums(n_a[ia], pos_a),
               docs_a=np.bincount(pos_a, minlength=size), count_b=sums(k_b[ib], pos_b),
               total_b=sums(n_b[ib], pos_b), docs_b=np.bincount(pos_b, minlength=size),
               unmatched_a=int((~ia).sum()), unmatched_b=int((~ib).sum()))
    out["difference"] = out["count_a"] / out["total_a"] - out["count_b"] / out["total_b"]
    out["weight"] = out["docs_a"] * out["docs_b"] / (out["docs_a"] + out["docs_b"])
    return out


def _combined(d, w):
    """``D`` and ``V`` for differences ``d`` (…, strata) and weights ``w`` (strata)."""
    total = w.sum()
    est = (d * w).sum(axis=-1) / total
    strata = w.shape[-1]
    resid = w * (d - est[..., None])
    var = strata / (strata - 1) * (resid * resid).sum(axis=-1) / (total * total)
    return est, var


def _statistic(d, w):
    return _size((d * w).sum(axis=-1) / w.sum())


def _size(estimate):
    """``|D|`` to 12 decimals: splits whose ``D`` differ only by the rounding of sums taken in
    another order (0 against 1e-17) are ties."""
    return np.round(np.abs(estimate), 12)


def within_difference(k_a, n_a, s_a, k_b, n_b, s_b, *, resamples: int = 9999, rng=None,
                      confidence: float = 0.95) -> dict:
    """The stratified comparison of the module's description for one label and two groups.

    Returns ``estimate, low, high, p_value, strata`` (strata with both groups), the
    per-stratum arrays of :func:`stratum_shares` under ``table``, and ``unmatched_a``,
    ``unmatched_b``. Interval and p-value are NaN with fewer than two such strata.
    """
    t = stratum_shares(k_a, n_a, s_a, k_b, n_b, s_b)
    strata = len(t["strata"])
    out = dict(table=t, strata=strata, unmatched_a=t["unmatched_a"], unmatched_b=t["unmatched_b"],
               estimate=float("nan"), low=float("nan"), high=float("nan"), p_value=float("nan"))
    if strata == 0:
        return out
    d, w = t["difference"], t["weight"]
    est, var = _combined(d, w) if strata > 1 else ((d * w).sum() / w.sum(), float("nan"))
    out["estimate"] = float(est)
    if strata < 2:
        return out
    half = sps.t.ppf(0.5 + confidence / 2, strata - 1) * math.sqrt(var)
    out["low"], out["high"] = max(-1.0, est - half), min(1.0, est + half)
    out["p_value"] = _p_value(np.asarray(k_a, float), np.asarray(n_a, float), np.asarray(s_a),
                              np.asarray(k_b, float), np.asarray(n_b, float), np.asarray(s_b), t,
                              resamples=resamples, rng=rng)
    return out


def _p_value(k_a, n_a, s_a, k_b, n_b, s_b, t: dict, *, resamples: int, rng) -> float:
    strata = t["strata"]
    w = t["weight"]
    observed = _statistic(t["difference"], w)
    pooled = []  # per stratum: (k, n) of its articles, A's first, and how many are A's
    sides = []
    for k, n, s in ((k_a, n_a, s_a), (k_b, n_b, s_b)):  # each group's articles cut by stratum (sorted once)
        order = np.argsort(s, kind="stable")
        edges = np.searchsorted(s[order], strata, side="left"), np.searchsorted(s[order], strata, side="right")
        sides.append([(k[order[lo:hi]], n[order[lo:hi]]) for lo, hi in zip(*edges)])
    for (ka, na), (kb, nb) in zip(*sides):
        pooled.append((np.concatenate([ka, kb]), np.concatenate([na, nb]), len(ka)))
    splits = math.prod(math.comb(len(k), m) for k, _, m in pooled)
    exact = splits <= resamples
    if exact:
        per = [_split_differences(k, n, np.array(list(combinations(range(len(k)), m)), dtype=np.intp))
               for k, n, m in pooled]
        grid = np.stack(np.meshgrid(*[np.arange(len(p)) for p in per], indexing="ij"), axis=-1).reshape(-1, len(per))
        null = _statistic(np.stack([p[grid[:, j]] for j, p in enumerate(per)], axis=-1), w)
        count = splits
    else:  # Σ w_s d_s gathered stratum by stratum: memory grows with resamples, not with strata × resamples
        rng = np.random.default_rng(rng)
        total = np.zeros(resamples)
        for j, (k, n, m) in enumerate(pooled):
            batch = max(1, _CELLS // len(k))
            for i in range(0, resamples, batch):
                rows = min(batch, resamples - i)
                idx = rng.permuted(np.tile(np.arange(len(k)), (rows, 1)), axis=1)[:, :m]
                total[i:i + rows] += w[j] * _split_differences(k, n, idx)
        null = _size(total / w.sum())
        count = resamples
    gamma = np.abs(np.finfo(np.float64).eps * 100 * observed)
    extreme = np.count_nonzero(null >= observed - gamma) + (0 if exact else 1)
    return float(min(1.0, extreme / (count + (0 if exact else 1))))


def _split_differences(k, n, idx):
    """``p_A - p_B`` of one stratum for each split, ``idx`` (splits, A's articles)."""
    ka, na = k[idx].sum(axis=1), n[idx].sum(axis=1)
    return ka / na - (k.sum() - ka) / (n.sum() - na)


# -- the rows of compare's tables ------------------------------------------------------------

def strata_of(corpus, within, date_col: str, load: dict):
    """The corpus loaded once, each document's stratum (a Series ``doc_id`` → text; None
    where the value is missing or a period has no usable date) and no loading options left."""
    corpus = as_corpus(corpus, **load)
    docs = corpus.documents
    grp = grouping(within, date_col=date_col)
    labels = pd.Series([None if v is None else grp.text(v) for v in grp.labels(docs)], index=docs["doc_id"], dtype=object)
    for key, freq in zip(grp.keys, grp.freqs):  # a missing value is no stratum, not a stratum called "unknown"
        if freq is None and key in docs.columns:
            raw = docs[key]
            labels[(raw.isna() | (raw.astype(str).str.strip() == "")).to_numpy()] = None
    return corpus, labels, {}


class Strata:
    """The strata of the rows of a comparison's article table (``wide``: rows ``(group,
    doc_id)``): integer codes (-1: none), their names, the column, and whether one row per
    stratum is asked."""

    def __init__(self, within, labels: pd.Series, doc_ids, per_stratum: bool):
        names = labels.reindex(doc_ids).to_numpy(object)
        self.codes, uniques = pd.factorize(names, sort=True, use_na_sentinel=True)
        self.names = list(uniques)
        self.column = within if isinstance(within, str) else ",".join(within)
        self.per_stratum = per_stratum

    def rows(self, what, k_all, n_all, ia, ib, a, b, cols, values, *, resamples, rng, confidence, min_count,
             min_docs) -> list:
        """The rows of one pair: one per value (:func:`within_difference`), or one per value
        × stratum (matched or not)."""
        codes = self.codes
        none_a, none_b = int((codes[ia] < 0).sum()), int((codes[ib] < 0).sum())
        ia, ib = ia[codes[ia] >= 0], ib[codes[ib] >= 0]
        rows = []
        for v, j in zip(values, cols):
            if self.per_stratum:
                rows.extend(self._stratum_rows(what, v, a, b, k_all[:, j], n_all, ia, ib))
                continue
            r = within_difference(k_all[ia, j], n_all[ia], codes[ia], k_all[ib, j], n_all[ib], codes[ib],
                                  resamples=resamples, rng=rng, confidence=confidence)
            t, w = r["table"], r["table"]["weight"]
            share_a = float((w * t["count_a"] / t["total_a"]).sum() / w.sum()) if len(w) else float("nan")
            docs_a, docs_b = int(t["docs_a"].sum()), int(t["docs_b"].sum())
            few = min(t["total_a"].sum(), t["total_b"].sum()) < min_count or min(docs_a, docs_b) < min_docs
            rows.append((what, v, a, b, share_a, share_a - r["estimate"], r["estimate"], r["low"], r["high"],
                         r["p_value"], t["count_a"].sum(), t["total_a"].sum(), docs_a, t["count_b"].sum(),
                         t["total_b"].sum(), docs_b, few, self.column, r["strata"], r["unmatched_a"] + none_a,
                         r["unmatched_b"] + none_b))
        return rows

    def _stratum_rows(self, what, v, a, b, k, n, ia, ib) -> list:
        codes = self.codes
        rows = []
        for s in sorted(set(codes[ia]) | set(codes[ib])):
            in_a, in_b = ia[codes[ia] == s], ib[codes[ib] == s]
            ka, na, kb, nb = k[in_a].sum(), n[in_a].sum(), k[in_b].sum(), n[in_b].sum()
            sa = ka / na if len(in_a) else np.nan
            sb = kb / nb if len(in_b) else np.nan
            matched = bool(len(in_a) and len(in_b))
            weight = len(in_a) * len(in_b) / (len(in_a) + len(in_b)) if matched else 0.0
            rows.append((what, v, a, b, self.names[s], matched, sa, sb, sa - sb, weight, ka, na, len(in_a), kb, nb,
                         len(in_b)))
        return rows


def warn_unmatched(out: pd.DataFrame) -> None:
    """One warning naming the articles left out of a comparison within strata."""
    if "unmatched_a" not in out.columns or not len(out):
        return
    per_pair = out.drop_duplicates(["group_a", "group_b"])
    lost = per_pair[(per_pair["unmatched_a"] > 0) | (per_pair["unmatched_b"] > 0)]
    if not len(lost):
        return
    shown = "; ".join(f"{r.group_a} {r.unmatched_a}, {r.group_b} {r.unmatched_b}" for r in lost.head(5).itertuples())
    more = f"; {len(lost) - 5} more pairs" if len(lost) > 5 else ""
    warnings.warn(f"within {out['within'].iloc[0]!r}: articles in a stratum that lacks the other group (or with no "
                  f"value) are left out of {len(lost)} of {len(per_pair)} pairs ({shown}{more}); see the columns "
                  f"unmatched_a and unmatched_b.", FramingWarning, stacklevel=caller_stacklevel())
