"""Checklist round 5 of how Russian news reports speech (issue 24, round 14): constructions listed
from the grammar and the news register, not from any corpus text — verbs of reporting beyond the
dev half's (доложить, уведомить, высказать мнение, допустить, предположить, подытожить), the
narrator's present after a quotation ("— вспоминает он", "— признаётся она", "— делится", "—
продолжает"), reflexive verbs with a person, which are no impersonal passive; the speaker a reader
names: an outlet told before the speaker ("сообщил ТАСС источник", "сообщили РИА Новости в МЧС"),
a woman's surname that does not decline ("по словам Ангелы Меркель" → Ангела Меркель), and a
pronoun that stays unresolved where the one person named before is of the other gender. Each row
asserts the cue, the speaker as resolved and whether the words are quoted; near misses assert
that nothing is read."""

from __future__ import annotations

import pytest

from .test_checklist_fr import rows

CASES = [
    # verbs of reporting a grammar lists, each aspect
    ("Иван Петров доложил президенту, что пожар потушен.", [("доложил", "Иван Петров", "indirect")]),
    ("Министр докладывает, что пожар потушен.", [("докладывает", "Министр", "indirect")]),
    ("Иван Петров уведомил, что пожар потушен.", [("уведомил", "Иван Петров", "indirect")]),
    ("Депутат Иван Петров высказал мнение, что закон нужно изменить.", [("высказал мнение", "Иван Петров", "indirect")]),
    ("Анна Петрова высказалась за то, чтобы закон изменили.", [("высказалась", "Анна Петрова", "indirect")]),
    ("Иван Петров допустил, что дороги отремонтируют.", [("допустил", "Иван Петров", "indirect")]),
    ("Эксперты допускают, что цены вырастут.", [("допускают", "Эксперты", "indirect")]),
    ("Иван Петров предположил, что пожар потушат к утру.", [("предположил", "Иван Петров", "indirect")]),
    # the narrator's present and past after a quotation and a dash
    ("«Было тяжело», — вспоминает Иван Петров.", [("вспоминает", "Иван Петров", "direct")]),
    ("«Было тяжело», — признаётся Иван Петров.", [("признаётся", "Иван Петров", "direct")]),
    ("«Было тяжело», — признается Анна Петрова.", [("признается", "Анна Петрова", "direct")]),
    ("«Было тяжело», — делится Иван Петров.", [("делится", "Иван Петров", "direct")]),
    ("«Было тяжело», — возмущается Анна Петрова.", [("возмущается", "Анна Петрова", "direct")]),
    ("«Было тяжело», — подытожил Иван Петров.", [("подытожил", "Иван Петров", "direct")]),
    ("«Было тяжело», — продолжает Иван Петров.", [("продолжает", "Иван Петров", "direct")]),
    ("«Было тяжело», — рассуждает Иван Петров.", [("рассуждает", "Иван Петров", "direct")]),
    ("«Было тяжело», — жалуется Анна Петрова.", [("жалуется", "Анна Петрова", "direct")]),
    # a woman's surname in a consonant keeps its form; her first name says the case
    ("По словам Ангелы Меркель, встреча состоится.", [("По словам", "Ангела Меркель", "according_to")]),
    ("По словам Ольги Голодец, встреча состоится.", [("По словам", "Ольга Голодец", "according_to")]),
    ("По словам Марии Захаровой, встреча состоится.", [("По словам", "Мария Захарова", "according_to")]),
    ("По словам Джо Байдена, встреча состоится.", [("По словам", "Джо Байден", "according_to")]),
    ("По словам Сергея Шойгу, встреча состоится.", [("По словам", "Сергей Шойгу", "according_to")]),
    # an outlet told right after the verb, then the speaker or the body: the outlet is no speaker
    ("Преступник задержан, сообщили ТАСС в пресс-службе МВД.", [("сообщили", "пресс-служба МВД", "indirect")]),
    ("Преступник задержан, рассказали РИА Новости в МЧС.", [("рассказали", "МЧС", "indirect")]),
    ("Преступник задержан, пояснили «Известиям» в Минздраве.", [("пояснили", "Минздрав", "indirect")]),
    ("Преступник задержан, сообщил РИА Новости Иван Петров.", [("сообщил", "Иван Петров", "indirect")]),
    ("Преступник задержан, сообщил Интерфаксу Иван Петров.", [("сообщил", "Иван Петров", "indirect")]),
    ("Преступник задержан, сообщил «Интерфаксу» Иван Петров.", [("сообщил", "Иван Петров", "indirect")]),
    ("«Преступник задержан», — пояснил РИА Новости Иван Петров.", [("пояснил", "Иван Петров", "direct")]),
    ("Как сообщил ТАСС Иван Петров, преступник задержан.", [("Как сообщил", "Иван Петров", "according_to")]),
    ("Как сообщил «Газете.Ru» Иван Петров, преступник задержан.", [("Как сообщил", "Иван Петров", "according_to")]),
    # (the outlet reports: nothing follows it)
    ("Преступник задержан, сообщает ТАСС.", [("сообщает", "ТАСС", "indirect")]),
    ("Как сообщает РИА Новости, преступник задержан.", [("Как сообщает", "РИА Новости", "according_to")]),
    # a role's complement in the genitive of a masculine noun in -а, -я before the name
    ("Учения завершены, сообщила мэр Парижа Анн Идальго.", [("сообщила", "Анн Идальго", "indirect")]),
    ("Мэр Лондона Садик Хан заявил, что учения завершены.", [("заявил", "Садик Хан", "indirect")]),
    ("Учения завершены, сообщила представитель МИД Мария Владимировна Захарова.",
     [("сообщила", "Мария Владимировна Захарова", "indirect")]),
    # the surname alone later, after a role and the body it is of in the genitive
    ("Глава Минобороны Сергей Шойгу заявил, что учения завершены. Шойгу добавил, что войска вернулись.",
     [("заявил", "Сергей Шойгу", "indirect"), ("добавил", "Сергей Шойгу", "indirect")]),
    # a body's name in the genitive that ends like a name ("России"): no person's name
    ("По данным Минобороны России, учения завершены.", [("По данным", "Минобороны России", "according_to")]),
    # a document's short passive participle: what it says, its author speaking
    ("Преступник задержан, сказано в сообщении МВД.", [("сказано", "МВД", "indirect")]),
    ("В заявлении Минобороны указано, что учения завершены.", [("указано", "Минобороны", "indirect")]),
    # "цитирует": the one quoted, in the accusative, speaks; the outlet relays (a second attribution)
    ("«Результаты важны», — цитирует пресс-служба вуза профессора Николая Еркаева.",
     [("цитирует", "Николай Еркаев", "direct"), ("цитирует", "пресс-служба вуза", "direct")]),
    ("«Результаты важны», — цитирует ТАСС Марию Захарову.",
     [("цитирует", "Мария Захарова", "direct"), ("цитирует", "ТАСС", "direct")]),
    ("«Результаты важны», — цитирует Ивана Петрова издание.",
     [("цитирует", "Иван Петров", "direct"), ("цитирует", "издание", "direct")]),
    ("Профессор Николай Еркаев изучил планеты. «Результаты важны», — цитирует пресс-служба СФУ Еркаева.",
     [("цитирует", "Николай Еркаев", "direct"), ("цитирует", "пресс-служба СФУ", "direct")]),
    # (the outlet alone, or with its name: the outlet)
    ("«Результаты важны», — цитирует агентство Bloomberg.", [("цитирует", "Bloomberg", "direct")]),
    # a pronoun: the person named before, of its gender by the verb after the name
    ("Анна Петрова приехала в город. Она сказала, что пожар потушен.", [("сказала", "Анна Петрова", "indirect")]),
]

