"""Outputs that are not regular files: written to directly, never replaced (issue 26)."""

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest

from framing._io import is_stream, write_table
from framing.cli import main

from .conftest import ROOT, SEEDS


def _drain(fifo: Path) -> dict:
    """Read a FIFO in a thread (a writer blocks until a reader opens it)."""
    got: dict = {}

    def read():
        with open(fifo, "rb") as fh:
            got["data"] = fh.read()

    t = threading.Thread(target=read, daemon=True)
    t.start()
    got["thread"] = t
    return got


@pytest.mark.parametrize("command", [["terms", SEEDS], ["show", SEEDS, "000_0e610ba5e1151d7d"],
                                     ["validate", "sample", SEEDS, "-n", "1"]])
def test_a_fifo_output_is_written_to_not_replaced(tmp_path, capsys, command):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got = _drain(fifo)
    code = main([str(a) for a in command] + ["-o", str(fifo)])
    got["thread"].join(10)
    err = capsys.readouterr().err
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still a FIFO, not a regular file renamed over it
    assert len(got["data"]) > 100
    assert not [p for p in tmp_path.iterdir() if p.name != "out.fifo"]  # no temporary file left


@pytest.fixture
def null_device(tmp_path) -> Path:
    """A null device of our own (as root), never the system's /dev/null."""
    dev = tmp_path / "null"
    try:
        os.mknod(dev, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    return dev


def test_a_device_node_is_written_to_not_replaced(null_device, capsys):
    """`-o` onto a device leaves it a character device."""
    dev = null_device
    for command in (["terms", SEEDS], ["show", SEEDS, "000_0e610ba5e1151d7d"], ["validate", "sample", SEEDS, "-n", "1"]):
        code = main([str(a) for a in command] + ["-o", str(dev)])
        assert code == 0, capsys.readouterr().err
        assert stat.S_ISCHR(os.lstat(dev).st_mode)
    write_table(pd.DataFrame({"a": [1]}), str(dev))
    assert stat.S_ISCHR(os.lstat(dev).st_mode)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)  # the real one untouched (only looked at)


def test_a_link_to_a_device_is_written_through(tmp_path, capsys):
    link = tmp_path / "sink.csv"
    link.symlink_to("/dev/null")
    assert main(["terms", str(SEEDS), "-o", str(link)]) == 0, capsys.readouterr().err
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_dev_stdout_streams_a_table_and_a_page():
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    for command, start in ((["terms", str(SEEDS), "-o", "/dev/stdout"], "group,family,label"),
                           (["show", str(SEEDS), "000_0e610ba5e1151d7d", "-o", "/dev/stdout"], "<!DOCTYPE html>")):
        r = subprocess.run([sys.executable, "-m", "framing.cli", *command], capture_output=True, text=True, env=env,
                           timeout=120)
        assert r.returncode == 0, r.stderr
        assert r.stdout.startswith(start)


def test_a_pipe_of_the_shell_is_a_stream():
    r, w = os.pipe()
    try:
        assert is_stream(f"/dev/fd/{w}") and is_stream(f"/proc/self/fd/{w}")
    finally:
        os.close(r)
        os.close(w)


def test_a_folder_or_a_socket_is_refused(tmp_path, capsys):
    import socket

    assert main(["terms", str(SEEDS), "-o", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err
    sock_path = tmp_path / "s.sock"
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(sock_path))
    try:
        assert main(["terms", str(SEEDS), "-o", str(sock_path)]) == 1
        assert "cannot be written to" in capsys.readouterr().err
        assert stat.S_ISSOCK(os.lstat(sock_path).st_mode)
    finally:
        s.close()


def test_regular_files_are_still_replaced_whole(tmp_path):
    out = tmp_path / "t.csv"
    out.write_text("old\n")
    write_table(pd.DataFrame({"a": [1]}), str(out))
    assert out.read_text() == "a\n1\n" and not is_stream(out)


def test_a_replaced_file_keeps_its_permissions_and_a_read_only_one_is_not_replaced(tmp_path, capsys, monkeypatch):
    # a table kept private (0600) came back 0644 (a new file's mode), readable by every user of the machine
    out = tmp_path / "t.csv"
    out.write_text("old\n")
    out.chmod(0o600)
    write_table(pd.DataFrame({"a": [1]}), str(out))
    assert out.read_text() == "a\n1\n" and stat.S_IMODE(out.stat().st_mode) == 0o600
    # a file its user may not write (chmod 444): a rename replaced it all the same, where '>' would not
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, m, **kw: False if str(p) == str(out) and m == os.W_OK else real(p, m, **kw))
    assert main(["terms", str(SEEDS), "-o", str(out)]) == 1
    assert capsys.readouterr().err.endswith(f"error: {out}: is read-only; refusing to replace it (make it writable, or "
                                            "choose another name).\n")
    assert out.read_text() == "a\n1\n"


def test_validate_report_to_a_device_makes_no_file_beside_it(tmp_path, null_device, capsys):
    dev = null_device
    sheet = ROOT / "docs" / "examples" / "validation-seeds-mentions.csv"
    assert main(["validate", "report", str(sheet), "-o", str(dev)]) == 0, capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"] and stat.S_ISCHR(os.lstat(dev).st_mode)
