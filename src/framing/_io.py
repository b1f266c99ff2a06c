"""Writing tables: atomically, never over an input, in the format the extension names."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from .errors import OutputError

__all__ = ["write_table", "write_tables", "write_text", "atomic", "check_output", "OUTPUT_FORMATS"]

OUTPUT_FORMATS = (".csv", ".parquet", ".json")


def write_table(df: pd.DataFrame, dest: str, *, inputs: tuple = ()) -> None:
    """Write ``df`` to ``dest`` whole or not at all (``-`` is CSV on standard output).

    The table goes to a temporary file beside ``dest`` that is renamed over it only when
    complete. ``inputs`` are paths that must not be overwritten.
    """
    write_tables([df], dest, inputs=inputs)


def write_tables(frames: Iterable[pd.DataFrame], dest: str, *, inputs: tuple = ()) -> int:
    """Write the tables of ``frames`` (same columns) one after the other as one table, as
    they come, so a table larger than memory can be written; the file is the one
    :func:`write_table` would write for their concatenation, whole or not at all (a
    temporary file renamed at the end). Returns the number of rows."""
    if dest == "-":
        return _write_csv(frames, sys.stdout)
    path = Path(dest)
    ext = path.suffix.lower()
    parent = check_table_output(dest, inputs=inputs)
    with atomic(dest, parent) as tmp:
        if ext == ".csv":
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                n = _write_csv(frames, fh)
        elif ext == ".parquet":
            n = _write_parquet(frames, tmp)
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                n = _write_json(frames, fh)
    return n


def check_table_output(dest: str, *, inputs: tuple = ()) -> Path | None:
    """Check a table's destination before any work: a known extension and a folder that
    exists and takes a new file (``-`` is standard output: nothing to check)."""
    if dest == "-":
        return None
    ext = Path(dest).suffix.lower()
    if ext not in OUTPUT_FORMATS:
        raise OutputError(f"{dest}: unknown output format {ext or '(no extension)'}; use {', '.join(OUTPUT_FORMATS)} or - for standard output.")
    return check_output(dest, inputs=inputs, ending=f" ending in {', '.join(OUTPUT_FORMATS)}")


def _temporary(dest, parent: Path, *, suffix: str = ".tmp") -> tuple[int, str]:
    """A temporary file beside ``dest`` (``.NAME.PID-XXXX.tmp``: its writer's pid in the name,
    so that a later run can tell it is orphaned: :func:`remove_orphans`), or a clear error
    when the folder takes no file."""
    remove_orphans(dest, parent, suffix=suffix)
    try:
        return tempfile.mkstemp(prefix=f".{Path(dest).name}.{os.getpid()}-", suffix=suffix, dir=parent)
    except OSError as exc:
        raise OutputError(f"cannot write {dest}: {exc.strerror or exc} in {parent}; choose another folder.") from None


def remove_orphans(dest, parent: Path, *, suffix: str = ".tmp") -> list[Path]:
    """Remove the temporary files of ``dest`` that no live process owns (a run killed by
    SIGKILL or the out-of-memory killer could not remove its own); returns them. A file
    whose writer's pid is alive (or not ours to signal) is left alone."""
    pattern = re.compile(rf"\.{re.escape(Path(dest).name)}\.(\d+)-[A-Za-z0-9_]+{re.escape(suffix)}")
    removed = []
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return removed
    for entry in entries:
        m = pattern.fullmatch(entry.name)
        if m is None or int(m.group(1)) == os.getpid() or _alive(int(m.group(1))):
            continue
        try:
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: someone else's process
        return True
    try:  # a zombie (dead, not yet reaped) owns nothing
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


@contextmanager
def atomic(dest, parent: Path | None = None, *, suffix: str = ".tmp"):
    """The one way ``framing`` writes a file (tables, figures, pages, sheets): yields the
    name of a temporary file beside ``dest``; when the block ends without error it is
    renamed over ``dest`` (whole or not at all), otherwise removed. An OS error (a full
    disk, a read-only folder) becomes an :class:`OutputError` saying nothing was written."""
    parent = Path(dest).parent if parent is None else parent
    fd, tmp = _temporary(dest, parent, suffix=suffix)
    os.close(fd)
    try:
        yield tmp
        publish(tmp, Path(dest))
    except OSError as exc:
        if exc.filename not in (None, tmp, str(dest)):  # an input's error (read inside the block): not ours
            raise
        raise OutputError(f"cannot write {dest}: {exc.strerror or exc}; nothing was written.") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def publish(tmp: str, path) -> None:
    """Rename a finished temporary file over ``path``, with the permissions a file created
    there would have (``mkstemp`` makes it readable by its owner only; the umask decides)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)
    os.replace(tmp, path)


def _write_csv(frames: Iterable[pd.DataFrame], fh) -> int:
    n, header = 0, None
    for df in frames:
        if header is None:
            header = df.head(0)
        if len(df):
            df.to_csv(fh, index=False, header=n == 0)
            n += len(df)
    if n == 0 and header is not None:
        header.to_csv(fh, index=False)
    return n


def _write_json(frames: Iterable[pd.DataFrame], fh) -> int:
    # pandas writes records with indent=1 as "[\n" + records joined by ",\n" + "\n]"
    n = 0
    fh.write("[\n")
    for df in frames:
        if len(df):
            text = df.to_json(orient="records", force_ascii=False, indent=1)
            fh.write((",\n" if n else "") + text[2:-2])
            n += len(df)
    fh.write("\n]")
    return n


def _write_parquet(frames: Iterable[pd.DataFrame], tmp: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    n, writer, first = 0, None, None
    try:
        for df in frames:
            if first is None:
                first = df
            if not len(df):
                continue
            if writer is None:
                table = pa.Table.from_pandas(df, preserve_index=False)
                writer = pq.ParquetWriter(tmp, table.schema)
            else:
                table = pa.Table.from_pandas(df, schema=writer.schema, preserve_index=False)
            writer.write_table(table)
            n += len(df)
    finally:
        if writer is not None:
            writer.close()
    if writer is None:
        (first if first is not None else pd.DataFrame()).to_parquet(tmp, index=False)
    return n


def check_output(dest, *, inputs: tuple = (), ending: str = "") -> Path:
    """The folder an output file goes to, checked before any work: it exists, the file is
    not a folder, not an input and not inside a folder input."""
    path = Path(dest)
    target = path.resolve()
    for src in inputs:
        if src is None:
            continue
        s = Path(src).resolve()
        if target == s or (s.is_dir() and s in target.parents):
            raise OutputError(f"{dest}: refusing to write over or into the input {src}; choose another output path.")
    if path.is_dir():
        raise OutputError(f"{dest}: is a folder; give a file name{ending}.")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{dest}: the folder {parent} does not exist; create it first.")
    fd, probe = _temporary(dest, parent)  # a read-only folder is found now, not after the work
    os.close(fd)
    os.unlink(probe)
    return parent


def write_text(text: str, dest, *, inputs: tuple = (), newline: str | None = None) -> None:
    """Write ``text`` (UTF-8) to ``dest`` whole or not at all, never over an input."""
    parent = check_output(dest, inputs=inputs)
    with atomic(dest, parent) as tmp, open(tmp, "w", encoding="utf-8", newline=newline) as fh:
        fh.write(text)
