"""Matching as a reader reads (framing.lexicon.forms): canonical equivalence, Arabic marks
and elongation, folds and proclitics, with offsets into the text as given."""

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
