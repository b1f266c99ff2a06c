"""The fast paths give exactly what their plain-Python references give.

Lexicon matching has two candidate finders — Hyperscan (compiled, the default) and a word
scan (``engine="python"``); token counting has a code-point array path and the
regex; the inline boilerplate search a regrouped regex and the plain alternation. Each
pair is compared on real corpora and on generated texts full of the characters where
the rules of the two could part (case folding, non-ASCII word characters, hyphens,
apostrophes, line breaks, characters beyond the Basic Multilingual Plane).
"""

import random
import re
from importlib import resources

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing import lexicon as lexmod
from framing import text as textmod
from framing.cues import load_cues
from framing.lexicon import HYPERSCAN_MIN_SPAN, matcher, parse_lexicon
from framing.text import analyze, count_tokens

from .conftest import CORPORA

pytest.importorskip("hyperscan")

SYRIA_YAML = (resources.files("framing") / "lexicons" / "syria.yaml").read_text(encoding="utf-8")
SOURCES_YAML = (resources.files("framing") / "lexicons" / "syria_sources.yaml").read_text(encoding="utf-8")
CUES_HYPERSCAN, CUES_PYTHON = load_cues(engine="hyperscan"), load_cues(engine="python")


def _pair(yaml_text):
    """The same lexicon twice: with Hyperscan, and with the word scan."""
    fast = parse_lexicon(yaml_text, engine="hyperscan")
    ref = parse_lexicon(yaml_text, engine="python")
    assert fast.matcher._hs_pending and not ref.matcher._hs_pending  # compiled when a long text is first scanned
    list(fast.finditer("x " * HYPERSCAN_MIN_SPAN))
    assert fast.matcher._hs is not None and ref.matcher._hs is None
    assert fast.matcher.uses_hyperscan and not ref.matcher.uses_hyperscan
    return fast, ref


@pytest.fixture(scope="module")
def syria_pair():
    return _pair(SYRIA_YAML)


# Words and pieces chosen to sit on the edges: anchors in odd case, glued to letters that
# are word characters for Python but not for an ASCII scanner, the four characters that
# fold to ASCII letters, apostrophes and hyphens, line breaks inside multiword names.
PIECES = ["regime", "Regime", "REGIME", "régime", "regimeé", "éregime", "IS", "is", "ISIS", "İSIS", "ıs", "Iſlamic",
          "\u212aurdish", "Kurdish", "Syrian", "Syrian Arab Army", "Syrian\nArab\u00a0Army", "Free Syrian Army",
          "Iraqi government", "government of Iraq", "Deir ez-Zor", "Deir\u2011ez\u2011Zor", "Deir Ezzor", "Daesh’s",
          "jihadists", "jihadistes", "terrorists", "Damascus", "in Damascus", "Damascus countryside", "Hezbollah",
          "Hizbollah’s", "U.S.", "US-led", "Assad", "al-Assad", "Bashar", "_regime", "regime_", "2regime", "𝐑egime",
          "\U0001f600", "said", "the", "of", "army", "Army of Islam", "“", "”", '"', "'", "’", "‘", "-", ",", ".",
          " ", " ", " ", "\n", "\n\n", "\r\n", "\u00a0"]

texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.data())
def test_hyperscan_and_word_scan_find_the_same_mentions(syria_pair, text, data):
    fast, ref = syria_pair
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert list(fast.finditer(text)) == list(ref.finditer(text))
    assert list(fast.finditer(text, start, end)) == list(ref.finditer(text, start, end))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_hyperscan_and_word_scan_agree_on_any_unicode(syria_pair, text):
    fast, ref = syria_pair
    assert list(fast.finditer(text)) == list(ref.finditer(text))


@pytest.mark.slow
def test_hyperscan_and_word_scan_agree_on_the_real_corpora(syria_pair, seed_texts):
    fast, ref = syria_pair
    path = CORPORA / "fakes" / "fakes.csv"
    if not path.exists():
        pytest.skip("FA-KES is not beside the repository")
    frame = pd.read_csv(path, encoding_errors="replace")
    docs = [t for t in frame["article_content"] if isinstance(t, str)]
    docs += list(seed_texts.values())
    n = 0
    for t in docs:
        a = list(fast.finditer(t))
        assert a == list(ref.finditer(t))
        n += len(a)
    assert n > 5000  # the comparison covered thousands of mentions


