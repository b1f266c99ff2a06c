"""Faults a user meets, round 15: a German body named in another case is one source."""

from __future__ import annotations

import pandas as pd

import framing


def _de(texts: list[str]) -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
    return framing.find_attributions(df, language="de")


def test_a_german_adjective_in_the_strong_dative_does_not_split_a_body():
    # "laut Statistischem Bundesamt" (no article, dative) and "des Statistischen Bundesamts" were
    # two sources in `framing top-sources`; the adjective's strong ending is the nominative's
    got = _de(["Die Exporte sind laut Statistischem Bundesamt um 22 Prozent gestiegen.",
               "Die Exporte sind nach Angaben des Statistischen Bundesamts gestiegen.",
               "Laut Europäischem Statistikamt sind die Preise gestiegen."])
    assert got[["speaker", "speaker_canonical", "speaker_id"]].values.tolist() == [
        ["Statistischem Bundesamt", "Statistisches Bundesamt", "statistisches bundesamt"],
        ["des Statistischen Bundesamts", "Statistisches Bundesamt", "statistisches bundesamt"],
        ["Europäischem Statistikamt", "Europäisches Statistikamt", "europäisches statistikamt"]]
    # a noun in -em is no adjective: as written
    assert _de(["Laut Problem Bundesamt sind die Preise gestiegen."])["speaker_canonical"].tolist() == [
        "Problem Bundesamt"]
