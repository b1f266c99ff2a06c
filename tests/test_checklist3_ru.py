"""Checklist round 3 of how Russian news reports speech (issue 24): the generality of the rules,
written from the grammar, not from any corpus — verbs of saying the cue table lacked, in both
aspects and their tenses ("объяснил" / "объясняет", "констатировал", "спросил" / "спрашивает"),
reflexive verbs of saying in the past, which have their person ("пожаловался", "призналась":
only "-тся" and "-лось" are no one's), an agency's "передает", each held to what was said where it
has another sense ("прокомментировал ситуацию", "спросил разрешения", "передает власть", a thing
that "объясняет, почему"); a short quotation before such a verb read as speech, not a name; and
the phrase that opens a sentence before a participle of saying ending at its verb ("Министр
раскритиковал решение, заявив, что …"). Each asserts every attribution as ``(speaker, cue,
kind)`` (tests/test_checklist_es.py says how)."""

from __future__ import annotations

import pytest

from .test_checklist_es import said

CASES = [
    # the verbs of explaining, stating, asking, exclaiming, complaining, in both aspects
    ("Министр объяснил, что реформа займет два года.", [("Министр", "объяснил", "indirect")]),
    ("Губернатор объясняет, что дороги отремонтируют летом.", [("Губернатор", "объясняет", "indirect")]),
    ("«Денег в бюджете нет», — объяснила министр.", [("министр", "объяснила", "direct")]),
    ("Новый механизм объясняет, почему клетки гибнут.", []),
    ("Следователь констатировал, что пожар начался ночью.", [("Следователь", "констатировал", "indirect")]),
    ("Мэр прокомментировал: «Мы разберемся».", [("Мэр", "прокомментировал", "direct")]),
    ("Мэр прокомментировал ситуацию на дорогах.", []),
    ("Адвокат настаивает на том, что его клиент невиновен.", [("Адвокат", "настаивает", "indirect")]),
    ("«Когда откроют мост?» — спросила жительница.", [("жительница", "спросила", "direct")]),
    ("Журналист спросил разрешения войти.", []),
    ("Депутат воскликнул: «Это позор!»", [("Депутат", "воскликнул", "direct")]),
    ("Тренер посетовал, что команде не хватило сил.", [("Тренер", "посетовал", "indirect")]),
    ("Посол пригрозил, что ответ будет жестким.", [("Посол", "пригрозил", "indirect")]),
    # reflexive verbs in the past have their person
    ("Пенсионерка пожаловалась, что пенсию задерживают.", [("Пенсионерка", "пожаловалась", "indirect")]),
    ("Спортсмен признался, что принимал запрещенный препарат.", [("Спортсмен", "признался", "indirect")]),
    ("Директор поделился: «Мы ждем инвестора».", [("Директор", "поделился", "direct")]),
    ("Директор поделился опытом с коллегами.", []),
    ("Ранее сообщалось, что мост закроют.", [("", "сообщалось", "indirect")]),
    # an agency's report in the present
    ("«Ситуация под контролем», — передает ТАСС.", [("ТАСС", "передает", "direct")]),
    ("Как передает ТАСС, мост закроют.", [("ТАСС", "Как передает", "according_to")]),
    ("Президент передает власть преемнику.", []),
    # a short quotation before a verb of saying in any tense is speech, not a name
    ("«Ситуация серьезная», — отмечает министр.", [("министр", "отмечает", "direct")]),
    ("«Ситуация серьезная», — написал министр.", [("министр", "написал", "direct")]),
    # the phrase that opens the sentence before a participle of saying ends at its verb
    ("Министр раскритиковал решение суда, заявив, что подаст апелляцию.", [("Министр", "заявив", "indirect")]),
    ("Губернатор выступил в Думе, подчеркнув, что бюджет сбалансирован.", [("Губернатор", "подчеркнув", "indirect")]),
    # an adverbial "со ссылкой на X" between the subject and its verb; the fronted source and the verb
    # are two reports
    ("Газета со ссылкой на свои источники пишет, что встреча отменена.",
     [("свои источники", "со ссылкой на", "according_to"), ("Газета", "пишет", "indirect")]),
    ("Издание со ссылкой на дипломатов сообщило, что визит перенесен.",
     [("дипломаты", "со ссылкой на", "according_to"), ("Издание", "сообщило", "indirect")]),
    # "говорится в <message>" with no clause: the message's author speaks; "как говорится" alone is an idiom
    ("Как говорится в сообщении министерства, мост закроют.", [("министерство", "говорится", "indirect")]),
    ("Как говорится, друзья познаются в беде.", []),
    # a surname alone in the nominative said with a verb of its gender is a person: a pronoun of that
    # gender after another speaker takes it
    ("Петрова заявила, что школа откроется. Иванов сказал, что ремонт закончен. Она добавила, что набор идет.",
     [("Петрова", "заявила", "indirect"), ("Иванов", "сказал", "indirect"), ("Петрова", "добавила", "indirect")]),
    ("Смирнова сообщила, что выборы пройдут в марте. Соколов уточнил, что бюллетени готовы. Он добавил, что явка "
     "будет высокой.",
     [("Смирнова", "сообщила", "indirect"), ("Соколов", "уточнил", "indirect"), ("Соколов", "добавил", "indirect")]),
    # a description by office for the person named before, of the verb's gender
    ("Депутат Госдумы Андрей Петров внес законопроект. Политик заявил, что документ поддержат.",
     [("Андрей Петров", "заявил", "indirect")]),
    ("Сенатор Ольга Ковалева выступила на заседании. Депутат Иван Сидоров возразил. Сенатор подчеркнула, что закон "
     "нужен.", [("Ольга Ковалева", "подчеркнула", "indirect")]),
    # the narrator's incise set off by dashes inside the marks: what was said is quoted
    ("«Мы готовы к диалогу, — подчеркнул министр. — Но уступать не будем».", [("министр", "подчеркнул", "direct")]),
    # a body's word in the genitive, dative, accusative or prepositional is a body's word
    ("По данным полиции, погибли двое.", [("полиция", "По данным", "according_to")]),
    ("По данным прокуратуры, дело возбуждено.", [("прокуратура", "По данным", "according_to")]),
    ("По информации компании, выручка выросла.", [("компания", "По информации", "according_to")]),
    ("По словам представителя организации «Врачи без границ», лагерь переполнен.",
     [("представитель организации «Врачи без границ»", "По словам", "according_to")]),
    # a phrase of a preposition headed by an adverbial's noun between an inverted verb and its subject
    ("Ситуация серьезная, заявил в интервью министр.", [("министр", "заявил", "indirect")]),
    ("«Мост откроют в мае», — написал в своем Telegram-канале губернатор.", [("губернатор", "написал", "direct")]),
    ("«Мост откроют в мае», — заявил в эфире телеканала губернатор Иван Петров.",
     [("Иван Петров", "заявил", "direct")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_reader_gives_these(text, expected):
    assert said(text, "ru") == expected
