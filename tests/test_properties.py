"""Invariants, over generated texts and lexicons (hypothesis)."""

import re
from collections import Counter
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing
from framing.lexicon import parse_lexicon
from framing.text import analyze, find_quotes

SYRIA = framing.load_lexicon("syria")
SYRIA_TEXT = (Path(framing.__file__).parent / "lexicons" / "syria.yaml").read_text(encoding="utf-8")
SYRIA_PYTHON = parse_lexicon(SYRIA_TEXT, engine="python")  # the plain-Python word scan

TERMS = ["Syrian Arab Army", "Deir ez-Zor", "Islamic State", "Free Syrian Army", "Syrian government", "ceasefire regime",
         "Syrian Democratic Forces", "Bashar al-Assad", "Islamic State of Iraq and the Levant", "US-led coalition"]
WORDS = ["regime", "IS", "is", "ISIS", "government", "army", "said", "the", "Syria’s", "ISIS’", "rebels", "Raqqa",
         "Daesh", "militants", "and", "of", "pro-regime", "IS-held", "Damascus", "town"]


@st.composite
def documents(draw):
    """Paragraphs of words and multiword terms, some inside balanced quotations.

    Returns the pieces so that tests can change the form of the text in known places.
    """
    paragraphs = []
    for _ in range(draw(st.integers(1, 4))):
        pieces = []
        for _ in range(draw(st.integers(1, 12))):
            if draw(st.booleans()):
                pieces.append(("term", draw(st.sampled_from(TERMS))))
            else:
                pieces.append(("word", draw(st.sampled_from(WORDS))))
        if len(pieces) > 2 and draw(st.booleans()):
            a = draw(st.integers(0, len(pieces) - 2))
            b = draw(st.integers(a + 1, len(pieces)))
            pieces = pieces[:a] + [("open", "“")] + pieces[a:b] + [("close", "”")] + pieces[b:]
        paragraphs.append(pieces)
    return paragraphs


def render(doc, *, inner_space=" ", straight=False, newline="\n"):
    out = []
    for pieces in doc:
        words = []
        glue_next = False
        for kind, value in pieces:
            if kind == "term":
                value = value.replace(" ", inner_space)
            if straight:
                value = value.replace("“", '"').replace("”", '"').replace("’", "'")
            if kind == "close" and words:
                words[-1] += value
                continue
            if glue_next:
                words[-1] += value
                glue_next = False
                continue
            words.append(value)
            glue_next = kind == "open"
        out.append(" ".join(words) + ".")
    return (newline + newline).join(out)


def counts(text):
    facts = analyze(text)
    c = Counter()
    for fam, lab, s, e in SYRIA.finditer(text):
        c[fam, lab, facts.voice_at(s, e)] += 1
    return c


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.sampled_from(["\u00a0", "\n", " \n ", "\u00a0\u00a0", "\t"]))
def test_counts_unchanged_by_spaces_and_line_breaks_inside_terms(doc, space):
    assert counts(render(doc, inner_space=space)) == counts(render(doc))


@settings(max_examples=150, deadline=None)
@given(documents())
def test_counts_unchanged_by_straight_quotes_and_apostrophes(doc):
    assert counts(render(doc, straight=True)) == counts(render(doc))


@settings(max_examples=150, deadline=None)
@given(documents(), st.sampled_from([" ", "\u00a0", "\n"]))
def test_counts_unchanged_by_crlf(doc, space):
    lf = render(doc, inner_space=space)
    crlf = lf.replace("\n", "\r\n")
    assert counts(crlf) == counts(lf)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_unicode_text_gives_valid_offsets(text):
    facts = analyze(text)
    prev_end = 0
    for q in facts.quotes:
        assert prev_end <= q.start < q.end <= len(text)
        prev_end = q.end
    if facts.title:
        assert 0 <= facts.title[0] < facts.title[1] <= len(text)
    m = framing.find_mentions(pd.DataFrame({"doc_id": ["x"], "outlet": ["o"], "text": [text]}), include_boilerplate=True,
                               warn=False)
    for r in m.itertuples():
        assert text[r.start:r.end] == r.surface and r.start < r.end
        assert r.voice in ("narrator", "quoted") and r.part in ("title", "body", "boilerplate")


letters = st.text(st.characters(whitelist_categories=("Ll", "Lu")), min_size=1, max_size=8)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(letters, min_size=1, max_size=3), min_size=1, max_size=4, unique_by=lambda ws: " ".join(ws).lower()),
       st.lists(st.sampled_from(["x", "y", "zz", "the", "AB", "Élan"]), max_size=30), st.randoms())
