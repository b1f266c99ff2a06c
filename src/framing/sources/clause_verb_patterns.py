"""The patterns of a verb a language names in its ``words.yaml``, read before the clause
rules of :mod:`.clauses` (:func:`_before_verb`): a fixed phrase or a first name that is no
cue, forms that need a marked clause (``needs_clause``), impersonal forms
(``impersonal_endings``), negations (``negations``, ``negated_by``), passives, a reflexive
passive, an elided subject pronoun, a pronoun joined before a verb, a plural verb said "in"
a body (``plural_endings``, ``body_preps``) and a relative of place after a document
(``document_relatives``).

Apart from :mod:`.clause_cues`, which holds the cue kinds and the loop over a text's cues,
because they are one step of that loop — each answers for the verb alone, from the words of
its language — and the loop reaches them through one name, :func:`_before_verb`.
"""

from __future__ import annotations

from functools import lru_cache

from .clause_cases import listener_end, message_of
from .clause_passives import passive
from .clause_phrases import _ends_phrase, _role_word, _skip_forward, _subject_like, np_after, np_back
from .clause_vso import before_verb, last_form, settings
from .clause_words import ClauseWords, derived, elided, role_of
from .clauses import _NONE, _content_after, _content_before, _either_content, _Site, _verb_group_start


def _clause_marked(site: _Site, b: int) -> bool:
    """What was said is marked: a quotation, a dash or a comma before the verb ("«…», —
    заметил он"), or after it a colon, a complementizer or a quotation ("заметил, что")."""
    w, toks = site.w, site.toks
    if b >= 0 and not toks[b].word and (toks[b].text in w.CLOSE_Q or toks[b].text in w.DASHES or toks[b].text == ","):
        return True
    if _in_source_clause(toks, b, w) or _neuter_object(toks, b, site.ci, w):
        return True
    i = _skip_forward(toks, site.cj + 1, w)
    particles = _split_particles(site)
    if i < len(toks) and toks[i].low in particles:
        i += 1  # "führte aus, dass": the rest of a split verb
    e = np_after(toks, i, len(toks), w) if i < len(toks) and toks[i].word else None
    if e is not None and e + 1 < len(toks) and toks[e].low in w.PLACE_PREPS:
        e = np_after(toks, e + 1, len(toks), w) or e  # "وجاء في بيان «جيش الفتح» في المنطقة الجنوبية، أنه": its place
    if e is not None and e < len(toks) and toks[e].low in particles:
        e += 1  # "Darin führte die Fed aus, dass": the subject, then the rest of the verb
    if e is None and i < len(toks) and toks[i].low in w.PREPS:
        e = next((j for j in range(i + 1, min(len(toks), i + 7)) if not toks[j].word or toks[j].low in w.COMPLEMENTIZERS
                  or _elided_complementizer(toks[j].low, w)), None)  # "On apprend de source autorisée que …"
    for k in (i, e) if e is not None else (i,):
        if k < len(toks) and toks[k].text in {",", "،"}:  # (the Arabic comma too: "وجاء في البيان، أن")
            k += 1
        if k < len(toks) and (toks[k].text == ":" or toks[k].low in w.COMPLEMENTIZERS or toks[k].text in w.OPEN_Q
                              or _elided_complementizer(toks[k].low, w)):
            return True
    return i + 1 < len(toks) and toks[i].text == "," and _reported_clause(toks, i + 1, w)


def _split_particles(site: _Site) -> set:
    """The last words of the split forms that need a clause opened by the cue's word ("aus"
    of "führte … aus"): what was said follows them."""
    return _split_table(site.cues.needs_clause).get(site.form, set())


@lru_cache(maxsize=16)
def _split_table(needs_clause: frozenset) -> dict:
    """The first word of each split form of ``needs_clause`` -> the last words of those
    forms, read once per cue table (not every form at every cue)."""
    table: dict = {}
    for f in needs_clause:
        if "…" in f:
            table.setdefault(f.split()[0], set()).add(f.split()[-1])
    return table


def _neuter_object(toks: list, b: int, ci: int, w: ClauseWords) -> bool:
    """"Comme l’a relevé M. X", "ainsi que le note le rapport": the object clitic after "comme",
    "que" (``neuter_clitic``) stands for what was said, the clause the verb's."""
    openers = {n.split()[0] for n in w.NEUTER_CLITIC}
    return b >= 0 and b + 1 < ci and toks[b].low in openers and (
        toks[b + 1].low.replace("'", "’").startswith("l’") or f"{toks[b].low} {toks[b + 1].low}" in w.NEUTER_CLITIC)


