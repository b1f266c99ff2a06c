"""The records the pipeline passes along — an attribution as found, the site of one cue —
and the constants that bound the search."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ..cues import CueTable, cues_of
from ..text import TextFacts
from .words import Words

#: Characters on each side of a cue within which its speaker and content are looked for.
WINDOW = 1000
#: How many earlier attributions a pronoun or "the source" may reach back to.
LOOKBACK = 50

# English's cue table and what follows from it, read on first use (not at import): CUES
# (``framing/lang/en/cues.yaml``, :mod:`framing.cues`; ``find_attributions(cues=...)``
# takes a table of your own, and a corpus in another language its language's),
# CUE_LEMMAS, DISTANCING_CUES (cues that keep the reporter's distance from the claim) and
# SPEECH_CUES (lemmas of verbs of saying; evidential verbs such as "find" are not).
_LAZY = {"CUES": lambda t: t, "CUE_LEMMAS": lambda t: t.lemmas, "DISTANCING_CUES": lambda t: t.distancing,
         "SPEECH_CUES": lambda t: t.speech}


def __getattr__(name: str):
    if name in _LAZY:
        return _LAZY[name](cues_of("en"))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: The speaker category of an attribution with no speaker ("Asked whether …, 75 percent
#: said yes": the question is reported, its asker not named).
NO_SPEAKER = "no_speaker"

_COLON = re.compile(r"\s*[:,]\s*")


@dataclass
class Attribution:
    """One attribution as found; resolution and classification fill in the rest.
    Offsets index the text; ``rule`` names the speaker rule that found it."""

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
    rule: str = ""
    #: the listener ("told reporters", "in an interview with CNN"), or None
    addressee: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict)


class CueSite(NamedTuple):
    """Everything the speaker rules read about one cue (immutable: a named tuple, quick to
    make once per cue).

    ``toks`` are the tokens of the cue's window (``window``: at most :data:`WINDOW`
    characters on each side, within its sentence ``sent``); ``ci`` and ``cj`` the first and
    last token of the cue, ``cs``/``ce`` its span; ``back`` the token before the cue once
    auxiliaries, adverbs and time phrases are stepped over (-1: none); ``participle`` the
    cue ends in -ing; ``nested`` it stands inside a quotation; ``earlier`` the attributions
    already found in the text."""

    text: str
    facts: TextFacts
    toks: list
    ci: int
    cj: int
    cs: int
    ce: int
    lemma: str
    sent: tuple[int, int]
    window: tuple[int, int]
    nested: bool
    earlier: list
    cues: CueTable
    #: the language's grammar words (:mod:`.words`)
    g: Words
    back: int = -1
    participle: bool = False
    #: The token before the cue and after it (None at the window's edge) and the cue as
    #: written, lower-cased.
    prev: object = None
    nxt: object = None
    form: str = ""

    def found(self, speaker, content, appositive=None, *, rule: str) -> Attribution:
        """The attribution of this cue with ``speaker`` and ``content`` (spans)."""
        return Attribution(speaker, (self.cs, self.ce), self.lemma, content, self.sent, appositive, nested=self.nested,
                           rule=rule)

    def clause_follows(self, *, colon: bool) -> bool:
        """"that" or an opening quotation mark follows the cue (and, with ``colon``, a
        colon and a quotation)."""
        nxt = self.nxt
        if nxt is None:
            return False
        return nxt.low == "that" or nxt.text in self.g.OPEN_Q or (colon and self.colon_quote())

    def colon_quote(self) -> bool:
        """A colon or a comma, then a quotation, follow the cue ("Mook agreed: “…”",
        "stood chanting, “Hillary!”")."""
        m = _COLON.match(self.text, self.ce)
        return m is not None and self.facts.quote_starting_at(m.end()) is not None

    def tok(self, i: int):
        """The token at ``i``, or None outside the window."""
        return self.toks[i] if 0 <= i < len(self.toks) else None
