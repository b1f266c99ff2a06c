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
``subject``     X a déclaré que … / X sagte, … / X dijo / X заявил: the phrase before the verb
``participle``  …, añadiendo que / …, affirmant que / …, добавив, что: the subject of the sentence

The content is the quotation or clause after the cue (after "que", "dass", "что", "أن" or a
colon), or, when the cue follows its content ("« … », a-t-il dit"), what came before it.

This module holds the noun phrases and the rules of a verb with its subject;
:mod:`.clause_cues` the cues that are no such verb (``fronted``, ``postposed``, ``so``,
``participle``, the patterns a language names in its settings: ``impersonal``, ``body``) and
the order all are read in (``extract``).
"""

from __future__ import annotations

from ..cues import canonical_form
from .clause_joined import after_origin, listener_mark
from .clause_words import ClauseWords, role_of
from .content import leading_content, trailing_content
from .records import Attribution

__all__ = ["Tok", "tokens", "np_after", "np_back"]


class Tok:
    """A token: its text and span, lower case, the word without an elided article
    ("l’Egypte" → "egypte"), whether that word is capitalised, whether it is a word."""

    __slots__ = ("text", "start", "end", "low", "core", "cap", "word")

    def __init__(self, text: str, start: int, end: int, elisions: tuple):
        self.text, self.start, self.end = text, start, end
        self.low = text.lower().replace("'", "’")
        core = text
        for e in elisions:
            if self.low.startswith(e) and len(text) > len(e):
                core = text[len(e):]
                break
        self.core = core.lower()
        self.cap = core[:1].isupper()
        self.word = text[:1].isalnum()

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Tok({self.text!r}, {self.start})"


def tokens(text: str, start: int, end: int, w: ClauseWords) -> list[Tok]:
    """The tokens of ``text[start:end]`` by the language's token pattern."""
    el = w.ELISIONS
    return [Tok(m.group(), m.start(), m.end(), el) for m in w.TOKEN_RE.finditer(text, start, end)]


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
            or (low in w.PREPS and low not in w.JOINERS))


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
    if _ends_phrase(t, w) and t.low not in w.DETERMINERS:
        return None
    if w.CASED and not (t.low in w.DETERMINERS or _name_word(t, w) or t.low[:1].isdigit()):
        return None
    k, lower, named = i, 0, False
    while k < hi and k - i < 14:
        t = toks[k]
        if not t.word:
            after = _through_mark(toks, i, k, hi, w)
            if after is None:
                break
            k = after
            continue
        if k > i and t.low in w.CONJUNCTIONS and k + 1 < hi and _role_word(toks[k - 1], w) and _role_word(toks[k + 1], w):
            k += 1  # "der Anwalt und Dissident Ayman Sheib ad-Din"
            continue
        if k > i and (_ends_phrase(t, w) or (t.low in w.PRONOUNS and t.low not in w.DETERMINERS)
                      or (not w.CASED and t.low in w.ADVERBS) or after_origin(toks, i, k, w)
                      or (listener_mark(toks, k, w) is not None and not _role_word(toks[k - 1], w)
                          and toks[k - 1].core not in w.TITLE_WORDS)):  # "مدير الإدارة | لـ«المدينة»"
            break
        if w.CASED:
            step = _cased_step(toks, k, i, w, named, lower)
            if step is None:
                break
            named, lower = step
        k += 1
    return _phrase_end(toks, i, k, w)


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
    Carter"), past a name in marks after a role or a body (``marked_names``: "агентство
    «Интерфакс»", "صحيفة «واشنطن بوست»"); None where the mark ends it."""
    t = toks[k]
    if t.text == "." and k > i and _abbreviated_title(toks, k - 1, w) and k + 1 < hi and toks[k + 1].word:
        return k + 1  # "M. Carter"; not "— сказал мэр." nor "a déclaré le ministre." at the end
    if w.MARKED_NAMES and t.text in w.OPEN_Q and k > i and (_role_word(toks[k - 1], w) or toks[k - 1].low in w.JOINERS
                                                            or (not w.CASED and toks[i].core in w.ORG_WORDS)):
        # a name of four words at most, not a quotation ("الرئيس “إن الوطن …”")
        close = next((x for x in range(k + 1, min(hi, k + 6)) if toks[x].text in w.CLOSE_Q), None)
        if close is not None and close > k + 1 and toks[k + 1].low not in w.COMPLEMENTIZERS:
            return close + 1
    return None


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
            and toks[k - 1].core not in w.ORG_WORDS and toks[k - 1].low not in w.JOINERS:
        return None  # a name, then another phrase
    if not _name_word(t, w) and not t.low[:1].isdigit() and t.low not in w.DETERMINERS:
        if named or lower >= 5:
            return None  # a lower-case word after a name
        return named, lower + 1
    if t.cap and t.core not in w.PERSON_ROLES and t.core not in w.TITLE_WORDS:
        return True, lower
    return named, lower


