"""A poll speaks under its pollster's name.

"A YouGov/CBS News poll conducted Oct. 8-11 found …" is YouGov/CBS News; "a new Gallup
survey" Gallup: the capitalised words just before the poll's head word (the language's
``survey_heads``). "That poll found …", "the survey" and "the pollster told …" are the
poll the article named last before them (a "pollster" only where the article gives no
person that title: "pollster Whit Ayres"). Used by :func:`.resolution._name`; the
phrase's span is :func:`.phrases.np_back`'s ("conducted Oct. 8-11" goes with the poll).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .words import Words

__all__ = ["poll_name", "poll_named_before"]

#: A name's word: capitalised, with inner dots, ampersands, apostrophes or hyphens ("U.S.",
#: "AT&T", "FiveThirtyEight's"), and "/" between two bodies ("YouGov/CBS").
_WORD = r"[A-Z][\w.&'’-]*"
_NAME = rf"{_WORD}(?:(?:[ ]*/[ ]*|[ ]+){_WORD})*"
#: A sentence's end inside a run of capitalised words ("Afghanistan. A Reuters/Ipsos"), not
#: an abbreviation's full stop ("U.S. News").
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})[.!?][ ]+")
#: What a poll's phrase may start with: "this", "that", "the" (a description of it, no name).
_POINTING = frozenset({"the", "that", "this", "a", "an"})


@lru_cache(maxsize=8)
def _named_re(heads: frozenset) -> re.Pattern:
    alternatives = "|".join(sorted(map(re.escape, heads)))
    return re.compile(rf"({_NAME})[ ]+(?:{alternatives})\b")


def _strip_openers(name: str, g: Words) -> str:
    """The name without what ends a sentence before it and the capitalised openers before
    it ("The", "A", "And", "First")."""
    words = re.split(r"(\s+)", _SENTENCE_END.split(name)[-1])
    while len(words) > 2 and (words[0].lower() in g.STOP or words[0].lower() in g.DETERMINERS
                              or words[0].lower() in _POINTING):
        words = words[2:]
    return "".join(words)


def poll_name(phrase: str, g: Words) -> str:
    """The pollster a poll's phrase names: "a YouGov/CBS News poll conducted Oct. 8-11" →
    "YouGov/CBS News"; "" when the phrase's head is no poll or no name stands before it."""
    if not g.SURVEY_HEADS:
        return ""
    low = phrase.lower()
    if not any(h in low for h in g.SURVEY_HEADS):
        return ""  # (most phrases: no head word, no regex search)
    m = _named_re(g.SURVEY_HEADS).search(phrase)
    lead = phrase[:m.start()].split() if m is not None else []
    if m is None or len(lead) > 4 or not all(w.islower() or w.lower() in _POINTING for w in lead):
        return ""  # "a new Gallup poll", "that same CNN/ORC poll"; not "Afghanistan. A Reuters/Ipsos poll"
    rest = phrase[m.end():].split()
    if rest and rest[0].lower() not in g.SURVEY_MODIFIERS:
        return ""  # "Trump's poll numbers": the poll is no head
    name = re.sub(r"['’]s$", "", _strip_openers(m.group(1), g))
    return "" if name.lower() in g.STOP or name.lower() in _POINTING else name


def poll_named_before(text: str, phrase: str, at: int, g: Words) -> str:
    """For "that poll", "the survey", "the pollster": the pollster of the poll the article
    named last before offset ``at`` (:func:`poll_name`); "" for any other phrase, or none."""
    words = phrase.lower().split()
    if not g.SURVEY_HEADS or len(words) != 2 or words[0] not in _POINTING - {"a", "an"}:
        return ""
    if words[1] not in g.SURVEY_HEADS and not (words[1] == "pollster" and not re.search(r"\b[Pp]ollster\s+[A-Z]", text)):
        return ""
    found = ""
    for m in _named_re(g.SURVEY_HEADS).finditer(text, 0, at):
        name = _strip_openers(m.group(1), g)
        if name.lower() not in g.STOP and name.lower() not in _POINTING:
            found = name
    return found
