"""A reporting verb whose object names an act, not words: "claimed responsibility for the
attack", "ISIS claimed the bombing", "declared war on Libya", "declared a caliphate",
"declared victory", "claimed over 57,000 lives". The verb does something; nothing is said
that a reader would quote. The nouns are the language's (``words.yaml``: ``act_objects``,
per cue lemma); the noun must come within a few words of the cue, after no punctuation,
quotation mark or "that", and what follows it must end the phrase — a mark, a capital, a
preposition, a conjunction, a word of time or place ("responsibility for", "war on Libya",
"victory online") — never a verb ("claimed the attack sprung out of a protest" is a report)."""

from __future__ import annotations

from .records import CueSite

__all__ = ["act_object"]

#: Words between the cue and the act noun at most ("declared a seven-day mourning period").
_REACH = 4
#: Words after the act noun that end its phrase besides marks, capitals, prepositions and words of
#: time or place.
_ENDS = frozenset({"against", "or", "as", "online", "period", "periods", "itself", "themselves"})


def act_object(site: CueSite) -> bool:
    """The cue's object is an act (``act_objects`` of its lemma)."""
    acts = site.g.ACT_OBJECTS.get(site.lemma)
    if not acts or site.nxt is None:
        return False
    toks, g = site.toks, site.g
    for k in range(site.cj + 1, min(len(toks), site.cj + 2 + _REACH)):
        t = toks[k]
        if not t.word or t.low == "that" or t.text in g.OPEN_Q:
            return False
        if t.low in acts:
            after = toks[k + 1] if k + 1 < len(toks) else None
            return after is None or not after.word or after.cap or after.low in _ENDS \
                or after.low in g.PREPS_IN_NP or after.low in g.TIME_OR_PLACE
    return False
