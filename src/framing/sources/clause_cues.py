"""The cues of the clause rules that are not a verb with its subject, and the order they
are read in (:func:`extract`): a cue before its speaker (``fronted``: "selon X", "по словам X",
"وفقا لـ X"), after it (``postposed``: "X zufolge"), after a comma (``so``), a participle that
speaks with its sentence's subject, and the patterns of a verb a language names in its
``words.yaml`` (impersonal forms, negations, a body a report is said in, forms that need a
marked clause: :mod:`.clause_verb_patterns`); every other verb goes to :mod:`.clauses`.
docs/languages.md lists them.
"""

from __future__ import annotations

import bisect

from ..cues import CueTable
from ..text import TextFacts
from .clause_cases import _message, fronted_end, listener_end
from .clause_colons import colon_quotes
from .clause_documents import document_agent
from .clause_phrases import (
    _body_place,
    _ends_phrase,
    _name_then_stop,
    _role_word,
    _skip_forward,
    _subject_like,
    np_after,
    np_back,
    tokens,
)
from .clause_relays import relayed
from .clause_verb_patterns import _before_verb
from .clause_vso import described_clause, last_form, saying, sentence_subject, settings, unjoined
from .clause_words import ClauseWords, role_of
from .clauses import (
    _NONE,
    _content_after,
    _content_before,
    _Site,
    _verb,
    _verb_group_start,
)
from .content import finish
from .phrases import sentences_of, trim
from .records import WINDOW, Attribution
from .transcripts import labelled_headlines, quoted_subheadings

__all__ = ["extract"]


def _fronted(site: _Site):
    """"selon X, …", "laut X …", "…, según X.", "по словам X": the phrase after the cue
    speaks; the content is the rest of the sentence."""
    w, toks = site.w, site.toks
    own = next((t for t in toks[site.ci:site.cj + 1] if t.low in w.POSSESSIVES), None) or _owner_before(site)
    start = _fronted_start(site)
    if start is None:
        return None
    i, told = start
    if i < len(toks) and toks[i].low in settings(w).OBLIQUE_RELATIVES:
        return None  # "указ, согласно которому …": a document's rule, its author unsaid (``oblique_relatives``)
    joined = unjoined(site, i)  # "وفقا للوثائق": the speaker without the preposition joined to it
    toks = joined or toks
    if not told and i + 1 < len(toks) and toks[i + 1].word and _owned_speech(toks[i], w):
        i += 1  # "بحسب تصريحات الوزير": a speech noun in construct state, its owner speaks
    e = site.cj + 1 if own is not None else (np_after(toks, i, len(toks), w) or _bare_document(toks, i, w))
    stressed = w.STRESSED_PRONOUNS.get(toks[i].low, "") if own is None and i < len(toks) else ""
    if stressed:
        e = i + 1  # "selon lui", "laut ihm": the person of a subject pronoun
    if e is None and told:
        # "وفقًا لما أبلغنا به": what someone said, no one named
        after = trim(site.text, toks[i].start if i < len(toks) else site.window[1], site.window[1], " \t\r\n\u00a0,;:.")
        return site.found(None, after, "fronted") if after[1] > after[0] else None
    if e is None:
        return None
    if own is None and w.CASED and not w.ARTICLES:  # no articles: a bare phrase ends at a verb of saying
        e = next((k for k in range(i + 1, e) if not toks[k].cap and saying(toks[k].low, site.cues, w)), e)
    if own is None:
        e = document_agent(toks, i, e, w) or e  # "según el informe publicado por el Ministerio"
        e = _body_place(toks, i, e, w)  # "بحسب إعلان الجهاز المركزي للإحصاء في السودان": the body's place
    if site.form in w.FRONTED_AT_START and (not _at_start(site.text, site.window[0], site.cs)
                                            or e >= len(toks) or toks[e].text != ","
                                            or not any(t.cap or _role_word(t, w) for t in toks[i:e])):
        return None  # "Pour X, …" only opening a sentence, X a name or a role
    if own is None and w.ARTICLES and not any(
            t.cap or role_of(t.core, w) or t.core in w.ORG_WORDS or t.core in w.DOCUMENTS or t.low in w.PRONOUNS
            or t.core in w.TITLE_WORDS or stressed for t in toks[i:e]):
        return None  # "selon les types d’établissements", "según los casos": depending on, no one speaks
    if own is None:
        e = fronted_end(toks, site.ci, e, w)  # "По данным источника в правоохранительных органах, …"
        told = listener_end(toks, i, w)
        if told is not None and told < e and toks[told].cap:
            i = told  # "Как сообщил ТАСС Иван Петров, …": told to, then the speaker
    # "по его словам": the possessive inside the cue is the speaker
    speaker = (own.start, own.end) if own is not None else (toks[i].start, toks[e - 1].end)
    app, e = _fronted_appositive(toks, i, e, w)
    after = trim(site.text, toks[e].start if e < len(toks) else site.window[1], site.window[1],
                 " \t\r\n\u00a0,;:." + w.DASHES)
    before = trim(site.text, site.window[0], site.cs, " \t\r\n\u00a0,;:" + w.DASHES)
    content = after if after[1] - after[0] > before[1] - before[0] or own is not None and own.end <= site.cs or (
        after[1] > after[0] and site.text[site.cs:site.cs + 1].isupper() and site.form not in site.cues.needs_clause
    ) else before  # "… locale Selon X, …": its capital opens the sentence (a German noun has one anywhere)
    if content[1] <= content[0] and not site.nested and site.window[0] == site.sent[0]:
        content = _sentence_before(site)  # "… مكافحة داعش. بحسب موقع ترك برس.": the cue and its source alone
    if content[1] <= content[0]:
        return None
    extra = {"phrase": toks[i].text + site.text[toks[i].end:speaker[1]]} if joined else {}
    extra = {"phrase": stressed} if stressed else extra
    return site.found(speaker, content, "fronted", app, **extra)