def test_source_gazetteer_engines_agree(seed_texts):
    fast, ref = _pair(SOURCES_YAML)
    for t in seed_texts.values():
        assert list(fast.finditer(t)) == list(ref.finditer(t))


def test_a_lexicon_with_non_ascii_first_words_is_served_by_hyperscan():
    lex = parse_lexicon("families:\n  f:\n    labels:\n      état: [État islamique]\n      ei: [EI]\n")
    pad = " x" * HYPERSCAN_MIN_SPAN
    assert [m[1] for m in lex.finditer("L’État islamique et l’EI, l’ÉTAT ISLAMIQUE, DÉtat islamique." + pad)] == \
        ["état", "ei", "état"]
    assert lex.matcher._hs is not None


def _regex_equals(char: str) -> set:
    """The characters Python's case-insensitive regex matches for ``char``, from every
    character sharing its lower or upper case (checked by ``re``)."""
    rx = re.compile("(?i)" + re.escape(char))
    found = {char.lower(), char.upper(), *lexmod.forms._CASE_FROM}
    found |= _CASED.get(char.lower(), set()) | _CASED.get(char.upper(), set())
    return {x for x in found if len(x) == 1 and rx.fullmatch(x)}


_CASED: dict = {}
for _cp in range(0x20000):
    _x = chr(_cp)
    for _k in {_x.lower(), _x.upper()}:
        if len(_k) == 1 and _k != _x:
            _CASED.setdefault(_k, set()).add(_x)


@pytest.mark.parametrize("char", ["ä", "ß", "σ", "β", "и", "ё", "ǆ", "ა", "ω", "å", "ı", "ſ", "µ", "i", "k", "s"])
def test_the_regex_equals_of_a_letter_are_found_from_its_cases(char):
    rx = re.compile("(?i)" + re.escape(char))
    every = {chr(cp) for cp in range(0x20000) if not 0xD800 <= cp <= 0xDFFF and rx.fullmatch(chr(cp))}
    assert _regex_equals(char) == every


def test_case_key_is_one_key_for_what_a_case_insensitive_regex_holds_equal():
    """The table of case_key is what Python's Unicode data gives (a letter whose upper case
    lower-cases to another letter than its own lower case), and under it every letter has
    the key of each letter the regex matches it with: a text read case-folded (Hyperscan's
    database of words beyond ASCII) misses no match."""
    from framing.lexicon.forms import _CASE_FROM, _CASE_TO, case_key

    table = {x: x.upper().lower() for x in map(chr, range(0x80, 0x20000))
             if len(x.upper()) == 1 and len(x.upper().lower()) == 1 and x.upper().lower() != x.lower()}
    table["\u0130"] = "i"
    assert dict(zip(_CASE_FROM, _CASE_TO)) == table
    for cp in range(0x20000):
        c = chr(cp)
        if c.lower() == c and c.upper() == c or 0xD800 <= cp <= 0xDFFF:
            continue
        assert len(case_key(c)) == 1
        assert {case_key(x) for x in _regex_equals(c)} == {case_key(c)}, c


# Pieces for the lexicons of other languages: letters in both cases and the cases Python
# folds apart (ẞ, final ς), German compounds and hyphens, Cyrillic beside Latin, Arabic
# proclitics, marks, elongation and folded letters, and letters glued on either side.
LANG_PIECES = ["Regime", "REGIME", "Regimes", "Assad-Regime", "Sanktionsregime", "Regierung", "REGIERUNG",
               "iranischen Regierung", "Islamischen Staates", "ISLAMISCHEN STAAT", "Islamische Staaten", "Daesch",
               "Präsident Assad", "PRÄSIDENT", "präsident", "Ägypten", "ägyptische Armee", "Straße", "STRAẞE", "ẞ",
               "Damaskus", "in Damaskus", "режим", "РЕЖИМ", "Режима", "ИГИЛ", "ИГИЛа", "игил", "Исламское государство",
               "«Исламского государства»", "правительство", "Асада", "النظام", "والنظام", "للنظام", "النِّظام", "النظـــام",
               "الأسد", "الاسد", "داعش", "لداعش", "الدولة الإسلامية", "الدولة الاسلامية", "ى", "ة", "État", "l’État",
               "régime", "RÉGIME", "régimen", "Estado Islámico", "ESTADO ISLÁMICO", "İ", "ı", "x", "é", "ä", "1", "_",
               " ", "\n", "-", "’", "«", "»", ",", ".", "\u00a0", "\u200b", "Σ", "ς"]


