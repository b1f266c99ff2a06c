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


def test_cues_of_writing_and_of_asking_someone_to_act():
    assert rows("And tonight, I urge this Congress to pass the bill.") == [("urge", "I", "I")]
    assert rows("According to the newspaper, Murphy texted her: “I get what you say.”")[1][:2] == ("texted", "Murphy")
    assert rows("The N.R.A. made clear that it was ready for a fight.") == [("made clear", "The N.R.A", "N.R.A")]
    assert rows("The New York Times recently wondered, “What is Tulsi Gabbard up to?”") == [
        ("wondered", "The New York Times", "New York Times")]
    # the noun "urge", the bare "ask" and "write" (an object, an imperative) are no cues
    assert rows("He felt the urge to leave.") == []
    assert rows("“I will firmly ask the question,” he said.") == [("said", "he", "he")]


def test_after_an_aside_the_speaker_stays_unnamed_rather_than_the_words_after_the_cue():
    df = atts("Eastland, wearing a cowboy hat and “Ted Cruz” pins, said matter-of-factly that the party was united.")
    assert df[["cue", "speaker", "speaker_canonical", "rule"]].values.tolist() == [["said", "", "", "inverted"]]
    # a participle's agent after "by" speaks
    assert rows("It is an adaptation of a show called “Brokers,” written by a comedy troupe, that mocks brokers.")[-1][:2] == (
        "written", "a comedy troupe")
    assert rows("“Go on. Then argue for your position,” Obama said.") == [("said", "Obama", "Obama")]


def test_tex_quotation_marks_and_split_possessives():
    # ``…'' (abp_contested): one quotation each, the sentence after it its own
    df = atts("The vote was close. `` We will win this fight , '' Smith said . `` It is not over . We must go on . ''")
    assert df["content"].tolist() == ["`` We will win this fight , ''", "`` It is not over . We must go on . ''"]
    assert df["rule"].tolist() == ["subject", "continuation"]
    assert rows("Smith said : `` It is not over . '' Jones said the vote was close .")[1] == ("said", "Jones", "Jones")
    # "month 's" split by a tokeniser opens no quotation
    df = atts("The attorney general , in last month 's advisory opinion , said the `` journey '' exception was meant "
              "for travel .")
    assert df["speaker"].tolist() == ["The attorney general"]
    assert df["content"].str.strip().tolist() == ["the `` journey '' exception was meant for travel"]


def test_split_clitics_inside_tex_quotations_and_spaced_abbreviations():
    # "we 're" inside ``…'' neither closes the quotation nor opens one
    df = atts("He said that . `` I said time and time again , we 're not going to do that , '' Romney said .")
    assert df[["cue", "speaker", "content"]].values.tolist() == [
        ["said", "Romney", "`` I said time and time again , we 're not going to do that , ''"]]
    # "Mr ." written apart from its full stop ends no sentence
    assert rows("“ That is a right to serve as judge , ” Mr . Tribe said .")[0][:2] == ("said", "Tribe")


def test_the_antecedent_of_who_and_which():
    df = atts("The move brought criticism from Republicans, including Senate Judiciary Committee chair Cam Ward, from "
              "Alabaster, who threatened to filibuster, saying he supported the bill but added “I am not going to move.”")
    # the hometown is stepped over; "saying" and "added" have the relative clause's speaker
    assert df[["cue", "speaker_canonical"]].values.tolist() == [
        ["threatened", "Cam Ward"], ["saying", "Cam Ward"], ["added", "Cam Ward"]]
    assert atts("The move led to anger from Senate Democrats, who demanded a vote on the amendments.")[
        "speaker_canonical"].tolist() == ["Senate Democrats"]
    assert atts("The bill is a top priority of anti-abortion groups, which argue a fetus can feel pain.")[
        "speaker_canonical"].tolist() == ["anti-abortion groups"]
    assert atts("The head of the Arab League, which said the vote was a sham, left.")[
        "speaker_canonical"].tolist() == ["Arab League"]
    # a role before "of": the role speaks
    assert atts("A spokesman for Sen. John McCain, who said the bill was dead, left.")[
        "speaker_canonical"].tolist() == ["spokesman for Sen. John McCain"]


