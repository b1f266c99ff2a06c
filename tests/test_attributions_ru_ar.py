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
    assert got == [["الجيش التركي", "الجيش التركي", "أكد", "subject"]]


def test_arabic_nationality_ends_the_subject_before_the_object():
    got = rows("ar", "ونفى الجيش التركي استهداف المدنيين. واكدت مصادر كردية مقتل عشرة مدنيين. "
                     "وقال الرئيس التركي رجب طيب اردوغان إن العملية مستمرة.")
    assert [r[:2] for r in got] == [["الجيش التركي", "الجيش التركي"], ["مصادر كردية", "مصادر كردية"],
                                    ["الرئيس التركي رجب طيب اردوغان", "رجب طيب اردوغان"]]


def test_arabic_body_with_its_name_in_marks_and_a_listener_stepped_over():
    got = rows("ar", "وقالت وكالة «رويترز» إن الإنتاج ارتفع. "
                     "وعلى حد ما ذكر عنها موقع «قناة عشتار»، هجر السكان القرية.")
    assert [r[1:] for r in got] == [["رويترز", "قالت", "inverted"], ["قناة عشتار", "على حد ما ذكر", "fronted"]]


# -- Russian -----------------------------------------------------------------------------

def test_russian_role_words_in_other_cases_and_with_a_prefix():
    got = rows("ru", "Об этом сообщила газета со ссылкой на заместителя министра Андрея Бусыгина. "
                     "Экс-министр финансов Алексей Кудрин заявил, что проект готов. "
                     "Экс-министр финансов отметил, что закон жесткий.")
    assert [r[1:] for r in got] == [
        ["газета", "сообщила", "inverted"],
        ["Андрей Бусыгин", "со ссылкой на", "fronted"],
        ["Алексей Кудрин", "заявил", "subject"],
        ["Алексей Кудрин", "отметил", "subject"],
    ]


def test_russian_surname_in_another_case_is_a_person_a_pronoun_can_name():
    got = rows("ru", "Об этом рассказал заместитель министра культуры Андрей Бусыгин. "
                     "«Это конкурсная система», — пояснил Бусыгин. Он сравнил эту систему с вузовской: «это как в вузах».")
    assert [r[1] for r in got] == ["Андрей Бусыгин", "Андрей Бусыгин", "Андрей Бусыгин"]
    got = rows("ru", "Коллегия выслушала заместителя министра Андрея Бусыгина. "
                     "«Это конкурсная система», — пояснил Бусыгин. Он сравнил эту систему с вузовской: «это как в вузах».")
    # said in the genitive before: the full name in the nominative
    assert [r[1] for r in got] == ["Андрей Бусыгин", "Андрей Бусыгин"]


def test_russian_impersonal_form_has_no_speaker():
    got = rows("ru", "«Мы готовы», — сказал министр Сергей Лавров. Ранее сообщалось, что переговоры отложены.")
    assert got == [["министр Сергей Лавров", "Сергей Лавров", "сказал", "inverted"],
                   ["", "", "сообщалось", "impersonal"]]


def test_russian_subject_before_adverbials_and_after_a_time_word():
    got = rows("ru", "Мэр Москвы Сергей Собянин открыл театр. Собянин в свою очередь подчеркнул, что площадь нужно "
                     "реконструировать. Ранее в субботу Кудрин также заявил, что закон жесткий.")
    assert [r[:2] for r in got] == [["Собянин", "Сергей Собянин"], ["Кудрин", "Кудрин"]]


def test_russian_time_after_an_inverted_verb_and_a_clause_opened_by_its_object():
    got = rows("ru", "Полученные данные позволят лечить детей, сообщила в пятницу пресс-служба вуза. "
                     "Об этом в пятницу ТАСС сообщила пресс-служба СФУ.")
    assert [r[0] for r in got] == ["пресс-служба вуза", "пресс-служба СФУ"]


def test_russian_plural_verb_said_in_a_body():
    got = rows("ru", "«Работы завершены», — сообщили в Минобороны. В Роспотребнадзоре уточнили, что воздух чист. "
                     "Также в ведомстве отметили, что реки расчищены.")
    assert [r[:2] + r[3:] for r in got] == [["Минобороны", "Минобороны", "body"],
                                          ["Роспотребнадзоре", "Роспотребнадзор", "body"],  # in the nominative
                                          ["ведомстве", "ведомство", "body"]]


