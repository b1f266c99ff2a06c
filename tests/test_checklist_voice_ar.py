"""A checklist of the voice of words in marks in Arabic news (issue 24, voice): the kinds of
words an Arabic press sets in «…» or "…" without quoting anyone (titles, names of bodies,
parties, ships, brands and places, nicknames, a term kept at a distance: ما يسمى, a word used
as a word, slogans and hashtags, a name in marks after a body word or a clitic preposition:
لـ«داعش»), and short quotations of one to four words a cue stands near, which are speech.
Arabic writes no capitals: what the marks hold is read from the words around them. Sentences
written here from the typography and grammar of Arabic, not taken from any corpus; each
asserts what a reader gives each marked span: a name (the narrator's words) or a quotation.
Rows marked xfail are constructions not yet read; they name the work left."""

from __future__ import annotations

import pytest

from . import voice_checklist as vc

NAMES = [
    # titles of books, films, shows, newspapers
    "صدرت رواية «موسم الهجرة إلى الشمال» في طبعة جديدة.",
    "عرض فيلم «الرسالة» في القاهرة.",
    "قال مقدم برنامج «الاتجاه المعاكس» إن الحلقة ألغيت.",
    "وذكرت صحيفة «الشرق الأوسط» أن الاتفاق وقع.",
    "وبحسب «رويترز»، فإن الهجوم أسفر عن قتلى.",
    # operations, laws and programmes
    "بدأت عملية «عاصفة الحزم» في مارس.",
    "أقر البرلمان قانون «الجرائم الإلكترونية» أمس.",
    "أطلقت الحكومة برنامج «تكافل وكرامة» للأسر الفقيرة.",
    # organisations, parties, ships, brands, places
    "أعلن تنظيم «داعش» مسؤوليته عن الهجوم.",
    "قال الوزير إن «داعش» فقد معظم أراضيه.",
    "فاز حزب «العدالة والتنمية» في الانتخابات.",
    "رست السفينة «إيفر غيفن» في قناة السويس.",
    "سكان حي «الشيخ جراح» يواجهون التهجير.",
    # nicknames
    "قتل القيادي الملقب «أبو محمد» في غارة.",
    # a term the writer keeps at a distance
    "ما يسمى «صفقة القرن» رفضها الفلسطينيون.",
    "ما يعرف بـ«الربيع العربي» بدأ في تونس.",
    # a word used as a word
    "انتشرت كلمة «التطبيع» في الخطاب السياسي.",
    # slogans and hashtags
    "رفع المتظاهرون شعار «الشعب يريد إسقاط النظام».",
    "انتشر وسم «#أنقذوا_حي_الشيخ_جراح» على تويتر.",
    # a name in marks right after a role or body word, or after a speech verb's preposition
    "قالت وكالة «سانا» إن الانفجار وقع صباحا.",
    "وقال الوزير لصحيفة «الحياة» إن المفاوضات مستمرة.",
    "وقال الوزير في حديث مع «الحياة» إن المفاوضات مستمرة.",
    "وقال لـ\"العربية\" إن الوضع مستقر.",
    "وأضاف في تصريح لـ«سبوتنيك» أن الحوار مستمر.",
    # a name after "that" (إن، أن) in reported speech: the subject of the clause
    "أكد المتحدث أن «حزب الله» لن يتدخل.",
    "وقال إن \"حماس\" ترفض العرض.",
    "وقالت حركة «فتح» في بيان إنها ترفض القرار.",
    "وأكد أن الضربات استهدفت مواقع لـ«داعش» في الرقة.",
    "وقال إن «النصرة»، التي تسيطر على إدلب، ترفض الهدنة.",
    # a title word before the marks: a title, whatever its first word
    "عرض فيلم «تحت الشمس» في مهرجان القاهرة.",
    # straight marks typed onto the words outside them, a space inside (مقاتلي" داعش "انسحبوا):
    # a pair turned round
    "وقال إن مقاتلي\" داعش \"انسحبوا من المدينة.",
    # a noun in construct state (no article) right before the marks: they hold its complement, a
    # name of up to twelve words whatever speech is near (round 12: bodies, places, agreements,
    # pages, a body's roles; a title's accusative in ا)
    "وقال قائد «جيش المجاهدين في ريف حلب الغربي» إن المعارك مستمرة.",
    "وقالت مصادر من مخيم «اليرموك للاجئين الفلسطينيين جنوب دمشق» إن القصف مستمر.",
    "وقال إن اتفاق «وقف الأعمال العدائية في الجنوب السوري» لم ينفذ بعد.",
    "وقال مدير مستشفى «الشفاء الطبي في مدينة غزة» إن المستشفى يعاني من نقص.",
    "ووقعت الأطراف على وثيقة «إعلان المبادئ بشأن سد النهضة» في الخرطوم.",
    "وأطلق ناشطون صفحة «الثورة السورية ضد بشار الأسد» على فيسبوك.",
    "وقال الوزير إن خطة «النقاط الست التي وضعها كوفي عنان» ما زالت قائمة.",
    "وحملت الصحيفة عنوانا «الجيش يتقدم في حلب والمعارضة تنسحب».",
    # a nickname (الملقب بـ«…») and "under the name" (تحت مسمى «…»), up to twelve words
    "وقال إن القيادي الملقب بـ«أبو محمد الجولاني أمير جبهة النصرة» قتل.",
    "وانطلقت حملة تحت مسمى «معا من أجل إنقاذ أطفال سوريا من الحرب».",
    # round 13: a preposition before the marks governs them, and the speech word after the comma
    # opens a clause of its own, و or ف joined to it (no incise: «لا»، قال): the object, a name
    "وقال إن الحرب مع «داعش»، وأضاف أن النصر قريب.",
    "وأشار إلى «الحرس الثوري»، فقال إن قادته قتلوا.",
    "وأكد دعمه لـ«الجيش الحر»، وقال إن التنظيم قوي.",
    "وتحدث الوزير عن «الأونروا»، وأكد أن الأزمة كبيرة.",
    # a verb of being right before the marks: they hold its subject, whatever speech word follows
    "وكانت «سانا»، قد ذكرت أن الجيش تقدم.",
    "وباتت «جبهة النصرة»، كما قال المرصد، تسيطر على إدلب.",
    "وظلت «الأونروا»، حسب المتحدث، تعاني من العجز.",
]