@pytest.fixture(scope="module")
def language_pairs():
    return {name: _pair((resources.files("framing") / "lexicons" / f"{name}.yaml").read_text(encoding="utf-8"))
            for name in ("syria_de", "syria_ru", "syria_ar", "syria_fr", "syria_es")}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LANG_PIECES), max_size=50).map("".join), st.data())
def test_hyperscan_and_word_scan_agree_in_other_languages(language_pairs, text, data):
    name = data.draw(st.sampled_from(sorted(language_pairs)))
    fast, ref = language_pairs[name]
    padded = text + " x" * HYPERSCAN_MIN_SPAN  # long enough for Hyperscan
    assert list(fast.finditer(padded)) == list(ref.finditer(padded))


@pytest.mark.slow
def test_hyperscan_and_word_scan_agree_on_the_multilingual_corpus(language_pairs):
    import json

    n = 0
    for name, (fast, ref) in language_pairs.items():
        path = CORPORA / "multilingual" / f"{name[-2:]}.jsonl"
        if not path.exists():
            pytest.skip("the multilingual corpus is not beside the repository")
        assert fast.matcher.uses_hyperscan
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            found = list(fast.finditer(text))
            assert found == list(ref.finditer(text))
            n += len(found)
    assert n > 100  # the corpus is mostly not about the war: 122 mentions in five languages


def test_lexicons_travel_to_worker_processes_without_their_scanner():
    import pickle

    lex = parse_lexicon(SYRIA_YAML)
    list(lex.finditer("x " * HYPERSCAN_MIN_SPAN))  # builds the matcher and its database
    copy = pickle.loads(pickle.dumps(lex))
    assert copy._matcher is None and copy.token == lex.token
    text = "The regime and ISIS in Deir ez-Zor."
    assert list(copy.finditer(text)) == list(lex.finditer(text))


def test_regex_exclusions_have_literal_beginnings():
    starts = lexmod._literal_starts
    assert starts(r"(?:Iraqi|[Gg]overnment)\s+x") == ["government", "iraqi"]
    assert starts(r"U\.S\.|US") == ["u.s.", "us"]
    assert starts(r"(?i:abc)d") == ["abcd"]
    assert starts(r"a*b") is None
    assert starts(r"\w+ army") is None
    assert starts(r"(?:x|\s)y") is None


# --------------------------------------------------------------------------- tokens

def _tokens_by_regex(text, facts, include_boilerplate=False):
    rx = re.compile(textmod.TOKEN_PATTERN)
    end = facts.length if include_boilerplate else facts.body_end
    quoted = 0
    for q in facts.quotes:
        if q.start >= end:
            break
        quoted += len(rx.findall(text, q.start, min(q.end, end)))
    return len(rx.findall(text, 0, end)), quoted


TOKEN_PIECES = ["IS-held", "Syria’s", "rock'n'roll", "a--b", "-x", "x-", "’s", "'quoted'", "‘single’", "“double”",
                '"straight"', "é", "_", "٣", "²", "\u0301", "𝐀", " ", "\n", "\n\n", "word", "Latest posts by X",
                "\nSEE ALSO: more", "—", "‑", "x‐y", "Copyright © 2017"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKEN_PIECES), max_size=40).map("".join), st.booleans())
def test_token_counts_equal_the_regex(text, boiler):
    facts = analyze(text)
    assert count_tokens(text, facts, include_boilerplate=boiler) == _tokens_by_regex(text, facts, boiler)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=150))
def test_token_counts_equal_the_regex_on_any_unicode(text):
    facts = analyze(text)
    assert count_tokens(text, facts) == _tokens_by_regex(text, facts)


def test_word_table_is_python_word_characters():
    table = textmod._word_table()
    for cp in range(0x10000):
        c = chr(cp)
        expected = 2 if c in textmod._JOINERS else int(bool(re.match(r"\w", c)))
        assert table[cp] == expected, hex(cp)


