"""Names in marks that are not quotations, by construction (issue 24, voice): a term the
writer labels "so-called", … Short sentences written here, in the manner of the
multilingual corpus; each asserts the exact words read as a name and as quoted."""

import pytest

from framing.text import analyze


def names(text, lang):
    f = analyze(text, lang)
    return [text[q.start + 1:q.end - 1].strip() for q in f.names]


def quotes(text, lang):
    f = analyze(text, lang)
    return [text[q.start + 1:q.end - 1].strip() for q in f.quotes]


# ------------------------------------------- a term labelled "so-called": the narrator's distance

@pytest.mark.parametrize("lang, text, name", [
    ("de", "Der Minister sagte, die sogenannte „Brandmauer gegen rechts in allen Ländern“ sei gefallen.",
     "Brandmauer gegen rechts in allen Ländern"),
    ("de", "Er sprach von der so genannten „Reform der Reformen für alle Bürger“.", "Reform der Reformen für alle Bürger"),
    ("de", "Sie kritisierte die angebliche „Friedensinitiative für die ganze Region“.", "Friedensinitiative für die ganze Region"),
    ("fr", "Le ministre a déclaré que la soi-disant « transition énergétique pour tous » était un échec.",
     "transition énergétique pour tous"),
    ("fr", "Il a expliqué que les prétendus « rebelles modérés » avaient fui.", "rebelles modérés"),
    ("es", "Afirmó que la supuesta \"guerra contra las drogas en todo el país\" fracasó.",
     "guerra contra las drogas en todo el país"),
    ("ru", "По его словам, так называемая «специальная военная операция на Украине и в Донбассе» продолжается.",
     "специальная военная операция на Украине и в Донбассе"),
    ("ru", "Он сказал, что т. н. «ополченцы» отступили.", "ополченцы"),
    ("ar", "وقال المتحدث إن ما يسمى «الدولة الإسلامية في العراق والشام» خسر مواقع.", "الدولة الإسلامية في العراق والشام"),
    ("ar", "وأضاف أن ما يعرف بـ«جيش الفتح في الشمال السوري» تقدم.", "جيش الفتح في الشمال السوري"),
])
def test_a_term_labelled_so_called_is_a_name(lang, text, name):
    assert names(text, lang) == [name]
    assert quotes(text, lang) == []


# ------------------------- a title of a work, a party, a word mentioned, a slogan: after its noun

@pytest.mark.parametrize("lang, text, name", [
    ("de", "Er las den Artikel „Die Letzte Generation und ihre Folgen“ in der Zeitung, sagte er.",
     "Die Letzte Generation und ihre Folgen"),
    ("de", "Die Koalition „Zukunft für alle Menschen in Europa“ trat an, erklärte der Sprecher.",
     "Zukunft für alle Menschen in Europa"),
    ("de", "Sie kritisierte das Unwort „alternativlos“ scharf.", "alternativlos"),
    ("fr", "Il a rappelé que le rapport « Une école pour tous les enfants du pays » date de 2019.",
     "Une école pour tous les enfants du pays"),
    ("fr", "Il a expliqué que le mot « crise » revient dans chaque discours.", "crise"),
    ("es", "Explicó que el informe \"Un país para todos los jóvenes del mundo\" se publicó ayer.",
     "Un país para todos los jóvenes del mundo"),
    ("es", "Dijo que la palabra \"resiliencia\" está de moda.", "resiliencia"),
    ("ru", "Он сказал, что статья «Почему мы проиграли войну за умы молодежи» вышла вчера.",
     "Почему мы проиграли войну за умы молодежи"),
    ("ru", "Он заявил, что слово «перезагрузка» не подходит.", "перезагрузка"),
    ("ar", "وقال إن مصطلح «الإرهاب العابر للحدود في المنطقة» غامض.", "الإرهاب العابر للحدود في المنطقة"),
    ("ru", "Он работал в ООО «Научно-производственное объединение по развитию технологий» до 2010 года, сказал он.",
     "Научно-производственное объединение по развитию технологий"),
    ("ru", "Сначала он сказал, что издательство «Новое литературное обозрение» закрыто.", "Новое литературное обозрение"),
])
def test_a_title_or_a_word_mentioned_after_its_noun_is_a_name(lang, text, name):
    assert names(text, lang) == [name]
    assert quotes(text, lang) == []


