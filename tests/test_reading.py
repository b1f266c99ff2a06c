"""Reading the text right: headlines in a title column, mojibake, a copyright sign inside a word."""

import warnings

import pandas as pd
import pytest

import framing
from framing.cli import main
from framing.text import find_boilerplate


def frame(**cols):
    return pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], **cols})


def test_a_title_column_is_scored_as_the_title_with_offsets_into_it():
    df = frame(title=["The regime falls", "“Daesh” is beaten"], text=["The government and the regime.", "Nothing here."])
    m = framing.find_mentions(df, warn=False)
    titles = m[m["field"] == "title"]
    assert titles[["doc_id", "label", "start", "end", "part", "voice"]].values.tolist() == [
        ["a", "regime", 4, 10, "title", "narrator"], ["b", "Daesh", 1, 6, "title", "quoted"]]
    for r in m.itertuples():
        source = df.set_index("doc_id").loc[r.doc_id, r.field]
        assert source[r.start:r.end] == r.surface
    # counts and tokens include the headline: 3 + 3 tokens of headlines, 5 + 2 of texts
    s = framing.count_terms(df, by="outlet", warn=False)
    a = s[(s.group == "X") & (s.label == "regime")].iloc[0]
    assert (a["count"], a["tokens"]) == (2, 3 + 5)
    k = framing.kwic(df, "daesh", warn=False)
    assert k[["field", "left", "match", "right"]].values.tolist() == [["title", "“", "Daesh", "” is beaten"]]


def test_a_headline_the_text_already_starts_with_is_counted_once():
    df = frame(title=["The regime falls", "x"], text=["The regime falls\n\nThe regime is gone.", "y"])
    m = framing.find_mentions(df, warn=False)
    assert m[["field", "part", "start"]].values.tolist() == [["text", "title", 4], ["text", "body", 22]]


def test_title_col_names_another_column_and_the_cli_takes_it(tmp_path, capsys):
    df = frame(headline=["The regime falls", "Quiet day"], text=["Nothing.", "Nothing."])
    path = tmp_path / "c.csv"
    df.to_csv(path, index=False)
    out = tmp_path / "m.csv"
    assert main(["mentions", str(path), "--title-col", "headline", "-o", str(out)]) == 0
    m = pd.read_csv(out)
    assert m[["doc_id", "label", "field"]].values.tolist() == [["a", "regime", "title"]]
    assert framing.find_mentions(path, warn=False).empty  # without it, no headline is read


def test_mojibake_is_reported_per_document_and_repaired_on_request():
    df = frame(text=["AndrÃ©s López said the regimeâ€™s army left.", "Andrés said so. © 2017 The Paper"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c = framing.load_corpus(df)
    assert len(caught) == 1 and "mojibake" in str(caught[0].message)
    assert c.problems[["doc_id", "problem"]].values.tolist() == [
        ["a", "mojibake (UTF-8 read as another encoding, e.g. 'AndrÃ©s')"]]
    assert c.documents.text[0] == df.text[0]  # kept as it is
    fixed = framing.load_corpus(df, fix_mojibake=True, warn=False)
    assert fixed.documents.text.tolist() == ["Andrés López said the regime’s army left.", df.text[1]]
    assert fixed.problems.action.tolist() == ["repaired with ftfy (fix_mojibake)"]


@pytest.mark.parametrize("clean", ["Andrés said “it is over”. © Reuters", "Ça va. Naïve café, São Paulo, Zürich."])
def test_clean_accented_text_is_not_called_mojibake(clean):
    c = framing.load_corpus(pd.DataFrame({"text": [clean]}), warn=False)
    assert c.problems.empty


def test_no_boilerplate_rule_fires_inside_a_word():
    body = "word " * 300
    text = body + "AndrÃ©s Manuel said the regime fell. " + "more " * 600
    assert find_boilerplate(text) == ()  # the "©" of "Ã©" is not a copyright line
    # nor when the tilde is a combining mark ("rA\u0303©sumA\u0303©: a self-made billionaire")
    assert find_boilerplate(body + "an impressive rA\u0303\u00a9sumA\u0303\u00a9: a billionaire. " + "more " * 600) == ()
    m = framing.find_mentions(pd.DataFrame({"text": [text]}), warn=False)
    assert m.label.tolist() == ["regime"]
    trailer = text + " © 2017 The Paper, all rights reserved"
    (s, e), = find_boilerplate(trailer)
    assert trailer[s:].startswith("© 2017")


def test_kwic_of_any_pattern_and_of_a_label_in_any_case(tmp_path, capsys):
    df = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
                       "text": ["Illegal aliens, an illegal alien and illegal immigration; the Regime."]})
    k = framing.kwic(df, pattern="illegal alien*", width=5, warn=False)
    assert k[["family", "label", "match"]].values.tolist() == [["pattern", "pattern", "Illegal aliens"],
                                                               ["pattern", "pattern", "illegal alien"]]
    assert framing.kwic(df, "REGIME", warn=False)["match"].tolist() == ["Regime"]
    with pytest.raises(framing.FramingError, match="has no letter or digit"):
        framing.kwic(df, pattern="*", warn=False)
    with pytest.raises(framing.FramingError, match="not both"):
        framing.kwic(df, "regime", pattern="regime", warn=False)
    with pytest.raises(framing.FramingError, match="Did you mean 'regime'"):
        framing.kwic(df, "regine", warn=False)
    path = tmp_path / "c.csv"
    df.to_csv(path, index=False)
    assert main(["kwic", str(path), "--pattern", "illegal alien*", "-q"]) == 0
    out, err = capsys.readouterr()
    assert out.count("[") == 2 and "2 lines for 'illegal alien*'" in err
    assert main(["kwic", str(path), "-q"]) == 1
    assert "give a LABEL" in capsys.readouterr().err


