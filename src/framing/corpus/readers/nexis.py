"""Nexis exports: the classic layout of Nexis UK and LexisNexis Academic (``.txt``, ``.html``,
``.rtf``) and the layout of Nexis Uni and Lexis Advance (``.docx``, and the same text saved
otherwise). The file readers (:mod:`.txt`, :mod:`.html`, :mod:`.docx`, :mod:`.rtf`) turn a
file into blocks of lines and call :func:`read_classic` or :func:`read_uni`.

The classic layout (as LexisNexisTools and readtext read it): each article opens with
``1 of 10 DOCUMENTS`` (``Dokument 1 von 10``, ``Document 1 de 10``), then the publication,
the date (``January 11, 2010 Monday``), the headline, header fields (``BYLINE:``,
``SECTION:``, ``LENGTH: 355 words``, ``DATELINE:``), the body, trailer fields
(``LOAD-DATE:``, ``LANGUAGE:``, ``PUBLICATION-TYPE:``) and ``Copyright …``.

The Nexis Uni / Lexis Advance layout: a cover page (the list of documents), then per
article the headline, the publication, the date, ``Copyright …``, ``Section:``,
``Length:``, ``Byline:`` (a no-break space after the colon), a line ``Body``, the
paragraphs, ``Load-Date:``, (``Classification`` and its fields) and ``End of Document``.
"""

from __future__ import annotations

import re

from ._export import ExportError, article, body_text, export_date, is_copyright

__all__ = ["CLASSIC_MARK", "UNI_END", "looks_classic", "looks_uni", "read_classic", "read_uni", "blocks_of"]

#: The line that opens an article of the classic layout.
CLASSIC_MARK = re.compile(r"^\s*(?:\d+\s+of\s+\d+\s+DOCUMENTS?|Dokument\s+\d+\s+von\s+\d+|Document\s+\d+\s+de\s+\d+)\s*$",
                          re.MULTILINE)
#: The line that closes an article of the Nexis Uni / Lexis Advance layout.
UNI_END = re.compile(r"^\s*End of Document\s*$", re.MULTILINE)

# the header fields of the classic layout, in the interface languages (English, German,
# French), and the columns some of them fill
_FIELDS = {
    "BYLINE": "byline", "AUTOR": "byline", "AUTEUR": "byline", "VON": "byline",
    "SECTION": "section", "RUBRIK": "section", "RUBRIQUE": "section",
    "LENGTH": "length", "LÄNGE": "length", "LONGUEUR": "length",
    "LANGUAGE": "language", "SPRACHE": "language", "LANGUE": "language",
    "LOAD-DATE": "load_date", "DATELINE": "dateline",
}
_OTHER_FIELDS = ("HIGHLIGHT", "GRAPHIC", "GRAFIK", "PUBLICATION-TYPE", "JOURNAL-CODE", "URL", "CORRECTION-DATE", "NOTES",
                 "DOCUMENT-TYPE", "DOKUMENTTYP", "TYPE", "SERIES", "DISTRIBUTION", "EDITION", "UPDATE", "ACC-NO",
                 "SUBJECT", "ORGANIZATION", "PERSON", "GEOGRAPHIC", "COUNTRY", "CITY", "STATE", "INDUSTRY", "TICKER",
                 "SOURCE", "PUBLICATION", "CORRECTION", "PUB-TYPE", "ISSN", "LOAD-DATE", "COMPANY")
_FIELD_RE = re.compile(r"^\s*(" + "|".join(re.escape(k) for k in sorted({*_FIELDS, *_OTHER_FIELDS}, key=len, reverse=True))
                       + r")\s*:\s*(.*)$", re.DOTALL)


def looks_classic(text: str) -> bool:
    """Text of the classic layout: an article mark and a LENGTH (or BYLINE, LOAD-DATE) field."""
    return bool(CLASSIC_MARK.search(text)) and bool(re.search(r"^\s*(LENGTH|LÄNGE|LONGUEUR|LOAD-DATE|BYLINE):",
                                                               text, re.MULTILINE))


def looks_uni(text: str) -> bool:
    """Text of the Nexis Uni / Lexis Advance layout: ``End of Document`` and a ``Body`` line or a ``Length:`` field."""
    return bool(UNI_END.search(text)) and bool(re.search(r"^\s*(Body|Length:)", text, re.MULTILINE))


