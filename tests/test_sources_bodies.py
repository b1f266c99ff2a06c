"""One body, one source in English (sources/bodies.py): a description of a body's head or
kind is the one body of the article so headed or described,. Each
test a pattern of English news on a sentence of the kind FA-KES and abp_syria showed."""

from __future__ import annotations

import pandas as pd

from framing import find_attributions
from framing.sources.bodies import drop_based


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
