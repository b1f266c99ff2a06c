"""Checklist round 5 for French (issue 24, round 14): reporting constructions listed from the
grammar of news writing, not from dev sentences, each in a sentence written here: the verbs of
an incise in every tense a report uses, the passé simple of the old Swiss press included
("reprit-il", "s'écria le ministre", "interrompit le président", "fit observer"), and the
other incise verbs of today's press ("nuance", "tacle", "raille", "assène"); "réaffirmer";
the fronted sources "aux yeux de" and "de l'avis de"; the gender a French first name says, so
that "il" after "Marie Durand … Jean Dupont" is Jean Dupont; a headline that gives a speaker's
words with a label and a colon ("Dupont : « … »") and a quoted subheading. Each asserts every
report's cue, speaker as written and canonical speaker, with near-misses that must not fire:
the same verbs with an object and no words said ("a repris la ville", "reprend son rang"),
"concéder" of a race, "analyser" of a work's title."""

from __future__ import annotations

import pytest

from .checklist import reports


def rows(text: str) -> list[tuple]:
    """(cue, speaker as written, canonical speaker) of each report of ``text`` read in French."""
    return reports(text, "fr")


CASES = [
    # the passé simple of an incise, the subject inverted or a clitic
    ("« Nous ne céderons pas », reprit le délégué.", [("reprit", "le délégué", "le délégué")]),
    ("« Jamais, reprit-il, nous ne céderons. »", [("reprit", "il", "")]),
    ("« Jamais ! » s'écria-t-il.", [("écria", "il", "")]),
    ("« Jamais », s'écria le ministre.", [("écria", "le ministre", "le ministre")]),
    ("« Vous n'avez pas la parole », interrompit le président.",
     [("interrompit", "le président", "le président")]),
    ("« La Suisse restera neutre », fit observer M. Motta.", [("fit observer", "M. Motta", "Motta")]),
    ("« Non », fit-il.", [("fit", "il", "")]),
    ("« Non », fit le ministre.", [("fit", "le ministre", "le ministre")]),
    ("Il fit un long discours.", []),
    ("La guerre fit rage, et le pays fit faillite.", []),
    # the incise verbs of today's press, present and passé composé
    ("« La réforme sera retirée », nuance le ministre.", [("nuance", "le ministre", "le ministre")]),
    ("« C'est une faute », tacle l'opposition.", [("tacle", "l'opposition", "l'opposition")]),
    ("« Quelle audace ! » raille la députée Marie Durand.",
     [("raille", "la députée Marie Durand", "Marie Durand")]),
    ("« Nous ne céderons pas », a asséné le Premier ministre.",
     [("asséné", "le Premier ministre", "le Premier ministre")]),
    ("« Les chiffres sont bons », complète Jean Dupont.", [("complète", "Jean Dupont", "Jean Dupont")]),
    ("Le ministre a réaffirmé que la réforme serait retirée.", [("réaffirmé", "Le ministre", "Le ministre")]),
    # ... the same verbs with an object and no words said; "concéder" of a race, "analyser" of a work
    ("L'armée a repris la ville mardi.", []),
    ("Paris, capitale de la nation victorieuse, reprend son rang.", []),
    ("Paris, capitale de la France, lance son offensive.", []),
    ("Le coureur a concédé deux minutes au vainqueur.", []),
    ("Laura Frémy analyse « la fabrique d'un style radiophonique » dans les années 70.", []),
    # fronted sources of an opinion
    ("Aux yeux du ministre, la réforme est nécessaire.", [("Aux yeux du", "ministre", "ministre")]),
    ("De l'avis des experts, la réforme est nécessaire.", [("De l'avis des", "experts", "experts")]),
    # the speaker in the possessive of the cue: the latest speaker
    ("« Nous ne céderons pas », a déclaré Jean Dupont. De son point de vue, la réforme est nécessaire.",
     [("déclaré", "Jean Dupont", "Jean Dupont"), ("De son point de vue", "son", "Jean Dupont")]),
    ("« Nous ne céderons pas », a déclaré Marie Durand. À ses yeux, la réforme est nécessaire.",
     [("déclaré", "Marie Durand", "Marie Durand"), ("À ses yeux", "ses", "Marie Durand")]),
    # ... a possessive before a role is no cue's: the role speaks
    ("« Nous ne céderons pas », lance son avocat.", [("lance", "son avocat", "son avocat")]),
    # ... not set off inside a clause
    ("Sa réputation, aux yeux du public, reste intacte.", []),
    # the gender of a French first name: the pronoun is the person of its gender named just before
    ("Marie Durand a rencontré Jean Dupont. « Nous ne céderons pas », a-t-il déclaré.",
     [("déclaré", "il", "Jean Dupont")]),
    ("Marie Durand a rencontré Jean Dupont. « Nous ne céderons pas », a-t-elle déclaré.",
     [("déclaré", "elle", "Marie Durand")]),
    ("Juliette Martin a reçu Nicolas Bernard. Il a affirmé que la réforme serait retirée.",
     [("affirmé", "Il", "Nicolas Bernard")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_french_checklist_round5(text, expected):
    assert rows(text) == expected


def test_headline_with_a_label_and_a_colon_is_the_words_of_the_person_quoted():
    # "Dupont : « … »": the surname of someone the article quotes, a colon, a quotation
    text = ("Dupont : « Nous ne céderons pas »\n\n"
            "Le ministre Jean Dupont a déclaré mardi que la réforme serait retirée.")
    assert reports(text, "fr", columns=("cue", "speaker", "speaker_canonical", "rule")) == [
        ("", "Dupont", "Jean Dupont", "transcript"),
        ("déclaré", "Le ministre Jean Dupont", "Jean Dupont", "subject")]
    # ... not a topic's label ("Réforme :"), which names no one quoted
    topic = text.replace("Dupont : «", "Réforme : «", 1)
    assert [r[-1] for r in reports(topic, "fr", columns=("cue", "rule"))] == ["subject"]


def test_quoted_subheading_is_the_words_of_the_speaker_quoted_after_it():
    text = ("Le ministre reçoit les syndicats.\n\n« Nous ne céderons pas »\n\n"
            "Le ministre Jean Dupont a rencontré les syndicats mardi. « Nous ne céderons jamais », a-t-il déclaré.")
    assert reports(text, "fr", columns=("cue", "speaker_canonical", "rule")) == [
        ("", "Jean Dupont", "subheading"), ("déclaré", "Jean Dupont", "clitic")]


SPEAKERS = [
    # a role with its complement, then the name after it, inverted: the name speaks
    ("« Nous ne céderons pas », a déclaré le ministre des Affaires étrangères Jean Dupont.",
     [("déclaré", "le ministre des Affaires étrangères Jean Dupont", "Jean Dupont")]),
    ("« Nous ne céderons pas », a déclaré à l'agence Tass le vice-ministre des Affaires étrangères Sergueï Riabkov.",
     [("déclaré", "le vice-ministre des Affaires étrangères Sergueï Riabkov", "Sergueï Riabkov")]),
    # ... a body's name and its adjective, no name after it
    ("« Nous ne céderons pas », a déclaré le ministre des Affaires étrangères.",
     [("déclaré", "le ministre des Affaires étrangères", "le ministre des Affaires étrangères")]),
    # a role with an elided article, then a title and a name set off by commas
    ("L'avocat de la famille, Me Jean Dupont, a affirmé que la réforme serait retirée.",
     [("affirmé", "L'avocat de la famille", "Jean Dupont")]),
    ("L’avocat, M. Jean Dupont, a affirmé que la réforme serait retirée.",
     [("affirmé", "L’avocat", "Jean Dupont")]),
    # a day after an inverted subject is no word of it
    ("C'est ce qu'a déclaré le ministre mardi.", [("déclaré", "le ministre", "le ministre")]),
    # the gender of a named speaker: "il" is not the woman who spoke last
    ("« Nous ne céderons pas », a déclaré Jean Dupont. Marie Durand, elle, a estimé que la réforme serait "
     "retirée. « C'est une erreur », a-t-il ajouté.",
     [("déclaré", "Jean Dupont", "Jean Dupont"), ("estimé", "Marie Durand", "Marie Durand"),
      ("ajouté", "il", "Jean Dupont")]),
    ("« Nous ne céderons pas », a déclaré Christian Martin. Laurence Petit, elle, a estimé que la réforme serait "
     "retirée. « C'est une erreur », a-t-elle ajouté.",
     [("déclaré", "Christian Martin", "Christian Martin"), ("estimé", "Laurence Petit", "Laurence Petit"),
      ("ajouté", "elle", "Laurence Petit")]),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_french_speaker_as_a_reader_names_it(text, expected):
    assert rows(text) == expected


COLONS = [
    # a subject, a predicate with no verb of saying, a colon and a quotation ending the sentence
    ("Le ministre est catégorique : « Nous ne céderons pas. »", [("", "Le ministre", "Le ministre")]),
    ("Le ministre se veut rassurant : « Nous ne céderons pas. »", [("", "Le ministre", "Le ministre")]),
    ("Le ministre n'en démord pas : « Nous ne céderons pas. »", [("", "Le ministre", "Le ministre")]),
    ("Le député socialiste Jean Dupont hausse le ton : « Nous ne céderons pas. »",
     [("", "Le député socialiste Jean Dupont", "Jean Dupont")]),
    ("Un habitant du quartier, la voix tremblante : « Nous avons peur. »",
     [("", "Un habitant du quartier", "Un habitant du quartier")]),
    ("Le porte-parole de l'Élysée est clair : « Nous ne céderons pas. »",
     [("", "Le porte-parole de l'Élysée", "Le porte-parole de l'Élysée")]),
    ("Jean Dupont est arrivé mardi. Il est catégorique : « Nous ne céderons pas. »",
     [("", "Il", "Jean Dupont")]),
    # a noun of what was said and whose it is after "de": the one it is of speaks
    ("Réponse du ministre : « Nous ne céderons pas. »", [("", "ministre", "ministre")]),
    ("Le message du syndicat est clair : « Nous ne céderons pas. »", [("", "syndicat", "syndicat")]),
    ("L'avertissement de Jean Dupont : « Nous ne céderons pas. »", [("", "Jean Dupont", "Jean Dupont")]),
    # ... not whose no one is
    ("Le message de la chanson est clair : « Nous ne céderons pas. »", []),
    # ... a verb of saying before the colon is read by its own rule, once
    ("Le ministre a déclaré : « Nous ne céderons pas. »", [("déclaré", "Le ministre", "Le ministre")]),
    # ... no one opens the sentence: a thing, a place, a phrase of a preposition
    ("La réponse est simple : « Nous ne céderons pas. »", []),
    ("Le titre du livre est éloquent : « Nous ne céderons pas ».", []),
    ("À Paris, le mot d'ordre : « Nous ne céderons pas. »", []),
    # ... nor a quotation that does not end the sentence, nor a clause before the colon
    ("Le ministre est catégorique : « Nous ne céderons pas », mais les syndicats doutent.", []),
]


@pytest.mark.parametrize("text, expected", COLONS)
def test_french_colon_before_a_quotation_gives_the_subject_s_words(text, expected):
    assert rows(text) == expected


PERIPHRASES = [
    # a role said by a periphrasis is the person the text named with that role, or last
    ("Emmanuel Macron a affirmé que la France tiendrait. Le chef de l'Etat a ajouté que l'armée était prête.",
     [("affirmé", "Emmanuel Macron", "Emmanuel Macron"), ("ajouté", "Le chef de l'Etat", "Emmanuel Macron")]),
    ("Le Premier ministre Jean Castex a affirmé que la France tiendrait. « Nous tiendrons », a ajouté le chef du "
     "gouvernement.", [("affirmé", "Le Premier ministre Jean Castex", "Jean Castex"),
                       ("ajouté", "le chef du gouvernement", "Jean Castex")]),
    ("Le ministre des Affaires étrangères Jean Dupont est arrivé. Le chef de la diplomatie française a affirmé que "
     "la France tiendrait.", [("affirmé", "Le chef de la diplomatie française", "Jean Dupont")]),
    # ... no one named before, or only someone of another gender: the periphrasis as written
    ("Le chef de l'Etat a affirmé que la France tiendrait.", [("affirmé", "Le chef de l'Etat", "Le chef de l'Etat")]),
    ("La ministre Marie Durand est arrivée. Le chef de l'Etat a affirmé que la France tiendrait.",
     [("affirmé", "Le chef de l'Etat", "Le chef de l'Etat")]),
]


@pytest.mark.parametrize("text, expected", PERIPHRASES)
def test_french_periphrasis_of_a_role(text, expected):
    assert rows(text) == expected


MORE_VERBS = [
    # claiming, recommending, hinting, in the passé composé and the present
    ("Le ministre a allégué que la réforme serait retirée.", [("allégué", "Le ministre", "Le ministre")]),
    ("L'avocat argue que son client est innocent.", [("argue", "L'avocat", "L'avocat")]),
    ("Le médecin recommande de rester chez soi.", [("recommande", "Le médecin", "Le médecin")]),
    ("Le ministre a laissé entendre que la réforme serait retirée.",
     [("laissé entendre", "Le ministre", "Le ministre")]),
    # ... only with what was said: wishing, alerting, mentioning
    ("Le ministre a souhaité que la réforme soit retirée.", [("souhaité", "Le ministre", "Le ministre")]),
    ("Le ministre a alerté : « La situation est grave. »", [("alerté", "Le ministre", "Le ministre")]),
    ("Le ministre souhaite la bienvenue aux délégués.", []),
    ("Un passant a alerté les secours.", []),
    ("Le ministre a dévoilé un plan.", []),
    ("Les documents requis par la loi ont été fournis.", []),
    ("Le témoin, qui a requis l'anonymat, est arrivé.", []),
    # the first persons of the auxiliary: "nous" speaks, not "l'avions"
    ("Comme nous l'avions annoncé, la réforme sera retirée.", [("annoncé", "nous", "nous")]),
]


@pytest.mark.parametrize("text, expected", MORE_VERBS)
def test_french_more_verbs_of_a_report(text, expected):
    assert rows(text) == expected


SOURCES = [
    # "on" and where it was said: the place speaks
    ("La réforme sera retirée, estime-t-on dans l'entourage du président.",
     [("estime", "l'entourage du président", "l'entourage du président")]),
    ("La réforme sera retirée, indique-t-on au ministère de l'Intérieur.",
     [("indique", "ministère de l'Intérieur", "ministère de l'Intérieur")]),
    # reacting, with what was said only
    ("« C'est arbitraire », a réagi le ministre.", [("réagi", "le ministre", "le ministre")]),
    ("Le ministre a réagi : « C'est arbitraire. »", [("réagi", "Le ministre", "Le ministre")]),
    ("Le marché a réagi vivement à l'annonce.", []),
    # ... not a title read ("lire" is no cue)
    ("Il lit « Le Monde » chaque matin.", []),
]


@pytest.mark.parametrize("text, expected", SOURCES)
def test_french_source_of_on_and_reacting(text, expected):
    assert rows(text) == expected


MANNER = [
    # complaining, foretelling and the verbs of how words were said, the old press's passé simple too
    ("Le syndic se plaint que les cyclistes roulent trop vite.", [("plaint", "Le syndic", "Le syndic")]),
    ("« Ils roulent trop vite », se plaignit le syndic.", [("plaignit", "le syndic", "le syndic")]),
    ("L'économiste prédit que la crise durera.", [("prédit", "L'économiste", "L'économiste")]),
    ("« Partez », chuchota-t-elle.", [("chuchota", "elle", "")]),
    ("« Je ne sais pas », bredouilla le témoin.", [("bredouilla", "le témoin", "le témoin")]),
    ("Le gouvernement a décrété que les écoles fermeraient.",
     [("décrété", "Le gouvernement", "Le gouvernement")]),
    # ... not without what was said
    ("Il a plaint les victimes.", []),
    ("Le jour prédit est arrivé.", []),
    ("Le gouvernement a décrété l'état d'urgence.", []),
]


@pytest.mark.parametrize("text, expected", MANNER)
def test_french_verbs_of_manner_and_complaint(text, expected):
    assert rows(text) == expected


REFLEXIVE = [
    # "s'exprimer" reports words only with a colon or a quotation
    ("Le ministre, qui s'exprimait devant les députés, a déclaré que la réforme serait retirée.",
     [("déclaré", "Le ministre", "Le ministre")]),
    ("Le ministre s'est exprimé sur le retrait de la réforme.", []),
    ("Le ministre s'est exprimé en ces termes : « Nous ne céderons pas. »",
     [("s'est exprimé", "Le ministre", "Le ministre")]),
    # ... "exprimer" with its object is a report
    ("Le ministre a exprimé son inquiétude.", [("exprimé", "Le ministre", "Le ministre")]),
]


@pytest.mark.parametrize("text, expected", REFLEXIVE)
def test_french_reflexive_s_exprimer(text, expected):
    assert rows(text) == expected


DOCUMENTS = [
    # a document's author after its participle, a day between them
    ("D'après un rapport publié mardi par l'ONU, 300 personnes ont été arrêtées.",
     [("D'après", "un rapport publié mardi par l'ONU", "l'ONU")]),
    ("Selon un communiqué publié jeudi par le ministère, 300 personnes ont été arrêtées.",
     [("Selon", "un communiqué publié jeudi par le ministère", "le ministère")]),
]


@pytest.mark.parametrize("text, expected", DOCUMENTS)
def test_french_document_author_after_a_day(text, expected):
    assert rows(text) == expected
