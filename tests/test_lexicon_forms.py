"""Matching as a reader reads (framing.lexicon.forms): canonical equivalence, Arabic marks
and elongation, folds and proclitics, full-width forms, dotted and dotless i, with offsets
into the text as given."""

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import LexiconError
from framing.lexicon import parse_lexicon
from framing.lexicon.forms import IGNORED, View, needs_forms


def _lex(body: str, head: str = ""):
    return parse_lexicon(f"name: t\n{head}families:\n  f:\n    labels:\n{body}")


def _found(lex, text):
    return [(label, text[s:e]) for _fam, label, s, e in lex.finditer(text)]


AR = _lex("      nizam:\n        patterns: [النظام, النظام السوري]\n        exclude: [النظام الإيراني]\n"
          "      daesh: [داعش]\n", "language: ar\n")


def test_decomposed_accents_match_as_composed_with_offsets_into_the_text():
    lex = _lex("      ei: [État islamique]\n      daech: [Daech]\n")
    text = unicodedata.normalize("NFD", "L'État islamique, dit Daech. L’État islamique")
    assert len(text) == 47  # 45 characters composed: two É written as E + U+0301
    assert _found(lex, text) == [("ei", unicodedata.normalize("NFD", "État islamique")), ("daech", "Daech"),
                                 ("ei", unicodedata.normalize("NFD", "État islamique"))]
    # a pattern written decomposed matches a composed text too
    nfd = _lex("      ei: [" + unicodedata.normalize("NFD", "État") + "]\n")
    assert _found(nfd, "L'État") == [("ei", "État")]


def test_arabic_vowel_marks_and_elongation_are_not_letters():
    text = "قال النِّظام إن النظـــام باقٍ"
    assert _found(AR, text) == [("nizam", "النِّظام"), ("nizam", "النظـــام")]


def test_arabic_proclitics_and_the_article_after_lam():
    text = "والنظام بالنظام للنظام وللنظام فالنظام كالنظام لداعش وداعش النظامي نظام"
    assert _found(AR, text) == [("nizam", "والنظام"), ("nizam", "بالنظام"), ("nizam", "للنظام"),
                                ("nizam", "وللنظام"), ("nizam", "فالنظام"), ("nizam", "كالنظام"),
                                ("daesh", "لداعش"), ("daesh", "وداعش")]
    # the longest pattern wins with a proclitic too, and an exclusion holds with one
    assert _found(AR, "وقالت إن للنظام السوري والنظام الإيراني") == [("nizam", "للنظام السوري")]


def test_proclitics_only_for_a_lexicon_that_says_its_language():
    plain = _lex("      nizam: [النظام]\n")
    assert _found(plain, "والنظام النِّظام") == [("nizam", "النِّظام")]  # marks ignored; no proclitic


def test_folds_a_lexicon_asks_for():
    text = "الدولة الإسلامية والدولة الاسلامية"
    strict = _lex("      is: [الدولة الإسلامية]\n", "language: ar\n")
    folded = _lex("      is: [الدولة الإسلامية]\n", "language: ar\nfold: [alef, ta_marbuta]\n")
    assert [w for _l, w in _found(strict, text)] == ["الدولة الإسلامية"]
    assert [w for _l, w in _found(folded, text)] == ["الدولة الإسلامية", "والدولة الاسلامية"]


def test_english_lexicons_need_no_view():
    from framing.lexicon import load_lexicon

    assert not needs_forms(load_lexicon("syria"))
    assert not needs_forms(_lex("      x: [Assad’s regime]\n"))  # a curly apostrophe is not a letter
    assert needs_forms(_lex("      x: [Erdoğan]\n"))


@pytest.mark.parametrize("head, message", [
    ("language: xx\n", "language: "),
    ("fold: [alef]\n", "say its language first"),
    ("language: ar\nfold: [hamza]\n", "'hamza' is not a fold of language 'ar' (it has: alef, ya, ta_marbuta)"),
    ("language: ar\nfold: alef\n", "fold: a list"),
])
def test_language_and_fold_are_checked(head, message):
    with pytest.raises(LexiconError, match=re.escape(message)):
        _lex("      x: [y]\n", head)


def test_the_token_says_language_and_fold():
    a = _lex("      x: [y]\n")
    b = _lex("      x: [y]\n", "language: ar\n")
    c = _lex("      x: [y]\n", "language: ar\nfold: [ya]\n")
    assert len({a.token, b.token, c.token}) == 3