def test_russian_verb_after_and_shares_the_subject_of_the_verb_before():
    got = rows("ru", "Генсек ООН Пан Ги Мун выразил удовлетворение существенным прогрессом по ряду вопросов "
                     "и призвал лидеров проявить волю. Президент России Владимир Путин заявил, что прогресс есть, "
                     "и призвал стороны к диалогу.")
    assert got == [["Генсек ООН Пан Ги Мун", "Пан Ги Мун", "выразил", "subject"],
                   ["", "Пан Ги Мун", "призвал", "dropped"],
                   ["Президент России Владимир Путин", "Владимир Путин", "заявил", "subject"],
                   ["", "Владимир Путин", "призвал", "dropped"]]


def test_russian_role_that_names_one_person_is_the_person_named_last():
    got = rows("ru", "Премьер-министр Великобритании Борис Джонсон поручил правительству упростить визы. "
                     "Об этом британский лидер сообщил в четверг. «Мы гордимся наукой», — пояснил глава правительства. "
                     "Министр внутренних дел Прити Пател заявила, что визы упростят. "
                     "«Это ключевая часть», — заметила глава МВД.")
    assert [r[1] for r in got] == ["Борис Джонсон", "Борис Джонсон", "Прити Пател", "Прити Пател"]
    # an unnamed expert, or a role said with a plural verb, is not resolved
    got = rows("ru", "Министр Сергей Лавров заявил, что переговоры идут. «Это ошибка», — сказал эксперт.")
    assert [r[1] for r in got] == ["Сергей Лавров", "эксперт"]


def test_russian_fronted_source_in_lower_case_and_a_body_with_its_name():
    got = rows("ru", "Завтрак, который, по словам диетолога, повышает настроение, важен. "
                     "«Так и есть», — отмечает агентство «Интерфакс».")
    assert [r[:2] for r in got] == [["диетолога", "диетолог"], ["агентство «Интерфакс»", "Интерфакс"]]


def test_arabic_body_by_its_head_word_is_the_body_named_before():
    got = rows("ar", "حمّلت الهيئة العامة للشباب والرياضة الكويتية مسؤولية التأجيل للاتحاد. "
                     "وأكدت الهيئة في مؤتمر صحفي أن القرار فردي. "
                     "وأعلنت الشركة السعودية للصناعات الأساسية أن الأرباح ارتفعت. وأشارت الشركة إلى أن الطلب قوي.")
    # "حمّلت … مسؤولية" (held responsible) is a report too
    assert [r[1] for r in got] == ["الهيئة العامة للشباب والرياضة الكويتية", "الهيئة العامة للشباب والرياضة الكويتية",
                                   "الشركة السعودية للصناعات الأساسية", "الشركة السعودية للصناعات الأساسية"]
    # a verb after the head is no name of it
    assert [r[1] for r in rows("ar", "الشركة تتعامل مع الموردين. وأشارت الشركة إلى أن الطلب قوي.")] == ["الشركة"]


def test_russian_participle_after_a_comma_is_a_report_of_its_own_with_the_speaker_before():
    got = rows("ru", "Заместитель министра Андрей Бусыгин выступил на коллегии. «Надо сказать, что это поддержали», "
                     "— отметил собеседник агентства, добавив, что переходный период нужен.")
    assert [r[1:] for r in got] == [["Андрей Бусыгин", "отметил", "inverted"],
                                    ["Андрей Бусыгин", "добавив", "participle"]]
    # a verb after "что" is what was said, not a second report
    got = rows("ru", "Министр Алексей Кудрин отметил, что считает этот закон слишком жестким.")
    assert [r[2] for r in got] == ["отметил"]


def test_russian_text_in_lower_case_subject_before_adverbials_with_a_sign_inside():
    filler = " второй тур выборов президента украины состоится 7 февраля." * 6  # read as lower case: 40 words or more
    got = rows("ru", "киев, 31 янв - риа новости. премьер-министр украины, кандидат в президенты юлия тимошенко "
                     "в воскресенье в прямом эфире украинского телеканала 1+1 заявила, что луценко будет работать "
                     "в ее команде." + filler + " \"нужно сначала выиграть выборы\", - сказала тимошенко.")
    assert [r[1:] for r in got] == [["юлия тимошенко", "заявила", "subject"], ["юлия тимошенко", "сказала", "inverted"]]