@pytest.mark.parametrize("lang, text, quotation", [
    ("ar", "وأشار إلى المطلب الأساسي من خلال الاتفاق \"عدم وصول إيران للقنبلة النووية\" في النهاية.",
     "عدم وصول إيران للقنبلة النووية"),
    ("ru", "По его словам, это может стать «серьезной проблемой для всей страны».",
     "серьезной проблемой для всей страны"),
])
def test_a_noun_that_holds_what_is_said_is_no_title(lang, text, quotation):
    assert quotes(text, lang) == [quotation]


# -------------------- a name followed by a relative clause whose verb says: no cue of speech

@pytest.mark.parametrize("lang, text, name", [
    ("de", "Nach Angaben des „Spiegel“, der zuerst darüber berichtete, trat er zurück.", "Spiegel"),
    ("fr", "Le « Canard enchaîné », qui affirme le contraire, persiste.", "Canard enchaîné"),
    ("es", "El diario \"Público\", que aseguró lo contrario, insiste.", "Público"),
    ("es", "Los \"chalecos\", quienes explicaron su protesta, siguen.", "chalecos"),
    ("ru", "Как сообщает «Коммерсант», который заявил об этом первым, он ушел.", "Коммерсант"),
])
def test_a_relative_clause_after_a_name_is_no_cue(lang, text, name):
    assert names(text, lang) == [name]
    assert quotes(text, lang) == []


@pytest.mark.parametrize("lang, text, quotation", [
    ("de", "„Nein“, sagte er.", "Nein"),
    ("de", "„Nein“, so der Minister.", "Nein"),
    ("fr", "« Non », a-t-il dit.", "Non"),
    ("ru", "«Нет», — сказал он.", "Нет"),
])
def test_a_cue_after_a_short_quotation_still_makes_it_speech(lang, text, quotation):
    assert quotes(text, lang) == [quotation]


# ---------------------------- OCR: a short term's closer turned round into an opening mark

def test_a_short_terms_closer_turned_round_by_ocr_closes_it():
    text = "Il a critiqué « Illico « et la TSR hier soir."
    assert names(text, "fr") == ["Illico"]
    assert quotes(text, "fr") == []
    text = "Il a critiqué « Illico « et « Temps présent » hier soir."
    assert names(text, "fr") == ["Illico", "Temps présent"]


def test_an_opening_mark_with_a_closer_left_over_in_its_sentence_still_opens():
    # «8 مارس « … «حزب الله» … »: the sentence holds a closer for it: it opens
    text = "وأكد أن المرشح فريق «8 مارس « وقام بتأمين الغطاء لمشروع «حزب الله» وإيران في لبنان»، مشيراً."
    f = analyze(text, "ar")
    assert [text[q.start:q.end] for q in f.quotes] == ["« وقام بتأمين الغطاء لمشروع «حزب الله» وإيران في لبنان»"]
    # the short one before it, its closer lost, reads as a name («8 مارس»: the March 8 alliance)
    assert [text[q.start:q.end] for q in f.names] == ["«8 مارس "]


def test_a_long_quotation_a_lost_closer_left_open_is_still_bounded_by_its_sentence():
    text = "« Nous partons. Le ministre a ensuite parlé. « Demain nous serons là. Fin."
    f = analyze(text, "fr")
    assert [text[q.start:q.end] for q in f.quotes] == ["« Nous partons.", "« Demain nous serons là."]


# ------------------- a quotation that goes on past a name nested in it, to a quotation inside it

def test_a_quotation_goes_on_past_a_nested_name_to_a_quotation_a_colon_opens():
    text = ("Il prend contact avec elle : « Je l’avais vue dans l’émission « Nouvelle Star », sur M 6, "
            "et je m’étais dit : « Waow ! Il faut que je la rencontre ». Mais rien ne se passe.")
    f = analyze(text, "fr")
    for word in ("Nouvelle", "sur", "m’étais", "Waow", "rencontre"):
        k = text.index(word)
        assert f.voice_at(k, k + len(word)) == "quoted", word
    k = text.index("Mais")
    assert f.voice_at(k, k + 4) == "narrator"


def test_a_quotation_goes_on_past_two_nested_names_in_straight_marks():
    text = ('Dijo: "La coalición "SANTANDER BUENO", se une a la candidatura del grupo "SIEMPRE SANTANDER" '
            'coalición con el partido conservador", y se fue.')
    f = analyze(text, "es")
    for word in ("SANTANDER", "une", "SIEMPRE", "conservador"):
        k = text.index(word)
        assert f.voice_at(k, k + len(word)) == "quoted", word
    k = text.index("fue")
    assert f.voice_at(k, k + 3) == "narrator"


