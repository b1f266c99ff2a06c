"""Sourcing whatever the house style: one row per quotation with any quotation marks
(straight, curly, single, the NYT's doubled '' marks, guillemets)."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import find_attributions

COLS = ["speaker", "speaker_canonical", "cue", "kind", "rule", "content_start", "content_end"]


def atts(*texts: str) -> pd.DataFrame:
    return find_attributions(pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "outlet": "X",
                                           "text": list(texts)}))


def straight(text: str) -> str:
    return text.replace("\u201c", '"').replace("\u201d", '"')


CURLY = "“We will win this fight,” Smith said. “It is not over. It never was. We must go on.”"


def test_a_quotation_of_several_sentences_is_one_continuation_row_in_straight_marks():
    # the example: straight marks gave three continuation rows, one per sentence
    for text in (CURLY, straight(CURLY)):
        df = atts(text)
        assert df["rule"].tolist() == ["subject", "continuation"]
        assert df["speaker"].tolist() == ["Smith", "Smith"]
        assert df["content"].iloc[1][1:-1] == "It is not over. It never was. We must go on."


def test_a_quotation_over_paragraphs_is_one_attribution_spanning_its_parts():
    text = "“We will win,” Smith said.\n\n“It is not over.\n\n“It never was. We must go on.”\n\nThen he left."
    for t in (text, straight(text)):
        df = atts(t)
        assert df["rule"].tolist() == ["subject", "continuation"]
        row = df.iloc[1]
        assert t[row.content_start:row.content_end] == t[t.index("It is not") - 1:t.index("go on.") + 7]
    # a cued quotation that goes on in the next paragraph: the cue's row spans both parts
    text = 'Jones said: "No.\n\n"Never. Not at all."\n\nThe vote is on Monday.'
    df = atts(text)
    assert len(df) == 1 and df["content"].iloc[0] == '"No.\n\n"Never. Not at all."'


def test_the_nyt_doubled_marks_and_guillemets_give_one_row_per_quotation():
    nyt = "''We will win this fight,'' Smith said. ''It is not over. It never was. We must go on.''"
    df = atts(nyt)
    assert df["rule"].tolist() == ["subject", "continuation"]
    assert df["content"].tolist() == ["''We will win this fight,''", "''It is not over. It never was. We must go on.''"]
    df = atts("«We will win this fight,» Smith said. «It is not over. It never was. We must go on.»")
    assert df["content"].tolist() == ["«We will win this fight,»", "«It is not over. It never was. We must go on.»"]


_QUOTES = ["It is not over.", "We will win.", "Nobody knows why.", "This is a disgrace!", "Why now?"]
_NAMES = ["Smith", "Sen. Mary Jones", "the mayor", "Ahmed Khan"]
_NARRATION = ["The vote is on Monday.", "The bill passed the House in May.", "Officials gave no figures."]


@st.composite
def _paragraph(draw) -> str:
    q = st.sampled_from(_QUOTES)
    name = draw(st.sampled_from(_NAMES))
    n = draw(st.integers(1, 3))
    body = " ".join(draw(q) for _ in range(n))
    comma = body[:-1] + ","
    form = draw(st.integers(0, 6))
    return [f"“{comma}” {name} said.",
            f"{name} said: “{body}”",
            f"“{comma}” said {name}. “{' '.join(draw(q) for _ in range(draw(st.integers(1, 3))))}”",
            f"“{body}”",
            f"“{body}\n\n“{draw(q)}”",
            draw(st.sampled_from(_NARRATION)),
            f"{name} called the plan “{draw(q)[:-1].lower()}” and left."][form]


@settings(max_examples=60, deadline=None)
@given(st.lists(_paragraph(), min_size=1, max_size=6))
def test_the_attribution_table_does_not_change_with_the_quote_style(paragraphs):
    text = "\n\n".join(paragraphs)
    curly, plain = atts(text), atts(straight(text))
    # straight marks stand where curly ones stood: the offsets are the same
    assert curly[COLS].values.tolist() == plain[COLS].values.tolist()


# --- the listener is not the speaker (issue 23, item 2) -----------------------------------

def test_the_listener_is_the_addressee_never_the_speaker():
    cases = {
        '"I am appalled," diGenova, who has been an adviser to the president, told Fox News.': ("diGenova", "Fox News"),
        "A handful of senators — including Senator John McCain — urged the president to veto the bill.":
            ("A handful of senators", "the president"),
        "“We are ready,” Smith told reporters on Monday.": ("Smith", "reporters"),
        "Smith asked the judge to dismiss the case.": ("Smith", "the judge"),
        "Smith wrote to the committee that he would resign.": ("Smith", "the committee"),
        "“No,” Smith said in an interview with CNN.": ("Smith", "CNN"),
        "In a letter to Congress, Smith said the law was wrong.": ("Smith", "Congress"),
        "Reporters were told by Smith that the deal was off.": ("Smith", "Reporters"),
        "Smith said the law was wrong.": ("Smith", ""),
        "“Why?” asked Smith.": ("Smith", ""),
    }
    df = atts(*cases)
    assert df[["speaker", "addressee"]].apply(tuple, axis=1).tolist() == list(cases.values())
    assert df["content"].tolist()[4] == "he would resign"  # not "to the committee that …"
    assert df["content"].tolist()[7] == "the deal was off"


def test_told_after_a_quotation_is_never_inverted():
    # "“…,” told X" is not English: X listens; with no speaker before the cue there is no row
    assert atts("“Go home,” told the president.").empty


# --- people, not tags or places (issue 23, item 3) ----------------------------------------

def test_party_tags_ages_and_home_states_describe_the_speaker():
    cases = {
        "Sen. Ted Cruz, R-Texas, one of the leaders of the filibuster, told reporters the bill was dead.":
            ("Sen. Ted Cruz", "Ted Cruz"),
        "“It is over,” Sen. Bill Nelson, D-Fla., said on the Senate floor.": ("Sen. Bill Nelson", "Bill Nelson"),
        "Sen. Jason Rapert, R-Conway, the sponsor of the ban, said Beebe should sign.": ("Sen. Jason Rapert", "Jason Rapert"),
        "“Absolutely,” Sanders, I-Vt., told NPR Thursday.": ("Sanders", "Sanders"),
        "Rep. Adam Schiff, D-California, said the summary was political.": ("Rep. Adam Schiff", "Adam Schiff"),
        "Sen. Claire McCaskill (D-Mo.) said it was over.": ("Sen. Claire McCaskill", "Claire McCaskill"),
        "Smith, 42, said he was tired.": ("Smith", "Smith"),
        "Rick Santorum of Pennsylvania said he was tired.": ("Rick Santorum", "Rick Santorum"),
        "The Governor of Texas said he was tired.": ("The Governor of Texas", "Governor of Texas"),
    }
    df = atts(*cases)
    assert df[["speaker", "speaker_canonical"]].apply(tuple, axis=1).tolist() == list(cases.values())
    assert df["appositive"].tolist()[7] == "of Pennsylvania"
    assert df["content"].tolist()[0] == "the bill was dead"  # the listener ends before the clause


def test_datelines_are_never_speakers():
    cases = {
        "WASHINGTON — Michael Steele, chairman of the RNC, drew fierce criticism on Friday after declaring that the war "
        "was lost.": "Michael Steele",
        "NEW YORK (AP) — Smith said the war was lost.": "Smith",
        "BEIRUT, Syria — Activists said the war was lost.": "Activists",
        "WASHINGTON (Reuters) - Trump said the war was lost.": "Trump",
        "Washington (CNN)President Trump said the war was lost.": "President Trump",
        "GAZA CITY, Gaza Strip (AP) — Hamas said the war was lost.": "Hamas",
    }
    df = atts(*cases)
    assert df["speaker"].tolist() == list(cases.values())
    assert atts("ISIS said it was over.")["speaker"].tolist() == ["ISIS"]  # capitals with no dash: a name


def _quotes(text: str) -> list[str]:
    from framing.text import analyze

    return [text[q.start:q.end] for q in analyze(text).quotes]


def test_pre_tokenised_and_mixed_marks_pair_up():
    # pre-tokenised text (abp_contested): a straight mark with spaces on both sides opens, the next closes
    assert _quotes('" We won , " he said . " It is over . "') == ['" We won , "', '" It is over . "']
    # an opening curly mark closed by a doubled straight single mark ("“ … ''")
    assert _quotes("“ We won , '' he said .") == ["“ We won , ''"]
    # a straight mark standing as an opening one inside an open quotation ends it, as “ does
    assert _quotes('"It was close… "There is a plan," he said.') == ['"It was close… ', '"There is a plan,"']
    assert _quotes('“It was close… “There is a plan,” he said.') == ['“It was close… ', '“There is a plan,”']


# --- pronouns and quoted phrases (issue 23, item 4: pronouns only) ------------------------

def test_a_pronoun_never_reaches_past_a_speaker_it_cannot_judge():
    text = "Sen. John McCain said the war was lost. “We should have kept the oil,” Trump said. He said Obama had failed."
    # "Trump" alone may be a man: "He" is not McCain, and stays unresolved
    assert atts(text)["speaker_canonical"].tolist() == ["John McCain", "Trump", "He"]
    # where the article names him in full, "Trump" is a person and "He" is he
    assert atts("Donald Trump spoke. " + text)["speaker_canonical"].tolist() == ["John McCain", "Donald Trump",
                                                                                 "Donald Trump"]
    # a body in between is stepped over ("Reuters" is no man)
    assert atts("Sen. John McCain said the war was lost. Reuters reported it. He said Obama had failed.")[
        "speaker_canonical"].tolist() == ["John McCain", "Reuters", "John McCain"]


def test_a_quoted_phrase_with_a_verb_of_saying_is_no_attribution():
    assert atts("Obama repealed “don’t ask, don’t tell” in 2010.",
                'The policy, known as "don\'t ask, don\'t tell," was repealed.').empty
    df = atts("He didn't say that it was over.")
    assert df[["speaker", "content"]].values.tolist() == [["He", "it was over"]]  # not the speaker "didn't"


def test_a_call_the_content_speaks_of_is_not_the_listener():
    df = atts("Assad called the advances “a victory” in a phone call with regime soldiers, state media outlet SANA "
              "reported.")
    assert df["speaker"].tolist() == ["Assad", "state media outlet SANA"] and df["addressee"].tolist() == ["", ""]


def test_a_tag_is_stepped_over_wherever_it_stands():
    cases = {
        "That disappointed Sen. Lindsey Graham, R-South Carolina, who has been calling for a trial.": "Lindsey Graham",
        "Still, Sen. Mike Lee, R-Utah said passing the bill was wrong.": "Mike Lee",
        "Sen. Kamala Harris, D-Calif has said that the U.S. should act.": "Kamala Harris",
        "Last December, Rep. Bennie Thompson, D-Miss., called for the inspector general to act.": "Bennie Thompson",
        "The chairman of the caucus, Rep. Joaquin Castro (D-Texas), said the plan was cruel.": "Joaquin Castro",
        "After Sen. Amy Klobuchar, D-Minn., spoke at the rally, Biden drew a contrast, saying the White House lacks a "
        "plan.": "Biden",
    }
    assert atts(*cases)["speaker_canonical"].tolist() == list(cases.values())
