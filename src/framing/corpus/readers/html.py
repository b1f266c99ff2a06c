"""HTML files (``.html``, ``.htm``): a Factiva export, a Nexis export, or a saved web page.

What the file is, is read from the file: Factiva's ``<div class="article …">`` with its
``articleParagraph`` paragraphs (:mod:`.factiva`), Nexis' ``1 of N DOCUMENTS`` or ``End
of Document`` (:mod:`.nexis`); anything else is a web page, whose article text is taken by
trafilatura (its menus, teasers, comments and footers left out), with the page's title and
date where the page gives them."""

from __future__ import annotations

import re

from ..registry import register_reader
from ._export import ExportError, article, body_text
from .factiva import CODES, article_format, coded_article
from .nexis import CLASSIC_MARK, UNI_END, read_classic, read_uni
from .sniff import decode_file

__all__ = ["read_html", "html_documents", "parse_html", "html_kind"]

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "table", "blockquote", "pre", "title"}


def parse_html(text: str):
    """The page as an lxml tree (comments and scripts kept out of the text)."""
    import lxml.html

    # Nexis wraps each article's opening in a comment ("<!-- Hide XML section … <DOCFULL> -->"): nothing of it is text
    return lxml.html.document_fromstring(text)


def _blocks(root) -> list[str]:
    """The page's text as blocks: each paragraph, and each division that holds no other
    block, in document order; ``<br>`` a line break inside a block."""
    out = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCKS or el.tag == "title":
            continue
        if el.tag in ("div", "td", "tr", "table", "li", "blockquote") and any(
                isinstance(d.tag, str) and d.tag in _BLOCKS for d in el.iterdescendants()):
            continue
        text = "".join(_pieces(el))
        if text.strip():
            out.append(text)
    return out


def _pieces(el):
    """The text of ``el`` and of its inline children, ``<br>`` as a line break."""
    if el.tag in ("script", "style"):
        return
    if el.tag == "br":
        yield "\n"
    elif isinstance(el.tag, str) and el.text:
        yield el.text
    for child in el:
        if isinstance(child.tag, str):
            yield from _pieces(child)
        if child.tail:
            yield child.tail


def _factiva_articles(root) -> list:
    """Factiva's article divisions (``class="article enArticle"``), the innermost where one
    holds another (``<div id="article-…" class="article"><div class="article deArticle">``)."""
    has = "contains(concat(' ', normalize-space(@class), ' '), ' article ')"
    return root.xpath(f"//div[{has} and not(.//div[{has}])]")


def html_kind(text: str) -> str:
    """``"factiva"``, ``"nexis"``, ``"nexis uni"`` or ``"web page"``: what an HTML file is."""
    head = text[:2_000_000]
    if re.search(r"class=[\"'][^\"']*\barticleParagraph", head) or re.search(
            r"<div[^>]+class=[\"']article [a-z]{2}Article", head):
        return "factiva"
    if CLASSIC_MARK.search(re.sub(r"<[^>]+>", "\n", head)):
        return "nexis"
    if UNI_END.search(re.sub(r"<[^>]+>", "\n", head)):
        return "nexis uni"
    return "web page"


def _factiva(root) -> list[dict]:
    out = []
    for div in _factiva_articles(root):
        fields: dict[str, list[str]] = {}
        for tr in div.xpath(".//tr"):
            cells = tr.xpath("./td")
            if len(cells) < 2:
                continue
            code = re.sub(r"[^A-Z]", "", "".join(_pieces(cells[0])))
            if code not in CODES:
                continue
            paras = [("".join(_pieces(p))) for p in cells[1].xpath(".//p")] or ["".join(_pieces(cells[1]))]
            fields.setdefault(code, []).extend(p for p in paras if p.strip())
        if fields:
            out.append(coded_article(fields, "factiva html"))
            continue
        out.append(_factiva_article_format(div))
    if not out:
        raise ExportError("looks like a Factiva HTML export but no <div class=\"article …\"> was found")
    return out


def _factiva_article_format(div) -> dict:
    """An article of the Article Format: its section (the divisions above the headline), the
    headline (``<div id="hd">``), the byline (``<div class="author">``), then the word count,
    date, time, source, code, language and copyright, and the ``articleParagraph`` paragraphs."""
    para = "contains(@class, 'articleParagraph')"
    paragraphs = ["".join(_pieces(p)) for p in div.xpath(f".//p[{para}]")]
    heads = div.xpath(".//div[@id='hd']") or div.xpath(".//*[contains(@class, 'Headline')]")
    title = " ".join("".join(_pieces(heads[0])).split()) if heads else ""
    above, below, byline = [], [], ""
    seen_head = not heads
    for el in div.iterdescendants("div"):
        if heads and (el is heads[0] or heads[0] in el.iterancestors()):
            seen_head = True
            continue
        if el.xpath(f".//div | .//p[{para}]"):
            continue
        text = " ".join("".join(_pieces(el)).split())
        if not text or re.match(r"^Document\s+[A-Za-z0-9]{16,}$", text):
            continue
        if "author" in (el.get("class") or ""):
            byline = text
        elif seen_head:
            below.append(text)
        else:
            above.append(text)
    return article_format([title, byline, *below], paragraphs, "factiva html", section="; ".join(above))


def _web_page(text: str) -> dict | None:
    """The article of a saved web page by trafilatura, or None when it finds none."""
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        return None
    paragraphs = [line for line in body.split("\n") if line.strip()]
    return article(text=body_text(paragraphs), title=getattr(doc, "title", None), outlet=getattr(doc, "sitename", None),
                   date=getattr(doc, "date", None), byline=getattr(doc, "author", None), export="web page",
                   url=getattr(doc, "url", None))


def html_documents(text: str) -> "list[dict] | dict | None":
    """The articles of an HTML text: a list for an export, one article for a web page, None
    when a web page has no article text."""
    kind = html_kind(text)
    if kind == "web page":
        return _web_page(text)
    root = parse_html(text)
    if kind == "factiva":
        return _factiva(root)
    # a body division of Nexis holds its paragraphs as <p>: each is a block
    blocks = _blocks(root.body if root.body is not None else root)
    if kind == "nexis":
        return read_classic(blocks, export="nexis html")
    return read_uni(blocks, export="nexis uni html")


@register_reader(".html", ".htm", one_document=True, name="html")
def read_html(data: bytes, *, encoding: str | None, report) -> "list[dict] | dict | None":
    """The articles of an HTML file (an export), or the article of a saved web page."""
    decoded = decode_file(data, encoding, report)
    if decoded is None:
        return None
    text = decoded[0]
    docs = html_documents(text)
    if docs is None:
        report("a web page in which trafilatura finds no article text (an index, a menu, a page of links?)", "skipped")
    return docs
