"""Speakers not written: a verb with no subject of its own takes the speaker of the
attribution before it (:func:`_dropped`), a message with no author the body that reported
last (:func:`_issuer`); both copy what was read of that speaker (:func:`_copy`). Read by
:mod:`.clause_resolution`."""

from __future__ import annotations

from .clause_subjects import verb_number
from .clause_words import ClauseWords
from .records import NO_SPEAKER, Attribution

#: How far (sentences) a verb without a subject may stand from the attribution whose
#: speaker it is given.
SAFE_SENTENCES = 3


def _copy(a: Attribution, earlier: Attribution) -> None:
    a.canonical, a.category, a.speaker_type, a.head = earlier.canonical, earlier.category, earlier.speaker_type, earlier.head
    a.extra["gender"] = earlier.extra.get("gender", "")
    a.extra["named"] = earlier.extra.get("named", False)
    a.extra["roles"] = earlier.extra.get("roles", set())


def _issuer(a: Attribution, history: list, order: dict) -> None:
    """A message with no author named ("— говорится в сообщении"): the body that reported
    last, at most SAFE_SENTENCES sentences back, else no one."""
    a.category, a.speaker_type = NO_SPEAKER, "org"
    last = next((h for h in reversed(history) if h.canonical and h.speaker_type == "org" and h.kind != "according_to"),
                None)
    if last is None or (order and last.sentence in order and a.sentence in order
                        and order[a.sentence] - order[last.sentence] > SAFE_SENTENCES):
        return
    _copy(a, last)


def _dropped(a: Attribution, history: list, order: dict, text: str = "", w: ClauseWords | None = None) -> None:
    """A verb with no subject: the speaker of the attribution just before (a cited source,
    "selon X", left aside; a plural speaker before a singular verb too, :func:`verb_number`),
    when it had one, its gender does not conflict and it is at most SAFE_SENTENCES sentences
    back; a verb in the plural (``gender_endings``) only a speaker in the plural
    (``plural_nouns``: "قال المسؤولون … وأضافوا")."""
    a.category = NO_SPEAKER
    # the last attribution of a speaker; a source cited ("selon X", "وفقا لـ X") or an outlet
    # relaying another's words ("نقلت رويترز عن …") speaks no further; "Diputados locales se han
    # pronunciado … manifestó": a singular verb is not theirs
    single = w is not None and verb_number(text, a, w) == "s"
    last = next((h for h in reversed(history) if h.kind != "according_to" and not h.extra.get("relays") and not (
        single and (h.speaker_type == "plural" or verb_number(text, h, w) == "p"))), None)
    if not a.extra.get("dropped") or last is None or a.extra.get("relays"):
        return  # "ونقلت عن مصادر محلية": the outlet writing relays; no earlier speaker
    gender = a.extra.get("verb_gender", "")
    if not last.canonical or last.extra.get("first_person") or last.speaker_type not in {"person", "org", "plural"}:
        return
    if gender == "plural" and w is not None and w.PLURAL_NOUN is not None and (
            last.speaker_type == "plural" or w.PLURAL_NOUN.match(last.canonical.split()[0])):
        gender = ""  # "قال المسؤولون … وأضافوا": they, whatever gender the verb before them said
    if gender and last.extra.get("gender") and last.extra["gender"] != gender:
        # "قالت زاخاروفا … وقال لافروف … وأضافت": the verb's gender says the speaker before the last
        last = next((h for h in reversed(history) if h.kind != "according_to" and not h.extra.get("relays")
                     and h.extra.get("gender") != last.extra["gender"]), None)
        if last is None or last.extra.get("gender") != gender or not last.canonical or last.extra.get("first_person"):
            return
    if order and last.sentence in order and a.sentence in order and order[a.sentence] - order[last.sentence] > SAFE_SENTENCES:
        return
    _copy(a, last)
    a.extra["gender"] = gender or a.extra.get("gender", "")
