"""compare_groups: hand-worked permutation p-values and intervals, bad input, the CLI, the plot."""

import itertools

import matplotlib

matplotlib.use("agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import framing  # noqa: E402
from framing import plots  # noqa: E402
from framing.cli import main  # noqa: E402
from framing.errors import FramingError, FramingWarning  # noqa: E402
from framing.stats import difference_interval  # noqa: E402


def _corpus(texts_a, texts_b):
    texts = list(texts_a) + list(texts_b)
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))],
                         "outlet": ["A"] * len(texts_a) + ["B"] * len(texts_b), "text": texts})


@pytest.fixture(scope="module")
def unanimous():
    """A's four articles say only "regime" (twice each), B's only "government"."""
    return _corpus(["The regime struck. The regime denied it."] * 4, ["The government struck. The government denied it."] * 4)


def test_permutation_p_value_worked_by_hand(unanimous):
    c = framing.compare_groups(unanimous, family="syrian_state", label="regime", min_count=1, min_docs=1)
    r = c.iloc[0]
    assert (r.share_a, r.share_b, r.difference) == (1.0, 0.0, 1.0)
    # 70 ways to split 8 articles into 4 + 4; only the observed split and its mirror keep both
    # groups unanimous and different, so the exact two-sided p-value is 2/70
    assert r.p_value == pytest.approx(2 / 70)
    assert (r.docs_a, r.docs_b, r.count_a, r.total_a) == (4, 4, 8, 8)


def test_mixed_case_against_full_enumeration():
    """A: 2/2, 2/2, 1/2, 1/2 regime; B: 1/2, 0/2, 0/2, 0/2. The p-value is the share of the
    70 splits whose |difference| / standard error is at least the observed one, counted here
    by enumerating them."""
    a = ["The regime and the regime."] * 2 + ["The regime and the government."] * 2
    b = ["The regime and the government."] + ["The government and the government."] * 3
    c = framing.compare_groups(_corpus(a, b), family="syrian_state", label="regime", min_count=1, min_docs=1)
    r = c.iloc[0]
    k = np.array([2, 2, 1, 1, 1, 0, 0, 0], float)
    n = np.full(8, 2.0)

    def t(idx_a):
        idx_b = [i for i in range(8) if i not in idx_a]
        out = []
        for idx in (list(idx_a), idx_b):
            kk, nn, m = k[idx], n[idx], len(idx)
            p = kk.sum() / nn.sum()
            out.append((p, m / (m - 1) * ((kk - p * nn) ** 2).sum() / nn.sum() ** 2))
        (pa, va), (pb, vb) = out
        se = np.sqrt(va + vb)
        return round(abs(pa - pb) / se, 2) if se > 1e-12 else (0.0 if pa == pb else 1e9)

    observed = t((0, 1, 2, 3))
    splits = [t(s) for s in itertools.combinations(range(8), 4)]
    assert r.p_value == pytest.approx(np.mean([x >= observed for x in splits]))
    # the interval is the MOVER combination of the two groups' article-level intervals
    sums = [dict(count=6, total=8, count_sq=10, count_total=12, total_sq=16, docs=4),
            dict(count=1, total=8, count_sq=1, count_total=2, total_sq=16, docs=4)]
    assert (r.diff_low, r.diff_high) == pytest.approx(difference_interval(*sums))
    assert r.difference == pytest.approx(0.75 - 0.125)


