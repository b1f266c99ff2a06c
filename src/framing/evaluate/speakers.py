"""Whether a predicted speaker names the gold speaker: the rule of ``docs/evaluation.md``
("Gold sets of our own"), shared by the attribution scores.

Two strings name the same speaker when, after normalising (case, white space, apostrophes
typed straight or curly and a possessive split off by a tokeniser — "Libya’s", "Libya's",
"Cantor 's" —, a leading "the/a/an", a possessive "'s", outer punctuation), they are equal; or when both are names
(every word capitalised; titles, role words and nationalities of the language's
``words.yaml`` such as "President", "Sen.", "Mayor" left out, and a hometown "of Maine")
whose surnames (last words) have the same romanisation-blind key
(:func:`framing._names.name_key`: "Assad" and "al-Asad") and whose other words do not
conflict: one side has none, or one of them is one of the other side's (the same key, or
an initial of it), so that "Thursday Sen. Rand Paul" names Rand Paul and "Melania Trump"
does not name Donald Trump. Descriptions and other lower-case phrases ("a U.S. official")
are compared as normalised strings only. An acronym names what its initials spell ("RFE",
"Radio Free Europe"; "the OIC", "the Organisation of Islamic Cooperation"). An English
document named after its author names its author too ("the Islamic State document", "the
Islamic State"; "the RNC report", "the Republican National Committee"), as framing's rules
read a document that speaks; "the report" names no one but itself.
"""

from __future__ import annotations

import re

from .._names import fold, name_key
from ..sources.clause_words import clause_words_of, rules_of
from ..sources.words import words_of

__all__ = ["same_speaker", "normalise_speaker"]

_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_POSSESSIVE = re.compile(r"['’]s$")
_OUTER = re.compile(r"^[\W_]+|[\W_]+$")
#: an apostrophe as a reader reads it, however typed (the text's ’ or ʼ, a gold's ')
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
#: a possessive a tokeniser split from its noun ("Cantor 's")
_SPLIT_POSSESSIVE = re.compile(r"\s+(?='s\b)")
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
#: Lower-case words that may stand inside a name ("Bashar al-Assad", "Ursula von der Leyen").
_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|az|ar|an|at|bin|ibn|abu|de|van|von)-")
_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du",
              "la", "le", "dos", "das", "y"}


def normalise_speaker(name: str) -> str:
    """Lower case, one space between words, one apostrophe however typed, no leading article,
    possessive or outer punctuation.

    >>> normalise_speaker("Libya’s air force") == normalise_speaker("Libya's air force") == "libya's air force"
    True
    """
    s = _SPLIT_POSSESSIVE.sub("", " ".join(str(name).split()).lower().translate(_APOSTROPHES))
    s = _POSSESSIVE.sub("", _OUTER.sub("", s))
    return _OUTER.sub("", _ARTICLE.sub("", s))


def _name_words(name: str, skip: frozenset) -> list[str] | None:
    """The words of a name without titles, role words and suffixes, cut before a hometown
    ("Susan Collins of Maine"), or None when ``name`` is not a name (a lower-case word)."""
    parts = re.split(r"\s+of\s+(?=[A-Z])", str(name))
    if len(parts) > 1:  # "Susan Collins of Maine" is Susan Collins; "Secretary of State Hillary Clinton" is Hillary Clinton
        head = _name_words(parts[0], skip)
        return head if head else _name_words(parts[-1], skip)
    words = _OUTER.sub("", " ".join(str(name).split())).split()
    out = []
    for w in words:
        low = w.lower()
        if low in skip or low.rstrip(".") in skip or low in _SUFFIXES or low == "the":
            continue
        if low in _PARTICLES or _PARTICLE.match(low):
            out.append(w)
            continue
        first = w.lstrip("'’\"“”«»(")[:1]
        if not first or not (first.isupper() or (first.isalpha() and not first.islower())):
            return None  # a lower-case word: a description, not a name (a script without case, Arabic, has only names)
        out.append(w.rstrip(","))
    return out or None


def _acronym(short: str, long: str) -> bool:
    """``short`` is one upper-case word whose letters are the initials of ``long``'s capitalised
    words ("the OIC", "the Organisation of Islamic Cooperation"; "RFE", "Radio Free Europe")."""
    word = _OUTER.sub("", re.sub(r"(?i)^(?:the|a|an)\s+", "", short.strip())).replace(".", "")
    if not (2 <= len(word) <= 8 and word.isalpha() and word.isupper()):
        return False
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", long) if w[0].isupper())
    return initials.upper() == word


_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_CYRILLIC_ENDING = re.compile("(?<=[а-яё]{3})(?:ой|ей|ом|ым|ем|ую|ая|ого|ему|а|я|у|ю|е|ы|и|о|й)$")


