"""Checklist round 5 of how German news reports speech (issue 24, stop 39): constructions listed
from the grammar and the style of news writing, not from any corpus text — Konjunktiv I reported
speech closed by "so X", fronted and postposed sources ("laut", "zufolge", "nach Angaben", "aus
Sicht"), inverted subjects after a quotation or a fronted object, the Perfekt and
Plusquamperfekt, speech after a colon, split verbs of saying ("gab zu", "sicherte … zu", "schlug
… vor", "sprach sich … aus"), idioms of making plain ("machte deutlich") and the impersonal
"Es heißt, …"; each with a near-miss that must not fire. Each asserts the cue, the speaker as a
reader names them and the kind of report."""

from __future__ import annotations

import pytest

from .test_checklist_fr import rows

CASES = [
    # Konjunktiv I and "so X" after it, with a role before the name: the name
    ("Die Lage sei ernst, so Innenministerin Nancy Faeser.", [("so", "Nancy Faeser", "indirect")]),
    ("Das Verfahren sei eingestellt worden, so die Staatsanwaltschaft.",
     [("so", "die Staatsanwaltschaft", "indirect")]),
    ("„Das ist ein Skandal“, so die Grünen-Politikerin Katrin Göring-Eckardt.",
     [("so", "Katrin Göring-Eckardt", "direct")]),
    # a fronted source, the name without its role
    ("Laut Innenministerin Faeser ist die Lage ernst.", [("Laut", "Faeser", "according_to")]),
    ("Laut Bundeskanzler Olaf Scholz wird es keine Steuererhöhung geben.",
     [("Laut", "Olaf Scholz", "according_to")]),
    ("Nach Angaben von Innenminister Herbert Reul gab es keine Toten.",
     [("Nach Angaben von", "Herbert Reul", "according_to")]),
    # "laut Angaben", "aus Sicht", "nach Angaben aus": the source after the noun
    ("Laut Angaben des Innenministeriums ist die Lage ruhig.",
     [("Laut Angaben", "Innenministerium", "according_to")]),
    ("Aus Sicht der Opposition ist der Plan gescheitert.", [("Aus Sicht", "der Opposition", "according_to")]),
    ("Nach Angaben aus Regierungskreisen ist eine Einigung nahe.",
     [("Nach Angaben aus", "Regierung", "according_to")]),
    ("Aus dem Fenster sah man den Fluss.", []),
    # postposed "zufolge", a stressed pronoun resolved to the person named before
    ("Der Staatsanwaltschaft zufolge hat der Angeklagte gelogen.",
     [("zufolge", "Der Staatsanwaltschaft", "according_to")]),
    ("Olaf Scholz war in Kiew. Laut ihm ist die Lage ernst.", [("Laut", "Olaf Scholz", "according_to")]),
    # a subordinate "wie" clause naming the source
    ("Wie Regierungssprecher Steffen Hebestreit sagte, bleibt es dabei.",
     [("sagte", "Steffen Hebestreit", "indirect")]),
    # inverted subjects: after a quotation, after a fronted object, after a time phrase
    ("„Wir werden nicht nachgeben“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin.",
     [("sagte", "Olaf Scholz", "direct")]),
    ("Das sagte Regierungssprecher Steffen Hebestreit am Freitag.", [("sagte", "Steffen Hebestreit", "indirect")]),
    ("Am Montag erklärte Außenministerin Annalena Baerbock, man stehe an der Seite der Ukraine.",
     [("erklärte", "Annalena Baerbock", "indirect")]),
    ("Es gebe keine Alternative, betonte Scholz.", [("betonte", "Scholz", "indirect")]),
    # the Perfekt and the Plusquamperfekt
    ("Die Ministerin hatte zuvor gesagt, sie wolle nicht zurücktreten.", [("gesagt", "Die Ministerin", "indirect")]),
    ("Die Polizei hat mitgeteilt, dass niemand verletzt wurde.", [("mitgeteilt", "Die Polizei", "indirect")]),
    # a colon after the verb of saying
    ("Der Minister sagte dazu: „Das ist nicht akzeptabel.“", [("sagte", "Der Minister", "direct")]),
    # role and name in apposition, each order
    ("Der Sprecher des Innenministeriums, Maximilian Kall, sagte, die Lage sei ruhig.",
     [("sagte", "Maximilian Kall", "indirect")]),
    ("Maximilian Kall, Sprecher des Innenministeriums, sagte, die Lage sei ruhig.",
     [("sagte", "Maximilian Kall", "indirect")]),
    ("Die Innenministerin Nancy Faeser (SPD) sagte, die Lage sei ruhig.", [("sagte", "Nancy Faeser", "indirect")]),
    # a description of the person named before
    ("Nancy Faeser sprach in Berlin. „Die Lage ist ruhig“, sagte die SPD-Politikerin.",
     [("sagte", "Nancy Faeser", "direct")]),
    # a pronoun: the nearest named person of its gender
    ("Olaf Scholz traf Nancy Faeser. Sie sagte, die Lage sei ruhig.", [("sagte", "Nancy Faeser", "indirect")]),
    ("Olaf Scholz traf Nancy Faeser. Er sagte, die Lage sei ruhig.", [("sagte", "Olaf Scholz", "indirect")]),
    # "gab zu, dass": admitting, the split form only with what was said
    ("Der Trainer gab zu, dass die Mannschaft schlecht gespielt habe.", [("gab zu", "Der Trainer", "indirect")]),
    ("Der Koch gab zu dem Teig etwas Salz.", []),
    # "verriet" with what was said, the past only
    ("„Ich höre auf“, verriet der Star.", [("verriet", "der Star", "indirect")]),
    ("Der Spion verriet seine Freunde.", []),
    ("Schon der Name verrät, was dahintersteckt.", []),
    # proposing and assuring, split
    ("Die Kommission schlug vor, die Regeln zu ändern.", [("schlug", "Die Kommission", "indirect")]),
    ("Der Minister sicherte zu, dass die Hilfe komme.", [("sicherte", "Der Minister", "indirect")]),
    # asking someone to do something, only with what was asked
    ("Die Polizei bat die Anwohner, die Fenster zu schließen.", [("bat", "Die Polizei", "indirect")]),
    ("Der Gast bat um ein Glas Wasser.", [("bat", "Der Gast", "indirect")]),
    # speaking out for or against
    ("Die SPD sprach sich für eine Reform aus.", [("sprach sich für", "Die SPD", "indirect")]),
    ("Die Ministerin sprach sich dafür aus, die Steuern zu senken.", [("sprach sich dafür", "Die Ministerin", "indirect")]),
    ("Die Ministerin sprach mit den Bürgern.", []),
    # making plain, only with what was said
    ("Die Ministerin machte deutlich, dass sie bleibe.", [("machte deutlich", "Die Ministerin", "indirect")]),
    ("Der Regen machte deutlich mehr Arbeit.", []),
    # the impersonal "Es heißt, …": said by no one named
    ("Es heißt, der Minister trete zurück.", [("Es heißt", "", "indirect")]),
    ("Aus Regierungskreisen hieß es, eine Einigung sei nahe.", [("hieß es", "Regierung", "indirect")]),
    # "Es hieß" with its source after it, as "hieß es aus …"
    ("Es hieß aus dem Ministerium, man prüfe den Fall.", [("Es hieß", "Ministerium", "indirect")]),
    ("Es hieß in einer Mitteilung der Polizei, die Lage sei ruhig.", [("Es hieß", "Polizei", "indirect")]),
    # beliefs are no reports
    ("Der Präsident hofft, dass der Krieg bald endet.", []),
    ("Er glaubt, dass die Wirtschaft wachsen wird.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_reader_gives_these(text, expected):
    assert rows(text, "de") == expected


# a body said by its article and its kind's noun alone, no name after it: the body that spoke last
BODIES = [
    ("Die SPD forderte höhere Löhne. Die Partei erklärte, die Reform sei überfällig.",
     [("forderte", "Die SPD", "indirect"), ("erklärte", "Die SPD", "indirect")]),
    ("Das ICMPD teilte am Montag mit, die Zahl der Migranten steige. Die Organisation betonte, man brauche mehr Geld.",
     [("teilte", "Das ICMPD", "indirect"), ("betonte", "Das ICMPD", "indirect")]),
    # the one who spoke before is a person: no body to go back to
    ("Olaf Scholz forderte höhere Löhne. Die Partei erklärte, die Reform sei überfällig.",
     [("forderte", "Olaf Scholz", "indirect"), ("erklärte", "Die Partei", "indirect")]),
    ("Das ICMPD hat seinen Sitz in Wien. Die Organisation betonte, man brauche mehr Geld.",
     [("betonte", "Die Organisation", "indirect")]),
]


@pytest.mark.parametrize("text, expected", BODIES)
def test_a_body_said_by_its_kind_is_the_one_that_spoke(text, expected):
    assert rows(text, "de") == expected


# "laut" inside the clause: the speaker ends at its role noun (a German noun's words stand before it)
INSIDE = [
    ("Die Regierung erwägt laut einem Sprecher neue Maßnahmen.", [("laut", "ein Sprecher", "according_to")]),
    ("Laut einem Sprecher erwägt die Regierung neue Maßnahmen.", [("Laut", "ein Sprecher", "according_to")]),
    # a complement after the role goes on with it
    ("Laut einem Sprecher des Ministeriums steigt die Zahl.", [("Laut", "ein Sprecher des Ministeriums", "according_to")]),
    ("Laut dem Beauftragten für Migration steigt die Zahl.",
     [("Laut", "der Beauftragten für Migration", "according_to")]),
    # "nach den Worten": the genitive after it
    ("Nach den Worten des Kanzlers ist die Lage ernst.", [("Nach den Worten", "der Kanzler", "according_to")]),
    # a memory told, only with what was told
    ("Eine Anwohnerin erinnert sich: „Es war furchtbar.“", [("erinnert sich", "Eine Anwohnerin", "direct")]),
    ("Sie erinnert sich an den Tag.", []),
]


@pytest.mark.parametrize("text, expected", INSIDE)
def test_a_source_inside_the_clause(text, expected):
    assert rows(text, "de") == expected


# the passive of quoting: its subject is the one who speaks (not the passive's "no one")
QUOTED = [
    ("Scholz wird mit den Worten zitiert: „Wir schaffen das.“", [("zitiert", "Scholz", "direct")]),
    ("In der Zeitung wird der Minister mit den Worten zitiert, man werde handeln.",
     [("zitiert", "der Minister", "indirect")]),
    ("Das Buch wird oft zitiert.", []),
]


@pytest.mark.parametrize("text, expected", QUOTED)
def test_the_passive_of_quoting(text, expected):
    assert rows(text, "de") == expected


# the passive's agent after "von" or "vom" speaks
AGENTS = [
    ("Der Vorfall wurde von der Polizei bestätigt.", [("bestätigt", "der Polizei", "indirect")]),
    ("Die Zahlen wurden vom Ministerium bestätigt.", [("bestätigt", "Ministerium", "indirect")]),
    ("Die Zahlen wurden vom Statistischen Bundesamt erhoben.", []),
]


@pytest.mark.parametrize("text, expected", AGENTS)
def test_the_agent_of_a_passive(text, expected):
    assert rows(text, "de") == expected