def test_all_pairs_holm_and_seed(pooled):
    three = pd.concat([pooled, pooled.assign(doc_id=pooled.doc_id + "c", outlet="C")], ignore_index=True)
    c = framing.compare_groups(three, family="syrian_state", resamples=499, seed=3, min_count=1, min_docs=1)
    assert list(c.columns) == framing.compare.COMPARE_COLUMNS
    assert set(zip(c.group_a, c.group_b)) == {("A", "B"), ("A", "C"), ("B", "C")}
    assert len(c) == 3 * 5  # five labels in syrian_state
    tested = c.dropna(subset=["p_value"])
    # Holm: adjusted ≥ raw, monotone in the raw order
    assert (tested.p_holm >= tested.p_value - 1e-12).all()
    order = tested.sort_values("p_value")
    assert order.p_holm.is_monotonic_increasing
    again = framing.compare_groups(three, family="syrian_state", resamples=499, seed=3, min_count=1, min_docs=1)
    assert c.equals(again)
    one = framing.compare_groups(three, family="syrian_state", groups=["A", "C"], label="regime", min_count=1, min_docs=1)
    assert len(one) == 1 and (one.group_a.iloc[0], one.group_b.iloc[0]) == ("A", "C")


def test_bad_input(pooled):
    with pytest.raises(FramingError, match="no article of group 'Reuters'.*groups that do: A, B"):
        framing.compare_groups(pooled, family="syrian_state", groups=["A", "Reuters"])
    with pytest.raises(FramingError, match="no family 'state'"):
        framing.compare_groups(pooled, family="state")
    with pytest.raises(FramingError, match="has no label 'regimes'"):
        framing.compare_groups(pooled, family="syrian_state", label="regimes")
    with pytest.raises(FramingError, match="needs two groups"):
        framing.compare_groups(pooled, family="syrian_state", groups=["A"])
    # a group named twice was compared with itself: difference 0, p = 1, a table that reads as "no difference"
    with pytest.raises(FramingError, match="groups names 'A' twice: A, A"):
        framing.compare_groups(pooled, family="syrian_state", groups=["A", "A"])
    with pytest.raises(FramingError, match="groups names 'A' twice"):
        framing.compare_sourcing(pooled, groups=["A", "B", "A"])
    # one group mentions the family: a warning and an empty table, so a loop over families goes on
    with pytest.warns(framing.FramingWarning, match="nothing to compare for syrian_state.*found A"):
        empty = framing.compare_groups(pooled[pooled.outlet == "A"], family="syrian_state")
    assert empty.empty and list(empty.columns) == framing.compare.COMPARE_COLUMNS
    with pytest.raises(FramingError, match="resamples"):
        framing.compare_groups(pooled, family="syrian_state", resamples=0)


def test_one_article_groups_get_no_test(seeds):
    c = framing.compare_groups(seeds, family="syrian_state", label="regime")
    assert c[["diff_low", "diff_high", "p_value", "p_holm"]].isna().all().all()
    assert c["too_few"].all()


def test_cli_compare(unanimous, tmp_path, capsys):
    src = tmp_path / "c.csv"
    unanimous.to_csv(src, index=False)
    assert main(["compare", str(src), "--family", "syrian_state", "--label", "regime", "--min-docs", "1", "-q"]) == 0
    out = capsys.readouterr().out
    t = pd.read_csv(pd.io.common.StringIO(out))
    assert t.p_value.iloc[0] == pytest.approx(2 / 70)
    assert main(["compare", str(src), "--family", "syrian_state", "--groups", "A,Z", "-q"]) == 1
    assert "no article of group 'Z'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["compare", str(src), "--family", "syrian_state", "--groups", "A"])
    assert exc.value.code == 2


def test_plot_differences(pooled):
    three = pd.concat([pooled, pooled.assign(doc_id=pooled.doc_id + "c", outlet="C")], ignore_index=True)
    c = framing.compare_groups(three, family="syrian_state", resamples=199, min_count=1, min_docs=1)
    fig, ax = plt.subplots()
    plots.plot_differences(c, top=4, ax=ax)
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert len(names) == 4
    biggest = c.assign(size=c.difference.abs()).sort_values("size", ascending=False).head(4)
    assert names[0] == f"{biggest.group_a.iloc[0]} − {biggest.group_b.iloc[0]}: {biggest.label.iloc[0]}"
    dots = [line.get_xdata()[0] for line in ax.lines if len(line.get_xdata()) == 1]
    assert dots == pytest.approx(list(biggest.difference))
    assert plt.gca() is plots.plot_differences(c)  # draws on the current Axes when none is given
    with pytest.raises(FramingError, match="needs columns"):
        plots.plot_differences(c.drop(columns="p_holm"))