def _reported_clause(toks: list, k: int, w: ClauseWords) -> bool:
    """The clause from ``k`` to its punctuation holds a verb in the mood of reported speech
    (``reported_mood``, German Konjunktiv I: "ergänzte, der Plan sei zu teuer")."""
    if w.REPORTED_MOOD is None:
        return False
    e = next((j for j in range(k, min(len(toks), k + 15)) if not toks[j].word), min(len(toks), k + 15))
    return any(w.REPORTED_MOOD.match(t.low) for t in toks[k:e])



def _in_source_clause(toks: list, b: int, w: ClauseWords) -> bool:
    """The verb ends a clause opened by one of ``source_clauses`` and its subject, an article
    or a name ("Wie die Nachrichtenagentur dpa meldete, wurde …"; not "Wie viele sich
    meldeten"): what was said is the main clause."""
    c = b
    while c >= 0 and b - c < 12 and toks[c].word and toks[c].low not in w.SOURCE_CLAUSES:
        c -= 1
    return 0 <= c < b and toks[c].word and toks[c].low in w.SOURCE_CLAUSES and (c == 0 or not toks[c - 1].word) \
        and (toks[c + 1].low in w.ARTICLES or toks[c + 1].cap)



def _elided_complementizer(low: str, w: ClauseWords) -> bool:
    """A complementizer elided before a vowel and written joined to the next word (French
    "a estimé qu’il fallait …": ``qu’`` of ``complementizers`` opening the token)."""
    n = elided(low, w.ELISIONS)
    return n > 0 and low[:n].replace("'", "’") in w.COMPLEMENTIZERS



def _in_body(site: _Site, b: int):
    """"…, — сообщили в Минобороны", "В Роспотребнадзоре уточнили, что …": a plural verb
    with no subject, said "in" a body (``body_preps``, ``plural_endings``): the body speaks."""
    w, toks = site.w, site.toks
    i = _skip_forward(toks, site.cj + 1, w)
    told = listener_end(toks, i, w) if i < len(toks) else None
    if told is not None and toks[told].low in w.BODY_PREPS:
        i = told  # "сообщили ТАСС в пресс-службе МВД": told to, then the body
    if i < len(toks) and toks[i].low in w.BODY_PREPS:
        k = i + 1
        while k < len(toks) and k - i <= 6 and toks[k].word and not _ends_phrase(toks[k], w) \
                and toks[k].low not in w.ADVERBS:
            k += 1
        content = _either_content(site, b + 1, k) if k > i + 1 and _a_body(toks[i + 1:k], w) else None
        return None if content is None else site.found((toks[i + 1].start, toks[k - 1].end), content, "body")
    c = b
    while c > 0 and toks[c - 1].word and b - c < 10:
        c -= 1
    while c < b and toks[c].low in w.ADVERBS:
        c += 1  # "Также в ведомстве отметили"
    e = b
    while e > c and toks[e].low in w.ADVERBS:
        e -= 1
    if c + 1 > e or toks[c].low not in w.BODY_PREPS or any(_ends_phrase(t, w) for t in toks[c + 1:e + 1]) \
            or not _a_body(toks[c + 1:e + 1], w) or (w.ARTICLES and np_after(toks, c + 1, e + 1, w) != e + 1):
        return None  # (with articles, one phrase: not "Desde el lunes los vecinos denuncian")
    content = _content_after(site, site.cj + 1)
    return None if content is None else site.found((toks[c + 1].start, toks[e].end), content, "body")



def _idiom_or_name(site: _Site) -> bool:
    """The cue form is part of a fixed phrase that says nothing (``idioms``: "autrement dit",
    "accuser le coup"), an infinitive after its mark (``infinitive_mark``: "zu sagen"), or, capitalised inside its sentence with a capitalised word after it,
    a first name ("… performance, Lance Armstrong et …")."""
    w, toks = site.w, site.toks
    for idiom in w.IDIOMS:
        k = idiom.find(site.form)
        if k >= 0 and site.text[site.cs - k:site.cs - k + len(idiom)].lower() == idiom:
            return True
    if site.ci > 0 and toks[site.ci - 1].low in w.INFINITIVE_MARK:
        return True  # "Da gibt’s wenig Möglichkeit zu sagen": an infinitive, no one says it
    nxt = toks[site.cj + 1] if site.cj + 1 < len(toks) else None
    return site.ci > 0 and site.ci == site.cj and toks[site.ci].cap and toks[site.ci - 1].text not in ".!?:;«\"„“" \
        and nxt is not None and nxt.word and nxt.cap