_WORDS = ["النظام", "داعش", "قال", "الجيش", "في", "والنظام", "للنظام"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12),
       st.lists(st.tuples(st.integers(0, 200), st.sampled_from(list("\u064e\u0650\u0651\u0652\u0640\u200c"))),
                max_size=8))
def test_ignored_characters_inside_words_change_no_match(words, inserts):
    text = " ".join(words)
    marked = list(text)
    for at, ch in sorted(inserts, reverse=True):
        at %= len(marked) + 1
        # inside a word only: after an Arabic letter
        if at > 0 and "\u0621" <= marked[at - 1] <= "\u064a":
            marked.insert(at, ch)
    marked = "".join(marked)
    plain = [(label, w) for label, w in _found(AR, text)]
    seen = _found(AR, marked)
    assert [label for label, _ in seen] == [label for label, _ in plain]
    strip = re.compile(f"[{IGNORED}]")
    assert [strip.sub("", w) for _, w in seen] == [w for _, w in plain]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aeÉé ́̈\u0640\u064eنظام\u200b")), max_size=40))
def test_view_offsets_point_into_the_text(text):
    v = View(text)
    for j in range(len(v.text) + 1):
        assert 0 <= v.start(j) <= len(text) if j < len(v.text) else True
        assert 0 <= v.end(j) <= len(text)
    for i in range(len(text) + 1):
        j = v.at(i)
        assert 0 <= j <= len(v.text)
    assert v.at(0) == 0 and v.at(len(text)) == len(v.text)
    # the whole view maps back to the text without its ignored characters, composed
    if v.text:
        assert v.start(0) <= v.end(len(v.text)) <= len(text)


def test_a_character_nfc_replaces_matches_its_canonical_form():
    # U+1FE3 (upsilon with dialytika and oxia) is U+03B0 in NFC, with no combining mark written
    lex = _lex("      u: ['\u03b0']\n")
    text = "\u1fe3 x \u03b0"
    assert _found(lex, text) == [("u", "\u1fe3"), ("u", "\u03b0")]
    other = _lex("      u: ['\u1fe3']\n")
    assert _found(other, text) == [("u", "\u1fe3"), ("u", "\u03b0")]


# --------------------------------------------------------------------------- full-width forms

def _wide(text: str) -> str:
    """``text`` with every printable ASCII character but the space in its full-width form."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


EN_YAML = ("name: t\nfamilies:\n  f:\n    labels:\n      is:\n        patterns: [IS, ISIS, Islamic State]\n"
           "        exclude: [Islamic State of Iraq]\n      regime: [regime, Assad’s regime]\n      year: ['2015']\n")


@pytest.mark.parametrize("engine", ["hyperscan", "python"])
def test_full_width_forms_are_their_ascii_letters(engine):
    lex = parse_lexicon(EN_YAML, engine=engine)
    text = f"Ｔｈｅ {_wide('ISIS')} and {_wide('Islamic')} State, {_wide('is')} not {_wide('IS')}; " \
           f"the {_wide('Assad’s')} {_wide('REGIME')} in {_wide('2015')} (ＩＳ\u200bＩＳ). {_wide('Islamic State of Iraq')}"
    text += " x" * 120  # long enough for Hyperscan
    found = [(label, s, e, text[s:e]) for _f, label, s, e in lex.finditer(text)]
    assert found == [("is", 4, 8, "ＩＳＩＳ"), ("is", 13, 26, "Ｉｓｌａｍｉｃ State"), ("is", 35, 37, "ＩＳ"),
                     ("regime", 43, 57, "Ａｓｓａｄ’ｓ ＲＥＧＩＭＥ"), ("year", 61, 65, "２０１５"),
                     ("is", 67, 72, "ＩＳ\u200bＩＳ")]
    # a pattern written full width matches the ASCII spelling too
    assert _found(_lex("      is: [ＩＳＩＳ]\n"), "ISIS and ＩＳＩＳ") == [("is", "ISIS"), ("is", "ＩＳＩＳ")]


_EN_PIECES = ["ISIS", "IS", "is", "Islamic State", "Islamic State of Iraq", "regime", "Regime", "Assad’s regime",
              "Assad's regime", "2015", "x2015", "the", "_", "-", "'", "’", "\"", ".", ",", " ", "\n", "é", "\u200b"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_EN_PIECES), max_size=30).map("".join), st.data())
def test_full_width_variants_change_no_match(text, data):
    """Widening any characters of a text (one character for one) finds the same mentions at the
    same offsets, with either engine and whatever the lexicon's script."""
    mask = data.draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    wide = "".join(_wide(c) if m else c for c, m in zip(text, mask))
    pad = " x" * 120 * data.draw(st.integers(0, 1))  # with and without Hyperscan
    for engine in ("hyperscan", "python"):
        lex = parse_lexicon(EN_YAML, engine=engine)
        assert list(lex.finditer(wide + pad)) == list(lex.finditer(text + pad))
    french = _lex("      ei: [État islamique, EI]\n")
    assert list(french.finditer(wide)) == list(french.finditer(text))