def np_back(toks: list[Tok], b: int, lo: int, w: ClauseWords) -> int | None:
    """Start of the noun phrase that ends at token ``b`` (inclusive), or None."""
    t = toks[b]
    if t.word and t.low in w.PRONOUNS:
        return b
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
            break
        if _ends_phrase(p, w) or p.low in w.FRONTED_OBJECTS or (p.low in w.PRONOUNS and p.low not in w.JOINERS) \
                or p.low in w.ADVERBS or (w.ADVERBIAL_HEADS and p.core in w.TIME_WORDS):
            break  # "Ранее в субботу | Кудрин заявил"
        if w.CASED and not w.ARTICLES and role_of(toks[j].core, w) and p.word and not p.cap \
                and p.low not in w.JOINERS and not _role_word(p, w):
            break  # "в свою очередь министр … Прити Пател": the phrase opens at its role
        j -= 1
    while j < b and toks[j].low in w.JOINERS and toks[j].low not in w.DETERMINERS:
        j += 1
    return j


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


# -- the rules --------------------------------------------------------------------------

def _skip_forward(toks: list[Tok], i: int, w: ClauseWords) -> int:
    """Adverbs and time words after a verb ("sagte am Montag", "a déclaré aussi")."""
    while i < len(toks) and toks[i].word and toks[i].low not in w.PRONOUNS:
        if toks[i].low in w.ADVERBS or toks[i].core in w.TIME_WORDS or toks[i].low in w.LISTENERS:
            i += 1
        elif w.ADVERBIAL_HEADS and toks[i].low in w.PREPS and i + 1 < len(toks) and toks[i + 1].core in w.TIME_WORDS:
            i += 2  # "сообщила в пятницу пресс-служба вуза"
        elif toks[i].low in w.DETERMINERS and i + 1 < len(toks) and toks[i + 1].core in w.TIME_WORDS:
            i += 2  # "acusaron el lunes al artista"
        elif listener_mark(toks, i, w) is not None:
            i = listener_mark(toks, i, w)  # "وقال لـ«الوطن» إن …"
        else:
            break
    return i


def _verb_group_start(site: _Site) -> tuple[int, tuple | None]:
    """The token before the verb's auxiliaries and adverbs (-1: none), and the span of a
    subject pronoun joined to an auxiliary ("a-t-il", "a-t-elle")."""
    w, toks = site.w, site.toks
    b, clitic = site.ci - 1, None
    while b >= 0 and toks[b].word and (toks[b].low.split("-")[0] in w.AUX or toks[b].core.split("-")[0] in w.AUX
                                       or toks[b].low in w.ADVERBS or (toks[b].low in w.OBJECT_CLITICS and b + 1 < site.ci)):
        tail = toks[b].low.rsplit("-", 1)
        if len(tail) == 2 and tail[1] in w.PRONOUNS and tail[0].split("-")[0] in w.AUX:
            clitic = (toks[b].end - len(tail[1]), toks[b].end)
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


def _either_content(site: _Site, first: int, after: int):
    """The content before the verb group when one came before it ("« … », a dit X", "…,
    sagte X"), else the one after."""
    before = _content_before(site, first) if first > 0 or site.toks[0].start > site.window[0] else None
    if first > 0:
        prev = site.toks[first - 1]
        if not prev.word and (prev.text in site.w.CLOSE_Q or prev.text in {",", ";"} or prev.text in site.w.DASHES):
            if before is not None:
                return before
    return _content_after(site, after) or before


