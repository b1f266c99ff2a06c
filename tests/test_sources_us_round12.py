"""Who a speaker is, twelfth round on US outlets (issue 23; gold/attributions/abp.jsonl, dev
half, and PolNeAR train): each test a pattern of English on a constructed sentence of the
kind the errors showed."""

from __future__ import annotations

import pandas as pd

from framing import find_attributions


def atts(text: str) -> pd.DataFrame:
    return find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": ["X"], "text": [text]}), warn=False)


def speakers(text: str) -> list[tuple[str, str]]:
    df = atts(text)
    return list(zip(df["speaker"], df["speaker_canonical"]))


def test_a_kin_noun_after_a_possessive_is_another_persons_sex():
    # "whose husband" says nothing of the speaker's sex: "she" is the speaker just quoted, not
    # the woman quoted before the men
    text = ("“We are praying,” Sarah Sanders said. Mike Pence condemned the attack. "
            "Laleh Navabi, whose husband was inside the building, told the local paper that the congregation was "
            "standing together. “We are strong,” she said.")
    assert speakers(text)[-1] == ("she", "Laleh Navabi")
