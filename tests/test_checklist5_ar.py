"""Checklist round 5 of how Arabic news reports speech (issue 24, round 14): constructions listed
from the grammar and the news register, not from any corpus text — a name opened by its particle
after a role ("الرئيس عبد الفتاح السيسي"), a verb with no subject in the plural or the dual, which
no single person said before ("وقالوا"), a definite verbal noun after the subject, which is the
verb's object and never an adjective of it ("ووصف الوزير الاتفاق بأنه …"), reports in the plural
("تقارير إعلامية"), and "استدرك". Each row asserts the cue, the speaker as resolved and whether
the words are quoted; near misses assert what must not be read."""

from __future__ import annotations

import pytest

from .test_checklist_fr import rows

CASES = [
    # a name opened by a particle (عبد، أبو) after the role and its adjective of origin
    ("وقال الرئيس عبد الفتاح السيسي إن الاتفاق جيد.", [("قال", "عبد الفتاح السيسي", "indirect")]),
    ("وقال الرئيس المصري عبد الفتاح السيسي إن الاتفاق جيد.", [("قال", "عبد الفتاح السيسي", "indirect")]),
    ("وأكد الرئيس اليمني عبد ربه منصور هادي أن الاتفاق جيد.", [("أكد", "عبد ربه منصور هادي", "indirect")]),
    ("وقال الرئيس الفلسطيني أبو مازن إن الاتفاق جيد.", [("قال", "أبو مازن", "indirect")]),
    # a verb with no subject in the plural or the dual: not the one person who spoke before
    ("وقال الوزير إن الاتفاق جيد. وقالوا إن التنفيذ سيبدأ غدا.",
     [("قال", "الوزير", "indirect"), ("قالوا", "", "indirect")]),
    ("وقال الوزير إن الاتفاق جيد. ويقولون إن التنفيذ سيبدأ غدا.",
     [("قال", "الوزير", "indirect"), ("يقولون", "", "indirect")]),
    # (a plural speaker before, people: theirs; the verb before a plural subject is singular, the
    # number is the noun's)
    ("وقال المسؤولون إن الاتفاق جيد. وأضافوا أن التنفيذ سيبدأ غدا.",
     [("قال", "المسؤولون", "indirect"), ("أضافوا", "المسؤولون", "indirect")]),
    ("وقال شهود عيان إن الانفجار وقع صباحا. وأضافوا أن النيران اشتعلت.",
     [("قال", "شهود عيان", "indirect"), ("أضافوا", "شهود عيان", "indirect")]),
    # (a singular verb goes on with the one who spoke)
    ("وقال الوزير إن الاتفاق جيد. وأضاف أن التنفيذ سيبدأ غدا.",
     [("قال", "الوزير", "indirect"), ("أضاف", "الوزير", "indirect")]),
    # a definite verbal noun of a derived form after the subject: the verb's object
    ("ووصف الوزير الاتفاق بأنه تاريخي.", [("وصف", "الوزير", "indirect")]),
    ("ووصفت الوزارة الاتفاق بأنه تاريخي.", [("وصفت", "الوزارة", "indirect")]),
    ("وأدان المجلس التفجير.", [("أدان", "المجلس", "indirect")]),
    ("واستنكر الرئيس الاعتداء على المدنيين.", [("استنكر", "الرئيس", "indirect")]),
    # (an adjective of origin or a role's adjective stays the subject's)
    ("وقال الرئيس التركي رجب طيب اردوغان إن الاتفاق جيد.", [("قال", "رجب طيب اردوغان", "indirect")]),
    ("وقال الاتحاد الأوروبي إن الاتفاق جيد.", [("قال", "الاتحاد الأوروبي", "indirect")]),
    # reports in the plural, with an adjective of the press
    ("وأشارت تقارير إعلامية إلى أن الانفجار وقع صباحا.", [("أشارت", "تقارير إعلامية", "indirect")]),
    ("وقالت مصادر إعلامية إن الانفجار وقع صباحا.", [("قالت", "مصادر إعلامية", "indirect")]),
    # the adjectives of an office's term and standing after the role: no name ("الرئيس المخلوع"), and
    # the name after them
    ("وقال الرئيس المخلوع إن الاتفاق جيد.", [("قال", "الرئيس المخلوع", "indirect")]),
    ("وقال الرئيس الانتقالي إن الاتفاق جيد.", [("قال", "الرئيس الانتقالي", "indirect")]),
    ("وقال المبعوث الأممي إن الاتفاق جيد.", [("قال", "المبعوث الأممي", "indirect")]),
    ("وقال الرئيس اليمني المخلوع علي عبدالله صالح إن الاتفاق جيد.", [("قال", "علي عبدالله صالح", "indirect")]),
    ("وقال الرئيس الراحل ياسر عرفات إن الاتفاق جيد.", [("قال", "ياسر عرفات", "indirect")]),
    # a body's own report or statement after "في", a pronoun joined: no seat of it
    ("وقالت المنظمة في تقريرها إن الانفجار وقع صباحا.", [("قالت", "المنظمة", "indirect")]),
    ("وقالت المنظمة في بيانها إن الانفجار وقع صباحا.", [("قالت", "المنظمة", "indirect")]),
    ("وأكد المجلس العسكري في تعز أن الانفجار وقع صباحا.", [("أكد", "المجلس العسكري في تعز", "indirect")]),
    # a statement "of" a body, the article's alef elided after the clitic: the body speaks
    ("وقال بيان للجيش إن الاتفاق جيد.", [("قال", "الجيش", "indirect")]),
    ("وذكر بيان للجيش السوري أن الاتفاق جيد.", [("ذكر", "الجيش السوري", "indirect")]),
    # the writer told ("لي", "لنا"): no speaker
    ("وقال لي الوزير إن الاتفاق جيد.", [("قال", "الوزير", "indirect")]),
    # a noun with a possessive pronoun after a body in construct with a definite complement: the object
    ("وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم.", [("أعلن", "تنظيم الدولة الإسلامية", "indirect")]),
    ("وأكد جيش الفتح سيطرته على المدينة.", [("أكد", "جيش الفتح", "indirect")]),
    # (after a person's role, a word ending like a possessive is a name: "عبده", "نبيه")
    ("وقال رئيس البرلمان اللبناني نبيه بري إن الاتفاق جيد.", [("قال", "نبيه بري", "indirect")]),
    ("وقال وزير الداخلية اليمني عبده الحذيفي إن المطار سيفتح.", [("قال", "عبده الحذيفي", "indirect")]),
    # roles of culture and sport, and their feminines: the name after them
    ("وقال اللاعب محمد صلاح إن الفريق جاهز.", [("قال", "محمد صلاح", "indirect")]),
    ("وقال المخرج يوسف شاهين إن الفيلم جاهز.", [("قال", "يوسف شاهين", "indirect")]),
    ("وقالت الفنانة فيروز إن الحفل جاهز.", [("قالت", "فيروز", "indirect")]),
    ("وقالت اللاعبة سارة أحمد إن الفريق جاهز.", [("قالت", "سارة أحمد", "indirect")]),
    # the verb's object, a pronoun joined, before the subject and its role: the name after the role
    ("وكتب كلماتها الشاعر كريم العراقي، مضيفا أن الأغنية جاهزة.",
     [("كتب", "كريم العراقي", "indirect"), ("مضيفا", "كريم العراقي", "indirect")]),
    # (a family name that is also a trade's word stays a name: "وليد المعلم")
    ("وقال وزير الخارجية السوري وليد المعلم إن الاتفاق جيد.", [("قال", "وليد المعلم", "indirect")]),
    # "went on, but", with what was said marked
    ("واستدرك الوزير أن الاتفاق لم ينفذ بعد.", [("استدرك", "الوزير", "indirect")]),
]

NEAR_MISSES = [
    # "استدرك" with nothing said: "made up for"
    "واستدرك الفريق الخطأ في الشوط الثاني.",
    # a belief, not a report
    "ويرى الخبراء أن الاتفاق جيد.",
]

ROWS = [
    # a statement "to" public opinion: no body's
    ("وقال بيان للرأي العام إن الاتفاق جيد.", [("قال", "بيان للرأي العام", "indirect")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_reader_gives_these(text, expected):
    assert rows(text, "ar") == expected


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_report_is_read_here(text):
    assert rows(text, "ar") == []


def test_a_role_with_no_name_after_it_keeps_its_complement():
    # what the role is of, no name: the whole phrase
    assert rows("وقال المتحدث باسم المقاومة الشعبية إن الاتفاق جيد.", "ar") == [
        ("قال", "المتحدث باسم المقاومة الشعبية", "indirect")]


@pytest.mark.parametrize("text, expected", ROWS)
def test_a_near_miss_keeps_the_phrase(text, expected):
    assert rows(text, "ar") == expected
