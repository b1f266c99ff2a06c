"""Arabic speakers, third round: one test per pattern of the language (docs/languages.md,
"Attribution in other languages"; src/framing/sources/clause_vso.py, clause_relays.py)."""

from __future__ import annotations

import pandas as pd

import framing


def rows(text: str) -> list[list]:
    """``[speaker as written, speaker_canonical, cue, rule]`` of each attribution of one Arabic text."""
    df = pd.DataFrame({"doc_id": ["d0"], "outlet": "X", "text": [text]})
    got = framing.find_attributions(df, language="ar")
    return [[s if isinstance(s, str) else "", c if isinstance(c, str) else "", cue, rule]
            for s, c, cue, rule in got[["speaker", "speaker_canonical", "cue", "rule"]].values.tolist()]


# -- relaying outlets ------------------------------------------------------------------------

def test_relaying_outlet_is_a_second_attribution_after_the_source_it_relays():
    got = rows("ونقلت \"رويترز\" عن فضل حسن قائد عملية \"التحرير\" أن قواته تمشط القاعدة. "
               "وأشار إلى أن العشرات من المتمردين قتلوا.")
    assert got == [["فضل حسن قائد عملية", "فضل حسن", "نقلت", "relayed"],
                   ["\"رويترز\"", "رويترز", "نقلت", "inverted"],
                   # a verb with no subject after them speaks with the source, not the agency
                   ["", "فضل حسن", "أشار", "dropped"]]


def test_relay_with_no_outlet_written_and_one_after_a_fronted_cue():
    assert rows("ونقلت عن مصادر محلية أن القصف استمر حتى الفجر.") == [
        ["مصادر محلية", "مصادر محلية", "نقلت", "relayed"], ["", "", "نقلت", "dropped"]]
    got = rows("وكان الملا منغنا عراقيا، طبقا لما نقلت الوكالات عما قالته الجامعة في بيانها.")
    assert [r[1:] for r in got] == [["الوكالات", "طبقا لما نقلت", "fronted"], ["الجامعة", "قالته", "relayed"]]


def test_a_relative_joined_to_a_fronted_cue_needs_a_verb_of_saying():
    got = rows("وقال الناطق باسم الوزارة إياد البزم إن التحقيق جار، حسبما ذكرت وكالة الصحافة الفلسطينية. "
               "وأشار إلى أن الأمن مستقر.")
    assert [r[1:] for r in got] == [["إياد البزم", "قال", "inverted"], ["وكالة الصحافة الفلسطينية", "حسبما", "fronted"],
                                    ["إياد البزم", "أشار", "dropped"]]
    assert rows("وتراجعت الأسعار، حسبما يبدو، بسبب الطلب.") == []


def test_fronted_source_ends_at_fa_inna():
    got = rows("وبحسب وكالة الأناضول فإن الغارات أرغمت قيادة الحزب على الانقسام.")
    assert got == [["وكالة الأناضول", "وكالة الأناضول", "بحسب", "fronted"]]


# -- a subject written before its verb ------------------------------------------------------

def test_subject_after_kana_before_its_verb():
    got = rows("وكان قائد عسكري ميداني يمني قال لبي بي سي إن القوات سيطرت على المطار. "
               "كانت تقارير إخبارية فلسطينية، قد ذكرت أن خمسة انفجارات هزت المدينة.")
    assert got == [["قائد عسكري ميداني يمني", "قائد عسكري ميداني يمني", "قال", "subject"],
                   # (reports are a body's word: the phrase with its adjectives of origin, round 14)
                   ["تقارير إخبارية فلسطينية", "تقارير إخبارية فلسطينية", "ذكرت", "subject"]]


def test_subject_after_a_complementizer_before_its_verb():
    got = rows("وقال المرصد إن تنظيم داعش أبلغ أصحاب المقاهي بوجوب إيقاف الخدمة.")
    assert [r[:2] + r[3:] for r in got] == [["المرصد", "المرصد", "inverted"], ["تنظيم داعش", "تنظيم داعش", "subject"]]


def test_indefinite_role_is_a_new_person_not_one_named_before():
    got = rows("ونقلت رويترز عن فضل حسن قائد عملية التحرير أن قواته تقدمت. وقال قائد عسكري يمني إن المطار سقط.")
    assert [r[1] for r in got] == ["فضل حسن", "رويترز", "قائد عسكري يمني"]


