"""Who speaks, in the languages whose ``words.yaml`` names the ``clauses`` rules (French,
German, Spanish, Russian, Arabic): rules that name patterns of a clause, reading the
language's words (:mod:`.clause_words`) and cue table (:mod:`framing.cues`), never an
English constant. English keeps its own rules (:mod:`.speakers`, :mod:`.pipeline`).

Each cue is read in its sentence (inside its quotation when it stands in one). The rules,
in order; the ``rule`` column names the one that found the speaker:

``fronted``     selon X, … / laut X / según X / по словам X / وفقا لـ X: the phrase after the cue
``postposed``   X zufolge: the phrase before the cue
``so``          …, so X (a cue marked ``after_comma``): the phrase after it; the content before
``clitic``      dit-il, a-t-il ajouté, déclare-t-elle: the pronoun joined to the verb or its auxiliary
``inverted``    « … », a déclaré X / …, sagte X / — заявил X / Am Montag sagte X / قال X إن …:
                the phrase after the verb, where what stands before the verb is not its
                subject (punctuation, a conjunction, a phrase after a preposition, a fronted
                object such as "Dies"), or always first in a verb-first language (``order: vso``)
``dropped``     Y dijo que … / وأضاف أن …: no subject written (``pro_drop`` languages, or a verb
                after a conjunction); resolution gives it the last named speaker when that is
                safe, else it stays unresolved
``relative``    …, qui a déclaré / …, der sagte / который заявил: the phrase before the relative
``subject``     X a déclaré que … / X sagte, … / X dijo / X заявил: the phrase before the verb;
                German's bracket ("Zuletzt hatte Trump … geantwortet"): the phrase before the
                finite auxiliary or right after it
``participle``  …, añadiendo que / …, affirmant que / …, добавив, что: the subject of the sentence
``passive``     confirmé par le Kremlin / fue acusado por X / wurde von X gewarnt: the agent
                (:mod:`.clause_passives`)

The content is the quotation or clause after the cue (after "que", "dass", "что", "أن" or a
colon), or, when the cue follows its content ("« … », a-t-il dit"), what came before it.

This module holds the rules of a verb with its subject; :mod:`.clause_phrases` the noun
phrases they read; :mod:`.clause_cues` the cues that are no such verb (``fronted``, ``postposed``, ``so``,
``participle``, the patterns a language names in its settings: ``impersonal``, ``body``,
``passive``) and the order all are read in (``extract``).
"""

from __future__ import annotations

from ..cues import canonical_form
from .clause_agreement import disagreeing_subject, object_after_comma, relative_antecedent
from .clause_asides import (
    after_adverbial_head,
    antecedent,
    aside_after_aux,
    labelled_object,
    postmodified,
    to_complementizer,
)
from .clause_cases import named_to_verb, speaker_after_verb
from .clause_documents import document_before_agent
from .clause_names import joined_article_appositive, joined_role_seat_name
from .clause_phrases import (
    Tok,
    _after_adverbial,
    _after_origin,
    _body_place,
    _clause_end,
    _clause_tokens,
    _ends_phrase,
    _name_then_stop,
    _name_word,
    _named_opening,
    _object_after_name,
    _opening_name,
    _opens_with_object,
    _opens_with_phrase_of_preposition,
    _opens_with_subject,
    _role_complement_then_name,
    _role_word,
    _skip_forward,
    _subject_like,
    _trailing_only,
    clause_next,
    listener_mark,
    np_after,
    np_back,
    seat_before,
    seat_name_end,
    tokens,
)
from .clause_words import ClauseWords, elided, role_of
from .content import leading_content, sentence_before, trailing_content
from .records import Attribution

__all__ = ["Tok", "tokens", "np_after", "np_back"]


class _Site:
    """One cue in its window of tokens."""

    __slots__ = ("text", "facts", "toks", "ci", "cj", "cs", "ce", "lemma", "form", "sent", "window", "nested", "cues",
                 "w")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def found(self, speaker, content, rule: str, appositive=None, **extra) -> Attribution:
        att = Attribution(speaker, (self.cs, self.ce), self.lemma, content, self.sent, appositive, nested=self.nested,
                          rule=rule)
        gender = _gender_of_form(self.form, self.w, self.lemma)
        if gender:
            att.extra["verb_gender"] = gender
        att.extra.update(extra)
        return att


def _gender_of_form(form: str, w: ClauseWords, lemma: str = "") -> str:
    """"f" or "m" where the verb's form says (Russian "заявила", Arabic "قالت"), else ""."""
    last = form.split()[-1] if form.split() else ""
    if not w.GENDER_ENDINGS:
        return ""
    last = canonical_form(last)
    if w.LEMMA_GENDER and last == canonical_form(lemma):
        return w.LEMMA_GENDER
    for gender, pattern in w.GENDER_ENDINGS.items():
        if pattern.search(last):
            return gender
    return ""


# -- noun phrases -----------------------------------------------------------------------


# -- the rules --------------------------------------------------------------------------

