"""Checklist round 4 for Spanish (issue 24, round 13): constructions read from the kinds of the
French and Spanish dev errors, in sentences written here, none repeating the first three
rounds: a verb of saying coordinated with the one before by "y", sharing its subject, whose
object holds what was said in marks ("confirmó el cierre … y denunció un «despilfarro»"); a
subject whose noun an adjective or a participle follows with a phrase of a preposition ("Una
fuente cercana a la investigación indicó"), the noun phrase before that adjective the one who
speaks; the infinitive of a verb of saying after a verb that takes it with its own subject
("quiso aclarar que", "se limitó a señalar que", "salió a desmentir"); "que" before a verb of
labelling whose label ends the clause, the object relative ("una norma que tachó de
inconstitucional, …"), the subject dropped. Each asserts every report's cue, speaker as written and canonical speaker. Voice rows: a
name ending a phrase in apposition to the subject before a verb that takes a clause, and the
title a verb of a work takes (``names_in_marks.clause_after``, ``titles``)."""

from __future__ import annotations

import pytest

from . import voice_checklist as vc
from .checklist import reports


def rows(text: str) -> list[tuple]:
    """(cue, speaker as written, canonical speaker) of each report of ``text`` read in Spanish."""
    return reports(text, "es")


CASES = [
    # a coordinated verb sharing the subject, its object in marks
    ("La ministra confirmó el cierre de la fábrica y denunció un «despilfarro» industrial.",
     [("confirmó", "La ministra", "La ministra"), ("denunció", "", "La ministra")]),
    # ... an object without marks is no report after "y" (what was done, not said)
    ("El sindicato visitó al prefecto y denunció el cierre de la fábrica.", []),
    # the infinitive of a verb of saying after a verb that takes it with its own subject
    ("El ministro quiso aclarar que la reforma será retirada.", [("quiso aclarar", "El ministro", "El ministro")]),
    ("La portavoz se limitó a señalar que no habrá cambios.",
     [("limitó a señalar", "La portavoz", "La portavoz")]),
    ("El alcalde salió a desmentir que la obra esté parada.", [("salió a desmentir", "El alcalde", "El alcalde")]),
    ("El senador aprovechó para destacar que la ley fue aprobada.",
     [("aprovechó para destacar", "El senador", "El senador")]),
    ("El ministro se ha limitado a decir que no habrá cambios.",
     [("limitado a decir", "El ministro", "El ministro")]),
    ("\"No habrá cambios\", quiso aclarar el ministro.", [("quiso aclarar", "el ministro", "el ministro")]),
    # ... not "querer decir" (to mean), nor a wish in the present
    ("Esto quiere decir que la reforma será retirada.", []),
    ("El ministro quiere explicar que la reforma es justa.", []),
    # "que" before a verb of labelling with no subject written, the label ending the clause: the
    # antecedent is what it labels, the subject dropped (the speaker before)
    ("El abogado alegó que la medida vulnera sus derechos, recogida en una norma que tachó de inconstitucional, "
     "por lo que pidió al tribunal que la anulara.",
     [("alegó", "El abogado", "El abogado"), ("tachó", "", "El abogado"), ("pidió", "", "El abogado")]),
    ("La diputada criticó el decreto, una medida que calificó de «improvisada».",
     [("criticó", "La diputada", "La diputada"), ("calificó", "", "La diputada")]),
    # what a body puts out besides a text (a video, a message): its maker speaks
    ("La ciudad cayó, según un video difundido por el Ejército.",
     [("según", "un video difundido por el Ejército", "el Ejército")]),
    ("Según un mensaje del Ministerio de Defensa, la ciudad cayó.",
     [("Según", "un mensaje del Ministerio de Defensa", "Ministerio de Defensa")]),
    # a subject whose noun an adjective or a participle follows with its complement
    ("Una fuente cercana a la investigación indicó que el sospechoso era conocido.",
     [("indicó", "Una fuente", "Una fuente")]),
    ("Una vecina presente en la plaza relató que los agentes dispararon.",
     [("relató", "Una vecina", "Una vecina")]),
    ("Un vecino entrevistado por la radio relató que la policía cargó.",
     [("relató", "Un vecino", "Un vecino")]),
    ("Un policía presente en el lugar afirmó que el sospechoso iba armado.",
     [("afirmó", "Un policía", "Un policía")]),
    # a relative pronoun of persons after an aside of a preposition: the phrase before the aside
    ("Fueron los reclamos de una centena de activistas, en el marco del Día de la Mujer, quienes recordaron "
     "por las calles: «Nos están matando».",
     [("recordaron", "una centena de activistas", "una centena de activistas")]),
    # "en la persona de": the person a body speaks through
    ("La alcaldía en la persona de Juan Pérez aseguró que la ruta será reabierta.",
     [("aseguró", "Juan Pérez", "Juan Pérez")]),
    # ... a document and its maker: the maker speaks, as before
    ("El último informe entregado por las autoridades indicó que los casos bajaron.",
     [("indicó", "El último informe entregado por las autoridades", "las autoridades")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_spanish_construction(text, expected):
    assert rows(text) == expected


# Voice: a name or a title in marks the grammar around it tells from a quotation
@pytest.mark.parametrize("text", [
    # a name ending a phrase in apposition to the subject, the verb after the comma taking a
    # clause ("declaró que"): no incise
    "Juan Pérez, presidente de \"Greenpeace\", declaró que la ley es injusta.",
    "La ministra, entrevistada por \"Televisa\", aseguró que renunciará.",
    # the object of a verb whose object is a work: a title, whatever its length
    "El ministro dijo que leyó \"La ciudad y los perros\" dos veces.",
    "Alfonso Cuarón dirigió «Y tu mamá también» en 2001.",
    "La actriz protagoniza \"El amor en los tiempos del cólera\" este año.",
])
def test_a_name_or_a_title_in_marks(text):
    vc.all_names(text, "es")


@pytest.mark.parametrize("text, words", [
    ("\"No\", afirmó la ministra.", "No"),
    ("\"Nunca\", aseguró el ministro, antes de irse.", "Nunca"),
])
def test_an_incise_still_makes_speech(text, words):
    vc.one_quote(text, "es", words)