def test_permutation_p_value_is_scipys_bit_for_bit():
    """The vectorised test draws scipy's splits and applies its p-value rule: random and exact."""
    from scipy.stats import permutation_test

    rng = np.random.default_rng(11)
    n = rng.integers(1, 6, 40).astype(float)
    k = np.minimum(rng.integers(0, 4, 40), n).astype(float)

    def studentized(x, y, axis=-1):  # the statistic as it was written for scipy: re-scored per split
        out = []
        for idx in (x.astype(np.intp), y.astype(np.intp)):
            ki, ni, m = k[idx], n[idx], idx.shape[axis]
            p = ki.sum(axis) / ni.sum(axis)
            v = m / (m - 1) * ((ki * ki).sum(axis) - 2 * p * (ki * ni).sum(axis) + p * p * (ni * ni).sum(axis))
            out.append((p, np.clip(v / (ni.sum(axis) * ni.sum(axis)), 0.0, None)))
        (pa, va), (pb, vb) = out
        d, se = pa - pb, np.sqrt(va + vb)
        tiny = se <= 1e-12
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(tiny, np.where(np.abs(d) <= 1e-12, 0.0, 1e9), np.abs(d) / np.where(tiny, 1.0, se))
        return np.round(t, 2)

    for na, resamples in ((15, 999), (3, 9999)):  # 40 choose 15 splits: random; 4 + 3 articles: exact (35 splits)
        size = 40 if na == 15 else 7
        ia, ib = np.arange(na, dtype=float), np.arange(na, size, dtype=float)
        want = permutation_test((ia, ib), studentized, vectorized=True, n_resamples=resamples, permutation_type="independent",
                                alternative="greater", rng=np.random.default_rng(5)).pvalue
        got = framing.compare.permutation_p_value(k[:na], n[:na], k[na:size], n[na:size], resamples=resamples,
                                                  rng=np.random.default_rng(5))
        assert got == float(want)


def test_a_registered_statistic_is_used(unanimous):
    """A new statistic is one class: registered here, compare_groups and the plot use it."""
    from framing.compare import STATISTICS, Statistic, register_statistic

    @register_statistic
    class RawDifference(Statistic):
        name = "raw_difference"
        title = "difference of shares, permutation test on the raw difference"
        axis_label = "raw difference in the share of {what}"

        def estimate(self, a, b):
            return a["count"] / a["total"] - b["count"] / b["total"]

        def interval(self, a, b, *, confidence=0.95):
            return -0.5, 0.5

    try:
        mixed = _corpus(["The regime and the regime."] * 2 + ["The regime and the government."] * 2,
                        ["The regime and the government."] + ["The government and the government."] * 3)
        c = framing.compare_groups(mixed, family="syrian_state", label="regime", statistic="raw_difference", min_count=1,
                                   min_docs=1)
        r = c.iloc[0]
        assert c.attrs["statistic"] == "raw_difference"
        assert (r.difference, r.diff_low, r.diff_high) == (0.75 - 0.125, -0.5, 0.5)
        # |p_a - p_b| over the 70 splits of 2/2, 2/2, 1/2, 1/2 | 1/2, 0/2, 0/2, 0/2: as large as 5/8 in 2 of them
        k = np.array([2, 2, 1, 1, 1, 0, 0, 0])
        raw = [abs(k[list(s)].sum() - (k.sum() - k[list(s)].sum())) / 8 for s in itertools.combinations(range(8), 4)]
        assert r.p_value == pytest.approx(np.mean([x >= 5 / 8 - 1e-12 for x in raw]))
        fig, ax = plt.subplots()
        plots.plot_differences(c, ax=ax)
        assert ax.get_xlabel().startswith("raw difference in the share of")
        with pytest.raises(FramingError, match="no comparison statistic 'ratio'.*difference, raw_difference"):
            framing.compare_groups(mixed, family="syrian_state", statistic="ratio")
    finally:
        STATISTICS.pop("raw_difference")


