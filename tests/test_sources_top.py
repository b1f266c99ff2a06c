"""top_sources on corpora where some or all groups quote no one (framing.sources.top)."""

import pandas as pd
import pytest

import framing
from framing.errors import FramingWarning


def test_a_group_quoting_no_source_is_named_in_a_warning():
    """Before, an outlet with no attribution (or only an unresolved "he") had no row and no
    word said so; a corpus quoting no one gave an empty table in silence."""
    df = pd.DataFrame({"doc_id": ["1", "2", "3"], "outlet": ["A", "B", "C"],
                       "text": ["Smith said the plan failed.", "Nothing happened.", "He said so."]})
    with pytest.warns(FramingWarning, match=r"2 of 3 groups quote no source and have no row: B \(0 attributions\), "
                                            r"C \(1 attribution\)"):
        t = framing.top_sources(df)
    assert t[["group", "speaker"]].values.tolist() == [["A", "Smith"]]
    with pytest.warns(FramingWarning, match=r"1 of 1 group quotes no source and has no row: B"):
        assert framing.top_sources(df.iloc[1:2]).empty


def test_a_description_opening_its_sentence_is_not_a_named_source():
    """'Officials said …' opens its sentence with a capital; where the article writes 'the
    officials' or 'the police' it is a description, and named_only used to keep it (named True)
    because every word of it was capitalised. A name the article also writes in lower case
    without a determiner ('May said …', 'it may fail') stays named."""
    texts = ["Officials told reporters it worked. Two officials were at the site.",
             "Police said two men were held. The police left.",
             "Turkey said the border was shut. It was in Turkey.", "John Smith said it. Then he left."]
    df = pd.DataFrame({"doc_id": ["1", "2", "3", "4"], "outlet": "X", "text": texts})
    t = framing.top_sources(df, n=10)
    assert dict(zip(t["speaker_id"], t["named"])) == {"officials": False, "police": False, "turkey": True,
                                                       "john smith": True}
    assert sorted(framing.top_sources(df, n=10, named_only=True)["speaker"]) == ["John Smith", "Turkey"]
