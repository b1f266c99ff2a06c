"""Phrases in a script that writes its article and its prepositions joined to the word
(Arabic: ``definite_prefix``, ``oblique_plural``, ``listener_preps`` of ``words.yaml``), read
by the phrase rules of :mod:`.clauses`: where a phrase ends after an adjective of origin or
at a word without the article, and a listener in marks ("قال لـ«الوطن»")."""

from __future__ import annotations

from .clause_words import ClauseWords

__all__ = ["after_origin", "listener_mark"]


def after_origin(toks: list, i: int, k: int, w: ClauseWords) -> bool:
    """Token ``k`` opens a new phrase after an adjective of origin (the phrase opened at
    ``i``), in a script whose article is joined (``definite_prefix``): "نفى الجيش التركي |
    استهداف …", "أكدت مصادر كردية | مقتل …"; a name follows only a definite one after a
    person's role ("الرئيس التركي رجب طيب اردوغان"); a plural in the oblique case after a
    role is the verb's object (``oblique_plural``: "دعا الرئيس | المواطنين إلى …"); a definite
    phrase with no person's role ends at a word without the article ("أرجعت الشركة | تراجع …")."""
    if w.OBLIQUE_PLURAL is not None and w.OBLIQUE_PLURAL.match(toks[k].text) and (
            toks[k - 1].core in w.TITLE_WORDS or toks[k - 1].core in w.PERSON_ROLES or toks[k - 1].core in w.NATIONALITIES):
        return True
    if w.DEFINITE_PREFIX is None or toks[k].core in w.NATIONALITIES or toks[k].text[:1] == "ل":
        return False  # "المرصد السوري لحقوق الإنسان": a complement with "ل"
    definite, role = w.DEFINITE_PREFIX.match, any(t.core in w.TITLE_WORDS or t.core in w.PERSON_ROLES for t in toks[i:k - 1])
    if toks[k - 1].core not in w.NATIONALITIES:
        return bool(definite(toks[i].text) and definite(toks[k - 1].text) and not definite(toks[k].text)
                    and toks[k].low not in w.JOINERS and not role and toks[k - 1].core not in w.PERSON_ROLES)
    return definite(toks[k].text) is not None or definite(toks[k - 1].text) is None or not role


def listener_mark(toks: list, i: int, w: ClauseWords) -> int | None:
    """Where a listener named in marks ends, the token after its closing mark, when token
    ``i`` is a preposition of ``listener_preps`` that opens one ("وقال لـ«الوطن» إن …",
    "مصدر مطلع لـ«الشرق الأوسط»": the outlet spoken to, never the speaker); else None."""
    if not w.LISTENER_PREPS or i + 2 >= len(toks) or toks[i].low not in w.LISTENER_PREPS or toks[i + 1].text not in w.OPEN_Q:
        return None
    close = next((x for x in range(i + 2, min(len(toks), i + 8)) if toks[x].text in w.CLOSE_Q), None)
    return close + 1 if close is not None and close > i + 2 else None
