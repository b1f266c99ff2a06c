"""Russian speakers, sixth round (issue 24, branch esra6): one test per construction of the
language, on constructed sentences that vary it."""

from __future__ import annotations

from .test_attributions_ru import rows


def test_the_subject_speaks_past_a_participle_or_gerund_phrase_set_off_by_commas():
    # "X, заявивший …, отметил", "X, выступая …, отметил", "X, в свою очередь, отметил"
    for aside in ("заявивший ранее о готовности к переговорам", "выступая в Москве", "в свою очередь"):
        got = rows(f"Глава МИД Сергей Лавров, {aside}, отметил, что встреча состоится.")
        assert [(r[1], r[2], r[3]) for r in got] == [("Сергей Лавров", "отметил", "name_appositive")]
    got = rows("Министр, отвечая на вопросы журналистов, подчеркнул, что встреча состоится.")
    assert [(r[0], r[2]) for r in got] == [("Министр", "подчеркнул")]
    # a phrase of a preposition opening the sentence is no subject
    got = rows("В Москве, после долгих переговоров, заявили, что встреча состоится.")
    assert all(not r[0].startswith("В Москве") for r in got)


def test_a_fronted_cue_before_a_message_noun_gives_the_messages_author():
    # "согласно" (dative), "по сообщению", "по данным" + a message, a poll, a report in any case,
    # then its author in the genitive
    got = rows("Согласно заявлению Минобороны, число автомобилей увеличено. "
               "Число погибших, по данным доклада ООН, выросло. По сообщению агентства Интерфакс, встреча состоится. "
               "Число автомобилей, согласно опросу ВЦИОМ, увеличено.")
    assert [(r[1], r[2]) for r in got] == [("Минобороны", "Согласно"), ("ООН", "по данным"),
                                           ("агентство Интерфакс", "По сообщению"), ("ВЦИОМ", "согласно")]
    got = rows("Операция, по предварительным данным МЧС, завершена.")
    assert [(r[1], r[2]) for r in got] == [("МЧС", "по предварительным данным")]


def test_a_fronted_cue_governing_a_relative_is_a_documents_rule():
    # "указ, согласно которому …", "модель, согласно которой …": no one speaks
    assert rows("Путин подписал указ, согласно которому число автомобилей увеличено.") == []
    assert rows("Учёные построили модель, согласно которой тромбоциты погибают.") == []
    assert rows("Число автомобилей увеличено согласно закону о транспорте.") == []
