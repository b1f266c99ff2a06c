"""Invented exports in the layouts of Nexis (classic TXT and HTML; Nexis Uni and Lexis
Advance DOCX) and Factiva (HTML and RTF, indexed and Article Format), and a saved web page,
for the reader tests. Every text is made up; the layouts follow LexisNexisTools' and
readtext's sample files and Factiva's documented field codes."""

from __future__ import annotations

import html as _html

# the articles every layout carries: (outlet, date as written, ISO date, title, byline, section, words, paragraphs)
ARTICLES = [
    ("Le Quotidien du Soir", "January 11, 2010 Monday", "2010-01-11", "Le régime et les rebelles à Alep", "Zoé Müller",
     "MONDE; Pg. 4", 38,
     ["Le régime syrien a repris le quartier, selon des témoins.\nLes combats ont duré trois jours.",
      "\u00ab Nous avons tout perdu \u00bb, a dit un habitant à Alep."]),
    ("Gazette of the North", "February 3, 2010 Wednesday", "2010-02-03", "Talks stall in Geneva", "Ann Smith",
     "WORLD", 21,
     ["The talks stalled on Tuesday, officials said.",
      "The regime and the opposition blamed each other; the envoy said: \"We go on.\""]),
    ("Al-Akhbar Weekly", "March 5, 2010 Friday", "2010-03-05", "Aid reaches Homs", "Omar Haddad", "NEWS", 17,
     ["Aid reached Homs on Thursday. Residents said \u0627\u0644\u062d\u0645\u062f \u0644\u0644\u0647.",
      "The government said the convoy was the first in weeks.",
      "Copyright notices inside the text stay: Copyright is a word too."]),
]


def body(paragraphs) -> str:
    return "\n\n".join(paragraphs)


def nexis_txt(articles=ARTICLES, *, crlf: bool = True) -> str:
    """The classic Nexis UK text export: a cover, then 'N of M DOCUMENTS' articles."""
    n = len(articles)
    out = ["\ufeff", "", "Download Request: Selected Items: 1-3", "Time Of Request: Monday, March 4, 2019  10:00:00", "",
           "Terms: (Syria and regime)", "", "Source: Several", "", ""]
    for i, (outlet, date, _, title, byline, section, words, paras) in enumerate(articles, 1):
        out += [f"                               {i} of {n} DOCUMENTS", "", "", "",
                f"                                  {outlet}", "", f"                            {date}",
                "                                Final Edition", "", title, "", f"BYLINE: {byline}", "",
                f"SECTION: {section}", "", f"LENGTH: {words} words", ""]
        for p in paras:
            out += [*p.split("\n"), ""]
        out += [f"LOAD-DATE: {date.split(' ')[0]} 12, 2010", "", "LANGUAGE: ENGLISH", "", "PUBLICATION-TYPE: Newspaper",
                "", "", f"                       Copyright 2010 {outlet}", "                              All Rights Reserved",
                ""]
    text = "\n".join(out)
    return text.replace("\n", "\r\n") if crlf else text


