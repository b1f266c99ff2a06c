"""The bundled lexicons of the Syrian war in French, German, Spanish, Russian and Arabic
(syria_fr … syria_ar): each loads and says its language, its labels are syria.yaml's, and a
paragraph in the language gives exact counts per label and voice — inflected forms, other
states' regimes and "regime" as rules excluded, names in marks counted with the narrator."""

from collections import Counter

import pandas as pd
import pytest

import framing
from framing import bundled_lexicons, load_lexicon

from .conftest import CORPORA

LANGUAGES = ["fr", "de", "es", "ru", "ar"]
MULTILINGUAL = CORPORA / "multilingual"

#: one paragraph a language, realistic and written for these tests
PARAS = {
"fr": ("Le régime syrien a repris Alep. Selon Damas, l’armée syrienne avance, tandis que l’Armée syrienne "
       "libre recule. Le gouvernement de Bachar el-Assad accuse l’État islamique (EI) ; pour Paris, Daech "
       "reste la cible. Le régime iranien soutient le re\u0301gime de Damas, malgré le régime de sanctions "
       "et le gouvernement irakien. À Damas, des habitants fuient.\n\n« Le régime doit tomber », a "
       "déclaré le ministre. Hafez el-Assad est mort en 2000 ; l’organisation État islamique a revendiqué "
       "l’attentat, et un État islamique reste son projet."),
"de": ("Das Assad-Regime hat Aleppo zurückerobert. Die syrische Regierung in Damaskus wirft der Terrormiliz "
       "Islamischer Staat (IS) Anschläge vor; die IS-Miliz und die Kämpfer des Islamischen Staates ziehen sich "
       "zurück. Das Regime von Baschar al-Assad wird vom Iran gestützt, die iranische Regierung schweigt, das "
       "Sanktionsregime bleibt. Die syrische Armee und die Freie Syrische Armee kämpfen bei Damaskus. Daesch ist "
       "der arabische Name. Wer einen islamischen Staat will, ist nicht gemeint.\n\n„Das Regime muss weg“, "
       "sagte der Minister. Regierungstruppen rückten vor; das Nazi-Regime und die US-Regierung sind andere."),
"es": ("El régimen sirio bombardeó Alepo. El Gobierno de Bashar al Asad acusa al Estado Islámico (EI) y al "
       "Dáesh de los ataques; el ISIS niega. Damasco respondió, mientras en Damasco hubo protestas. El "
       "régimen iraní y el Gobierno iraquí apoyan al régimen de Damasco; el régimen fiscal no cambia. El "
       "Ejército sirio y el Ejército Libre Sirio combaten. Las fuerzas gubernamentales avanzan.\n\n"
       "\"El régimen caerá\", dijo el ministro. La crisis sigue; ei no es sigla."),
"ru": ("Сирийская армия при поддержке ВКС России освободила Пальмиру от боевиков ИГИЛ. Режим Асада, как пишут "
       "западные СМИ, укрепил позиции; правительство Сирии и официальный Дамаск приветствовали операцию. "
       "Группировка «Исламское государство» (ИГ, запрещена в РФ) отступила; ИГИЛом руководят иностранцы. "
       "Режим прекращения огня соблюдается, иранский режим молчит, правительство России заявило о помощи. "
       "В Дамаске спокойно. Свободная сирийская армия не участвовала; ДАИШ — арабское название.\n\n"
       "«Режим сохранится», — сказал эксперт. Работа в режиме онлайн продолжается."),
"ar": ("قصفت قوات النظام السوري مواقع «داعش» في ريف حلب، فيما قالت الحكومة السورية إن الجيش العربي السوري "
       "تقدم. وأكد مصدر أن للنظام حلفاء، وأن والنظام الإيراني يدعم دمشق، بينما حذرت الحكومة العراقية من "
       "تنظيم الدولة الاسلامية. وتبنى تنظيم الدولة الهجوم، ويقاتل الجيش السوري الحر قوات الأسد في دمشق.\n\n"
       "وقال المتحدث: «إن النظام سيسقط». ويعيد النظام العالمي حساباته، وكان حافظ الأسد قد حكم قبل بشار "
       "الأسد. وهاجمت ولداعش خلايا في العراق."),
}

