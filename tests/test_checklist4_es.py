"""Checklist round 4 for Spanish (issue 24, round 13): constructions read from the kinds of the
French and Spanish dev errors, in sentences written here, none repeating the first three
rounds: a verb of saying coordinated with the one before by "y", sharing its subject, whose
object holds what was said in marks ("confirmó el cierre … y denunció un «despilfarro»"); a
subject whose noun an adjective or a participle follows with a phrase of a preposition ("Una
fuente cercana a la investigación indicó"), the noun phrase before that adjective the one who
speaks. Each asserts every report's cue, speaker as written and canonical speaker."""

from __future__ import annotations

import pytest

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
    # a subject whose noun an adjective or a participle follows with its complement
    ("Una fuente cercana a la investigación indicó que el sospechoso era conocido.",
     [("indicó", "Una fuente", "Una fuente")]),
    ("Una vecina presente en la plaza relató que los agentes dispararon.",
     [("relató", "Una vecina", "Una vecina")]),
    ("Un vecino entrevistado por la radio relató que la policía cargó.",
     [("relató", "Un vecino", "Un vecino")]),
    ("Un policía presente en el lugar afirmó que el sospechoso iba armado.",
     [("afirmó", "Un policía", "Un policía")]),
    # ... a document and its maker: the maker speaks, as before
    ("El último informe entregado por las autoridades indicó que los casos bajaron.",
     [("indicó", "El último informe entregado por las autoridades", "las autoridades")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_spanish_construction(text, expected):
    assert rows(text) == expected
