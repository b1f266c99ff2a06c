"""Pronouns across a named subject: the people and bodies a text talks about between its
attributions.

A pronoun that speaks ("he said") most often stands for the subject of the sentences just
before it, whether or not that subject said anything: "Sen. Jeff Sessions (R., Ala.) has
been rallying opposition … Monday, he said that …"; "Independent Vermont Senator Bernie
Sanders … hailed the vote. “Today we tell …,” he said."; "Trump doubled down … in a series
of tweets in which he said …". :class:`Subjects` reads those subjects — the noun phrase that
opens a sentence, leading adverbials and clauses to a comma stepped over, never inside a
quotation — when a pronoun asks, sentence by sentence back from the pronoun to the last
attribution (whose speaker the resolution already knows) and no further than
:data:`SENTENCES` sentences.
"""

from __future__ import annotations

import bisect

from .._sentences import sentence_rules, split_sentences
from ..text import TextFacts
from .openings import _not_subjects, _opening
from .people import _stop_words
from .phrases import _is_head, looks_like_name, np_forward, tokenize
from .words import Words

__all__ = ["Subjects", "SENTENCES"]

#: How many sentences back from a pronoun a subject is looked for.
SENTENCES = 4
#: The characters of a sentence read for its subject (a subject opens it).
_READ = 130


class Subjects:
    """The subjects of a text's sentences, read when first asked (most texts ask for few)."""

    def __init__(self, text: str, facts: TextFacts | None, g: Words):
        self.text, self.g = text, g
        self._facts = facts
        self._paragraphs: list | None = None
        self._starts: list = []
        self._sentences: dict = {}
        self._subject: dict = {}

    @property
    def facts(self) -> TextFacts:
        if self._facts is None:
            from ..text import analyze  # only for a caller that passed no facts

            self._facts = analyze(self.text, self.g.language)
        return self._facts

    def _paragraph_spans(self) -> list:
        if self._paragraphs is None:
            end = self.facts.body_end
            self._paragraphs = [(s, min(e, end)) for s, e in self.facts.paragraph_spans(self.text) if s < end]
            self._starts = [s for s, _ in self._paragraphs]
        return self._paragraphs

    def _sentences_of(self, k: int) -> list:
        found = self._sentences.get(k)
        if found is None:
            ps, pe = self._paragraphs[k]
            dateline = self.g.DATELINE
            m = dateline.match(self.text, ps, pe) if dateline is not None else None
            if m is not None:
                ps = m.end()  # "WASHINGTON —" is where it was filed, no subject
            found = self._sentences[k] = split_sentences(self.text, ps, pe, sentence_rules(self.g.language)) \
                if pe > ps else []
        return found

    def before(self, pos: int, bound: int) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
        """The subjects that stand before ``pos``, nearest first, each ``(span, name in
        apposition or None)``: the subject of the sentence
        holding ``pos`` if it ends before it, then those of the sentences before, up to
        :data:`SENTENCES` of them, none of which may start before ``bound``."""
        self._paragraph_spans()
        k = bisect.bisect_right(self._starts, pos) - 1
        out: list = []
        seen = 0
        while k >= 0:
            for s, e in reversed(self._sentences_of(k)):
                if s > pos:
                    continue
                if s < bound or seen == SENTENCES:
                    return out
                seen += 1
                found = self._subject_of(s, min(e, pos))
                if found is not None and found[0][1] <= pos:
                    out.append(found)
                if e > pos and (clause := self._clause_subject(s, pos)) is not None:
                    out.append((clause, None))
            k -= 1
        return out

    def _clause_subject(self, s: int, pos: int) -> tuple[int, int] | None:
        """The subject of the subordinate clause that opens the sentence holding ``pos``
        ("While Rep. Adam Kinzinger … expressed his hope … whom he described …", "After
        Kinzinger met the president, he said …"): the noun phrase right after the
        conjunction (``subordinators``), when a verb follows it and it ends before ``pos``; not
        a pronoun, nor inside a quotation."""
        g = self.g
        if not g.SUBORDINATORS:
            return None
        toks = tokenize(self.text, s, min(pos, s + _READ), g)
        first = next((k for k, t in enumerate(toks) if t.word), None)
        if first is None or toks[first].low not in g.SUBORDINATORS or first + 1 >= len(toks) \
                or self.facts.quote_at(toks[first].start) is not None or toks[first + 1].low in g.PRONOUNS:
            return None
        end = np_forward(toks, first + 1, len(toks), g, subject=True)
        if end is not None:
            end = _verb_after_head(toks, first + 1, end, g)
        if end is None or toks[end - 1].text.endswith(("'s", "’s")) or not _verb_follows(toks, end, g):
            return None  # "After the meeting, he said", "After Trump's speech, …": a preposition's object, no clause
        return (toks[first + 1].start, toks[end - 1].end)

    def _subject_of(self, s: int, e: int):
        key = (s, e)
        if key not in self._subject:
            self._subject[key] = self._read_subject(s, e)
        return self._subject[key]

    def _read_subject(self, s: int, e: int):
        g, facts = self.g, self.facts
        end = min(e, s + _READ)
        while end < e and self.text[end].isalnum():
            end += 1  # not inside a word
        toks = tokenize(self.text, s, end, g)
        if not toks or facts.quote_at(toks[0].start) is not None or facts.quote_starting_at(toks[0].start) is not None:
            return None  # a quotation opens the sentence: its words are another's
        start = 0
        for _ in range(3):
            first = _opening(toks, len(toks), g, start)
            if first is None or toks[first].low in _not_subjects(g):
                return None
            end = np_forward(toks, first, len(toks), g, subject=True)
            if end is None:
                return None
            if not (end < len(toks) and toks[end].text == "," and all(_adverb(t.low, g) for t in toks[first:end])):
                break
            start = end + 1  # "Already, Sen. Jeff Sessions …", "Late Monday, U.S. Rep. …": words of time or manner
        else:
            return None
        end = _verb_after_head(toks, first, end, g)
        span = (toks[first].start, toks[end - 1].end)
        if facts.quote_at(span[0]) is not None:
            return None
        if end + 2 < len(toks) and toks[end].text == "," and toks[end + 1].cap and toks[first].low in g.DETERMINERS:
            # "But the winner, Brian Kemp, is campaigning …": the name in apposition to a
            # description says who (not "Speaker Nancy Pelosi, California Democrat, …")
            stop = next((k for k in range(end + 1, min(end + 7, len(toks))) if not toks[k].word), None)
            if stop is not None and toks[stop].text == "," and looks_like_name(toks[end + 1:stop], g):
                return span, (toks[end + 1].start, toks[stop - 1].end)
        return span, None