def _docs(texts):
    # copies of one text: count_terms(..., duplicates="keep") counts each copy (the default counts one per outlet)
    return pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "outlet": "X", "text": texts})


def test_the_syria_lexicon_warns_on_a_corpus_it_does_not_fit():
    off = _docs(["The government said the army would guard the border against illegal immigrants. " * 3] * 25)
    with pytest.warns(framing.FramingWarning, match=r"lexicon 'syria' may not fit this corpus: of 25 of its documents looked at, 0 \(0%\)"):
        s = framing.count_terms(off, warn=False, duplicates="keep")
    assert s.attrs["fit"] == {"documents": 25, "about_docs": 0, "mentions": 150, "tokens": 25 * 3 * 12}
    on = _docs(["The Syrian government and the regime in Damascus. " * 3] * 25)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        framing.count_terms(on, warn=False, duplicates="keep")  # no warning


def test_a_corpus_scored_several_times_is_told_once_that_the_lexicon_does_not_fit():
    # notebook 02 counts one corpus four times (narrator, over time, all voices, by voice): one warning
    corpus = framing.load_corpus(_docs(["The government said the army would guard the border. " * 3] * 25),
                               duplicates="keep")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        framing.count_terms(corpus, voice="narrator")
        framing.count_terms(corpus, voice="all")
        framing.count_terms_by_voice(corpus)
        framing.count_terms(corpus, lexicon="syria_fr")  # another lexicon: told too
    said = [str(w.message) for w in caught if "may not fit" in str(w.message)]
    assert [m.split(" may not fit")[0] for m in said] == ["lexicon 'syria'", "lexicon 'syria_fr'"]
    with pytest.warns(framing.FramingWarning, match="lexicon 'syria' may not fit"):  # a new corpus: told again
        framing.count_terms(_docs(["The government said the army would guard the border. " * 3] * 25),
                            duplicates="keep")


def test_a_lexicon_of_your_own_can_say_what_it_fits(tmp_path):
    path = tmp_path / "guns.yaml"
    path.write_text("name: guns\nfit:\n  about: [gun*, firearm*]\n  rate: 5\nfamilies:\n  f:\n    labels:\n"
                    "      rights: [gun rights]\n      safety: [gun safety]\n")
    lex = framing.load_lexicon(path)
    assert lex.rate == 5.0 and lex.about is not None
    rare = _docs(["gun rights " + "word " * 2000] * 25)  # 1 mention in 2,002 tokens: 0.5 per 1,000
    with pytest.warns(framing.FramingWarning, match="0.5 mentions per 1,000 tokens, against 5 on the corpora"):
        framing.count_terms(rare, lexicon=path, warn=False, duplicates="keep")
    path.write_text("name: guns\nfit:\n  rate: none\nfamilies:\n  f:\n    labels:\n      a: [b]\n")
    with pytest.raises(framing.LexiconError, match="line 3: fit: rate must be a positive number"):
        framing.load_lexicon(path)


def test_a_comparison_says_when_the_lexicon_does_not_fit():
    # framing compare on a corpus about guns compared "government" shares with no word of the fit
    off = pd.DataFrame({"doc_id": [str(i) for i in range(30)], "outlet": ["X", "Y"] * 15,
                        "text": [f"The government said the gun law {i} would pass, the army said." for i in range(30)]})
    with pytest.warns(framing.FramingWarning, match=r"lexicon 'syria' may not fit this corpus: of 30 of its documents "
                                                    r"looked at, 0 \(0%\)"):
        framing.compare_groups(off, family="syrian_state", resamples=99, duplicates="keep")
    corpus = framing.load_corpus(off, duplicates="keep")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        framing.count_terms(corpus)
        framing.compare_groups(corpus, family="syrian_state", resamples=99)
    assert sum("may not fit" in str(w.message) for w in caught) == 1  # once per corpus and lexicon


def test_the_mention_table_says_when_the_lexicon_does_not_fit():
    # framing mentions on a corpus about guns listed the syria lexicon's "government" rows with no word
    off = _docs(["The government said the army would guard the border. " * 3] * 25)
    with pytest.warns(framing.FramingWarning, match=r"lexicon 'syria' may not fit this corpus: of 25 of its documents"):
        m = framing.find_mentions(off, duplicates="keep")
    assert len(m) == 25 * 3 * 2
