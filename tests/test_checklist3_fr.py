"""Checklist round 3 for French (issue 24): the rules read as constructions, not as the forms a
dev article used. Sentences written here from French grammar, none repeating the first two
rounds: every tense and person a report is told in (the imperfect, the passé simple, the future
and the conditional of the irregular verbs: "promettaient", "démentirent", "poursuivront"); the
participle only after its auxiliary where it is also a noun or an adjective ("a juré", "a
prétendu": "un juré", "le prétendu complot"); the verbs of a class, not one of them ("réfuter"
beside "démentir", "maintenir" beside "soutenir", "exhorter … à" beside "inviter … à"); the
participle of a pronominal verb agreeing with its subject ("s'est félicitée", "se sont dits",
"s'est déclarée"), a report, where the same ending after "être" alone is a passive; a phrase of
a preposition of place or time between an inverted verb and its subject, or after it
("devant la presse", "lors d'une conférence"). Each asserts every report's cue, speaker as
written and canonical speaker; rows not yet read are strict xfail."""

from __future__ import annotations

import pytest

from . import voice_checklist as vc
from .checklist import reports, todo


def rows(text: str) -> list[tuple]:
    """(cue, speaker as written, canonical speaker) of each report of ``text`` read in French."""
    return reports(text, "fr")


