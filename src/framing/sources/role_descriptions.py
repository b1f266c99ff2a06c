"""A definite description of a person the article has named: "the freshman lawmaker", "the
Virginia Republican", "the third-term senator", "the Florida senator", "the US president".
Outlets vary a name with such a description ("Graham said he believes …. The third-term
senator told CBS …"); it stands for the person the text was just talking about, as a
pronoun does (:func:`.resolution._subject_antecedent`): the speaker before it or the
subject of a sentence between, a named person. It must fit that person:

* its head is an office (``offices``), a kind of office (``role_kinds``: "lawmaker") or a
  party ("the Ohio Republican"); never a role anyone may hold ("the source", "the official");
* for an office, the article gives the person a title of that office or of its kind ("the
  lawmaker" for "Rep."), every lower-case word before it is a word of that title or says how
  long or how they hold it (``description_words``: "freshman", "third-term", "former"), and
  a nationality before it is the title's ("the US president" is not "French President
  Emmanuel Macron");
* for a party, the article gives the person no other party (a tag "R-Ark." after the name,
  a party word in the title).

A person of no title, a person who holds another office ("CEO Timothy Sloan" for "the
lawmaker") or a description that fits no one stays unresolved."""

from __future__ import annotations

import re

from .first_names import is_first_name
from .people import _ROLE_SAME, People, _bare, _role_words
from .words import Words

__all__ = ["role_description", "fits_role", "role_phrase"]

#: Words after the head that leave the description as it is ("the President himself").
_REFLEXIVE = frozenset({"himself", "herself"})
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr"})
#: A party word → its letter in a tag ("R-Ark.").
_PARTY_LETTER = {"republican": "R", "gop": "R", "democrat": "D", "democratic": "D", "independent": "I"}
_TERM = re.compile(r"^(?:\w+-term|\w+-time)$")  # "third-term", "two-time"


def role_phrase(phrase: str, g: Words) -> str:
    """A definite role as :meth:`.people.People.role` reads it: a role in capitals as some
    house styles write it ("The President", "the Prime Minister") in lower case, a reflexive
    after it left out ("the President himself")."""
    words = phrase.split()
    if len(words) > 2 and _bare(words[-1]) in _REFLEXIVE:
        words = words[:-1]
    if len(words) < 2 or words[0].lower() != "the" or not words[-1][:1].isupper():
        return " ".join(words)
    k = len(words)
    while k > 1 and words[k - 1][:1].isupper() and _bare(words[k - 1]) in _role_words(g):
        k -= 1
    return " ".join(words[:k] + [w.lower() for w in words[k:]]) if k < len(words) else " ".join(words)


def role_description(phrase: str, g: Words) -> tuple[str, tuple, tuple] | None:
    """``(head, lower-case words before it, capitalised words before it)`` when ``phrase``
    is "the" + up to three words + an office, a kind of office or a party (a reflexive after
    it stepped over); None otherwise."""
    words = [w.strip(g.PUNCT) for w in phrase.split()]
    if words and _bare(words[-1]) in _REFLEXIVE:
        words = words[:-1]
    if not 2 <= len(words) <= 5 or words[0].lower() != "the":
        return None
    head = _ROLE_SAME.get(_bare(words[-1]), _bare(words[-1]))
    if not (head in g.OFFICES or head in _PARTY_LETTER or head in _kinds(g)):
        return None
    mods = words[1:-1]
    if any(not w or w.endswith(("'s", "’s")) or _bare(w) in g.PREPS_IN_NP or _bare(w) in {"and", "who"} for w in mods):
        return None  # "the prime minister’s spokesman": another's role
    lower = tuple(_bare(w) for w in mods if not w[:1].isupper())
    upper = tuple(_bare(w) for w in mods if w[:1].isupper())
    return head, lower, upper


def fits_role(description: tuple, name: str, people: People, g: Words) -> bool:
    """The person named ``name`` (two words or more) may be ``description``
    (:func:`role_description`), by the titles and party tags the article gives them."""
    head, lower, upper = description
    words = name.split()
    run = people.full(name)[1]
    title = [_bare(w) for w in run.split()[: max(0, len(run.split()) - len(words))]]
    roles = {_ROLE_SAME.get(t, t) for t in title if t in _role_words(g) and t not in _COURTESY}
    parties = _parties(people.text, words[-1], title, g)
    if any(t in _PARTY_LETTER for t in (head, *upper)) and parties - {_PARTY_LETTER.get(t) for t in (head, *upper)}:
        return False  # "the Maryland Democrat" is not "Sen. Tom Cotton (R-Ark.)"
    described = set(title) | g.DESCRIPTION_WORDS
    if any(w not in described and not _TERM.match(w) for w in lower):
        return False  # "the prime minister" is not "First Minister Nicola Sturgeon"
    if head in _PARTY_LETTER:
        return bool(roles) or is_first_name(words[0])
    kinds = _kinds(g)
    if not any(r == head or kinds.get(r, r) == kinds.get(head, head) for r in roles):
        return False  # no title, or another office
    nations = {w for w in upper if w in g.NATIONALITIES} - set(_PARTY_LETTER) - {"former"}
    # a title with words besides its roles ("French President") names the nation
    theirs = {t for t in title if t not in _role_words(g) and t not in g.DESCRIPTION_WORDS and t not in _PARTY_LETTER}
    return not (nations and theirs and not nations & theirs)


def _parties(text: str, surname: str, title: list, g: Words) -> set:
    """The party letters the article gives a surname: a tag after it ("Cotton (R-Ark.)",
    "Paul, R-Ky.") or a party word in its title ("Republican Sen. …")."""
    found = {_PARTY_LETTER[t] for t in title if t in _PARTY_LETTER}
    for m in re.finditer(re.escape(surname) + r"[ ,(]{1,4}([RDI])[-.]", text):
        found.add(m.group(1))
    return found


def _kinds(g: Words) -> dict:
    """Each role word → its kind (``role_kinds``: "senator" → "lawmaker"; a kind is its own)."""
    return g.derive(_kinds, lambda g: {w: kind for kind, words in g.ROLE_KINDS.items() for w in [kind, *words]})
