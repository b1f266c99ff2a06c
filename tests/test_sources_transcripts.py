"""Words with no verb of saying: transcript lines ("Hewitt: …") and embedded posts (a
tweet's text and its signature), one attribution each with no cue."""

from __future__ import annotations

import pandas as pd

from framing import find_attributions


def atts(text: str) -> pd.DataFrame:
    return find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": ["X"], "text": [text]}))


INTERVIEW = (
    "Both cited a Trump interview with Hugh Hewitt. A transcript of the exchange:\n\n"
    "Hugh Hewitt: Last night, you said the President was the founder of ISIS. I know what you meant.\n\n"
    "Donald Trump: No, I meant he’s the founder of ISIS. I do.\n\n"
    "Hewitt: But he’s not sympathetic to them. He hates them.\n\n"
    "Trump: I don’t care. He was the founder.\n\n"
    "Hewitt: That’s true.\n")


def test_each_line_of_an_interview_is_its_speakers_words_addressed_to_the_other():
    df = atts(INTERVIEW)
    lines = df[df["rule"] == "transcript"]
    assert lines["speaker"].tolist() == ["Hugh Hewitt", "Donald Trump", "Hewitt", "Trump", "Hewitt"]
    assert lines["speaker_canonical"].tolist() == ["Hugh Hewitt", "Donald Trump", "Hugh Hewitt", "Donald Trump",
                                                   "Hugh Hewitt"]
    assert lines["content"].tolist()[2] == "But he’s not sympathetic to them. He hates them"  # the full stop off
    assert lines["cue"].tolist() == [""] * 5
    assert lines["addressee"].tolist() == ["Donald Trump", "Hugh Hewitt", "Donald Trump", "Hewitt", "Trump"]


def test_a_label_in_capitals_is_resolved_through_the_name_the_text_writes():
    text = ("Matt Adams of the Northwest Immigrant Rights Project joins us.\n"
            "AMY GOODMAN : We ’ re turning right now to Matt Adams . Welcome back .\n"
            "MATT ADAMS : Thank you , I ’ m glad to be here .\n"
            "AMY GOODMAN : What did the judge rule ?\n"
            "MATT ADAMS : He ruled that the order can not be enforced .\n"
            "NERMEEN SHAIKH : And what do you expect next ?\n")
    lines = atts(text).query("rule == 'transcript'")
    # the last label has no first name of the lists: in a transcript in capitals it is someone too
    assert lines["speaker"].tolist() == ["AMY GOODMAN", "MATT ADAMS", "AMY GOODMAN", "MATT ADAMS", "NERMEEN SHAIKH"]
    assert lines["speaker_canonical"].tolist()[1] == "Matt Adams"
    assert lines["addressee"].tolist()[-1] == "MATT ADAMS"


def test_a_soundbite_is_a_label_and_a_quotation_alone():
    text = ("On Monday, New York Mayor Bill de Blasio called the bombings an “act of terror.”\n\n"
            "Mayor Bill de Blasio: “Based on the information we have now, we have every reason to believe this was "
            "an act of terror.”\n\nThe investigation goes on.")
    line = atts(text).query("rule == 'transcript'")
    assert line["speaker_canonical"].tolist() == ["Bill de Blasio"]
    assert line["content"].tolist() == ["“Based on the information we have now, we have every reason to believe "
                                        "this was an act of terror.”"]
    assert line["kind"].tolist() == ["direct"]


def test_labels_that_are_no_ones_words_give_nothing():
    # an explainer's headings, a live blog's update, pundits' headlines, a narrator's summary per candidate
    for text in ("The guns : Four , including two rifles .\nThe backdrop : Kelley was charged with assault in 2012 .\n"
                 "The guns : Forty-seven .\nThe backdrop : Authorities said 33 of the guns were bought after 2016 .",
                 "Driving the news: Trump has sent a delegation.\n\nThe big picture: We lost 10,000 troops.\n\n"
                 "Go deeper: Russia moves into the breach.",
                 "Julian Zelizer: Clinton missed a knockout punch\n\nDavid Gergen: Trump blows a big one\n\n"
                 "Frida Ghitis: Trump showed he doesn't get it",
                 "Donald Trump and Hillary Clinton differ.\n\nTrump: He has said he would build a wall.\n\n"
                 "Clinton: She has said overhauling immigration laws is a priority.\n\n"
                 "Trump: He has called for a ban.\n\nClinton: She opposes it."):
        assert "transcript" not in set(atts(text)["rule"]), text


