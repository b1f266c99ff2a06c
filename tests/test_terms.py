"""Terminology on the seeds: every count below was made by reading the articles.

For each article, every mention of every label of the `syria` lexicon, as
(narrator, quoted). Anything the matcher finds that is not listed here fails the test.
"""

from collections import Counter

import numpy as np
import pandas as pd
import pytest

import framing
from framing.errors import FramingError

EXPECTED = {
    # Al Shahid: title "The Syrian Regime is inching ever closer to capturing Deir ez-Zour".
    "000": {
        ("syrian_state", "regime"): (1, 0),  # the title
        ("syrian_state", "army"): (6, 0),  # Syrian Arab Army, SAA ×5
        ("syrian_state", "government"): (7, 0),  # pro-government, Syrian Government ×3, government-held, government forces ×2
        ("jihadist_name", "ISIS"): (8, 0),  # incl. "ISIS-held", "ISIS’ last"
        ("jihadist_descriptor", "militant"): (2, 0),
        ("deir_ezzor_spelling", "Deir ez-Zour"): (9, 0),
        ("raqqa_spelling", "Raqqa"): (2, 0),
        ("opposition", "Free Syrian Army"): (3, 0),  # Free Syrian Army, FSA ×2 — never the Syrian army
        ("kurdish_forces", "SDF"): (3, 0),
        ("us_coalition", "coalition"): (2, 0),  # "Coalition-backed", "the Coalition"
    },
    # unknown outlet: "Syrian army" throughout, once "regime forces", once "Damascus".
    "001": {
        ("syrian_state", "army"): (6, 0),  # title + 5; "Free Syrian Army groups" excluded
        ("syrian_state", "damascus"): (1, 0),  # "the prime target for Damascus"
        ("syrian_state", "regime"): (1, 0),
        ("jihadist_name", "IS"): (1, 0),  # "IS-held village"
        ("jihadist_name", "ISIS"): (4, 0),  # incl. "(post-ISIS)"
        ("jihadist_descriptor", "militant"): (2, 0),
        ("deir_ezzor_spelling", "Deir ez-Zor"): (13, 0),
        ("raqqa_spelling", "Raqqa"): (2, 0),  # "Sons of Raqqa", "Raqqa-Deir ez-Zor highway"
        ("opposition", "Free Syrian Army"): (1, 0),
        ("opposition", "rebels"): (2, 0),
    },
    # blog (Jennifer Brown): Reuters quotes inside; the byline trailer is boilerplate.
    "002": {
        ("syrian_state", "army"): (6, 0),  # title, "The Syrian Army", "the Army" ×4
        ("syrian_state", "government"): (1, 1),  # quoted: "run by the government’s ally Hezbollah"
        ("jihadist_name", "Islamic State"): (5, 2),
        ("deir_ezzor_spelling", "Deir al-Zor"): (7, 0),
        ("raqqa_spelling", "Raqqa"): (0, 1),
        ("opposition", "rebels"): (1, 0),  # "rebel uprisings"
        ("hezbollah", "Hezbollah"): (0, 1),
    },
    # Syria Direct: "regime" 17 times, 4 of them quoted; "Daesh" only in a resident's words.
    "003": {
        ("syrian_state", "regime"): (13, 4),
        ("syrian_state", "army"): (7, 0),  # regime army source, Syrian Arab Army, SAA ×4, Syria’s armed forces
        ("syrian_state", "assad"): (1, 0),
        ("jihadist_name", "Islamic State"): (9, 0),
        ("jihadist_name", "IS"): (2, 2),  # quoted: "[IS-enforced]", "remaining IS strongholds"
        ("jihadist_name", "Daesh"): (0, 1),
        ("jihadist_descriptor", "takfiri"): (0, 1),
        ("jihadist_descriptor", "terrorist"): (0, 1),
        ("deir_ezzor_spelling", "Deir e-Zor"): (6, 1),
        ("deir_ezzor_spelling", "Deir a-Zor"): (2, 0),
        ("raqqa_spelling", "Raqqa"): (1, 0),
        # "Russian fighter jet" stands in the "SEE ALSO:" trailer: boilerplate, not scored
    },
    # AFP: "government" 14 times, "regime" never; IS, Deir Ezzor, Raqa.
    "004": {
        ("syrian_state", "government"): (14, 0),
        ("syrian_state", "army"): (6, 1),  # quoted: SANA's "The Syrian Arab Army"
        ("jihadist_name", "IS"): (5, 1),
        ("jihadist_name", "Islamic State"): (1, 0),  # "Islamic State group siege"
        ("jihadist_descriptor", "jihadist"): (2, 0),
        ("deir_ezzor_spelling", "Deir Ezzor"): (7, 2),
        ("raqqa_spelling", "Raqa"): (3, 0),
        ("kurdish_forces", "SDF"): (1, 0),
        ("russia", "Russia"): (3, 0),  # Russian air support, Russia’s military, Russian warship
        ("russia", "Moscow"): (1, 0),
        ("us_coalition", "United States"): (2, 0),  # US-backed ×2
    },
}


