"""A corpus of mixed languages (issue 24, item 5): each document's language given by a column
(``lang_col=``) or detected (``language="detect"``), each read by its own language's rules
— quotation marks, names in marks, cue table and speaker rules —, tables with a ``lang``
column and grouped ``by="lang"``. Running a mixed corpus is running each language alone."""

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing
from framing.cli import main
from framing.errors import CorpusError, FramingError, FramingWarning
from framing.lexicon import parse_lexicon

MULTI = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "multilingual"

TEXTS = {
    "en": "“The siege is broken,” state news agency SANA said. The regime said the army advanced into the town. "
          "Khoula, a resident, told AFP that ISIS fighters had fled.",
    "fr": "« Le régime a perdu la bataille », a déclaré le ministre. L'armée syrienne a bombardé la ville, selon "
          "l'OSDH. Daech a revendiqué l'attentat.",
    "de": "»Die Belagerung ist gebrochen«, sagte der Minister. Das syrische Regime hat die Stadt bombardiert, teilte "
          "die Beobachtungsstelle mit.",
    "ar": "قال المتحدث باسم الجيش: «النظام خسر المعركة في حلب أمس». وأضاف أن «داعش» يتراجع في المنطقة.",
    # Italian: framing has no folder for it (read by English's rules, as a corpus given no language)
    "it": "Il governo siriano ha affermato lunedì che le sue forze hanno ripreso la città dai ribelli, dopo una "
          "settimana di combattimenti nelle strade del centro. Secondo l'Osservatorio, che ha sede a Londra, il regime "
          "ha perso molti soldati durante la battaglia e la popolazione civile è fuggita verso il confine con la "
          "Turchia, dove i campi sono pieni.",
}
LEX = parse_lexicon("""
name: mixed_test
families:
  state:
    labels:
      regime: [regime, régime, النظام]
  group:
    labels:
      IS: [ISIS, Daech, داعش]
""")


def _frame(keys=tuple(TEXTS)) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"{k}{i}" for i, k in enumerate(keys)], "outlet": [f"outlet {k}" for k in keys],
                         "lang": list(keys), "text": [TEXTS[k] for k in keys]})


def _quiet(func, *args, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FramingWarning)
        return func(*args, **kw)


def test_a_column_gives_each_documents_language_and_a_language_without_a_folder_is_warned_about_once():
    df = _frame()
    df["lang"] = ["EN", "fr-CH", "de_DE", "ar", "it"]  # as columns write them
    with warnings.catch_warnings(record=True) as met:
        warnings.simplefilter("always")
        c = framing.load_corpus(df, lang_col="lang")
        atts = framing.find_attributions(c)
    assert c.mixed and c.language == "en"
    assert c.documents["lang"].tolist() == ["en", "fr", "de", "ar", "it"]
    assert c.read_in() == ["en", "fr", "de", "ar", "en"]
    # one warning: the load's, naming the language and its documents (the Italian text, read by
    # English's attribution rules, is not warned about a second time)
    framing_warnings = [str(w.message) for w in met if issubclass(w.category, FramingWarning)]
    assert len(framing_warnings) == 1
    assert "documents in languages framing has no folder for: it 1" in framing_warnings[0]
    assert "read by English's rules (language='en')" in framing_warnings[0]
    assert atts[atts["lang"] == "it"].empty


def test_detected_languages_are_the_columns():
    c = framing.load_corpus(_frame().drop(columns="lang"), language="detect", warn=False)
    assert c.documents["lang"].tolist() == ["en", "fr", "de", "ar", "it"]
    assert "in en 1, fr 1, de 1, ar 1, it 1" in repr(c)
    # an empty cell of the column is detected with language="detect", else read in language=
    df = _frame()
    df.loc[1, "lang"] = ""
    assert framing.load_corpus(df, lang_col="lang", language="detect", warn=False).documents["lang"].iat[1] == "fr"
    c = framing.load_corpus(df, lang_col="lang", language="de", warn=False)
    assert c.documents["lang"].iat[1] == "" and c.read_in()[1] == "de" and c.read_in()[4] == "de"
    assert "1 document with no language (an empty 'lang' cell)" in c.problems["problem"].iat[0]


