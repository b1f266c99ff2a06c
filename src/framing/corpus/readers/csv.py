"""CSV files (``.csv``, ``.csv.gz``): one document per row, read a chunk at a time.

pandas reads the rows. Two faults it hides or misplaces are looked for with Python's strict
:mod:`csv` reader, which knows on which line each record starts: a stray quote (a field opened
with ``"`` and never closed where it should be, which silently swallows the rows after it
into one document) is listed with the lines it swallowed; a file cut inside a quoted field
keeps its complete rows, and the cut one is listed with its line."""

from __future__ import annotations

import csv
import gzip
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from ...errors import CorpusError
from ..decoding import decode_bytes, spreadsheet_separator
from ..model import Problems
from ..prepare import standardise
from ..registry import register_reader

__all__ = ["read_csv"]


@register_reader(".csv.gz", ".csv")
def read_csv(path: Path, *, chunksize: int, problems: Problems, encoding: str | None, **cols) -> Iterator[pd.DataFrame]:
    """Standardised tables of ``chunksize`` rows; rows are numbered by their line in the file."""
    first = 2  # data rows start on line 2, after the header
    encoding = encoding or "utf-8-sig"
    sep = _separator(path, encoding)
    multiline = False  # a field holding a line break: the only way a stray quote can swallow rows
    try:
        try:
            reader = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[], chunksize=chunksize,
                                 encoding=encoding, sep=sep)
            for chunk in reader:
                multiline = multiline or any(chunk[c].str.contains("\n", regex=False).any() for c in chunk.columns)
                yield standardise(chunk, source=str(path), first_row=first, problems=problems, **cols)
                first += len(chunk)
        except pd.errors.ParserError as exc:
            # pandas stops the whole chunk: read the rest record by record, to keep the complete rows
            # and name the bad one by its line
            yield from _read_rest(path, encoding, sep, done=first - 2, first=first, chunksize=chunksize, problems=problems,
                                  error=exc, **cols)
            return
        if multiline:
            _stray_quotes(path, encoding, sep, problems)
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not {encoding} text ({exc.reason} at byte {exc.start}); pass encoding= (--encoding) "
                          f"with the file's encoding{_guess(path)}.") from None
    except pd.errors.EmptyDataError:
        raise CorpusError(f"{path}: the CSV file is empty (no header row).") from None


def _guess(path: Path) -> str:
    """What the file's first bytes read as (a spreadsheet's "CSV" on Windows is cp1252, its
    "Unicode Text" UTF-16), as words for the error: ``"; it reads as cp1252: --encoding cp1252"``."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            data = fh.read(1 << 18)
    except (OSError, EOFError):
        return ""
    text, found, _ = decode_bytes(data)
    if text is None or found.lower().replace("_", "-").startswith(("utf-8", "ascii")):
        return ""  # the bytes that are not UTF-8 come later: nothing to say of them here
    return f" (its first bytes read as {found}: encoding='{found}', --encoding {found})"


def _separator(path: Path, encoding: str) -> str:
    """The field separator: a comma, or the semicolon or tab a spreadsheet saved the file
    with ("CSV" in much of Europe, "Text (Tab delimited)") when its header line holds no comma."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rt", encoding=encoding, errors="replace", newline="") as fh:
            header = fh.readline()
    except (OSError, EOFError):
        return ","  # pandas says what is wrong with the file
    return "," if "," in header else spreadsheet_separator(header)


def _records(path: Path, encoding: str, sep: str = ",") -> Iterator[tuple[int, int, list[str] | None, str]]:
    """``(first line, last line, fields or None, error)`` for each record of the file, by
    Python's strict CSV reader (a record it refuses comes with its error, and reading goes on
    after it)."""
    csv.field_size_limit(2**31 - 1)  # articles are longer than the default 131,072 characters
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding=encoding, newline="") as fh:
        reader = csv.reader(fh, strict=True, delimiter=sep)
        while True:
            start = reader.line_num + 1
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield start, reader.line_num, None, str(exc)
                continue
            if fields:  # blank lines are no records (as for pandas)
                yield start, reader.line_num, fields, ""


def _stray_quotes(path: Path, encoding: str, sep: str, problems: Problems) -> None:
    """A field that opens with a quote and runs over several lines without closing where it
    should: the lines it ran over were rows of their own, read as part of one document."""
    for start, end, fields, error in _records(path, encoding, sep):
        if fields is None and end > start:
            problems.add(str(path), None, start, f'a stray quote: the field that opens with " on line {start} runs on to '
                         f"line {end} and ends badly ({error}); lines {start + 1}-{end} look like rows of their own, "
                         "read as part of this one", 'kept as read; close the quote (or double it: "") and run again')


def _read_rest(path: Path, encoding: str, sep: str, *, done: int, first: int, chunksize: int, problems: Problems,
               error: Exception, **cols) -> Iterator[pd.DataFrame]:
    """The data records after the first ``done``, read by :func:`_records`: complete rows
    kept, a record cut by the end of the file listed, too many fields refused by line."""
    names = None
    rows: list[list[str]] = []
    cut = None
    for start, _end, fields, err in _records(path, encoding, sep):
        if names is None:
            if fields is None:
                break
            # the header's names as pandas makes them (a repeated name gets ".1")
            names = pd.read_csv(path, nrows=0, encoding=encoding, sep=sep).columns.tolist()
            continue
        if fields is None:
            if "unexpected end of data" in err:
                cut = start
                break
            raise CorpusError(f"{path}: malformed CSV at line {start} ({err}). Quote fields that contain commas or line "
                              "breaks, then run again.")
        if done:
            done -= 1
            continue
        if len(fields) > len(names):
            raise CorpusError(f"{path}: malformed CSV at line {start}: {len(fields)} fields where the header has "
                              f"{len(names)}. Quote fields that contain commas or line breaks, then run again.")
        rows.append(fields + [None] * (len(names) - len(fields)))
    if names is None:
        raise CorpusError(f"{path}: malformed CSV ({error}). Quote fields that contain commas or line breaks, then run "
                          "again.")
    for lo in range(0, max(len(rows), first == 2), chunksize):  # one table at least, to check the columns
        chunk = pd.DataFrame(rows[lo:lo + chunksize], columns=names, dtype=str)
        yield standardise(chunk, source=str(path), first_row=first + lo, problems=problems, **cols)
    if cut is not None:
        problems.add(str(path), None, cut, f'the file ends inside a quoted field that opens on line {cut} (cut mid-row, '
                     'or a stray ")', "row skipped; the complete rows before it are read")