# --------------- a name of five to eight capitalised words joined by small uncapitalised ones

@pytest.mark.parametrize("lang, text, name", [
    ("de", "Vertreter der „Allianz für Demokratie und Toleranz gegen Extremismus“ kamen, sagte sie.",
     "Allianz für Demokratie und Toleranz gegen Extremismus"),
    ("es", "Los miembros del \"Frente de Liberación Nacional de la Costa\" votaron.", "Frente de Liberación Nacional de la Costa"),
])
def test_a_long_name_of_capitalised_words_and_joiners_is_a_name(lang, text, name):
    assert names(text, lang) == [name]


@pytest.mark.parametrize("lang, text, quotation", [
    ("de", "Sie sagte, „Die Lage ist für alle sehr ernst“ in diesen Tagen.", "Die Lage ist für alle sehr ernst"),
    ("es", "Añadió que \"La guerra de los precios es un problema\" para todos.", "La guerra de los precios es un problema"),
])
def test_a_long_quotation_with_an_uncapitalised_word_of_its_own_stays_speech(lang, text, quotation):
    assert quotes(text, lang) == [quotation]


# ------------------------- a name that opens with an elided article: its capital is the word's

@pytest.mark.parametrize("text, name", [
    ("Il a déclaré à « l’Express » que tout va bien.", "l’Express"),
    ("Selon « l'Obs », il a démissionné.", "l'Obs"),
])
def test_a_name_after_an_elided_article_is_capitalised(text, name):
    assert names(text, "fr") == [name]


def test_a_fragment_after_an_elided_article_and_a_speech_word_stays_speech():
    assert quotes("Il a expliqué que « l’armée » recule.", "fr") == ["l’armée"]


# ---------------------------------------- what a call is for, quoted: the caller's word (speech)

@pytest.mark.parametrize("text, quotation", [
    ("La Chine appelle à la « retenue » après le tir.", "retenue"),
    ("La Chine a appelé vendredi à la « retenue » hier.", "retenue"),
])
def test_what_a_call_is_for_in_marks_is_speech(text, quotation):
    assert quotes(text, "fr") == [quotation]


def test_a_thing_called_so_and_a_term_later_in_a_call_stay_names():
    assert names("Un vague espace appelé « zone de vie » existait.", "fr") == ["zone de vie"]
    assert names("La Coordination appelle à assurer la réussite de ce « contre-bilan » de rentrée.", "fr") == ["contre-bilan"]


# ------------------------ a title that holds sentences, after a word that says a title follows

@pytest.mark.parametrize("lang, text, name", [
    ("de", "Das Buch mit dem Titel „Nichts ist gut. Eine Reise durch Deutschland“ erschien gestern.",
     "Nichts ist gut. Eine Reise durch Deutschland"),
    ("fr", "Il a publié un essai intitulé « Je pars. Tu restes. » chez Gallimard.", "Je pars. Tu restes."),
    ("ru", "Выставка под названием «Мы были. Мы есть. Мы будем» открылась, сообщил он.", "Мы были. Мы есть. Мы будем"),
    ("ar", "وأطلق حملة بعنوان «لا للحرب. نعم للسلام» أمس.", "لا للحرب. نعم للسلام"),
])
def test_a_title_that_holds_sentences_is_a_name(lang, text, name):
    assert names(text, lang) == [name]


def test_sentences_after_another_title_word_stay_speech():
    # die Partei names what the marks hold, but says no title follows: its words are said
    text = "Die Partei „Wir gehen. Ihr bleibt.“ ist nun Geschichte."
    assert quotes(text, "de") == ["Wir gehen. Ihr bleibt."]


# ------------------ a noun that shares a speech verb's stem is no speech word before a term

@pytest.mark.parametrize("lang, text, name", [
    ("es", "En diciembre, los \"chalecos amarillos\" volvieron a las calles.", "chalecos amarillos"),
    ("es", "Los manifestantes de los \"chalecos rojos\" marcharon ayer.", "chalecos rojos"),
    ("fr", "En soutien aux « gilets jaunes », des milliers de personnes ont marché.", "gilets jaunes"),
    ("fr", "Le lancement du « pass culture » a eu lieu hier.", "pass culture"),
])
def test_a_noun_sharing_a_speech_stem_leaves_a_term_a_name(lang, text, name):
    assert names(text, lang) == [name]


@pytest.mark.parametrize("lang, text, quotation", [
    ("es", "El ministro dijo que los \"chalecos amarillos\" protestaron.", "chalecos amarillos"),
    ("fr", "Il soutient que les « gilets jaunes » ont raison.", "gilets jaunes"),
])
def test_the_speech_verb_itself_still_makes_a_term_speech(lang, text, quotation):
    assert quotes(text, lang) == [quotation]


