"""A body named by a generic noun, in a language whose agencies write so (Russian:
"Министерство экологии … объявило конкурс … Об этом сообщает пресс-служба ведомства", "Ученые
МГУ … изучили …, сообщила пресс-служба вуза"): the generic noun ("ведомство", "вуз", in any
case) stands for the first body of its kind the text named before it, the kind said by a
pattern of its names (``generic_bodies`` of the language's words.yaml: a ministry's name for
"ведомство", a university's acronym for "вуз"). Read after the speakers are resolved
(:mod:`.clause_resolution`), so that what copied the generic speaker ("— говорится в
сообщении") is named too."""

from __future__ import annotations

import re

from .clause_words import ClauseWords
from .records import Attribution

__all__ = ["name_generic_bodies", "name_definite_bodies", "name_anaphoric_bodies"]


def name_generic_bodies(text: str, atts: list[Attribution], w: ClauseWords) -> None:
    """Give each speaker named by a generic noun the body it stands for (module docstring), unless another body spoke
    between its naming and the speaker."""
    if not w.GENERIC_BODIES:
        return
    for n, a in enumerate(atts):
        words = a.canonical.split() if isinstance(a.canonical, str) else []
        k = next((x for x, word in enumerate(words) for stem in w.GENERIC_BODIES if word.lower().startswith(stem)), None)
        if k is None:
            continue
        stem = next(s for s in w.GENERIC_BODIES if words[k].lower().startswith(s))
        at = min(x[0] for x in (a.speaker, a.cue) if x is not None) if (a.speaker or a.cue) else 0
        found = next(iter(w.GENERIC_BODIES[stem].finditer(text, 0, at)), None)
        if found is not None and not _other_body_spoke(atts[:n], found, at):
            name = found.group().split()
            ending = words[k][len(stem):].lower()
            if len(ending) == 1 and name[0][-1:] in "оа" and name[0][-1:].islower():
                name[0] = name[0][:-1] + ending  # "пресс-служба ведомства": "… Министерства …", its case
            a.canonical = " ".join(words[:k] + name)
            a.speaker_type = "org"


def _other_body_spoke(before: list[Attribution], found, at: int) -> bool:
    """Another body spoke between the naming of ``found`` and ``at`` ("… сообщили в Минобороны.
    В Роспотребнадзоре уточнили … Также в ведомстве отметили": which body is "ведомство" is not
    said)."""
    last = found.group().split()[-1]
    return any(h.speaker_type == "org" and isinstance(h.canonical, str) and last not in h.canonical.split()
               and found.end() <= min(x[0] for x in (h.speaker, h.cue) if x is not None) < at
               for h in before if h.speaker or h.cue)


#: a body's name after its kind's noun: one to three capitalised words, or an acronym in brackets
_BODY_NAME = r"(?:[ \u00a0]+((?:[A-ZÄÖÜ][\w&-]*)(?:[ \u00a0]+[A-ZÄÖÜ][\w&-]*){0,2})|[^.,;()\n]{0,30}?\(([A-ZÄÖÜ][A-ZÄÖÜ0-9-]{1,7})\))"


def name_definite_bodies(text: str, atts: list[Attribution], w: ClauseWords) -> None:
    """A body said by its article and its kind's noun alone (``definite_bodies``, German: "Die
    Gewerkschaft forderte", "Die Notenbank erklärte") is the body the text named last before it
    with that noun, or a compound ending in it, and its name after it ("Die Gewerkschaft Verdi",
    "die US-Notenbank Fed", "der Internationalen Organisation für Migration (IOM)"): its name."""
    if not w.DEFINITE_BODIES:
        return
    for a in atts:
        words = a.canonical.split() if isinstance(a.canonical, str) else []
        if len(words) != 2 or words[0].lower() not in w.DEFINITE or not words[1][:1].isupper() or not (a.speaker or a.cue):
            continue
        noun = words[1].lower().rsplit("-", 1)[-1]  # "US-Notenbank": "Notenbank", as the text may name it
        if not any(noun.endswith(b) for b in w.DEFINITE_BODIES):
            continue
        at = min(x[0] for x in (a.speaker, a.cue) if x is not None)
        found = [*re.finditer(r"(?i:[\w-]*" + re.escape(noun) + r"\w{0,2})\b" + _BODY_NAME, text[:at])][-1:]
        if found:
            found = found[0]
            a.canonical, a.speaker_type = found.group(1) or found.group(2), "org"


def name_anaphoric_bodies(text: str, atts: list[Attribution], w: ClauseWords) -> None:
    """A body said by its definite article and a noun of its kind alone (``anaphoric_bodies``:
    "El Ministerio de Defensa informó … La cartera añadió", "La empresa Tesla anunció … La
    compañía añadió", "Das ICMPD teilte mit … Die Organisation betonte") is the body that spoke
    last before it, when that one was named (not itself such a noun) and no person spoke
    between them; else it stays as written."""
    if not w.ANAPHORIC_BODIES:
        return
    for n, a in enumerate(atts):
        words = a.canonical.lower().split() if isinstance(a.canonical, str) else []
        if len(words) != 2 or words[0] not in w.DEFINITE or words[1] not in w.ANAPHORIC_BODIES:
            continue
        last = next((h for h in reversed(atts[:n]) if h.kind != "according_to" and isinstance(h.canonical, str)
                     and h.canonical.strip()), None)
        said = last.canonical.lower().split() if last is not None else []
        # a body, or a name with its definite article and no role ("Die SPD", "Das ICMPD": no person's)
        body = last is not None and (last.speaker_type == "org" or last.extra.get("named") and not last.extra.get("roles")
                                     and said[0] in w.DEFINITE and len(said) > 1)
        if not body or said[-1] in w.ANAPHORIC_BODIES:
            continue
        a.canonical = last.canonical  # its category as its own noun says where the name's says none ("Die Partei")
        a.category = a.category if last.category == "unclassified" else last.category