def _at_start(text: str, s0: int, cs: int) -> bool:
    """The cue at ``cs`` opens its sentence (from ``s0``): no word before it, or written with
    the capital only a sentence's start gives it ("… une économie locale Pour Javier López,
    …": a heading with no full stop, run into the text where the paragraph breaks were lost)."""
    return text[cs:cs + 1].isupper() or not any(ch.isalnum() for ch in text[s0:cs])


def _owner_before(site: _Site):
    """The possessive before a noun of saying that needs a clause, up to two words in lower case
    between ("Seine Erfahrung: …", "sein deutlicher Appell an …: „…“"): its speaker; else None."""
    toks, w = site.toks, site.w
    if site.form not in site.cues.needs_clause:
        return None
    k = site.ci - 1
    while k >= 0 and site.ci - k <= 2 and toks[k].word and not toks[k].cap and toks[k].low not in w.POSSESSIVES:
        k -= 1
    return toks[k] if k >= 0 and toks[k].low in w.POSSESSIVES else None


def _fronted_appositive(toks: list, i: int, e: int, w: ClauseWords) -> tuple:
    """The appositive after a fronted source ending at ``e`` ("según la directora del hospital,
    Ana Gómez, …"; "selon le porte-parole, un général, …"): ``(span or None, new end)``."""
    named = e < len(toks) and toks[e].text == "," and any(role_of(t.core, w) for t in toks[i:e]) \
        and _name_then_stop(toks, e + 1, w)
    if e < len(toks) and toks[e].text == "," and e + 1 < len(toks) and (
            toks[e + 1].low in w.DETERMINERS or role_of(toks[e + 1].core, w) or named):
        stop = next((x for x in range(e + 1, len(toks)) if toks[x].text in {",", ".", ";"}), len(toks))
        if stop < len(toks) and (toks[stop].text == "," or named):
            return (toks[e + 1].start, toks[stop - 1].end), stop
    return None, e


def _sentence_before(site: _Site) -> tuple[int, int]:
    """The sentence before the cue's, in its paragraph: what a fronted cue that makes a
    sentence of its own with its source ("… مكافحة داعش. بحسب موقع ترك برس الإخباري.") says."""
    end = len(site.text[:site.sent[0]].rstrip())
    if end == 0 or site.text[end - 1] not in ".!?":
        return (0, 0)
    start = max(site.text.rfind(c, 0, end - 1) for c in ".!?\n") + 1
    return trim(site.text, start, end, " \t\r\n\u00a0,;:.")


