"""A subject, a short predicate with no verb of saying, a colon, then a quotation that ends
the sentence: the subject's words, read where the language's ``words.yaml`` says
``colon_quotes`` (French: "Le ministre est catégorique : « Nous ne céderons pas. »", "Jean
Dupont se veut rassurant : « … »", "Il hausse le ton : « … »").

The news writes the attitude in the predicate and lets the colon stand for the verb of saying.
A sentence counts when:

* it opens with a noun phrase that names someone: a role or a title ("Le ministre", "M.
  Dupont"), a body ("Le gouvernement"), a name of two capitalised words or more ("Jean
  Dupont"), or a subject pronoun of a person ("Il", "Elle"); not a phrase of a preposition
  ("À Paris : …", "Pour le ministre" is a fronted cue);
* one to :data:`_PREDICATE_WORDS` words follow it before the colon, none of them a
  complementizer or a quotation mark, and no cue of the sentence stands before the quotation
  (a verb of saying there is read by the clause rules: "Le ministre a déclaré : « … »");
* the quotation opens right after the colon and ends the sentence.

A noun of what was said (``colon_nouns``) opening the sentence gives the speaker after "de"
instead, a predicate or none after it ("Réponse du ministre : « … »", "Le message du syndicat
est clair : « … »"). One attribution with no cue each (``rule`` "colon"), its speaker the
opening phrase, resolved as any other (a pronoun to the person it names).
"""

from __future__ import annotations

import bisect
import re

from ..text import TextFacts
from .clause_phrases import np_after, tokens
from .clause_words import ClauseWords, role_of
from .records import Attribution

__all__ = ["colon_quotes"]

#: At most this many words between the subject and the colon.
_PREDICATE_WORDS = 8
#: After the quotation, the sentence ends: a line's end, the text's end or a stop, or, after a
#: stop inside the marks ("« … pas. »"), the next sentence's capital, mark or dash.
_ENDS = re.compile(r"[ \t\u00a0\u202f]*(?:$|\n|[.!?…])")
_NEXT = re.compile(r"[ \t\u00a0\u202f]+(?:[A-ZÀ-ÖØ-ÞŒ]|[«“\"—–-])")


def colon_quotes(text: str, facts: TextFacts, spans: list, atts: list[Attribution], w: ClauseWords) -> list[Attribution]:
    """The attributions of the sentences of ``text`` (``spans``) that give a quotation after
    a subject, a short predicate and a colon (module docstring); a quotation an attribution of
    ``atts`` holds, or a sentence with a cue before it, is left to those."""
    out: list[Attribution] = []
    starts = [s for s, _ in spans]
    for q in facts.quotes:
        k = bisect.bisect_right(starts, q.start) - 1
        if q.start >= facts.body_end or k < 0 or q.start >= spans[k][1]:
            continue
        s0, s1 = spans[k]
        colon = _before(text, s0, q.start)
        if colon is None or any(a.content[0] <= q.start < a.content[1] for a in atts) \
                or any(a.cue is not None and s0 <= a.cue[0] < q.start for a in atts) \
                or not (_ENDS.match(text, q.end) or text[q.start:q.end].rstrip("»”\"’ \u00a0\u202f")[-1:] in ".!?…"
                        and _NEXT.match(text, q.end)):
            continue
        speaker = _subject(tokens(text, s0, colon, w), w)
        if speaker is not None:
            out.append(Attribution(speaker, None, "", (q.start, q.end), (s0, s1), rule="colon"))
    return out


def _before(text: str, s0: int, start: int) -> int | None:
    """Where the colon right before ``start`` stands (white space between), if one does after
    the sentence's start ``s0``; else None."""
    k = start
    while k > s0 and text[k - 1] in " \t\u00a0\u202f":
        k -= 1
    return k - 1 if k - 1 > s0 and text[k - 1] == ":" else None