def test_characters_folding_to_ascii_are_all_listed():
    found = [chr(cp) for cp in range(0x80, 0x110000) if not 0xD800 <= cp <= 0xDFFF
             and (any(ord(x) < 0x80 for x in chr(cp).lower()) or re.match(r"(?i)[a-z0-9_]", chr(cp)))]
    assert "".join(found) == lexmod._FOLDS_TO_ASCII


# --------------------------------------------------------------------------- boilerplate

MARKER_PIECES = ["Related News", "xRelated News", "Reporting by A", "xReporting by A", "Tags Syria", "eTags Syria",
                 "SUBSCRIBE", "xSUBSCRIBE", "SUBSCRIBEx", "©", "Copyright ©", "Follow us on", "Our Standards:",
                 "Source: TRT World and agencies", "Click here to", "Share this article", " ", "\n", "word", "R", "T"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(MARKER_PIECES), max_size=25).map("".join), st.integers(0, 50))
def test_inline_marker_search_equals_the_plain_alternation(text, pos):
    plain = re.compile("|".join(f"(?:{p})" for p in textmod.INLINE_BOILERPLATE_MARKERS))
    a, b = textmod.text_rules("en").inline.search(text, pos), plain.search(text, pos)
    assert (a and a.span()) == (b and b.span())


# --------------------------------------------------------------------------- lines

def _paragraphs_by_regex(text):
    """The first implementation of :func:`framing.text.paragraphs`, kept as the reference."""
    blank_line = re.compile(r"\n[^\S\n]*\n")
    lines = [(s, e) for s, e in textmod._lines(text) if e > s and not text[s:e].isspace()]
    if len(lines) < 2:
        return lines
    if not blank_line.search(text, lines[1][0]):
        return lines
    blocks = []
    for s, e in lines:
        if blocks and not blank_line.search(text, blocks[-1][1], s):
            blocks[-1] = (blocks[-1][0], e)
        else:
            blocks.append((s, e))
    return blocks


def _boilerplate_by_all_lines(text):
    """The first implementation of :func:`framing.text.find_boilerplate` (every line listed)."""
    lines = list(textmod._lines(text))
    spans, byline_name = [], None
    for s, e in reversed(lines):
        line = text[s:e].strip()
        if not line:
            continue
        if any(r.fullmatch(line) for r in textmod.text_rules("en").boilerplate_lines):
            m = textmod.text_rules("en").latest_posts.match(line)
            byline_name = m.group("name") if m else None
        elif byline_name is not None and line == byline_name:
            byline_name = None
        else:
            break
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        spans.append((s + lead, s + lead + len(line)))
    if len(spans) == len([1 for s, e in lines if text[s:e].strip()]):
        spans = []
    spans.reverse()
    m = textmod.text_rules("en").inline.search(text, int(len(text) * textmod._INLINE_TAIL))
    if m is not None and (not spans or m.start() < spans[0][0]):
        spans = [(m.start(), len(text))]
    return tuple(spans)


LINE_PIECES = ["a", "Title", " ", "\n", "\n\n", "\r\n", "\r", " \n", "\u2028", "\x0c", "\u00a0", "SEE ALSO: x",
               "Latest posts by Jo", "Jo", "© 2017", "Related: y", "end."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=30).map("".join))
def test_paragraphs_and_boilerplate_equal_their_references(text):
    assert textmod.paragraphs(text) == _paragraphs_by_regex(text)
    assert textmod.find_boilerplate(text) == _boilerplate_by_all_lines(text)
    assert list(textmod._lines_reversed(text)) == list(textmod._lines(text))[::-1]


def test_paragraphs_and_boilerplate_equal_their_references_on_the_seeds(seed_texts):
    for t in seed_texts.values():
        assert textmod.paragraphs(t) == _paragraphs_by_regex(t)
        assert textmod.find_boilerplate(t) == _boilerplate_by_all_lines(t)


def test_a_prepared_lexicon_has_a_deterministic_dask_token():
    dask = pytest.importorskip("dask")
    lex = parse_lexicon(SYRIA_YAML)
    before = dask.base.tokenize(lex)
    list(lex.finditer("The regime. " * 20))  # builds the compiled scanner
    assert lex.matcher._hs is not None
    with dask.config.set({"tokenize.ensure-deterministic": True}):
        assert dask.base.tokenize(lex) == before == dask.base.tokenize(parse_lexicon(SYRIA_YAML))


