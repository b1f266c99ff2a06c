"""Checklist round 4 for French (issue 24, round 13): constructions read from the kinds of the
dev half's errors, in sentences written here, none repeating the first three rounds: a verb
of saying coordinated with the one before by "et", sharing its auxiliary and its subject,
whose object holds what was said in marks ("a affirmé que … et salué une « avancée »"); a
subject whose noun an adjective or a participle follows with a phrase of a preposition ("Un
policier présent sur les lieux a affirmé"), the noun phrase before that adjective the one
who speaks; an object clitic elided before the auxiliary of an incise ("« … », m'a-t-il
répondu"), the pronoun joined to it the speaker; the expletive "il" of a present passive of
saying ("Il est précisé que …"), a report by no one named; the infinitive of a verb of saying
after a verb that takes it with its own subject ("a tenu à préciser que", "vient d'annoncer"). Each asserts every report's cue, speaker as written and canonical speaker. Voice rows: a
name ending a phrase in apposition to the subject before a verb that takes a clause, and the
title a verb of a work takes (``names_in_marks.clause_after``, ``titles``)."""

from __future__ import annotations

import pytest

from . import voice_checklist as vc
from .checklist import reports


def rows(text: str) -> list[tuple]:
    """(cue, speaker as written, canonical speaker) of each report of ``text`` read in French."""
    return reports(text, "fr")