def _verb_follows(toks: list, k: int, g: Words) -> bool:
    """A finite verb stands at token ``k``, adverbs and auxiliaries stepped over ("Russia
    disputes", "Trump once expressed", "Kinzinger has repeatedly referenced", "sources who
    spoke"); not a noun or a participle the phrase read short ("… leaders press President
    Obama for …", "the CIA talking points")."""
    while k < len(toks) and toks[k].word and not toks[k].cap and toks[k].low in g.AUX and toks[k].low != "who":
        if toks[k].low in g.PAST_VERBS or toks[k].low in g.MODALS:
            return True  # "Ciancia has no known history", "Russia will …"
        k += 1
    if k >= len(toks) or not toks[k].word or toks[k].cap:
        return False
    low = toks[k].low
    return low == "who" or low in g.PAST_VERBS or low in g.PRESENT_VERBS or low in g.BE or low in g.MODALS \
        or low.endswith("ed") or (low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3)


def _adverb(low: str, g: Words) -> bool:
    """A word that opens a sentence before a comma and is no subject ("Already", "Monday")."""
    return low in g.WEEKDAYS or low in g.TIME_WORDS or low in _stop_words(g) or low.endswith("ly") or low in _TIME_MODIFIERS


#: Words of a time phrase besides the time words ("Late Monday", "Earlier this week").
_TIME_MODIFIERS = {"late", "early", "earlier", "last", "next", "this", "that", "on", "in"}


#: Words after a verb that a noun phrase does not go on with ("read aloud a quote", "plan to march").
_AFTER_VERB = {"to", "that", "aloud", "again", "also", "back", "out", "up", "down", "not"}


def _verb_after_head(toks: list, first: int, end: int, g: Words) -> int:
    """Where a subject read by :func:`.phrases.np_forward` ends when a verb in the present
    follows its head ("the ambassador read aloud a quote", "A dozen gun rights supporters
    plan to march"): before a lower-case word after a head noun or a name that is followed
    by a determiner, a pronoun, an adverb or "to"."""
    for k in range(first + 1, min(end, len(toks) - 1)):
        prev, t, nxt = toks[k - 1], toks[k], toks[k + 1]
        if t.cap or not t.word or t.low in g.DETERMINERS or t.low in {"of", "for"}:
            continue
        if (prev.cap or _is_head(prev.low, g)) and (nxt.low in g.DETERMINERS or nxt.low in g.PRONOUNS
                                                   or nxt.low in _AFTER_VERB or (nxt.low.endswith("ly") and not nxt.cap)):  # not "and Italy"
            return k
    return end
