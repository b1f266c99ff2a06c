"""Arabic speakers, sixth round (issue 24, branch esra6): one test per construction of the
language, on constructed sentences that vary it."""

from __future__ import annotations

import pandas as pd

import framing

from .test_attributions_ar import rows


def test_a_document_in_construct_state_is_its_owners_word():
    # idafa: an indefinite document before a word with the article (or a body's word in
    # construct before one) is the owner's statement, report, figures
    got = rows("وأضاف بيان وزارة الخارجية أن المعركة ستتواصل. وذكر تقرير الأمم المتحدة أن الوضع خطير.")
    assert [r[1] for r in got] == ["وزارة الخارجية", "الأمم المتحدة"]
    got = rows("وارتفع التضخم، بحسب تقرير البنك المركزي.")
    assert [(r[1], r[3]) for r in got] == [("البنك المركزي", "fronted")]


def test_a_document_issued_by_a_body_is_the_bodys_word_and_so_is_the_document_after():
    got = rows("وأكد بيان صادر عن المقاومة أن قتلى سقطوا. وأفاد البيان أن الدورية كانت في طريقها إلى تعز.")
    assert [r[1] for r in got] == ["المقاومة", "المقاومة"]
    got = rows("وأكد البيان الصادر عن الوزارة أن المعركة ستتواصل.")
    assert [r[1] for r in got] == ["الوزارة"]


def test_a_document_with_a_word_of_time_or_an_adjective_has_no_owner_written():
    assert [r[1] for r in rows("وقال بيان مشترك إن الوضع خطير.")] == ["بيان مشترك"]
    assert [r[1] for r in rows("وقال بيان اليوم إن الوضع خطير.")] == ["بيان"]


def test_what_came_in_a_document_is_the_documents_word():
    # "جاء في X أن", "ورد في X أن": a document's words, its comma and its place before what it says
    got = rows("وجاء في البيان، أن الفصائل دمرت ثلاث دبابات. وورد في تقرير الأمم المتحدة أن الوضع خطير.")
    assert [(r[0], r[2]) for r in got] == [("البيان", "جاء في"), ("تقرير الأمم المتحدة", "ورد في")]
    got = rows("وجاء في بيان \"جيش الفتح\" في المنطقة الجنوبية، أنه استعاد السد. وأشار البيان إلى سقوط قتلى.")
    assert [(r[1], r[2]) for r in got] == [("جيش الفتح", "جاء في"), ("جيش الفتح", "أشار")]


def test_coming_first_is_no_report():
    assert rows("وجاء في المرتبة الأولى بين المتسابقين.") == []
    assert [r for r in rows("\"سنواصل القتال\"، وجاء في المرتبة الأولى.") if r[2] == "جاء في"] == []


def test_a_verb_with_no_subject_speaks_with_the_last_speaker_of_its_gender():
    # the last speaker's gender conflicts with the verb's: the one before of the verb's gender
    got = rows("وقالت المتحدثة باسم الخارجية ماريا زاخاروفا إن موسكو لن تتدخل. وقال وزير الخارجية سيرغي لافروف "
               "إن الحل سياسي. وأضافت أن الغرب مسؤول.")
    assert [r[1] for r in got] == ["ماريا زاخاروفا", "سيرغي لافروف", "ماريا زاخاروفا"]
    got = rows("وقال رئيس الوزراء إن الحكومة باقية. وأكدت الوزارة في بيان أن الوضع مستقر. وأضاف أن الحل سياسي.")
    assert [r[1] for r in got] == ["رئيس الوزراء", "الوزارة", "رئيس الوزراء"]


def test_the_object_joined_to_its_preposition_ends_the_subject_after_the_verb():
    # praise, welcome, demand: "رحب X بالاتفاق", "طالبت X بالإفراج عن …"
    got = rows("ورحب الاتحاد الأوروبي بالاتفاق. وطالبت منظمة العفو الدولية بالإفراج عن المعتقلين.")
    assert [(r[0], r[2], r[3]) for r in got] == [("الاتحاد الأوروبي", "رحب", "inverted"),
                                                 ("منظمة العفو الدولية", "طالبت", "inverted")]
    got = rows("وندد وزير الخارجية الفرنسي لوران فابيوس بالهجوم الإرهابي.")
    assert [r[1] for r in got] == ["لوران فابيوس"]
    assert [(r[0], r[3]) for r in rows("وأشاد بالاتفاق.")] == [("", "dropped")]


def test_the_outlet_an_unnamed_source_spoke_to_is_no_part_of_it():
    # "مصدر عسكري لـ"الأناضول"": whatever adjective stands before the mark, the outlet is the listener
    got = rows("وقال مصدر عسكري لـ\"الأناضول\" إن القصف مستمر. وأفادت مصادر محلية لـ«العربية.نت» بأن القصف مستمر.")
    assert [(r[0], r[1]) for r in got] == [("مصدر عسكري", "مصدر عسكري"), ("مصادر محلية", "مصادر محلية")]