def nexis_html(articles=ARTICLES) -> str:
    """The classic Nexis UK HTML export (one <DOC> per article, each field a <DIV>)."""
    e = _html.escape
    n = len(articles)
    out = ['<HTML>\n<HEAD>\n<STYLE TYPE="text/css"><!--\n.c0 { text-align: center; }\n--></STYLE>\n<TITLE>&nbsp;</TITLE>\n'
           f'<META TOPIC="null" DOCUMENTS="{n}" /></HEAD>\n<BODY>\n'
           '<DIV CLASS="c5"><P CLASS="c6"><SPAN CLASS="c12">Download Request: Selected Items: 1-3<BR>Terms: (Syria)'
           '<BR></SPAN></P>\n</DIV>\n']
    for i, (outlet, date, _, title, byline, section, words, paras) in enumerate(articles, 1):
        out.append(f'<A NAME="DOC_ID_{i}_0"></A><!-- Hide XML section from browser\n<DOC NUMBER={i}>\n<DOCFULL> -->\n'
                   f'<BR><DIV CLASS="c0"><P CLASS="c1"><SPAN CLASS="c2">{i} of {n} DOCUMENTS</SPAN></P>\n</DIV>\n'
                   f'<BR><DIV CLASS="c0"><BR><P CLASS="c1"><IMG SRC="logo.gif" ALT="logo"><BR><SPAN CLASS="c2">{e(outlet)}'
                   '</SPAN></P>\n</DIV>\n'
                   f'<BR><DIV CLASS="c3"><P CLASS="c1"><SPAN CLASS="c2">{date} 11:21 AM GMT</SPAN><SPAN CLASS="c2">&nbsp;'
                   '</SPAN></P>\n</DIV>\n'
                   f'<BR><DIV CLASS="c4"><P CLASS="c5"><SPAN CLASS="c6">{e(title)}</SPAN></P>\n</DIV>\n'
                   f'<BR><DIV CLASS="c4"><P CLASS="c5"><SPAN CLASS="c7">BYLINE: </SPAN><SPAN CLASS="c2">{e(byline)}'
                   '</SPAN></P>\n</DIV>\n'
                   f'<BR><DIV CLASS="c4"><P CLASS="c5"><SPAN CLASS="c7">SECTION: </SPAN><SPAN CLASS="c2">{e(section)}'
                   '</SPAN></P>\n</DIV>\n'
                   f'<BR><DIV CLASS="c4"><P CLASS="c5"><SPAN CLASS="c7">LENGTH: </SPAN><SPAN CLASS="c2">{words} words'
                   '</SPAN></P>\n</DIV>\n<BR><DIV CLASS="c4">')
        for p in paras:
            out.append('<P CLASS="c8"><SPAN CLASS="c2">' + "<BR>".join(e(x) for x in p.split("\n")) + "</SPAN></P>\n")
        out.append('</DIV>\n<BR><DIV CLASS="c4"><P CLASS="c5"><SPAN CLASS="c7">LOAD-DATE: </SPAN><SPAN CLASS="c2">'
                   'March 15, 2010</SPAN></P>\n</DIV>\n<BR><DIV CLASS="c4"><P CLASS="c5"><SPAN CLASS="c7">LANGUAGE: </SPAN>'
                   '<SPAN CLASS="c2">ENGLISH</SPAN></P>\n</DIV>\n'
                   f'<BR><DIV CLASS="c0"><BR><P CLASS="c1"><SPAN CLASS="c2">Copyright 2010 {e(outlet)}<BR>All Rights '
                   'Reserved</SPAN></P>\n</DIV>\n<!-- Hide XML section from browser\n</DOCFULL>\n</DOC> -->\n')
    out.append("</BODY>\n</HTML>\n")
    return "".join(out)


def nexis_uni_docx(path, articles=ARTICLES, *, cover: bool = True, advance: bool = False) -> None:
    """A Nexis Uni .docx export (cover page, then per article: headline, publication, date,
    Copyright, Section/Length/Byline with a no-break space, Body, paragraphs, Load-Date,
    End of Document); ``advance``: the Lexis Advance variant (no cover, a Dateline and a
    Highlight, a Classification block after the body)."""
    import docx

    d = docx.Document()
    if cover:
        d.add_paragraph("Date and Time: Friday, 5. July 2019 09:31:00 CEST")
        d.add_paragraph("Job Number: 00000001")
        d.add_paragraph(f"Documents ({len(articles)})")
        for i, a in enumerate(articles, 1):
            d.add_paragraph(f"{i}. {a[3]}")
            d.add_paragraph("Client/Matter: -None-")
            d.add_paragraph("Search Terms: Syria")
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Content Type", "Narrowed by"
        table.cell(1, 0).text, table.cell(1, 1).text = "News", "Sources: several"
        d.add_paragraph("")
    for outlet, date, _, title, byline, section, words, paras in articles:
        d.add_paragraph(title)
        d.add_paragraph(outlet)
        d.add_paragraph(f"{date} 9:20 AM GMT")
        d.add_paragraph("")
        d.add_paragraph(f"\nCopyright 2010 {outlet} All Rights Reserved")
        d.add_paragraph("\n")
        d.add_paragraph(f"Section:\u00a0{section}; Version:3")
        d.add_paragraph(f"Length:\u00a0{words} words")
        d.add_paragraph(f"Byline:\u00a0{byline}")
        if advance:  # fields and lines that are not read: a byline's second line, the distribution
            d.add_paragraph(f"By {byline}")
            d.add_paragraph("Distribution:\u00a0Foreign Desk")
            d.add_paragraph("Dateline:\u00a0DAMASCUS")
            d.add_paragraph(f"Highlight:\u00a0{title} (a summary)")
        d.add_paragraph("Body")
        d.add_paragraph("")
        for p in paras:
            d.add_paragraph(p.replace("\n", " "))
            d.add_paragraph("")
        if advance:
            d.add_paragraph("Classification")
            d.add_paragraph("Language:\u00a0ENGLISH")
            d.add_paragraph("Subject:\u00a0WAR & CONFLICT (90%)")
        d.add_paragraph("\nLoad-Date:\u00a0July 2, 2019")
        d.add_paragraph("")
        d.add_paragraph("\nEnd of Document")
    d.save(str(path))


