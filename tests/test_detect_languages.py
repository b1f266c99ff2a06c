"""The language of each document (framing.detect_languages, py3langid) and the warning when a
lexicon's language is not the corpus's."""

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.cli import main
from framing.corpus.languages import LANGUAGE_COLUMNS, detect_language
from framing.errors import FramingWarning, ParameterError
from framing.lexicon import parse_lexicon

MULTI = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "multilingual"

TEXTS = {
    "en": "The Syrian government said on Monday that its forces had retaken the town from the rebels.",
    "fr": "Le gouvernement syrien a affirmé lundi que ses forces avaient repris la ville aux rebelles.",
    "de": "Die syrische Regierung erklärte am Montag, ihre Truppen hätten die Stadt von den Rebellen zurückerobert.",
    "es": "El gobierno sirio afirmó el lunes que sus fuerzas habían recuperado la ciudad de manos de los rebeldes.",
    "ru": "Сирийское правительство заявило в понедельник, что его войска отбили город у повстанцев.",
    "ar": "قالت الحكومة السورية يوم الاثنين إن قواتها استعادت السيطرة على المدينة من المسلحين.",
}


def test_each_language_of_a_mixed_frame():
    df = pd.DataFrame({"doc_id": list(TEXTS), "outlet": "x", "text": list(TEXTS.values())})
    out = framing.detect_languages(df)
    assert list(out.columns) == LANGUAGE_COLUMNS
    assert out["lang"].tolist() == list(TEXTS)
    assert out["framing_folder"].all() and (out["read_as"] == "en").all()
    assert out["agrees"].tolist() == [True, False, False, False, False, False]
    assert (out["probability"] > 0.8).all()  # one sentence each: the Arabic one 0.87


def test_too_short_to_tell_and_options_checked():
    assert detect_language("12:30, AFP")[0] == ""
    assert detect_language("Syrie " * 10, chars=3)[0] == ""  # three characters: too few letters
    with pytest.raises(ParameterError, match="chars"):
        framing.detect_languages(pd.DataFrame({"text": ["a"]}), chars=0)
    with pytest.raises(ParameterError, match="duplicates"):
        framing.detect_languages(pd.DataFrame({"text": ["a"]}), duplicates="keep")


def test_a_language_framing_has_no_folder_for():
    text = "Il governo siriano ha affermato lunedì che le sue forze hanno ripreso la città dai ribelli."
    out = framing.detect_languages(pd.DataFrame({"text": [text]}), language="fr")
    assert out[["lang", "framing_folder", "read_as", "agrees"]].values.tolist() == [["it", False, "fr", False]]


@pytest.mark.slow
@pytest.mark.skipif(not MULTI.is_dir(), reason="../shared/corpora/multilingual not found")
@pytest.mark.parametrize("lang", ["fr", "de", "es", "ru", "ar"])
def test_every_article_of_the_shared_multilingual_corpus(lang):
    df = pd.DataFrame([json.loads(line) for line in (MULTI / f"{lang}.jsonl").open(encoding="utf-8") if line.strip()])
    out = framing.detect_languages(df, language=lang)
    assert (out["lang"] == lang).all() and out["agrees"].all()


def test_cli(tmp_path, capsys):
    path = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": "x",
                  "text": [TEXTS["ru"], TEXTS["ru"].replace("город", "посёлок"), TEXTS["en"]]}).to_csv(path, index=False)
    out = tmp_path / "l.csv"
    assert main(["languages", str(path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "3 documents: ru 2, en 1; read as en: 1 agree" in err
    assert "pass --language ru" in err
    assert pd.read_csv(out)["lang"].tolist() == ["ru", "ru", "en"]


def test_a_lexicon_in_another_language_than_the_corpus_is_warned_about():
    lex = parse_lexicon("name: fr_test\nlanguage: fr\nfamilies:\n  f:\n    labels:\n      regime: [régime]\n")
    df = pd.DataFrame({"doc_id": ["a"], "outlet": "x", "text": ["Le régime syrien."]})
    with pytest.warns(FramingWarning, match=r"written in French \(language: fr\) but the corpus is read as English"):
        framing.count_terms(df, lexicon=lex, min_count=1, duplicates="keep")
    with warnings.catch_warnings():
        warnings.simplefilter("error", FramingWarning)
        s = framing.count_terms(df, lexicon=lex, language="fr", min_count=1, duplicates="keep")
        m = framing.find_mentions(df, lexicon=lex, language="fr", duplicates="keep")
    assert s["count"].tolist() == [1] and len(m) == 1
    with pytest.warns(FramingWarning, match="language='fr'"):
        framing.find_mentions(df, lexicon=lex, duplicates="keep")


def test_a_language_registered_from_a_copy_is_told_apart_by_its_code(tmp_path):
    # a folder copied from English keeps the name "English": the warning gave "written in
    # English … but the corpus is read as English … if it is in English, English patterns miss
    # its words"; the codes now tell the two apart
    import shutil
    from importlib import resources

    from framing.lang import register_language, unregister_language

    folder = tmp_path / "xx"
    shutil.copytree(resources.files("framing") / "lang" / "en", folder)
    register_language(folder)
    try:
        df = pd.DataFrame({"doc_id": ["a"], "outlet": "x", "text": ["The regime fell."]})
        with pytest.warns(FramingWarning) as caught:
            framing.count_terms(df, min_count=1, language="xx", duplicates="keep")
        msg = next(str(w.message) for w in caught if "is written in" in str(w.message))
        assert "read as English (language: xx)" in msg and "if it is in English (xx), English (en) patterns" in msg
    finally:
        unregister_language("xx")
