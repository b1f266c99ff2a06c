"""Definite descriptions that go back to a phrase the article wrote before (English).

- "the source" after "one source familiar with the talks": an indefinite speaker ("a", "an",
  "one") whose noun an adjective of ``adjective_preps`` follows ("familiar with", "close
  to", "briefed on") is that noun's earlier speaker, though the phrase's head word, read
  backward, is the adjective;
- "the administration" is the one the article named last before it by its president or its
  country, "the Trump administration", "the Obama administration", "the U.S.
  administration": "Trump administration" (in lower case: "the Federal Aviation
  Administration" is an agency's name, no presidency).
"""

from __future__ import annotations

import re

from .records import Attribution
from .words import Words

__all__ = ["indefinite_with_adjective", "named_administration"]

_ADMINISTRATION = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w.'’-]*\s+){1,2})administration\b")


def indefinite_with_adjective(h: Attribution, head: str, g: Words) -> bool:
    """Whether the earlier speaker ``h`` brought in "one <head> familiar with …" (module
    docstring): "the source" may go back to it."""
    if not h.extra.get("indefinite") or head not in h.canonical:
        return False
    words = h.canonical.lower().split()
    return any(w == head and nxt in g.ADJECTIVE_PREPS for w, nxt in zip(words, words[1:]))


def named_administration(text: str, a: Attribution, words: list[str]) -> str:
    """"Trump administration" for "the administration" (module docstring), or ""."""
    if a.speaker is None or words != ["the", "administration"]:
        return ""
    before = text[max(0, a.speaker[0] - 5000):a.speaker[0]]
    if "administration" not in before:
        return ""
    found = [m.group(1) for m in _ADMINISTRATION.finditer(before)]
    return found[-1] + "administration" if found else ""