def _inverted(site: _Site, b: int):
    """The phrase after the verb speaks ("…, a déclaré X", "sagte er", "قال الوزير إن")."""
    toks, w = site.toks, site.w
    i = _skip_forward(toks, site.cj + 1, w)
    e = np_after(toks, i, len(toks), w)
    if e is None and w.SPEAKER_AFTER == "phrase" and w.ORDER == "svo":
        i, e = _after_adverbial(toks, i, w)
    if e is None or (w.OBLIQUE_PLURAL is not None and w.OBLIQUE_PLURAL.match(toks[i].text)):
        return None  # "كما حذر المشرعين من …": the verb's object
    if w.SPEAKER_AFTER == "clause" and toks[i].low not in w.PRONOUNS:
        # "рассказала РИА Новости эксперт проекта … Ольга Андреева": to the next punctuation
        # or complementizer; the name is read from its end
        k = e
        while k < len(toks) and k - i < 18 and toks[k].word and toks[k].low not in w.COMPLEMENTIZERS \
                and toks[k].low not in w.CONJUNCTIONS and toks[k].low not in w.SPEAKER_ENDS \
                and toks[k].low not in w.ADVERBS and toks[k].core not in w.TIME_WORDS and not after_origin(toks, i, k, w) \
                and listener_mark(toks, k, w) is None:
            k += 1
        if k >= len(toks) or not toks[k].word or toks[k].low in w.COMPLEMENTIZERS:
            e = k
    speaker = (toks[i].start, toks[e - 1].end)
    app = None
    if e + 1 < len(toks) and toks[e].text in ",،" and (toks[e + 1].low in w.DETERMINERS or role_of(toks[e + 1].core, w)
                                                       or toks[e + 1].core in w.TITLE_WORDS or _name_then_stop(toks, e + 1, w)):
        stop = next((x for x in range(e + 1, len(toks)) if toks[x].text in {",", "،", ".", ";", ":"}), len(toks))
        app = (toks[e + 1].start, toks[stop - 1].end)
        e = stop
    content = _either_content(site, b + 1, e)
    return None if content is None else site.found(speaker, content, "inverted", app)


def _after_adverbial(toks: list[Tok], i: int, w: ClauseWords) -> tuple:
    """The phrase after a short phrase of a preposition between an inverted verb and its
    subject ("affirme en privé un officiel", "a déclaré à l’AFP le ministre", "dijo a la
    prensa el ministro"), where punctuation or a complementizer ends it: ``(start, end)``,
    else ``(i, None)``."""
    if i >= len(toks) or toks[i].low not in w.PREPS or toks[i].low in w.JOINERS and toks[i].low in w.DETERMINERS:
        return i, None
    for k in range(i + 2, min(len(toks), i + 6)):
        t = toks[k]
        if not t.word or t.low in w.COMPLEMENTIZERS or (t.low in w.PREPS and t.low not in w.DETERMINERS):
            return i, None  # "reconoció en una entrevista con el diario …": no subject after
        if t.low in w.DETERMINERS and toks[k - 1].low not in w.JOINERS or t.low in w.PRONOUNS:
            e = np_after(toks, k, len(toks), w)
            if e is not None and (e >= len(toks) or not toks[e].word or toks[e].low in w.COMPLEMENTIZERS):
                return k, e
            return i, None
    return i, None


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


def _dropped(site: _Site, b: int):
    """A verb with no subject written: the speaker is left to resolution."""
    w, toks = site.w, site.toks
    nxt = _skip_forward(toks, site.cj + 1, w)
    if nxt < len(toks) and toks[nxt].low in w.DETERMINERS and toks[nxt].low not in w.PRONOUNS:
        return _NONE  # "no precisó la fecha", "destacó la importancia de …": an object, no content
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
    elif w.ORDER == "v2" and pronoun_next and prev is not None:
        return _inverted(site, b)
    if prev is not None and prev.text == "," and _phrase_then_stop(site):
        return _inverted(site, b)
    return None


