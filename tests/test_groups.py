"""Groupings: several columns, time bins, undated documents."""

import warnings

import pandas as pd
import pytest

import framing
from framing.cli import main
from framing.errors import CorpusError, FramingError, FramingWarning
from framing.groups import grouping, period_labels


@pytest.fixture(scope="module")
def dated(seed_texts):
    ids = sorted(seed_texts)
    return pd.DataFrame({"doc_id": ids, "outlet": ["A", "A", "B", "B", "B"],
                         "date": ["2017-09-04", "2017-10-02", "2017-09-05", "not a date", "0001-01-01"],
                         "text": [seed_texts[i] for i in ids]})


def test_period_labels():
    dates = pd.Series(["2017-09-06", "2017-12-31T23:00:00Z", "", None, "garbage", "0001-01-01", "2016-02-29"])
    assert period_labels(dates, "M") == ["2017-09", "2017-12", None, None, None, None, "2016-02"]
    assert period_labels(dates, "Q") == ["2017Q3", "2017Q4", None, None, None, None, "2016Q1"]
    assert period_labels(dates, "Y") == ["2017", "2017", None, None, None, None, "2016"]
    assert period_labels(dates, "W")[:2] == ["2017-09-04", "2017-12-25"]  # Mondays
    assert period_labels(pd.Series([1504483200]), "M") == [None]  # a number is not a timestamp


def test_grouping_checks():
    assert grouping(["outlet", "month"]).freqs == (None, "M")
    assert grouping("outlet", period="q").keys == ("outlet", "period")
    for bad, msg in [(dict(by=[]), "at least one"), (dict(by=["outlet", "outlet"]), "twice"),
                     (dict(by="outlet", period="D"), "period must be one of"),
                     (dict(by=["month", "year"]), "more than once"), (dict(by=["month"], period="Y"), "another bin"),
                     (dict(by=3), "column name")]:
        with pytest.raises(FramingError, match=msg):
            grouping(**bad)


def test_by_outlet_and_month(dated):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        s = framing.count_terms(dated, by=["outlet", "month"], min_count=0, min_docs=0)
    undated = [w for w in caught if issubclass(w.category, FramingWarning)]
    assert len(undated) == 1 and "2 documents with no usable 'date'" in str(undated[0].message)
    assert s.attrs["undated_docs"] == 2 and s.attrs["by"] == "outlet, month"
    assert list(s.columns[:3]) == ["group", "outlet", "month"]
    assert sorted(s.group.unique()) == ["A · 2017-09", "A · 2017-10", "B · 2017-09"]
    # each cell holds the counts of its one article, equal to that article scored alone
    one = framing.count_terms(dated.iloc[[2]], min_count=0, min_docs=0)
    cell = s[s.group == "B · 2017-09"].reset_index(drop=True)
    assert cell["count"].tolist() == one["count"].tolist()
    # the same with period= and through the CLI's comma list
    s2 = framing.count_terms(dated, by="outlet", period="M", min_count=0, min_docs=0)
    assert s2.drop(columns="period").equals(s.drop(columns="month"))


def test_time_bins_in_every_table(dated):
    p = framing.sourcing_profile(dated, by="year")
    assert set(p.group) == {"2017"} and p.attrs["undated_docs"] == 2
    assert p[(p.dimension == "summary") & (p.value == "documents")]["count"].tolist() == [3]
    summary = framing.corpus_summary(dated, by=["outlet", "quarter"])
    assert summary.set_index("group")["documents"].to_dict() == {"A · 2017Q3": 1, "A · 2017Q4": 1, "B · 2017Q3": 1}
    v = framing.count_terms_by_voice(dated, by=["outlet", "year"], min_count=0)
    assert {"outlet", "year", "voice"} <= set(v.columns)


def test_bad_dates_and_missing_columns(dated):
    garbage = dated.assign(date="garbage")
    with pytest.warns(FramingWarning, match="5 documents with no usable"):
        s = framing.count_terms(garbage, by="month")
    assert len(s) == 0 and s.attrs["undated_docs"] == 5
    with pytest.raises(CorpusError, match="no 'published' column"):
        framing.count_terms(dated, by="month", date_col="published")
    with pytest.raises(CorpusError, match="cannot group by 'bias'"):
        framing.count_terms(dated, by=["outlet", "bias"])


