"""The agent of a passive report speaks: "was first reported by The Washington Post",
"an article written by Ian Tuttle", "as reported by X" (rule ``passive_by``). Found by
:mod:`.pipeline` before the speaker rules of :mod:`.speakers` are asked."""

from __future__ import annotations

from .content import leading_content
from .phrases import np_back, np_forward, trim
from .records import Attribution, CueSite

__all__ = ["passive_by", "reduced_relative_by"]


def passive_by(site: CueSite, be: int) -> Attribution | None:
    """"was first reported by The Washington Post": the agent speaks, the subject (before
    the verb ``be``, a token index) is the content."""
    g = site.g
    toks = site.toks
    e = np_forward(toks, site.cj + 2, len(toks), g)
    if e is None:
        return None
    subject = trim(site.text, site.window[0], toks[be].start)
    if subject[1] <= subject[0]:
        return None
    agent = (toks[site.cj + 2].start, toks[e - 1].end)
    if site.lemma in site.cues.takes_object:
        # "Reporters were told by Smith that …": the subject is the listener, the clause what was said
        k = e + 1 if e < len(toks) and toks[e].low == "that" else e
        said = leading_content(site.text, site.facts, toks, k, site.window[1]) if k < len(toks) else None
        if said is not None:
            att = site.found(agent, said, rule="passive_by")
            att.addressee = subject
            return att
    return site.found(agent, subject, rule="passive_by")


def reduced_relative_by(site: CueSite) -> Attribution | None:
    """"an article written by Ian Tuttle", "a practice criticized by Miller": the agent
    after "by" speaks; the noun phrase before the participle is what was said ("as
    reported by X": the rest of the sentence)."""
    g = site.g
    toks, text, (ws, we) = site.toks, site.text, site.window
    e = np_forward(toks, site.cj + 2, len(toks), g)
    if e is None:
        return None
    agent = (toks[site.cj + 2].start, toks[e - 1].end)
    if toks[site.ci - 1].low == "as":
        # "As reported by Western Journalism, investigators found …": the rest of the sentence
        after = trim(text, toks[e].end if e < len(toks) else we, we)
        content = after if after[1] > after[0] else trim(text, ws, toks[site.ci - 1].start)
        return site.found(agent, content, rule="passive_by") if content[1] > content[0] else None
    st = np_back(toks, site.ci - 1, 0, g)
    if st is None:
        return None
    return site.found(agent, (toks[st].start, toks[site.ci - 1].end), rule="passive_by")
