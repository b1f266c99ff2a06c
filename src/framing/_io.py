"""Writing tables: atomically, never over an input, in the format the extension names."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pandas as pd

from .errors import OutputError

__all__ = ["write_table", "OUTPUT_FORMATS"]

OUTPUT_FORMATS = (".csv", ".parquet", ".json")


def write_table(df: pd.DataFrame, dest: str, *, inputs: tuple = ()) -> None:
    """Write ``df`` to ``dest`` whole or not at all (``-`` is CSV on standard output).

    The table goes to a temporary file beside ``dest`` that is renamed over it only when
    complete. ``inputs`` are paths that must not be overwritten.
    """
    if dest == "-":
        df.to_csv(sys.stdout, index=False)
        return
    path = Path(dest)
    ext = path.suffix.lower()
    if ext not in OUTPUT_FORMATS:
        raise OutputError(f"{dest}: unknown output format {ext or '(no extension)'}; use {', '.join(OUTPUT_FORMATS)} or - for standard output.")
    target = path.resolve()
    for src in inputs:
        if src is None:
            continue
        s = Path(src).resolve()
        if target == s or (s.is_dir() and s in target.parents):
            raise OutputError(f"{dest}: refusing to write over or into the input {src}; choose another output path.")
    if path.is_dir():
        raise OutputError(f"{dest}: is a folder; give a file name ending in {', '.join(OUTPUT_FORMATS)}.")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{dest}: the folder {parent} does not exist; create it first.")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    os.close(fd)
    try:
        if ext == ".csv":
            df.to_csv(tmp, index=False)
        elif ext == ".parquet":
            df.to_parquet(tmp, index=False)
        else:
            df.to_json(tmp, orient="records", force_ascii=False, indent=1)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
