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


def docx_paragraphs(data: bytes) -> list[str]:
    """The text of each paragraph of the document's body, in order (tables left out: the
    cover page's)."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExportError(f"named .docx but is not a Word document ({type(exc).__name__}: {exc})") from None
    return [p.text for p in document.paragraphs]


@register_reader(".docx", one_document=True, name="docx")
def read_docx(data: bytes, *, encoding: str | None, report) -> "list[dict] | dict | None":
    """The articles of a ``.docx`` export (Nexis Uni, Lexis Advance), or the document."""
    from .nexis import looks_uni, read_uni

    paragraphs = docx_paragraphs(data)
    text = "\n".join(paragraphs)
    if looks_uni(text):
        return read_uni(paragraphs, export="nexis uni docx")
    docs = text_documents("\n\n".join(paragraphs), origin="docx")
    if docs is not None:
        return docs
    return {"text": "\n\n".join(p.strip() for p in paragraphs if p.strip())}
