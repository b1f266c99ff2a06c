"""Checklist round 3 for Spanish (issue 24): the rules read as constructions, not as the forms a
dev article used. Sentences written here from Spanish grammar, none repeating the first two
rounds: every tense of "haber" a compound report is told in ("habrá dicho", "habrían
asegurado"); the perfect infinitive after the prepositions that tie it to the main clause's
subject ("tras haber asegurado que"); the verbs of a class, not one of them (judging aloud:
"consideró que", "estimó que"; rejoinders and last words of an incise: "replicó", "matizó",
"zanjó", "espetó"; warning and telling: "avisó que", "comunicó que", "desveló"; urging with its
object between: "instó a … a", "exhortó a … a"; "deploró" beside "lamentó"; "garantizó que",
"juró que", "propuso que", "se quejó de que"), each ambiguous one only with what was said; a
short quotation before any verb of an incise is speech, not a name in marks. Each asserts every
report's cue, speaker as written and canonical speaker; rows not yet read are strict xfail."""

from __future__ import annotations

import pytest

from . import voice_checklist as vc
from .checklist import reports, todo


def rows(text: str) -> list[tuple]:
    """(cue, speaker as written, canonical speaker) of each report of ``text`` read in Spanish."""
    return reports(text, "es")


CASES = [
    # the compound tenses: every form of "haber"
    ("El ministro habrá dicho que la reforma será retirada.", [("dicho", "El ministro", "El ministro")]),
    ("Los ministros habrían asegurado que la reforma sería retirada.",
     [("asegurado", "Los ministros", "Los ministros")]),
    # the perfect infinitive after "tras", "después de", "al": the sentence's subject speaks
    ("El ministro abandonó la sala tras haber asegurado que la reforma será retirada.",
     [("tras haber asegurado", "El ministro", "El ministro")]),
    ("El Tribunal Supremo avaló la medida al considerar que es necesaria.",
     [("al considerar", "El Tribunal Supremo", "Tribunal Supremo")]),
    # the verbs of a class
    ("La ministra consideró que la reforma es injusta.", [("consideró", "La ministra", "La ministra")]),
    ("La jueza estimó que el acusado debe ser liberado.", [("estimó", "La jueza", "La jueza")]),
    ("El ministro replicó que la reforma será retirada.", [("replicó", "El ministro", "El ministro")]),
    ("El alcalde avisó que la carretera será cerrada.", [("avisó", "El alcalde", "El alcalde")]),
    ("El Gobierno comunicó que la frontera será cerrada.", [("comunicó", "El Gobierno", "El Gobierno")]),
    ("La portavoz desveló que el acuerdo está cerrado.", [("desveló", "La portavoz", "La portavoz")]),
    ("El ministro instó a los diputados a votar la reforma.", [("instó", "El ministro", "El ministro")]),
    ("El presidente exhortó al Congreso a aprobar la ley.", [("exhortó", "El presidente", "El presidente")]),
    ("La senadora reprochó al Gobierno su silencio.", [("reprochó", "La senadora", "La senadora")]),
    ("El ministro deploró que la reforma sea retirada.", [("deploró", "El ministro", "El ministro")]),
    ("El ministro garantizó que la reforma será retirada.", [("garantizó", "El ministro", "El ministro")]),
    ("El alcalde juró que la obra estará lista en mayo.", [("juró", "El alcalde", "El alcalde")]),
    ("El ministro propuso que la reforma sea retirada.", [("propuso", "El ministro", "El ministro")]),
    ("El ministro se quejó de que la reforma sea retirada.", [("quejó", "El ministro", "El ministro")]),
    # the incise after a quotation
    ("«La reforma será retirada», replicó el ministro.", [("replicó", "el ministro", "el ministro")]),
    ("«La reforma será retirada», matizó la ministra.", [("matizó", "la ministra", "la ministra")]),
    ("«Nunca», zanjó el ministro.", [("zanjó", "el ministro", "el ministro")]),
    ("«Una vergüenza», espetó la alcaldesa.", [("espetó", "la alcaldesa", "la alcaldesa")]),
    # ... and the same verbs saying nothing without what was said
    ("El presidente comunicó la decisión a las familias.", []),
    ("El ministro propuso un plan de ayudas.", []),
    ("La Santa Sede emitió un comunicado.", []),
    ("El ministro garantiza el acceso a la sanidad.", []),
    ("El juez avisó a la policía.", []),
    # a body or a document said by its article and its word alone: the one named before in full
    ("El informe del Banco Mundial fue publicado ayer. El informe señala que la economía crecerá.",
     [("señala", "El informe", "informe del Banco Mundial")]),
    ("El Gobierno mexicano reaccionó ayer. El Gobierno aseguró que la frontera será cerrada.",
     [("aseguró", "El Gobierno", "Gobierno mexicano")]),
    ("El Gobierno aseguró que la frontera será cerrada.", [("aseguró", "El Gobierno", "El Gobierno")]),
    # an infinitive opening the sentence, its subject a role alone after the comma, before a verb
    # no cue table knows
    ("Después de haber dicho que no habría acuerdo, la ministra abandonó la reunión.",
     [("Después de haber dicho", "la ministra", "la ministra")]),
    ("Tras señalar que no habría acuerdo, la ministra Ana Pérez abandonó la reunión.",
     [("Tras señalar", "la ministra Ana Pérez", "Ana Pérez")]),
    # labelling and defining someone as …, and a court's ruling that … (only with what was said or ruled)
    ("El exministro definió a su rival como «intelectualmente pobre».",
     [("definió", "El exministro", "El exministro")]),
    ("El senador tildó de «traidor» al presidente.", [("tildó", "El senador", "El senador")]),
    ("El Tribunal Electoral resolvió que el Congreso aplique una sanción.",
     [("resolvió", "El Tribunal Electoral", "Tribunal Electoral")]),
    ("La jueza determinó que el acusado debe ser liberado.", [("determinó", "La jueza", "La jueza")]),
    ("El ministro definió la estrategia del Gobierno.", []),
    ("El juez resolvió el caso en una semana.", []),
    # a definite role with a complement, repeated: the person the text named with it before
    ("La ministra de Trabajo, Yolanda Díaz, habló ayer. La ministra de Trabajo aseguró que el paro bajará.",
     [("aseguró", "La ministra de Trabajo", "Yolanda Díaz")]),
    # the feminine of a role (capitana, fiscala, edila …), pointing back to the woman named with it
    ("La capitana del equipo, Alexia Putellas, habló ayer. La capitana aseguró que el equipo ganará.",
     [("aseguró", "La capitana", "Alexia Putellas")]),
    ("La fiscala general, Ana Pérez, compareció ayer. La fiscala explicó que el caso sigue abierto.",
     [("explicó", "La fiscala", "Ana Pérez")]),
    # a role after the inverted verb, its name after a comma ending the sentence
    ("Así lo aseguró la ministra de Trabajo, Yolanda Díaz.", [("aseguró", "la ministra de Trabajo", "Yolanda Díaz")]),
    # a cleft opening its sentence: its focus speaks
    ("Fue la portavoz quien anunció la retirada.", [("anunció", "la portavoz", "la portavoz")]),
    ("Es el Gobierno el que anunció la retirada.", [("anunció", "el Gobierno", "el Gobierno")]),
    ("El problema es el ministro que anunció la retirada.", []),
]

TODO: list = []


@pytest.mark.parametrize("text, expected", CASES)
def test_a_spanish_construction(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, marks=todo(r)) for t, e, r in TODO] or
                         [pytest.param("", [], marks=pytest.mark.skip(reason="none left"))])
def test_a_spanish_construction_not_yet_read(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, words", [
    ("«Nunca», zanjó el ministro.", "Nunca"),
    ("«Una vergüenza», espetó la alcaldesa.", "Una vergüenza"),
    ("«Nunca más», lamentó la vecina.", "Nunca más"),
    ("«Jamás», replicó el portavoz.", "Jamás"),
])
def test_a_short_quotation_before_any_incise_verb_is_speech(text, words):
    vc.one_quote(text, "es", words)


def test_an_infinitive_after_the_marks_is_no_incise():
    vc.all_names("Citó las «comisiones especiales», para denunciar su abuso.", "es")
