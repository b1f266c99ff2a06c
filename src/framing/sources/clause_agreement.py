"""Where the phrases of a verb-first clause end, read by agreement and by the article joined to
a word (Arabic; settings of its ``words.yaml``, docs/languages.md), beside the clause rules of
:mod:`.clauses` and :mod:`.clause_vso`:

- a feminine phrase right after a masculine singular verb is no subject of it, which would
  agree ("وقال السوق الإيرانية لا تحتاج …": what was said, the subject dropped);
- the verb's object after its definite subject: a definite word right after a definite one that
  is no adjective of it ("واستقبل الرئيس | الوفد");
- a relative's antecedent in a verb-first clause: the phrase before the relative past the verb
  that opens the clause and the subject before its object ("واستقبل الملك | الوزير، الذي أكد");
- a participle of affiliation after a source agrees with it and takes its preposition and a
  body (``affiliated``, ``affiliated_preps``): part of the phrase ("مصادر مقربة من الرئاسة",
  "وسائل إعلام تركية مؤيدة للأكراد");
- after a comma that closes no quotation, a phrase with a determiner that names no one is the
  object of a verb that needs what was said, not its inverted subject ("Paris, capitale de la
  nation, reprend son rang").
"""

from __future__ import annotations

import re

from .clause_words import ClauseWords, derived, role_of

__all__ = ["affiliation_end", "disagreeing_subject", "object_after_comma", "object_at", "relative_antecedent"]


class _Settings:
    """``affiliated`` (a pattern of the participles of affiliation) and ``affiliated_preps``
    (their prepositions, a joined one written with a hyphen or tatweel: "لـ") of a ``words.yaml``."""

    def __init__(self, lang):
        data = lang.words or {}
        pattern = data.get("affiliated")
        self.AFFILIATED = re.compile(pattern) if pattern else None
        preps = [str(p) for p in data.get("affiliated_preps") or ()]
        self.PREPS = {p for p in preps if not p.endswith("ـ")}
        self.JOINED = tuple(p.rstrip("ـ") for p in preps if p.endswith("ـ"))


def affiliation_end(toks: list, k: int, hi: int, w: ClauseWords) -> int | None:
    """Where a participle of affiliation at ``k`` and its preposition and body end, read as part
    of the phrase before it ("مصادر | مقربة من الرئاسة", "تركية | مؤيدة للأكراد": the body's
    words to the next that is none); None where ``toks[k]`` opens none."""
    s = derived(w, "clause_agreement", _Settings)
    if s.AFFILIATED is None or k + 1 >= hi or not s.AFFILIATED.match(toks[k].low):
        return None
    nxt = toks[k + 1]
    if nxt.low in s.PREPS:
        j = k + 2
    elif nxt.low.startswith(s.JOINED) and len(nxt.low) > 3 and nxt.word:
        j = k + 1
    else:
        return None
    e = j + 1 if j < hi and toks[j].word else None
    while e is not None and e < hi and toks[e].word and w.DEFINITE_PREFIX is not None \
            and w.DEFINITE_PREFIX.match(toks[e].text) and toks[e].low not in w.COMPLEMENTIZERS:
        e += 1  # the body's adjectives, its complement ("من الحكومة السورية")
    return e


def disagreeing_subject(toks: list, i: int, e: int, gender: str, form: str, w: ClauseWords) -> bool:
    """The phrase ``toks[i:e]`` after a verb of ``gender`` (its form ``form``) is feminine where
    the verb is masculine singular, so no subject of it (a subject right after its verb agrees
    in gender: قالت الحكومة): its first word a definite feminine (``feminine_subject``), or a
    definite masculine-looking word (``masculine_head``) and its definite adjective in the
    feminine (``feminine_adjective``: "السوق الإيرانية"); not a role, a title or a body's word."""
    if w.FEMININE_SUBJECT is None or gender != "m" or (w.PLURAL is not None and w.PLURAL.search(form)):
        return False
    first = toks[i]
    if role_of(first.core, w) or first.core in w.TITLE_WORDS:
        return False
    if w.FEMININE_SUBJECT.match(first.text):
        return True
    return bool(i + 1 < e and w.FEMININE_ADJECTIVE is not None and w.MASCULINE_HEAD is not None
                and w.MASCULINE_HEAD.match(first.text) and w.FEMININE_ADJECTIVE.match(toks[i + 1].text)
                and first.core not in w.ORG_WORDS)


