"""Sourcing: who is quoted or cited, how, and with which verb.

:func:`find_attributions` finds reporting expressions ("said", "told", "according to",
"claimed" …; the cue table, :mod:`framing.cues`) by rule — no model or downloaded data is
needed — and for each one the speaker, the reported content and the kind of attribution:

* ``direct`` — the content is a quotation: “…,” he said.
* ``indirect`` — a paraphrase: Moscow said a Russian warship fired cruise missiles.
* ``mixed`` — a paraphrase with quoted words in it: its success would be “one of …,” wrote X.
* ``according_to`` — according to X, …

The pipeline, one module each: cues are found and those that are not reports dropped
(:mod:`.pipeline`); tokens and noun phrases (:mod:`.phrases`); the speaker by named rules
(:mod:`.speakers`); the listener (:mod:`.listeners`); what describes a speaker and is not
the speaker: party tags, home states (:mod:`.descriptions`); the content (:mod:`.content`);
pronouns, "the source" and surnames
resolved (:mod:`.resolution`); speakers put in categories by a gazetteer (``news`` by
default; any lexicon whose labels are categories will do) (:mod:`.classification`); the
table (:mod:`.attributions`), one id per person (:mod:`.people`), the profile per group
(:mod:`.profile`) and the most quoted sources of each group (:mod:`.top`).
"""

from . import records as _records
from .attributions import ATTRIBUTION_COLUMNS, chunk_rows, find_attributions, iter_attributions, link_speakers
from .profile import PROFILE_COLUMNS, sourcing_profile
from .records import LOOKBACK, WINDOW
from .top import TOP_SOURCES_COLUMNS, top_sources

__all__ = [
    "find_attributions",
    "iter_attributions",
    "link_speakers",
    "sourcing_profile",
    "top_sources",
    "TOP_SOURCES_COLUMNS",
    "ATTRIBUTION_COLUMNS",
    "PROFILE_COLUMNS",
    "CUE_LEMMAS",
    "DISTANCING_CUES",
    "SPEECH_CUES",
    "CUES",
    "WINDOW",
    "LOOKBACK",
    "chunk_rows",
]


def __getattr__(name: str):
    # English's cue table (CUES, CUE_LEMMAS, DISTANCING_CUES, SPEECH_CUES), read when first asked for
    return getattr(_records, name)
