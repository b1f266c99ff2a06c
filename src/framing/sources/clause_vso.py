"""Patterns of a verb-first language's clauses (``order: vso``: Arabic), read beside the
rules of :mod:`.clauses`, which take the phrase after a verb for its subject:

- a subject written before its verb where the grammar puts it there: after an auxiliary
  ("وكان قائد عسكري يمني قال", "كانت تقارير إخبارية، قد ذكرت") or a complementizer ("أن
  تنظيم داعش أبلغ …": after أنّ the noun comes first);
- a phrase after the verb opening with the letter its object is joined with
  (``prep_objects``: "وأشاد بمقاتلي …") is no subject: the subject is dropped;
- a form that, followed at once by a complementizer, is the narrator's aside (``asides``:
  "يذكر أن", "ومما يذكر أن": it is noted that) is no attribution; nor a verb of writing
  followed at once by the preposition of the thing written on (``surfaces``: "كتب عليه «…»");
- a participle or a verb with no subject and no report before it in its sentence speaks
  with the subject of the nearest verb-first clause before it there ("واستعرض هادي …
  مشيرا إلى", "وتبنى حزب العمال الكردستاني الهجوم، موضحا"), where that subject is a
  body, a role, or a speaker named before; otherwise resolution gives it the last speaker.

The settings are entries of the language's ``words.yaml`` (docs/languages.md).
"""

from __future__ import annotations

from ..cues import CueTable, canonical_form
from .clause_agreement import object_at
from .clause_phrases import Tok, _ends_phrase, _skip_forward, np_after
from .clause_words import ClauseWords, derived, kept, role_of
from .clauses import _NONE, _content_after, _dropped, _Site

__all__ = ["before_verb", "described_clause", "last_form", "saying", "sentence_subject", "settings", "unjoined"]

_COMMAS = {",", "،"}


class _Settings:
    """The settings of a ``words.yaml`` this module and :mod:`.clause_relays` read (docs/languages.md):
    ``relays`` (lemma → the prepositions its source follows), ``prep_objects`` (lemma → the
    letter its object is joined with, or the preposition of its own before it), ``asides`` (forms), ``sources_in``, ``source_links``,
    ``documents`` links (``document_links``), ``speech_nouns``, ``fronted_joined`` (form →
    the letter joined to its speaker), ``oblique_relatives`` (a relative a fronted cue governs:
    "указ, согласно которому": a document's rule, no attribution), ``infinitive_preps`` (a
    preposition that makes an infinitive speak as a gerund: "al considerar que"), ``clause_openers``
    (a conjunction of time opening a verb-first clause: "عندما"), ``surfaces`` (lemma → the
    preposition and pronoun of the thing written on: "كتب عليه")."""

    def __init__(self, lang):
        data = lang.words or {}
        self.RELAYS = {canonical_form(k): tuple(canonical_form(p) for p in v or ())
                       for k, v in (data.get("relays") or {}).items()}
        self.PREP_OBJECTS = {canonical_form(k): str(v) for k, v in (data.get("prep_objects") or {}).items()}
        self.ASIDES = {canonical_form(f) for f in data.get("asides") or ()}
        self.SOURCES_IN = {canonical_form(f) for f in data.get("sources_in") or ()}
        self.SOURCE_LINKS = {canonical_form(f) for f in data.get("source_links") or ()}
        self.DOCUMENT_LINKS = {canonical_form(f) for f in data.get("document_links") or ()}
        self.SPEECH_NOUNS = {canonical_form(f) for f in data.get("speech_nouns") or ()}
        #: verbs of quoting whose source follows the outlet in the accusative (:mod:`.clause_relays`)
        self.QUOTING = {canonical_form(f) for f in data.get("quoting") or ()}
        self.FRONTED_JOINED = {canonical_form(k): str(v) for k, v in (data.get("fronted_joined") or {}).items()}
        self.OBLIQUE_RELATIVES = {str(f).lower() for f in data.get("oblique_relatives") or ()}
        self.INFINITIVE_PREPS = {str(f).lower() for f in data.get("infinitive_preps") or ()}
        self.CLAUSE_OPENERS = {canonical_form(f) for f in data.get("clause_openers") or ()}
        self.SURFACES = {canonical_form(k): {canonical_form(p) for p in v or ()}
                         for k, v in (data.get("surfaces") or {}).items()}
        self._canon: dict = {}

    def canon(self, word: str) -> str:
        """:func:`framing.cues.canonical_form` of ``word``, kept (the rules ask for the same words often)."""
        found = self._canon.get(word)
        return kept(self._canon, word, canonical_form(word)) if found is None else found


