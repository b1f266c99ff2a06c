"""Speaker categories a reader gives (English, the `news` gazetteer): a role the article gives
a named person anywhere classifies every attribution of that person; a poll's respondents speak
for the poll; role words a reader gives a kind (gold/README.md, "Speaker categories:
conventions"). Each rule with a near-miss that must not fire."""

import pandas as pd
import pytest

import framing


def rows(text: str) -> list[tuple[str, str, str, str]]:
    a = framing.find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": ["o"], "text": [text]}), warn=False)
    return list(zip(a.speaker, a.speaker_canonical, a.cue, a.speaker_category))


def test_a_lede_role_names_its_kind_when_the_name_says_none():
    # "The IRS official …" speaks first and is named with the next quotation: of the government
    text = ("The IRS official at the center of a scandal says in a new interview that her leanings never mattered.\n\n"
            "\u201cI didn\u2019t do anything wrong,\u201d Lois Lerner told Politico on Monday. Lerner said she was proud.")
    assert rows(text) == [("The IRS official at the center of a scandal", "Lois Lerner", "says", "government"),
                          ("Lois Lerner", "Lois Lerner", "told", "government"),
                          ("Lerner", "Lois Lerner", "said", "government")]


def test_a_lede_role_of_a_generic_word_says_no_kind():
    # near-miss: "a former spokesman" says not whose spokesman (a militant group's here)
    text = ("The group remains active, a former spokesman has told Al Jazeera.\n\n"
            "The group remains active in the east, said Ehsanullah Ehsan, once a leader of the Taliban. "
            "Ehsan said more.")
    assert [r[3] for r in rows(text)] == ["unclassified"] * 3


def test_an_appositive_with_an_article_gives_the_role():
    text = "The ruling was written by Jed Rakoff, a federal judge from New York. Rakoff said the courts agreed."
    assert rows(text) == [("Jed Rakoff", "Jed Rakoff", "written", "court"), ("Rakoff", "Jed Rakoff", "said", "court")]


def test_a_clause_after_the_names_comma_is_no_appositive():
    # near-miss: "…, Mohammed Samra, the Army is expected …": the sentence goes on, the Army is no role of his
    text = ("According to the Governor of Deir al-Zor, Mohammed Samra, the Army is expected to reach the city. "
            "The news prompted celebration, Samra reported.")
    assert [c for _, _, _, c in rows(text)] == ["government", "government"]
    text = "He met Mohammed Samra, the Army is expected to say. Samra reported that the city held."
    assert rows(text)[-1] == ("Samra", "Mohammed Samra", "reported", "unclassified")


def test_a_role_set_before_the_name_with_a_comma():
    text = ("The president blasted an NBC reporter, Kristen Welker, who asked him about Putin. "
            "Welker said the question stood.")
    assert rows(text)[-1] == ("Welker", "Kristen Welker", "said", "media")
    # near-miss: a sentence's object before the comma is no role of the name after it
    text = "Trump criticized the reporters, Kristen Welker said on Monday. Welker said the question stood."
    assert [r for r in rows(text) if r[1] == "Kristen Welker"] == [
        ("Kristen Welker", "Kristen Welker", "said", "unclassified"), ("Welker", "Kristen Welker", "said", "unclassified")]


def test_every_attribution_of_a_named_person_takes_the_role_given_once():
    # the role is given at a later attribution; the earlier ones of the person take it too
    text = ("\u201cWe will appeal,\u201d Jane Smith said. She added that the tenants were ready.\n\n"
            "The court ruled against the city on Monday.\n\n"
            "\u201cIt is not over,\u201d said Smith, a lawyer for the tenants.")
    assert [(r[1], r[3]) for r in rows(text)] == [("Jane Smith", "court")] * 3


