"""The registry of corpus readers: which file endings are read, and by what.

A reader registers itself for its endings with :func:`register_reader`; everything that
names the formats — the "unknown corpus format" error, the command line's help
(:func:`formats_text`), :data:`framing.corpus.SUPPORTED_FORMATS` and the list in
``docs/your-own-corpus.md`` (a test checks it) — is made from here, so a new format is one
module and no edit elsewhere.

Two kinds of format:

- *table* formats hold many documents per file (CSV, JSON Lines, Parquet). The reader is
  ``read(path, *, chunksize, problems, encoding, text_col, outlet_col, id_col)`` and yields
  tables with ``doc_id, outlet, text`` (made by :func:`framing.corpus.prepare.standardise`).
- *document* formats hold one document per file (``.txt``), or the articles of one export
  (``.docx``, ``.rtf``, ``.html``), read inside a folder or given alone. The reader is
  ``read(data, *, encoding, report)``: the file's bytes in, a dict with ``text`` (and any
  other columns, such as ``encoding``, ``outlet``, ``title``, ``date``) out, or a list of
  such dicts for the articles of an export (``doc_id`` ``NAME-1``, ``NAME-2`` …), or None to
  skip the file; ``report(problem, action)`` lists a problem of that file, and a
  :class:`~framing.errors.CorpusError` raised says the file cannot be read (what it
  appears to be): an error when the file is the corpus, listed and skipped in a folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError

__all__ = ["Reader", "register_reader", "registered", "reader_for", "table_endings", "document_endings",
           "formats_text", "supported_formats", "format_of",
           "document_stem", "document_endings_text", "unregister"]


@dataclass(frozen=True)
class Reader:
    """A registered reader: its ``name`` (``"csv"``), the file ``endings`` it reads, whether a
    file holds one document (read inside a folder) or many, and the function."""

    name: str
    endings: tuple[str, ...]
    one_document: bool
    read: Callable


_READERS: dict[str, Reader] = {}


def register_reader(*endings: str, name: str | None = None, one_document: bool = False):
    """Register the decorated function as the reader of files whose names end in ``endings``
    (lower case, with the dot: ``".jsonl"``, ``".jsonl.gz"``). Registering a name again
    replaces it; an ending already registered by another reader is an error.

    >>> @register_reader(".tsv", name="tsv_example")
    ... def read_tsv(path, **options): ...
    >>> reader_for("corpus.TSV").name
    'tsv_example'
    >>> unregister("tsv_example")
    """
    if not endings or not all(isinstance(e, str) and e.startswith(".") for e in endings):
        raise ValueError(f"file endings start with a dot (\".csv\"), not {endings!r}")

    def decorate(func: Callable) -> Callable:
        key = name or func.__name__.removeprefix("read_")
        lowered = tuple(e.lower() for e in endings)
        for other in _READERS.values():
            taken = set(lowered) & set(other.endings)
            if other.name != key and taken:
                raise ValueError(f"{', '.join(sorted(taken))} is read by the {other.name!r} reader already")
        _READERS[key] = Reader(key, lowered, one_document, func)
        return func

    return decorate


def unregister(name: str) -> None:
    """Remove a reader (a test's, or to replace a format by another of the same endings)."""
    _READERS.pop(name, None)


def registered() -> tuple[Reader, ...]:
    """Every reader, in the order they were registered."""
    return tuple(_READERS.values())


def table_endings() -> list[tuple[str, Reader]]:
    """``(ending, reader)`` of the formats holding many documents per file, in the order listed."""
    return [(e, r) for r in _READERS.values() if not r.one_document for e in r.endings]


def document_endings() -> list[tuple[str, Reader]]:
    """``(ending, reader)`` of the formats holding one document per file (read in a folder)."""
    return [(e, r) for r in _READERS.values() if r.one_document for e in r.endings]


def _longest_match(name: str, pairs) -> tuple[str, Reader] | None:
    name = name.lower()
    found = [(e, r) for e, r in pairs if name.endswith(e)]
    return max(found, key=lambda er: len(er[0])) if found else None


def reader_for(path, *, one_document: bool = False) -> Reader | None:
    """The reader of a file name (the longest registered ending wins), or None."""
    hit = _longest_match(Path(path).name, document_endings() if one_document else table_endings())
    return hit[1] if hit else None


def document_stem(name: str) -> str:
    """A document file's name without its registered ending: its ``doc_id``."""
    hit = _longest_match(name, document_endings())
    return name[:-len(hit[0])] if hit else Path(name).stem


def _either(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def document_endings_text() -> str:
    """The endings of one-document files as words: ".txt" (".txt or .md" with two)."""
    return _either([e for e, _ in document_endings()])


def folder_text() -> str:
    """"a folder of .txt files" (every one-document ending)."""
    return f"a folder of {document_endings_text()} files"


def formats_text() -> str:
    """The formats a corpus path may have, as a sentence ("a folder of .txt, … or .docx
    files (or one of them), or a .jsonl.gz, … or .pq file")."""
    return f"{folder_text()} (or one of them), or a {_either([e for e, _ in table_endings()])} file"


def supported_formats() -> tuple[str, ...]:
    """What a corpus may be: a folder, each table ending, a DataFrame."""
    return (folder_text().removeprefix("a "), *(e for e, _ in table_endings()), "pandas DataFrame")


def format_of(path: Path) -> Reader | None:
    """The reader of a table file, None for a folder; an unknown ending is a CorpusError naming the formats."""
    if path.is_dir():
        return None
    reader = reader_for(path)
    if reader is None:
        raise CorpusError(f"{path}: unknown corpus format. Give {formats_text()}.{_hint(path.name.lower())}")
    return reader


def _hint(name: str) -> str:
    """What to do with a table saved in a format framing does not read."""
    if name.endswith((".xlsx", ".xlsm", ".xls", ".ods", ".numbers")):
        return (" A spreadsheet: save it as CSV (UTF-8), or read it with pandas.read_excel and give framing the "
                "table.")
    if name.endswith((".tsv", ".tsv.gz", ".tab")):
        return " Tab-separated: name it .csv; a header line separated by tabs is read so."
    return ""
