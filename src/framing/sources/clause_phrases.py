"""Noun phrases in the languages of the clause rules (:mod:`.clauses`): the tokens of a
cue's window (:func:`tokens`), the phrase that starts at a token (:func:`np_after`: "le
porte-parole du gouvernement", "M. Carter", "von der Leyen") or ends at one
(:func:`np_back`), and whether a phrase before a verb may be its subject
(:func:`_subject_like`), read from the language's words (:mod:`.clause_words`)."""

from __future__ import annotations

from ..cues import canonical_form
from .clause_agreement import affiliation_end
from .clause_cases import adjective_opens
from .clause_words import ClauseWords, derived, elided, role_of
from .first_names import is_first_name

__all__ = ["Tok", "tokens", "np_after", "np_back"]


class Tok:
    """A token: its text and span, lower case, the word without an elided article
    ("l’Egypte" → "egypte"), whether that word is capitalised, whether it is a word."""

    __slots__ = ("text", "start", "end", "low", "core", "cap", "word")

    def __init__(self, text: str, start: int, end: int, elisions: tuple):
        self.text, self.start, self.end = text, start, end
        self.low = text.lower().replace("'", "’")
        core = text[elided(self.low, elisions):]
        self.core = core.lower()
        self.cap = core[:1].isupper()
        self.word = text[:1].isalnum()

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Tok({self.text!r}, {self.start})"


def tokens(text: str, start: int, end: int, w: ClauseWords) -> list[Tok]:
    """The tokens of ``text[start:end]`` by the language's token pattern."""
    el = w.ELISIONS
    return [Tok(m.group(), m.start(), m.end(), el) for m in w.TOKEN_RE.finditer(text, start, end)]


def _name_word(t: Tok, w: ClauseWords) -> bool:
    """A word that may stand in a name or a role phrase."""
    return t.word and (t.cap or role_of(t.core, w) != "" or t.core in w.TITLE_WORDS or t.core in w.ORG_WORDS
                       or t.core in w.NATIONALITIES or t.low in w.JOINERS or w.PARTICLE_RE.match(t.text) is not None
                       or not w.CASED)


def _ends_phrase(t: Tok, w: ClauseWords) -> bool:
    low = t.low
    if low in w.JOINERS:
        return False
    return (low in w.STOP or low in w.COMPLEMENTIZERS or low in w.CONJUNCTIONS or low in w.AUX
            or low in w.PREPS)


def np_after(toks: list[Tok], i: int, hi: int, w: ClauseWords) -> int | None:
    """End (exclusive) of the noun phrase that starts at token ``i`` (adverbs and time
    words before it stepped over by the caller), or None when none starts there."""
    if i >= hi:
        return None
    t = toks[i]
    if t.text in w.OPEN_Q:  # laut „Washington Post“: a name in marks
        k = next((x for x in range(i + 1, min(hi, i + 10)) if toks[x].text in w.CLOSE_Q), None)
        return k + 1 if k is not None and k > i + 1 and toks[i + 1].word else None
    if not t.word:
        return None
    if t.low in w.PRONOUNS:
        return i + 1
    if _ends_phrase(t, w) and t.low not in w.DETERMINERS or (t.low in w.PREPS and t.low not in w.DETERMINERS
                                                              and not _particle_of_name(toks, i, hi, w)):
        return None
    if w.CASED and not (t.low in w.DETERMINERS or _name_word(t, w) or t.low[:1].isdigit() or adjective_opens(toks, i, hi, w)):
        return None
    head = _after_attribute(toks, i, hi, w)
    if head is not None:
        return np_after(toks, head, hi, w)  # "der für die Bankenaufsicht zuständige Fed-Vizechef Michael Barr"
    k, lower, named = i, 0, False
    while k < hi and k - i < 14:
        t = toks[k]
        if not t.word:
            after = _through_mark(toks, i, k, hi, w)
            if after is None:
                break
            named = named or (w.CASED and toks[k].text in w.OPEN_Q)  # "der „New York Times“ | plant": a name
            k = after
            continue
        through = _read_through(toks, i, k, hi, w)
        if through is not None:
            k = through
            continue
        if k > i and (_ends_phrase(t, w) or (t.low in w.PRONOUNS and t.low not in w.DETERMINERS)
                      or (t.core in w.TIME_WORDS and not t.cap and w.CASED  # "a déclaré le ministre | mardi"
                          and not (w.PAST_PARTICIPLE is not None and w.PAST_PARTICIPLE.search(toks[k - 1].low)))
                      or (t.low in w.ADVERBS and (not w.CASED or not t.cap and toks[k - 1].low not in w.DETERMINERS))
                      or _after_origin(toks, i, k, w) or (listener_mark(toks, k, w) is not None
                                                          and (not _role_word(toks[k - 1], w) or _a_source(toks[i], w))
                                                          and toks[k - 1].core not in w.TITLE_WORDS)
                      or _listener_after_name(toks, k, hi, w) or _object_after_name(toks, i, k, w)
                      or (t.low in w.LISTENERS and toks[k - 1].cap)  # "сказал Песков | журналистам"
                      or (t.low in w.SPEAKER_ENDS and _complement(t, w))  # "مسؤول عسكري أمريكي | لشبكة …"
                      or (t.low in w.DATIVE_ARTICLES and toks[k - 1].word and toks[k - 1].low not in w.PREPS
                          and toks[k - 1].low not in w.DETERMINERS)):
            break  # "sagte der Präsident wahrscheinlich": an adverb after the phrase ends it; "مدير الإدارة | لـ«المدينة»";
            # "sagte der Minister | dem Sender": an article of the dative after the head opens the one spoken to
        if w.CASED:
            step = _cased_step(toks, k, i, w, named, lower)
            if step is None:
                break
            named, lower = step
        k += 1
    return _phrase_end(toks, i, k, w)