@pytest.fixture(scope="module")
def mentions(seeds):
    return framing.find_mentions(seeds)


@pytest.mark.parametrize("doc", sorted(EXPECTED))
def test_every_mention_in_every_seed_is_what_a_reader_counts(mentions, doc):
    m = mentions[mentions.doc_id.str.startswith(doc)]
    found = Counter(zip(m.family, m.label, m.voice))
    got = {}
    for (family, label, voice), n in found.items():
        nar, quo = got.get((family, label), (0, 0))
        got[family, label] = (nar + n, quo) if voice == "narrator" else (nar, quo + n)
    assert got == EXPECTED[doc]


def test_offsets_point_into_the_original_text(mentions, seed_texts):
    for r in mentions.itertuples():
        assert seed_texts[r.doc_id[:3]][r.start:r.end] == r.surface


def test_the_two_reference_counts(seeds):
    s = framing.count_terms(seeds, by="doc", min_count=1)
    regime = s[(s.group.str.startswith("003")) & (s.label == "regime")].iloc[0]
    assert (regime["count"], regime["quoted_count"], regime["narrator_count"]) == (17, 4, 13)
    gov = s[(s.group.str.startswith("003")) & (s.label == "government")].iloc[0]
    assert gov["count"] == 0
    gov = s[(s.group.str.startswith("004")) & (s.label == "government")].iloc[0]
    assert gov["count"] == 14
    assert s[(s.group.str.startswith("004")) & (s.label == "regime")].iloc[0]["count"] == 0


def test_titles_and_parts(mentions):
    title = mentions[mentions.part == "title"]
    assert sorted(zip(title.doc_id.str[:3], title.label)) == [
        ("000", "Deir ez-Zour"), ("000", "regime"), ("001", "Deir ez-Zor"), ("001", "army"),
        ("002", "Deir al-Zor"), ("002", "army"),
    ]
    assert set(mentions.part) == {"title", "body"}


def test_boilerplate_is_left_out_unless_asked(seeds):
    with_bp = framing.find_mentions(seeds, include_boilerplate=True)
    extra = with_bp[with_bp.part == "boilerplate"]
    assert list(zip(extra.doc_id.str[:3], extra.surface)) == [("003", "Russian")]


def test_scores_by_outlet_voice_narrator(seeds):
    s = framing.count_terms(seeds, voice="narrator", min_count=5)
    sd = s[(s.group == "Syria Direct") & (s.family == "syrian_state")].set_index("label")
    assert sd.loc["regime", "count"] == 13
    assert sd.loc["army", "count"] == 7
    assert sd["family_count"].iloc[0] == 13 + 7 + 1
    assert sd.loc["regime", "share"] == pytest.approx(13 / 21)
    # one article: its share describes that article, and no interval is given
    assert sd.loc["regime", "family_docs"] == 1 and sd.loc["regime", "label_docs"] == 1
    assert np.isnan(sd.loc["regime", "share_low"]) and np.isnan(sd.loc["regime", "share_high"])
    assert sd["too_few"].all()
    # narrator tokens: all tokens less the quoted ones (667 - 118, counted in test_text)
    assert sd.loc["regime", "tokens"] == 667 - 118
    assert sd.loc["regime", "rate_per_1k"] == pytest.approx(13 / 549 * 1000)


