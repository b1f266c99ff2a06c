"""Sourcing: who is quoted or cited, how, and with which verb.

:func:`find_attributions` finds reporting expressions ("said", "told", "according to",
"claimed" …) by rule — no model or downloaded data is needed — and for each one the
speaker, the reported content and the kind of attribution:

* ``direct`` — the content is a quotation: “…,” he said.
* ``indirect`` — a paraphrase: Moscow said a Russian warship fired cruise missiles.
* ``mixed`` — a paraphrase with quoted words in it: its success would be “one of …,” wrote X.
* ``according_to`` — according to X, …

Patterns handled: "X said" and "said X"; content before or after the cue; appositives
("Chris Kozak, a researcher at …, told …"); "X said that …"; multi-sentence quotes; quotes
in a sentence or paragraph of their own that continue an attribution (attributed to its
speaker, with no cue); participles (", claiming that …": the subject of the clause);
attributions nested in a quotation; pronoun speakers resolved to the latest compatible
speaker; "the source" to the earlier source; a surname to the full name used earlier;
text whose commas were stripped (the speaker is then the noun phrase before the cue).

Speakers are put in categories by a gazetteer (``news`` by default; any lexicon
file whose labels are categories will do), read from the speaker phrase and its appositive.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ._runner import map_corpus
from ._sentences import split_sentences
from .cues import CueTable, load_cues
from .groups import Grouping, grouping
from .lexicon import Lexicon, load_lexicon
from .stats import MIN_DOCS, article_share_interval, check_min
from .text import TextFacts, count_tokens, paragraphs

__all__ = [
    "find_attributions",
    "iter_attributions",
    "sourcing_profile",
    "ATTRIBUTION_COLUMNS",
    "PROFILE_COLUMNS",
    "CUE_LEMMAS",
    "DISTANCING_CUES",
    "SPEECH_CUES",
]

ATTRIBUTION_COLUMNS = [
    "doc_id", "outlet", "speaker", "speaker_canonical", "speaker_category", "cue", "cue_lemma", "kind", "content",
    "speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end", "sentence",
    "appositive", "distancing", "nested",
]
PROFILE_COLUMNS = ["group", "dimension", "value", "count", "total", "share", "share_low", "share_high", "distancing",
                   "total_docs", "count_docs", "too_few"]

# Reporting verbs: lemma -> forms. Nouns that share a form ("reports", "claims") are told
# apart by what stands around them.
#: Characters on each side of a cue within which its speaker and content are looked for.
WINDOW = 1000
#: How many earlier attributions a pronoun or "the source" may reach back to.
LOOKBACK = 50

#: The reporting expressions looked for, with their properties: ``framing/data/cues.yaml``
#: (:mod:`framing.cues`); ``find_attributions(cues=...)`` takes a table of your own.
CUES = load_cues()
CUE_LEMMAS = CUES.lemmas
#: Cues that keep the reporter's distance from the claim.
DISTANCING_CUES = CUES.distancing
#: Lemmas of verbs of saying and reporting (evidential verbs such as "find" are not).
SPEECH_CUES = CUES.speech

_TOKEN_RE = re.compile(r"(?:Jr|Sr|Inc|Co|Corp|Ltd|Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|St|[A-Z])\.(?=\s)|\w+(?:[-\u2010\u2011'\u2019.]\w+)*(?:[\u2019']s?)?|[^\w\s]")
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "another", "some", "one", "two", "three", "his",
                "her", "its", "their", "our", "my", "your", "several", "many", "most", "other", "each", "every", "both",
                "no", "all", "any"}
_NOUN_CONTEXT = _DETERMINERS | {"amid", "amidst", "of", "such", "new", "recent", "media", "press", "news", "latest",
                                "earlier", "unconfirmed", "conflicting", "initial", "previous", "early", "first",
                                "following", "further", "repeated", "false", "these", "in", "with", "by", "on", "to",
                                "for", "from", "and", "or"}
_AUX = {"also", "has", "have", "had", "later", "previously", "then", "would", "will", "repeatedly", "reportedly",
        "publicly", "again", "recently", "once", "further", "earlier", "already", "often", "initially", "separately",
        "finally", "just", "did", "does", "do", "not", "never", "privately", "angrily", "flatly",
        "simply", "quickly", "even", "still", "clearly", "explicitly", "openly", "frequently", "subsequently",
        "originally", "first", "last", "who"}
_BE = {"is", "was", "were", "are", "be", "been", "being", "'s", "’s", "isn’t", "isn't", "wasn’t", "wasn't", "aren’t",
       "aren't", "weren’t", "weren't"}
_STOP = {"is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
         "should", "may", "might", "must", "do", "does", "did", "that", "which", "who", "whom", "when", "while", "as",
         "if", "because", "but", "or", "so", "than", "after", "before", "since", "until", "although", "though",
         "whether", "where", "not", "it", "there", "this", "to"}
_PREPS_IN_NP = {"of", "for", "at", "in", "on", "from", "with", "inside", "to", "near", "within", "outside", "under", "by"}
_PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "org", "we": "plural", "i": "person",
             "him": "person", "her": "person"}
_TIME_OR_PLACE = {"on", "in", "at", "via", "during", "by", "to", "with", "from", "after", "before", "over", "recently",
                  "yesterday", "today", "tonight", "last", "earlier", "later", "late", "early", "monday",
                  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "through",
                  "afterwards", "repeatedly", "separately", "privately", "publicly", "shortly", "quoted", "according",
                  "adding", "saying", "citing", "under", "without", "following", "amid", "told", "speaking",
                  "who", "and", "but", "morning", "afternoon", "evening", "night", "week", "month", "year"}
_PERSON_ROLES = {"journalist", "analyst", "researcher", "woman", "man", "governor", "commander", "source", "official",
                 "spokesman", "spokeswoman", "spokesperson", "minister", "president", "resident", "activist", "witness",
                 "doctor", "reporter", "correspondent", "expert", "general", "colonel", "officer", "soldier", "fighter",
                 "leader", "chief", "head", "director", "envoy", "ambassador", "senator", "candidate", "nominee",
                 "mayor", "father", "mother", "girl", "boy", "professor", "fellow", "aide", "adviser", "advisor",
                 "secretary", "representative", "lawmaker", "congressman", "congresswoman", "manager", "chairman",
                 "member", "voter", "supporter", "strategist", "pollster", "surgeon", "nurse", "teacher", "student"}
_TITLES = {"president", "governor", "gov", "gov.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "general",
           "gen", "gen.", "colonel", "col.", "minister", "prime", "foreign", "defence", "defense", "sen", "sen.",
           "senator", "rep", "rep.", "syrian", "russian", "iranian", "turkish", "american", "us", "u.s.", "sheikh",
           "king", "prince", "secretary", "state", "commander", "brigadier", "major", "lieutenant", "deputy",
           "spokesman", "spokeswoman", "analyst", "ambassador", "envoy", "chief", "former", "republican",
           "democratic", "democrat", "vice", "presidential", "nominee", "candidate"}
_PARTICLE_RE = re.compile(r"(?:al|el|ez|es|e|a|as|ash|ad|ar|an|at|az|bin|ibn|abu|bani|de|van|von)-[A-Z]")
_TITLE_WORDS = {t.rstrip(".") for t in _TITLES}
_NATIONALITIES = {"syrian", "russian", "iranian", "turkish", "american", "us", "u.s", "former", "republican",
                  "democratic", "democrat"}
_MODALS = {"would", "could", "should", "might", "may", "can", "will", "must", "wouldn't", "couldn't", "shouldn't",
           "can't", "won't", "cannot", "wouldn’t", "couldn’t", "shouldn’t", "can’t", "won’t", "let's", "let’s"}
_IDIOMS = re.compile(r"(?i)\b(?:having\s+said|goes\s+without\s+saying|needless\s+to\s+say|that\s+is\s+to\s+say|"
                     r"so\s+to\s+speak|let['’]s\s+say|what\s+can\s+i\s+say|i\s+must\s+say|truth\s+be\s+told|"
                     r"all\s+told|you\s+don['’]t\s+say|to\s+say\s+the\s+least|i\s+have\s+to\s+say)\b")
_FIRST_SECOND = {"i", "you", "we", "i’m", "i'm", "you're", "you’re", "we're", "we’re"}
_PUNCT = ",.’'"  # characters stripped from the ends of words
_OPEN_Q = "\u201c\u2018\u00ab\u201e\""
_CLOSE_Q = "\u201d\u2019\u00bb\""


class _Tok:
    """A token with what the rules ask of it, computed once."""

    __slots__ = ("text", "start", "end", "low", "cap", "word")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self.low = text.lower()
        first = text[:1]
        self.cap = first.isupper() or ("-" in text and _PARTICLE_RE.match(text) is not None)
        self.word = first.isalnum()

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"_Tok({self.text!r}, {self.start})"


@dataclass
class _Att:
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    cue_lemma: str
    content: tuple[int, int]
    sentence: tuple[int, int]
    appositive: tuple[int, int] | None = None
    kind: str = ""
    nested: bool = False
    canonical: str = ""
    category: str = "unclassified"
    speaker_type: str = "unknown"  # person | org | plural
    head: str = ""
    extra: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- helpers


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, end)]


def _trim(text: str, s: int, e: int, chars: str = " \t\r\n\u00a0,;:\u2014\u2013-") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year",
               "morning", "afternoon", "evening", "night", "today", "yesterday", "tonight", "weekend", "january",
               "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
               "december", "just", "now", "ago"}


def _skip_back(toks: list[_Tok], b: int, progressive: bool = False) -> int:
    """Step back over auxiliaries, adverbs and time phrases that stand before a cue."""
    while b >= 0:
        low = toks[b].low
        if low in _AUX and low != "who":
            b -= 1
        elif progressive and low in _BE:
            b -= 1
        elif low.endswith("ly") and len(low) > 4 and not toks[b].cap:
            b -= 1
        elif low in _TIME_WORDS and not (b >= 1 and toks[b - 1].low in {"the", "a"}):
            b -= 1
            while b >= 0 and toks[b].low in {"this", "last", "next", "that", "on", "early", "late", "just", "earlier"}:
                b -= 1
        else:
            break
    return b


def _np_back(toks: list[_Tok], i: int, lo: int) -> int | None:
    """Start index of the noun phrase that ends at token ``i`` (inclusive), scanning back
    no further than token ``lo``; None when token ``i`` cannot end a noun phrase."""
    t = toks[i]
    if not t.word or t.low in _STOP - {"it", "this"}:
        return None
    if t.low in _PRONOUNS:
        return i
    j = i
    lower_words = 0
    while j - 1 >= lo:
        p = toks[j - 1]
        if not p.word:
            if p.text in "-'\u2019" and j - 2 >= lo:
                j -= 1
                continue
            if p.text in ")]":
                k = j - 2
                while k >= lo and toks[k].text not in "([" and j - k < 7:
                    k -= 1
                if k - 1 >= lo and toks[k].text in "([" and toks[k - 1].word:
                    j = k
                    continue
            break
        low = p.low
        if low in _DETERMINERS:
            j -= 1
            # "a source on the ground": a determiner after a preposition goes on
            if j - 1 >= lo and toks[j - 1].low in _PREPS_IN_NP and j - 2 >= lo and toks[j - 2].word \
                    and toks[j - 2].low not in _STOP:
                j -= 1
                continue
            break
        if low in _PRONOUNS and low not in {"her", "his"}:
            break
        if low in _STOP or low in _AUX or low in {"and", "said", "says", "told"}:
            if low == "and" and j - 2 >= lo and toks[j - 2].cap and toks[j].cap:
                j -= 1
                continue
            if low == "to" and j - 2 >= lo and toks[j - 2].low.endswith("ing"):
                j -= 1
                continue
            break
        if not p.cap:
            lower_words += 1
            if lower_words > 10:
                break
        j -= 1
        if i - j > 20:
            break
    # a phrase may not begin with a preposition
    while j < i and toks[j].low in _PREPS_IN_NP:
        j += 1
    return j


def _np_forward(toks: list[_Tok], i: int, hi: int) -> int | None:
    """End index (exclusive) of the noun phrase starting at token ``i``."""
    if i >= hi or not toks[i].word:
        return None
    t = toks[i]
    if t.low in _PRONOUNS:
        return i + 1
    j = i
    seen_cap = False
    while j < hi:
        p = toks[j]
        if not p.word:
            if p.text in "-'\u2019." and j + 1 < hi and toks[j + 1].word:
                j += 1
                continue
            break
        low = p.low
        if low in _STOP or (low in _TIME_OR_PLACE and low not in {"this"} and j > i) or low in {"said", "says", "told"}:
            if low in {"of", "for"} and j + 1 < hi and toks[j + 1].word:
                j += 1
                continue
            break
        if low in _PREPS_IN_NP and j > i and low not in {"of", "for"}:
            break
        if p.cap:
            seen_cap = True
        elif seen_cap and low not in _DETERMINERS and low not in {"of", "for", "al", "bin", "ibn", "de", "van", "von"}:
            # lower-case word after a name: the name has ended
            if not (low in _PERSON_ROLES or low.endswith(("man", "woman", "er", "ist", "ent", "ant"))):
                break
        j += 1
        if j - i > 14:
            break
    return j if j > i else None


def _is_appositive(text: str, s: int, e: int) -> bool:
    seg = text[s:e].strip().lower()
    return bool(re.match(r"(?:a|an|the|who|which|whose|one|its|his|her|their)\b", seg)) and len(seg.split()) <= 30


def _looks_like_name(toks: list[_Tok]) -> bool:
    words = [t for t in toks if t.word]
    if not words or len(words) > 7:
        return False
    caps = sum(1 for t in words if t.cap or t.low in {"al", "bin", "ibn", "de", "of", "for", "the"})
    return words[0].cap and caps == len(words)


# --------------------------------------------------------------------------- extraction


def _sentences_of(text: str, facts: TextFacts) -> list[tuple[int, int]]:
    out = []
    for ps, pe in paragraphs(text):
        if pe > facts.body_end:
            pe = facts.body_end
        if pe <= ps:
            continue
        out.extend(split_sentences(text, ps, pe))
    return out


_WORD_RE = re.compile(r"\w+")
def _kind(facts: TextFacts, text: str, cs: int, ce: int, nested: bool) -> str:
    cs, ce = _trim(text, cs, ce, " \t\r\n\u00a0,;:.")
    if ce <= cs:
        return "indirect"
    inside = facts.quotes_between(cs, ce)
    if nested:
        inside = [q for q in inside if not (q.start <= cs and q.end >= ce)]
    if not inside:
        return "indirect"
    qs, qe = inside[0].start, inside[-1].end
    # the content is the quotation(s), give or take punctuation and continuation quotes
    outside = text[cs:qs] + "".join(text[a.end:b.start] for a, b in zip(inside, inside[1:])) + text[qe:ce]
    if not re.sub(r"[\W_]+", "", outside):
        return "direct"
    return "mixed"


def _extract(text: str, facts: TextFacts, cues: CueTable = CUES) -> list[_Att]:
    end = facts.body_end
    sentences = _sentences_of(text, facts)
    sent_starts = [s for s, _ in sentences]
    atts: list[_Att] = []
    sent_key, sent_toks, tok_starts = None, [], []
    for cs, ce, lemma in cues.find(text, end):
        k = bisect.bisect_right(sent_starts, cs) - 1
        if k < 0 or cs >= sentences[k][1]:
            continue
        s0, s1 = sentences[k]
        q = facts.quote_at(cs)
        nested = q is not None
        ws, we = (max(s0, q.start + 1), min(s1, q.end - 1)) if nested else (s0, s1)
        # speakers and content are looked for near the cue: a sentence of a megabyte (text
        # without full stops) costs no more per cue than an ordinary one
        ws, we = max(ws, cs - WINDOW), min(we, ce + WINDOW)
        if sent_key != (s0, s1):  # each sentence is tokenised once, whatever its cues
            sent_key = (s0, s1)
            sent_toks = _tokens(text, s0, s1)
            tok_starts = [t.start for t in sent_toks]
        i0 = bisect.bisect_left(tok_starts, ws)
        toks = sent_toks[i0:bisect.bisect_left(tok_starts, we)]
        ci = bisect.bisect_left(tok_starts, cs) - i0
        if not 0 <= ci < len(toks):
            continue
        # the cue's last token index
        cj = ci
        while cj + 1 < len(toks) and toks[cj + 1].end <= ce:
            cj += 1
        prev = toks[ci - 1] if ci > 0 else None
        nxt = toks[cj + 1] if cj + 1 < len(toks) else None
        low_form = text[cs:ce].lower()
        if lemma != "according to":
            # nouns that look like verbs: "amid reports of", "the claims"
            if low_form in cues.noun_forms and ((prev is not None and prev.low in _NOUN_CONTEXT) or (nxt is not None and nxt.low == "of")):
                continue
            if lemma in cues.that_only and not (nxt is not None and nxt.low == "that"):
                continue
            if low_form in cues.needs_clause and not (nxt is not None and (nxt.low == "that" or nxt.text in _OPEN_Q + ":")):
                continue
            if low_form.endswith("ing") and (prev is None or prev.low in _PREPS_IN_NP | {"by", "about", "without", "of"}
                                             or not (prev.text in {","} | set(_CLOSE_Q) or prev.low in _BE | _AUX
                                                     | {"as", "while", "when", "after", "before", "is", "was"})):
                continue  # "by saying", "language calling for": not a report
            if lemma == "accuse" and nxt is not None and nxt.low == "of" and not low_form.endswith("ing"):
                continue  # "people accused of rape"
            if lemma == "ask" and nxt is not None and nxt.low == "for" and cj + 2 >= len(toks):
                continue
            if nested and lemma in cues.that_only:
                continue
            if lemma == "claim" and nxt is not None and nxt.low == "to":
                continue  # "claims to be"
            if _IDIOMS.search(text, max(ws, cs - 20), min(we, ce + 20)):
                continue
            if prev is not None and prev.low in _MODALS:
                continue  # "would tell": not a report
            if lemma in cues.quote_or_for:
                rest = text[ce:we]
                subj = prev is not None and (prev.low in _PRONOUNS or prev.low in {"has", "have", "had", ","}
                                             or (prev.cap and prev.start > ws + 1))
                if not (re.match(r"\s*(?:for|on|upon)\b", rest) or any(c in rest for c in _OPEN_Q) or subj):
                    continue
                if any(t.low == "what" for t in toks[max(0, ci - 4):ci]):
                    continue  # "what he called …": a label, not a report
            # passives ("was reported", "is said to") and infinitives ("declined to say")
            back = ci - 1
            while back >= 0 and toks[back].low in _AUX - {"who"}:
                back -= 1
            if back >= 0 and (toks[back].low in _BE or toks[back].low == "to"):
                progressive = low_form.endswith("ing") and toks[back].low in _BE
                if toks[back].low in _BE and nxt is not None and nxt.low == "by":
                    att = _passive_by(text, toks, back, cj, cs, ce, lemma, (s0, s1), (ws, we), nested)
                    if att is not None:
                        atts.append(att)
                    continue
                if not progressive and not (low_form == "saying" and back >= 1 and toks[back].low == "as"):
                    continue
            if low_form.endswith("ed") and back >= 0 and toks[back].low in {"being", "been"}:
                continue
        att = _attribution(text, facts, toks, ci, cj, cs, ce, lemma, (s0, s1), (ws, we), nested, atts, cues)
        if att is not None:
            atts.append(att)
    _orphans(text, facts, sentences, atts)
    atts.sort(key=lambda a: (a.cue[0] if a.cue else a.content[0]))
    for a in atts:
        cs, ce = a.content
        # a paraphrase does not end with the sentence's full stop (a quotation keeps its own)
        while ce > cs and text[ce - 1] in ".,;:" and text[ce - 2:ce - 1] not in _CLOSE_Q:
            ce -= 1
        a.content = (cs, ce)
        a.kind = "according_to" if a.cue_lemma == "according to" else _kind(facts, text, *a.content, a.nested)
    return atts


def _passive_by(text, toks, back, cj, cs, ce, lemma, sent, window, nested):
    """"was first reported by The Washington Post": the agent speaks, the subject is the content."""
    e = _np_forward(toks, cj + 2, len(toks))
    if e is None:
        return None
    speaker = (toks[cj + 2].start, toks[e - 1].end)
    content = _trim(text, window[0], toks[back].start)
    if content[1] <= content[0]:
        return None
    return _Att(speaker, (cs, ce), lemma, content, sent, None, nested=nested)


def _after_cue(text: str, toks: list[_Tok], cj: int, lemma: str, cues: CueTable) -> int:
    """Token index where the content after a cue starts (skipping a "told" object)."""
    i = cj + 1
    if lemma in cues.takes_object and i < len(toks):
        e = _np_forward(toks, i, len(toks))
        if e is not None and toks[i].low not in {"that", "the"} or (e is not None and e - i <= 3):
            i = e
    return i


def _trailing_rest(toks: list[_Tok], i: int) -> bool:
    """After a cue (and its object) only adverbials remain: the content came before."""
    words = [t for t in toks[i:i + 24] if t.word]  # only the next few words matter
    if not words:
        return True
    if i < len(toks) and toks[i].text == "," and not (i + 1 < len(toks) and toks[i + 1].text in _OPEN_Q):
        return True
    return words[0].low in _TIME_OR_PLACE and len(words) <= 10 and not any(t.text in _OPEN_Q for t in toks[i:i + 24])


def _attribution(text, facts, toks, ci, cj, cs, ce, lemma, sent, window, nested, atts, cues):
    ws, we = window
    if lemma == "according to":
        e = _np_forward(toks, cj + 1, len(toks))
        if e is None:
            return None
        sp = (toks[cj + 1].start, toks[e - 1].end)
        app = None
        rest = e
        if rest < len(toks) and toks[rest].text == ",":
            # appositive: ", a Britain-based monitor" / ", Mohammed Ibrahim Samra,"
            k = rest + 1
            stop = next((x for x in range(k, len(toks)) if toks[x].text in {",", ".", ";"}), len(toks))
            seg = toks[k:stop]
            if seg and (_is_appositive(text, seg[0].start, seg[-1].end) or _looks_like_name(seg)):
                if stop < len(toks) or _is_appositive(text, seg[0].start, seg[-1].end):
                    app = (seg[0].start, seg[-1].end)
                    rest = stop
        after = _trim(text, toks[rest].start if rest < len(toks) else we, we, " \t\r\n\u00a0,;:.")
        if after[1] > after[0]:
            content = _trim(text, toks[rest].start, we)
        else:
            content = _trim(text, ws, cs)
        if content[1] <= content[0]:
            return None
        return _Att(sp, (cs, ce), lemma, content, sent, app, nested=nested)

    participle = text[cs:ce].lower().endswith("ing")
    # speaker before the cue, skipping auxiliaries, adverbs and time phrases
    b = _skip_back(toks, ci - 1, progressive=participle)
    if b >= 0 and toks[b].low == "as" and b >= 2 and toks[b - 1].low == "quoted":
        b -= 2
        while b >= 0 and toks[b].low in _BE | _AUX:
            b -= 1
    speaker = app = None
    if b >= 0 and toks[b].text == ")":
        # "Sen. Claire McCaskill (D-Mo.) said": step over the parenthesis
        k = b - 1
        while k >= 0 and toks[k].text != "(" and b - k < 10:
            k -= 1
        if k >= 1 and toks[k].text == "(":
            b = k - 1
    if b >= 0 and toks[b].low in {"and", "but"} and not participle:
        # "X met Y … and said that …": the subject of the sentence speaks
        same = _same_sentence(atts, sent, cs)
        if same:
            speaker, app = same[-1].speaker, same[-1].appositive
        else:
            first = next((x for x in range(b) if toks[x].word), None)
            if first is None or toks[first].low in _PREPS_IN_NP | {"but", "and", "so", "if", "when", "while", "as"}:
                return None
            e = _np_forward(toks, first, b)
            if e is None or e > b:
                return None
            speaker = (toks[first].start, toks[e - 1].end)
        if text[speaker[0]:speaker[1]].lower() in _FIRST_SECOND:
            return None
        i = _after_cue(text, toks, cj, lemma, cues)
        if i < len(toks) and toks[i].low == "that":
            i += 1
        content = _leading_content(text, facts, toks, i, we)
        return _Att(speaker, (cs, ce), lemma, content, sent, app, nested=nested) if content else None
    if b >= 0 and toks[b].low in {"who", "which"}:
        # "…, who said that …": the relative pronoun is the source; its antecedent is who
        i = _after_cue(text, toks, cj, lemma, cues)
        if i < len(toks) and toks[i].low == "that":
            i += 1
        content = _leading_content(text, facts, toks, i, we)
        if content is None:
            return None
        att = _Att((toks[b].start, toks[b].end), (cs, ce), lemma, content, sent, None, nested=nested)
        k = b - 2 if b >= 2 and toks[b - 1].text == "," else b - 1
        if k >= 0 and toks[k].word:
            st = _np_back(toks, k, 0)
            if st is not None:
                att.extra["antecedent"] = (toks[st].start, toks[k].end)
        return att
    if participle and b >= 0 and toks[b].text == ",":
        # ", claiming that …": the subject of the clause speaks
        same = _same_sentence(atts, sent, cs)
        if same:
            speaker, app = same[-1].speaker, same[-1].appositive
        else:
            first = next((x for x in range(len(toks)) if toks[x].word), None)
            for _ in range(3):
                # "On Thursday, however, Trump spoke …": step over leading adverbials
                if first is None or toks[first].low not in _PREPS_IN_NP | {"however", "but", "yet", "still", "meanwhile",
                                                                          "then", "later", "earlier", "now", "also"}:
                    break
                comma = next((x for x in range(first, ci) if toks[x].text == ","), None)
                first = next((x for x in range(comma + 1, ci) if toks[x].word), None) if comma is not None else None
            if first is None or toks[first].low in _PREPS_IN_NP | {"but", "and", "so", "if", "when", "while", "as"}:
                return None
            e = _np_forward(toks, first, ci)
            if e is None:
                return None
            speaker = (toks[first].start, toks[e - 1].end)
        i = cj + 1
        content = _trim(text, toks[i].start if i < len(toks) else we, we)
        if i < len(toks) and toks[i].low == "that":
            content = _trim(text, toks[i].end, we)
        return _Att(speaker, (cs, ce), lemma, content, sent, app, nested=nested) if content[1] > content[0] else None

    if b >= 0 and toks[b].word:
        st = _np_back(toks, b, 0)
        if st is not None:
            speaker = (toks[st].start, toks[b].end)
            # "Kozak, a researcher at …, told": the phrase before the cue is an appositive
            if st >= 2 and toks[st - 1].text == "," and _is_appositive(text, *speaker):
                nm = _np_back(toks, st - 2, 0)
                if nm is not None and _looks_like_name(toks[nm:st - 1]):
                    app, speaker = speaker, (toks[nm].start, toks[st - 2].end)
            sp_first = st
    if speaker is None and b >= 1 and toks[b].text == "," and toks[b - 1].word:
        k = b
        for _ in range(5):
            seg_start = _segment_start(toks, k - 1)
            if seg_start is None or seg_start == 0 or toks[seg_start - 1].text != ",":
                break
            k = seg_start - 1  # the comma before this segment
            nm = _segment_start(toks, k - 1)
            if nm is not None and _looks_like_name(toks[nm:k]) and (nm == 0 or toks[nm - 1].text in {",", "\u201d", '"', "\u2019", "'"} or toks[nm - 1].low in {"and", "but"}):
                speaker = (toks[nm].start, toks[k - 1].end)
                app = (toks[k + 1].start, toks[b - 1].end)
                sp_first = nm
                break
    if speaker is not None:
        pass
    elif b >= 1 and toks[b].text == "," and toks[b - 1].word:
        # ", a woman living in the Qasour neighborhood, told": appositive closed by a comma
        ap_start = _segment_start(toks, b - 1)
        if ap_start is not None and ap_start >= 2 and toks[ap_start - 1].text == ",":
            if _is_appositive(text, toks[ap_start].start, toks[b - 1].end):
                nm = _np_back(toks, ap_start - 2, 0)
                if nm is not None and _looks_like_name(toks[nm:ap_start - 1]):
                    speaker = (toks[nm].start, toks[ap_start - 2].end)
                    app = (toks[ap_start].start, toks[b - 1].end)
                    sp_first = nm
            elif _looks_like_name(toks[ap_start:b]):
                # "The Governor of Deir ez-Zour, Ibrahim Samra, stated"
                role = _np_back(toks, ap_start - 2, 0)
                if role is not None:
                    speaker = (toks[role].start, toks[ap_start - 2].end)
                    app = (toks[ap_start].start, toks[b - 1].end)
                    sp_first = role
    if speaker is not None and text[speaker[0]:speaker[1]].lower() in _FIRST_SECOND:
        return None
    if speaker is not None:
        i = _after_cue(text, toks, cj, lemma, cues)
        colon = i < len(toks) and toks[i].text == ":"
        call_on = lemma == "call" and i < len(toks) and toks[i].low in {"on", "for", "upon"}
        if lemma in cues.that_only or colon or call_on or not _trailing_rest(toks, i):
            # leading: "X said (that) …", "X announced on Tuesday morning that …"
            for k in range(i, min(i + 7, len(toks))):
                if toks[k].low == "that":
                    if all(t.low in _TIME_OR_PLACE or t.cap or t.low in _DETERMINERS or t.text == ","
                           or t.low.isdigit() for t in toks[i:k]):
                        i = k
                    break
            if i < len(toks) and toks[i].low == "that":
                i += 1
            if i < len(toks) and toks[i].text == ":":
                i += 1
            content = _leading_content(text, facts, toks, i, we)
            if content is None:
                return None
            return _Att(speaker, (cs, ce), lemma, content, sent, app, nested=nested)
        # trailing: "…, X said."
        content = _trailing_content(text, facts, toks[sp_first].start, ws)
        if content is None:
            return None
        return _Att(speaker, (cs, ce), lemma, content, sent, app, nested=nested)
    # inverted: "“…,” said X" / "…, said X"
    if b >= 0 and not toks[b].word:
        e = _np_forward(toks, cj + 1, len(toks))
        if e is None:
            return None
        speaker = (toks[cj + 1].start, toks[e - 1].end)
        if e < len(toks) and toks[e].text == ",":
            stop = next((x for x in range(e + 1, len(toks)) if toks[x].text in {",", ".", ";"}), len(toks))
            seg = toks[e + 1:stop]
            if seg and _is_appositive(text, seg[0].start, seg[-1].end):
                app = (seg[0].start, seg[-1].end)
        content = _trailing_content(text, facts, cs, ws)
        if content is None:
            return None
        return _Att(speaker, (cs, ce), lemma, content, sent, app, nested=nested)
    return None


def _same_sentence(atts: list, sent, cs: int) -> list:
    """Earlier attributions of the same sentence (they are the last ones found)."""
    out = []
    for a in reversed(atts):
        if a.sentence != sent:
            break
        if a.cue and a.cue[0] < cs and a.speaker:
            out.append(a)
    return out[::-1]


def _segment_start(toks: list[_Tok], i: int) -> int | None:
    j = i
    while j - 1 >= 0 and toks[j - 1].text not in {",", ";", ":", "\u201d", "\u201c", '"', "(", ")"}:
        j -= 1
        if i - j > 30:
            return None
    return j


def _leading_content(text, facts, toks, i, we):
    if i >= len(toks) or (toks[i].text == ":" and i + 1 >= len(toks)):
        # "He said:" and the quotation in the next paragraph
        m = re.compile(r"[\s:]*").match(text, toks[-1].end if toks else we)
        nxt = m.end() if m else we
        q = facts.quote_starting_at(nxt)
        return (q.start, q.end) if q is not None else None
    start = toks[i].start
    q = facts.quote_starting_at(start)
    if q is not None and q.end >= we:
        return (q.start, q.end)
    cs, ce = _trim(text, start, we, " \t\r\n\u00a0,;:")
    if ce > cs and text[ce - 1] in ".!?" and not (q is not None and q.end == ce):
        ce -= 1
    return (cs, ce) if ce > cs else None


def _trailing_content(text, facts, speaker_start, ws):
    s, e = _trim(text, ws, speaker_start, " \t\r\n\u00a0,;:")
    if e <= s:
        # "“How many times …?” Clinton said.": the sentence split after the quotation
        b = ws
        while b > 0 and text[b - 1] in " \t\u00a0":
            b -= 1
        q = facts.quote_ending_at(b)
        if q is None:
            return None
        s, e = q.start, q.end
        cont = q
        while cont.continues >= 0:
            cont = facts.quotes[cont.continues]
            s = cont.start
        return (s, e)
    q = facts.quote_ending_at(e) or facts.quote_ending_at(e + 1)
    if q is None and e >= 1 and text[e - 1] in ",." and e >= 2:
        q = facts.quote_ending_at(e - 1)
    if q is not None and q.start < s:
        s = q.start
        # a quotation that continues one in an earlier paragraph belongs to it too
        cont = q
        while cont.continues >= 0:
            cont = facts.quotes[cont.continues]
            s = cont.start
    return (s, e)


def _orphans(text: str, facts: TextFacts, sentences, atts: list[_Att]) -> None:
    """Quotations with no cue that continue the previous sentence's attribution."""
    if not atts:
        return
    covered = sorted((a.content[0], a.content[1]) for a in atts)
    cov_starts = [c[0] for c in covered]
    cov_max_end = []
    m = -1
    for _, c1 in covered:
        m = max(m, c1)
        cov_max_end.append(m)
    by_sentence: dict = {}
    for a in atts:
        if a.cue is not None:
            by_sentence.setdefault(a.sentence, []).append(a)
    last = None
    for s0, s1 in sentences:
        own = by_sentence.get((s0, s1))
        if own:
            last = max(own, key=lambda a: a.cue[0])
            continue
        quotes = facts.quotes_between(s0, s1)
        if not quotes or last is None:
            if not quotes:
                last = None
            continue
        q = quotes[0]
        i = bisect.bisect_right(cov_starts, q.start) - 1
        if i >= 0 and cov_max_end[i] >= q.end:
            continue
        lead = text[s0:q.start]
        span = sum(min(x.end, s1) - max(x.start, s0) for x in quotes)
        if len(lead.split()) <= 2 or span >= 0.5 * (s1 - s0):
            content = (s0, s1) if len(lead.split()) > 0 or quotes[-1].end < s1 - 2 else (q.start, quotes[-1].end)
            content = _trim(text, *content, " \t\r\n\u00a0")
            o = _Att(last.speaker, None, "", content, (s0, s1), last.appositive)
            o.extra["follows"] = last
            atts.append(o)
            last = o
        else:
            last = None


