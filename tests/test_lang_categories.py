"""Speaker categories in the languages of the clause rules, on constructed sentences: the
role words of each language's ``categories`` and the ``principals`` whose kind is their
complement's (docs/evaluation.md, "Speaker categories"; conventions in gold/README.md)."""

from __future__ import annotations

import pandas as pd
import pytest

import framing


def categories(language: str, text: str) -> list[tuple[str, str]]:
    df = pd.DataFrame({"doc_id": ["d"], "outlet": "X", "text": [text]})
    got = framing.find_attributions(df, language=language)
    return list(zip(got["speaker_canonical"], got["speaker_category"]))


@pytest.mark.parametrize("language, text, speaker, category", [
    # a spokesperson or a body's head takes the kind of the body its complement names
    ("de", "„Es gibt keine Hinweise“, sagte ein Sprecher der Berliner Polizei.", "ein Sprecher der Berliner Polizei",
     "police"),
    ("de", "„Das ist falsch“, sagte eine Sprecherin des Unternehmens.", "eine Sprecherin des Unternehmens", "company"),
    ("de", "„Das ist falsch“, sagte die Vorsitzende der Gewerkschaft, Anna Berg.", "Anna Berg", "advocacy"),
    ("es", "Marisol López Cruz, presidenta del Movimiento de Mujeres, advirtió que la lucha sigue.",
     "Marisol López Cruz", "advocacy"),
    ("fr", "« Nous ne savons rien », a déclaré le porte-parole de la police.", "le porte-parole de la police",
     "police"),
    ("ru", "Об этом сообщила пресс-служба вуза.", "пресс-служба вуза", "expert"),
    # ... else its own kind: a president of a country is its government
    ("es", "El presidente de México, Enrique Peña Nieto, afirmó que no había violado la ley.",
     "Enrique Peña Nieto", "government"),
    # ... but the head of a body named with its article that says no kind is no state's (a club's)
    ("es", "El candidato a la presidencia del Barcelona, Joan Laporta, señaló que el equipo sigue vivo.",
     "Joan Laporta", "unclassified"),
    ("es", "El presidente del Real Madrid, Florentino Pérez, señaló que el equipo sigue vivo.", "Florentino Pérez",
     "unclassified"),
    ("es", "El presidente del Gobierno, Pedro Sánchez, señaló que el país sigue vivo.", "Pedro Sánchez", "government"),
    # ... nor is the head of a country named with its article
    ("es", "El presidente de los Estados Unidos, Donald Trump, señaló que el país sigue vivo.", "Donald Trump",
     "government"),
    ("es", "«No habrá acuerdo», dijo el presidente del Reino Unido.", "el presidente del Reino Unido", "government"),
    # a source whose kind is written takes that kind
    ("fr", "Selon une source policière, un enfant a été tué.", "une source policière", "police"),
    ("ar", "وقال مصدر عسكري إن الجيش تقدم.", "مصدر عسكري", "military"),
    ("fr", "« Il faut attendre », affirme en privé un officiel.", "un officiel", "government"),
    # a country or a capital that speaks is its government ...
    ("fr", "La Chine a appelé vendredi à la « retenue ».", "Chine", "government"),
    ("fr", "La Russie a fourni des missiles à la Corée du Nord, affirme Séoul.", "Séoul", "government"),
    # ... but no title of the name after it
    ("fr", "Entre New York et Paris, Cindy Santos croit en son étoile. « Je suis prête », dit Cindy Santos.",
     "Cindy Santos", "unclassified"),
    # the language's role words before the gazetteer's English patterns ("agent" is no police officer here)
    ("fr", "« Non, bien au contraire », répond son agent, l’avocat genevois Jacques Barillon.", "Jacques Barillon",
     "court"),
    # a council takes the kind its complement says ("المجلس العسكري": military)
    ("ar", "وأكد المجلس العسكري في تعز، في بيان، أن الحادثة لن تمر دون عقاب.", "المجلس العسكري في تعز", "military"),
    ("de", "EU-Kommissionspräsidentin Ursula von der Leyen mahnte an, dass die Demokratien wachsam sein müssten.",
     "Ursula von der Leyen", "international_org"),
    # role words of a kind the lists lacked
    ("de", "„Das Potenzial ist groß“, prognostizieren Fachleute.", "Fachleute", "expert"),
    ("de", "„Er ist nervös“, sagte Promoter Alexander Krassyuk.", "Alexander Krassyuk", "company"),
    ("de", "Mehreren Medienberichten zufolge kassiert Fury mehr als 100 Millionen.", "Mehreren Medienberichten", "media"),
    ("ar", "ركزت الصحف السودانية الصادرة اليوم على لقاء الرئيس.", "الصحف السودانية", "media"),
    ("ar", "وقتل 25 مقاتلا، حسبما أفاد المرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان", "advocacy"),
])
def test_role_words_and_principals(language, text, speaker, category):
    got = categories(language, text)
    assert (speaker, category) in got, got


@pytest.mark.parametrize("language, text, speaker, category", [
    # the role set before the name with a comma, at another mention ("El presidente de México, Enrique Peña Nieto")
    ("es", "El presidente de México, Enrique Peña Nieto, viajó a Puebla. Peña Nieto aseguró que no había violado la ley.",
     "Enrique Peña Nieto", "government"),
    ("fr", "Le ministre de l'Intérieur, Gérald Darmanin, était à Lyon. Darmanin a déclaré que la police était prête.",
     "Gérald Darmanin", "government"),
    # the appositive opened by an article, after the first name and the surname
    ("de", "Bereits zuvor hatte Robert Habeck, der frühere Vizekanzler der Grünen, Klöckner attackiert. "
           "„Sie hat nur polarisiert“, sagte Habeck.", "Robert Habeck", "government"),
    # a body named bare takes the kind its other mentions give it
    ("de", "Die Gewerkschaft Komba lehnt den Entwurf ab. In einer Stellungnahme schreibt Komba: „Das heilt nichts.“",
     "Komba", "advocacy"),
    # the appositive after a nickname in quotation marks
    ("es", 'Jaime Rodríguez Calderón "El Bronco", candidato independiente a la Presidencia, viajó a Monterrey. '
           'Rodríguez Calderón aseguró que regresará hoy.', "Jaime Rodríguez Calderón", "politician"),
])
def test_a_person_takes_the_role_set_before_or_after_their_name(language, text, speaker, category):
    got = categories(language, text)
    assert (speaker, category) in got, got
