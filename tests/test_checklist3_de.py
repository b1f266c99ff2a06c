"""Checklist round 3 of how German news reports speech (issue 24): the generality of the
rules, written from the grammar, not from any corpus — a verb of saying in the tenses and the
word orders news uses (a separable verb's particle at the clause's end, after an inverted
subject: "Darin führte die Fed aus, dass …"; the participle after its adverb: "hatte daran
erinnert"), the verbs of stating, assuring, confessing and complaining the cue table lacked,
each held to what was said where it has another sense ("führte den Plan aus", "stellte Mängel
fest", "gibt es an Schulen", "klagt gegen den Bescheid"), and a short quotation before such a
verb read as speech, not as a name in marks. Each asserts the cue, the speaker as resolved
and whether the words are quoted."""

from __future__ import annotations

import pytest

from .test_checklist_fr import rows

CASES = [
    # separable verbs: the particle right after the verb, after an inverted subject, or joined in
    # a subordinate clause; only with what was said
    ("Die Ministerin führte aus, die Lage sei ernst.", [("führte", "Die Ministerin", "indirect")]),
    ("Darin führte die Notenbank aus, dass sich ihre Aufsicht verändert habe.",
     [("führte", "die Notenbank", "indirect")]),
    ("Wie die Ministerin ausführte, ist die Lage ernst.", [("ausführte", "die Ministerin", "indirect")]),
    ("Die Firma führte den Auftrag im Mai aus.", []),
    ("Die Ärzte stellten fest, dass der Patient keine Verletzungen hatte.",
     [("stellten fest", "Die Ärzte", "indirect")]),
    ("Die Prüfer stellten Mängel an der Brücke fest.", []),
    ("Der Zeuge gab an, er habe nichts gesehen.", [("gab an", "Der Zeuge", "indirect")]),
    ("Kritik gibt es immer wieder an einzelnen Projekten.", []),
    ("Die Richterin merkte an, dass die Frist abgelaufen sei.", [("merkte", "Die Richterin", "indirect")]),
    ("Man merkt dem Trainer die Müdigkeit an.", []),
    ("Der Anwalt wandte ein, sein Mandant sei krank gewesen.", [("wandte", "Der Anwalt", "indirect")]),
    ("Die Ministerin prangerte die Zustände in den Lagern an.", [("prangerte", "Die Ministerin", "indirect")]),
    # the participle after its adverb ("hatte daran erinnert")
    ("Der Kanzler hatte daran erinnert, dass die Hilfe Zeit brauche.",
     [("daran erinnert", "Der Kanzler", "indirect")]),
    # assuring, confessing, complaining, threatening, summing up; a short quotation before them is speech
    ("Der Angeklagte beteuerte, er habe nichts gewusst.", [("beteuerte", "Der Angeklagte", "indirect")]),
    ("„Ich war es nicht“, beteuerte der Angeklagte.", [("beteuerte", "der Angeklagte", "direct")]),
    ("Der Angeklagte gestand, er habe das Geld genommen.", [("gestand", "Der Angeklagte", "indirect")]),
    ("„Ich war es“, gestand der Angeklagte.", [("gestand", "der Angeklagte", "direct")]),
    ("„Das ist ein Skandal“, kommentierte die Abgeordnete.", [("kommentierte", "die Abgeordnete", "direct")]),
    ("Die Anwohnerin klagte, der Lärm sei unerträglich.", [("klagte", "Die Anwohnerin", "indirect")]),
    ("Die Anwohnerin klagt gegen den Bescheid.", []),
    ("„Wir sind müde“, seufzte die Pflegerin.", [("seufzte", "die Pflegerin", "direct")]),
    ("Die Gewerkschaft drohte, sie werde streiken.", [("drohte", "Die Gewerkschaft", "indirect")]),
    ("Der Gewerkschaft droht ein langer Streit.", []),
    ("Der Trainer resümierte, die Mannschaft habe gut gespielt.", [("resümierte", "Der Trainer", "indirect")]),
    ("Die Sprecherin präzisierte, der Termin sei verschoben.", [("präzisierte", "Die Sprecherin", "indirect")]),
    # the participle after a short quotation ("hatte er gesagt"): speech, not a name in marks
    ("„Wir helfen“, hatte der Bürgermeister gesagt.", [("gesagt", "der Bürgermeister", "direct")]),
    ("Die Lage sei ernst, hat die Ministerin betont.", [("betont", "die Ministerin", "indirect")]),
    # a fronted source, then a verb of saying with its own subject: two reports
    ("Laut der Zeitung sagte der Astrologe den Sieg voraus.",
     [("Laut", "der Zeitung", "according_to"), ("sagte", "der Astrologe", "indirect")]),
    ("Laut der „Bild“ sagte der Minister, er trete zurück.",
     [("Laut", "Bild", "according_to"), ("sagte", "der Minister", "indirect")]),
    # the feminine of a role listed in the masculine, pointing back to the person named with it
    ("Bischöfin Margot Käßmann predigte in Hannover. Die Bischöfin sagte, der Krieg sei falsch.",
     [("sagte", "Margot Käßmann", "indirect")]),
    ("Die Generalin Eva Krause besuchte die Truppe. Die Generalin erklärte, die Lage sei stabil.",
     [("erklärte", "Eva Krause", "indirect")]),
    # voicing and repeating, only with what was said ("wiederholt" is also "repeatedly")
    ("Die Ministerin äußerte, dass die Lage ernst sei.", [("äußerte", "Die Ministerin", "indirect")]),
    ("Die Ministerin äußerte Kritik an dem Plan.", []),
    ("Die Ministerin wiederholte, die Lage sei ernst.", [("wiederholte", "Die Ministerin", "indirect")]),
    ("Die Ministerin hat wiederholt betont, die Lage sei ernst.", [("betont", "Die Ministerin", "indirect")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_reader_gives_these(text, expected):
    assert rows(text, "de") == expected
