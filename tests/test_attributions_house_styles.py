"""English speakers on house styles the rules were not tuned on (the fresh gold draws):
a headline in title case is no fuller form of a name; a poll speaks under its pollster's
name, "that poll" and "the pollster" under the poll's named last."""

from __future__ import annotations

import pandas as pd

import framing


def rows(text: str, columns=("speaker", "speaker_canonical", "cue", "content")) -> list[tuple]:
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), warn=False)
    got = got[got["rule"] != "continuation"]
    return [tuple(r) for r in got[list(columns)].values.tolist()]


# --- a headline in title case names no one --------------------------------------------

def test_a_headline_in_title_case_is_no_fuller_name():
    text = ("Republican Voters Are Largely Backing Trump’s Withdrawal From Syria\n\n"
            "On Sunday, President Trump publicly called for withdrawal of U.S. troops from Syria. "
            "Trump said that the troops would come home.")
    assert rows(text) == [
        ("President Trump", "Trump", "called", "for withdrawal of U.S. troops from Syria"),
        ("Trump", "Trump", "said", "the troops would come home")]


def test_a_name_in_a_headline_without_a_verb_still_names():
    # near miss: the headline's run holds no finite verb, so it is the person's full name
    text = ("Senator Lindsey Graham Slams Withdrawal\n\n"
            "Graham said that the move was a stain on the country.")
    assert rows(text, ("speaker", "speaker_canonical", "cue")) == [("Graham", "Lindsey Graham", "said")]


def test_said_in_a_name_is_no_headline_verb():
    # "Abu Said" is a name: "said" is no headline verb
    text = "The clinic is run by Abu Said, a doctor. Said told reporters that forty people had died."
    assert [r for r in rows(text, ("speaker", "speaker_canonical", "cue")) if r[2] == "told"] == [
        ("Said", "Abu Said", "told")]


# --- a poll speaks under its pollster's name -------------------------------------------

def test_a_poll_conducted_on_dates_is_its_pollster():
    text = "First up, a YouGov/CBS News poll conducted Oct. 8-11 found that most Americans opposed the move."
    assert rows(text, ("speaker", "speaker_canonical", "speaker_category")) == [
        ("a YouGov/CBS News poll conducted Oct. 8-11", "YouGov/CBS News", "poll")]


def test_a_poll_of_voters_is_its_pollster():
    text = "A Quinnipiac University poll of 1,200 voters found that most voters opposed the move."
    assert rows(text, ("speaker", "speaker_canonical")) == [
        ("A Quinnipiac University poll of 1,200 voters", "Quinnipiac University")]


def test_that_poll_and_the_pollster_are_the_poll_named_last():
    text = ("A YouGov/Economist poll conducted Oct. 13-15 asked respondents whether they supported it. "
            "That poll found that a majority of Americans were opposed. "
            "The Morning Consult/Politico poll also ran a test. "
            "The pollster told respondents that the move amounts to abandonment.")
    assert rows(text, ("speaker", "speaker_canonical", "cue")) == [
        ("A YouGov/Economist poll conducted Oct. 13-15", "YouGov/Economist", "asked"),
        ("That poll", "YouGov/Economist", "found"),
        ("The pollster", "Morning Consult/Politico", "told")]


def test_a_pollster_named_as_a_person_is_no_poll():
    # near miss: the article gives a person the title, so "the pollster" is not the poll
    text = ("A Gallup poll found that most voters opposed it. Republican pollster Whit Ayres ran the numbers. "
            "The pollster said that the party was losing.")
    assert rows(text, ("speaker", "speaker_canonical", "cue")) == [
        ("A Gallup poll", "Gallup", "found"), ("The pollster", "pollster", "said")]


def test_a_poll_that_is_no_head_is_no_pollster():
    # near miss: "poll numbers" are the head, not the poll
    assert framing.sources.polls.poll_name("Trump's poll numbers", framing.sources.words.words_of("en")) == ""
    assert framing.sources.polls.poll_name("a new Gallup survey", framing.sources.words.words_of("en")) == "Gallup"


def test_the_poll_named_last_is_read_within_its_sentence():
    # near miss: "Afghanistan." ends a sentence, no part of the pollster's name
    text = ("The strikes hit Afghanistan. A Reuters/Ipsos poll found that most backed them. "
            "However, support dropped to 53 percent, according to the poll.")
    assert rows(text, ("speaker", "speaker_canonical", "cue")) == [
        ("A Reuters/Ipsos poll", "Reuters/Ipsos", "found"), ("the poll", "Reuters/Ipsos", "according to")]


def test_a_slash_outside_a_poll_joins_no_names():
    # near miss: a photo's credit before the name is no pollster's name
    text = "Saul Loeb/AFP/Getty Images Trump blames Democrats for backing Assad."
    assert rows(text, ("speaker", "speaker_canonical", "cue")) == [("Getty Images Trump", "Trump", "blames")]


def test_a_comma_between_clauses_ends_the_poll():
    # near miss: "released in 2016, 71% of Americans": the comma ends the poll's phrase
    text = "According to a CNN poll released in 2016, 71% of Americans said further acts of terrorism are likely."
    assert [r for r in rows(text, ("speaker", "speaker_canonical", "cue")) if r[2] == "said"] == [
        ("71% of Americans", "71% of Americans", "said")]


