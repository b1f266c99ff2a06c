"""Spelling variants: keys worked by hand, a constructed text, the seeds, bad input, the CLI."""

import pandas as pd
import pytest

import framing
from framing.cli import main
from framing.discover import find_variants, name_key, name_similarity, words
from framing.errors import FramingError

from .conftest import SEEDS


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


def test_a_name_after_a_hyphen_that_joins_two_names(seeds):
    # "the Raqqa-Deir ez-Zor highway": two names joined, each a spelling of its own (counted by
    # hand: 13 "Deir ez-Zor" in the seeds); a double-barrelled surname stays one name
    v = find_variants(seeds, "Deir ez-Zor", min_count=1)
    assert dict(zip(v["variant"], v["count"]))["Deir ez-Zor"] == 13
    alone = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
                          "text": ["On the Raqqa-Deir ez-Zor highway. Raqqa fell.",
                                   "Daveed Gartenstein-Ross said so. Ross disagreed, and Mr Ross left."]})
    assert find_variants(alone.iloc[:1], "Deir ez-Zor", min_count=1)["variant"].tolist() == ["Deir ez-Zor"]
    assert dict(zip(*find_variants(alone, "Ross", min_count=1)[["variant", "count"]].T.values)) == {"Ross": 2}
    assert find_variants(alone, "Raqqa", min_count=1)["count"].tolist() == [2]


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
    # neither a name nor a family: it said "give a NAME, or --family with --lexicon, but not both" after reading
    # the whole corpus
    assert main(["discover", "variants", str(tmp_path / "not-read-yet.csv")]) == 1
    assert capsys.readouterr().err == ("error: give a NAME (the name as you write it, e.g. 'Deir ez-Zor') or --family "
                                       "(a family of --lexicon).\n")
    assert main(["discover", "variants", str(src), "Assad", "--family", "syrian_state"]) == 1
    assert capsys.readouterr().err.endswith(", not both.\n")


@pytest.fixture(scope="module")
def immigration():
    """Three names for the same people in the same contexts, and unrelated phrases elsewhere
    (the documents of an outlet are near-duplicates of each other: scores that should count
    them all say duplicates="keep")."""
    same = ["The border agents detained {} near the fence and deported them.",
            "Congress debated amnesty for {} living in the country without papers.",
            "Sheriffs said {} crossed the border at night to find work."]
    other = ["The senator praised tax cuts for small businesses and farmers.",
             "Voters cheered the new stadium downtown on a sunny afternoon."]
    texts = []
    for i, name in enumerate(["illegal immigrants", "undocumented immigrants", "illegal aliens"] * 3):
        texts.append(" ".join(s.format(name) for s in same) + " " + other[i % 2])
    outlets = ["Right"] * 3 + ["Left"] * 3 + ["Center"] * 3
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "outlet": outlets, "text": texts})


def test_neighbours_share_contexts(immigration):
    from framing.discover import neighbours

    n = neighbours(immigration, "illegal immigrants", min_count=2, top=5, duplicates="keep")
    assert set(n["term"].head(2)) == {"undocumented immigrants", "illegal aliens"}
    assert "tax cuts" not in set(n["term"].head(5))
    assert "border" in n["shared"].iloc[0]
    with pytest.raises(FramingError, match="does not occur"):
        neighbours(immigration, "asylum seekers", min_count=2)
    with pytest.raises(FramingError, match="two characters or more"):
        neighbours(immigration, "x")


def test_collocation_score_worked_by_hand():
    import math

    from framing.discover import collocations

    texts = ["border wall border wall", "border wall again", "tall wall", "border agents"]
    df = pd.DataFrame({"doc_id": list("abcd"), "outlet": "X", "text": texts})
    c = collocations(df, min_count=2, top=5).set_index("term")
    # NLTK's table: the pair 3 times, each word 4 times, N = 11 words
    n11, n1x, nx1, n = 3, 4, 4, 11
    cells = [(n11, n1x * nx1 / n), (n1x - n11, n1x * (n - nx1) / n), (nx1 - n11, (n - n1x) * nx1 / n),
             (n - n1x - nx1 + n11, (n - n1x) * (n - nx1) / n)]
    g2 = 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)  # 2 × (2.1717 − 0.9343 − 0.9343 + 1.7868) = 4.18
    assert c.loc["border wall", "score"] == pytest.approx(round(g2, 2))
    assert c.loc["border wall", "count"] == 3


