"""French and German, sixth round: who speaks. A pronoun after a sentence that brings one
other person in ("…, fügte Krassyuk hinzu. Hier sieht auch Bönte Vorteile … „…“, sagte er")
is that person, not the latest speaker (:mod:`framing.sources.clause_pronouns`)."""

from __future__ import annotations

import pandas as pd

import framing


def rows(language: str, text: str) -> list[tuple]:
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), language=language)
    return [tuple(r) for r in got[got["rule"] != "continuation"][["cue", "speaker", "speaker_canonical"]].values.tolist()]


def test_a_pronoun_after_a_sentence_that_names_one_other_person():
    assert rows("de", "„Wir gewinnen“, sagte Klaus Meier. Hier sieht auch Peter Schulz einen Vorteil für den Verein. "
                "„Es war ein schöner Abend“, sagte er.") == [
        ("sagte", "Klaus Meier", "Klaus Meier"), ("sagte", "er", "Peter Schulz")]
    # by surname alone, the article having named him in full before
    assert rows("de", "Der Trainer Peter Schulz kam spät. „Wir gewinnen“, sagte Klaus Meier. Schulz fuhr danach "
                "nach Hause. „Es war ein schöner Abend“, sagte er.")[-1] == ("sagte", "er", "Peter Schulz")
    assert rows("fr", "« Nous gagnerons », a déclaré Jean Dupont. Pierre Martin a rejoint l'équipe lundi. "
                "« C'est un beau défi », a-t-il dit.")[-1] == ("dit", "il", "Pierre Martin")


def test_the_latest_speaker_where_the_sentence_before_names_two_or_spoke():
    # two people named: the latest speaker stays
    assert rows("de", "„Wir gewinnen“, sagte Klaus Meier. Peter Schulz traf Jan Vogel am Abend. "
                "„Es war ein schöner Abend“, sagte er.")[-1] == ("sagte", "er", "Klaus Meier")
    # the latest speaker spoke in the sentence before
    assert rows("de", "Peter Schulz kam spät. „Wir gewinnen“, sagte Klaus Meier. "
                "„Es war ein schöner Abend“, sagte er.")[-1] == ("sagte", "er", "Klaus Meier")
    # a name inside the quotation is no one who arrives
    assert rows("de", "„Wir gewinnen“, sagte Klaus Meier. Dann kam die Pause. „Peter Schulz war stark“, sagte er.")[-1] == (
        "sagte", "er", "Klaus Meier")


def test_an_inverted_role_with_its_complement_then_a_name():
    # the role's complement (a genitive, a phrase of a preposition) runs to the comma; the name after it speaks
    assert rows("de", "Auf ihrer Internetseite kritisiert die Landesvorsitzende der Familienunternehmen, Clara Berg, "
                "den Auftritt hart.") == [
        ("kritisiert", "die Landesvorsitzende der Familienunternehmen", "Clara Berg")]
    assert rows("de", "Gleichzeitig betont die Koordinatorin für Busse und Bahnen, Katharina Wagner, dass die Streiks "
                "niemanden kalt lassen.") == [("betont", "die Koordinatorin für Busse und Bahnen", "Katharina Wagner")]
    assert rows("fr", "« Nous gagnerons », a déclaré le porte-parole du ministère, Jean Dupont, mardi.") == [
        ("déclaré", "le porte-parole du ministère", "Jean Dupont")]
    # no name set off by commas after the complement: the role as written
    assert rows("de", "Gleichzeitig betont die Sprecherin der Stadt, dass die Streiks niemanden kalt lassen.") == [
        ("betont", "die Sprecherin der Stadt", "die Sprecherin der Stadt")]


def test_a_german_source_clause_after_the_main_clause():
    # "…, wie X mitteilte.": what was said is the main clause before it
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [
        "Es soll geprüft werden, ob der Konzern genug gegen die Einmischung vorgeht, wie die Kommission in Brüssel "
        "mitteilte. Das Verfahren sei eröffnet, wie ein Sprecher am Montag erklärte."]}), language="de")
    assert got[["cue", "speaker", "content"]].values.tolist() == [
        ["mitteilte", "die Kommission", "Es soll geprüft werden, ob der Konzern genug gegen die Einmischung vorgeht"],
        ["erklärte", "ein Sprecher", "Das Verfahren sei eröffnet"]]
    # "weil" opens no source clause: no content before it is taken
    assert rows("de", "Die Sitzung fiel aus, weil der Präsident krank war.") == []


def test_the_future_of_a_french_verb_of_saying():
    assert rows("fr", "Le président confirmera son soutien à la Genève internationale. Et il invitera les Helvètes à "
                "choisir l'Europe.") == [("confirmera", "Le président", "Le président"), ("invitera", "il", "Le président")]


def test_german_verbs_of_protest_jibe_and_recommendation():
    assert rows("de", "„Wir machen gute Politik“, protestiert Peter Schulz. „Er ist nervös“, lästerte Klaus Meier. "
                "Ministerin Anna Berg empfiehlt den Firmen, „einfach mal zu schweigen“.") == [
        ("protestiert", "Peter Schulz", "Peter Schulz"), ("lästerte", "Klaus Meier", "Klaus Meier"),
        ("empfiehlt", "Ministerin Anna Berg", "Anna Berg")]
