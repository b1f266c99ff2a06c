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


def test_a_word_fused_before_a_surname_is_no_person_of_its_own():
    """A headline's word or a sentence's end read with the name as one ("ANALYSIS: Isolated
    Obama …", "Breaking: Obama …", "by the U.S. Mr. Obama"): the article's "Obama" was a
    person "Isolated Obama" of its own, and that junk full name kept the outlet's lone "Obama"
    from Barack Obama. A first name the lists lack that the corpus never writes in lower case
    ("Ivanka Trump") is a person still, and so is one the corpus quotes about as often as the
    other ("Ash Carter" beside Jimmy Carter)."""
    obama = "“We will act,” Barack Obama said. He said more."
    texts = [obama, obama, obama, obama, obama,
             "SEE ALSO: ANALYSIS: Isolated Obama turns to Congress\n\n“We are ready,” Obama said. The plan is isolated.",
             "“We are ready,” Obama said in a speech.",
             "Action was staved off by the U.S. Mr. Obama is keeping the threat. “We are ready,” Obama said.",
             "“We are ready,” Ivanka Trump said.", "“We are ready,” Donald Trump said.",
             "“We are ready,” Donald Trump said.", "“We are ready,” Donald Trump said.", "“We are ready,” Donald Trump said.",
             "“We won,” Ash Carter said. He was in ash and smoke.", "“We won,” Jimmy Carter said."]
    df = pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "outlet": "X", "text": texts})
    t = framing.top_sources(df, n=10)
    assert dict(zip(t["speaker"], t["attributions"])) == {"Barack Obama": 13, "Donald Trump": 4, "Ivanka Trump": 1,
                                                          "Ash Carter": 1, "Jimmy Carter": 1}


def test_a_name_with_an_apposition_fused_after_it_is_that_person():
    """FA-KES writes no comma before an apposition: "Rami Abdel Rahman head of the Syrian
    Observatory for Human Rights said" was a source of its own beside Rami Abdel Rahman. A
    body's name before a role ("Homeland Security official") is no person's."""
    texts = ["“It is a massacre,” Rami Abdel Rahman said.", "“It is a massacre,” Rami Abdel Rahman said.",
             "Rami Abdel Rahman head of the Syrian Observatory for Human Rights said 20 people died.",
             "The Department of Homeland Security said it would act. A Homeland Security official said no."]
    df = pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "outlet": "X", "text": texts})
    t = framing.top_sources(df, n=10)
    assert t.loc[t["speaker_id"] == "rami rahman", ["speaker", "attributions"]].values.tolist() == [
        ["Rami Abdel Rahman", 3]]
    assert "Homeland Security official" in set(t["speaker"])
