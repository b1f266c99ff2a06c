"""English attribution rules written from the errors on US outlets' articles (issue 23;
gold/attributions/abp.jsonl, dev half): each a pattern of English, with exact speakers."""

from __future__ import annotations

import pandas as pd

from framing import find_attributions


def atts(text: str) -> pd.DataFrame:
    return find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": ["X"], "text": [text]}), warn=False)


def rows(text: str) -> list[tuple[str, str, str]]:
    df = atts(text)
    return list(zip(df["cue"], df["speaker"], df["speaker_canonical"]))


def test_a_name_goes_on_through_the_lower_case_nouns_it_heads():
    # a body or people named by a name and a head noun: "news agency", "media", "lawmakers"
    assert rows("Russia will send planes, according to the Tass news agency. Nothing else changed.") == [
        ("according to", "the Tass news agency", "Tass news agency")]
    assert rows("Kushner met the prince, according to the US media. Nothing else changed.") == [
        ("according to", "the US media", "US media")]
    assert rows("Republican lawmakers have lined up against the decision, warning that it will lead to a slaughter.") == [
        ("warning", "Republican lawmakers", "Republican lawmakers")]
    # a role and the name after it: the person speaks
    assert rows("“It is a disaster,” explained White House press secretary Sean Spicer.") == [
        ("explained", "White House press secretary Sean Spicer", "Sean Spicer")]
    # an adjective or an adverb after a name ends it
    assert rows("“We will go,” said Obama recently.")[0][1] == "Obama"


def test_according_to_is_not_part_of_the_antecedent_of_which():
    df = atts("The army advanced, according to Syria's state news agency, which reports that Assad asked for help.")
    assert df.loc[df.cue == "reports", "speaker_canonical"].tolist() == ["Syria's state news agency"]


def test_a_preposition_or_an_adverb_after_the_cue_never_speaks():
    assert rows("“We are not done,” the group said in a statement.") == [("said", "the group", "group")]
    assert rows("The order is short. Stated differently, the state will not act.") == []
    assert rows("The fliers show the words “Immigration Enforcement” written in large block letters.") == []


def test_initials_with_full_stops_end_a_subject():
    # "U.S." is tokenised "U.S" and "."; the full stop is no sentence end before "said"
    assert rows("The U.S. said it would leave Syria soon.") == [("said", "The U.S", "U.S")]
    assert rows("“It is not a solution,” the N.R.A. said.") == [("said", "the N.R.A", "N.R.A")]


def test_a_description_ending_in_a_name_before_an_appositive_speaks():
    df = atts("“He was scrupulous,” former CIA director Michael Hayden, no friend of Trump’s, said recently.")
    assert df[["speaker", "speaker_canonical", "rule"]].values.tolist() == [
        ["former CIA director Michael Hayden", "Michael Hayden", "name_appositive"]]


def test_a_definite_description_with_another_name_or_a_named_appositive_is_someone_new():
    df = atts("Iran’s deputy foreign minister said the ban stays. The Australian prime minister, Malcolm Turnbull, "
              "said the deal would stand.")
    assert df["speaker_canonical"].tolist() == ["Iran’s deputy foreign minister", "Malcolm Turnbull"]
    df = atts("The army advanced, according to Syria's state news agency. Russia will send planes, according to "
              "the Tass news agency.")
    assert df["speaker_canonical"].tolist() == ["Syria's state news agency", "Tass news agency"]
    # with no other name the description repeats the earlier source
    df = atts("A Syrian minister said the ban stays. “It will go on,” the Syrian minister said.")
    assert df["speaker_canonical"].tolist() == ["Syrian minister", "Syrian minister"]


def test_that_before_a_name_or_a_plural_opens_the_clause_and_maybe_opens_no_subject():
    assert rows("RFE adds that opposition sources in Syria claim that Talbisah suffered losses.")[1] == (
        "claim", "opposition sources in Syria", "opposition sources in Syria")
    assert rows("He said that Assad claims the war would end.")[1] == ("claims", "Assad", "Assad")
    assert rows("That man in the hat said the war would end.") == [("said", "That man in the hat", "That man in the hat")]
    assert rows("Maybe someone told him that the war would end.") == [("told", "someone", "someone")]


def test_a_full_stop_with_its_space_lost_still_ends_a_name():
    # scraped text: "… in its survey.Flake said …"
    df = atts("Dean Heller opposes it, The Hill found in its survey.Flake said he is reviewing the bill. Corker is "
              "reviewing it, according to The Tennessean.Chambliss said he opposes it.")
    assert df["speaker"].tolist() == ["Flake", "The Tennessean", "Chambliss"]
    assert rows("The plan failed, according to U.S. officials.") == [("according to", "U.S. officials", "U.S. officials")]
