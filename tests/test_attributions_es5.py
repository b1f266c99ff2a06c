"""Spanish speakers, fifth round (issue 24, branch gold5b): one test per pattern of the
language, each on a sentence of the shape the dev gold reads."""

from __future__ import annotations

from .test_attributions_es4 import rows


def test_a_role_with_ex_glued_to_it_is_a_role():
    # "la expanista": ex + panista, written as one word; the lede's role is the person the
    # body names after it, and the verbs with no subject speak with her
    got = rows("Margarita Zavala renuncia a la candidatura presidencial\n"
               "En un adelanto de su participación, la expanista anuncia que ya no competirá en el proceso.\n"
               "A cuatro días del debate, Margarita Zavala anunció su renuncia a su candidatura. "
               "\"Retiro mi candidatura\", aseguró.")
    assert [r[1] for r in got] == ["Margarita Zavala"] * 3
    assert got[0][:2] == ["la expanista", "Margarita Zavala"]


def test_a_name_after_a_noun_of_a_work_is_no_one_a_role_names():
    # "el programa Tercer Grado": the programme's name, not whom "la expanista" is
    got = rows("En un adelanto del programa Tercer Grado, la expanista aseguró que se bajaría de la contienda. "
               "Margarita Zavala anunció su renuncia.")
    assert got[0][1] != "Tercer Grado"


def test_the_imperfect_subjunctive_of_a_verb_of_saying_is_a_cue():
    got = rows("El anuncio se da un día después de que el candidato, Ricardo Anaya, anunciara que buscaría a "
               "Zavala. \"Estoy en la mejor disposición\", aseguró.")
    assert [(r[1], r[2]) for r in got] == [("Ricardo Anaya", "anunciara"), ("Ricardo Anaya", "aseguró")]


def test_a_verb_with_no_subject_speaks_with_the_person_who_opens_its_sentence():
    # "Esta mañana, Zavala participó en …, destacó que …": her sentence, not Anaya's quote before
    got = rows("Ricardo Anaya dijo que buscaría a Margarita Zavala. \"Estoy abierto\", aseguró. "
               "Esta mañana, Zavala participó en los Diálogos por México organizado por la Coparmex, destacó que "
               "la reforma requiere apoyo. Respecto a la seguridad, explicó que fortalecerá a la policía.")
    assert [(r[1], r[2]) for r in got] == [("Ricardo Anaya", "dijo"), ("Ricardo Anaya", "aseguró"),
                                           ("Margarita Zavala", "destacó"), ("Margarita Zavala", "explicó")]


def test_a_sentence_subject_is_only_a_persons_name_with_its_verb():
    # "el Gobierno" (a body, with its article) and "Zavala, que …" (no verb of hers) are not
    # read; the latest speaker stays
    got = rows("Ricardo Anaya dijo que buscaría a Margarita Zavala. "
               "El Gobierno publicó el decreto, aseguró que no habrá cambios.")
    assert [(r[1], r[2]) for r in got] == [("Ricardo Anaya", "dijo"), ("Ricardo Anaya", "aseguró")]
