"""Word files (``.docx``): a Nexis Uni or Lexis Advance export (or a Nexis or Factiva
layout saved as Word), read by python-docx; a ``.docx`` that is no export is one document,
its paragraphs separated by blank lines."""

from __future__ import annotations

import io
import zipfile

from ..registry import register_reader
from ._export import ExportError
from .sniff import text_documents

__all__ = ["read_docx", "docx_paragraphs"]


def _document(data: bytes):
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExportError(f"named .docx but is not a Word document ({type(exc).__name__}: {exc})") from None


def docx_paragraphs(data: bytes) -> list[str]:
    """The text of each paragraph of the document's body, in order (tables left out: the
    cover page's)."""
    return [p.text for p in _document(data).paragraphs]


def _table_cells(document) -> list[str]:
    """The text of each cell of the document's tables that holds any (a merged cell once)."""
    cells = []
    for table in document.tables:
        for row in table.rows:
            for cell in dict.fromkeys(row.cells):  # a merged cell is listed once per column it spans
                if cell.text.strip():
                    cells.append(cell.text.strip())
    return cells


@register_reader(".docx", one_document=True, name="docx")
def read_docx(data: bytes, *, encoding: str | None, report) -> "list[dict] | dict | None":
    """The articles of a ``.docx`` export (Nexis Uni, Lexis Advance), or the document."""
    from .nexis import looks_uni, read_uni

    document = _document(data)
    paragraphs = [p.text for p in document.paragraphs]
    text = "\n".join(paragraphs)
    if looks_uni(text):
        return read_uni(paragraphs, export="nexis uni docx")
    docs = text_documents("\n\n".join(paragraphs), origin="docx")
    if docs is not None:
        return docs
    cells = _table_cells(document)  # an export's tables are its cover page; a document's may be its text
    if cells:
        first = cells[0] if len(cells[0]) <= 40 else cells[0][:40] + "…"
        report(f"{len(document.tables)} table(s) of the Word file, {len(cells)} cell(s) of text (the first: {first!r}), "
               "not read", "the paragraphs read; copy a table's text into paragraphs to have it scored")
    return {"text": "\n\n".join(p.strip() for p in paragraphs if p.strip())}