def test_each_document_is_read_by_its_own_languages_quotation_marks():
    m = framing.find_mentions(_frame(), lexicon=LEX, lang_col="lang", warn=False)
    assert list(m.columns[:3]) == ["doc_id", "outlet", "lang"]
    got = m[["lang", "surface", "voice"]].values.tolist()
    assert got == [["en", "regime", "narrator"], ["en", "ISIS", "narrator"],
                   ["fr", "régime", "quoted"], ["fr", "Daech", "narrator"],
                   # German »…«: the Regime after the quotation is the narrator's
                   ["de", "Regime", "narrator"],
                   # Arabic: «داعش» is a name in marks (the narrator's), the spokesman's words quoted
                   ["ar", "النظام", "quoted"], ["ar", "داعش", "narrator"],
                   ["it", "regime", "narrator"]]
    # read as English, «داعش» is a quotation; German »…«, quotes nothing (» only closes, and a «
    # before a comma never opens: tests/test_quotes_noise.py), so the Regime after it is narrator
    english = framing.find_mentions(_frame().drop(columns="lang"), lexicon=LEX, warn=False)
    assert english["voice"].tolist() == ["narrator", "narrator", "quoted", "narrator", "narrator", "quoted", "quoted",
                                         "narrator"]
    assert "lang" not in english.columns


def test_each_document_is_read_by_its_own_languages_attribution_rules():
    a = framing.find_attributions(_frame(), lang_col="lang", warn=False)
    assert list(a.columns[:3]) == ["doc_id", "outlet", "lang"]
    assert a[["lang", "speaker_canonical", "cue", "kind"]].values.tolist() == [
        ["en", "SANA", "said", "direct"], ["en", "regime", "said", "indirect"], ["en", "Khoula", "told", "indirect"],
        ["fr", "le ministre", "déclaré", "direct"], ["fr", "OSDH", "selon", "according_to"],
        ["de", "der Minister", "sagte", "direct"], ["de", "die Beobachtungsstelle", "teilte", "indirect"],
        ["ar", "المتحدث باسم الجيش", "قال", "direct"], ["ar", "المتحدث باسم الجيش", "أضاف", "indirect"]]
    # read as English, the French, German and Arabic documents have none
    english = _quiet(framing.find_attributions, _frame().drop(columns="lang"), warn=False)
    assert english["doc_id"].tolist() == ["en0", "en0", "en0"]


def test_tables_grouped_by_language():
    c = framing.load_corpus(_frame(), lang_col="lang", warn=False)
    s = framing.count_terms(c, lexicon=LEX, by="lang", min_count=1, min_docs=1)
    regime = s[s["label"] == "regime"].set_index("group")
    assert regime[["narrator_count", "quoted_count"]].to_dict("index") == {
        "ar": {"narrator_count": 0, "quoted_count": 1}, "de": {"narrator_count": 1, "quoted_count": 0},
        "en": {"narrator_count": 1, "quoted_count": 0}, "fr": {"narrator_count": 0, "quoted_count": 1},
        "it": {"narrator_count": 1, "quoted_count": 0}}
    p = framing.sourcing_profile(c, by="lang")
    n = p[p["value"] == "attributions"].set_index("group")["count"].to_dict()
    assert n == {"ar": 2, "de": 2, "en": 3, "fr": 2, "it": 0}
    top = framing.top_sources(c, by="lang")
    assert top[top["group"] == "de"]["speaker"].tolist() == ["der Minister", "die Beobachtungsstelle"]
    k = framing.kwic(c, "IS", lexicon=LEX)
    assert k[["lang", "voice", "match"]].values.tolist() == [["en", "narrator", "ISIS"], ["fr", "narrator", "Daech"],
                                                             ["ar", "narrator", "داعش"]]
    # by="lang" without a language per document: the error says how to have one
    with pytest.raises(CorpusError, match="language='detect' or lang_col="):
        framing.count_terms(_frame().drop(columns="lang"), lexicon=LEX, by="lang", warn=False)


