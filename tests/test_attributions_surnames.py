"""One person, one source, in the languages of the clause rules: a name given in full
("Enrique Peña Nieto") and later by both surnames ("Peña Nieto") is one speaker; two
surnames of which only the first is the person's ("Peña Gómez") are someone else; the word
of the stop list that opens a sentence ("Aunque", "Aber") is no part of the name after it."""

from __future__ import annotations

import pandas as pd

import framing
from framing.sources.clause_names import proper_name
from framing.sources.clause_words import clause_words_of


def rows(language: str, text: str) -> list[tuple]:
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), language=language)
    return [tuple(r) for r in got[got["rule"] != "continuation"][["cue", "speaker", "speaker_canonical"]].values.tolist()]


def test_both_surnames_after_the_full_name_are_the_same_person():
    assert rows("es", "Enrique Peña Nieto pidió perdón. Peña Nieto aseguró que no había violado la ley.") == [
        ("pidió", "Enrique Peña Nieto", "Enrique Peña Nieto"), ("aseguró", "Peña Nieto", "Enrique Peña Nieto")]
    assert rows("es", "Jorge Guzmán Rodríguez indicó que no. Guzmán Rodríguez señaló que sí.")[1] == (
        "señaló", "Guzmán Rodríguez", "Jorge Guzmán Rodríguez")
    # the first surname as the last word of the full name ("Ricardo Anaya", "Anaya Cortés") stays as it was
    assert rows("es", "Ricardo Anaya habló. Anaya Cortés dijo que fue el primero.") == [
        ("dijo", "Anaya Cortés", "Ricardo Anaya")]
    # another person who shares one surname
    assert rows("es", "Enrique Peña Nieto habló. Peña Gómez dijo que no.") == [("dijo", "Peña Gómez", "Peña Gómez")]


def test_a_stop_word_that_opens_the_sentence_is_no_part_of_the_name():
    assert rows("es", "Enrique Peña Nieto habló en Los Pinos. Aunque Peña Nieto no dio detalles, prometió que "
                      "habría cambios.") == [("prometió", "", "Enrique Peña Nieto")]
    assert proper_name("Aunque Peña Nieto", clause_words_of("es")) == "Peña Nieto"
    assert proper_name("Aber Angela Merkel", clause_words_of("de")) == "Angela Merkel"
