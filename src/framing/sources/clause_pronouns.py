"""A subject pronoun after a sentence that brings someone new in, in the languages of the
clause rules that name a pronoun's person (``pronoun_names``: French, German, Spanish,
Russian).

A pronoun is the latest speaker of its kind (:mod:`.clause_resolution`), unless the
sentence just before it names one other person, outside quotation marks, and the latest
speaker spoke before that sentence: "„…“, fügte Krassyuk hinzu. Hier sieht auch Bönte
Vorteile für den Ukrainer. „…“, sagte er" (Bönte); "Trump fuhr daraufhin … herum. „…“,
sagte er zu Reportern" (Trump, where Biden spoke last). The person is one the article names
in full somewhere (a name of two or three capitalised words, or a surname of one: "Bönte",
"Bernd Bönte"); two people named there, or none, leave the latest speaker.

A pronoun that may name a body (``body_pronouns``) after a sentence opened by a body as its
subject is that body, where their genders do not conflict: "Le Conseil d’Etat a rejeté mardi
ce recours. Il relève que …", "L’AG … considère que … Elle soutient …" (:func:`body_opening`).
"""

from __future__ import annotations

import re

from .clause_names import proper_name
from .clause_people import _names_between
from .clause_phrases import np_after, tokens
from .clause_words import ClauseWords, role_of
from .records import Attribution

__all__ = ["named_since", "body_opening", "role_named_uncased"]

_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def named_since(text: str, a: Attribution, earlier: Attribution | None, gender: str, full_names, sentence_of, order: dict,
                w: ClauseWords, history: list = ()) -> tuple[str, str] | None:
    """``(name, gender)`` of the one person the sentence before ``a``'s named, where the
    latest speaker ``earlier`` did not speak in it nor in ``a``'s own, and of no other
    gender (as the pronoun, or as ``history`` knows the person: "M. Holding Carter … a
    déclaré : « Non. » « Oui », dit-elle"); else None."""
    if earlier is None or not order or a.sentence not in order or a.speaker is None or not w.PRONOUN_NAMES:
        return None
    k = order[a.sentence]
    if k == 0 or earlier.sentence not in order or order[earlier.sentence] >= k - 1:
        return None
    people = _people(text, sentence_of[k - 1][0], a.speaker[0], full_names, w)
    if len(people) != 1:
        return None
    name, g = next(iter(people.items()))
    g = g or next((h.extra.get("gender", "") for h in reversed(history) if h.canonical == name), "")
    if gender and g and g != gender:
        return None
    said = set(earlier.canonical.split())
    return None if name.split()[-1] in said else (name, g)


def _people(text: str, start: int, end: int, full_names, w: ClauseWords) -> dict[str, str]:
    """The people ``text[start:end]`` names outside quotation marks, each by the full name
    the article gives them: {name: gender}."""
    found: dict[str, str] = {}
    for name, g, _roles in _names_between(text, start, end, w):
        for word in name.split():
            full = full_names[word] if word in full_names else ""
            if full:
                found.setdefault(full, g)
                break
        else:
            if len(name.split()) >= 2 and w.ORDER != "v2":  # German capitalises its nouns: "Bönte Vorteile"
                found.setdefault(name, g)
    inside = False
    for m in _WORD.finditer(text, start, end):  # a surname alone ("Trump fuhr …"), outside quotation marks
        gap = text[start:m.start()]
        inside = _inside(gap, w)
        word = m.group()
        if inside or not word[:1].isupper() or word not in full_names:
            continue
        full = full_names[word]
        if full and not any(full == x or word in x.split() for x in found):
            found[full] = ""
    # German capitalises its nouns: "Bönte Vorteile" (a surname, then a noun) is no one else
    surnames = {x.split()[-1] for x in found}
    return {x: g for x, g in found.items() if len(x.split()) < 2 or x.split()[0] not in surnames}


def _inside(gap: str, w: ClauseWords) -> bool:
    """Whether the text ``gap`` leaves a quotation open."""
    inside = False
    for ch in gap:
        if ch in w.OPEN_Q or ch in w.CLOSE_Q:
            inside = (not inside) if ch in w.OPEN_Q and ch in w.CLOSE_Q else ch in w.OPEN_Q
    return inside