def _after_subordinator(site: _Site, b: int):
    """"Wie die Bundesagentur für Arbeit auf Anfrage mitteilt": a verb at the end of its
    clause, its subject right after the word that opens the clause."""
    toks, w = site.toks, site.w
    k = next((x for x in range(b, max(-1, b - 15), -1) if toks[x].low in w.SUBORDINATORS
              or (toks[x].low in w.RELATIVES and x >= 1 and toks[x - 1].text == ",") or not toks[x].word), None)
    if k is None or not toks[k].word:
        return None
    if toks[k].low in w.RELATIVES and toks[k].low not in w.SUBORDINATORS:
        # "Carsten Linnemann, der ihre Amtsführung verteidigte": the relative's antecedent
        st = np_back(toks, k - 2, 0, w) if k >= 2 else None
        content = _content_after(site, site.cj + 1) or _content_before(site, k - 1)
        if st is None or content is None:
            return None
        return site.found((toks[st].start, toks[k - 2].end), content, "relative")
    e = np_after(toks, k + 1, b + 1, w)
    if e is None or not _subject_like(toks, k + 1, e - 1, k + 1, w):
        return None
    content = _content_after(site, site.cj + 1)
    return None if content is None else site.found((toks[k + 1].start, toks[e - 1].end), content, "subject")


def _relative(site: _Site, b: int):
    """"…, qui a déclaré", "…, der sagte", "который заявил": the phrase before the relative."""
    toks, w = site.toks, site.w
    k = b - 1
    if k >= 0 and (toks[k].low in w.DETERMINERS or toks[k].low in w.PREPS):
        return _dropped(site, b) if w.PRO_DROP else _NONE  # "en la que expuso": not the relative's subject
    if k >= 0 and toks[k].text == ",":
        k -= 1
    st = np_back(toks, k, 0, w) if k >= 0 else None
    if st is None:
        return _NONE
    content = _content_after(site, site.cj + 1)
    return _NONE if content is None else site.found((toks[st].start, toks[k].end), content, "relative")


def _subject(site: _Site, b: int, prev):
    """The phrase before the verb, when it is its subject; else the one after it."""
    w, toks = site.w, site.toks
    if w.ORDER == "v2" and _clause_end(toks, site.cj + 1):
        # the verb ends a subordinate clause ("…, der ihre Amtsführung verteidigte"): its
        # subject follows the word that opens the clause
        att = _after_subordinator(site, b)
        if att is not None:
            return att
    st = np_back(toks, b, 0, w)
    if site.form in site.cues.noun_forms and not (prev.cap or prev.low in w.PRONOUNS or (
            st is not None and any(_role_word(t, w) for t in toks[st:b + 1]))):
        return _NONE  # "la situation reste critique": an adjective or a noun, not the verb
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
        if w.PRO_DROP and (st is None or prev.low in w.FRONTED_OBJECTS or prev.low in w.PREPS):
            return _dropped(site, b)
        return _NONE
    after = _content_after(site, site.cj + 1)
    content = after
    if after is None or (st > 0 and toks[st - 1].text in w.CLOSE_Q + ",;" + w.DASHES
                         and _trailing_only(toks, site.cj + 1, w)):
        content = _content_before(site, st) or after
    return _NONE if content is None else site.found((toks[st].start, toks[b].end), content, "subject")


def _opens_with_object(toks: list[Tok], b: int, w: ClauseWords) -> bool:
    """The clause of the verb after token ``b`` opens with a fronted object ("Об этом …",
    "Это …"): its subject follows the verb."""
    c = b
    while c > 0 and toks[c - 1].word and b - c < 12:
        c -= 1
    return c < b and toks[c].low in w.FRONTED_OBJECTS and toks[c].low not in w.ADVERBS


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
        None)
    if end is None or end - c > 12 or not _subject_like(toks, c, end - 1, 0, w) or all(
            t.low[:1].isdigit() for t in toks[c:end]):
        return None
    content = _content_after(site, site.cj + 1)
    return None if content is None else site.found((toks[c].start, toks[end - 1].end), content, "subject")


