"""Whose a role is, where a language writes it in the role's compound (German "der
CDU-Spitzenkandidat", "die SPD-Chefin", "AfD-Spitzenkandidat Björn Höcke"): a definite
role with an affiliation is the person the text named with that affiliation, never one it
named with another ("so der CDU-Spitzenkandidat" after "AfD-Spitzenkandidat Björn Höcke
… seinem CDU-Kontrahenten Mario Voigt" is Mario Voigt, not Höcke).

Read where the language says so (``affiliation_compounds`` in its ``words.yaml``); the
words before a hyphen that say no affiliation ("Ex-Kanzler", "Vize-Chef") are its
``role_modifiers``. A language of cases writes whose a role is in the genitive after it
("Представитель Кремля" is the person named with "Пресс-секретарь Кремля": :func:`genitive_person_of`)."""

from __future__ import annotations

import re

from .clause_words import ClauseWords, role_of
from .records import LOOKBACK

_COMPOUND = re.compile(r"(?<![\w-])([^\W\d_][\w]*)-([^\W\d_][\w]*)")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"  # a capitalised word of the Latin script ("Mario", "Öztürk")


def affiliation(phrase: str, w: ClauseWords) -> str:
    """The affiliation a role in ``phrase`` is written with, in lower case ("der
    CDU-Spitzenkandidat": "cdu"), or ""."""
    if not w.AFFILIATION_COMPOUNDS:
        return ""
    for m in reversed(list(_COMPOUND.finditer(phrase))):
        if role_of(m.group(2).lower(), w) and _says_whose(m.group(1), w):
            return m.group(1).lower()
    return ""


def _says_whose(word: str, w: ClauseWords) -> bool:
    """A word before a hyphen that names an affiliation: capitalised, no title, role or
    modifier of a role ("CDU", "AfD", "Grünen"; not "Ex", "Vize")."""
    low = word.lower()
    return word[:1].isupper() and low not in w.ROLE_MODIFIERS and low not in w.TITLE_WORDS and not role_of(low, w)


def affiliations_of(text: str, name: str, w: ClauseWords) -> set[str]:
    """The affiliations the text writes in a role's compound before the person ``name``
    ("AfD-Spitzenkandidat Björn Höcke", "AfD-Spitzenmann Björn Höcke": {"afd"}; not the
    place of "Mecklenburg-Vorpommerns Verkehrsminister Reinhard Meyer")."""
    words = name.split()
    if not words:
        return set()
    pattern = rf"(?<![\w-])([^\W\d_][\w]*)-([^\W\d_][\w]*)\s+(?:{_NAME_WORD}\s+){{0,2}}{re.escape(words[-1])}(?![\w-])"
    return {m.group(1).lower() for m in re.finditer(pattern, text)
            if role_of(m.group(2).lower(), w) and _says_whose(m.group(1), w)}


def person_of(text: str, end: int, which: str, w: ClauseWords) -> str:
    """The last person the text names before ``end`` right after a compound with the
    affiliation ``which`` ("seinem CDU-Kontrahenten Mario Voigt": "Mario Voigt"), a name of
    two or three capitalised words; else ""."""
    pattern = rf"(?<![\w-])(?i:{re.escape(which)})-[^\W\d_][\w]*\s+((?:{_NAME_WORD}\s+){{1,2}}{_NAME_WORD})(?![\w-])"
    found = ""
    for m in re.finditer(pattern, text[:end]):
        name = m.group(1).split()
        if not any(role_of(x.lower(), w) or x.lower() in w.ORG_WORDS for x in name):
            found = " ".join(name)
    return found


def genitive_person_of(text: str, end: int, phrase: str, w: ClauseWords) -> str:
    """In a language of cases (``case_ending``), a role with a body in the genitive and no
    name ("Представитель Кремля подчеркнул") is the person the text named last before ``end``
    with a role and that same body ("Пресс-секретарь Кремля Дмитрий Песков"), the role in the
    nominative and a name of two or three capitalised words after it; else ""."""
    words = phrase.split()
    if w.CASE_ENDING is None or len(words) != 2 or not role_of(words[0].lower(), w) or not words[1][:1].isupper():
        return ""
    pattern = rf"(?<![\w-])([\w-]+)\s+{re.escape(words[1])}((?:\s+[^\W\d_][\w-]*){{2,3}})"
    found = ""
    for m in re.finditer(pattern, text[:end]):
        role, name = m.group(1).lower(), m.group(2).split()
        while name and not name[-1][:1].isupper():
            name = name[:-1]  # "… Дмитрий Песков провел": the name, to its last capitalised word
        if len(name) >= 2 and all(x[:1].isupper() for x in name) and role in w.PERSON_ROLES | w.TITLE_WORDS \
                and not any(role_of(x.lower(), w) or x.lower() in w.ORG_WORDS for x in name):
            found = " ".join(name)
    return found


def named_with_complement(text: str, phrase: str, head: str, gender: str, history: list, w: ClauseWords):
    """The person a definite role with a complement names ("el titular de Hacienda", "le
    patron de la Défense"): the one named before, at most :data:`LOOKBACK` speakers back,
    whose speaker phrase gave a role of the same complement ("el secretario de Hacienda,
    Rogelio Ramírez"), of no other gender; else None. The complement opens with a joiner and
    holds a capitalised word (a body or a place: "de Hacienda", "de la Défense")."""
    words = phrase.split()
    k = next((i for i, x in enumerate(words) if x.lower() == head), None) if head else None
    if k is None or k + 2 > len(words) or words[k + 1].lower() not in w.JOINERS \
            or not any(x[:1].isupper() for x in words[k + 2:]):
        return None
    complement = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words[k + 1:])) + r"(?!\w)")
    for h in reversed(history[-LOOKBACK:]):
        if not (h.canonical and h.extra.get("named") and h.speaker_type == "person" and h.speaker):
            continue
        said = text[h.speaker[0]:h.speaker[1]] + (" " + text[h.appositive[0]:h.appositive[1]] if h.appositive else "")
        if complement.search(said) and not (gender and h.extra.get("gender") and h.extra["gender"] != gender):
            return h
    return None


def named_with_role_before(text: str, end: int, phrase: str, head: str, w: ClauseWords) -> str:
    """"Le ministre de l’Intérieur a assuré" after "Le ministre de l’Intérieur, Gérald Moreau, …"
    or "Gérald Moreau, ministre de l’Intérieur, …" where that person said nothing before: a
    definite role with a complement (a joiner and a capitalised word, as in
    :func:`named_with_complement`) is the person the text named last before ``end`` with the
    same role and complement, the name of two capitalised words or more right after it or right
    before it and a comma; else ""."""
    words = phrase.split()
    k = next((i for i, x in enumerate(words) if x.lower() == head), None) if head else None
    if k is None or k + 2 > len(words) or words[k + 1].lower().replace("'", "’") not in w.JOINERS \
            or not any(x.replace("'", "’").split("’")[-1][:1].isupper() for x in words[k + 2:]):  # "de l’Intérieur"
        return ""
    role = r"\s+".join(re.escape(x).replace("’", "['’]").replace("'", "['’]") for x in words[k:])
    name = r"([A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,3})"
    found = [m for p in (r"(?<!\w)(?i:" + role + r")\s*,?\s+" + name + r"(?![\w’'-])",
                         r"(?<![\w’'-])" + name + r"\s*,\s*(?:\w+[’']?\s*)?(?i:" + role + r")(?!\w)")
             for m in re.finditer(p, text[:end])]
    return max(found, key=lambda m: m.start()).group(1) if found else ""

