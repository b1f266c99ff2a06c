"""The phrase before an English cue that names its speaker: the four readings the rule
``before_cue`` of :mod:`.speakers` (rules ``subject``, ``name_appositive``, ``role_name``)
tries in turn.

``_noun_phrase_before``           X said / Kozak, a researcher at …, told
``_name_before_segments``         Hassan, 34, a father of three, said
``_appositive_closed_by_comma``   …, a woman living in …, told / The Governor of X, Ibrahim Samra, stated
``_subject_and_aside``            Sen. Jack Reed (D-R.I.), said / Eddie Griffin, who …, said

Apart from :mod:`.speakers` because they are one family — each reads only the tokens before
the cue and answers ``(rule, speaker, appositive, first token)`` or None — and the rules
reach them through one name, :func:`speaker_before`, leaving :mod:`.speakers` room for
its rules.
"""

from __future__ import annotations

from .listeners import aside_subject, aside_subject_end, finite_clause
from .non_speakers import possessor_start
from .openings import _not_subjects, _opening
from .phrases import adverbial, is_appositive, looks_like_name, np_back, np_forward, segment_start, trim
from .records import CueSite
from .words import Words


def speaker_before(site: CueSite):
    """``(rule, speaker, appositive, first token)`` of the first reading that finds the
    speaker's phrase before the cue; None when none does."""
    return (_noun_phrase_before(site) or _name_before_segments(site) or _appositive_closed_by_comma(site)
            or _subject_and_aside(site))


def _noun_phrase_before(site: CueSite):
    """``(rule, speaker, appositive, first token)`` for the noun phrase ending just before
    the cue ("Kozak, a researcher at …, told": the phrase is the appositive of the name)."""
    g = site.g
    b, toks, text = site.back, site.toks, site.text
    if not (b >= 0 and toks[b].word):
        return None
    st = np_back(toks, b, 0, g)
    if st is None:
        return None
    st = possessor_start(site, st)  # "Obama's stated goal"
    speaker = (toks[st].start, toks[b].end)
    if st >= 2 and toks[st - 1].text == "," and is_appositive(text, *speaker):
        nm = np_back(toks, st - 2, 0, g)
        if nm is not None and looks_like_name(toks[nm:st - 1], g) and not adverbial(toks, nm, g):
            return "name_appositive", (toks[nm].start, toks[st - 2].end), speaker, nm
    return "subject", speaker, None, st



def _name_before_segments(site: CueSite):
    """"Hassan, 34, a father of three, said": a name some comma-closed segments back."""
    g = site.g
    b, toks = site.back, site.toks
    if not (b >= 1 and toks[b].text == "," and toks[b - 1].word):
        return None
    k = b
    for _ in range(5):
        seg_start = segment_start(toks, k - 1)
        if seg_start is None or seg_start == 0 or toks[seg_start - 1].text != ",":
            return None
        if finite_clause(toks[seg_start:k], g):
            return None  # "…, Susan Collins of Maine, and John McCain, are set to support it, reported The Hill"
        k = seg_start - 1  # the comma before this segment
        nm = segment_start(toks, k - 1)
        if nm is not None and nm >= 1 and _state_of_place(site, nm - 1, (toks[nm].start, toks[k - 1].end)):
            continue  # "…, owner of a gym in Allston, Mass., where he boxed, had told": the place's state
        if nm is not None and looks_like_name(toks[nm:k], g) and not adverbial(toks, nm, g) and (
                nm == 0 or toks[nm - 1].text in {",", *g.CLOSE_MARKS} or toks[nm - 1].low in {"and", "but"}):
            return "name_appositive", (toks[nm].start, toks[k - 1].end), (toks[k + 1].start, toks[b - 1].end), nm
    return None



