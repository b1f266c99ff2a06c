"""The bundled gazetteers, lexicons that extend others, and the keys that describe a lexicon."""

import pandas as pd
import pytest

import framing
import framing.dask
from framing import LexiconError, load_lexicon
from framing.lexicon import parse_lexicon, readable
from framing.sources.profile import article_sourcing

from .conftest import CORPORA, SEEDS

CONTESTED = CORPORA / "abp_contested" / "abp_contested.jsonl.gz"


def categories(text, gazetteer="news"):
    df = pd.DataFrame({"doc_id": ["t"], "outlet": ["o"], "text": [text]})
    a = framing.find_attributions(df, gazetteer=gazetteer, warn=False)
    return list(zip(a.speaker_canonical, a.speaker_category))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("“We will fix it,” said Sen. Marco Rubio.", ("Marco Rubio", "politician")),
        ("The wall works, Homeland Security Secretary Kirstjen Nielsen said.", ("Kirstjen Nielsen", "government")),  # the title stripped
        ("Police Chief Ann Lee said the gunman acted alone.", ("Ann Lee", "police")),
        ("“It is unconstitutional,” said Lee Gelernt, a lawyer with the ACLU.", ("Lee Gelernt", "advocacy")),
        ("A judge ruled that the policy was unlawful, the court said.", ("court", "court")),
        ("Mark Krikorian, executive director of the Center for Immigration Studies, said the data were wrong.",
         ("Mark Krikorian", "think_tank")),
        ("According to a Gallup poll, 60 percent support the law.", ("Gallup", "poll")),
        ("“We were terrified,” said Maria Lopez, a resident.", ("Maria Lopez", "public")),
        # the head of the phrase decides: a strategist, whatever party (docs/evaluation.md, "Speaker categories")
        ("The measure will pass, a Republican strategist said.", ("Republican strategist", "campaign")),
        ("The measure will pass, a Texas Republican said.", ("Texas Republican", "politician")),
        ("“Nobody told us,” said a source familiar with the talks.", ("source familiar with the talks", "unnamed")),
        ("The company’s chief executive said sales fell.", ("company’s chief executive", "company")),
        ("“We pray for them,” said the Rev. John Smith, pastor of the church.", ("John Smith", "religious")),
    ],
)
def test_news_gazetteer_categories(text, expected):
    assert categories(text)[0] == expected


def test_a_surname_takes_the_title_the_article_first_gave():
    text = "Reid spoke first. Florida Sen. Harry Reid was there.\n\nReid said the bill would pass."
    assert categories(text) == [("Harry Reid", "politician")]
    # no title anywhere: the gazetteer cannot tell, and says so
    assert categories("Jane Doe was there.\n\nDoe said the bill would pass.") == [("Jane Doe", "unclassified")]


def test_a_party_tag_after_the_first_mention_says_politician():
    text = "John Doe (R-Texas) visited the border.\n\nJohn Doe said the wall was needed."
    assert categories(text) == [("John Doe", "politician")]


def test_syria_sources_extends_news_and_tries_its_own_tiers_first():
    syria = load_lexicon("syria_sources")
    news = load_lexicon("news")
    assert syria.extends == ("news",)
    assert list(syria.families)[:3] == ["names", "roles", "words"]
    assert list(syria.families)[3:] == [f"news/{f}" for f in news.families]
    # "police" is a Syrian-state role in the Syria study, police in news
    assert categories("The police said the road was open.", "syria_sources") == [("police", "syrian_state")]
    assert categories("The police said the road was open.") == [("police", "police")]
    # what syria_sources does not know, news classifies
    assert categories("“It is wrong,” said Sen. Jane Doe.", "syria_sources")[0][1] == "politician"


def test_extends_a_file_relative_to_the_lexicon(tmp_path):
    (tmp_path / "base.yaml").write_text("name: base\ntitle: Base\ngazetteer: news\nfamilies:\n"
                                        "  f:\n    labels:\n      a: [alpha]\n  g:\n    labels:\n      b: [beta]\n")
    (tmp_path / "child.yaml").write_text("name: child\nextends: base.yaml\nfamilies:\n  f:\n    title: Mine\n"
                                         "    labels:\n      c: [gamma]\n")
    lex = load_lexicon(tmp_path / "child.yaml")
    assert list(lex.families) == ["f", "base/f", "g"]
    assert lex.gazetteer == "news"  # inherited
    assert [m[:2] for m in lex.finditer("gamma alpha beta")] == [("f", "c"), ("base/f", "a"), ("g", "b")]
    assert lex.family_title("f") == "Mine" and lex.family_title("g") == "G"


@pytest.mark.parametrize(
    "extends,message",
    [
        ("nowhere.yaml", "no such lexicon file"),
        ("not_a_lexicon", "unknown lexicon 'not_a_lexicon'"),
        ("self.yaml", "more than 8 lexicons deep"),
    ],
)
def test_extends_errors_name_the_file_and_line(tmp_path, extends, message):
    path = tmp_path / "self.yaml"
    path.write_text(f"name: self\nextends: {extends}\nfamilies:\n  f:\n    labels:\n      a: [alpha]\n")
    with pytest.raises(LexiconError, match=message) as err:
        load_lexicon(path)
    assert "line 2" in str(err.value)


