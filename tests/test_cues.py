"""The cue table: one YAML entry per reporting expression, every structure derived from it."""

import warnings

import pandas as pd
import pytest

import framing
from framing import LexiconError
from framing.cli import main
from framing.cues import cues_of, load_cues, parse_cues

BUNDLED = load_cues()


def test_the_bundled_table_says_what_each_cue_is():
    assert BUNDLED.lemma_of("Said") == "say" and BUNDLED.lemma_of("pointed\n out") == "point out"
    assert BUNDLED.lemma_of("according to") == "according to"
    assert {"claim", "allege", "insist"} <= BUNDLED.distancing and "say" not in BUNDLED.distancing
    assert "find" not in BUNDLED.speech and "say" in BUNDLED.speech and "according to" in BUNDLED.speech
    assert {"find", "agree"} <= BUNDLED.that_only
    assert "reports" in BUNDLED.noun_forms and "reported" not in BUNDLED.noun_forms
    assert "tell" in BUNDLED.takes_object and BUNDLED.quote_or_for == {"call"}
    assert framing.sources.DISTANCING_CUES == BUNDLED.distancing and framing.sources.SPEECH_CUES == BUNDLED.speech


def test_forms_are_found_as_words_the_longest_first():
    text = "He said so-called rebels pointed\nout that, according to SANA, nothing was well-said."
    assert [(text[s:e], lemma) for s, e, lemma in BUNDLED.find(text)] == [
        ("said", "say"), ("pointed\nout", "point out"), ("according to", "according to")]


GRUMBLE = "“The plan is dead,” Senator Jane Smith grumbled on Tuesday."


def test_adding_a_reporting_verb_is_one_entry(tmp_path):
    df = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [GRUMBLE]})
    assert framing.find_attributions(df, warn=False).empty  # "grumbled" is not in the bundled table
    bundled = (tmp_path / "bundled.yaml")
    from importlib import resources

    bundled.write_text((resources.files("framing") / "lang" / "en" / "cues.yaml").read_text(encoding="utf-8")
                       + "  grumble: [grumble, grumbles, grumbled, grumbling]\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", framing.FramingWarning)  # the bundled table and one more: nothing left out
        got = framing.find_attributions(df, cues=bundled, warn=False)
    assert got[["speaker", "cue", "cue_lemma", "kind", "content"]].values.tolist() == [
        ["Senator Jane Smith", "grumbled", "grumble", "direct", "“The plan is dead,”"]]
    # the command line takes the same table
    out = tmp_path / "sources.csv"
    assert main(["sources", _csv(tmp_path, df), "--cues", str(bundled),
                 "-o", str(out), "-q"]) == 0
    assert pd.read_csv(out).cue.tolist() == ["grumbled"]


def _csv(tmp_path, df):
    path = tmp_path / "corpus.csv"
    df.to_csv(path, index=False)
    return str(path)


def test_a_form_of_several_words_with_any_second_word():
    # "weighed in" raised KeyError at match time: only "to" and "out" were second words
    table = load_cues(extra={"weigh in": ["weigh in", "weighed in", "weighs in"]})
    df = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["“The plan will fail,” Mr. Moss weighed in."]})
    got = framing.find_attributions(df, cues=table, warn=False)
    assert got[["speaker", "cue", "cue_lemma", "kind"]].values.tolist() == [["Mr. Moss", "weighed in", "weigh in", "direct"]]


