"""Near-duplicates and wire copy: the agency a dateline or credit names, find_duplicates,
wire_shares, and the choice every score makes from them (duplicates=, copy=)."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing
from framing.corpus.wire import outlet_agency, wire_agency
from framing.errors import FramingError, ParameterError

# --- the agency of a dateline or credit ------------------------------------------------


@pytest.mark.parametrize("text, agency", [
    ("BEIRUT (Reuters) - Syrian forces shelled the town on Monday.", "Reuters"),
    ("DAMASCUS, Jan 2 (AFP) - A car bomb exploded.", "AFP"),
    ("AMMAN (AFP/Reuters) - Talks resumed.", "AFP"),
    ("Aleppo SANA-Terrorists fired shells on the city.", "SANA"),
    ("6 October 2016 Aleppo SANA - Shells fell on the city.", "SANA"),
    ("By Agence France-Presse\nThe toll rose to twelve.", "AFP"),
    ("Source: dpa. The minister spoke in Berlin.", "dpa"),
    ("Car bomb kills 34 in Hama State media AFP Friday 20 Jun 2014 A car bomb killed 34 people.", "AFP"),
    ("MOSCOW October 18 (RIA Novosti) - The Syrian army said ...", "RIA Novosti"),
    ("The toll rose, the monitor said. - REUTERS", "Reuters"),
    ("The toll rose, the monitor said.--AFP", "AFP"),
    ("The army said so. (Source: Anadolu Agency)", "Anadolu"),
    ("The army said so. Associated Press contributed to this report.", "AP"),
    ("Reporting by Jane Doe; Editing by John Roe Our Standards:The Thomson Reuters Trust Principles.", "Reuters"),
])
def test_a_dateline_or_credit_names_the_agency(text, agency):
    assert wire_agency(text) == agency


@pytest.mark.parametrize("text", [
    "Syria's SANA state news agency reported the attack on Monday.",  # cited, not credited
    "A Reuters-Ipsos poll found most voters undecided.",
    "An informed source told SANA Thursday that the road was open.",
    "Leaders met at the APEC summit in Lima.",  # not AP
    "Ap said the road was open.",  # an acronym is written as an acronym
    "A woman walks past the ruins. (AP Photo) The army said ...",  # a photograph's credit
    "",
])
def test_a_name_outside_datelines_and_credits_is_no_credit(text):
    assert wire_agency(text) is None


def test_an_outlet_that_is_the_agency():
    assert outlet_agency("reuters") == "Reuters" and outlet_agency("SANA") == "SANA"
    assert outlet_agency("Anadolu Agency") == "Anadolu"
    assert outlet_agency("ahram") is None and outlet_agency("Reuters Daily") is None


# --- find_duplicates on texts written for it ---------------------------------------------

# a story of 60 different words (56 word 5-grams), so every count below is done by hand
WORDS = [f"w{i:02d}" for i in range(60)]
STORY = "BEIRUT (Reuters) - " + " ".join(WORDS[2:])  # "beirut reuters w02 … w59": 60 words
EDITED = " ".join(STORY.split()[:3] + WORDS[2:40]) + " " + " ".join(f"own{i}" for i in range(10))  # 40 + 10 words
OTHER = " ".join(f"x{i:02d}" for i in range(40))


def _corpus():
    return pd.DataFrame({
        "doc_id": ["r1", "a1", "a2", "d1", "d2"],
        "outlet": ["reuters", "Ahram", "Ahram", "Daily", "Daily"],
        "date": ["2017-01-02", "2017-01-03", "2017-01-04", "2017-01-05", "2017-01-02"],
        "text": [STORY, STORY, STORY, EDITED, OTHER],
    })


def _shingles(text, k=5):
    import re

    w = re.findall(r"\w+", text.casefold())
    return {tuple(w[i:i + k]) for i in range(len(w) - k + 1)}


def test_the_hand_counts_of_the_texts():
    s, e = _shingles(STORY), _shingles(EDITED)
    assert (len(s), len(e), len(s & e)) == (56, 46, 36)


def test_find_duplicates_names_groups_canonical_repeats_and_wire():
    d = framing.find_duplicates(_corpus(), warn=False)
    assert list(d.columns) == ["doc_id", "outlet", "date", "group", "canonical", "similar_to", "similarity", "jaccard",
                               "same_outlet", "repeat", "repeat_of", "agency", "credited", "wire"]
    rows = {r.doc_id: r for r in d.itertuples()}
    assert list(d["doc_id"]) == ["r1", "a1", "a2", "d1"]  # the canonical first, then by date; d2 has no duplicate
    assert set(d["group"]) == {1} and set(d["canonical"]) == {"r1"}  # the agency's own story is the original
    assert rows["a2"].repeat and rows["a2"].repeat_of == rows["a2"].similar_to == "a1" and rows["a2"].similarity == 1.0
    assert not rows["a1"].repeat and rows["a1"].same_outlet and not rows["r1"].same_outlet
    # the edited copy: 36 of its 46 5-grams are the story's; Jaccard 36 / (46 + 56 - 36)
    assert rows["d1"].similar_to == "r1"
    assert rows["d1"].similarity == round(36 / 46, 4) and rows["d1"].jaccard == round(36 / 66, 4)
    assert list(d["agency"]) == ["Reuters"] * 4
    assert list(d["wire"]) == [False, True, True, True]  # Reuters' own story is not wire copy at Reuters


def test_a_chain_of_overlaps_does_not_join_unrelated_articles():
    # A (40 words, 36 5-grams) and C (the same sizes) each share 26 5-grams with B (60 words:
    # A's first 30 then C's first 30), and nothing with each other; A is the earliest
    a = " ".join(f"a{i}" for i in range(40))
    b = " ".join(f"a{i}" for i in range(30)) + " " + " ".join(f"c{i}" for i in range(30))
    c = " ".join(f"c{i}" for i in range(40))
    df = pd.DataFrame({"doc_id": ["A", "B", "C"], "outlet": ["X", "Y", "Z"], "date": ["2017-01-01", "2017-01-02", "2017-01-03"],
                       "text": [a, b, c]})
    d = framing.find_duplicates(df, warn=False)
    assert d[["doc_id", "group", "canonical", "similar_to", "similarity", "jaccard"]].values.tolist() == [
        ["A", 1, "A", "B", round(26 / 36, 4), round(26 / 66, 4)],
        ["B", 1, "A", "A", round(26 / 36, 4), round(26 / 66, 4)],
        ["C", 2, "B", "B", round(26 / 36, 4), round(26 / 66, 4)]]  # C copies B, not A


def test_the_threshold_decides_what_a_near_duplicate_is():
    d = framing.find_duplicates(_corpus(), threshold=0.8, warn=False)
    assert list(d["doc_id"]) == ["r1", "a1", "a2"]  # the edited copy shares 78%


def test_short_documents_are_never_near_duplicates():
    df = pd.DataFrame({"outlet": ["X", "X"], "text": ["The army said so on Monday."] * 2})
    assert framing.find_duplicates(df, warn=False).empty


def test_wire_shares_per_outlet():
    w = framing.wire_shares(_corpus(), warn=False)
    assert w[["outlet", "n_docs", "own_docs", "wire_docs", "repeats", "agencies"]].values.tolist() == [
        ["Ahram", 1, 0, 1, 1, "Reuters 1"], ["Daily", 2, 1, 1, 0, "Reuters 1"], ["reuters", 1, 1, 0, 0, ""]]
    assert w.loc[1, "wire_share"] == 0.5 and 0 < w.loc[1, "share_low"] < 0.5 < w.loc[1, "share_high"] < 1


# --- the choice scores make: duplicates= and copy= ------------------------------------------

def test_repeats_inside_an_outlet_are_left_out_with_a_warning():
    with pytest.warns(framing.FramingWarning, match=r"\(a2\): near-duplicate of a1 in the same outlet \(100% .*\) — skipped, "
                                                     r"so it is not counted twice; duplicates='keep' keeps it"):
        c = framing.load_corpus(_corpus())
    assert list(c.documents["doc_id"]) == ["r1", "a1", "d1", "d2"]
    assert list(c.set_aside["doc_id"]) == ["a2"] and c.selection == ("drop", "all")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        kept = framing.load_corpus(_corpus(), duplicates="keep")
    assert len(kept) == 5 and kept.problems.empty


def test_copy_own_and_wire():
    own = framing.load_corpus(_corpus(), copy="own", warn=False)
    wire = framing.load_corpus(_corpus(), copy="wire", warn=False)
    assert list(own.documents["doc_id"]) == ["r1", "d2"] and list(wire.documents["doc_id"]) == ["a1", "d1"]
    assert list(framing.load_corpus(_corpus(), copy="wire", duplicates="keep", warn=False).documents["doc_id"]) == ["a1", "a2", "d1"]


def test_a_choice_of_copy_that_leaves_no_document_says_so(tmp_path, capsys):
    # copy='wire' on a corpus with no wire copy gave an empty table with no word (Python), and on
    # the command line "the file holds no document (its columns and no row …)" of a file of 5
    from framing.cli import main

    own = _corpus()[lambda d: d["doc_id"].isin(["r1", "d2"])]
    with pytest.warns(framing.FramingWarning, match=r"copy='wire' \(--copy wire\) leaves no document to score: none "
                      r"of the 2 document\(s\) read is wire copy .* Every table of it is empty"):
        assert len(framing.load_corpus(own, copy="wire", warn=False)) == 0
    path = tmp_path / "own.csv"
    own.to_csv(path, index=False)
    assert main(["terms", str(path), "--copy", "wire", "-o", str(tmp_path / "t.csv")]) == 1
    err = capsys.readouterr().err
    assert "leaves no document to score: none of the 2 document(s) read is wire copy" in err
    assert "holds no document" not in err and not (tmp_path / "t.csv").exists()


@pytest.mark.filterwarnings("ignore:lexicon 'syria' may not fit")
def test_a_loaded_corpus_can_choose_again():
    c = framing.load_corpus(_corpus(), warn=False)
    assert list(framing.load_corpus(c, duplicates="keep").documents["doc_id"]) == ["r1", "a1", "a2", "d1", "d2"]
    assert list(framing.load_corpus(c, copy="own").documents["doc_id"]) == ["r1", "d2"]
    assert framing.load_corpus(c) is c
    # every verb that takes a corpus takes the options
    assert framing.corpus_summary(c, by="outlet")["documents"].sum() == 4
    assert _docs_counted(framing.count_terms(c, copy="own", min_count=0)) == 2


def _docs_counted(scores):
    return scores.groupby("group")["n_docs"].first().sum()


def test_a_streamed_path_chooses_as_a_loaded_one(tmp_path):
    path = tmp_path / "c.csv"
    _corpus().to_csv(path, index=False)
    streamed = [d for chunk in framing.iter_corpus(path, chunksize=2, warn=False) for d in chunk.documents["doc_id"]]
    assert streamed == ["r1", "a1", "d1", "d2"]
    problems = pd.concat([chunk.problems for chunk in framing.iter_corpus(path, chunksize=2, warn=False)])
    assert problems["doc_id"].tolist() == ["a2"]
    a = framing.count_terms(path, lexicon="news", min_count=0, warn=False)
    b = framing.count_terms(framing.load_corpus(path, warn=False), lexicon="news", min_count=0)
    pd.testing.assert_frame_equal(a, b)


@pytest.mark.parametrize("call, message", [
    (lambda: framing.load_corpus(_corpus(), duplicates="remove"), "duplicates must be one of drop, keep, not 'remove'"),
    (lambda: framing.load_corpus(_corpus(), copy="agency"), "copy must be one of all, own, wire, not 'agency'"),
    (lambda: framing.count_terms(_corpus(), copy="agency"), "copy must be one of all, own, wire"),
    (lambda: framing.find_duplicates(_corpus(), duplicates="keep"), "duplicates= does not apply here"),
    (lambda: framing.find_duplicates(_corpus(), threshold=0), "threshold must be a number above 0 to 1"),
])
def test_bad_options_are_refused(call, message):
    with pytest.raises(ParameterError, match=message):
        call()


def test_a_mistyped_option_is_refused_with_the_nearest():
    with pytest.raises(FramingError, match="did you mean 'duplicates'"):
        framing.count_terms(_corpus(), duplicats="keep")


# --- the property: a doubled corpus scores as the original ---------------------------------

VOCAB = ("regime government rebels opposition army Damascus Assad terrorists militants forces shelled said "
         "people city town killed attack fighters monitor civilians").split()

texts = st.lists(st.sampled_from(VOCAB), min_size=30, max_size=45).map(" ".join)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(st.tuples(st.sampled_from(["A", "B", "C"]), texts), min_size=2, max_size=6))
def test_a_corpus_with_every_document_doubled_in_its_outlet_scores_the_same(docs):
    original = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(docs))], "outlet": [o for o, _ in docs],
                             "text": [t for _, t in docs]})
    doubled = pd.concat([original, original.assign(doc_id=original["doc_id"] + "-again")], ignore_index=True)
    a = framing.count_terms(original, lexicon="syria", min_count=0, warn=False)
    b = framing.count_terms(doubled, lexicon="syria", min_count=0, warn=False)
    pd.testing.assert_frame_equal(a, b)
    kept = framing.count_terms(doubled, lexicon="syria", min_count=0, warn=False, duplicates="keep")
    assert _docs_counted(kept) == 2 * _docs_counted(framing.count_terms(original, lexicon="syria", min_count=0, warn=False,
                                                                         duplicates="keep"))


def test_an_outlets_boilerplate_makes_no_copies():
    # twelve different stories of one outlet, each with the same 40-word background paragraph
    # after it: without the rule each pair would share 36 of the shorter's 56 5-grams
    background = " ".join(f"bg{i}" for i in range(40))
    stories = [" ".join(f"s{k}x{i}" for i in range(20)) + " " + background for k in range(12)]
    df = pd.DataFrame({"outlet": "X", "text": stories})
    assert framing.find_duplicates(df, warn=False).empty
    # the same paragraph in two stories only is no outlet's boilerplate: they share it
    assert len(framing.find_duplicates(df.head(2), warn=False)) == 2


def test_the_duplicates_verb(tmp_path, capsys):
    from framing.cli import main

    path = tmp_path / "c.csv"
    _corpus().to_csv(path, index=False)
    out = tmp_path / "d.csv"
    assert main(["duplicates", str(path), "-o", str(out), "-q"]) == 0
    d = pd.read_csv(out, keep_default_na=False)
    assert d["doc_id"].tolist() == ["r1", "a1", "a2", "d1"] and d["similar_to"].tolist()[2] == "a1"
    assert main(["duplicates", str(path), "--per-outlet", "-o", str(out), "-q"]) == 0
    assert pd.read_csv(out)["wire_docs"].tolist() == [1, 1, 0]
    assert main(["duplicates", str(path), "--threshold", "0.8", "-o", str(out), "-q"]) == 0
    assert pd.read_csv(out)["doc_id"].tolist() == ["r1", "a1", "a2"]
    # every corpus verb takes the choice
    assert main(["terms", str(path), "--lexicon", "news", "--copy", "own", "--min-count", "0", "-o", str(out), "-q"]) == 0
    assert pd.read_csv(out).groupby("group")["n_docs"].first().to_dict() == {"Daily": 1, "reuters": 1}
    capsys.readouterr()
    assert main(["duplicates", str(path), "--duplicates", "keep", "-o", str(out)]) == 2
    assert "duplicates= does not apply here" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["terms", str(path), "--copy", "agency"])


def test_an_article_left_out_of_the_scores_can_still_be_shown():
    view = framing.show(_corpus(), "a2", warn=False)
    assert "w02" in view.html


def test_word_characters_are_what_the_pattern_calls_words():
    """The shingles' words come from framing.text.word_characters: \\w on every code point."""
    import re

    import numpy as np

    from framing.text import word_characters

    every = "".join(map(chr, range(0x110000)))
    want = np.zeros(0x110000, dtype=bool)
    for m in re.finditer(r"\w+", every):
        want[m.start():m.end()] = True
    assert (word_characters(np.arange(0x110000, dtype=np.uint32)) == want).all()