def test_suggest_terms_and_collocates(immigration, tmp_path):
    import matplotlib

    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from framing import plots
    from framing.discover import collocates, suggest_terms

    s = suggest_terms(immigration, seed="illegal immigrants", min_count=2, by="outlet", per_group=3)
    assert set(s["kind"]) == {"neighbour", "collocation", "distinctive"}
    assert set(s.loc[s.kind == "distinctive", "group"]) == {"Center", "Left", "Right"}
    lex = tmp_path / "names.yaml"
    lex.write_text("name: names\nfamilies:\n  people:\n    labels:\n      illegal immigrants:\n"
                   "        patterns: [illegal immigrants]\n", encoding="utf-8")
    col = collocates(immigration, "illegal immigrants", lexicon=str(lex), by="outlet", min_count=1, top=100)
    right = col[col.group == "Right"].set_index("word")
    # one article of each outlet says "illegal immigrants", three times: "border" is in the
    # windows twice ("The border agents detained …", "… crossed the border"), "country" twice
    # (after the second mention, and before the third across the full stop)
    assert right["mentions"].iloc[0] == 3
    assert right.loc["border", "count"] == 2 and right.loc["country", "count"] == 2 and right.loc["fence", "count"] == 1
    # "border" is also around the other names in Right's other articles; "country" too, but
    # "country" less often elsewhere relative to its uses here: it ranks first
    assert col[col.group == "Right"]["word"].iloc[0] == "country"
    assert set(col.group) == {"Right", "Left", "Center"}
    fig, ax = plt.subplots()
    plots.plot_collocates(col, top=3, ax=ax)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Center", "Left", "Right"]
    with pytest.raises(FramingError, match="no mention of label 'aliens'"):
        collocates(immigration, "aliens", lexicon=str(lex))


def test_cli_discover_terms_and_collocates(immigration, tmp_path, capsys):
    src = tmp_path / "i.csv"
    immigration.to_csv(src, index=False)
    assert main(["discover", "terms", str(src), "--seed", "illegal immigrants", "--min-count", "2", "-q",
                 "--duplicates", "keep"]) == 0
    assert "undocumented immigrants" in capsys.readouterr().out
    lex = tmp_path / "names.yaml"
    lex.write_text("name: names\nfamilies:\n  people:\n    labels:\n      illegal aliens:\n"
                   "        patterns: [illegal aliens]\n", encoding="utf-8")
    assert main(["discover", "collocates", str(src), "illegal aliens", "--lexicon", str(lex), "--min-count", "1",
                 "--top", "100", "--duplicates", "keep"]) == 0
    assert "border" in capsys.readouterr().out


def test_draft_lexicon_loads_and_says_where(constructed, tmp_path):
    from framing.discover import draft_lexicon

    v = find_variants(constructed, "Deir ez-Zor", min_count=1)
    path = tmp_path / "draft.yaml"
    text = draft_lexicon({"Deir ez-Zor": v, "doors": ["door", "doors"]}, name="mine", corpus=constructed, path=path)
    assert path.read_text(encoding="utf-8") == text
    lex = framing.load_lexicon(path)
    assert set(lex.families) == {"deir_ez_zor", "doors"}
    assert set(lex.families["deir_ez_zor"].labels) == {"Deir ez-Zor", "Deir Ezzor", "Dayr az-Zawr", "Deir al-Zour"}
    assert "# 2 times in 1 article; e.g. a: …Shelling hit [Deir Ezzor]" in text
    assert "# not found in the corpus" in text  # "doors"
    counts = framing.count_terms(constructed, lexicon=lex, min_count=0, min_docs=0)
    assert counts.loc[counts.label == "Deir Ezzor", "count"].sum() == 2
    with pytest.raises(FramingError, match="name must be"):
        draft_lexicon({"x": ["y"]}, name="my lexicon")
    with pytest.raises(FramingError, match="a 'variant' or 'term' column"):
        draft_lexicon({"x": constructed}, name="d")
    with pytest.raises(FramingError, match="does not exist"):
        draft_lexicon({"x": ["y"]}, name="d", path=tmp_path / "no" / "d.yaml")


def test_a_name_with_no_spelling_in_the_corpus_is_left_out_of_the_draft(constructed):
    # notebook 00 on a corpus of another subject: "Deir ez-Zor: 0 candidate spellings", then the draft
    # stopped with "family 'Deir ez-Zor': give its labels as {label: [patterns]} or a list of terms."
    from framing.discover import draft_lexicon

    nothing = find_variants(constructed, "Deir ez-Zor", min_count=5)
    assert nothing.empty
    with pytest.warns(framing.FramingWarning, match=r"'Deir ez-Zor': no term \(nothing found in the corpus\), left out"):
        text = draft_lexicon({"Deir ez-Zor": nothing, "doors": ["door"]}, name="d")
    assert set(framing.lexicon.parse_lexicon(text).families) == {"doors"}
    with pytest.raises(FramingError, match=r"no family has a term \('Deir ez-Zor', 'x'\)"):
        draft_lexicon({"Deir ez-Zor": nothing, "x": []}, name="d")