def blocks_of(text: str) -> list[str]:
    """The blocks of a text: runs of lines between blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [b for b in re.split(r"\n[ \t\u00a0]*\n", text) if b.strip()]


def _split_classic(blocks: list[str]) -> list[list[str]]:
    """The blocks of each article (what precedes the first mark, the cover, left out)."""
    out: list[list[str]] = []
    for b in blocks:
        if CLASSIC_MARK.match(b.strip()):
            out.append([])
        elif out:
            out[-1].append(b)
    return out


def read_classic(blocks: list[str], *, export: str) -> list[dict]:
    """The articles of the classic layout, from the file's blocks (paragraphs of text)."""
    docs = _split_classic(blocks)
    if not docs:
        raise ExportError("looks like a Nexis export but has no '1 of N DOCUMENTS' line")
    return [_classic_article(d, export) for d in docs]


#: An edition line of its own ("Late Edition - Final", "Final Edition").
_EDITION = re.compile(r"[^\n]{0,40}\b(edition|ausgabe|édition)\b[^\n]{0,40}", re.IGNORECASE)
_NOTICE = re.compile(r"^\s*(copyright|©|\(c\))\s*(©\s*)?\d{4}\b", re.IGNORECASE)


#: Fields whose value is prose by nature (a summary, a caption, a note): never the body's.
_PROSE_FIELDS = {"HIGHLIGHT", "GRAPHIC", "GRAFIK", "NOTES", "CORRECTION"}
#: A sentence: four words or more ending as a sentence ends.
_SENTENCE = re.compile(r"(?:\S+\s+){3,}\S*[.!?]['\"\u2019\u201d\u00bb]?")


def _field(block: str) -> tuple[str, str] | None:
    """A header or trailer field (``LENGTH: 355 words``); not a paragraph of the body that
    opens with a field's word ("UPDATE: The ministry later said …"): a field the export
    fills with dates, names or lists whose value is a sentence."""
    m = _FIELD_RE.match(block)
    if not m:
        return None
    key, value = m.group(1), " ".join(m.group(2).split())
    if key in _OTHER_FIELDS and key not in _PROSE_FIELDS and _SENTENCE.fullmatch(value):
        return None
    return key, value


def _classic_head(lines: list[str]) -> tuple[str, str, str, int]:
    """The publication, the date and the headline at the top of an article, and where the rest starts."""
    outlet = date = title = ""
    i = 0
    if lines and not _field(lines[0]) and not export_date(lines[0]):
        outlet = lines[0].split("\n")[0].strip()
        i = 1
    for j in range(i, min(i + 2, len(lines))):  # the date: the first block that holds one, just after the publication
        if not _field(lines[j]) and export_date(lines[j]):
            date, i = lines[j].split("\n")[0].strip(), j + 1
            break
    if i < len(lines) and _EDITION.fullmatch(lines[i]):
        i += 1  # an edition line of its own
    if i < len(lines) and not _field(lines[i]):
        title, i = " ".join(lines[i].split()), i + 1
    return outlet, date, title, i


def _classic_article(blocks: list[str], export: str) -> dict:
    lines = [b.strip() for b in blocks]
    outlet, date, title, i = _classic_head(lines)
    items: list[tuple[str, str]] = []
    for b in lines[i:]:
        if _field(b):
            items.append(("field", b))
        elif is_copyright(b):
            items.append(("copyright", b))
        else:
            items.append(("para", b))
    # the trailer is the run of fields and notices that closes the article: a block of the
    # body that reads like a field ("UPDATE: The ministry later said …", "SOURCE: …") stays
    # text when a paragraph follows it. A paragraph that starts with "Copyright" is the
    # text's while the body runs, unless it is the article's last block and reads as a
    # notice ("Copyright 2010 …", "© 2010 …")
    trailer_at = len(items)
    for n in range(len(items) - 1, -1, -1):
        if items[n][0] == "para":
            break
        if items[n][0] == "field":
            trailer_at = n
    paras, copyright_, body, fields = [], "", False, {}
    for n, (kind, b) in enumerate(items):
        if n < trailer_at and (kind == "para" or (kind == "field" and body)):
            paras.append(b)
            body = True
        elif kind == "field":
            key, value = _field(b)
            if key in _FIELDS:
                fields.setdefault(_FIELDS[key], value)
        elif kind == "copyright":
            if body and n < trailer_at and not (n == len(items) - 1 and _NOTICE.match(b)):
                paras.append(b)
            elif not copyright_:
                copyright_ = " ".join(b.split())
    return article(text=body_text(paras), title=title, outlet=outlet, date=date, byline=fields.get("byline"),
                   section=fields.get("section"), length=fields.get("length"), language=fields.get("language"),
                   export=export, dateline=fields.get("dateline"), copyright=copyright_)


# the fields of the Nexis Uni / Lexis Advance layout (a no-break space or a space after the colon)
_UNI_FIELD = re.compile(r"^(Section|Length|Byline|Author|Dateline|Highlight|Load-Date|Language|Publication-Type|"
                        r"Rubrik|Länge|Autor|Longueur|Rubrique|Auteur|Graphic|Notes)\s*:[\s\u00a0]*(.*)$", re.IGNORECASE)