# --------------------------------------------------------------------------- who speaks


def _classify(text: str, spans, gazetteer: Lexicon) -> str:
    """The label of the first gazetteer family (in file order) that matches in a span: the
    earliest match in the first span where that family matches. Speaker phrases repeat
    ("Obama", "officials"), so answers are remembered by what they depend on
    (:meth:`Lexicon.span_key`), up to ``_MEMO_LIMIT`` phrases per gazetteer and process."""
    keys = [None if span is None else gazetteer.span_key(text, *span) for span in spans]
    memo = gazetteer.memo
    key = None
    if all(k is not None for k, span in zip(keys, spans) if span is not None):
        key = ("classify", *keys)
        label = memo.get(key)
        if label is not None:
            return label
    label = _first_family_label(text, spans, gazetteer)
    if key is not None:
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        memo[key] = label
    return label


_MEMO_LIMIT = 100_000


def _first_family_label(text: str, spans, gazetteer: Lexicon) -> str:
    per_span = []
    for span in spans:
        if span is None:
            continue
        first: dict = {}
        for fam, label, ms, _me in gazetteer.finditer(text, *span):
            if fam not in first or ms < first[fam][0]:
                first[fam] = (ms, label)
        per_span.append(first)
    for fam in gazetteer.families:
        for first in per_span:
            if fam in first:
                return first[fam][1]
    return "unclassified"