# -- the subject of a verb-first sentence ---------------------------------------------------

def test_participle_speaks_with_the_body_its_sentence_opened_with():
    got = rows("وتبنى حزب العمال الكردستاني الهجوم، موضحا في بيان أن عشرات الجنود قتلوا.")
    assert got == [["حزب العمال الكردستاني", "حزب العمال الكردستاني", "موضحا", "participle"]]


def test_participle_and_later_verbs_speak_with_a_speaker_named_before_who_opens_the_sentence():
    got = rows("أكد الرئيس اليمني عبد ربه منصور هادي أن الحل قريب. "
               "وذكر المتحدث باسم رئاسة الجمهورية السفير علاء يوسف أن اللقاء تناول العلاقات. "
               "واستعرض هادي آخر التطورات في اليمن مشيرا إلى التقدم في عدن. كما أكد أهمية دور مصر.")
    assert [r[1:] for r in got] == [["عبد ربه منصور هادي", "أكد", "inverted"], ["علاء يوسف", "ذكر", "inverted"],
                                    ["عبد ربه منصور هادي", "مشيرا", "participle"],
                                    ["عبد ربه منصور هادي", "أكد", "dropped"]]


def test_verb_with_no_subject_speaks_with_the_body_of_the_clause_before():
    got = rows("وتحدثت جامعة بيرمنجهام البريطانية عن المخطوطة، وقالت إنها تملكها منذ عقود.")
    # speech about a thing ("تحدثت … عن") is itself a report (tests/test_attributions_ar6.py)
    assert [r[1:] for r in got] == [["جامعة بيرمنجهام البريطانية", "تحدثت", "inverted"],
                                    ["جامعة بيرمنجهام البريطانية", "قالت", "dropped"]]


# -- no subject, no report -------------------------------------------------------------------

def test_object_joined_with_its_preposition_is_no_subject():
    got = rows("وقال وزير الداخلية اليمني عبده الحذيفي إن المطار سيفتح. وأشاد بمقاتلي المقاومة الشعبية في عدن.")
    assert [r[1:] for r in got] == [["عبده الحذيفي", "قال", "inverted"], ["عبده الحذيفي", "أشاد", "dropped"]]


def test_it_is_noted_that_is_the_narrator_and_it_is_said_has_no_speaker():
    assert rows("ومما يذكر أن عون يملك ثلاثة وزراء في الحكومة. يذكر أن الاتفاق وقع أمس.") == []
    got = rows("أعربت الملكة ماري تيودور عن حزنها لفقدان كاليه. ويقال إنها قالت وقتها: «ستجدون اسم كاليه على قلبي».")
    assert got == [["الملكة ماري تيودور", "ماري تيودور", "أعربت", "inverted"], ["", "", "يقال", "impersonal"],
                   ["إنها", "ماري تيودور", "قالت", "subject"]]


def test_verbs_of_praise_blame_and_admission_with_their_participles():
    got = rows("اعترفت قناة المسيرة بأن الغارات كانت كثيفة. وأكد يوسف البنيان أن الشركة لن تبيع أصولها، "
               "مبينًا أن الطلب قوي، ومنوهًا بأن البحث مستمر.")
    assert [r[1:] for r in got] == [["قناة المسيرة", "اعترفت", "inverted"], ["يوسف البنيان", "أكد", "inverted"],
                                    ["يوسف البنيان", "مبينًا", "participle"], ["يوسف البنيان", "منوهًا", "participle"]]


# -- bodies and their names ------------------------------------------------------------------

def test_body_named_in_full_then_in_marks_is_the_name_the_text_goes_on_to_use():
    got = rows("وأعلنت الشركة السعودية للصناعات الأساسية «سابك» عن توزيع أرباح نقدية. "
               "وأشارت الشركة إلى أن الطلب قوي. وتراجعت أرباح «سابك» في الربع الثاني.")
    assert [r[:2] for r in got] == [["الشركة السعودية للصناعات الأساسية «سابك»", "سابك"], ["الشركة", "سابك"]]
    # a short name in marks the text does not use again: the body's own name
    got = rows("وأعلنت وكالة الصحافة الفلسطينية \"صفا\" عن توقيف عناصر مشتبه بهم.")
    assert [r[1] for r in got] == ["وكالة الصحافة الفلسطينية"]


