"""Who is spoken to: the listener of an attribution (the ``addressee`` column).

The object of a verb that takes a listener ("told reporters", "urged the president",
"asked the judge": ``object: true`` in the cue table), the phrase after "to" ("wrote to
the committee", "said to reporters"), and the other side of an interview, a letter or a
call ("said in an interview with CNN", "In a letter to Congress, X wrote"). The listener
is never the speaker: a rule that would read "“…,” X, who …, told Fox News" as spoken by
Fox News asks first for the name before the aside (:func:`speaker_before_aside`).
"""

from __future__ import annotations

import re

from .content import object_end
from .phrases import looks_like_name, np_back, segment_start
from .records import Attribution, CueSite

#: Words after a listener verb that open what was said or asked, not a listener.
_NOT_LISTENER = {"that", "whether", "if", "about", "what", "how", "why", "who", "whom", "when", "where", "which", "to",
                 "for", "on", "of", "it", "this", "so", "again", "instead", "too", "also", "then", "now", "later"}
#: Object pronouns a listener may be.
_OBJECT = {"him", "her", "them", "me", "us", "you"}
#: "in an interview with CNN", "in a letter to Congress", "on a call with reporters" (the
#: lookahead, the first letters of the nouns, spares the search trying each at every place).
_MEDIUM = re.compile(r"\b(?=[abceilmnrst])(?:interviews?|conversations?|calls?|letters?|e-?mails?|messages?|remarks|statements?|"
                     r"speech(?:es)?|meetings?|talks?|briefings?|memos?|notes?|appearances?)\s+(?:with|to|on)\s+(?=\S)",
                     re.IGNORECASE)
_MEDIUM_REACH = 90  # characters after the cue, or before the speaker, where such a phrase is looked for


def _phrase(toks: list, i: int, g) -> tuple[int, int] | None:
    """The noun phrase at token ``i`` as a span, or None."""
    if i >= len(toks) or not toks[i].word:
        return None
    low = toks[i].low
    if low in _NOT_LISTENER or (low in g.PRONOUNS and low not in _OBJECT):
        return None
    if low in _OBJECT:
        return toks[i].start, toks[i].end
    e = object_end(toks, i, g)
    if e is None or e <= i:
        return None
    return toks[i].start, toks[e - 1].end


def _at(toks: list, pos: int) -> int:
    """The index of the token starting at or after ``pos``."""
    return next((k for k, t in enumerate(toks) if t.start >= pos), len(toks))


def addressee(site: CueSite, att: Attribution) -> tuple[int, int] | None:
    """The span of the listener of the attribution of ``site``, or None when none is named."""
    g, toks, i = site.g, site.toks, site.cj + 1
    if att.rule == "passive_by":
        return None  # "Reporters were told by Smith": set by the rule that read the passive
    if site.lemma in site.cues.takes_object and i < len(toks):
        found = _phrase(toks, i, g)
        if found is not None and (att.speaker is None or found[0] != att.speaker[0]):
            return found
    if i + 1 < len(toks) and toks[i].low == "to" and (
            toks[i + 1].cap or toks[i + 1].low in g.DETERMINERS or toks[i + 1].low in _OBJECT):
        found = _phrase(toks, i + 1, g)  # "wrote to the committee", "said to reporters"
        if found is not None:
            return found
    text, (ws, we) = site.text, site.window
    m = _MEDIUM.search(text, site.ce, min(we, site.ce + _MEDIUM_REACH))
    if m is None and att.speaker is not None and att.speaker[0] < site.cs:
        # "In an interview with CNN, Smith said": the phrase opens the sentence
        m = _MEDIUM.search(text, max(ws, att.speaker[0] - _MEDIUM_REACH), att.speaker[0])
    if m is not None and not att.content[0] <= m.start() < att.content[1]:
        # (not a call or letter the content speaks of: "Assad called it … in a phone call
        # with soldiers, SANA reported")
        return _phrase(toks, _at(toks, m.end()), g)
    return None


def speaker_before_aside(site: CueSite) -> tuple[tuple[int, int], int] | None:
    """``(name span, first token)`` of the name before an aside that ends at the cue:
    "diGenova, who has been an adviser to the president, told", "A handful — including
    Senator John McCain — urged". None when no name stands there."""
    g, toks, b = site.g, site.toks, site.back
    if b < 1 or toks[b].word:
        return None
    if toks[b].text in g.DASHES:
        # "A handful of senators — including Senator John McCain — urged": the phrase before the dash
        k = next((x for x in range(b - 1, max(-1, b - 30), -1) if toks[x].text in g.DASHES), None)
        if k is None or k < 1 or not toks[k - 1].word:
            return None
        st = np_back(toks, k - 1, 0, g)
        return None if st is None else ((toks[st].start, toks[k - 1].end), st)
    if toks[b].text != ",":
        return None
    k = b
    for _ in range(4):  # step back over comma-closed segments: ", who …, ", ", 42, "
        seg = segment_start(toks, k - 1)
        if seg is None or seg < 2 or toks[seg - 1].text != ",":
            return None
        k = seg - 1
        nm = segment_start(toks, k - 1)
        if nm is not None and looks_like_name(toks[nm:k], g):
            return (toks[nm].start, toks[k - 1].end), nm
    return None