def _read_through(toks: list[Tok], i: int, k: int, hi: int, w: ClauseWords) -> int | None:
    """Where :func:`np_after` goes on past token ``k``: a conjunction between two roles ("der
    Anwalt und Dissident Ayman Sheib ad-Din"); a participle of affiliation with its preposition
    and body (:func:`.clause_agreement.affiliation_end`: "مصادر | مقربة من الرئاسة"); else None."""
    if k > i and toks[k].low in w.CONJUNCTIONS and k + 1 < hi and _role_word(toks[k - 1], w) and _role_word(toks[k + 1], w):
        return k + 1
    return affiliation_end(toks, k, hi, w) if k > i and w.ORDER == "vso" else None


#: the endings of an attributive adjective or participle (German "zuständige", "genannten")
_ATTRIBUTIVE = ("e", "en", "er", "es", "em")


def _after_attribute(toks: list[Tok], i: int, hi: int, w: ClauseWords) -> int | None:
    """Where the head of a phrase stands after an extended attribute between its article
    and it, in a language that puts the verb second: "der | für die Bankenaufsicht
    zuständige | Fed-Vizechef Michael Barr" (an article, a phrase of a preposition, then
    a participle or an adjective in lower case before a capitalised noun); else None."""
    if w.ORDER != "v2" or toks[i].low not in w.DETERMINERS or i + 2 >= hi or toks[i + 1].low not in w.PREPS:
        return None
    for x in range(i + 2, min(hi - 1, i + 12)):
        t = toks[x]
        if not t.word:
            return None
        if not t.cap and t.low not in w.DETERMINERS and t.low not in w.PREPS and t.low.endswith(_ATTRIBUTIVE):
            return x + 1 if toks[x + 1].cap and toks[x + 1].word else None
    return None


def _listener_after_name(toks: list[Tok], k: int, hi: int, w: ClauseWords) -> bool:
    """A preposition of the listener (``listener_preps``) that is also a joiner of names,
    after a person's capitalised name and before a body's word, opens the listener, not the
    rest of the name: "dijo Pedro Sánchez | al Congreso" (but "Bashar al Asad")."""
    t = toks[k]
    return (t.low in w.LISTENER_PREPS and t.low in w.JOINERS and k + 1 < hi and toks[k + 1].core in w.ORG_WORDS
            and toks[k - 1].cap and toks[k - 1].core not in w.ORG_WORDS)


def _object_after_name(toks: list[Tok], i: int, k: int, w: ClauseWords) -> bool:
    """In a script whose article is joined (Arabic, verb first), a word with the article
    after a name that ended with its family name's article opens the verb's object: "وانتقد
    وزير الخارجية وليد المعلم | السياسة الأمريكية" (a given name without the article, then
    the family name with it); not an adjective of origin ("… المعلم السوري"). A family name
    without it, after a definite role phrase, the same ("ودعا الأمين العام للأمم المتحدة أنطونيو
    غوتيريش | الأطراف"; not a construct chain "مدير عام مستشفى الشفاء", nor "حسن نصر الله")."""
    if w.DEFINITE_PREFIX is None or k - i < 3 or not toks[k].word or toks[k].core in w.NATIONALITIES \
            or role_of(toks[k].core, w) or toks[k].core in w.NAME_SKIP:
        return False  # (a title after a place: "أمير منطقة مكة المكرمة الأمير خالد الفيصل")
    given, family = toks[k - 2], toks[k - 1]
    bare = toks[k].core not in w.NAME_DEFINITES and toks[k - 3].word and w.DEFINITE_PREFIX.match(toks[k - 3].text) is not None
    return (w.DEFINITE_PREFIX.match(toks[k].text) is not None and (w.DEFINITE_PREFIX.match(family.text) is not None or bare)
            and given.word and w.DEFINITE_PREFIX.match(given.text) is None and not role_of(given.core, w)
            and not _construct_body(given, w)
            and given.core not in w.NAME_SKIP and given.core not in w.ORG_WORDS and given.core not in w.JOINERS
            and not role_of(family.core, w) and family.core not in w.NAME_SKIP and family.core not in w.ORG_WORDS)


def _construct_body(t: Tok, w: ClauseWords) -> bool:
    """A body's word without its article, in construct state or joined to the preposition
    of its complement ("وزير خارجية | المملكة العربية", "الأمين العام لجامعة | الدول
    العربية"): no given name, though it has no article."""
    core = t.core[len(w.ARTICLE_ELIDES_AFTER):] if w.ARTICLE_ELIDES_AFTER and t.core.startswith(w.ARTICLE_ELIDES_AFTER) \
        else t.core
    return any(x in w.ORG_WORDS or w.JOINED_ARTICLE + x in w.ORG_WORDS for x in {t.core, core})


def _particle_of_name(toks: list[Tok], i: int, hi: int, w: ClauseWords) -> bool:
    """The joiner at token ``i`` opens a name ("von der Leyen"), not a phrase after a
    preposition ("zu mehr Respekt"): joiners, then a capitalised word."""
    k = i + 1
    while k < hi and toks[k].low in w.JOINERS and k - i < 4:
        k += 1
    return toks[i].low in w.JOINERS and k < hi and toks[k].cap


def _phrase_end(toks: list[Tok], i: int, k: int, w: ClauseWords) -> int | None:
    """The end of a phrase from ``i`` read to ``k``: joiners and articles at its end left
    out; None for an article alone ("lamenta la «falta …»")."""
    while k > i + 1 and (toks[k - 1].low in w.JOINERS or toks[k - 1].low in w.DETERMINERS):
        k -= 1
    if k == i + 1 and toks[i].low in w.DETERMINERS and toks[i].low not in w.PRONOUNS:
        return None
    return k if k > i else None


