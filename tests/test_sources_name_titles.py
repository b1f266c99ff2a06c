"""English words before a name that belong to the title (framing.sources.name_titles):
"Then-President", "Ex-Senator", an owner's possessive ("NPR's"), a title with its office
("Secretary of State")."""

import warnings

import pandas as pd
import pytest

import framing


def _speakers(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = framing.find_attributions(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return a[["speaker", "speaker_canonical", "speaker_id", "cue"]].values.tolist()


@pytest.mark.parametrize("text, speaker, canonical, sid", [
    ("Then-President Barack Obama said the strike was legal.", "Then-President Barack Obama", "Barack Obama",
     "barack obama"),
    ("Ex-Senator Jim Webb said the war was a mistake.", "Ex-Senator Jim Webb", "Jim Webb", "jim webb"),
    ("Then-candidate Donald Trump said he would win.", "Then-candidate Donald Trump", "Donald Trump", "donald trump"),
    ("NPR's Dina Temple-Raston reports that the suspect fled.", "NPR's Dina Temple-Raston", "Dina Temple-Raston",
     "dina temple-raston"),
    ("Secretary of State John Kerry said the talks would go on.", "Secretary of State John Kerry", "John Kerry",
     "john kerry"),
    ("Then-secretary of State Hillary Rodham Clinton said the talks would go on.",
     "Then-secretary of State Hillary Rodham Clinton", "Hillary Rodham Clinton", "hillary clinton"),
])
def test_the_title_is_no_part_of_the_name(text, speaker, canonical, sid):
    cue = "reports" if "reports" in text else "said"
    assert _speakers(text) == [[speaker, canonical, sid, cue]]


def test_a_possessive_before_a_body_or_a_first_name_alone_stays():
    from framing.sources.classification import proper_name
    from framing.sources.words import words_of
    g = words_of("en")
    assert proper_name("Trump's Justice Department", g) == "Trump's Justice Department"
    assert proper_name("NPR's Tom", g) == "NPR's Tom"
    assert proper_name("Secretary of Homeland Security", g) == ""


def test_a_description_with_for_before_a_titled_name_is_not_that_person():
    assert _speakers("A spokesman for Prime Minister Theresa May said the tweets were unacceptable.")[0][1] != "Theresa May"