def test_a_verb_after_a_fronted_phrase_ending_in_a_demonstrative_opens_its_clause():
    # "إلى ذلك", "بعد ذلك", "وفي غضون ذلك", "ومع ذلك": the demonstrative is the object of a
    # preposition, not the determiner of a noun (an Arabic noun after one has the article)
    got = rows("إلى ذلك قال الوزير إن أمريكا تريد التفاوض. وفي غضون ذلك أكدت الوزيرة أن الوضع خطير. "
               "ومع ذلك أشار المتحدث إلى أن المفاوضات مستمرة.")
    assert [(r[0], r[2]) for r in got] == [("الوزير", "قال"), ("الوزيرة", "أكدت"), ("المتحدث", "أشار")]
    got = rows("وقال الوزير إن أمريكا تريد التفاوض. بعد ذلك أضاف أن الوضع خطير.")
    assert [(r[1], r[3]) for r in got] == [("الوزير", "inverted"), ("الوزير", "dropped")]


def test_a_verb_whose_object_follows_a_preposition_of_its_own():
    # "أثنى على", "عبّر عن", "تحدث عن" (prep_objects): the preposition ends the subject, however
    # long; with no subject written, the speaker before speaks
    got = rows("وعبر عدد من النواب المحافظين المقربين من الحرس الثوري عن اعتراضهم على الاتفاق. "
               "من جانبه، أثنى سالم سمران، القيادي في المقاومة، على دور التحالف. "
               "وتحدثت وسائل إعلام تركية مؤيدة للأكراد عن \"مجزرة\".")
    assert [(r[0], r[2]) for r in got] == [("عدد من النواب المحافظين المقربين من الحرس الثوري", "وعبر"),
                                           ("سالم سمران", "أثنى"), ("وسائل إعلام تركية مؤيدة للأكراد", "تحدثت")]
    got = rows("وعبرت الوزارة عن قلقها. ويتحدث الوزير عن الأزمة، وأثنى على دور الجيش.")
    assert [(r[1], r[2], r[3]) for r in got] == [("الوزارة", "عبرت", "inverted"), ("الوزير", "يتحدث", "inverted"),
                                                 ("الوزير", "أثنى", "dropped")]


def test_crossing_and_happening_are_no_speech():
    # the bare "عبر" is "across"; "تحدث" with no "عن" after is "happens"; "تبين أن" "it turned out"
    assert rows("وسافر عبر الحدود إلى تركيا. الأمور تحدث كل يوم. وتبين أن الخبر صحيح.") == []
    got = rows("وبينت الوزارة أن الحادثة لن تمر.")
    assert [(r[1], r[2]) for r in got] == [("الوزارة", "بينت")]


def test_a_name_of_three_words_opened_by_given_names_is_whole():
    # a person's name of three words (the first two given names, without the article) is the
    # speaker's name in full, not its first two words
    got = rows("وقال محمد جواد ظريف إن الوضع خطير. وأكد محمد علي الحوثي أن الوضع خطير. "
               "وقال أحمد داود أوغلو إن الوضع خطير.")
    assert [r[1] for r in got] == ["محمد جواد ظريف", "محمد علي الحوثي", "أحمد داود أوغلو"]
    # a body in construct state, then the verb's object: two words
    assert [r[1] for r in rows("وشجب كتاب الأعمدة التركيز على خطط طهران.")] == ["كتاب الأعمدة"]


def test_authorities_and_media_in_construct_state_are_a_body_in_full():
    got = rows("وأعلنت سلطات إقليم كردستان العراق أن الوضع خطير. وقالت وسائل إعلام تركية إن القصف مستمر.")
    assert [r[1] for r in got] == ["سلطات إقليم كردستان العراق", "وسائل إعلام تركية"]


def test_a_press_review_focusing_on_a_topic_speaks_and_its_verbs_after_it():
    # "ركزت الصحف … على …" (with "على" after, as تطرقت إلى, عرجت على): the papers speak, and
    # the verbs with no subject after them
    got = rows("ركزت الصحف السودانية الصادرة اليوم على لقاء النائب الثاني للرئيس. وأخبرت عن تباطؤ معدل التضخم. "
               "وقالت إن تركيا شهدت أمس تصاعداً في أعمال العنف.")
    assert [(r[1], r[2], r[3]) for r in got] == [("الصحف السودانية", "ركزت", "inverted"),
                                                 ("الصحف السودانية", "أخبرت", "dropped"),
                                                 ("الصحف السودانية", "قالت", "dropped")]
    assert rows("استهدفت العملية مركزا للدرك.") == []


