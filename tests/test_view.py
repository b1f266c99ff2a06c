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
    assert page.startswith('<div class="framing-article tex2jax_ignore mathjax_ignore" lang="en" dir="ltr">')
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


def _marked_by_definition(text, marks):
    """The article view's marking as first written: every piece tests every mark."""
    cuts = sorted({0, len(text)} | {s for s, _, _, _ in marks} | {e for _, e, _, _ in marks})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a < b:
            piece = html.escape(text[a:b], quote=False)
            for _s, _e, o, c in reversed([m for m in marks if m[0] <= a and b <= m[1]]):
                piece = o + piece + c
            out.append(piece)
    return "".join(out)


def test_marking_overlapping_marks_is_the_same_as_by_definition():
    import random

    from framing.view import _marked

    rng = random.Random(7)
    text = "".join(rng.choice("ab <&>\n") for _ in range(400))
    for _ in range(50):
        marks = []
        for j in range(rng.randrange(0, 30)):
            s = rng.randrange(0, 400)
            marks.append((s, min(400, s + rng.randrange(0, 60)), f"<i{j}>", f"</i{j}>"))
        assert _marked(text, marks) == _marked_by_definition(text, marks)


class _CountingList(list):
    """A list that counts how often it is walked through."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


@pytest.mark.parametrize("n", [250, 1000])
def test_marking_a_long_article_walks_its_marks_a_fixed_number_of_times(n):
    # issue 26: `framing show` was quadratic in the marks (800 KB article: 74 s); the marks
    # must be walked a fixed number of times, not once per piece of text
    from framing.view import _marked

    text = "The regime said. " * n
    marks = _CountingList((17 * i, 17 * i + 10, "<mark>", "</mark>") for i in range(n))
    marks.append((0, len(text), '<span class="quote">', "</span>"))
    _CountingList.walks = 0
    page = _marked(text, marks)
    assert page.count("<mark>") == n
    assert _CountingList.walks <= 3


def test_framing_show_renders_a_long_made_up_article(tmp_path):
    # the page of a long article is the same as the definition gives, marks and all
    from framing import view as view_module

    seed = (framing.load_corpus("seeds").documents.set_index("doc_id").loc[SEED, "text"])
    df = pd.DataFrame({"doc_id": ["long"], "outlet": ["O"], "text": ["\n\n".join([seed] * 8)]})
    fast = framing.show(df, "long", warn=False).html
    original = view_module._marked
    try:
        view_module._marked = _marked_by_definition
        slow = framing.show(df, "long", warn=False).html
    finally:
        view_module._marked = original
    assert fast == slow and fast.count("<mark style") > 8 * 20
