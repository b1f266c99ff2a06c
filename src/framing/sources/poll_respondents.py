"""A poll's respondents speak for the poll: "Twenty-seven percent said it was the right
decision", "a plurality of Americans said they didn't know enough", "a third of voters also
said", "67% of poll respondents said" in a paragraph about a poll (gold/README.md, "Speaker
categories: conventions": `poll` holds polls, pollsters and respondents).

English. A speaker phrase that is a share of people — a number of percent ("37 percent",
"67%", "Twenty-seven percent"), a fraction or a majority of a group ("a third of voters", "a
plurality of Americans", "the majority of Democrats"), respondents or those polled — whose
cue stands in a paragraph that names a poll or a survey (or in the paragraph right after
one: "… a USA Today/Ipsos poll asked respondents … ¶ Twenty-seven percent said …") is the
poll's. A share outside such paragraphs ("half of the residents said") keeps its kind."""

from __future__ import annotations

import re

from .records import Attribution

__all__ = ["poll_respondents"]

_NUMBER = (r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
           r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?")
#: A share of people as the whole speaker phrase.
_SHARE = re.compile(
    r"(?:(?:a|an|the|just|only|about|nearly|almost|some|roughly|over|under|more\s+than|fewer\s+than|less\s+than)\s+)*"
    r"(?:" + _NUMBER + r"\s*(?:%|percent|per\s+cent)"
    r"|(?:" + _NUMBER + r"[- ])?(?:half|third|thirds|quarter|quarters|fifth|fifths|majority|plurality|minority))"
    r"(?:\s+of\s+(?:the\s+|all\s+|those\s+)?[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+){0,3})?"
    r"|(?:the\s+)?respondents|those\s+(?:polled|surveyed|questioned)",
    re.IGNORECASE)
#: The people a poll asks, for a share written with "many", "most" or "few" ("many Americans").
_PEOPLE = re.compile(r"(?i)^(?:many|most|few)\s+(?:of\s+(?:the\s+)?)?(?:americans|voters|adults|respondents|"
                     r"republicans|democrats|independents|people|britons|germans|french|israelis|palestinians)$")
_POLL = re.compile(r"(?i)\b(?:polls?|polled|polling|pollsters?|surveys?|surveyed|respondents)\b")


def _paragraph(text: str, i: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, len(text) if end < 0 else end


def _about_a_poll(text: str, i: int) -> bool:
    """The paragraph holding ``i``, or the non-empty one before it, names a poll or survey."""
    start, end = _paragraph(text, i)
    if _POLL.search(text, start, end):
        return True
    k = start - 1
    while k > 0 and text[k - 1] in "\n \t":
        k -= 1
    if k <= 0:
        return False
    p0, p1 = _paragraph(text, k - 1)
    return bool(_POLL.search(text, p0, p1))


def poll_respondents(text: str, atts: list[Attribution]) -> None:
    """Gives ``poll`` to the attributions whose speaker is a share of people in a paragraph
    about a poll (module docstring), where the gazetteer has that label (the caller's)."""
    for a in atts:
        if a.speaker is None or a.cue is None or a.nested:
            continue
        phrase = text[a.speaker[0]:a.speaker[1]].strip()
        if not phrase or not (_SHARE.fullmatch(phrase) or _PEOPLE.match(phrase)):
            continue
        if _about_a_poll(text, a.cue[0]):
            a.category = "poll"
    for a in atts:  # a quotation that goes on, "who" again: its attribution's
        f = a.extra.get("follows")
        if f is not None and f.category == "poll":
            a.category = "poll"