def test_score_table_is_complete_and_sorted(seeds):
    s = framing.count_terms(seeds)
    lex = framing.load_lexicon("syria")
    groups = sorted(seeds.documents.outlet.unique())
    assert list(s.columns) == framing.terms.SCORE_COLUMNS
    assert len(s) == len(groups) * len(lex.labels())
    assert list(s.group.unique()) == groups
    # shares of a family sum to one in every group that uses the family
    sums = s[s.family_count > 0].groupby(["group", "family"])["share"].sum()
    assert np.allclose(sums, 1.0)
    assert s.loc[s.family_count == 0, "share"].isna().all()
    assert (s["count"] == s.narrator_count + s.quoted_count).all()


def test_too_few_flag(seeds):
    s = framing.count_terms(seeds, min_count=10, min_docs=1)
    afp = s[(s.group == "AFP")].drop_duplicates("family").set_index("family")
    assert not afp.loc["syrian_state", "too_few"]  # 21 mentions
    assert afp.loc["jihadist_name", "too_few"]  # 7 mentions
    # by default a group needs five articles: every seed outlet is one
    assert framing.count_terms(seeds, min_count=10)["too_few"].all()
    with pytest.raises(FramingError, match="min_docs must be a whole number"):
        framing.count_terms(seeds, min_docs=-1)


def test_article_columns_and_intervals(pooled):
    """A: articles 000, 001, 002; B: 003, 004. The interval is the one framing.stats gives for
    the per-article counts, which come from the articles' own scores."""
    s = framing.count_terms(pooled, voice="narrator", min_count=1, min_docs=2)
    per_doc = framing.count_terms(pooled, voice="narrator", by="doc", min_count=1, min_docs=1)
    state = per_doc[per_doc.family == "syrian_state"].set_index(["group", "label"])
    a = s[(s.group == "A") & (s.family == "syrian_state")].set_index("label")
    docs_a = ["000", "001", "002"]
    for label in ["regime", "government", "army"]:
        k = [state.loc[(d, label), "count"] for d in docs_a]
        n = [state.loc[(d, label), "family_count"] for d in docs_a]
        share, low, high = framing.stats.share_interval(k, n)
        assert a.loc[label, "share"] == pytest.approx(share)
        assert (a.loc[label, "share_low"], a.loc[label, "share_high"]) == pytest.approx((low, high))
        assert a.loc[label, "label_docs"] == sum(1 for x in k if x > 0)
    assert a["family_docs"].iloc[0] == 3 and a["n_docs"].iloc[0] == 3
    # a label no article of the group uses: the interval starts at exactly 0
    zero = a[a["count"] == 0]
    assert len(zero) and (zero["share_low"] == 0.0).all() and (zero["share_high"] < 1).all()


def test_group_by_metadata_column(seeds):
    s = framing.count_terms(seeds, by="date", min_count=1)
    assert set(s.group) == {"2017-08-15", "2017-09-04", "2017-09-05"}
    with pytest.raises(FramingError, match="no such column"):
        framing.count_terms(seeds, by="bias")


def test_quoted_voice_counts_only_quoted_words(seeds):
    s = framing.count_terms(seeds, voice="quoted", by="doc", min_count=1)
    r = s[s.group.str.startswith("003") & (s.label == "Daesh")].iloc[0]
    assert r["count"] == 1 and r["tokens"] == 118


def test_kwic(seeds):
    k = framing.kwic(seeds, "Daesh", width=30)
    assert len(k) == 1
    row = k.iloc[0]
    assert row.voice == "quoted" and row.match == "Daesh"
    assert row.left.endswith("prefer the regime over ")
    assert list(k.columns) == framing.terms.KWIC_COLUMNS
    assert len(framing.kwic(seeds, "regime", voice="quoted")) == 4
    with pytest.raises(FramingError, match="no label 'regim'"):
        framing.kwic(seeds, "regim")


