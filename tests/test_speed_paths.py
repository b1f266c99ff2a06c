"""The faster paths of attribution extraction give what the slower ones gave: each check
compares the fast path with the plain reading it replaced, on constructed text."""

from __future__ import annotations

import re

import pytest

from framing.lexicon.model import Pattern
from framing.sources.people import People
from framing.sources.words import words_of


def test_word_finder_finds_whole_words_only():
    """The cue words are scanned as plain literals; a word inside a longer one (ASCII or
    not) is no hit, a word beside punctuation, digits' neighbours or any case is."""
    pytest.importorskip("hyperscan")
    from framing.lexicon import WordFinder

    finder = WordFinder(["say", "said", "told"])
    text = "An essay said: unsaid, SAID, résaid, said_x, told2, (told) and 'say'."
    found = finder.find(text, len(text))
    assert [text[s:e] for s, e, _w in found] == ["said", "SAID", "told", "say"]
    assert [w for _s, _e, w in found] == ["said", "said", "told", "say"]
    # the same as Python's own whole-word regex over the text
    rx = re.compile(r"(?<!\w)(say|said|told)(?!\w)", re.IGNORECASE)
    assert found == [(m.start(), m.end(), m.group().lower()) for m in rx.finditer(text)]


def test_word_finder_hits_sit_where_the_words_are_in_text_beyond_ascii():
    pytest.importorskip("hyperscan")
    from framing.lexicon import WordFinder

    text = "L’essai « said » — il a told ça; Saïd said."
    found = WordFinder(["said", "told"]).find(text, len(text))
    assert [(text[s:e], w) for s, e, w in found] == [("said", "said"), ("told", "told"), ("said", "said")]
    assert [s for s, _e, _w in found] == [10, 24, 38]


def test_a_patterns_regex_is_worked_out_once_and_is_the_same_each_time():
    p = Pattern("Free Syrian Army", case_sensitive=False, regex=False, line=1)
    first = p.to_regex()
    assert first is p.to_regex()
    assert first == p._regex_source() and first.startswith("(?i:Free")
    q = Pattern("rebel*", case_sensitive=True, regex=False, line=2, before=("al",))
    assert q.to_regex() == r"(?:al)rebel\w*" == q._regex_source()
    assert p == Pattern("Free Syrian Army", case_sensitive=False, regex=False, line=1)  # equality by fields only


def test_a_persons_forms_are_counted_and_the_longest_is_the_name():
    g = words_of("en")
    text = "Rebels met. Hillary Rodham Clinton spoke again, and Hillary Clinton left. Later Clinton said so."
    people = People(text, g)
    assert people.full("Hillary Clinton") == ("Hillary Rodham Clinton", "Hillary Rodham Clinton")
    person = people._firsts["clinton", "hillary"]
    assert person.forms == {"Hillary Rodham Clinton": 1, "Hillary Clinton": 1}
    text2 = "Rebels met. Tom Ford spoke, and Tom Ford left. Then Ford said so."
    assert People(text2, g).surname("Ford")[:2] == ("Tom Ford", "Tom Ford")
    # a surname the runs give to nobody in full: no full name
    assert People("Smith said it rains.", g).surname("Smith") == ("", "", False)


def _regex_char_by_char(p: Pattern) -> str:
    """A plain pattern's regex as it was worked out before, one character at a time."""
    from framing.lexicon.model import _APOSTROPHES, _DQUOTES, _HYPHENS, _TURKIC, _WS

    out, i, text = [], 0, p.text
    while i < len(text):
        c = text[i]
        if c.isspace():
            while i < len(text) and text[i].isspace():
                i += 1
            out.append(_WS)
            continue
        out.append(f"[{_HYPHENS}]" if c in _HYPHENS else f"[{_APOSTROPHES}]" if c in _APOSTROPHES
                   else f"[{_DQUOTES}]" if c in _DQUOTES else r"\w*" if c == "*"
                   else _TURKIC[c] if p.turkic and not p.case_sensitive and c in _TURKIC else re.escape(c))
        i += 1
    body = "".join(out)
    body = body if p.case_sensitive else f"(?i:{body})"
    return body if not p.before else "(?:" + "|".join(map(re.escape, p.before)) + ")" + body


def test_a_plain_patterns_regex_is_the_one_a_character_by_character_reading_gives():
    from framing.lexicon import bundled_lexicons, load_lexicon

    every_char = "".join(map(chr, range(32, 127))) + " \t\u00a0\u2009x\u3000y\u2013z\u2019\u201c İıiI ß"
    made = [Pattern(t, case_sensitive=cs, regex=False, line=1, turkic=tk, before=b)
            for t in [every_char, "  lead and trail  ", "U.S.-backed", "al-Assad's*", "a*b+c?(d)[e]{f}|^$\\"]
            for cs in (False, True) for tk in (False, True) for b in ((), ("و", "ب"))]
    bundled = [p for name in bundled_lexicons() for fam in load_lexicon(name).families.values()
               for lab in fam.labels.values() for p in (*lab.patterns, *lab.exclude, *fam.exclude) if not p.regex]
    assert len(bundled) > 500
    for p in made + bundled:
        assert p._regex_source() == _regex_char_by_char(p), p.text
    # white space as a regex reads it is white space as str.isspace reads it
    assert all(bool(re.fullmatch(r"\s", chr(i))) == chr(i).isspace() for i in range(0x110000))


def test_the_whole_cue_regex_is_compiled_when_a_text_first_needs_it_and_finds_the_same():
    from framing.cues import load_cues

    extra = {"weigh in": ["weigh in", "weighed in"]}
    used, fresh = load_cues(extra=extra), load_cues(extra=extra)
    assert used is not fresh and used._regex is None  # not compiled with the table
    text = "İstanbul officials said so, and the mayor weighed in more; unsaid."  # "İ" lower-cases to two characters
    assert len(text.lower()) != len(text)
    found = list(used.find(text))
    assert [(text[s:e], lemma) for s, e, lemma in found] == [("said", "say"), ("weighed in", "weigh in")]
    assert used._regex is not None and used._regex is used._whole_regex()
    plain = "Istanbul officials said so, and the mayor weighed in more; unsaid."  # the word scan's reading
    assert list(fresh.find(plain)) == found
