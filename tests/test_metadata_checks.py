"""Metadata mistakes caught while loading (issue 25, item 4): a column option naming a
missing column is an error listing the columns; no outlet column is one warning; outlet
names that differ only in case or spaces are named (and merged on request); dates written
in several formats are reported."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import framing
from framing.corpus.checks import date_shape
from framing.errors import CorpusError, FramingWarning

from . import exports


def load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return framing.load_corpus(path, **kw)


@pytest.fixture
def csv(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("doc_id,source,headline,published,text\n"
                    "1,NYT,Regime,2016-12-05,The regime fell.\n"
                    "2,nyt,Talks,12/05/2016,The government spoke.\n"
                    "3,New  York Times,Aid,\"Dec 5, 2016\",The regime spoke.\n"
                    "4,New York Times,More,2016-12-06,The army said.\n"
                    "5,NYT,Last,not a date,The regime again.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("option, flag, value, columns", [
    ("outlet_col", "--outlet-col", "outlet_name", "doc_id, source, headline, published, text"),
    ("id_col", "--id-col", "id", "doc_id, source, headline, published, text"),
    # the title column is looked for in the documents as read (text apart)
    ("title_col", "--title-col", "heading", "doc_id, outlet, source, headline, published")])
def test_a_column_option_naming_a_missing_column_is_an_error_listing_the_columns(csv, option, flag, value, columns,
                                                                                 capsys):
    with pytest.raises(CorpusError, match=rf"c\.csv: no column '{value}' \(given as {option}= / {flag}\)\. The columns are: "
                                          + columns):
        load(csv, **{option: value})
    from framing.cli import main

    assert main(["terms", str(csv), flag, value, "-q"]) == 1
    err = capsys.readouterr().err
    assert f"no column '{value}'" in err and columns in err


def test_a_missing_date_column_is_an_error_even_without_periods(csv, capsys):
    with pytest.raises(CorpusError, match=r"no date column 'date_of' \(given as date_col= / --date-col\)\. The columns are: "
                                          r"doc_id, outlet, headline, published"):
        framing.count_terms(load(csv, outlet_col="source"), date_col="date_of")
    from framing.cli import main

    assert main(["terms", str(csv), "--outlet-col", "source", "--date-col", "date_of", "-q"]) == 1
    assert "no date column 'date_of'" in capsys.readouterr().err
    # named right, it is read
    assert framing.count_terms(load(csv, outlet_col="source"), date_col="published", by="year").attrs["undated_docs"] == 1


def test_no_outlet_column_is_one_warning_not_silence(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("doc_id,text\n1,One.\n2,Two.\n3,Three.\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c = framing.load_corpus(path, chunksize=1)  # three chunks, one problem
    found = [w for w in caught if issubclass(w.category, FramingWarning)]
    assert len(found) == 1 and "no outlet column 'outlet' (the columns are: doc_id, text)" in str(found[0].message)
    assert c.problems[["problem", "action"]].values.tolist() == [[
        "no outlet column 'outlet' (the columns are: doc_id, text)",
        "every document's outlet is 'unknown'; name the outlet column with outlet_col= (--outlet-col)"]]
    assert set(c.documents["outlet"]) == {"unknown"}


def test_outlets_that_differ_in_case_or_spaces_are_named_and_merged_on_request(csv, capsys):
    c = load(csv, outlet_col="source", title_col="headline")
    assert list(c.documents["outlet"]) == ["NYT", "nyt", "New  York Times", "New York Times", "NYT"]
    named = c.problems[c.problems["problem"].str.startswith("outlet names")]
    assert named[["problem", "action"]].values.tolist() == [[
        "outlet names that differ only in case or spaces (documents in brackets): 'NYT' (2) / 'nyt' (1); "
        "'New  York Times' (1) / 'New York Times' (1)",
        "kept as separate groups; normalise_groups=True (--normalise-groups) merges them"]]
    merged = load(csv, outlet_col="source", normalise_groups=True, chunksize=2)
    assert list(merged.documents["outlet"]) == ["NYT", "NYT", "New  York Times", "New  York Times", "NYT"]
    assert merged.problems[merged.problems["problem"].str.startswith("outlet names")]["action"].tolist() == [
        "merged (normalise_groups): each written as 'NYT', 'New  York Times'"]
    terms = framing.count_terms(merged, min_count=1)
    assert terms[terms.label == "regime"].set_index("group")["count"].to_dict() == {"NYT": 2, "New  York Times": 1}
    # a corpus already loaded is merged when a scoring function is asked to
    with pytest.warns(FramingWarning, match="merged"):
        again = framing.count_terms(load(csv, outlet_col="source"), min_count=1, normalise_groups=True)
    assert again.equals(terms)
    from framing.cli import main

    out = csv.parent / "t.csv"
    assert main(["terms", str(csv), "--outlet-col", "source", "--normalise-groups", "-q", "-o", str(out)]) == 0
    assert sorted(pd.read_csv(out)["group"].unique()) == ["NYT", "New  York Times"]
    assert "merged (normalise_groups)" in capsys.readouterr().err


def test_dates_in_mixed_formats_are_reported(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("doc_id,outlet,date,text\n1,A,2016-12-05,x\n2,A,12/05/2016,x\n3,A,\"Dec 5, 2016\",x\n"
                    "4,A,2016-12-06,x\n5,A,not a date,x\n6,A,0001-01-01,x\n", encoding="utf-8")
    c = load(path)
    assert c.problems["problem"].tolist() == [
        "dates written in 3 formats in column 'date' (an example of each, documents in brackets): '2016-12-05' (2), "
        "'12/05/2016' (1), 'Dec 5, 2016' (1)"]
    one_way = tmp_path / "d.csv"
    one_way.write_text("doc_id,outlet,date,text\n1,A,2016-12-05,x\n2,A,2016-12-06T10:00:00Z,x\n", encoding="utf-8")
    assert load(one_way).problems.empty


def test_date_shapes():
    assert date_shape("5 décembre 2016") == date_shape("27 February 2012") == "DD Word YYYY"
    assert date_shape("January 11, 2010 Monday 9:20 AM") == "Word DD, YYYY Word"


def test_a_folder_takes_its_outlet_column_from_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("The regime.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,paper\na,Daily\n", encoding="utf-8")
    c = load(tmp_path, outlet_col="paper")
    assert c.documents[["doc_id", "outlet"]].values.tolist() == [["a", "Daily"]]
    with pytest.raises(CorpusError, match=r"no column 'journal' \(given as outlet_col= / --outlet-col\)\. The columns are: "
                                          r"doc_id, outlet, path, encoding, paper"):
        load(tmp_path, outlet_col="journal")
    with pytest.raises(CorpusError, match=r"text_col='body' \(--text-col\) names a column of a table"):
        load(tmp_path, text_col="body")


@pytest.mark.parametrize("data,note", [
    ("doc_id,outlet\r\na,Süddeutsche Zeitung\r\nb,Le Monde\r\n".encode("cp1252"), "read as cp1252"),  # Excel's "CSV"
    ("doc_id;outlet\r\na;Süddeutsche Zeitung\r\nb;Le Monde\r\n".encode("utf-8-sig"), None),  # European Excel
    ("doc_id\toutlet\r\na\tSüddeutsche Zeitung\r\nb\tLe Monde\r\n".encode("utf-16"), None),  # "Unicode Text"
])
def test_a_metadata_csv_saved_by_a_spreadsheet_is_read(tmp_path, data, note):
    # cp1252 was "cannot read metadata ('utf-8' codec can't decode byte 0xfc ...). Fix the file or remove it.";
    # ';' was "no 'doc_id' column; the columns are: doc_id;outlet"
    (tmp_path / "a.txt").write_text("The regime.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The government.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_bytes(data)
    c = load(tmp_path)
    assert c.documents[["doc_id", "outlet"]].values.tolist() == [["a", "Süddeutsche Zeitung"], ["b", "Le Monde"]]
    assert c.problems["action"].tolist() == ([c.problems["action"].iat[0]] if note else [])
    assert note is None or note in c.problems["action"].iat[0]


def test_a_metadata_row_that_names_the_file_with_its_ending_is_its_documents(tmp_path):
    # 'a.txt' was "no file a.txt.txt or a.txt.html ... for this metadata row - row skipped", and a.txt
    # "not listed in metadata.csv - kept with outlet 'unknown'": every outlet unknown
    (tmp_path / "a.txt").write_text("The regime.", encoding="utf-8")
    (tmp_path / "b.docx").write_bytes((tmp_path / "a.txt").read_bytes())  # not a Word file: skipped, listed
    (tmp_path / "c.txt").write_text("The government.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,outlet\na.txt,Daily\nc,Herald\n", encoding="utf-8")
    c = load(tmp_path)
    assert c.documents[["doc_id", "outlet"]].values.tolist() == [["a", "Daily"], ["c", "Herald"]]
    assert not c.problems["problem"].str.contains("metadata").any()


def test_dates_written_as_numbers_since_1970_are_named(tmp_path):
    # a JSON Lines file from pandas' to_json (dates as epoch milliseconds) was only "3 documents with no
    # usable 'date' (missing, not a date, ...)" when binned by time: no word of why
    df = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": "X", "text": "The regime.",
                       "date": pd.to_datetime(["2020-01-05", "2020-02-01", None])})
    df.to_json(tmp_path / "c.jsonl", orient="records", lines=True, date_format="epoch")
    c = load(tmp_path / "c.jsonl")
    assert c.problems["problem"].tolist() == ["2 date(s) in column 'date' written as a number (e.g. 1578182400000: "
                                              "seconds or milliseconds since 1970, as pandas' to_json writes them)"]
    assert "date_format='iso'" in c.problems["action"].iat[0]
    df.to_json(tmp_path / "iso.jsonl", orient="records", lines=True, date_format="iso")
    assert load(tmp_path / "iso.jsonl").problems.empty


def test_exports_report_no_mixed_dates_and_their_outlets_are_read(tmp_path):
    (tmp_path / "n.txt").write_text(exports.nexis_txt(), encoding="utf-8")
    (tmp_path / "f.rtf").write_text(exports.factiva_rtf(), encoding="ascii")
    c = load(tmp_path)
    assert c.problems.empty
    assert c.dated() == 5