def _adjective(t, w: ClauseWords) -> bool:
    """A word that may be an adjective or part of a head's phrase: an origin's or a body's word,
    an adjective of a role, a title, or one in ي or ية (the adjectives of relation: "الأممي");
    not a role of its own ("الملك | الوزير")."""
    return (t.core in w.NATIONALITIES or t.core in w.ROLE_ADJECTIVES or t.core in w.ORG_WORDS
            or t.core in w.TITLE_WORDS and not role_of(t.core, w) or t.core.endswith(("ي", "ية")))


def _head(t, w: ClauseWords) -> bool:
    """A role's, a title's or a body's word, which opens a phrase ("وزير", "الرئيس", "وكالة")."""
    return bool(role_of(t.core, w)) or t.core in w.TITLE_WORDS or t.core in w.ORG_WORDS


def object_at(words: list, w: ClauseWords) -> int:
    """Where the verb's object opens in ``words``, a phrase a verb-first clause puts after its
    verb ("زار الوزير | المخيم"): at a definite word right after a definite one that is no
    adjective of it (:func:`_adjective`); else at its end."""
    definite = w.DEFINITE_PREFIX
    if definite is None:
        return len(words)
    return next((k for k in range(1, len(words)) if definite.match(words[k].text)
                 and definite.match(words[k - 1].text) and not _adjective(words[k], w)), len(words))


def relative_antecedent(toks: list, st: int | None, k: int, b: int, w: ClauseWords, np_back) -> tuple:
    """``(start, end)`` of the antecedent of the relative ``toks[b]`` in ``toks[st:k + 1]`` (the
    phrase before it) in a verb-first clause: past a verb that opens it — a first word without
    the article, no role, title or body's word, before a definite one that is no part of a
    given name ("واستقبل | الملك الوزير", not "جون كيربي", "عبد الله") — and past the subject
    before the object (:func:`object_at`: "الملك | الوزير"); the last object there. A relative
    with "و" joined and no comma before it goes on a description set off by a comma: its
    antecedent is the phrase before that comma ("جوناثان مونرو، كبير المديرين … والذي أعلن");
    ``np_back`` is :func:`.clause_phrases.np_back`, which reads this module's rules."""
    definite = w.DEFINITE_PREFIX
    if w.ORDER != "vso" or definite is None or st is None:
        return st, k
    if toks[b].low[:1] in w.CLAUSE_CLITICS and toks[b].low[1:] in w.RELATIVES and toks[k].word:
        c = next((x for x in range(k, max(-1, k - 15), -1) if not toks[x].word), None)
        before = np_back(toks, c - 1, 0, w) if c is not None and c >= 1 and toks[c].text in {",", "،"} else None
        if before is not None:
            st, k = before, c - 1
    st = _antecedent_start(toks, st, k, w)
    return st, k


def _antecedent_start(toks: list, st: int, k: int, w: ClauseWords) -> int:
    """:func:`relative_antecedent`'s start in ``toks[st:k + 1]``."""
    definite = w.DEFINITE_PREFIX
    if st >= k:
        return st
    first, second = toks[st], toks[st + 1]
    if not definite.match(first.text) and not _head(first, w) and (
            definite.match(second.text) and second.core not in w.NAME_DEFINITES or _head(second, w)
            or first.low[:1] in w.CLAUSE_CLITICS and (st == 0 or not toks[st - 1].word)):
        st += 1  # (a word with "و" joined opening the sentence, no article: a verb, "ويقول")
    while st < k:
        cut = object_at(toks[st:k + 1], w)
        if cut >= k + 1 - st:
            break
        st += cut
    return st


def object_after_comma(toks: list, b: int, i: int, e: int, needs_clause: bool, w: ClauseWords) -> bool:
    """The phrase ``toks[i:e]`` after a verb that needs what was said (``needs_clause``), the
    verb after a comma (token ``b``) that closes no quotation, opens with a determiner and names
    no one (no capital, role, body, title or word of a person: "…, reprend son rang", "…, lance
    son offensive"): the verb's object, the words before the comma its subject's apposition. An
    incise's subject is someone ("…, lance le ministre", "…, glisse un proche")."""
    if not needs_clause or b < 1 or toks[b].text != "," or toks[b - 1].text in w.CLOSE_Q or i >= e \
            or toks[i].low not in w.DETERMINERS:
        return False
    return not any(t.cap or role_of(t.core, w) or t.core in w.ORG_WORDS or t.core in w.TITLE_WORDS
                   or t.core in w.FEMALE or t.core in w.MALE for t in toks[i:e])
