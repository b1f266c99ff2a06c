"""Names in marks in the scores, right-to-left display (issue 24, items 1 and 7)."""

import warnings

import pandas as pd
import pytest

import framing
from framing.errors import ParameterError
from framing.lang import text_direction
from framing.lexicon import parse_lexicon
from framing.terms import format_kwic

LEXICON = parse_lexicon("""
name: jihadists
families:
  group:
    labels:
      IS: ["Исламск* государств*", "ИГИЛ", "داعش", "Islamische* Staat*", "IS"]
      terrorists: ["террорист*", "الإرهاب*"]
""")

RU = pd.DataFrame({
    "doc_id": ["r1", "r2"], "outlet": ["Газета", "Газета"],
    "text": ["Боевики «Исламского государства» отступили. «ИГИЛ — это террористы», — сказал министр.",
             "«Исламское государство» — террористическая группировка, запрещённая в России."]})
AR = pd.DataFrame({
    "doc_id": ["a1"], "outlet": ["الرياض"],
    "text": ["قال المتحدث «إن داعش تنظيم إرهابي» وأضاف أن «داعش» يهدد المنطقة، وأن «داعش» يتراجع."]})


def _row(scores, label):
    return scores[scores["label"] == label].iloc[0]


def test_russian_names_in_marks_are_the_narrators_by_default():
    s = framing.count_terms(RU, lexicon=LEXICON, language="ru", min_count=1, min_docs=1, warn=False)
    # «Исламского государства» and «Исламское государство» are names (narrator); ИГИЛ is quoted
    assert (_row(s, "IS").narrator_count, _row(s, "IS").quoted_count) == (2, 1)
    # террористы is quoted, террористическая the narrator's
    assert (_row(s, "terrorists").narrator_count, _row(s, "terrorists").quoted_count) == (1, 1)
    q = framing.count_terms(RU, lexicon=LEXICON, language="ru", min_count=1, min_docs=1, warn=False,
                            names_in_marks="quoted")
    assert (_row(q, "IS").narrator_count, _row(q, "IS").quoted_count) == (0, 3)
    # English reads every «…» as a quotation: the old figures
    e = framing.count_terms(RU, lexicon=LEXICON, min_count=1, min_docs=1, warn=False)
    assert (_row(e, "IS").narrator_count, _row(e, "IS").quoted_count) == (0, 3)


def test_names_apart_count_in_all_only_and_tokens_add_up():
    kw = dict(lexicon=LEXICON, language="ru", min_count=1, min_docs=1, warn=False, names_in_marks="apart")
    a = framing.count_terms(RU, **kw)
    assert (_row(a, "IS").narrator_count, _row(a, "IS").quoted_count, _row(a, "IS")["count"]) == (0, 1, 3)
    n = framing.count_terms(RU, voice="narrator", **kw)
    q = framing.count_terms(RU, voice="quoted", **kw)
    every = framing.count_terms(RU, **dict(kw, names_in_marks="narrator"))
    # 4 words in names, apart: in neither the narrator's nor the quoted tokens
    assert _row(n, "IS").tokens + _row(q, "IS").tokens + 4 == _row(every, "IS").tokens
    m = framing.find_mentions(RU, **{k: v for k, v in kw.items() if k not in ("min_count", "min_docs")})
    assert m["voice"].tolist() == ["name", "quoted", "quoted", "name", "narrator"]
    assert framing.find_mentions(RU, lexicon=LEXICON, language="ru", warn=False)["voice"].tolist() == [
        "narrator", "quoted", "quoted", "narrator", "narrator"]


def test_arabic_daesh_in_marks_with_the_narrator():
    s = framing.count_terms(AR, lexicon=LEXICON, language="ar", min_count=1, min_docs=1, warn=False)
    # «إن داعش تنظيم إرهابي» is speech (إن, "that"); the two «داعش» are names
    assert (_row(s, "IS").narrator_count, _row(s, "IS").quoted_count) == (2, 1)
    k = framing.kwic(AR, "IS", lexicon=LEXICON, language="ar", names_in_marks="apart", voice="all", warn=False)
    assert k["voice"].tolist() == ["quoted", "name", "name"]


