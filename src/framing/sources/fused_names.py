"""A word fused before a person's name, read across a table: English news puts a headline's
word, a column's name or the end of the sentence before a name, and the article's index of
names reads them as one ("ANALYSIS: Isolated Obama turns to Congress", "Breaking: Obama now
attending …", "by the U.S. Mr. Obama is …", "Longtime Trump adviser"), so the article's
"Obama" is a person "Isolated Obama" of its own, and that junk full name keeps the lone
"Obama" of the outlet's other articles from its person (:func:`.link_surnames` wants one
person to take most of the full names with the surname).

:func:`fused_ids` says which of a table's person ids open with such words: a word that is no
first name and that the corpus writes in lower case ("isolated", "breaking", "longtime",
"team") or a nationality ("U.S."), before a surname or a name the corpus gives a real person
(one whose name opens with no such word) at least :data:`FUSED_RATIO` times as often — so
"Ban Ki-moon", "Ash Carter" or "Rand Paul" (no first names of the lists, words of prose) stay
themselves unless the corpus names another Carter or Paul far more. :func:`unfused`
reads the counts of :func:`framing.top_sources` without them and links each to where its
name without the fused words goes.

After a name, FA-KES' house style writes an apposition with no comma ("Rami Abdel Rahman head
of the Syrian Observatory for Human Rights said"): a speaker whose form is a person's name the
same outlet quotes, then a role in lower case and "of", "at" or "for", is that person
(:func:`fused_links`, with the above, for :func:`framing.top_sources`).

Read on the table's ids once per table, no part of the extraction."""

from __future__ import annotations

import re
from collections import Counter

from .first_names import is_first_name
from .people import speaker_key
from .surname_links import link_surnames

__all__ = ["fused_links", "fused_ids", "unfused", "drop_fused", "lower_words", "FUSED_RATIO"]

#: The real person's attributions in the corpus, at least this many times the fused id's.
FUSED_RATIO = 4
#: A word of prose in lower case ("isolated", "then-candidate"; not in an address, "nice.fr").
#: (Its first letter matched before the look behind it: a pattern that opens with a class of
#: characters lets the search skip to them.)
_LOWER_RE = re.compile(r"[a-z](?<![\w.@/’'-][a-z])[a-z’'-]*[a-z](?![\w@/’'-]|\.\w)")


def lower_words(text: str) -> set:
    """The words ``text`` writes in lower case."""
    return set(_LOWER_RE.findall(text))


def _fused(words: list, lower, nationalities, roles) -> int:
    """How many words open ``words`` (an id's) before the name: each no first name and a word
    in lower case or a nationality; at least one word is left, and not a role alone
    (``roles``: "Russian president") nor a word of two letters ("Trump Jr.")."""
    k = 0
    while k < len(words) - 1 and not is_first_name(words[k]) and (words[k] in lower or words[k] in nationalities):
        k += 1
    if k == len(words) - 1 and (words[k] in roles or len(words[k]) < 3):
        return 0  # "Russian president", "Story Highlights President", "Trump Jr.": no surname left
    return k


def fused_ids(counts, lower, nationalities, roles=frozenset()) -> dict:
    """``{(outlet, id, kind): words left out}`` for the ``person`` ids of ``counts`` (``{(outlet,
    id, kind): attributions}``) that open with fused words, whose name without them is a
    surname or a full name of a real person the corpus quotes :data:`FUSED_RATIO` times more.

    >>> counts = {("X", "barack obama", "person"): 40, ("X", "isolated obama", "person"): 9,
    ...           ("X", "obama", "surname"): 300, ("X", "ash carter", "person"): 20, ("X", "jimmy carter", "person"): 30,
    ...           ("X", "ivanka trump", "person"): 3, ("X", "donald trump", "person"): 90}
    >>> fused_ids(counts, {"isolated", "ash"}, {"u.s"})
    {('X', 'isolated obama', 'person'): 1}
    """
    total: Counter = Counter()
    for (_outlet, sid, kind), n in counts.items():
        total[sid, kind] += n
    real: Counter = Counter()  # surname (or name) -> attributions of its real people, corpus-wide
    drops = {}
    for (sid, kind), n in total.items():
        if kind != "person":
            continue
        words = sid.split(" ")
        k = _fused(words, lower, nationalities, roles)
        if k:
            drops[sid] = k
        else:
            real[words[-1]] += n
            real[sid] += n
    out = {}
    for key in counts:
        k = drops.get(key[1]) if key[2] == "person" else None
        if k:
            rest = " ".join(key[1].split(" ")[k:])
            if real[rest] >= FUSED_RATIO * total[key[1], "person"]:
                out[key] = k
    return out


