"""Who a speaker is, fourth round on US outlets (issue 23; gold/attributions/abp.jsonl, dev
half, grown to 43 articles): "the group" after a named body spoke. Each test a pattern of
English on a sentence of the kind the errors showed."""

from __future__ import annotations

import pandas as pd

from framing import find_attributions


def atts(text: str) -> pd.DataFrame:
    return find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": ["X"], "text": [text]}), warn=False)


def canonical_of(text: str, written: str) -> list[str]:
    df = atts(text)
    return df.loc[df.speaker == written, "speaker_canonical"].tolist()


def test_the_group_is_the_named_body_that_spoke_last():
    text = ("Human rights group Amnesty International says the distinction is dubious. Amnesty has accused it of "
            "promoting an unregulated arms trade. “The NRA is willing to trade in human rights,” the group said.")
    assert canonical_of(text, "the group") == ["Amnesty International"]  # the full name the article writes
    # written as a pronoun that goes on from the name
    text = ("“We will act,” Mr. Obama said. The N.R.A. made clear that it was ready for a fight. Even before the "
            "speech, it broadcast a video calling Mr. Obama a hypocrite. After the speech the group said it would "
            "work to secure schools.")
    assert canonical_of(text, "the group") == ["N.R.A"]


def test_the_group_stays_a_description_where_another_may_be_meant():
    # a person spoke last
    text = ("Amnesty has accused it of promoting the arms trade. “It is wrong,” said John Smith, a lawyer. "
            "“We will go on,” the group said.")
    assert canonical_of(text, "the group") == ["group"]
    # the head word comes back between: "a group of protesters"
    text = ("Amnesty has accused it of promoting the arms trade. A group of protesters marched to the embassy. "
            "“We will go on,” the group said.")
    assert canonical_of(text, "the group") == ["group"]
    # a pronoun after another speaker: whom "it" stands for is already a guess
    text = ("The Trump administration accused him of weakness. National Security Action, a think tank, criticised "
            "the speech. “This is petty,” it said in a statement. “He sees Islam as an enemy,” the group added.")
    assert canonical_of(text, "the group") == ["group"]


def test_a_role_that_speaks_in_the_lede_is_the_person_the_next_attribution_names():
    text = ("The IRS official at the center of a scandal over alleged targeting of conservative groups says she did "
            "nothing wrong.\n\n“I didn’t do anything wrong,” Lois Lerner told Politico in an interview. "
            "“I’m proud of my career,” she said.")
    assert canonical_of(text, "The IRS official at the center of a scandal over alleged targeting of conservative "
                              "groups") == ["Lois Lerner"]
    text = ("House Republicans will find a solution, but it won’t be a path to citizenship, a leading Republican "
            "advocate of immigration reform said.\n“It’s a path to legal status,” says Tamar Jacoby, president "
            "of ImmigrationWorks USA.")
    assert canonical_of(text, "a leading Republican advocate of immigration reform") == ["Tamar Jacoby"]


def test_a_lede_role_stays_a_role_where_the_article_keeps_it_for_another():
    # the role speaks again after the name: "an official … Donald Trump denounced … the official said"
    text = ("Iran has sentenced several spies to death, an official said on Monday.\n\nU.S. President Donald Trump "
            "said the report was “totally false.” The spies were arrested last year, the official said.")
    assert canonical_of(text, "an official") == ["official"]
    # the name came before the role spoke; a title in capitals ("the President") is anyone's
    text = ("Donald Trump met the envoy. A senior aide said the talks went well. “It was good,” said Donald Trump.")
    assert canonical_of(text, "A senior aide") == ["senior aide"]


def test_the_subject_of_a_sentence_that_opens_with_a_quotation_is_the_narrators_after_it():
    # coordinated: "…” … Obama did not use the word, but said …": Obama, not the quotation's "It"
    text = ("“Planned Parenthood is not going anywhere,” Obama said. “It’s not going anywhere today, it’s not going "
            "anywhere tomorrow.” … Obama did not use the word “abortion” during his remarks, but said the “right to "
            "choose” has long been upheld by courts.")
    df = atts(text)
    assert df.loc[df.rule == "coordinated", "speaker"].tolist() == ["Obama"]
    # a participle after the quotation's own cue
    df = atts("“We’ve got to figure out a way to work around that,” he continued, declaring that the solution "
              "would be for Democrats to regain the House.")
    assert df.loc[df.cue == "declaring", "speaker"].tolist() == ["he"]
    assert atts("“Turkey, um, with cranberries,” she answered nervously, and then asked him what he planned to "
                "eat.")["speaker"].tolist() == ["she"]


def test_a_posting_before_a_name_is_the_speakers_description():
    assert atts("U.S. Ambassador to the United Nations Nikki Haley said the vote was a mistake.")[
        ["speaker", "speaker_canonical"]].values.tolist() == [["Nikki Haley", "Nikki Haley"]]
    # the speaker rule cut the phrase at "to", before or after the place
    assert atts("Former U.S. Ambassador to Russia Jon Huntsman said the talks failed.")["speaker"].tolist() == [
        "Jon Huntsman"]
    assert atts("Former U.S. Ambassador to the United Nations Nikki Haley slammed the decision, warning it will "
                "damage America’s standing.")["speaker"].tolist() == ["Nikki Haley"]
    # a place that is also a first name ("Israel"): the name is the last first name with a surname
    assert atts("The talks failed, U.S. Ambassador to Israel David Friedman said.")["speaker"].tolist() == [
        "David Friedman"]


def test_a_posting_with_no_name_after_it_changes_nothing():
    from framing.sources.descriptions import split_posting
    from framing.sources.records import Attribution
    from framing.sources.words import words_of

    text = "The U.S. ambassador to Chad said the talks failed."
    s = text.index("Chad")
    att = Attribution((s, s + 4), (s + 5, s + 9), "say", (s + 10, len(text) - 1), (0, len(text)))
    split_posting(text, att, words_of("en"))
    assert (att.speaker, att.appositive) == ((s, s + 4), None)


def test_an_office_or_campaign_by_a_possessive_is_that_of_the_person_named_in_full():
    text = ("Sen. Dean Heller of Nevada is undecided. Heller ’ s office told The Hill the senator will not support "
            "the plan.")
    assert canonical_of(text, "Heller ’ s office") == ["Dean Heller's office"]
    text = "Hillary Clinton spoke on Monday. Clinton’s campaign said the ad was false."
    assert canonical_of(text, "Clinton’s campaign") == ["Hillary Clinton's campaign"]
    assert canonical_of("British Prime Minister Theresa May's office said the talks were over.",
                        "British Prime Minister Theresa May's office") == ["Theresa May's office"]
    # a surname the article gives no first name, and a role, stay as written
    assert canonical_of("Karzai's office said the talks were over.", "Karzai's office") == ["Karzai's office"]
    assert canonical_of("The prosecutor's office said the case was closed.", "The prosecutor's office") == [
        "prosecutor's office"]


def test_a_time_phrase_with_a_number_of_units_opens_the_sentence_before_its_subject():
    df = atts("“Just two days ago, the New York Times put out an article saying I am a Russian asset,” she said.")
    assert df.loc[df.cue == "saying", "speaker"].tolist() == ["the New York Times"]
    df = atts("Hours later, the Pentagon released a statement, saying the military has started the process.")
    assert df.loc[df.cue == "saying", "speaker"].tolist() == ["the Pentagon"]
    # a number word with no unit of time is no time phrase
    assert atts("Hundreds, perhaps thousands, said they would march.")["speaker"].tolist() == ["Hundreds"]