def test_with_an_appositive_and_calling_for_after_a_noun():
    df = atts("Republicans have been attacking Rice, with House Homeland Security Committee Chairman Peter King, a New "
              "York Republican, even calling for her resignation.")
    assert df[["cue", "speaker_canonical", "rule"]].values.tolist() == [["calling", "Peter King", "absolute"]]
    assert rows("It began clearing two camps of protesters in Cairo calling for the reinstatement of Mohamed Morsi.") == [
        ("calling", "two camps of protesters in Cairo", "two camps of protesters in Cairo")]
    # other -ing forms after a noun stay no report without a clause
    assert rows("He opposed the bill's language outlining cuts.") == []


def test_a_threat_needs_to_a_clause_or_a_condition_and_alleged_after_a_preposition():
    assert rows("The bill has exceptions if the pregnancy threatens the woman’s life.") == []
    assert rows("He threatened to filibuster.") == [("threatened", "He", "He")]
    assert rows("In 2012, Barack Obama threatened U.S. retaliation if Assad used chemical weapons.") == [
        ("threatened", "Barack Obama", "Barack Obama")]
    assert [r[0] for r in rows("The official at the center of a scandal over alleged targeting of groups says that "
                               "she was fair.")] == ["says"]


def test_you_is_a_subject_of_its_own():
    # inside a quotation "you said" is no attribution; "get what you" is no speaker
    assert rows("Murphy texted her: “I get what you say about my messages.”") == [("texted", "Murphy", "Murphy")]
    assert rows("Many of you have noted the difference between the two.")[0][:2] == ("noted", "Many of you")


def test_a_bare_report_after_a_time_phrase_is_a_verb():
    assert rows("Journalists on the scene this morning report that the camps were cleared.") == [
        ("report", "Journalists on the scene", "Journalists on the scene")]
    assert rows("A CNN report that the camps were cleared was wrong.") == []


def test_added_before_a_clause_without_that():
    df = atts("“It was good,” Petraeus said. He added the next president will need “the ability to work with others.”")
    assert df["cue"].tolist() == ["said", "added"]
    assert rows("The economy added 255,000 jobs in June.") == []
    assert rows("The report added another facet to the story.") == []


def test_this_person_goes_back_to_the_last_person_brought_in_without_a_name():
    df = atts("One farm lobbyist said the industry is not pushing. “It's hard for us,” this person said.")
    assert df["speaker_canonical"].tolist() == ["One farm lobbyist", "One farm lobbyist"]
    # a definite description or a name is not whom "this person" goes back to
    for first in ("The longtime senator", "Peter Muller"):
        df = atts(f"{first} said the industry is not pushing. “It's hard for us,” this person said.")
        assert df["speaker_canonical"].tolist()[1] == "this person"


def test_the_newspaper_is_the_last_outlet_quoted():
    df = atts("Politico reported that McConnell could force votes. Reid needs 60 votes, the news publication said. "
              "The Pittsburgh Post-Gazette said the woman chastised him. According to the newspaper, Murphy texted her.")
    assert df["speaker_canonical"].tolist() == ["Politico", "Politico", "Pittsburgh Post-Gazette",
                                                "Pittsburgh Post-Gazette", "Murphy"]
    # an earlier phrase with the same head goes first; a person is no outlet
    df = atts("The Baton Rouge newspaper urged her to come. Smith said it was wrong. “It is a call,” the newspaper said.")
    assert df["speaker_canonical"].tolist() == ["Baton Rouge newspaper", "Smith", "Baton Rouge newspaper"]
    assert atts("Smith said it was wrong. “It is a call,” the newspaper said.")["speaker_canonical"].tolist() == [
        "Smith", "newspaper"]