def _verb_group_start(site: _Site) -> tuple[int, tuple | None]:
    """The token before the verb's auxiliaries and adverbs (-1: none), and the span of a
    subject pronoun joined to an auxiliary ("a-t-il", "a-t-elle")."""
    w, toks = site.w, site.toks
    b, clitic = site.ci - 1, None
    b = aside_after_aux(toks, b, w) or b  # "a de nouveau expliqué", "a, mardi, expliqué"
    while b >= 0 and toks[b].word and (toks[b].low.split("-")[0] in w.AUX or toks[b].core.split("-")[0] in w.AUX
                                       or toks[b].low in w.ADVERBS or (toks[b].low in w.OBJECT_CLITICS and b + 1 < site.ci)
                                       or (b >= 1 and f"{toks[b - 1].low} {toks[b].low}" in w.NEUTER_CLITIC
                                           and site.cj + 1 < len(toks) and (toks[site.cj + 1].cap
                                                                            or toks[site.cj + 1].low in w.DETERMINERS))
                                       or (toks[b].low in w.VERB_PERSONS
                                           and not w.VERB_PERSONS[toks[b].low].search(toks[b + 1].low))):
        # "nous a fait remarquer Mme X": "nous" before a verb not of its person is its object
        tail = toks[b].core.rsplit("-", 1)  # "m’a-t-il répondu": the elided object clitic before it
        if len(tail) == 2 and tail[1] in w.PRONOUNS and tail[0].split("-")[0] in w.AUX:
            clitic = (toks[b].end - len(tail[1]), toks[b].end)
        elif toks[b].low[:len(toks[b].low) - len(toks[b].core)] in w.PRONOUNS and toks[b].core in w.AUX:
            clitic = (toks[b].start, toks[b].end - len(toks[b].core))  # "j’ai demandé": the elided pronoun
        b -= 1
    if b >= 0 and toks[b].text == ")":  # "Heike Hofmann (SPD) sagt"
        k = b - 1
        while k >= 0 and toks[k].text != "(" and b - k < 8:
            k -= 1
        if k >= 1 and toks[k].text == "(":
            b = k - 1
    return b, clitic


def _suffix_pronoun(site: _Site) -> tuple | None:
    """A subject pronoun written joined after the verb: "dit-il", "déclare-t-elle"."""
    rest = site.text[site.ce:site.ce + 12].lower().replace("\u2011", "-").replace("\u2010", "-")
    for suffix in sorted(site.cues.pronoun_suffixes, key=len, reverse=True):
        if rest.startswith(suffix) and not rest[len(suffix):len(suffix) + 1].isalnum():
            pron = suffix.rsplit("-", 1)[-1]
            end = site.ce + len(suffix)
            return (end - len(pron), end)
    return None


def _before_end(site: _Site, first: int) -> int:
    """Where the content before the verb group (from token ``first``) ends: punctuation,
    dashes and spaces stepped back over."""
    text, i = site.text, site.toks[first].start if first < len(site.toks) else site.cs
    while i > site.window[0] and (text[i - 1].isspace() or text[i - 1] in ",;:" or text[i - 1] in site.w.DASHES):
        i -= 1
    return i


def _content_before(site: _Site, first: int):
    """The content that came before the verb group starting at token ``first``."""
    end = _before_end(site, first)
    if end <= site.window[0]:
        return trailing_content(site.text, site.facts, end, site.window[0])
    return trailing_content(site.text, site.facts, end, site.window[0]) if end > site.window[0] else None


def _content_after(site: _Site, i: int):
    """The content after token ``i``: a colon, a comma and a complementizer stepped over."""
    w, toks = site.w, site.toks
    i = _skip_forward(toks, i, w)
    while i < len(toks) and (toks[i].text in {":", ","} or toks[i].low in w.COMPLEMENTIZERS or toks[i].text in w.DASHES):
        i += 1
    if i >= len(toks) and i > site.cj + 1 and toks[-1].text not in {":"}:
        return None
    return leading_content(site.text, site.facts, toks, i, site.window[1])


def _either_content(site: _Site, first: int, after: int, fronted: bool = True):
    """The content before the verb group when one came before it ("« … », a dit X", "…,
    sagte X"), else the one after; the one after a colon where the one before opens with a
    preposition ("Auf die Frage, ob …, antwortete Scholz: „Nein.“": an adverbial). Without
    ``fronted``, no words that merely open the clause before the verb ("Nach dem Treffen sagte
    Scholz, …")."""
    before = _content_before(site, first) if first > 0 or site.toks[0].start > site.window[0] else None
    adverbial = after < len(site.toks) and site.toks[after].text == ":" and before is not None and next(
        (t.low in site.w.PREPS for t in site.toks if t.start >= before[0]), False)  # "Auf die Frage, ob …, antwortete X:"
    if first > 0 and not adverbial:
        prev = site.toks[first - 1]
        if not prev.word and (prev.text in site.w.CLOSE_Q or prev.text in {",", ";"} or prev.text in site.w.DASHES):
            if before is not None:
                return before
    return _content_after(site, after) or (before if fronted or first == 0 or not site.toks[first - 1].word else None)


