"""French quotation typography (issue 24, voice): guillemets de suite opening each
paragraph of a quotation with « or », straight marks inside «…» for a quotation inside a
quotation, and a quotation whose closing mark OCR lost, bounded by its sentence rather than
run on to the end of an article that has no paragraph breaks. Sentences written here."""

from framing.text import analyze


def spans(text: str) -> list[tuple[str, bool, int]]:
    """Each quotation as ``(its text, closed, the index of the one it continues)``."""
    return [(text[q.start:q.end], q.closed, q.continues) for q in analyze(text, "fr").quotes]


def test_guillemets_de_suite_with_an_opening_mark():
    text = "Il a déclaré : « Premier paragraphe de la déclaration.\n« Deuxième paragraphe. »\nLe narrateur reprend."
    assert spans(text) == [("« Premier paragraphe de la déclaration.", False, -1),
                           ("« Deuxième paragraphe. »", True, 0)]


def test_guillemets_de_suite_with_a_closing_mark():
    text = "Il a déclaré : « Premier paragraphe de la déclaration.\n» Deuxième paragraphe. »\nLe narrateur reprend."
    assert spans(text) == [("« Premier paragraphe de la déclaration.", False, -1),
                           ("» Deuxième paragraphe. »", True, 0)]
    # a closing mark on the next line before lower case closes the quotation (a wrapped line)
    text = "Il a déclaré : « Premier paragraphe de la déclaration.\n» a-t-il ajouté.\nLe narrateur reprend."
    assert spans(text) == [("« Premier paragraphe de la déclaration.\n»", True, -1)]


def test_straight_marks_inside_guillemets():
    text = '« Il a parlé de "paix" ce matin et de "guerre" le soir », dit-il. Le narrateur reprend.'
    f = analyze(text, "fr")
    assert spans(text) == [('« Il a parlé de "paix" ce matin et de "guerre" le soir »', True, -1)]
    assert f.voice_at(text.index("soir"), text.index("soir") + 4) == "quoted"
    assert f.voice_at(text.index("reprend"), text.index("reprend") + 7) == "narrator"
    # no closing guillemet after them: the straight marks are not nested; the « left open ends
    # with its sentence (French bounds a quotation no mark closes: tests/test_quotes_noise.py)
    text = 'Il a dit « non. Le mot "paix" revient.'
    assert spans(text) == [("« non.", False, -1)]


def test_a_quotation_whose_closing_mark_was_lost_ends_with_its_sentence():
    text = ("LONDRES, 29 mai. — Le ministre a déclaré : « Nous partirons demain matin. Le narrateur reprend ici, "
            "et l'article continue. M. Dupont n'a rien dit. Fin de l'article.")
    assert spans(text) == [("« Nous partirons demain matin.", False, -1)]
    # an initial is no end of sentence
    text = "Il a dit : « Nous partirons avec M. Dupont demain. Le narrateur reprend ici."
    assert spans(text) == [("« Nous partirons avec M. Dupont demain.", False, -1)]
    # a quotation closed later in its paragraph is read whole
    text = "Il a dit : « Nous partirons. Demain matin, tôt. » Le narrateur reprend ici."
    assert spans(text) == [("« Nous partirons. Demain matin, tôt. »", True, -1)]


def test_short_fragments_after_an_order_a_greeting_or_a_judgement_are_speech():
    def kinds(text):
        f = analyze(text, "fr")
        return [("quoted", text[q.start:q.end]) for q in f.quotes] + [("name", text[q.start:q.end]) for q in f.names]

    assert kinds("Moscou salue une « avancée » des forces russes.") == [("quoted", "« avancée »")]
    assert kinds("Le président a ordonné de « prendre des mesures » urgentes.") == [("quoted", "« prendre des mesures »")]
    assert kinds("Il a prononcé un discours jugeant que la guerre était « mondiale ».") == [("quoted", "« mondiale »")]
    # an elided pronoun opens no name ("s’est accélérée"), whatever the verb before
    assert kinds("Les forces russes avancent sur le front qui « s’est accélérée maintenant ».") == [
        ("quoted", "« s’est accélérée maintenant »")]
    # a call's sentence may hold a name in marks: "appeler" makes no speech of it
    assert kinds("Elle appelle à y participer pour la réussite de ce « contre-bilan de rentrée ».") == [
        ("name", "« contre-bilan de rentrée »")]