@lru_cache(maxsize=65536)  # a pure function of phrases that repeat
def _proper_name(phrase: str) -> str:
    """The proper name a phrase ends with, less titles ("Syrian President Bashar al-Assad" → "Bashar al-Assad")."""
    words = phrase.split()
    if not words:
        return ""
    # the run of capitalised words at the end
    j = len(words)
    while j > 0 and (words[j - 1][:1].isupper() or _PARTICLE_RE.match(words[j - 1])
                     or words[j - 1] in {"al", "bin", "ibn", "de", "of", "for"}):
        j -= 1
    run = words[j:]
    if not run or j > 0 and any(w.lower() in _PREPS_IN_NP | {"by", "run", "based"} or w.endswith("ing") for w in words[:j]):
        return ""
    if run[0].lower() == "the":
        run = run[1:]
    k = 0
    while k < len(run) and run[k].lower().rstrip(".") in _TITLE_WORDS:
        k += 1
    if k < len(run) and run[k].lower() in {"of", "for"}:
        return ""  # "Governor of Deir al-Zor" is a role, not a name
    stripped = run[k:]
    person_title = any(w.lower().rstrip(".") not in _NATIONALITIES for w in run[:k])
    if stripped and person_title:
        run = stripped
    while run and run[-1].lower() in {"of", "for", "the"}:
        run = run[:-1]
    return " ".join(run)