def test_top_sources_of_a_language_read_by_the_clause_rules():
    # the pronouns left out of the sources are the clause rules' words (French had no English words.yaml keys)
    df = pd.DataFrame({"doc_id": ["f"], "outlet": ["B"], "text": [
        "« Le siège est brisé », a déclaré le ministre Ali Hamad. Il a ajouté que la ville était libre, selon l'OSDH."]})
    top = framing.top_sources(df, language="fr")
    assert top[["speaker", "attributions"]].values.tolist() == [["Ali Hamad", 2], ["OSDH", 1]]


def test_a_lexicon_in_one_language_counts_the_documents_in_others():
    fr = parse_lexicon("name: fr_test\nlanguage: fr\nfamilies:\n  f:\n    labels:\n      regime: [régime]\n")
    with pytest.warns(FramingWarning, match=r"written in French \(language: fr\); 4 of the corpus's 5 documents are in "
                                            r"other languages \(en 1, de 1, ar 1, it 1\)"):
        framing.count_terms(_frame(), lexicon=fr, lang_col="lang", min_count=1, warn=False)
    with warnings.catch_warnings():  # a mixed corpus all in the lexicon's language: nothing to say
        warnings.simplefilter("error", FramingWarning)
        m = framing.find_mentions(_frame(["fr", "fr"]), lexicon=fr, lang_col="lang", duplicates="keep", warn=False)
    assert m["lang"].tolist() == ["fr", "fr"]


def test_a_loaded_corpus_read_again():
    c = framing.load_corpus(_frame(), lang_col="lang", warn=False)
    one = framing.load_corpus(c, language="de")
    assert not one.mixed and one.read_in() == ["de"] * 5
    again = framing.load_corpus(one, language="detect", warn=False)
    assert again.mixed and again.documents["lang"].tolist() == ["en", "fr", "de", "ar", "it"]
    assert framing.load_corpus(c).mixed and c.subset(lang="fr").mixed
    assert framing.find_mentions(c.subset(lang=["de", "ar"]), lexicon=LEX)["voice"].tolist() == [
        "narrator", "quoted", "narrator"]
    with pytest.raises(CorpusError, match="no column 'language'"):
        framing.load_corpus(_frame(), lang_col="language")


def test_streamed_in_chunks_and_on_two_processes(tmp_path):
    path = tmp_path / "mixed.csv"
    _frame(list(TEXTS) * 2).to_csv(path, index=False)
    keep = dict(lexicon=LEX, lang_col="lang", duplicates="keep", warn=False)
    whole = framing.find_mentions(_frame(list(TEXTS) * 2), **keep)
    streamed = framing.find_mentions(path, chunksize=3, **keep)
    shared = framing.find_mentions(path, chunksize=3, jobs=2, **keep)
    assert len(whole) == 16 and streamed.equals(whole) and shared.equals(whole)
    a = _quiet(framing.find_attributions, path, language="detect", chunksize=4, jobs=2, duplicates="keep")
    assert a["lang"].value_counts().to_dict() == {"en": 6, "fr": 4, "de": 4, "ar": 4}


def _per_language(func, df: pd.DataFrame, **kw) -> pd.DataFrame:
    """``func`` on each language's documents alone (read in it, or in English for one framing
    has no folder for), the rows back in the order of ``df``."""
    parts = []
    for code in dict.fromkeys(df["lang"]):
        part = _quiet(func, df[df["lang"] == code].drop(columns="lang"), language=code if code != "it" else "en",
                      duplicates="keep", **kw)
        parts.append(part.assign(lang=code))
    out = pd.concat(parts, ignore_index=True)
    order = {d: i for i, d in enumerate(df["doc_id"])}
    return out.iloc[out["doc_id"].map(order).argsort(kind="stable")].reset_index(drop=True)


