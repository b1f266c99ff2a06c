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
from framing.errors import FramingError  # noqa: E402
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
