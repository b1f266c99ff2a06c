"""Spanish speakers, fourth round: one test per pattern of the language (docs/languages.md,
"Attribution in other languages"), each on a sentence of the shape the dev gold reads."""

from __future__ import annotations

import pandas as pd

import framing


def rows(text: str) -> list[list]:
    """``[speaker as written, speaker_canonical, cue, rule]`` of each attribution of one Spanish text."""
    df = pd.DataFrame({"doc_id": ["d0"], "outlet": "X", "text": [text]})
    got = framing.find_attributions(df, language="es")
    return [[s if isinstance(s, str) else "", c if isinstance(c, str) else "", cue, rule]
            for s, c, cue, rule in got[["speaker", "speaker_canonical", "cue", "rule"]].values.tolist()]


def test_both_surnames_name_the_person_named_with_the_first():
    got = rows("El candidato a la Presidencia, Ricardo Anaya, respondió a Meade que el debate será en abril. "
               "Anaya Cortés dijo que fue el primero en presentar su declaración.")
    assert got == [["Ricardo Anaya", "Ricardo Anaya", "respondió", "role_name"],
                   ["Anaya Cortés", "Ricardo Anaya", "dijo", "subject"]]


def test_a_role_with_its_adjective_is_of_the_party_not_the_party():
    # "el ex líder nacional del PAN" is a person of the PAN, not the PAN: left unresolved
    # (no person was given that role), never "PAN"
    got = rows("El ex líder nacional del PAN dijo que el debate debe centrarse en el cambio.")
    assert got == [["El ex líder nacional del PAN", "El ex líder nacional del PAN", "dijo", "subject"]]


def test_a_role_in_the_lede_is_the_person_the_body_names_after_it():
    # "el panista": a member of the PAN, a role; the lede speaks before the body names him
    got = rows("El panista afirmó que el candidato del PRI va en tercer lugar.\n"
               "El candidato de la coalición, Ricardo Anaya, respondió que el único debate será el de abril.")
    assert got == [["El panista", "Ricardo Anaya", "afirmó", "subject"],
                   ["Ricardo Anaya", "Ricardo Anaya", "respondió", "role_name"]]


def test_an_adverb_opening_the_sentence_is_no_speaker_of_an_aside():
    got = rows("Rodríguez ha señalado que «esa herida sigue supurando». Asimismo, la diputada ha adjuntado una "
               "imagen con una cita de Anguita que, dice, aún «escuece».")
    assert got == [["Rodríguez", "Rodríguez", "señalado", "subject"], ["", "Rodríguez", "dice", "dropped"]]


def test_forms_of_arguing_questioning_and_labelling():
    got = rows("Los expertos arguyen que no involucran esfuerzo físico. Anaya cuestionó la postura de López Obrador. "
               "La diputada catalogó la medida como un error.")
    assert [r[2] for r in got] == ["arguyen", "cuestionó", "catalogó"]
