"""What stands between a verb of saying and its subject in the clause rules: a phrase of a
preposition before an inverted subject ("заявил в интервью министр") and an aside between an
auxiliary and its participle ("a de nouveau expliqué", "a, mardi, expliqué") and the complement of an adjective or a
participle after the subject's noun ("Un policier présent sur les lieux a affirmé"); and, in a
verb-first language, what stands between the speaker and what was said ("قال الوزير | في حديث
لقناة الجزيرة | إن …"). All read the
language's words (``adverbial_heads``, ``subject_asides``, time words), never a sentence."""

from __future__ import annotations

from .clause_phrases import Tok, _complement, _head_noun, _role_word, np_after, np_back
from .clause_words import ClauseWords

__all__ = ["after_adverbial_head", "antecedent", "aside_after_aux", "labelled_object", "postmodified", "to_complementizer"]


def after_adverbial_head(toks: list[Tok], i: int, w: ClauseWords) -> tuple:
    """The phrase after a phrase of a preposition headed by one of ``adverbial_heads`` between
    an inverted verb and its subject, a language without articles ("заявил в интервью министр",
    "написал в своем телеграм-канале министр"): ``(start, end)``, else ``(i, None)``."""
    if i >= len(toks) or toks[i].low not in w.PREPS:
        return i, None
    h = next((k for k in range(i + 1, min(len(toks), i + 4)) if toks[k].core in w.ADVERBIAL_HEADS), None)
    if h is None or not all(t.word for t in toks[i:h + 1]):
        return i, None
    e = np_after(toks, h + 1, len(toks), w)
    if e is None or not any(t.cap or _role_word(t, w) for t in toks[h + 1:e]):
        return i, None
    return h + 1, e


def aside_after_aux(toks: list[Tok], b: int, w: ClauseWords) -> int | None:
    """An aside that ends at token ``b`` between an auxiliary and its participle ("a de nouveau
    | expliqué", "a pour sa part | déclaré", "a, mardi, | expliqué"): one of ``subject_asides``
    or time words, set off by commas or not: the auxiliary's index, else None."""
    if b < 1 or not w.SUBJECT_ASIDES:
        return None
    comma = toks[b].text == ","
    for n in range(1, 5):
        k = b - n - (1 if comma else 0)
        words = toks[k + 1:b] if comma else toks[k + 1:b + 1]
        if k < 0 or len(words) != n or (comma and toks[k].text != ","):
            continue
        aux = k - 1 if comma else k
        said = " ".join(t.low for t in words)
        if aux >= 0 and toks[aux].low in w.AUX and all(t.word for t in words) \
                and (said in w.SUBJECT_ASIDES or comma and all(t.core in w.TIME_WORDS for t in words)):
            return aux
    return None


def postmodified(toks: list[Tok], st: int | None, b: int, w: ClauseWords) -> tuple:
    """A subject whose noun an adjective or a participle follows with a phrase of a
    preposition, the phrase ``toks[st..b]`` before the verb its last part ("Un policier
    présent | sur les lieux | a affirmé", "Una fuente cercana | a la investigación | indicó",
    "Un diplomate | en poste | à Moscou | a estimé"; at most two such phrases), in a language
    with articles: ``(start, end)`` of the noun phrase that speaks, its article and its noun
    with the adjectives before the one the phrase complements ("Un policier", "Una fuente",
    "Un diplomate"), where it opens its clause; else ``(st, b)``. The preposition is no joiner
    ("de", "du": those phrases are the name's or the role's)."""
    if st is None or not w.ARTICLES:
        return st, b
    for n in range(3, 5):  # "les autorités en la personne du procureur d’Albi": the procureur
        if st >= 1 and st + n - 1 <= b and " ".join(t.low for t in toks[st - 1:st + n - 1]) in w.REPRESENTED_BY:
            return st + n - 1, b
    k = st
    for _ in range(2):
        if k < 2 or toks[k - 1].low not in w.PREPS or toks[k - 1].low in w.JOINERS:
            return st, b
        a = toks[k - 2]
        if not a.word or a.cap or not _head_noun(a, w) or a.low in w.PREPS or a.low in w.STOP:
            return st, b
        j = np_back(toks, k - 2, 0, w)
        if j is None:
            return st, b
        opens = j == 0 or not toks[j - 1].word or toks[j - 1].low in w.CONJUNCTIONS
        if j < k - 2 and toks[j].low in w.ARTICLES:
            noun = _role_word(a, w) or toks[k - 3].low in w.JOINERS  # "Un médecin de garde | à l'hôpital"
            return (j, k - 2 if noun else k - 3) if opens else (st, b)
        if opens and j < k - 2 and _role_word(toks[j], w) and not _role_word(a, w):
            # a bare plural of sources opening its clause, all of it ("Fuentes cercanas a la investigación"),
            # not the agent of its participle ("Fuentes del ministerio | consultadas por EFE")
            return j, k - 3 if toks[k - 1].low in w.AGENT_PREPS else b
        k = j
    return st, b