# Factiva: an indexed article (Full Article/Report plus Indexing) in the English and the
# German interface, and one in the Article Format in the French interface
FACTIVA = [
    dict(HD="Rebels and regime trade fire in Aleppo", BY="By Jane Roe", WC="45 words", PD="5 December 2016",
         ET="14:05", SN="The Daily Courier", SC="DLYCOU", LA="English", CY="(c) 2016 The Daily Courier",
         LP=["The regime shelled the district on Monday, residents said."],
         TD=["Rebels answered with rockets.", "\"It is the worst day,\" a doctor said."],
         CO="", NS="gvio : Military Action", RE="syria : Syria", AN="Document DLYCOU0020161205ecc50001e",
         iso="2016-12-05"),
    dict(HD="Waffenruhe in Aleppo gebrochen", BY="Von Jörg Müller", WC="30 Wörter", PD="6 Dezember 2016",
         SN="Süddeutsche Rundschau", SC="SDRUND", LA="Deutsch", CY="(c) 2016 Süddeutsche Rundschau",
         LP=["Das Regime griff am Dienstag an."], TD=["Die Rebellen zogen sich zurück, sagten Zeugen."],
         AN="Document SDRUND0020161206ecc60002x", iso="2016-12-06"),
]
FACTIVA_ARTICLE_FORMAT = dict(HD="Le régime reprend Alep-Est", BY="Par Émile Durand", WC="28 mots",
                              PD="7 décembre 2016", ET="09:10", SN="Le Courrier de l'Est", SC="COUEST",
                              LA="Français", CY="© 2016 Le Courrier de l'Est. Tous droits réservés.",
                              paras=["Le régime a repris Alep-Est mardi, selon l'armée.",
                                     "Des milliers de civils ont fui vers l'ouest."],
                              AN="Document COUEST0020161207ecc70003y", iso="2016-12-07")


def factiva_html() -> str:
    """Factiva's HTML: two indexed articles (English, German interface) and one in the
    Article Format (French interface)."""
    e = _html.escape
    out = ['<html><head><title>Factiva</title></head><body><div id="hat">Dow Jones Factiva</div>']
    for a in FACTIVA:
        lang = "en" if a["LA"] == "English" else "de"
        out.append(f'<div class="article {lang}Article"><table border="0" width="100%">')
        for code in ("HD", "BY", "WC", "PD", "ET", "SN", "SC", "LA", "CY", "LP", "TD", "CO", "NS", "RE", "AN"):
            if code not in a:
                continue
            value = a[code]
            if code in ("LP", "TD"):
                cell = "".join(f'<p class="articleParagraph {lang}articleParagraph">{e(p)}</p>' for p in value)
            else:
                cell = e(value)
            out.append(f'<tr><td valign="top" width="40"><b>{code}</b>&nbsp;</td><td>{cell}</td></tr>')
        out.append("</table></div><br/>")
    a = FACTIVA_ARTICLE_FORMAT
    # as Factiva writes it: an outer division per article, the section above the headline
    out.append('<div id="article-COUEST0020161207ecc70003y" class="article"><div class="article frArticle"><p></p>'
               '<div>Monde</div><div id="hd"><span class="frHeadline counted">' + e(a["HD"]) + "</span>\n</div>"
               f'<div class="author">{e(a["BY"])}</div><div>{a["WC"]}</div><div>{a["PD"]}</div><div>{a["ET"]}</div>'
               f'<div>{e(a["SN"])}</div><div>{a["SC"]}</div><div>{a["LA"]}</div><div>{e(a["CY"])}</div>'
               + "".join(f'<p class="articleParagraph frarticleParagraph">{e(p)}</p>' for p in a["paras"])
               + f'<div>{a["AN"]}</div></div></div></body></html>')
    return "".join(out)