# ------------ a clause with its own subject pronoun after a name is no cue (the incise inverts it)

@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Dans un entretien au « Monde », il estime que la crise est grave.", "Monde"),
    ("fr", "Interrogée par « Libération », elle affirme avoir été menacée.", "Libération"),
    ("de", "Merz sagte der „Bild“, man fordere keine Neuwahl.", "Bild"),
    ("de", "Laut der „Zeit“, sie berichtet seit Wochen darüber, wächst der Druck.", "Zeit"),
    ("es", "En entrevista con \"Milenio\", el senador dijo que votará en contra.", "Milenio"),
    ("fr", "Dans un entretien au « Monde », le ministre estime que la crise est grave.", "Monde"),
])
def test_a_clause_with_its_own_subject_after_a_name_is_no_cue(lang, text, name):
    assert names(text, lang) == [name]
    assert quotes(text, lang) == []


@pytest.mark.parametrize("lang, text, quotation", [
    # the quotation opens its sentence: the words after the comma may well be its cue
    ("fr", "« Une honte », elle explique, en sortant du tribunal.", "Une honte"),
    # the incise itself, inverted, stays a cue
    ("fr", "Il faut dire « Stop », a-t-il expliqué.", "Stop"),
    ("es", "\"No votaré\", el senador dijo ayer.", "No votaré"),
])
def test_a_cue_after_a_short_quotation_stays_speech(lang, text, quotation):
    assert quotes(text, lang) == [quotation]


# --------------------- an abbreviation's or an initial's full stop ends no sentence inside a name

@pytest.mark.parametrize("lang, text, name", [
    ("de", "Der Konzern „Dr. Oetker“ meldete Gewinne.", "Dr. Oetker"),
    ("de", "Der FC „St. Pauli“ gewann am Samstag.", "St. Pauli"),
    ("ru", "Сотрудники завода «ЗИЛ им. Лихачева» вышли на забастовку.", "ЗИЛ им. Лихачева"),
    ("fr", "« J. Dupont » a signé le texte.", "J. Dupont"),
    ("es", "La serie \"Dr. House\" vuelve a la televisión.", "Dr. House"),
])
def test_an_abbreviation_inside_a_name_ends_no_sentence(lang, text, name):
    assert names(text, lang) == [name]


@pytest.mark.parametrize("lang, text, quotation", [
    # at the end of the marks the full stop may end the sentence: speech
    ("de", "„Es gibt keinen Plan B.“", "Es gibt keinen Plan B."),
    ("ru", "«Мы потеряли 5 млн.»", "Мы потеряли 5 млн."),
])
def test_a_full_stop_ending_the_marks_still_ends_a_sentence(lang, text, quotation):
    assert quotes(text, lang) == [quotation]


# ----------- a speech word, then a name in marks, then a colon: what the next marks hold is speech

@pytest.mark.parametrize("lang, text, name, quotation", [
    ("es", "El senador declaró a \"Excélsior\": \"No votaré\".", "Excélsior", "No votaré"),
    ("fr", "Il a déclaré au « Temps » : « Jamais ».", "Temps", "Jamais"),
    ("de", "Er sagte der „Bild“: „Niemals“.", "Bild", "Niemals"),
    ("ru", "Он заявил «Известиям»: «Никогда».", "Известиям", "Никогда"),
])
def test_a_name_between_the_speech_word_and_the_colon_keeps_the_quotation_speech(lang, text, name, quotation):
    assert names(text, lang) == [name]
    assert quotes(text, lang) == [quotation]


def test_a_colon_after_a_name_alone_makes_no_speech():
    # no speech word before: a heading's colon
    assert names("Le quotidien « Le Temps » : « Jamais ».", "fr") == ["Le Temps", "Jamais"]


# ------------- who reports or is interviewed, named in marks right after the words that say so

@pytest.mark.parametrize("lang, text, name", [
    ("ar", "وفي حديث مع «الحياة»، قال الوزير إن الوضع خطير.", "الحياة"),
    ("ar", "وبحسب «رويترز»، قال مصدر إن الاتفاق قريب.", "رويترز"),
    ("fr", "Selon « Le Monde », a précisé le porte-parole, la crise est grave.", "Le Monde"),
    ("fr", "Dans un entretien accordé au « Temps », a-t-il expliqué, il a tout dit.", "Temps"),
    ("de", "Im Interview mit der „Zeit“, sagte er, sei alles gesagt worden.", "Zeit"),
    ("es", "En entrevista con \"Milenio\", dijo el senador, todo está claro.", "Milenio"),
    ("ru", "Как сообщает «Интерфакс», — отметил источник, — сделка сорвалась.", "Интерфакс"),
])
def test_who_reports_or_is_interviewed_is_a_name(lang, text, name):
    assert names(text, lang) == [name]
    assert quotes(text, lang) == []