#: (label, voice) → count in PARAS, read by hand
EXPECTED = {
    # régime syrien, re\u0301gime de Damas (decomposed accent); « Le régime doit tomber » quoted;
    # régime iranien, régime de sanctions, gouvernement irakien, À Damas, Armée syrienne libre,
    # Hafez el-Assad and "un État islamique" (the idea) excluded
    "fr": {("regime", "narrator"): 2, ("regime", "quoted"): 1, ("damascus", "narrator"): 1,
           ("army", "narrator"): 1, ("government", "narrator"): 1, ("Islamic State", "narrator"): 2,
           ("IS", "narrator"): 1, ("Daesh", "narrator"): 1},
    # Assad-Regime, Regime von Baschar al-Assad; „Das Regime muss weg“ quoted; Islamischer Staat
    # and des Islamischen Staates; IS and IS-Miliz; Regierungstruppen as government forces;
    # iranische Regierung, Sanktionsregime, Freie Syrische Armee, bei Damaskus, einen islamischen
    # Staat, Nazi-Regime and US-Regierung excluded
    "de": {("regime", "narrator"): 2, ("regime", "quoted"): 1, ("government", "narrator"): 2,
           ("Islamic State", "narrator"): 2, ("IS", "narrator"): 2, ("army", "narrator"): 1,
           ("Daesh", "narrator"): 1},
    # régimen sirio, régimen de Damasco; "El régimen caerá" quoted; EI in capitals only ("ei"
    # and "crisis" never); en Damasco, régimen iraní, Gobierno iraquí, régimen fiscal and
    # Ejército Libre Sirio excluded
    "es": {("regime", "narrator"): 2, ("regime", "quoted"): 1, ("government", "narrator"): 2,
           ("Islamic State", "narrator"): 1, ("IS", "narrator"): 1, ("Daesh", "narrator"): 1,
           ("ISIS", "narrator"): 1, ("damascus", "narrator"): 1, ("army", "narrator"): 1},
    # ИГИЛ and ИГИЛом; «Исламское государство» a name in marks, with the narrator; «Режим
    # сохранится» quoted; режим прекращения огня, иранский режим, правительство России,
    # В Дамаске, Свободная сирийская армия and в режиме онлайн excluded
    "ru": {("army", "narrator"): 1, ("ISIL", "narrator"): 2, ("regime", "narrator"): 1, ("regime", "quoted"): 1,
           ("government", "narrator"): 1, ("damascus", "narrator"): 1, ("Islamic State", "narrator"): 1,
           ("IS", "narrator"): 1, ("Daesh", "narrator"): 1},
    # النظام السوري and للنظام (a proclitic); «إن النظام سيسقط» quoted; «داعش» a name in marks and
    # ولداعش; الاسلامية written without hamza (fold); والنظام الإيراني، الحكومة العراقية، الجيش
    # السوري الحر، في دمشق، النظام العالمي and حافظ الأسد excluded
    "ar": {("regime", "narrator"): 2, ("regime", "quoted"): 1, ("Daesh", "narrator"): 2,
           ("government", "narrator"): 1, ("army", "narrator"): 1, ("damascus", "narrator"): 1,
           ("Islamic State", "narrator"): 1, ("State organisation", "narrator"): 1, ("assad", "narrator"): 2},
}


def _mentions(lang: str, text: str, **options) -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": ["d"], "outlet": ["o"], "text": [text]})
    return framing.find_mentions(df, lexicon=f"syria_{lang}", language=lang, **options)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_bundled_lexicon_loads_and_says_its_language(lang):
    assert f"syria_{lang}" in bundled_lexicons()
    lex = load_lexicon(f"syria_{lang}")
    assert lex.language == lang and lex.gazetteer == "news" and lex.title and lex.rate and lex.about is not None
    english = load_lexicon("syria")
    for family in ("syrian_state", "jihadist_name"):
        # the label keys are syria.yaml's, so tables in two languages can be set side by side
        # (Arabic adds تنظيم الدولة, which English does not write)
        extra = set(lex.families[family].labels) - set(english.families[family].labels)
        assert extra <= {"State organisation"}
        assert all(label.display for label in lex.families[family].labels.values())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_paragraph_in_each_language_gives_its_counts(lang):
    m = _mentions(lang, PARAS[lang])
    assert dict(Counter(zip(m["label"], m["voice"]))) == EXPECTED[lang]