def _inverted(site: _Site, b: int):
    """The phrase after the verb speaks ("…, a déclaré X", "sagte er", "قال الوزير إن")."""
    toks, w = site.toks, site.w
    i = _skip_forward(toks, site.cj + 1, w)
    e = np_after(toks, i, len(toks), w)
    if e is None and w.SPEAKER_AFTER == "phrase" and w.ORDER == "svo":
        i, e = _after_adverbial(toks, i, w)
    elif e is None and w.ADVERBIAL_HEADS and not w.ARTICLES:
        i, e = after_adverbial_head(toks, i, w)  # "заявил в интервью министр"
    if e is None or (w.OBLIQUE_PLURAL is not None and w.OBLIQUE_PLURAL.match(toks[i].text)
                     and toks[i].core not in w.ORG_WORDS):
        return None  # "كما حذر المشرعين من …": the verb's object (a body's word in ين is none: "الكرملين")
    if disagreeing_subject(toks, i, e, _gender_of_form(site.form, w, site.lemma), site.form, w):
        return None  # "وقال السوق الإيرانية لا تحتاج": a masculine verb, a feminine phrase: what was said
    if toks[i].low in w.OBLIQUE_ADJECTIVE and i + 1 < e and not toks[i + 1].cap \
            and w.OBLIQUE_ADJECTIVE[toks[i].low].search(toks[i + 1].low):
        return None  # "gratulierten der neuen ICMPD-Chefin": "der" and "-en", a dative
    if w.SPEAKER_AFTER == "clause" and toks[i].low not in w.PRONOUNS:
        # "рассказала РИА Новости эксперт проекта … Ольга Андреева": to the next punctuation
        # or complementizer; the name is read from its end
        k = e
        while k < len(toks) and k - i < 18 and toks[k].word and toks[k].low not in w.COMPLEMENTIZERS \
                and toks[k].low not in w.CONJUNCTIONS and toks[k].low not in w.SPEAKER_ENDS \
                and toks[k].low not in w.ADVERBS and toks[k].core not in w.TIME_WORDS and not _after_origin(toks, i, k, w) \
                and listener_mark(toks, k, w) is None and not _object_after_name(toks, i, k, w) \
                and toks[k].low not in w.LISTENERS:  # "— сказал Песков | журналистам": the one told
            k += 1
        k = seat_name_end(toks, k, w) if k > i and any(role_of(t.core, w) for t in toks[i:k]) else k
        if k >= len(toks) or not toks[k].word or toks[k].low in w.COMPLEMENTIZERS:
            e = k
    i, e = speaker_after_verb(toks, i, e, w)  # "рассказала РИА Новости эксперт …": told to, then the speaker
    e = _body_place(toks, i, e, w)
    e = _role_complement_then_name(toks, i, e, w)
    e = joined_role_seat_name(toks, i, e, w)  # "المندوب الروسي الدائم لدى الأمم المتحدة فيتالي تشوركين"
    if object_after_comma(toks, b, i, e, site.form in site.cues.needs_clause, w):
        return None  # "Paris, capitale de la nation, reprend son rang": the verb's object, no one speaks
    speaker = (toks[i].start, toks[e - 1].end)
    if e + 1 < len(toks) and toks[e].text in ",،" and (toks[e + 1].low in w.DETERMINERS or role_of(toks[e + 1].core, w)
                                                       or toks[e + 1].core in w.TITLE_WORDS or _name_then_stop(toks, e + 1, w)
                                                       or joined_article_appositive(toks, e + 1, w)):
        stop = next((x for x in range(e + 1, len(toks)) if toks[x].text in {",", "،", ".", ";", ":"}), len(toks))
        content = _either_content(site, b + 1, stop, fronted=False)
        if content is None and _name_then_stop(toks, e + 1, w):
            # a bare name ending the sentence is no clause said ("Así lo aseguró la ministra, Yolanda Díaz.")
            content = _either_content(site, b + 1, to_complementizer(toks, e, w))
        if content is not None:
            return site.found(speaker, content, "inverted", (toks[e + 1].start, toks[stop - 1].end))
        # no content after it: the phrase after the comma is what was said, no apposition
        # ("Später erklärte Alexander Krassyuk, der Kampf finde statt")
    content = _either_content(site, b + 1, to_complementizer(toks, e, w)) or (  # "«…». Así lo aseguró X.": before
        sentence_before(site.text, site.sent[0]) if b + 2 < site.ci and toks[b + 1].start <= site.sent[0] + 1
        and f"{toks[b + 1].low} {toks[b + 2].low}" in w.NEUTER_CLITIC else None)
    return None if content is None else site.found(speaker, content, "inverted")


def _clitic(site: _Site, b: int, clitic):
    """"dit-il", "a-t-il ajouté": the pronoun joined to the verb or its auxiliary speaks."""
    toks = site.toks
    suffix = _suffix_pronoun(site)
    pron = suffix or clitic
    if pron is None:
        return None
    after = site.cj + 1
    if suffix is not None:
        after = next((k for k, t in enumerate(toks) if t.start >= suffix[1]), len(toks))
    content = _either_content(site, b + 1, after)
    return _NONE if content is None else site.found(pron, content, "clitic")