def _through_mark(toks: list[Tok], i: int, k: int, hi: int, w: ClauseWords) -> int | None:
    """Where a phrase goes on after the mark at token ``k``: past the dot of a title ("M.
    Carter"), past a name in marks after a role, a body or a document (``marked_names``:
    "агентство «Интерфакс»", "صحيفة «واشنطن بوست»", "بيان «جيش الفتح»", "مكتب حركة «أحرار الشام»"); None
    where the mark ends it."""
    t = toks[k]
    if t.text == "." and k > i and _abbreviated_title(toks, k - 1, w) and k + 1 < hi and toks[k + 1].word:
        return k + 1  # "M. Carter"; not "— сказал мэр." nor "a déclaré le ministre." at the end
    if w.MARKED_NAMES and t.text in w.OPEN_Q and k > i and (_role_word(toks[k - 1], w) or toks[k - 1].low in w.JOINERS
                                                            or (w.CASED and k == i + 1 and toks[i].low in w.DEFINITE)
                                                            or (not w.CASED and (toks[i].core in w.ORG_WORDS
                                                                                 or toks[k - 1].core in w.ORG_WORDS))
                                                            or (not w.CASED and toks[k - 1].core in w.DOCUMENTS)):
        # a name of four words at most, not a quotation ("الرئيس “إن الوطن …”")
        close = next((x for x in range(k + 1, min(hi, k + 6)) if toks[x].text in w.CLOSE_Q), None)
        if close is not None and close > k + 1 and toks[k + 1].low not in w.COMPLEMENTIZERS:
            return close + 1
    return None


def _complement(t: Tok, w: ClauseWords) -> bool:
    """A word joined to the preposition the article loses its alef after (``matching`` of
    ``language.yaml``: "لحقوق", "للشؤون"): a complement of the phrase before it."""
    return bool(w.ARTICLE_ELIDES_AFTER) and t.text.startswith(w.ARTICLE_ELIDES_AFTER)


def _after_origin(toks: list[Tok], i: int, k: int, w: ClauseWords) -> bool:
    """Token ``k`` opens a new phrase after an adjective of origin (the phrase opened at
    ``i``), in a script whose article is joined (``definite_prefix``): "نفى الجيش التركي |
    استهداف …", "أكدت مصادر كردية | مقتل …"; a name follows only a definite one after a
    person's role ("الرئيس التركي رجب طيب اردوغان"); a plural in the oblique case after a
    role is the verb's object (``oblique_plural``: "دعا الرئيس | المواطنين إلى …"); a definite
    phrase with no person's role ends at a word without the article ("أرجعت الشركة | تراجع …")."""
    if (w.FEMININE_OBJECT is not None or w.POSSESSED_OBJECT is not None) and _disagreeing_object(toks, i, k, w):
        return True
    if w.OBLIQUE_PLURAL is not None and w.OBLIQUE_PLURAL.match(toks[k].text) and (
            toks[k - 1].core in w.TITLE_WORDS or toks[k - 1].core in w.PERSON_ROLES or toks[k - 1].core in w.NATIONALITIES):
        return True
    if w.DEFINITE_PREFIX is None or toks[k].core in w.NATIONALITIES or _complement(toks[k], w) \
            or toks[k].core in w.ROLE_ADJECTIVES:
        return False  # "المرصد السوري لحقوق الإنسان": a complement with "ل"; "المندوب الروسي الدائم"
    definite, role = w.DEFINITE_PREFIX.match, any(t.core in w.TITLE_WORDS or t.core in w.PERSON_ROLES for t in toks[i:k - 1])
    if role and toks[k].core in w.TITLE_WORDS and definite(toks[k].text):
        return False  # a title before the name: "وزير الدفاع السعودي | الأمير محمد بن سلمان"
    if toks[k - 1].core not in w.NATIONALITIES:
        return bool(definite(toks[i].text) and definite(toks[k - 1].text) and not definite(toks[k].text)
                    and toks[k].low not in w.JOINERS and not role and toks[k - 1].core not in w.PERSON_ROLES)
    return definite(toks[k].text) is not None or definite(toks[k - 1].text) is None or not role


