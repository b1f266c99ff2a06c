"""Russian speakers said in another case, told to a listener, or named by their message:
one test per pattern of the language (docs/languages.md, "Attribution in other languages",
the settings under "cases"; ``framing.sources.clause_cases``)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.sources.clause_cases import nominative_name, nominative_phrase
from framing.sources.clause_words import clause_words_of


def rows(text: str) -> list[list]:
    """``[speaker as written, speaker_canonical, cue, rule]`` of each attribution of one text."""
    df = pd.DataFrame({"doc_id": ["d0"], "outlet": "X", "text": [text]})
    got = framing.find_attributions(df, language="ru")
    return [[s if isinstance(s, str) else "", c if isinstance(c, str) else "", cue, rule]
            for s, c, cue, rule in got[["speaker", "speaker_canonical", "cue", "rule"]].values.tolist()]


W = clause_words_of("ru")


@pytest.mark.parametrize("written, case, nominative", [
    ("Андрея Бусыгина", "genitive", "Андрей Бусыгин"),
    ("Марии Захаровой", "genitive", "Мария Захарова"),
    ("Дмитрия Пескова", "genitive", "Дмитрий Песков"),
    ("Владимира Зеленского", "genitive", "Владимир Зеленский"),
    ("Бориса Джонсона", "genitive", "Борис Джонсон"),
    ("Игоря Конашенкова", "accusative", "Игорь Конашенков"),
    ("Марию Захарову", "accusative", "Мария Захарова"),
    ("Сергею Лаврову", "dative", "Сергей Лавров"),
    ("Сергея Шойгу", "genitive", "Сергей Шойгу"),    # an indeclinable surname: the first name says the case
    ("Прити Пател", "genitive", "Прити Пател"),      # a foreign woman's name does not decline
    ("Пан Ги Муна", "genitive", "Пан Ги Мун"),
])
def test_a_name_said_in_another_case_is_given_in_the_nominative(written, case, nominative):
    assert nominative_name(written, case, W) == nominative


@pytest.mark.parametrize("written, case, nominative", [
    ("местного активиста", "genitive", "местный активист"),
    ("российского дипломатического источника", "genitive", "российский дипломатический источник"),
    ("ответственных лиц на Гаити", "genitive", "ответственные лица на Гаити"),
    ("местных жителей", "genitive", "местные жители"),
    ("очевидцев", "genitive", "очевидцы"),
    ("пресс-службы Кремля", "genitive", "пресс-служба Кремля"),
    ("пресс-службу", "accusative", "пресс-служба"),
    ("пресс-службе", "prepositional", "пресс-служба"),
    ("министерстве обороны", "prepositional", "министерство обороны"),
    ("Кремле", "prepositional", "Кремль"),
    ("Минобороны", "prepositional", "Минобороны"),
    ("протоколе", "prepositional", "протоколе"),  # no role's or body's word: as written
])
def test_a_description_said_in_another_case_is_given_in_the_nominative(written, case, nominative):
    assert nominative_phrase(written, case, W) == nominative


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["местного", "активиста", "пресс-службы", "Кремля", "в", "городе", "ответственных",
                                 "лиц", "МИД", "России", "главы", "источника", "ведомства", "Гаити"]),
                min_size=1, max_size=6),
       st.sampled_from(["genitive", "accusative", "dative", "prepositional"]))
def test_the_nominative_of_a_phrase_changes_words_not_their_number_nor_what_follows_its_head(words, case):
    out = nominative_phrase(" ".join(words), case, W).split()
    assert len(out) == len(words)
    changed = [k for k, (a, b) in enumerate(zip(words, out)) if a != b]
    # only the adjectives that open it and its head change: a prefix of the phrase
    assert changed == list(range(len(changed)))


def test_fronted_speaker_with_adjectives_in_the_genitive():
    assert rows("По словам местного активиста, там уже размещены российские вертолеты.") == [
        ["местного активиста", "местный активист", "По словам", "fronted"]]
    got = rows("По словам официального представителя МИД России Марии Захаровой, Москва готова к диалогу.")
    assert [r[1] for r in got] == ["Мария Захарова"]


def test_a_fronted_speaker_opening_its_clause_runs_to_the_comma():
    got = rows("По данным ответственных лиц на Гаити, тысячи детей могли быть разлучены с родителями.")
    assert got == [["ответственных лиц на Гаити", "ответственные лица на Гаити", "По данным", "fronted"]]


def test_a_surname_in_the_nominative_is_the_full_name_given_in_another_case_said_in_the_nominative():
    got = rows("Вопрос обсуждался на коллегии в среду, сообщает РИА Новости со ссылкой на заместителя министра "
               "Андрея Бусыгина. «Конкурс будет проходить каждые пять лет», — пояснил Бусыгин.")
    assert [r[1] for r in got] == ["РИА Новости", "Андрей Бусыгин", "Андрей Бусыгин"]


def test_a_name_told_to_after_the_verb_is_a_listener_where_a_role_follows():
    got = rows("«Мы готовы к переговорам», — сказал РИА Новости источник в дипломатических кругах.")
    assert got == [["источник в дипломатических кругах", "источник в дипломатических кругах", "сказал", "inverted"]]
    got = rows("Траты можно растянуть, рассказала РИА Новости эксперт проекта Минфина Ольга Андреева.")
    assert [r[0] for r in got] == ["эксперт проекта Минфина Ольга Андреева"]
    assert [r[1] for r in got] == ["Ольга Андреева"]
    # nothing after it: the agency is the speaker
    assert [r[1] for r in rows("Переговоры пройдут в Женеве, сообщает ТАСС.")] == ["ТАСС"]


def test_a_message_is_the_source_and_its_author_the_speaker():
    got = rows("«Работы завершатся в 2020 году», — говорится в сообщении Минобороны.")
    assert got == [["сообщении Минобороны", "Минобороны", "говорится", "impersonal"]]
    got = rows("В заявлении МИД России говорится, что Москва готова к диалогу.")
    assert [r[:2] for r in got] == [["заявлении МИД России", "МИД России"]]


def test_a_message_with_no_author_is_the_body_that_reported_last():
    got = rows("Ученые изучили механизмы болезни, сообщила в пятницу пресс-служба университета. "
               "«Найденный механизм объясняет многое», — говорится в сообщении.")
    assert [r[1] for r in got] == ["пресс-служба университета", "пресс-служба университета"]
    assert rows("Уточняется, что изменения внесены в указ от 19 мая.") == [["", "", "Уточняется", "impersonal"]]


def test_an_idiom_of_saying_is_no_attribution():
    assert rows("Как говорится, не нужно говорить «гоп», пока не перепрыгнешь.") == []


def test_a_body_said_in_another_case_is_the_body_of_that_word_that_spoke_before():
    got = rows("Об этом сообщает пресс-служба ведомства. Как отмечают в пресс-службе, русло зарастает.")
    assert [r[1] for r in got] == ["пресс-служба ведомства", "пресс-служба ведомства"]


def test_a_news_outlet_named_by_its_kind_is_the_outlet_quoted_last():
    got = rows("Россия строит вторую авиабазу, сообщает газета The Times. Как сообщает издание, база появится "
               "недалеко от Хомса.")
    assert [r[1] for r in got] == ["The Times", "The Times"]


def test_a_part_of_a_body_speaks_for_it():
    got = rows("Ученые научились определять историю звезды, сообщила в пятницу пресс-служба СФУ.")
    assert [r[1] for r in got] == ["пресс-служба СФУ"]


def test_a_fronted_role_is_the_person_the_text_named_with_it():
    got = rows("Министр иностранных дел России Сергей Лавров провел переговоры с коллегой. По словам министра, "
               "стороны обсудили ситуацию в Сирии.")
    assert [r[1] for r in got] == ["Сергей Лавров"]
    # a role no one was named with stays a description
    got = rows("По словам министра, стороны обсудили ситуацию в Сирии.")
    assert [r[1] for r in got] == ["министр"]


def test_a_description_before_the_verb_goes_on_over_the_phrase_of_its_preposition():
    got = rows("Источник в правоохранительных органах сообщил, что задержанных доставили в отдел полиции.")
    assert [r[:2] for r in got] == [["Источник в правоохранительных органах", "Источник в правоохранительных органах"]]
    # an adverbial is no part of it
    got = rows("«Решение будет принято на этой неделе», — заявил министр в интервью телеканалу.")
    assert [r[0] for r in got] == ["министр"]


# a text all in lower case (as some agencies' feeds are): at least 40 words, so that it is read so
LOWER = ("вашингтон, 2 фев - риа новости. власти штата орегон начали проверку благотворительного фонда, "
         "который собирал деньги для пострадавших от наводнения. директор фонда в городе портленд джон смит "
         "(john smith) заявил, что все пожертвования были потрачены по назначению. смит также сообщил, что фонд "
         "готов предоставить проверяющим все документы. по данным местных властей, проверка займет около месяца.")


def test_lower_case_text_reads_a_name_by_its_latin_spelling_in_brackets():
    got = rows(LOWER)
    assert [r[1] for r in got] == ["джон смит", "джон смит", "местные власти"]


def test_a_pronoun_no_earlier_speaker_fits_is_the_person_the_text_named_last():
    got = rows("Президент России Владимир Путин провел совещание с членами правительства в Кремле. "
               "Он заявил, что экономика растет.")
    assert [r[:2] for r in got] == [["Он", "Владимир Путин"]]
    got = rows("Глава ЦБ Эльвира Набиуллина выступила в Госдуме. Она сообщила, что инфляция замедлилась.")
    assert [r[:2] for r in got] == [["Она", "Эльвира Набиуллина"]]


def test_an_adverb_between_a_subject_and_its_verb_is_stepped_over():
    got = rows("Обвиняемые частично признают вину. Кроме того, они категорически отрицают наличие умысла.")
    assert [r[:2] + r[3:] for r in got] == [["Обвиняемые", "Обвиняемые", "subject"], ["они", "Обвиняемые", "subject"]]


def test_a_site_named_by_its_domain_is_a_name():
    got = rows("Как ранее сообщал портал iz.ru, в октябре президент подписал указ о числе машин.")
    assert [r[:2] for r in got] == [["портал iz.ru", "iz.ru"]]