def _dropped(site: _Site, b: int, coordinated: bool = False):
    """A verb with no subject written: the speaker is left to resolution. ``coordinated``: it
    shares the subject of the verb before ("a affirmé que … et salué une « avancée »"), and an
    object holding what was said in marks is said, as after a subject."""
    w, toks = site.w, site.toks
    if _object_after(site) and not (coordinated and _said_after_object(site)):
        return _NONE  # "no precisó la fecha", "destacó la importancia de …": an object, no content
    nxt = _skip_forward(toks, site.cj + 1, w)
    # "expresó con gran emoción", "respondieron de inmediato": how, not what; the content, if
    # any, came before ("«…», manifestó tras un acto")
    how = w.ORDER != "vso" and nxt < len(toks) and toks[nxt].low in w.PREPS and not any(
        t.low in w.COMPLEMENTIZERS or t.text == ":" or t.text in w.OPEN_Q for t in toks[nxt:])
    content = None if how else _content_after(site, site.cj + 1)
    if content is None and b >= 0:
        content = _content_before(site, b)
    return _NONE if content is None else site.found(None, content, "dropped", dropped=True)


def _verb_first(site: _Site, b: int, prev):
    """The phrase after the verb, where the language puts it there: always in a
    verb-first language (unless a complementizer follows at once: "وأضاف أن"), after a
    verb-second verb when a subject pronoun follows it ("sagte er"), after a comma when a
    phrase then punctuation follows ("…, sagt Balaous, müsse")."""
    w, toks = site.w, site.toks
    nxt = _skip_forward(toks, site.cj + 1, w)
    pronoun_next = nxt < len(toks) and toks[nxt].low in w.PRONOUNS
    if w.ORDER == "vso":
        if not (prev is not None and prev.word and prev.low not in w.CONJUNCTIONS and nxt < len(toks)
                and (toks[nxt].low in w.COMPLEMENTIZERS or not toks[nxt].word)):
            return _inverted(site, b)
    elif w.ORDER == "v2" and pronoun_next and prev is not None and not _opens_with_subject(toks, b, w):
        return _inverted(site, b)  # "„…“, sagte er", "Nun fordern sie"; not "Raab bezeichnete es als …"
    if prev is not None and prev.text == "," and _phrase_then_stop(site):
        return _role_then_name(site, b) or _inverted(site, b)
    if w.NOMINATIVE and nxt < len(toks) and toks[nxt].low in w.NOMINATIVE and prev is not None and prev.word:
        # "Teilhabe fordert auch der drusische Anführer Laith al-Balaous.": a person in the
        # nominative after the verb, to the sentence's end, is its subject; what opens the
        # clause is the object
        e = np_after(toks, nxt, len(toks), w)
        if e is not None and (e >= len(toks) or toks[e].text in ".!?;") \
                and any(role_of(t.core, w) for t in toks[nxt:e]):
            return _inverted(site, b)
    return None


def _role_then_name(site: _Site, b: int):
    """"Le porte-parole du Kremlin, Dmitri Peskov, a dénoncé ces accusations.": a name set
    off by commas after the role that opens the sentence is the subject, the phrase after
    the verb its object (:func:`_aside`'s ``role_name``, the role read); else None."""
    att = _aside(site, b)
    return att if att is not None and att.rule == "role_name" and att.appositive is not None else None


def _after_subordinator(site: _Site, b: int):
    """"Wie die Bundesagentur für Arbeit auf Anfrage mitteilt": a verb at the end of its
    clause, its subject right after the word that opens the clause."""
    toks, w = site.toks, site.w
    k = next((x for x in range(b, max(-1, b - 15), -1) if toks[x].low in w.SUBORDINATORS
              or (toks[x].low in w.RELATIVES and x >= 1 and toks[x - 1].text == ",")
              or (not toks[x].word and toks[x].text not in w.OPEN_Q + w.CLOSE_Q + "-")), None)
    if k is None or not toks[k].word:
        return None
    if toks[k].low in w.RELATIVES and toks[k].low not in w.SUBORDINATORS:
        # "Carsten Linnemann, der ihre Amtsführung verteidigte": the relative's antecedent
        st, e = antecedent(toks, k - 2, k, w) if k >= 2 else (None, k - 2)
        content = _content_after(site, site.cj + 1) or _content_before(site, k - 1)
        if st is None or content is None:
            return None
        return site.found((toks[st].start, toks[e].end), content, "relative")
    e = np_after(toks, k + 1, b + 1, w)
    if e is None or not _subject_like(toks, k + 1, e - 1, k + 1, w):
        return None
    content = _content_after(site, site.cj + 1)
    if content is None and toks[k].low in w.SOURCE_CLAUSES and k > 0 and toks[k - 1].text == ",":
        content = _content_before(site, k)  # "…, wie die Kommission in Brüssel mitteilte.": the main clause
    return None if content is None else site.found((toks[k + 1].start, toks[e - 1].end), content, "subject")


def _cleft(toks: list, k: int, w: ClauseWords) -> bool:
    """The phrase ending at ``k`` is the focus of a cleft that opens its sentence (``clefts``:
    "Fue el ministro quien …", "C’est Jean Dupont qui …")."""
    st = np_back(toks, k, 0, w) if w.CLEFTS and k >= 1 and toks[k].word else None
    for n in (1, 2):
        if st is not None and st >= n and " ".join(t.low.replace("'", "’") for t in toks[st - n:st]) in w.CLEFTS:
            return st == n or not toks[st - n - 1].word
    return False


