"""How often do the toolkit's 95% intervals cover the truth? A simulation with articles as the unit.

Usage (from the project root; about two minutes)::

    .venv/bin/python benchmarks/coverage.py [--corpus PATH] [--draws 2000] [--out docs/statistics.md]

For each family (``syrian_state``, ``jihadist_name``) and each outlet of the US-outlet Syria
corpus with at least 60 articles that mention the family, the *truth* is the outlet's share of
each label over all those articles (Σk / Σn). The script draws n = 3, 5, 10, 20 and 40 of them
with replacement, ``--draws`` times each, and counts how often the interval covers the truth:

* **framing** — the interval :func:`framing.count_terms` prints (article as the sampling unit,
  :func:`framing.stats.article_share_interval`), computed from the sums of the drawn articles'
  own scores (``count_terms(by="doc")``, scored once). For the first draws of every cell the
  drawn articles are also scored as a corpus of their own with :func:`framing.count_terms` and
  the table's interval must be the same (the script stops otherwise);
* **mention Wilson** — the interval printed before, treating every mention as independent.

It also draws n articles from each of two outlets and checks the interval of the difference
that :func:`framing.compare_groups` prints, and draws two groups from the same outlet to count
how often its permutation test rejects a true null hypothesis at 0.05 (``--no-differences``
skips both). With ``--out``
the tables replace the part of that file between ``<!-- coverage:start -->`` and
``<!-- coverage:end -->``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "abp_syria" / "abp_syria.jsonl.gz"
FAMILIES = ("syrian_state", "jihadist_name")
SIZES = (3, 5, 10, 20, 40)
MIN_ARTICLES = 60


def per_article(corpus, voice: str) -> pd.DataFrame:
    """k (label) and n (family) for every article × family × label, from framing's own scores."""
    import framing

    s = framing.count_terms(corpus, by="doc", voice=voice, min_count=0, min_docs=0)
    s = s[s["family"].isin(FAMILIES) & (s["family_count"] > 0)]
    outlet = corpus.documents.set_index("doc_id")["outlet"].astype(str)
    return s.assign(outlet=s["group"].map(outlet))[["group", "outlet", "family", "label", "count", "family_count"]]


def check_with_count_terms(corpus, docs: list[str], family: str, voice: str, expected: pd.DataFrame) -> None:
    """Score the drawn articles (repeats renamed) as a corpus and compare the table's interval."""
    import framing

    frame = corpus.documents.set_index("doc_id").loc[docs].reset_index()
    frame["doc_id"] = [f"{d}#{i}" for i, d in enumerate(frame["doc_id"])]
    frame["outlet"] = "draw"
    s = framing.count_terms(frame, voice=voice, min_count=0, min_docs=0, warn=False)
    got = s[s.family == family].set_index("label")[["share_low", "share_high"]]
    exp = expected.set_index("label")[["share_low", "share_high"]].reindex(got.index)
    if not np.allclose(got.to_numpy(float), exp.to_numpy(float), equal_nan=True, atol=1e-12):
        sys.exit(f"count_terms and the simulation disagree on a draw of {family}:\n{got}\n{exp}")


def intervals(k: np.ndarray, n: np.ndarray):
    """Both intervals for draws: k (draws × articles × labels), n (draws × articles)."""
    from statsmodels.stats.proportion import proportion_confint

    from framing.stats import article_share_interval

    K = k.sum(1)
    N = np.broadcast_to(n.sum(1)[:, None], K.shape)
    kk = (k * k).sum(1)
    kn = (k * n[:, :, None]).sum(1)
    nn = np.broadcast_to((n * n).sum(1)[:, None], K.shape)
    m = np.broadcast_to((n > 0).sum(1)[:, None], K.shape)
    ours = article_share_interval(K, N, count_sq=kk, count_total=kn, total_sq=nn, docs=m)
    wilson = proportion_confint(K, N, alpha=0.05, method="wilson")
    return K / N, ours, wilson


def family_arrays(table: pd.DataFrame, family: str):
    """Per article of the family: label counts (rows ``(outlet, article)``) and the family's count."""
    f = table[table.family == family]
    wide = f.pivot_table(index=["outlet", "group"], columns="label", values="count", aggfunc="sum", fill_value=0)
    return wide, f.groupby(["outlet", "group"])["family_count"].first().reindex(wide.index)


