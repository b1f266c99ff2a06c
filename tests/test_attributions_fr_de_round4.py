"""French and German, fourth round (issue 24 item 4): verbs of saying that speak only with
what was said (``needs_clause``), a call with its object between "invite … à", and a
person's affiliation after the name ("von der Hochschule …") kept out of the name."""

from __future__ import annotations

import pandas as pd

import framing


def rows(language: str, text: str) -> list[tuple]:
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), language=language)
    return [tuple(r) for r in got[got["rule"] != "continuation"][["cue", "speaker", "speaker_canonical"]].values.tolist()]


def test_a_name_and_the_body_the_person_is_from():
    assert rows("de", "Dass sich das Problem so lösen ließe, bezweifelt Arbeitswissenschaftler Thomas Langhoff "
                "von der Hochschule Niederrhein.") == [
        ("bezweifelt", "Arbeitswissenschaftler Thomas Langhoff von der Hochschule Niederrhein", "Thomas Langhoff")]
    # a particle of the name is no affiliation
    assert rows("de", "„Wir handeln jetzt“, sagte Kommissionspräsidentin Ursula von der Leyen.") == [
        ("sagte", "Kommissionspräsidentin Ursula von der Leyen", "Ursula von der Leyen")]


def test_german_verbs_that_speak_only_with_what_was_said():
    assert rows("de", "Der Job sei anstrengend und belastend, argumentieren die Gewerkschaften.") == [
        ("argumentieren", "die Gewerkschaften", "die Gewerkschaften")]
    assert rows("de", "Die Firma argumentiert mit Zahlen.") == []
    assert rows("de", "Im Gegensatz zu Amerika gebe es hier viel Potential, prognostizieren Fachleute.") == [
        ("prognostizieren", "Fachleute", "Fachleute")]
    assert rows("de", "Der Städtetag verweist darauf, dass die Verwaltung bis 67 arbeitet.") == [
        ("verweist darauf", "Der Städtetag", "Der Städtetag")]


def test_french_calls_disclosures_and_the_imperfect():
    assert rows("fr", "Le syndicat invite les parents à manifester samedi.") == [
        ("invite", "Le syndicat", "Le syndicat")]
    assert rows("fr", "Le référendum révéla que 200 000 Viennois approuvaient le plan.") == [
        ("révéla", "Le référendum", "Le référendum")]
    assert rows("fr", "Le film révèle un talent rare.") == []
    assert rows("fr", "Le livre dénonçait le caractère intimidant de certains mots.") == [
        ("dénonçait", "Le livre", "Le livre")]
    assert rows("fr", "La famille conteste les faits qui lui sont reprochés.") == [
        ("conteste", "La famille", "La famille")]