# --------------------------------------------------------------------------- cues

CUE_PIECES = ["said", "Said", "SAID", "saíd", "said-", "-said", "so-called", "told", "according to", "According\nto",
              "claimed", "claims", "ıt", "İsaid", "\u212aurds said", "he", "Hagel", "“", "”", ".", ",", " ", "\n\n", "é"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), max_size=40).map("".join), st.data())
def test_cue_finding_engines_agree(text, data):
    end = data.draw(st.integers(0, len(text)))
    assert list(CUES_HYPERSCAN.find(text, end)) == list(CUES_PYTHON.find(text, end))


def test_the_cue_table_takes_the_engine():
    from framing import sources

    assert sources.CUES.engine == "auto" and sources.CUES._finder.find("He said.", 8) == [(3, 7, "said")]
    assert CUES_PYTHON._finder.find("He said.", 8) is None  # the word scan decides
    assert load_cues(CUES_PYTHON) is CUES_PYTHON and load_cues(CUES_PYTHON, extra={"x": ["x"]}).engine == "python"
    with pytest.raises(ValueError, match="engine must be one of"):
        load_cues(engine="fast")
    with pytest.raises(ValueError, match="engine must be one of"):  # a table of non-ASCII words too
        load_cues(CUES_PYTHON, extra={"dire": ["déclaré"]}, engine="fast")


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_attribution_engines_agree_on_the_seeds(seed_texts):
    from framing import sources

    df = pd.DataFrame({"doc_id": list(seed_texts), "outlet": "x", "text": list(seed_texts.values())})
    fast = sources.find_attributions(df, gazetteer=lexmod.load_lexicon("news", engine="hyperscan"), cues=CUES_HYPERSCAN)
    ref = sources.find_attributions(df, gazetteer=lexmod.load_lexicon("news", engine="python"), cues=CUES_PYTHON)
    assert len(fast) > 30 and fast.equals(ref)


def test_chunks_are_cut_in_order_for_the_processes():
    from framing._parallel import split_frames

    df = pd.DataFrame({"i": range(1000)})
    pieces = list(split_frames([df, df.head(30)], 2))
    assert [len(p) for p in pieces] == [125] * 8 + [30]  # four pieces per process
    assert pd.concat(pieces)["i"].tolist() == list(range(1000)) + list(range(30))


@pytest.mark.slow
def test_two_processes_over_cut_chunks_give_the_same_tables():
    import framing

    path = CORPORA / "fakes" / "fakes.csv"
    if not path.exists():
        pytest.skip("FA-KES is not beside the repository")
    frame = pd.read_csv(path, encoding_errors="replace").dropna(subset=["article_content"]).head(300)
    frame = pd.DataFrame({"doc_id": frame["unit_id"].astype(str), "outlet": frame["source"],
                          "text": frame["article_content"]})
    one = framing.count_terms(frame, warn=False)
    two = framing.count_terms(frame, warn=False, jobs=2)
    pd.testing.assert_frame_equal(one, two)
    a1 = framing.find_attributions(frame, warn=False)
    a2 = framing.find_attributions(frame, warn=False, jobs=2)
    pd.testing.assert_frame_equal(a1, a2)


def test_threads_share_a_lexicon_safely(seed_texts):
    # Hyperscan refuses a scratch space in use by another thread; each thread has its own
    from concurrent.futures import ThreadPoolExecutor

    from framing import sources

    lex = parse_lexicon(SYRIA_YAML)
    texts = list(seed_texts.values()) * 40
    alone = [list(lex.finditer(t)) for t in texts]
    cues = [list(sources.CUES.find(t, len(t))) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(lambda t: list(lex.finditer(t)), texts)) == alone
        assert list(pool.map(lambda t: list(sources.CUES.find(t, len(t))), texts)) == cues


# --------------------------------------------------------------------------- quotations

ALL_MARKS_RE = re.compile(f"[{textmod.text_rules('en').marks}]")
QUOTE_PIECES = ["Syria’s", "don't", "'90s", "’90s", "rock'n'roll", "l'", "x'", "'x", "“", "”", '"', "'", "’", "‘",
                "«", "»", "„", "‹", "›", " ", "\n", "\n\n", "word", "_", "é", "2", "—", "(", ":", "said"]