def unfused(counts, lower, nationalities, roles=frozenset()) -> tuple[dict, dict]:
    """:func:`.link_surnames` of ``counts`` with the fused ids (:func:`fused_ids`) no
    candidates, and each linked to where its name without the fused words goes: the person a
    surname is linked to, else the outlet's lone surname, else the full name (a surname with
    neither stays as it is); and the ids so linked, ``{(outlet, id): words left out}``."""
    fused = fused_ids(counts, lower, nationalities, roles)
    links = link_surnames({key: n for key, n in counts.items() if key not in fused})
    dropped = {}
    for (outlet, sid, _kind), k in fused.items():
        rest = " ".join(sid.split(" ")[k:])
        if " " in rest or (outlet, rest) in links or (outlet, rest, "surname") in counts:
            links[outlet, sid] = links.get((outlet, rest), rest)
            dropped[outlet, sid] = k
    return links, dropped


def drop_fused(form: str, sid: str, k: int) -> str:
    """A form of a fused id ``sid`` as its name without the ``k`` fused words: the form's last
    words, where they spell that name ("ET. President Obama" → "Obama"; "Democrats Reject
    Trump", id "democrats trump", → "Trump"); a form that does not end so stays.

    >>> drop_fused("ET. President Obama", "et obama", 1), drop_fused("Isolated Donald Trump", "isolated donald trump", 1)
    ('Obama', 'Donald Trump')
    """
    rest = sid.split(" ")[k:]
    words = form.split()
    if len(words) > len(rest) and [w.strip(".,:’'").lower() for w in words[-len(rest):]] == rest:
        return " ".join(words[-len(rest):])
    return form


#: A person's name, then a role in lower case and "of"/"at"/"for" ("Rami Abdel Rahman head of …").
_APPOSED_RE = re.compile(r"^((?:[A-Z][\w’'-]*\s+){1,3}[A-Z][\w’'-]*)\s+([a-z][\w-]*)\s+(?:of|at|for)\s")


def fused_links(stats: dict, counts, lower, g) -> dict:
    """:func:`unfused` of the table's ``counts`` (``g`` the English words: nationalities,
    roles), and an id whose form is a person's name the outlet quotes with an apposition
    fused after it linked to that person; the forms of the ids linked so (in ``stats``,
    :func:`framing.top_sources`' ``{group: (total, {(outlet, id, kind): [forms, categories, …]})}``)
    are read as the name alone, and their categories (read from the apposition's role:
    "director of …" said government) are left to the person's own rows."""
    links, dropped = unfused(counts, lower, g.NATIONALITIES, g.PERSON_ROLES | g.TITLES | g.OFFICES)
    persons = {(outlet, sid) for outlet, sid, kind in counts if kind == "person"}
    for _total, per in stats.values():
        for (outlet, sid, kind), acc in per.items():
            if (outlet, sid) in dropped:
                acc[0] = Counter({drop_fused(f, sid, dropped[outlet, sid]): n for f, n in acc[0].items()})
            elif kind == "other":
                named = {}
                for form, n in acc[0].items():
                    m = _APPOSED_RE.match(form)
                    key = speaker_key(m.group(1)) if m is not None and m.group(2) in g.PERSON_ROLES else ""
                    if key and (outlet, key) in persons:
                        named[m.group(1), key] = named.get((m.group(1), key), 0) + n
                if len(named) == 1 and sum(named.values()) == sum(acc[0].values()):
                    (name, key), n = named.popitem()
                    links[outlet, sid] = key  # "Rami Abdel Rahman head of the Syrian Observatory …": Rami Abdel Rahman
                    acc[0] = Counter({name: n})
                    acc[1] = Counter({"unclassified": sum(acc[1].values())})  # "director" said government: the person's rows say
    return links
