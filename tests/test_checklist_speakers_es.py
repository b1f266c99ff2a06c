"""Checklist round 2 for Spanish (issue 24): WHO speaks. Sentences written here from the
grammar and the conventions of the Spanish-language press, not taken from any corpus, none
repeating ``test_checklist_es.py``: a role pointing back to a person named before, pro-drop
over a paragraph and across a quotation (the last speaker, not the last name), two speakers
alternating, long titles before or after a name (commas inside a ministry's name), bodies and
agencies that speak, a source quoted inside a report ("citado por Reuters"), chains of
genitives, a name split by a line break or a no-break space. Each asserts every report's
``(speaker, cue, kind)``, the speaker as the gold conventions give it, compared without a
leading article and with white space folded, as the scores compare them. Rows not yet read
are strict xfail."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import framing

from .checklist import todo

_ARTICLE = re.compile(r"^(?:el|la|los|las)\s+", re.I)


def _norm(s) -> str:
    s = " ".join(str(s if isinstance(s, str) else "").split())
    return _ARTICLE.sub("", s)


def said(text: str) -> list[tuple]:
    """``(speaker without a leading article, cue, kind)`` of each attribution read in ``text``."""
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), language="es")
    got = got[got["rule"] != "continuation"]
    return [(_norm(s), c, k) for s, c, k in got[["speaker_canonical", "cue", "kind"]].values.tolist()]


CASES = [
    # a role pointing back to the person named before, next sentence or next paragraph
    ("El ministro del Interior, Fernando Grande-Marlaska, visitó Ceuta. El ministro aseguró que la frontera está "
     "bajo control.", [("Fernando Grande-Marlaska", "aseguró", "indirect")]),
    ("La alcaldesa de Valencia, Rosa Climent, presentó el plan.\n\nLa regidora explicó que costará diez millones.",
     [("Rosa Climent", "explicó", "indirect")]),
    ("El presidente de Argentina, Javier Milei, llegó a Madrid. El presidente afirmó que su país saldrá de la "
     "crisis.", [("Javier Milei", "afirmó", "indirect")]),
    # "el titular de X" (the head of X) and any definite role of the same complement: the person named with a
    # role of X before
    ("El secretario de Hacienda, Rogelio Ramírez, afirmó que la economía crece. El titular de Hacienda explicó que "
     "no habrá nuevos impuestos.",
     [("Rogelio Ramírez", "afirmó", "indirect"), ("Rogelio Ramírez", "explicó", "indirect")]),
    ("La secretaria de Gobernación, Olga Sánchez, dijo que habrá diálogo. La titular de Gobernación añadió que no "
     "habrá represión.", [("Olga Sánchez", "dijo", "indirect"), ("Olga Sánchez", "añadió", "indirect")]),
    ("De acuerdo con el titular de la SSP, Juan Pérez, los delitos bajaron.",
     [("Juan Pérez", "De acuerdo con", "according_to")]),
    ("A decir del especialista Jorge Díaz, la inflación bajará.", [("Jorge Díaz", "A decir del", "according_to")]),
    # pro-drop across a quotation and over a paragraph: the last speaker
    ("El general Tomás Vidal presentó el balance. «Hemos perdido dos soldados», dijo. Añadió que la ofensiva "
     "continuará.", [("Tomás Vidal", "dijo", "direct"), ("Tomás Vidal", "Añadió", "indirect")]),
    ("«La ayuda continuará», declaró José Martín tras reunirse con el presidente ucraniano, Volodímir Zelenski. "
     "Añadió que España enviará munición.",
     [("José Martín", "declaró", "direct"), ("José Martín", "Añadió", "indirect")]),
    ("La ministra Carmen Vidal presentó el presupuesto.\n\nSubrayó que el gasto social crecerá un cinco por "
     "ciento.", [("Carmen Vidal", "Subrayó", "indirect")]),
    ("El portavoz Carlos Reyes habló con los periodistas. «No habrá cambios», aseguró. «El plan sigue», insistió.",
     [("Carlos Reyes", "aseguró", "direct"), ("Carlos Reyes", "insistió", "direct")]),
    # a person introduced as a subject, a quotation standing alone, then a verb with no subject: that person,
    # not the one who spoke before
    ("El biólogo Roberto Sala explicó que los ajedrecistas sufren estrés. El corresponsal del diario Daily "
     "Telegraph, Malcolm Pein, ha notado que los jugadores pierden peso.\n«Es como estar en exámenes finales "
     "durante nueve días».\nLos partidos rápidos también requieren destreza, añade.",
     [("Roberto Sala", "explicó", "indirect"), ("Malcolm Pein", "añade", "indirect")]),
    # a verb with no subject after a sentence a definite description opens as its subject: that description
    ("El portavoz del Ejército habló con la prensa en Damasco. «No hay bajas en nuestras filas», dijo.",
     [("portavoz del Ejército", "dijo", "direct")]),
    ("El alcalde recorrió las calles afectadas. Aseguró que habrá ayudas.", [("alcalde", "Aseguró", "indirect")]),
    # two speakers alternating
    ("El fiscal Alberto Ruiz tomó la palabra. «Los hechos son graves», afirmó. La abogada de la "
     "defensa, Clara Gómez, tomó después la palabra. «Mi cliente es inocente», aseguró.",
     [("Alberto Ruiz", "afirmó", "direct"), ("Clara Gómez", "aseguró", "direct")]),
    # a long title before the name, commas inside it, a second title
    ("El portavoz del Ejército, el general Miguel Torres, afirmó que las tropas se retirarán.",
     [("Miguel Torres", "afirmó", "indirect")]),
    ("El ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares, dijo que España "
     "condena el ataque.", [("José Manuel Albares", "dijo", "indirect")]),
    ("La presidenta de la Comisión Europea, Ursula von der Leyen, afirmó que la Unión está unida.",
     [("Ursula von der Leyen", "afirmó", "indirect")]),
    ("El secretario general de la OTAN, Jens Stoltenberg, advirtió que la amenaza persiste.",
     [("Jens Stoltenberg", "advirtió", "indirect")]),
    ("El presidente ruso Vladímir Putin aseguró que Moscú no dará marcha atrás.",
     [("Vladímir Putin", "aseguró", "indirect")]),
    # the title after the name
    ("José Manuel Albares, ministro de Asuntos Exteriores, aseguró que la embajada seguirá abierta.",
     [("José Manuel Albares", "aseguró", "indirect")]),
    ("María Zajárova, portavoz de la diplomacia rusa, afirmó que Moscú responderá.",
     [("María Zajárova", "afirmó", "indirect")]),
    # a participle of asking that opens the sentence or follows "ser": the subject was asked, no report
    ("Al ser cuestionado sobre el tema, el secretario respondió que no tiene información.",
     [("secretario", "respondió", "indirect")]),
    ("Cuestionado sobre el tema, el ministro dijo que no sabe nada.", [("ministro", "dijo", "indirect")]),
    # a party's candidate
    ("El candidato Luis Ortega cerró su campaña. El abanderado agregó que la elección será limpia.",
     [("Luis Ortega", "agregó", "indirect")]),
    # a role of a person named after "de": the role speaks, as a description
    ("El abogado de Juan Pérez afirmó que su cliente es inocente.",
     [("abogado de Juan Pérez", "afirmó", "indirect")]),
    ("El portavoz de Vladímir Putin, Dmitri Peskov, dijo que no habrá cambios.",
     [("Dmitri Peskov", "dijo", "indirect")]),
    # a genitive chain with no name
    ("El portavoz del Ministerio de Defensa de Ucrania dijo que los ataques se han reanudado.",
     [("portavoz del Ministerio de Defensa de Ucrania", "dijo", "indirect")]),
    # bodies and places that speak for a government
    ("La Casa Blanca anunció que el presidente viajará a México.", [("Casa Blanca", "anunció", "indirect")]),
    ("La Moncloa aseguró que el Gobierno agotará la legislatura.", [("Moncloa", "aseguró", "indirect")]),
    ("La agencia oficial siria SANA informó de que dos civiles murieron.", [("SANA", "informó", "indirect")]),
    # a source quoted inside a report, the agency the listener or the carrier
    ("«Nada está cerrado», dijo a EFE un diplomático europeo.", [("un diplomático europeo", "dijo", "direct")]),
    # the agency told between the verb and its inverted subject, a person's name right after it (and that
    # name in full is the person's, not the agency's with it)
    ("«Hay que actuar rápido», dijo a la AFP Juan Pérez, director de la ONG.", [("Juan Pérez", "dijo", "direct")]),
    ("Un portavoz del Pentágono dijo a la agencia AP que no hubo víctimas.",
     [("Un portavoz del Pentágono", "dijo", "indirect")]),
    ("Según fuentes del Ministerio del Interior citadas por El País, el detenido tenía antecedentes.",
     [("fuentes del Ministerio del Interior", "Según", "according_to")]),
    ("En una entrevista con El País, el ministro José Martín aseguró que no dimitirá.",
     [("José Martín", "aseguró", "indirect")]),
    ("Según explicó a EFE el portavoz Carlos Reyes, la ayuda llegará el lunes.",
     [("Carlos Reyes", "explicó", "indirect")]),
    # fronted "Por su parte": the subject after it speaks
    ("Por su parte, el ministro José Martín señaló que habrá más controles.",
     [("José Martín", "señaló", "indirect")]),
    # the clause first, the verb and its subject inverted, no marks
    ("La frontera está cerrada, aseguró el ministro José Martín.", [("José Martín", "aseguró", "indirect")]),
    # a name split by a no-break space, or by a line break inside a paragraph (the text's
    # paragraphs parted by blank lines)
    ("El presidente Pedro\u00a0Sánchez afirmó que el Gobierno no cederá.", [("Pedro Sánchez", "afirmó", "indirect")]),
    ("La crisis\n\nEl presidente Pedro\nSánchez afirmó que el Gobierno no cederá.\n\nFin.",
     [("Pedro Sánchez", "afirmó", "indirect")]),
    # "defender que": to argue that ("defendió la ley": to defend, no report)
    ("El presidente del Gobierno, Pedro Sánchez, compareció en el Congreso. Sánchez defendió que la ley es "
     "necesaria.", [("Pedro Sánchez", "defendió", "indirect")]),
    ("El ministro defendió la reforma en el Senado.", []),
    # a body written with a capital after its article: its name, not a role and a person
    ("La Policía Nacional informó en un comunicado de que hay tres detenidos.",
     [("Policía Nacional", "informó", "indirect")]),
    ("La Guardia Civil informó de que el conductor dio positivo.", [("Guardia Civil", "informó", "indirect")]),
    # "Fuentes de X" the subject of its verb
    ("Fuentes de la Casa Blanca explicaron que la reunión fue cordial.",
     [("Fuentes de la Casa Blanca", "explicaron", "indirect")]),
    # "citado por X" after a source: the agency that carries the words, no second report
    ("Según José Martín, citado por Reuters, los combates se han reanudado.",
     [("José Martín", "Según", "according_to")]),
]

TODO: list = []


@pytest.mark.parametrize("text, expected", CASES)
def test_a_spanish_speaker(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, marks=todo(r)) for t, e, r in TODO] or
                         [pytest.param("", [], marks=pytest.mark.skip(reason="none left"))])
def test_a_spanish_speaker_not_yet_read(text, expected):
    assert said(text) == expected
