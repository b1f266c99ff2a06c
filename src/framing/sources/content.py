"""What is reported: the content before or after a cue, continuation quotes, and the kind of attribution."""

from __future__ import annotations

import bisect
import re

from ..cues import CueTable
from ..text import TextFacts
from .phrases import Token, np_forward, trim
from .records import Attribution
from .words import Words


def kind_of(facts: TextFacts, text: str, cs: int, ce: int, nested: bool) -> str:
    cs, ce = trim(text, cs, ce, " \t\r\n\u00a0,;:.")
    if ce <= cs:
        return "indirect"
    inside = facts.quotes_between(cs, ce)
    if nested:
        held = [q for q in inside if q.start <= cs and q.end >= ce]
        inside = [q for q in inside if not (q.start <= cs and q.end >= ce)]
        if not inside and held and _DASH_INCISE.match(text, ce):
            return "direct"  # «…, — сказал X. — …»: the narrator's words set off by dashes inside the marks
    if not inside:
        return "indirect"
    qs, qe = inside[0].start, inside[-1].end
    # the content is the quotation(s), give or take punctuation and continuation quotes
    outside = text[cs:qs] + "".join(text[a.end:b.start] for a, b in zip(inside, inside[1:])) + text[qe:ce]
    if _WORD_CHAR.search(outside) is None:
        return "direct"
    return "mixed"


#: A character of a word (what ``[\W_]`` leaves out): a content with none outside its
#: quotations is direct.
_WORD_CHAR = re.compile(r"[^\W_]")


_GAP = re.compile(r"[\s:]*")

#: A dash after what was said, inside its marks: the narrator's incise follows.
_DASH_INCISE = re.compile(r"[\s,]*[—–]")


def leading_content(text, facts, toks, i, we):
    if i >= len(toks) or (toks[i].text == ":" and i + 1 >= len(toks)):
        # "He said:" and the quotation in the next paragraph
        m = _GAP.match(text, toks[-1].end if toks else we)
        nxt = m.end() if m else we
        q = facts.quote_starting_at(nxt)
        if q is not None:
            return (q.start, q.end)
        if toks and toks[-1].text == ":" and "\n" in text[toks[-1].end:nxt] and nxt < len(text):
            # "Hewitt writes:" and the passage set out as the next paragraph
            end = text.find("\n", nxt)
            cs, ce = trim(text, nxt, len(text) if end < 0 else end)
            return (cs, ce) if ce > cs else None
        return None
    start = toks[i].start
    q = facts.quote_starting_at(start)
    if q is not None and q.end >= we:
        return (q.start, q.end)
    cs, ce = trim(text, start, we, " \t\r\n\u00a0,;:")
    if ce > cs and text[ce - 1] in ".!?" and not (q is not None and q.end == ce):
        ce -= 1
    return (cs, ce) if ce > cs else None


def trailing_content(text, facts, speaker_start, ws):
    s, e = trim(text, ws, speaker_start, " \t\r\n\u00a0,;:")
    if e <= s:
        # "“How many times …?” Clinton said.": the sentence split after the quotation
        b = ws
        while b > 0 and text[b - 1] in " \t\u00a0":
            b -= 1
        q = facts.quote_ending_at(b)
        if q is None:
            return None
        s, e = q.start, q.end
        cont = q
        while cont.continues >= 0:
            cont = facts.quotes[cont.continues]
            s = cont.start
        return (s, e)
    q = facts.quote_ending_at(e) or facts.quote_ending_at(e + 1)
    if q is None and e >= 1 and text[e - 1] in ",." and e >= 2:
        q = facts.quote_ending_at(e - 1)
    if q is not None and q.start < s:
        s = q.start
        # a quotation that continues one in an earlier paragraph belongs to it too
        cont = q
        while cont.continues >= 0:
            cont = facts.quotes[cont.continues]
            s = cont.start
    return (s, e)


def finish(text: str, facts: TextFacts, sentences, atts: list[Attribution], close_q: str, according) -> list[Attribution]:
    """The last steps of both rule sets: the quotations no cue claimed (:func:`orphans`),
    text order, a paraphrase's content without its sentence's full stop (a quotation keeps
    its own, before a mark of ``close_q``), and each attribution's kind ("according_to"
    where ``according(lemma)`` says so)."""
    orphans(text, facts, sentences, atts)
    atts.sort(key=lambda a: (a.cue[0] if a.cue else a.content[0]))
    for a in atts:
        cs, ce = a.content
        while ce > cs and text[ce - 1] in ".,;:" and text[ce - 2:ce - 1] not in close_q:
            ce -= 1
        a.content = (cs, ce)
        a.kind = "according_to" if according(a.cue_lemma) else kind_of(facts, text, cs, ce, a.nested)
    return atts