def test_a_kind_most_attributions_say_wins_over_a_lone_other():
    # three say police (the title), one a bare "commissioner" (government): police
    text = ("\u201cThe threat is gone,\u201d Boston Police Commissioner Edward Davis said.\n\n"
            "\u201cWe got him,\u201d Davis said. The suspect was hurt, Davis said.\n\n"
            "Police used flash grenades, said Davis, the Boston commissioner.")
    assert [(r[1], r[3]) for r in rows(text)] == [("Edward Davis", "police")] * 4
    # near-miss: one against one keeps each its own (no majority of more than two to one)
    text = ("\u201cThe threat is gone,\u201d Boston Police Commissioner Edward Davis said.\n\n"
            "Police used flash grenades, said Davis, the Boston commissioner.")
    assert [r[3] for r in rows(text)] == ["police", "government"]


def test_a_person_of_a_surname_two_people_share_is_not_unified():
    # near-miss: two Smiths; "Smith" alone is neither
    text = ("Judge Ann Smith ruled on Monday. \u201cThe law is clear,\u201d Ann Smith said.\n\n"
            "Tom Smith, a farmer, disagreed. \u201cWe will appeal,\u201d Smith said.")
    got = rows(text)
    assert got[-1][3] != "court", got


@pytest.mark.parametrize("text, expected", [
    ("A USA Today/Ipsos poll asked respondents whether the withdrawal was right.\n\n"
     "Twenty-seven percent said it was the right decision, while 37 percent said it was wrong.",
     [("Twenty-seven percent", "poll"), ("37 percent", "poll")]),
    ("A new survey of voters was released on Monday. A plurality of Americans said they did not know. "
     "A third of voters said they heard nothing. Many Americans said they were unsure.",
     [("A plurality of Americans", "poll"), ("A third of voters", "poll"), ("Many Americans", "poll")]),
    ("In the poll, 67% of respondents said they approved.", [("67% of respondents", "poll")]),
])
def test_a_polls_respondents_speak_for_the_poll(text, expected):
    got = [(s, c) for s, _, _, c in rows(text) if s in {e[0] for e in expected}]
    assert got == expected


def test_a_share_of_people_outside_a_poll_keeps_its_kind():
    # near-miss: no poll in the paragraph or the one before
    text = ("The flood hit the town on Monday.\n\n"
            "Half of the residents said they had lost their homes. Twenty percent said they would leave.")
    assert [(s, c) for s, _, _, c in rows(text)] == [("Half of the residents", "public"), ("Twenty percent", "unclassified")]


@pytest.mark.parametrize("text, speaker, category", [
    ('"We have a suspect," said Colonel Timothy Alben, commander of the State Police.', "Colonel Timothy Alben", "police"),
    ("VP candidate Bill Weld campaigned on Monday. Running mate Gary Johnson said the ticket would win.",
     "Running mate Gary Johnson", "politician"),
    ("Radio personality Laura Ingraham said the statues should stay.", "Radio personality Laura Ingraham", "media"),
    ("Mehmet Gormez, the head of religious affairs in Turkey, said the attacks were a shared problem.",
     "Mehmet Gormez", "religious"),
    # a role word beats a country named after it (a generic word: its government)
    ("Anwar al-Awlaki, a radical cleric in Yemen, said the war was just.", "Anwar al-Awlaki", "religious"),
    ("One of the show\u2019s hosts said the statues should stay.", "One of the show\u2019s hosts", "media"),
    ("Gregory Hicks, the former deputy chief of mission in Libya, said help never came.", "Gregory Hicks", "government"),
])
def test_role_words_a_reader_gives_a_kind(text, speaker, category):
    got = [(s, c) for s, _, _, c in rows(text)]
    assert (speaker, category) in got, got


def test_a_plural_title_gives_its_kind_to_every_name_of_its_list():
    text = ("A dozen Republicans voted for it, including Sens. Kelly Ayotte of New Hampshire; Jeff Flake of Arizona; "
            "Saxby Chambliss and Johnny Isakson of Georgia. Flake said he is reviewing the bill. "
            "Chambliss said he would vote no.")
    assert rows(text) == [("Flake", "Jeff Flake", "said", "politician"),
                          ("Chambliss", "Saxby Chambliss", "said", "politician")]
    # near-miss: a list with no title says no kind
    text = "A dozen people came, including Kelly Ayotte of New Hampshire; Jeff Flake of Arizona. Flake said he was glad."
    assert rows(text) == [("Flake", "Jeff Flake", "said", "unclassified")]