@lru_cache(maxsize=65536)  # a pure function of phrases that repeat
def _head(phrase: str) -> str:
    """The head noun of a phrase: its last word before a preposition or participle."""
    words = [w.strip(_PUNCT) for w in phrase.lower().split()]
    out = []
    for w in words:
        if out and (w in _PREPS_IN_NP or w in {"by", "run", "based", "who", "which"} or (w.endswith("ing") and len(w) > 5)):
            break
        out.append(w)
    return out[-1] if out else ""


@lru_cache(maxsize=65536)  # a pure function of phrases that repeat
def _speaker_type(phrase: str, appositive: str) -> str:
    low = phrase.lower().split()
    if not low:
        return "unknown"
    if len(low) == 1 and low[0] in _PRONOUNS:
        return _PRONOUNS[low[0]]
    nouns = [w.strip(_PUNCT) for w in (phrase + " " + appositive).lower().split()]
    head = low[-1].strip(_PUNCT)
    if any(w in _PERSON_ROLES for w in nouns[:len(low)]) or (appositive and any(w in _PERSON_ROLES for w in nouns)):
        if head.endswith("s") and head[:-1] in _PERSON_ROLES:
            return "plural"
        return "person"
    if head.endswith("s") and head[:-1] in _PERSON_ROLES:
        return "plural"
    name = _proper_name(phrase)
    if name and len(name.split()) >= 2 and not any(w.lower() in {"observatory", "agency", "ministry", "army", "forces",
                                                                   "government", "council", "coalition", "nations",
                                                                   "institute", "center", "centre", "committee", "news",
                                                                   "media", "network", "organization", "organisation",
                                                                   "union", "department", "office", "direct", "times",
                                                                   "post", "party", "house", "state", "unit", "group",
                                                                   "front", "brigade", "force", "command"}
                                                   for w in name.split()):
        return "person"
    if head in {"residents", "activists", "officials", "sources", "witnesses", "people", "analysts", "experts"}:
        return "plural"
    return "org"