def test_draft_lexicon_never_over_an_input_nor_into_a_corpus(tmp_path):
    """issue 26: the draft went over the corpus given, into its folder (read next time as a
    document) and over an existing lexicon."""
    import shutil

    from framing.discover import draft_lexicon

    table = tmp_path / "corpus.csv"
    pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["The regime fell."]}).to_csv(table, index=False)
    before = table.read_bytes()
    with pytest.raises(FramingError, match="refusing to write over or into the input"):
        draft_lexicon({"s": ["regime"]}, name="d", corpus=str(table), path=table, overwrite=True)
    assert table.read_bytes() == before
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    for corpus in (folder, framing.load_corpus(folder)):
        with pytest.raises(FramingError, match="refusing to write over or into the input"):
            draft_lexicon({"s": ["regime"]}, name="d", corpus=corpus, path=folder / "draft.yaml", overwrite=True)
    assert not (folder / "draft.yaml").exists()
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text("my own lexicon, edited by hand\n")
    with pytest.raises(FramingError, match="exists; refusing to write over it"):
        draft_lexicon({"s": ["regime"]}, name="d", path=lexicon)
    assert lexicon.read_text() == "my own lexicon, edited by hand\n"
    draft_lexicon({"s": ["regime"]}, name="d", path=lexicon, overwrite=True)
    assert "regime" in framing.load_lexicon(lexicon).families["s"].labels


@pytest.mark.parametrize("brk", ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\v", "\f", "\x1c", "\x1e"])
def test_draft_comments_cannot_inject_lexicon_entries(brk):
    """A doc_id with any line break Unicode knows stays inside its comment."""
    from framing.discover import draft_lexicon

    doc_id = f"d{brk}      injected:{brk}        patterns: [zzz]{brk}"
    corpus = pd.DataFrame({"doc_id": [doc_id], "outlet": ["X"], "text": ["The regime fell, the Assad\r\nregime said."]})
    text = draft_lexicon({"s": {"regime": ["regime"], "assad": ["Assad regime"]}}, name="d", corpus=corpus)
    lex = framing.lexicon.parse_lexicon(text)
    assert set(lex.families["s"].labels) == {"regime", "assad"}
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    assert sum("injected" in c for c in comments) == 2 and all(c.startswith(("#", "      #")) for c in comments)
    assert "[Assad\\r\\nregime]" in text  # a two-word match across a CRLF: escaped, the draft loads


def test_discover_terms_by_group_counts_the_words_of_the_corpus_once(tmp_path, capsys, monkeypatch):
    # issue 26: `discover terms --by outlet` counted the corpus's words once per group
    # (abp_syria, 129 outlets: 9 minutes and 1.3 GB); now once, summed by group
    from sklearn.feature_extraction.text import CountVectorizer

    texts = ["The regime shelled the town of Daraa again today.", "Rebels held the town; the army withdrew.",
             "The government said terrorists attacked the army.", "Officials said the regime denied it.",
             "Activists said the rebels held the bridge.", "The army said terrorists fled the town."]
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(12)], "outlet": [f"O{i % 4}" for i in range(12)],
                       "text": texts * 2})
    src = tmp_path / "c.csv"
    df.to_csv(src, index=False)
    fits = []
    real = CountVectorizer.fit_transform
    monkeypatch.setattr(CountVectorizer, "fit_transform", lambda self, *a, **k: fits.append(1) or real(self, *a, **k))
    assert main(["discover", "terms", str(src), "--by", "outlet", "--min-count", "1", "-q"]) == 0
    assert len(fits) == 1
    out = capsys.readouterr().out
    assert all(f"O{i}" in out for i in range(4))
    # the same tables as one distinctive_words per group
    from framing.compare import distinctive_words_by_group

    corpus = framing.load_corpus(src, warn=False)
    every = distinctive_words_by_group(corpus, by="outlet", min_count=1)
    assert list(every) == ["O0", "O1", "O2", "O3"]
    for g, table in every.items():
        one = framing.distinctive_words(corpus, group=g, by="outlet", min_count=1)
        pd.testing.assert_frame_equal(table, one)
        assert table.attrs == one.attrs
    with pytest.raises(FramingError, match="no group 'O9'"):
        distinctive_words_by_group(corpus, groups=["O9"])


@pytest.mark.parametrize("language, texts, function_words", [
    ("de", ["Die Regierung und der Minister sagen, dass die Reform kommt.",
            "Der Streik und die Gewerkschaft: die Bahn steht still, und die Pendler warten."],
     {"die", "der", "und", "dass"}),
    ("fr", ["Le gouvernement et le ministre disent que la réforme arrive.",
            "La grève et le syndicat : le train est à l'arrêt, et les usagers attendent."],
     {"le", "la", "et", "que", "les"}),
    ("es", ["El gobierno y el ministro dicen que la reforma llega.",
            "La huelga y el sindicato: el tren está parado, y los viajeros esperan."],
     {"el", "la", "y", "que", "los"}),
])
def test_distinctive_words_leave_out_the_languages_function_words(language, texts, function_words):
    # notebook 04 on the German multilingual corpus listed "einen", "der", "des", "in", "aus",
    # "dass" among the words that set an outlet apart: only English had a stop-word list
    df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["A", "B"], "text": texts})
    words = framing.distinctive_words(framing.load_corpus(df, language=language), group="A", min_count=1)
    assert len(words) and not set(words["word"]) & function_words
