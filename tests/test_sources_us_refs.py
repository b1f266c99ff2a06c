"""Who a speaker is, eighth round on US outlets (issue 23; gold/attributions/abp.jsonl, dev
half): party tags in the Wall Street Journal's style, roles in lower case that go back to a
named person. Each test a pattern of English on a sentence of the kind the errors showed."""

from __future__ import annotations

import pandas as pd

from framing import find_attributions


def atts(text: str) -> pd.DataFrame:
    return find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": ["X"], "text": [text]}), warn=False)


def canonical_of(text: str, written: str) -> list[str]:
    df = atts(text)
    return df.loc[df.speaker == written, "speaker_canonical"].tolist()


def speakers_of(text: str) -> list[tuple[str, str]]:
    df = atts(text)
    return list(zip(df.speaker, df.speaker_canonical))


def test_a_tag_whose_party_and_state_a_comma_parts_leaves_the_name_before_it():
    # "(R., Ariz.)" and the tokenised "( R. , Ariz. )", an appositive after it: the name speaks
    for tag in ("(R., Ariz.)", "( R. , Ariz. )"):
        text = f"Sen. John McCain {tag}, a lead sponsor of the Senate bill, said the best way is this."
        assert speakers_of(text) == [("Sen. John McCain", "John McCain")]
    text = "Sen. Chuck Schumer (D., N.Y.), who backs the bill, said it would pass."
    assert speakers_of(text) == [("Sen. Chuck Schumer", "Chuck Schumer")]
    # a sentence's opener is no part of the name
    text = "But House Judiciary Committee Chairman Lamar Smith ( R. , Texas ) , a leading opponent , called it a breach."
    assert speakers_of(text) == [("House Judiciary Committee Chairman Lamar Smith", "Lamar Smith")]
    # the tag after a name in apposition, and a comma before the parenthesis
    text = "A second senator working on the bill, Jeff Flake (R., Ariz.), said he is open to the idea."
    assert atts(text).speaker_canonical.tolist() == ["Jeff Flake"]
    text = "Senator Tom Cotton , ( R. , Ark . ) , who also attended the session , said it was wrong."
    assert speakers_of(text) == [("Senator Tom Cotton", "Tom Cotton")]


def test_a_role_in_lower_case_before_a_name_is_that_person_when_the_article_comes_back_to_it():
    text = ("Maryland Democrats rejected a bill as Baltimore mayor Jack Young begged residents to stop shooting. "
            "Police said five people were shot. “We will not stand for it,” the mayor said.")
    assert canonical_of(text, "the mayor") == ["Jack Young"]
    # the words before the role must be among those the article wrote before it
    text = ("Democrat state senator Will Smith Jr. led the charge. Police said five people were shot. "
            "“We have not done enough,” the state senator said.")
    assert canonical_of(text, "the state senator") == ["Will Smith Jr."]


def test_a_role_in_lower_case_stays_a_role_when_two_people_or_none_hold_it():
    text = ("Baltimore mayor Jack Young and Denver mayor Bob Smith met on Monday. "
            "“We will not stand for it,” the mayor said.")
    assert canonical_of(text, "the mayor") == ["mayor"]
    text = "City spokesman John Green said the city was ready. “We will not stand for it,” the mayor said."
    assert canonical_of(text, "the mayor") == ["mayor"]
    # named after it: not yet the one the reader knows
    text = "“We will not stand for it,” the mayor said. Baltimore mayor Jack Young begged residents to stop."
    assert canonical_of(text, "the mayor") == ["mayor"]
    # a role many hold at once is no office ("the candidate" after "candidate Ralph Nader")
    text = "In 2000, candidate Ralph Nader took votes. Johnson drew a blank. “A wasted vote,” the candidate told him."
    assert canonical_of(text, "the candidate") == ["candidate"]
    # a bare "the president" is the outlet's own, whom an article may name with no title
    text = ("French president Emmanuel Macron said his government had proof. Trump blamed Russia. On Wednesday, "
            "the president tweeted that missiles “will be coming”. The French president said it was a red line.")
    assert canonical_of(text, "the president") == ["president"]
    text = ("French president Emmanuel Macron said his government had proof. Trump blamed Russia. "
            "The French president said it was a red line.")
    assert canonical_of(text, "The French president") == ["Emmanuel Macron"]
    # someone else brought in with the role since
    text = ("Police chief James Cervera said the man was shot. A second police chief, who spoke on condition of "
            "anonymity, was at the scene. The chief described it as a war zone.")
    assert canonical_of(text, "The chief") == ["chief"]


def test_a_title_word_before_a_bodys_head_names_the_body():
    # "State", "Defense", "Foreign" are title words ("State Secretary"), but before "Department" or
    # "Ministry" they name the body: never the other department the article names
    text = ("Officials at the Defense Department were angry. Hillary Clinton blasted Trump. "
            "Her own State Department, however, tweeted in 2012 that Erdogan was a stalwart.")
    assert canonical_of(text, "Her own State Department") == ["State Department"]
    text = "Officials at the Treasury Department were angry. The State Department said it would act."
    assert canonical_of(text, "The State Department") == ["State Department"]
    text = "The Russian Foreign Ministry was silent. The Russian Defense Ministry said the strikes hit."
    assert canonical_of(text, "The Russian Defense Ministry") == ["Russian Defense Ministry"]


