"""Comparisons within strata (compare_groups(..., within=...)): a hand-worked case the unpaired
comparison misses, exact p-values, scipy's paired permutation test, unmatched articles, a
small simulated matched corpus, the per-stratum table, sourcing and the CLI."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

import framing
from framing._strata import within_difference
from framing.cli import main
from framing.errors import CorpusError, FramingWarning, ParameterError


def _article(k: int, n: int) -> str:
    """An article with ``k`` mentions of "regime" among ``n`` of the Syrian state."""
    return " ".join(["The regime spoke."] * k + ["The government spoke."] * (n - k))


def _corpus(rows) -> pd.DataFrame:
    """``rows``: (outlet, event, k, n) per article."""
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(rows))], "outlet": [r[0] for r in rows],
                         "event": [r[1] for r in rows], "text": [_article(r[2], r[3]) for r in rows]})


#: Event e1 is told with "regime" (shares around 1/2), e2 with "government"; X covers e2 three
#: times and e1 once, Y the reverse. Within each event X says "regime" 1/4 more often than Y.
HAND = [("X", "e1", 3, 4), ("Y", "e1", 2, 4), ("Y", "e1", 2, 4), ("Y", "e1", 2, 4),
        ("X", "e2", 1, 4), ("X", "e2", 1, 4), ("X", "e2", 1, 4), ("Y", "e2", 0, 4)]


def _compare(df, **kw):
    return framing.compare_groups(df, family="syrian_state", label="regime", min_count=1, min_docs=1, **kw)


def test_within_recovers_the_difference_the_unpaired_comparison_misses():
    df = _corpus(HAND)
    unpaired = _compare(df).iloc[0]
    # X: (3 + 1 + 1 + 1) / 16, Y: (2 + 2 + 2 + 0) / 16: the same share
    assert (unpaired.share_a, unpaired.share_b, unpaired.difference) == (0.375, 0.375, 0.0)
    r = _compare(df, within="event").iloc[0]
    # e1: 3/4 - 6/12 = 1/4, weight 1·3/4; e2: 3/12 - 0/4 = 1/4, weight 3·1/4
    assert r.difference == pytest.approx(0.25)
    assert (r.share_a, r.share_b) == (pytest.approx(0.5), pytest.approx(0.25))  # (3/4 + 1/4)/2, (1/2 + 0)/2
    # both events give 1/4: no spread between strata, so the interval is the point
    assert (r.diff_low, r.diff_high) == (pytest.approx(0.25), pytest.approx(0.25))
    # 4 × 4 = 16 splits inside the events (X's one e1 article among 4, Y's one e2 article among 4);
    # only the observed one gives |D| ≥ 1/4 (the others 1/12: e.g. e1 -1/12 when X gets a 2/4 article)
    assert r.p_value == pytest.approx(1 / 16)
    assert (r.within, r.strata, r.unmatched_a, r.unmatched_b) == ("event", 2, 0, 0)
    assert (r.count_a, r.total_a, r.docs_a, r.count_b, r.total_b, r.docs_b) == (6, 16, 4, 6, 16, 4)


def test_per_stratum_table_worked_by_hand():
    t = _compare(_corpus(HAND + [("X", "e3", 2, 4)]), within="event", per_stratum=True)
    assert list(t.columns) == framing.compare.STRATUM_COLUMNS
    assert t["stratum"].tolist() == ["e1", "e2", "e3"]
    assert t["matched"].tolist() == [True, True, False]
    assert t["share_a"].tolist() == [0.75, 0.25, 0.5]
    assert t["share_b"].iloc[:2].tolist() == [0.5, 0.0] and np.isnan(t["share_b"].iloc[2])
    assert t["weight"].tolist() == [0.75, 0.75, 0.0]
    assert t["docs_a"].tolist() == [1, 3, 1] and t["docs_b"].tolist() == [3, 1, 0]


def test_paired_p_value_worked_by_hand():
    """Three events, one article of each outlet: X says "regime", Y "government". Within
    events the 2³ = 8 sign flips, of which 2 are as extreme (all +1, all −1): 2/8. Unpaired,
    2 of the 20 splits of six articles into 3 + 3: 2/20."""
    rows = [(o, e, 1 if o == "X" else 0, 1) for e in ("e1", "e2", "e3") for o in ("X", "Y")]
    assert _compare(_corpus(rows)).iloc[0].p_value == pytest.approx(2 / 20)
    r = _compare(_corpus(rows), within="event").iloc[0]
    assert (r.difference, r.p_value, r.strata) == (1.0, pytest.approx(2 / 8), 3)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), min_size=2, max_size=9))
def test_one_article_each_is_scipys_paired_permutation_test(pairs):
    x = np.array([p[0] for p in pairs], float)
    y = np.array([p[1] for p in pairs], float)
    n = np.full(len(x), 3.0)
    r = within_difference(x, n, np.arange(len(x)), y, n, np.arange(len(x)))
    # the statistic in whole numbers (|Σ(x - y)|, the same order as |D|): scipy's ties are exact
    ref = stats.permutation_test((x, y), lambda a, b, axis=-1: np.abs((a - b).sum(axis=axis)),
                                 permutation_type="samples", vectorized=True, alternative="greater")
    assert r["p_value"] == pytest.approx(ref.pvalue)
    assert r["estimate"] == pytest.approx(((x - y) / 3).mean())
    d = (x - y) / 3  # with equal weights the interval is the paired t interval
    half = stats.t.ppf(0.975, len(d) - 1) * d.std(ddof=1) / np.sqrt(len(d))
    assert r["low"] == pytest.approx(max(-1.0, d.mean() - half))
    assert r["high"] == pytest.approx(min(1.0, d.mean() + half))


def test_random_splits_keep_each_stratum_whole():
    """With more splits than resamples the p-value is (1 + extreme) / (1 + resamples), and a
    stratum whose articles all have the same share never moves the statistic."""
    k_a, k_b = [2] * 6 + [1], [0] * 6 + [1]
    s = [0, 1, 2, 3, 4, 5, 6]
    r = within_difference(k_a, [2] * 7, s, k_b, [2] * 7, s, resamples=99, rng=1)
    # 2⁷ = 128 splits; stratum 6 (1/2 against 1/2) never changes the statistic, so they are the
    # 64 sign patterns of the six others, twice each; all + and all − are as extreme: 4/128
    exact = within_difference(k_a, [2] * 7, s, k_b, [2] * 7, s)
    assert exact["p_value"] == pytest.approx(4 / 128)
    assert r["p_value"] == pytest.approx(exact["p_value"], abs=0.04)
    assert (r["p_value"] * 100) == pytest.approx(round(r["p_value"] * 100))  # (1 + extreme) / (1 + 99)


def test_unmatched_articles_are_left_out_counted_and_named():
    rows = HAND + [("X", "e3", 2, 4), ("X", "e3", 0, 4), ("Y", "e4", 1, 4), ("X", None, 4, 4)]
    with pytest.warns(FramingWarning, match=r"within 'event'.*left out of 1 of 1 pairs \(X 3, Y 1\)"):
        r = _compare(_corpus(rows), within="event").iloc[0]
    assert (r.unmatched_a, r.unmatched_b, r.strata, r.docs_a, r.docs_b) == (3, 1, 2, 4, 4)
    assert r.difference == pytest.approx(0.25)


def test_simulated_matched_corpus():
    """Twelve events told with very different shares of "regime" (0 to 3 mentions in 5, at
    random); X covers the events with little "regime" four times and the others once, Y the
    reverse; within every event X's articles say "regime" one mention in five more (0.2, give
    or take a mention at random). Within events the estimate finds 0.2; unpaired, what the
    outlets cover swamps how they name it: the difference is near 0 and far from significant."""
    rng = np.random.default_rng(3)
    rows = []
    for e in range(12):
        base = int(rng.integers(0, 4))
        for outlet, shift in (("X", 1), ("Y", 0)):
            for _ in range(4 if (base <= 1) == (outlet == "X") else 1):
                rows.append((outlet, f"e{e}", min(5, max(0, base + shift + int(rng.integers(-1, 2)))), 5))
    df = _corpus(rows)
    within = _compare(df, within="event").iloc[0]
    unpaired = _compare(df).iloc[0]
    assert within.diff_low < 0.2 < within.diff_high
    assert abs(within.difference - 0.2) < 0.05 and within.p_value < 0.01
    assert abs(unpaired.difference - 0.2) > 0.15 and unpaired.p_value > 0.5


def test_bad_within_options():
    df = _corpus(HAND)
    with pytest.raises(CorpusError, match="cannot group by 'evnt': the corpus has no such column"):
        _compare(df.drop(columns="event"), within="evnt")
    with pytest.raises(ParameterError, match="per_stratum=True needs within"):
        _compare(df, per_stratum=True)


def test_one_stratum_gives_an_estimate_and_no_interval():
    rows = [r for r in HAND if r[1] == "e1"]
    r = _compare(_corpus(rows), within="event").iloc[0]
    assert r.difference == pytest.approx(0.25) and r.strata == 1
    assert np.isnan(r.diff_low) and np.isnan(r.p_value)


def test_compare_sourcing_within():
    said = "“We won,” the minister said."
    reported = "The minister said they won."
    df = pd.DataFrame({"doc_id": list("abcdef"), "outlet": list("XYXYXY"), "event": ["e1", "e1", "e2", "e2", "e3", "e3"],
                       "text": [said, reported] * 3})
    r = framing.compare_sourcing(df, dimension="kind", value="direct", within="event", min_count=1, min_docs=1).iloc[0]
    assert (r.difference, r.strata, r.p_value) == (1.0, 3, pytest.approx(2 / 8))
    assert list(r.index[-4:]) == framing.compare.WITHIN_COLUMNS


def test_cli_compare_within(tmp_path, capsys):
    src = tmp_path / "c.csv"
    _corpus(HAND + [("X", "e3", 2, 4)]).to_csv(src, index=False)
    out = tmp_path / "w.csv"
    assert main(["compare", str(src), "--family", "syrian_state", "--label", "regime", "--within", "event",
                 "--min-docs", "1", "-q", "-o", str(out)]) == 0
    r = pd.read_csv(out).iloc[0]
    assert (r.difference, r.strata, r.unmatched_a, r.p_value) == (pytest.approx(0.25), 2, 1, pytest.approx(1 / 16))
    assert "left out of 1 of 1 pairs (X 1, Y 0)" in capsys.readouterr().err
    assert main(["compare", str(src), "--family", "syrian_state", "--label", "regime", "--within", "event",
                 "--per-stratum", "-q", "-o", str(out)]) == 0
    assert pd.read_csv(out)["stratum"].tolist() == ["e1", "e2", "e3"]


_articles = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 3), st.integers(1, 4)), min_size=1, max_size=8)


@settings(max_examples=40, deadline=None)
@given(_articles, _articles)
def test_swapping_the_groups_negates_the_difference_and_keeps_the_test(a, b):
    """Articles (stratum, k, n) with k capped at n. A against B is B against A mirrored: the
    estimate and the interval change sign, the p-value (every split) stays."""
    def cols(arts):
        return ([min(k, n) for _, k, n in arts], [n for _, _, n in arts], [s for s, _, _ in arts])

    ka, na, sa = cols(a)
    kb, nb, sb = cols(b)
    ab = within_difference(ka, na, sa, kb, nb, sb)
    ba = within_difference(kb, nb, sb, ka, na, sa)
    assert ab["strata"] == ba["strata"] == len(set(sa) & set(sb))
    if ab["strata"] == 0:
        return
    assert ab["estimate"] == pytest.approx(-ba["estimate"])
    if ab["strata"] >= 2:
        assert (ab["low"], ab["high"]) == (pytest.approx(-ba["high"]), pytest.approx(-ba["low"]))
        assert ab["p_value"] == pytest.approx(ba["p_value"])
