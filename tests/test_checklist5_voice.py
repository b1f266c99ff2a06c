"""A checklist of the voice of words in marks, round 5 (issue 24, voice): constructions of
French, German, Spanish, Russian and Arabic news writing that carry to text the gold has not
seen. Sentences written here from the grammar and typography of each language, not taken
from any corpus; each asserts every marked span of the sentence, in order, with what a reader
gives it: a name (the narrator's words) or a quotation.

- A verb of judging, denouncing, warning or promising and an indefinite article right before
  the marks (a dénoncé une « trahison », denunció un «fraude», осудил «варварское нападение»,
  warnte vor einer „Spaltung“): a partial quotation, the judge's words (gold/README.md:
  speech is "a partial quotation"); with a definite article or a capital, the marks keep a
  name or a term (dénonce le recours aux « commissions spéciales », denunció el «caso Koldo»).
- German reported speech (Konjunktiv I) and an indefinite article right before the marks (sei
  eine „Fehlbesetzung“): the reported speaker's word; Arabic marks right after a relative
  pronoun or "that he" (الذي «يتحمل …», أنه «يستحق …»): a clause, speech.
- A short quotation that opens its sentence, a comma and a verb of reacting or opining after it
  (« C'est une honte », a réagi le maire; «Es una vergüenza», reaccionó el alcalde; „Das wird
  teuer“, fürchtet ein Experte; «Это позор», — возмутился мэр; "هذا عار"، علق الوزير): speech.
- Genus nouns of cases, trials, votes, storms (l'affaire « des emplois fictifs », el caso «de
  los ERE», die Affäre „um die Maskendeals“, дело «о госизмене»): what the marks hold is a name.
- A title that asks (bei „Wer wird Millionär?“ gewann er): a name, where an article or a
  preposition leads up to it and the sentence goes on after it.
- A quotation that opens a headline, a colon or a spaced dash after it, a pronoun, a negation
  or a verb its first word (« Nous sommes en guerre » : Macron …): speech with no cue.
- Arabic typed with the curly pair mirrored (”سانا“): the document's own pairing settles
  which mark opens; a closer a document writes on both sides, none of its mates in it (”سانا”,
  » Le Temps », “Wir“), opens and closes in turn."""

from __future__ import annotations

import pytest

from . import voice_checklist as vc

N, Q = "name", "quote"

JUDGED = [
    # French: the object of a verb of judging, an indefinite article (or a day) between
    ("fr", "Le ministre a dénoncé une « trahison ».", [("trahison", Q)]),
    ("fr", "Le président a évoqué un « moment historique ».", [("moment historique", Q)]),
    ("fr", "Le syndicat parle d'une « provocation ».", [("provocation", Q)]),
    ("fr", "Le ministre a fustigé lundi une « faute grave ».", [("faute grave", Q)]),
    ("fr", "Le préfet a condamné des « violences inacceptables ».", [("violences inacceptables", Q)]),
    ("fr", "Le président a promis une « réponse ferme ».", [("réponse ferme", Q)]),
    ("fr", "Il dénonce « une dérive autoritaire ».", [("une dérive autoritaire", Q)]),
    ("fr", "Elle a salué un « accord historique » avec Berne.", [("accord historique", Q)]),
    ("fr", "Il a exprimé sa « colère ».", [("colère", Q)]),
    ("fr", "Le président a fait part de sa « profonde tristesse ».", [("profonde tristesse", Q)]),
    # Spanish
    ("es", "La oposición denunció un «fraude».", [("fraude", Q)]),
    ("es", "La ministra criticó una «falta de respeto».", [("falta de respeto", Q)]),
    ("es", "El presidente celebró un «acuerdo histórico».", [("acuerdo histórico", Q)]),
    ("es", "El ministro advirtió de una «respuesta contundente».", [("respuesta contundente", Q)]),
    ("es", "El juez consideró \"improcedente\" la demanda.", [("improcedente", Q)]),
    # Russian: no article; the object right after the verb, not capitalised
    ("ru", "Он осудил «варварское нападение».", [("варварское нападение", Q)]),
    ("ru", "Он раскритиковал «безответственные действия» Киева.", [("безответственные действия", Q)]),
    ("ru", "Министр приветствовал «конструктивный подход» сторон.", [("конструктивный подход", Q)]),
    # German: warning of, reproaching with, announcing
    ("de", "Der Kanzler warnte vor einer „Spaltung der Gesellschaft“.", [("Spaltung der Gesellschaft", Q)]),
    ("de", "Er warf der Regierung »Versagen« vor.", [("Versagen", Q)]),
    ("de", "Er kündigte „harte Konsequenzen“ an.", [("harte Konsequenzen", Q)]),
    # German reported speech (Konjunktiv I) and an indefinite article: what the one reported calls it
    ("de", "Klöckner sei als Präsidentin eine „Fehlbesetzung“.", [("Fehlbesetzung", Q)]),
    ("de", "Das sei ein „Schlag ins Gesicht“, sagte er.", [("Schlag ins Gesicht", Q)]),
]