@pytest.fixture(scope="module")
def sourced():
    """A: a1 (direct by a minister, indirect by a general), a2 (direct); B: b1 (said, claimed:
    two indirect), b2 (indirect), b3 (direct). Every attribution is cued."""
    texts = {"a1": "“We will win,” the minister said. The general said the town had fallen.",
             "a2": "“The town is ours,” the minister said.",
             "b1": "The minister said the army advanced. The minister claimed the town was safe.",
             "b2": "The minister said the army had won.",
             "b3": "“We won,” the minister said."}
    return pd.DataFrame({"doc_id": list(texts), "outlet": [d[0].upper() for d in texts], "text": list(texts.values())})


def test_compare_sourcing_worked_by_hand(sourced):
    c = framing.compare_sourcing(sourced, dimension="kind", min_count=1, min_docs=1)
    assert list(c.columns) == framing.compare.SOURCING_COMPARE_COLUMNS
    assert list(c["value"]) == ["direct", "indirect", "mixed", "according_to"]
    r = c.set_index("value").loc["direct"]
    # direct quotes: A 1 of 2, 1 of 1 (2/3); B 0 of 2, 0 of 1, 1 of 1 (1/4)
    assert (r.count_a, r.total_a, r.docs_a, r.count_b, r.total_b, r.docs_b) == (2, 3, 2, 1, 4, 3)
    assert (r.share_a, r.share_b) == pytest.approx((2 / 3, 1 / 4))
    a = dict(count=2, total=3, count_sq=1 + 1, count_total=1 * 2 + 1 * 1, total_sq=4 + 1, docs=2)
    b = dict(count=1, total=4, count_sq=1, count_total=1 * 1, total_sq=4 + 1 + 1, docs=3)
    assert (r.diff_low, r.diff_high) == pytest.approx(difference_interval(a, b))
    # the 10 ways to split five articles 2 + 3, the studentised difference of each, counted by hand
    k, n = np.array([1, 1, 0, 0, 1], float), np.array([2, 1, 2, 1, 1], float)

    def t(idx_a):
        out = []
        for idx in (list(idx_a), [i for i in range(5) if i not in idx_a]):
            kk, nn, m = k[idx], n[idx], len(idx)
            p = kk.sum() / nn.sum()
            out.append((p, m / (m - 1) * ((kk - p * nn) ** 2).sum() / nn.sum() ** 2))
        (pa, va), (pb, vb) = out
        return round(abs(pa - pb) / np.sqrt(va + vb), 2)

    splits = [t(s) for s in itertools.combinations(range(5), 2)]
    assert r.p_value == pytest.approx(np.mean([x >= t((0, 1)) for x in splits]))
    # distancing cues: A none of 3 cued; B b1's "claimed", 1 of 4
    d = framing.compare_sourcing(sourced, dimension="cue_type", value="distancing", min_count=1, min_docs=1).iloc[0]
    assert (d.count_a, d.total_a, d.count_b, d.total_b, d.difference) == (0, 3, 1, 4, -0.25)
    cats = framing.compare_sourcing(sourced, dimension="category", value="military").iloc[0]
    assert (cats.count_a, cats.total_a, cats.count_b, cats.total_b) == (1, 3, 0, 4)
    assert cats.too_few  # 3 attributions in A, under the default min_count (10)
    with pytest.raises(FramingError, match="dimension must be one of category, kind, cue, cue_type"):
        framing.compare_sourcing(sourced, dimension="speaker")


