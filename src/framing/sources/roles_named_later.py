"""A role that speaks before the article names its holder: "Egypt's president called for a
state of emergency …" and, further on, "Egyptian President Abdel-Fattah el-Sissi accused …";
"The leader of Hamas … has called for a day of rage" and "Hamas leader Ismail Haniya said";
a headline's "Iraqi Prime Minister has vowed …" and "Iraqi Prime Minister Nouri al-Maliki".

The role is the one person the article names with that role as a title before the name: the
place or body of the role ("Egypt", "Hamas"; a nationality made from the place's name,
"Egyptian", "Iraqi") and the role's head (an office or a person's role of ``words.yaml``),
followed by a name. Read only where the speaker is such a role and names no one; where the
article gives the title to two people, or to none, the role stays as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .words import Words

__all__ = ["role_named_later"]

#: "Egypt's president", "Iran’s foreign minister"; "the leader of Hamas", "the president of
#: Egypt"; "Iraqi Prime Minister" (a title with no name after it).
_POSSESSED = re.compile(r"(?:the\s+)?([A-Z][\w-]+)\s?['’]\s?s\s+((?:[a-z]+\s+)?[a-z]+)")
_OF = re.compile(r"(?:the|The)\s+((?:[a-z]+\s+)?[a-z]+)\s+of\s+(?:the\s+)?([A-Z][\w-]+)")
_TITLE = re.compile(r"([A-Z][a-z]+)\s+((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)")
#: A name after a title: two to four words, each capitalised or a particle ("al-Maliki", "el-Sissi").
_NAME_RE = re.compile(r"((?:(?:[A-Z][\w'’.-]+|(?:al|el|bin|ibn|abu|de|van|von)-?[A-Z]?[\w'’-]*)\s+){1,3}"
                      r"(?:[A-Z]|(?:al|el)-)[\w'’-]+)")


def _place_and_role(phrase: str) -> tuple[str, str] | None:
    for pattern, place, role in ((_POSSESSED, 1, 2), (_OF, 2, 1), (_TITLE, 1, 2)):
        m = pattern.fullmatch(phrase)
        if m is not None:
            return m.group(place), m.group(role)
    return None


def role_named_later(text: str, phrase: str, at: int, people, g: Words) -> str:
    """The person an unnamed role (module docstring) stands for, by the article's titles, or "";
    not the words after the role itself (``at``, where it is written: a headline's "Egyptian
    Leader Says Cease-Fire …")."""
    if "s " not in phrase and " of " not in phrase and phrase[phrase.rfind(" ") + 1:].lower() not in g.OFFICES:
        return ""  # "John Kerry", "officials": no possessive, no "of", no office at the end (cheap first)
    title = _title(phrase.strip(), g)
    if title is None:
        return ""
    stem, role = title
    names = set()
    i = text.find(stem)
    while i != -1:
        if i != at and (i == 0 or not text[i - 1].isalnum()):
            name = _name_after(text, _AFTER_PLACE.match(text, i + len(stem)).end(), role)
            if name:
                names.add(people.full(name)[0])
        i = text.find(stem, i + 1)
    return next(iter(names)) if len(names) == 1 else ""


def _name_after(text: str, pos: int, role: tuple) -> str:
    """The name after the role's words written from ``pos`` (any case: "Egyptian President",
    "Hamas leader"), or ""."""
    for w in role:
        if text[pos:pos + len(w)].lower() != w:
            return ""
        m = _SPACE.match(text, pos + len(w))
        if m is None:
            return ""
        pos = m.end()
    n = _NAME_RE.match(text, pos)
    return n.group(1) if n is not None else ""


_AFTER_PLACE = re.compile(r"\w{0,4}(?:\s?['’]\s?s)?\s+|")  # "Egypt|ian ", "Israel|’s "; always matches
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=16384)  # speaker phrases repeat
def _title(phrase: str, g: Words) -> tuple[str, tuple] | None:
    """The place's stem and the role's words in lower case ("Egypt", ("president",) for
    "Egypt's president"; "Syri" for "Syria", a nationality "Syrian"), or None where the phrase
    is no unnamed role of an office or a person."""
    found = _place_and_role(phrase)
    if found is None:
        return None
    place, role = found
    head = role.split()[-1].lower()
    if head not in g.OFFICES and head not in g.PERSON_ROLES:
        return None
    return place[:-1] if len(place) > 4 and place[-1] in "aey" else place, tuple(role.lower().split())
