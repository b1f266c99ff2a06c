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
