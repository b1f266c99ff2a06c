import json
import subprocess
import sys

import pandas as pd
import pytest

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
    assert list(df.columns) == ["doc_id", "outlet", "family", "label", "surface", "start", "end", "voice", "part"]
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
