"""Speaker categories of the default gazetteer (news) on constructed sentences: one test per
kind of dev error fixed (docs/evaluation.md, "Speaker categories"); the gold conventions are
in gold/README.md."""

import pandas as pd
import pytest

import framing


def categories(text: str) -> list[tuple[str, str]]:
    a = framing.find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": ["o"], "text": [text]}), warn=False)
    return list(zip(a.speaker, a.speaker_category))


@pytest.mark.parametrize("text, speaker, category", [
    # names and role words
    # an outlet or body named as the gazetteer names it, however the style spells it
    ('"We will fight it," the N.R.A. said on Monday.', "the N.R.A", "advocacy"),
    ("The F.D.A. said the pill was safe.", "The F.D.A", "government"),
    ("Business Insider reported that the deal was done.", "Business Insider", "media"),
    ("Sky News reported that the deal was done.", "Sky News", "media"),
    # a newspaper by the head of its name
    ("The Pittsburgh Post-Gazette reported that the congressman had resigned.", "The Pittsburgh Post-Gazette", "media"),
    ("The Chicago Tribune reported that the mayor had resigned.", "The Chicago Tribune", "media"),
    # a compound title whose first word is the kind
    ('"The threat is gone," Boston Police Commissioner Ed Davis said.', "Boston Police Commissioner Ed Davis", "police"),
    # a country or its capital speaking is its government
    ("Russia said the strikes hit only militants.", "Russia", "government"),
    ("Washington says the strike was a response.", "Washington", "government"),
    ("The United States said it would not pay.", "The United States", "government"),
    # a person named without a role takes the title the article gives them
    # the title is lower-case, and its head (the word nearest the name) says the kind
    ("The court blocked Democratic governor Tom Wolf from closing gun stores. Wolf said the order stood.",
     "Wolf", "government"),
    ("Obama met Republican presidential candidate Mitt Romney on Monday. Romney said he was ready.", "Romney", "politician"),
    ("He voted with Fellow Republican senator Bob Cassilly on Monday. Cassilly said Democrats had undermined safety.",
     "Cassilly", "politician"),
    # a body named in the title says whom the person speaks for
    ("The trip was planned by then-NRA president Allan Cors in May. Cors said the hunt went well.", "Cors", "advocacy"),
    # the title at a later mention when the first has none
    ("Allan Smith met the voters. Yesterday White House press secretary Allan Smith spoke. Smith said nothing changed.",
     "Smith", "government"),
    # the head of the speakers phrase says the kind
    # the head of the speaker's phrase (the last role word before its post-modifiers) says the kind
    ('"We must act," Iran\'s deputy foreign minister said.', "Iran's deputy foreign minister", "government"),
    ("Federation Council Speaker Valentina Matviyenko said Russia was asked.",
     "Federation Council Speaker Valentina Matviyenko", "politician"),
    ("GOP Gov. Bobby Jindal said the bill was dead.", "GOP Gov. Bobby Jindal", "government"),
    ("GOP strategists say the House is safe.", "GOP strategists", "campaign"),
    ('"It is early," says veteran GOP pollster Whit Ayres.', "veteran GOP pollster Whit Ayres", "poll"),
    # ... and after them, the first ("a spokeswoman for the group": the group's spokeswoman)
    ('"It is clear," said Frank Sharry, executive director of the nonprofit America\'s Voice.', "Frank Sharry", "advocacy"),
    # a committee of Congress is Congress, whatever it oversees
    ("House Homeland Security Committee Chairman Peter King called for her resignation.",
     "House Homeland Security Committee Chairman Peter King", "politician"),
    ("In Britain the shadow foreign secretary, Emily Thornberry, said the ban was wrong.", "the shadow foreign secretary",
     "politician"),
    ("National security adviser H.R. McMaster said the dictator would stay.", "National security adviser H.R. McMaster",
     "government"),
    # a person named without a role takes the appositive the article gives them
    ("For Alan Gottlieb, founder of the Second Amendment Foundation, the fight goes on. Gottlieb said the bill would fail.",
     "Gottlieb", "advocacy"),
    ("But for Frank Sharry, executive director of the nonprofit America's Voice, it is late. Sharry said so.",
     "Sharry", "advocacy"),
    # a clause after the comma is no appositive
    ("Ann Frost, who met the police chief on Monday, left. Frost said nothing.", "Frost", "unclassified"),
    # unnamed sources of a stated kind and bodies
    # an unnamed source whose kind is written is that kind
    ("A military source told AFP that the troops withdrew.", "A military source", "military"),
    ("Congressional sources confirm the vote is set.", "Congressional sources", "politician"),
    ("An armed forces spokesman said the strikes continue.", "An armed forces spokesman", "military"),
    # international bodies by name
    ("The Organisation of Islamic Cooperation criticised the order.", "The Organisation of Islamic Cooperation",
     "international_org"),
    ("The secretary general said the talks would resume.", "The secretary general", "international_org"),
    ("Central Command said the strikes hit a depot.", "Central Command", "military"),
])
def test_speaker_category(text, speaker, category):
    assert (speaker, category) in categories(text)

def test_a_country_naming_where_a_body_is_or_who_backs_it_is_not_the_speaker():
    text = ("Forces are 15 kilometres away, according to the Syrian Observatory for Human Rights, "
            "a Britain-based monitor.")
    assert categories(text) == [("the Syrian Observatory for Human Rights", "unclassified")]

