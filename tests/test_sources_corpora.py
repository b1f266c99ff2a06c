"""Sourcing on the shared corpora of many house styles (slow: reads ../shared/corpora)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import framing
from framing.sources.words import words_of

from .conftest import CORPORA

ABP = [CORPORA / "abp_contested" / "abp_contested.jsonl.gz", CORPORA / "abp_syria" / "abp_syria.jsonl.gz"]


def tag_or_dateline_speakers(corpus, atts: pd.DataFrame) -> pd.DataFrame:
    """The rows whose speaker or canonical speaker is a party/state tag ("R-Ky.") or lies in
    a dateline that opens a paragraph ("WASHINGTON —")."""
    g = words_of("en")
    tag = re.compile(r"\(?(?:" + g.PARTY_TAG.pattern + r")[\w.]*(?:\s[A-Z][\w.]*)?\)?[.,]?")
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    spoken = atts[atts["speaker_start"].notna()]

    def in_dateline(row) -> bool:
        text, s = texts[row.doc_id], int(row.speaker_start)
        line = text.rfind("\n", 0, s) + 1
        m = g.DATELINE.match(text, line)
        return m is not None and s < m.end()

    # a tag never takes an article: "the I-Word" (a campaign about a word) is a name
    is_tag = (atts["speaker"].str.fullmatch(tag.pattern) | atts["speaker_canonical"].str.fullmatch(tag.pattern)) \
        & ~atts["speaker"].str.match(r"(?i)the\s")
    canonical = atts["speaker_canonical"].fillna("")
    # the state of a tag whose party and state a comma parts ("( R. , Ariz. )", "(D., N.Y.)"): an
    # abbreviation (not "D.C.", a city that speaks), or any state with the parenthesis
    is_tag |= (canonical.str.contains(r"\)$") | (canonical.str.contains(r"\.") & ~canonical.str.startswith("D.C"))) \
        & canonical.map(lambda c: bool(g.STATE_AFTER_PLACE.match(c.rstrip(" )"))))
    dated = spoken.apply(in_dateline, axis=1) if len(spoken) else pd.Series(dtype=bool)
    return atts[is_tag.fillna(False) | atts.index.isin(dated[dated].index)]


@pytest.mark.slow
@pytest.mark.parametrize("path", ABP, ids=lambda p: p.parent.name)
def test_no_speaker_is_a_party_tag_or_a_dateline_on_the_shared_corpora(path):
    if not path.exists():
        pytest.skip(f"{path} is missing: the shared corpora are not beside the repository (../shared/corpora)")
    corpus = framing.load_corpus(path, warn=False)
    atts = framing.find_attributions(corpus, jobs=2)
    bad = tag_or_dateline_speakers(corpus, atts)
    assert bad.empty, bad[["doc_id", "speaker", "speaker_canonical", "cue"]].head(20).to_string()


def test_the_scan_finds_tags_and_datelines():
    # the check itself, on rows made by hand: it would catch what it looks for
    corpus = framing.load_corpus(pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
                                               "text": ["WASHINGTON — Smith said so.\n\nJones said no."]}), warn=False)
    rows = pd.DataFrame({"doc_id": ["a", "a", "a", "a"], "speaker": ["WASHINGTON", "Sen. Rand Paul", "Jones", "he"],
                         "speaker_canonical": ["WASHINGTON", "R-Ky.", "Jones", "Ariz. )"], "speaker_start": [0, 5, 29, 29],
                         "cue": ["said"] * 4})
    assert tag_or_dateline_speakers(corpus, rows)["speaker"].tolist() == ["WASHINGTON", "Sen. Rand Paul", "he"]