def _a_body(words: list, w: ClauseWords) -> bool:
    """The words after a body's preposition name one, in a language with articles: a capital
    or a body's word, no time ("desde el Ministerio"; not "desde hace años", "desde el lunes")."""
    if not w.ARTICLES:
        return True  # (Russian: "в ведомстве", "в пресс-службе", as before)
    return any(t.cap or t.core in w.ORG_WORDS for t in words) and not any(
        t.core in w.TIME_WORDS or t.low[:1].isdigit() for t in words)



def _before_verb(site: _Site):
    """Patterns of a verb the language's settings name, read before the clause rules of
    :mod:`.clauses` (``impersonal_endings``, ``negations``, a pronoun joined before a verb,
    ``needs_clause``, ``plural_endings`` with ``body_preps``): an attribution, :data:`_NONE`
    (none), or None (the clause rules decide)."""
    w, toks = site.w, site.toks
    b, _ = _verb_group_start(site)
    if _idiom_or_name(site):
        return _NONE
    # (the form as the table keeps it: "وأظهر", "وأقر" are written with the hamza the table leaves out)
    if settings(w).canon(site.form) in site.cues.needs_clause and not _clause_marked(site, b) and not (
            w.IMPERSONAL is not None and w.IMPERSONAL.search(last_form(site))
            and message_of(toks, b, _skip_forward(toks, site.cj + 1, w), w) is not None):  # "Об этом говорится в заявлении МИД"
        return _NONE  # "Подпись художника голландец заметил только дома": noticed, not said; "как говорится, …"
    if w.IMPERSONAL is not None and w.IMPERSONAL.search(last_form(site)):
        # "Ранее сообщалось, что …", "…, — говорится в сообщении": no one is said to speak
        # "— говорится в сообщении (Минобороны)": the message is the source, its author the speaker
        message, after = message_of(toks, b, _skip_forward(toks, site.cj + 1, w), w), site.cj + 1
        if message is not None and message[0] > site.ce:
            after = next((k for k, t in enumerate(toks) if t.start >= message[1]), len(toks))
        content = _either_content(site, b + 1, after)
        return _NONE if content is None else site.found(message, content, "impersonal")
    if b >= 0 and toks[b].low in w.NEGATIONS or _negated(site, b):
        return _NONE  # "لم تعلن أي جهة مسؤوليتها", "не заявил", "n’a pas dit", "sagte nicht": nothing was said
    answer = passive(site, b)
    if answer is not None:
        return answer
    if w.REFLEXIVE_PASSIVE and any(t.low in w.REFLEXIVE_PASSIVE for t in toks[b + 1:site.ci]) \
            and not _subject_around(site, b):
        # "se destaca el fragmento", "las guerras que se han sostenido": no one is said to speak; "Se
        # informó que …": what was said, by no one named
        said = site.cj + 1 < len(toks) and toks[site.cj + 1].low in w.COMPLEMENTIZERS
        content = _content_after(site, site.cj + 1) if said else None
        return _NONE if content is None else site.found(None, content, "impersonal")
    elided = _elided_before(site)
    if elided in w.DETERMINERS and elided not in w.PRONOUNS:
        return _NONE  # "l’accusé Vogel": a noun after an elided article
    if w.ATTRIBUTIVE is not None and b >= 0 and toks[b].low in w.DETERMINERS and toks[b].low not in w.FRONTED_OBJECTS \
            and site.ci == site.cj and w.ATTRIBUTIVE.search(site.form) and site.cj + 1 < len(toks) \
            and toks[site.cj + 1].cap and toks[site.cj + 1].word:
        return _NONE  # "seinen erklärten Hauptkonkurrenten", "die bestätigten Fälle": an adjective
    if elided in w.PRONOUNS:
        # "J’avoue avoir commis des erreurs": the elided subject pronoun speaks
        start = toks[site.ci].start
        content = _content_after(site, site.cj + 1) or (_content_before(site, b + 1) if b >= 0 else None)
        return _NONE if content is None else site.found((start, start + len(elided)), content, "subject")
    if b >= 0 and w.ORDER == "vso" and toks[b].low in w.POSSESSIVES:
        # "لكنه دعا …", "الا انه قال …": the pronoun joined to the word before the verb speaks
        content = _content_after(site, site.cj + 1)
        return _NONE if content is None else site.found((toks[b].start, toks[b].end), content, "subject")
    if w.BODY_PREPS and w.PLURAL is not None and w.PLURAL.search(last_form(site)):
        att = _in_body(site, b)
        if att is not None:
            return att
    att = _document_relative(site, b) if w.DOCUMENTS and b >= 4 else None
    return att if att is not None else before_verb(site, b)



