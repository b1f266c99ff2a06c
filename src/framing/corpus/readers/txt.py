"""Plain text files (``.txt``), one document each, read inside a folder (:mod:`.folder`)."""

from __future__ import annotations

from ..decoding import decode_bytes, looks_like_html
from ..registry import register_reader

__all__ = ["read_txt"]


@register_reader(".txt", one_document=True)
def read_txt(data: bytes, *, encoding: str | None, report) -> dict | None:
    """The text of a ``.txt`` file's bytes (``encoding`` forced, or detected and reported),
    with the ``encoding`` it was read in; None (reported) when it is not plain text."""
    if encoding:
        try:
            text, enc, note = data.decode(encoding), encoding, ""
        except (UnicodeDecodeError, LookupError) as exc:
            report(f"does not decode as {encoding} ({exc})", "skipped")
            return None
    else:
        text, enc, note = decode_bytes(data)
    if text is None:
        report(note, "skipped")
        return None
    if note:
        report(note, "decoded")
    if looks_like_html(text):
        report("HTML, not plain text; extract the article text first", "skipped")
        return None
    return {"text": text, "encoding": enc}