def _bare_document(toks: list, i: int, w: ClauseWords) -> int | None:
    """The end of a document named without an article ("según datos del Instituto Nacional de
    Estadística", "según cifras oficiales,"): the noun with its complement (a joiner, then a
    phrase) or one word after it before a comma; else None."""
    if i < len(toks) and toks[i].word and not toks[i].cap and not w.ARTICLES and _message(toks[i].low, w):
        # a language without articles: a message noun in any case, then its author in the
        # genitive ("согласно заявлению Минобороны", "по данным доклада ООН") or no one
        e = np_after(toks, i + 1, len(toks), w)
        return e if e is not None else (i + 1 if i + 1 >= len(toks) or toks[i + 1].text in {",", ".", ";"} else None)
    if i >= len(toks) or not toks[i].word or toks[i].cap or toks[i].core not in w.DOCUMENTS:
        return None
    if i + 1 < len(toks) and toks[i + 1].low in w.JOINERS:
        return np_after(toks, i + 1, len(toks), w)
    for e in (i + 1, i + 2):
        if e >= len(toks) or toks[e].text in {",", ".", ";"}:
            return e if e == i + 1 or not (toks[i + 1].low in w.STOP or toks[i + 1].low in w.PREPS) else None
    return None


def _fronted_start(site: _Site) -> tuple[int, bool] | None:
    """Where the speaker of a fronted cue starts, and whether a verb of saying came first
    (``(i, told)``), past a preposition written apart ("وفقاً لـ”العربية نت”") and a relative
    with its verb ("طبقا لما قاله الرئيس", "حسبما ذكرت وكالة …": joined to the cue); None where
    the relative's verb is no verb of saying ("طبقا لما أراد …", "حسبما يبدو")."""
    w, toks = site.w, site.toks
    i = site.cj + 1
    if i >= len(toks) or toks[i].low not in w.FRONTED_PREPS:
        i = _skip_forward(toks, i, w)  # (a preposition right after the cue is no listener's)
    if i < len(toks) and toks[i].low in w.FRONTED_PREPS:
        i += 1
    if w.FRONTED_RELATIVES and settings(w).canon(site.form).endswith(tuple(w.FRONTED_RELATIVES)):
        if i >= len(toks) or not saying(toks[i].low, site.cues, w):
            return None
        return _past_object(toks, i, _skip_forward(toks, i + 1, w), site), True
    if i + 1 < len(toks) and toks[i].low in w.FRONTED_RELATIVES:
        if not saying(toks[i + 1].low, site.cues, w):
            return None
        return _past_object(toks, i + 1, _skip_forward(toks, i + 2, w), site), True
    return i, False


def _owned_speech(t, w: ClauseWords) -> bool:
    """In a script whose article is joined, a noun of speech (``speech_nouns``, not a document)
    without the article: in construct state, the word after it is who spoke ("تصريحات الوزير")."""
    s = settings(w)
    return w.DEFINITE_PREFIX is not None and not w.DEFINITE_PREFIX.match(t.text) and s.canon(t.core) in s.SPEECH_NOUNS \
        and t.core not in w.DOCUMENTS


def _past_object(toks: list, v: int, k: int, site: _Site) -> int:
    """Past the pronoun a relative's verb (token ``v``) takes with its preposition
    (``relative_objects``: "وفقا لما صرح به | الوزير"), where a word follows it, not a comma,
    and the verb has no object of its own joined ("لما أبلغنا به ستكون …": told us)."""
    w = site.w
    return k + 1 if k + 1 < len(toks) and toks[k].low in w.RELATIVE_OBJECTS and toks[k + 1].word \
        and site.cues.lemma_of(toks[v].low) is not None else k


def _postposed(site: _Site):
    """"X zufolge …": the phrase before the cue speaks."""
    toks, w = site.toks, site.w
    b = site.ci - 1
    st = np_back(toks, b, 0, w) if b >= 0 else None
    if st is None:
        return None
    after = trim(site.text, site.ce, site.window[1], " \t\r\n\u00a0,;:." + w.DASHES)
    before = trim(site.text, site.window[0], toks[st].start, " \t\r\n\u00a0,;:" + w.DASHES)
    content = after if after[1] - after[0] > before[1] - before[0] else before
    stressed = w.STRESSED_PRONOUNS.get(toks[st].low, "") if st == b else ""  # "ihm zufolge": er
    return site.found((toks[st].start, toks[b].end), content, "postposed", **({"phrase": stressed} if stressed else {})) \
        if content[1] > content[0] else None


