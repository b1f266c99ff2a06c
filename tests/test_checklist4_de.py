"""Checklist round 4 of how German news reports speech (issue 24, round 13): constructions read
from the dev errors' kinds and the grammar, not from any corpus text — a headline that gives the
words of someone the article quotes with a label and a colon and no verb ("Merz: „…“", "Bönte:
Fury muss …"), and the passive with no agent of a verb that only reports speech ("Ihm werden
Betrug und Untreue vorgeworfen", "Es wird empfohlen, …": said by no one named), and a noun of saying whose
possessive before it is the speaker, what was said after a colon ("Seine Erfahrung: …"), and a
subheading that quotes with no cue, the words of the speaker the paragraphs after it quote. Each asserts the cue, the speaker as resolved and whether the words are quoted."""

from __future__ import annotations

import pytest

from .test_checklist_fr import rows

CASES = [
    # a headline's label and colon: the words of the person the article quotes by that name
    ("Scholz: „Wir lassen niemanden allein“\n\nBundeskanzler Olaf Scholz sagte am Montag, die Regierung stehe zu "
     "ihren Zusagen.",
     [("", "Olaf Scholz", "direct"), ("sagte", "Olaf Scholz", "indirect")]),
    ("Merz: Die Schuldenbremse bleibt\n\nCDU-Chef Friedrich Merz sagte, die Schuldenbremse werde nicht angetastet.",
     [("", "Friedrich Merz", "indirect"), ("sagte", "Friedrich Merz", "indirect")]),
    # a label no one in the article speaks under, a headline with a full stop: no report
    ("Fazit: „Ein großer Abend“\n\nDer Trainer sagte, die Mannschaft habe gut gespielt.",
     [("sagte", "Der Trainer", "indirect")]),
    ("Merz: Die Schuldenbremse bleibt. Das sagen alle.\n\nCDU-Chef Friedrich Merz sagte, die Schuldenbremse werde "
     "nicht angetastet.", [("sagte", "Friedrich Merz", "indirect")]),
    # the head noun of a speaker is no name: "Gewerkschaft:" before "Die Gewerkschaft Komba warnt"
    ("Gewerkschaft: Besser um Nachwuchs kümmern\n\nDie Gewerkschaft Komba warnte, der Plan gehe an der Praxis vorbei.",
     [("warnte", "Die Gewerkschaft Komba", "indirect")]),
    # the passive with no agent of a verb that only reports speech: what was said, by no one named
    ("Dem Minister werden Betrug und Untreue vorgeworfen.", [("vorgeworfen", "", "indirect")]),
    ("Damals wurde dem Berater vorgeworfen, eine Spenderin belästigt zu haben.", [("vorgeworfen", "", "indirect")]),
    ("Es wird empfohlen, Fenster und Türen geschlossen zu halten.", [("empfohlen", "", "indirect")]),
    ("Über die Warn-App wird vor giftigem Rauch gewarnt.", [("gewarnt", "", "indirect")]),
    ("Am Montag wurde der Rücktritt des Vorstands verkündet.", [("verkündet", "", "indirect")]),
    ("Der Arzt hat empfohlen, viel zu trinken.", [("empfohlen", "Der Arzt", "indirect")]),
    # the passive of a verb with another sense: no report
    ("Der Angeklagte wurde zu drei Jahren Haft verurteilt.", []),
    ("Der Titel wurde im Mai erfolgreich verteidigt.", []),
    ("Er wurde zum Sieger erklärt.", []),
    # a possessive, a noun of saying and a colon: the possessor speaks, what follows the colon
    ("Anna Berger leitet den Betrieb. Ihre Erfahrung: Die Kunden zahlen später.",
     [("Erfahrung", "Anna Berger", "according_to")]),
    ("Der Gewerkschafter Jan Roth hofft auf eine Einigung, sein dringender Appell an die Arbeitgeber: „Kommt uns "
     "entgegen!“", [("Appell", "Jan Roth", "according_to")]),
    ("Markus Vogel sprach eine Stunde. Sein Fazit: „Wir sind auf dem richtigen Weg.“",
     [("Fazit", "Markus Vogel", "according_to")]),
    # without the colon, the noun is no report
    ("Der Bürgermeister stellte den Plan vor. Seine Forderung wurde abgelehnt.", []),
    ("Die Antwort der Regierung: „Wir prüfen das.“", [("Antwort", "die Regierung", "according_to")]),
    # a quoted subheading: the speaker quoted after it, the one whose words it repeats first
    ("Die Stadt plant neue Radwege.\n\n„Wir brauchen mehr Platz für Räder“\n\nDie Opposition kritisierte, der Plan "
     "sei zu teuer. „Wir brauchen mehr Platz für Räder und Fußgänger“, sagte Jonas Keller.",
     [("", "Jonas Keller", "direct"), ("kritisierte", "Die Opposition", "indirect"),
      ("sagte", "Jonas Keller", "direct")]),
    ("Die Stadt plant neue Radwege.\n\n„Das kostet zu viel“\n\nDie Opposition kritisierte, der Plan sei zu teuer.",
     [("", "Die Opposition", "direct"), ("kritisierte", "Die Opposition", "indirect")]),
    # a quotation ending with a full stop in a paragraph of its own goes on from the one before
    ("Der Minister sagte: „Das ist ein guter Tag für das Land.“\n\n„Wir haben viel erreicht.“\n\nDie Opposition "
     "kritisierte, der Plan sei zu teuer.",
     [("sagte", "Der Minister", "direct"), ("kritisierte", "Die Opposition", "indirect")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_reader_gives_these(text, expected):
    assert rows(text, "de") == expected