def _appositive_closed_by_comma(site: CueSite):
    """", a woman living in the Qasour neighborhood, told" (the name before it speaks) and
    "The Governor of Deir ez-Zour, Ibrahim Samra, stated" (the role speaks, the name is
    its appositive)."""
    g = site.g
    b, toks, text = site.back, site.toks, site.text
    if not (b >= 1 and toks[b].text == "," and toks[b - 1].word):
        return None
    ap_start = segment_start(toks, b - 1)
    if ap_start is None or ap_start < 2 or toks[ap_start - 1].text != ",":
        return None
    app = (toks[ap_start].start, toks[b - 1].end)
    if _state_of_place(site, ap_start - 1, app):
        # "the mayor of Austin, Texas, said": the place's state, no appositive name; the
        # phrase with its place speaks
        st = np_back(toks, ap_start - 2, 0, g)
        return ("subject", (toks[st].start, toks[b - 1].end), None, st) if st is not None else None
    if is_appositive(text, *app):
        nm = np_back(toks, ap_start - 2, 0, g)
        if nm is not None and (looks_like_name(toks[nm:ap_start - 1], g) or _role_and_name(toks, nm, ap_start - 1, g)) \
                and not adverbial(toks, nm, g):
            return "name_appositive", (toks[nm].start, toks[ap_start - 2].end), app, nm
        return None
    if looks_like_name(toks[ap_start:b], g):
        role = np_back(toks, ap_start - 2, 0, g)
        if role is not None:
            return "role_name", (toks[role].start, toks[ap_start - 2].end), app, role
    return None



def _role_and_name(toks: list, start: int, end: int, g: Words) -> bool:
    """"former CIA director Michael Hayden": a description that ends in a name of two
    words or more, opening a clause (after a closing mark, a comma or nothing)."""
    if end - start < 3 or not (start == 0 or toks[start - 1].text in {",", *g.CLOSE_MARKS}):
        return False
    return looks_like_name(toks[end - 2:end], g) and toks[end - 3].low in g.PERSON_ROLES | g.TITLE_WORDS



def _subject_and_aside(site: CueSite):
    """"Sen. Jack Reed (D-R.I.), said", "Eddie Griffin, who at the time was …, said",
    "“…,” Mitch McConnell, R-Ky., said": the subject of the sentence (after a leading
    quotation), then an aside set off by a comma or a parenthesis that runs to the comma
    before the cue."""
    g = site.g
    b, toks = site.back, site.toks
    if not (b >= 2 and toks[b].text == ","):
        return None
    start = next((k + 1 for k in range(b - 1, -1, -1) if toks[k].text in g.CLOSE_MARKS), 0)
    first = _opening(toks, b, g, start)
    if first is None or toks[first].low in _not_subjects(g):
        return None
    e = aside_subject_end(toks, first, np_forward(toks, first, b, g, subject=True), b, g)
    if e is None or e >= b or toks[e].text not in {",", "(", "who", "which"} or e + 1 >= b:
        return None  # "Sen. Jack Reed (D-R.I.), said", "some voters who have listened …, on television …, said"
    speaker = (toks[first].start, toks[e - 1].end)
    if not aside_subject(toks, first, e, b, g):
        return None
    aside = trim(site.text, toks[e].end, toks[b].start, " \t\r\n\u00a0,;:()")
    if _state_of_place(site, e, aside):
        return "subject", (speaker[0], aside[1]), None, first  # "Residents of Watertown, Mass., told"
    return "name_appositive", speaker, aside if aside[1] > aside[0] else None, first



def _state_of_place(site: CueSite, comma: int, span: tuple) -> bool:
    """The words ``span`` after the comma ``comma`` are the state of the place before it
    ("Watertown, Mass.,", "Austin, Texas,": ``state_after_place``), no name of the speaker."""
    g, toks = site.g, site.toks
    return g.STATE_AFTER_PLACE is not None and comma >= 1 and toks[comma].text == "," and toks[comma - 1].cap \
        and span[1] > span[0] and g.STATE_AFTER_PLACE.match(site.text, *span) is not None