def test_cli_by_several_columns(dated, tmp_path, capsys):
    src = tmp_path / "dated.csv"
    dated.to_csv(src, index=False)
    out = tmp_path / "terms.csv"
    assert main(["terms", str(src), "--by", "outlet,month", "-o", str(out), "-q"]) == 0
    err = capsys.readouterr().err
    assert "warning: 2 documents with no usable 'date'" in err
    t = pd.read_csv(out)
    assert list(t.columns[:3]) == ["group", "outlet", "month"]
    with pytest.raises(SystemExit) as exc:
        main(["terms", str(src), "--period", "D"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["terms", str(src), "--by", "outlet,"])
    assert exc.value.code == 2


def test_undated_warning_points_at_the_callers_line(dated):
    """In a notebook the warning shows the user's cell, not a line inside framing."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        framing.count_terms(dated, by="month")
        framing.sourcing_profile(dated, by="month")
    assert [w.filename for w in caught if issubclass(w.category, FramingWarning)] == [__file__, __file__]


def test_missing_values_merged_with_a_literal_unknown_are_named():
    """A --by column's missing values are grouped as 'unknown'; where other documents hold the
    word 'unknown' itself, the two become one group, and a warning says so (fault8)."""
    df = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["o", "o", "o"], "text": ["The regime."] * 3,
                       "bias": ["left", None, "unknown"]})
    with pytest.warns(FramingWarning, match=r"column 'bias': 1 document\(s\) with no value .* 1 have the value"):
        out = framing.count_terms(df, by="bias", warn=False)
    assert set(out["group"]) == {"left", "unknown"}
    df["bias"] = ["left", None, "right"]
    with warnings.catch_warnings():
        warnings.simplefilter("error", FramingWarning)
        framing.count_terms(df, by="bias", warn=False)


def test_missing_values_warning_counts_the_whole_corpus_once(tmp_path):
    """A corpus read in chunks (a file of more than 1,000 documents) with missing and literal
    'unknown' values in several chunks: one warning per call, with the corpus's counts (it was
    one per chunk, each with that chunk's: "1 ... 1" where the corpus has 3 and 3)."""
    n = 2100
    bias = ["left"] * n
    for i in (5, 1100, 2050):
        bias[i] = None
    for i in (6, 1101, 2051):
        bias[i] = "unknown"
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "outlet": ["o"] * n, "text": ["The regime."] * n,
                       "bias": bias})
    path = tmp_path / "corpus.csv"
    df.to_csv(path, index=False)
    for call in (framing.count_terms, framing.sourcing_profile, framing.top_sources, framing.article_counts):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call(path, by="bias", warn=False)
        said = [str(w.message) for w in caught if "grouped as 'unknown'" in str(w.message)]
        assert len(said) == 1 and "3 document(s) with no value" in said[0] and "3 have the value" in said[0], \
            (call.__name__, said)


def test_missing_values_warning_counts_the_pieces_of_processes_and_partitions():
    """The same one warning with the whole corpus's counts where the chunks are scored in other
    processes (jobs=2) or Dask partitions (each warned with its own counts before)."""
    n = 120
    bias = ["left"] * n
    for i in (5, 50, 110):
        bias[i] = None
    for i in (6, 51, 111):
        bias[i] = "unknown"
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "outlet": ["o"] * n, "text": ["The regime."] * n,
                       "bias": bias})
    dd = pytest.importorskip("dask.dataframe")
    import dask

    import framing.dask

    runs = {"jobs=2": lambda: framing.count_terms(df, by="bias", warn=False, jobs=2)}
    runs["dask"] = lambda: framing.dask.count_terms(dd.from_pandas(df, npartitions=3), by="bias", warn=False)
    for name, run in runs.items():
        with warnings.catch_warnings(record=True) as caught, dask.config.set(scheduler="synchronous"):
            warnings.simplefilter("always")
            run()
        said = [str(w.message) for w in caught if "grouped as 'unknown'" in str(w.message)]
        assert len(said) == 1 and "3 document(s) with no value" in said[0] and "3 have the value" in said[0], \
            (name, said)