def body_opening(text: str, a: Attribution, low: str, gender: str, sentence_of, order: dict, w: ClauseWords,
                 history: list = ()):
    """The body that opens the sentence before ``a``'s as its subject (right before a word,
    no comma: "Le Conseil d’Etat a rejeté …", "Die Kommission prüft …"), for a pronoun of
    ``body_pronouns`` of no other gender (the body's article's): the latest attribution of
    ``history`` whose speaker it opens ("L’AG Éducation Île-de-France" of "L’AG Éducation
    Île-de-France inter-degrés"), else the phrase as written; "" where that sentence opens
    otherwise or with a person ("Le ministre", "Jean Dupont")."""
    if low not in w.BODY_PRONOUNS or a.speaker is None or not order or a.sentence not in order or not order[a.sentence]:
        return ""
    start, end = sentence_of[order[a.sentence] - 1]
    toks = tokens(text, start, end, w)
    first = next((k for k, t in enumerate(toks) if t.word), None)
    if first is None or (toks[first].low not in w.ARTICLE_GENDER and toks[first].low not in w.ELISIONS
                         and text[toks[first].start:toks[first].end - len(toks[first].core)].lower() not in w.ELISIONS):
        return ""
    e = np_after(toks, first, len(toks), w)
    if e is not None and e + 1 < len(toks) and toks[e].word and not toks[e].cap and toks[e + 1].low in w.AUX \
            and not (toks[e].low in w.STOP or toks[e].low in w.AUX or toks[e].low in w.ADVERBS):
        e += 1  # "Le Conseil fédéral a décidé …": an adjective between the body's name and its auxiliary
    if e is None or e >= len(toks) or not toks[e].word or e - first > 8:
        return ""
    words = toks[first:e]
    if any(role_of(t.core, w) or t.core in w.FEMALE or t.core in w.MALE for t in words):
        return ""  # a person: "Le ministre", "La chanteuse"
    if not any(t.core in w.ORG_WORDS or (w.ORDER == "svo" and t.cap) for t in words):
        return ""
    g = w.ARTICLE_GENDER.get(toks[first].low, "")
    if gender and g and g != gender:
        return ""
    phrase = text[words[0].start:words[-1].end]
    key = phrase.lower().replace("'", "’")
    return next((h for h in reversed(history) if h.canonical and h.speaker_type == "org"
                 and h.canonical.lower().replace("'", "’").startswith(key)), phrase)


def role_named_uncased(text: str, a: Attribution, phrase: str, w: ClauseWords) -> str:
    """In a script without capitals (Arabic), the person a definite role with no name is:
    the name the text gave last after that role, in the 1,500 characters before it ("والتقى
    الرئيس السوري بشار الأسد وفدا … وقال الرئيس إن …": بشار الأسد; "الوزير الإيراني" after
    "وزير الخارجية الإيراني محمد جواد ظريف"), every word of the role phrase among the words
    before the name; else ""."""
    if w.CASED or w.DEFINITE_PREFIX is None or a.speaker is None:
        return ""
    words = [_bare(x, w) for x in phrase.split()]
    if not words or not (w.DEFINITE_PREFIX.match(phrase.split()[0])
                         or len(words) > 1 and w.DEFINITE_PREFIX.match(phrase.split()[1])):
        return ""  # "مسؤول": an official, no one the text named
    toks = tokens(text, max(0, a.speaker[0] - 1500), a.speaker[0], w)
    found = ""
    for k, t in enumerate(toks):
        if not t.word or _bare(t.text, w) != words[0]:
            continue
        e = k + 1
        while e < len(toks) and e - k < 10 and toks[e].word and toks[e].low not in w.COMPLEMENTIZERS \
                and toks[e].low not in w.PREPS and toks[e].low not in w.RELATIVES and not _pronoun(toks[e].low, w):
            e += 1  # (a relative or a pronoun, "و" joined or not, opens a clause of its own: "رئيس الوزراء |
            # وهو يشرب", "الرئيس | الذي منح")
        e = _before_accusative_pair(toks, k, e, w)
        run = " ".join(x.text for x in toks[k:e])
        name = proper_name(run, w).split()
        cut = next((j for j, x in enumerate(name) if j and w.DEFINITE_PREFIX.match(x)), None)
        name = name[:cut + 1] if cut is not None else name[:3]  # the name ends with its article's word: "بشار الأسد"
        lead = {_bare(x.text, w) for x in toks[k:e]} - {_bare(x, w) for x in name}
        if len(name) >= 2 and set(words) <= lead:
            found = " ".join(name)
    return found


def _pronoun(low: str, w: ClauseWords) -> bool:
    """``low`` is a subject pronoun, a clause clitic joined or not ("هو", "وهو", "وهي")."""
    return low in w.PRONOUNS or (low[:1] in w.CLAUSE_CLITICS and low[1:] in w.PRONOUNS)


def _before_accusative_pair(toks: list, k: int, e: int, w: ClauseWords) -> int:
    """Where the run from ``k`` to ``e`` ends before the verb's object after two words without
    the article, a name: an indefinite noun in the accusative and its adjective
    (``indefinite_accusative``: "عقد المتحدث … جون كيربي | مؤتمرا صحفيا"; not "… الروسية ماريا
    زاخاروفا": no name before it), a plural in the oblique case (``oblique_plural``: "ماريا
    زاخاروفا | الصحفيين")."""
    acc, definite, oblique = w.INDEFINITE_ACCUSATIVE, w.DEFINITE_PREFIX, w.OBLIQUE_PLURAL
    if acc is None or oblique is None:
        return e
    return next((x for x in range(k + 3, e) if not definite.match(toks[x - 1].text) and not definite.match(toks[x - 2].text)
                 and (oblique.match(toks[x].text) or x + 1 < e and acc.match(toks[x].text) and acc.match(toks[x + 1].text))), e)


def _bare(word: str, w: ClauseWords) -> str:
    """An Arabic word without its article and what is joined before it ("والرئيس": "رئيس";
    "وزير" keeps its و)."""
    m = w.DEFINITE_PREFIX.match(word)
    return word[m.end() - 1:] if m else word
