"""Evaluation against BRAT gold annotations (PolNeAR's format), on a hand-made file whose
scores are counted by hand."""

import pytest

from framing.errors import CorpusError
from framing.evaluate import evaluate_polnear, is_speech_cue, read_ann, read_polnear
from framing.stats import share_interval

TEXT = ("“We will win,” the senator said. Officials found that costs rose. Ms. Ray told reporters the plan "
        "failed. Mook agreed: “We focus hard.” The report said nothing. A poll showed that costs fell.")

# T: kind, start end, text; E: the attribution's parts. Every gold attribution is found
# ("told reporters the plan failed" too, since the listener ends where the clause's subject
# begins); "The report said" and "A poll showed that" are found but not in the gold.
ANN = """T1\tCue 27 31\tsaid
T2\tSource 15 26\tthe senator
T3\tContent 0 14\t“We will win,”
E1\tAttribution:T1 Cue:T1 Source:T2 Content:T3
T4\tCue 43 48\tfound
T5\tSource 33 42\tOfficials
E2\tAttribution:T4 Cue:T4 Source:T5
T6\tCue 74 78\ttold
T7\tSource 66 73\tMs. Ray
E3\tAttribution:T6 Cue:T6 Source:T7
T8\tCue 111 117\tagreed
T9\tSource 106 110\tMook
E4\tAttribution:T8 Cue:T8 Source:T9
#1\tAnnotatorNotes T1\ta note
"""


@pytest.fixture()
def gold(tmp_path):
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    (tmp_path / "dev" / "text" / "x_1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "x_1_ann1.ann").write_text(ANN, encoding="utf-8")
    return tmp_path


def test_reading_brat(gold):
    atts = read_ann(gold / "dev" / "attributions" / "x_1_ann1.ann")
    assert [(a.cue, a.source, a.cue_text) for a in atts] == [
        ([(27, 31)], [(15, 26)], "said"), ([(43, 48)], [(33, 42)], "found"),
        ([(74, 78)], [(66, 73)], "told"), ([(111, 117)], [(106, 110)], "agreed")]
    assert atts[0].content == [(0, 14)]
    assert [(name, annotator) for name, annotator, _text, _g in read_polnear(gold)] == [("x_1", "ann1")]
    for a in atts:  # the offsets index the text as read
        assert TEXT[a.cue[0][0]:a.cue[0][1]] == a.cue_text


def test_a_line_that_is_not_brat_is_named(gold):
    bad = gold / "dev" / "attributions" / "x_1_ann1.ann"
    bad.write_text(ANN + "T10\tCue twelve\tsaid\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"x_1_ann1.ann, line 15: not a BRAT standoff line"):
        read_ann(bad)


def test_a_folder_that_is_not_polnear_is_named(tmp_path):
    with pytest.raises(CorpusError, match="no PolNeAR split here"):
        read_polnear(tmp_path)


@pytest.mark.parametrize("cue,speech", [("said", True), ("told", True), ("according to", True), ("pointed out", True),
                                        ("found", False), ("believes", False), ("grumbled", False),
                                        ("has repeatedly said", True), ("", False)])
def test_the_speech_cue_test_reads_the_cue_table(cue, speech):
    assert is_speech_cue(cue) is speech


def test_scores_counted_by_hand(gold):
    scores, pairs = evaluate_polnear(gold)
    got = scores.set_index("subset")
    # all: 4 gold; 6 predictions (said, found, told, agreed, "The report said", "showed"), 4 matched
    assert got.loc["all", ["gold", "predicted", "matched"]].tolist() == [4, 6, 4]
    assert got.loc["all", "precision"] == pytest.approx(4 / 6) and got.loc["all", "recall"] == pytest.approx(4 / 4)
    assert got.loc["all", "source_accuracy"] == 1.0 and got.loc["all", "with_source"] == 4
    # speech: the gold "found" is left out, and so is the prediction that matched it; the
    # unmatched "showed" is not speech either
    assert got.loc["speech", ["gold", "predicted", "matched"]].tolist() == [3, 4, 3]
    assert got.loc["speech", "precision"] == pytest.approx(3 / 4) and got.loc["speech", "recall"] == pytest.approx(3 / 3)
    assert got.loc["speech", "f1"] == pytest.approx(6 / 7)
    assert sorted(pairs[pairs.side == "gold"].cue[~pairs.matched]) == []
    # the predictions not in the gold: "The report said" and "showed"
    assert sorted(pairs[pairs.side == "predicted"].cue[~pairs.matched]) == ["said", "showed"]
    # one article: no interval (the article is the sampling unit)
    assert got[["precision_low", "precision_high", "recall_low", "recall_high"]].isna().all().all()


def test_intervals_take_the_article_as_the_unit(gold):
    """A second article, the same text, whose annotation lists only the first attribution:
    it is scored too (a repeat of an outlet's article is not dropped from a gold set: its
    attributions would all count as missed), precision 4/6 and 1/6, and the interval is the
    gold sets' interval of those per-article counts."""
    (gold / "dev" / "text" / "x_2.txt").write_text(TEXT, encoding="utf-8")
    (gold / "dev" / "attributions" / "x_2_ann1.ann").write_text("\n".join(ANN.splitlines()[:4]) + "\n", encoding="utf-8")
    scores, _ = evaluate_polnear(gold)
    got = scores.set_index("subset").loc["all"]
    assert got["precision"] == pytest.approx(5 / 12)
    _, low, high = share_interval([4, 1], [6, 6], one_choice_per_article=False)
    assert (got["precision_low"], got["precision_high"]) == pytest.approx((low, high))
    assert got["recall_low"] <= got["recall"] <= got["recall_high"]


def test_a_nested_match_counts_only_with_the_nested(tmp_path):
    # "she asked" is what Kelly said (nested); the gold marks only "asked"
    text = "Kelly said she asked for the interview."
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    (tmp_path / "dev" / "text" / "y_1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "y_1_a.ann").write_text(
        "T1\tCue 15 20\tasked\nT2\tSource 11 14\tshe\nE1\tAttribution:T1 Cue:T1 Source:T2\n", encoding="utf-8")
    scores, pairs = evaluate_polnear(tmp_path)
    got = scores.set_index("subset")
    # scored: "said" alone, which matches nothing; the nested "asked" is not counted
    assert got.loc["speech", ["gold", "predicted", "matched"]].tolist() == [1, 1, 0]
    assert got.loc["speech", "recall"] == 0.0
    # with the nested: both predictions, "asked" matches
    assert got.loc["speech+nested", ["gold", "predicted", "matched"]].tolist() == [1, 2, 1]
    assert got.loc["speech+nested", "recall"] == 1.0
    gold = pairs[pairs.side == "gold"].iloc[0]
    assert not gold.matched and gold.matched_nested


def test_the_scores_table_names_the_gold_it_was_scored_on(gold, tmp_path_factory, capsys):
    from framing import load_manifest
    from framing.cli import main

    out = tmp_path_factory.mktemp("out") / "scores.csv"
    assert main(["evaluate", "polnear", str(gold), "-o", str(out)]) == 0
    corpora = {c["source"]: c for c in load_manifest(out)["corpora"]}
    dev = corpora[str(gold / "dev")]
    assert (dev["documents"], dev["files"]) == (1, 2)  # x_1.txt and its one annotation file
