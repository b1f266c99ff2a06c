"""Database exports and saved web pages read whole: one document per article, with its
outlet, date, headline, byline, section and length, the body alone as its text (issue 25).
The files are made by tests/exports.py in the layouts of Nexis, Nexis Uni / Lexis Advance
and Factiva, with invented text."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.corpus.readers._export import MONTHS, export_date
from framing.errors import CorpusError

from . import exports

HEADER_WORDS = ("BYLINE", "LENGTH", "LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "SECTION", "All Rights Reserved",
                "Copyright 2010", "Length:", "Byline:", "Load-Date", "End of Document", "Body\n", "Classification",
                "DOCUMENTS", "Document DLYCOU", "(c) 2016", "words")


def load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return framing.load_corpus(path, **kw)


def rows(corpus, *cols):
    return corpus.documents[list(cols)].values.tolist()


def no_headers(corpus):
    for text in corpus.documents["text"]:
        for word in HEADER_WORDS:
            assert word not in text, (word, text)


NEXIS_META = [[o, iso, t, b, n] for o, _, iso, t, b, _, n, _ in exports.ARTICLES]


def test_nexis_txt_one_document_per_article(tmp_path):
    path = tmp_path / "syria_2010.TXT"
    path.write_bytes(exports.nexis_txt().encode("utf-8"))  # with its byte-order mark and CRLF line ends
    c = load(path)
    assert list(c.documents["doc_id"]) == ["syria_2010-1", "syria_2010-2", "syria_2010-3"]
    assert rows(c, "outlet", "date", "title", "byline", "length") == NEXIS_META
    assert list(c.documents["section"]) == ["MONDE; Pg. 4", "WORLD", "NEWS"]
    assert list(c.documents["language"]) == ["ENGLISH"] * 3
    assert list(c.documents["text"]) == [exports.body(a[7]) for a in exports.ARTICLES]
    assert list(c.documents["copyright"]) == [f"Copyright 2010 {a[0]} All Rights Reserved" for a in exports.ARTICLES]
    assert c.documents.at[2, "text"].endswith("Copyright notices inside the text stay: Copyright is a word too.")
    assert len(c.problems) == 0
    no_headers(c)


def test_nexis_html(tmp_path):
    path = tmp_path / "nexis.html"
    path.write_text(exports.nexis_html(), encoding="utf-8")
    c = load(path)
    assert rows(c, "outlet", "date", "title", "byline", "length") == NEXIS_META
    assert list(c.documents["text"]) == [exports.body(a[7]) for a in exports.ARTICLES]
    assert set(c.documents["export"]) == {"nexis html"}
    no_headers(c)


@pytest.mark.parametrize("advance", [False, True], ids=["nexis-uni", "lexis-advance"])
def test_nexis_uni_and_lexis_advance_docx(tmp_path, advance):
    path = tmp_path / "uni.docx"
    exports.nexis_uni_docx(path, cover=not advance, advance=advance)
    c = load(path)
    assert list(c.documents["doc_id"]) == ["uni-1", "uni-2", "uni-3"]
    assert rows(c, "outlet", "date", "title", "byline", "length") == NEXIS_META
    assert list(c.documents["section"]) == ["MONDE; Pg. 4", "WORLD", "NEWS"]  # "; Version:3" is no section
    # Word paragraphs: one line each
    assert list(c.documents["text"]) == [exports.body(p.replace("\n", " ") for p in a[7]) for a in exports.ARTICLES]
    assert list(c.documents["language"]) == (["ENGLISH"] * 3 if advance else [""] * 3)
    if advance:
        assert list(c.documents["dateline"]) == ["DAMASCUS"] * 3
    no_headers(c)
    assert "summary" not in " ".join(c.documents["text"])  # the highlight is a field, not text
    assert "Client/Matter" not in " ".join(c.documents["text"])  # nor the cover page


def test_a_word_document_with_a_table_says_the_table_was_not_read(tmp_path):
    # a table's text (a box of figures, an interview set as a table) was dropped with no word of it
    import docx

    d = docx.Document()
    d.add_paragraph("The regime shelled Homs, officials said.")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Casualties", "12"
    d.save(tmp_path / "a.docx")
    c = load(tmp_path / "a.docx")
    assert c.documents["text"].tolist() == ["The regime shelled Homs, officials said."]
    assert c.problems["problem"].tolist()[0] == "1 table(s) of the Word file, 2 cell(s) of text (the first: 'Casualties'), not read"


FACTIVA_TEXTS = [exports.body(a["LP"] + a["TD"]) for a in exports.FACTIVA]
FACTIVA_META = [[a["SN"], a["iso"], a["HD"], a["BY"], int(a["WC"].split()[0]), a["LA"]] for a in exports.FACTIVA]
AF = exports.FACTIVA_ARTICLE_FORMAT
AF_META = [AF["SN"], AF["iso"], AF["HD"], AF["BY"], 28, AF["LA"]]


def test_factiva_html_in_two_formats_and_three_interface_languages(tmp_path):
    path = tmp_path / "Factiva-20161207.htm"
    path.write_text(exports.factiva_html(), encoding="utf-8")
    c = load(path)
    assert rows(c, "outlet", "date", "title", "byline", "length", "language") == FACTIVA_META + [AF_META]
    assert list(c.documents["text"]) == FACTIVA_TEXTS + [exports.body(AF["paras"])]
    assert list(c.documents["accession"][:2]) == ["DLYCOU0020161205ecc50001e", "SDRUND0020161206ecc60002x"]
    assert list(c.documents["source_code"][:2]) == ["DLYCOU", "SDRUND"]
    assert c.documents.at[2, "copyright"] == AF["CY"]
    assert list(c.documents["section"]) == ["", "", "Monde"]  # the Article Format's section: above the headline
    no_headers(c)


def test_factiva_rtf_indexed_and_article_format(tmp_path):
    (tmp_path / "indexed.rtf").write_text(exports.factiva_rtf(), encoding="ascii")
    (tmp_path / "article.rtf").write_text(exports.factiva_article_format_rtf(), encoding="ascii")
    c = load(tmp_path / "indexed.rtf")
    assert rows(c, "outlet", "date", "title", "byline", "length", "language") == FACTIVA_META
    assert list(c.documents["text"]) == FACTIVA_TEXTS
    assert list(c.documents["copyright"]) == [a["CY"] for a in exports.FACTIVA]
    c = load(tmp_path / "article.rtf")
    assert rows(c, "outlet", "date", "title", "byline", "length", "language") == [AF_META]
    assert list(c.documents["text"]) == [exports.body(AF["paras"])]
    no_headers(c)


def test_a_saved_web_page_gives_its_article_not_its_menus(tmp_path):
    path = tmp_path / "ledger.html"
    path.write_text(exports.WEB_PAGE, encoding="utf-8")
    c = load(path)
    assert rows(c, "doc_id", "outlet", "title", "date", "byline", "export") == [
        ["ledger", "The Evening Ledger", "Regime forces enter Aleppo", "2016-12-13", "Sam Writer", "web page"]]
    text = c.documents.at[0, "text"]
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 4 and paragraphs[0] == "Regime forces enter Aleppo"
    assert paragraphs[3].startswith('"We are waiting for the buses," said one teacher')
    for chrome in ("Home", "Sport", "Most read", "teaser", "Subscribe", "newsletter"):
        assert chrome not in text
    # the headline starts the text: scored once, in the text; the teasers' "Regime" never counted
    counts = framing.count_terms(c, min_count=1).set_index("label")["count"]
    assert counts["regime"] == 2


def test_the_folder_reads_exports_together(tmp_path):
    (tmp_path / "nexis.txt").write_text(exports.nexis_txt(), encoding="utf-8")
    exports.nexis_uni_docx(tmp_path / "uni.docx", exports.ARTICLES[:1])
    (tmp_path / "factiva.rtf").write_text(exports.factiva_rtf(), encoding="ascii")
    (tmp_path / "page.html").write_text(exports.WEB_PAGE, encoding="utf-8")
    (tmp_path / "plain.txt").write_text("The regime said so.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,outlet\nplain,Own Outlet\n", encoding="utf-8")
    # uni.docx holds the first Nexis article again, in the same outlet: by default it counts once
    default = load(tmp_path)
    assert "uni-1" not in set(default.documents["doc_id"]) and "uni-1" in set(default.problems["doc_id"])
    c = load(tmp_path, duplicates="keep")
    assert list(c.documents["doc_id"]) == ["factiva-1", "factiva-2", "nexis-1", "nexis-2", "nexis-3", "page", "plain",
                                           "uni-1"]
    assert list(c.documents["outlet"]) == ["The Daily Courier", "Süddeutsche Rundschau", "Le Quotidien du Soir",
                                           "Gazette of the North", "Al-Akhbar Weekly", "The Evening Ledger", "Own Outlet",
                                           "Le Quotidien du Soir"]
    assert len(c.problems) == 0  # an export names its outlets: no "not listed in metadata.csv"


def test_offsets_index_the_text_as_read(tmp_path):
    path = tmp_path / "nexis.txt"
    path.write_text(exports.nexis_txt(), encoding="utf-8")
    c = load(path)
    m = framing.find_mentions(c)
    texts = c.documents.set_index("doc_id")["text"]
    assert len(m) > 0
    for row in m.itertuples():
        if row.field == "text":
            assert texts[row.doc_id][row.start:row.end].lower() == row.surface.lower()


# ---- a .txt that is something else is read as what it is, or refused by name


def test_an_rtf_named_txt_is_read_as_rtf(tmp_path):
    rtf = r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\pard\b Le r\'e9gime tient\b0\par\pard Le r\'e9gime a " \
          r"parl\'e9. Le r\'e9gime \u252?berall.\par}"
    (tmp_path / "note.txt").write_text(rtf, encoding="ascii")
    c = load(tmp_path)
    assert c.documents.at[0, "text"] == "Le régime tient\n\nLe régime a parlé. Le régime überall."
    assert list(c.problems["action"]) == ["read as RTF, not as plain text", "every document's outlet is 'unknown'; add "
                                          "a metadata.csv with doc_id and outlet columns"]
    assert "an RTF file named .txt" in c.problems.at[0, "problem"]
    lexicon = tmp_path / "lex.yaml"
    lexicon.write_text("name: t\nfamilies:\n  f:\n    labels:\n      régime: [régime]\n", encoding="utf-8")
    assert framing.count_terms(c, lexicon=str(lexicon), min_count=1).set_index("label").at["régime", "count"] == 3


def test_exports_named_txt_are_read_as_exports(tmp_path):
    (tmp_path / "factiva.txt").write_text(exports.factiva_rtf(), encoding="ascii")
    (tmp_path / "nexis.txt").write_text(exports.nexis_html(), encoding="utf-8")
    exports.nexis_uni_docx(tmp_path / "uni.txt", exports.ARTICLES[1:2])
    c = load(tmp_path)
    assert rows(c, "doc_id", "export") == [["factiva-1", "factiva rtf"], ["factiva-2", "factiva rtf"],
                                            ["nexis-1", "nexis html"], ["nexis-2", "nexis html"],
                                            ["nexis-3", "nexis html"], ["uni-1", "nexis uni docx"]]
    assert list(c.documents["text"][:2]) == FACTIVA_TEXTS
    assert list(c.problems["action"]) == ["read as RTF, not as plain text", "read as HTML, not as plain text",
                                          "read as .docx, not as plain text"]
    assert c.problems.at[0, "problem"] == "an RTF file named .txt (a factiva rtf export of 2 articles)"
    no_headers(c)


def test_a_web_page_or_pdf_named_txt_is_refused_by_name(tmp_path):
    (tmp_path / "page.txt").write_text(exports.WEB_PAGE, encoding="utf-8")
    (tmp_path / "paper.txt").write_bytes(b"%PDF-1.7\n%binary")
    (tmp_path / "ok.txt").write_text("The regime.", encoding="utf-8")
    c = load(tmp_path)
    assert list(c.documents["doc_id"]) == ["ok"]
    skipped = dict(zip(c.skipped["source"].map(lambda s: s.rsplit("/", 1)[-1]), c.skipped["problem"]))
    assert skipped["page.txt"].startswith("a saved web page (HTML), not plain text; name it .html")
    assert skipped["paper.txt"].startswith("a PDF file named .txt")
    (tmp_path / "ok.txt").unlink()
    with pytest.raises(CorpusError, match=r"no document could be read from its 2 files \(first: .*page.txt: a saved "
                                          r"web page"):
        load(tmp_path)


def test_a_file_that_cannot_be_parsed_is_an_error_naming_it(tmp_path):
    (tmp_path / "a.rtf").write_text("Just text.", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"a\.rtf: named \.rtf but is not RTF"):
        load(tmp_path / "a.rtf")
    (tmp_path / "b.docx").write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(CorpusError, match=r"b\.docx: named \.docx but is not a Word document"):
        load(tmp_path / "b.docx")
    (tmp_path / "c.html").write_text('<html><body><div class="article enArticle"><p>no fields</p></div></body></html>',
                                     encoding="utf-8")
    # a Factiva article with no fields is no error (it was: "an article has no headline"): read,
    # its missing fields among the problems
    c = load(tmp_path / "c.html")
    assert {"no headline", "no word count line"} <= set(c.problems["problem"])
    # in a folder the files that cannot be read are listed and skipped, the rest read
    (tmp_path / "d.txt").write_text("The regime.", encoding="utf-8")
    c = load(tmp_path)
    assert list(c.documents["doc_id"]) == ["c-1", "d"]
    assert sorted(c.skipped["source"].map(lambda s: s.rsplit("/", 1)[-1])) == ["a.rtf", "b.docx"]


def test_the_command_line_reads_an_export(tmp_path, capsys):
    from framing.cli import main

    path = tmp_path / "uni.docx"
    exports.nexis_uni_docx(path)
    out = tmp_path / "terms.csv"
    assert main(["terms", str(path), "--min-count", "1", "-q", "-o", str(out)]) == 0
    import pandas as pd

    df = pd.read_csv(out)
    regime = df[df["label"] == "regime"].set_index("group")
    # "The regime and the opposition" (Gazette); the French "régime" is not the English label
    assert regime["count"].to_dict() == {"Al-Akhbar Weekly": 0, "Gazette of the North": 1, "Le Quotidien du Soir": 0}
    government = df[df["label"] == "government"].set_index("group")["count"].to_dict()
    assert government == {"Al-Akhbar Weekly": 1, "Gazette of the North": 0, "Le Quotidien du Soir": 0}
    assert set(df["n_docs"]) == {1}


# ---- properties


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=__import__("datetime").date(1900, 1, 1), max_value=__import__("datetime").date(2099, 12, 31)),
       st.sampled_from(sorted(MONTHS)), st.sampled_from(["{d} {m} {y}", "{m} {d}, {y}", "{d}. {m} {y}",
                                                         "{d} de {m} de {y}"]))
def test_dates_in_any_listed_month_name_are_read(date, name, form):
    month = MONTHS[name]
    day = min(date.day, 28)
    written = form.format(d=day, m=name.replace("\u0640", " "), y=date.year)
    assert export_date(written) == f"{date.year:04d}-{month:02d}-{day:02d}"


_WORDS = st.text(st.characters(whitelist_categories=("Ll", "Lu"), max_codepoint=0x6ff), min_size=1, max_size=8)
_PARAGRAPH = st.lists(_WORDS, min_size=1, max_size=12).map(" ".join).filter(
    lambda p: not p.lstrip().upper().startswith(("COPYRIGHT", "ALL RIGHTS")) and ":" not in p)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_PARAGRAPH, min_size=1, max_size=4), min_size=1, max_size=4))
def test_nexis_text_round_trip(tmp_path_factory, bodies):
    articles = [("Outlet", "May 2, 2011 Monday", "2011-05-02", "Headline", "By", "S", 3, paras) for paras in bodies]
    path = tmp_path_factory.mktemp("rt") / "x.txt"
    path.write_text(exports.nexis_txt(articles), encoding="utf-8")
    c = load(path, duplicates="keep")  # generated bodies may repeat: the reading is tested
    assert list(c.documents["text"]) == [exports.body(p) for p in bodies]
    assert list(c.documents["title"]) == ["Headline"] * len(bodies)


def test_a_folder_of_pages_named_txt_is_an_error_not_an_empty_table(tmp_path, capsys):
    from framing.cli import main

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(exports.WEB_PAGE, encoding="utf-8")
    assert main(["terms", str(tmp_path), "-q"]) == 1
    err = capsys.readouterr().err
    assert "no document could be read from its 2 files" in err and "a.txt: a saved web page (HTML)" in err


def test_a_web_page_without_a_date_has_none(tmp_path):
    page = exports.WEB_PAGE.replace('<meta property="article:published_time" content="2016-12-13T08:00:00Z">\n', "")
    (tmp_path / "p.htm").write_text(page, encoding="utf-8")
    c = load(tmp_path / "p.htm")
    assert rows(c, "title", "date") == [["Regime forces enter Aleppo", ""]]
    assert c.dated() == 0


@pytest.mark.parametrize("name, make, export", [
    ("nexis.rtf", lambda: exports.as_rtf(exports.nexis_txt(crlf=False)), "nexis rtf"),
    ("uni.html", exports.nexis_uni_html, "nexis uni html"),
])
def test_nexis_in_other_files(tmp_path, name, make, export):
    path = tmp_path / name
    path.write_text(make(), encoding="utf-8")
    c = load(path)
    assert rows(c, "outlet", "date", "title", "byline", "length") == NEXIS_META
    assert set(c.documents["export"]) == {export}
    one_line = export == "nexis uni html"
    assert list(c.documents["text"]) == [exports.body(p.replace("\n", " ") if one_line else p for p in a[7])
                                         for a in exports.ARTICLES]
    no_headers(c)


def test_factiva_article_format_as_text(tmp_path):
    (tmp_path / "factiva.txt").write_text(exports.factiva_article_format_text(), encoding="utf-8")
    c = load(tmp_path / "factiva.txt")
    assert rows(c, "outlet", "date", "title", "byline", "length", "language") == [AF_META]
    assert list(c.documents["text"]) == [exports.body(AF["paras"])]
    assert list(c.documents["export"]) == ["factiva txt"]


def test_nexis_body_paragraphs_that_read_like_fields_stay_text(tmp_path):
    # a paragraph "SOURCE: …" or "TYPE: …" inside the body ended it there: every paragraph
    # after it was left out, with no word (the fields the layout knows are capitals and a colon)
    paras = ["Residents said at least 20 people died.", "SOURCE: Syrian Observatory figures show a rise.",
             "UPDATE: The ministry later said the strike had hit a depot.", "The last paragraph."]
    articles = [("Outlet", "May 2, 2011 Monday", "2011-05-02", "Headline", "By", "S", 30, paras)]
    path = tmp_path / "x.txt"
    path.write_text(exports.nexis_txt(articles), encoding="utf-8")
    c = load(path)
    assert c.documents["text"].tolist() == [exports.body(paras)]
    assert rows(c, "byline", "language") == [["By", "ENGLISH"]]


def test_nexis_uni_paragraphs_that_start_with_a_trailer_word_stay_text(tmp_path):
    # "Graphic video …", "Notes found …", "Classification of …" ended the body (the second article
    # was an empty document, the first cut after its first paragraph); the trailer's headings
    # are lines of their own
    first = ["The government said its forces had advanced.", "Graphic video footage showed destroyed buildings.",
             "Notes found in the rubble suggested a retreat, officials said.", "The last paragraph."]
    second = ["Classification of the documents remains secret, a spokesman said.", "More text."]
    _uni_docx(tmp_path / "uni.docx", [("Syria's War", first), ("Second Story", second)])
    c = load(tmp_path / "uni.docx")
    assert c.documents["text"].tolist() == [exports.body(first), exports.body(second)]
    assert rows(c, "title", "outlet", "language") == [["Syria's War", "The New York Times", "ENGLISH"],
                                                       ["Second Story", "The New York Times", "ENGLISH"]]
    assert len(c.problems) == 0


def _uni_docx(path, articles, cover=("Date and Time: Tuesday, May 5, 2020", "Job Number: 11382311")):
    import docx

    d = docx.Document()
    for line in cover:
        d.add_paragraph(line)
    for title, paras in articles:
        for line in [title, "The New York Times", "May 5, 2020 Tuesday", "Copyright 2020 The New York Times Company",
                     "Length:\u00a0812 words", "Body", *paras, "Graphic", "PHOTO: A street in Idlib.", "Classification",
                     "Language:\u00a0ENGLISH", "Load-Date:\u00a0May 5, 2020", "End of Document"]:
            d.add_paragraph(line)
    d.save(path)


def test_nexis_uni_cover_lines_not_known_are_not_the_first_headline(tmp_path):
    # a line of the cover below the last one known ("News Sources: …") was the first article's
    # headline, and its headline its outlet; the cover lists the headlines, and the first starts it
    cover = ["Date and Time: Tuesday, May 5, 2020", "Documents (2)", "1. Syria's War", "2. Second Story",
             "Search Terms: syria", "News Sources: The New York Times; Timeline: Jan 01, 2020 to May 05, 2020"]
    _uni_docx(tmp_path / "uni.docx", [("Syria's War", ["One."]), ("Second Story", ["Two."])], cover=cover)
    c = load(tmp_path / "uni.docx")
    assert rows(c, "title", "outlet", "date", "text") == [["Syria's War", "The New York Times", "2020-05-05", "One."],
                                                          ["Second Story", "The New York Times", "2020-05-05", "Two."]]


def test_nexis_uni_article_without_a_body_line_leaves_its_header_out(tmp_path):
    # an article with no "Body" line had its copyright, Section:, Length: and Byline: lines as its
    # first paragraphs, and no byline
    import docx

    d = docx.Document()
    for line in ["Headline one", "The Guardian", "May 5, 2020 Tuesday", "Late Edition - Final",
                 "Copyright 2020 Guardian News", "Section:\u00a0WORLD", "Length:\u00a0300 words",
                 "Byline:\u00a0Martin Chulov", "The regime said it had advanced.", "Rebels denied it.",
                 "Load-Date:\u00a0May 6, 2020", "End of Document"]:
        d.add_paragraph(line)
    d.save(tmp_path / "uni.docx")
    c = load(tmp_path / "uni.docx")
    assert rows(c, "title", "outlet", "date", "byline", "section", "length", "text") == [
        ["Headline one", "The Guardian", "2020-05-05", "Martin Chulov", "WORLD", 300,
         "The regime said it had advanced.\n\nRebels denied it."]]


def test_a_factiva_article_with_no_copyright_line_is_read_and_the_others_kept(tmp_path):
    # one article of the Article Format with no copyright line made the whole file an error (in a
    # folder: the file skipped, every article of it lost)
    lines = []
    for i in range(3):
        cy = [] if i == 1 else ["(c) 2016 Reuters Limited"]
        lines += [f"Regime retakes district {i}", "By Tom Perry", "412 words", "5 December 2016", "14:05", "Reuters News",
                  "LBA", "English", *cy, f"The regime retook district {i} on Monday, residents said.", "Rebels withdrew.",
                  f"Document LBA0000020161205ecc5000{i}x"]
    (tmp_path / "factiva.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    c = load(tmp_path / "factiva.txt")
    assert rows(c, "title", "outlet", "date", "language", "copyright") == [
        [f"Regime retakes district {i}", "Reuters News", "2016-12-05", "English", "" if i == 1 else "(c) 2016 Reuters Limited"]
        for i in range(3)]
    assert c.documents["text"].tolist() == [f"The regime retook district {i} on Monday, residents said.\n\nRebels withdrew."
                                            for i in range(3)]


def test_a_factiva_article_with_no_headline_or_word_count_is_read_and_the_others_kept(tmp_path):
    # an article of the Article Format with no headline, or no word count line, made the whole
    # file an error (in a folder: the file skipped, every article lost); now the field is left
    # empty, the loader's problems say so (one warning), and the rest of the article is read
    lines = []
    for i in range(3):
        head = [] if i == 1 else [f"Regime retakes district {i}", "By Tom Perry"]  # no headline (nor byline)
        wc = [] if i == 2 else ["412 words"]
        lines += [*head, *wc, "5 December 2016", "14:05", "Reuters News", "LBA", "English",
                  "(c) 2016 Reuters Limited", f"The regime retook district {i} on Monday, residents said.", "Rebels withdrew.",
                  f"Document LBA0000020161205ecc5000{i}x"]
    (tmp_path / "factiva.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c = framing.load_corpus(tmp_path / "factiva.txt")
    assert c.documents["length"].isna().tolist() == [False, False, True]
    cols = ["title", "byline", "length", "outlet", "date", "language"]
    assert c.documents.fillna({"length": -1})[cols].values.tolist() == [
        ["Regime retakes district 0", "By Tom Perry", 412, "Reuters News", "2016-12-05", "English"],
        ["", "", 412, "Reuters News", "2016-12-05", "English"],
        ["Regime retakes district 2", "By Tom Perry", -1, "Reuters News", "2016-12-05", "English"]]
    assert c.documents["text"].tolist() == [f"The regime retook district {i} on Monday, residents said.\n\nRebels withdrew."
                                            for i in range(3)]
    said = " ".join(str(w.message) for w in caught)
    assert "no headline" in said and "no word count line" in said


@pytest.mark.parametrize("byline, wc", [("By Tom Perry", ["412 words"]), ("By Tom Perry and Ellen Francis", ["412 words", "14:05"]),
                                        ("Par Jean Dupont", ["412 mots"])])
def test_a_factiva_byline_with_no_headline_is_the_byline(tmp_path, byline, wc):
    # the byline before the word count (or the date) with no headline above it was read as the
    # headline: title 'By Tom Perry', byline ''
    lines = [byline, *wc[:1], "5 December 2016", *wc[1:], "Reuters News", "LBA", "English", "(c) 2016 Reuters Limited",
             "The regime retook the district on Monday, residents said.", "Document LBA0000020161205ecc50001x"]
    (tmp_path / "factiva.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = framing.load_corpus(tmp_path / "factiva.txt")
    assert c.documents[["title", "byline", "outlet", "date"]].values.tolist() == [
        ["", byline, "Reuters News", "2016-12-05"]]
    assert "no headline" in set(c.problems["problem"])
    # a headline that opens with "By" and no capital after it stays the headline
    lines[0] = "By the numbers: the war in Syria"
    (tmp_path / "factiva.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = framing.load_corpus(tmp_path / "factiva.txt")
    assert c.documents[["title", "byline"]].values.tolist() == [["By the numbers: the war in Syria", ""]]


def test_nexis_body_that_opens_with_a_field_word_keeps_that_paragraph(tmp_path):
    # "UPDATE: …" as the body's first paragraph was read as a header field and dropped; a field
    # word before a sentence is the text's (the fields' own values are dates, names, lists)
    paras = ["UPDATE: The ministry later said the strike had hit a depot.", "Residents said at least 20 people died.",
             "The last paragraph."]
    articles = [("Outlet", "May 2, 2011 Monday", "2011-05-02", "Headline", "By", "S", 30, paras),
                ("Outlet", "May 3, 2011 Tuesday", "2011-05-03", "Headline two", "By", "S", 30,
                 ["SOURCE: Syrian Observatory figures show a rise.", "The last paragraph."])]
    path = tmp_path / "x.txt"
    path.write_text(exports.nexis_txt(articles), encoding="utf-8")
    c = load(path)
    assert c.documents["text"].tolist() == [exports.body(paras), exports.body(articles[1][-1])]
    assert rows(c, "title", "byline", "section", "length", "language") == [["Headline", "By", "S", 30, "ENGLISH"],
                                                                          ["Headline two", "By", "S", 30, "ENGLISH"]]
