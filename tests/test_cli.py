import json
import subprocess
import sys

import pandas as pd
import pytest

import framing
from framing.cli import main

from .conftest import SEEDS


def run(args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_terms_to_csv(seeds_dir, tmp_path, capsys):
    out = tmp_path / "terms.csv"
    code, _, err = run(["terms", seeds_dir, "-o", out], capsys)
    assert code == 0, err
    df = pd.read_csv(out)
    assert list(df.columns[:11]) == ["group", "family", "label", "count", "narrator_count", "quoted_count", "tokens",
                                     "rate_per_1k", "share", "share_low", "share_high"]
    row = df[(df.group == "Syria Direct") & (df.label == "regime")].iloc[0]
    assert (row["count"], row["quoted_count"]) == (17, 4)


def test_terms_voice_and_by_doc_to_stdout(seeds_dir, capsys):
    code, out, _ = run(["terms", seeds_dir, "--by", "doc", "--voice", "quoted", "-o", "-"], capsys)
    assert code == 0
    lines = [line for line in out.splitlines() if line.startswith("003") and ",Daesh," in line]
    assert len(lines) == 1 and lines[0].split(",")[3] == "1"


def test_mentions_formats(seeds_dir, tmp_path, capsys):
    for ext in ("csv", "json", "parquet"):
        out = tmp_path / f"m.{ext}"
        code, _, err = run(["mentions", seeds_dir, "-o", out], capsys)
        assert code == 0, err
    df = pd.read_parquet(tmp_path / "m.parquet")
    assert list(df.columns) == ["doc_id", "outlet", "family", "label", "surface", "start", "end", "voice", "part", "field"]
    assert len(json.loads((tmp_path / "m.json").read_text())) == len(df) == len(pd.read_csv(tmp_path / "m.csv"))


def test_kwic_lines(seeds_dir, capsys):
    code, out, err = run(["kwic", seeds_dir, "Daesh", "--width", "20"], capsys)
    assert code == 0
    assert "[Daesh]" in out and "quoted" in out
    assert "1 line for 'Daesh'" in err


def test_csv_corpus_with_other_columns(tmp_path, capsys):
    src = tmp_path / "c.csv"
    pd.DataFrame({"unit_id": [1, 2], "source": ["sana", "reuters"],
                  "article_content": ["The terrorist groups fled the army.", "Government forces and rebels."]}).to_csv(src, index=False)
    code, out, err = run(["terms", src, "--text-col", "article_content", "--outlet-col", "source", "--id-col", "unit_id"], capsys)
    assert code == 0, err
    df = pd.read_csv(__import__("io").StringIO(out))
    assert set(df.group) == {"sana", "reuters"}


def test_data_errors_exit_1_without_traceback(tmp_path, capsys):
    code, out, err = run(["terms", tmp_path / "missing.csv"], capsys)
    assert code == 1
    assert err.startswith("error: ") and "Traceback" not in err
    bad = tmp_path / "bad.yaml"
    bad.write_text("families:\n  f:\n    labels:\n      a: ['']\n")
    code, _, err = run(["terms", SEEDS, "--lexicon", bad], capsys)
    assert code == 1 and "line 4" in err


def test_refuses_to_write_over_an_input(tmp_path, capsys):
    src = tmp_path / "c.csv"
    src.write_text("doc_id,text\na,The regime.\n")
    before = src.read_bytes()
    code, _, err = run(["terms", src, "-o", src], capsys)
    assert code == 1 and "refusing to write over" in err
    assert src.read_bytes() == before


def test_unknown_output_format(seeds_dir, tmp_path, capsys):
    code, _, err = run(["terms", seeds_dir, "-o", tmp_path / "x.xlsx"], capsys)
    assert code == 1 and "unknown output format" in err
    assert not (tmp_path / "x.xlsx").exists()


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["terms"])
    assert exc.value.code == 2


def test_entry_point_is_installed(seeds_dir):
    r = subprocess.run([sys.executable, "-m", "framing.cli", "kwic", str(seeds_dir), "IS", "--voice", "quoted"],
                       capture_output=True, text=True, check=False)
    assert r.returncode == 0
    assert r.stdout.count("[IS]") == 3


def test_sourcing_profile_on_two_processes(seeds_dir, tmp_path, capsys):
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert run(["sourcing", seeds_dir, "--chunksize", "2", "-o", one], capsys)[0] == 0
    assert run(["sourcing", seeds_dir, "--chunksize", "2", "--jobs", "2", "-o", two], capsys)[0] == 0
    assert one.read_bytes() == two.read_bytes()
    df = pd.read_csv(one)
    afp = df[(df.group == "AFP") & (df.dimension == "summary")].set_index("value")["count"]
    assert afp["attributions"] == 9


