"""Spelling variants: keys worked by hand, a constructed text, the seeds, bad input, the CLI."""

import pandas as pd
import pytest

from framing.cli import main
from framing.discover import find_variants, name_key, name_similarity, words
from framing.errors import FramingError


def test_words_survive_real_text():
    got = [w for w, _, _ in words("At 9 a.m. Trump’s aides — and Trump's — met __ the U.S. team_b in 2017.")]
    assert got == ["at", "trump's", "aides", "and", "trump's", "met", "the", "team", "in"]
    text = "Deir ez-Zor’s siege"
    assert [(w, text[s:e]) for w, s, e in words(text)] == [("deir", "Deir"), ("ez-zor's", "ez-Zor’s"), ("siege", "siege")]


@pytest.mark.parametrize("spelling", ["Deir ez-Zor", "Deir Ezzor", "Deir al-Zour", "Dayr az-Zawr", "Deir Al Zor",
                                      "Deir el-Zour", "Deir e-Zor", "Deir-ez-Zor", "DEIR EZZOUR"])
def test_romanisations_share_a_key(spelling):
    assert name_key(spelling) == "darzar"


def test_similarity_by_hand():
    from nltk.metrics.distance import edit_distance, jaro_winkler_similarity

    # "Raqqa" / "Rakka": keys equal (1.0); letters "raqqa"/"rakka": mean of Jaro-Winkler and 1 - 2/5
    letters = (jaro_winkler_similarity("raqqa", "rakka") + 1 - edit_distance("raqqa", "rakka") / 5) / 2
    assert name_similarity("Raqqa", "Rakka") == pytest.approx((1.0 + letters) / 2)
    assert name_similarity("Raqqa", "Raqqa") == 1.0
    assert name_similarity("Raqqa", "race") < name_similarity("Raqqa", "Rakka")
    assert name_similarity("Deir ez-Zor", "Deir") < 0.75 < name_similarity("Deir ez-Zor", "Dayr az-Zawr")


@pytest.fixture(scope="module")
def constructed():
    texts = ["Shelling hit Deir Ezzor. In Deir Ezzor city the siege held.",
             "Residents of Dayr az-Zawr fled to Deir al-Zour, the door to the east.",
             "Deir ez-Zor’s airport and Deir ez-Zor province; a dear friend in Deir.",
             "Nothing about the city here: a door, a deer, a dare."]
    return pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X", "X", "Y", "Y"], "text": texts})


def test_variants_of_a_constructed_text(constructed):
    v = find_variants(constructed, "Deir ez-Zor", min_count=1)
    got = dict(zip(v["variant"], v["count"]))
    # every spelling once per occurrence; the possessive counted with its name; "Deir Ezzor city"
    # (a word more) and "Deir" alone, "door", "dear" are not spellings
    assert got == {"Deir ez-Zor": 2, "Deir Ezzor": 2, "Dayr az-Zawr": 1, "Deir al-Zour": 1}
    row = v.set_index("variant").loc["Deir Ezzor"]
    assert (row["count_X"], row["count_Y"], row["docs"]) == (2, 0, 1)
    assert row["left"] == "Shelling hit" and row["match"] == "Deir Ezzor"
    assert bool(v.set_index("variant").loc["Deir ez-Zor", "is_seed"])
    assert list(v["score"]) == sorted(v["score"], reverse=True)


def test_family_of_the_lexicon_on_the_seeds(seeds):
    v = find_variants(seeds, family="deir_ezzor_spelling", lexicon="syria", min_count=1)
    # the six spellings the seeds use (read in test_terms), every one matched by the lexicon
    assert set(v["variant"]) >= {"Deir ez-Zor", "Deir Ezzor", "Deir ez-Zour", "Deir e-Zor", "Deir a-Zor", "Deir al-Zor"}
    assert v.loc[v["variant"].isin(["Deir ez-Zor", "Deir Ezzor"]), "in_lexicon"].all()


def test_bad_input(constructed):
    with pytest.raises(FramingError, match="the corpus is empty"):
        find_variants(constructed.iloc[:0], "Deir ez-Zor")
    with pytest.raises(FramingError, match="nothing in the corpus looks like 'Kandahar'"):
        find_variants(constructed, "Kandahar")
    with pytest.raises(FramingError, match="two characters or more"):
        find_variants(constructed, "D")
    with pytest.raises(FramingError, match="family= needs lexicon="):
        find_variants(constructed, family="deir_ezzor_spelling")
    with pytest.raises(FramingError, match="no family 'deir'"):
        find_variants(constructed, family="deir", lexicon="syria")


def test_cli_discover(constructed, tmp_path, capsys):
    src = tmp_path / "c.csv"
    constructed.to_csv(src, index=False)
    assert main(["discover", "variants", str(src), "Deir ez-Zor", "--min-count", "1", "-q"]) == 0
    out = capsys.readouterr().out
    assert "Dayr az-Zawr" in out
    table = tmp_path / "v.csv"
    assert main(["discover", "variants", str(src), "Deir ez-Zor", "--min-count", "1", "-o", str(table)]) == 0
    assert set(pd.read_csv(table)["variant"]) == {"Deir ez-Zor", "Deir Ezzor", "Dayr az-Zawr", "Deir al-Zour"}
    assert main(["discover", "variants", str(src), "X"]) == 1
    assert "two characters or more" in capsys.readouterr().err
    assert main(["discover", "variants", str(src)]) == 1
