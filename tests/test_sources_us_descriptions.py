"""Who a speaker is, on US house styles nobody tuned for (issue 23; gold/attributions/abp.jsonl,
dev half, the articles of annotators helper-abp-c to f): a quantifier the speaker phrase
opens with. Each test a pattern of English on a constructed sentence."""

from __future__ import annotations

import pandas as pd

from framing import find_attributions


def atts(text: str) -> pd.DataFrame:
    return find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": ["X"], "text": [text]}), warn=False)


def canonical_of(text: str, written: str) -> list[str]:
    df = atts(text)
    return df.loc[df.speaker == written, "speaker_canonical"].tolist()


def test_a_quantifier_stays_in_the_canonical_speaker():
    # "some analysts" are not all analysts: the quantifier is part of who speaks
    assert canonical_of("Some analysts said the deal would fail.", "Some analysts") == ["some analysts"]
    assert canonical_of("Many Danes admitted they were worried.", "Many Danes") == ["many Danes"]
    assert canonical_of("Many of the senator's closest allies said he would run.",
                        "Many of the senator's closest allies") == ["many of the senator's closest allies"]
    assert canonical_of("The vote was close. Many said it was unfair.", "Many") == ["many"]
    # before a number it means "about": no quantifier of the speakers
    assert canonical_of("Some 40 percent of respondents said they would vote.",
                        "Some 40 percent of respondents") == ["40 percent of respondents"]


def test_a_cue_whose_object_is_an_act_reports_nothing():
    for text in ("No group claimed responsibility for the attack on the church.",
                 "The Islamic State declared a caliphate in the territory it controls.",
                 "Congress never declared war on Libya.",
                 "The government declared a seven-day mourning period after the video was released.",
                 "A local affiliate claimed the bombing of a church in Cairo."):
        assert atts(text).empty, text
    # a clause after the noun, or words said: a report
    assert atts("The group claimed the attack was staged by the army.")["cue"].tolist() == ["claimed"]
    assert atts("Mr. Smith declared that the war was over.")["cue"].tolist() == ["declared"]
    assert atts("“We have won,” the senator declared, claiming victory.")["cue"].tolist() == ["declared"]
    assert atts("The administration claimed the attack sprung out of a protest.")["cue"].tolist() == ["claimed"]
