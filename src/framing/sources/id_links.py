"""One source under one id across a table: English name shapes that :func:`link_surnames`
does not read, for :func:`framing.top_sources`.

* A body by its acronym and by its full name ("UN", "U.N." and "United Nations"; "NRA" and
  "National Rifle Association"; "DHS" and "Department of Homeland Security"): the
  acronym's letters are the initials of the name's capitalised words ("of", "and", "for",
  "the" … skipped), and the id of the acronym is linked to the id of the name when the
  corpus gives that acronym to one such name only.
* A body's name without its complement in "for" or "of" ("the Syrian Observatory",
  "the UK-based Syrian Observatory" and "the Syrian Observatory for Human Rights"): the
  capitalised words of the short form (a participle or a word in "-based" before it left
  out) are linked to the one name of the outlet that goes on from them with "for" or "of"
  (not "of the", not "and": "Jon Alterman of the Center …", "John McCain of Arizona and
  Lindsey Graham" are people); a short form of one word ("the Observatory") or opening
  with a first name is left alone.
* A person with and without a middle initial ("Donald J. Trump" and "Donald Trump"): the
  id without the initial is linked to the id with it when the table writes that first
  name and surname with one middle initial only ("George Bush" goes to "George W. Bush"
  only where "George H. W. Bush" is never named).

Both read only the ids the table counts, once per table (no part of the extraction)."""

from __future__ import annotations

import re

from .first_names import is_first_name

__all__ = ["link_shapes"]

#: Small words a body's acronym leaves out ("Department of Homeland Security": DHS).
_SKIPPED = frozenset("of for the and on in at to & de".split())
_ACRONYM_RE = re.compile(r"^(?:[a-z]\.?){2,6}$")
_INITIAL_RE = re.compile(r"^[a-z]\.?$")


def _letters(sid: str) -> str:
    """The acronym an id is ("un", "u.n", "nra" → its letters), else ""."""
    return sid.replace(".", "") if " " not in sid and _ACRONYM_RE.match(sid) else ""


def _initials(sid: str) -> str:
    """The initials of a body's name ("united nations" → "un"), "" for a name of one word."""
    words = [w for w in sid.split(" ") if w not in _SKIPPED]
    return "".join(w[0] for w in words) if len(words) > 1 and all(w[:1].isalpha() for w in words) else ""


def link_shapes(ids, acronyms=frozenset(), persons=frozenset()) -> dict:
    """``{id: linked id}`` for the ids of ``ids`` that name the same source as another id:
    an acronym (``acronyms``: ids written in capitals, "UN", "U.N.") and the body's full
    name (one of ``ids``, given with its capitals); a person's name without a middle initial
    and with the one initial the names of ``persons`` (ids of people's full names) give it.

    >>> link_shapes({"un", "u.n", "united nations", "nra", "national rifle association"}, {"un", "u.n", "nra"})
    {'nra': 'national rifle association', 'u.n': 'united nations', 'un': 'united nations'}
    >>> link_shapes({"donald j trump", "donald trump", "george w bush", "george h w bush", "george bush"},
    ...             persons={"donald j trump", "donald trump", "george w bush", "george h w bush", "george bush"})
    {'donald trump': 'donald j trump'}
    """
    out = {}
    names: dict = {}
    for sid in ids:
        if sid not in acronyms and (key := _initials(sid)):
            names.setdefault(key, set()).add(sid)
    for sid in acronyms:
        full = names.get(_letters(sid), ())
        if len(full) == 1:
            out[sid] = next(iter(full))
    shapes: dict = {}
    for sid in persons:
        words = sid.split(" ")
        if len(words) >= 2 and all(_INITIAL_RE.match(w) for w in words[1:-1]):
            shapes.setdefault((words[0], words[-1]), set()).add(tuple(words[1:-1]))
    for (first, last), middles in shapes.items():
        if () in middles and len(middles) == 2:
            with_initial = next(m for m in middles if m)
            out[f"{first} {last}"] = " ".join((first, *with_initial, last))
    return dict(sorted(out.items()))


#: Words that describe a body before its name: "the", a participle ("opposing"), "UK-based".
_DESCRIBED_RE = re.compile(r"^(?:the\s+)?(?:(?:[a-z]+ing|[\w.-]+-based)\s+){1,2}")


def _short_forms(ids: dict) -> dict:
    """``{short id: full id}`` for the bodies of ``ids`` (``{id: a form of it}``) named
    without their "for"/"of" complement.

    >>> _short_forms({"syrian observatory": "Syrian Observatory", "opposing uk-based syrian observatory":
    ...               "opposing UK-based Syrian Observatory", "syrian observatory for human rights":
    ...               "Syrian Observatory for Human Rights", "white house": "White House",
    ...               "white house counsel": "White House Counsel", "white house for months": "White House for months"})
    {'opposing uk-based syrian observatory': 'syrian observatory for human rights', 'syrian observatory': 'syrian observatory for human rights'}
    """
    long: dict = {}
    for sid, form in ids.items():
        if not _capitalised(form):
            continue  # "White House for months"
        words = sid.split(" ")
        if "and" in words or is_first_name(words[0]):
            continue  # "John McCain of Arizona and Lindsey Graham", "Jon Alterman of the Center …": people
        for i, w in enumerate(words[2:-1], 2):
            if w in ("for", "of") and words[i + 1] != "the":
                long.setdefault(" ".join(words[:i]), set()).add(sid)
    out = {}
    for sid, form in ids.items():
        short = _DESCRIBED_RE.sub("", form)
        words = short.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            key = " ".join(words).lower()
            if key != sid and key in ids and key not in long:  # "the UK-based Syrian Observatory for Human Rights"
                out[sid] = key
                continue
            full = sorted(long.get(key, ()), key=len)  # the name, and the name with more words after it
            if full and all(f.startswith(full[0]) for f in full):
                out[sid] = full[0]
    return dict(sorted(out.items()))


def _capitalised(form: str) -> bool:
    """A body's name as a name: each word but the small ones capitalised ("Syrian Arab News
    Agency", not "breathless BBC correspondent")."""
    words = form.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return len(words) > 1 and all(w[:1].isupper() or w.lower() in _SKIPPED for w in words)


def linked_shapes(stats: dict, links: dict) -> dict:
    """``links`` (``{(outlet, id): linked id}``, :func:`link_surnames`) with the links of
    :func:`link_shapes` added, for the per-group ``stats`` of :func:`framing.top_sources`
    (``{group: (total, {(outlet, id, kind): [forms, …]})}``): an acronym is read against the
    names its own outlet gives, a middle initial against the whole table."""
    by_outlet: dict = {}
    persons = set()
    for _total, per in stats.values():
        for (outlet, sid, kind), acc in per.items():
            ids, acronyms, bodies = by_outlet.setdefault(outlet, (set(), set(), {}))
            if _letters(sid) and any(f.replace(".", "").isupper() for f in acc[0]):
                acronyms.add(sid)
                continue
            bodies.setdefault(sid, max(acc[0], key=len))  # "Syrian Observatory" reads as a person's name too
            if kind == "person":
                persons.add(sid)
            elif any(_capitalised(f) for f in acc[0]):
                ids.add(sid)
    people = link_shapes((), persons=persons)
    shapes = {outlet: {**_short_forms(bodies), **link_shapes(ids, acronyms), **people}
              for outlet, (ids, acronyms, bodies) in by_outlet.items()}
    out = dict(links)
    for _total, per in stats.values():
        for outlet, sid, _kind in per:
            target = links.get((outlet, sid), sid)
            if target in shapes[outlet]:
                out[outlet, sid] = shapes[outlet][target]
    return out