def test_full_width_counts_in_count_terms():
    import pandas as pd

    import framing

    frame = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["x", "y"],
                          "text": ["The ISIS fighters and the regime.", f"The {_wide('ISIS')} fighters and the "
                                                                        f"{_wide('regime')}."]})
    counts = framing.count_terms(frame, lexicon="syria", by="outlet", warn=False)
    got = counts[counts["count"] > 0].set_index(["group", "label"])["count"].to_dict()
    assert got == {("x", "ISIS"): 1, ("x", "regime"): 1, ("y", "ISIS"): 1, ("y", "regime"): 1}


# --------------------------------------------------------------------------- dotted and dotless i

@pytest.mark.parametrize("engine", ["hyperscan", "python"])
def test_dotted_capital_i_is_i_in_any_lexicon(engine):
    lex = parse_lexicon("families:\n  places:\n    labels:\n      idlib: [Idlib]\n      izmir: [Izmir]\n"
                        "      diyarbakir: [Diyarbakir]\n      is: [IS]\n", engine=engine)
    text = "Rebels in İdlib, IDLIB and Idlib; İZMİR, İzmir; Diyarbakır; İS is not IS." + " x" * 120
    found = [(label, s, e) for _f, label, s, e in lex.finditer(text)]
    assert found == [("idlib", 10, 15), ("idlib", 17, 22), ("idlib", 27, 32), ("izmir", 34, 39), ("izmir", 41, 46),
                     ("diyarbakir", 48, 58), ("is", 70, 72)]
    assert [text[s:e] for _l, s, e in found] == ["İdlib", "IDLIB", "Idlib", "İZMİR", "İzmir", "Diyarbakır", "IS"]


TR = ("name: tr\ncase: turkic\nfamilies:\n  f:\n    labels:\n      istanbul: [İstanbul]\n      irak: [Irak]\n"
      "      kir: [kir]\n      kır: [kır]\n      ISID: [IŞİD]\n")


@pytest.mark.parametrize("engine", ["hyperscan", "python"])
def test_turkic_case_keeps_dotted_and_dotless_i_apart(engine):
    lex = parse_lexicon(TR, engine=engine)
    pad = " x" * 120

    def found(text):
        return [(label, text[s:e]) for _f, label, s, e in lex.finditer(text + pad)]

    # i with İ, and a capital I as İ too (ISTANBUL); a lower-case ı is another letter
    assert found("İstanbul ISTANBUL İSTANBUL istanbul ıstanbul Istanbul") == [
        ("istanbul", "İstanbul"), ("istanbul", "ISTANBUL"), ("istanbul", "İSTANBUL"), ("istanbul", "istanbul"),
        ("istanbul", "Istanbul")]
    assert found("Irak IRAK ırak irak İrak") == [("irak", "Irak"), ("irak", "IRAK"), ("irak", "ırak")]
    # kır (countryside) is not kir (dirt); capitals without dots could be either: the first pattern wins
    assert found("kir kır Kir Kır KİR KIR") == [("kir", "kir"), ("kır", "kır"), ("kir", "Kir"), ("kır", "Kır"),
                                              ("kir", "KİR"), ("kir", "KIR")]
    assert found("IŞİD ISID IŞID işid") == [("ISID", "IŞİD")]  # all capitals: as written
    # without case: turkic, all four are one letter, as Python's case-insensitive regex has them
    plain = parse_lexicon(TR.replace("case: turkic\n", ""), engine=engine)
    text = "ıstanbul irak kır" + pad
    assert [(label, text[s:e]) for _f, label, s, e in plain.finditer(text)] == [
        ("istanbul", "ıstanbul"), ("irak", "irak"), ("kir", "kır")]


def test_a_language_can_say_its_case_is_turkic(tmp_path):
    from framing.lang import get_language, register_language, unregister_language

    folder = tmp_path / "tx"
    folder.mkdir()
    yaml_text = get_language("en").folder.joinpath("language.yaml").read_text(encoding="utf-8")
    folder.joinpath("language.yaml").write_text(yaml_text + "\nmatching:\n  case: turkic\n", encoding="utf-8")
    register_language(folder)
    try:
        lex = _lex("      kir: [kir]\n", "language: tx\n")
        assert _found(lex, "kir kır KIR") == [("kir", "kir"), ("kir", "KIR")]
    finally:
        unregister_language("tx")