def test_the_dual_of_two_speakers():
    # the feminine past in تا, the masculine past in ا (forms II, IV and on), the imperfect in ان
    got = rows("وقال الوزيران إن الاتفاق مهم. السيسي وهادي يؤكدان أهمية استعادة الشرعية. "
               "وأكدت الوزيرتان أن الوضع خطير. وأشادتا بدور المملكة.")
    assert [(r[1], r[2]) for r in got] == [("الوزيران", "قال"), ("السيسي وهادي", "يؤكدان"),
                                           ("الوزيرتان", "أكدت"), ("الوزيرتان", "أشادتا")]
    assert rows("وقدم ذكرا طيبا للراحل.") == []


def test_a_bodys_owner_after_tabi_is_no_part_of_its_name():
    # "X التابعة لـY": Y owns the body X; the speaker is X, after the verb or before it
    got = rows("وقالت وكالة الأنباء التابعة لحزب الله إن الهجوم فشل.")
    assert [(r[1], r[2], r[3]) for r in got] == [("وكالة الأنباء", "قالت", "inverted")]
    got = rows("وكالة الأنباء التابعة لحزب الله قالت إن الهجوم فشل.")
    assert [(r[0], r[1], r[3]) for r in got] == [("وكالة الأنباء التابعة لحزب الله", "وكالة الأنباء", "subject")]
    got = rows("وأكدت قناة المسيرة التابعة للحوثيين أن القوات انسحبت.")
    assert [(r[1], r[2]) for r in got] == [("قناة المسيرة", "أكدت")]


def test_an_announcements_author_and_a_bodys_place():
    # "بحسب إعلان X": an announcement (documents) is its maker's word; "X في <place>": one word
    # of place after a body is part of its name, after a fronted cue too
    got = rows("وتباطأ التضخم في يوليو، بحسب إعلان الجهاز المركزي للإحصاء في السودان.")
    assert [(r[0], r[1], r[3]) for r in got] == [
        ("إعلان الجهاز المركزي للإحصاء في السودان", "الجهاز المركزي للإحصاء في السودان", "fronted")]
    got = rows("وأعلنت وزارة الداخلية في غزة أن عشرة قتلوا.")
    assert [(r[1], r[2]) for r in got] == [("وزارة الداخلية في غزة", "أعلنت")]
    got = rows("وقالت وزارة الصحة في بيان إن عشرة قتلوا.")  # a document after في: no place
    assert [(r[1], r[2]) for r in got] == [("وزارة الصحة", "قالت")]


def test_a_prep_object_in_construct_state_ends_the_subject():
    # "ورحب مجلس الأمن بجهود الحكومة": the object joined to ب without the article, the word
    # after it with one; not a name after a title or an adjective of origin
    got = rows("ورحب مجلس الأمن بجهود الحكومة اليمنية.")
    assert [(r[0], r[2], r[3]) for r in got] == [("مجلس الأمن", "رحب", "inverted")]
    got = rows("وأشاد سالم سمران بدور التحالف في اليمن.")
    assert [(r[1], r[2]) for r in got] == [("سالم سمران", "أشاد")]
    got = rows("وأشاد الرئيس السوري بشار الأسد بدور الجيش.")
    assert [(r[1], r[2]) for r in got] == [("بشار الأسد", "أشاد")]


def test_a_fronted_cue_that_makes_a_sentence_of_its_own():
    # "… . بحسب موقع ترك برس.": the cue and its source alone; what they say is the sentence before
    text = "وقدم المبعوث إلى تركيا لبحث تنفيذ الاتفاق. بحسب موقع ترك برس الإخباري."
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "outlet": "X", "text": [text]}), language="ar")
    assert got["cue"].tolist() == ["بحسب"]
    assert got["content"].tolist() == ["وقدم المبعوث إلى تركيا لبحث تنفيذ الاتفاق"]


def test_news_after_an_outlets_name_is_its_kind():
    # "موقع ترك برس الإخباري": the outlet is "موقع ترك برس", before or after the verb
    got = rows("وقال موقع ترك برس الإخباري إن المبعوث وصل.")
    assert [(r[1], r[2], r[3]) for r in got] == [("موقع ترك برس", "قال", "inverted")]
    got = rows("موقع ترك برس الإخباري قال إن المبعوث وصل.")
    assert [(r[0], r[1], r[3]) for r in got] == [("موقع ترك برس الإخباري", "موقع ترك برس", "subject")]


def test_an_affiliation_after_a_fronted_cues_source_stays_in_its_phrase():
    # "بحسب وكالة الأنباء التابعة لحزب الله، …": the phrase runs through its owner; the content follows
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "outlet": "X", "text": [
        "وقتل عشرة أشخاص، بحسب وكالة الأنباء التابعة لحزب الله."]}), language="ar")
    assert got[["speaker", "speaker_canonical"]].values.tolist() == [["وكالة الأنباء التابعة لحزب الله", "وكالة الأنباء"]]
    assert got["content"].tolist() == ["وقتل عشرة أشخاص،"]