#: A rule's answer that the cue gives no attribution (no later rule is asked).
_NONE = "none"


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
    if prev is not None and prev.low in w.DETERMINERS and prev.low not in w.PRONOUNS:
        return None  # "la critique", "le dit": a noun
    answer = _clitic(site, b, clitic) or _verb_first(site, b, prev)
    if answer is None and prev is not None and prev.text == "," and b >= 2 and not _trailing_only(toks, site.cj + 1, w):
        answer = _aside(site, b)
    if answer is None and prev is not None and prev.low in w.SHARED_SUBJECT and b >= 1 and (
            toks[b - 1].word or toks[b - 1].text == ","):
        answer = _dropped(site, b)  # "выразил удовлетворение … и призвал лидеров": the subject of the verb before
    if answer is None and (prev is None or not prev.word or prev.low in w.CONJUNCTIONS):
        answer = _inverted(site, b)
        if answer is None and (prev is None or prev.low in w.CONJUNCTIONS or w.PRO_DROP):
            answer = _dropped(site, b)
        answer = answer or _NONE
    if answer is None and prev.low in w.RELATIVES:
        answer = _relative(site, b)
    if answer is None:
        answer = _subject(site, b, prev)
    return None if answer is _NONE else answer


def _names_someone(site: _Site, span) -> bool:
    """The speaker span holds a name, a role, a title or a body's word, or is a pronoun."""
    w = site.w
    return any(_name_word(t, w) and t.low not in w.JOINERS and t.low not in w.DETERMINERS or t.low in w.PRONOUNS
               for t in site.toks if span[0] <= t.start < span[1])


def _name_then_stop(toks: list[Tok], i: int, w: ClauseWords) -> bool:
    """Two to five capitalised words, then punctuation: a name set off by commas."""
    k = i
    while k < len(toks) and toks[k].word and (toks[k].cap or toks[k].low in w.JOINERS) and k - i < 6:
        k += 1
    return w.CASED and k - i >= 2 and toks[i].cap and (k >= len(toks) or not toks[k].word)


def _phrase_then_stop(site: _Site) -> bool:
    """A noun phrase follows the verb and ends at punctuation ("…, sagt Balaous, müsse",
    "…, répond son agent, l’avocat …"): the verb is inverted."""
    toks, w = site.toks, site.w
    i = _skip_forward(toks, site.cj + 1, w)
    e = np_after(toks, i, len(toks), w)
    return e is not None and (e >= len(toks) or not toks[e].word)


def _role_word(t: Tok, w: ClauseWords) -> bool:
    return role_of(t.core, w) != "" or t.core in w.ORG_WORDS or t.core in w.NATIONALITIES


def _aside(site: _Site, b: int):
    """"X, porte-parole du Département d’Etat, a déclaré" (the name before an appositive
    speaks) and "le capitaine du navire, Joan Vaquero, admet" (the role, then the name
    set off by commas: the name speaks)."""
    w, toks = site.w, site.toks
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
    name_like = w.CASED and all(t.cap or t.low in w.JOINERS for t in words) and words[0].cap \
        and not any(_role_word(t, w) or t.core in w.TITLE_WORDS for t in words[:1])
    if name_like and len(words) <= 6:
        role = None
        if k >= 1 and toks[k].text == ",":
            st = np_back(toks, k - 1, 0, w)
            role = (toks[st].start, toks[k - 1].end) if st is not None else None
        return site.found((seg[0].start, seg[-1].end), content, "role_name", role)
    appositive = words[0].low in w.DETERMINERS or _role_word(words[0], w) or words[0].core in w.TITLE_WORDS
    if not (appositive and k >= 1 and toks[k].text == ","):
        return None
    st = np_back(toks, k - 1, 0, w)
    if st is None or not _subject_like(toks, st, k - 1, 0, w):
        return None
    if w.CASED and not any(t.cap for t in toks[st:k]):
        return None
    return site.found((toks[st].start, toks[k - 1].end), content, "name_appositive", (seg[0].start, seg[-1].end))


def _clause_end(toks: list[Tok], i: int) -> bool:
    """Token ``i`` ends a clause: punctuation or the end of the window."""
    return i >= len(toks) or toks[i].text in {".", ",", ";", ":", "!", "?"}


def _trailing_only(toks: list[Tok], i: int, w: ClauseWords) -> bool:
    """After the verb only adverbs, time words or an end: the content came before."""
    i = _skip_forward(toks, i, w)
    return i >= len(toks) or toks[i].text in {".", "!", "?", ";"}

