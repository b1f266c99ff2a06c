"""Writing tables: atomically, never over an input, in the format the extension names.

One rule for every writer (tables, pages, coding sheets, draft lexicons, figures): a regular
file (or a new name) is written to a temporary file beside it, renamed over it when complete;
a path that exists and is not a regular file — a device such as ``/dev/null``, a FIFO, the
pipe of a shell's ``>(cmd)``, ``/dev/stdout`` — is a stream the user asked for: it is written
to directly and never replaced (:func:`is_stream`).
"""

from __future__ import annotations

import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from ._record import PARQUET_KEY, active, file_sha256, manifest_path
from .errors import OutputError

__all__ = ["write_table", "write_tables", "write_text", "atomic", "check_output", "is_stream", "OUTPUT_FORMATS",
           "spreadsheet_safe", "spreadsheet_unescape", "FORMULA_START"]

#: A text cell starting with one of these is taken as a formula by spreadsheets (OWASP's
#: CSV-injection rule); CSV outputs write it after a single quote.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_QUOTED = frozenset(FORMULA_START) | {"'"}

OUTPUT_FORMATS = (".csv", ".parquet", ".json")

# names of a process's own streams, which may not exist as files (or not yet)
_STREAM_NAMES = re.compile(r"/dev/(?:stdout|stderr|fd/\d+)|/proc/(?:self|thread-self|\d+)/fd/\d+")


def is_stream(dest) -> bool:
    """Whether ``dest`` is written to directly rather than replaced: a path that exists and
    is not a regular file nor a folder (a character or block device, a FIFO, a socket; a
    link is followed), or a name of a process's stream (``/dev/stdout``, ``/dev/fd/N``)."""
    name = os.fspath(dest)
    if _STREAM_NAMES.fullmatch(name):
        return True
    try:
        mode = os.stat(name).st_mode
    except (OSError, ValueError):
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


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
    temporary file renamed at the end). Returns the number of rows.

    While a record is kept (:mod:`framing._record`: the command line, a notebook's
    ``Output``), the table's manifest goes with it: inside a Parquet file's metadata, else
    beside the table as ``NAME.EXT.manifest.json``, written to a temporary file before the
    table is renamed into place, an older manifest removed first and the new one renamed
    after the table — so a manifest never describes a table that was not written (a crash
    between the two renames leaves a table without one). Nothing beside a stream."""
    if dest == "-":
        return _write_csv(frames, sys.stdout)
    path = Path(dest)
    ext = path.suffix.lower()
    parent = check_table_output(dest, inputs=inputs)
    record = None if is_stream(dest) else active()
    first: list = []
    if record is not None:
        frames = _first_of(frames, first)
    table: dict = {}
    inside = ext == ".parquet"  # the manifest goes into the file's metadata, not beside it
    with _with_manifest(dest, parent, None if inside else record, table) as tmp:
        if ext == ".csv" or ext not in OUTPUT_FORMATS:  # a stream with no known extension: CSV
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                n = _write_csv(frames, fh)
        elif inside:
            n = _write_parquet(frames, tmp, manifest=None if record is None else
                               lambda rows: record.manifest(_describe(path, rows, first)))
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                n = _write_json(frames, fh)
        table.update(_describe(path, n, first))
    return n


@contextmanager
def _with_manifest(dest, parent: Path, record, table: dict):
    """:func:`atomic`, and the table's manifest beside it when ``record`` is given
    (``table``: what the block says of the table, filled in by the block): the manifest is
    written whole to a temporary file once the table's is complete, the older manifest
    removed, the table renamed into place, then the manifest — a manifest never describes
    a table that was not written (a crash between the renames leaves the table without one)."""
    pending = None
    try:
        with atomic(dest, parent) as tmp:
            yield tmp
            if record is not None:
                pending = _stage_manifest(record.manifest(dict(table, sha256=file_sha256(tmp))), Path(dest), parent)
        if pending is not None:
            publish(pending, manifest_path(dest))
    finally:
        if pending is not None and os.path.exists(pending):
            os.unlink(pending)


def _first_of(frames: Iterable[pd.DataFrame], first: list):
    """Pass ``frames`` on, keeping the first in ``first`` (its columns and ``attrs`` go into the manifest)."""
    for df in frames:
        if not first:
            first.append(df)
        yield df


def _describe(path: Path, rows: int, first: list) -> dict:
    """What a manifest says of the table itself: file, format, rows, columns, options (``attrs``)."""
    table = {"file": path.name, "format": path.suffix.lower().lstrip(".") or "csv", "rows": int(rows)}
    if first:
        table["columns"] = [str(c) for c in first[0].columns]
        table["attrs"] = {str(k): v for k, v in first[0].attrs.items() if _plain(v)}
    return table


def _plain(value) -> bool:
    """A table's ``attrs`` value worth a manifest: a scalar or a short list of scalars."""
    scalar = (str, int, float, bool, type(None))
    return isinstance(value, scalar) or (isinstance(value, (list, tuple)) and len(value) <= 50
                                         and all(isinstance(v, scalar) for v in value))


