"""Where a sentence's subject opens: the conjunctions, sentence adverbs, time phrases and
clauses to a comma stepped over before it ("And he …", "Then, however, Trump …", "Last
week, the White House …", "Following a meeting with the king, the ministry …", "When asked
about it, …"). Read by the speaker rules (:mod:`.speakers`) and by the subjects pronouns go
back to (:mod:`.antecedents`)."""

from __future__ import annotations

from .phrases import is_tag, leading_preps
from .words import Words

__all__ = ["_not_subjects", "_openers", "_opening", "_opening_past_quote"]


def _openers(g: Words) -> set:
    """Words that open a clause, not a subject."""
    return g.derive(_openers, lambda g: g.PREPS_IN_NP | {"but", "and", "so", "if", "when", "while", "as"})


#: Words that open a clause running to the next comma before the subject ("When asked
#: about it, …", "If he wins, …", "In August, …").
def _clause_openers(g: Words) -> set:
    return g.derive(_clause_openers, lambda g: g.PREPS_IN_NP | {
        "when", "while", "after", "before", "as", "if", "because", "since", "although", "though", "once", "until",
        "unless", "despite", "during", "amid", "upon", "asked", "speaking", "responding", "pressed", "writing", "like",
        "unlike", "through", "throughout", *_PLACE_PREPS})


#: Prepositions of place and order that open an adverbial to a comma ("Across the street
#: from the church, …", "Ahead of Kerry's arrival, …", "Standing alongside Kerry, …"); not
#: those that open a number ("Over 100 people said", "About half said").
_PLACE_PREPS = frozenset({"across", "ahead", "alongside", "along", "behind", "beside", "beyond", "against"})


def _not_subjects(g: Words) -> set:
    """Words that open a clause or stand before its subject, never a subject's first word:
    :func:`_openers` and the language's ``lead_words``."""
    return g.derive(_not_subjects, lambda g: _openers(g) | g.LEAD_WORDS)


def _time_phrase(g: Words) -> set:
    """The words of a time phrase that opens a sentence to a comma ("Last week,", "Just two
    days ago,", "Three years later,")."""
    return g.derive(_time_phrase, lambda g: g.TIME_WORDS | g.DETERMINERS | g.NUMBER_WORDS | _UNITS | {
        "last", "next", "on", "in", "early", "late", "earlier", "later", "same", "morning", "afternoon", "evening",
        "night", "that", "this", *_ABOUT})


#: Words that bound a time phrase's length ("Over a decade ago,", "More than a year ago,",
#: "Nearly two weeks later,"); a phrase of them ends only at a unit of time before a comma.
_ABOUT = frozenset({"over", "more", "than", "nearly", "almost", "about", "roughly", "some"})


#: Units of time: a number word is of a time phrase only with one of them ("two days ago,",
#: not "Hundreds, perhaps thousands, …").
_UNITS = frozenset({u + s for u in ("day", "week", "weekend", "month", "year", "hour", "minute", "decade")
                    for s in ("", "s")})


def _opening(toks: list, upto: int, g: Words, start: int = 0) -> int | None:
    """The first word of the sentence's subject (before ``upto``), up to four openers
    stepped over: a conjunction or sentence adverb ("And he …", "Then, however, Trump
    …") and clauses that end at a comma ("Asked about it, …", "When asked, …", "If he
    wins the presidency, …", "On Thursday, …")."""
    first = next((x for x in range(start, upto) if toks[x].word), None)
    for _ in range(4):
        if first is None:
            return None
        low = toks[first].low
        if low in g.LEAD_WORDS:
            # "But that morning, …", "Later this week, …", "However, …": a time phrase to the comma
            nxt = _time_phrase_to_comma(toks, first + 1, upto, g, alone=True) or first + 1
        elif low in _time_phrase(g) and (after := _time_phrase_to_comma(toks, first, upto, g)) is not None:
            nxt = after  # "Last week, …", "Late Monday, …"
        elif low in _clause_openers(g) or toks[first].low.endswith("ly") and first + 1 < upto and toks[first + 1].text == "," \
                or _participle_opens(toks, first, upto, g):
            comma = next((x for x in range(first, upto) if toks[x].text == ","), None)
            while comma is not None and comma + 1 < upto and is_tag(toks[comma + 1], g):
                # "After Sen. Klobuchar, D-Minn., spoke …, Biden said": the clause goes on past the tag
                after = next((x for x in range(comma + 1, upto) if toks[x].text == ","), None)
                comma = None if after is None else next((x for x in range(after + 1, upto) if toks[x].text == ","), None)
            if comma is None:
                return None
            nxt = _past_state(toks, comma, upto, g)
        else:
            break
        first = next((x for x in range(nxt, upto) if toks[x].word), None)
    return first


