"""A checklist of the voice of words in marks in Russian news (issue 24, voice): the kinds of
words a Russian press sets in «…» without quoting anyone (titles, names of bodies, parties,
ships, brands and places, nicknames, a term kept at a distance, a word used as a word,
slogans and hashtags, a name in marks after a body word and names nested in a name's marks:
ООО «Торговый дом «Ромашка»»), and short quotations of one to four words a cue stands near,
which are speech. Sentences written here from the typography and grammar of Russian, not
taken from any corpus; each asserts what a reader gives each marked span: a name (the
narrator's words) or a quotation. Rows marked xfail are constructions not yet read; they name
the work left."""

from __future__ import annotations

import pytest

from . import voice_checklist as vc

NAMES = [
    # titles of books, films, shows, newspapers
    "Роман «Мастер и Маргарита» экранизировали снова.",
    "Фильм «Брат» вышел в 1997 году.",
    "Ведущий программы «Время» зачитал заявление.",
    "Как сообщает «Коммерсант», сделка закрыта.",
    "По данным «Ведомостей», министр уйдет в отставку.",
    # operations, laws and programmes
    "Операция «Буря в пустыне» началась в 1991 году.",
    "Закон «Об иностранных агентах» вступил в силу.",
    "Программа «Доступная среда» продлена.",
    # organisations, parties, ships, brands, places
    "Партия «Единая Россия» набрала большинство.",
    "Крейсер «Москва» затонул в Черном море.",
    "Компания выпускает сок «Добрый».",
    "Жители поселка «Светлый» остались без воды.",
    "Он сказал, что «Исламское государство» потеряло позиции.",
    "Он работает в «Яндексе» с 2015 года.",
    # nicknames
    "Вор в законе по кличке «Япончик» был убит.",
    # a term the writer keeps at a distance
    "Так называемые «иноагенты» обязаны маркировать материалы.",
    # a word used as a word
    "Слово «перезагрузка» стало символом эпохи.",
    "Термин «спецоперация» используется в официальных документах.",
    # slogans and hashtags
    "Под лозунгом «Нет войне» прошли акции.",
    "Хештег «#ЯМыРжев» набрал популярность.",
    # a name in marks right after a role or body word
    "Агентство «Интерфакс» сообщило о взрыве.",
    "Он заявил агентству «Интерфакс», что не уйдет.",
    "Главный редактор газеты «Новая газета» получил премию.",
    # an outlet a speech verb tells to, or that tells
    "Он заявил «Известиям», что решение принято.",
    "Об этом сообщили «РИА Новости».",
    "«Известия» сообщили, что министр уйдет.",
    "Футболисты «Зенита» выиграли чемпионат, сообщил клуб.",
    # a name nested in a name's marks, the same guillemets
    "Компания ООО «Торговый дом «Ромашка»» обанкротилась.",
    "Он сказал, что АО «Концерн «Калашников»» увеличит выпуск.",
    # what one speaks of, a capitalised name: a name
    "Министр говорил о «Газпроме» и его долгах.",
    # a name at the head of its sentence, a speech incise after its comma (no dash), a verb after that
    "«Роснефть», сообщила компания, увеличила добычу.",
    "«Газпром», как сообщила компания, сократил добычу.",
    # a named case: a noun in lower case and a name in the genitive (дело Навального)
    "Песков заявил, что в Кремле не знают о «деле Навального» ничего.",
    # a capitalised adjective and a noun in lower case right after a verb of saying: its inverted
    # subject, a name (round 13)
    "Об этом сообщает «Московский комсомолец».",
    "Об этом пишет «Новая газета» со ссылкой на источники.",
    "Как сообщила «Российская газета», закон вступит в силу в мае.",
]

NAME_GAPS: list = []

QUOTES = [
    # a short quotation a cue stands near: the speaker's words
    ("Он назвал решение «ошибкой».", "ошибкой"),
    ("Министр заявил, что ситуация «под контролем».", "под контролем"),
    ("«Нет», — ответил он.", "Нет"),
    ("Он назвал происходящее «провокацией».", "провокацией"),
    ("По его словам, это «абсурд».", "абсурд"),
    # what a verb of demanding or promising asks for, in lower case: the speaker's word
    ("Он пообещал «жесткий ответ».", "жесткий ответ"),
    ("Министр призвал к «сдержанности».", "сдержанности"),
    ("Депутаты потребовали «немедленной отставки» министра.", "немедленной отставки"),
    # what one speaks of, in lower case: one's own word
    ("Министр говорил о «перезагрузке» отношений.", "перезагрузке"),
    # a word's incise with no dash, a conjunction after it: speech
    ("«Нет», сказал он, и ушел.", "Нет"),
    # a headline's speaker and a colon before marks that end the line: the speaker's words (round 13)
    ("Песков: «Решения нет»\n\nДмитрий Песков сказал, что решение не принято.", "Решения нет"),
    # after a verb of saying, a pronoun and a verb are what was said
    ("Он сказал «Мы готовы».", "Мы готовы"),
]

QUOTE_GAPS: list = []


@pytest.mark.parametrize("text", vc.rows(NAMES, NAME_GAPS))
def test_words_a_press_sets_in_marks_without_quoting_are_names(text):
    vc.all_names(text, "ru")


@pytest.mark.parametrize("text, words", vc.rows(QUOTES, QUOTE_GAPS))
def test_a_short_quotation_with_a_cue_near_is_speech(text, words):
    vc.one_quote(text, "ru", words)


def test_a_name_in_marks_inside_a_quotation_is_quoted():
    vc.nested_is_quoted("«Я каждое утро читаю „Коммерсант“ и злюсь», — сказал министр.", "ru", "Коммерсант", "министр")