def _stage_manifest(manifest: dict, path: Path, parent: Path) -> str:
    """The manifest written whole to a temporary file beside the table (returned), and the
    table's older manifest removed: from now on the only manifest is this one, once renamed."""
    import json

    side = manifest_path(path)
    fd, tmp = _temporary(side, parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(manifest, fh, ensure_ascii=False, indent=1, default=str)
        if os.path.lexists(side):
            os.unlink(side)
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


def check_table_output(dest: str, *, inputs: tuple = ()) -> Path | None:
    """Check a table's destination before any work: a known extension and a folder that
    exists and takes a new file (``-`` is standard output: nothing to check)."""
    if dest == "-":
        return None
    ext = Path(dest).suffix.lower()
    if ext not in OUTPUT_FORMATS and not is_stream(dest) and not Path(dest).is_dir():  # a folder: named below
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
    disk, a read-only folder) becomes an :class:`OutputError` saying nothing was written.
    A stream (:func:`is_stream`: ``/dev/null``, a FIFO, ``/dev/stdout``) is yielded itself
    and written to directly: it is never replaced."""
    if is_stream(dest):
        try:
            yield os.fspath(dest)
        except OSError as exc:
            if exc.filename not in (None, os.fspath(dest)):
                raise
            raise OutputError(f"cannot write {dest}: {exc.strerror or exc}.") from None
        return
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
    """Rename a finished temporary file over ``path``, with the permissions of the file it
    replaces, else those a file created there would have (``mkstemp`` makes it readable by
    its owner only; the umask decides): a file kept private (0600) stays private."""
    try:
        st = os.stat(path)
        mode = stat.S_IMODE(st.st_mode) if stat.S_ISREG(st.st_mode) else None
    except OSError:
        mode = None
    if mode is None:
        mask = os.umask(0)
        os.umask(mask)
        mode = 0o666 & ~mask
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def _formula_mask(s: pd.Series) -> pd.Series | None:
    """Which text cells of ``s`` get a quote: those starting with a formula character, and
    those starting with a quote followed by one (or by another quote), so that
    :func:`spreadsheet_unescape` gives back exactly what was written. None: no text column."""
    try:
        first, second = s.str[:1], s.str[1:2]
    except AttributeError:  # not a column of text
        return None
    return first.isin(FORMULA_START) | ((first == "'") & second.isin(_QUOTED))


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` as it is written to a CSV file that people open in a spreadsheet: every text
    cell starting with ``= + - @``, a tab or a carriage return gets a single quote before it
    (OWASP's rule against CSV injection: ``=1+1`` stays text, a ``=HYPERLINK(…)`` is not a
    live link). Only text cells are touched — object and string columns, ``str`` values —
    so ``-0.5`` in a numeric column stays a number. The same table is returned when no cell
    needs it (no copy)."""
    out = None
    for col in df.columns:
        s = df[col]
        if isinstance(s, pd.DataFrame):  # two columns of one name: each on its own
            continue
        if isinstance(s.dtype, pd.CategoricalDtype):
            s = s.astype(object)
        elif not (s.dtype == object or isinstance(s.dtype, pd.StringDtype)):
            continue
        mask = _formula_mask(s)
        if mask is None or not mask.any():
            continue
        if out is None:
            out = df.copy()
        out[col] = s.where(~mask, "'" + s.astype(object).where(mask, ""))
    return df if out is None else out