@pytest.mark.parametrize("head, message", [
    ("case: turkish\n", "case: 'turkish' is not a case rule; use 'turkic'"),
    ("language: tr\n", "says 'case: turkic' instead"),
])
def test_case_is_checked(head, message):
    with pytest.raises(LexiconError, match=re.escape(message)):
        _lex("      x: [y]\n", head)


def test_the_token_says_case_and_a_child_inherits_it(tmp_path):
    a, b = _lex("      x: [y]\n"), _lex("      x: [y]\n", "case: turkic\n")
    assert a.token != b.token and b.case == "turkic" and a.case == ""
    tmp_path.joinpath("parent.yaml").write_text(TR, encoding="utf-8")
    child = parse_lexicon(f"extends: {tmp_path / 'parent.yaml'}\nfamilies:\n  g:\n    labels:\n      x: [y]\n")
    assert child.case == "turkic"


_I_PIECES = ["İdlib", "IDLIB", "ıdlib", "idlib", "Ｉｄｌｉｂ", "İZMİR", "İzmir", "izmir", "ISIS", "İSİS", "ＩＳＩＳ",
             "regime", "RÉGIME", "ｒｅｇｉｍｅ", "Islamic State", "Islamic\u00a0State", "ıslamic state", "İ", "ı", "Ｉ",
             "\u0307", "I\u0307dlib", "x", "é", " ", "-", "\u200b", "\n"]
I_YAML = ("families:\n  f:\n    labels:\n      idlib: [Idlib]\n      izmir: [İzmir]\n      isis: [ISIS]\n"
          "      regime: [regime, régime]\n      state: [Islamic State]\n")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_I_PIECES), max_size=30).map("".join), st.booleans())
def test_every_match_is_a_pattern_read_as_the_matcher_reads(text, long):
    """Offsets point into the text as given, and what they span is one of the label's
    patterns once read as a reader reads it (invisible characters out, composed, full-width
    forms as ASCII, case as a case-insensitive regex has it); the two engines agree."""
    from framing.lexicon.forms import case_key

    text += " x" * 120 * long
    fast, ref = parse_lexicon(I_YAML, engine="hyperscan"), parse_lexicon(I_YAML, engine="python")
    found = list(fast.finditer(text))
    assert found == list(ref.finditer(text))
    patterns = {label: [p.text for p in lab.patterns] for label, lab in fast.families["f"].labels.items()}
    for _f, label, s, e in found:
        assert 0 <= s < e <= len(text) and text[s] not in IGNORED
        read = re.sub(r"\s+", " ", unicodedata.normalize("NFC", View(text[s:e]).text))
        if label == "isis":
            assert read == "ISIS"
        else:
            assert case_key(read) in {case_key(unicodedata.normalize("NFC", p)) for p in patterns[label]}


_AR_PIECES = ["النظام", "الإيراني", "والنظام", "للنظام", "ل", "و", "ال", "وزارة", "ووزارة", "الخارجية", "حزب", "الله",
              "وللنظام", "نظام", " ", "\n", "،", "x"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_AR_PIECES), max_size=14).map("".join))
def test_exclusions_joined_match_as_their_forms_one_by_one(text):
    """An exclusion's proclitic forms joined in one pattern (``(?:|و|ف|…)النظام``) match where,
    and as far as, the forms one by one do, and begin with the same words."""
    from framing.lang import get_language
    from framing.lexicon import Pattern
    from framing.lexicon.forms import pattern_forms

    matching = get_language("ar").data["matching"]
    pats = [Pattern(t, False, False, 1) for t in ("النظام الإيراني", "وزارة الخارجية", "حزب الله", "نظام")]
    one_by_one = [f for p in pats for f in pattern_forms(p, {}, matching)]
    joined = [f for p in pats for f in pattern_forms(p, {}, matching, joined=True)]
    assert len(joined) < len(one_by_one) / 2

    def union(ps):
        return re.compile(r"(?<!\w)(?:" + "|".join(p.to_regex() for p in ps) + r")(?!\w)")

    a, b = union(one_by_one), union(joined)
    for i in range(len(text) + 1):
        ma, mb = a.match(text, i), b.match(text, i)
        assert (ma and ma.span()) == (mb and mb.span())
    assert {s for p in one_by_one for s in p.starts()} == {s for p in joined for s in p.starts()}
