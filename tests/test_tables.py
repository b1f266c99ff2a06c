"""framing.tables: what a researcher reads in a notebook."""

import pandas as pd
import pytest

import framing
from framing import tables


def test_share_table_is_a_rounded_pivot_with_whole_counts(pooled):
    s = framing.count_terms(pooled, voice="narrator", min_count=1, min_docs=1, warn=False)
    st = tables.share_table(s, family="jihadist_name")
    t = st.data
    assert list(t.index) == ["A", "B"] and list(t.columns)[-2:] == ["mentions", "articles"]
    assert t["mentions"].dtype == "int64" and t["articles"].dtype == "int64"
    html = st.to_html()
    assert "How the jihadist group is named" in html  # the family's title
    a = s[(s.group == "A") & (s.family == "jihadist_name")].set_index("label")
    for label in t.columns[:-2]:
        assert f">{a.loc[label, 'share']:.0%}<" in html  # shares as whole percentages
    assert f">{int(a['family_count'].iloc[0]):,}<" in html and ".000000" not in html
    with pytest.raises(framing.FramingError, match="no family 'nope'"):
        tables.share_table(s, family="nope")


def test_kwic_table_aligns_on_the_keyword(seeds):
    lines = framing.kwic(seeds, "regime", width=20, warn=False)
    html = tables.kwic_table(lines, n=5).to_html()
    assert html.count("text-align: right") >= 1 and "font-family: monospace" in html and "white-space: pre" in html
    assert len(tables.kwic_table(lines, n=5).data) == 5


def test_text_table_left_aligns_text_and_rounds_floats():
    df = pd.DataFrame({"speaker": ["Sen. Jane Roe"], "content": ["a long quotation " * 10], "share": [0.123456], "n": [9]})
    html = tables.text_table(df).to_html()
    assert "text-align: left" in html and "0.12" in html and "0.123456" not in html and ">9<" in html


def test_a_column_name_may_break_after_its_underscores_and_stays_escaped():
    # a sourcing summary of 34 German outlets was wider than its notebook cell: "attributions_per_1k"
    html = tables.text_table(pd.DataFrame({"attributions_per_1k": [2.5], "a_<b>": ["x"]})).to_html()
    assert "attributions_<wbr>per_<wbr>1k" in html and "a_<wbr>&lt;b&gt;" in html and "<b>" not in html


EVIL = '<img src=x onerror="alert(1)">'


def test_markup_in_articles_and_outlets_shows_as_text_in_every_table(pooled):
    """issue 26: an <img onerror=…> in an article or an outlet's name must not run in JupyterLab."""
    docs = pooled.copy()
    docs.loc[0, "text"] = f"{EVIL} The regime said {EVIL}."
    docs.loc[docs.outlet == "A", "outlet"] = f"A{EVIL}"
    counts = framing.count_terms(docs, voice="all", min_count=1, min_docs=1, warn=False)
    lines = framing.kwic(docs, "regime", width=40, warn=False)
    lines["doc_id"] = lines["doc_id"] + EVIL
    pages = [tables.share_table(counts, family="syrian_state").to_html(),
             tables.kwic_table(lines).to_html(),
             tables.text_table(lines.assign(score=0.5)).to_html()]
    for page in pages:
        assert "<img" not in page and "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page.replace("&quot;", "&#34;")
    assert tables.kwic_table(lines).data["doc_id"].str.contains("<img").all()  # the data are not changed