def spreadsheet_unescape(s: pd.Series) -> pd.Series:
    """Undo :func:`spreadsheet_safe` on a column read as text."""
    mask = _formula_mask(s)
    return s if mask is None or not mask.any() else s.where(~(mask & (s.str[:1] == "'")), s.str[1:])


def _write_csv(frames: Iterable[pd.DataFrame], fh) -> int:
    n, header = 0, None
    for df in frames:
        if header is None:
            header = df.head(0)
        if len(df):
            spreadsheet_safe(df).to_csv(fh, index=False, header=n == 0)
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


def _write_parquet(frames: Iterable[pd.DataFrame], tmp: str, *, manifest=None) -> int:
    """``manifest``: called with the number of rows once every frame is written; its dict
    goes into the file's metadata (:data:`framing._record.PARQUET_KEY`)."""
    import json

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
        extra = {} if manifest is None else {PARQUET_KEY: json.dumps(manifest(n), ensure_ascii=False, default=str)}
        if writer is not None and extra:
            writer.add_key_value_metadata(extra)
    finally:
        if writer is not None:
            writer.close()
    if writer is None:
        table = pa.Table.from_pandas(first if first is not None else pd.DataFrame(), preserve_index=False)
        pq.write_table(table.replace_schema_metadata({**(table.schema.metadata or {}), **extra}), tmp)
    return n


def check_output(dest, *, inputs: tuple = (), ending: str = "", overwrite: bool = True) -> Path:
    """The folder an output file goes to, checked before any work: it exists, the file is
    not a folder, not an input and not inside a folder input (a corpus folder: the next load
    would read the output as a document). With ``overwrite=False`` an existing file is
    refused too (files people edit: draft lexicons, coding sheets). A stream
    (:func:`is_stream`) needs only to be writable: it is written to directly."""
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
    if os.path.isfile(dest) and not is_stream(dest) and not os.access(dest, os.W_OK):
        # a rename would replace it all the same; '>' in a shell would not
        raise OutputError(f"{dest}: is read-only; refusing to replace it (make it writable, or choose another name).")
    if not overwrite and os.path.lexists(dest) and not is_stream(dest):
        raise OutputError(f"{dest}: exists; refusing to write over it (pass overwrite=True, or --force, to replace it), "
                          "or choose another name.")
    if is_stream(dest):
        if stat.S_ISSOCK(_mode(dest)) or not os.access(dest, os.W_OK):
            raise OutputError(f"{dest}: cannot be written to (not a regular file, and not a writable stream).")
        return path.parent
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{dest}: the folder {parent} does not exist; create it first.")
    fd, probe = _temporary(dest, parent)  # a read-only folder is found now, not after the work
    os.close(fd)
    os.unlink(probe)
    return parent


def _mode(dest) -> int:
    try:
        return os.stat(dest).st_mode
    except OSError:
        return 0


def write_text(text: str, dest, *, inputs: tuple = (), newline: str | None = None, overwrite: bool = True,
               table: pd.DataFrame | None = None) -> None:
    """Write ``text`` (UTF-8) to ``dest`` whole or not at all, never over an input (nor over
    an existing file with ``overwrite=False``: :func:`check_output`). ``table``: the text is
    this table (a coding sheet): it gets a manifest as :func:`write_tables`' tables do."""
    parent = check_output(dest, inputs=inputs, overwrite=overwrite)
    record = None if table is None or is_stream(dest) else active()
    described = {} if table is None else _describe(Path(dest), len(table), [table])
    with _with_manifest(dest, parent, record, described) as tmp, open(tmp, "w", encoding="utf-8", newline=newline) as fh:
        fh.write(text)
