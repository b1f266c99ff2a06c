"""A checklist of how French news reports speech (issue 24): sentences written here, not taken
from any corpus, one for each construction a reader of French news meets; each asserts what a
reader gives: the cue, the speaker (as resolved) and whether the words are quoted (first run,
the failures were the round's work list; see docs/evaluation.md)."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.text import analyze


def rows(text: str, lang: str = "fr") -> list[tuple]:
    """(cue, resolved speaker, kind) of each report of ``text`` read in ``lang``."""
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), language=lang)
    got = got[got["rule"] != "continuation"]
    return [tuple(r) for r in got[["cue", "speaker_canonical", "kind"]].values.tolist()]


CASES = [
    # speaker first, a role and the name in apposition
    ("Le ministre de l'Économie, Bruno Le Maire, a déclaré que la croissance serait faible.",
     [("déclaré", "Bruno Le Maire", "indirect")]),
    ("Le Conseil fédéral a annoncé mercredi que les frontières resteraient ouvertes.",
     [("annoncé", "Le Conseil fédéral", "indirect")]),
    ("Le ministère russe de la Défense a affirmé avoir détruit trois chars.",
     [("affirmé", "Le ministère russe de la Défense", "indirect")]),
    ("Le témoin raconte : « Ils ont tiré sur tout le monde. »", [("raconte", "Le témoin", "direct")]),
    # a role, then the name set off by commas, then the verb and its object: the name speaks
    ("Le porte-parole du Kremlin, Dmitri Peskov, a dénoncé ces accusations.",
     [("dénoncé", "Dmitri Peskov", "indirect")]),
    ("La ministre des Armées, Florence Parly, a annoncé l'envoi de troupes.",
     [("annoncé", "Florence Parly", "indirect")]),
    # the quotation first, the verb and its subject inverted
    ("« La situation est grave », a déclaré Jean Dupont.", [("déclaré", "Jean Dupont", "direct")]),
    ("« Nous allons gagner », affirme la présidente du parti, Marine Tondelier.",
     [("affirme", "Marine Tondelier", "direct")]),
    ("« Nous ne négocierons pas avec des terroristes », a martelé le chef de la diplomatie française.",
     [("martelé", "le chef de la diplomatie française", "direct")]),
    ("« Je ne suis pas candidat », a répété lundi soir sur TF1 le maire de Lyon.",
     [("répété", "le maire de Lyon", "direct")]),
    ("« Il faut rester calme », a lancé le président Emmanuel Macron à la télévision.",
     [("lancé", "Emmanuel Macron", "direct")]),
    ("« La Suisse ne peut pas rester neutre », écrit le conseiller national Jean Ziegler dans une tribune.",
     [("écrit", "Jean Ziegler", "direct")]),
    # "ce qu’a dit X": a relative clause whose object is what was said, its subject after the verb
    ("La loi passera. C'est du moins ce qu'ont assuré les députés.", [("assuré", "les députés", "indirect")]),
    ("C'est ce qu'a affirmé le ministre de la Santé mardi.", [("affirmé", "le ministre de la Santé", "indirect")]),
    ("C'est ce qu'affirme le ministre.", [("affirme", "le ministre", "indirect")]),
    ("Ce que le ministre a dit est faux.", [("dit", "le ministre", "indirect")]),
    # a pronoun joined after the verb ("dit-il", "estime-t-elle"): the person named before
    ("Anne Hidalgo a réagi lundi. « C'est une erreur », dit-elle.", [("dit", "Anne Hidalgo", "direct")]),
    ("Anne Hidalgo a réagi lundi. « C'est une erreur », estime-t-elle.", [("estime", "Anne Hidalgo", "direct")]),
    ("Vladimir Poutine s'est exprimé jeudi. « Nous sommes prêts », a-t-il déclaré.",
     [("déclaré", "Vladimir Poutine", "direct")]),
    # a pronoun subject: the person named before
    ("Marie Curie est arrivée hier. Elle a expliqué qu'elle repartirait demain.",
     [("expliqué", "Marie Curie", "indirect")]),
    # judging aloud with what was judged, the complementizer elided before a vowel
    ("Le chef de l'Etat a estimé qu'il fallait « tout faire pour éviter l'escalade ».",
     [("estimé", "Le chef de l'Etat", "mixed")]),
    ("Le syndicat estime que la réforme est injuste.", [("estime", "Le syndicat", "indirect")]),
    ("Les dégâts sont estimés à trois millions de francs.", []),
    # a source after a preposition: selon, d'après, pour opening a sentence
    ("Selon le porte-parole du gouvernement, les négociations reprendront lundi.",
     [("Selon", "le porte-parole du gouvernement", "according_to")]),
    ("D'après l'AFP, trois soldats ont été tués.", [("D'après", "AFP", "according_to")]),
    ("Les négociations vont reprendre, selon une source diplomatique.",
     [("selon", "une source diplomatique", "according_to")]),
    ("Le général Pierre Lambert était prudent. Selon lui, la guerre durera encore longtemps.",
     [("Selon", "Pierre Lambert", "according_to")]),
    ("Pour le député Éric Ciotti, cette réforme est une trahison.", [("Pour", "Éric Ciotti", "according_to")]),
    ("A en croire le maire, la situation est sous contrôle.", [("A en croire", "le maire", "according_to")]),
    ("La grève sera suivie, à en croire les syndicats.", [("à en croire", "les syndicats", "according_to")]),
    ("Selon les secours, trois personnes sont blessées.", [("Selon", "les secours", "according_to")]),
    ("Aux dires du maire, la police a tiré.", [("Aux dires du", "maire", "according_to")]),
    # reporting a fact: "faire état de"
    ("La Maison-Blanche a fait état de progrès dans les négociations.",
     [("fait état", "Maison-Blanche", "indirect")]),
    # an agency or outlet named as the one spoken to is not the speaker
    ("La police a indiqué à l'AFP que deux personnes avaient été arrêtées.",
     [("indiqué", "La police", "indirect")]),
    ("Interrogé par Le Monde, le ministre a assuré qu'il ne démissionnerait pas.",
     [("assuré", "le ministre", "indirect")]),
    # impersonal and passive cues: no one, or the agent after "par"
    ("Il a été annoncé que l'usine fermerait.", [("annoncé", "", "indirect")]),
    ("La décision a été annoncée mardi par le gouvernement.",
     [("annoncée", "le gouvernement", "indirect")]),
    ("Ces chiffres ont été confirmés par le ministère de la Santé.",
     [("confirmés", "le ministère de la Santé", "indirect")]),
    # a subject set off from its verb by a relative clause between commas
    ("Le témoin, qui a requis l'anonymat, a raconté que les soldats avaient tiré.",
     [("raconté", "Le témoin", "indirect")]),
    ("Les enquêteurs, qui ont interrogé dix personnes, ont indiqué que le suspect était connu.",
     [("indiqué", "Les enquêteurs", "indirect")]),
    # the wire's and the old press's conventions: a source after the verb, then what was said
    ("On apprend de source autorisée que les négociations ont repris.",
     [("apprend", "source autorisée", "indirect")]),
    ("On mande de Berne que le Conseil fédéral a siégé hier.", [("mande", "", "indirect")]),
    ("Le Conseil fédéral communique : « Les frontières restent ouvertes. »",
     [("communique", "Le Conseil fédéral", "direct")]),
    ("Le ministère communique les chiffres chaque semaine.", []),
    ("« La Suisse restera neutre », déclara M. Motta.", [("déclara", "Motta", "direct")]),
    # reports of bodies
    ("Le Kremlin a démenti ces informations.", [("démenti", "Le Kremlin", "indirect")]),
    # a quotation over two paragraphs, its verb in the second
    ("Le général Paul Dupont a pris la parole. « Nous avons perdu trois hommes.\n\n« Mais nous tiendrons », "
     "a-t-il ajouté.", [("ajouté", "Paul Dupont", "direct")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_french_report(text, expected):
    assert rows(text) == expected


def names(text, lang="fr"):
    """The words inside each pair of marks read as a name."""
    return [text[q.start + 1:q.end - 1].strip() for q in analyze(text, lang).names]


def quotes(text, lang="fr"):
    """The words inside each pair of marks read as a quotation."""
    return [text[q.start + 1:q.end - 1].strip() for q in analyze(text, lang).quotes]


@pytest.mark.parametrize("text, name", [
    ("Le groupe « État islamique » a revendiqué l'attentat.", "État islamique"),
    ("Il lit « Le Monde » chaque matin.", "Le Monde"),
    ("L'opération « Barkhane » a pris fin en 2022.", "Barkhane"),
    ("Selon le quotidien « Le Temps », le projet est abandonné.", "Le Temps"),
    ("Le parti « Les Républicains » a perdu des sièges.", "Les Républicains"),
    # a participle of naming before the marks
    ("Les djihadistes dits « modérés » ont quitté la ville.", "modérés"),
    ("La zone dite « de sécurité » est vide.", "de sécurité"),
    ("Le chef de bande surnommé « le Boucher » a été arrêté.", "le Boucher"),
])
def test_a_french_name_in_marks_is_no_quotation(text, name):
    assert names(text) == [name]
    assert quotes(text) == []


@pytest.mark.parametrize("text, quote", [
    ("« Nous ne partirons pas », a déclaré le ministre.", "Nous ne partirons pas"),
    ("Le ministre a promis « une réponse ferme et rapide à ces attaques ».",
     "une réponse ferme et rapide à ces attaques"),
    ("Il a dit « non » au projet.", "non"),
])
def test_a_french_quotation_is_quoted(text, quote):
    assert quotes(text) == [quote]