def _so(site: _Site):
    """"…, so Lang": a cue that counts only after a comma, a closing mark or a dash; the
    phrase after it speaks, the content came before."""
    toks, w = site.toks, site.w
    prev = toks[site.ci - 1] if site.ci > 0 else None
    if prev is None or prev.word or not (prev.text in {",", ";"} or prev.text in w.CLOSE_Q or prev.text in w.DASHES):
        return None
    e = np_after(toks, site.cj + 1, len(toks), w)
    if e is None:
        return None
    # "…, so Lang.", "…, so Trump in einem Posting", "…, so der Sprecher weiter"
    after = e >= len(toks) or not toks[e].word or toks[e].low in w.PREPS or toks[e].low in w.ADVERBS
    content = _content_before(site, site.ci)
    if content is None or not after:
        return None
    return site.found((toks[site.cj + 1].start, toks[e - 1].end), content, "so")


def _participle(site: _Site, earlier: list):
    """"…, añadiendo que …", "…, affirmant que …", "…, добавив, что …": a participle
    (``participle_endings``) speaks with the subject of its sentence: the speaker of an
    earlier attribution of the sentence, else the phrase that opens it."""
    w, toks = site.w, site.toks
    if w.PARTICIPLE is None or not w.PARTICIPLE.search(last_form(site)):
        if site.form.split()[0].lower() not in settings(w).INFINITIVE_PREPS:
            return None  # not a gerund, nor an infinitive after "al", "tras" ("al considerar que")
        nxt = toks[site.cj + 1] if site.cj + 1 < len(toks) else None
        if nxt is None or not (nxt.low in w.COMPLEMENTIZERS or nxt.text == ":" or nxt.text in w.OPEN_Q):
            return _NONE  # "Tras concluir el periodo electoral": no clause of what was said
    content = _content_after(site, site.cj + 1)
    if content is None:
        return _NONE
    k = site.ci - 1
    st = np_back(toks, k, 0, w) if w.PARTICIPLE_OF_NOUN and k > 0 and toks[k].word and toks[k].low not in w.ADVERBS \
        and toks[k].low not in w.PREPS and toks[k].core not in w.TIME_WORDS else None
    if st is not None and st > 0 and any(t.cap or _role_word(t, w) for t in toks[st:k + 1]):
        # "par des habitants affirmant que …": right after a noun phrase (no comma), the
        # participle is said of that phrase, not of the sentence's subject
        return site.found((toks[st].start, toks[k].end), content, "participle")
    same = [a for a in earlier if a.sentence == site.sent and a.cue is not None and a.cue[0] < site.cs
            and not a.extra.get("relays")]
    if same:
        att = site.found(same[-1].speaker, content, "participle", same[-1].appositive)
        if same[-1].speaker is None:
            att.extra.update(same[-1].extra)
        elif "verb_gender" in same[-1].extra:
            att.extra.setdefault("verb_gender", same[-1].extra["verb_gender"])  # "отметил …, добавив"
        return att
    span = sentence_subject(site, earlier)  # "واستعرض هادي … مشيرا إلى": verb-first
    if span is not None:
        return site.found(span, content, "participle")
    first = next((x for x, t in enumerate(toks) if t.word), None)
    if first == site.ci and last_form(site) != site.form.split()[0] and not w.PARTICIPLE.search(last_form(site)):
        return _infinitive_first(site, content)
    # in a verb-first language the sentence opens with its verb: no subject phrase to take
    e = np_after(toks, first, site.ci, w) if first is not None and first < site.ci and w.ORDER != "vso" else None
    if e is not None and w.FINITE is not None:  # "Министр раскритиковал решение, заявив": up to its verb
        e = next((k for k in range(first + 1, e) if not toks[k].cap and w.FINITE.search(toks[k].low)
                  and not _role_word(toks[k], w) and toks[k].core not in w.ORG_WORDS), e)
    if e is None and first is not None and w.ORDER != "vso":
        e = _before_verb_group(toks, first, site.ci, w)
        if e is not None:
            return site.found((toks[first].start, toks[e - 1].end), content, "participle")
    if e is None or not _subject_like(toks, first, e - 1, 0, w):
        return site.found(None, content, "participle", dropped=True) if w.PRO_DROP else _NONE
    return site.found((toks[first].start, toks[e - 1].end), content, "participle")


