"""A checklist of how Arabic news reports speech, second round (issue 24, branch lang11b): who the
speaker is. Constructed sentences written from the grammar and the conventions of the press, not
taken from a corpus: a definite role that points back to the person named before it, the dropped
subject of وأضاف / وتابع / وأشار over a paragraph and across a quotation (the last speaker, not
the last name), two speakers in turn, a long title in an idafa chain before the name or an
apposition after it, an institution or an agency, a source quoted to an agency (the agency the
listener), a name split by a no-break space. Each asserts every attribution as
``(speaker, cue, kind)`` (tests/test_checklist_es.py says how); ``xfail``: not yet read."""

from __future__ import annotations

import pytest

from .test_checklist_es import said, todo

CASES = [
    # a definite role, with or without its adjective of origin, is the person named with it before
    ("وصل وزير الخارجية الروسي سيرغي لافروف إلى أنقرة. وقال الوزير الروسي إن المحادثات ستكون صعبة.",
     [("سيرغي لافروف", "قال", "indirect")]),
    ("عقد المتحدث باسم الخارجية الأمريكية جون كيربي مؤتمرا صحفيا. وقال المتحدث إن واشنطن تدرس الخيارات.",
     [("جون كيربي", "قال", "indirect")]),
    # the dropped subject: the last speaker, not the person named last
    ("وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده ترفض الشروط التي طرحها جون كيري. وأضاف أن الحوار ممكن.",
     [("سيرغي لافروف", "قال", "indirect"), ("سيرغي لافروف", "أضاف", "indirect")]),
    ("وقال الرئيس التركي رجب طيب أردوغان: \"لن نسمح بإقامة دولة على حدودنا\". وتابع: \"سنرد بقوة\".",
     [("رجب طيب أردوغان", "قال", "direct"), ("رجب طيب أردوغان", "تابع", "direct")]),
    ("وأكد وزير الخارجية عادل الجبير أن المملكة تدعم الحل السياسي. وأشار إلى أن الرياض لن تتدخل.",
     [("عادل الجبير", "أكد", "indirect"), ("عادل الجبير", "أشار", "indirect")]),
    ("وقالت الممثلة العليا للاتحاد الأوروبي فيديريكا موغيريني إن الاتفاق تاريخي. وأضافت أن التطبيق يبدأ قريبا.",
     [("فيديريكا موغيريني", "قالت", "indirect"), ("فيديريكا موغيريني", "أضافت", "indirect")]),
    ("وقال لافروف في مؤتمر صحفي عقده في موسكو إن العقوبات غير قانونية.", [("لافروف", "قال", "indirect")]),
    # two speakers in turn
    ("وقال لافروف إن موسكو قدمت مقترحا. ورد كيري بأن المقترح غير كاف. وقال لافروف إن الباب مفتوح.",
     [("لافروف", "قال", "indirect"), ("كيري", "رد", "indirect"), ("لافروف", "قال", "indirect")]),
    # a long title, an idafa chain, before the name; an apposition after it
    ("وقال المندوب الروسي الدائم لدى الأمم المتحدة فيتالي تشوركين إن القرار غير متوازن.",
     [("فيتالي تشوركين", "قال", "indirect")]),
    ("وقال الأمين العام لجامعة الدول العربية نبيل العربي إن الجامعة تدعم الحوار.",
     [("نبيل العربي", "قال", "indirect")]),
    ("وقال وزير خارجية المملكة العربية السعودية عادل الجبير إن الرياض لن تتراجع.",
     [("عادل الجبير", "قال", "indirect")]),
    ("وقال جون كيري، وزير الخارجية الأمريكي، إن الاتفاق يمنع إيران من امتلاك سلاح نووي.",
     [("جون كيري", "قال", "indirect")]),
    ("وأعلن قائد عمليات الأنبار اللواء الركن قاسم المحمدي أن القوات حررت المدينة.",
     [("قاسم المحمدي", "أعلن", "indirect")]),
    ("\"القرار غير متوازن\"، قال المندوب الروسي الدائم لدى الأمم المتحدة فيتالي تشوركين.",
     [("فيتالي تشوركين", "قال", "direct")]),
    # an institution or an agency as the speaker
    ("وقال البيت الأبيض إن الرئيس سيوقع القانون.", [("البيت الأبيض", "قال", "indirect")]),
    ("وأعلن الكرملين أن بوتين سيزور القاهرة.", [("الكرملين", "أعلن", "indirect")]),
    ("وقالت الخارجية الأمريكية في بيان إن واشنطن قلقة من التصعيد.",
     [("الخارجية الأمريكية", "قالت", "indirect")]),
    ("وأعلنت وزارة الداخلية السعودية أن قوات الأمن أحبطت هجوما.",
     [("وزارة الداخلية السعودية", "أعلنت", "indirect")]),
    ("وذكرت وكالة الأنباء السعودية أن الملك سلمان استقبل وزير الخارجية الأمريكي.",
     [("وكالة الأنباء السعودية", "ذكرت", "indirect")]),
    # a source quoted to an agency or a channel: the agency is the listener
    ("وقال مصدر دبلوماسي لوكالة فرانس برس إن الاجتماع تأجل.", [("مصدر دبلوماسي", "قال", "indirect")]),
    ("وقال وزير الخارجية الإيراني محمد جواد ظريف في حديث لقناة الجزيرة إن طهران ملتزمة بالاتفاق.",
     [("محمد جواد ظريف", "قال", "indirect")]),
    ("وقال مسؤول عسكري أمريكي لشبكة سي إن إن إن الغارات ستستمر.", [("مسؤول عسكري أمريكي", "قال", "indirect")]),
    # the agency that relays someone's words, and the one it quotes
    ("ونقل التلفزيون الرسمي عن رئيس الوزراء حيدر العبادي قوله إن الحكومة ستحاسب المقصرين.",
     [("حيدر العبادي", "نقل", "indirect"), ("التلفزيون الرسمي", "نقل", "indirect")]),
    ("ونقلت وكالة الأنباء الفرنسية عن مصدر أمني قوله إن الانفجار ناجم عن سيارة مفخخة.",
     [("مصدر أمني", "نقلت", "indirect"), ("وكالة الأنباء الفرنسية", "نقلت", "indirect")]),
    # the dropped subject after a body that spoke: the body, not a person it named
    ("وذكرت وكالة الأنباء السعودية أن الملك سلمان استقبل الرئيس اليمني عبد ربه منصور هادي. وأضافت أن الجانبين "
     "بحثا الأوضاع في اليمن.",
     [("وكالة الأنباء السعودية", "ذكرت", "indirect"), ("وكالة الأنباء السعودية", "أضافت", "indirect")]),
    ("وقالت وزارة الخارجية الروسية في بيان إن لافروف بحث مع كيري الأزمة السورية. وأضافت أن الوزيرين اتفقا على "
     "مواصلة الاتصالات.",
     [("وزارة الخارجية الروسية", "قالت", "indirect"), ("وزارة الخارجية الروسية", "أضافت", "indirect")]),
    ("وقال أردوغان إن حزب العمال الكردستاني يهدد أمن تركيا. وأضاف أن العمليات ستستمر.",
     [("أردوغان", "قال", "indirect"), ("أردوغان", "أضاف", "indirect")]),
    ("وقال الوزير يوسف البنيان إن السوق الإيرانية مهمة للشركة. وأوضح أن الصادرات ستزيد.",
     [("يوسف البنيان", "قال", "indirect"), ("يوسف البنيان", "أوضح", "indirect")]),
    # the surname alone after the full name: the full name; two speakers in turn by gender
    ("وقالت المستشارة الألمانية أنغيلا ميركل إن أوروبا موحدة. وقال الرئيس الفرنسي فرانسوا هولاند إن الاتفاق "
     "ضروري. وأكدت ميركل أن برلين ستدعم اليونان.",
     [("أنغيلا ميركل", "قالت", "indirect"), ("فرانسوا هولاند", "قال", "indirect"), ("أنغيلا ميركل", "أكدت", "indirect")]),
    # a title between the role and the name; a phrase that opens the sentence
    ("وقال المتحدث باسم قوات التحالف العميد الركن أحمد عسيري إن العمليات مستمرة.",
     [("أحمد عسيري", "قال", "indirect")]),
    ("من جانبه، أكد وزير الخارجية القطري خالد العطية أن الدوحة تدعم الحوار.", [("خالد العطية", "أكد", "indirect")]),
    ("وفي السياق ذاته، قال رئيس الوزراء العراقي حيدر العبادي إن الجيش سيحرر الموصل.",
     [("حيدر العبادي", "قال", "indirect")]),
    # anonymous sources, witnesses; the outlet in marks spoken to
    ("وأكدت مصادر مطلعة لـ\"الشرق الأوسط\" أن المفاوضات متعثرة.", [("مصادر مطلعة", "أكدت", "indirect")]),
    ("وقال شهود عيان إن الطائرات قصفت السوق.", [("شهود عيان", "قال", "indirect")]),
    # a name split by a no-break space
    ("وقال وزير الخارجية السوري وليد\u00a0المعلم إن دمشق مستعدة للحوار.", [("وليد المعلم", "قال", "indirect")]),
]

#: the sentences of CASES not yet read (strict xfail), by their first words: the work list
TODO = {
}


@pytest.mark.parametrize("text, expected", [
    pytest.param(t, e, marks=[todo(r) for k, r in TODO.items() if t.startswith(k)]) for t, e in CASES])
def test_a_reader_gives_these_speakers(text, expected):
    assert said(text, "ar") == expected
