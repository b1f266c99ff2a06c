"""Words relayed by an outlet (``relays`` of a language's ``words.yaml``): "نقلت رويترز عن
فضل حسن أن …", "ونقلت عن الشرعية اليمنية …", "طبقا لما نقلت الوكالات عما قالته الجامعة".
The source after the relay's preposition speaks: its attribution comes first, with the
relaying outlet's as a second one of the same words (``extra["relays"]``), which a later
verb with no subject does not take for its speaker (:mod:`.clause_resolution`). A relay
with no preposition publishes a speech the noun before it names ("قال … في تصريحات نشرتها
وسائل إعلام محلية إن …": ``speech_nouns``): the outlet after it is the second attribution.
"""

from __future__ import annotations

from .clause_phrases import _skip_forward, np_after
from .clause_vso import saying, settings
from .clauses import _content_after, _Site
from .records import Attribution

__all__ = ["relayed"]

#: How many tokens after the cue the relay's preposition may stand ("ونقلت وكالة الأنباء
#: الرسمية (سانا)، من جهتها، عن مصدر عسكري").
_REACH = 14


def relayed(site: _Site, att: Attribution) -> list[Attribution]:
    """``[att]``, or ``[the source's attribution, att]`` where the cue relays another's
    words (module docstring)."""
    w, toks, cues = site.w, site.toks, site.cues
    s = settings(w)
    relays = s.RELAYS
    if not relays:
        return [att]
    words = site.form.split()
    lemma = s.canon(site.lemma)
    if lemma not in relays:
        lemma = s.canon(cues.lemma_of(words[-1]) or "") if words else ""
    if lemma not in relays:
        return [att]
    preps = relays[lemma]
    if not preps:
        # "في تصريحات نشرتها وسائل إعلام محلية": the speech the noun before names, published
        # by the outlet after the verb (:func:`.clause_vso.before_verb` checks the noun)
        att.extra["relays"] = True
        return [att] if att.speaker is not None else []
    k = next((x for x in range(site.cj + 1, min(len(toks), site.cj + _REACH))
              if s.canon(toks[x].low) in preps and toks[x].start < att.content[1]), None)
    if k is None or (att.speaker is not None and att.speaker[0] > toks[k].start):
        return [att]
    i, cue, lemma = k + 1, att.cue, att.cue_lemma
    relative = next((r for r in w.FRONTED_RELATIVES if toks[k].low.endswith(r) and toks[k].low != r), None)
    if relative is not None:
        # "عما قالته الجامعة": the relative joined to the preposition, a verb of saying after it
        if i >= len(toks) or not saying(toks[i].low, cues, w):
            return [att]
        cue, lemma = (toks[i].start, toks[i].end), cues.lemma_of(toks[i].low) or site.lemma
        i += 1
    i = _skip_forward(toks, i, w)
    e = np_after(toks, i, len(toks), w) if i < len(toks) else None
    if e is None or toks[i].low in w.PRONOUNS:
        return [att]
    content = att.content
    said = e < len(toks) and toks[e].word and toks[e].low in w.STOP and toks[e].low not in w.COMPLEMENTIZERS \
        and toks[e].low not in w.PREPS  # "عن المصدر قوله إن …"
    if content[0] < toks[e - 1].end or said:
        # "ونقلت عن الشرعية اليمنية أمس التحرير …": the words after the source
        content = _content_after(site, e + said) or content
        att.content = content
    source = Attribution((toks[i].start, toks[e - 1].end), cue, lemma, content, att.sentence, nested=att.nested,
                         rule="relayed")
    att.extra["relays"] = True
    return [source, att]
