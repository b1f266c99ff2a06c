"""Lone surnames linked across a corpus: "trump", from an article that never gives the full
name, is the one person the corpus names with that surname (:func:`link_surnames`), when it
names one far more than any other — in the same outlet's articles first, then in the corpus.
The ids are :func:`.people.speaker_key`'s; what each may be linked as, :func:`.people.id_kind`'s.
"""

from __future__ import annotations

from collections import Counter

__all__ = ["link_surnames", "LINK_SHARE", "LINK_MIN"]

#: A lone surname is linked to a person only when that person takes at least this share of
#: the attributions to full names with the surname (in the outlet, else in the corpus) …
LINK_SHARE = 0.8
#: … and at least this many of them.
LINK_MIN = 2


def link_surnames(counts) -> dict:
    """``{(outlet, id): linked id}`` for lone surnames that the corpus ties to one person.

    ``counts`` maps ``(outlet, speaker_id, kind)`` (kind of :func:`id_kind`) to a number of
    attributions. A ``surname`` id ``s`` is linked to the ``person`` id whose last word is
    ``s`` when that person takes at least :data:`LINK_SHARE` of the attributions to such
    persons, and at least :data:`LINK_MIN` of them — in the same outlet's articles, else
    in the whole corpus; ids not linked are left out of the answer."""
    persons_out: dict = {}
    persons_all: dict = {}
    surnames = set()
    for (outlet, sid, kind), n in counts.items():
        if kind == "person":
            words = sid.split(" ")
            person = (words[0], words[-1])  # "donald j trump" and "donald trump" are one candidate
            persons_out.setdefault((outlet, words[-1]), Counter())[person, sid] += n
            persons_all.setdefault(words[-1], Counter())[person, sid] += n
        elif kind == "surname":
            surnames.add((outlet, sid))
    out = {}
    for outlet, sid in surnames:
        for pool in (persons_out.get((outlet, sid)), persons_all.get(sid)):
            if not pool:
                continue
            people = Counter()
            for (person, _full), n in pool.items():
                people[person] += n
            (best, k), total = people.most_common(1)[0], sum(people.values())
            if k >= LINK_MIN and k >= LINK_SHARE * total:
                out[outlet, sid] = max((n, full) for (person, full), n in pool.items() if person == best)[1]
                break
            if k >= LINK_MIN:
                break  # the outlet names several people so: the corpus does not overrule it
    return out
