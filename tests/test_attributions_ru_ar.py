"""Speakers of the clause rules in Russian and Arabic: one test per pattern of the language
(docs/languages.md, "Attribution in other languages")."""

from __future__ import annotations

import pandas as pd

import framing


def rows(language: str, text: str) -> list[list]:
    """``[speaker as written, speaker_canonical, cue, rule]`` of each attribution of one text."""
    df = pd.DataFrame({"doc_id": ["d0"], "outlet": "X", "text": [text]})
    got = framing.find_attributions(df, language=language)
    return [[s if isinstance(s, str) else "", c if isinstance(c, str) else "", cue, rule]
            for s, c, cue, rule in got[["speaker", "speaker_canonical", "cue", "rule"]].values.tolist()]


# -- Arabic ------------------------------------------------------------------------------

def test_arabic_cues_are_found_with_the_hamza_left_off():
    assert rows("ar", "واكد الجيش ان الهجوم فشل. واشارت وسائل الاعلام الى ان القتال مستمر.") == [
        ["الجيش", "الجيش", "اكد", "inverted"],
        ["وسائل الاعلام", "وسائل الاعلام", "اشارت", "inverted"],
    ]


def test_arabic_lemma_form_is_masculine_so_a_dropped_subject_follows_it():
    # "لفت" ends in ت as feminines do, but it is the masculine past
    assert rows("ar", "لفت وزير العدل أشرف ريفي إلى أن الحكومة باقية. وأكد أن الحوار ممكن.") == [
        ["وزير العدل أشرف ريفي", "أشرف ريفي", "لفت", "inverted"],
        ["", "أشرف ريفي", "أكد", "dropped"],
    ]


def test_arabic_feminine_participle_speaks_with_its_sentence_and_a_past_verb_in_alef_is_no_participle():
    assert rows("ar", "وقالت الوزيرة إن الباب مفتوح، مشيرة إلى أن اللقاء قريب.") == [
        ["الوزيرة", "الوزيرة", "قالت", "inverted"],
        ["الوزيرة", "الوزيرة", "مشيرة", "participle"],
    ]
    assert [r[3] for r in rows("ar", "ودعا الوزير إلى الحوار.")] == ["inverted"]


def test_arabic_name_after_a_role_and_its_complement():
    got = rows("ar", "وأوضح نائب مدير الهيئة لشؤون الرياضة أحمد الخزعل أن الملف جاهز. "
                     "وقال نائب المدير العام للشؤون المالية جاسم الهويدي إن الموازنة معتمدة.")
    assert [r[1] for r in got] == ["أحمد الخزعل", "جاسم الهويدي"]


def test_arabic_name_opened_by_a_particle_runs_to_its_role():
    got = rows("ar", "وقال بن لو برون محلل السوق لدى أوبشنز إكسبريس إن المستثمرين يترقبون البيانات.")
    assert [r[1] for r in got] == ["بن لو برون"]


def test_arabic_role_without_the_article_governs_its_complement_and_is_no_name():
    got = rows("ar", "وقال رئيس الائتلاف محمود الأحوازي إن النضال مستمر. وأضاف رئيس الائتلاف أن الحوار ممكن.")
    assert got == [["رئيس الائتلاف محمود الأحوازي", "محمود الأحوازي", "قال", "inverted"],
                   ["رئيس الائتلاف", "محمود الأحوازي", "أضاف", "inverted"]]


def test_arabic_conjunction_joined_to_the_verb_opens_its_clause():
    got = rows("ar", "قال الوزير: «لا تراجع عن القرار». ونحن نعيّر الجميع وقال: «سنواصل العمل».")
    assert [r[1:] for r in got] == [["الوزير", "قال", "inverted"], ["الوزير", "قال", "dropped"]]


def test_arabic_topic_before_fa_is_the_subject():
    got = rows("ar", "أما الجيش التركي فأكد من جهته أنه لم يستهدف المدنيين.")
    assert got == [["الجيش التركي", "الجيش", "أكد", "subject"]]


def test_arabic_nationality_ends_the_subject_before_the_object():
    got = rows("ar", "ونفى الجيش التركي استهداف المدنيين. واكدت مصادر كردية مقتل عشرة مدنيين. "
                     "وقال الرئيس التركي رجب طيب اردوغان إن العملية مستمرة.")
    assert [r[:2] for r in got] == [["الجيش التركي", "الجيش"], ["مصادر كردية", "مصادر كردية"],
                                    ["الرئيس التركي رجب طيب اردوغان", "رجب طيب اردوغان"]]


def test_arabic_body_with_its_name_in_marks_and_a_listener_stepped_over():
    got = rows("ar", "وقالت وكالة «رويترز» إن الإنتاج ارتفع. "
                     "وعلى حد ما ذكر عنها موقع «قناة عشتار»، هجر السكان القرية.")
    assert [r[1:] for r in got] == [["رويترز", "قالت", "inverted"], ["قناة عشتار", "على حد ما ذكر", "fronted"]]