CASES = [
    # an object clitic elided before an incise's auxiliary, the subject pronoun joined to it
    ("Le maire sortait de la mairie. « Non », m'a-t-il répondu.", [("répondu", "il", "Le maire")]),
    ("« Pas avant lundi », m’a-t-elle dit.", [("dit", "elle", "")]),
    ("« Les premières années, m'a-t-il confié, nous avions peur. »", [("confié", "il", "")]),
    # a coordinated participle sharing the auxiliary and the subject, its object in marks
    ("La ministre a confirmé la fermeture de l'usine et dénoncé un « gâchis » industriel.",
     [("confirmé", "La ministre", "La ministre"), ("dénoncé", "", "La ministre")]),
    ("Le général a affirmé que l'armée avait repris la ville et salué une « avancée » décisive.",
     [("affirmé", "Le général", "Le général"), ("salué", "", "Le général")]),
    ("Le maire a réuni les élus et a dénoncé un « abandon » de l'État.",
     [("dénoncé", "Le maire", "Le maire")]),
    # ... an object without marks is no report after "et" (what was done, not said)
    ("Le syndicat a rencontré le préfet et dénoncé la fermeture de l'usine.", []),
    # the infinitive of a verb of saying after a verb that takes it with its own subject
    ("Le ministre a tenu à préciser que la réforme serait retirée.",
     [("tenu à préciser", "Le ministre", "Le ministre")]),
    ("La ministre s'est contentée de rappeler que la réforme serait retirée.",
     [("contentée de rappeler", "La ministre", "La ministre")]),
    ("Le ministre s'est contenté de dire que la réforme serait retirée.",
     [("contenté de dire", "Le ministre", "Le ministre")]),
    ("Le syndicat vient d'annoncer que la grève serait reconduite.",
     [("vient d'annoncer", "Le syndicat", "Le syndicat")]),
    ("« Non », a tenu à préciser le ministre.", [("tenu à préciser", "le ministre", "le ministre")]),
    # ... not "vouloir dire" (to mean), nor a wish in the present
    ("Cela veut dire que la réforme sera retirée.", []),
    # a definite role with a complement: the person the text named with it
    ("Le ministre de la Défense Andreï Belooussov est arrivé. Le ministre de la Défense a affirmé que l'armée "
     "avançait.", [("affirmé", "Le ministre de la Défense", "Andreï Belooussov")]),
    # what a body puts out besides a text (a video, a message): its maker speaks; "cette source"
    # after it is the same
    ("Selon une vidéo diffusée par l'armée russe, la ville est tombée. Cette déclaration a été faite, selon "
     "cette source, lors d'un déplacement.",
     [("Selon", "une vidéo diffusée par l'armée russe", "l'armée russe"), ("selon", "cette source", "l'armée russe")]),
    ("La ville est tombée, selon un message du ministère de la Défense.",
     [("selon", "un message du ministère de la Défense", "ministère de la Défense")]),
    # "de" before a plural adjective opening the sentence: the plural article, in the subject
    ("De nombreux médias ont confirmé que la conférence aurait lieu.",
     [("confirmé", "De nombreux médias", "De nombreux médias")]),
    ("Selon le ministre, de hauts responsables ont affirmé que la grève continuait.",
     [("Selon", "le ministre", "le ministre"), ("affirmé", "de hauts responsables", "de hauts responsables")]),
    # the expletive "il" and a present or past passive of saying, its clause after it: a report
    # by no one named, as "il a été précisé que"
    ("Il est précisé que la réforme sera retirée.", [("précisé", "", "")]),
    ("Il était rappelé que la réforme serait retirée.", [("rappelé", "", "")]),
    ("Le ministre est parti. Il est revenu et a dit que la réforme serait retirée.",
     [("dit", "Il", "Le ministre")]),
    # a subject whose noun an adjective or a participle follows with its complement: the noun
    # phrase before that adjective speaks
    ("Un policier présent sur les lieux a affirmé que le suspect était armé.",
     [("affirmé", "Un policier", "Un policier")]),
    ("Une habitante présente sur la place a raconté que les gendarmes avaient tiré.",
     [("raconté", "Une habitante", "Une habitante")]),
    ("Un responsable syndical présent à l'assemblée a indiqué que la grève continuait.",
     [("indiqué", "Un responsable syndical", "Un responsable syndical")]),
    ("Dans la salle, un témoin assis au premier rang a raconté que la police avait chargé.",
     [("raconté", "un témoin", "un témoin")]),
    # a relative pronoun after an aside of a preposition: the phrase before the aside
    ("Il y avait des syndicalistes, devant la préfecture, qui ont affirmé que la grève continuerait.",
     [("affirmé", "des syndicalistes", "des syndicalistes")]),
    # "en la personne de": the person a body speaks through
    ("Les autorités en la personne du procureur d'Albi affirment que le tir était conforme.",
     [("affirment", "procureur d'Albi", "procureur d'Albi")]),
    ("La mairie en la personne de Jean Dupont assure que la route sera rouverte.",
     [("assure", "Jean Dupont", "Jean Dupont")]),
    # two phrases of a preposition; a noun with its complement ("de garde") before the phrase
    ("Un diplomate en poste à Moscou a estimé que la guerre durerait.",
     [("estimé", "Un diplomate", "Un diplomate")]),
    ("Un médecin de garde à l'hôpital a affirmé que les blessés étaient nombreux.",
     [("affirmé", "Un médecin de garde", "Un médecin de garde")]),
    # ... not a phrase of a preposition that opens the sentence, nor the name's own "de"
    ("Après la réunion avec les syndicats, le ministre a annoncé que la réforme serait retirée.",
     [("annoncé", "le ministre", "le ministre")]),
    ("Le porte-parole du ministère de l'Intérieur a affirmé que les contrôles seraient renforcés.",
     [("affirmé", "Le porte-parole du ministère de l'Intérieur", "Le porte-parole du ministère de l'Intérieur")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_french_construction(text, expected):
    assert rows(text) == expected


# Voice: a name or a title in marks the grammar around it tells from a quotation
@pytest.mark.parametrize("text", [
    # a name ending a phrase in apposition to the subject, the verb after the comma taking a
    # clause ("a déclaré que"): no incise
    "Jean Dupont, président de « SOS Racisme », a déclaré que la loi était injuste.",
    "Le directeur du « Parisien », a affirmé que le journal serait vendu.",
    # the object of a verb whose object is a work: a title, whatever its length
    "Le ministre a dit qu'il avait lu « Voyage au bout de la nuit ».",
    "Jacques Audiard a réalisé « Un prophète » en 2009.",
    "Elle a écouté « Les Grandes Gueules » sur la route.",
])
def test_a_name_or_a_title_in_marks(text):
    vc.all_names(text, "fr")


@pytest.mark.parametrize("text, words", [
    ("« Non », a affirmé la ministre.", "Non"),
    ("Il a lu : « Je déclare la séance ouverte. »", "Je déclare la séance ouverte."),
    ("« Jamais », a-t-il ajouté, avant de partir.", "Jamais"),
])
def test_an_incise_or_a_colon_still_makes_speech(text, words):
    vc.one_quote(text, "fr", words)