def _relative(site: _Site, b: int):
    """"…, qui a déclaré", "…, der sagte", "который заявил": the phrase before the relative."""
    toks, w = site.toks, site.w
    k = b - 1
    focus = k - 1 if k >= 1 and toks[k].low in w.ARTICLES and toks[b].low in w.COMPLEMENTIZERS else k  # "el que"
    if _cleft(toks, focus, w):
        return _subject(site, focus, toks[focus])  # "Fue el propio Ortega quien anunció …": the focus speaks
    if toks[b].low in w.COMPLEMENTIZERS and w.PRO_DROP and labelled_object(site, w):
        return _dropped(site, b)  # "una norma que tachó de inconstitucional, …": the norm labelled
    if toks[b].low in w.COMPLEMENTIZERS:
        # "que" is also the object relative: "un párrafo que argumentó el abogado de Aguilar":
        # a person after the verb is its subject
        i = _skip_forward(toks, site.cj + 1, w)
        e = np_after(toks, i, len(toks), w)
        if e is not None and (toks[i].low in w.DETERMINERS or toks[i].cap) and any(
                t.cap or role_of(t.core, w) for t in toks[i:e]):
            att = _inverted(site, b)
            if att is not None:
                return att
    if k >= 0 and (toks[k].low in w.DETERMINERS or toks[k].low in w.PREPS or (
            toks[k].low in w.OBJECT_CLITICS and w.PRO_DROP)):
        # "en la que expuso": not the relative's subject; "por lo que pidió", "lo que dijo": a
        # neuter antecedent (a clitic's form) names no one
        return _dropped(site, b) if w.PRO_DROP else _NONE
    restrictive = k >= 0 and toks[k].text not in {",", "،"}
    if k >= 0 and toks[k].text in {",", "،"}:
        k -= 1  # (the Arabic comma too: "الوزير، الذي أكد أن")
    st, k = antecedent(toks, k, b, w) if k >= 0 else (None, k)  # (past an aside: «…, en …, quienes»)
    st, k = relative_antecedent(toks, st, k, b, w, np_back)  # "واستقبل الملك | الوزير، الذي"
    if st is None or (_object_after(site) and not _said_after_object(site)):
        return _NONE  # "el real decreto que declara el estado de alarma": what it declares, nothing said
    if restrictive and toks[b].low in w.COMPLEMENTIZERS and (st == 0 or not toks[st - 1].word) and not clause_next(toks, _skip_forward(toks, site.cj + 1, w), w):
        return _NONE  # "El diácono que denunció lavado de dinero …, habló": which one, the subject's description
    content = _content_after(site, site.cj + 1)
    return _NONE if content is None else site.found((toks[st].start, toks[k].end), content, "relative")


def _said_after_object(site: _Site) -> bool:
    """After the verb's object, before a comma, a colon, a quotation mark or a complementizer
    opens what was said ("que contó los detalles: «…»")."""
    w = site.w
    for t in site.toks[site.cj + 1:]:
        if t.text == ":" or t.text in w.OPEN_Q or t.low in w.COMPLEMENTIZERS:
            return True
        if t.text in {",", ".", ";"}:
            return False
    return False


def _object_after(site: _Site) -> bool:
    """An article opens the verb's object right after it ("no precisó la fecha", "que declaró
    el estado de alarma"): a noun, no clause of what was said."""
    w, toks = site.w, site.toks
    nxt = _skip_forward(toks, site.cj + 1, w)
    return nxt < len(toks) and toks[nxt].low in w.DETERMINERS and toks[nxt].low not in w.PRONOUNS


