"""A role that speaks in the lede and is named by the next attribution: "The IRS official at
the center of a scandal … says she did nothing wrong. … “I didn’t do anything wrong,” Lois
Lerner told Politico"; "… , a leading Republican advocate of immigration reform said. “It’s
a path to legal status,” says Tamar Jacoby, president of ImmigrationWorks USA". News writing
holds the name back from the first sentence and gives it with the first quotation; the role
is that person (gold/README.md, the en5 draw).

Read only for the article's first attribution, when its speaker is a description of a person
that names no one ("the"/"a" and a role in lower case) and the next attribution with a
speaker of its own, in the same paragraph or the next, names a person in full whom the text
has not named before the role spoke; and not when a description with the role's head word
speaks again after the name ("an official said …", "Donald Trump denounced …", "the official
said …": the role is someone else). Everything that went back to the role (a pronoun, a
continuation) then goes to the person."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from .classification import classify
from .records import Attribution
from .words import Words

__all__ = ["name_the_lede_role"]

_DESCRIPTION = re.compile(r"(?:the|a|an)\s+[a-z]", re.IGNORECASE)


def name_the_lede_role(text: str, atts: list[Attribution], g: Words, gazetteer: Lexicon | None = None) -> None:
    """Gives the first attribution's role the person the next attribution names (module
    docstring); changes nothing when the pattern does not hold. The person's kind is what
    the name's own words say, else (with ``gazetteer``) what the role's say by a name or a
    role word, not by a generic word ("The IRS official …" is Lois Lerner, of the
    government; "a former spokesman" says not whose)."""
    spoke = [a for a in atts if a.speaker is not None and not a.nested]
    if len(spoke) < 2:
        return
    role = min(spoke, key=lambda a: a.speaker[0])
    written = text[role.speaker[0]:role.speaker[1]]
    if not _DESCRIPTION.match(written) or role.canonical != _bare(written) or role.speaker_type != "person" \
            or any(w[:1].isupper() and _named_word(w, g) for w in written.split()[1:]) \
            or not re.search(rf"\b{re.escape(role.head)}\b", written):
        # (a head in capitals is a title the article may use for anyone: "the President")
        return
    named = _next_named(text, role, spoke, g)
    if named is None:
        return
    if any(a.speaker[0] > named.speaker[0] and a.head == role.head and _DESCRIPTION.match(text, a.speaker[0])
           for a in spoke):
        return  # "the official" speaks again after the name: the article keeps the role for another
    old = (role.canonical, role.extra.get("speaker_id", ""))
    category = named.category
    if category == "unclassified" and gazetteer is not None:
        category = classify(text, [role.speaker], gazetteer, generic=False)
    for a in atts:
        if a is role or (a.canonical, a.extra.get("speaker_id", "")) == old:
            a.canonical, a.category, a.speaker_type = named.canonical, category, named.speaker_type
            a.extra["speaker_id"] = named.extra.get("speaker_id", "")
            a.extra["lede_role"] = True


def _named_word(w: str, g: Words) -> bool:
    """A capitalised word that may be a name: not an acronym of a body ("IRS", "U.S."), not a
    nationality, a party or a title ("Republican", "Syrian", "Former")."""
    bare = w.strip(".,’'")
    return not (bare.isupper() or "." in bare or bare.lower() in g.TITLE_WORDS or bare.lower() in g.DETERMINERS)


def _bare(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)


def _next_named(text: str, role: Attribution, spoke: list, g: Words) -> Attribution | None:
    """The next attribution after ``role`` whose speaker is written (not a pronoun, not the
    role's own continuation), if it names a person in full, stands in the role's paragraph or
    the next, and the person's surname is not in the text before the role spoke."""
    after = sorted((a for a in spoke if a.speaker[0] > role.speaker[1] and a.canonical != role.canonical),
                   key=lambda a: a.speaker[0])
    if not after:
        return None
    b = after[0]
    written = text[b.speaker[0]:b.speaker[1]]
    if written.lower() in g.PRONOUNS or b.speaker_type != "person":
        return None
    name = b.canonical.split()
    if len(name) < 2 or not all(w[:1].isupper() for w in name):
        return None
    if text.count("\n", role.speaker[1], b.speaker[0]) > 1 + text.count("\n\n", role.speaker[1], b.speaker[0]):
        return None  # beyond the next paragraph
    first = min(role.speaker[0], role.cue[0] if role.cue else role.speaker[0], role.content[0])
    if re.search(rf"\b{re.escape(name[-1])}\b", text[:first]):
        return None  # named before: the role may be someone else
    return b