def _disagreeing_object(toks: list[Tok], i: int, k: int, w: ClauseWords) -> bool:
    """Token ``k``, definite and in the feminine or plural (``feminine_object``) or a verbal
    noun (``masculine_object``), after a
    definite masculine singular body's or role's word (``masculine_head``) and only its
    adjectives of origin: no adjective of it, which would agree, but the verb's object
    ("وأدان المجلس العسكري | العملية", "ونفى المتحدث | الاتهامات"; not "المجلس العسكري السوري"); or a
    word without the article and with a possessive pronoun (``possessed_object``) before a
    preposition, a word with the article or a mark, after a definite body or role: its object
    ("وأبدى الوزير | قلقه من …", "وأكد الجيش | سيطرته على …"; not a name, "الرئيس نبيه بري")."""
    head, t = toks[i], toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if w.POSSESSED_OBJECT is not None and w.POSSESSED_OBJECT.match(t.text) and not w.DEFINITE_PREFIX.match(t.text) \
            and (nxt is None or not nxt.word or nxt.low in w.STOP or w.DEFINITE_PREFIX.match(nxt.text) is not None):
        if not w.DEFINITE_PREFIX.match(head.text):  # a body in construct, its complement definite: "أعلن تنظيم الدولة
            return k > i + 1 and head.core in w.ORG_WORDS and (nxt is None or not nxt.word or nxt.low in w.STOP) \
                and all(w.DEFINITE_PREFIX.match(x.text) for x in toks[i + 1:k])  # | مسؤوليته عن" (a role's: a name)
        # the head and what stands between are read below
    elif w.MASCULINE_OBJECT is not None and w.MASCULINE_OBJECT.match(t.text) and t.word \
            and w.DEFINITE_PREFIX.match(head.text):
        pass  # a verbal noun is no adjective of any head ("ووصفت الوزارة | الاتفاق")
    elif w.FEMININE_OBJECT is None or w.MASCULINE_HEAD is None or not w.FEMININE_OBJECT.match(t.text) \
            or not w.MASCULINE_HEAD.match(head.text) or not t.word:
        return False
    bare = t.core[len(w.JOINED_ARTICLE):]
    if t.core in w.NATIONALITIES or bare in w.NATIONALITIES or t.core in w.ROLE_ADJECTIVES or t.core in w.ORG_WORDS \
            or t.core in w.TIME_WORDS or t.core in w.TITLE_WORDS or role_of(t.core, w):
        return False
    return (head.core in w.ORG_WORDS or head.core in w.TITLE_WORDS or role_of(head.core, w) is not None) and all(
        x.core in w.NATIONALITIES or x.core in w.ROLE_ADJECTIVES for x in toks[i + 1:k])


def _sources(lang) -> frozenset:
    return frozenset(canonical_form(f) for f in lang.words.get("sources_in") or ())


def _a_source(t: Tok, w: ClauseWords) -> bool:
    """An unnamed source's word (``sources_in``: "مصدر عسكري لـ«الأناضول»": the outlet it
    spoke to, whatever adjective stands before the mark)."""
    return canonical_form(t.core) in derived(w, "sources_in", _sources)


def listener_mark(toks: list[Tok], i: int, w: ClauseWords) -> int | None:
    """Where a listener named in marks ends, the token after its closing mark, when token
    ``i`` is a preposition of ``listener_preps`` that opens one ("وقال لـ«الوطن» إن …",
    "مصدر مطلع لـ«الشرق الأوسط»": the outlet spoken to, never the speaker); else None."""
    if not w.LISTENER_PREPS or i + 2 >= len(toks) or toks[i].low not in w.LISTENER_PREPS or toks[i + 1].text not in w.OPEN_Q:
        return None
    close = next((x for x in range(i + 2, min(len(toks), i + 8)) if toks[x].text in w.CLOSE_Q), None)
    return close + 1 if close is not None and close > i + 2 else None


def _abbreviated_title(toks: list[Tok], k: int, w: ClauseWords) -> bool:
    """Token ``k`` is a title written with a period ("M.", "Dr.", "Sr."), not a title word
    ending a sentence ("…, a déclaré le ministre.")."""
    t = toks[k]
    return t.core in w.TITLE_WORDS and (t.low + "." in w.TITLES or len(t.core) <= 3) and (
        k + 2 >= len(toks) or toks[k + 2].cap)


def _cased_step(toks: list[Tok], k: int, i: int, w: ClauseWords, named: bool, lower: int):
    """One word of a phrase in a cased script: ``(named, lower)`` after it, or None where
    the phrase ends ("sagte Merz der Zeitung", "Trump selbst")."""
    t = toks[k]
    if k > i and t.low in w.DETERMINERS and named and toks[k - 1].core not in w.PERSON_ROLES \
            and toks[k - 1].core not in w.ORG_WORDS and toks[k - 1].low not in w.JOINERS and not _compound_role(toks[k - 1], w) \
            and not (toks[k - 1].core in w.DOCUMENTS and t.low in w.JOINERS):
        return None  # a name, then another phrase (not a document's maker: "einem Bericht der Zeitung")
    if not _name_word(t, w) and not t.low[:1].isdigit() and t.low not in w.DETERMINERS:
        if w.ORDER == "v2" and k > i and toks[k - 1].cap and t.low not in w.JOINERS and (
                _role_word(toks[k - 1], w) or _compound_role(toks[k - 1], w)):
            return None  # "laut einem Sprecher | neue Maßnahmen": a German noun's own words stand before it
        if w.PAST_PARTICIPLE is not None and k + 1 < len(toks) and toks[k + 1].low in w.AGENT_PREPS \
                and w.PAST_PARTICIPLE.search(t.low):
            return None  # "un témoin cité par la presse": a participle and its agent end the phrase
        if named and w.ORDER == "svo" and w.ARTICLES and k >= i + 2 and toks[k - 1].cap and toks[k - 2].low in w.JOINERS \
                and t.core not in w.TIME_WORDS and (
                k + 1 >= len(toks) or not toks[k + 1].word or toks[k + 1].low in w.JOINERS or toks[k + 1].cap):
            return named, lower  # "du ministère des Affaires étrangères": a body's name and its adjective after it
            # (a name after them too: "le ministre des Affaires étrangères Jean Dupont")
        if named or lower >= 5:
            return None  # a lower-case word after a name
        return named, lower + 1
    if t.cap and t.core not in w.PERSON_ROLES and t.core not in w.TITLE_WORDS:
        return True, lower
    return named, lower


def _compound_role(t: Tok, w: ClauseWords) -> bool:
    """A role a compound ends with, in the genitive too (``role_match: suffix``, German:
    "eines Polizeisprechers | der Stadt", "eines Sprechers | der Berliner Polizei"): a
    complement follows it."""
    return w.ROLE_MATCH == "suffix" and t.cap and bool(role_of(t.core, w) or t.core.endswith("s") and role_of(t.core[:-1], w))


