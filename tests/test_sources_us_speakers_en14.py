"""English speakers named as the right person: the subject of the sentence after an
adverbial of place that opens it ("Across the street, …", "Ahead of Kerry's arrival, …",
"Standing alongside Kerry, …"); a plural of people in -ian ("Israeli politicians") is the
head of its phrase, not the subject's verb."""

from __future__ import annotations

import pandas as pd

import framing


def rows(text: str) -> list[tuple]:
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), language="en")
    got = got[got["rule"] != "continuation"]
    return [(r.cue, r.speaker, r.speaker_canonical, text[int(r.content_start):int(r.content_end)])
            for r in got.itertuples()]


def test_a_place_adverbial_opening_the_sentence_is_stepped_over():
    text = ("Across the street, neighbor Susan Mikhail, whose apartment faces the church, said the explosion "
            "shook her building.\n\n\"Deacons were the first to run out,\" she told The Associated Press.")
    assert rows(text) == [
        ("said", "neighbor Susan Mikhail", "Susan Mikhail", "the explosion shook her building"),
        ("told", "she", "Susan Mikhail", "\"Deacons were the first to run out,\"")]
    assert rows("Against that backdrop, the senator said he would vote no.") == [
        ("said", "the senator", "senator", "he would vote no")]


def test_a_participle_with_a_place_preposition_opens_an_adverbial():
    text = "Standing alongside Kerry, Prime Minister Benjamin Netanyahu welcomed the deal and stressed his belief that it would last."
    assert rows(text) == [("stressed", "Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu",
                           "his belief that it would last")]


def test_a_plural_in_ian_heads_the_subject():
    assert rows("Ahead of the arrival, some Israeli politicians voiced skepticism, saying Assad cannot be trusted.") == [
        ("saying", "some Israeli politicians", "some Israeli politicians", "Assad cannot be trusted")]
    assert rows("Israeli civilians said they fled.") == [("said", "Israeli civilians", "Israeli civilians", "they fled")]


def test_near_miss_a_number_after_over_is_the_subject():
    # "Over" opens a number here, not an adverbial to a comma: the subject is kept
    assert rows("Over 100 people said they would vote no.") == [("said", "100 people", "100 people", "they would vote no")]
    # a name in -ian is no head: "Christian" is capitalised and the verb after it ends the subject
    assert rows("Jordan Christian said the vote was fair.") == [
        ("said", "Jordan Christian", "Jordan Christian", "the vote was fair")]


def test_became_ends_the_subject_before_a_plural_in_ian():
    # "became" is the verb: "politicians" is its complement, no part of the subject
    assert rows("Warlords became politicians with ample patronage, saying the war was over.") == [
        ("saying", "Warlords", "Warlords", "the war was over")]


KING = "“We will win,” Sen. Peter King said.\n\n"


def test_a_pronoun_inside_an_opening_subordinate_clause_is_its_subject():
    text = KING + ("While Rep. Adam Kinzinger of Illinois expressed his hope that the message will stick with "
                   "Republicans whom he described as “having a creep towards” isolationism, there is still a question.")
    assert rows(text)[1][:3] == ("described", "he", "Adam Kinzinger")


def test_a_pronoun_after_an_opening_subordinate_clause_is_its_subject():
    assert rows(KING + "After Rep. Adam Kinzinger met the president, he said the talks went well.")[1] == (
        "said", "he", "Adam Kinzinger", "the talks went well")
    assert rows(KING + "Although Rep. Adam Kinzinger has no vote, he said the talks went well.")[1] == (
        "said", "he", "Adam Kinzinger", "the talks went well")
    assert rows("“We will win,” the senator said.\n\nWhile Russia disputes that, it has agreed that Syria must "
                "give up its weapons.")[1][:3] == ("agreed", "it", "Russia")


