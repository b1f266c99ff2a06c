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
from .first_names import is_first_name
from .phrases import _is_head, leading_preps, looks_like_name, np_back, np_forward, plural, segment_start
from .records import Attribution, CueSite
from .words import Words

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


#: Words that open a relative clause: an appositive may hold one ("Kozak, who has been …, said").
_RELATIVES = {"who", "whose", "whom", "which", "where", "when"}


def finite_clause(seg: list, g: Words) -> bool:
    """A comma-closed segment that is a clause of its own, not an appositive: a form of
    "be" or "have" or a modal in it, and no relative pronoun before that ("are reportedly
    set to support", not "who has been an adviser")."""
    for t in seg:
        if t.low in _RELATIVES:
            return False
        if t.low in g.BE or t.low in g.MODALS or t.low in {"has", "have", "had"}:
            return t.low not in {"'s", "\u2019s"}
    return False


def aside_subject(toks: list, first: int, e: int, b: int, g: Words) -> bool:
    """The phrase ``toks[first:e]`` that opens a sentence, before an aside that runs to the
    comma before the cue (token ``b``) and holds no predicate of its subject (a segment opened
    by a finite verb: "Europeans expecting …, even with …, are likely to be disappointed, say
    analysts"), may
    speak: a name ("Wilcox and Beruff"), a phrase with a determiner, a capitalised phrase of
    people ("Proponents of the new bill, however, say", "Democratic senators, …"), or a
    description ending in a name ("Minnesota state delegate Mary Susan, clad in a red cape
    …, said", "state Rep. Gilda Cobb-Hunter, a member of …, recalled")."""
    relative = next((x for x in range(e, b) if toks[x].low in _RELATIVES), b)  # "who, like Tillerson, is new to …"
    commas = [x for x in range(e, relative) if toks[x].text == ","]
    if any(toks[x + 1].low in g.BE or toks[x + 1].low in g.MODALS or toks[x + 1].low in {"has", "have", "had"}
           for x in commas if x + 1 < b):
        return False
    if looks_like_name([t for t in toks[first:e] if t.low != "and"], g) or toks[first].low in g.DETERMINERS:
        return True
    if toks[first].cap and toks[first].low not in g.STOP | g.TIME_OR_PLACE and (plural(toks[first].low) or _is_head(toks[e - 1].low, g)):
        return True  # "Proponents of the new bill", "Senior U.S. leaders"; not "Without a compliant American bank"
    return e - first >= 3 and looks_like_name(toks[e - 2:e], g) and (
        toks[e - 3].low in g.PERSON_ROLES or toks[e - 3].low in g.TITLE_WORDS or toks[e - 3].low in g.TITLES
        or is_first_name(toks[e - 2].text))


def aside_subject_end(toks: list, first: int, e: int | None, b: int, g: Words) -> int | None:
    """Where the subject that opens at token ``first`` ends before an aside, given the end
    ``e`` :func:`.phrases.np_forward` read: after a name joined by "and" ("Wilcox and Beruff,
    a Sarasota Republican, argued"), or at the first comma when the words up to it are a
    noun phrase with no verb ("Minnesota state delegate Mary Susan, clad in …, said",
    "Critics on the other side, meanwhile, say")."""
    if e is not None and e + 1 < b and toks[e].low == "and" and toks[e + 1].cap:
        e = np_forward(toks, e + 1, b, g, subject=True)
    if e is not None and e < b and toks[e].low in {"who", "which"}:
        # "some voters who have listened …, on television …, said"; but "A little girl who became
        # … was not taken away …, says her father": a relative clause alone before the comma
        # may hold the sentence's verb
        return e if any(toks[x].text == "," for x in range(e, b)) else None
    if e is None or e >= b or toks[e].text in {",", "("}:
        return e
    comma = next((x for x in range(e, b) if toks[x].text == ","), None)
    if comma is None or comma - first > 8 or toks[first].low in leading_preps(g) or any(
            t.low in g.PAST_VERBS or t.low in g.BE or t.low in g.AUX or t.low in g.MODALS or not t.word
            or (not t.cap and t.low.endswith("ed"))
            for t in toks[first:comma]):
        return e
    return comma