NAME_GAPS: list = []

QUOTES = [
    # a short quotation a cue stands near: the speaker's words
    ("ووصف الوزير القرار بأنه «خطير».", "خطير"),
    ("«لا»، قال الوزير.", "لا"),
    ("ووصف القرار بـ«الخطأ الفادح».", "الخطأ الفادح"),
    ("وقال الرئيس: «لن نتراجع».", "لن نتراجع"),
    # a fragment opening with a preposition or a particle is no noun phrase: speech
    ("وقال إن الوضع «تحت السيطرة».", "تحت السيطرة"),
    ("وأكد أن الجيش «سوف يرد» على الهجوم.", "سوف يرد"),
    ("وأضاف أن القوات تنتشر «وفي كل مكان».", "وفي كل مكان"),
    # an adjective as predicate after "that" and its definite subject, ending the sentence
    # (أن الاتفاق «تاريخي»): speech
    ("واعتبر أن الاتفاق «تاريخي».", "تاريخي"),
    # a speech word a turned pair is typed onto
    ("وقال\" نحن هنا \"ثم غادر.", "نحن هنا"),
    # a body with the article, an indefinite source: they speak, no construct state
    ("وقال الجيش «إن القوات تقدمت في ريف حلب الغربي».", "إن القوات تقدمت في ريف حلب الغربي"),
    ("وقال مسؤول «إن القوات تقدمت في ريف حلب الغربي».", "إن القوات تقدمت في ريف حلب الغربي"),
    # the incise after a preposition's marks, no conjunction: speech; the coordinated clause after
    # marks no preposition governs: as before (a partial quotation after "إن")
    ("وحذر من «كارثة»، قال الوزير.", "كارثة"),
    ("وقال إن الوضع «صعب»، وأضاف أن الحل قريب.", "صعب"),
]

QUOTE_GAPS: list = []


@pytest.mark.parametrize("text", vc.rows(NAMES, NAME_GAPS))
def test_words_a_press_sets_in_marks_without_quoting_are_names(text):
    vc.all_names(text, "ar")


@pytest.mark.parametrize("text, words", vc.rows(QUOTES, QUOTE_GAPS))
def test_a_short_quotation_with_a_cue_near_is_speech(text, words):
    vc.one_quote(text, "ar", words)


def test_a_name_in_marks_inside_a_quotation_is_quoted():
    vc.nested_is_quoted("وقال الوزير: «نحن نقرأ \"الحياة\" كل صباح ولا نصدقها»، ثم غادر القاعة.", "ar", "الحياة", "غادر")
