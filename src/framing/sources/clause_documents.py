"""The documents whose author the clause rules name (``documents`` of a language's
``words.yaml``): a document's phrase with the participle and the agent after it is its
author's report ("según el informe publicado por el Ministerio", "El último informe entregado
por las autoridades indicó", "بيان نشر على صفحة …")."""

from __future__ import annotations

from .clause_phrases import Tok, np_after, np_back
from .clause_words import ClauseWords

__all__ = ["document_agent", "document_before_agent"]


def document_agent(toks: list[Tok], st: int, e: int, w: ClauseWords) -> int | None:
    """The end of a document's phrase ``toks[st:e]`` with the participle and agent that
    follow it ("el informe publicado por el Ministerio", "un comunicado difundido por la
    Fiscalía": the agent is its author; in a verb-first language the phrase may hold the
    participle: "بيان نشر | على صفحة …"), else None."""
    if w.ORDER == "vso" and w.PAST_PARTICIPLE is not None and st < e - 1 and w.PAST_PARTICIPLE.search(toks[e - 1].low):
        e -= 1
    if w.PAST_PARTICIPLE is None or e + 2 >= len(toks) or toks[e + 1].low not in w.AGENT_PREPS \
            or not w.PAST_PARTICIPLE.search(toks[e].low) or not any(t.core in w.DOCUMENTS for t in toks[st:e]):
        return None
    return np_after(toks, e + 2, len(toks), w)


def document_before_agent(toks: list[Tok], st: int, w: ClauseWords) -> int | None:
    """The start of a document's phrase before a participle and its agent, when the agent's
    phrase opens at ``st`` ("El último informe entregado por | las autoridades indicó"),
    else None."""
    if w.PAST_PARTICIPLE is None or st < 3 or toks[st - 1].low not in w.AGENT_PREPS \
            or not w.PAST_PARTICIPLE.search(toks[st - 2].low) or not toks[st - 3].word:
        return None
    d = np_back(toks, st - 3, 0, w)
    return d if d is not None and document_agent(toks, d, st - 2, w) is not None else None
