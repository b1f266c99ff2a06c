"""RTF files (``.rtf``): a Factiva or Nexis export, or one document.

The RTF is turned into text by striprtf (its control words gone, ``\\'e9`` and ``\\u252?``
read as the characters they are: "r\\'e9gime" is "régime"), then read as the export it is
(:func:`framing.corpus.readers.sniff.text_documents`); an RTF that is no export is one
document, its paragraphs separated by blank lines."""

from __future__ import annotations

from ..registry import register_reader
from ._export import ExportError
from .sniff import decode_file, looks_like_rtf, text_documents

__all__ = ["read_rtf", "rtf_documents", "rtf_text"]


def rtf_text(rtf: str) -> str:
    """The text of an RTF document (tables' cells ending in ``|``)."""
    from striprtf.striprtf import rtf_to_text

    try:
        return rtf_to_text(rtf, errors="replace")
    except Exception as exc:  # striprtf raises what its parsing meets
        raise ExportError(f"looks like RTF but cannot be read as RTF ({type(exc).__name__}: {exc})") from None


def rtf_documents(rtf: str) -> "list[dict] | dict":
    """The articles of an RTF export, or the RTF as one document."""
    text = rtf_text(rtf)
    docs = text_documents(text, origin="rtf")
    if docs is not None:
        return docs
    paragraphs = [p.strip() for p in text.replace("\r", "\n").split("\n") if p.strip()]
    return {"text": "\n\n".join(paragraphs)}


@register_reader(".rtf", one_document=True, name="rtf")
def read_rtf(data: bytes, *, encoding: str | None, report) -> "list[dict] | dict | None":
    """The articles of an RTF file (RTF is ASCII: its other characters are escapes)."""
    decoded = decode_file(data, encoding, report)
    if decoded is None:
        return None
    text = decoded[0]
    if not looks_like_rtf(text):
        raise ExportError("named .rtf but is not RTF (it does not start with {\\rtf); rename it after what it is")
    return rtf_documents(text)