def _rtf_escape(text: str) -> str:
    out = []
    for c in text:
        if c in "\\{}":
            out.append("\\" + c)
        elif ord(c) < 128:
            out.append(c)
        elif ord(c) < 256:
            out.append(f"\\'{ord(c):02x}")
        else:
            out.append(f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?")
    return "".join(out)


def factiva_rtf() -> str:
    """Factiva's RTF of the indexed format: a two-column table of codes and values per article."""
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}\viewkind4\uc1" "\n"]
    for a in FACTIVA:
        for code in ("HD", "BY", "WC", "PD", "ET", "SN", "SC", "LA", "CY", "LP", "TD", "CO", "NS", "RE", "AN"):
            if code not in a or not a[code]:
                continue
            value = a[code]
            cell = r"\par ".join(_rtf_escape(p) for p in value) if code in ("LP", "TD") else _rtf_escape(value)
            out.append(r"\trowd\cellx1000\cellx9000\pard\intbl\b " + code + r"\b0\cell\pard\intbl " + cell
                       + r"\cell\row" + "\n")
        out.append(r"\pard\par" "\n")
    out.append("}")
    return "".join(out)


def factiva_article_format_rtf() -> str:
    """Factiva's RTF of the Article Format: one paragraph per line, 'Document …' closing each article."""
    a = FACTIVA_ARTICLE_FORMAT
    lines = [a["HD"], a["BY"], a["WC"], a["PD"], a["ET"], a["SN"], a["SC"], a["LA"], a["CY"], "", *a["paras"], "", a["AN"]]
    return (r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}" "\n" + "".join(r"\pard " + _rtf_escape(x) + r"\par" "\n" for x in lines)
            + "}")


WEB_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Regime forces enter Aleppo | The Evening Ledger</title>
<meta property="og:title" content="Regime forces enter Aleppo">
<meta property="og:site_name" content="The Evening Ledger">
<meta property="article:published_time" content="2016-12-13T08:00:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/regime">Regime news</a></li></ul></nav></header>
<main><article>
<h1>Regime forces enter Aleppo</h1>
<p class="byline">By Sam Writer</p>
<p>Regime forces entered the last rebel districts of Aleppo on Monday, according to residents who spoke by telephone
from the city.</p>
<p>The United Nations said it had received reports of civilians being killed in their homes, and called on all sides
to protect those who remained in the eastern neighbourhoods.</p>
<p>"We are waiting for the buses," said one teacher, who asked that her name not be used, adding that families had
packed what they could carry.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Regime teaser one</a></li><li><a href="/b">Regime teaser two</a></li></ul></aside>
</main>
<footer><p>Subscribe to our newsletter. Copyright The Evening Ledger 2016.</p></footer>
</body></html>
"""


def as_rtf(text: str) -> str:
    """A text as RTF, one paragraph a line (as Word saves a text export)."""
    return (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Courier;}}" "\n"
            + "".join(r"\pard " + _rtf_escape(line) + r"\par" "\n" for line in text.split("\n")) + "}")


def factiva_article_format_text() -> str:
    """Factiva's Article Format saved as text: one paragraph a line, blank lines between."""
    a = FACTIVA_ARTICLE_FORMAT
    return "\n\n".join([a["HD"], a["BY"], a["WC"], a["PD"], a["ET"], a["SN"], a["SC"], a["LA"], a["CY"], *a["paras"],
                        a["AN"]]) + "\n"


def nexis_uni_html(articles=ARTICLES) -> str:
    """The Nexis Uni layout as HTML, one <p> a line."""
    e = _html.escape
    lines = []
    for outlet, date, _, title, byline, section, words, paras in articles:
        lines += [title, outlet, date, f"Copyright 2010 {outlet}", f"Section:\u00a0{section}", f"Length:\u00a0{words} words",
                  f"Byline:\u00a0{byline}", "Body", *(p.replace("\n", " ") for p in paras), "Load-Date:\u00a0May 1, 2010",
                  "End of Document"]
    return "<html><body>" + "".join(f"<p>{e(x)}</p>\n" for x in lines) + "</body></html>"
