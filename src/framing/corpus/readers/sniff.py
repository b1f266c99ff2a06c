"""What a text is: an RTF file, or an export of Nexis or Factiva (:func:`text_documents`)."""

from __future__ import annotations

from ..decoding import decode_bytes
from . import factiva, nexis

__all__ = ["looks_like_rtf", "text_documents", "decode_file"]


def decode_file(data: bytes, encoding: str | None, report) -> tuple[str, str] | None:
    """``(text, encoding)`` of a file's bytes: ``encoding`` forced, or detected (reported
    when not UTF-8); None (reported) when the bytes are no text in it."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            report(f"does not decode as {encoding} ({exc})", "skipped")
            return None
    text, enc, note = decode_bytes(data)
    if text is None:
        report(note, "skipped")
        return None
    if note:
        report(note, "decoded")
    return text, enc


def looks_like_rtf(text: str) -> bool:
    """RTF, whatever the file's name (``{\\rtf1``)."""
    return text.lstrip("\ufeff \t\r\n").startswith("{\\rtf")


def text_documents(text: str, *, origin: str) -> "list[dict] | None":
    """The articles of a text that is an export (Nexis classic or Uni, Factiva indexed or
    Article Format), each with its fields; None for a text that is no export. ``origin``
    (``"txt"``, ``"rtf"``) names the file format in each article's ``export``."""
    if nexis.looks_classic(text):
        return nexis.read_classic(nexis.blocks_of(text), export=f"nexis {origin}")
    if nexis.looks_uni(text):
        return nexis.read_uni(text.split("\n"), export=f"nexis uni {origin}")
    if factiva.looks_coded(text):
        return factiva.read_coded_text(text, export=f"factiva {origin}")
    if factiva.looks_article_format(text):
        return factiva.read_article_format_text(text, export=f"factiva {origin}")
    return None
