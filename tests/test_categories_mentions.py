"""A person named without a role where they speak takes the category the article's other
mentions of them say, in the languages of the clause rules: the role words before or in
apposition to a mention of their name, or the role phrase of another attribution to them."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.sources.classification import classify_by_mentions


def categories(language: str, text: str) -> list[tuple[str, str]]:
    df = pd.DataFrame({"doc_id": ["d"], "outlet": "X", "text": [text]})
    got = framing.find_attributions(df, language=language)
    return list(zip(got["speaker_canonical"], got["speaker_category"]))


@pytest.mark.parametrize("language, text, speaker, category", [
    # a role before an earlier mention of the name, then the surname speaks
    ("de", "Die CDU-Politikerin Julia Klöckner war in Berlin. Klöckner sagte, das Land brauche Reformen.",
     "Julia Klöckner", "politician"),
    ("fr", "Le président Jacques Chirac était à Berne. Jacques Chirac a déclaré que la visite était utile.",
     "Jacques Chirac", "government"),
    # the role phrase of another attribution to the same person ("El panista", then "Anaya")
    ("es", "Ricardo Anaya llegó a Puebla. El panista dijo que ganará la elección. "
           "Anaya afirmó que el debate es con López.", "Ricardo Anaya", "politician"),
])
def test_a_person_takes_the_category_of_their_other_mentions(language, text, speaker, category):
    assert (speaker, category) in categories(language, text)


def label_of(phrase: str) -> str:
    return {"ministre": "government", "avocat": "court"}.get(phrase.split()[-1].lower() if phrase else "",
                                                               "unclassified")


STOP = frozenset({"le", "la", "et"})
PREPS = frozenset({"de", "à"})


def test_role_words_before_and_in_apposition_to_a_mention():
    assert classify_by_mentions("Le ministre Paul Durand arrive. Durand parle.", "Paul Durand", label_of,
                                STOP, PREPS, False) == "government"
    assert classify_by_mentions("Paul Durand, avocat, arrive.", "Paul Durand", label_of, STOP, PREPS, False) == "court"


def test_no_role_from_a_preposition_another_name_or_too_few_words():
    # the name is a preposition's object: "le cabinet de Durand" says nothing of Durand
    assert classify_by_mentions("Le ministre de Durand parle.", "Durand", label_of, STOP, PREPS, False) \
        == "unclassified"
    # "Marc Durand" is another person than "Paul Durand"
    assert classify_by_mentions("Le ministre Marc Durand parle.", "Paul Durand", label_of, STOP, PREPS, False) \
        == "unclassified"


def test_the_label_most_mentions_say():
    text = "Avocat Durand. Le ministre Durand parle. Le ministre Durand part. Le ministre Durand revient."
    assert classify_by_mentions(text, "Durand", label_of, STOP, PREPS, False) == "government"


def test_an_inflected_surname_is_a_mention_where_the_language_has_cases():
    assert classify_by_mentions("Le ministre Durandu parle.", "Durand", label_of, STOP, PREPS, True) == "government"
    assert classify_by_mentions("Le ministre Durandu parle.", "Durand", label_of, STOP, PREPS, False) == "unclassified"


@pytest.mark.parametrize("language, text, category", [
    # a deputy's word in construct before a role is that role's kind; with the article, an MP
    ("ar", "وقال نائب مدير الهيئة أحمد علي إن العمل مستمر.", "government"),
    ("ar", "وقال النائب العماد سمير علي إن العمل مستمر.", "politician"),
    ("ar", "وقال النائب سمير علي إن العمل مستمر.", "politician"),
    # a fire brigade is a public service, not the police
    ("de", "Ein Feuerwehrsprecher sagte, das Feuer sei gelöscht.", "government"),
    ("de", "Die Feuerwehr teilte mit, das Feuer sei gelöscht.", "government"),
])
def test_role_words_that_say_another_kind(language, text, category):
    assert [c for _, c in categories(language, text)] == [category]
