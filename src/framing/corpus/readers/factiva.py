"""Factiva exports, in either of Factiva's two display formats and in any interface language.

- *Full Article/Report plus Indexing*: each article is a list of two- or three-letter
  field codes, the same in every interface language: ``HD`` (headline), ``BY`` (byline),
  ``WC`` (word count), ``PD`` (publication date), ``ET`` (time), ``SN`` (source name: the
  outlet), ``SC`` (source code), ``SE`` (section), ``LA`` (language), ``CY`` (copyright),
  ``LP`` (lead paragraphs) and ``TD`` (the rest of the text), then the indexing (``CO``,
  ``IN``, ``NS``, ``RE``, ``IPC``, ``PUB``) and ``AN`` (``Document …``, the accession number).
  The text is ``LP`` then ``TD``.
- *Article Format*: the headline, the byline, the word count (``412 words``, ``412 mots``,
  ``412 Wörter``), the date, the time, the source, its code, the language, the copyright,
  then the paragraphs and ``Document …``.

The HTML reader (:mod:`.html`) gives the fields of each ``<div class="article …">``; the
RTF and text readers give the text, read here line by line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lang import get_language, languages
from ._export import ExportError, article, body_text, export_date, is_copyright

__all__ = ["CODES", "looks_coded", "looks_article_format", "read_coded_text", "read_article_format_text",
           "coded_article", "article_format"]

#: The field codes of the indexed format, in their usual order.
CODES = ("CLM", "SE", "HD", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "VOL", "LA", "CY", "LP", "TD", "CT",
         "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN")
_CODE_LINE = re.compile(r"^[ \t|]*(" + "|".join(CODES) + r")[ \t\u00a0]*(?:\||\t|$)(.*)$")
_DOCUMENT = re.compile(r"^\s*Document\s+[A-Za-z0-9]{16,}\s*\|?\s*$")
_WORDS = re.compile(r"^\d[\d,.\u00a0\u202f ]*\s+\w+\.?$")
_SOURCE_CODE = re.compile(r"^[A-Z0-9]{2,10}$")
_TIME = re.compile(r"^\d{1,2}[:.h]\d{2}(\s*[AP]M)?(\s+\w+)?$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _byline_re(codes: tuple) -> re.Pattern:
    """A byline line: a language's byline word (``byline_words`` in its ``language.yaml``:
    "By", "Par", "Von"), then up to nine words that open with a capital and end as no
    sentence does ("By Tom Perry", "By Tom Perry and Ellen Francis", "Par Jean Dupont")."""
    words = sorted({str(w) for code in codes for w in get_language(code).data.get("byline_words") or ()})
    if not words:
        return re.compile(r"(?!)")
    either = "|".join(re.escape(w) + "|" + re.escape(w.upper()) for w in words)
    return re.compile(rf"^(?:{either})\s+[^\W\d_a-z]\S*(?:\s+\S+){{0,8}}(?<![.!?:])$")


def _is_byline(line: str) -> bool:
    return _byline_re(tuple(languages())).match(line) is not None


def looks_coded(text: str) -> bool:
    """Text of the indexed format: an ``HD`` field and a ``TD`` or ``LP`` one, each at the start of a line."""
    lines = text.splitlines()
    codes = {m.group(1) for m in map(_CODE_LINE.match, lines) if m}
    return "HD" in codes and bool(codes & {"TD", "LP"})


def looks_article_format(text: str) -> bool:
    """Text of the Article Format: ``Document …`` lines closing articles, and a word count line."""
    lines = [x.strip().strip("|") for x in text.splitlines()]
    return any(_DOCUMENT.match(x) for x in lines) and any(_WORDS.match(x) for x in lines)


def coded_article(fields: dict[str, list[str]], export: str) -> dict:
    """An article from its coded fields (each a list of paragraphs)."""
    def one(code):
        return " ".join(" ".join(fields.get(code, [])).split())

    paragraphs = fields.get("LP", []) + fields.get("TD", [])
    return article(text=body_text(paragraphs), title=one("HD"), outlet=one("SN"), date=one("PD"), byline=one("BY"),
                   section=one("SE"), length=one("WC"), language=one("LA"), export=export, source_code=one("SC"),
                   copyright=one("CY"), accession=re.sub(r"^Document\s+", "", one("AN")))


def read_coded_text(text: str, *, export: str) -> list[dict]:
    """The articles of the indexed format, from text (an RTF's or a ``.txt``'s): a line
    starting with a code opens that field (a table cell's ``|`` or a tab after the code);
    the lines after it, up to the next code, are its paragraphs."""
    docs: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] | None = None
    field = None
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        m = _CODE_LINE.match(raw)
        if m:
            code = m.group(1)
            if current is None or code in current or "AN" in current:
                current = {}
                docs.append(current)
            field = current.setdefault(code, [])
            raw = m.group(2)
        if current is None or field is None:
            continue
        value = raw.strip().strip("|").strip()
        if value:
            field.append(value)
    docs = [d for d in docs if "HD" in d or "TD" in d or "LP" in d]
    if not docs:
        raise ExportError("looks like a Factiva export (indexed) but has no HD, LP or TD field")
    return [coded_article(d, export) for d in docs]


def article_format(header: list[str], paragraphs: list[str], export: str, section: str = "") -> dict:
    """An article of the Article Format from its header lines (headline first) and its
    paragraphs. A headline or a word count line that is not there is left empty and said in
    the article's ``notes`` (the loader's problems: one warning), as a missing date is."""
    head, *more = [" ".join(x.split()) for x in header] or [""]
    header = [head, *(x for x in more if x)]
    notes = []
    if _WORDS.match(head) or (len(header) > 1 and _is_byline(head) and (
            _WORDS.match(header[1]) or export_date(header[1]))):
        header = ["", *header]  # the header opens with the word count, or a byline before it: no headline
    if not header[0]:
        notes.append("no headline")
    title = header[0]
    wc = next((i for i, x in enumerate(header[1:6], 1) if _WORDS.match(x)), None)
    if wc is None:
        notes.append("no word count line")
    first = 1 if wc is None else wc + 1  # the date follows the word count, or the headline and byline
    date_at = next((i for i in range(first, min(first + (2 if wc is not None else 4), len(header)))
                    if export_date(header[i])), None)
    byline = " ".join(header[1:wc if wc is not None else date_at or 1])
    at = date_at if date_at is not None else wc if wc is not None else 0
    rest = [x for x in header[at + 1:] if not _TIME.match(x)]
    outlet = rest[0] if rest else ""
    cy = next((i for i, x in enumerate(rest) if is_copyright(x)), None)
    language = rest[cy - 1] if cy is not None and cy >= 2 else rest[2] if cy is None and len(rest) == 3 else ""
    row = article(text=body_text(paragraphs), title=title, outlet=outlet,
                  date=header[date_at] if date_at is not None else "", byline=byline,
                  length=header[wc] if wc is not None else None, section=section, language=language, export=export,
                  copyright=rest[cy] if cy is not None else "")
    if notes:
        row["notes"] = notes
    return row


def read_article_format_text(text: str, *, export: str) -> list[dict]:
    """The articles of the Article Format, from text: each closed by its ``Document …``
    line; the lines up to the copyright line are the header, the lines after it the
    paragraphs (one a line, as an RTF writes them)."""
    out = []
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip().strip("|").strip()
        if _DOCUMENT.match(line):
            if any(lines):
                out.append(_text_article(lines, export))
            lines = []
        elif line:
            lines.append(line)
    if not out:
        raise ExportError("looks like a Factiva export but no article ends with a 'Document …' line")
    return out


def _text_article(lines: list[str], export: str) -> dict:
    cy = next((i for i, x in enumerate(lines[:15]) if is_copyright(x)), None)
    if cy is not None:
        return article_format(lines[:cy + 1], lines[cy + 1:], export)
    # no copyright line (a source that gives none): the header ends with the language after the
    # source code ("Reuters News", "LBA", "English")
    wc = next((i for i, x in enumerate(lines[:6]) if _WORDS.match(x)), None)
    start = 1 if wc is None else wc + 2  # no word count line: the source code after the headline
    sc = next((i for i in range(start, min(start + 6, len(lines) - 1)) if _SOURCE_CODE.match(lines[i])), None)
    if sc is None:
        raise ExportError(f"looks like a Factiva export but the article {lines[0]!r} has no copyright line before its "
                          "text, nor a source code and language")
    return article_format(lines[:sc + 2], lines[sc + 2:], export)