def _infinitive_first(site: _Site, content):
    """"Tras afirmar que …, el actor Jorge Guzmán anunció …": an infinitive that opens its
    sentence speaks with the main clause's subject after the comma, where one that names
    someone stands there; with the latest speaker where the verb follows the comma (its
    subject dropped too); else with no one."""
    w, toks = site.w, site.toks
    c = next((x for x in range(site.cj + 1, len(toks)) if toks[x].text == ","), None)
    e = np_after(toks, c + 1, len(toks), w) if c is not None else None
    if c is not None and c + 3 < len(toks) and toks[c + 1].low in w.DEFINITE and role_of(toks[c + 2].core, w) \
            and toks[c + 3].word and not toks[c + 3].cap and toks[c + 3].low not in w.JOINERS:
        e = c + 3  # "…, la ministra | abandonó la reunión": an article and a role, then a verb no table knows
    if e is not None and e < len(toks) and toks[e].word and _subject_like(toks, c + 1, e - 1, 0, w) \
            and any(t.cap or _role_word(t, w) for t in toks[c + 1:e]):
        return site.found((toks[c + 1].start, toks[e - 1].end), content, "participle")
    # "Tras mencionar que …, refirió que …": the main verb's subject dropped too, the latest speaker;
    # so is an infinitive of narration after a conjunction ("Et d’ajouter : « … »")
    return site.found(None, content, "participle",
                      dropped=e is None and (w.PRO_DROP or site.form.split()[0].lower() in w.CONJUNCTIONS))


def _before_verb_group(toks: list, first: int, hi: int, w: ClauseWords) -> int | None:
    """"Algunos críticos se han burlado de …, alegando que": the sentence opens with a
    determiner or a capitalised word and one to three lower-case words, then its verb group
    (an object clitic or an auxiliary): the end of that subject, else None."""
    if first + 1 >= hi or not toks[first].word or not (toks[first].cap or toks[first].low in w.DETERMINERS) \
            or toks[first].low in w.PREPS:
        return None
    k = first + 1
    while k < hi and k - first <= 3 and toks[k].word and not toks[k].cap and toks[k].low not in w.AUX \
            and toks[k].low not in w.OBJECT_CLITICS and toks[k].low not in w.PREPS and toks[k].low not in w.JOINERS:
        k += 1
    return k if first + 1 < k < hi and (toks[k].low in w.AUX or toks[k].low in w.OBJECT_CLITICS) else None


def _attribution(site: _Site, earlier: list):
    cues = site.cues
    if site.lemma in cues.fronted:
        att = _fronted(site)
        if att is not None and site.form in cues.needs_clause and not _said_after_phrase(site, att):
            return None
        return _cited_before(site, att, earlier)
    if site.lemma in cues.postposed:
        return _cited_before(site, _postposed(site), earlier)
    if site.lemma in cues.after_comma:
        return _so(site)
    answer = _participle(site, earlier) or _before_verb(site)
    if answer is not None:
        return None if answer is _NONE else answer
    att = described_clause(site, _verb(site))
    span = sentence_subject(site, earlier) or _opening_subject(site, earlier) \
        if att is not None and att.rule == "dropped" else None
    # "ربط غسان شربل … وقال إن": a verb with no subject speaks with its sentence's (verb-first)
    return att if span is None else site.found(span, att.content, "subject")


def _said_after_phrase(site: _Site, att) -> bool:
    """A noun of saying read as a fronted cue (``needs_clause``: "das Argument der
    Landesregierung, dass …", "auf die Frage eines Journalisten, ob …") has its speaker's
    phrase opened by an article right after it and what was said after that phrase: a comma
    and a complementizer, or a colon; one whose possessive is its speaker ("Seine Erfahrung: …")
    a colon within a few words, no other punctuation before it."""
    w, toks = site.w, site.toks
    if att.speaker[1] <= site.ce:  # "Seine Erfahrung: …", "sein Appell an die Tarifparteien: „…“"
        return any(t.text == ":" for t in toks[site.cj + 1:site.cj + 7]) and not any(
            t.text in {",", ".", ";", "!", "?"} for t in toks[site.cj + 1:next(
                (x for x in range(site.cj + 1, len(toks)) if toks[x].text == ":"), len(toks))])
    i = next((x for x, t in enumerate(toks) if t.start >= att.speaker[0]), len(toks))
    k = next((x for x, t in enumerate(toks) if t.start >= att.speaker[1]), len(toks))
    if i != site.cj + 1 or toks[i].low not in w.DETERMINERS:
        return False
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if not (k < len(toks) and (toks[k].text == ":" or toks[k].low in w.COMPLEMENTIZERS)):
        return False
    if toks[i].low in w.NOMINATIVE and w.ARTICLE_GENDER:  # "der Landesregierung": a genitive, "die Landesregierung"
        said = next((a for a, g in w.ARTICLE_GENDER.items() if g == "f" and a in w.DEFINITE), toks[i].low)
        att.extra["phrase"] = said + site.text[toks[i].end:att.speaker[1]]
    return True


