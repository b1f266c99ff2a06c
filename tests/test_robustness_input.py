"""Hostile input, third round (issue 26): ids that cannot be written, CSV files with a stray
quote or cut mid-row, links out of a corpus folder, killed runs — through the command line."""

import json

import pandas as pd
import pytest

from framing.cli import main

from .test_robustness import _children, big_corpus

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


def _rows(n, edit=None):
    rows = [f"d{i},{'AB'[i % 2]},The regime said {i}." for i in range(1, n + 1)]
    for i, line in (edit or {}).items():
        rows[i - 1] = line
    return "doc_id,outlet,text\n" + "\n".join(rows) + "\n"


def test_a_stray_quote_in_a_csv_is_named_with_the_rows_it_swallowed(tmp_path, capsys):
    """One unclosed quote merged rows 5-10 into one document, silently (exit 0, 15 documents)."""
    path = tmp_path / "c.csv"
    path.write_text(_rows(20, {5: 'd5,B,"The regime is weak. he said.', 10: 'd10,A,He said "no".'}), encoding="utf-8")
    out = tmp_path / "t.csv"
    assert main(["terms", str(path), "--by", "doc", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert 'c.csv, line 6: a stray quote: the field that opens with " on line 6 runs on to line 11' in err
    assert "lines 7-11 look like rows of their own" in err
    # a well-formed file with line breaks inside quoted fields says nothing
    path.write_text('doc_id,outlet,text\na,X,"The regime.\n\nd2,A,The army."\nb,Y,"He said ""no""."\n', encoding="utf-8")
    assert main(["terms", str(path), "--by", "doc", "-o", str(out)]) == 0
    assert "stray quote" not in capsys.readouterr().err


@pytest.mark.parametrize("chunksize", [7, 1000])
def test_a_csv_cut_mid_row_keeps_its_complete_rows(tmp_path, capsys, chunksize):
    import framing

    path = tmp_path / "c.csv"
    path.write_text(_rows(20) + 'd21,B,"The regime sa', encoding="utf-8")
    c = framing.load_corpus(path, chunksize=chunksize, warn=False)
    assert c.documents.doc_id.tolist() == [f"d{i}" for i in range(1, 21)]
    assert c.problems[["line", "action"]].values.tolist() == [[22, "row skipped; the complete rows before it are read"]]
    out = tmp_path / "m.csv"
    assert main(["mentions", str(path), "-o", str(out)]) == 0
    assert "line 22: the file ends inside a quoted field that opens on line 22" in capsys.readouterr().err
    assert len(pd.read_csv(out)) == 20


def test_a_lexicon_that_finds_nothing_says_so(tmp_path, capsys, seeds_dir):
    """A lexicon of one's own has no ``fit:``; finding nothing at all is still worth a word."""
    lexicon = tmp_path / "nothing.yaml"
    lexicon.write_text("families:\n  fruit:\n    labels:\n      kumquat: [kumquat*]\n", encoding="utf-8")
    assert main(["terms", str(seeds_dir), "--lexicon", str(lexicon), "-o", str(tmp_path / "t.csv")]) == 0
    assert "may not fit this corpus: it finds no mention at all in the corpus' " in capsys.readouterr().err
    assert main(["terms", str(seeds_dir), "-o", str(tmp_path / "t.csv")]) == 0
    assert "may not fit" not in capsys.readouterr().err


def test_a_metadata_csv_linked_outside_the_folder_is_not_read(tmp_path, capsys):
    secret = tmp_path / "secret.csv"
    secret.write_text("doc_id,outlet\na,SECRET-OUTLET\n", encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("The regime said so.", encoding="utf-8")
    (folder / "metadata.csv").symlink_to(secret)
    out = tmp_path / "t.csv"
    assert main(["terms", str(folder), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"metadata.csv: a link to {secret}, outside the corpus folder" in err
    assert "SECRET-OUTLET" not in out.read_text(encoding="utf-8") and set(pd.read_csv(out).group) == {"unknown"}
    # a link inside the folder is read
    (folder / "metadata.csv").unlink()
    (folder / "meta.real").write_text("doc_id,outlet\na,AFP\n", encoding="utf-8")
    (folder / "metadata.csv").symlink_to(folder / "meta.real")
    assert main(["terms", str(folder), "-o", str(out)]) == 0
    assert set(pd.read_csv(out).group) == {"AFP"}


def test_a_killed_run_leaves_no_helper_and_the_next_run_removes_its_temporary_file(tmp_path, seeds_dir):
    """SIGKILL of the main process (the out-of-memory killer) left the helper asleep forever
    under pid 1 and the hidden temporary output on disk."""
    import os
    import signal
    import subprocess
    import sys
    import time

    big = big_corpus(tmp_path, seeds_dir)
    out = tmp_path / "out"
    out.mkdir()
    cmd = [sys.executable, "-m", "framing.cli", "sources", str(big), "--duplicates", "keep", "--jobs", "2", "-q", "-o", str(out / "a.csv")]
    p = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    helpers = []
    try:
        deadline = time.time() + 60
        while time.time() < deadline and not list(out.glob(".*.tmp")):  # writing has begun
            time.sleep(0.05)
        orphans = list(out.glob(".*.tmp"))
        assert orphans and f".a.csv.{p.pid}-" in orphans[0].name  # the writer's pid in the name
        time.sleep(0.5)
        helpers = [int(h) for h in _children(p.pid)]
        assert len(helpers) == 1
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=10)
    deadline = time.time() + 5
    while time.time() < deadline and any(_lives(h) for h in helpers):
        time.sleep(0.1)
    left = [h for h in helpers if _lives(h)]
    for h in left:  # not to leave it running after a failed test
        os.kill(h, signal.SIGKILL)
    assert not left, "a helper outlived its killed parent"
    assert list(out.glob(".*.tmp")) == orphans  # left behind by the killed run ...
    small = tmp_path / "small.jsonl"
    small.write_text(json.dumps({"doc_id": "a", "text": "The army said so."}) + "\n", encoding="utf-8")
    assert main(["sources", str(small), "-q", "-o", str(out / "a.csv")]) == 0
    assert sorted(q.name for q in out.iterdir()) == ["a.csv", "a.csv.manifest.json"]  # ... and removed by the next run


def _lives(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not reaped by an init that does not reap, does not)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("name,content,says", [
    ("header.csv", "doc_id,outlet,text\n", "its columns and no row"),
    ("empty.jsonl", "", "no line, or blank lines only"),
    ("blank.jsonl", "\n\n", "no line, or blank lines only"),
])
@pytest.mark.parametrize("command", ["terms", "sources"])
def test_a_file_that_holds_no_document_is_an_error_not_an_empty_table(tmp_path, capsys, name, content, says, command):
    # it was an empty table, exit 0, no word (header.csv), or "no text column 'text'. The columns are: (none)"
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main([command, str(path), "-o", str(out)]) == 1
    assert f"{path}: the file holds no document ({says}" in capsys.readouterr().err
    assert not out.exists()
    pd.DataFrame({"doc_id": [], "text": []}).to_parquet(tmp_path / "none.parquet")
    assert main([command, str(tmp_path / "none.parquet"), "-o", str(out)]) == 1
    assert "none.parquet: the file holds no document (its columns and no row" in capsys.readouterr().err