def _attributions(corpus, **kw) -> pd.DataFrame:
    # the rows before lone surnames are linked across the corpus (which may link across languages)
    return pd.concat(list(framing.iter_attributions(corpus, **kw)), ignore_index=True)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(sorted(TEXTS)), min_size=1, max_size=7))
def test_a_mixed_corpus_is_each_language_run_alone(keys):
    df = _frame(keys)
    for func, kw in ((framing.find_mentions, dict(lexicon=LEX)), (_attributions, {})):
        mixed = _quiet(func, df, lang_col="lang", duplicates="keep", **kw)
        alone = _per_language(func, df, **kw)
        mixed = mixed[[c for c in mixed.columns if c != "lang"] + ["lang"]]
        assert mixed.astype(str).equals(alone[mixed.columns].astype(str))


def test_cli(tmp_path, capsys):
    path = tmp_path / "mixed.csv"
    _frame().to_csv(path, index=False)
    lex = tmp_path / "lex.yaml"
    lex.write_text("name: mixed_test\nfamilies:\n  state:\n    labels:\n      regime: [regime, régime, النظام]\n",
                   encoding="utf-8")
    out = tmp_path / "terms.csv"
    assert main(["terms", str(path), "--lexicon", str(lex), "--lang-col", "lang", "--by", "lang", "--min-count", "1",
                 "-o", str(out), "-q"]) == 0
    t = pd.read_csv(out)
    assert t.set_index("group")["quoted_count"].to_dict() == {"ar": 1, "de": 0, "en": 0, "fr": 1, "it": 0}
    out = tmp_path / "sources.csv"
    assert main(["sources", str(path), "--language", "detect", "-o", str(out), "-q"]) == 0
    assert pd.read_csv(out)["lang"].value_counts().to_dict() == {"en": 3, "fr": 2, "de": 2, "ar": 2}
    assert "documents in languages framing has no folder for: it 1" in capsys.readouterr().err
    assert main(["languages", str(path), "-o", str(tmp_path / "l.csv")]) == 0
    assert "pass --language detect (or --lang-col COLUMN)" in capsys.readouterr().err


def test_dask_says_it_reads_one_language():
    pytest.importorskip("dask.dataframe")
    import dask.dataframe as dd

    import framing.dask

    with pytest.raises(FramingError, match="one language"):
        framing.dask.find_attributions(dd.from_pandas(_frame(), npartitions=1), language="detect")


@pytest.mark.slow
@pytest.mark.skipif(not MULTI.is_dir(), reason="../shared/corpora/multilingual not found")
def test_the_shared_multilingual_corpus_mixed_is_each_language_alone():
    frames = [pd.DataFrame([json.loads(x) for x in (MULTI / f"{code}.jsonl").open(encoding="utf-8") if x.strip()]).head(8)
              for code in ("fr", "de", "es", "ru", "ar")]
    df = pd.concat(frames, ignore_index=True)[["doc_id", "outlet", "lang", "title", "text"]]
    df = df.sample(frac=1, random_state=3).reset_index(drop=True)  # the languages interleaved
    c = framing.load_corpus(df.drop(columns="lang"), language="detect", duplicates="keep", warn=False)
    assert c.documents["lang"].tolist() == df["lang"].tolist()
    for func, kw in ((framing.find_mentions, dict(lexicon="syria_de")), (_attributions, {})):
        mixed = _quiet(func, c, **kw)
        alone = _per_language(func, df, **kw)
        mixed = mixed[[x for x in mixed.columns if x != "lang"] + ["lang"]]
        assert len(mixed) and mixed.astype(str).equals(alone[mixed.columns].astype(str))