def _cited_before(site: _Site, att, earlier: list):
    """"selon un bilan préliminaire de la même source", "selon cette source": a source whose
    phrase says it is the one cited before (``same_source``) is the source the sentences
    before cited last ("Selon l’administration militaire régionale, …"); else ``att``."""
    if att is None or att.speaker is None or not site.w.SAME_SOURCE:
        return att
    said = f" {' '.join(site.text[att.speaker[0]:att.speaker[1]].lower().split())} "
    if not any(f" {x} " in said for x in site.w.SAME_SOURCE):
        return att
    same = next((a for a in reversed(earlier) if a.rule in {"fronted", "postposed", "source"} and a.speaker is not None
                 and a.cue is not None and a.cue[0] < site.cs), None)
    if same is not None:
        att.extra["follows"] = same
    return att


def _opening_subject(site: _Site, earlier: list):
    """"Voigt bedankt sich … und sagt dann: …", "Elle soutient la mobilisation (…) et appelle
    …": a verb after a conjunction, in a language whose verbs have their subject written
    (not ``pro_drop``, not verb-first), shares the subject that opens its sentence, right
    before the sentence's first verb; the span of that subject, or None where the sentence
    opens otherwise ("Am Montag …", "Den Vorwurf wies er zurück") or a report stands before
    the cue in it."""
    w, toks = site.w, site.toks
    if w.PRO_DROP or w.ORDER == "vso" or any(a.sentence == site.sent and a.cue is not None and a.cue[0] < site.cs
                                             for a in earlier):
        return None
    b, _ = _verb_group_start(site)
    if b < 0 or toks[b].low not in w.CONJUNCTIONS:
        return None
    first = next((k for k in range(b) if toks[k].start >= site.sent[0]), None)
    e = np_after(toks, first, b, w) if first is not None else None
    if e is None or e >= b or not toks[e].word or toks[e].low in w.CONJUNCTIONS or toks[e].low in w.RELATIVES \
            or not _subject_like(toks, first, e - 1, first, w):
        return None
    return (toks[first].start, toks[e - 1].end)


def _told_by(site: _Site, att, earlier: list):
    """"…, hieß es aus Regierungskreisen", "…, a-t-on appris de sources diplomatiques",
    "erfuhr die APA aus informierten Kreisen": a report with no one as its subject (impersonal,
    indefinite: ``indefinite``) or a verb of learning (``learned_from``) says its source after
    an entry of ``source_after`` ("aus", "auprès de", "de source"), adverbs and time words
    stepped over: the phrase after its prepositions speaks ("le ministère", "sources
    diplomatiques"), the source before where it says so (``same_source``: "a-t-on précisé de
    même source"); else ``att``."""
    w, toks = site.w, site.toks
    if att is None or not w.SOURCE_AFTER:
        return att
    said = site.text[att.speaker[0]:att.speaker[1]].lower() if att.speaker is not None else ""
    if att.rule != "impersonal" and said not in w.INDEFINITE and site.lemma not in w.LEARNED_FROM:
        return att
    st = np_back(toks, site.ci - 1, 0, w) if att.speaker is None and site.ci > 1 and toks[site.ci - 1].word else None
    if st is not None and st > 0 and toks[st - 1].low in w.SOURCE_AFTER:
        return site.found((toks[st].start, toks[site.ci - 1].end), att.content, "source")  # "Aus Regierungskreisen hieß es"
    after = max(site.ce, att.speaker[1] if att.speaker is not None else 0)
    k = _skip_forward(toks, next((x for x, t in enumerate(toks) if t.start >= after), len(toks)), w)
    if att.rule == "impersonal" and w.DOCUMENT_PREPS:
        doc = _in_document(toks, st, site.ci, w)
        if doc is None and k < len(toks) and toks[k].low in w.DOCUMENT_PREPS:
            doc = _in_document(toks, k + 1, None, w)
        if doc is not None:
            return site.found(doc, att.content, "source")
    for prep in sorted(w.SOURCE_AFTER, key=len, reverse=True):
        n = len(prep.split())
        if " ".join(t.low for t in toks[k:k + n]) == prep:
            # the phrase starts after the prepositions ("auprès du"), at a noun the entry names ("de | sources")
            i = next((x for x in range(k, k + n) if toks[x].low not in w.PREPS and toks[x].low not in w.CONTRACTIONS
                      and toks[x].low not in w.DETERMINERS), k + n)
            e = np_after(toks, i, len(toks), w) if i < len(toks) and toks[i].word else None
            if e is None:  # "de sources diplomatiques", "aus informierten Kreisen": a phrase with no article
                e = i
                while e < len(toks) and e - i < 4 and toks[e].word and not _ends_phrase(toks[e], w):
                    e += 1
            if e <= i:
                return att
            same = next((a for a in reversed(earlier) if a.rule == "source"), None) if toks[i].low in w.SAME_SOURCE else None
            extra = {"follows": same} if same is not None else {}
            return site.found((toks[i].start, toks[e - 1].end), att.content, "source", **extra)
    return att


