"""Comparisons within events: type I error and power of ``compare_groups(..., within=...)``
against the unpaired comparison, on simulated matched corpora.

Each simulated corpus holds two outlets, A and B, covering the same ``E`` events. Events
differ a lot in how they are named (the share of a label in an event: logit-normal, sd
1.5 on the logit scale, so from about 5% to 95%); each article's own share scatters around
its event's (beta, concentration 5), and its number of mentions of the family is 1 +
Poisson (A's articles are twice as long as B's: 1 + Poisson(6) against 1 + Poisson(3), so
a test that confuses length with naming shows it). Outlet A adds ``delta`` to the event's
share on the logit scale (0: no difference, the null hypothesis). Coverage of the events:

- ``balanced``: each outlet has 1–3 articles on each event (uniform);
- ``confounded``: A writes 3 articles on the events where the label is most used and 1 on
  the others, B the reverse — the outlets differ in *what* they cover, not in how they
  name it.

For every corpus both tests are run at 0.05: the within-event test
(:func:`framing._strata.within_difference`, stratified permutation, 999 resamples) and the
unpaired one (``compare_groups``' studentised permutation test, 999 resamples). The first
corpus of each cell is also written as texts and compared with ``compare_groups(...,
within="event")``; the script stops if the table's estimate or interval differ from the
simulated ones. The table, remade::

    .venv/bin/python benchmarks/within.py --out docs/statistics.md
"""

from __future__ import annotations

import argparse
import math
import sys
import time

import numpy as np
import pandas as pd
from statsmodels.stats.proportion import proportion_confint

from framing import compare_groups
from framing._statistics import DifferenceOfShares
from framing._strata import within_difference

CELLS = [  # (coverage, events, delta on the logit scale)
    ("balanced", 10, 0.0), ("balanced", 30, 0.0), ("confounded", 10, 0.0), ("confounded", 30, 0.0),
    ("balanced", 10, 0.5), ("balanced", 30, 0.5), ("balanced", 30, 1.0), ("confounded", 30, 0.5),
]


def simulate(rng, coverage: str, events: int, delta: float):
    """One corpus: per article ``(outlet, event, k, n)``; and the true difference the within
    estimate estimates in it, its weights applied to each event's expected difference of
    shares (the mean of A's article shares minus B's; 0 under the null)."""
    base = rng.normal(0.0, 1.5, events)
    high = base >= np.median(base)
    rows = []
    for e in range(events):
        for outlet, shift, length in (("A", delta, 6.0), ("B", 0.0, 3.0)):
            if coverage == "balanced":
                m = int(rng.integers(1, 4))
            else:
                m = 3 if high[e] == (outlet == "A") else 1
            mean = 1 / (1 + math.exp(-(base[e] + shift)))
            for _ in range(m):
                n = 1 + int(rng.poisson(length))
                theta = rng.beta(5 * mean, 5 * (1 - mean))
                rows.append((outlet, e, int(rng.binomial(n, theta)), n))
    df = pd.DataFrame(rows, columns=["outlet", "event", "k", "n"])
    m = df.groupby(["event", "outlet"]).size().unstack().to_numpy(float)
    weight = m[:, 0] * m[:, 1] / m.sum(axis=1)
    expected = 1 / (1 + np.exp(-(base + delta))) - 1 / (1 + np.exp(-base))
    return df, float((weight * expected).sum() / weight.sum())


def tests(df: pd.DataFrame, rng) -> tuple:
    a, b = df[df.outlet == "A"], df[df.outlet == "B"]
    w = within_difference(a.k, a.n, a.event, b.k, b.n, b.event, resamples=999, rng=rng)
    p_unpaired = DifferenceOfShares().p_value(a.k.to_numpy(), a.n.to_numpy(), b.k.to_numpy(), b.n.to_numpy(),
                                              resamples=999, rng=rng)
    return w, p_unpaired


def as_texts(df: pd.DataFrame) -> pd.DataFrame:
    def text(k, n):
        return " ".join(["The regime spoke."] * k + ["The government spoke."] * (n - k))

    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(df))], "outlet": df.outlet, "event": df.event.astype(str),
                         "text": [text(k, n) for k, n in zip(df.k, df.n)]})


def check(df: pd.DataFrame, w: dict) -> None:
    """The simulation's numbers are the toolkit's: compare_groups on the corpus as texts."""
    t = compare_groups(as_texts(df), family="syrian_state", label="regime", within="event", resamples=99,
                       min_count=1, min_docs=1).iloc[0]
    for col, key in (("difference", "estimate"), ("diff_low", "low"), ("diff_high", "high")):
        if not math.isclose(t[col], w[key], abs_tol=1e-9):
            sys.exit(f"compare_groups gives {col} {t[col]!r}, the simulation {w[key]!r}: they must agree.")


def rate(hits: int, n: int) -> str:
    lo, hi = proportion_confint(hits, n, method="beta")
    return f"{hits / n:.3f} ({lo:.3f}–{hi:.3f})"


def run(corpora: int, seed: int) -> str:
    started = time.time()
    rng = np.random.default_rng(seed)
    lines = ["| coverage | events | difference (logit) | true difference | within: mean estimate | unpaired: mean "
             "estimate | within: p < 0.05 (95% CI) | unpaired: p < 0.05 (95% CI) | within: interval covers |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for coverage, events, delta in CELLS:
        hits_w = hits_u = covers = 0
        est_w, est_u, truth = [], [], []
        for i in range(corpora):
            df, true_d = simulate(rng, coverage, events, delta)
            w, p_u = tests(df, rng)
            if i == 0:
                check(df, w)
            truth.append(true_d)
            hits_w += w["p_value"] < 0.05
            hits_u += p_u < 0.05
            covers += w["low"] <= true_d <= w["high"]
            est_w.append(w["estimate"])
            a, b = df[df.outlet == "A"], df[df.outlet == "B"]
            est_u.append(a.k.sum() / a.n.sum() - b.k.sum() / b.n.sum())
        lines.append(f"| {coverage} | {events} | {delta} | {np.mean(truth):.3f} | {np.mean(est_w):.3f} | "
                     f"{np.mean(est_u):.3f} | {rate(hits_w, corpora)} | {rate(hits_u, corpora)} | "
                     f"{covers / corpora:.3f} |")
    head = (f"{corpora} simulated corpora per row (seed {seed}); both tests with 999 resamples; run in "
            f"{time.time() - started:.0f} s with `python benchmarks/within.py`.\n")
    return head + "\n" + "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=int, default=500, help="simulated corpora per row (default 500)")
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--out", default=None, help="a Markdown file whose within section is replaced")
    args = ap.parse_args(argv)
    from _sections import report

    report(run(args.corpora, args.seed), args.out, "within")
    return 0


if __name__ == "__main__":
    sys.exit(main())
