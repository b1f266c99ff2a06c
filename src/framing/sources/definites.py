"""Definite descriptions that go back to a phrase the article wrote before (English).

- "the source" after "one source familiar with the talks": an indefinite speaker ("a", "an",
  "one") whose noun an adjective of ``adjective_preps`` follows ("familiar with", "close
  to", "briefed on") is that noun's earlier speaker, though the phrase's head word, read
  backward, is the adjective;
- "the administration" is the one the article named last before it by its president or its
  country, "the Trump administration", "the Obama administration", "the U.S.
  administration": "Trump administration" (in lower case: "the Federal Aviation
  Administration" is an agency's name, no presidency);
- "the court", "the justices", "the appeals court", and a court's "opinion" or "ruling" are
  the court the article named last before it, of the kind the words say ("the justices": a
  Supreme Court; "the appeals court": a Court of Appeals or a Circuit), and for words of no
  kind ("the court") the one court the article named before ("the U.S. Supreme Court", "the
  Supreme Court"), none where it named two: ``court_descriptions`` and ``court_name`` of
  ``words.yaml`` (a ruling speaks for the court that wrote it).
"""

from __future__ import annotations

import re

from .records import Attribution
from .words import Words

__all__ = ["indefinite_with_adjective", "named_administration", "named_court", "court_without_place"]

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


def named_court(text: str, a: Attribution, words: list[str], g: Words) -> str:
    """The court "the court", "the opinion" stands for (module docstring), or ""."""
    if a.speaker is None or len(words) < 2 or words[0] != "the" or g.COURT_NAME is None:
        return ""
    kinds = g.COURT_DESCRIPTIONS.get(" ".join(words[1:]))
    if kinds is None:
        return ""
    before = text[max(0, a.speaker[0] - 5000):a.speaker[0]]
    if "Court" not in before and "Circuit" not in before:
        return ""
    names = [re.sub(r"^(?:The|A)\s+", "", m.group()) for m in g.COURT_NAME.finditer(before)]
    names = [n for n in names if not kinds or any(k in n for k in kinds)]
    if not names or (not kinds and any(not (n.endswith(m) or m.endswith(n)) for n in names for m in names)):
        return ""  # "the court" after "the Supreme Court" and "the 9th Circuit": either
    return names[-1]


#: An initialism whose last full stop a tokenised text sets apart ("U.S .", "D.C .").
_SPACED_INITIALS = re.compile(r"\b((?:[A-Z]\.)+[A-Z]) \.(?= |$)")


def court_without_place(name: str, g: Words) -> str:
    """A court's name without the place it sits in: "Ninth U.S. Circuit Court of Appeals in
    San Francisco" is the Ninth U.S. Circuit Court of Appeals (``court_name`` of
    ``words.yaml``), its initials as written untokenised ("U.S ." -> "U.S."); any other name
    as it is ("Human Rights Watch in New York")."""
    if g.COURT_NAME is None or " in " not in name:
        return name
    joined = _SPACED_INITIALS.sub(r"\1.", name)
    m = re.fullmatch(rf"((?:the[ ]+)?{g.COURT_NAME.pattern})[ ]+in[ ]+[A-Z][\w.'’-]*(?:[ ]+[A-Z][\w.'’-]*)*", joined)
    return m.group(1) if m is not None else name