def _in_document(toks: list, st: int | None, e: int | None, w: ClauseWords) -> tuple[int, int] | None:
    """The span of a document and its maker that an impersonal report is said in (``document_preps``:
    "In der Erklärung des Ministeriums | heißt es", "heißt es in | einer Mitteilung der Polizei"): the
    phrase from ``st`` (to ``e``, or as far as it goes), after one of ``document_preps`` when ``e``
    is given, holding a word of ``documents`` and a word after it; else None."""
    if st is None or st >= len(toks) or (e is not None and (st < 1 or toks[st - 1].low not in w.DOCUMENT_PREPS)):
        return None
    e = np_after(toks, st, len(toks), w) if e is None else e
    k = next((x for x in range(st, e or st) if toks[x].core in w.DOCUMENTS), None)
    if e is None or k is None or k + 1 >= e:
        return None
    return toks[k].start, toks[e - 1].end


def _coordinated(site: _Site, att):
    """"Raphaël Garrigos et Isabelle Roberts rappellent …", "…, argumentieren die
    Gewerkschaften Verdi und Komba": a plural verb (``plural_verb``, of the cue or its
    auxiliary) whose subject is a name or a role joined by a word of ``coordinators`` to
    another: both speak together; else ``att``."""
    w, toks = site.w, site.toks
    if att is None or att.speaker is None or w.PLURAL_VERB is None or not w.COORDINATORS:
        return att
    b, _ = _verb_group_start(site)
    if not any(w.PLURAL_VERB.search(t.low) for t in toks[b + 1:site.cj + 1] if t.word):
        return att
    s, e = att.speaker
    first = next((x for x, t in enumerate(toks) if t.start >= s), None)
    last = next((x for x in range(len(toks) - 1, -1, -1) if toks[x].end <= e), None)
    if first is None or last is None:
        return att
    if e <= site.cs and first >= 2 and toks[first - 1].low in w.COORDINATORS and toks[first - 2].word:
        st = np_back(toks, first - 2, 0, w)  # "Raphaël Garrigos et | Isabelle Roberts rappellent"
        if st is not None and any(t.cap for t in toks[st:first - 1]):
            return site.found((toks[st].start, e), att.content, att.rule, att.appositive, together=True)
    if s >= site.ce and last + 2 < len(toks) and toks[last + 1].low in w.COORDINATORS and toks[last + 2].cap:
        end = np_after(toks, last + 2, len(toks), w)  # "argumentieren die Gewerkschaften Verdi | und Komba"
        if end is not None:
            return site.found((s, toks[end - 1].end), att.content, att.rule, att.appositive, together=True)
    return att


def _subject_after_complementizer(between: list, w: ClauseWords) -> bool:
    """A complementizer, then a word or with a pronoun joined, stand between two cues ("قال
    المرصد إن تنظيم داعش أبلغ", "ويقال إنها قالت"): the second is a report of its own
    ("отметил, что считает": one)."""
    k = next((x for x in range(len(between) - 1, -1, -1) if between[x].low in w.COMPLEMENTIZERS), None)
    return k is not None and (between[k].low in w.POSSESSIVES or any(t.word for t in between[k + 1:]))


def _between(toks: list, start: int, end: int, facts: TextFacts) -> int:
    """The tokens from ``start`` to ``end``, a name in marks counted as none ("صرح لصحيفة
    «يو إس إيه توداي» قائلا": one report)."""
    return sum(1 for t in toks if start <= t.start < end and not (facts.names and facts.voice_at(t.start, t.end) == "name"))