def _subject(site: _Site, b: int, prev):
    """The phrase before the verb, when it is its subject; else the one after it."""
    w, toks = site.w, site.toks
    if w.ORDER == "v2" and _clause_end(toks, site.cj + 1):
        # the verb ends a subordinate clause ("…, der ihre Amtsführung verteidigte"): its
        # subject follows the word that opens the clause
        att = _after_subordinator(site, b)
        if att is not None:
            return att
    if w.ORDER == "v2" and _opens_with_phrase_of_preposition(toks, b, w):
        att = _inverted(site, b)  # "In einer Stellungnahme für die Anhörung schreibt Komba"
        if att is not None:
            return att
    st = seat_before(toks, np_back(toks, b, 0, w), b, w)  # "Die Regierung in Moskau sagte"
    d = None if st is None else document_before_agent(toks, st, w)  # "El informe publicado por X indicó"
    st, last = postmodified(toks, st, b, w) if d is None else (d, b)  # "Un policier présent sur les lieux": "Un policier"
    if site.form in site.cues.noun_forms and not (prev.cap or prev.low in w.PRONOUNS or (
            st is not None and any(_role_word(t, w) for t in toks[st:b + 1]))):
        return _NONE  # "la situation reste critique": an adjective or a noun, not the verb
    if st is not None and w.ADVERBIAL_HEADS and any(toks[k].low in w.PREPS and toks[k - 1].core in w.ADVERBIAL_HEADS
                                                    for k in range(max(1, st - 3), st)):
        att = _opening_subject(site, b)  # "Reuters со ссылкой на источники сообщает": the adverbial's object
        if att is not None:
            return att
    if w.ADVERBIAL_HEADS and _opens_with_object(toks, b, w):
        att = _inverted(site, b)  # "Об этом в пятницу ТАСС сообщила пресс-служба СФУ"
        if att is not None:
            return att
    if st is None or not _subject_like(toks, st, b, 0, w):
        att = _opening_subject(site, b) or _inverted(site, b)
        if att is not None and w.PRO_DROP and prev.word and not _names_someone(site, att.speaker):
            att = None  # "aunque no precisó la fecha": an object; the subject is dropped
        att = att or _after_subordinator(site, b)
        if att is not None:
            return att
        if w.PRO_DROP and (st is None or prev.low in w.FRONTED_OBJECTS or prev.low in w.PREPS or (
                st > 0 and toks[st - 1].low in w.PREPS and (st == 1 or not toks[st - 2].word))):
            # "En el Congreso había afirmado …": a phrase of a preposition opens the clause, no subject written
            return _dropped(site, b)
        return _NONE
    after = _content_after(site, site.cj + 1)
    content = after
    if after is None or (st > 0 and toks[st - 1].text in w.CLOSE_Q + ",;" + w.DASHES
                         and _trailing_only(toks, site.cj + 1, w)):
        # "„…“, hatte der Bürgermeister gesagt": the auxiliary before the subject opens the verb group
        first = st - 1 if w.ORDER == "v2" and st > 1 and toks[st - 1].low in w.AUX and not toks[st - 2].word else st
        content = _content_before(site, first) or after
    return _NONE if content is None else site.found((toks[st].start, toks[last].end), content, "subject")


_CLAUSE_MARKS = ",.;:!?()"


def _opening_subject(site: _Site, b: int):
    """"Собянин в свою очередь подчеркнул", "Тимошенко в воскресенье в прямом эфире …
    заявила": the phrase that opens the clause, where adverbials (a time, an adverb, a
    phrase headed by one of ``adverbial_heads``) stand between it and the verb."""
    w, toks = site.w, site.toks
    if not w.ADVERBIAL_HEADS:
        return None
    c = b
    while c > 0 and (toks[c - 1].word or toks[c - 1].text not in _CLAUSE_MARKS + w.OPEN_Q + w.CLOSE_Q + w.DASHES) \
            and b - c < 24:
        c -= 1  # "… телеканала 1+1 заявила": a sign inside a name does not end the clause
    while c < b and toks[c].low in w.ADVERBS:
        c += 1  # "Также …"
    if c >= b or toks[c].low in w.PREPS or _ends_phrase(toks[c], w) or toks[c].low in w.FRONTED_OBJECTS:
        return None
    end = next((k for k in range(c + 1, b + 1) if toks[k].low in w.ADVERBS or toks[k].core in w.TIME_WORDS or (
        toks[k].low in w.PREPS and any(t.core in w.TIME_WORDS or t.core in w.ADVERBIAL_HEADS for t in toks[k + 1:k + 4]))),
        None) or named_to_verb(toks, c, b, site.text[toks[b].end:site.cs], w)  # "представитель … шон лэнкфорд (sean …)"
    if end is None or end - c > 12 or not _subject_like(toks, c, end - 1, 0, w) or all(
            t.low[:1].isdigit() for t in toks[c:end]):
        return None
    content = _content_after(site, site.cj + 1)
    return None if content is None else site.found((toks[c].start, toks[end - 1].end), content, "subject")


#: A rule's answer that the cue gives no attribution (no later rule is asked).
_NONE = "none"


def _demonstrative_object(site: _Site, b: int) -> bool:
    """"Das sagte der Minister", "Das teilte das Auswärtige Amt mit": an article of
    ``fronted_objects`` that opens a sentence before a verb second written in lower case is a
    demonstrative, the verb's object; its subject follows the verb (after a comma, "…, das
    sagte", a relative)."""
    w, toks = site.w, site.toks
    return w.ORDER == "v2" and toks[b].low in w.FRONTED_OBJECTS and (b == 0 or toks[b - 1].text in ".!?;:") \
        and site.text[site.cs:site.cs + 1].islower()


def _what_it_said(site: _Site, b: int) -> bool:
    """"C’est ce qu’a affirmé le ministre", "ce que dit le rapport", "ce qu’affirme X": a
    demonstrative of ``fronted_objects``, then a complementizer (elided before the verb or its
    auxiliary): a relative clause whose object is what was said, its subject after the verb."""
    w, toks = site.w, site.toks
    if w.ORDER != "svo" or not w.ELISIONS:
        return False
    k = b - 1 if toks[b].low in w.COMPLEMENTIZERS else b  # "ce | que | dit"
    if k < 0 or toks[k].low not in w.FRONTED_OBJECTS:
        return False
    if k < b:
        return True
    joined = [t.low[:elided(t.low, w.ELISIONS)] for t in toks[b + 1:site.ci]] + [
        site.text[toks[site.ci].start:site.cs].lower()]
    return any(j.replace("'", "’") in w.COMPLEMENTIZERS for j in joined if j)


