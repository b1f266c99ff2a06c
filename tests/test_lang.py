"""The language seam: a language is a folder of data; adding one touches no shared file."""

import shutil
from importlib import resources

import pandas as pd
import pytest

import framing
from framing import lang
from framing.lang import LanguageError, get_language, languages, register_language, unregister_language
from framing.lexicon import parse_lexicon
from framing.text import analyze

EN = resources.files("framing") / "lang" / "en"

LEXICON = "name: t\nfamilies:\n  actor:\n    labels:\n      regime: [Regime]\n"
GERMAN_STYLE = "Titel\n\nDer Sprecher sagte »das Regime ist schwach«. Dann ging er.\n"


@pytest.fixture
def reversed_marks(tmp_path):
    """A copy of English whose double quotation marks run »…« (as German writes them) and
    whose sentences may also end with a semicolon: a language from a folder elsewhere."""
    folder = tmp_path / "xx"
    shutil.copytree(EN, folder)
    yaml_text = (folder / "language.yaml").read_text(encoding="utf-8")
    yaml_text = yaml_text.replace('double_open: "“«„"', 'double_open: "“»„"').replace('double_close: "”»"',
                                                                                       'double_close: "”«"')
    yaml_text = yaml_text.replace("end: '[.!?]+", "end: '[.!?;]+")
    (folder / "language.yaml").write_text(yaml_text, encoding="utf-8")
    try:
        yield register_language(folder)
    finally:
        unregister_language("xx")


def test_english_is_a_folder_and_the_default():
    assert "en" in languages()
    en = get_language("en")
    assert get_language() is en and get_language("en") is en and get_language(en) is en  # cached per code
    assert en.folder.name == "en" and en.file("cues.yaml") is not None and "the" in en.stop_words


def test_an_unknown_language_is_a_clear_error():
    with pytest.raises(LanguageError, match=r"unknown language 'zz'; available: .*en"):
        get_language("zz")
    with pytest.raises(ValueError, match="unknown language 'zz'"):  # also a ValueError, and a FramingError
        framing.load_corpus(pd.DataFrame({"text": ["x"]}), language="zz")
    with pytest.raises(framing.FramingError):
        framing.count_terms(pd.DataFrame({"text": ["x"]}), language="zz")


def test_a_registered_language_reads_its_own_quotation_marks(reversed_marks):
    assert "xx" in languages()
    en_quotes = [GERMAN_STYLE[q.start:q.end] for q in analyze(GERMAN_STYLE).quotes]
    xx_quotes = [GERMAN_STYLE[q.start:q.end] for q in analyze(GERMAN_STYLE, language="xx").quotes]
    assert xx_quotes == ["»das Regime ist schwach«"]
    assert en_quotes != xx_quotes  # English reads » as a closer: no such quotation


def test_voice_in_scores_follows_the_corpus_language(reversed_marks):
    lex = parse_lexicon(LEXICON)
    df = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [GERMAN_STYLE]})
    voice = {}
    for code in ("en", "xx"):
        corpus = framing.load_corpus(df, language=code)
        assert corpus.language == code and corpus.subset(outlets=["X"]).language == code
        voice[code] = framing.find_mentions(corpus, lexicon=lex)["voice"].tolist()
        # the same through the keyword, with a path or DataFrame read for the call
        assert framing.find_mentions(df, lexicon=lex, language=code)["voice"].tolist() == voice[code]
        terms = framing.count_terms(df, lexicon=lex, voice="quoted", language=code)
        assert terms.loc[terms.label == "regime", "count"].tolist() == [1 if code == "xx" else 0]
    assert voice == {"en": ["narrator"], "xx": ["quoted"]}


def test_sentences_end_where_the_language_says(reversed_marks):
    from framing._sentences import split_sentences

    text = "Der Sprecher sagte nein; Die Armee kam."
    assert len(split_sentences(text, 0, len(text))) == 1
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text), "xx")] == ["Der Sprecher sagte nein;",
                                                                               "Die Armee kam."]


