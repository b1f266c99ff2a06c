"""Words relayed by an outlet (``relays`` of a language's ``words.yaml``): "نقلت رويترز عن
فضل حسن أن …", "ونقلت عن الشرعية اليمنية …", "طبقا لما نقلت الوكالات عما قالته الجامعة".
The source after the relay's preposition speaks: its attribution comes first, with the
relaying outlet's as a second one of the same words (``extra["relays"]``), which a later
verb with no subject does not take for its speaker (:mod:`.clause_resolution`). A relay
with no preposition publishes a speech the noun before it names ("قال … في تصريحات نشرتها
وسائل إعلام محلية إن …": ``speech_nouns``): the outlet after it is the second attribution.

A verb of quoting (``quoting``: Russian "цитирует") names the outlet in the nominative and the
one it quotes in the accusative, in either order ("«…», — цитирует ТАСС представителя армии",
"— цитирует пресс-служба СФУ Николая Еркаева", "— цитирует Ивана Петрова издание"): the one
quoted speaks first (rule "quoted"), the outlet relays.
"""

from __future__ import annotations

from .clause_cases import known_word, nominative_name
from .clause_phrases import _skip_forward, np_after
from .clause_vso import saying, settings
from .clause_words import role_of
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
    if s.QUOTING and s.canon(site.lemma) in s.QUOTING:
        return _quoted(site, att)
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


def _quoted(site: _Site, att: Attribution) -> list[Attribution]:
    """``[the one quoted, the outlet]`` of a verb of quoting whose speaker phrase holds both
    (module docstring), else ``[att]``."""
    w, toks = site.w, site.toks
    if att.speaker is None:
        return [att]
    span = [k for k, t in enumerate(toks) if att.speaker[0] <= t.start and t.end <= att.speaker[1]]
    if not span:
        return [att]
    a, b = span[0], span[-1] + 1
    if site.cj + 1 < a and all(toks[x].word for x in range(site.cj + 1, a)):
        a = site.cj + 1  # "цитирует ТАСС Марию Захарову": the outlet, read as one told, is the subject
    if b - a < 2:
        return [att]
    y = _accusative_at(toks, a, b, w)
    if y is None or y[0] == a and y[1] >= b:
        return [att]
    if y[0] == a:  # "цитирует Ивана Петрова ТАСС": the one quoted first
        quoted, outlet = (a, y[1]), (y[1], b)
    else:
        quoted, outlet = (y[0], b), (a, y[0])
    source = Attribution((toks[quoted[0]].start, toks[quoted[1] - 1].end), att.cue, att.cue_lemma, att.content,
                         att.sentence, nested=att.nested, rule="quoted")
    att.speaker = (toks[outlet[0]].start, toks[outlet[1] - 1].end)
    att.extra["relays"] = True
    return [source, att]


def _accusative_at(toks: list, a: int, b: int, w) -> tuple[int, int] | None:
    """Where the phrase in the accusative opens in ``toks[a:b]`` and where its name ends: a
    role's word in an oblique form ("представителя", "профессора"), or a run of capitalised
    words, no acronym, that a case form of a name is ("Николая Еркаева"; one word after the
    outlet: "Еркаева")."""
    for k in range(a, b):
        t = toks[k]
        if not t.word:
            continue
        if k > a and not t.cap and role_of(t.core, w) and t.low not in w.PERSON_ROLES:
            return k, b
        if t.cap and not t.text.isupper() and (k == a or not toks[k - 1].cap or toks[k - 1].text.isupper()):
            e = k
            while e < b and e - k < 3 and toks[e].word and toks[e].cap and not toks[e].text.isupper():
                e += 1
            name = " ".join(x.text for x in toks[k:e])
            # (a surname alone after the outlet: "цитирует пресс-служба СФУ Еркаева"; not a body's word)
            if (e - k >= 2 or k > a and not known_word(t.low, w)) and nominative_name(name, "accusative", w) != name:
                return k, e
    return None
