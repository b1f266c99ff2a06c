"""Bodies whose name says their kind where its first word says another (``body_names`` of
each language's words.yaml): the World Health Organization is no NGO in any language."""

import pandas as pd
import pytest

import framing
from framing.lang import LanguageError
from framing.sources.clause_words import _body_names


def rows(lang: str, *texts: str) -> list[tuple[str, str, str]]:
    frame = pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "outlet": "X", "text": list(texts)})
    table = framing.find_attributions(framing.load_corpus(frame, language=lang, duplicates="keep", warn=False),
                                      warn=False)
    return [tuple(x) for x in table[["speaker", "speaker_canonical", "speaker_category"]].itertuples(index=False)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the head of a compound, "organisation", said an NGO
    ("de", "Die Weltgesundheitsorganisation WHO teilte am Montag mit, die Lage sei ernst.",
     ("Die Weltgesundheitsorganisation WHO", "Die Weltgesundheitsorganisation WHO", "international_org")),
    ("de", "Der Internationale Währungsfonds erklärte, die Wirtschaft wachse.",
     ("Der Internationale Währungsfonds", "Der Internationale Währungsfonds", "international_org")),
    # a spokesperson takes the kind of the body named after the role
    ("de", "Ein Sprecher der WHO sagte, die Lage sei ernst.",
     ("Ein Sprecher der WHO", "Ein Sprecher der WHO", "international_org")),
    ("fr", "L'Organisation mondiale de la santé a déclaré lundi que la situation était grave.",
     ("L'Organisation mondiale de la santé", "L'Organisation mondiale de la santé", "international_org")),
    ("fr", "Le Fonds monétaire international a estimé que la croissance ralentirait.",
     ("Le Fonds monétaire international", "Le Fonds monétaire international", "international_org")),
    # "Banco": a company's word
    ("es", "Según el Banco Mundial, la economía crecerá.", ("el Banco Mundial", "Banco Mundial", "international_org")),
    # a fronted cue that opens the sentence is no word of the body's name (was "Según la OMS")
    ("es", "Según la OMS, la situación es grave.", ("la OMS", "OMS", "international_org")),
    ("es", "Según la CEPAL, la economía crecerá.", ("la CEPAL", "CEPAL", "international_org")),
    # every case of a Russian name: its words as stems
    ("ru", "По данным Всемирной организации здравоохранения, ситуация серьезная.",
     ("Всемирной организации здравоохранения", "Всемирная организация здравоохранения", "international_org")),
    ("ru", "Генсек ООН заявил, что ситуация серьезная.", ("Генсек ООН", "Генсек ООН", "international_org")),
    ("ar", "وقالت منظمة الصحة العالمية إن الوضع خطير.", ("منظمة الصحة العالمية", "منظمة الصحة العالمية", "international_org")),
    # the hamza of an alef is not compared
    ("ar", "وقال المتحدث باسم الامم المتحدة إن الوضع خطير.",
     ("المتحدث باسم الامم المتحدة", "المتحدث باسم الامم المتحدة", "international_org")),
])
def test_a_body_named_in_full_is_of_the_kind_its_name_says(lang, text, expected):
    assert rows(lang, text) == [expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # near-misses: an NGO named after "organisation" stays one; a short stem never matches inside a word
    ("fr", "L'organisation Amnesty International a dénoncé ces arrestations.",
     ("L'organisation Amnesty International", "Amnesty International", "advocacy")),
    ("de", "Die Organisation Pro Asyl erklärte, die Lage sei ernst.",
     ("Die Organisation Pro Asyl", "Die Organisation Pro Asyl", "advocacy")),
    ("ru", "Представитель возглавляемой США коалиции заявил, что ситуация серьезная.",
     ("Представитель возглавляемой США коалиции", "Представитель возглавляемой США коалиции", "unclassified")),
])
def test_a_body_whose_name_is_not_listed_keeps_the_kind_of_its_words(lang, text, expected):
    assert rows(lang, text) == [expected]


def test_a_malformed_body_names_entry_is_an_error_naming_the_file():
    with pytest.raises(LanguageError, match="x/words.yaml: body_names maps each label"):
        _body_names({"international_org": "WHO"}, "x/words.yaml")
    with pytest.raises(LanguageError, match="body_names"):
        _body_names({"international_org": [""]}, "x/words.yaml")
    assert _body_names({"international_org": ["WHO", "Vereinte Nationen"]}, "x") == (
        (("vereinte", "nationen"), "international_org"), (("who",), "international_org"))