def test_definite_body_ends_at_a_word_without_the_article():
    got = rows("وأرجعت الشركة تراجع الأرباح إلى انخفاض أسعار البيع.")
    assert [r[:2] for r in got] == [["الشركة", "الشركة"]]


def test_spokesman_of_a_body_in_marks_is_the_name_set_off_by_commas():
    got = rows("وقال المتحدث باسم \"المقاومة الشعبية\"، قائد نصر، في تصريحات إن القائد فر من القاعدة.")
    assert [r[1:] for r in got] == [["نصر", "قال", "inverted"]]
    assert [r[1] for r in rows("وقال المتحدث باسم الخارجية الروسية إن الوفد وصل.")] == ["المتحدث باسم الخارجية الروسية"]


def test_fronted_source_is_read_without_the_preposition_joined_to_it():
    got = rows("وارتفعت الأسعار وفقا لوكالة رويترز. وقتل عشرة مدنيين طبقا للمرصد السوري لحقوق الإنسان.")
    assert [r[:2] for r in got] == [["لوكالة رويترز", "وكالة رويترز"],
                                    ["للمرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان"]]


def test_outlet_publishing_a_speech_is_a_second_attribution_and_a_picture_is_no_speech():
    got = rows("وقال المتحدث باسم الحركة حمزة سالم، في تصريحات نشرتها وسائل إعلام محلية إن القائد فر.")
    assert [r[1:] for r in got] == [["حمزة سالم", "قال", "inverted"], ["وسائل إعلام محلية", "نشرتها", "inverted"]]
    assert [r[2] for r in rows("وبحسب الصور التي نشرتها القنوات فإن السقف انهار. "
                               "وفي بيان نشره الأحد في أنقرة، أكد الحزب أن عشرة مدنيين قتلوا.")] == ["بحسب", "أكد"]


def test_a_name_in_marks_between_two_verbs_of_one_report_counts_as_no_word():
    got = rows("وفي مارس، صرح كريس أورمسون لصحيفة «يو إس إيه توداي» قائلا إن «صناعة السيارات أمر شاق».")
    assert [r[1:] for r in got] == [["كريس أورمسون", "صرح", "inverted"]]


def test_document_is_named_with_its_relative_clause_or_its_maker_and_found_again_by_its_head():
    got = rows("تكشف الوثائق التي حصلت عليها «الغارديان» أن الشركة ساعدت في تطوير السيارات، وفقا للوثائق. "
               "وأكد بيان صادر عن المقاومة أن الدورية دمرت. وأفاد البيان أن الدورية كانت في طريقها إلى تعز.")
    assert [r[1] for r in got] == ["الوثائق التي حصلت عليها الغارديان", "الوثائق التي حصلت عليها الغارديان",
                                   "المقاومة", "المقاومة"]  # a statement issued by a body: the body's word
    got = rows("وأظهر مسح شهري أجرته \"رويترز\" لإنتاج المنظمة أنه بلغ أكثر من 32 مليون برميل.")
    assert [r[1] for r in got] == ["مسح شهري أجرته رويترز"]


# -- listeners, relayed words, unnamed sources ------------------------------------------------

def test_outlet_spoken_to_in_marks_is_never_the_speaker():
    got = rows("وأكد الوزير أن الحل قريب. وقال لـ«الوطن» إن المفاوضات مستمرة. "
               "وقال مدير الإدارة لـ«المدينة» إن المشروع جاهز. وقال لـ«الشرق الأوسط» مصدر مطلع إن الجولة انتهت.")
    assert [r[:2] + r[3:] for r in got] == [["الوزير", "الوزير", "inverted"], ["", "الوزير", "dropped"],
                                            ["مدير الإدارة", "مدير الإدارة", "inverted"],
                                            ["مصدر مطلع", "مصدر مطلع", "inverted"]]
    # after a role, a body in marks is what the role is of
    got = rows("وأشار عبدالله البدري الأمين العام لـ \"أوبك\" إلى أن السوق متوازنة.")
    assert [r[:2] for r in got] == [["عبدالله البدري الأمين العام لـ \"أوبك\"", "عبدالله البدري"]]


def test_what_a_relayed_source_said_is_no_part_of_it_and_a_family_name_of_origin_is_a_name():
    got = rows("ونقلت وكالة الأنباء السعودية عن المتحدث الأمني اللواء منصور التركي قوله إن الخلية فككت.")
    assert [r[1:] for r in got] == [["منصور التركي", "نقلت", "relayed"], ["وكالة الأنباء السعودية", "نقلت", "inverted"]]