def np_back(toks: list[Tok], b: int, lo: int, w: ClauseWords) -> int | None:
    """Start of the noun phrase that ends at token ``b`` (inclusive), or None."""
    t = toks[b]
    if t.word and t.low in w.PRONOUNS:
        return b
    if not t.word and t.text in w.CLOSE_Q and w.MARKED_NAMES and w.CASED:
        return _marked_back(toks, b, lo, w)
    if not t.word or _ends_phrase(t, w) or t.low in w.FRONTED_OBJECTS:
        return None
    j = b
    while j - 1 >= lo and b - j < 14:
        p = toks[j - 1]
        if not p.word:
            if p.text == "." and j - 2 >= lo and _abbreviated_title(toks, j - 2, w):
                j -= 1
                continue
            break
        if p.low in w.DETERMINERS:
            j -= 1
            before = toks[j - 1] if j - 1 >= lo else None
            if p.low in w.JOINERS and before is not None and before.word and (
                    (before.cap and w.ORDER == "v2" and before.low not in w.DETERMINERS) or
                    (before.low in w.JOINERS and before.low not in w.DETERMINERS) or
                    (p.low in w.CONTRACTIONS and not before.cap and _head_noun(before, w))):
                continue  # "die Sportförderung des Bezirks", "le responsable de la police", "le porte-parole du gouvernement"
            if w.ARTICLES and p.low not in w.ARTICLES and p.low not in w.JOINERS and before is not None and before.word \
                    and before.low in w.JOINERS and before.low not in w.DETERMINERS and not before.cap:
                continue  # "los fans de su padre": a possessive or a demonstrative after the joiner, as an article
            break
        if p.low in w.ADVERBS and j - 2 >= lo and toks[j - 2].low in w.ARTICLES and _head_noun(toks[j], w):
            j -= 1  # "la entonces candidata", "el también luchador": an adverb between the article and its noun
            continue
        if _ends_phrase(p, w) or p.low in w.FRONTED_OBJECTS or (p.low in w.PRONOUNS and p.low not in w.JOINERS) \
                or p.low in w.ADVERBS or (w.ADVERBIAL_HEADS and p.core in w.TIME_WORDS):
            j = _after_fronted_phrase(toks, j, b, p, w)
            break  # "Ранее в субботу | Кудрин заявил"
        if w.CASED and not w.ARTICLES and role_of(toks[j].core, w) and p.word and not p.cap \
                and p.low not in w.JOINERS and not _role_word(p, w):
            break  # "в свою очередь министр … Прити Пател": the phrase opens at its role
        if toks[j].core != toks[j].low and _elided_article_opens(toks[j], p, w):
            break  # "… convergence interpro | L’AG Éducation appelle": its elided article opens it, as "Le" would
        j -= 1
    while j < b and toks[j].low in w.JOINERS and toks[j].low not in w.DETERMINERS and not (
            toks[j].low in w.PLURAL_ARTICLES and (j == 0 or not toks[j - 1].word)):  # "De nombreux médias"
        j += 1
    return j


def _elided_article_opens(t: Tok, p: Tok, w: ClauseWords) -> bool:
    """``t`` opens with an elided article ("L’AG", "l’armée") that opens its phrase as the
    article written apart does ("Le syndicat"): unless the word ``p`` before it joins the
    phrase to a head ("le porte-parole de l’armée"). A heading with no full stop run into
    the next sentence (a text with no paragraph breaks) stays out of the subject."""
    return t.low[:len(t.low) - len(t.core)] in w.DETERMINERS and not (p.low in w.JOINERS and p.low not in w.DETERMINERS)


def _after_fronted_phrase(toks: list[Tok], j: int, b: int, p: Tok, w: ClauseWords) -> int:
    """In a language of cases, a phrase of a preposition that opens the clause, then the
    subject ("После встречи | Лавров заявил", "В ходе визита | министр сообщил"): the start of
    the subject, the first capitalised word or role after the lower-case words that follow
    the preposition ``p``; else ``j``."""
    if w.CASE_ENDING is None or p.low not in w.PREPS or toks[j].cap or _role_word(toks[j], w):
        return j
    k = next((x for x in range(j + 1, min(b + 1, j + 4)) if toks[x].cap or _role_word(toks[x], w)), None)
    return j if k is None or any(_role_word(t, w) or not t.word for t in toks[j:k]) else k


def _marked_back(toks: list[Tok], b: int, lo: int, w: ClauseWords) -> int | None:
    """The start of a definite article and a name of four words at most in marks that end at
    token ``b`` ("Die „Frankfurter Allgemeine Zeitung“ | schreibt", ``marked_names``), else None."""
    k = next((x for x in range(b - 1, max(lo, b - 6) - 1, -1) if toks[x].text in w.OPEN_Q), None)
    if k is None or k == b - 1 or k - 1 < lo or toks[k - 1].low not in w.DEFINITE \
            or not all(t.word for t in toks[k + 1:b]):
        return None
    return k - 1


def _head_noun(t: Tok, w: ClauseWords) -> bool:
    """A word that may head a noun phrase a contracted article and joiner follows ("le
    porte-parole du gouvernement", "les conclusions du procureur"): not a grammar word."""
    low = t.low
    return not (_ends_phrase(t, w) or low in w.DETERMINERS or low in w.ADVERBS or low in w.PRONOUNS
                or low in w.FRONTED_OBJECTS or low in w.OBJECT_CLITICS or low in w.RELATIVES or t.core in w.TIME_WORDS)