def test_random_lexicons_find_every_planted_word(phrases, filler, rnd):
    labels = {f"l{i}": [" ".join(ws)] for i, ws in enumerate(phrases)}
    yaml_text = "families:\n  f:\n    labels:\n" + "".join(
        f"      {k}: [{{pattern: {v[0]!r}, case_sensitive: true}}]\n" for k, v in labels.items())
    lex = parse_lexicon(yaml_text)
    planted = [rnd.choice(list(labels)) for _ in range(5)]
    words = list(filler)
    for lab in planted:
        words.insert(rnd.randint(0, len(words)), labels[lab][0])
    text = " ".join(words)
    found = [(lab, text[s:e]) for _, lab, s, e in lex.finditer(text)]
    for lab, surface in found:
        assert re.fullmatch(r"\s*".join(map(re.escape, surface.split())), labels[lab][0].replace(" ", "")) or \
            surface.split() == labels[lab][0].split()
    # every planted phrase is found at least as often as planted, unless a longer phrase covers it
    got = Counter(lab for lab, _ in found)
    longest = max(len(v[0]) for v in labels.values())
    for lab in set(planted):
        if len(labels[lab][0]) == longest:
            assert got[lab] >= planted.count(lab)


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet='“”"‘’\'« »\n ab', max_size=2000))
def test_quote_spans_never_overlap_on_broken_marks(text):
    spans = find_quotes(text)
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start


INVISIBLES = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.data(), st.sampled_from(["hyperscan", "python"]))
def test_invisible_characters_inside_words_change_no_mention(doc, data, engine):
    """Zero-width characters and soft hyphens dropped anywhere (inside words too) leave every
    mention as it was, with offsets into the text as given."""
    from framing.lexicon import INVISIBLE

    clean = render(doc)
    if not clean:
        return
    cuts = sorted(data.draw(st.lists(st.integers(0, len(clean)), max_size=12)))
    chars = [data.draw(st.sampled_from(INVISIBLES)) for _ in cuts]
    text, last = "", 0
    for cut, ch in zip(cuts, chars):
        text += clean[last:cut] + ch
        last = cut
    text += clean[last:]
    lex = SYRIA_PYTHON if engine == "python" else SYRIA
    want = [(f, lab, clean[s:e]) for f, lab, s, e in lex.finditer(clean)]
    got = list(lex.finditer(text))
    assert [(f, lab, "".join(c for c in text[s:e] if c not in INVISIBLE)) for f, lab, s, e in got] == want
    for _f, _lab, s, e in got:  # a match starts and ends on a visible character
        assert text[s] not in INVISIBLE and text[e - 1] not in INVISIBLE


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab AB.-'’_\u00a0\n\t,“”1Mr") + ["Jr.", "Mrs. ", "al-", " Inc. "]), max_size=40).map("".join),
       st.data())
def test_tokens_are_the_regex_matches(text, data):
    # extraction's tokeniser finds each token again by text; it must give the regex's spans
    from framing.sources.phrases import tokenize
    from framing.sources.words import words_of

    g = words_of("en")
    TOKEN_RE = g.TOKEN_RE

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    got = [(t.text, t.start, t.end) for t in tokenize(text, start, end, g)]
    assert got == [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]
    assert all(text[s:e] == t for t, s, e in got)


_ABBREVIATIONS = ["Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "Mr", "Mrs", "Ms", "Dr", "Gen", "Gov", "Sen", "Rep", "Lt", "Col",
                  "Sgt", "Capt", "Prof", "St"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ABBREVIATIONS + list("SCMGLPRIJDse .\n-'’") + ["Sent", "Corps", "Colt. ", "Mrs", "."]),
                max_size=30).map("".join))
def test_the_token_pattern_is_the_plain_alternation(text):
    # the pattern is written for speed (a capital first, then what may follow it); it must
    # find what the plain alternation of the abbreviations finds
    import re

    from framing.sources.words import TOKEN_RE

    plain = re.compile("(?:" + "|".join(_ABBREVIATIONS) + r"|[A-Z])\.(?=\s)"
                       r"|\w+(?:[-\u2010\u2011'\u2019]\w+|\.(?![A-Z][a-z])\w+)*"
                       r"(?:[ ]?[\u2019'][ ]?(?:s|t|d|ll|ve|re|m)(?!\w)|[\u2019']s?)?"  # a tokeniser's "law 's", "don ’ t"
                       r"|[\u2019']s(?!\w)|[^\w\s]")
    assert TOKEN_RE.findall(text) == plain.findall(text)


_GENDER_WORDS = ["Mrs.", "Ms", "mr", "MR.", "Sir", "woman", "spokesman", "spokeswoman", "he", "her", "she", "him", "son",
                 "queen", "King", "Smith", "the", "x_mr", "-", "’s", "_", "he-man"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GENDER_WORDS), max_size=6).map(" ".join))
def test_gender_reads_the_words_a_word_boundary_pattern_reads(phrase):
    # the gender of a speaker phrase is looked up word by word (a set); it must be what the
    # patterns with word boundaries say
    import re

    from framing.sources.resolution import _gender

    female = re.compile(r"(?i)\b(?:mrs|ms|miss|madam|woman|spokeswoman|congresswoman|chairwoman|businesswoman|mother|"
                        r"girl|daughter|wife|sister|she|her|grandmother|actress|queen|lady)\b").search(phrase)
    male = re.compile(r"(?i)\b(?:mr|sir|man|spokesman|congressman|chairman|businessman|father|boy|son|husband|brother|"
                      r"he|him|grandfather|actor|king)\b").search(phrase)
    assert _gender(phrase) == ("f" if female and not male else "m" if male and not female else "")