def test_attributions_in_a_registered_language_use_its_marks_and_cues(reversed_marks):
    df = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["»The siege is broken«, SANA said."]})
    got = framing.find_attributions(df, language="xx", warn=False)
    assert got[["speaker", "cue", "kind"]].values.tolist() == [["SANA", "said", "direct"]]
    assert framing.find_attributions(df, warn=False)["kind"].tolist() != ["direct"]
    # a language without a cue table says so, naming the languages that have one, and
    # returns the table's columns with no rows
    (reversed_marks.folder / "cues.yaml").unlink()
    register_language(reversed_marks.folder)
    with pytest.warns(framing.FramingWarning, match=r"'xx' .* no attribution rules .*: ar, de, en, es, fr, ru"):
        empty = framing.find_attributions(df, language="xx", warn=False)
    assert empty.empty and list(empty.columns) == framing.sources.ATTRIBUTION_COLUMNS
    with pytest.raises(framing.LexiconError, match="no cue table"):
        framing.cues.load_cues(language="xx")


def test_the_cue_table_is_not_read_at_import():
    import subprocess
    import sys

    code = ("import framing, framing.lang as L; en = L.get_language('en'); "
            "from framing.cues import CueTable; print(CueTable in en._memo)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
    assert framing.sources.CUES is framing.cues.cues_of("en")  # read when first asked for


def test_a_language_travels_to_helper_processes(reversed_marks):
    lex = parse_lexicon(LEXICON)
    df = pd.DataFrame({"doc_id": [str(i) for i in range(120)], "outlet": ["X"] * 120, "text": [GERMAN_STYLE] * 120})
    got = framing.find_mentions(df, lexicon=lex, language="xx", jobs=2)
    assert set(got["voice"]) == {"quoted"}


def test_the_registry_is_pickled_by_code():
    import pickle

    assert pickle.loads(pickle.dumps(get_language("en"))) is get_language("en")
    assert lang.DEFAULT_LANGUAGE == "en"


@pytest.mark.parametrize("old, new, match", [
    ("genitive_name: '^[A-ZÄÖÜ]", "genitive_name: '^(?:[A-ZÄÖÜ]", r"words\.yaml: genitive_name is not a regular expression"),
    ("affiliation_compounds: true", "affiliation_compounds: 'no'", r"words\.yaml: affiliation_compounds must be true or false"),
    ("role_modifiers: [ex, vize,", "role_modifiers: 'ex, vize'\nxx_unused: [ex, vize,", r"words\.yaml: role_modifiers must be a list"),
    ("dative_articles: [dem, einem]", "dative_articles: [dem, einem]\nname_gender: [f, m]", r"words\.yaml: name_gender maps"),
    ("dative_articles: [dem, einem]", "dative_articles: [dem, einem]\nname_gender: {first: {female: 'a$'}}",
     r"words\.yaml: name_gender maps"),
    ("dative_articles: [dem, einem]", "dative_articles: [dem, einem]\npassive_only_endings: '(?:e'",
     r"words\.yaml: passive_only_endings is not a regular expression"),
])
def test_a_users_words_yaml_with_a_bad_setting_names_the_file_and_key(tmp_path, old, new, match):
    """A user's language folder whose words.yaml has a pattern Python cannot read, a quoted 'no'
    for a yes/no, a string for a list or a malformed name_gender is refused naming the file and
    key (it was a re.error or AttributeError traceback, or read silently: 'ex, vize' as letters,
    'no' as true)."""
    folder = tmp_path / "xq"
    shutil.copytree(get_language("de").folder, folder)
    words = (folder / "words.yaml").read_text(encoding="utf-8")
    assert old in words
    (folder / "words.yaml").write_text(words.replace(old, new, 1), encoding="utf-8")
    register_language(folder)
    try:
        with pytest.raises(LanguageError, match=match):
            framing.find_attributions(pd.DataFrame({"doc_id": ["a"], "outlet": ["o"], "text": ["Merz sagte, es gehe."]}),
                              language="xq")
    finally:
        unregister_language("xq")


def test_a_users_english_rules_folder_with_a_pattern_python_cannot_read_names_the_key(tmp_path):
    """A copy of English's folder with a broken hometown pattern was a re.error traceback."""
    import re

    folder = tmp_path / "xe"
    shutil.copytree(get_language("en").folder, folder)
    words = (folder / "words.yaml").read_text(encoding="utf-8")
    (folder / "words.yaml").write_text(re.sub(r"(?m)^hometown: .*$", "hometown: '(?:x'", words, count=1), encoding="utf-8")
    register_language(folder)
    try:
        with pytest.raises(LanguageError, match=r"words\.yaml: hometown is not a regular expression"):
            framing.find_attributions(pd.DataFrame({"doc_id": ["a"], "outlet": ["o"], "text": ["Smith said it."]}),
                                      language="xe")
    finally:
        unregister_language("xe")
