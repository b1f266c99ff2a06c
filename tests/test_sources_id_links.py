"""One source under one id in top_sources: a body by its acronym and its name, a person
with and without a middle initial (framing.sources.id_links)."""

import warnings

import pandas as pd
import pytest

import framing
from framing.sources.id_links import link_shapes


def _top(texts, outlet="X"):
    df = pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "outlet": outlet, "text": texts})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return framing.top_sources(df, n=5)


@pytest.mark.parametrize("texts, sid", [
    # an acronym and the name it stands for
    (["The United Nations said the convoy was hit. Aid workers left.", "The UN said on Monday that the talks would resume.",
      "The U.N. said the talks had stalled."], "united nations"),
    # a body's name without its complement in "for"
    (["The Syrian Observatory for Human Rights said 20 people died. Aid workers left.",
      "The opposing UK-based Syrian Observatory said the strikes went on.", "The Syrian Observatory said the road was cut."],
     "syrian observatory for human rights"),
])
def test_the_forms_of_one_body_are_one_source(texts, sid):
    assert _top(texts)[["speaker_id", "attributions"]].values.tolist() == [[sid, 3]]


def test_an_acronym_is_not_read_as_the_initials_of_a_description():
    t = _top(["The BBC said the road was closed.", "A breathless BBC correspondent said the road was open."])
    assert sorted(t["speaker_id"]) == ["bbc", "breathless bbc correspondent"]


def test_a_name_without_its_middle_initial_is_the_same_person():
    t = _top(["President Donald J. Trump said the wall works. Aides left.",
              "Donald Trump said the wall was paid for."])
    assert t[["speaker_id", "speaker", "attributions"]].values.tolist() == [["donald j trump", "Donald J. Trump", 2]]


def test_two_middle_initials_keep_the_name_apart():
    ids = {"george w bush", "george h w bush", "george bush"}
    assert link_shapes(ids, persons=ids) == {}


def test_a_person_of_a_place_and_another_is_not_a_body():
    t = _top(["John McCain said the war was lost.", "Senators John McCain of Arizona and Lindsey Graham said no."])
    assert "john mccain" in set(t["speaker_id"])