def _verb(site: _Site):
    """A reporting verb: its speaker by the rules of the module docstring, in order."""
    w, toks = site.w, site.toks
    b, clitic = _verb_group_start(site)
    prev = toks[b] if b >= 0 else None
    joined = site.text[toks[site.ci].start:site.cs]
    if joined and joined in w.CONJUNCTIONS and joined in w.CLAUSE_CLITICS:
        # "…الجميع وقال: «…»": "و" joined to the verb opens its clause; what stands before it
        # is not its subject ("أما الجيش فأكد": after "ف" it is)
        prev = Tok(joined, toks[site.ci].start, site.cs, ())
    if prev is not None and _what_it_said(site, b):
        answer = _inverted(site, b)  # "C’est ce qu’a affirmé le ministre": "ce" the object, the subject after
        return None if answer is None or answer is _NONE else answer
    if prev is not None and prev.low in w.DETERMINERS and prev.low not in w.PRONOUNS and w.ORDER != "vso" \
            and not _demonstrative_object(site, b):
        return None  # "la critique", "le dit": a noun (an Arabic noun after one has the article:
        # "إلى ذلك قال": the demonstrative closes a fronted phrase, the verb opens its clause)
    answer = _clitic(site, b, clitic) or _bracket(site, b) or _subject_aside(site, b) or _verb_first(site, b, prev)
    if answer is None and prev is not None and prev.text == "," and b >= 2 and not _trailing_only(toks, site.cj + 1, w):
        answer = _aside(site, b)
    if answer is None and prev is not None and prev.low in w.SHARED_SUBJECT and b >= 1 and (
            toks[b - 1].word or toks[b - 1].text == ","):
        answer = _dropped(site, b)  # "выразил удовлетворение … и призвал лидеров": the subject of the verb before
    if answer is None and prev is not None and prev.low in w.CONJUNCTIONS and w.ORDER != "vso":
        # "a confirmé et précisé ses décisions", "wies … zurück und rief … auf": the subject
        # of the verb before; what follows is the object
        answer = _dropped(site, b, coordinated=True) or _NONE
    if answer is None and prev is not None and not prev.word and np_back(toks, b, 0, w) is not None:
        answer = _subject(site, b, prev)  # "Die „Zeit“ schreibt": an article and a name in marks
    if answer is None and (prev is None or not prev.word or prev.low in w.CONJUNCTIONS):
        answer = _inverted(site, b)
        if answer is None and (prev is None or prev.low in w.CONJUNCTIONS or w.PRO_DROP):
            answer = _dropped(site, b)
        answer = answer or _NONE
    if answer is None and prev.low in w.RELATIVES and not _demonstrative_object(site, b):
        answer = _relative(site, b)
    if answer is None:
        answer = _subject(site, b, prev)
    return None if answer is _NONE else answer


def _bracket(site: _Site, b: int):
    """The verb second, its participle or infinitive at the end of the clause (German:
    "Zuletzt hatte Trump … geantwortet, er wolle …", "Die Fed hat Versäumnisse eingeräumt
    und … angekündigt"): the subject stands before the finite auxiliary, or right after it
    where something else opens the clause. Not in a clause a subordinating word opens."""
    w, toks = site.w, site.toks
    if w.ORDER != "v2" or b < 0 or not toks[b].word or not (
            _clause_end(toks, site.cj + 1) or toks[site.cj + 1].low in w.CONJUNCTIONS
            or toks[site.cj + 1].low in w.COMPLEMENTIZERS):
        return None
    clause = _clause_tokens(toks, b, w)
    if not clause or (clause[0] > 0 and toks[clause[0] - 1].word):
        return None  # "…, dass er das gesagt hat": a subordinate clause
    at = next((x for x, k in enumerate(clause) if toks[k].low in w.AUX), None)
    if at is None:
        return None
    aux, start = clause[at], clause[0]
    e = np_after(toks, start, aux, w) if at else None
    if e is not None and (e == aux or e == clause[at - 1] + 1) and toks[start].low not in w.FRONTED_OBJECTS \
            and _subject_like(toks, start, e - 1, start, w):
        speaker, lo = (toks[start].start, toks[e - 1].end), aux + 1  # "Die Fed hat … angekündigt"
    else:
        i = _skip_forward(toks, aux + 1, w)  # "Zuletzt hatte Trump … geantwortet"
        e = np_after(toks, i, b + 1, w)
        if e is None or not _subject_like(toks, i, e - 1, i, w):
            return None
        speaker, lo = (toks[i].start, toks[e - 1].end), e
    # what was said: the clause after, else the object inside the bracket ("… eine
    # nationale Konferenz angekündigt"), from the last conjunction in it
    lo = max([lo] + [k + 1 for k in range(lo, b + 1) if toks[k].low in w.CONJUNCTIONS])
    content = _content_after(site, site.cj + 1) or ((toks[lo].start, toks[b].end) if lo <= b else None)
    return None if content is None else site.found(speaker, content, "subject")


def _names_someone(site: _Site, span) -> bool:
    """The speaker span holds a name, a role, a title or a body's word, or is a pronoun."""
    w = site.w
    return any(_name_word(t, w) and t.low not in w.JOINERS and t.low not in w.DETERMINERS or t.low in w.PRONOUNS
               for t in site.toks if span[0] <= t.start < span[1])