def test_streaming_equals_whole_corpus(seeds_dir, seeds):
    whole = framing.count_terms(seeds)
    chunks = framing.iter_corpus(seeds_dir, chunksize=2)
    streamed = framing.count_terms(chunks)
    pd.testing.assert_frame_equal(whole, streamed)
    from_path = framing.count_terms(seeds_dir)
    pd.testing.assert_frame_equal(whole, from_path)


def test_kwic_labels_regardless_of_case_and_with_suggestions(seeds):
    assert framing.kwic(seeds, "REGIME").equals(framing.kwic(seeds, "regime"))
    with pytest.raises(FramingError, match="no label 'regmie' in lexicon 'syria'. Did you mean 'regime'"):
        framing.kwic(seeds, "regmie")


def test_corpus_subset(seeds):
    sub = seeds.subset(outlets=["AFP", "Syria Direct"])
    assert sorted(sub.documents["outlet"]) == ["AFP", "Syria Direct"] and len(seeds.subset(outlets=[])) == 5
    with pytest.raises(FramingError, match="no document has outlet 'Reuters'"):
        seeds.subset(outlets=["Reuters"])
    with pytest.raises(FramingError, match="cannot subset by 'bias'"):
        seeds.subset(bias=["left"])


@pytest.mark.parametrize("call", [
    lambda c: framing.count_terms(c, voise="narrator"),
    lambda c: framing.find_mentions(c, voise="narrator"),
    lambda c: framing.find_attributions(c, voise="narrator"),
    lambda c: framing.sourcing_profile(c, voise="narrator"),
    lambda c: framing.kwic(c, "regime", voise="narrator"),
])
@pytest.mark.parametrize("as_corpus", [True, False])
def test_a_misspelt_option_is_an_error_naming_the_nearest(seeds, seed_texts, call, as_corpus):
    # count_terms(corpus, voise="narrator") ran silently with voice "all"
    import pandas as pd

    corpus = seeds if as_corpus else pd.DataFrame({"text": list(seed_texts.values())})
    with pytest.raises(framing.FramingError, match=r"unknown option 'voise'; did you mean 'voice'\? Options for reading "
                                                   r"the corpus: text_col, outlet_col"):
        call(corpus)


def test_one_scan_serves_counts_kwic_mentions_and_time(seeds, monkeypatch):
    """The mentions of a corpus and lexicon are found once: scores in another voice or by
    period, KWIC lines for any label and the mention table read them (KWIC scanned the
    corpus again for every label)."""
    from framing.lexicon import Lexicon

    corpus = framing.Corpus(seeds.documents.assign(date="2017-03-01"))
    lex = framing.load_lexicon("syria")
    scans = Counter()
    finditer = Lexicon.finditer

    def counted(self, text, *args, **kw):
        scans[text] += self is lex  # not the check of what the lexicon is about (a sample, another matcher)
        return finditer(self, text, *args, **kw)

    monkeypatch.setattr(Lexicon, "finditer", counted)
    framing.count_terms(corpus, lexicon=lex, voice="narrator")
    assert set(scans.values()) == {1} and len(scans) == len(corpus)
    lines = [framing.kwic(corpus, label, lexicon=lex) for label in ("regime", "IS", "Daesh", "army")]
    mentions = framing.find_mentions(corpus, lexicon=lex)
    framing.count_terms(corpus, lexicon=lex, period="M")
    framing.count_terms_by_voice(corpus, lexicon=lex)
    assert set(scans.values()) == {1}
    # and what they read is what a scan finds
    for label, got in zip(("regime", "IS", "Daesh", "army"), lines):
        m = mentions[mentions["label"] == label]
        assert got[["doc_id", "start", "end", "voice", "part", "field"]].values.tolist() == \
            m[["doc_id", "start", "end", "voice", "part", "field"]].values.tolist()
        assert (got["match"] == m["surface"].to_numpy()).all() and len(got) > 0