CLAUSES = [
    # Arabic: a relative pronoun or "that he" right before the marks: they hold a clause, speech
    ("ar", "تعاطف مع أبيه الذي “يتحمل مشقات العمل” كل يوم.", [("يتحمل مشقات العمل", Q)]),
    ("ar", "وضعوا صورته بقصد أنه “يستحق الجنسية السورية” اليوم.", [("يستحق الجنسية السورية", Q)]),
    ("ar", "بحثا عن المئات الذين \"لاذوا بالفرار\".", [("لاذوا بالفرار", Q)]),
    # not "from": a name
    ("ar", "انشق عشرات المقاتلين من \"داعش\" أمس.", [("داعش", N)]),
]

NOT_JUDGED = [
    # a definite article: a term or a name the verb speaks of
    ("fr", "Le syndicat dénonce le recours aux « commissions spéciales ».", [("commissions spéciales", N)]),
    ("fr", "Le ministre a évoqué le « Grenelle de l'environnement ».", [("Grenelle de l'environnement", N)]),
    ("fr", "Il a dénoncé l'attitude des « gilets jaunes ».", [("gilets jaunes", N)]),
    ("fr", "Le syndicat parle des « Républicains ».", [("Républicains", N)]),
    ("fr", "Il a exprimé son soutien à « Charlie Hebdo ».", [("Charlie Hebdo", N)]),
    ("es", "La oposición denunció el «caso Koldo».", [("caso Koldo", N)]),
    ("es", "El PP criticó la gestión de «Podemos».", [("Podemos", N)]),
    ("es", "El juez consideró \"El País\" un diario serio.", [("El País", N)]),
    # a capital: a name
    ("ru", "Он осудил «Единую Россию».", [("Единую Россию", N)]),
    ("de", "Er warnte vor der „Letzten Generation“.", [("Letzten Generation", N)]),
    ("de", "Er warf der „Bild“ Lügen vor.", [("Bild", N)]),
    ("de", "Sie kritisierte das Unwort „alternativlos“ scharf.", [("alternativlos", N)]),
    # reported speech, but a definite article or a compound: a name
    ("de", "Er sagte, er lese die „Zeit“ jeden Tag.", [("Zeit", N)]),
    ("de", "Er sagte, er sei ein „Spiegel“-Leser.", [("Spiegel", N)]),
]

