"""Writing tables: atomically, never over an input, in the format the extension names."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .errors import OutputError

__all__ = ["write_table", "write_tables", "OUTPUT_FORMATS"]

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
    if ext not in OUTPUT_FORMATS:
        raise OutputError(f"{dest}: unknown output format {ext or '(no extension)'}; use {', '.join(OUTPUT_FORMATS)} or - for standard output.")
    parent = check_output(dest, inputs=inputs, ending=f" ending in {', '.join(OUTPUT_FORMATS)}")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    os.close(fd)
    try:
        if ext == ".csv":
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                n = _write_csv(frames, fh)
        elif ext == ".parquet":
            n = _write_parquet(frames, tmp)
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                n = _write_json(frames, fh)
        publish(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return n


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
    return parent


def write_text(text: str, dest, *, inputs: tuple = (), newline: str | None = None) -> None:
    """Write ``text`` (UTF-8) to ``dest`` whole or not at all, never over an input."""
    path = Path(dest)
    parent = check_output(dest, inputs=inputs)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise OutputError(f"cannot write {dest}: {exc.strerror}.") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            fh.write(text)
        publish(tmp, path)
    except OSError as exc:
        raise OutputError(f"cannot write {dest}: {exc.strerror}.") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
