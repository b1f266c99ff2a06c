"""Who a speaker is, thirteenth round on US outlets (issue 23; gold/attributions/abp.jsonl, dev
half, and PolNeAR train): each test a pattern of English on a constructed sentence of the
kind the errors showed."""

from __future__ import annotations

import pandas as pd

from framing import find_attributions


def speakers(text: str) -> list[tuple[str, str]]:
    df = find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": ["X"], "text": [text]}), warn=False)
    return list(zip(df["speaker"], df["speaker_canonical"]))


def test_the_source_goes_back_to_one_source_familiar_with_the_talks():
    # the head of "one source familiar with …" is "source", though "familiar" ends it read backward
    text = ("The two sides reached a deal on Friday, according to one source familiar with the talks. "
            "Describing it as a good call, the source said they agreed to meet again.")
    assert speakers(text)[-1] == ("the source", "one source familiar with the talks")


def test_the_administration_is_the_one_named_before():
    text = ("The Trump administration moved on Thursday to make the form permanent. Critics objected. "
            "The administration says it has selected a site in Texas.")
    assert speakers(text)[-1] == ("The administration", "Trump administration")
    # an agency's name in capitals is no presidency
    text = ("The Federal Aviation Administration grounded the jets. Critics objected. "
            "The administration says it has selected a site in Texas.")
    assert speakers(text)[-1] == ("The administration", "administration")


def test_the_statement_of_a_sender_named_since_the_last_one():
    # "the statement" spoke before for one sender; a second sender's statement since is the new one's
    text = ("The State Department issued a statement on Sunday. “We condemn the attack,” the statement said. "
            "Turkey condemned it too. Turkey's Ministry of Foreign Affairs also published a statement denouncing the "
            "attack. “We convey our condolences to the families,” the statement said.")
    found = speakers(text)
    assert found[0] == ("the statement", "State Department")
    assert found[-1] == ("the statement", "Turkey's Ministry of Foreign Affairs")


def test_a_nations_body_joined_by_and_is_one_name():
    assert speakers("U.S. Customs and Border Protection said it suspended crossings at the port.") == [
        ("U.S. Customs and Border Protection", "U.S. Customs and Border Protection")]


def test_a_sentence_adverb_between_subject_and_cue_is_no_part_of_the_subject():
    assert speakers("Libya’s air force meanwhile announced it had launched strikes in Darna.") == [
        ("Libya’s air force", "Libya’s air force")]
    assert speakers("The ministry however said the talks would go on.") == [("The ministry", "ministry")]


def test_a_title_before_a_given_name_is_the_person_named_in_full():
    text = ("The foreign minister of the United Arab Emirates, Sheikh Abdullah bin Zayed Al Nahyan, condemned the "
            "killing. Sheikh Abdullah added that the killing highlights the need to help the Libyan government.")
    assert speakers(text)[-1] == ("Sheikh Abdullah", "Abdullah bin Zayed Al Nahyan")


def test_pew_is_the_pew_research_center_the_article_names():
    text = ("The poll released by The Washington Post and Pew Research Center made no sense. Pew notes that poll "
            "results mirror broader sentiments.")
    assert speakers(text)[-1] == ("Pew", "Pew Research Center")


def test_he_after_a_thing_a_person_owns_is_its_owner():
    # a letter is no "he": the subject's possessor is
    text = ("The White House said the president would speak to Congress. Mr. Boehner’s letter included 14 "
            "different questions he said must be answered.")
    assert speakers(text)[-1] == ("he", "Boehner")


def test_a_courts_opinion_and_its_justices_are_the_court_named_before():
    text = ("Republicans want to force the Supreme Court to reconsider Roe v. Wade. The ruling held that the clause "
            "provides a right to privacy. The opinion stated that viability is usually placed at about seven months. "
            "The justices did not define those relationships but said they could include a close relative.")
    assert speakers(text) == [("The opinion", "Supreme Court"), ("The justices", "Supreme Court")]
    # two courts named: "the justices" are the Supreme Court's, "the appeals court" the Circuit
    text = ("The Supreme Court sent the case back to the 9th Circuit on Monday. Critics were furious. "
            "The justices said the president had the power. The appeals court said it would rule soon.")
    assert speakers(text) == [("The justices", "Supreme Court"), ("The appeals court", "9th Circuit")]


def test_story_highlights_are_the_authors_lines():
    # CNN's highlights above an opinion piece: the labelled lines are the author's, and so is
    # "He says" among them; after them, "he" is someone the article names
    text = ("Story highlights David Frum: Was deal smart? If Iran was not close to a nuke, deal looks reckless\n\n"
            "He says deal relaxes sanctions just when they had left Iran close to collapse\n\n"
            "Frum: Deal does not address Iran as bad actor in Syria and beyond\n\n"
            "To assess this weekend's nuclear deal with Iran, here are the key questions that must be answered, and "
            "the first is how close Iran was to building a nuclear weapon when the talks began in Geneva last year.\n\n"
            "The president spoke on Monday. He said the deal was good.")
    found = speakers(text)
    assert found[:3] == [("David Frum", "David Frum"), ("He", "David Frum"), ("Frum", "David Frum")]
    assert found[3][1] != "David Frum"


def test_a_name_joined_by_and_is_no_person_for_it():
    # "U.S. Customs and Border Protection" is a body: "It" goes back to it
    text = ("The Trump administration has said the claims must be processed outside the U.S. "
            "U.S. Customs and Border Protection said it suspended crossings at the port. "
            "It later tweeted that the crossings had re-opened.")
    assert speakers(text)[-1] == ("It", "U.S. Customs and Border Protection")
