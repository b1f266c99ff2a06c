"""Phrases before a cue that are no speaker, and the speaker they hide.

Without commas (FA-KES writes none) or after a relative clause, the noun phrase that ends
just before a cue may be no noun phrase at all:

- a clause, a verb in the past with its object ("rebel fire on regime-held areas killed
  1102 people said the Observatory") or a participle alone or with a preposition ("were
  also killed said …", "who was wounded in the head in the blast described"): the speaker
  is the name after the cue, a name of two words or more at the phrase's end ("… wounded
  25 others Ibrahim Abu Leys told"), or no one (unresolved rather than wrong);
- the verb phrase of a relative clause ("The official who spoke to The Hill said", "a
  senior aide to a Democratic senator who is undecided on Gorsuch said"): the speaker is the
  phrase before "who".
"""

from __future__ import annotations

import re

from .content import trailing_content
from .phrases import leading_preps, looks_like_name, np_back, np_forward
from .records import CueSite
from .words import Words

__all__ = ["RELATIVE_CONTRACTED", "a_clause", "chained_or_unnamed", "contracted_pronoun", "message_sender", "named_after", "not_this_phrase", "possessor_start",
           "relative_antecedent", "trailing_name", "verb_chain_subject"]

#: Words that open a relative clause or a clause of content: what follows them may be a clause.
_RELATIVES = frozenset({"who", "whose", "whom", "which", "where", "when", "that"})
#: A relative pronoun with its verb contracted ("no group that's calling for this ban", "a man who's said").
RELATIVE_CONTRACTED = frozenset(f"{w}{a}{v}" for w in ("who", "that") for a in "'\u2019" for v in ("s", "re", "ve", "d"))


def _verb_like(t, g: Words) -> bool:
    """A lower-case word in the past ("spoke", "worked", "briefed")."""
    return not t.cap and t.word and (t.low in g.PAST_VERBS or (t.low.endswith("ed") and len(t.low) > 4))


def a_clause(toks: list, first: int, last: int, g: Words) -> bool:
    """The phrase ``toks[first:last + 1]`` before a cue is a clause (module docstring); not
    after a relative pronoun ("a person who reviewed the documents")."""
    for k in range(first, last + 1):
        t = toks[k]
        if t.low in _RELATIVES:
            return False
        if not _verb_like(t, g):
            continue
        nxt = toks[k + 1].low if k < last else ""
        if k == first and (not nxt or nxt in leading_preps(g)):
            return True  # "killed", "killed in the failed attack"
        if nxt[:1].isdigit() or nxt in g.OBJECT_OPENERS:
            return True  # "killed 1102 people", "killed at least 27", "left dozens wounded"
        if k > first and k < last and t.low in g.PAST_VERBS and _verb_like(toks[k + 1], g):
            return True  # "700 got injured in August shelling of Aleppo", "civilians were killed in …"
    return False


def relative_antecedent(toks: list, first: int, g: Words, cues=None) -> tuple[int, int] | None:
    """``(first, last)`` tokens of the phrase before "who" when the phrase before the cue is
    what follows "who" with its verb ("an official who spoke to The Hill said", "who is
    undecided on Gorsuch said"; not "the man who officials said was …"), or the object of a
    verb in a clause of "who" or "which" (a text without commas: "The Observatory which
    relies on … to monitor the conflict said"; not after a verb of the ``cues``, "who said
    tests concluded", whose object speaks), or None."""
    k = first - 1
    while k > 0 and (toks[k].low in g.BE or toks[k].low in g.MODALS or toks[k].low in g.VERB_GROUP):
        k -= 1
    if k >= 1 and toks[k].low != "who" and _object_of_a_verb(toks, first, g) and not (
            cues is not None and cues.lemma_of(toks[first - 1].low) is not None):  # "who said tests concluded"
        k = _relative_before(toks, first - 2, g)  # "The Observatory which relies on … to monitor the conflict said"
        if k is None:
            return None
    elif k < 1 or toks[k].low != "who" or (k == first - 1 and not _verb_like(toks[first], g)):
        return None
    st = np_back(toks, k - 1, 0, g)
    return None if st is None else (st, k - 1)


def _object_of_a_verb(toks: list, first: int, g: Words) -> bool:
    """The phrase at token ``first`` follows a verb, as its object ("who suffered | a head
    wound", "to monitor | the conflict", "which the U.S. considers | a terrorist group")."""
    v = toks[first - 1]
    if v.cap or not v.word or v.low in g.STOP or v.low in g.DETERMINERS or toks[first].low in g.PRONOUNS:
        return False  # but "in which the department said it had concluded": the pronoun speaks
    return v.low in g.PAST_VERBS or (v.low.endswith(("ed", "s")) and not v.low.endswith("ss")) or (
        first >= 2 and toks[first - 2].low == "to")


def _relative_before(toks: list, k: int, g: Words) -> int | None:
    """The "who" or "which" at most 12 words back from token ``k`` within its clause (no
    comma, quotation mark or dash between), after a word (its antecedent's last); or None."""
    lo = max(1, k - 12)
    while k >= lo and toks[k].word:
        if toks[k].low in {"who", "which"}:  # not after a preposition ("in which")
            return k if toks[k - 1].word and toks[k - 1].low not in g.PREPS_IN_NP else None
        k -= 1
    return None


