"""One body, one source in English (sources/bodies.py): a description of a body's head or
kind is the one body of the article so headed or described, and no more than that. Each
test a pattern of English news on a sentence of the kind FA-KES and abp_syria showed."""

from __future__ import annotations

import pandas as pd

from framing import find_attributions
from framing.sources.bodies import Bodies, drop_based


def canonicals(text: str) -> list[tuple[str, str]]:
    df = find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": ["X"], "text": [text]}), warn=False)
    return list(zip(df["speaker"], df["speaker_canonical"]))


def test_a_description_of_the_bodys_kind_is_the_one_body_of_that_kind_the_article_names():
    # FA-KES/AFP style: the body named, then "the Britain-based monitor", "a monitoring group"
    text = ("Rebels advanced on the town overnight, the Syrian Observatory for Human Rights said. "
            "The Britain-based monitor said 20 soldiers were killed. "
            "At least 22 people died in the raids on Raqa on Sunday, a monitoring group said. "
            "The Observatory said the toll would rise.")
    assert canonicals(text) == [
        ("the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
        ("The Britain-based monitor", "Syrian Observatory for Human Rights"),
        ("a monitoring group", "Syrian Observatory for Human Rights"),
        ("The Observatory", "Syrian Observatory for Human Rights")]


def test_a_kind_stays_a_description_where_the_article_names_two_bodies_of_it():
    text = ("Rebels advanced, the Syrian Observatory for Human Rights said. The Syrian Network for Human Rights "
            "counted 40 dead. The monitor said the toll would rise.")
    assert canonicals(text)[-1] == ("The monitor", "monitor")


def test_a_body_named_before_its_kind_is_the_body_but_a_bodys_officials_are_not():
    text = ("Dozens were killed, the Syrian Observatory for Human Rights said. "
            "The Syrian Observatory for Human Rights monitor said 20 were soldiers. "
            "Elsewhere, White House officials said the strikes would go on.")
    assert [c for _s, c in canonicals(text)] == ["Syrian Observatory for Human Rights",
                                                 "Syrian Observatory for Human Rights", "White House officials"]


def test_where_a_body_sits_is_no_part_of_its_name():
    assert drop_based("London Based Syrian Observatory for Human Rights") == "Syrian Observatory for Human Rights"
    assert drop_based("Syrian Observatory for Human Rights based in Britain") == "Syrian Observatory for Human Rights"
    assert drop_based("London-based") == "London-based"


def test_a_definite_description_goes_back_to_the_body_the_article_named_before_it():
    text = ("On Friday the U.S. State Department issued a worldwide travel alert. The threat, the department said "
            "in a bulletin, is in the Middle East.")
    assert canonicals(text)[-1] == ("the department", "State Department")
    # the one school the article names comes after "the school": another one is meant
    text = ("Two of them attended Emory University. She was visiting family, the school said. The other was to "
            "attend Emory's Goizueta Business School in Atlanta.")
    assert canonicals(text)[0] == ("the school", "school")


def test_an_indefinite_description_is_a_body_by_its_kind_not_by_a_head_it_shares_with_a_name():
    text = ("“I know he had strong beliefs,” she added. According to a post on his Twitter account, he converted "
            "ten years ago. The Washington Post writes that his path fits a pattern.")
    assert ("a post", "post") in canonicals(text)
    text = ("Obama said, “We've never had the situation in which a party said that it would let the country default.” "
            "He said a faction of the Republican Party was to blame.")
    assert [c for s, c in canonicals(text) if s == "a party"] == ["party"]


def test_a_head_that_names_any_body_alone_is_not_the_one_body_so_headed():
    # "the group" after "[the Islamic State group]": a think tank the article names without a
    # body's word
    text = ("He vowed to defeat Isis [the Islamic State group] and al-Qaeda. National Security Action, a think tank, "
            "criticised the speech. “Pompeo sees Islam as an enemy,” the group added.")
    assert canonicals(text)[-1] == ("the group", "group")
    # with the kind's own words, the kind the article gives a body
    text = ("Islamic State militants seized the town, the militant group said in a statement. The Islamic State "
            "militant group has held it before. The militant group said it would not leave.")
    assert canonicals(text)[-1] == ("The militant group", "Islamic State")


def test_a_name_closes_at_a_paragraph_and_opens_after_and_the():
    b = Bodies("Travel limits, the government says, are needed, said the head of Lutheran Immigration and Refugee "
               "Service\n\nGovernment officials said refugees are not affected.")
    assert "Lutheran Immigration and Refugee Service Government" not in b._named()
    text = ("At least five were killed, the Ghouta Media Center and the Syrian Observatory for Human Rights said. "
            "The Observatory said the toll would rise.")
    assert canonicals(text)[-1] == ("The Observatory", "Syrian Observatory for Human Rights")


def test_a_name_the_article_writes_by_itself_is_that_name_not_a_longer_one_ending_in_it():
    # FA-KES has had its commas stripped: "the city of Ashara Syrian Observatory …"
    b = Bodies("Victims include 8 children in the eastern city of Ashara Syrian Observatory for Human Rights "
               "says. The Syrian Observatory for Human Rights said air strikes hit a market.")
    assert b.full("Syrian Observatory for Human Rights") == "Syrian Observatory for Human Rights"
    # a name written only inside a longer one is that one ("Syrian" read as a nationality)
    assert Bodies("The Syrian Observatory for Human Rights said.").full(
        "Observatory for Human Rights") == "Syrian Observatory for Human Rights"