def test_unnamed_source_with_the_body_it_is_in_is_a_description_found_again_with_the_article():
    got = rows("قال مصدر عسكري إن الهجوم فشل. وصرح مصدر مسؤول في وزارة الخارجية بأن المملكة ترفض التدخل. "
               "وقالت مصادر في الجيش اللبناني إن الوضع هادئ. وأضافت المصادر أن العملية مستمرة.")
    assert [r[1] for r in got] == ["مصدر عسكري", "مصدر مسؤول في وزارة الخارجية", "مصادر في الجيش اللبناني",
                                   "مصادر في الجيش اللبناني"]
    # a role with more than the article is another description
    got = rows("قال مسؤول سعودي إن الاتفاق خطير. وقال المسؤول الأمريكي إن الاتفاق جيد. وأضاف المسؤول أن المفاوضات انتهت.")
    assert [r[1] for r in got] == ["مسؤول سعودي", "المسؤول الأمريكي", "المسؤول الأمريكي"]


# -- people named with their titles -----------------------------------------------------------

def test_saudi_and_military_titles_before_a_name():
    got = rows("ودعا خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز إلى الوحدة. "
               "وقال ولي العهد الأمير محمد بن نايف إن الأمن أولوية. "
               "وأكد أمير منطقة مكة المكرمة الأمير خالد الفيصل أن المشروع مهم. "
               "وقال عضو مجلس الشورى الدكتور محمد آل زلفة إن القرار صائب. "
               "وقالت الناطقة باسم الخارجية الأمريكية ماري هارف إن واشنطن قلقة.")
    assert [r[1] for r in got] == ["سلمان بن عبدالعزيز", "محمد بن نايف", "خالد الفيصل", "محمد آل زلفة", "ماري هارف"]


def test_name_between_titles_and_the_role_after_it():
    got = rows("وأكد العميد الركن أحمد عسيري المتحدث باسم قوات التحالف أن العمليات مستمرة. "
               "وقال المتحدث باسم قوات التحالف العميد أحمد عسيري إن الحوثيين تراجعوا.")
    assert [r[1] for r in got] == ["أحمد عسيري", "أحمد عسيري"]


def test_welcome_blame_and_appeal_with_their_object():
    got = rows("ورحبت وزارة الخارجية السعودية بالاتفاق النووي، وطالبت بالتزام إيران به. "
               "وقال الأمين العام للجامعة العربية نبيل العربي إن الاتفاق خطوة، وندد بالتدخل في شؤون الدول العربية. "
               "وناشد الأهالي في بيان أن تتدخل المنظمات الدولية.")
    assert [r[1:] for r in got] == [["وزارة الخارجية السعودية", "رحبت", "inverted"],
                                    ["وزارة الخارجية السعودية", "طالبت", "dropped"],
                                    ["نبيل العربي", "قال", "inverted"], ["نبيل العربي", "ندد", "dropped"],
                                    ["الأهالي", "ناشد", "inverted"]]


# -- fourth round ------------------------------------------------------------------------------

def test_a_name_set_off_by_commas_after_a_role_speaks_and_the_role_names_him_after():
    got = rows("اعتبر وزير الخارجية الإيراني، محمد جواد ظريف، أمس، أن توقيع الاتفاق كان متعلقا بتنازل الطرفين. "
               "ووصف وزير الخارجية الإيراني المفاوضات بأنها \"عملية أخذ وعطاء\".")
    assert got == [["وزير الخارجية الإيراني", "محمد جواد ظريف", "اعتبر", "inverted"],
                   ["وزير الخارجية الإيراني", "محمد جواد ظريف", "وصف", "inverted"]]


def test_a_press_reviews_verbs_and_denouncing():
    got = rows("وتطرقت إلى تنفيذ التحالف الدولي 29 ضربة جوية. وعرجت على اقتحام المستوطنين المسجد الاقصى. "
               "وشجب كتاب الأعمدة التركيز على خطط طهران النووية.")
    assert [r[2:] for r in got] == [["تطرقت", "dropped"], ["عرجت", "dropped"], ["شجب", "inverted"]]
    assert got[2][1] == "كتاب الأعمدة"