def test_near_miss_a_preposition_s_object_is_no_clause_subject():
    # "After" with a noun phrase and no verb is a preposition: the pronoun goes on to the last speaker
    assert rows(KING + "After the meeting with Rep. Adam Kinzinger, he said the talks went well.")[1] == (
        "said", "he", "Peter King", "the talks went well")
    assert rows(KING + "After Rep. Adam Kinzinger's speech, he said the talks went well.")[1] == (
        "said", "he", "Peter King", "the talks went well")
    # a noun phrase read past its verb ("press") is no subject: the last speaker stays
    assert rows(KING + "When Gulf state leaders press President Obama for a bigger U.S. commitment to defeat ISIS "
                       "in Iraq and Syria, he is likely to ignore their request and claim his strategy is working.")[1][:3] \
        == ("claim", "he", "Peter King")


def test_an_attribution_nested_in_the_pronoun_s_quotation_is_no_last_speaker():
    text = ("“We need a broad discussion,” she said.\n\nRep. Joaquín Castro, D-Texas, who joined Heitkamp on "
            "“This Week” added that addressing mental health issues would be just part of it.\n\n"
            "“And many folks who have said that mental health is an issue, I agree with that,” he said.")
    got = rows(text)
    assert got[1][:3] == ("said", "who", "many folks")
    assert got[2][:3] == ("said", "he", "Joaquín Castro")


def test_near_miss_a_pronoun_after_a_plain_speaker_stays_with_that_speaker():
    # nothing nested: the last speaker, a woman, rules "he" out and no subject in between names a man
    assert rows("“We need a broad discussion,” she said.\n\n“I agree with that,” he said.")[1][:3] == ("said", "he", "he")


def test_a_time_phrase_of_about_and_over_opens_the_sentence():
    text = ("Over a decade ago, former George W. Bush speechwriter David Frum confessed to this publication that "
            "he had misjudged the power of his position. “I always believed that words matter,” he told writer David Rose.")
    assert rows(text) == [("told", "he", "David Frum", "“I always believed that words matter,”")]
    assert rows("Over the weekend, the senator said he would vote no.") == [
        ("said", "the senator", "senator", "he would vote no")]


def test_a_free_relative_s_subject_follows_its_what():
    assert rows("The militant speaks English with what linguist Claire Hardaker said sounds like a London accent.") == [
        ("said", "linguist Claire Hardaker", "Claire Hardaker", "sounds like a London accent")]
    assert rows("The gap between what Trump says his tax plan would do and its effect is wide.") == [
        ("says", "Trump", "Trump", "his tax plan would do and its effect is wide")]
    assert rows("Bombs wounded 10 people in what officials said was a terrorist attack.") == [
        ("said", "officials", "officials", "was a terrorist attack")]
    assert rows("The statement echoed much of what Kerry said on Wednesday -- that the violence was a blow.")[-1][:3] == (
        "said", "Kerry", "Kerry")
    assert rows("The White House released excerpts. Here is what they've told us to expect: \"We are fifteen years "
                "into this new century.\"") == [("told", "they", "White House",
                                                 "to expect: \"We are fifteen years into this new century.\"")]


def test_near_miss_a_free_relative_that_says_nothing_is_no_attribution():
    # "what X said" with nothing said after it: a reference, not a report (no junk speaker "No matter what Trump")
    assert rows("No matter what Trump said, the deal is off.") == []
    assert rows("It was a direct contradiction of what Pence said at the recent debate.") == []
    assert rows("President Trump – despite what his critics say – is not a naive fool.") == []
    assert rows("What the coronavirus crisis tells us is not that we should turn our backs.") == []
    # with no preposition before it, the "what" clause is the subject of the next verb
    assert rows("Nothing the president said surprised them.") == []


def test_may_well_stands_between_the_subject_and_its_verb():
    assert rows("The president may well declare that his first foray was a success.") == [
        ("declare", "The president", "president", "his first foray was a success")]


def test_near_miss_well_as_an_answer_is_no_speaker():
    assert rows("Well, the senator said he would vote no.") == [("said", "the senator", "senator", "he would vote no")]
