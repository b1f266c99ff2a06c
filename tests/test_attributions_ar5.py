"""Arabic speakers, fifth round (issue 24, branch gold5b): a body with its place, a document
with its author joined to a preposition; sentences of the shape the dev gold reads."""

from __future__ import annotations

from .test_attributions_ar import rows


def test_a_body_with_its_place_after_it_is_named_with_the_place():
    got = rows("سبق- وكالات: أعلنت وزارة الداخلية والأمن الوطني في غزة، عن توقيف عناصر يشتبه في ضلوعهم في "
               "التفجيرات. وأكد المجلس العسكري في تعز، في بيان بثته أمس، أن الحادثة لن تمر دون عقاب.")
    assert [r[1] for r in got[:2]] == ["وزارة الداخلية والأمن الوطني في غزة", "المجلس العسكري في تعز"]


def test_a_place_is_not_a_document_nor_a_time():
    # "في بيان", "في وقت": what follows the body is how or when it spoke, not where it is
    got = rows("وأكدت الوزارة في بيان أن الحادثة لن تمر دون عقاب.")
    assert [r[1] for r in got] == ["الوزارة"]


def test_a_unions_statement_is_the_unions_word():
    got = rows("وأعلنت نقابات المعلمين في إيران عن تنظيم تظاهرة أمام البرلمان، وذكر بيان لنقابة المعلمين: بأن "
               "التجمع سيكون أمام البرلمان.")
    assert [r[1] for r in got] == ["نقابات المعلمين في إيران", "نقابة المعلمين"]