def test_titles_descriptions_and_display_names():
    lex = parse_lexicon("name: us_terms\ntitle: Immigration terms\nfamilies:\n  undocumented_people:\n"
                        "    title: How immigrants without papers are named\n    labels:\n"
                        "      illegal: {display: illegal immigrants, patterns: [illegal immigrant*]}\n"
                        "      undocumented: [undocumented immigrant*]\n  other_thing:\n    labels:\n      x: [xyz]\n")
    d = lex.describe()
    assert d["lexicon_title"] == "Immigration terms"
    assert d["family_titles"] == {"undocumented_people": "How immigrants without papers are named",
                                  "other_thing": "Other thing"}
    assert d["label_names"] == {("undocumented_people", "illegal"): "illegal immigrants"}
    assert readable("deir_ezzor-spelling") == "Deir ezzor spelling"
    with pytest.raises(LexiconError, match="unknown key 'titel'"):
        parse_lexicon("families:\n  f:\n    titel: x\n    labels:\n      a: [b]\n")


def test_seeds_keep_their_categories_with_syria_sources():
    a = framing.find_attributions(SEEDS, gazetteer="syria_sources")
    assert "unclassified" not in set(a.speaker_category) or (a.speaker_category == "unclassified").sum() < 5


def test_a_gazetteer_for_one_subject_warns_once_on_a_corpus_of_another(recwarn):
    # syria_sources on news about guns: "the State Department said" is a foreign government there
    guns = pd.DataFrame({"doc_id": [str(i) for i in range(30)], "outlet": "X",
                         "text": [f"The State Department said the gun law {i} would pass. Rubio said it would not."
                                  for i in range(30)]})
    corpus = framing.load_corpus(guns, duplicates="keep")
    framing.find_attributions(corpus, gazetteer="syria_sources")
    framing.sourcing_profile(corpus, gazetteer="syria_sources")
    framing.top_sources(corpus, gazetteer="syria_sources", jobs=2)
    said = [str(w.message) for w in recwarn if "may not fit" in str(w.message)]
    assert len(said) == 1 and said[0].startswith(
        "gazetteer 'syria_sources' may not fit this corpus: of 30 of its documents looked at, 0 (0%) use any of the "
        "words it is about (Syria*, Damascus")
    assert "gazetteer='news' (--gazetteer news)" in said[0]
    recwarn.clear()
    framing.find_attributions(corpus)  # news: for news on any subject, no fit to check
    framing.find_attributions(SEEDS, gazetteer="syria_sources")  # the corpus it was written for
    assert not [w for w in recwarn if "may not fit" in str(w.message)]


@pytest.mark.slow
@pytest.mark.skipif(not CONTESTED.exists(), reason="abp_contested is not beside the repository")
def test_most_attributions_on_abp_contested_get_a_category():
    a = framing.find_attributions(CONTESTED, jobs=2)
    share = (a.speaker_category != "unclassified").mean()
    assert len(a) > 35_000 and share > 0.6
    assert not set(a.speaker_category) & {"syrian_state", "state_ally", "jihadist", "foreign_government"}


# --------------------------------------------------------------------------- which gazetteer applies

def test_gazetteer_for_is_the_one_rule():
    lone = parse_lexicon("name: lone\nfamilies:\n  f:\n    labels:\n      a: [alpha]\n")
    assert framing.gazetteer_for("syria") == "syria_sources"  # the lexicon's own (gazetteer: in syria.yaml)
    assert framing.gazetteer_for("syria", "news") == "news"  # the one given wins
    assert framing.gazetteer_for("syria", "") == "syria_sources"  # a notebook's empty parameter: not given
    assert framing.gazetteer_for(lone) == framing.gazetteer_for(None) == framing.lexicon.DEFAULT_GAZETTEER == "news"
    gaz = load_lexicon("news")
    assert framing.gazetteer_for("syria", gaz) is gaz  # a loaded gazetteer is used as it is


def test_every_function_that_picks_a_gazetteer_follows_the_rule(seeds, monkeypatch):
    """With the default moved, every function without a gazetteer given follows it: none keeps
    a default of its own (find_attributions, iter_attributions, sourcing_profile,
    article_sourcing, compare_sourcing, show, framing.dask.find_attributions)."""
    news = framing.find_attributions(seeds)
    pd.testing.assert_frame_equal(news, framing.find_attributions(seeds, gazetteer="news"))  # the default is unchanged
    study = framing.find_attributions(seeds, gazetteer="syria_sources")
    assert list(news.speaker_category) != list(study.speaker_category)
    monkeypatch.setattr(framing.lexicon.loader, "DEFAULT_GAZETTEER", "syria_sources")
    pd.testing.assert_frame_equal(framing.find_attributions(seeds), study)
    pd.testing.assert_frame_equal(pd.concat(list(framing.iter_attributions(seeds)), ignore_index=True), study)
    assert framing.sourcing_profile(seeds).attrs["gazetteer"] == "syria_sources"
    assert article_sourcing(seeds).attrs["gazetteer"] == "syria_sources"
    compared = framing.compare_sourcing(seeds, dimension="category", min_count=1, min_docs=1)
    categories = {label for _, label in load_lexicon("syria_sources").labels()} | {"unclassified", "no_speaker"}
    assert set(compared["value"]) <= categories and set(compared["value"]) & {"syrian_state", "civilian"}
    lone = parse_lexicon("name: lone\nfamilies:\n  f:\n    labels:\n      a: [regime]\n")  # names no gazetteer
    doc = study["doc_id"].iloc[0]
    view = framing.show(seeds, doc, lexicon=lone)
    assert list(view.attributions["speaker_category"]) == list(study[study.doc_id == doc]["speaker_category"])
    dd = pytest.importorskip("dask.dataframe")
    import dask

    with dask.config.set(scheduler="sync"):
        got = framing.dask.find_attributions(dd.from_pandas(seeds.documents, npartitions=2))
    assert list(got["speaker_category"]) == list(study["speaker_category"])