NAMES = [
    # genus nouns before names, a cue near
    ("fr", "Un porte-parole de l'émission « Envoyé spécial » a déclaré que le reportage serait diffusé.",
     [("Envoyé spécial", N)]),
    ("fr", "Le livre « La guerre n'a pas un visage de femme » reste un classique.",
     [("La guerre n'a pas un visage de femme", N)]),
    ("fr", "Le mouvement des soi-disant « gilets jaunes » s'essouffle.", [("gilets jaunes", N)]),
    ("fr", "Ce que l'on appelle la « théorie du complot » gagne du terrain.", [("théorie du complot", N)]),
    ("fr", "Dans l'émission « Qui veut gagner des millions ? », il a gagné.", [("Qui veut gagner des millions ?", N)]),
    ("de", "Sagte der Sprecher der „Tagesschau“ am Montag.", [("Tagesschau", N)]),
    ("de", "Die Volksinitiative «Ja zum Verhüllungsverbot» wurde angenommen.", [("Ja zum Verhüllungsverbot", N)]),
    ("de", "Er sagte zu «20 Minuten», er sei überrascht.", [("20 Minuten", N)]),
    ("de", "Die Sendung ‹Arena› wird eingestellt.", [("Arena", N)]),
    ("de", "Die Koalition, die sogenannte „Ampel“, ist zerbrochen.", [("Ampel", N)]),
    ("es", "dijo el portavoz del programa «Al Rojo Vivo».", [("Al Rojo Vivo", N)]),
    ("es", "La denominada «Ley Mordaza» sigue vigente.", [("Ley Mordaza", N)]),
    ("es", "El programa «¿Quién quiere ser millonario?» vuelve.", [("¿Quién quiere ser millonario?", N)]),
    ("ru", "Закон «О защите прав потребителей» был изменён.", [("О защите прав потребителей", N)]),
    ("ru", "Проект «Северный поток — 2» заморожен.", [("Северный поток — 2", N)]),
    ("ru", "Как рассказал «Известиям» источник, решение принято.", [("Известиям", N)]),
    ("ar", "سيطر ما يسمى بـ\"جيش الفتح\" على المدينة.", [("جيش الفتح", N)]),
    ("ar", "أطلقت حملة \"لا للإرهاب في بلادنا\" في القاهرة.", [("لا للإرهاب في بلادنا", N)]),
    ("ar", "وبحسب «المرصد السوري لحقوق الإنسان» فإن القتلى كثيرون.", [("المرصد السوري لحقوق الإنسان", N)]),
]

INCISES = [
    # a short quotation that opens its sentence, then a comma and a verb of saying, reacting or
    # opining with its subject after it: speech, whatever the verb
    ("fr", "« C'est une honte », a réagi le maire.", [("C'est une honte", Q)]),
    ("fr", "« Personne n'est dupe », observe un diplomate.", [("Personne n'est dupe", Q)]),
    ("fr", "« Incroyable », s'amuse un habitué.", [("Incroyable", Q)]),
    ("fr", "« Nous y arriverons », veut croire le maire.", [("Nous y arriverons", Q)]),
    ("es", "«Es una vergüenza», reaccionó el alcalde.", [("Es una vergüenza", Q)]),
    ("es", "«No habrá más prórrogas», amenazó el ministro.", [("No habrá más prórrogas", Q)]),
    ("de", "„Das wird teuer“, fürchtet ein Experte.", [("Das wird teuer", Q)]),
    ("de", "„Das ist nicht akzeptabel“, stellte der Minister klar.", [("Das ist nicht akzeptabel", Q)]),
    ("ru", "«Это позор», — возмутился мэр.", [("Это позор", Q)]),
    ("ru", "«Это ошибка», — считает эксперт.", [("Это ошибка", Q)]),
    ("ru", "«Это позор», - возмутился мэр.", [("Это позор", Q)]),
    ("ar", "\"هذا عار\"، علق الوزير.", [("هذا عار", Q)]),
    ("ar", "\"سننتصر\"، توعد القائد.", [("سننتصر", Q)]),
    # the same verbs before a colon before the marks
    ("fr", "Le maire a réagi : « C'est une honte ».", [("C'est une honte", Q)]),
    ("es", "El alcalde reaccionó: «Es una vergüenza».", [("Es una vergüenza", Q)]),
    ("de", "Der Bürgermeister reagierte: „Das ist eine Schande“.", [("Das ist eine Schande", Q)]),
    ("ar", "وعلق الوزير: \"هذا عار\".", [("هذا عار", Q)]),
    ("ru", "Мэр возмутился: «Это позор».", [("Это позор", Q)]),
    ("ru", "Москва: «Газпром» увеличил добычу.", [("Газпром", N)]),
    # a colon after a place (a dateline) keeps a name
    ("ar", "طهران: \"الشرق الأوسط\" تنشر التقرير.", [("الشرق الأوسط", N)]),
    # a past verb later in a clause after a name, no dash: no incise
    ("ru", "Это пьеса «Братья Ч», режиссером которой стал Михаил Угаров.", [("Братья Ч", N)]),
    # a relative clause after a name keeps it one
    ("de", "Die „Bild“, die sich freute, berichtete groß.", [("Bild", N)]),
]