def _key(word: str) -> str:
    """:func:`name_key` of a word in Latin letters; in another script (where it is empty)
    the word folded: lower case, accents and Arabic vowel marks off, a Cyrillic case ending
    off ("Андреевой", "Андреева")."""
    k = name_key(word)
    if k:
        return k
    low = _ARABIC_MARKS.sub("", fold(word))
    return _CYRILLIC_ENDING.sub("", low)


def _surname_key(word: str) -> str:
    # the article off first: name_key reads the "ass" of a bare "Assad" after "al-" as a fused article
    return _key(_PARTICLE.sub("", _POSSESSIVE.sub("", word.lower()), count=1))


def _given_match(a: str, b: str) -> bool:
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:  # an initial: "J. Smith" is John or Jane Smith
        return a[:1].lower() == b[:1].lower()
    return _key(a) == _key(b)


def _skip_words(language: str) -> frozenset:
    """The titles, role words and nationalities a name is compared without."""
    if rules_of(language) == "clauses":
        return frozenset(clause_words_of(language).NAME_SKIP)
    g = words_of(language)
    return frozenset(g.TITLES) | frozenset(g.TITLE_WORDS) | frozenset(g.PERSON_ROLES) | frozenset(g.NATIONALITIES)


def _articles(language: str) -> frozenset:
    """The articles of a language of the clause rules ("le", "la", "l’", "der", "el" …)."""
    return frozenset(clause_words_of(language).ARTICLES) if rules_of(language) == "clauses" else frozenset()


def _drop_article(s: str, articles: frozenset) -> str:
    s = s.replace("'", "’")
    first = s.split(" ", 1)
    if len(first) == 2 and first[0] in articles:
        return first[1]
    elided = next((x for x in articles if x.endswith("’") and s.startswith(x)), None)
    return s[len(elided):] if elided else s


def _author_of(phrase: str, language: str) -> str:
    """The author a document phrase names, in a language whose documents are named after
    their author (English ``document_heads`` and ``report_heads``: "the Islamic State
    document", "the RNC report", "the Senate Democrats' report"), else "": a document
    speaks for its author, as :mod:`framing.sources.documents` reads it."""
    if rules_of(language) == "clauses":
        return ""
    g = words_of(language)
    words = " ".join(str(phrase).split()).split(" ")
    if len(words) < 2 or words[-1].lower() not in (g.DOCUMENT_HEADS | g.REPORT_HEADS):
        return ""
    rest = _POSSESSIVE.sub("", re.sub(r"(?<=s)['’]$", "", " ".join(words[:-1])))
    return rest if normalise_speaker(rest) and _ARTICLE.sub("", normalise_speaker(rest) + " ") else ""


def same_speaker(predicted: str, gold: str, *, language: str | None = None) -> bool:
    """Whether ``predicted`` names the speaker ``gold`` (module docstring: the rule).

    Examples
    --------
    >>> same_speaker("Trump", "Donald Trump"), same_speaker("President Donald J. Trump", "Donald Trump")
    (True, True)
    >>> same_speaker("Melania Trump", "Donald Trump"), same_speaker("al-Asad", "Bashar al-Assad")
    (False, True)
    >>> same_speaker("The Pentagon", "the Pentagon"), same_speaker("Russian official", "a U.S. official")
    (True, False)
    """
    if not isinstance(predicted, str) or not isinstance(gold, str) or not predicted.strip() or not gold.strip():
        return False
    a, b = normalise_speaker(predicted), normalise_speaker(gold)
    if a == b:
        return True
    articles = _articles(language or "en")
    if articles and _drop_article(a, articles) == _drop_article(b, articles):
        return True  # "les chiffres officiels", "chiffres officiels": the language's articles as "the"
    if _acronym(predicted, gold) or _acronym(gold, predicted):
        return True
    for doc, other in ((predicted, gold), (gold, predicted)):
        author = _author_of(doc, language or "en")
        if author and same_speaker(author, other, language=language):
            return True  # "the Islamic State document" names the Islamic State
    skip = _skip_words(language or "en")
    pa, pb = _name_words(predicted, skip), _name_words(gold, skip)
    if not pa or not pb:
        return False
    if _surname_key(pa[-1]) != _surname_key(pb[-1]):
        return False
    # the other words do not conflict: one side has none, or one of them is one of the other's
    # ("Thursday Sen. Rand Paul" names Rand Paul; "Hillary Clinton" Hillary Rodham Clinton)
    ra, rb = pa[:-1], pb[:-1]
    return not ra or not rb or any(_given_match(x, y) for x in ra for y in rb)