# --- a speaker's phrase that stresses or places a named person -------------------------

def test_a_reflexive_after_a_name_only_stresses_it():
    text = "Donald Trump spoke on Monday. A year ago, Trump himself announced that the United States had won."
    assert rows(text, ("speaker", "speaker_canonical", "cue")) == [("Trump himself", "Donald Trump", "announced")]


def test_a_title_and_name_of_a_body_is_the_person():
    text = ("Commander Jonathan White of the Public Health Service Commissioned Corps told senators on Tuesday "
            "that the White House had not consulted him.")
    assert rows(text, ("speaker_canonical", "cue", "content")) == [
        ("Jonathan White", "told", "the White House had not consulted him")]


def test_a_title_of_a_body_without_a_name_is_no_person():
    # near miss: a title and "of" a body, no name: the phrase as it stands
    text = "The Deputy Director of the Syrian Observatory for Human Rights said that 40 people died."
    assert rows(text, ("speaker_canonical", "cue")) == [
        ("Deputy Director of the Syrian Observatory for Human Rights", "said")]


def test_a_reflexive_after_a_preposition_stays():
    # near miss: "for himself" is no stress on a name
    from framing.sources.resolution import _REFLEXIVE_END
    assert _REFLEXIVE_END.search("critics of monopolizing power for himself") is not None
    text = "Critics of monopolizing power for himself said that the plan would fail."
    assert rows(text, ("speaker_canonical", "cue")) == [("Critics of monopolizing power for himself", "said")]


# --- a court's name without its seat -----------------------------------------------------

def test_a_court_in_a_city_is_the_court():
    text = ("Gun purchases are off limits, the Ninth U.S . Circuit Court of Appeals in San Francisco said Wednesday . "
            "“ It is beyond dispute that users are dangerous , ” the court said .")
    assert rows(text, ("speaker", "speaker_canonical", "cue")) == [
        ("the Ninth U.S . Circuit Court of Appeals in San Francisco", "Ninth U.S. Circuit Court of Appeals", "said"),
        ("the court", "Ninth U.S. Circuit Court of Appeals", "said")]


def test_a_body_in_a_city_that_is_no_court_keeps_its_place():
    # near miss: only a court's name (words.yaml court_name) leaves its seat out
    text = "Human Rights Watch in New York said that the attacks were crimes."
    assert rows(text, ("speaker_canonical", "cue")) == [("Human Rights Watch in New York", "said")]


# --- a verb of saying that names an act --------------------------------------------------

def test_boasting_followers_is_an_act():
    assert rows("His twitter account boasts over 77 million followers, but many more see his tweets.") == []
    # near miss: "boasted that" reports words
    assert rows("The mayor boasted that the city was safe.", ("speaker", "cue", "content")) == [
        ("The mayor", "boasted", "the city was safe")]


# --- a verb that needs a clause, after a quotation and its speaker -----------------------

def test_states_after_a_quotation_is_a_cue():
    text = "“I am proud of this report,” Pickering states. The panel met for months."
    assert rows(text, ("speaker", "cue", "content")) == [("Pickering", "states", "“I am proud of this report,”")]


def test_states_without_a_clause_or_a_quotation_is_no_cue():
    # near miss: no quotation and its speaker before "states", no clause after it
    assert rows("“It is over,” the report said. The statement states the obvious.", ("speaker", "cue")) == [
        ("the report", "said")]


# --- a named account speaks for its owner ------------------------------------------------

def test_a_named_account_is_its_owner():
    assert rows("Just a day before, the Oath Keepers Twitter account tweeted that “All he has to do is ask.”",
                ("speaker", "speaker_canonical", "cue")) == [
        ("the Oath Keepers Twitter account", "Oath Keepers", "tweeted")]
    assert rows("The FBI account says that the man was armed.", ("speaker_canonical", "cue")) == [("FBI", "says")]


def test_an_account_of_something_is_no_owner():
    # near miss: "an account of the meeting" names no owner
    assert rows("According to an account of the meeting, the men argued for hours.",
                ("speaker_canonical", "cue"))[0] == ("account of the meeting", "According to")


# --- a description by state and role is the person the article so tagged ---------------

def test_a_state_and_a_role_are_the_person_tagged_with_that_state():
    text = ("Rep. Alexandria Ocasio-Cortez (D-N.Y.) compared the centers to camps. Rep. Liz Cheney (R-Wyo.) said in a "
            "tweet that the remarks were wrong. \"Here is a link,\" the Wyoming congresswoman added.")
    assert [r for r in rows(text, ("speaker", "speaker_canonical", "cue")) if r[2] == "added"] == [
        ("the Wyoming congresswoman", "Liz Cheney", "added")]


def test_a_state_two_people_share_names_neither():
    # near miss: two people tagged with Wyoming: the description stays as written
    text = ("Rep. Liz Cheney (R-Wyo.) and Sen. John Barrasso (R-Wyo.) met on Monday. "
            "\"Here is a link,\" the Wyoming lawmaker added.")
    assert [r for r in rows(text, ("speaker", "speaker_canonical", "cue")) if r[2] == "added"] == [
        ("the Wyoming lawmaker", "Wyoming lawmaker", "added")]