def _quotes_with_every_mark(text, monkeypatch):
    monkeypatch.setattr(textmod.text_rules("en"), "quote_chars", ALL_MARKS_RE)
    try:
        return textmod.find_quotes(text)
    finally:
        monkeypatch.undo()


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(QUOTE_PIECES), max_size=40).map("".join))
def test_skipping_apostrophes_inside_words_changes_no_quotation(monkeypatch_module, text):
    assert textmod.find_quotes(text) == _quotes_with_every_mark(text, monkeypatch_module)


@pytest.mark.slow
def test_skipping_apostrophes_inside_words_changes_no_quotation_in_fakes(monkeypatch_module, seed_texts):
    path = CORPORA / "fakes" / "fakes.csv"
    docs = list(seed_texts.values())
    if path.exists():
        docs += [t for t in pd.read_csv(path, encoding_errors="replace")["article_content"] if isinstance(t, str)]
    for t in docs:
        assert textmod.find_quotes(t) == _quotes_with_every_mark(t, monkeypatch_module)


@pytest.mark.slow
def test_remembered_speaker_classes_change_no_attribution(monkeypatch, seed_texts):
    """What each span holds, remembered by span key, gives the same table as classifying every
    phrase afresh (FA-KES and the seeds; a second run answers from memory)."""
    import framing
    from framing.lexicon import Lexicon

    path = CORPORA / "fakes" / "fakes.csv"
    docs = list(seed_texts.values())
    if path.exists():
        docs += [t for t in pd.read_csv(path, encoding_errors="replace")["article_content"].head(300)
                 if isinstance(t, str)]
    frame = pd.DataFrame({"doc_id": [str(i) for i in range(len(docs))], "outlet": "x", "text": docs})
    from framing.sources import classification

    gaz = framing.load_lexicon("syria_sources")
    classification._MEMOS.clear()
    cold = framing.find_attributions(frame, gazetteer=gaz, warn=False)
    remembered = sum(1 for k in classification._memo_for(gaz) if k[0] == "span")
    warm = framing.find_attributions(frame, gazetteer=gaz, warn=False)
    monkeypatch.setattr(Lexicon, "span_key", lambda self, text, s, e: None)  # nothing remembered
    fresh = framing.find_attributions(frame, gazetteer=gaz, warn=False)
    assert remembered > 100 and len(fresh) > 500
    pd.testing.assert_frame_equal(cold, fresh)
    pd.testing.assert_frame_equal(warm, fresh)


@pytest.mark.slow
def test_attributions_and_mentions_piece_by_piece_are_the_whole_tables():
    import framing
    from framing.sources import iter_attributions, link_speakers
    from framing.terms import iter_mentions

    path = CORPORA / "fakes" / "fakes.csv"
    if not path.exists():
        pytest.skip("FA-KES is not beside the repository")
    fk = pd.read_csv(path, encoding_errors="replace").dropna(subset=["article_content"]).head(300)
    frame = pd.DataFrame({"doc_id": fk["unit_id"].astype(str), "outlet": fk["source"], "text": fk["article_content"]})
    chunks = [frame.iloc[i:i + 70] for i in range(0, len(frame), 70)]
    whole = framing.find_attributions(frame, warn=False)
    for jobs in (1, 2):
        parts = list(iter_attributions(chunks, jobs=jobs))
        assert len(parts) >= 5
        # each piece carries its articles' speaker ids; linked across the corpus, the whole table
        pd.testing.assert_frame_equal(link_speakers(pd.concat(parts, ignore_index=True)), whole)
        pd.testing.assert_frame_equal(framing.find_mentions(chunks, jobs=jobs), framing.find_mentions(frame, warn=False))
        pd.testing.assert_frame_equal(pd.concat(list(iter_mentions(chunks, jobs=jobs)), ignore_index=True),
                                      framing.find_mentions(frame, warn=False))
        lines = framing.kwic(chunks, "regime", jobs=jobs)
        assert len(lines) > 50
        pd.testing.assert_frame_equal(lines, framing.kwic(frame, "regime", warn=False))