def test_tables_written_piece_by_piece_are_the_whole_table(tmp_path):
    """write_tables streams pieces into the file write_table writes for the whole table."""
    from framing._io import write_table, write_tables

    whole = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": ["x, y", "“q”", "", "é"],
                          "start": pd.array([1, None, 3, 4], dtype="Int64"), "flag": [True, False, True, False]})
    pieces = [whole.iloc[:0], whole.iloc[0:1], whole.iloc[1:1], whole.iloc[1:4]]
    for ext in (".csv", ".json", ".parquet"):
        one, many = tmp_path / f"one{ext}", tmp_path / f"many{ext}"
        write_table(whole, str(one))
        assert write_tables(iter(pieces), str(many)) == 4
        if ext == ".parquet":
            pd.testing.assert_frame_equal(pd.read_parquet(many), pd.read_parquet(one))
        else:
            assert many.read_bytes() == one.read_bytes()
        # no rows at all: the empty table, as write_table writes it
        empty_one, empty_many = tmp_path / f"e1{ext}", tmp_path / f"e2{ext}"
        write_table(whole.iloc[:0], str(empty_one))
        assert write_tables([whole.iloc[:0], whole.iloc[:0]], str(empty_many)) == 0
        if ext == ".parquet":
            assert list(pd.read_parquet(empty_many).columns) == list(whole.columns)
        else:
            assert empty_many.read_bytes() == empty_one.read_bytes()


def test_a_failure_while_streaming_leaves_no_file(tmp_path):
    from framing._io import write_tables

    def pieces():
        yield pd.DataFrame({"a": [1]})
        raise RuntimeError("broken corpus")

    out = tmp_path / "rows.csv"
    with pytest.raises(RuntimeError):
        write_tables(pieces(), str(out))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sources_and_mentions_stream_the_same_rows(seeds_dir, tmp_path, capsys, jobs):
    import framing
    from framing._io import write_table

    for command, table in (("sources", framing.find_attributions(seeds_dir)), ("mentions", framing.find_mentions(seeds_dir))):
        out, ref = tmp_path / f"{command}.csv", tmp_path / f"{command}-ref.csv"
        assert run([command, seeds_dir, "--chunksize", "2", "--jobs", jobs, "-o", out], capsys)[0] == 0
        write_table(table, str(ref))
        assert out.read_bytes() == ref.read_bytes()
        assert len(pd.read_csv(out)) == len(table) > 20


@pytest.mark.parametrize("args", [["--jobs", "-1"], ["--chunksize", "0"], ["--encoding", "bogus"], ["--min-docs", "x"],
                                  ["--min-count", "-5"]])
def test_bad_numeric_options_are_usage_errors(seeds_dir, args, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["terms", str(seeds_dir), *args])
    assert exc.value.code == 2
    assert "error: argument" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["-3", "x", "0"])
def test_an_option_of_one_or_more_says_so_for_every_bad_value(seeds_dir, value, capsys):
    """top-sources -n -3 said 'is not a whole number of 0 or more' (and -n 0 'of 1 or more')."""
    with pytest.raises(SystemExit) as exc:
        main(["top-sources", str(seeds_dir), "-n", value])
    assert exc.value.code == 2
    assert f"argument -n: '{value}' is not a whole number of 1 or more" in capsys.readouterr().err


def test_kwic_width_must_be_whole(seeds_dir):
    with pytest.raises(SystemExit) as exc:
        main(["kwic", str(seeds_dir), "regime", "--width", "-5"])
    assert exc.value.code == 2


def test_jobs_capped_at_the_cores(seeds_dir, capsys):
    import os

    assert main(["terms", str(seeds_dir), "--jobs", str((os.cpu_count() or 1) + 998), "-q"]) == 0
    assert f"more than this machine's {os.cpu_count()} cores" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["terms", "sources", "mentions", "compare", "sourcing", "show"])
def test_a_folder_that_takes_no_file_is_refused_before_the_work(seeds_dir, tmp_path, capsys, monkeypatch, command):
    # a read-only folder (tests may run as root, who may write anywhere: the refusal is simulated
    # where the operating system gives it, when the first file is made in the folder)
    import tempfile

    import framing.corpus

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    def never(*args, **kwargs):
        raise AssertionError("the work started before the output was checked")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    monkeypatch.setattr(framing.corpus.readers.folder, "read_folder", never)
    out = tmp_path / ("page.html" if command == "show" else "table.csv")
    extra = {"show": ["seed_01"], "compare": ["--family", "government_naming"]}.get(command, [])
    code, _, err = run([command, seeds_dir, *extra, "-o", out], capsys)
    assert code == 1
    assert f"error: cannot write {out}: Permission denied in {tmp_path}; choose another folder." in err
    assert "Traceback" not in err and list(tmp_path.iterdir()) == []


