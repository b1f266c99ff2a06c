"""French and German, fifth round: who speaks. A name inside a place's name is no one
("salle Louise Michel"), a pronoun may name the body that spoke just before ("Le syndicat …
Il réclame"), a phrase of a preposition opening a German clause is not its subject, nor the
phrase inside an extended attribute ("der für die Bankenaufsicht zuständige Fed-Vizechef"),
and two verbs of one German bracket share its subject across an aside in brackets."""

from __future__ import annotations

import pandas as pd

import framing
from framing.sources.bodies import Bodies
from framing.sources.clause_words import clause_words_of


def rows(language: str, text: str) -> list[tuple]:
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), language=language)
    return [tuple(r) for r in got[got["rule"] != "continuation"][["cue", "speaker", "speaker_canonical"]].values.tolist()]


def test_a_name_after_a_noun_of_place_is_no_one():
    # "rue Jean Jaurès" names a street: the pronoun stays unresolved rather than Jean Jaurès
    assert rows("fr", "Le cortège est parti de la rue Jean Jaurès vers midi. « Nous ne lâcherons rien », a-t-il dit.") == [
        ("dit", "il", "")]
    assert rows("fr", "Le syndicat a appelé à la grève mardi devant le lycée Paul Bert. Il réclame que la réforme "
                "soit retirée.") == [("appelé", "Le syndicat", "Le syndicat"), ("réclame", "Il", "Le syndicat")]
    # (the cue is "appelé", the first part of "appelé … à", as "appelle" of "appelle … à")


def test_a_pronoun_names_the_body_that_spoke_just_before():
    # ("a publié un rapport" with nothing said is no report since 'publier' needs what was said: branch lang11a)
    assert rows("fr", "La commission a dénoncé mardi un rapport accablant. Elle affirme que les contrôles ont manqué.") == [
        ("dénoncé", "La commission", "La commission"), ("affirme", "Elle", "La commission")]
    assert rows("de", "Die Gewerkschaft warnte am Montag vor hohen Kosten. Sie verweist darauf, dass die Feuerwehr "
                "bis 60 arbeitet.") == [
        ("warnte", "Die Gewerkschaft", "Die Gewerkschaft"), ("verweist darauf", "Sie", "Die Gewerkschaft")]
    # a person named between: the body is not taken
    assert rows("fr", "La commission a publié mardi un rapport. Marie Curie était présente. Elle affirme que les "
                "contrôles ont manqué.")[-1] == ("affirme", "Elle", "Marie Curie")


def test_a_german_clause_opened_by_a_phrase_of_a_preposition():
    assert rows("de", "In einer Stellungnahme für die Anhörung schreibt Komba, der Job sei belastend.") == [
        ("schreibt", "Komba", "Komba")]
    assert rows("de", "Auf einer Pressekonferenz in Berlin erklärte Merz, die Lage sei ernst.") == [
        ("erklärte", "Merz", "Merz")]


def test_an_extended_attribute_before_the_speaker():
    assert rows("de", "»Die Aufsicht hat versagt«, erklärte der für die Bankenaufsicht zuständige Fed-Vizechef "
                "Michael Barr in einem Brief.") == [
        ("erklärte", "der für die Bankenaufsicht zuständige Fed-Vizechef Michael Barr", "Michael Barr")]


def test_two_verbs_of_one_bracket_across_an_aside():
    assert rows("de", "Die Federal Reserve hat in einer Analyse des Zusammenbruchs der Silicon Valley Bank (SVB) "
                "Versäumnisse ihrer Aufsicht eingeräumt und strengere Regeln für Geldhäuser angekündigt.") == [
        ("eingeräumt", "Die Federal Reserve", "Die Federal Reserve"),
        ("angekündigt", "Die Federal Reserve", "Die Federal Reserve")]
    assert rows("fr", "Jean Dupont a reconnu que la police avait failli et a annoncé qu’une enquête serait ouverte.") == [
        ("reconnu", "Jean Dupont", "Jean Dupont"), ("annoncé", "", "Jean Dupont")]


def test_a_body_by_the_full_name_the_article_gives_it():
    # a body's name, then the acronym that completes it
    assert rows("de", "Der Städtetag NRW befürwortet die Änderungen. Allerdings weist der Städtetag darauf hin, dass "
                "die Kosten steigen.") == [("weist", "der Städtetag", "Städtetag NRW")]
    # a clipped name: the first letters of the name the article gives with its article
    assert rows("de", "Die Federal Reserve hat ihre Fehler eingeräumt. Die Aufsicht sei unzureichend gewesen, "
                "erklärte die Fed.") == [
        ("eingeräumt", "Die Federal Reserve", "Die Federal Reserve"), ("erklärte", "die Fed", "Federal Reserve")]
    # an acronym spelled by a name joined by "des", its adjective in lower case
    assert rows("fr", "L’Organisation des Nations unies (ONU) a tenu une réunion. Selon l’ONU, plus de 300 civils "
                "ont été tués.")[-1] == ("Selon", "l’ONU", "Organisation des Nations unies")


def test_bodies_reads_the_language_words():
    text = "Die Federal Reserve hat Fehler eingeräumt. Der Städtetag NRW warnt. Die Fed hat ihre Zinsen nicht erhöht."
    bodies = Bodies(text, clause_words_of("de"))
    assert [bodies.full(n) for n in ("die Fed", "der Städtetag", "die Regierung", "Merz")] == [
        "Federal Reserve", "Städtetag NRW", "die Regierung", "Merz"]
    # English as before: "Syrian Observatory" goes on with "for"
    english = Bodies("The Syrian Observatory for Human Rights said. SOHR added.")
    assert [english.full(n) for n in ("SOHR", "Syrian Observatory")] == [
        "Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"]


def test_a_french_affiliation_after_the_name():
    assert rows("fr", "« La situation est grave », a déclaré Jean Dupont de l’Université de Genève.") == [
        ("déclaré", "Jean Dupont de l’Université de Genève", "Jean Dupont")]
    assert rows("fr", "Jean Dupont, de l’Université de Genève, a déclaré que la situation était grave.") == [
        ("déclaré", "Jean Dupont", "Jean Dupont")]
    # a particle of the name is no affiliation
    assert rows("fr", "« La situation est grave », a déclaré Charles de Gaulle.") == [
        ("déclaré", "Charles de Gaulle", "Charles de Gaulle")]
