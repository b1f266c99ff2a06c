"""One person, one kind of source in an article: the role the article gives a named person
anywhere ("Colonel Timothy Alben, commander of the State Police", "the IRS official at the
center of a scandal" who is Lois Lerner) says what kind of source every attribution of that
person is, those where the name stands alone ("Alben said", "Lerner told Politico") and the
pronouns that go back to it ("she added"). gold/README.md, "Speaker categories: conventions":
the role the article gives at the time of speaking, the person's own.

Only named people are read (a canonical speaker of two capitalised words or more, of type
person, not a surname the article gives two people): a description ("officials", "a
spokesman") may stand for different people each time. An attribution whose speaker names no
role (unclassified) takes the kind the person's other attributions say, the one most of them
say, the earliest of equal counts; a kind read at one attribution yields to one that more than
twice as many say ("Boston Police Commissioner Edward F. Davis" said, three times, and once
"said Davis, the Boston commissioner": police, not government). A kind as many say is kept."""

from __future__ import annotations

from collections import Counter

from .people import _ORG_WORDS
from .records import NO_SPEAKER, Attribution

__all__ = ["unify_person_categories"]

_NONE = frozenset({"unclassified", NO_SPEAKER})


def _named_person(a: Attribution) -> bool:
    words = a.canonical.split()
    return (a.speaker is not None and a.speaker_type == "person" and len(words) >= 2 and "\n" not in a.canonical
            and all(w[:1].isupper() or w[:1] in "'’" for w in (words[0], words[-1]))
            and not any(w.lower().strip(".,") in _ORG_WORDS for w in words)  # a body's ("The Algerian Press Service")
            and not a.extra.get("ambiguous"))


def unify_person_categories(atts: list[Attribution]) -> None:
    """Gives each attribution of a named person the kind the person's attributions in the
    article say (module docstring); changes nothing else."""
    said: dict = {}
    named = [_named_person(a) for a in atts]  # (read once per attribution)
    for a, person in zip(atts, named):
        if person and a.category not in _NONE:
            said.setdefault(a.canonical, Counter())[a.category] += 1
    if not said:
        return
    for a, person in zip(atts, named):
        if person and a.canonical in said and a.category != NO_SPEAKER:
            counts = said[a.canonical]
            best = max(counts, key=counts.get)  # Counter keeps first-seen order: the earliest of equal counts
            if a.category == "unclassified" or counts[best] > 2 * counts.get(a.category, 0):
                a.category = best