def _document_relatives(lang) -> tuple:
    return tuple(tuple(str(f).lower().split()) for f in lang.words.get("document_relatives") or ())



def _document_relative(site: _Site, b: int):
    """A relative of place after a document, its subject dropped ("La Fiscalía emitió un
    comunicado donde explica que …", "publicó una carta en la que asegura …";
    ``document_relatives``): the subject of the verb the document is the object of speaks."""
    w, toks = site.w, site.toks
    rel = next((r for r in derived(w, "document_relatives", _document_relatives)
                if b + 1 >= len(r) and tuple(t.low for t in toks[b + 1 - len(r):b + 1]) == r), None)
    d = b - len(rel) if rel is not None else -1
    if d < 2 or toks[d].core not in w.DOCUMENTS or toks[d - 1].low not in w.DETERMINERS or not toks[d - 2].word:
        return None
    v = d - 2  # the verb the document is the object of ("emitió", "publicó"), its subject before it
    st = np_back(toks, v - 1, 0, w) if v >= 1 and toks[v - 1].word else None
    from_body = st is not None and st >= 1 and toks[st - 1].low in w.BODY_PREPS and w.PLURAL is not None \
        and w.PLURAL.search(toks[v].low)  # "Desde la campaña de X emitieron un comunicado donde …"
    if st is None or not (from_body or _subject_like(toks, st, v - 1, 0, w)) or not any(
            t.cap or role_of(t.core, w) or t.core in w.ORG_WORDS for t in toks[st:v]):
        return None
    content = _content_after(site, site.cj + 1)
    return None if content is None else site.found((toks[st].start, toks[v - 1].end), content, "subject")



def _negated(site: _Site, b: int) -> bool:
    """A word of ``negated_by`` among the verb's auxiliaries and adverbs ("n’a pas dit",
    "hat nicht gesagt") or right after it, adverbs stepped over ("ne dit rien", "sagte
    allerdings nicht", "nannte weder …"), not before a word of ``restrictives`` ("sagte nicht
    nur", "ne dit pas seulement": said, and more); a cue of ``negated_said`` says something
    negated too ("schloss nicht aus": left open)."""
    w, toks = site.w, site.toks
    if not w.NEGATED_BY or site.lemma.lower() in w.NEGATED_SAID:
        return False
    i = site.cj + 1
    while i < len(toks) and (toks[i].low in w.ADVERBS or toks[i].core in w.TIME_WORDS) and toks[i].low not in w.NEGATED_BY:
        i += 1
    around = list(range(b + 1, site.ci)) + ([i] if i < len(toks) else [])
    return any(toks[k].low in w.NEGATED_BY and not (k + 1 < len(toks) and toks[k + 1].low in w.RESTRICTIVES)
               for k in around)



def _subject_around(site: _Site, b: int) -> bool:
    """A subject stands before the verb group (ending at token ``b``) or a person right
    after the verb ("«…», se quejó el ministro")."""
    w, toks = site.w, site.toks
    st = np_back(toks, b, 0, w) if b >= 0 and toks[b].word else None
    if st is not None and _subject_like(toks, st, b, 0, w):
        return True
    i = _skip_forward(toks, site.cj + 1, w)
    e = np_after(toks, i, len(toks), w)
    return e is not None and any(t.cap or _role_word(t, w) or t.low in w.PRONOUNS for t in toks[i:e])



def _elided_before(site: _Site) -> str:
    """The elided word written joined before the cue in its token ("l’" of "l’accusé", "j’"
    of "j’avoue"), lower case with a typographic apostrophe, or ""."""
    tok = site.toks[site.ci]
    joined = site.text[tok.start:site.cs].lower().replace("'", "’")
    return joined if joined and joined in site.w.ELISIONS else ""