RUSSIAN = [
    # a name that opens its sentence, an incise of the source with a name in marks inside it, the
    # sentence's verb after: the name is the subject, the incise no cue of it
    ("ru", "«Газпром», как сообщает «Интерфакс», увеличил добычу.", [("Газпром", N), ("Интерфакс", N)]),
    ("ru", "«Роснефть», сообщила компания «Интерфаксу», увеличила добычу.", [("Роснефть", N), ("Интерфаксу", N)]),
    ("ru", "«Это провал», как сказал «Интерфаксу» эксперт, и ушел.", [("Это провал", Q), ("Интерфаксу", N)]),
    # a verb of judging and как: what the judge calls a thing
    ("ru", "Он охарактеризовал ситуацию как «крайне сложную».", [("крайне сложную", Q)]),
    ("ru", "Эксперты оценили его как «Лучшего игрока года».", [("Лучшего игрока года", N)]),
]

GENUS = [
    # genus nouns of cases, trials, votes, storms, vaccines and vessels: up to twelve words after
    # them are a name, a preposition or a sentence's words inside too
    ("fr", "L'affaire « des emplois fictifs de la mairie » est jugée.", [("des emplois fictifs de la mairie", N)]),
    ("fr", "Le procès dit « des attentats du 13 novembre » s'ouvre.", [("des attentats du 13 novembre", N)]),
    ("fr", "L'initiative populaire « Pour une économie responsable et durable » a été rejetée.",
     [("Pour une économie responsable et durable", N)]),
    ("fr", "Le dispositif « zéro reste à charge pour tous » a été étendu.", [("zéro reste à charge pour tous", N)]),
    ("fr", "Le référendum « sur la loi Covid » a été accepté.", [("sur la loi Covid", N)]),
    ("es", "El caso «de los ERE de Andalucía» llegó al Supremo.", [("de los ERE de Andalucía", N)]),
    ("es", "La iniciativa popular «Por una vivienda digna para todos» fue rechazada.",
     [("Por una vivienda digna para todos", N)]),
    ("es", "El expediente «de regulación temporal de empleo» afecta a mil.", [("de regulación temporal de empleo", N)]),
    ("de", "Die Affäre „um die Maskendeals der Union“ weitet sich aus.", [("um die Maskendeals der Union", N)]),
    ("de", "Der Prozess „gegen die Gruppe Reuß“ beginnt.", [("gegen die Gruppe Reuß", N)]),
    ("de", "Die Volksabstimmung „über die Enteignung großer Wohnungskonzerne“ war erfolgreich.",
     [("über die Enteignung großer Wohnungskonzerne", N)]),
    ("ru", "Дело «о госизмене и шпионаже в пользу Украины» передано в суд.",
     [("о госизмене и шпионаже в пользу Украины", N)]),
    ("ru", "Инициатива «За чистый воздух в каждом городе» поддержана.", [("За чистый воздух в каждом городе", N)]),
    # "dit" as a verb of saying keeps its words speech
    ("fr", "Le ministre a dit « non » au projet.", [("non", Q)]),
]