# -------------- an ellipsis cutting a name short, its sentence going on after the marks, ends none

@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Режиссер получил за свою «Дорогу на...» приз на фестивале.", "Дорогу на..."),
    ("fr", "Il a réalisé « La Route de... » en 1998.", "La Route de..."),
    ("de", "Er drehte „Auf dem Weg nach…“ im Jahr 2010.", "Auf dem Weg nach…"),
])
def test_an_ellipsis_cutting_a_name_short_is_no_sentence_end(lang, text, name):
    assert names(text, lang) == [name]


@pytest.mark.parametrize("lang, text, quotation", [
    ("ru", "«Я не знаю...» — сказал он.", "Я не знаю..."),
    ("fr", "« Je ne sais pas... », dit-il.", "Je ne sais pas..."),
    ("fr", "Il répondit « Peut-être... ». Puis il partit.", "Peut-être..."),
])
def test_an_ellipsis_before_a_cue_or_a_sentence_end_stays_speech(lang, text, quotation):
    assert quotes(text, lang) == [quotation]


# ------------- a sentence right after a speech word (no colon) is its words; a name stays a name

@pytest.mark.parametrize("lang, text, quotation", [
    ("de", "Der Minister sagte „Wir sind bereit“. Dann ging er.", "Wir sind bereit"),
    ("fr", "Le ministre a dit « Nous sommes prêts » avant de partir.", "Nous sommes prêts"),
    ("es", "El ministro dijo \"Estamos listos\" y se fue.", "Estamos listos"),
    ("ru", "Министр сказал «Мы готовы» и ушел.", "Мы готовы"),
])
def test_a_sentence_right_after_a_speech_word_is_speech(lang, text, quotation):
    assert quotes(text, lang) == [quotation]
    assert names(text, lang) == []


@pytest.mark.parametrize("lang, text, name", [
    ("de", "Das berichtete „Der Spiegel“ am Montag.", "Der Spiegel"),
    ("es", "Así lo señaló \"El Universal\" en su edición.", "El Universal"),
    ("ru", "Об этом сообщили «РИА Новости».", "РИА Новости"),
    ("ru", "Министр заявил «Известиям», что не уйдет.", "Известиям"),
    ("ar", "وذكرت «رويترز» أن القتال اشتد.", "رويترز"),
])
def test_a_name_right_after_a_speech_word_stays_a_name(lang, text, name):
    assert names(text, lang) == [name]


# ------------------- a verb that names with no linking word: a judgement is speech, a name a name

@pytest.mark.parametrize("lang, text, quotation", [
    ("de", "Brand in Berlin: Feuerwehr nennt Lage „unübersichtlich“", "unübersichtlich"),
    ("de", "Trump nannte die Anklage eine „Hexenjagd“.", "Hexenjagd"),
    ("ru", "Он назвал решение «ошибкой».", "ошибкой"),
])
def test_a_bare_naming_verb_makes_a_judgement_speech(lang, text, quotation):
    assert quotes(text, lang) == [quotation]


@pytest.mark.parametrize("lang, text, name", [
    ("de", "Er nannte seinen Sohn „Peter“.", "Peter"),
    ("de", "Die Gruppe nennt sich „Letzte Generation“.", "Letzte Generation"),
    ("ru", "Он назвал сына «Петром».", "Петром"),
    ("ru", "Группировка называет себя «исламским государством».", "исламским государством"),
])
def test_a_name_a_bare_naming_verb_gives_stays_a_name(lang, text, name):
    assert names(text, lang) == [name]


# ----------- German: one lower-case word between an article and the phrase's end is a brand name

def test_a_lower_case_word_ending_a_german_noun_phrase_is_a_name():
    text = "Der Sprecher erklärte, man prüfe die Vorwürfe der „taz“."
    assert names(text, "de") == ["taz"]
    # an adjective, a noun after it, after a speech word: the speaker's word
    text = "Er erklärte, eine „vernünftige“ Lösung sei nötig."
    assert quotes(text, "de") == ["vernünftige"]