NEAR_MISSES = [
    # another sense of the same verbs, with nothing said marked
    "Иван Петров допустил ошибку.",
    "Иван Петров процитировал Пушкина.",
    "Иван Петров продолжает работу над законом.",
    "Иван Петров вспомнил свое детство.",
    "Иван Петров высказался против закона.",
    "Иван Петров подытожил итоги года.",
    # a short participle of a thing shown, no document
    "На табличке было указано время работы.",
    # impersonal passives: no one reports
    "Допускается, что цены вырастут.",
    "Предполагается, что встреча состоится в пятницу.",
    # beliefs are not reports
    "Иван Петров полагает, что дороги отремонтируют.",
    "Иван Петров уверен, что дороги отремонтируют.",
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_reader_gives_these(text, expected):
    assert rows(text, "ru") == expected


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_report_is_read_here(text):
    assert rows(text, "ru") == []


def test_a_pronoun_after_a_sentence_that_brings_in_a_role_with_its_complement_and_the_name():
    # "Министр иностранных дел России Сергей Лавров встретился …. «…», — сказал он": Сергей Лавров
    assert rows("Министр иностранных дел России Сергей Лавров встретился с Мариной Петровой. «Встреча "
                "состоится», — сказал он.", "ru") == [("сказал", "Сергей Лавров", "direct")]


def test_a_pronoun_of_the_other_gender_than_the_one_named_before_stays_unresolved():
    # "Анна Петрова встретилась …. Он сказал": she is no "он" (the verb after her name says "f")
    assert rows("Анна Петрова встретилась с министром. Он сказал, что пожар потушен.", "ru") == [
        ("сказал", "", "indirect")]
    assert rows("Иван Сидоров встретился с министром. Она сказала, что пожар потушен.", "ru") == [
        ("сказала", "", "indirect")]


def test_a_foreign_womans_first_name_that_does_not_say_its_case_is_left_as_written():
    assert rows("По словам Прити Пател, встреча состоится.", "ru") == [
        ("По словам", "Прити Пател", "according_to")]
