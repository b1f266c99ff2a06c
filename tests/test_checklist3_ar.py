"""A third Arabic checklist (issue 24, round 12, branch lang12c): the rules of the cue table and
of the phrase after a verb widened from one form to the construction — form I's active
participle (فاعل) beside the paradigm, the verbs of saying of a class (أردف as أضاف, دان as أدان,
أقر and توقع with what was said marked), an adjective of origin with the article as its definite
head has it, and the object a verb-first clause puts after a definite subject, told from an
adjective by agreement. Sentences constructed here, not taken from a corpus; each asserts every
attribution as ``(speaker, cue, kind)`` (tests/test_checklist_es.py says how)."""

from __future__ import annotations

import pandas as pd
import pytest

import framing

from .test_checklist_es import said

CASES = [
    # form I's participle after a comma speaks with the subject of the sentence
    ("وأعلن الجيش سيطرته على البلدة، لافتا إلى أن العمليات مستمرة.",
     [("الجيش", "أعلن", "indirect"), ("الجيش", "لافتا", "indirect")]),
    ("وأعلنت الوزارة عن خطة جديدة، كاشفة عن أن التمويل جاهز.",
     [("الوزارة", "أعلنت", "indirect"), ("الوزارة", "كاشفة", "indirect")]),
    ("وقال الوزير إن الحكومة مستعدة، لافتا إلى أن الحوار ممكن.",
     [("الوزير", "قال", "indirect"), ("الوزير", "لافتا", "indirect")]),
    # "a banner" (لافتة), "memory" (ذاكرة): nouns, no participle of a verb of saying
    ("ورفع المتظاهرون لافتة تحمل اسم المدينة.", []),
    # the verbs of a class: أردف "added", دان "condemned" (its imperfect يدين is أدان's), أقر "admitted"
    ("وأردف الوزير أن الحكومة ستواصل الإصلاحات.", [("الوزير", "أردف", "indirect")]),
    ("وأقر الوزير بأن الحكومة أخطأت.", [("الوزير", "أقر", "indirect")]),
    ("ويقر المسؤولون بأن الخطة تأخرت.", [("المسؤولون", "يقر", "indirect")]),
    # أقر is also "approved", أظهر "showed": only with what was said marked, the hamza written or not
    ("وأقر البرلمان القانون الجديد.", []),
    ("وأظهر المسح الأرقام الجديدة.", []),
    ("وتتوقع الحكومة أن ينمو الاقتصاد.", [("الحكومة", "تتوقع", "indirect")]),
    ("ومن المتوقع أن تستمر الأزمة.", []),
    # verb, subject, object: a definite word in the feminine or plural after a definite masculine
    # singular body or role (and its adjectives of origin) is no adjective of it but the object
    ("وفيما دان المجلس العملية التي وصفها بالإجرامية، أكد أن الحادث لن يمر.",
     [("المجلس", "دان", "indirect"), ("المجلس", "أكد", "indirect")]),
    ("وأدان المجلس العسكري العملية الإرهابية في المدينة.", [("المجلس العسكري", "أدان", "indirect")]),
    ("وانتقد الوزير الروسي التصريحات الأمريكية بشدة.", [("الوزير الروسي", "انتقد", "indirect")]),
    ("ونفى المتحدث الاتهامات التي وجهتها المعارضة.", [("المتحدث", "نفى", "indirect")]),
    # an adjective that agrees stays in the subject: a broken plural takes the feminine, a feminine
    # head the feminine, an adjective of origin the article of its head
    ("وقالت المصادر المطلعة إن الاجتماع تأجل.", [("المصادر المطلعة", "قالت", "indirect")]),
    ("وقال المتحدث الرسمي باسم الحكومة إن الاجتماع تأجل.", [("المتحدث الرسمي باسم الحكومة", "قال", "indirect")]),
    ("وأكدت القوات الروسية أن العمليات مستمرة.", [("القوات الروسية", "أكدت", "indirect")]),
    ("وأكد المجلس الأعلى للقوات المسلحة أن الانتخابات ستجري في موعدها.",
     [("المجلس الأعلى للقوات المسلحة", "أكد", "indirect")]),
    # a role's plurals: sound (ون, ات), oblique (ين) and in construct state (و, ي), and broken
    ("وقال مسؤولو الأمم المتحدة إن المساعدات لم تصل.", [("مسؤولو الأمم المتحدة", "قال", "indirect")]),
    ("وأكد ناشطو المعارضة أن القصف مستمر.", [("ناشطو المعارضة", "أكد", "indirect")]),
    ("وقالت الناشطات إن الحملة مستمرة.", [("الناشطات", "قالت", "indirect")]),
    ("وقال المتحدثون إن الاجتماع كان مثمرا.", [("المتحدثون", "قال", "indirect")]),
    ("وقال رئيس الوزراء العراقي حيدر العبادي إن القوات حررت المدينة.", [("حيدر العبادي", "قال", "indirect")]),
    ("ودعا الرئيس المواطنين إلى الهدوء.", [("الرئيس", "دعا", "indirect")]),
    # a role without the article in construct state: what it is of, to the first word with the
    # article, is no name; the name, if any, opens after it
    ("وقال مدير مستشفى الشفاء إن المستشفى يعاني من نقص.", [("مدير مستشفى الشفاء", "قال", "indirect")]),
    ("وقال مدير عام مستشفى الشفاء إن المستشفى يعاني من نقص.", [("مدير عام مستشفى الشفاء", "قال", "indirect")]),
    ("وقال أمين عام الجامعة العربية إن القمة ستعقد.", [("أمين عام الجامعة العربية", "قال", "indirect")]),
    ("وقال مدير مستشفى الشفاء محمد أبو سلمية إن المستشفى يعاني من نقص.", [("محمد أبو سلمية", "قال", "indirect")]),
    ("وقال قائد فيلق القدس قاسم سليماني إن المعركة مستمرة.", [("قاسم سليماني", "قال", "indirect")]),
    # a title after the adjective of origin opens the name; a body the lists lack keeps its adjective
    ("وقال وزير الدفاع السعودي الأمير محمد بن سلمان إن المملكة لن تتهاون.", [("محمد بن سلمان", "قال", "indirect")]),
    ("وقال التلفزيون السوري إن الجيش تقدم.", [("التلفزيون السوري", "قال", "indirect")]),
    # the object after a name without the article: with the article, after a definite role phrase
    # (not a compound given name), an oblique plural, or an indefinite accusative and its adjective
    ("وانتقد وزير الخارجية الأمريكي جون كيري الحكومة السورية.", [("جون كيري", "انتقد", "indirect")]),
    ("وقال الأمين العام لحزب الله حسن نصر الله إن المقاومة ستنتصر.", [("حسن نصر الله", "قال", "indirect")]),
    ("وقال المبعوث الأممي ستيفان دي ميستورا إن المحادثات ستستأنف.", [("ستيفان دي ميستورا", "قال", "indirect")]),
    ("التقت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا الصحفيين. وقالت المتحدثة إن موسكو لن تتراجع.",
     [("ماريا زاخاروفا", "قالت", "indirect")]),
    ("وأجرى وزير الخارجية الأمريكي جون كيري اتصالا هاتفيا مع نظيره الروسي. وقال الوزير إن الحوار ممكن.",
     [("جون كيري", "قال", "indirect")]),
    # the verbs of telling with the one told joined as a pronoun
    ("وأبلغه الوزير أن الحكومة مستعدة للحوار.", [("الوزير", "أبلغه", "indirect")]),
    ("وأخبرها المسؤول بأن الطلب رفض.", [("المسؤول", "أخبرها", "indirect")]),
    # the verbal noun بالقول after a verb of ending or keeping to: that verb's subject speaks
    ("وختم الوزير بالقول إن الحكومة مستعدة.", [("الوزير", "بالقول", "indirect")]),
    ("وقال الوزير إن الحكومة مستعدة. واكتفى بالقول إن الحوار ممكن.",
     [("الوزير", "قال", "indirect"), ("الوزير", "بالقول", "indirect")]),
    # "one of", "some of" before a definite plural: the whole phrase is the source
    ("وقال أحد السكان إن الطائرات قصفت السوق.", [("أحد السكان", "قال", "indirect")]),
    ("وقالت إحدى الناشطات إن الحملة مستمرة.", [("إحدى الناشطات", "قالت", "indirect")]),
    # a source that asked not to be named: no part of what was said
    ("وقال مسؤول رفض الكشف عن اسمه إن القرار نهائي.", [("مسؤول", "قال", "indirect")]),
    # the passive of أفاد, no one named; "by the tongue of"; the pronoun a relative's verb takes
    ("وأفيد بأن القوات انسحبت من المدينة.", [("", "أفيد", "indirect")]),
    ("وجاء على لسان الوزير أن الحكومة مستعدة.", [("الوزير", "على لسان", "according_to")]),
    ("ووفقا لما صرح به الوزير، فإن الحكومة مستعدة.", [("الوزير", "وفقا", "according_to")]),
    ("وأشارت إلى أنه وفقًا لما أبلغنا به ستكون الجلسة الرابعة هي الأخيرة.",
     [("", "أشارت", "indirect"), ("", "وفقًا", "according_to")]),
    # a noun of speech in construct state after a fronted cue: its owner spoke
    ("وبحسب تصريحات الوزير، فإن الحكومة مستعدة.", [("الوزير", "بحسب", "according_to")]),
    ("ووفقا لرواية الشهود، فإن الطائرات قصفت السوق.", [("الشهود", "وفقا", "according_to")]),
    ("وبحسب التصريحات الرسمية، فإن الحكومة مستعدة.", [("التصريحات الرسمية", "بحسب", "according_to")]),
    # the emphatic "himself" after the speaker is no part of what was said
    ("وأضاف المتحدث نفسه أن الحكومة مستعدة.", [("المتحدث", "أضاف", "indirect")]),
    # more verbs of saying: denied as نفى, expressed as أعرب; those that are also other verbs only with
    # what was said marked (كرر "repeated", علق "suspended", وعد and not يعد "is considered")
    ("وأنكر الوزير الاتهامات الموجهة إليه.", [("الوزير", "أنكر", "indirect")]),
    ("وأبدى الوزير قلقه من أن تتدهور الأوضاع.", [("الوزير", "أبدى", "indirect")]),
    ("وكرر المتحدث أن الحكومة لن تتراجع.", [("المتحدث", "كرر", "indirect")]),
    ("وكرر الجيش قصفه للمدينة.", []),
    ("وعلق الاتحاد عضوية البلاد.", []),
    ("وتعهد الرئيس بأن الحكومة ستحاسب المسؤولين.", [("الرئيس", "تعهد", "indirect")]),
    ("ووعد الوزير بأن الرواتب ستصرف قريبا.", [("الوزير", "وعد", "indirect")]),
    ("ويعد «المحروسة» أقدم يخت ملكي في العالم.", []),
    ("وأوصت اللجنة بأن تعاد الانتخابات.", [("اللجنة", "أوصت", "indirect")]),
    ("واقترح الوزير أن تشكل لجنة مستقلة.", [("الوزير", "اقترح", "indirect")]),
    ("وشرح المتحدث أن القرار اتخذ بالإجماع.", [("المتحدث", "شرح", "indirect")]),
    ("واستطرد الوزير قائلا إن الحوار هو الحل.", [("الوزير", "قائلا", "indirect")]),
    # a noun with a possessive pronoun after a definite subject is the object; a name goes on
    ("وأكد الجيش سيطرته على المدينة.", [("الجيش", "أكد", "indirect")]),
    ("وقال الرئيس نبيه بري إن الجلسة تأجلت.", [("نبيه بري", "قال", "indirect")]),
    # the imperfect negated with لا: nothing is said
    ("ولا تقول الحكومة إن الاتفاق نهائي.", []),
    # the feminine of titles before a name (a woman: الدكتورة, الأميرة, الشيخة)
    ("وقالت الدكتورة ليلى أحمد إن الوضع الصحي خطير.", [("ليلى أحمد", "قالت", "indirect")]),
    ("وقالت الشيخة موزا إن التعليم أولوية.", [("موزا", "قالت", "indirect")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_reader_gives_these_speakers(text, expected):
    assert said(text, "ar") == expected


def test_what_an_anonymous_source_said_opens_at_the_complementizer():
    text = "وقال مصدر عسكري طلب عدم ذكر اسمه إن الهجوم فشل."
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": "X", "text": [text]}), language="ar")
    assert got["content"].tolist() == ["الهجوم فشل"]


def test_the_emphatic_after_the_speaker_is_no_part_of_what_was_said():
    text = "وأضاف المتحدث نفسه أن الحكومة مستعدة."
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": "X", "text": [text]}), language="ar")
    assert got["content"].tolist() == ["الحكومة مستعدة"]
