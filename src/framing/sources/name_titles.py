"""English words before a person's name that belong to the title, not to the name.

* A title after "then-", "ex-" or "former-" ("Then-President Barack Obama", "ex-Senator
  Jim Webb", "then-candidate Trump"): read as the title it carries, so the name is
  "Barack Obama" and its id that of every other mention of him.
* A title with the office it holds, "of" or "for" and capitalised words ("Secretary of
  State John Kerry", "Director of National Intelligence James Clapper", "Then-secretary of
  State Hillary Rodham Clinton"): the name starts at the first word after the office that
  is a first name (:func:`.first_names.is_first_name`); with none, the phrase names an
  office, not a person ("Secretary of Homeland Security").
* An owner's possessive before a full name ("NPR's Dina Temple-Raston", "CNN's Mark
  Preston", "Cuba's President Miguel Díaz-Canel"): the outlet or country the person works
  for, not their first name; kept when what follows is no person's name ("Trump's Justice
  Department", "NPR's Tom").

:func:`title_word` and :func:`name_after_office` are asked by :func:`.classification.proper_name` (the name a speaker
phrase ends with), :func:`time_prefixed_title` by :func:`.people._untitled` (the names of
an article's runs, where a possessive already ends a run)."""

from __future__ import annotations

import re

from .first_names import is_first_name
from .words import Words

__all__ = ["title_word", "time_prefixed_title", "name_after_office"]

#: The prefixes that date a title ("then-President", "ex-Senator", "former-Governor").
_DATED_RE = re.compile(r"(?i)^(?:then|ex|former)-(?=\w)")
_POSSESSIVE_RE = re.compile(r"^[A-Z][\w.&-]*['’]s$")


def time_prefixed_title(word: str, roles) -> bool:
    """``word`` is a title or role word of ``roles`` (lower case, no final full stop) after
    "then-", "ex-" or "former-" ("Then-President", "then-candidate")."""
    m = _DATED_RE.match(word)
    return m is not None and word[m.end():].lower().rstrip(".") in roles


def title_word(words, k: int, g: Words, person=None) -> bool:
    """``words[k]`` of a run of capitalised words is part of the title before the name:
    a title word of the language, one after "then-"/"ex-" (:func:`time_prefixed_title`), or
    an owner's possessive followed by a name of two words or more that ``person`` (a test of
    a phrase, :func:`.classification.speaker_type_of`) says is a person's.

    >>> from framing.sources.words import words_of
    >>> from framing.sources.classification import speaker_type_of
    >>> g = words_of("en")
    >>> person = lambda s: speaker_type_of(s, "", g) == "person"
    >>> [title_word(w.split(), 0, g, person) for w in ["Then-President Barack Obama", "NPR's Dina Temple-Raston",
    ...                                         "Trump's Justice Department", "NPR's Tom", "Barack Obama"]]
    [True, True, False, False, False]
    """
    w = words[k]
    if w.lower().rstrip(".") in g.TITLE_WORDS or time_prefixed_title(w, g.TITLE_WORDS):
        return True
    if person is None or not _POSSESSIVE_RE.match(w):
        return False
    rest = [x for x in words[k + 1:] if x.lower().rstrip(".") not in g.TITLE_WORDS]
    return len(rest) >= 2 and all(x[:1].isupper() for x in rest) and person(" ".join(rest))


def name_after_office(run, k: int) -> str:
    """The person's name after a title and its office (``run[k]``, k > 0, is the "of" or "for":
    "Secretary of State John Kerry" → "John Kerry"): from the first first name that has a
    capitalised word after it, else "".

    >>> name_after_office("Secretary of State John Kerry".split(), 1), name_after_office("Secretary of State".split(), 1)
    ('John Kerry', '')
    """
    for i in range(k + 2, len(run) - 1):
        if is_first_name(run[i]) and all(w[:1].isupper() for w in run[i:]):
            return " ".join(run[i:])
    return ""
