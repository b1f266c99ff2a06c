"""A checklist of how Spanish news reports speech (issue 24, ninth round, branch langera):
constructed sentences, written here from the grammar and the conventions of the press, not
taken from a corpus. Each asserts what a reader gives: every attribution as ``(speaker,
cue, kind)`` — the speaker by the name the article gives in full, ``kind`` "direct" for
words in marks, "indirect" for a clause, "according_to" for a prepositional source — or the
words in marks a reader takes for a name and not a quotation. The constructions the code
does not yet read are marked ``xfail`` (strict): they are the work list."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.text import analyze

from .checklist import todo


def said(text: str, lang: str = "es") -> list[tuple[str, str, str]]:
    """``(speaker_canonical, cue, kind)`` of each attribution ``find_attributions`` reads in ``text``."""
    df = pd.DataFrame({"doc_id": ["d0"], "outlet": "X", "text": [text]})
    got = framing.find_attributions(df, language=lang)
    return [(s if isinstance(s, str) else "", cue, kind) for s, cue, kind in got[["speaker_canonical", "cue", "kind"]].values]


def marked(text: str, lang: str) -> tuple[list[str], list[str]]:
    """The words in marks read as names, and those read as quotations."""
    f = analyze(text, lang)
    return ([text[q.start + 1:q.end - 1].strip() for q in f.names], [text[q.start + 1:q.end - 1].strip() for q in f.quotes])


CASES = [
    # speaker first, a colon and the words in marks; speaker first, "que" and a clause
    ("El ministro de Exteriores, José Martín, dijo: «No vamos a ceder ante ninguna presión».",
     [("José Martín", "dijo", "direct")]),
    ("La portavoz del Gobierno, Ana Ruiz, afirmó que el acuerdo está cerca.", [("Ana Ruiz", "afirmó", "indirect")]),
    # the cue after the quotation, the subject after the cue ("…», dijo X"), role before or after the name
    ("«No vamos a ceder ante ninguna presión», dijo el presidente Luis Ortega.", [("Luis Ortega", "dijo", "direct")]),
    ("«La ofensiva continuará hasta el final», declaró Pedro Gil, portavoz del ejército.",
     [("Pedro Gil", "declaró", "direct")]),
    ("«Las conversaciones avanzan», reconoció a la prensa el mediador de la ONU, Staffan de Mistura.",
     [("Staffan de Mistura", "reconoció", "direct")]),
    # an incise inside the quotation: one attribution
    ("«La tregua», explicó el general Tomás Vidal, «no ha sido respetada por nadie».",
     [("Tomás Vidal", "explicó", "direct")]),
    # prepositional sources: según, de acuerdo con, a juicio de; fronted or after the clause
    ("Según el portavoz de la ONU, Carlos Reyes, la ayuda llegará el lunes.", [("Carlos Reyes", "Según", "according_to")]),
    ("La ayuda humanitaria llegará el lunes, según la agencia EFE.", [("EFE", "según", "according_to")]),
    ("De acuerdo con el Observatorio Sirio de Derechos Humanos, murieron doce civiles.",
     [("Observatorio Sirio de Derechos Humanos", "De acuerdo con", "according_to")]),
    ("Según fuentes diplomáticas, la reunión se celebrará en Ginebra.",
     [("fuentes diplomáticas", "Según", "according_to")]),
    ("A juicio del analista Jorge Díaz, la crisis se prolongará.", [("Jorge Díaz", "A juicio del", "according_to")]),
    # "según dijo X", "tal como explicó X": a verb of saying after the preposition, then the subject
    ("Según dijo el portavoz Carlos Reyes, la ayuda llegará el lunes.", [("Carlos Reyes", "dijo", "indirect")]),
    ("Tal como explicó la ministra Carmen Vidal, el plan tiene tres fases.", [("Carmen Vidal", "explicó", "indirect")]),
    # pro-drop: a verb with no subject is the last speaker, or the person named last
    ("El ministro Luis Ortega afirmó que la frontera está cerrada. Añadió que habrá controles en todos los pasos.",
     [("Luis Ortega", "afirmó", "indirect"), ("Luis Ortega", "Añadió", "indirect")]),
    ("La alcaldesa María Soler habló con la prensa en el ayuntamiento. «Necesitamos más recursos», dijo.",
     [("María Soler", "dijo", "direct")]),
    ("El ministro Luis Ortega habló en el Congreso. Luego aseguró que la reforma es necesaria.",
     [("Luis Ortega", "aseguró", "indirect")]),
    # an adverb of place or sequence opening the sentence is no subject ("Allí aseguró")
    ("El ministro Luis Ortega visitó la frontera el martes. Allí aseguró que la situación está bajo control.",
     [("Luis Ortega", "aseguró", "indirect")]),
    ("El ministro Luis Ortega visitó la frontera. Posteriormente señaló que habrá más controles.",
     [("Luis Ortega", "señaló", "indirect")]),
    ("«Hemos perdido todo lo que teníamos», relató Amina Haddad, madre de cuatro hijos. "
     "«No sabemos adónde ir ni qué comer», agregó.",
     [("Amina Haddad", "relató", "direct"), ("Amina Haddad", "agregó", "direct")]),
    # a subject pronoun is the person of its gender named last
    ("La ministra Carmen Vidal llegó a Bruselas el jueves. Ella dijo que no renunciará a su cargo.",
     [("Carmen Vidal", "dijo", "indirect")]),
    ("La ministra Carmen Vidal y el general Tomás Vidal hablaron con la prensa. Ella dijo que el plan sigue en marcha.",
     [("Carmen Vidal", "dijo", "indirect")]),
    ("El general Tomás Vidal y la ministra Carmen Vidal hablaron con la prensa. Él dijo que el plan sigue en marcha.",
     [("Tomás Vidal", "dijo", "indirect")]),
    # a sentence adverbial set off by commas ("por su parte", "a su vez", "en cambio") leaves the
    # phrase before it speaking, a surname alone (the person named before in full) or a body
    ("El presidente Pedro Sánchez viajó a París. Sánchez, por su parte, dijo que el Gobierno no cederá.",
     [("Pedro Sánchez", "dijo", "indirect")]),
    ("El Gobierno, a su vez, anunció que habrá elecciones en junio.", [("El Gobierno", "anunció", "indirect")]),
    ("La oposición, en cambio, criticó la medida.", [("La oposición", "criticó", "indirect")]),
    # a definite role, with or without a nationality, is the person named before with a role
    ("El presidente francés, Emmanuel Macron, viajó a Berlín. El mandatario francés afirmó que Europa debe unirse.",
     [("Emmanuel Macron", "afirmó", "indirect")]),
    ("El ministro de Defensa, Luis Ortega, visitó la base de Rota. «La misión continúa», dijo el ministro.",
     [("Luis Ortega", "dijo", "direct")]),
    ("El ministro de Defensa, Luis Ortega, visitó la base de Rota. «La misión continúa», dijo Ortega.",
     [("Luis Ortega", "dijo", "direct")]),
    # the subject of the sentence before, not its object ("criticó al presidente Juan Pérez")
    ("Luis Ortega visitó al presidente Juan Pérez. Él añadió que la reforma es un error.",
     [("Luis Ortega", "añadió", "indirect")]),
    ("El ministro Luis Ortega criticó al presidente Juan Pérez. Añadió que la reforma es un error.",
     [("Luis Ortega", "criticó", "indirect"), ("Luis Ortega", "Añadió", "indirect")]),
    # titles and roles before the name, with a nationality
    ("El canciller ruso, Serguéi Lavrov, advirtió que Moscú no aceptará un ultimátum.",
     [("Serguéi Lavrov", "advirtió", "indirect")]),
    ("El rey saudí, Salmán bin Abdulaziz, aseguró que no negociará.", [("Salmán bin Abdulaziz", "aseguró", "indirect")]),
    ("«No hay negociación posible», dijo la portavoz de Exteriores rusa, María Zajárova.",
     [("María Zajárova", "dijo", "direct")]),
    # Arabic names written with the article "al" (Bashar al Asad, Abu Bakr al Bagdadi); but "al"
    # before a body's word after a name is the listener ("dijo Pedro Sánchez al Congreso")
    ("El presidente sirio, Bashar al Asad, aseguró que no negociará con los rebeldes.",
     [("Bashar al Asad", "aseguró", "indirect")]),
    ("«La guerra terminará pronto», dijo Bashar al Asad en una entrevista.", [("Bashar al Asad", "dijo", "direct")]),
    ("El líder del Estado Islámico, Abu Bakr al Bagdadi, aseguró que no negociará.",
     [("Abu Bakr al Bagdadi", "aseguró", "indirect")]),
    ("«No habrá cambios», dijo Pedro Sánchez al Congreso.", [("Pedro Sánchez", "dijo", "direct")]),
    ("«No habrá cambios», explicó Sánchez al Senado en su comparecencia.", [("Sánchez", "explicó", "direct")]),
    # agencies and anonymous sources; the listener after "a" is not the speaker
    ("La agencia EFE informó de que hubo tres heridos en el ataque.", [("EFE", "informó", "indirect")]),
    ("Fuentes militares dijeron a EFE que el convoy fue atacado de madrugada.",
     [("Fuentes militares", "dijeron", "indirect")]),
    ("Fuentes del Ministerio del Interior aseguraron a Efe que no hubo detenidos.",
     [("Fuentes del Ministerio del Interior", "aseguraron", "indirect")]),
    ("El Ministerio de Defensa ruso anunció en un comunicado que sus aviones bombardearon depósitos de armas.",
     [("El Ministerio de Defensa ruso", "anunció", "indirect")]),
    # "desde X": spokesmen of a body speak for it
    ("«Es una provocación inaceptable», señalaron desde el Kremlin.", [("el Kremlin", "señalaron", "direct")]),
    # "Así lo afirmó X": the cue after the words it reports, the subject after the cue
    ("Así lo afirmó el ministro de Defensa, Luis Ortega, en una rueda de prensa en Madrid.",
     [("Luis Ortega", "afirmó", "indirect")]),
    ("En declaraciones a la prensa, el general Tomás Vidal indicó que las tropas se retirarán.",
     [("Tomás Vidal", "indicó", "indirect")]),
    ("El Ejército sirio afirmó, por su parte, que controla la ciudad.", [("El Ejército sirio", "afirmó", "indirect")]),
    # "responder" with no words said is to react ("Moscú responderá con firmeza"), not a report
    ("El canciller ruso, Serguéi Lavrov, advirtió que Moscú responderá con firmeza.",
     [("Serguéi Lavrov", "advirtió", "indirect")]),
    ("«Nunca», respondió el portavoz Carlos Reyes.", [("Carlos Reyes", "respondió", "direct")]),
    ("El portavoz Carlos Reyes respondió que no habrá cambios.", [("Carlos Reyes", "respondió", "indirect")]),
    # "en opinión de X"; "según recoge / publica X": the press's verbs of carrying a report
    ("En opinión del experto Jorge Díaz, la crisis se prolongará.",
     [("Jorge Díaz", "En opinión del", "according_to")]),
    ("Según recoge el diario Público, el acuerdo está cerrado.", [("Público", "Según recoge", "according_to")]),
    ("El acuerdo está cerrado, según publica la agencia Reuters.", [("Reuters", "según publica", "according_to")]),
    # a relative "quien" after an inverted subject
    ("«Vamos a reconstruir el país», prometió el primer ministro, quien añadió que la ayuda internacional es clave.",
     [("el primer ministro", "prometió", "direct"), ("el primer ministro", "añadió", "indirect")]),
    # (the work list of the first round, read in the second)
    ("El Gobierno, a través de su portavoz, anunció que habrá elecciones en junio.",
     [("El Gobierno", "anunció", "indirect")]),
    # "Para X, …": the opinion of X
    ("Para el analista Jorge Díaz, la guerra no terminará pronto.", [("Jorge Díaz", "Para", "according_to")]),
    ("«Es el fin de una era», publicó en Twitter el expresidente Mariano Rajoy.",
     [("Mariano Rajoy", "publicó", "direct")]),
    ("Se informó que el aeropuerto permanecerá cerrado hasta el domingo.", [("", "informó", "indirect")]),
    # "según un comunicado difundido por X": the document's author
    ("Los rebeldes, según un comunicado difundido por el grupo, rechazan el alto el fuego.",
     [("el grupo", "según", "according_to")]),
    # a cleft: "Fue X quien anunció"
    ("Fue el propio Ortega quien anunció la retirada de las tropas.", [("Ortega", "anunció", "indirect")]),
    # a short quotation before an incise verb of saying: speech, not a name in marks
    ("«No hay negociación posible», sentenció la portavoz de Exteriores rusa, María Zajárova.",
     [("María Zajárova", "sentenció", "direct")]),
]

TODO: list = []


@pytest.mark.parametrize("text, expected", CASES)
def test_a_reader_gives_these_speakers(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, marks=todo(r)) for t, e, r in TODO] or
                         [pytest.param("", [], marks=pytest.mark.skip(reason="none left"))])
def test_constructions_not_yet_read(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, name", [
    ("El grupo yihadista \"Estado Islámico\" reivindicó el ataque contra la base.", "Estado Islámico"),
    ("Los llamados \"cascos blancos\" rescataron a tres niños de los escombros.", "cascos blancos"),
    ("Según informó el diario \"El País\", el Gobierno aprobará el plan.", "El País"),
    ("Abu Bakr al Bagdadi, conocido como \"el califa\", no ha aparecido en público.", "el califa"),
    ("La operación \"Escudo del Éufrates\" comenzó en agosto.", "Escudo del Éufrates"),
    ("El documental \"Últimos hombres en Alepo\" fue nominado al Óscar.", "Últimos hombres en Alepo"),
])
def test_a_name_in_marks_is_no_quotation(text, name):
    assert marked(text, "es") == ([name], [])