def named_after(site: CueSite, opens_a_clause):
    """"… killed 1102 people said the Observatory": the attribution to the body or name after
    the cue (not one that ``opens_a_clause``: "said it is …"), or None."""
    toks, g, j = site.toks, site.g, site.cj + 1
    if j >= len(toks) or not (toks[j].cap or toks[j].low == "the") or site.lemma in site.cues.takes_object:
        return None
    e = np_forward(toks, j, len(toks), g)
    if e is None or (e < len(toks) and opens_a_clause(site, toks[e])) or not any(t.cap for t in toks[j:e]):
        return None
    content = trailing_content(site.text, site.facts, site.cs, site.window[0])
    return None if content is None else site.found((toks[j].start, toks[e - 1].end), content, rule="inverted")


def trailing_name(toks: list, first: int, last: int, g: Words) -> int | None:
    """Where the name of two words or more that ends the phrase starts ("wounded 25 others
    Ibrahim Abu Leys"), or None."""
    k = last
    while k > first and toks[k - 1].cap and toks[k - 1].word:
        k -= 1
    return k if last - k >= 1 and looks_like_name(toks[k:last + 1], g) else None


def not_this_phrase(site: CueSite, first: int, opens_a_clause):
    """For the phrase from token ``first`` to the one before the cue: None when it may speak;
    else ``(speaker span or None, its first token)`` in its place (the phrase before "who";
    a name ending the clause; none), or the attribution to the name after the cue."""
    toks, g, last = site.toks, site.g, site.back
    pronoun = contracted_pronoun(toks, first, last, g)
    if pronoun is not None:
        return pronoun, first
    rel = relative_antecedent(toks, first, g, site.cues)
    if rel is not None:
        return (toks[rel[0]].start, toks[rel[1]].end), rel[0]
    if not a_clause(toks, first, last, g):
        return None
    after = named_after(site, opens_a_clause)
    if after is not None:
        return after
    name = trailing_name(toks, first, last, g)
    return (None, first) if name is None else ((toks[name].start, toks[last].end), name)


def message_sender(toks: list, st: int, g: Words) -> tuple[int, int] | None:
    """"… one day after President-elect Trump issued a statement calling on …": the phrase
    before the verb that sent the message (``message_verbs`` of ``words.yaml``) that opens at
    token ``st``, or None."""
    if st < 2 or toks[st - 1].low not in g.MESSAGE_VERBS or toks[st - 2].low in _RELATIVES:
        return None
    first = np_back(toks, st - 2, 0, g)
    if first is None or not (toks[first].cap or toks[first].low in g.DETERMINERS):
        return None
    return toks[first].start, toks[st - 2].end


_CONTRACTION = re.compile(r"(?i)^([a-z]+) ?['’] ?([a-z]+)$")


def contracted_pronoun(toks: list, first: int, last: int, g: Words) -> tuple[int, int] | None:
    """The pronoun whose contraction the phrase before a cue holds: "Here's what they've
    told us" (they), "They ’ d rather tell" (a tokenised text: They), or None (the
    contractions: ``contractions`` of ``words.yaml``)."""
    t = toks[last]
    m = _CONTRACTION.match(t.text)
    if m is not None and m.group(1).lower() in g.PRONOUNS and m.group(2).lower() in g.CONTRACTIONS:
        return t.start, t.start + len(m.group(1))
    if first >= 1 and first < last and toks[first].text in "’'" and toks[first + 1].low in g.CONTRACTIONS \
            and toks[first - 1].low in g.PRONOUNS:
        return toks[first - 1].start, toks[first - 1].end
    return None


def possessor_start(site: CueSite, st: int) -> int:
    """Where the possessor before "stated", "announced" starts ("did not square with
    Obama's stated goal": Obama, not the verb and preposition before him): the
    capitalised words and a determiner that end at the token before the cue, no further
    back than ``st``; ``st`` when the cue is no such participle after a possessive."""
    toks, b, g = site.toks, site.back, site.g
    if site.form not in g.POSSESSOR_STATES or not toks[b].low.endswith(("'s", "\u2019s")):
        return st
    k = b
    while k > st and (toks[k - 1].cap or toks[k - 1].low in g.DETERMINERS) and toks[k - 1].word:
        k -= 1
    return k


def chained_or_unnamed(site: CueSite, e: int, content: tuple[int, int], sentence_subject):
    """The attribution of a cue whose phrase after it (ending at token ``e``) opens what was
    said: to the opening subject of a chain of verbs (:func:`verb_chain_subject`, rule
    ``coordinated``), else to none (rule ``inverted``)."""
    chained = verb_chain_subject(site, e, sentence_subject)
    return site.found(chained, content, rule="coordinated" if chained else "inverted")


def verb_chain_subject(site: CueSite, e: int, sentence_subject) -> tuple[int, int] | None:
    """The subject of a sentence whose verbs are listed with commas, the cue a finite listener
    verb among them ("The measure opposes the decision …, urges Erdogan to cease the offensive
    and calls on …"): the noun phrase that opens the sentence (``sentence_subject(site,
    upto)``); None when the phrase after the cue (ending at token ``e``) is followed by no
    "to", the token before the cue is no comma after a word, the cue no finite verb in -s or
    -ed, or a clause of its own stands between ("It wasn't until August that Obama, …,
    called on Assad to resign")."""
    toks, b = site.toks, site.back
    if not (toks[e].low == "to" and b >= 1 and toks[b].text == "," and toks[b - 1].word
            and site.form != site.lemma and site.form.endswith(("s", "ed"))):
        return None
    found = sentence_subject(site, b)
    if found is None or found[0][1] > toks[b].start or site.facts.quote_at(found[0][0]) is not None:
        return None
    if any(t.low in _CLAUSE_LINKS for t in toks[:b] if t.start >= found[0][1]):
        return None
    return found[0]


#: Words that open a clause inside a sentence, whose verbs are not its opening phrase's.
_CLAUSE_LINKS = _RELATIVES | {"when", "where", "while", "because", "if"}