def settings(w: ClauseWords) -> _Settings:
    """The settings of ``w``'s language read by this module and :mod:`.clause_relays` (kept on ``w``)."""
    return derived(w, "clause_vso", _Settings)


def last_form(site: _Site) -> str:
    """The canonical form of the cue form's last word ("заявила" of "заявила"), through
    :meth:`_Settings.canon`'s memo: the rules that read a cue's ending ask for it."""
    return settings(site.w).canon(site.form.split()[-1])


def saying(word: str, cues: CueTable, w: ClauseWords) -> bool:
    """``word`` is a cue form, or one with an object pronoun joined (``object_suffixes``:
    "قاله", "ذكرته")."""
    if cues.lemma_of(word) is not None:
        return True
    return any(word.endswith(x) and cues.lemma_of(word[:-len(x)]) is not None for x in w.OBJECT_SUFFIXES)


def unjoined(site: _Site, i: int) -> list | None:
    """The tokens of ``site`` with token ``i`` read without the preposition a fronted cue
    joins to its speaker (``fronted_joined``: "وفقا لوكالة رويترز" → "وكالة", "وفقا
    للوثائق" → "الوثائق", the article's elided letter put back: ``matching`` of
    ``language.yaml``), or None where there is none."""
    w, toks = site.w, site.toks
    s = settings(w)
    letter = s.FRONTED_JOINED.get(s.canon(site.form))
    if not letter or i >= len(toks) or not toks[i].text.startswith(letter) or len(toks[i].text) < len(letter) + 2:
        return None
    rest = toks[i].text[len(letter):]
    article = w.JOINED_ARTICLE
    if article and letter == w.ARTICLE_ELIDES_AFTER and rest.startswith(article[1:]):
        rest = article + rest[len(article) - 1:]  # "للوثائق": ل + الوثائق
    t = toks[i]
    return toks[:i] + [Tok(rest, t.start, t.end, w.ELISIONS)] + toks[i + 1:]


def _verb_like(t, w: ClauseWords) -> bool:
    """A word that may be a verb opening its clause: no article, no listed word, no role,
    body, title or origin, no digit."""
    low = t.low
    return t.word and not low[:1].isdigit() and (w.DEFINITE_PREFIX is None or not w.DEFINITE_PREFIX.match(t.text)) \
        and not (_ends_phrase(t, w) or low in w.STOP or low in w.ADVERBS or low in w.DETERMINERS or low in w.PRONOUNS
                 or low in w.RELATIVES or low in w.JOINERS or t.core in w.TIME_WORDS or t.core in w.TITLE_WORDS
                 or t.core in w.ORG_WORDS or t.core in w.NATIONALITIES or role_of(t.core, w))


def _subject_before(site: _Site, b: int):
    """"وكان قائد عسكري يمني قال", "أن تنظيم داعش أبلغ": the phrase between an auxiliary
    or a complementizer and the verb (after an auxiliary, a comma and "قد" stepped over):
    its span, or None; not where "و" joined to the verb opens its clause ("إن الاتفاق خطوة،
    وندد …")."""
    w, toks = site.w, site.toks
    comma = b >= 0 and toks[b].text in _COMMAS
    c = b - 1 if comma else b
    if c < 1 or not toks[c].word or site.text[toks[site.ci].start:site.cs] in w.CLAUSE_CLITICS:
        return None
    for a in range(c - 1, max(-1, c - 9), -1):
        t = toks[a]
        if not t.word or t.low in w.POSSESSIVES:
            return None  # "إنه قال": the pronoun joined to it speaks (:mod:`.clause_cues`)
        if t.low in w.AUX or (t.low in w.COMPLEMENTIZERS and not comma):
            words = toks[a + 1:c + 1]
            if not words or any(_ends_phrase(x, w) or x.low in w.PRONOUNS or x.low in w.RELATIVES for x in words):
                return None
            return (words[0].start, words[-1].end)
        if _ends_phrase(t, w) or t.low in w.RELATIVES:
            return None
    return None