def _subject_like(toks: list[Tok], st: int, b: int, lo: int, w: ClauseWords) -> bool:
    """The phrase ``toks[st..b]`` before a verb is its subject: not a phrase after a
    preposition ("Am Montag", "Об этом"), a fronted object ("Dies"), a time word; in a
    cased language a name, a role, or a phrase opened by a determiner."""
    words = toks[st:b + 1]
    if st - 1 >= lo and toks[st - 1].low in w.PREPS and toks[st - 1].low not in w.JOINERS:
        return False
    if w.ADVERBIAL_HEADS and all(t.low[:1].isdigit() for t in words):
        return False  # "… телеканала 1+1 заявила"
    if all(t.core in w.TIME_WORDS or t.low in w.FRONTED_OBJECTS or t.low in w.DETERMINERS for t in words if t.word):
        return False  # "Dies", "am Montag", "el martes"

    if len(words) == 1 and words[0].low in w.PRONOUNS:
        return True
    if words[0].low in w.OBLIQUE:
        return False  # "des Brandes", "dem Minister": a genitive or dative is no subject
    if not w.CASED:
        return True
    return any(_name_word(t, w) and t.low not in w.JOINERS for t in words) or words[0].low in w.DETERMINERS or (
        words[0].core != words[0].low and words[0].low[:len(words[0].low) - len(words[0].core)] in w.DETERMINERS)


def _role_word(t: Tok, w: ClauseWords) -> bool:
    return role_of(t.core, w) != "" or t.core in w.ORG_WORDS or t.core in w.NATIONALITIES


def _name_then_stop(toks: list[Tok], i: int, w: ClauseWords) -> bool:
    """Two to five capitalised words, then punctuation: a name set off by commas."""
    k = i
    while k < len(toks) and toks[k].word and (toks[k].cap or toks[k].low in w.JOINERS) and k - i < 6:
        k += 1
    return w.CASED and k - i >= 2 and toks[i].cap and (k >= len(toks) or not toks[k].word)


def _name_after_listener(toks: list[Tok], k: int, w: ClauseWords) -> int | None:
    """The end of a name of two to four capitalised words that opens at ``k`` after the
    listener's lower-case words, punctuation after it: the subject ("dijo a los periodistas
    María López.", "dijo al medio argentino Télam Fernando Goldbaum, director …"); None for a
    listener's role before the name ("dijo al presidente Pedro Sánchez.") or a clause after it."""
    prev = toks[k - 1]
    # "a déclaré à l’AFP Jean Dupont", "dijo a Reuters Juan Pérez": one capitalised word told to, then a
    # person's name opened by a first name
    outlet = prev.cap and k >= 2 and toks[k - 2].low in w.PREPS and is_first_name(toks[k].text)
    if not toks[k].cap or (prev.cap and not outlet) or not prev.word or role_of(prev.core, w) \
            or prev.core in w.TITLE_WORDS or prev.core in w.ORG_WORDS:
        return None
    e = k
    while e < len(toks) and e - k < 4 and toks[e].word and toks[e].cap:
        e += 1
    return e if e - k >= 2 and (e >= len(toks) or not toks[e].word) else None


def _past_acronym(toks: list[Tok], k: int, e: int) -> int:
    """The start of the name ``toks[k:e]`` after a listener's acronym it opens with ("dijo a
    la AFP Juan Pérez": the agency told, then the person): past the acronym where a first
    name follows it; else ``k``."""
    word = toks[k].text[len(toks[k].text) - len(toks[k].core):]  # "l’AFP": "AFP"
    return k + 1 if e - k >= 3 and len(word) >= 2 and word.isupper() and is_first_name(toks[k + 1].text) else k


def _named_opening(toks: list[Tok], st: int, k: int, w: ClauseWords) -> bool:
    """In a cased language without articles (Russian), tokens ``st`` to ``k`` open the sentence
    and name someone: a role or a body's word, or a name (a capital past the first word, or
    one capitalised word): "Глава МИД Сергей Лавров, заявивший ранее …, отметил", "Лавров, в
    свою очередь, отметил" — whatever the commas set off after it, it is the subject."""
    if w.ARTICLES or not w.CASED or (st > 0 and toks[st - 1].word):
        return False
    words = [t for t in toks[st:k] if t.word]
    return bool(words) and (any(_role_word(t, w) or t.core in w.ORG_WORDS for t in words)
                            or any(t.cap for t in words[1:]) or (len(words) == 1 and words[0].cap))


def _opening_name(toks: list[Tok], st: int, k: int, w: ClauseWords) -> bool:
    """Tokens ``st`` to ``k`` are a name of two to five capitalised words (joiners inside)."""
    words = [t for t in toks[st:k] if t.word]
    return 2 <= len(words) <= 5 and words[0].cap and words[-1].cap and all(t.cap or t.low in w.JOINERS for t in words) \
        and not any(_role_word(t, w) or t.core in w.TITLE_WORDS or t.core in w.ORG_WORDS for t in words)


def clause_next(toks: list[Tok], i: int, w: ClauseWords) -> bool:
    """A complementizer, a colon or a quotation mark at token ``i`` (after the verb, a time
    word stepped over): what was said follows."""
    return i < len(toks) and (toks[i].low in w.COMPLEMENTIZERS or toks[i].text == ":" or toks[i].text in w.OPEN_Q)


def _skip_forward(toks: list[Tok], i: int, w: ClauseWords) -> int:
    """Adverbs and time words after a verb ("sagte am Montag", "a déclaré aussi")."""
    while i < len(toks) and toks[i].word and toks[i].low not in w.PRONOUNS:
        if toks[i].low in w.ADVERBS or toks[i].core in w.TIME_WORDS or toks[i].low in w.LISTENERS:
            i += 1
        elif toks[i].low in w.PREPS and i + 1 < len(toks) and toks[i + 1].core in w.TIME_WORDS:
            i += 2  # "сообщила в пятницу пресс-служба вуза", "sagte am Montag ein Sprecher"
        elif toks[i].low in w.DETERMINERS and i + 1 < len(toks) and toks[i + 1].core in w.TIME_WORDS:
            i += 2  # "acusaron el lunes al artista"
        elif listener_mark(toks, i, w) is not None:
            i = listener_mark(toks, i, w)  # "وقال لـ«الوطن» إن …"
        else:
            break
    return i