@pytest.mark.parametrize("text,message", [
    ("cues:\n  say: [say]\n  utter:\n    forms: [say]\n", r"line 4: cue 'utter': the form 'say' is also a form of 'say'"),
    ("cues:\n  say:\n    forms: [say]\n    distancing: perhaps\n", r"line 4: cue 'say': distancing must be true or false"),
    ("cues:\n  say:\n    forms: [say, said]\n    needs_clause: [says]\n", r"line 4: cue 'say': needs_clause lists 'says', which is not one of its forms"),
    ("cues:\n  say:\n    forms: [say]\n    passive: true\n", r"line 4: cue 'say': unknown key 'passive'"),
    ("cues:\n  say:\n    speech: true\n", r"line 3: cue 'say': missing key 'forms'"),
    ("cues:\n  say: ['s@y']\n", r"line 2: cue 'say': forms: 's@y' is not a word"),
    ("cues:\n  say: !!python/object/apply:os.system [ls]\n", r"line 2: YAML tag .* is not allowed in a cue table"),
    ("verbs: {}\n", r"line 1: cue table: unknown key 'verbs'"),
    ("", r"the cue table is empty"),
])
def test_a_broken_cue_table_is_refused_with_line_and_entry(text, message):
    with pytest.raises(LexiconError, match=message):
        parse_cues(text, source="my-cues.yaml")


def test_a_missing_cue_table_is_a_clear_error(tmp_path, capsys):
    assert main(["sources", "seeds", "--cues", str(tmp_path / "nope.yaml"), "-q"]) == 1
    assert "nope.yaml: no such cue table" in capsys.readouterr().err


def test_a_table_of_one_new_verb_warns_that_it_replaces_the_bundled_one(tmp_path):
    # Before: a file of only "grumble" (the verb a user wanted to add) silently lost every
    # "said": one attribution of two, with no warning.
    df = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [GRUMBLE + " Jane Smith said the plan was bad."]})
    mine = tmp_path / "mine.yaml"
    mine.write_text("cues:\n  grumble: [grumbled]\n", encoding="utf-8")
    n = len(cues_of("en").forms)
    with pytest.warns(framing.FramingWarning, match=rf"mine.yaml: {n} of the {n} cues of English's own table are not in "
                      r"it \(say, tell, add, state, announce …\): a cue table replaces the language's own"):
        got = framing.find_attributions(df, cues=mine, warn=False)
    assert got.cue.tolist() == ["grumbled"]


def test_a_cue_table_not_in_utf8_is_a_clear_error(tmp_path, capsys):
    # a cue table saved as Latin-1 (déclarer) was a UnicodeDecodeError traceback
    p = tmp_path / "latin1.yaml"
    p.write_bytes("cues:\n  déclarer: [déclaré]\n".encode("latin-1"))
    assert main(["sources", "seeds", "--cues", str(p), "-q"]) == 1
    assert "latin1.yaml: not UTF-8 text (invalid continuation byte at byte 9); save the cue table as UTF-8." in (
        capsys.readouterr().err)


@pytest.mark.parametrize("lang", ["fr", "de", "es", "ru", "ar"])
def test_forms_beyond_ascii_are_found_as_the_whole_regex_finds_them(lang):
    # the exact regex is tried only where a word opens with a letter a form (or a
    # proclitic) opens with, with the alternatives that open there: the same matches as
    # the whole regex, every form in every case, decomposed, after a proclitic or a hyphen,
    # before a pronoun suffix or a letter
    import random
    import re
    import unicodedata

    table = cues_of(lang)
    whole = re.compile(table._by_lead.pattern, re.IGNORECASE)
    rnd = random.Random(7)
    forms = sorted(table._form_to_lemma)
    spellings = [[f, f.upper(), f.title(), unicodedata.normalize("NFD", f), unicodedata.normalize("NFD", f.upper()),
                  f.replace("ا", "أ")] for f in forms]
    parts = [f"{p}{f} " for fs in spellings for f in fs for p in ("", *table.proclitics)]
    for fs in spellings * 2:
        parts.append(rnd.choice(["", "", "-", "x", *table.proclitics]) + rnd.choice(fs)
                     + rnd.choice(["", "", "x", "-", *table.pronoun_suffixes]) + rnd.choice([" ", ", ", ".\n", "-"]))
    text = "".join(parts)
    for end in (len(text), len(text) // 3):
        expected = [(m.start(1), m.end(1), m.group(1)) for m in whole.finditer(text, 0, end)]
        assert len(expected) > 20
        assert list(table._by_lead.finditer(text, end)) == expected