def _strip_titles(name: str) -> str:
    """"Defense Secretary Chuck Hagel" → "Chuck Hagel": leading titles, however many."""
    words = name.split(" ")
    i = 0
    while i < len(words) - 1 and words[i].lower() in _TITLES:
        i += 1
    return " ".join(words[i:])


def _names_by_last_word(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in re.finditer(r"[A-Z]\w+(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][\w-]+)+", text):
        full = m.group()
        last_word = full.split()[-1]
        if len(full) > len(out.get(last_word, "")):
            out[last_word] = full
    return out


_TITLE_RUN_RE = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w.'\u2019-]*\s+){1,5})$")
_PARTY_AFTER_RE = re.compile(r"\s*,?\s*\(\s*[DRI]\s*[-\u2013]\s*[A-Z][\w.]*\s*\)")


def _classify_by_title(text: str, name: str, gazetteer: Lexicon) -> str:
    """The category of a person named without a role where they speak, read from where the
    article first names them: the capitalised title right before the name ("Florida Sen.
    Marco Rubio", "Homeland Security Secretary Jeh Johnson"), or a party tag right after it
    ("Harry Reid (D-Nev.)", which says politician)."""
    i = text.find(name)
    while i >= 0 and ((i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")) or
                      (i + len(name) < len(text) and (text[i + len(name)].isalnum() or text[i + len(name)] == "_"))):
        i = text.find(name, i + 1)
    if i < 0:
        return "unclassified"
    run = _TITLE_RUN_RE.search(text, max(0, i - 80), i)
    if run is not None:
        label = _classify(text, [run.span(1)], gazetteer)
        if label != "unclassified":
            return label
    if _PARTY_AFTER_RE.match(text, i + len(name)) and gazetteer.family_of("politician"):
        return "politician"
    return "unclassified"


def _resolve(text: str, atts: list[_Att], gazetteer: Lexicon) -> None:
    history: list[_Att] = []
    by_surname: dict[str, str] | None = None  # the longest name ending with each word, when first asked
    for a in atts:
        if "follows" in a.extra:
            f = a.extra["follows"]
            a.canonical, a.category, a.speaker_type, a.head = f.canonical, f.category, f.speaker_type, f.head
            history.append(a)
            continue
        phrase = text[a.speaker[0]:a.speaker[1]] if a.speaker else ""
        if "antecedent" in a.extra:
            phrase = text[a.extra["antecedent"][0]:a.extra["antecedent"][1]]
        appos = text[a.appositive[0]:a.appositive[1]] if a.appositive else ""
        words = phrase.lower().split()
        a.speaker_type = _speaker_type(phrase, appos)
        if words and words[0] in {"some", "many", "several"}:
            phrase = " ".join(phrase.split()[1:])
        a.head = _head(phrase)
        if appos:
            a.extra["appositive_head"] = _head(appos)
        resolved = None
        if len(words) == 1 and words[0] in _PRONOUNS:
            want = _PRONOUNS[words[0]]
            for h in reversed(history[-LOOKBACK:]):
                if h.speaker_type == want or (want == "plural" and h.speaker_type == "org"):
                    resolved = h
                    break
        elif words and words[0] in {"the", "this", "that"} and not _proper_name(phrase):
            for h in reversed(history[-LOOKBACK:]):
                if h.head == a.head or h.extra.get("appositive_head") == a.head:
                    resolved = h
                    break
        if resolved is not None:
            a.canonical, a.category, a.speaker_type = resolved.canonical, resolved.category, resolved.speaker_type
            history.append(a)
            continue
        name = _proper_name(phrase)
        aname = _proper_name(appos) if appos and _looks_like_name(_tokens(appos, 0, len(appos))) else ""
        if aname:
            name = aname
        longer = ""
        if name and len(name.split()) == 1:
            if by_surname is None:
                by_surname = _names_by_last_word(text)
            longer = by_surname.get(name, "")
            if longer and longer != name and longer.endswith(" " + name):
                name = _strip_titles(longer)
            else:
                longer = ""
        if name:
            a.canonical = name
        else:
            a.canonical = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
        a.category = _classify(text, [a.extra.get("antecedent", a.speaker), a.appositive], gazetteer)
        if a.category == "unclassified" and longer:
            # "Sessions" said …, where the article named him "Attorney General Jeff Sessions"
            a.category = _classify(longer, [(0, len(longer))], gazetteer)
        if a.category == "unclassified" and name and " " in name:
            a.category = _classify_by_title(text, name, gazetteer)
        if a.category == "unclassified":
            for h in reversed(history[-LOOKBACK:]):
                if h.canonical == a.canonical:
                    a.category = h.category
                    break
        history.append(a)


# --------------------------------------------------------------------------- public


def find_attributions(corpus, *, gazetteer: "str | Lexicon" = "news", include_boilerplate: bool = False,
                      cues: "str | Path | CueTable | None" = None, jobs: int = 1, progress: bool = False, **load) -> pd.DataFrame:
    """Every attribution in the corpus: who says what, how, with which verb.

    Parameters
    ----------
    corpus : Corpus, DataFrame, path or iterable of chunks
    gazetteer : str or Lexicon
        Source categories (a lexicon whose labels are categories, tried family by family).
        A gazetteer of plain patterns remembers its answer for each speaker phrase (up to
        100,000 phrases, in each process), so phrases that recur ("Obama", "officials")
        are classified once; the rows are the same either way.
    jobs : int
        Processes to share the chunks, this one included (0: every core); the rows are the
        same, in the same order.
    progress : bool
        Show a progress bar on standard error (after two seconds).

    Returns
    -------
    DataFrame
        One row per attribution, in text order:
        ``doc_id, outlet``; ``speaker`` (as written; a pronoun stays a pronoun);
        ``speaker_canonical`` (who it is: pronouns, "the source" and surnames resolved);
        ``speaker_category``; ``cue`` (as written, empty for a quotation that continues an
        attribution) and ``cue_lemma``; ``kind`` (direct, indirect, mixed, according_to);
        ``content``; ``speaker_start/end``, ``cue_start/end``, ``content_start/end``
        (offsets into the text; missing where there is no speaker or cue);
        ``sentence`` (the sentence holding the cue, at most :data:`WINDOW` characters on
        each side of it); ``appositive``; ``distancing`` (the cue keeps its distance:
        claimed, alleged, insisted …); ``nested`` (inside another source's quotation).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
    ...     "text": ["“The siege is broken,” state news agency SANA said. Khoula, a resident, "
    ...              "told AFP the army arrived. She added: “We won.”"]})
    >>> find_attributions(df)[["speaker", "speaker_canonical", "speaker_category", "cue", "kind"]].values.tolist()
    [['state news agency SANA', 'SANA', 'media', 'said', 'direct'], ['Khoula', 'Khoula', 'public', 'told', 'indirect'], ['She', 'Khoula', 'public', 'added', 'direct']]
    >>> find_attributions(df, gazetteer="syria_sources")["speaker_category"].tolist()  # the Syria study's categories
    ['syrian_state', 'civilian', 'civilian']
    """
    rows = []
    for part in _attribution_parts(corpus, gazetteer, include_boilerplate, jobs, progress, load, cues):
        rows.extend(part)
    return _attribution_frame(rows)


def iter_attributions(corpus, *, gazetteer: "str | Lexicon" = "news", include_boilerplate: bool = False,
                      cues: "str | Path | CueTable | None" = None, jobs: int = 1, progress: bool = False, **load) -> Iterator[pd.DataFrame]:
    """:func:`find_attributions` piece by piece, for corpora whose attributions do not fit
    in memory: tables with the same columns, in order, whose concatenation is the table
    :func:`find_attributions` returns (``framing sources`` writes them as they come).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                    "text": ["SANA said the army advanced.", "“We won,” she said."]})
    >>> chunks = [df.iloc[:1], df.iloc[1:]]  # as a path is read, chunk by chunk
    >>> [len(part) for part in iter_attributions(chunks)]
    [1, 1]
    """
    for part in _attribution_parts(corpus, gazetteer, include_boilerplate, jobs, progress, load, cues):
        yield _attribution_frame(part)


def _attribution_parts(corpus, gazetteer, include_boilerplate: bool, jobs: int, progress: bool, load: dict, cues=None):
    """The attribution rows of each chunk (or piece of a chunk), in order."""
    return map_corpus(chunk_rows, corpus, jobs=jobs, progress=progress, load=load, gaz=load_lexicon(gazetteer),
                       include_boilerplate=include_boilerplate, cues=load_cues(cues))


def _attribution_frame(rows: list) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=ATTRIBUTION_COLUMNS)
    for c in ("speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end"):
        df[c] = df[c].astype("Int64")
    return df


def chunk_rows(chunk, *, gaz: Lexicon, include_boilerplate: bool, cues: CueTable = CUES) -> list:
    rows = []
    docs = chunk.documents
    for doc_id, outlet, text, facts in zip(docs["doc_id"], docs["outlet"], docs["text"], chunk.facts()):
        if include_boilerplate:
            facts = facts.without_boilerplate()
        atts = _extract(text, facts, cues)
        _resolve(text, atts, gaz)
        for a in atts:
            rows.append(_row(doc_id, outlet, text, a))
    return rows


def _row(doc_id, outlet, text, a: _Att) -> tuple:
    sp = a.speaker or (None, None)
    cue = a.cue or (None, None)
    return (
        doc_id, outlet,
        text[sp[0]:sp[1]] if a.speaker else "", a.canonical, a.category,
        text[cue[0]:cue[1]] if a.cue else "", a.cue_lemma, a.kind, text[a.content[0]:a.content[1]],
        sp[0], sp[1], cue[0], cue[1], a.content[0], a.content[1],
        # the sentence, within WINDOW characters of the cue: a megabyte-long "sentence" (text
        # without full stops) is not copied into every row
        text[max(a.sentence[0], (a.cue or a.content)[0] - WINDOW):min(a.sentence[1], (a.cue or a.content)[1] + WINDOW)],
        text[a.appositive[0]:a.appositive[1]] if a.appositive else "",
        a.cue_lemma in DISTANCING_CUES, a.nested,
    )


def sourcing_profile(corpus, *, by: "str | list[str]" = "outlet", period: str | None = None, date_col: str = "date",
                     gazetteer: "str | Lexicon" = "news", cues: "str | Path | CueTable | None" = None,
                     min_count: int = 10, min_docs: int = MIN_DOCS, jobs: int = 1, progress: bool = False,
                     **load) -> pd.DataFrame:
    """The sourcing profile of each group, as one long table.

    ``by``, ``period`` and ``date_col`` group as in :func:`framing.count_terms` (several
    columns, time bins; undated documents reported once and left out).

    A path is streamed chunk by chunk and only counts are kept between chunks (and, for
    ``distinct_sources``, the set of speakers of each group), so memory does not grow with
    the number of attributions. ``jobs`` processes share the chunks (this one included;
    0: every core); the table is the same.

    Returns
    -------
    DataFrame
        ``group, dimension, value, count, total, share, share_low, share_high, distancing,
        total_docs, count_docs, too_few`` where ``share = count / total``, its 95% interval
        takes the article as the sampling unit (:mod:`framing.stats`; NaN for one article),
        ``total_docs`` counts the articles with any of ``total``, ``count_docs`` those with
        any of ``count``, and ``too_few`` flags a total under ``min_count`` or resting on
        fewer than ``min_docs`` articles; ``dimension`` is:

        * ``summary`` — ``value`` names a measure and ``count`` holds it: ``documents``,
          ``tokens``, ``attributions``, ``attributions_per_doc``, ``attributions_per_1k``,
          ``distinct_sources``, ``quoted_word_share`` (share of the words inside quotation
          marks);
        * ``category`` — attributions by speaker category;
        * ``kind`` — direct, indirect, mixed, according_to;
        * ``cue`` — attributions by cue lemma (``distancing`` marks claimed, alleged …);
        * ``cue_type`` — ``distancing`` against ``neutral`` cues.
    """
    gaz = load_lexicon(gazetteer)
    check_min(min_count=min_count, min_docs=min_docs)
    grp = grouping(by, period=period, date_col=date_col)
    stats: dict = {}
    for part in map_corpus(_profile_stats, corpus, jobs=jobs, progress=progress, load=load, gaz=gaz, grouping=grp,
                            cues=load_cues(cues)):
        for g, (counts, speakers) in part.items():
            total, seen = stats.setdefault(g, (Counter(), set()))
            total.update(counts)
            seen.update(speakers)
    rows = []
    # every category in the gazetteer's order, the unclassified last
    categories = list(dict.fromkeys([lab for f in gaz.families.values() for lab in f.labels] + ["unclassified"]))
    kinds = ["direct", "indirect", "mixed", "according_to"]
    undated = stats.pop(None, (Counter(), set()))[0]["documents"]
    grp.warn_undated(undated, "the sourcing profile")
    moments = []
    for g in sorted(stats, key=grp.sort_key):
        st, speakers = stats[g]
        n = st["attributions"]
        summary = {
            "documents": st["documents"], "tokens": st["tokens"], "attributions": n,
            "attributions_per_doc": n / st["documents"] if st["documents"] else np.nan,
            "attributions_per_1k": n / st["tokens"] * 1000 if st["tokens"] else np.nan,
            "distinct_sources": len(speakers),
            "quoted_word_share": st["quoted_tokens"] / st["tokens"] if st["tokens"] else np.nan,
        }
        for measure, v in summary.items():
            rows.append((g, "summary", measure, v, np.nan, False))
            moments.append((0, 0, 0, 0, 0))
        cued = st["cued"]
        dist = st["distancing"]
        values = [("category", v, n, False) for v in categories] + [("kind", v, n, False) for v in kinds]
        values += [("cue", v, cued, v in DISTANCING_CUES) for v in sorted(k[1] for k in st if isinstance(k, tuple)
                                                                          and k[0] == "cue")]
        values += [("cue_type", "distancing", cued, True), ("cue_type", "neutral", cued, False)]
        for dim, v, total, distancing in values:
            count = (cued - dist if v == "neutral" else dist) if dim == "cue_type" else st[dim, v]
            rows.append((g, dim, v, count, total, distancing))
            of = "cued" if dim in ("cue", "cue_type") else "attributions"
            moments.append((st["kk", dim, v], st["kn", dim, v], st["nn", of], st["fd", of], st["ld", dim, v]))
    df = pd.DataFrame(rows, columns=["group", "dimension", "value", "count", "total", "distancing"])
    mo = np.array(moments, dtype=float).reshape(-1, 5)
    with np.errstate(invalid="ignore", divide="ignore"):
        df["share"] = np.where(df["total"] > 0, df["count"] / df["total"].where(df["total"] > 0), np.nan)
    df["share_low"], df["share_high"] = article_share_interval(
        df["count"].astype(float).to_numpy(), df["total"].fillna(0).to_numpy(), count_sq=mo[:, 0], count_total=mo[:, 1],
        total_sq=mo[:, 2], docs=mo[:, 3])
    summary_rows = (df["dimension"] == "summary").to_numpy()
    df["total_docs"] = pd.array([None if s else int(v) for s, v in zip(summary_rows, mo[:, 3])], dtype="Int64")
    df["count_docs"] = pd.array([None if s else int(v) for s, v in zip(summary_rows, mo[:, 4])], dtype="Int64")
    df["too_few"] = ~summary_rows & ((df["total"].fillna(0) < min_count) | (df["total_docs"].fillna(0) < min_docs)).to_numpy()
    df.loc[summary_rows, ["share", "share_low", "share_high"]] = np.nan
    df = grp.expand(df[PROFILE_COLUMNS])
    df.attrs.update(grp.attrs(), gazetteer=gaz.name, min_count=min_count, min_docs=min_docs, undated_docs=undated)
    return df


_COL = {c: i for i, c in enumerate(ATTRIBUTION_COLUMNS)}


def _add_profile_moments(st: Counter, doc: Counter) -> None:
    """Add one article's sums for the article-level intervals: per ``(dimension, value)``
    its count squared (``"kk"``), times its total (``"kn"``) and 1 if it has any (``"ld"``);
    per total (``attributions``, ``cued``) its square (``"nn"``) and 1 if non-zero (``"fd"``)."""
    for total_name in ("attributions", "cued"):
        n = doc[total_name]
        if n:
            st["nn", total_name] += n * n
            st["fd", total_name] += 1
    doc["cue_type", "distancing"] = doc["distancing"]
    doc["cue_type", "neutral"] = doc["cued"] - doc["distancing"]
    for key, k in list(doc.items()):
        if isinstance(key, tuple) and k:
            n = doc["cued"] if key[0] in ("cue", "cue_type") else doc["attributions"]
            st[("kk", *key)] += k * k
            st[("kn", *key)] += k * n
            st[("ld", *key)] += 1


def _profile_stats(chunk, *, gaz: Lexicon, grouping: Grouping, cues: CueTable = CUES) -> dict:
    """Per group of one chunk: ``(Counter of measures, set of speakers)``. The counter holds
    documents, tokens, quoted_tokens, attributions, cued, distancing and
    ``(dimension, value)`` counts for category, kind and cue."""
    docs = chunk.documents
    out: dict = {}
    if len(docs) == 0:
        return out
    groups = grouping.labels(docs)  # None: no time bin (counted, then left out)
    for g, text, facts in zip(groups, docs["text"], chunk.facts()):
        t_all, t_q = count_tokens(text, facts)
        st = out.setdefault(g, (Counter(), set()))[0]
        st["documents"] += 1
        st["tokens"] += t_all
        st["quoted_tokens"] += t_q
    group_of = dict(zip(docs["doc_id"], groups))
    canonical, category, kind, lemma = _COL["speaker_canonical"], _COL["speaker_category"], _COL["kind"], _COL["cue_lemma"]
    per_doc: dict = {}
    for row in chunk_rows(chunk, gaz=gaz, include_boilerplate=False, cues=cues):
        speakers = out[group_of[row[0]]][1]
        doc = per_doc.setdefault(row[0], Counter())
        doc["attributions"] += 1
        doc["category", row[category]] += 1
        doc["kind", row[kind]] += 1
        speakers.add(row[canonical].lower())
        if row[lemma] != "":
            doc["cued"] += 1
            doc["cue", row[lemma]] += 1
            doc["distancing"] += row[lemma] in DISTANCING_CUES
    for doc_id, doc in per_doc.items():
        st = out[group_of[doc_id]][0]
        st.update(doc)
        _add_profile_moments(st, doc)
    return out