@pytest.mark.parametrize("lang, name", [("ar", "داعش"), ("ru", "Исламское государство")])
def test_a_name_in_marks_is_the_narrators_unless_asked(lang, name):
    narrator = _mentions(lang, PARAS[lang])
    quoted = _mentions(lang, PARAS[lang], names_in_marks="quoted")
    assert set(narrator[narrator["surface"] == name]["voice"]) == {"narrator"}
    assert set(quoted[quoted["surface"] == name]["voice"]) == {"quoted"}


@pytest.mark.parametrize("text, expected", [
    ("IS-Kämpfer, die IS-Miliz, es IST so, is", ["IS", "IS-Miliz"]),  # German IS in capitals only
    ("Das Regime in Teheran und das Regime in Damaskus", ["Regime in Damaskus"]),
    ("ein autoritäres Regime und das Regime", ["Regime"]),
])
def test_german_short_forms_and_other_regimes(text, expected):
    assert list(_mentions("de", text)["surface"]) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "ИГ, иг, Иг и ИГИЛа", ["ИГ", "ИГИЛа"]),  # ИГ in capitals only
    ("ru", "киевский режим, режимом Асада, санкционного режима", ["режимом Асада"]),
    ("es", "EI, ei y Ei; el régimen de Maduro y el régimen de Asad", ["EI", "régimen de Asad"]),
    ("fr", "le régime de Vichy, le régime de Bachar el-Assad, le changement de régime", ["régime de Bachar el-Assad"]),
    ("fr", "Assad et son régime; un régime autoritaire", ["Assad", "régime"]),  # "his regime" is Syria's
    ("es", "Asad y su Gobierno; un gobierno de coalición", ["Asad", "Gobierno"]),
    ("ar", "بالنظام السوري وكالنظام والنظام الدولي وحصة الأسد", ["بالنظام السوري", "وكالنظام"]),
    ("ar", "الأسد «سيسل» وبشار الأسد", ["وبشار الأسد"]),  # a regex exclusion written for the folded text
])
def test_inflection_proclitics_and_exclusions(lang, text, expected):
    assert list(_mentions(lang, text)["surface"]) == expected


def test_the_about_words_are_matched_in_the_lexicons_language():
    lex = load_lexicon("syria_ar")
    assert [text for *_f, s, e in lex.about.finditer("الدعم لسوريا") for text in ["الدعم لسوريا"[s:e]]] == ["لسوريا"]


@pytest.mark.slow
@pytest.mark.skipif(not (MULTILINGUAL / "fr.jsonl").exists(), reason="the multilingual corpus is not beside the repository")
def test_a_corpus_not_about_the_war_is_told_so():
    with pytest.warns(UserWarning, match="syria_fr' may not fit"):
        framing.count_terms(MULTILINGUAL / "fr.jsonl", lexicon="syria_fr", language="fr")


def test_the_english_lexicon_on_a_corpus_read_in_another_language_says_so():
    # syria.yaml said no language: on a French corpus read as French it counted 'Assad' (a name in every
    # language) and never 'régime' or 'gouvernement' - assad a share of 1.0 - with no word of it
    assert load_lexicon("syria").language == "en"
    df = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [PARAS["fr"]]})
    with pytest.warns(framing.FramingWarning, match=r"lexicon 'syria' is written in English \(language: en\) but the "
                                                    r"corpus is read as French.*lexicon in French \(bundled: syria_fr\)"):
        framing.count_terms(df, language="fr")


def test_a_loaded_corpus_is_told_once_that_the_lexicon_is_in_another_language(recwarn):
    # notebook 03 on de.jsonl with language="de": the article view said it twice in one cell
    corpus = framing.load_corpus(pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [PARAS["fr"]]}), language="fr")
    framing.count_terms(corpus)
    framing.find_mentions(corpus)
    framing.show(corpus, "a")
    said = [str(w.message) for w in recwarn if "is written in English" in str(w.message)]
    assert len(said) == 1 and "but the corpus is read as French" in said[0]