def _past_state(toks: list, comma: int, upto: int, g: Words) -> int:
    """The token after the comma that closes an opening clause, or after the state that
    follows the place it names and its comma ("At a rally in Portsmouth, N.H., on Tuesday,
    …", "Speaking in Salem, New Hampshire, Trump …": ``state_after_place`` of ``words.yaml``)."""
    after = next((x for x in range(comma + 1, min(upto, comma + 6)) if toks[x].text == ","), None)
    if g.STATE_AFTER_PLACE is None or after is None or not toks[comma - 1].cap:
        return comma + 1
    state = " ".join(t.text for t in toks[comma + 1:after]).replace(" .", ".")
    return after + 1 if g.STATE_AFTER_PLACE.match(state) else comma + 1


def _participle_opens(toks: list, first: int, upto: int, g: Words) -> bool:
    """A participle opens the sentence with its object or phrase, to a comma ("Following a
    meeting with …, the ministry", "Speaking to reporters, …", "Pointing to the attacks,
    …"): a capitalised word in -ing before a determiner, a preposition or a pronoun (not a
    name: "Pickering, sitting next to Issa", "Manning said")."""
    low = toks[first].low
    if not (toks[first].cap and low.endswith("ing") and len(low) > 5 and first + 1 < upto):
        return False
    nxt = toks[first + 1].low
    return nxt in g.DETERMINERS or nxt in leading_preps(g) or nxt in _PLACE_PREPS or nxt in g.PRONOUNS \
        or nxt in {"up", "out", "off", "down"} \
        or (not toks[first + 1].cap and nxt.endswith(("ed", "ing")) and len(nxt) > 5)  # "Facing mounting", "Having announced"


def _time_phrase_to_comma(toks: list, first: int, upto: int, g: Words, *, alone: bool = False) -> int | None:
    """The token after the comma that ends a time phrase opening at ``first`` ("Last week,
    …"), None when no comma ends one within four words. A phrase of determiners alone, or of
    no word, ends there only when ``alone`` (after a lead word: "However, …", "But that,
    …"; not "That, officials said, …")."""
    k = first
    while k < upto and k - first < 4 and (toks[k].low in _time_phrase(g) or toks[k].low.isdigit()):
        k += 1
    if k < upto and toks[k].text == "," and (alone or any(t.low not in g.DETERMINERS for t in toks[first:k])) and (
            all(t.low not in g.NUMBER_WORDS for t in toks[first:k]) or any(t.low in _UNITS for t in toks[first:k])):
        return k + 1
    return None


def _opening_past_quote(toks: list, upto: int, g: Words, facts) -> int | None:
    """:func:`_opening`, where a subject found inside a quotation that opens the sentence is
    no subject: the narrator's subject follows the quotation ("“It’s not going anywhere,” …
    Obama did not use the word, but said …": Obama, not "It")."""
    first = _opening(toks, upto, g)
    if first is None:
        return None
    q = facts.quote_at(toks[first].start)
    if q is None:
        return first
    after = next((x for x in range(first, upto) if toks[x].start >= q.end), None)
    narrator = None if after is None else _opening(toks, upto, g, after)
    return first if narrator is None else narrator
