"""German: what opens a clause before its speaker. A name in the genitive before a role and a
name says whose the role is ("Bayerns Ministerpräsident Markus Söder" is Markus Söder, and
"Söder" later is he); a pronominal adverb or an adverb of time opens the clause and the
subject follows the verb ("Danach erklärte X"); after an inverted subject, a comma and an
article open what was said when no apposition is closed before it ("Später erklärte X, der
Kampf finde statt")."""

from __future__ import annotations

import pandas as pd

import framing


def rows(text: str) -> list[tuple]:
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), language="de")
    return [tuple(r) for r in got[got["rule"] != "continuation"][["cue", "speaker", "speaker_canonical"]].values.tolist()]


def test_a_name_in_the_genitive_before_a_role_and_a_name_is_no_part_of_the_name():
    assert rows("Bayerns Ministerpräsident Markus Söder sagte, er sei dagegen. „Nein“, sagte Söder.") == [
        ("sagte", "Bayerns Ministerpräsident Markus Söder", "Markus Söder"), ("sagte", "Söder", "Markus Söder")]
    assert rows("Floridas Gouverneur Ron DeSantis sagte, er sei dagegen.") == [
        ("sagte", "Floridas Gouverneur Ron DeSantis", "Ron DeSantis")]
    assert rows("Mecklenburg-Vorpommerns Verkehrsminister Reinhard Meyer erklärte, die Strecke bleibe offen.") == [
        ("erklärte", "Mecklenburg-Vorpommerns Verkehrsminister Reinhard Meyer", "Reinhard Meyer")]
    assert rows("Paris’ Bürgermeisterin Anne Hidalgo sagte, sie sei froh.")[0][2] == "Anne Hidalgo"
    # a first name is no genitive: "Markus" of "Markus Söder" stays
    assert rows("Markus Söder sagte, er sei dagegen.") == [("sagte", "Markus Söder", "Markus Söder")]


def test_a_pronominal_adverb_or_an_adverb_of_time_before_the_verb_is_not_its_subject():
    for adverb in ("Danach", "Daraufhin", "Schließlich", "Hingegen", "Zuerst"):
        assert rows(f"„Nein“, sagte Ron DeSantis. {adverb} erklärte Alexander Krassyuk, alles sei gut.")[1] == (
            "erklärte", "Alexander Krassyuk", "Alexander Krassyuk"), adverb
    assert rows("„Nein“, sagte Ron DeSantis. Dagegen sagte der Promoter, alles sei gut.")[1][1] == "der Promoter"


def test_an_article_after_the_inverted_subject_opens_what_was_said_when_no_apposition_closes():
    assert rows("„Nein“, sagte Ron DeSantis. Später erklärte Alexander Krassyuk, der Kampf finde statt.")[1] == (
        "erklärte", "Alexander Krassyuk", "Alexander Krassyuk")
    # an apposition closed by a comma is still read as the speaker's
    assert rows("Später sagte Alexander Krassyuk, der Promoter von Usyk, der Kampf finde statt.") == [
        ("sagte", "Alexander Krassyuk", "Alexander Krassyuk")]


def test_a_role_written_with_its_affiliation_is_the_person_named_with_it():
    text = ("AfD-Spitzenkandidat Björn Höcke wirft seinem CDU-Kontrahenten Mario Voigt vor, das Publikum belogen zu "
            "haben. „Das ist absurd“, schimpft der AfD-Chef. Er lasse sich nichts unterstellen, so der "
            "CDU-Spitzenkandidat.")
    assert rows(text) == [("wirft", "AfD-Spitzenkandidat Björn Höcke", "Björn Höcke"),
                          ("schimpft", "der AfD-Chef", "Björn Höcke"), ("so", "der CDU-Spitzenkandidat", "Mario Voigt")]
    # no one named with that affiliation: not the person named with another, the role as written
    assert rows("Die SPD-Chefin Saskia Esken sagte, sie sei froh. „Ja“, sagte die CDU-Chefin.")[1] == (
        "sagte", "die CDU-Chefin", "die CDU-Chefin")
    # a modifier or a place before the hyphen says no affiliation
    assert rows("Der frühere Kanzler Gerhard Schröder sagte, er bleibe. „Gut“, sagte der Ex-Kanzler.")[1][2] == (
        "Gerhard Schröder")
    assert rows("Mecklenburg-Vorpommerns Verkehrsminister Reinhard Meyer erklärte, die Strecke bleibe offen. Der "
                "SPD-Politiker hob hervor, dass die Bahn zahle.")[1][2] == "Reinhard Meyer"
    assert rows("US-Präsident Donald Trump sagte, er komme. „Nein“, sagte der US-Präsident.")[1][2] == "Donald Trump"
