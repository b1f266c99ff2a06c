"""Hostile input, third round (issue 26): ids that cannot be written, CSV files with a stray
quote or cut mid-row, links out of a corpus folder, killed runs — through the command line."""

import json

import pandas as pd
import pytest

from framing.cli import main

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("command", ["terms", "mentions", "sources"])
def test_a_lone_surrogate_in_a_jsonl_doc_id_is_repaired_and_listed(tmp_path, capsys, command):
    path = tmp_path / "c.jsonl"
    path.write_text('{"doc_id": "a\\udc80", "outlet": "X", "text": "The regime said, the army said."}\n'
                    + json.dumps({"doc_id": "b", "outlet": "X", "text": "The regime."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main([command, str(path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "line 1 (a\ufffd): lone surrogate (not a character) in 'doc_id' at position 1" in err
    if command == "mentions":
        assert pd.read_csv(out).doc_id.tolist() == ["a\ufffd", "a\ufffd", "b"]


def test_ids_and_outlets_that_cannot_be_written_in_a_dataframe_or_parquet(tmp_path, capsys):
    import pyarrow as pa
    import pyarrow.parquet as pq

    import framing

    df = pd.DataFrame({"doc_id": pd.Series(["a\udc80", b"b\xff"], dtype=object),
                       "outlet": pd.Series(["X\ud800", b"Y"], dtype=object), "text": ["The regime.", "The army."]})
    c = framing.load_corpus(df, warn=False)
    assert c.documents[["doc_id", "outlet"]].values.tolist() == [["a\ufffd", "X\ufffd"], ["b\\xff", "Y"]]
    assert sorted(c.problems.problem) == ["doc_id stored as bytes", "lone surrogate (not a character) in doc_id at position 1",
                                          "lone surrogate (not a character) in outlet at position 1", "outlet stored as bytes"]
    # a Parquet string column need not be UTF-8 (writers do not check): its bytes as \x.., listed
    ids = pa.array([b"a\xff", b"b"], type=pa.binary()).view(pa.string())
    pq.write_table(pa.table({"doc_id": ids, "outlet": ["X", "Y"], "text": ["The regime.", "The army."]}), tmp_path / "s.pq")
    out = tmp_path / "m.csv"
    assert main(["mentions", str(tmp_path / "s.pq"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "line 1: 'doc_id' is not UTF-8 here (invalid start byte at byte 1)" in err
    assert pd.read_csv(out).doc_id.tolist() == ["a\\xff", "b"]
