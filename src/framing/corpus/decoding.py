"""Bytes to text without changing them: UTF-8 (a byte-order mark dropped), UTF-16 with its
mark, other encodings detected; binary files and HTML recognised."""

from __future__ import annotations

import codecs
import csv
import re

__all__ = ["decode_bytes", "looks_like_html", "SURROGATE_RE", "decode_spreadsheet_text", "spreadsheet_separator"]

#: A lone surrogate (not a character): what a file name or JSON string can hold that is no text.
SURROGATE_RE = re.compile("[\ud800-\udfff]")


def decode_bytes(data: bytes) -> tuple[str | None, str, str]:
    """Decode a file's bytes without changing them.

    Returns ``(text, encoding, note)``; ``text`` is None when the bytes are not text.
    A UTF-8 byte-order mark is not part of the text; UTF-16 needs its byte-order mark.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig", ""
        except UnicodeDecodeError:
            pass
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", "decoded as UTF-16"
        except UnicodeDecodeError:
            return None, "", "starts like UTF-16 but does not decode as UTF-16"
    if b"\x00" in data[:8192]:
        return None, "", "binary file (NUL bytes); not text"
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency
        from_bytes = None
    best = from_bytes(data).best() if from_bytes is not None else None
    if best is None or best.encoding is None:
        return None, "", "not UTF-8 and no text encoding fits; not text"
    enc = best.encoding
    if enc in _LATIN_SINGLE_BYTE:
        # on short texts the detector cannot tell Latin code pages apart; cp1252 is by
        # far the most common for scraped Western news, so it wins whenever it decodes
        try:
            data.decode("cp1252")
            enc = "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None, "", f"not UTF-8; detected {enc} but it does not decode"
    if _looks_binary(text):
        return None, "", "binary file (control characters); not text"
    return text, enc, f"not UTF-8; decoded as {enc} (detected)"


_LATIN_SINGLE_BYTE = {
    "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_1", "iso8859_2", "iso8859_3", "iso8859_4",
    "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "mac_roman",
    "mac_latin2", "cp850", "cp437", "cp858",
}


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or 0x7F <= ord(c) < 0xA0)
    return bad / len(sample) > 0.05


def looks_like_html(text: str) -> bool:
    """A saved web page rather than plain text (its first kilobyte says so)."""
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in text[:65536])


def decode_spreadsheet_text(data: bytes) -> tuple[str, str]:
    """The text of a CSV file as spreadsheets save it, and the encoding found: UTF-8 with or
    without a byte-order mark, UTF-16 with one (Excel's "Unicode Text"), else cp1252 (Excel's
    "CSV (Comma delimited)" on Western Windows)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def spreadsheet_separator(header: str) -> str:
    """The field separator of a CSV as a spreadsheet saves it, read off its header line: a
    comma, a semicolon (Excel in much of Europe) or a tab ("Unicode Text"), whichever splits
    it into the most fields."""
    return max((",", ";", "\t"), key=lambda d: len(next(csv.reader([header], delimiter=d), [])))