def test_the_option_is_checked():
    with pytest.raises(ParameterError, match="names_in_marks must be one of narrator, quoted, apart"):
        framing.count_terms(RU, lexicon=LEXICON, names_in_marks="name", warn=False)


def test_cli_names_in_marks(tmp_path, capsys):
    from framing.cli import main

    path = tmp_path / "ru.csv"
    RU.to_csv(path, index=False)
    lex = tmp_path / "lex.yaml"
    lex.write_text("name: x\nfamilies:\n  group:\n    labels:\n      IS: ['Исламск* государств*', ИГИЛ]\n",
                   encoding="utf-8")
    out = tmp_path / "m.csv"
    assert main(["mentions", str(path), "--lexicon", str(lex), "--language", "ru", "--names-in-marks", "apart",
                 "-o", str(out)]) == 0
    assert pd.read_csv(out)["voice"].tolist() == ["name", "quoted", "name"]


# ----------------------------------------------------------------------- direction

def test_text_direction():
    assert text_direction(language="ar") == "rtl" and text_direction(language="fa") == "rtl"
    assert text_direction(language="ru") == "ltr" and text_direction(language="en") == "ltr"
    assert text_direction("قال المتحدث باسم (AFP) الوزارة") == "rtl"
    assert text_direction("Le « régime » de Damas") == "ltr"


def test_kwic_of_right_to_left_text_reads_in_its_order():
    k = framing.kwic(AR, "IS", lexicon=LEXICON, language="ar", width=12, warn=False)
    lines = format_kwic(k, width=12).splitlines()
    r = k.iloc[1]
    # the context after the match stands left of it, the context before it on its right
    assert lines[1].endswith(f"\u2067{r.right}\u2069[\u2067{r.match}\u2069]\u2067{r.left}\u2069")
    en = pd.DataFrame({"doc_id": ["e"], "outlet": ["X"], "text": ["The IS fighters left."]})
    line = format_kwic(framing.kwic(en, "IS", lexicon=LEXICON, width=6, warn=False), width=6)
    assert line.endswith("  The [IS] fight") and "\u2067" not in line


def test_article_view_sets_language_and_direction(tmp_path):
    v = framing.show(AR, "a1", lexicon=LEXICON, language="ar", attributions=False)
    assert 'lang="ar" dir="rtl"' in v.html and (v.lang, v.dir) == ("ar", "rtl")
    name = '<span class="name-in-marks" title="a name in marks: the narrator&#x27;s words">'
    assert v.html.count(name + "«</span>") == 2 and v.html.count('<span class="quote">«') == 1
    page = (tmp_path / "a.html")
    v.save(page)
    assert '<html lang="ar" dir="rtl">' in page.read_text(encoding="utf-8")
    # an Arabic text read with the default language still reads right to left; a lang column names it
    v = framing.show(AR.assign(lang="ar"), "a1", lexicon=LEXICON, attributions=False)
    assert 'lang="ar" dir="rtl"' in v.html
    v = framing.show(RU, "r1", lexicon=LEXICON, language="ru", attributions=False)
    assert 'lang="ru" dir="ltr"' in v.html


def test_article_view_of_a_language_without_speaker_rules_warns_and_shows_the_article(tmp_path):
    from framing.lang import register_language, unregister_language

    folder = tmp_path / "zz"
    folder.mkdir()  # quotation marks and sentences only: no cues.yaml, no words.yaml
    folder.joinpath("language.yaml").write_text(
        framing.lang.get_language("ar").folder.joinpath("language.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    register_language(folder)
    try:
        with pytest.warns(framing.FramingWarning, match="no attribution rules|no attributions shown"):
            v = framing.show(AR, "a1", lexicon=LEXICON, language="zz")
        assert v.attributions.empty and 'dir="rtl"' in v.html and "<table>" not in v.html
    finally:
        unregister_language("zz")


def test_plot_titles_isolate_right_to_left_labels():
    pytest.importorskip("matplotlib")
    from framing.plots._base import isolated

    assert isolated("regime") == "regime"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib here lays out Arabic itself: no warning
        assert isolated("النظام") == "\u2068النظام\u2069"
