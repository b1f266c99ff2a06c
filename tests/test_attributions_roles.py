"""Who speaks, read from the role words of each language (the roles of the `news` gazetteer
in French, German, Spanish, Russian and Arabic, with their genders, numbers, cases and the
article) and from the grammar of a speaker phrase: what a role or a body is of, a role's
word as a surname after a title (:mod:`framing.sources.clause_heads`), the ``word_forms``
rules of a language's ``words.yaml`` (:mod:`framing.sources.clause_words`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.lang import LanguageError, register_language, unregister_language
from framing.sources.clause_words import ClauseWords, category_of, clause_words_of, role_of

FR = Path(framing.__file__).parent / "lang" / "fr"


def rows(language: str, text: str) -> list[tuple]:
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), language=language, warn=False)
    got = got[got["rule"] != "continuation"]
    return [tuple(r) for r in got[["cue", "speaker", "speaker_canonical", "speaker_category"]].values.tolist()]


def test_word_forms_give_the_other_forms_of_listed_words():
    ar = clause_words_of("ar")
    # the feminine in ة, then the article, by the rules of lang/ar/words.yaml; a woman
    assert {"وزيرة", "الوزيرة", "المحللة", "محلل"} <= ar.PERSON_ROLES and "المتحدثة" in ar.FEMALE
    assert "المحكمة" in ar.ORG_WORDS and category_of("القاضية", ar) == "court"
    # role nouns that are common names are no roles ("وليد المعلم"), "عماد" is no "العماد"
    assert not {"المعلم", "عماد", "ناجي"} & ar.PERSON_ROLES
    assert {"ministres", "habitantes"} <= clause_words_of("fr").PERSON_ROLES
    assert {"portavoces", "directores", "fiscales", "capitanes"} <= clause_words_of("es").PERSON_ROLES
    de = clause_words_of("de")
    assert {"sprecherinnen", "experten", "kandidaten", "funktionäre"} <= de.PERSON_ROLES
    assert role_of("polizeisprecherinnen", de) == "sprecherinnen" and role_of("afd-chef", de) == "chef"
    assert role_of("мэра", clause_words_of("ru")) == "мэра" and role_of("следователю", clause_words_of("ru")) == "следователь"


@pytest.fixture
def bad_forms(tmp_path):
    folder = tmp_path / "xx"
    shutil.copytree(FR, folder)
    text = (folder / "words.yaml").read_text(encoding="utf-8")
    (folder / "words.yaml").write_text(text + "\n" + "word_forms:\n  - {lists: [roles], pattern: 'x', form: 'y'}\n",
                                       encoding="utf-8")
    try:
        yield register_language(folder)
    finally:
        unregister_language("xx")


def test_a_word_forms_rule_names_lists_the_file_has(bad_forms):
    with pytest.raises(LanguageError, match=r"word_forms names lists words.yaml has not: roles"):
        ClauseWords(bad_forms)


def test_french_roles_bodies_and_titles():
    # a body of "le X de Y" is the speaker, not the place after it
    assert rows("fr", "Selon la préfecture du Rhône, deux personnes ont été blessées.") == [
        ("Selon", "la préfecture du Rhône", "la préfecture du Rhône", "government")]
    # a name with a joiner inside after a role is the complement's: the description speaks
    assert rows("fr", "« Le bilan est lourd », a affirmé le procureur de la République de Lyon.") == [
        ("affirmé", "le procureur de la République de Lyon", "le procureur de la République de Lyon", "court")]
    assert rows("fr", "« Il faut partir », a dit une infirmière de l’hôpital.")[0][3] == "public"
    assert rows("fr", "Les enquêteurs ont indiqué que le suspect avait été arrêté.")[0][3] == "police"
    # a role's word after a title that is no role is a surname
    assert rows("fr", "« Nous partirons », a déclaré M. Voisin.")[0][:3] == ("déclaré", "M. Voisin", "Voisin")
    assert rows("fr", "« Nous partirons », a raconté un voisin.")[0][:3] == ("raconté", "un voisin", "un voisin")
    # after a role, the place goes and the name stays
    assert rows("fr", "« Nous resterons », a déclaré le maire de Londres Sadiq Khan.")[0][2] == "Sadiq Khan"


def test_german_roles_compounds_and_names():
    assert rows("de", "„Wir bleiben hier“, sagten die Einwohnerinnen des Dorfes.") == [
        ("sagten", "die Einwohnerinnen des Dorfes", "die Einwohnerinnen des Dorfes", "public")]
    # a role after the article is left out of the name; a body's name stays whole
    assert rows("de", "„Das ist ein Fehler“, sagte der Anwalt Jan Vogel.") == [
        ("sagte", "der Anwalt Jan Vogel", "Jan Vogel", "court")]
    assert rows("de", "Die Deutsche Bahn teilte mit, das sei ein Fehler.")[0][2] == "Die Deutsche Bahn"
    # a hyphenated compound names the role of its last part: the person named before
    got = rows("de", "Björn Höcke sprach in Erfurt. „Das ist doch absurd“, schimpft der AfD-Chef.")
    assert got[-1][:3] == ("schimpft", "der AfD-Chef", "Björn Höcke")
    assert rows("de", "„Wir gehen“, sagte Herr Richter.")[0][2] == "Richter"


def test_spanish_titles_and_bodies():
    # abbreviated titles of a profession are titles: the name after them speaks
    assert rows("es", "«La situación es grave», dijo la Dra. Ana Pérez.") == [
        ("dijo", "la Dra. Ana Pérez", "Ana Pérez", "expert")]
    assert rows("es", "«Habrá más lluvias», dijo el Lic. Pedro Ruiz.")[0][:3] == ("dijo", "el Lic. Pedro Ruiz", "Pedro Ruiz")
    # the name after a body and its joiner is what the body is of
    assert rows("es", "La embajada de Estados Unidos informó que sus ciudadanos están a salvo.") == [
        ("informó", "La embajada de Estados Unidos", "La embajada de Estados Unidos", "government")]
    assert rows("es", "Según la Procuraduría, dos personas resultaron heridas.")[0][:3] == (
        "Según", "la Procuraduría", "la Procuraduría")


def test_russian_roles_in_their_cases_and_what_a_role_is_of():
    assert rows("ru", "«Мы останемся», — сказал следователь Иван Петров.")[0][:3] == (
        "сказал", "следователь Иван Петров", "Иван Петров")
    assert rows("ru", "По словам мэра Сергея Иванова, дорога закрыта.")[0][:3] == (
        "По словам", "мэра Сергея Иванова", "Сергей Иванов")
    # a genitive after a role is what the role is of, not a name; a name in the nominative stays
    assert rows("ru", "«Ситуация серьёзная», — заявил посол России.")[0][:3] == ("заявил", "посол России", "посол России")
    assert rows("ru", "«Ситуация серьёзная», — заявил житель Москвы.")[0][2] == "житель Москвы"
    assert rows("ru", "«Ситуация серьёзная», — заявил премьер Берлускони.")[0][2] == "Берлускони"
    # a plural role said with a plural verb is them, for the pronoun after
    got = rows("ru", "Обвиняемые частично признают вину. Кроме того, они категорически отрицают наличие умысла.")
    assert [r[2] for r in got] == ["Обвиняемые", "Обвиняемые"]


def test_arabic_roles_with_the_article_and_the_feminine():
    assert rows("ar", "وقالت المحللة السياسية إن الانتخابات ستجرى في موعدها.") == [
        ("قالت", "المحللة السياسية", "المحللة السياسية", "expert")]
    assert rows("ar", "وقال العقيد أحمد علي إن الهجوم فشل.") == [("قال", "العقيد أحمد علي", "أحمد علي", "military")]
    assert rows("ar", "وأعلنت مفوضية اللاجئين أن العدد ارتفع.")[0][3] == "government"
    # a family name that is a role's noun stays a name
    assert rows("ar", "وقال وزير الخارجية السوري وليد المعلم إن الحل سياسي.")[0][2] == "وليد المعلم"
