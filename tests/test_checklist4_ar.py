"""A fourth Arabic checklist (issue 24, round 13, branch lang13c): the kinds of error the dev half
counted most, each read as a construction of the language — a verb's agreement with the subject
right after it (a masculine singular verb and a feminine phrase: what was said, its subject
dropped), and a clause of time opened by a conjunction (عندما, منذ, حين) whose subject a verb
after it with none shares, and the name a role was given before, which ends at a pronoun or a
relative, and a verb of writing on a thing (كتب عليه), no report; a relative's antecedent after the Arabic comma; a participle of affiliation
(مقربة من, مؤيدة لـ) read with its source; a document's publisher ("بيان نشر على صفحة حركة …").
Sentences constructed here, not taken from a corpus; each asserts every attribution as
``(speaker, cue, kind)`` (tests/test_checklist_es.py says how)."""

from __future__ import annotations

import pytest

from .checklist import reports
from .test_checklist_es import said

CASES = [
    # a masculine singular verb and a definite feminine word, or a definite word and its definite
    # adjective in ية, right after it: no subject, which would agree (قالت الحكومة), but what was
    # said; the speaker is the one before
    ("وأكد الوزير أن الشركة تعمل في السوق. وقال السوق الإيرانية لا تحتاج إلى دراسة.",
     [("الوزير", "أكد", "indirect"), ("الوزير", "قال", "indirect")]),
    ("وقال المتحدث إن الاتفاق مهم. وأضاف الحكومة ستعمل على تنفيذه.",
     [("المتحدث", "قال", "indirect"), ("المتحدث", "أضاف", "indirect")]),
    ("وأوضح المدير أن المصنع جاهز. ويقول الشركة الوطنية لن تتأخر في التسليم.",
     [("المدير", "أوضح", "indirect"), ("المدير", "يقول", "indirect")]),
    # the feminine verb, a masculine head and its adjective of origin, the masculine nouns and
    # broken plurals in ة: the subject, as before
    ("وقالت الحكومة إن القوات تقدمت.", [("الحكومة", "قالت", "indirect")]),
    ("وقال المجلس العسكري إن القوات تقدمت.", [("المجلس العسكري", "قال", "indirect")]),
    ("وقال القادة إن الحرب انتهت.", [("القادة", "قال", "indirect")]),
    ("وقال الخليفة إن الحرب انتهت.", [("الخليفة", "قال", "indirect")]),
    # a clause of time or circumstance opened by a conjunction, its verb first: a verb of saying
    # with no subject after it speaks with that clause's subject (a body, a role)
    ("وعندما زار الرئيس المدينة، أكد أن الأمن مستتب.", [("الرئيس", "أكد", "indirect")]),
    ("وحين وصل المبعوث إلى دمشق، قال إن الحل سياسي.", [("المبعوث", "قال", "indirect")]),
    ("ومنذ تحدثت عنها الجامعة، قالت إن المخطوطة قديمة.", [("الجامعة", "قالت", "indirect")]),
    ("وبينما زارت الوزارة المخيم، أعلنت أن المساعدات وصلت.", [("الوزارة", "أعلنت", "indirect")]),
    # that clause's object, a definite word after its definite subject and no adjective of it, is
    # no part of the subject (an adjective of relation in ي is: "المجلس العسكري")
    ("وفيما زار الوزير المخيم، أعلن أن المساعدات وصلت.", [("الوزير", "أعلن", "indirect")]),
    ("واستقبل الرئيس الوفد، وأكد أن العلاقات قوية.", [("الرئيس", "أكد", "indirect")]),
    ("وعقد المجلس العسكري اجتماعا، وأكد أن القوات مستعدة.", [("المجلس العسكري", "أكد", "indirect")]),
    # the name a role was given before ends at a pronoun ("و" joined or not) or a relative, which
    # open a clause of their own: no name after the role there, the role stays a role
    ("وظهر نجل رئيس الحكومة وهو يقود سيارة فارهة. وقال الرئيس إن الصورة قديمة.",
     [("الرئيس", "قال", "indirect")]),
    ("ونشرت الصحف خطاب الرئيس الذي منح العفو لكل المعتقلين. وقال الرئيس إن العفو شامل.",
     [("الرئيس", "قال", "indirect")]),
    ("والتقى الرئيس السوري بشار الأسد وفدا روسيا. وقال الرئيس إن العلاقات قوية.",
     [("بشار الأسد", "قال", "indirect")]),
    # a verb of writing followed at once by على and a joined pronoun: written on a thing, read
    # passive, no report; what someone wrote stays one
    ("ورفع المتظاهرون لافتة كبيرة كتب عليها «ارحل».", []),
    ("ووضع الحراس على الباب لوحا خشبيا كتب عليه «ممنوع الدخول».", []),
    ("وأعاد الجنود الصندوق الذي كتبت عليه أسماء القتلى.", []),
    ("وكتب الوزير على حسابه أن الاتفاق تاريخي.", [("الوزير", "كتب", "indirect")]),
    # a relative after the Arabic comma: its antecedent is the phrase before the comma, past the
    # verb that opens the clause and the subject before the object
    ("واستقبل الملك الوزير، الذي أكد أن العلاقات قوية.", [("الوزير", "أكد", "indirect")]),
    ("والتقى الرئيس جون كيربي، الذي قال إن الحرب طويلة.", [("جون كيربي", "قال", "indirect")]),
    ("وشارك في المؤتمر المتحدث باسم الجيش، الذي أكد أن القوات مستعدة.",
     [("المتحدث باسم الجيش", "أكد", "indirect")]),
    ("واستقبل الملك الوزيرة، والتي أكدت أن العلاقات قوية.", [("الوزيرة", "أكدت", "indirect")]),
    # a relative with "و" joined after a description set off by a comma: the person described
    ("وينبغي على جوناثان مونرو، كبير المديرين في الهيئة والذي أعلن على تويتر عن تعيين لورا، أن يدرك المخاطر.",
     [("جوناثان مونرو", "أعلن", "indirect")]),
    ("وقال الوزير إن جون كيربي، الذي أكد أن الحرب طويلة، سيزور المنطقة.",
     [("الوزير", "قال", "indirect"), ("جون كيربي", "أكد", "indirect")]),
    # a participle of affiliation agreeing with the source, its preposition and a body: part of
    # the speaker's phrase, in every number and gender, the preposition apart or joined
    ("وقالت مصادر مقربة من الرئاسة إن الاتفاق وشيك.", [("مصادر مقربة من الرئاسة", "قالت", "indirect")]),
    ("وقال مسؤولون مقربون من الحكومة إن الاتفاق وشيك.",
     [("مسؤولون مقربون من الحكومة", "قال", "indirect")]),
    ("وقالت وسائل إعلام تركية مؤيدة للأكراد إن القتلى تسعة.",
     [("وسائل إعلام تركية مؤيدة للأكراد", "قالت", "indirect")]),
    ("وأكدت صحف معارضة للحكومة أن الاتفاق وشيك.", [("صحف معارضة للحكومة", "أكدت", "indirect")]),
    # a document's participle or passive of issuing or publishing, its preposition and a body (a
    # body's page or site): the body is the author, who speaks; a movement's name in marks
    ("وقتل عشرة جنود، حسب بيان نشر على صفحة حركة «نور الدين الزنكي» الجمعة.",
     [("حركة نور الدين الزنكي", "حسب", "according_to")]),
    ("وقتل عشرة جنود، حسب بيان صادر عن حركة أحرار الشام.", [("حركة أحرار الشام", "حسب", "according_to")]),
    ("وأكد بيان نشر على موقع الحركة أن الهجوم فشل.", [("الحركة", "أكد", "indirect")]),
    # a document's author named by the head word alone is the body the text named last, nearest,
    # with that word opening it, with its place (a noun of place in construct: "في محافظة إب")
    ("ونفذت المقاومة الشعبية في محافظة مأرب، وسط اليمن، عملية. ونفذت المقاومة الشعبية في محافظة إب، "
     "وسط اليمن، عمليتين. وأكد بيان صادر عن المقاومة أن القتلى عشرة.",
     [("المقاومة الشعبية في محافظة إب", "أكد", "indirect")]),
    # a body's office of a role and the holder's full name: six words, all of them the body's
    ("غير أن مكتب رئيس الوزراء محمد علي الحسيني أكد في بيان أن الزيارة ألغيت.",
     [("مكتب رئيس الوزراء محمد علي الحسيني", "أكد", "indirect")]),
    # a seat's place after a body's name in a role's phrase opens no name: the description speaks
    ("وقال مسؤول مكتب الحركة الإسلامية في درعا إن السد مهم.",
     [("مسؤول مكتب الحركة الإسلامية في درعا", "قال", "indirect")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_reader_gives_these_speakers(text, expected):
    assert said(text, "ar") == expected


def test_a_bodys_place_says_where_it_is_not_what_it_is():
    """The category of a body named with its place is read from the words before the place's
    preposition: "في محافظة إب" (a governorate) makes the resistance no government."""
    text = "ونفذت المقاومة الشعبية في محافظة إب، وسط اليمن، عمليتين. وأكد بيان صادر عن المقاومة أن القتلى عشرة."
    got = reports(text, "ar", ("speaker_canonical", "speaker_category"))
    assert got == [("المقاومة الشعبية في محافظة إب", "unclassified")]
