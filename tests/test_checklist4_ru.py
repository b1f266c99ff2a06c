"""Checklist round 4 of how Russian news reports speech (issue 24, round 13): constructions read
from the dev errors' kinds and the grammar, not from any corpus text — a headline that gives the
words of someone the article quotes with a label and a colon and no verb ("Лавров: «…»"), and a
role whose complement in the genitive stands before the name with lower-case words between
("Министр иностранных дел России Сергей Лавров": the surname alone later is Сергей Лавров, not
"России Сергей Лавров"), and a subheading that quotes with no cue, the words of the speaker
quoted after it. Each asserts the cue, the speaker as resolved and whether the words are
quoted."""

from __future__ import annotations

import pytest

from .test_checklist_fr import rows

CASES = [
    # a headline's label and colon: the words of the person the article quotes by that name
    ("Лавров: «Россия не допустит повторения этого сценария»\n\nСергей Лавров заявил, что Москва ответит на "
     "санкции.", [("", "Сергей Лавров", "direct"), ("заявил", "Сергей Лавров", "indirect")]),
    ("Песков: решение пока не принято\n\nПресс-секретарь президента Дмитрий Песков сказал журналистам, что Кремль "
     "изучит документ.", [("", "Дмитрий Песков", "indirect"), ("сказал", "Дмитрий Песков", "indirect")]),
    ("Песков: «Решения нет»\n\nДмитрий Песков сказал, что Кремль изучит документ.",
     [("", "Дмитрий Песков", "direct"), ("сказал", "Дмитрий Песков", "indirect")]),
    # a label no one in the article speaks under: no report
    ("Видео: «Мы не сдадимся»\n\nСергей Лавров заявил, что Москва ответит.", [("заявил", "Сергей Лавров", "indirect")]),
    # the role's complement in the genitive before the name, lower-case words before it
    ("Министр иностранных дел России Сергей Лавров заявил, что Москва ответит на санкции. Лавров добавил, что ответ "
     "будет жестким.", [("заявил", "Сергей Лавров", "indirect"), ("добавил", "Сергей Лавров", "indirect")]),
    ("Председатель правительства Чувашии Олег Николаев заявил, что дороги отремонтируют. Николаев добавил, что "
     "денег хватит.", [("заявил", "Олег Николаев", "indirect"), ("добавил", "Олег Николаев", "indirect")]),
    ("Лавров: «Ответ будет жестким»\n\nМинистр иностранных дел России Сергей Лавров заявил, что Москва ответит на "
     "санкции.", [("", "Сергей Лавров", "direct"), ("заявил", "Сергей Лавров", "indirect")]),
    # a quoted subheading: the speaker quoted after it
    ("Город строит новые дороги.\n\n«Нам нужно больше места»\n\nГлава департамента транспорта Иван Петров заявил, "
     "что улицы слишком узкие.", [("", "Иван Петров", "direct"), ("заявил", "Иван Петров", "indirect")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_reader_gives_these(text, expected):
    assert rows(text, "ru") == expected