def test_a_lexicon_too_large_for_hyperscan_keeps_the_word_scan_and_finds_the_same(monkeypatch, seed_texts):
    import random

    rnd = random.Random(7)
    words = sorted({"".join(rnd.choice("abcdefghij") for _ in range(6)) for _ in range(1700)})
    body = "".join(f"      w{i}: [{w}, {w} said*]\n" for i, w in enumerate(words))
    yaml_text = f"families:\n  words:\n    labels:\n{body}  state:\n    labels:\n      regime: [regime]\n      government: [government]\n"
    text = " ".join(rnd.choice(words) + rnd.choice(["", " said", " saidly"]) for _ in range(300)) + " " + \
        " ".join(seed_texts.values())
    big = parse_lexicon(yaml_text)
    assert list(big.finditer("the regime")) == [("state", "regime", 4, 10)]
    assert big.matcher._hs is None  # more anchors than HYPERSCAN_MAX: no database compiled
    monkeypatch.setattr(matcher, "HYPERSCAN_MAX", 10_000)
    forced = parse_lexicon(yaml_text)
    found = list(forced.finditer(text))
    assert forced.matcher._hs is not None
    assert list(big.finditer(text)) == found and len(found) > 300


def test_a_short_text_is_scanned_word_by_word_and_finds_the_same(seed_texts, monkeypatch):
    # a gazetteer read only on speaker phrases never compiles its database; on any span,
    # the word scan finds what the compiled scan finds
    text = " ".join(seed_texts.values())
    rnd = random.Random(3)
    spans = [(s, min(len(text), s + rnd.randint(1, HYPERSCAN_MIN_SPAN - 1))) for s in
             (rnd.randrange(len(text)) for _ in range(500))]
    words = parse_lexicon(SOURCES_YAML)
    by_word = [list(words.finditer(text, s, e)) for s, e in spans]
    assert words.matcher._hs is None and words.matcher._hs_pending
    monkeypatch.setattr(matcher, "HYPERSCAN_MIN_SPAN", 0)
    compiled = parse_lexicon(SOURCES_YAML)
    assert [list(compiled.finditer(text, s, e)) for s, e in spans] == by_word
    assert compiled.matcher._hs is not None
    assert sum(map(len, by_word)) > 50


# --------------------------------------------------------------------------- regex families

REGEX_YAML = r"""
name: regexes
families:
  actors:
    labels:
      regime:
        - {pattern: 'regim(?:e|es)\b', regex: true}
        - {pattern: '\bAssad(?:ist)?s?', regex: true}
        - {pattern: 'Syria*'}
      government:
        - {pattern: '(?:Iraqi|[Gg]overnment)\s+forces', regex: true}
        - {pattern: 'government'}
      jihadists:
        - {pattern: 'IS(?:IS|IL)?', regex: true, case_sensitive: true}
        - {pattern: 'jihadist\w*', regex: true}
  places:
    labels:
      deir:
        - {pattern: 'Deir[\s-]+ez[\s-]*Zor', regex: true}
        - {pattern: 'Damascus'}
"""


def _whole_regex_mentions(lex, text):
    """The reference: each family's whole regex searched at every position."""
    out = []
    for fname, fam in lex.matcher.families.items():
        saved, fam._candidates = fam._candidates, None
        try:
            out += [(fname, label, s, e) for label, s, e in fam.finditer(text)]
        finally:
            fam._candidates = saved
    return sorted(out, key=lambda m: (m[2], m[0]))