def labelled_object(site, w: ClauseWords) -> bool:
    """A verb of labelling (``labelling_verbs``) right after "que" with no subject written, its
    label after one of ``labelling_links`` ending the clause, no object after it ("una norma que
    tachó de inconstitucional e ilegal, …"): the relative's antecedent is what it labels, not
    its speaker ("el diputado que tachó de ilegal la norma": the object follows, he speaks)."""
    if site.lemma not in w.LABELLING_VERBS:
        return False
    toks, k = site.toks, site.cj + 1
    if k >= len(toks) or toks[k].low not in w.LABELLING_LINKS:
        return False
    e, marks = k + 1, w.OPEN_Q + w.CLOSE_Q
    while e < len(toks) and e - k <= 7 and (toks[e].text in marks or toks[e].word and not toks[e].cap
                                            and toks[e].low not in w.DETERMINERS):
        e += 1  # (the label in marks: "que calificó de «improvisada»")
    return e > k + 1 and (e >= len(toks) or (not toks[e].word and toks[e].text in ",.;:"))


def antecedent(toks: list[Tok], k: int, b: int, w: ClauseWords) -> tuple:
    """The start of a relative's antecedent that ends at token ``k``: the noun phrase before
    it, or, where that phrase follows a preposition right after a comma and the relative
    pronoun is no complementizer ("quienes", "qui": not "que"), the phrase before that aside
    ("una centena de activistas, en el marco del Día de la Mujer, quienes … recordaron"):
    ``(start, end)`` of that phrase, ``(None, k)`` where there is none."""
    st = np_back(toks, k, 0, w)
    if st is None or st < 3 or toks[b].low in w.COMPLEMENTIZERS or toks[st - 1].low not in w.PREPS \
            or toks[st - 1].low in w.JOINERS or toks[st - 2].text != ",":
        return st, k
    before = np_back(toks, st - 3, 0, w)
    return (st, k) if before is None else (before, st - 3)


def to_complementizer(toks: list, e: int, w: ClauseWords) -> int:
    """In a verb-first language, where what was said opens after the speaker: at the
    complementizer a phrase of the listener, the occasion or the source's anonymity leads to ("قال الوزير | في حديث
    لقناة الجزيرة | إن …", "قال مسؤول | لشبكة فوكس نيوز | إن …"), at most eight words on;
    else ``e``."""
    if w.ORDER != "vso" or e >= len(toks) or not toks[e].word or toks[e].low in w.COMPLEMENTIZERS \
            or not (toks[e].low in w.SPEAKER_ENDS and (toks[e].low in w.PLACE_PREPS or _complement(toks[e], w))
                    or toks[e].low in w.ANONYMITY):  # "قال مسؤول | رفض الكشف عن اسمه | إن …"
        return e
    c = next((x for x in range(e, min(len(toks), e + 9)) if not toks[x].word or toks[x].low in w.COMPLEMENTIZERS), None)
    return c if c is not None and toks[c].low in w.COMPLEMENTIZERS else e
