"""Russian speakers, fifth round (issue 24, branch gold5b): a body named by a generic noun
(``framing.sources.clause_generic``), on sentences of the shape the dev gold reads."""

from __future__ import annotations

from .test_attributions_ru import rows


def test_the_press_service_of_the_agency_is_the_ministrys():
    got = rows("МОСКВА, 8 августа. /ТАСС/. Министерство экологии и природопользования Подмосковья объявило конкурс "
               "по расчистке реки. Об этом в четверг сообщает пресс-служба ведомства. \"Минэкологии объявило "
               "конкурс\", - говорится в сообщении. Также в ведомстве отметили, что в регионе расчистили восемь рек.")
    assert [r[1] for r in got] == ["пресс-служба Министерства экологии и природопользования Подмосковья"] * 2 + [
        "Министерство экологии и природопользования Подмосковья"]


def test_the_press_service_of_the_university_is_the_one_named_by_its_acronym():
    got = rows("МОСКВА, 9 августа. /ТАСС/. Ученые МГУ им. Ломоносова изучили механизмы болезни. Полученные данные "
               "позволят предложить новые способы лечения, сообщила в пятницу пресс-служба вуза.")
    assert [r[1] for r in got] == ["пресс-служба МГУ"]


def test_a_generic_noun_with_no_body_of_its_kind_before_it_stays():
    got = rows("Об этом в четверг сообщает пресс-служба ведомства.")
    assert [r[1] for r in got] == ["пресс-служба ведомства"]
