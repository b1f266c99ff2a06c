"""Messy and hostile input through the command line: the good is scored, the bad named,
nothing changed, and no input makes the work slow."""

import codecs
import hashlib
import time

import pandas as pd
import pytest

import framing
from framing.cli import main

pytestmark = pytest.mark.slow


def snapshot(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture()
def messy(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "good.txt").write_text("The regime shelled the town, the Syrian Observatory said.", encoding="utf-8")
    (d / "crlf.txt").write_bytes("Title\r\n\r\n“The regime is weak,” he said.\r\n".encode())
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (d / "latin.txt").write_bytes("Le régime a dit « assez », déjà.".encode("cp1252"))
    (d / "bom.txt").write_bytes(codecs.BOM_UTF8 + b"ISIS fighters, the army said.")
    (d / "utf16.txt").write_bytes("The government said no.".encode("utf-16"))
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "page.txt").write_text("<!DOCTYPE html><html><body><p>The regime</p></body></html>", encoding="utf-8")
    (d / "oneline.txt").write_text("The regime said it advanced. " * 70_000, encoding="utf-8")  # 2 MB, one line
    (d / "quotes.txt").write_text("“" * 50_000 + "regime" + "”" * 50_000 + "'" * 50_000, encoding="utf-8")
    (d / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (d / "metadata.csv").write_text(
        "doc_id,outlet\n"
        "good,AFP\n"
        "crlf,AFP\n"
        "empty,\n"
        "missing,SANA\n"
        "../../etc/passwd,Evil\n"
        "good,Duplicate\n",
        encoding="utf-8",
    )
    return d


def test_folder_with_every_problem_through_terms_and_sources(messy, tmp_path, capsys):
    before = snapshot(messy)
    out_terms = tmp_path / "terms.csv"
    out_sources = tmp_path / "sources.csv"
    assert main(["terms", str(messy), "--by", "doc", "-o", str(out_terms)]) == 0
    err_terms = capsys.readouterr().err
    assert main(["sources", str(messy), "-o", str(out_sources)]) == 0
    err_sources = capsys.readouterr().err
    for err in (err_terms, err_sources):
        assert "Traceback" not in err
        for needle in ("binary.txt", "binary file", "page.txt", "HTML", "image.png", "not a .txt, .html, .htm, .rtf or .docx file",
                       "empty.txt", "empty file", "latin.txt", "decoded as cp1252", "no file missing.txt",
                       "no file ../../etc/passwd.txt", "duplicate doc_id", "not listed in metadata.csv"):
            assert needle in err, needle
    scores = pd.read_csv(out_terms)
    docs = set(scores.group)
    assert docs == {"good", "crlf", "empty", "blank", "latin", "bom", "utf16", "oneline", "quotes"}
    regime = scores[scores.label == "regime"].set_index("group")
    assert regime.loc["good", "count"] == 1
    assert (regime.loc["crlf", "count"], regime.loc["crlf", "quoted_count"]) == (1, 1)
    assert regime.loc["oneline", "count"] == 70_000
    assert regime.loc["latin", "count"] == 0  # "régime" is French, not the English word
    sources = pd.read_csv(out_sources)
    assert "good" in set(sources.doc_id) and "crlf" in set(sources.doc_id)
    assert snapshot(messy) == before  # every input byte for byte unchanged
    assert not list(messy.glob(".*"))  # nothing written into the corpus folder


def test_skipped_files_are_listed_in_the_return_value(messy):
    c = framing.load_corpus(messy, warn=False)
    skipped = set(c.skipped.source.map(lambda s: s.rsplit("/", 1)[-1]))
    assert skipped == {"binary.txt", "page.txt", "image.png"}


def test_table_inputs_with_bad_rows(tmp_path, capsys):
    jl = tmp_path / "c.jsonl"
    jl.write_text('{"doc_id": "a", "outlet": "X", "text": "The regime fell."}\n{broken\n'
                  '{"doc_id": "b", "outlet": null, "text": null}\n', encoding="utf-8")
    assert main(["terms", str(jl), "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert "line 2" in err and "malformed JSON" in err
    assert "no text (null)" in err
    csv = tmp_path / "c.csv"
    csv.write_text("id,body\n1,ok\n", encoding="utf-8")
    assert main(["terms", str(csv)]) == 1
    err = capsys.readouterr().err
    assert "no text column 'text'. The columns are: id, body" in err


def test_debug_shows_the_traceback(tmp_path):
    with pytest.raises(framing.CorpusError):
        main(["--debug", "terms", str(tmp_path / "nope.csv")])


@pytest.mark.parametrize("unit", ["“ the regime said ", '"' * 7 + " IS ", "said X said, ", "‘a’ ’ ‘ « » ",
                                  "Syrian Syrian Arab Islamic State of Iraq and ", "“\n\n“\n", "army army "])
def test_adversarial_text_stays_linear(unit):
    """Four times the text may take at most ten times as long (quadratic would be 16). Each
    size is timed three times and the fastest kept: one pause of a busy machine (CI beside
    other work) made a linear 4x look like 10.2x."""
    def timed(n):
        text = (unit * (n // len(unit) + 1))[:n]
        df = pd.DataFrame({"doc_id": ["x"], "outlet": ["o"], "text": [text]})
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            framing.count_terms(df, warn=False)
            framing.find_attributions(df, warn=False)
            best = min(best, time.perf_counter() - t0)
        return best

    small, large = timed(100_000), timed(400_000)
    assert large < max(10 * small, 0.5), (small, large)


def test_outputs_honour_the_umask(tmp_path, seeds_dir):
    """mkstemp makes its files 0600; a table, a figure and a page get what the umask gives."""
    import os

    from framing.cli import main

    old = os.umask(0o022)
    try:
        assert main(["terms", str(seeds_dir), "-q", "-o", str(tmp_path / "t.csv")]) == 0
        assert main(["show", str(seeds_dir), "003_54b5a6c5e0f96119", "-q", "-o", str(tmp_path / "a.html")]) == 0
        os.umask(0o077)
        assert main(["mentions", str(seeds_dir), "-q", "-o", str(tmp_path / "m.csv")]) == 0
    finally:
        os.umask(old)
    assert (tmp_path / "t.csv").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "a.html").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "m.csv").stat().st_mode & 0o777 == 0o600


def test_grouping_by_the_text_column_is_refused(seeds_dir, capsys):
    from framing.cli import main

    assert main(["terms", str(seeds_dir), "--by", "text", "-q"]) == 1
    assert "by='text'" in capsys.readouterr().err


def test_a_lone_surrogate_is_one_bad_character_not_a_stopped_run(tmp_path, capsys):
    """JSON can spell "\\ud800", which no encoder accepts: it used to stop every command."""
    import json

    from framing.cli import main

    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"doc_id": "a", "outlet": "X", "text": "The regime \ud800 said.", "title": "x \udc00"}) + "\n"
                    + json.dumps({"doc_id": "b", "outlet": "X", "text": "The regime."}) + "\n", encoding="utf-8")
    out = tmp_path / "m.csv"
    assert main(["mentions", str(path), "-q", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "line 1 (a): lone surrogate (not a character) in 'text' at position 11" in err
    assert "in 'title' at position 2" in err
    m = pd.read_csv(out)
    assert m[["doc_id", "start", "end"]].values.tolist() == [["a", 4, 10], ["b", 4, 10]]
    # a DataFrame made in Python can hold one too, in a column of objects
    c = framing.load_corpus(pd.DataFrame({"text": pd.Series(["A \ud800 regime."], dtype=object)}), warn=False)
    assert c.documents.text[0] == "A \ufffd regime." and "lone surrogate" in c.problems.problem[0]


def test_a_text_column_that_is_not_text_is_decoded_or_refused_per_row():
    df = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": [b"The regime.", 5, ["x"], b"\xff\xferegime"]})
    c = framing.load_corpus(df, warn=False)
    assert c.documents[["doc_id", "text"]].values.tolist() == [["a", "The regime."]]
    assert c.problems[["doc_id", "action"]].values.tolist() == [["a", "decoded as UTF-8"], ["b", "skipped"],
                                                                ["c", "skipped"], ["d", "skipped"]]
    assert "value of type int" in c.problems.problem[1] and "not UTF-8" in c.problems.problem[3]
    m = framing.find_mentions(df, warn=False)
    assert m[["doc_id", "surface", "start"]].values.tolist() == [["a", "regime", 4]]  # offsets of the text, not of "b'…'"


def test_a_cut_gz_keeps_the_lines_read_before_the_break(tmp_path, capsys):
    import gzip
    import json

    from framing.cli import main

    lines = "".join(json.dumps({"doc_id": str(i), "outlet": "X", "text": f"The regime said so {i} times. " * 40}) + "\n"
                    for i in range(2000))
    raw = gzip.compress(lines.encode("utf-8"))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(raw[: len(raw) // 2])
    c = framing.load_corpus(path, warn=False)
    assert 0 < len(c) < 2000 and list(c.documents.doc_id) == [str(i) for i in range(len(c))]
    (p,) = c.problems.itertuples()
    assert p.line == len(c) + 1 and "breaks off after line" in p.problem and "lines before it are read" in p.action
    out = tmp_path / "t.csv"
    assert main(["terms", str(path), "-q", "-o", str(out)]) == 0  # scored, with the break named
    assert "breaks off after line" in capsys.readouterr().err
    assert pd.read_csv(out).query("label == 'regime'")["count"].sum() == 40 * len(c)


def test_a_parquet_file_with_repeated_column_names_is_refused_clearly(tmp_path, capsys):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from framing.cli import main

    table = pa.Table.from_arrays([pa.array(["a"]), pa.array(["The regime."]), pa.array(["x"])], names=["doc_id", "text", "text"])
    path = tmp_path / "dup.parquet"
    pq.write_table(table, path)
    assert main(["terms", str(path), "-q"]) == 1
    assert "several columns named 'text'" in capsys.readouterr().err


def test_the_folder_reader_reads_nothing_outside_the_folder_and_lists_what_it_skips(tmp_path, capsys):
    import os

    from framing.cli import main

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("The regime.", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("The regime, the regime.", encoding="utf-8")
    os.symlink(tmp_path / "secret.txt", folder / "outside.txt")
    os.symlink(folder / "a.txt", folder / "inside.txt")
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "b.txt").write_text("The regime.", encoding="utf-8")
    c = framing.load_corpus(folder, warn=False)
    assert sorted(c.documents.doc_id) == ["a", "inside"]
    skipped = {os.path.basename(s): p for s, p in zip(c.problems.source, c.problems.problem)}
    assert set(skipped) == {"outside.txt", "loop.txt", "pipe.txt", "sub", "corpus"}
    assert skipped["corpus"].startswith("no outlet")  # the folder's own problem: no metadata.csv
    assert "outside the corpus folder" in skipped["outside.txt"] and "loop" in skipped["loop.txt"]
    assert "pipe" in skipped["pipe.txt"] and "subfolder" in skipped["sub"]
    assert main(["terms", str(folder), "-q", "-o", str(tmp_path / "t.csv")]) == 0  # and the FIFO never blocks the run
    assert "outside the corpus folder" in capsys.readouterr().err


@pytest.mark.parametrize("jobs,sig", [("2", "SIGTERM"), ("1", "SIGHUP")])
def test_a_plain_kill_stops_a_run_cleanly(tmp_path, seeds_dir, jobs, sig):
    """`kill PID` (SIGTERM) or a closed terminal (SIGHUP) is met like Ctrl-C: helpers stopped and
    reaped, the temporary output removed, exit status 128 + the signal's number."""
    import os
    import signal
    import subprocess
    import sys
    import time

    big = big_corpus(tmp_path, seeds_dir)
    out = tmp_path / "out"
    out.mkdir()
    cmd = [sys.executable, "-m", "framing.cli", "sources", str(big), "--duplicates", "keep", "--jobs", jobs, "-q", "-o", str(out / "a.parquet")]
    p = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline and not list(out.glob(".*.tmp")):  # writing has begun
        time.sleep(0.05)
    assert list(out.glob(".*.tmp")), "the run never started writing"
    time.sleep(0.5)
    helpers = _children(p.pid)
    assert len(helpers) == int(jobs) - 1
    p.send_signal(getattr(signal, sig))
    assert p.wait(timeout=60) == 128 + getattr(signal, sig)
    assert f"stopped by {sig}" in p.stderr.read()
    assert list(out.iterdir()) == []  # no output, no temporary file
    time.sleep(0.5)
    assert [h for h in helpers if os.path.exists(f"/proc/{h}")] == []  # no helper left behind


def big_corpus(tmp_path, seeds_dir):
    """3,000 seed articles in one JSON Lines file: a run long enough to be stopped midway
    (with ``--duplicates keep``: else the repeats are left out and the run is short)."""
    import json

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    big = tmp_path / "big.jsonl"
    with open(big, "w", encoding="utf-8") as fh:
        for i in range(3000):
            fh.write(json.dumps({"doc_id": str(i), "outlet": "X", "text": texts[i % len(texts)]}) + "\n")
    return big


def _children(pid: int) -> list:
    """The processes whose parent is ``pid`` (read from /proc)."""
    import os

    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(entry)
    return out


def test_a_line_too_long_is_skipped_and_named_not_a_memory_error(tmp_path, monkeypatch):
    import json

    from framing.corpus.readers import jsonl as corpus_module

    monkeypatch.setattr(corpus_module, "MAX_LINE_CHARS", 1000)
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"doc_id": "a", "outlet": "X", "text": "The regime."}) + "\n"
                    + json.dumps({"doc_id": "b", "outlet": "X", "text": "regime " * 5000}) + "\n"
                    + json.dumps({"doc_id": "c", "outlet": "X", "text": "The regime again."}) + "\n", encoding="utf-8")
    c = framing.load_corpus(path, warn=False)
    assert list(c.documents.doc_id) == ["a", "c"]
    (p,) = c.problems.itertuples()
    assert p.line == 2 and "longer than 1,000 characters" in p.problem and p.action == "line skipped"


def test_a_file_name_that_is_not_utf8_is_read_and_named(tmp_path, capsys):
    import os

    d = tmp_path / "c"
    d.mkdir()
    (d / "good.txt").write_text("The regime shelled the town.", encoding="utf-8")
    try:
        with open(os.path.join(os.fsencode(d), b"caf\xe9.txt"), "wb") as fh:  # a Latin-1 name from an old archive
            fh.write(b"The regime said so.")
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    before = snapshot(d)
    out = tmp_path / "mentions.csv"
    assert main(["mentions", str(d), "-o", str(out), "-q"]) == 0
    err = capsys.readouterr().err
    assert "caf\\xe9.txt: the file name is not UTF-8" in err and "Traceback" not in err
    table = pd.read_csv(out)
    assert sorted(table.doc_id) == ["caf\\xe9", "good"]
    corpus = framing.load_corpus(d, warn=False)
    assert corpus.documents.set_index("doc_id").loc["caf\\xe9", "text"] == "The regime said so."
    assert snapshot(d) == before