TWEET = ("Haley ripped the decision, warning it will damage America's standing.\n\n"
         "We must always have the backs of our allies, if we expect them to have our back. Leaving them to die "
         "is a big mistake. #TurkeyIsNotOurFriend — Nikki Haley (@NikkiHaley) October 7, 2019\n\nADVERTISEMENT")


def test_an_embedded_tweet_is_its_authors_words():
    post = atts(TWEET).query("rule == 'post'")
    assert post["speaker"].tolist() == ["Nikki Haley"]
    assert post["content"].tolist() == ["We must always have the backs of our allies, if we expect them to have our "
                                        "back. Leaving them to die is a big mistake. #TurkeyIsNotOurFriend"]
    assert post["cue"].tolist() == [""]


def test_a_post_is_read_on_its_signatures_line_and_a_display_name_run_together_is_the_name():
    text = ("Mayor Muriel Bowser ordered the removal of fake fliers that were posted around the city Thursday , which "
            "the mayor said was an effort to divide residents in the nation 's capital , as police looked for who put "
            "them up .\nClearly the flyer is meant to scare and divide our residents .\n"
            "We wo n't stand for it . # DCValues https : //t.co/aCf9ewJ8Ir — MurielBowser ( @ MurielBowser ) "
            "June 1 , 2017\nBowser confirmed via Twitter that she is working with the police .")
    post = atts(text).query("rule == 'post'")
    assert post["speaker_canonical"].tolist() == ["Muriel Bowser"]
    # the line before may be the article's as well as the post's: not read
    assert post["content"].tolist() == ["We wo n't stand for it . # DCValues https : //t.co/aCf9ewJ8Ir"]


def test_posts_on_one_line_and_the_bbc_skip_link():
    text = ("Obama spoke out on Twitter .\nWe grieve with all the families . — Barack Obama ( @ BarackObama ) November 6 "
            ", 2017 May God grant us wisdom . — Barack Obama ( @ BarackObama ) November 6 , 2017\n"
            "Skip Twitter post 2 by @ realDonaldTrump Border Patrol Agents are not allowed to do their job . — Donald "
            "J. Trump ( @ realDonaldTrump ) April 1 , 2019\npic.twitter.com/k2C8GWFS2J — Benny ( @ benny ) May 2 , 2019\n"
            "The end .")
    post = atts(text).query("rule == 'post'")
    assert post["content"].tolist() == ["We grieve with all the families", "May God grant us wisdom",
                                        "Border Patrol Agents are not allowed to do their job"]
    assert post["speaker_canonical"].tolist() == ["Barack Obama", "Barack Obama", "Donald J. Trump"]  # not a picture


def test_the_phrase_after_a_cue_that_opens_a_clause_is_no_inverted_speaker():
    # a listener before "to" (the addressee), a subject before a finite verb: the speaker
    # stands before the cue (in a chain of verbs, the opening subject), or where these rules
    # do not read it, left unnamed
    df = atts("The measure in part opposes the decision, urges Turkish President Recep Tayyip Erdogan to cease the "
              "offensive and calls on the U.S. to support Syrian Kurdish communities.")
    row = df[df["cue"] == "urges"].iloc[0]
    assert row["speaker"] == "The measure" and row["addressee"] == "Turkish President Recep Tayyip Erdogan"
    df = atts("The gun industry 's trade group , the National Shooting Sports Foundation , said it is also monitoring "
              "the situation and ready to intervene .")
    assert df["speaker"].tolist() == ["The gun industry 's trade group"]
    assert df["content"].iloc[0].startswith("it is also monitoring")
    df = atts("Critics on the other side, meanwhile, say it is drawn too broadly.")  # the subject before the aside
    assert df["speaker"].tolist() == ["Critics on the other side"] and df["content"].iloc[0].startswith("it is drawn")
    # an inverted speaker proper is kept
    assert atts("“We will win,” said Smith.")["speaker"].tolist() == ["Smith"]


def test_who_after_a_name_and_its_home_is_the_person():
    df = atts("The account was echoed by Rep. Peter King of New York, who said that Cheney called for action.")
    row = df[df["cue"] == "said"].iloc[0]
    assert row["speaker"] == "who" and row["speaker_canonical"] == "Peter King"