def before_verb(site: _Site, b: int):
    """The patterns of the module docstring read before the clause rules: an attribution,
    :data:`.clauses._NONE` (none), or None (the clause rules decide)."""
    w, toks = site.w, site.toks
    s = settings(w)
    nxt = _skip_forward(toks, site.cj + 1, w)
    form = s.canon(site.form)
    if form in s.ASIDES and (b < 0 or not toks[b].word or toks[b].low not in w.PRONOUNS) and nxt < len(toks) \
            and toks[nxt].low in w.COMPLEMENTIZERS:
        return _NONE  # "يذكر أن …": the narrator's aside
    if site.cj + 1 < len(toks) and s.canon(toks[site.cj + 1].low) in s.SURFACES.get(s.canon(site.lemma), ()):
        return _NONE  # "كتب عليه «…»": written on a thing (``surfaces``), no report
    if s.RELAYS.get(s.canon(site.lemma), None) == ():
        k = b - 1 if b >= 1 and toks[b].low in w.RELATIVES else b  # "التصريحات التي نشرتها"
        noun = s.canon(toks[k].core) if k >= 0 else ""
        if noun not in s.SPEECH_NOUNS and noun[2:] not in s.SPEECH_NOUNS or nxt >= len(toks) \
                or np_after(toks, nxt, len(toks), w) is None:
            return _NONE  # "صور نشرتها": no speech published; "بيان نشره الأحد في …": no outlet
    if w.ORDER != "vso":
        return None
    span = _subject_before(site, b)
    if span is not None:
        content = _content_after(site, site.cj + 1)
        return _NONE if content is None else site.found(span, content, "subject")
    letter = s.PREP_OBJECTS.get(s.canon(site.lemma))
    joined = site.text[toks[site.ci].start:site.cs]
    if letter and nxt < len(toks) and (toks[nxt].text.startswith(letter) and len(toks[nxt].text) > len(letter) + 2
                                       or toks[nxt].low == letter) \
            and (b < 0 or not toks[b].word or toks[b].low in w.CONJUNCTIONS or joined in w.CLAUSE_CLITICS):
        return _dropped(site, b)  # "وأشاد بمقاتلي …": the object; no subject written
    return _subject_then_prep_object(site, b, nxt, letter)


def _subject_then_prep_object(site: _Site, b: int, nxt: int, letter: str | None):
    """"ورحب الاتحاد الأوروبي بالاتفاق", "وطالبت منظمة العفو الدولية بالإفراج عن …": after a
    verb whose object is joined to a preposition (``prep_objects``), the first word with that
    letter and the article ends the subject; what was said is the object on."""
    w, toks = site.w, site.toks
    if not letter or nxt >= len(toks) or (b >= 0 and toks[b].word and toks[b].low not in w.CONJUNCTIONS):
        return None
    head = letter + w.JOINED_ARTICLE
    p = next((x for x in range(nxt + 1, min(len(toks), nxt + 9)) if not toks[x].word or toks[x].text.startswith(head)
              or toks[x].low == letter), None)  # a preposition of its own: "وعبرت الوزارة عن قلقها"
    if p is None or not toks[p].word:
        p = _construct_object(toks, nxt, letter, w) or p
    if p is None or not toks[p].word or np_after(toks, nxt, p, w) != p and not (
            toks[p].low == letter and np_after(toks, nxt, p, w) is not None and not any(
                t.low in w.RELATIVES or t.low in w.COMPLEMENTIZERS for t in toks[nxt:p])):
        return None  # a preposition of its own ends a longer subject: "وعبر عدد من النواب المقربين من … عن"
    content = _content_after(site, p)
    return None if content is None else site.found((toks[nxt].start, toks[p - 1].end), content, "inverted")


def _construct_object(toks: list, nxt: int, letter: str, w: ClauseWords) -> int | None:
    """The object joined to the preposition in construct state, without the article, the
    word after it with one ("وأشاد الوزير بدور التحالف", "ورحب المجلس بجهود الحكومة"): not a
    name after a title or an adjective of origin ("الرئيس السوري بشار الأسد")."""
    for x in range(nxt + 1, min(len(toks) - 1, nxt + 6)):
        t, before, after = toks[x], toks[x - 1], toks[x + 1]
        if not t.word or t.low in w.COMPLEMENTIZERS or t.low in w.RELATIVES:
            return None
        if t.text.startswith(letter) and len(t.text) > len(letter) + 2 and after.word \
                and after.text.startswith(w.JOINED_ARTICLE) and not (role_of(before.core, w) or before.core in w.TITLE_WORDS
                                                                      or before.core in w.NATIONALITIES):
            return x
    return None