def _phrase_then_stop(site: _Site) -> bool:
    """A noun phrase follows the verb and ends at punctuation ("…, sagt Balaous, müsse",
    "…, répond son agent, l’avocat …"): the verb is inverted."""
    toks, w = site.toks, site.w
    i = _skip_forward(toks, site.cj + 1, w)
    e = np_after(toks, i, len(toks), w)
    return e is not None and (e >= len(toks) or not toks[e].word)


def _subject_aside(site: _Site, b: int):
    """"Jacques Chirac, lui, plaide pour …", "Le ministre, de son côté, a déclaré": one of
    ``subject_asides`` set off by commas before the verb; the phrase before it speaks."""
    w, toks = site.w, site.toks
    if not w.SUBJECT_ASIDES or b < 2 or toks[b].text != ",":
        return None  # (``b``: the comma before the verb)
    k = next((x for x in range(b - 1, max(-1, b - 7), -1) if not toks[x].word), None)  # six words at most
    if k is None or k < 1 or toks[k].text != "," or " ".join(t.low for t in toks[k + 1:b]) not in w.SUBJECT_ASIDES:
        return None
    st = np_back(toks, k - 1, 0, w)
    content = _content_after(site, site.cj + 1)
    if st is None or content is None or not _subject_like(toks, st, k - 1, 0, w):
        return None
    return site.found((toks[st].start, toks[k - 1].end), content, "subject")


def _before_bracket(toks: list, b: int) -> int:
    """Where the words before ``b`` end, a short aside in brackets that closes them left out
    ("Joachim Herrmann (CSU), sagte": the party after a name); else ``b``."""
    if b < 3 or toks[b - 1].text != ")":
        return b
    k = next((k for k in range(b - 2, max(b - 6, 0), -1) if toks[k].text == "("), None)
    return k if k is not None and k >= 1 and toks[k - 1].word else b


def _aside(site: _Site, b: int):
    """"X, porte-parole du Département d’Etat, a déclaré" (the name before an appositive
    speaks) and "le capitaine du navire, Joan Vaquero, admet" (the role, then the name
    set off by commas: the name speaks)."""
    w, toks = site.w, site.toks
    b = _before_bracket(toks, b)
    k = b - 1
    while k >= 0 and toks[k].text not in {",", ";", ":", "(", ")"} and toks[k].text not in w.OPEN_Q + w.CLOSE_Q \
            and b - k < 30:
        k -= 1
    seg = toks[k + 1:b]
    words = [t for t in seg if t.word]
    if not words:
        return None
    content = _content_after(site, site.cj + 1)
    if content is None:
        return None
    name_like = w.CASED and all(t.cap or t.low in w.JOINERS or w.PARTICLE_RE.match(t.text) for t in words) \
        and words[0].cap \
        and not any(_role_word(t, w) or t.core in w.TITLE_WORDS for t in words[:1])
    if name_like and len(words) <= 6:
        role = None
        if k >= 1 and toks[k].text == ",":
            st = np_back(toks, k - 1, 0, w)
            role = (toks[st].start, toks[k - 1].end) if st is not None else None
        return site.found((seg[0].start, seg[-1].end), content, "role_name", role)
    appositive = words[0].low in w.DETERMINERS or _role_word(words[0], w) or words[0].core in w.TITLE_WORDS or (
        words[0].low in w.JOINERS and any(t.core in w.ORG_WORDS for t in words[1:3]))  # ", de l’Université de Genève,"
    if not (k >= 1 and toks[k].text == ","):
        return None
    st = np_back(toks, k - 1, 0, w)
    if st is None or not _subject_like(toks, st, k - 1, 0, w) or all(t.low in w.ADVERBS for t in toks[st:k] if t.word):
        return None  # (an adverb opening the sentence, "Asimismo, … que, dice, …", speaks no word)
    opens = w.ARTICLES and (st == 0 or not toks[st - 1].word) and not words[0].cap
    relative = opens and words[0].low in w.RELATIVES  # "Le témoin, qui a requis l’anonymat, a raconté"
    if not appositive and not relative and not (opens and toks[st].low in w.DETERMINERS
                               and words[0].low not in w.STOP and words[0].low not in w.PREPS) and not (
            opens and _opening_name(toks, st, k, w)) and not _named_opening(toks, st, k, w):
        # "Le président du Kazakhstan, pays d’Asie centrale allié de la Russie, a ordonné":
        # an appositive without an article after the phrase that opens the sentence; after a
        # name of two words or more, whatever the commas set off ("Heather Dhondy, integrante
        # del equipo inglés, reconoce", "Juan Pérez, quien llegó tarde, aseguró", "María
        # Pérez, en su discurso, aseguró")
        return None
    if w.CASED and not any(t.cap for t in toks[st:k]) and not (words[0].core in w.TITLE_WORDS and words[-1].cap):
        return None  # (a title and a name set off name the role: "L’avocat de la famille, Me Jean Dupont,")
    return site.found((toks[st].start, toks[k - 1].end), content, "name_appositive",
                      (seg[0].start, seg[-1].end) if appositive else None)


