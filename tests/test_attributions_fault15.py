"""Faults a user meets, round 15: a German body named in another case is one source."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

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


# -- English: junk speakers, a grammar word alone ----------------------------------------

def _en(text: str) -> list:
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), warn=False)
    return got[got["rule"] != "continuation"][["speaker", "cue", "rule"]].values.tolist()


def test_an_adverb_between_subject_and_verb_is_no_speaker():
    # "He instead wrote" gave the speaker "instead": a sentence adverb before the verb is stepped over
    assert _en("He instead wrote that the plan would fail.") == [["He", "wrote", "subject"]]
    assert _en("In one email, he too noted the department had deep concerns.") == [["he", "noted", "subject"]]
    assert _en("The director nevertheless asserted that the inquiry would go on.") == [
        ["The director", "asserted", "subject"]]


def test_a_determiner_alone_before_a_participle_is_an_adjective_not_a_speaker():
    # "a widely criticized agglomeration", "his roundly praised statements": "a", "his" spoke
    assert _en("He wants to abolish Homeland Security, a widely criticized agglomeration of power.") == []
    assert _en("He disagreed with his running mate and his roundly praised statements on Syria.") == []


def test_a_lead_word_before_a_comma_is_no_name():
    # "Further, the report found, …" and "Well, a writer … suggests": "Further", "Well" were names
    assert _en("Further, the report found that the products were too optimistic.") == [
        ["the report", "found", "subject"]]
    assert _en("Well, a feminist writer in the Daily Telegraph suggests that she has shown power.") == [
        ["a feminist writer in the Daily Telegraph", "suggests", "subject"]]


def test_according_to_a_possessive_takes_its_noun():
    # "according to her campaign" gave "her" (then linked to whoever "her" was)
    assert _en("She has posed for 35,000 selfies, according to her campaign.") == [
        ["her campaign", "according to", "according_to"]]
    assert _en("According to the “Tucker Carlson Tonight” host, such a war would defy the voters.") == [
        ["the “Tucker Carlson Tonight” host", "According to", "according_to"]]


SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "abp_contested" / "abp_contested.jsonl.gz").is_file(),
                    reason="../shared/corpora/abp_contested not found")
def test_no_speaker_of_a_shared_corpus_slice_is_a_grammar_word_alone():
    # a slice of a shared English corpus: no speaker of the rules fixed here is only determiners
    # that never stand alone, sentence adverbs or lead words ("the", "instead", "Further", "her")
    import gzip
    import json
    import re

    from framing.sources.words import words_of

    with gzip.open(SHARED / "abp_contested" / "abp_contested.jsonl.gz", "rt") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(500), fh)]
    got = framing.find_attributions(pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "text": texts}),
                                    warn=False, duplicates="keep")
    g = words_of("en")
    grammar = g.DEPENDENT_DETERMINERS | g.SENTENCE_ADVERBS | g.LEAD_WORDS

    def junk(speaker) -> bool:
        words = re.findall(r"[\w'’-]+", str(speaker).lower())
        return bool(words) and all(w in grammar for w in words)

    bad = got[got["speaker"].map(junk) & got["rule"].isin(["subject", "name_appositive", "according_to"])]
    assert bad[["doc_id", "speaker", "cue"]].values.tolist() == []


# -- German and French wire credits at an article's end ----------------------------------

def test_german_and_french_closing_wire_credits():
    from framing.corpus.wire import wire_agency

    # a credit line that closes the text names the agency: the copy is the agency's
    assert wire_agency("Die Armee rückte vor.\n\nmit Material von dpa", "de") == "dpa"
    assert wire_agency("Sie setze Zeichen, die polarisieren.  mit dpa", "de") == "dpa"
    assert wire_agency("Die Armee rückte vor. Mit Material von dpa und AFP", "de") == "dpa"
    assert wire_agency("L'armée a avancé.\n\nAvec AFP", "fr") == "AFP"
    assert wire_agency("L'armée a avancé. (avec AFP)", "fr") == "AFP"
    # the agency cited in a sentence is no credit
    assert wire_agency("Das sagte er im Gespräch mit AFP.", "de") is None
    assert wire_agency("L'armée a avancé, a-t-il dit dans un entretien avec AFP.", "fr") is None
    assert wire_agency("Il a parlé avec AFP", "fr") is None