#: A cue at most this many tokens after the previous cue of its sentence is part of it.
_JOINED_CUES = 4


def _after_conjunction(toks: list, ci: int, since: int, w: ClauseWords) -> bool:
    """A conjunction written apart stands between the previous cue (ending at ``since``)
    and this one ("wies die Vorwürfe zurück und rief … auf", "a affirmé que … et salué",
    "hat … eingeräumt und … angekündigt"): a second report of its own."""
    return any(t.low in w.CONJUNCTIONS for t in toks[:ci] if t.start >= since)


def extract(text: str, facts: TextFacts, cues: CueTable, w: ClauseWords, *, spans: list | None = None) -> list[Attribution]:
    """The attributions of one text, in text order, with their content and kind, by the
    clause rules and the words ``w`` of its language (``facts`` read in the same language);
    ``spans``, a list, is given the text's sentences."""
    found = list(cues.find(text, facts.body_end))
    found_spans = sentences_of(text, facts, w, None)
    if spans is not None:
        spans[:] = found_spans
    spans = found_spans
    starts = [s for s, _ in spans]
    atts: list[Attribution] = []
    cache: dict = {}
    for cs, ce, lemma in found:
        k = bisect.bisect_right(starts, cs) - 1
        if k < 0 or cs >= spans[k][1]:
            continue
        s0, s1 = spans[k]
        if w.FRONTED_AT_START and lemma in cues.fronted and text[cs:ce].lower() in w.FRONTED_AT_START \
                and not _at_start(text, s0, cs):
            continue  # "Pour X, …" only opening a sentence: not worth reading its window elsewhere
        q = facts.quote_at(cs)
        nested = q is not None and q.start < cs
        ws, we = (max(s0, q.start + 1), min(s1, q.end - 1)) if nested else (s0, s1)
        ws, we = max(ws, cs - WINDOW), min(we, ce + WINDOW)
        key = (ws, we)
        if key not in cache:
            cache.clear()
            cache[key] = tokens(text, ws, we, w)
        toks = cache[key]
        ci = next((x for x, t in enumerate(toks) if t.end > cs), None)  # "وقال": the token holds a proclitic
        if ci is None:
            continue
        cj = ci
        while cj + 1 < len(toks) and toks[cj + 1].end <= ce:
            cj += 1
        site = _Site(text=text, facts=facts, toks=toks, ci=ci, cj=cj, cs=cs, ce=ce, lemma=lemma,
                     form=text[cs:ce].lower(), sent=(s0, s1), window=(ws, we), nested=nested, cues=cues, w=w)
        if atts and atts[-1].sentence == (s0, s1) and atts[-1].cue is not None and ci > 0 and lemma not in cues.fronted \
                and (atts[-1].rule != "fronted" or not w.CASED) and atts[-1].nested == nested and not _after_conjunction(toks, ci, atts[-1].cue[1], w) \
                and _between(toks, atts[-1].cue[1], cs, facts) <= _JOINED_CUES \
                and not _subject_after_complementizer([t for t in toks if atts[-1].cue[1] <= t.start < cs], w) \
                and not (w.COMMA_PARTS and w.PARTICIPLE is not None and w.PARTICIPLE.search(site.form.split()[-1])
                         and any(t.text == "," for t in toks if atts[-1].cue[1] <= t.start < cs)):
            continue  # "وتابع قائلا", "صرح لصحيفة … قائلا": one report, told by two verbs
        att = _coordinated(site, _told_by(site, _attribution(site, atts), atts))
        if att is not None:
            atts.extend(relayed(site, att))  # "نقلت رويترز عن فضل حسن": the source, then the relay
    if w.LABEL_LINES:
        atts += labelled_headlines(text, facts, atts)  # "Bönte: Fury muss Usyks Rhythmus brechen"
    if w.QUOTED_SUBHEADINGS:
        atts += quoted_subheadings(text, facts, atts)  # "„Die Liste der Künstler wird immer länger“"
    if w.COLON_QUOTES:
        atts += colon_quotes(text, facts, spans, atts, w)  # "Le ministre est catégorique : « … »"
    return finish(text, facts, spans, atts, w.CLOSE_Q, lambda lemma: lemma in cues.fronted or lemma in cues.postposed)
