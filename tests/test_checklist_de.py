"""A checklist of how German news reports speech (issue 24): sentences written here, not taken
from any corpus, one for each construction a reader of German news meets; each asserts what a
reader gives: the cue, the speaker (as resolved) and whether the words are quoted (first run,
the failures were the round's work list; see docs/evaluation.md)."""

from __future__ import annotations

import pytest

from .test_checklist_fr import names, quotes, rows

CASES = [
    # the speaker first, a title before the name
    ("Bundeskanzler Olaf Scholz sagte, die Lage sei ernst.", [("sagte", "Olaf Scholz", "indirect")]),
    ("Der Sprecher der Polizei, Thomas Weber, sagte, es gebe keine Hinweise.",
     [("sagte", "Thomas Weber", "indirect")]),
    ("Der russische Außenminister Sergej Lawrow warf dem Westen vor, den Krieg zu verlängern.",
     [("warf", "Sergej Lawrow", "indirect")]),
    ("Die Ministerin erklärte: „Wir handeln sofort.“", [("erklärte", "Die Ministerin", "direct")]),
    ("Der Bundesrat teilte am Mittwoch mit, die Grenzen blieben offen.", [("teilte", "Der Bundesrat", "indirect")]),
    # a body with its seat after it ("die Regierung in Moskau") is the subject
    ("Die Regierung in Moskau sagte, die Vorwürfe seien falsch.",
     [("sagte", "Die Regierung in Moskau", "indirect")]),
    ("Die Polizei in Berlin wies die Vorwürfe zurück.", [("wies", "Die Polizei in Berlin", "indirect")]),
    ("Der Botschafter in Washington erklärte, die Gespräche gingen weiter.",
     [("erklärte", "Der Botschafter in Washington", "indirect")]),
    ("„Wir prüfen den Fall“, sagte die Polizei in Berlin.", [("sagte", "die Polizei in Berlin", "direct")]),
    # the quotation first, the verb and its subject inverted; both pairs of marks
    ("„Die Lage ist ernst“, sagte Bundeskanzler Olaf Scholz.", [("sagte", "Olaf Scholz", "direct")]),
    ("»Wir lassen uns nicht erpressen«, sagte der Minister.", [("sagte", "der Minister", "direct")]),
    ("„Wir handeln sofort“, erklärte die Ministerin am Montag in Berlin.", [("erklärte", "die Ministerin", "direct")]),
    ("„Wir haben genug“, sagt Anna Schmidt, 45, Lehrerin aus Köln.", [("sagt", "Anna Schmidt", "direct")]),
    # Konjunktiv I with the verb after it, and "so X"
    ("Er habe von nichts gewusst, sagte der Angeklagte vor Gericht.", [("sagte", "der Angeklagte", "indirect")]),
    ("Innenminister Peter Müller reiste nach Berlin. Die Lage sei ernst, so Müller.",
     [("so", "Peter Müller", "indirect")]),
    ("„Das ist ein guter Tag für Europa“, so Kommissionspräsidentin Ursula von der Leyen.",
     [("so", "Ursula von der Leyen", "direct")]),
    # a pronoun subject: the person named before; the one spoken to is not the speaker
    ("Verteidigungsminister Boris Pistorius besuchte die Truppe. „Wir sind bereit“, betonte er.",
     [("betonte", "Boris Pistorius", "direct")]),
    # the one spoken to, in the dative after the speaker, is not part of the speaker's phrase
    ("„Wir sind bereit“, sagte der Minister dem Sender.", [("sagte", "der Minister", "direct")]),
    ("Die Grünen-Chefin Ricarda Lang war in Kiel. „Wir werden nicht aufgeben“, sagte sie der Deutschen "
     "Presse-Agentur.", [("sagte", "Ricarda Lang", "direct")]),
    # "Das" / "Dies" before the verb is its object, the subject after the verb
    ("Dies bestätigte ein Sprecher der Stadt auf Anfrage.", [("bestätigte", "ein Sprecher der Stadt", "indirect")]),
    ("Das sagte der Minister am Dienstag.", [("sagte", "der Minister", "indirect")]),
    ("Die Lage ist ernst. Das teilte das Ministerium am Dienstag mit.", [("teilte", "das Ministerium", "indirect")]),
    # a "wie" clause reports what the main clause says
    ("Wie ein Sprecher des Ministeriums mitteilte, wurde der Vertrag unterzeichnet.",
     [("mitteilte", "ein Sprecher des Ministeriums", "indirect")]),
    ("Wie der Sender CNN berichtete, wurden zwei Soldaten getötet.",
     [("berichtete", "der Sender CNN", "indirect")]),
    ("Wie der Verein meldete, sind alle Plätze belegt.", [("meldete", "der Verein", "indirect")]),
    ("Wie viele Menschen sich meldeten, ist unklar.", []),
    ("Die Zahl der Opfer sei gestiegen, meldete die Nachrichtenagentur Reuters.",
     [("meldete", "die Nachrichtenagentur Reuters", "indirect")]),
    # prepositional sources: laut, zufolge, nach Angaben / Ansicht / Informationen …
    ("Laut Polizei wurden drei Menschen verletzt.", [("Laut", "Polizei", "according_to")]),
    ("Der Polizei zufolge wurden drei Menschen verletzt.", [("zufolge", "Der Polizei", "according_to")]),
    ("Nach Angaben der Behörden starben zwölf Menschen.", [("Nach Angaben", "der Behörden", "according_to")]),
    ("Nach Ansicht von Experten ist das Risiko gering.", [("Nach Ansicht von", "Experten", "according_to")]),
    ("Nach Informationen des Senders plant die Regierung neue Schulden.",
     [("Nach Informationen", "Sender", "according_to")]),
    ("Nach Darstellung der Staatsanwaltschaft soll der Mann drei Menschen getötet haben.",
     [("Nach Darstellung", "der Staatsanwaltschaft", "according_to")]),
    ("Nach Einschätzung von Experten ist das Risiko gering.", [("Nach Einschätzung von", "Experten", "according_to")]),
    ("Die Lage ist nach Einschätzung der Polizei ruhig.", [("nach Einschätzung", "der Polizei", "according_to")]),
    ("Nach Worten des Ministers ist die Lage ernst.", [("Nach Worten", "der Minister", "according_to")]),
    # a document and its maker in the genitive, a name in marks too: the maker is the source
    ("Laut einem Bericht der Zeitung plant Israel einen Angriff.", [("Laut", "Zeitung", "according_to")]),
    ("Laut einem Bericht der „Washington Post“ plant Israel einen Angriff.",
     [("Laut", "Washington Post", "according_to")]),
    ("Laut einem Bericht des „Spiegel“ plant die Regierung neue Schulden.", [("Laut", "Spiegel", "according_to")]),
    ("Die Arbeit ruht laut der Mitteilung die ganze Woche.", [("laut", "der Mitteilung", "according_to")]),
    # a possessive with a noun of a view or a statement: its person is the source
    ("Der Ökonom Marcel Fratzscher ist skeptisch. Seiner Meinung nach ist die Reform gescheitert.",
     [("Seiner Meinung nach", "Marcel Fratzscher", "according_to")]),
    ("Die Ministerin Anna Berg reiste nach Kiew. Nach ihren Worten ist die Lage ernst.",
     [("Nach ihren Worten", "Anna Berg", "according_to")]),
    # impersonal: no one named, or the circles it came from
    ("Es wurde mitgeteilt, dass die Schule geschlossen bleibt.", [("mitgeteilt", "", "indirect")]),
    ("Man habe alles versucht, hieß es aus Regierungskreisen.", [("hieß es", "Regierung", "indirect")]),
    # a quotation over two paragraphs, its verb in the second
    ("Der Kanzler trat vor die Presse. „Das ist ein Skandal.\n\n„Wir werden klagen“, sagte Scholz.",
     [("sagte", "Scholz", "direct")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_german_report(text, expected):
    assert rows(text, "de") == expected


@pytest.mark.parametrize("text, name", [
    ("Die Terrormiliz „Islamischer Staat“ bekannte sich zu dem Anschlag.", "Islamischer Staat"),
    ("Die sogenannte „Ampel“ ist zerbrochen.", "Ampel"),
    ("Er las die „Süddeutsche Zeitung“ im Zug.", "Süddeutsche Zeitung"),
    ("Die Partei „Die Linke“ verlor Stimmen.", "Die Linke"),
    ("Die Operation »Eiserner Schild« begann am Montag.", "Eiserner Schild"),
    ("Der Film „Im Westen nichts Neues“ gewann einen Oscar.", "Im Westen nichts Neues"),
])
def test_a_german_name_in_marks_is_no_quotation(text, name):
    assert names(text, "de") == [name]
    assert quotes(text, "de") == []


@pytest.mark.parametrize("text, quote", [
    ("„Wir lassen uns nicht erpressen“, sagte der Minister.", "Wir lassen uns nicht erpressen"),
    ("Der Minister sprach von einem „Angriff auf unsere Demokratie und unsere Freiheit“.",
     "Angriff auf unsere Demokratie und unsere Freiheit"),
])
def test_a_german_quotation_is_quoted(text, quote):
    assert quotes(text, "de") == [quote]