def simulate(table: pd.DataFrame, corpus, *, draws: int, seed: int, voice: str, checks: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for family in FAMILIES:
        wide, ntot = family_arrays(table, family)
        for outlet in sorted(wide.index.get_level_values(0).unique()):
            kd = wide.loc[outlet]
            if len(kd) < MIN_ARTICLES:
                continue
            K = kd.to_numpy(float)
            N = ntot.loc[outlet].to_numpy(float)
            truth = K.sum(0) / N.sum()
            for size in SIZES:
                idx = rng.integers(0, len(kd), size=(draws, size))
                p, (lo, hi), (wlo, whi) = intervals(K[idx], N[idx])
                for j in range(min(checks, draws)):
                    exp = pd.DataFrame({"label": kd.columns, "share_low": lo[j], "share_high": hi[j]})
                    check_with_count_terms(corpus, list(kd.index[idx[j]]), family, voice, exp)
                cover = (lo <= truth) & (truth <= hi)
                wcover = (wlo <= truth) & (truth <= whi)
                for j, label in enumerate(kd.columns):
                    rows.append((family, outlet, label, len(kd), truth[j], size, cover[:, j].mean(), np.nanmean(hi[:, j] - lo[:, j]),
                                 wcover[:, j].mean(), np.nanmean(whi[:, j] - wlo[:, j])))
    return pd.DataFrame(rows, columns=["family", "outlet", "label", "articles", "truth", "n", "coverage", "width",
                                       "wilson_coverage", "wilson_width"])


def simulate_differences(table: pd.DataFrame, *, draws: int, seed: int) -> pd.DataFrame:
    """Coverage of compare_groups' interval of a difference, for pairs of outlets, same n each."""
    from framing.stats import difference_interval

    rng = np.random.default_rng(seed + 1)
    rows = []
    for family in FAMILIES:
        wide, ntot = family_arrays(table, family)
        outlets = [o for o in sorted(wide.index.get_level_values(0).unique()) if len(wide.loc[o]) >= MIN_ARTICLES]
        for a_i, a in enumerate(outlets):
            for b in outlets[a_i + 1:]:
                Ka, Na = wide.loc[a].to_numpy(float), ntot.loc[a].to_numpy(float)
                Kb, Nb = wide.loc[b].to_numpy(float), ntot.loc[b].to_numpy(float)
                truth = Ka.sum(0) / Na.sum() - Kb.sum(0) / Nb.sum()
                for size in SIZES:
                    ia = rng.integers(0, len(Ka), size=(draws, size))
                    ib = rng.integers(0, len(Kb), size=(draws, size))
                    sums = []
                    for K, N, idx in ((Ka, Na, ia), (Kb, Nb, ib)):
                        k, n = K[idx], N[idx]
                        sums.append(dict(count=k.sum(1), total=np.broadcast_to(n.sum(1)[:, None], k.sum(1).shape),
                                         count_sq=(k * k).sum(1), count_total=(k * n[:, :, None]).sum(1),
                                         total_sq=np.broadcast_to((n * n).sum(1)[:, None], k.sum(1).shape),
                                         docs=np.broadcast_to((n > 0).sum(1)[:, None], k.sum(1).shape)))
                    lo, hi = difference_interval(sums[0], sums[1])
                    cover = (lo <= truth) & (truth <= hi)
                    for j, label in enumerate(wide.columns):
                        rows.append((family, f"{a} − {b}", label, truth[j], size, cover[:, j].mean(),
                                     np.nanmean(hi[:, j] - lo[:, j])))
    return pd.DataFrame(rows, columns=["family", "pair", "label", "truth", "n", "coverage", "width"])


def simulate_type_one(table: pd.DataFrame, *, draws: int, seed: int, resamples: int) -> pd.DataFrame:
    """How often compare_groups' permutation test rejects at 0.05 when both groups are drawn
    from the same outlet (the null hypothesis is true)."""
    from framing.compare import permutation_p_value

    rng = np.random.default_rng(seed + 2)
    rows = []
    for family in FAMILIES:
        wide, ntot = family_arrays(table, family)
        for outlet in sorted(wide.index.get_level_values(0).unique()):
            K, N = wide.loc[outlet].to_numpy(float), ntot.loc[outlet].to_numpy(float)
            if len(K) < MIN_ARTICLES:
                continue
            truth = K.sum(0) / N.sum()
            for size in (5, 10, 20):
                for j, label in enumerate(wide.columns):
                    if truth[j] < 0.05:
                        continue
                    ps = []
                    for _ in range(draws):
                        ia, ib = rng.integers(0, len(K), size=size), rng.integers(0, len(K), size=size)
                        ps.append(permutation_p_value(K[ia, j], N[ia], K[ib, j], N[ib], resamples=resamples, rng=rng))
                    rows.append((family, outlet, label, size, np.mean(np.array(ps) < 0.05)))
    return pd.DataFrame(rows, columns=["family", "outlet", "label", "n", "rejects"])


def markdown(res: pd.DataFrame, diffs: pd.DataFrame | None, type_one: pd.DataFrame | None, *, corpus: str, draws: int,
             voice: str, seconds: float) -> str:
    out = [f"Corpus `{corpus}`, voice `{voice}`, {draws:,} draws per outlet × n; "
           f"outlets with at least {MIN_ARTICLES} articles that mention the family "
           f"({', '.join(f'{fam}: {res[res.family == fam].outlet.nunique()}' for fam in FAMILIES)}); "
           f"run in {seconds:.0f} s with `python benchmarks/coverage.py`.", ""]
    big = res[res.truth >= 0.05]
    out.append("| family | n articles | mean coverage | lowest (true share ≥ 0.05) | mean width "
               "| mention-Wilson mean coverage | its lowest | its mean width |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for (fam, n), g in res.groupby(["family", "n"]):
        b = big[(big.family == fam) & (big.n == n)]
        out.append(f"| {fam} | {n} | {g.coverage.mean():.3f} | {b.coverage.min():.3f} | {g.width.mean():.3f} "
                   f"| {g.wilson_coverage.mean():.3f} | {b.wilson_coverage.min():.3f} | {g.wilson_width.mean():.3f} |")
    worst = big.sort_values("coverage").head(5)
    out += ["", "The five outlet × label × n cells with the lowest coverage (true share ≥ 0.05):", "",
            "| family | outlet | label | articles | true share | n | coverage | mention-Wilson coverage |",
            "|---|---|---|---:|---:|---:|---:|---:|"]
    for r in worst.itertuples():
        out.append(f"| {r.family} | {r.outlet} | {r.label} | {r.articles} | {r.truth:.3f} | {r.n} | {r.coverage:.3f} "
                   f"| {r.wilson_coverage:.3f} |")
    if diffs is not None and len(diffs):
        bigd = diffs[diffs.truth.abs() >= 0.0]
        out += ["", f"Differences between two outlets (`compare_groups`), n articles drawn from each; "
                    f"{diffs.pair.nunique()} pairs:", "",
                "| family | n articles each | mean coverage | lowest | mean width |", "|---|---:|---:|---:|---:|"]
        for (fam, n), g in bigd.groupby(["family", "n"]):
            out.append(f"| {fam} | {n} | {g.coverage.mean():.3f} | {g.coverage.min():.3f} | {g.width.mean():.3f} |")
    if type_one is not None and len(type_one):
        out += ["", "The permutation test of `compare_groups` when the null hypothesis is true (both groups drawn from "
                    "the same outlet, n articles each; labels with a true share ≥ 0.05): how often p < 0.05.", "",
                "| family | n articles each | mean rejection rate | highest (one outlet × label) |", "|---|---:|---:|---:|"]
        for (fam, n), g in type_one.groupby(["family", "n"]):
            out.append(f"| {fam} | {n} | {g.rejects.mean():.3f} | {g.rejects.max():.3f} |")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(DEFAULT))
    ap.add_argument("--draws", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=2017)
    ap.add_argument("--voice", default="all", choices=["all", "narrator"])
    ap.add_argument("--checks", type=int, default=3, help="draws per cell also scored as a corpus with count_terms")
    ap.add_argument("--no-differences", action="store_true")
    ap.add_argument("--out", default=None, help="a Markdown file whose coverage section is replaced")
    args = ap.parse_args(argv)

    import framing

    t0 = time.perf_counter()
    path = framing.resolve_path(args.corpus, what="US-outlet Syria corpus (abp_syria)",
                                hint="Pass its path with --corpus.")
    corpus = framing.load_corpus(path, warn=False)
    table = per_article(corpus, args.voice)
    res = simulate(table, corpus, draws=args.draws, seed=args.seed, voice=args.voice, checks=args.checks)
    diffs = None if args.no_differences else simulate_differences(table, draws=args.draws // 4, seed=args.seed)
    type_one = None if args.no_differences else simulate_type_one(table, draws=args.draws // 10, seed=args.seed,
                                                                  resamples=499)
    text = markdown(res, diffs, type_one, corpus=Path(args.corpus).name, draws=args.draws, voice=args.voice,
                    seconds=time.perf_counter() - t0)
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # beside this script, however it is run
    from _sections import report

    report(text, args.out, "coverage")
    return 0


if __name__ == "__main__":
    sys.exit(main())