@pytest.mark.parametrize("engine", ["hyperscan", "python"])
def test_a_family_of_regexes_is_scanned_by_its_literal_beginnings(engine):
    lex = parse_lexicon(REGEX_YAML, engine=engine)
    assert all(fam._candidates is not None for fam in lex.matcher.families.values())
    assert lex.matcher._slow == []  # no family is searched at every position any more
    text = ("Regime forces and the Assadists met government forces near Deir ez-Zor; "
            "IS and ISIL, not is, or jihadists in Syrian villages; Iraqi  forces. ") * 60
    found = sorted(lex.finditer(text), key=lambda m: (m[2], m[0]))
    assert found == _whole_regex_mentions(lex, text)
    first = [(f, lab, text[s:e]) for f, lab, s, e in found[:9]]
    assert first == [("actors", "regime", "Regime"), ("actors", "regime", "Assadists"),
                     ("actors", "government", "government forces"), ("places", "deir", "Deir ez-Zor"),
                     ("actors", "jihadists", "IS"), ("actors", "jihadists", "ISIL"),
                     ("actors", "jihadists", "jihadists"), ("actors", "regime", "Syrian"),
                     ("actors", "government", "Iraqi  forces")]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_regex_families_find_what_their_whole_regexes_find(text):
    for engine in ("hyperscan", "python"):
        lex = parse_lexicon(REGEX_YAML, engine=engine)
        long = (text + " ") * (1 + HYPERSCAN_MIN_SPAN // (len(text) + 1))  # past the length Hyperscan serves
        for t in (text, long):
            assert sorted(lex.finditer(t), key=lambda m: (m[2], m[0])) == _whole_regex_mentions(lex, t)


def test_a_regex_with_no_word_to_begin_with_keeps_the_family_regex():
    lex = parse_lexicon(REGEX_YAML.replace(r"'\bAssad(?:ist)?s?'", r"'\w+ist'"), engine="python")
    assert lex.matcher.families["actors"]._candidates is None and lex.matcher._slow == ["actors"]
    assert [t for _f, _l, t in ((f, la, "Assadist regime"[s:e]) for f, la, s, e in lex.finditer("Assadist regime"))] \
        == ["Assadist", "regime"]


def test_a_gazetteer_read_on_phrases_compiles_no_database():
    # a long appositive is still a phrase: scanned word by word, with the same matches
    gaz = parse_lexicon(SOURCES_YAML, engine="hyperscan")
    long = "a spokesman for the Syrian Observatory for Human Rights and a Pentagon official, " * 4
    assert len(long) >= HYPERSCAN_MIN_SPAN
    found = list(gaz.finditer(long, phrase=True))
    assert gaz.matcher._hs is None and gaz.matcher._hs_pending
    assert found == list(parse_lexicon(SOURCES_YAML, engine="python").finditer(long)) and len(found) >= 8
    assert list(gaz.finditer(long)) == found and gaz.matcher._hs is not None  # a text: compiled


# --------------------------------------------------------------------------- words before marks

WORDS_BEFORE_PIECES = ["Titel", "Wahlkampfslogan", "Magazin", "Nachrichtenportal", "ist", "sind", "als", "Zeitung",
                       "titre", "hebdomadaire", "journal", "est", "mot d’ordre", "del diario", "revista", "es", "como", "закон",
                       "под названием", "под\u00a0лозунгом", "является",
                       "بعنوان", "وكالة", "صحيفة", "بـ", "x", "é", "1", "_", "-", " ", "  ", "\u00a0", "\u202f", "\n", ",",
                       "„", "«", "\""]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORDS_BEFORE_PIECES), max_size=12).map("".join), st.data())
def test_words_before_marks_searched_in_the_last_word_find_what_the_window_does(text, data):
    """A title, a copula or a naming link before the marks, searched only in the last word
    before them where the language's words hold no space, is found exactly where the regex
    over the whole window finds one."""
    from framing.text import quotes

    lang = data.draw(st.sampled_from(["fr", "de", "es", "ru", "ar"]))
    rules = textmod.text_rules(lang)
    hi = data.draw(st.one_of(st.just(len(text)), st.integers(0, len(text))))  # as often where the text ends
    lo = data.draw(st.one_of(st.just(0), st.integers(0, hi)))
    for words in (rules.title_before, rules.predicate, rules.naming_link):
        if words is not None:
            assert isinstance(words, quotes._WordsBefore)
            assert bool(words.search(text, lo, hi)) == bool(words.rx.search(text, lo, hi))


def test_words_before_marks_know_when_a_match_may_hold_a_space():
    from framing.text.quotes import _WordsBefore

    assert _WordsBefore(r"\w*(?:titel|zeitung)").one_word and _WordsBefore("ist|sind|wäre").one_word
    assert not _WordsBefore(r"del diario|revista").one_word and not _WordsBefore(r"закон\s+о").one_word
    assert not _WordsBefore(r"[^,]+|x").one_word and not _WordsBefore(r"a.b").one_word
    assert _WordsBefore(r"(?:[وف]?(?:[بلك]|لل)?)(?:عنوان|وكالة)(?=\w)?").one_word