def _subject(toks: list, w: ClauseWords) -> tuple[int, int] | None:
    """The span of the phrase that opens ``toks`` (the sentence up to its colon) and names
    someone, a short predicate after it; else None."""
    if not toks or not toks[0].word or toks[0].low in w.PREPS and toks[0].low not in w.DETERMINERS:
        return None
    if any(not t.word and t.text not in {",", "."} or t.low in w.COMPLEMENTIZERS for t in toks):
        return None  # a quotation, a dash or a bracket before the colon; a clause ("… dit que …")
    said = _said_by(toks, w)
    if said is not None:
        return said
    pronoun = toks[0].low in w.PRONOUNS and w.PRONOUNS[toks[0].low] in {"m", "f", "plural"}
    e = 1 if pronoun else _subject_end(toks, w)
    words = [t for t in toks[e:] if t.word] if e is not None else []
    if e is None or not 1 <= len(words) <= _PREDICATE_WORDS:
        return None
    if not (pronoun or _names_someone(toks[:e], w)):
        return None
    return toks[0].start, toks[e - 1].end


def _names_someone(head: list, w: ClauseWords) -> bool:
    """A phrase names someone: a role, a title or a body's word, or a name of two capitalised words."""
    names = [t for t in head if t.cap and t.low not in w.DETERMINERS and t.core not in w.TITLE_WORDS]
    return any(role_of(t.core, w) or t.core in w.TITLE_WORDS or t.core in w.ORG_WORDS for t in head) or len(names) >= 2


def _said_by(toks: list, w: ClauseWords) -> tuple[int, int] | None:
    """A noun of what was said (``colon_nouns``) and whose it is, opening the words before the
    colon, a short predicate or none after ("Réponse du ministre : « … »", "Le message du
    ministre est clair : « … »"): the span of whose; else None."""
    h = 1 if toks[0].low in w.DETERMINERS or toks[0].low in w.ELISIONS else 0
    if h + 2 >= len(toks) or toks[h].core not in w.COLON_NOUNS or toks[h + 1].low not in w.JOINERS:
        return None
    i = h + 2 if toks[h + 1].low in w.CONTRACTIONS or toks[h + 1].low in w.ELISIONS else h + 1
    if toks[i].low in w.JOINERS and toks[i].low not in w.DETERMINERS:
        i += 1
    e = np_after(toks, i, len(toks), w) if i < len(toks) else None
    if e is None or len([t for t in toks[e:] if t.word]) > _PREDICATE_WORDS or not _names_someone(toks[i:e], w):
        return None
    return toks[i].start, toks[e - 1].end


def _subject_end(toks: list, w: ClauseWords) -> int | None:
    """The end of the phrase that opens ``toks``: read from the word after its article (the
    article's capital opens the sentence, no name: "Un député conservateur | a posé", "Le
    député socialiste Jean Dupont | a posé", "Un habitant du quartier |, la voix …"), unless
    that leaves no predicate ("Le ministre | hausse le ton"); else from the first word."""
    if toks[0].low in w.DETERMINERS and len(toks) > 1:
        e = np_after(toks, 1, len(toks), w)
        if e is not None and any(t.word for t in toks[e:]):
            return _before_clitic(toks, e, w)
    e = np_after(toks, 0, len(toks), w)
    return None if e is None else _before_clitic(toks, e, w)


def _before_clitic(toks: list, e: int, w: ClauseWords) -> int:
    """``e``, or the first word before it that opens the verb group, a negation or an object
    clitic ("Le ministre | n’en démord pas", "Le ministre | l’assure")."""
    return next((k for k in range(1, e) if toks[k - 1].low not in w.JOINERS and toks[k - 1].low not in w.PREPS and (
        toks[k].low in w.OBJECT_CLITICS or toks[k].low in w.NEGATED_BY or toks[k].low == "ne"
        or toks[k].low.replace("'", "’").startswith("n’"))), e)  # (not "de l’Élysée": a name's article)