def test_will_and_may_with_a_capital_inside_a_name_are_no_modals():
    # after a lower-case role and before a capital: a first name, the subject read forward too
    text = ("Democrat state senator Will Smith Jr. , who led the charge , also expressed discontent .\n"
            "`` I do n't think anyone has walked out of here , '' he said .")
    assert canonical_of(text, "he") == ["Will Smith Jr."]
    text = "Republican congressman Will Hurd said the wall would not work."
    assert speakers_of(text) == [("Republican congressman Will Hurd", "Will Hurd")]
    # after a first name: the surname "May", not the modal
    text = "British Prime Minister Theresa May spoke on Monday. “We will act,” she said."
    assert canonical_of(text, "she") == ["Theresa May"]


def test_the_writers_comment_opening_a_sentence_is_no_name():
    # "Significantly," "Regardless,": the subject after the comma speaks, no name in apposition
    text = "Significantly, the judge said he could not require me to pay restitution."
    assert speakers_of(text) == [("the judge", "judge")]
    text = "Regardless, the State Department said it found no evidence that the document was sent."
    assert speakers_of(text) == [("the State Department", "State Department")]


def test_a_phrase_opening_with_a_preposition_is_no_name_in_apposition():
    text = ("On Wednesday, however, the director of the Federal Bureau of Investigation, James B. Comey, said "
            "that the messages were private.")
    assert atts(text).speaker_canonical.tolist() == ["James B. Comey"]
    text = "At the United Nations, Russia's deputy ambassador, Vladimir Safronkov, criticized the vote."
    assert atts(text).speaker_canonical.tolist() == ["Vladimir Safronkov"]


def test_a_count_of_time_before_ago_and_a_floating_quantifier_stand_between_subject_and_cue():
    text = "The State Department less than two weeks ago said that secret intelligence had passed."
    assert speakers_of(text) == [("The State Department", "State Department")]
    text = "Donald J. Trump and Senator Bernie Sanders have both argued that workers have lost jobs."
    assert speakers_of(text) == [("Donald J. Trump and Senator Bernie Sanders", "Donald J. Trump and Bernie Sanders")]
    text = "Asked about it, the Florida Republican would only say that his lack of knowledge was worrisome."
    assert atts(text).speaker.tolist()[-1] == "the Florida Republican"


def test_a_state_and_party_in_apposition_describe_the_speaker_and_name_no_one():
    # the Washington Times's "Sen. Rand Paul, Kentucky Republican, said"
    text = "Sen. Rand Paul, Kentucky Republican, said the bill was dead."
    assert speakers_of(text) == [("Sen. Rand Paul", "Rand Paul")]
    text = ("House Speaker John A. Boehner, Ohio Republican, told reporters that leaders had made an offer. "
            "“It is time to deal with it,” he said Thursday.")
    assert atts(text).speaker_canonical.tolist() == ["John A. Boehner", "John A. Boehner"]


def test_a_speaker_in_lower_case_before_a_name_is_a_role_and_counts_of_time_before_later():
    text = "Former House speaker Newt Gingrich, a Trump ally, said in an interview that the mogul should ignore it."
    assert speakers_of(text) == [("Former House speaker Newt Gingrich", "Newt Gingrich")]
    text = "Reince Priebus, the GOP chairman, this past week announced the creation of a website."
    assert atts(text).speaker.tolist() == ["Reince Priebus"]
    text = "When Fiorina a month later announced 6,000 layoffs, some workers felt betrayed."
    assert atts(text).speaker.tolist() == ["Fiorina"]


def test_a_title_before_a_surname_alone_is_the_person_named_in_full():
    text = "Sheriff Bill Gore said it was over. Police said two men fled. Sheriff Gore said the men were armed."
    assert canonical_of(text, "Sheriff Gore") == ["Bill Gore"]
    text = "U.S. District Judge Andrew S. Hanen ruled on Monday. Critics said it was wrong. Judge Hanen wrote that it was not."
    assert canonical_of(text, "Judge Hanen") == ["Andrew S. Hanen"]
    # a body's name is no title and surname
    text = "Officials at the Homeland Security Department left. The Justice Department said it would appeal."
    assert canonical_of(text, "The Justice Department") == ["Justice Department"]


def test_the_state_and_party_of_an_appositive_is_that_person_later():
    text = ("Rep. Bob Goodlatte, Virginia Republican, leads the committee. Critics said it was dead. "
            "The Virginia Republican said the bill would move.")
    assert canonical_of(text, "The Virginia Republican") == ["Bob Goodlatte"]
    text = ("Sen. Rand Paul, Kentucky Republican, and Sen. Mitch McConnell, Kentucky Republican, met. "
            "The Kentucky Republican said no.")
    assert canonical_of(text, "The Kentucky Republican") == ["Kentucky Republican"]


def test_the_statement_is_its_issuers():
    text = ("Trump tweeted that he was sad. The State Department issued its own statement condemning the attacks. "
            "“The United States will continue to support Egypt,” the statement said.")
    assert canonical_of(text, "the statement") == ["State Department"]
    text = "It was aimed at Russia. Russia's Foreign Ministry released a statement on Monday. “We object,” the statement said."
    assert canonical_of(text, "the statement") == ["Russia's Foreign Ministry"]


def test_a_state_in_parentheses_is_never_the_speaker():
    got = find_attributions(pd.DataFrame({"doc_id": ["d"], "text": [
        "Sen. Lindsey Graham ( S.C. ), a proponent of reform, told reporters that the bill would pass. "
        "Report: Trump steps up attacks on whistleblower , Schiff MORE ( S.C. ) , a proponent of reform who is now an "
        "ally of the president, told reporters that the bill would pass."]}), warn=False)
    # the name before the tag speaks; where a web page's links garbled it, no one is named
    assert got[["speaker", "speaker_canonical"]].fillna("").values.tolist() == [
        ["Sen. Lindsey Graham", "Lindsey Graham"], ["", ""]]