def test_russian_noticed_is_no_report_without_a_marked_clause_and_a_title_at_the_end_keeps_no_dot():
    got = rows("ru", "Подпись художника голландец заметил только дома. «Это ошибка», — заметила она. "
                     "Мэр Москвы Сергей Собянин открыл театр. «Мы начнем реконструкцию», - сказал мэр.")
    assert got == [["она", "", "заметила", "inverted"], ["мэр", "Сергей Собянин", "сказал", "inverted"]]


def test_russian_acronym_before_a_name_is_the_role_s():
    got = rows("ru", "«Механизм найден», — сказал профессор физического факультета МГУ Михаил Пантелеев.")
    assert [r[1] for r in got] == ["Михаил Пантелеев"]


def test_arabic_fronted_source_after_a_preposition_written_apart_and_after_what_someone_said():
    got = rows("ar", "بدأ أنصار النظام حملة ضد ابن رئيس الوزراء، وفقاً لـ”العربية نت”. "
                     "وأصبحت الجنسية غير لائقة به طبقا لما قاله الرئيس في خطابه. "
                     "ونشرت صورة له طبقا لما أراد أنصار النظام أن يوحوا به. "
                     "وستكون الجلسة الأخيرة وفقًا لما أبلغنا به.")
    assert [r[1:] for r in got] == [["العربية نت", "وفقاً", "fronted"], ["الرئيس", "طبقا", "fronted"],
                                    ["", "وفقًا", "fronted"]]


def test_arabic_pronoun_joined_before_the_verb_speaks_and_a_negated_verb_says_nothing():
    got = rows("ar", "وقال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد. لكنه دعا إيران إلى احترام الاتفاق. "
                     "ولم تعلن أي جهة مسؤوليتها عن الهجوم.")
    assert got == [["الرئيس الأمريكي باراك أوباما", "باراك أوباما", "قال", "inverted"],
                   ["لكنه", "باراك أوباما", "دعا", "subject"]]


def test_arabic_transported_is_no_report_without_its_source():
    got = rows("ar", "وبحث الاجتماع مسألة نقل الجرحى إلى المستشفيات. ونقلت وكالة الأنباء عن مصدر عسكري أن القتال مستمر.")
    # the relayed source first, the relaying agency second (test_attributions_ar.py)
    assert [r[2:] for r in got] == [["نقلت", "relayed"], ["نقلت", "inverted"]]


def test_russian_negated_verb_says_nothing():
    assert rows("ru", "Министр Сергей Лавров не заявил, что переговоры прекращены.") == []


def test_arabic_belonging_to_is_no_report():
    got = rows("ar", "استولت القوات على إقليم صغير تابع لإنجلترا. وقال الوزير إن الحوار ممكن. وتابع أن اللقاء قريب.")
    assert [r[1:] for r in got] == [["الوزير", "قال", "inverted"], ["الوزير", "تابع", "dropped"]]


def test_arabic_definite_role_is_the_person_named_with_it_without_the_article():
    got = rows("ar", "وقال وزير الخارجية السوري وليد المعلم إن الحل سياسي. واجتمع الوفد مع المسؤولين. "
                     "وأكد الوزير أن الحوار مستمر.")
    assert [r[:2] for r in got] == [["وزير الخارجية السوري وليد المعلم", "وليد المعلم"], ["الوزير", "وليد المعلم"]]


def test_arabic_plural_in_the_oblique_case_is_the_verb_s_object():
    got = rows("ar", "وقال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد. ودعا الرئيس المواطنين إلى الهدوء. "
                     "كما حذر المشرعين الأمريكيين من رفض الاتفاق. وقال الأمير الوليد بن طلال إن الاستثمار مستمر.")
    assert [r[:2] for r in got] == [["الرئيس الأمريكي باراك أوباما", "باراك أوباما"], ["الرئيس", "باراك أوباما"],
                                    ["", "باراك أوباما"], ["الأمير الوليد بن طلال", "الوليد بن طلال"]]


def test_russian_role_is_the_person_the_text_named_with_that_role():
    got = rows("ru", "Мэр Москвы Сергей Собянин открыл театр вместе с директором Дмитрием Богачевым. "
                     "«Мы начнем реконструкцию», - сказал мэр.")
    assert got == [["мэр", "Сергей Собянин", "сказал", "inverted"]]