ASKED_TITLES = [
    # a title that asks, held by the sentence as a noun phrase after an article or a preposition
    ("de", "Bei „Wer wird Millionär?“ gewann er eine Million.", [("Wer wird Millionär?", N)]),
    ("fr", "Il a participé à « Qui veut gagner des millions ? » en 2005.", [("Qui veut gagner des millions ?", N)]),
    ("es", "En «¿Quién quiere ser millonario?» ganó un millón.", [("¿Quién quiere ser millonario?", N)]),
    # an answer after an indefinite article, a question after a verb, or one a comma follows: speech
    ("de", "Sie antwortete mit einem „Warum nicht?“ und lachte.", [("Warum nicht?", Q)]),
    ("de", "Er fragte „Wer zahlt das?“ und ging.", [("Wer zahlt das?", Q)]),
    ("de", "„Wer zahlt das?“, fragte er.", [("Wer zahlt das?", Q)]),
    ("fr", "Il a demandé « Pourquoi pas ? » et il est parti.", [("Pourquoi pas ?", Q)]),
]

HEADLINES = [
    # a quotation that opens a headline, a colon or a spaced dash after it, a pronoun, a negation
    # or a verb first: speech, no cue needed
    ("de", "„Wir schaffen das“ – Merkel verteidigt Flüchtlingspolitik\n\nDie Kanzlerin sprach.", [("Wir schaffen das", Q)]),
    ("fr", "« Nous sommes en guerre » : Macron annonce le confinement\n\nLe président a parlé.",
     [("Nous sommes en guerre", Q)]),
    ("es", "«No me voy»: Sánchez se queda\n\nEl presidente habló.", [("No me voy", Q)]),
    ("ru", "«Вы еще пожалеете»: Песков ответил на угрозы\n\nОн выступил.", [("Вы еще пожалеете", Q)]),
    ("ar", "\"لن نتراجع\".. الوزير يرد على المنتقدين\n\nتحدث الوزير أمس.", [("لن نتراجع", Q)]),
    # a name so set stays one
    ("de", "„Tagesschau“: Sprecherin verlässt die ARD\n\nSie geht.", [("Tagesschau", N)]),
    ("de", "„Hart aber fair“: Moderator hört auf\n\nEr geht.", [("Hart aber fair", N)]),
    ("es", "\"Casa Blanca\": el presidente pide disculpas\n\nÉl habló.", [("Casa Blanca", N)]),
]

MIRRORED = [
    # Arabic typed with the curly pair mirrored: the document's pairing reads ” as the opener
    ("ar", "ذكرت وكالة ”سانا“ أن الجيش تقدم. وقال الوزير: ”لن نتراجع“.", [("سانا", N), ("لن نتراجع", Q)]),
    ("ar", "ذكرت وكالة “سانا” أن الجيش تقدم. وقال الوزير: “لن نتراجع”.", [("سانا", N), ("لن نتراجع", Q)]),
    # a closer written on both sides, none of its mates in the document: each one opens what the
    # one before closed
    ("ar", "ذكرت وكالة ”سانا” أن الجيش تقدم. وقال الوزير: ”لن نتراجع”.", [("سانا", N), ("لن نتراجع", Q)]),
    ("fr", "Le journal » Le Temps » rapporte. Il a dit : » Nous partons ».", [("Le Temps", N), ("Nous partons", Q)]),
    ("de", "Er sagte: “Wir sind bereit“. Die “Tagesschau“ berichtete.", [("Wir sind bereit", Q), ("Tagesschau", N)]),
    # one such mark alone opens nothing
    ("fr", "Le prix est de 5 francs » et plus.", []),
]


@pytest.mark.parametrize("lang, text, spans", JUDGED + CLAUSES + NOT_JUDGED + NAMES + INCISES + RUSSIAN + GENUS + ASKED_TITLES + HEADLINES + MIRRORED)
def test_each_marked_span_reads_as_a_reader_reads_it(lang, text, spans):
    assert vc.marked(text, lang) == spans
