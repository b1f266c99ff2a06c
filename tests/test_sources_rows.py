"""Attribution rows with no speaker or no cue: every consumer takes them without a traceback
(issue 23, item 8)."""

from __future__ import annotations

import io

import pandas as pd

import framing
from framing.plots import plot_source_shares
from framing.tables import text_table
from framing.validate import validation_sample

# "Asked whether …" names no asker (no speaker); the quotation that goes on has no cue either
TEXTS = ["Asked whether the wall would be built, the answer came at once.\n\n“We have our system full. We can't do "
         "it anymore.”",
         "In a letter, the group wrote: “We say ‘no’ to ‘the plan,’ as Smith said ‘never.’”\n\n“We will not "
         "move.”",
         "“We won,” Smith said. He told reporters the war was over."]
DF = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"], "text": TEXTS})


def _neither() -> pd.DataFrame:
    atts = framing.find_attributions(DF)
    neither = atts[(atts["speaker"] == "") & (atts["cue"] == "")]
    assert len(neither) == 1 and neither["rule"].tolist() == ["continuation"]  # the crash's row, reproduced
    return atts


def test_the_validation_sample_takes_a_row_with_neither_speaker_nor_cue():
    atts = _neither()
    for table in (atts, pd.read_csv(io.StringIO(atts.to_csv(index=False)))):  # as made, and read back from a file
        sheet = validation_sample(table, DF, n=10, by="speaker_category")
        assert len(sheet) == len(atts)
        row = sheet[(sheet["speaker"] == "") & (sheet["cue"] == "")].iloc[0]
        assert row["match"] == "“We have our system full. We can't do it anymore.”"  # the quotation is shown
        assert not sheet[["speaker", "cue"]].isna().any().any()


def test_every_consumer_takes_rows_with_no_speaker_or_cue():
    atts = _neither()
    profile = framing.sourcing_profile(DF)
    assert {"no_speaker"} <= set(profile.loc[profile["dimension"] == "category", "value"])
    plot_source_shares(profile)
    text_table(atts).to_html()
    text_table(pd.read_csv(io.StringIO(atts.to_csv(index=False)))).to_html()
    framing.compare_sourcing(DF, resamples=99, min_count=1, min_docs=1)
    html = framing.show(DF, "a")._repr_html_()
    assert "We have our system full" in html


def test_framing_validate_sample_what_attributions_takes_them(tmp_path):
    from framing.cli import main

    corpus, sheet = tmp_path / "c.csv", tmp_path / "sheet.csv"
    DF.to_csv(corpus, index=False)
    assert main(["validate", "sample", str(corpus), "--what", "attributions", "-o", str(sheet), "--quiet"]) == 0
    from framing.validate import read_coding_sheet

    coded = read_coding_sheet(sheet)
    assert len(coded) == len(framing.find_attributions(DF))
