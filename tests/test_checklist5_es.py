"""Checklist round 5 of how Spanish news reports speech (issue 24, stop 39): constructions listed
from the grammar and the style of news writing, not from any corpus text — "señaló",
"puntualizó" and the other verbs of an incise, fronted and postposed sources ("según", "de
acuerdo con", "a juicio de", "en palabras de", "para"), "según" with a verb ("según explicó el
alcalde"), compound tenses, role and name in apposition, a pronoun and a dropped subject resolved
to the person named before, and the idioms of announcing, making plain, stressing and calling on
("avanzó que", "dejó claro que", "puso de relieve que", "hizo hincapié en que", "hizo un
llamamiento a", "se mostró convencido de que"); each with a near-miss that must not fire."""

from __future__ import annotations

import pytest

from .test_checklist_fr import rows

CASES = [
    # the verbs of an incise, the role before the name: the name
    ("«No vamos a ceder», señaló el presidente del Gobierno, Pedro Sánchez.", [("señaló", "Pedro Sánchez", "direct")]),
    ("«No vamos a ceder», puntualizó Sánchez.", [("puntualizó", "Sánchez", "direct")]),
    ("«Estamos preocupados», ha reconocido la directora del hospital.",
     [("reconocido", "la directora del hospital", "direct")]),
    # fronted and postposed sources
    ("Según el ministro de Economía, Carlos Cuerpo, la inflación bajará.", [("Según", "Carlos Cuerpo", "according_to")]),
    ("De acuerdo con la Policía Nacional, el sospechoso huyó.",
     [("De acuerdo con", "Policía Nacional", "according_to")]),
    ("La inflación bajará, según el Banco de España.", [("según", "Banco de España", "according_to")]),
    ("Para el analista Jorge Díaz, la medida es insuficiente.", [("Para", "Jorge Díaz", "according_to")]),
    ("Según los casos, la medida es insuficiente.", []),
    # "según" with a verb of saying: the verb's subject
    ("Según explicó el alcalde, las obras terminarán en mayo.", [("explicó", "el alcalde", "indirect")]),
    ("Según han informado fuentes policiales, el detenido tiene 30 años.",
     [("informado", "fuentes policiales", "indirect")]),
    # compound tenses and the future of the past
    ("El presidente había advertido de que habría consecuencias.", [("advertido", "El presidente", "indirect")]),
    ("El ministro explicaría más tarde que habrá cambios.", [("explicaría", "El ministro", "indirect")]),
    # role and name in apposition, each order
    ("El portavoz de la Policía, Juan López, dijo que el detenido huyó.", [("dijo", "Juan López", "indirect")]),
    ("Pilar Alegría, portavoz del Gobierno, afirmó que no habrá cambios.", [("afirmó", "Pilar Alegría", "indirect")]),
    # a pronoun or a dropped subject: the person named before
    ("María Jesús Montero visitó la fábrica. Ella dijo que habrá cambios.",
     [("dijo", "María Jesús Montero", "indirect")]),
    ("Pedro Sánchez visitó la fábrica. Aseguró que habrá cambios.", [("Aseguró", "Pedro Sánchez", "indirect")]),
    # a surname after the full name
    ("La ministra de Hacienda, María Jesús Montero, dijo que habrá cambios. Montero añadió que serán pronto.",
     [("dijo", "María Jesús Montero", "indirect"), ("añadió", "María Jesús Montero", "indirect")]),
    # announcing ahead: only with what was said, not the gerund of progress
    ("El ministro avanzó que habrá cambios.", [("avanzó", "El ministro", "indirect")]),
    ("El ministro adelantó que habrá cambios.", [("adelantó", "El ministro", "indirect")]),
    ("El ejército avanzó hacia la frontera.", []),
    ("Las obras siguen avanzando, como se esperaba.", []),
    # making plain, stressing, calling on
    ("El ministro dejó claro que habrá cambios.", [("dejó claro", "El ministro", "indirect")]),
    ("El ministro dejó en claro que habrá cambios.", [("dejó en claro", "El ministro", "indirect")]),
    ("El ministro puso de relieve que habrá cambios.", [("puso de relieve", "El ministro", "indirect")]),
    ("El ministro hizo hincapié en que habrá cambios.", [("hizo hincapié", "El ministro", "indirect")]),
    ("El ministro hizo un llamamiento a la calma.", [("hizo un llamamiento", "El ministro", "indirect")]),
    # a stance said by showing oneself so; not "se mostró" in public
    ("El ministro se mostró convencido de que habrá cambios.", [("se mostró", "El ministro", "indirect")]),
    ("El ministro se mostró en público.", []),
    # confessing, only with what was confessed: a bare "confesó" inside a report is no report of its own
    ("Fuentes de la investigación indicaron que el detenido confesó.",
     [("indicaron", "Fuentes de la investigación", "indirect")]),
    ("«Lo hice yo», confesó el detenido.", [("confesó", "el detenido", "direct")]),
    ("El detenido confesó que robó el coche.", [("confesó", "El detenido", "indirect")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_reader_gives_these(text, expected):
    assert rows(text, "es") == expected


# a verb with no subject: the speaker before, unless that speaker is plural and the verb singular
# ("Los diputados indicaron … Manifestó": not theirs; the singular speaker before them)
DROPPED = [
    ("El gobernador Jaime Rodríguez dijo que la reforma es necesaria. Los diputados locales indicaron que votarán en "
     "contra. Manifestó además que habrá cambios.",
     [("dijo", "Jaime Rodríguez", "indirect"), ("indicaron", "Los diputados locales", "indirect"),
      ("Manifestó", "Jaime Rodríguez", "indirect")]),
    ("La ministra dijo que habrá cambios. Los sindicatos han advertido de que habrá huelga. Añadió que el diálogo "
     "sigue abierto.",
     [("dijo", "La ministra", "indirect"), ("advertido", "Los sindicatos", "indirect"),
      ("Añadió", "La ministra", "indirect")]),
    # a plural verb goes on with the plural speaker; a singular one with the singular speaker
    ("El gobernador Jaime Rodríguez dijo que la reforma es necesaria. Los diputados locales indicaron que votarán en "
     "contra. Afirmaron además que habrá cambios.",
     [("dijo", "Jaime Rodríguez", "indirect"), ("indicaron", "Los diputados locales", "indirect"),
      ("Afirmaron", "Los diputados locales", "indirect")]),
    ("La ministra dijo que habrá cambios. Añadió que el diálogo sigue abierto.",
     [("dijo", "La ministra", "indirect"), ("Añadió", "La ministra", "indirect")]),
]


@pytest.mark.parametrize("text, expected", DROPPED)
def test_a_dropped_subject_agrees_in_number(text, expected):
    assert rows(text, "es") == expected


# a body said by its article and its kind's noun alone: the named body that spoke last before it
BODIES = [
    ("El Ministerio de Defensa ruso informó que derribó diez drones. La cartera añadió que no hubo daños.",
     [("informó", "El Ministerio de Defensa ruso", "indirect"), ("añadió", "El Ministerio de Defensa ruso", "indirect")]),
    ("La empresa Tesla anunció que abrirá una fábrica. La compañía añadió que creará mil empleos.",
     [("anunció", "Tesla", "indirect"), ("añadió", "Tesla", "indirect")]),
    # a person spoke between them: which body is not said
    ("El Ministerio de Defensa informó que derribó diez drones. El portavoz Juan López dijo que no hubo daños. La "
     "cartera añadió que no hubo víctimas.",
     [("informó", "Ministerio de Defensa", "indirect"), ("dijo", "Juan López", "indirect"),
      ("añadió", "La cartera", "indirect")]),
    # no body spoke before it
    ("La compañía anunció que creará mil empleos.", [("anunció", "La compañía", "indirect")]),
]


@pytest.mark.parametrize("text, expected", BODIES)
def test_a_body_said_by_its_kind_is_the_one_that_spoke(text, expected):
    assert rows(text, "es") == expected


# "Así lo aseguró X." opening its sentence: the neuter clitic stands for the sentence before
CLITIC = [
    ("«No habrá cambios». Así lo aseguró el ministro.", [("aseguró", "el ministro", "indirect")]),
    ("Como lo explicó el ministro, no habrá cambios.", [("explicó", "el ministro", "indirect")]),
    ("Así lo quiso el destino.", []),
    # "según palabras de", "trascendió que" (no one named); not "trascendió fronteras"
    ("Según palabras del ministro, la situación es grave.", [("Según palabras del", "ministro", "according_to")]),
    ("Trascendió que el ministro dimitirá.", [("Trascendió", "", "indirect")]),
    ("Su obra trascendió fronteras.", []),
]


@pytest.mark.parametrize("text, expected", CLITIC)
def test_a_neuter_clitic_and_sources(text, expected):
    assert rows(text, "es") == expected


def test_the_clitic_takes_the_sentence_before_as_what_was_said():
    import pandas as pd

    import framing

    text = "«No habrá cambios». Así lo aseguró el ministro."
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), language="es")
    assert got["content"].tolist() == ["«No habrá cambios»"]
    assert text[got["content_start"].iloc[0]:got["content_end"].iloc[0]] == "«No habrá cambios»"


# a bare plural of sources opening its clause, a phrase after it: all of it speaks, not the phrase's
# last noun; before a participle's agent, the sources before the participle
SOURCES = [
    ("Fuentes cercanas a la investigación indicaron que el detenido huyó.",
     [("indicaron", "Fuentes cercanas a la investigación", "indirect")]),
    ("Fuentes del ministerio consultadas por EFE aseguraron que habrá cambios.",
     [("aseguraron", "Fuentes del ministerio", "indirect")]),
    ("Fuentes consultadas por este diario aseguraron que habrá cambios.", [("aseguraron", "Fuentes", "indirect")]),
    # a noun that is no source opening the clause: its phrase is no speaker
    ("Las obras cercanas a la estación terminaron en mayo.", []),
]


@pytest.mark.parametrize("text, expected", SOURCES)
def test_sources_with_a_phrase_after_them(text, expected):
    assert rows(text, "es") == expected


# the passive with its agent, the participle agreeing with a feminine or plural subject; not the
# participle as an adjective, nor a pronominal verb's "por" (what for)
PASSIVES = [
    ("Las cifras fueron confirmadas por el ministerio.", [("confirmadas", "el ministerio", "indirect")]),
    ("La decisión fue criticada por la oposición.", [("criticada", "la oposición", "indirect")]),
    ("Las medidas anunciadas ayer entrarán en vigor.", []),
    ("Los diputados locales se han pronunciado por la reforma.",
     [("se han pronunciado", "Los diputados locales", "indirect")]),
]


@pytest.mark.parametrize("text, expected", PASSIVES)
def test_passives_and_pronominal_verbs(text, expected):
    assert rows(text, "es") == expected


# a pronoun: the person of its gender named in the sentence before, after a preposition too when
# the name opens with a first name ("con Pedro Sánchez"; not a place, "a San Sebastián")
PRONOUNS = [
    ("Yolanda Díaz visitó la fábrica con Pedro Sánchez. Él dijo que habrá cambios.",
     [("dijo", "Pedro Sánchez", "indirect")]),
    ("El ministro viajó a San Sebastián. Él dijo que habrá cambios.", [("dijo", "El ministro", "indirect")]),
]


@pytest.mark.parametrize("text, expected", PRONOUNS)
def test_a_pronoun_after_a_name_after_a_preposition(text, expected):
    assert rows(text, "es") == expected
