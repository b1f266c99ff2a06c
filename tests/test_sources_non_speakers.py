"""Phrases before a cue that are no speaker (issue 23; FA-KES top sources, abp_syria):
a clause in text without commas, the verb phrase of a relative clause."""

from __future__ import annotations

import pandas as pd
import pytest

from framing import find_attributions


def rows(text: str) -> list[tuple[str, str, str]]:
    df = find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": ["X"], "text": [text]}), warn=False)
    return list(zip(df["cue"], df["speaker"].fillna(""), df["speaker_canonical"].fillna("")))


def test_a_clause_before_the_cue_is_no_speaker():
    # a verb with its object: the name after the cue speaks
    assert rows("Meanwhile rebel fire on regime-held areas killed 1102 people said the Observatory.") == [
        ("said", "the Observatory", "Observatory")]
    # a name at the clause's end speaks
    assert rows("The missiles also wounded 25 others Ibrahim Abu Leys told Anadolu Agency.")[0][:2] == (
        "told", "Ibrahim Abu Leys")
    # a participle and its prepositions: no one, rather than "killed in the failed attack"
    assert rows("At least 20 militants were killed in the failed attack said a statement.")[0][:2] == ("said", "")


def test_a_relative_clause_before_the_cue_leaves_its_antecedent_speaking():
    assert rows("The official who spoke to The Hill said that the administration is working.") == [
        ("said", "The official", "official")]
    assert rows("A senior aide to a Democratic senator who is undecided on Gorsuch said he has not seen it.")[0][:2] == (
        "said", "A senior aide to a Democratic senator")
    assert rows("A witness named Ahmad who was wounded in the head in the blast described the moment the bomber "
                "struck.")[0][:2] == ("described", "A witness named Ahmad")
    # "who" and a subject of its own: that subject speaks
    assert rows("He is the man who officials said was behind it.")[0][:2] == ("said", "officials")


def test_according_to_ends_before_the_next_clause_without_a_comma():
    assert rows("According to the group they were the latest of 7000 people killed.")[0][:2] == (
        "According to", "the group")
    assert rows("According to Reuters the aid convoy was struck while traveling to Orem.")[0][:2] == (
        "According to", "Reuters")


def test_a_document_speaks_for_its_author_and_a_report_for_the_outlet_that_reported():
    text = ("A document published by ISIS reveals the prices. The heading of the Islamic State document reads, "
            "\"Prices stipulated.\" Revenues fell, according to the document. The document stated that no one may "
            "buy more.")
    assert [r[2] for r in rows(text) if r[1].lower() == "the document"] == ["Islamic State", "Islamic State"]
    text = ("In the UK, a woman died of the virus, the BBC reported. The spokesman said the virus would spread, "
            "according to the report.")
    assert rows(text)[-1] == ("according to", "the report", "BBC")


def test_a_body_s_one_word_name_is_the_full_name_the_article_writes():
    text = ("Amnesty International is a rights group. Amnesty has accused it of promoting an arms trade. "
            "“In our view, the NRA is willing to trade in human rights,” the group said in a statement.")
    assert [r[2] for r in rows(text)] == ["Amnesty International", "Amnesty International"]
    assert rows("Trump called him overrated, according to NBC News. He was not tough, NBC reported.")[-1] == (
        "reported", "NBC", "NBC News")
    # a name that goes on after the word is another body's
    assert rows("Japan International Cooperation Agency helps. Japan said it would help.")[-1][2] == "Japan"


def test_a_name_after_according_to_a_description_closed_by_a_name_is_the_next_subject():
    text = ("According to the newspaper Al Ahram, Hossam Moenes, spokesperson for the leftist Egyptian Popular "
            "Current, said the appointments were a mistake.")
    assert rows(text)[0] == ("According to", "the newspaper Al Ahram", "Al Ahram")
    # a description without a name keeps its appositive
    assert rows("According to the governor of the province, Mohammed Samra, the army advanced.")[0][2] == "Mohammed Samra"


def test_a_lower_case_title_with_of_before_a_first_name_and_surname_leaves_the_name():
    assert rows("Former secretary of state John Kerry said the deal was good.")[0][2] == "John Kerry"
    assert rows("The head of the committee Bob Corker told reporters it would pass.")[0][2] == "Bob Corker"
    # a plural head speaks, and a body's name is no person's
    assert rows("Daughters of the late podiatrist Larry Braunstein said the doctor did it.")[0][2] == (
        "Daughters of the late podiatrist Larry Braunstein")
    assert rows("A spokesman for the group Jaish al-Islam said it would fight.")[0][2] == (
        "spokesman for the group Jaish al-Islam")


def test_a_pronoun_with_its_contraction_speaks_as_the_pronoun():
    assert rows("The White House releases excerpts. Here's what they've told us to expect: “We are fifteen years "
                "into this new century.”")[0][:2] == ("told", "they")
    assert rows("Toure said the other side has vision. They ’ d rather tell people , ‘ Oh , it was not for you. ’")[-1][
        :2] == ("tell", "They")


def test_who_issued_a_statement_speaks_in_its_participle():
    assert rows("Donald Trump won. The U.S. abstention comes one day after President-elect Trump issued a statement "
                "calling on the U.S. to veto the resolution.")[0] == ("calling", "President-elect Trump", "Donald Trump")
    assert rows("Graham issued a statement saying the deal was bad.")[0][:2] == ("saying", "Graham")


def test_a_role_of_a_place_after_according_to_keeps_its_appositive_name():
    text = "According to the Governor of Deir al-Zor, Mohammed Ibrahim Samra, the army advanced."
    assert rows(text)[0][2] == "Mohammed Ibrahim Samra"


def test_an_adverb_between_the_auxiliary_and_the_cue_is_stepped_over():
    assert rows("Mr. Ryan has long said that he will support the nominee.")[0][:2] == ("said", "Mr. Ryan")
    assert rows("Mrs. Clinton has always denied that the server was insecure.")[0][:2] == ("denied", "Mrs. Clinton")
    assert rows("The American Legion has twice complained to Sanders officials about the emblem.")[0][:2] == (
        "complained", "The American Legion")


@pytest.mark.parametrize("text, speaker", [
    # a text without commas: the object of a verb in a clause of "who"/"which" is no speaker
    ("The Observatory which relies on a network of sources inside Syria to monitor the conflict said hundreds of "
     "people were wounded.", "The Observatory"),
    ("A witness named Ahmad who suffered a head wound due to the blast described the moment the bomber struck.",
     "A witness named Ahmad"),
    # after a verb of saying the phrase is the subject of what was said, and speaks
    ("Results were confirmed by Turkish health officials who said post-mortem tests on victims concluded that "
     "sarin had been used.", "post-mortem tests on victims"),
    # a clause with a verb and a participle ("700 got injured in …") is no speaker
    ("More than 100 civilians have been killed and 700 got injured in August shelling of Aleppo local authorities "
     "told reporters on Saturday.", ""),
])
def test_a_clause_without_commas_before_the_cue(text, speaker):
    assert rows(text)[-1][1] == speaker
