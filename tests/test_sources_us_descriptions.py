"""Who a speaker is, on US house styles nobody tuned for (issue 23; gold/attributions/abp.jsonl,
dev half, the articles of annotators helper-abp-c to f): a quantifier the speaker phrase
opens with. Each test a pattern of English on a constructed sentence."""

from __future__ import annotations

import pandas as pd

from framing import find_attributions


def atts(text: str) -> pd.DataFrame:
    return find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": ["X"], "text": [text]}), warn=False)


def canonical_of(text: str, written: str) -> list[str]:
    df = atts(text)
    return df.loc[df.speaker == written, "speaker_canonical"].tolist()


def test_a_quantifier_stays_in_the_canonical_speaker():
    # "some analysts" are not all analysts: the quantifier is part of who speaks
    assert canonical_of("Some analysts said the deal would fail.", "Some analysts") == ["some analysts"]
    assert canonical_of("Many Danes admitted they were worried.", "Many Danes") == ["many Danes"]
    assert canonical_of("Many of the senator's closest allies said he would run.",
                        "Many of the senator's closest allies") == ["many of the senator's closest allies"]
    assert canonical_of("The vote was close. Many said it was unfair.", "Many") == ["many"]
    # before a number it means "about": no quantifier of the speakers
    assert canonical_of("Some 40 percent of respondents said they would vote.",
                        "Some 40 percent of respondents") == ["40 percent of respondents"]


def test_a_cue_whose_object_is_an_act_reports_nothing():
    for text in ("No group claimed responsibility for the attack on the church.",
                 "The Islamic State declared a caliphate in the territory it controls.",
                 "Congress never declared war on Libya.",
                 "The government declared a seven-day mourning period after the video was released.",
                 "A local affiliate claimed the bombing of a church in Cairo."):
        assert atts(text).empty, text
    # a clause after the noun, or words said: a report
    assert atts("The group claimed the attack was staged by the army.")["cue"].tolist() == ["claimed"]
    assert atts("Mr. Smith declared that the war was over.")["cue"].tolist() == ["declared"]
    assert atts("“We have won,” the senator declared, claiming victory.")["cue"].tolist() == ["declared"]
    assert atts("The administration claimed the attack sprung out of a protest.")["cue"].tolist() == ["claimed"]


def test_a_role_description_is_the_named_person_the_text_was_talking_about():
    # an office of the person's title, with a word of how long they hold it
    text = ("“I’m running because the world is falling apart,” Sen. Lindsey Graham said. He pointed to the fall "
            "of Ramadi. The third-term senator told CBS he would announce his campaign in June.")
    assert canonical_of(text, "The third-term senator") == ["Lindsey Graham"]
    # a party, by state: the speaker before
    text = ("“We should focus on that,” Rep. Bob Goodlatte said on NPR. “We don’t need to vote on both,” "
            "the Virginia Republican said.")
    assert canonical_of(text, "the Virginia Republican") == ["Bob Goodlatte"]
    # a nationality the title shares
    text = ("Protests followed US President Donald Trump's announcement. Mr Trump announced the move on "
            "Wednesday. The US president said: “I have judged this to be in the best interests of the country.”")
    assert canonical_of(text, "The US president") == ["Donald Trump"]
    # a title of the role's kind: "Rep." is a lawmaker
    text = ("“Wells Fargo is involved in the caging of children,” Rep. Alexandria Ocasio-Cortez said. "
            "“The bank should pay for the clean-up,” the freshman lawmaker said.")
    assert canonical_of(text, "the freshman lawmaker") == ["Alexandria Ocasio-Cortez"]


def test_a_role_description_stays_a_description_where_the_person_does_not_fit():
    # another party by the article's tag
    text = ("“This is a mistake,” Sen. Tom Cotton (R-Ark.) said. “We will fight it,” the Maryland Democrat said.")
    assert canonical_of(text, "the Maryland Democrat") == ["Maryland Democrat"]
    # another office, another nation, no title, a role anyone may hold
    text = "“We are proud of this bank,” CEO Timothy Sloan said. “It must change,” the freshman lawmaker said."
    assert canonical_of(text, "the freshman lawmaker") == ["freshman lawmaker"]
    text = ("“The deal holds,” French President Emmanuel Macron said. “Nothing is off the table,” the US "
            "president said.")
    assert canonical_of(text, "the US president") == ["US president"]
    text = "“It was a mistake,” William Galston said. “We lost,” the Republican candidate said."
    assert canonical_of(text, "the Republican candidate") == ["Republican candidate"]
    text = "“It was a mistake,” Sen. John Smith said. “We lost,” the senior official said."
    assert canonical_of(text, "the senior official") == ["senior official"]


def test_asked_to_with_no_one_asking_reports_no_words():
    assert atts("Visa applicants were asked to fill out the new form when applying.").empty
    # the asker named, or a question: a report
    assert atts("Applicants were asked by the consulate to fill out the form.")["cue"].tolist() == ["asked"]
    assert atts("Trump was asked whether he would raise the issue with Putin.")["cue"].tolist() == ["asked"]


def test_an_acronym_is_spelled_by_a_body_not_by_a_role():
    # "Association President" (of "National Rifle Association President David Keene") is no "AP"
    text = ("National Rifle Association President David Keene spoke on Monday. Schools could get more money "
            "for safety, the AP reported.")
    assert canonical_of(text, "the AP") == ["AP"]
    # each capitalised part of a hyphenated word spells a letter
    text = ("The Anti-Defamation League tracks attacks on synagogues. The ADL called the shooting "
            "“an act of pure hatred.”")
    assert canonical_of(text, "The ADL") == ["Anti-Defamation League"]


def test_an_abbreviation_with_dots_stays_in_the_speaker_phrase():
    # the tokenizer reads the last dot of "U.S." as its own token; the phrase goes on over it
    assert atts("The raid killed two, senior U.S. officials said.")["speaker"].tolist() == ["senior U.S. officials"]
    assert atts("U.S. abortion rights activists vowed to fight on.")["speaker"].tolist() == [
        "U.S. abortion rights activists"]
    # where it may end a sentence, the phrase ends there
    assert atts("He fled to the U.S. Officials said he was safe.")["speaker"].tolist() == ["Officials"]
    # nor over a party tag's state
    assert atts("Sen. Jack Reed, D-R.I. Petraeus told the panel the war was lost.")["speaker"].tolist() == [
        "Petraeus"]


def test_a_role_in_capitals_is_read_as_the_role():
    # some house styles write the role in capitals: "The President", "the President himself"
    text = ("President Barack Obama laid out a plan on Thursday. “It is the law,” said Sen. Chuck Grassley of Iowa. "
            "“He lacks the authority,” Grassley said. The President himself said "
            "the plan was lawful.")
    assert canonical_of(text, "The President himself") == ["Barack Obama"]
    text = ("French President Francois Hollande met the leaders on Monday. “We will act,” the French President "
            "said.")
    assert canonical_of(text, "the French President") == ["Francois Hollande"]


def test_a_noun_of_people_goes_on_over_an_adjective_and_its_preposition():
    df = atts("The deal is close, according to people familiar with the matter.")
    assert df[["speaker", "content"]].values.tolist() == [["people familiar with the matter", "The deal is close"]]
    df = atts("According to one source close to the family, Smith phoned the governor.")
    assert df["speaker"].tolist() == ["one source close to the family"]
