"""A folder of one-document files (``.txt``, or any format registered with
``one_document=True``; an export holds several articles, read as documents
``NAME-1``, ``NAME-2`` …), with an optional ``metadata.csv`` (``doc_id`` = the file name
without its ending); or one such file given as the corpus (:func:`read_document_file`)."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from ...errors import CorpusError
from ..decoding import decode_spreadsheet_text, spreadsheet_separator
from ..model import Problems
from ..registry import document_endings, document_endings_text, document_stem, reader_for

__all__ = ["read_folder", "read_document_file"]


def _read_metadata(path: Path, problems: Problems) -> pd.DataFrame | None:
    if not path.is_file():
        return None
    outside = _link_out(path.parent, path)
    if outside:  # nothing outside the folder is read, metadata included
        problems.add(str(path), None, None, outside, "skipped: every file has outlet 'unknown'")
        return None
    # a file people edit in a spreadsheet: saved as cp1252 or UTF-16, separated by ';' or tabs
    text, encoding = decode_spreadsheet_text(path.read_bytes())
    try:
        meta = pd.read_csv(io.StringIO(text), sep=spreadsheet_separator(text.split("\n", 1)[0]), dtype=str,
                           keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise CorpusError(f"{path}: cannot read metadata ({exc}). Fix the file or remove it.") from None
    if encoding == "cp1252":
        problems.add(str(path), None, None, "not UTF-8", "read as cp1252 (a spreadsheet's CSV on Windows); save it as "
                     "UTF-8 if its names look wrong")
    if "doc_id" not in meta.columns:
        raise CorpusError(f"{path}: no 'doc_id' column; the columns are: {', '.join(meta.columns)}. "
                          f"metadata.csv needs doc_id (the file name without {document_endings_text()}).")
    dup = meta["doc_id"].duplicated(keep="first")
    for i in dup[dup].index:
        problems.add(str(path), meta.at[i, "doc_id"], int(i) + 2, "duplicate doc_id in metadata", "the first row is used, this one skipped")
    return meta[~dup].set_index("doc_id", drop=False)


def _link_out(folder: Path, p: Path) -> str | None:
    """Why ``p``, a link, is not followed (it leaves the folder, or leads nowhere), or None."""
    if not p.is_symlink():
        return None
    try:
        target = p.resolve(strict=True)
    except (OSError, RuntimeError):
        return "a link that leads nowhere (broken, or a loop)"
    if folder.resolve() not in target.parents:
        return f"a link to {target}, outside the corpus folder; copy the file in if it belongs to the corpus"
    return None


def _not_a_document(folder: Path, p: Path) -> str | None:
    """Why a folder entry is not read as a document ("" for the files a corpus folder may hold
    besides its texts: metadata.csv, READMEs, hidden files), or None for a file to read (of a
    registered one-document format). Nothing outside the folder is read: a link that leaves
    it is listed, not followed."""
    name = p.name
    if name.startswith(".") or name == "metadata.csv" or name.upper().startswith(("README", "LICENSE", "LICENCE")):
        return ""
    outside = _link_out(folder, p)
    if outside:
        return outside
    try:
        mode = p.stat().st_mode
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if stat.S_ISDIR(mode):
        return "a subfolder: a folder corpus is read one level deep"
    if not stat.S_ISREG(mode):
        return "not a regular file (a pipe, socket or device)"
    if reader_for(name, one_document=True) is None:
        return f"not a {document_endings_text()} file"
    return None


def _printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (which the file system gives Python as
    lone surrogates) written as ``\\xe9``, so the name can be shown, stored and compared."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def _add_metadata(row: dict, meta: pd.DataFrame, folder: Path, where: str, problems: Problems, *, stem: str,
                  name: str) -> None:
    """The document's row of ``metadata.csv`` (by its doc_id, or by its file's name without
    its ending for the articles of an export, or with it: ``a.docx`` as a file manager lists
    it) into ``row`` (its outlet cleaned), or a problem."""
    doc_id = next((k for k in (row["doc_id"], stem, name) if k in meta.index), stem)
    if doc_id in meta.index:
        for col in meta.columns:
            if col != "doc_id":
                row[col] = meta.at[doc_id, col]
        row["outlet"] = str(row.get("outlet", "")).strip()
        if not row["outlet"]:
            row["outlet"] = "unknown"
            problems.add(str(folder / "metadata.csv"), doc_id, None, "no outlet", "outlet set to 'unknown'")
    elif row["outlet"] == "unknown":  # an export names its outlets
        problems.add(where, row["doc_id"], None, "not listed in metadata.csv", "kept with outlet 'unknown'")


def _files(folder: Path, meta: pd.DataFrame | None, problems: Problems) -> list[Path]:
    """The folder's documents, in name order; the other entries and metadata rows without a
    file reported."""
    files = []
    for p in sorted(folder.iterdir()):
        why = _not_a_document(folder, p)
        if why is None:
            files.append(p)
        elif why:
            problems.add(_printable(str(p)), None, None, why, "skipped")
    endings = document_endings_text()
    if not files:
        raise CorpusError(f"{folder}: no {endings} files in this folder. A folder corpus is one {endings} file per document "
                          "(or per export of several articles).")
    stems = {_printable(document_stem(p.name)) for p in files} | {_printable(p.name) for p in files}
    if meta is not None:
        for doc_id in meta.index:
            if doc_id not in stems:
                names = " or ".join(f"{doc_id}{e}" for e, _ in document_endings())
                problems.add(str(folder / "metadata.csv"), doc_id, None, f"no file {names} for this metadata row", "row skipped")
    return files


def read_folder(folder: Path, *, chunksize: int, problems: Problems, encoding: str | None) -> Iterator[pd.DataFrame]:
    """Tables of at most ``chunksize`` documents, one per file (one per article of an
    export), in file-name order: ``doc_id, outlet, text``, the columns of ``metadata.csv``,
    ``path`` and what the file's reader adds (``encoding``; an export's ``title``, ``date``,
    ``byline`` …)."""
    meta = _read_metadata(folder / "metadata.csv", problems)
    files = _files(folder, meta, problems)
    read = 0
    for df in _read_files(files, folder, meta, chunksize=chunksize, problems=problems, encoding=encoding):
        read += len(df)
        yield df
    if not read:
        skipped = [r for r in problems.rows if r["action"].startswith("skipped")]
        first = f" (first: {skipped[0]['source']}: {skipped[0]['problem']})" if skipped else ""
        raise CorpusError(f"{folder}: no document could be read from its {len(files)} file"
                          f"{'s' if len(files) != 1 else ''}{first}.")


def read_document_file(path: Path, *, chunksize: int, problems: Problems, encoding: str | None) -> Iterator[pd.DataFrame]:
    """One file of a one-document format given as the corpus: its document, or the articles
    of an export; a file that cannot be read is an error naming it."""
    docs = list(_read_files([path], path.parent, None, chunksize=chunksize, problems=problems, encoding=encoding,
                            strict=True))
    if not docs:
        last = problems.rows[-1] if problems.rows else None
        raise CorpusError(f"{path}: {last['problem'] if last else 'nothing could be read'}.")
    yield from docs


def _read_files(files: list[Path], folder: Path, meta: pd.DataFrame | None, *, chunksize: int, problems: Problems,
                encoding: str | None, strict: bool = False) -> Iterator[pd.DataFrame]:
    rows: list[dict[str, Any]] = []
    for p in files:
        stem = document_stem(p.name)
        doc_id, where = _printable(stem), _printable(str(p))
        if doc_id != stem:
            problems.add(where, doc_id, None, "the file name is not UTF-8; its other bytes are written as \\x.. in "
                         "doc_id", "read")
        try:
            data = p.read_bytes()
        except OSError as exc:
            if strict:
                raise CorpusError(f"{where}: cannot read ({exc.strerror}).") from None
            problems.add(where, doc_id, None, f"cannot read ({exc.strerror})", "skipped")
            continue

        def report(problem: str, action: str, where=where, doc_id=doc_id) -> None:
            problems.add(where, doc_id, None, problem, action)

        try:
            docs = reader_for(p.name, one_document=True).read(data, encoding=encoding, report=report)
        except CorpusError as exc:  # a file that looks like an export and cannot be read as one
            if strict:
                raise CorpusError(f"{where}: {exc}") from None
            problems.add(where, doc_id, None, str(exc), "skipped")
            continue
        if docs is None:
            continue
        several = isinstance(docs, list)
        for n, doc in enumerate(docs if several else [docs], 1):
            row = _row(dict(doc), f"{doc_id}-{n}" if several else doc_id, where, n if several else None, problems)
            if meta is not None:
                _add_metadata(row, meta, folder, where, problems, stem=doc_id, name=_printable(p.name))
            rows.append(row)
            if len(rows) >= chunksize:
                yield _frame(rows)
                rows = []
    if rows:
        yield _frame(rows)


def _frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows)
    if "length" in df.columns:  # an export's word counts: whole numbers, missing where a file has none
        try:
            df["length"] = df["length"].astype("Int64")
        except (TypeError, ValueError):
            pass
    return df


def _row(doc: dict, doc_id: str, where: str, article: int | None, problems: Problems) -> dict[str, Any]:
    """A document's row: ``doc_id, outlet, text``, ``path``, then the reader's other fields."""
    text = doc.pop("text")
    if not text.strip():
        problems.add(where, doc_id, None, "empty file" if article is None else f"article {article} of the export has no "
                     "text", "kept as an empty document")
    for note in doc.pop("notes", ()):  # a field an export's reader found missing (Factiva's headline, word count)
        problems.add(where, doc_id, None, note, "read, the field left empty")
    row: dict[str, Any] = {"doc_id": doc_id, "outlet": doc.pop("outlet", None) or "unknown", "text": text, "path": where}
    row.update(doc)
    return row