CASES = [
    # the tenses of the irregular verbs, written out in the cue table
    ("Les ministres promettaient que la réforme serait retirée.",
     [("promettaient", "Les ministres", "Les ministres")]),
    ("Les syndicats démentaient que la grève soit terminée.",
     [("démentaient", "Les syndicats", "Les syndicats")]),
    ("« La réforme est retirée », concluaient les syndicats.",
     [("concluaient", "les syndicats", "les syndicats")]),
    ("« La réforme est retirée », poursuivaient les syndicats.",
     [("poursuivaient", "les syndicats", "les syndicats")]),
    ("Les ministres plaidaient pour une réforme.", [("plaidaient pour", "Les ministres", "Les ministres")]),
    # a participle that is also a noun or an adjective: a report after its auxiliary only
    ("Le ministre a juré que la réforme serait retirée.", [("a juré", "Le ministre", "Le ministre")]),
    ("Le ministre a prétendu que la réforme était juste.", [("a prétendu", "Le ministre", "Le ministre")]),
    # the verbs of a class: denying, holding to, claiming, telling, calling on
    ("La ministre a réfuté ces accusations.", [("réfuté", "La ministre", "La ministre")]),
    ("Le ministre maintient que la réforme sera retirée.", [("maintient", "Le ministre", "Le ministre")]),
    ("Le ministre a maintenu que la réforme serait retirée.", [("maintenu", "Le ministre", "Le ministre")]),
    ("Le député a avancé que la réforme coûterait cher.", [("avancé", "Le député", "Le député")]),
    ("Le ministre a réitéré que la réforme serait retirée.", [("réitéré", "Le ministre", "Le ministre")]),
    ("Le maire garantit que la route sera rouverte.", [("garantit", "Le maire", "Le maire")]),
    ("Le témoin a relaté que les soldats avaient tiré.", [("relaté", "Le témoin", "Le témoin")]),
    ("La présidente a exhorté les députés à voter la réforme.",
     [("exhorté", "La présidente", "La présidente")]),
    ("Le ministre a tweeté que la réforme serait retirée.", [("tweeté", "Le ministre", "Le ministre")]),
    # ... only with what was said: moving, guaranteeing a right, holding a course
    ("L'armée avance vers la frontière.", []),
    ("La loi garantit la liberté de la presse.", []),
    ("Le gouvernement maintient le cap.", []),
    # a pronominal verb's participle agrees with its subject, which speaks
    ("« La réforme est retirée », s'est félicitée la maire.", [("félicitée", "la maire", "la maire")]),
    ("La maire s'est félicitée que la réforme soit retirée.", [("félicitée", "La maire", "La maire")]),
    ("Les syndicats se sont félicités que la réforme soit retirée.",
     [("félicités", "Les syndicats", "Les syndicats")]),
    ("La maire s'est dite favorable à la réforme.", [("dite", "La maire", "La maire")]),
    ("La ministre s'est déclarée favorable à la réforme.", [("déclarée", "La ministre", "La ministre")]),
    ("« C'est une victoire », s'est exclamée la ministre.", [("exclamée", "la ministre", "la ministre")]),
    # ... where the same endings without a reflexive are a passive or an adjective
    ("Les mesures annoncées mardi entreront en vigueur.", []),
    ("La zone dite de sécurité est vide.", []),
    # a preposition of place or time between the inverted verb and its subject, or after it
    ("« La réforme est retirée », a souligné devant la presse le ministre de l'Intérieur.",
     [("souligné", "le ministre de l'Intérieur", "le ministre de l'Intérieur")]),
    ("« La réforme est retirée », a souligné le ministre de l'Intérieur devant la presse.",
     [("souligné", "le ministre de l'Intérieur", "le ministre de l'Intérieur")]),
    ("« La réforme est retirée », a déclaré mardi lors d'une conférence de presse le ministre.",
     [("déclaré", "le ministre", "le ministre")]),
    # an aside between the auxiliary and its participle, set off by commas or not
    ("Le ministre a, mardi, expliqué que la réforme serait retirée.", [("expliqué", "Le ministre", "Le ministre")]),
    ("Le ministre a pour sa part expliqué que la réforme serait retirée.",
     [("expliqué", "Le ministre", "Le ministre")]),
    ("La ministre a de nouveau dénoncé la réforme.", [("dénoncé", "La ministre", "La ministre")]),
    ("Le ministre a par ailleurs indiqué que la réforme serait retirée.",
     [("indiqué", "Le ministre", "Le ministre")]),
    ("« Non », a une nouvelle fois déclaré le ministre.", [("déclaré", "le ministre", "le ministre")]),
    ("Le ministre a, de son côté, déclaré que la réforme serait retirée.",
     [("déclaré", "Le ministre", "Le ministre")]),
    # the perfect infinitive after "après": the sentence's subject speaks
    ("Le ministre a quitté la salle après avoir affirmé que la réforme serait retirée.",
     [("après avoir affirmé", "Le ministre", "Le ministre")]),
    ("Après avoir rappelé que la réforme serait retirée, le ministre a quitté la salle.",
     [("Après avoir rappelé", "le ministre", "le ministre")]),
    # a body or a document said by its article and its word alone: the one named before in full
    ("Le rapport de l'IGGN a été publié. Le rapport dit que le tir était conforme.",
     [("dit", "Le rapport", "rapport de l'IGGN")]),
    ("Le gouvernement britannique a réagi. « Non », a dit le ministre. Le gouvernement a ensuite promis que les "
     "victimes seraient indemnisées.",
     [("dit", "le ministre", "le ministre"), ("promis", "Le gouvernement", "gouvernement britannique")]),
    ("Le rapport du tribunal est paru. Le rapport dit que le tir était conforme.",
     [("dit", "Le rapport", "Le rapport")]),
    # labelling, and a court's ruling that … (only with what was ruled)
    ("Le ministre a taxé de « populiste » la réforme.", [("taxé", "Le ministre", "Le ministre")]),
    ("Le tribunal a statué que la loi était contraire à la Constitution.",
     [("statué", "Le tribunal", "Le tribunal")]),
    ("Le conseil a tranché la question.", []),
    # a definite role with a complement, repeated: the person the text named with it before, the
    # name after the role or before it, who had not spoken
    ("Le ministre de l'Intérieur, Gérald Moreau, s'est rendu à Calais. Le ministre de l'Intérieur a assuré que "
     "les contrôles seraient renforcés.", [("assuré", "Le ministre de l'Intérieur", "Gérald Moreau")]),
    ("Gérald Moreau, ministre de l'Intérieur, s'est rendu à Calais. Le ministre de l'Intérieur a assuré que les "
     "contrôles seraient renforcés.", [("assuré", "Le ministre de l'Intérieur", "Gérald Moreau")]),
    ("La ministre de la Santé, Élisabeth Borne, était à Matignon. La ministre de la Santé a assuré que la réforme "
     "passerait.", [("assuré", "La ministre de la Santé", "Élisabeth Borne")]),
    ("Le ministre de l'Intérieur a assuré que les contrôles seraient renforcés.",
     [("assuré", "Le ministre de l'Intérieur", "Le ministre de l'Intérieur")]),
    # the feminine of a role (cheffe, officière, productrice …), pointing back to the woman named with it
    ("L'officière Claire Martin a reçu la presse. L'officière a déclaré que la caserne serait fermée.",
     [("déclaré", "L'officière", "Claire Martin")]),
    # "comme l'a relevé X", "ainsi que le note X": the neuter clitic stands for what was said, a
    # verb that needs a clause has it
    ("Comme l'a relevé M. Dupont, la loi est claire.", [("relevé", "M. Dupont", "Dupont")]),
    ("Ainsi que l'a relevé M. Dupont, la loi est claire.", [("relevé", "M. Dupont", "Dupont")]),
    ("La loi est claire, comme le relève le rapport.", [("relève", "le rapport", "le rapport")]),
    ("Le texte que l'armée a révélé est faux.", []),
    # a role after the inverted verb, its name after a comma ending the sentence: the name, the
    # content before the verb
    ("C'est ce qu'a déclaré le ministre de l'Intérieur, Gérald Moreau.",
     [("déclaré", "le ministre de l'Intérieur", "Gérald Moreau")]),
    # a cleft opening its sentence: its focus speaks
    ("C'est Jean Dupont qui a annoncé la nouvelle.", [("annoncé", "Jean Dupont", "Jean Dupont")]),
    ("Ce sont les syndicats qui ont annoncé la grève.", [("annoncé", "les syndicats", "les syndicats")]),
]

TODO: list = []


@pytest.mark.parametrize("text, expected", CASES)
def test_a_french_construction(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, marks=todo(r)) for t, e, r in TODO] or
                         [pytest.param("", [], marks=pytest.mark.skip(reason="none left"))])
def test_a_french_construction_not_yet_read(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, words", [
    ("« Une honte », rétorque le maire.", "Une honte"),
    ("« Jamais », se sont indignés les syndicats.", "Jamais"),
    ("« C'est une victoire », s'est exclamée la ministre.", "C'est une victoire"),
    ("« Pas question », tranche le ministre.", "Pas question"),
])
def test_a_short_quotation_before_any_incise_verb_is_speech(text, words):
    vc.one_quote(text, "fr", words)


def test_an_infinitive_after_the_marks_is_no_incise():
    vc.all_names("Il cite le « contre-bilan de rentrée », afin de démentir les chiffres.", "fr")
