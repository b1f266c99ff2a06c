"""Plain text files (``.txt``), one document each, read inside a folder (:mod:`.folder`).

A ``.txt`` is often something else renamed: an RTF file, a saved web page, a Nexis or
Factiva export. Each is recognised from the file's first bytes and layout and read as what
it is (and reported), never as plain text with its control words and header lines."""

from __future__ import annotations

from ..decoding import looks_like_html
from ..registry import register_reader
from .sniff import decode_file, looks_like_rtf, text_documents

__all__ = ["read_txt"]


@register_reader(".txt", one_document=True)
def read_txt(data: bytes, *, encoding: str | None, report) -> "dict | list[dict] | None":
    """The text of a ``.txt`` file's bytes (``encoding`` forced, or detected and reported),
    with the ``encoding`` it was read in; an RTF file, a web page or an export saved as
    ``.txt`` read as what it is (reported); None (reported) when it is not text, or is a
    web page (named ``.html`` it is read: which of a page's text is the article is a guess
    made only when asked)."""
    if data.startswith(b"PK\x03\x04") and b"word/" in data:
        from .docx import read_docx

        docs = read_docx(data, encoding=encoding, report=report)
        report(f"a Word file (.docx) named .txt ({_what(docs, 'a Word document')})", "read as .docx, not as plain text")
        return docs
    if data.lstrip().startswith(b"%PDF"):
        report("a PDF file named .txt, not text; export the articles as .docx, .rtf, .html or .txt instead", "skipped")
        return None
    decoded = decode_file(data, encoding, report)
    if decoded is None:
        return None
    text, enc = decoded
    if looks_like_rtf(text):
        from .rtf import rtf_documents

        docs = rtf_documents(text)
        report(f"an RTF file named .txt ({_what(docs, 'an RTF document')})", "read as RTF, not as plain text")
        return docs
    if looks_like_html(text):
        from .html import html_documents, html_kind

        kind = html_kind(text)
        if kind == "web page":  # which text of a page is the article is a guess: asked for by naming it .html
            report("a saved web page (HTML), not plain text; name it .html to have its article text extracted",
                   "skipped")
            return None
        docs = html_documents(text)
        report(f"HTML named .txt ({_what(docs, 'HTML')})", "read as HTML, not as plain text")
        return docs
    docs = text_documents(text, origin="txt")
    if docs is not None:
        return [dict(d, encoding=enc) for d in docs]
    return {"text": text, "encoding": enc}


def _what(docs, single: str) -> str:
    if isinstance(docs, list):
        kinds = sorted({d["export"] for d in docs})
        return f"a {', '.join(kinds)} export of {len(docs)} article{'s' if len(docs) != 1 else ''}"
    return single