def test_compare_warns_above_max_pairs_and_can_compare_each_group_with_the_rest(pooled, tmp_path, capsys, monkeypatch):
    # issue 26: `compare` tested every pair of groups without bound (abp_syria by outlet: 8,256
    # pairs, 316 s; 1,000 outlets never finish): a warning names the way out, --versus rest
    import framing.compare

    src = tmp_path / "c.csv"
    three = pooled.assign(outlet=["A", "B", "C", "A", "B"])
    three.to_csv(src, index=False)
    monkeypatch.setattr(framing.compare, "MAX_PAIRS", 2)
    args = ["compare", str(src), "--family", "syrian_state", "--label", "regime", "--resamples", "99", "-q",
            "--min-count", "1", "--min-docs", "1"]
    assert main(args + ["-o", str(tmp_path / "pairs.csv")]) == 0
    err = capsys.readouterr().err
    assert "3 groups make 3 pairs" in err and "--versus rest" in err
    assert main(args + ["--versus", "rest", "-o", str(tmp_path / "rest.csv")]) == 0
    assert "pairs to test" not in capsys.readouterr().err
    rest = pd.read_csv(tmp_path / "rest.csv")
    assert rest["group_a"].tolist() == ["A", "B", "C"] and set(rest["group_b"]) == {"(rest)"}
    assert (rest["docs_a"] + rest["docs_b"]).tolist() == [5, 5, 5]
    # with two groups, one against the rest is the pair: tested once, not twice mirrored (which
    # would count one test twice in Holm's adjustment)
    two = framing.compare_groups(pooled, family="syrian_state", label="regime", resamples=99, min_count=1, min_docs=1)
    with pytest.warns(FramingWarning, match="with two groups"):
        one = framing.compare_groups(pooled, family="syrian_state", label="regime", resamples=99, min_count=1,
                                     min_docs=1, versus="rest")
    assert len(one) == 1 and one["group_b"].tolist() == ["(rest)"]
    same = [c for c in two.columns if c != "group_b"]
    assert one[same].equals(two[same])
    # two groups chosen of three: the rest holds the third, so both rows are tested
    both = framing.compare_groups(three, family="syrian_state", label="regime", resamples=99, min_count=1, min_docs=1,
                                  versus="rest", groups=["A", "B"])
    assert both["group_a"].tolist() == ["A", "B"]
    with pytest.raises(FramingError, match="versus must be 'pairs' or 'rest'"):
        framing.compare_groups(pooled, family="syrian_state", versus="all")


def test_sourcing_compared_with_the_rest(monkeypatch):
    """compare_sourcing takes versus= as compare_groups does: each group against the other
    articles pooled (one row per group and value), and the warning above MAX_PAIRS names it."""
    import warnings

    import framing.compare

    texts = ["“We won,” the minister said.", "The minister said they won.", "“We won,” the minister said.",
             "The minister said they won.", "“We lost,” the minister said.", "The minister said they lost."]
    df = pd.DataFrame({"doc_id": list("abcdef"), "outlet": ["A", "A", "B", "B", "C", "C"], "text": texts})
    kw = dict(dimension="kind", value="direct", min_count=1, min_docs=1, resamples=99)
    rest = framing.compare_sourcing(df, versus="rest", **kw)
    assert rest["group_a"].tolist() == ["A", "B", "C"] and set(rest["group_b"]) == {"(rest)"}
    assert rest["share_a"].tolist() == [0.5, 0.5, 0.5] and (rest["docs_a"] + rest["docs_b"]).tolist() == [6, 6, 6]
    monkeypatch.setattr(framing.compare, "MAX_PAIRS", 2)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pairs = framing.compare_sourcing(df, **kw)
    assert len(pairs) == 3 and any("versus='rest'" in str(w.message) for w in caught)
    with pytest.raises(FramingError, match="versus must be 'pairs' or 'rest'"):
        framing.compare_sourcing(df, versus="all", **kw)