def orphans(text: str, facts: TextFacts, sentences, atts: list[Attribution]) -> None:
    """Quotations with no cue that continue the previous sentence's attribution (``sentences``
    in text order): one row per quotation, however many sentences it holds. A quotation that goes on in the
    next paragraph (the news convention: the paragraph opens with a mark, the last one
    left it open) is part of the attribution that holds its first part, whose content
    then spans every part."""
    if not atts:
        return
    # the attribution whose content ends where a quotation ends: a later part joins it
    holder = {a.content[1]: a for a in atts}
    done = -1  # the end of the last quotation given to a continuation row
    covered = sorted((a.content[0], a.content[1]) for a in atts)
    cov_starts = [c[0] for c in covered]
    cov_max_end = []
    m = -1
    for _, c1 in covered:
        m = max(m, c1)
        cov_max_end.append(m)
    by_sentence: dict = {}
    for a in atts:
        if a.cue is not None:
            by_sentence.setdefault(a.sentence, []).append(a)
    last = None
    # the quotations of each sentence (those that overlap it: facts.quotes_between) by one
    # walk along both lists, both in text order: k is the first quotation that ends after
    # the sentence starts
    all_quotes, k = facts.quotes, 0
    for s0, s1 in sentences:
        while k < len(all_quotes) and all_quotes[k].end <= s0:
            k += 1
        own = by_sentence.get((s0, s1))
        if own:
            last = max(own, key=lambda a: a.cue[0])
            continue
        j = k
        while j < len(all_quotes) and all_quotes[j].start < s1:
            j += 1
        quotes = all_quotes[k:j]
        if not quotes or last is None:
            if not quotes:
                last = None
            continue
        q = quotes[0]
        if q.end <= done:
            continue  # the rest of a quotation that has its row
        i = bisect.bisect_right(cov_starts, q.start) - 1
        if i >= 0 and cov_max_end[i] >= q.end:
            continue
        held = holder.get(facts.quotes[q.continues].end) if q.continues >= 0 else None
        if held is not None:
            # the next paragraph of a quotation: the attribution of its first part spans it too
            held.content = (held.content[0], max(held.content[1], q.end))
            holder[q.end], done, last = held, max(done, q.end), held
            continue
        lead = text[s0:q.start]
        span = sum(min(x.end, s1) - max(x.start, s0) for x in quotes)
        if len(lead.split()) <= 2 or span >= 0.5 * (s1 - s0):
            content = (s0, s1) if len(lead.split()) > 0 or quotes[-1].end < s1 - 2 else (q.start, quotes[-1].end)
            content = trim(text, *content, " \t\r\n\u00a0")
            o = Attribution(last.speaker, None, "", content, (s0, s1), last.appositive, rule="continuation")
            o.extra["follows"] = last
            atts.append(o)
            last, done = o, max(done, quotes[-1].end)
            holder[content[1]] = o
        else:
            last = None


_CLAUSE_SUBJECTS = {"he", "she", "they", "we", "i", "it", "there"}


def object_end(toks: list[Token], i: int, g: Words) -> int | None:
    """The end (exclusive) of the object noun phrase at token ``i``, which ends where a
    clause's subject begins ("told reporters he was tired", "told the president the bill
    was dead"); None when no phrase starts there."""
    e = np_forward(toks, i, len(toks), g)
    if e is None or toks[i].low in _CLAUSE_SUBJECTS:
        return e
    return next((k for k in range(i + 1, e) if toks[k].low in _CLAUSE_SUBJECTS or (
        toks[k].low in g.DETERMINERS and toks[k - 1].low not in g.PREPS_IN_NP | {"of", "for"})), e)


def after_cue(text: str, toks: list[Token], cj: int, lemma: str, cues: CueTable, g: Words) -> int:
    """Token index where the content after a cue starts (skipping a "told" object)."""
    i = cj + 1
    if lemma in cues.takes_object and i < len(toks):
        e = object_end(toks, i, g)
        if e is not None and toks[i].low not in {"that", "the"} or (e is not None and e - i <= 3):
            i = e
    return i


def trailing_rest(toks: list[Token], i: int, g: Words) -> bool:
    """After a cue (and its object) only adverbials remain: the content came before."""
    words = [t for t in toks[i:i + 24] if t.word]  # only the next few words matter
    if not words:
        return True
    if i < len(toks) and toks[i].text == "," and not (i + 1 < len(toks) and toks[i + 1].text in g.OPEN_Q):
        return True
    return words[0].low in g.TIME_OR_PLACE and len(words) <= 10 and not any(t.text in g.OPEN_Q for t in toks[i:i + 24])


def same_sentence(atts: list, sent, cs: int) -> list:
    """Earlier attributions of the same sentence (they are the last ones found)."""
    out = []
    for a in reversed(atts):
        if a.sentence != sent:
            break
        if a.cue and a.cue[0] < cs and a.speaker:
            out.append(a)
    return out[::-1]


def sentence_before(text: str, s0: int) -> tuple[int, int] | None:
    """The sentence before the one starting at ``s0``, in its paragraph, without its final
    stop: what a neuter clitic opening a report stands for ("«…». Así lo aseguró el ministro.");
    None where no sentence ends right before it."""
    end = len(text[:s0].rstrip())
    if end == 0 or text[end - 1] not in ".!?»”\"":
        return None
    start = max(text.rfind(c, 0, end - 1) for c in ".!?\n") + 1
    start += len(text[start:end]) - len(text[start:end].lstrip())
    end -= text[end - 1] == "."
    return (start, end) if end > start else None