def described_clause(site: _Site, att):
    """A description after its verb that goes on past the phrase the clause rules read, to
    the complementizer (the content after it); ``att`` otherwise:

    - a document through its relative clause or a word of ``document_links`` ("تكشف الوثائق
      التي حصلت عليها «الغارديان» أن …", "أكد بيان صادر عن المقاومة أن …");
    - an unnamed source (``sources_in``) through a preposition of ``source_links`` and the
      body it is in ("صرح مصدر مسؤول في وزارة الخارجية بأن …", "قال مصدر في المقاومة «…»")."""
    w, toks = site.w, site.toks
    if att is None or att.rule != "inverted" or att.speaker is None:
        return att
    s = settings(w)
    i = next((x for x, t in enumerate(toks) if t.start == att.speaker[0]), None)
    e = next((x for x, t in enumerate(toks) if t.start >= att.speaker[1]), len(toks))
    if i is None or e >= len(toks):
        return att
    head = toks[i].core
    # the head past as many letters as the article has: the article, or ل and the article
    # that lost its alef after it ("المصدر", "للمصدر")
    if head in s.SOURCES_IN or head[len(w.JOINED_ARTICLE):] in s.SOURCES_IN:
        end = np_after(toks, e + 1, len(toks), w) if s.canon(toks[e].low) in s.SOURCE_LINKS else None
        content = _content_after(site, end) if end is not None else None
        return att if content is None else site.found((att.speaker[0], toks[end - 1].end), content, "inverted")
    links = s.DOCUMENT_LINKS
    if head not in w.DOCUMENTS or not (
            toks[e].low in w.RELATIVES or s.canon(toks[e].low) in links or s.canon(toks[e - 1].low) in links):
        return att
    marks = w.OPEN_Q + w.CLOSE_Q
    k = next((x for x in range(e, min(len(toks), e + 12)) if toks[x].low in w.COMPLEMENTIZERS
              or not (toks[x].word or toks[x].text in marks)), None)
    content = _content_after(site, k) if k is not None and toks[k].low in w.COMPLEMENTIZERS else None
    return att if content is None else site.found((att.speaker[0], toks[k - 1].end), content, "inverted")


def _opens_clause(t, s: _Settings, w: ClauseWords) -> bool:
    """``t`` is a conjunction of time or circumstance that opens a clause with its verb first
    (``clause_openers``: "منذ", "عندما", "بعد أن"), with "و" joined or not ("وعندما زار الرئيس
    المدينة، أكد أن …": the verb after the clause shares its subject)."""
    if not s.CLAUSE_OPENERS:
        return False
    low = s.canon(t.low)
    return low in s.CLAUSE_OPENERS or (low[:1] in w.CLAUSE_CLITICS and low[1:] in s.CLAUSE_OPENERS)


def sentence_subject(site: _Site, earlier: list):
    """The span of the subject of the nearest verb-first clause before the cue in its
    sentence (module docstring), or None; only where no report stands before the cue
    there."""
    w, toks = site.w, site.toks
    s = settings(w)
    if w.ORDER != "vso" or any(a.sentence == site.sent and a.cue is not None and a.cue[0] < site.cs for a in earlier):
        return None
    spoken = {site.text[a.speaker[0]:a.speaker[1]].split()[-1] for a in earlier
              if a.speaker is not None and site.text[a.speaker[0]:a.speaker[1]].split()}
    for v in range(site.ci - 1, -1, -1):
        t = toks[v]
        prev = toks[v - 1] if v > 0 else None
        if not _verb_like(t, w) or not (prev is None or not prev.word or prev.low in w.CONJUNCTIONS or (
                prev.low in w.STOP and prev.low not in w.PREPS) or _opens_clause(prev, s, w)):
            continue
        i = _skip_forward(toks, v + 1, w)
        e = np_after(toks, i, site.ci, w) if i < site.ci else None
        if e is None or toks[i].low in w.PRONOUNS:
            continue
        words = toks[i:e]
        first = words[0].core
        if first in w.ORG_WORDS or first in w.TITLE_WORDS or (role_of(first, w) and first not in w.NATIONALITIES):
            return (words[0].start, words[object_at(words, w) - 1].end)
        named = next((x for x in words[:3] if x.text in spoken), None)  # "واستعرض هادي آخر التطورات"
        if named is not None:
            return (words[0].start, named.end)
    return None