def _body_place(toks: list[Tok], i: int, e: int, w: ClauseWords) -> int:
    """The end of a body's name with its place ("أعلنت وزارة الداخلية والأمن الوطني في غزة، عن …",
    "وأكد المجلس العسكري في تعز، في بيان"; ``place_preps``): one word after the preposition (two
    after a noun of place in construct, ``place_nouns``: "في محافظة إب"),
    neither a document, a time nor a body, the clause going on after it; else ``e``."""
    if e + 2 > len(toks) or toks[e].low not in w.PLACE_PREPS or not any(t.core in w.ORG_WORDS for t in toks[i:e]) \
            or role_of(toks[i].core, w):
        return e  # (a person's role whose complement is a body: "وزير الخارجية … | في حديث لقناة …")
    n = 2 if e + 3 < len(toks) and toks[e + 1].core in w.PLACE_NOUNS and toks[e + 2].word else 1  # "في محافظة إب"
    place, after = toks[e + n], toks[e + n + 1] if e + n + 1 < len(toks) else None
    if not place.word or place.core in w.DOCUMENTS or place.core in w.TIME_WORDS or place.core in w.ORG_WORDS \
            or place.low in w.PREPS or place.low in w.SPEAKER_ENDS or any(  # "في تقريرها": its own report
                place.core.endswith(x) and place.core[:-len(x)] in w.DOCUMENTS for x in w.OBJECT_SUFFIXES):
        return e
    return e + n + 1 if after is None or not after.word or after.low in w.SPEAKER_ENDS or after.low in w.COMPLEMENTIZERS else e


def seat_before(toks: list[Tok], st: int | None, b: int, w: ClauseWords) -> int | None:
    """The start of a description with its seat, before its verb ("Die Regierung in Moskau
    sagte", "Die Polizei in Berlin wies … zurück", "Die Menschen in Berlin sagten"; ``place_preps``):
    the place one or two capitalised words ``toks[st..b]`` after the preposition, the
    description a phrase opened by a determiner that opens the clause; else ``st``."""
    if st is not None and w.CASE_ENDING is not None:
        return _role_seat(toks, st, b, w)
    if st is None or st < 2 or b - st > 1 or toks[st - 1].low not in w.PLACE_PREPS \
            or not all(t.cap for t in toks[st:b + 1]):
        return st
    body = np_back(toks, st - 2, 0, w)
    if body is None or (body > 0 and toks[body - 1].word) or toks[body].low not in w.DETERMINERS:
        return st
    return body


def _role_seat(toks: list[Tok], st: int, b: int, w: ClauseWords) -> int:
    """In a language of cases, a role with its seat after a preposition, then the name, before
    the verb ("Постоянный представитель России | при ООН | Василий Небензя заявил"): the start
    of the role, where ``toks[st..b]`` are three to five capitalised words (the body or the
    place, then the name) after the preposition; else ``st``."""
    if st < 1 or toks[st - 1].low not in w.PREPS or not 2 <= b + 1 - st <= 5 or not all(t.cap for t in toks[st:b + 1]):
        return st
    r = np_back(toks, st - 2, 0, w) if st >= 2 else None
    if r is not None and b + 1 - st >= 3 and any(role_of(t.core, w) for t in toks[r:st - 1]):
        return r
    # no role before: the place after the preposition is no part of the subject ("В ходе визита в Анкару | Лавров заявил")
    return st + 1 if b - st <= 2 and not any(role_of(t.core, w) or t.core in w.ORG_WORDS for t in toks[st:b + 1]) else st


def seat_name_end(toks: list[Tok], k: int, w: ClauseWords) -> int:
    """In a language of cases, the end of a speaker after its verb that goes on past the
    preposition of its seat to the name ("заявил постоянный представитель России | при ООН
    Василий Небензя."): three to five capitalised words after the preposition at ``k``, then
    the end of the clause; else ``k``."""
    if w.CASE_ENDING is None or k + 3 >= len(toks) or toks[k].low not in w.PREPS:
        return k
    e = k + 1
    while e < len(toks) and toks[e].word and toks[e].cap and e - k <= 5:
        e += 1
    end = e >= len(toks) or not toks[e].word or toks[e].low in w.COMPLEMENTIZERS
    return e if end and 3 <= e - k - 1 <= 5 else k


def _role_complement_then_name(toks: list[Tok], i: int, e: int, w: ClauseWords) -> int:
    """The end of an inverted speaker that is a role with its complement, where a name set
    off by commas follows ("betont die Branchenkoordinatorin | für Busse und Bahnen |,
    Katharina Wagner,", the phrase read to "Busse"; "kritisiert die Landesvorsitzende | der Familienunternehmen |, Colette
    Boos-John,"; "a déclaré le porte-parole | du ministère |, Jean Dupont,"): the complement
    (a preposition or an article, then words with no verb of the clause, to the comma) joins
    the role, and the name is read as its appositive; else ``e``."""
    if e >= len(toks) or not any(_role_word(t, w) for t in toks[i:e]) or not (
            toks[e].low in w.PREPS or toks[e].low in w.DETERMINERS or toks[e].low in w.CONJUNCTIONS):
        return e
    c = next((x for x in range(e + 1, min(len(toks), e + 9)) if not toks[x].word), None)
    if c is None or toks[c].text != "," or not _name_then_stop(toks, c + 1, w) or any(
            toks[x].low in w.COMPLEMENTIZERS or toks[x].low in w.PRONOUNS for x in range(e, c)):
        return e
    return c