_UNI_COLUMNS = {"section": "section", "rubrik": "section", "rubrique": "section", "length": "length", "länge": "length",
                "longueur": "length", "byline": "byline", "author": "byline", "autor": "byline", "auteur": "byline",
                "dateline": "dateline", "language": "language", "load-date": "load_date"}
# where the body ends: the trailer of the article, a field or a heading on a line of its own
# (a paragraph "Graphic video showed …" or "Classification of the files …" is text)
_UNI_BODY_END = re.compile(r"^(?:(?:Load-Date|Graphic|Notes)\s*:|(?:Classification|Graphic|Notes|End of Document)\s*$)",
                           re.IGNORECASE)


def _split_uni(lines: list[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for line in lines:
        if UNI_END.match(line):
            out.append([])
        else:
            out[-1].append(line)
    return [a for a in out if any(x.strip() == "Body" or _UNI_FIELD.match(x) for x in a)]


def read_uni(paragraphs: list[str], *, export: str) -> list[dict]:
    """The articles of the Nexis Uni / Lexis Advance layout, from the file's paragraphs in
    order (a paragraph holding line breaks is several lines)."""
    lines = [line.strip() for p in paragraphs for line in p.replace("\r", "\n").split("\n")]
    docs = _split_uni([x for x in lines if x])
    if not docs:
        raise ExportError("looks like a Nexis Uni / Lexis Advance export but no article has a 'Body' line and "
                          "'End of Document'")
    docs[0] = _without_cover(docs[0])
    return [_uni_article(d, export) for d in docs]


# the lines of the cover page (the list of documents) before the first article
_COVER = re.compile(r"^(Date and Time:|Job Number:|Documents? \(\d+\)|\d+\.\s|Client/Matter:|Search Terms:|Search Type:|"
                    r"Narrowed by:|Content Type|Sources?:|Quellen:|User Name:|Print Request:|Time of Request:)")


def _without_cover(lines: list[str]) -> list[str]:
    """The first article's lines without the cover page above it."""
    body_at = next((n for n, x in enumerate(lines) if x in ("Body", "Text")), len(lines))
    cover = [n for n, x in enumerate(lines[:body_at]) if _COVER.match(x)]
    if not cover:
        return lines
    # the cover lists the headlines ("1. Syria's War Grinds On"): the first article starts at
    # the first one, after any line of the cover not known here ("News Sources: …", "Timeline: …")
    first = next((x[2:].strip() for x in lines[:cover[-1]] if x.startswith("1.")), None)
    start = next((n for n in range(cover[-1] + 1, body_at) if lines[n] == first), cover[-1] + 1)
    return lines[start:]


def _uni_article(lines: list[str], export: str) -> dict:
    body_at = next((n for n, x in enumerate(lines) if x in ("Body", "Text")), None)
    if body_at is not None:
        head, rest = lines[:body_at], lines[body_at + 1:]
    else:  # no "Body" line: the body starts after the headline, the publication, the date and the
        start = 3  # header's edition, copyright and fields ("Section:", "Byline:" …)
        while start < len(lines) and (_UNI_FIELD.match(lines[start]) or is_copyright(lines[start])
                                      or _EDITION.fullmatch(lines[start])):
            start += 1
        head, rest = lines[:start], lines[start:]
    # the headline, the publication, then the date (an edition line may come between)
    title = head[0] if head else ""
    outlet = head[1] if len(head) > 1 and not _UNI_FIELD.match(head[1]) else ""
    date_at = next((n for n in range(2, min(5, len(head))) if export_date(head[n]) and not _UNI_FIELD.match(head[n])),
                   None)
    date = head[date_at] if date_at is not None else ""
    fields: dict[str, str] = {}
    for line in head[2:]:
        m = _UNI_FIELD.match(line)
        if m and m.group(1).lower() in _UNI_COLUMNS:
            fields.setdefault(_UNI_COLUMNS[m.group(1).lower()], m.group(2))
    paras = []
    trailer = False
    for line in rest:
        trailer = trailer or bool(_UNI_BODY_END.match(line))
        if not trailer:
            paras.append(line)
            continue
        m = _UNI_FIELD.match(line)
        if m and m.group(1).lower() in _UNI_COLUMNS:
            fields.setdefault(_UNI_COLUMNS[m.group(1).lower()], m.group(2))
    return article(text=body_text(paras), title=title, outlet=outlet, date=date, byline=fields.get("byline"),
                   section=re.sub(r";\s*Version:\s*\d+\s*$", "", fields.get("section") or ""), length=fields.get("length"),
                   language=fields.get("language"), export=export, dateline=fields.get("dateline"))