def test_groups_with_no_mention_of_the_family_are_named_not_left_out_in_silence():
    # compare by year on a corpus of nine years listed five, with no word of the four whose
    # articles never name the family (count_terms lists them, with a count of 0)
    import warnings

    df = pd.DataFrame({"doc_id": list("abcdefg"), "outlet": list("XXYYZZW"),
                       "text": ["The regime fell."] * 2 + ["The government met."] * 2 + ["Rain fell."] * 3})
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        c = framing.compare_groups(df, family="syrian_state", label="regime", min_count=1, min_docs=1)
    assert c[["group_a", "group_b"]].values.tolist() == [["X", "Y"]]
    said = [str(w.message) for w in got if "not compared" in str(w.message)]
    assert said == ["2 group(s) with no article that mentions syrian_state are not compared: W (1), Z (2) "
                    "(articles in brackets)."]


def test_interval_and_test_are_said_to_be_different_methods(capsys):
    """A row with p < 0.05 and an interval that includes 0 (reported: army, p = 0.0496, −0.48 to 0.33)
    had nothing in the table's description to say why: the columns now say that the interval
    (conservative) and the permutation test are different methods that can disagree near 0.05."""
    from pathlib import Path

    text = (Path(__file__).parents[1] / "docs" / "statistics.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in text.splitlines() if line.startswith("| `")}
    assert "conservative" in rows["`diff_low`, `diff_high`"]
    assert "different method from the interval" in rows["`p_value`"]
    assert "The interval and the test are two methods" in text
    assert "answer different questions" in text  # within events
    assert "different methods" in framing.compare_groups.__doc__
    with pytest.raises(SystemExit):
        main(["compare", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "a different method from the interval" in said


def test_several_families_one_call_one_warning():
    # notebook 02 compared family by family and warned once per family, each time listing mostly
    # the same outlets: several families in one call give one table and one warning, the groups
    # alike in what they miss listed together with those families
    import warnings

    df = pd.DataFrame({"doc_id": list("abcdefg"), "outlet": list("XXYYZZW"),
                       "text": ["The regime fell. Rebels fled."] * 2 + ["The government met. The rebels met."] * 2
                       + ["Rebels spoke."] * 2 + ["Rain fell."]})
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        c = framing.compare_groups(df, family=["syrian_state", "opposition"], min_count=1, min_docs=1, resamples=99)
    assert set(c["family"]) == {"syrian_state", "opposition"}
    assert c[c["family"] == "opposition"][["group_a", "group_b"]].drop_duplicates().values.tolist() == [
        ["X", "Y"], ["X", "Z"], ["Y", "Z"]]
    said = [str(w.message) for w in got if "not compared" in str(w.message)]
    assert said == ["2 group(s) are not compared where none of their articles mentions the family: "
                    "W (1) in syrian_state, opposition; Z (2) in syrian_state (articles in brackets)."]
    alone = framing.compare_groups(df, family="opposition", min_count=1, min_docs=1, resamples=99)
    pd.testing.assert_frame_equal(c[c["family"] == "opposition"].reset_index(drop=True), alone)
    assert framing.compare_groups(df, family=[], min_count=1).empty  # a corpus that mentions no family


def test_a_family_of_a_several_families_table_plots():
    # notebook 02 plots each family's rows of the one table: the title names that family
    import matplotlib

    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from framing import plots

    df = pd.DataFrame({"doc_id": list("abcd"), "outlet": list("XXYY"),
                       "text": ["The regime fell. Rebels fled."] * 2 + ["The government met. The rebels met."] * 2})
    c = framing.compare_groups(df, family=["syrian_state", "opposition"], min_count=1, min_docs=1, resamples=99)
    ax = plots.plot_differences(c[c["family"] == "opposition"].reset_index(drop=True))
    assert "opposition" in ax.get_title(loc="left")
    plt.close("all")
