"""framing.show: one article as HTML, safe whatever the article holds."""

import html
import re

import pandas as pd
import pytest

import framing
from framing.cli import main

SEED = "003_54b5a6c5e0f96119"


def test_show_marks_every_mention_and_lists_every_attribution(seeds):
    view = framing.show(seeds, SEED, lexicon="syria")
    assert view._repr_html_() == view.html
    assert len(view.mentions) == view.html.count("<mark style") - len(set(view.mentions["family"]))  # minus the legend
    assert view.html.count("<tr>") == len(view.attributions) + 1  # a header row
    # the text is all there, in order, once the markup is taken away
    text = seeds.documents.set_index("doc_id").loc[SEED, "text"]
    body = re.search(r'<div class="text">(.*?)</div>\n<table>', view.html, re.S).group(1)
    assert html.unescape(re.sub(r"<[^>]+>", "", body)) == text
    assert "How the Syrian state is named" in view.html  # the family's title in the legend
    assert set(view.attributions["speaker_category"]) <= {lab for _f, lab in framing.load_lexicon("syria_sources").labels()} | {"unclassified"}


def test_dollar_signs_in_an_article_are_not_typeset_as_math(seeds):
    # JupyterLab typesets "$21 million … $4 million" as TeX unless told to leave it alone
    from framing import tables

    df = pd.DataFrame({"doc_id": ["x"], "outlet": ["O"], "text": ["The regime said it would spend $21 million, "
                                                                 "not $4 million."]})
    page = framing.show(df, "x", warn=False).html
    assert page.startswith('<div class="framing-article tex2jax_ignore mathjax_ignore">')
    table = tables.text_table(pd.DataFrame({"content": ["$21 million … $4 million"]})).to_html()
    assert 'class="tex2jax_ignore mathjax_ignore"' in table


def test_an_article_cannot_inject_markup():
    evil = '<script>alert(1)</script> The regime said "<img src=x onerror=alert(1)>" & left.'
    df = pd.DataFrame({"doc_id": ["x"], "outlet": ['<b onclick="x">O</b>'], "title": ["<iframe> regime"], "text": [evil]})
    page = framing.show(df, "x", warn=False).html
    for bad in ("<script", "<img", "<iframe", "<b onclick"):
        assert bad not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_show_errors_and_options(seeds):
    with pytest.raises(framing.FramingError, match=f"Did you mean '{SEED}'"):
        framing.show(seeds, SEED[:-3])
    with pytest.raises(framing.FramingError, match="no family 'nope'"):
        framing.show(seeds, SEED, families=["nope"])
    only = framing.show(seeds, SEED, families=["jihadist_name"], attributions=False)
    assert set(only.mentions["family"]) == {"jihadist_name"} and "<table>" not in only.html


def test_framing_show_writes_a_page(tmp_path, capsys):
    out = tmp_path / "a.html"
    assert main(["show", "seeds", SEED, "-o", str(out), "-q"]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page and "</html>" in page
    assert "mentions" in capsys.readouterr().err
    assert main(["show", "seeds", SEED, "-o", str(tmp_path / "no" / "a.html"), "-q"]) == 1
    assert "does not exist" in capsys.readouterr().err