def _after_adverbial(toks: list[Tok], i: int, w: ClauseWords) -> tuple:
    """The phrase after a short phrase of a preposition between an inverted verb and its
    subject ("affirme en privé un officiel", "a déclaré à l’AFP le ministre", "dijo a la
    prensa el ministro"), where punctuation or a complementizer ends it: ``(start, end)``,
    else ``(i, None)``."""
    if i + 1 >= len(toks) or toks[i].low not in w.PREPS or toks[i].low in w.JOINERS and toks[i].low in w.DETERMINERS \
            or not toks[i + 1].word:
        return i, None  # "a ordonné vendredi de «prendre des mesures»": a quotation, no subject
    for k in range(i + 2, min(len(toks), i + 6)):
        t = toks[k]
        if not t.word or t.low in w.COMPLEMENTIZERS or (t.low in w.PREPS and t.low not in w.DETERMINERS
                                                         and t.low not in w.JOINERS):
            return i, None  # "reconoció en una entrevista con el diario …": no subject after ("a través de …": one phrase)
        if t.low in w.DETERMINERS and toks[k - 1].low not in w.JOINERS or t.low in w.PRONOUNS:
            e = np_after(toks, k, len(toks), w)
            if e is not None and (e >= len(toks) or not toks[e].word or toks[e].low in w.COMPLEMENTIZERS):
                return k, e
            return i, None
        e = _name_after_listener(toks, k, w)
        if e is not None:
            return _past_acronym(toks, k, e), e
    return i, None


def _opens_with_subject(toks: list[Tok], b: int, w: ClauseWords) -> bool:
    """The clause opens with the phrase that ends at token ``b``, a possible subject (not
    an adverb, a time, a fronted object): "Raab bezeichnete es": Raab speaks, "es" is the
    object."""
    st = np_back(toks, b, 0, w) if b >= 0 and toks[b].word else None
    return st is not None and (st == 0 or not toks[st - 1].word) and toks[st].low not in w.FRONTED_OBJECTS \
        and toks[st].low not in w.ADVERBS and _subject_like(toks, st, b, 0, w)


def _opens_with_object(toks: list[Tok], b: int, w: ClauseWords) -> bool:
    """The clause of the verb after token ``b`` opens with a fronted object ("Об этом …",
    "Это …"): its subject follows the verb."""
    c = b
    while c > 0 and toks[c - 1].word and b - c < 12:
        c -= 1
    return c < b and toks[c].low in w.FRONTED_OBJECTS and toks[c].low not in w.ADVERBS


def _opens_with_phrase_of_preposition(toks: list[Tok], b: int, w: ClauseWords) -> bool:
    """The sentence opens with a phrase of a preposition that ends at token ``b``, before
    a verb second ("In einer Stellungnahme für die Anhörung schreibt Komba"): the phrase
    fills the place before the verb; the subject follows it. Not a name opened by its
    particle ("Von der Leyen sagte")."""
    c = b
    while c > 0 and toks[c - 1].word and b - c < 14:
        c -= 1
    if c >= b or toks[c].low not in w.PREPS or (c > 0 and toks[c - 1].text not in ".!?:;" + w.OPEN_Q + w.DASHES):
        return False
    inside = toks[c + 1:b + 1]
    if toks[c].low in w.JOINERS and all(t.cap or t.low in w.JOINERS for t in inside):
        return False
    return not any(t.low in w.CONJUNCTIONS or t.low in w.SUBORDINATORS or t.low in w.COMPLEMENTIZERS or t.low in w.AUX
                   for t in inside)


def _clause_tokens(toks: list[Tok], b: int, w: ClauseWords) -> list[int]:
    """The tokens of the clause that token ``b`` stands in, up to ``b``: back to
    punctuation, a mark or a word that opens a subordinate clause (a conjunction does not
    end it: "hat … eingeräumt und … angekündigt"), a relative clause set off by commas
    left out ("Achmed al-Scharaa, der bisher … war, eine …"), a name in marks kept."""
    out, c = [], b
    while c >= 0 and toks[c].low not in w.SUBORDINATORS and not (
            toks[c].low in w.RELATIVES and c >= 1 and toks[c - 1].text == ","):
        if toks[c].text == ",":
            k = next((x for x in range(c - 1, max(-1, c - 25), -1) if toks[x].text == ","), None)
            if k is not None and k + 1 < c and toks[k + 1].low in w.RELATIVES:
                c = k - 1
                continue
        if toks[c].text == ")":  # "der kalifornischen Silicon Valley Bank (SVB) Versäumnisse": an aside
            k = next((x for x in range(c - 1, max(-1, c - 10), -1) if toks[x].text in "()"), None)
            if k is not None and toks[k].text == "(":
                c = k - 1
                continue
        if not toks[c].word and toks[c].text not in w.OPEN_Q + w.CLOSE_Q:
            break
        out.append(c)
        c -= 1
    return out[::-1]


def _clause_end(toks: list[Tok], i: int) -> bool:
    """Token ``i`` ends a clause: punctuation or the end of the window."""
    return i >= len(toks) or toks[i].text in {".", ",", ";", ":", "!", "?"}


def _trailing_only(toks: list[Tok], i: int, w: ClauseWords) -> bool:
    """After the verb only adverbs, time words or an end: the content came before."""
    i = _skip_forward(toks, i, w)
    return i >= len(toks) or toks[i].text in {".", "!", "?", ";"}