def test_a_full_disk_is_a_message_and_leaves_no_file(seeds_dir, tmp_path, capsys, monkeypatch):
    import errno

    import framing._io

    def full(frames, fh):
        fh.write("doc_id,label\n")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(framing._io, "_write_csv", full)
    out = tmp_path / "mentions.csv"
    code, _, err = run(["mentions", seeds_dir, "-o", out, "-q"], capsys)
    assert code == 1
    assert err.strip() == f"error: cannot write {out}: No space left on device; nothing was written."
    assert list(tmp_path.iterdir()) == []


def test_a_figure_on_a_full_disk_is_a_message_and_leaves_no_file(tmp_path, monkeypatch):
    import errno

    import matplotlib.pyplot as plt

    from framing.errors import OutputError
    from framing.plots import save_figure

    fig, ax = plt.subplots()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fig, "savefig", full)
    with pytest.raises(OutputError, match="No space left on device; nothing was written"):
        save_figure(fig, "names", tmp_path)
    plt.close(fig)
    assert list(tmp_path.iterdir()) == []


def test_an_input_error_inside_a_write_is_not_called_a_write_error(tmp_path):
    from framing._io import write_tables

    def pieces():
        yield pd.DataFrame({"a": [1]})
        raise FileNotFoundError(2, "No such file or directory", "/corpus/gone.txt")

    with pytest.raises(FileNotFoundError):
        write_tables(pieces(), str(tmp_path / "rows.csv"))
    assert list(tmp_path.iterdir()) == []


def test_a_refused_option_value_exits_2_naming_the_valid_values(seeds_dir, tmp_path, capsys):
    # argparse lets 0 through (a whole number); compare_groups refuses it: a usage error, as a bad flag is
    code, out, err = run(["compare", seeds_dir, "--family", "syrian_state", "--resamples", 0], capsys)
    assert code == 2 and out == ""
    assert err == "error: resamples must be a whole number of 1 or more, not 0.\n"
    code, _, err = run(["discover", "collocates", seeds_dir, "regime", "--window", 0], capsys)
    assert code == 2 and err == "error: window must be a whole number of 1 or more, not 0.\n"
    # a data error is still 1
    code, _, err = run(["terms", tmp_path / "missing.csv"], capsys)
    assert code == 1 and "Traceback" not in err
    # --debug shows the traceback of a refused value too
    with pytest.raises(framing.ParameterError):
        main(["--debug", "compare", str(seeds_dir), "--family", "syrian_state", "--resamples", "0"])


def test_terms_by_doc_is_written_as_it_is_made(seeds_dir, tmp_path, capsys, monkeypatch):
    # issue 26: `terms --by doc` built the whole documents × labels table, zeros and all, in
    # memory (200,000 tiny documents: 9 GB); now a few groups at a time, the same file
    import framing
    import framing.terms

    whole = tmp_path / "whole.csv"
    framing.count_terms(seeds_dir, by="doc", warn=False).to_csv(whole, index=False)
    made = []
    real = framing.terms._score_frame
    monkeypatch.setattr(framing.terms, "_score_frame", lambda groups, *a, **k: made.append(len(groups)) or real(groups, *a, **k))
    monkeypatch.setattr(framing.terms, "SCORE_BATCH", 2)
    for ext in ("csv", "json", "parquet"):
        code, _, err = run(["terms", seeds_dir, "--by", "doc", "-q", "-o", tmp_path / f"doc.{ext}"], capsys)
        assert code == 0, err
    assert made[:3] == [2, 2, 1]  # five documents, two at a time
    assert (tmp_path / "doc.csv").read_bytes() == whole.read_bytes()
    expected = pd.read_csv(whole)
    assert pd.read_parquet(tmp_path / "doc.parquet").shape == expected.shape == pd.read_json(tmp_path / "doc.json").shape
    # zeros are optional: --no-zeros keeps the rows of labels the document uses
    code, _, _ = run(["terms", seeds_dir, "--by", "doc", "--no-zeros", "-q", "-o", tmp_path / "nz.csv"], capsys)
    used = expected[expected["narrator_count"] + expected["quoted_count"] > 0].reset_index(drop=True)
    assert code == 0 and pd.read_csv(tmp_path / "nz.csv").equals(used) and 0 < len(used) < len(expected)


def test_out_of_memory_is_one_line_and_exit_1(seeds_dir, capsys, monkeypatch):
    import framing.cli

    def exhausted(*a, **k):
        raise MemoryError

    monkeypatch.setattr(framing.cli, "count_terms", exhausted)
    code, _, err = run(["terms", seeds_dir, "-q"], capsys)
    assert code == 1 and err.startswith("error: out of memory") and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
