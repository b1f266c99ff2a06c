"""A role written in lower case before a name ("Baltimore mayor Jack Young", "Democrat state
senator Will Smith Jr.", "police chief James Cervera"): some outlets' house style leaves the
title in lower case, so :class:`.people.People`, which reads titles in capitals ("Mayor Jack
Young"), gives no one that role. A definite description with the role later in the article
("the mayor said", "the state senator added", "the French president") is the one person the
article so named before it, when the role is an office one person holds (``offices`` of
``words.yaml``: not "the candidate", "the strategist"), every other word of the description
is among the three words before the role, the role is not the outlet's own office when bare
("the president": ``own_offices``, whom an article may name with no title), and the article has not
brought in someone else with the role since ("one senior Democratic strategist, who …").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .first_names import is_first_name
from .people import _ORG_WORDS, People, _bare, _role_words, _untitled
from .words import Words

__all__ = ["lower_role", "role_of", "titled_surname", "titled_given_name", "described_person", "titled_person_of",
           "state_described"]

#: Words before the role that may describe it ("Baltimore", "state", "Democrat"), up to three.
_BEFORE = 3


@lru_cache(maxsize=512)
def _role_re(head: str) -> re.Pattern:
    """The role in lower case and the capitalised words of a name after it."""
    return re.compile(re.escape(head) + r"[ ]+([A-Z][\w.'’-]*(?:[ ]+(?:[A-Z][\w.'’-]*|al|bin|de|van|von))*"
                      r"[ ]+[A-Z][\w.'’-]*)")


def _named_roles(people: People, head: str) -> list:
    """Where the text writes the role before a name, read once per article and role: ``(start,
    name, the lower-case words before the role)``."""
    key = ("lower_role", head)
    found = people._memo.get(key)
    if found is None:
        text = people.text
        found = people._memo[key] = [
            (m.start(), m.group(1), {w.lower() for w in text[max(0, m.start() - 60):m.start()].split()[-_BEFORE:]})
            for m in _role_re(head).finditer(text)  # (the literal first: the search is quicker)
            if not (m.start() and text[m.start() - 1].isalnum()) and is_first_name(m.group(1).split()[0])]
    return found


def role_of(people: People, phrase: str, before: int, g: Words) -> tuple[str, str]:
    """The person a definite role stands for: the one the article gave the title in capitals
    (:meth:`.people.People.role`: "the president" after "President Donald Trump"), else the
    one it named after the office in lower case ("the mayor" after "Baltimore mayor Jack
    Young")."""
    found = people.role(phrase, before)
    return found if found[0] else lower_role(people, phrase, before, g)


def lower_role(people: People, phrase: str, before: int, g: Words) -> tuple[str, str]:
    """``(name, run with its title)`` of the one person the text before ``before`` names
    after the office that ends ``phrase`` ("the mayor", "the state senator") written in
    lower case; ``("", "")`` when none or several."""
    words = [w.strip(g.PUNCT) for w in phrase.split()]
    if not 2 <= len(words) <= 4 or words[0].lower() != "the" or words[-1] not in g.OFFICES:
        return "", ""
    head, mods = words[-1], {w.lower() for w in words[1:-1]}
    if not mods and head in g.OWN_OFFICES:
        return "", ""  # "the president": the outlet's own, whom an article may name with no title
    found, last = {}, -1
    for start, name, said_before in _named_roles(people, head):
        if start >= before:
            break
        if not mods <= said_before:
            continue
        full = people.full(name)[0]
        found.setdefault(full, (full, f"{' '.join(words[1:])} {full}"))  # the role says what kind
        if len(found) > 1:
            return "", ""
        last = start
    if not found or _brought_in_since(people.text, head, last + len(head), before, g):
        return "", ""
    return next(iter(found.values()))


#: Words that bring in someone not named before ("one senior Democratic strategist").
_INDEFINITE = {"a", "an", "one", "another"}


def _brought_in_since(text: str, head: str, start: int, end: int, g: Words) -> bool:
    """Between ``start`` and ``end`` the text brings in another with the role: the role after
    an indefinite determiner, up to three words before it ("a spokesman", "one senior
    Democratic strategist")."""
    at = text.find(head, start, end)
    while at >= 0:
        if not _INDEFINITE.isdisjoint(w.lower() for w in text[max(0, at - 60):at].split()[-4:]):
            return True
        at = text.find(head, at + len(head), end)
    return False


def titled_surname(people: People, name: str, g: Words) -> tuple[str, str] | None:
    """"Sheriff Gore", "Judge Tigar": a title the article writes before a surname alone is the
    person it named in full with that surname ("Sheriff Bill Gore"): ``(name, run with its
    title)``; None when the title is no role word or the surname no one's."""
    words = name.split()
    if len(words) != 2 or not words[0][:1].isupper() or _bare(words[0]) not in _role_words(g) \
            or _bare(words[0]) in g.NATIONALITIES or _bare(words[1]) in _ORG_WORDS:
        return None  # not "State Department", "U.S. News": a body's name
    full, longer, _ambiguous = people.surname(words[1])
    return (full, longer) if full else None


def titled_given_name(people: People, phrase: str, g: Words) -> tuple[str, str] | None:
    """"Sheikh Abdullah", "Prince Mohammed": a title that goes before a given name
    (``given_name_titles``) and the given name alone are the one person the article named
    in full after that title and name ("Sheikh Abdullah bin Zayed Al Nahyan"): ``(name, run
    with its title)``; None when the phrase is no such title and name or names no one."""
    words = phrase.split()
    if len(words) != 2 or not words[1][:1].isupper() or _bare(words[0]) not in g.GIVEN_NAME_TITLES:
        return None
    found = {m.group(1) for m in re.finditer(
        rf"\b{re.escape(words[0])}[ ]+({re.escape(words[1])}(?:[ ]+(?:[A-Z][\w'’-]*|al|bin|ibn|bint|el))+)",
        people.text)}
    if len(found) != 1:
        return None
    name = found.pop()
    return name, f"{words[0]} {name}"


#: A definite description by state and party ("the Virginia Republican", "the Nevada Democrat").
_PARTY_DESCRIPTION = re.compile(r"(?i:the)[ ]+((?:[A-Z][\w.'’-]*[ ]+){1,2}[A-Z][a-z]+)$")
#: A name before a comma, as an appositive follows it ("Rep. Bob Goodlatte, ").
_NAME_COMMA = r"([A-Z][\w.'’-]*(?:[ ]+(?:[A-Z][\w.'’-]*|al|bin|de|van|von))+)[ ]*,[ ]*(?:an?[ ]+|the[ ]+)?"


def described_person(people: People, phrase: str, before: int, g: Words) -> str:
    """"the Virginia Republican said", where the article wrote "Rep. Bob Goodlatte, Virginia
    Republican," before: a definite description by state and party (``parties``) is the one
    person the article so described in apposition before ``before``; "" when none or several."""
    m = _PARTY_DESCRIPTION.match(phrase.strip())
    if m is None or m.group(1).split()[-1].lower() not in g.PARTIES:
        return ""
    found = {people.full(_strip_titles(n.group(1), g))[0]
             for n in re.finditer(_NAME_COMMA + re.escape(m.group(1)) + r"\b", people.text[:before])}
    return found.pop() if len(found) == 1 else ""


def _strip_titles(name: str, g: Words) -> str:
    words = name.split()
    while len(words) > 2 and _bare(words[0]) in _role_words(g):
        words = words[1:]
    return " ".join(words)


#: "Commander Jonathan White of the Public Health Service Commissioned Corps": a title, a
#: name, "of" and a body's name.
_TITLED_OF = re.compile(r"(?:[Tt]he[ ]+)?((?:[A-Z][\w.'’-]*[ ]+){2,6}[A-Z][\w'’-]*)[ ]+of[ ]+(?:the[ ]+)?[A-Z]")


def titled_person_of(people: People, phrase: str, g: Words) -> tuple[str, str] | None:
    """"Commander Jonathan D. White of the U.S. Public Health Service Commissioned Corps",
    "Secretary-General Ban Ki-moon of the United Nations": a title and a name of two words or
    more before "of" and a body's name are that person, not the body (``(name, run with
    its title)``, :meth:`.People.full`); None for any other phrase ("Commissioner of the
    Food and Drug Administration": a title and no name)."""
    m = _TITLED_OF.match(phrase.strip())
    if m is None:
        return None
    words = m.group(1).split()
    if _bare(words[0]) not in _role_words(g):
        return None
    name = _untitled(words, g)
    if len(name) < 2 or len(name) == len(words) or any(_bare(w) in _ORG_WORDS for w in name) \
            or not is_first_name(name[0].rstrip(".")):
        return None
    return people.full(" ".join(name))


#: A name, then a party tag in parentheses or after a comma ("Rep. Liz Cheney ( R-Wyo . )",
#: "Sen. Rand Paul, R-Ky.,"): the name and the tag's state.
_TAGGED = r"([A-Z][\w.'’-]*(?:[ ]+(?:[A-Z][\w.'’-]*|al|bin|de|van|von))+)[ ]*[(,][ ]*[RDI][ ]*-[ ]*({states})\b"


def state_described(people: People, phrase: str, before: int, g: Words) -> str:
    """"the Wyoming congresswoman", "the Texas Democrat": a definite description by a state
    (``state_tags``) and a person's role (``person_roles``, ``parties``) is the one person the
    article tagged with that state before ``before`` ("Rep. Liz Cheney (R-Wyo.)"); "" when
    none or several."""
    words = phrase.strip().split()
    if len(words) < 3 or words[0].lower() != "the" or not g.STATE_TAGS:
        return ""
    head = words[-1]
    if not (head.lower() in g.PERSON_ROLES or head.lower() in g.PARTIES):
        return ""
    tags = g.STATE_TAGS.get(" ".join(words[1:-1]))
    if not tags:
        return ""
    pattern = _TAGGED.format(states="|".join(re.escape(t) for t in sorted(tags, key=len, reverse=True)))
    found = {people.full(_strip_titles(m.group(1), g))[0] for m in re.finditer(pattern, people.text[:before])}
    return found.pop() if len(found) == 1 else ""
