"""JSON Lines (``.jsonl``, ``.ndjson``, either gzipped): one document per line, a bad line
skipped and listed, a broken stream read up to the break."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from ...errors import CorpusError
from ..decoding import SURROGATE_RE
from ..model import Problems
from ..prepare import check_text_column, standardise
from ..registry import register_reader

__all__ = ["read_jsonl", "MAX_LINE_CHARS"]


def _open_text(path: Path, encoding: str | None):
    # UTF-8 read as utf-8-sig: a byte-order mark (a file saved on Windows) is not part of line 1's JSON
    encoding = "utf-8-sig" if encoding is None or codecs.lookup(encoding).name == "utf-8" else encoding
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding=encoding, newline="")
    return open(path, encoding=encoding, newline="")


#: The longest JSON Lines line read (characters): a longer one is skipped and listed, read
#: piece by piece so that memory stays bounded, instead of ending the run in a MemoryError.
MAX_LINE_CHARS = 64_000_000


def _bounded_lines(fh) -> Iterator[str | None]:
    """The lines of ``fh``, each None where it is longer than :data:`MAX_LINE_CHARS`."""
    limit = MAX_LINE_CHARS
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while line and not line.endswith("\n"):  # the rest of the long line, piece by piece
                line = fh.readline(limit + 1)
            yield None
            continue
        yield line



@register_reader(".jsonl.gz", ".ndjson.gz", ".jsonl", ".ndjson")
def read_jsonl(path: Path, *, chunksize: int, problems: Problems, encoding: str | None, **cols) -> Iterator[pd.DataFrame]:
    """Standardised tables of ``chunksize`` records; rows are numbered by their line in the file."""
    records: list[dict[str, Any]] = []
    first = 1
    lineno = 0
    try:
        with _open_text(path, encoding) as fh:
            for lineno, line in enumerate(_bounded_lines(fh), 1):
                if line is None:
                    problems.add(str(path), None, lineno, f"a line longer than {MAX_LINE_CHARS:,} characters (not one "
                                 "article: a file joined into one line?)", "line skipped")
                    continue
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.add(str(path), None, lineno, f"malformed JSON ({exc.msg} at column {exc.colno})", "line skipped")
                    continue
                if not isinstance(rec, dict):
                    problems.add(str(path), None, lineno, "a JSON value that is not an object", "line skipped")
                    continue
                if "\\u" in line and _LONE_SURROGATE_ESCAPE.search(line):
                    rec = _without_surrogates(rec, str(path), lineno, problems)
                rec.setdefault("__line__", lineno)
                records.append(rec)
                if len(records) >= chunksize:
                    yield _jsonl_frame(records, path, problems, **cols)
                    records, first = [], lineno + 1
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as exc:
        if lineno == 0 and not records:
            raise CorpusError(f"{path}: cannot read it ({exc}). Check that the file is complete UTF-8 JSON Lines.") from None
        # a broken or cut stream: what was read before the break is scored, and the break named
        problems.add(str(path), None, lineno + 1, f"the file breaks off after line {lineno} ({type(exc).__name__}: {exc})",
                     "rest of the file skipped; the lines before it are read")
    if records or first == 1:
        yield _jsonl_frame(records, path, problems, **cols)


# "\ud800"-"\udfff" escapes: JSON can spell a lone surrogate, which is not a character (a
# pair of them is one, and json.loads joins it)
_LONE_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _without_surrogates(rec: dict, source: str, lineno: int, problems: Problems) -> dict:
    """The record with every lone surrogate in its text values replaced by U+FFFD (one
    character for one: offsets unchanged), reported once per field."""
    out = {}
    doc_id = rec.get("doc_id", "")
    doc_id = SURROGATE_RE.sub("\ufffd", doc_id) if isinstance(doc_id, str) else str(doc_id)  # never a problem's id
    for key, value in rec.items():
        if isinstance(value, str) and not value.isascii():
            m = SURROGATE_RE.search(value)
            if m is not None:
                problems.add(source, doc_id or None, lineno,
                             f"lone surrogate (not a character) in {key!r} at position {m.start()}",
                             "replaced with U+FFFD; offsets unchanged")
                value = SURROGATE_RE.sub("\ufffd", value)
        out[key] = value
    return out


def _jsonl_frame(records, path, problems, **cols) -> pd.DataFrame:
    df = pd.DataFrame.from_records(records)
    if df.empty:
        check_text_column([], cols["text_col"], str(path))
    lines = df.pop("__line__").tolist()
    check_text_column(df.columns, cols["text_col"], str(path))
    # rows are numbered by their line in the file, so messages point at the line
    out = []
    for lo, hi in _runs(lines):
        part = df.iloc[lo:hi]
        out.append(standardise(part, source=str(path), first_row=lines[lo], problems=problems, **cols))
    return pd.concat(out, ignore_index=True) if out else df


def _runs(lines: list[int]) -> Iterator[tuple[int, int]]:
    """Index ranges over which line numbers go up by one (so row = first + offset)."""
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or lines[i] != lines[i - 1] + 1:
            yield start, i
            start = i


