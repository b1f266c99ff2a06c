"""A document or a report that speaks, read as whoever wrote or reported it.

- "the document" ("according to the document", "The document stated"), where the article
  gave the document an author before: "the Islamic State document", "a document published
  by ISIS" (the latest before the attribution; the name before the head noun first): the
  body that wrote it (the words: ``document_heads`` of the language's ``words.yaml``);
- "the report" ("according to the report") after an outlet "reported" (the latest
  attribution with that cue, a news outlet): the outlet ("… the BBC reported. … according
  to the report": the BBC) (``report_heads``);
- "the statement" (a message noun, ``said_in_heads``) after a speaker who said something "in
  a statement" (the latest attribution whose cue goes on so, or whose sentence opens so): that
  speaker ("… the army said in a statement. … “…,” the statement said": the army), unless
  the article says after it who issued a statement; and where "the statement" spoke before,
  a sender the article names after that earlier one ("Turkey's Ministry of Foreign Affairs
  also published a statement. … the statement said": the ministry, not the earlier sender);
- a named account ("the Oath Keepers Twitter account tweeted", "The FBI account says"): its
  owner (:func:`account_owner`; English words).
"""

from __future__ import annotations

import re

from .records import LOOKBACK, Attribution
from .words import Words

__all__ = ["account_owner", "document_author", "document_author_at", "reporting_outlet", "said_in"]

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'’-]*){0,4}"
_PATTERNS: dict = {}


def _patterns(g: Words) -> tuple:
    key = tuple(sorted(g.DOCUMENT_HEADS))
    found = _PATTERNS.get(key)
    if found is None:
        heads = "|".join(map(re.escape, key))
        found = _PATTERNS[key] = (
            re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+({_NAME})\s+(?:{heads})s?\b"),
            re.compile(rf"\b(?:{heads})s?\s+(?:(?:published|released|issued|written|drafted|prepared|circulated)\s+)"
                       rf"by\s+(?:the\s+)?({_NAME})"))
    return found


def document_author(text: str, a: Attribution, words: list[str], g: Words, history: list = ()) -> str:
    """The author the article gave "the document" before (module docstring), or ""; for "the
    statement" (a message noun, ``message_nouns``) the one who issued it: "The State
    Department issued its own statement …. “…,” the statement said", or the one who said
    something in it (:func:`said_in`, of the attributions before, ``history``), the latest."""
    return document_author_at(text, a, words, g, history)[1]


def document_author_at(text: str, a: Attribution, words: list[str], g: Words, history: list = ()) -> tuple[int, str]:
    """:func:`document_author` and where the article gave it (its offset; -1, "" for none)."""
    if a.speaker is None or len(words) != 2 or words[0] != "the":
        return -1, ""
    start = max(0, a.speaker[0] - 3000)
    before = text[start:a.speaker[0]]
    if words[1] in g.DOCUMENT_HEADS:
        found = [(m.start(), m.group(1)) for p in _patterns(g) for m in p.finditer(before)]
    elif words[1] in g.MESSAGE_NOUNS and words[1] in before:
        # the name within its sentence: not "Russia. Russia's Foreign Ministry"
        found = [(m.start(), re.split(r"[.!?]\s+", m.group(1))[-1]) for m in _issued(words[1]).finditer(before)]
    else:
        return -1, ""
    # "In a formal memo to city officials, Mayor London Breed declared …. The memo declares": hers
    said = said_in(text, words[1], history, g)
    if said is not None:
        found.append((said.cue[0] - start, said.canonical))
    if not found:
        return -1, ""
    at, name = max(found)
    return at + start, name


def _issued(head: str) -> re.Pattern:
    """"X issued its own statement", "Turkey's Ministry of Foreign Affairs also published a
    statement": X, the message's sender."""
    found = _PATTERNS.get(("issued", head))
    if found is None:
        found = _PATTERNS["issued", head] = re.compile(
            rf"({_NAME})\s+(?:also\s+|later\s+|then\s+)?(?:issued|released|published|posted|sent|put\s+out)\s+"
            rf"(?:a|an|its|their|his|her)\s+(?:own\s+)?(?:[a-z-]+\s+)?{re.escape(head)}\b")
    return found


def reporting_outlet(a: Attribution, words: list[str], history: list, g: Words) -> Attribution | None:
    """The news outlet that "reported" last, for "the report" (module docstring), or None."""
    if len(words) != 2 or words[0] != "the" or words[1] not in g.REPORT_HEADS:
        return None
    return next((h for h in reversed(history[-LOOKBACK:]) if h.cue_lemma == "report" and h.category == "media"
                 and h.canonical), None)


def said_in(text: str, head: str, history: list, g: Words) -> Attribution | None:
    """The latest speaker who said something "in a statement" (``head``, one of
    ``said_in_heads``), for "the statement" (module docstring), or None (a speaker left a
    pronoun, or a number, "58% said in a survey", is none)."""
    if head not in g.SAID_IN_HEADS:
        return None
    after, before = _said_in(head)
    h = next((h for h in reversed(history[-LOOKBACK:]) if h.cue is not None and h.speaker is not None and (
        after.match(text, h.cue[1]) or before.search(text, h.sentence[0], h.speaker[0]))), None)
    return None if h is None or not h.canonical[:1].isalpha() or h.canonical.lower() in g.PRONOUNS else h


def _said_in(head: str) -> tuple:
    """After a cue: "in a statement", "on Tuesday in a written statement", "in its statement";
    before a speaker, in its sentence: "In a statement, the ministry said"."""
    found = _PATTERNS.get(("in", head))
    if found is None:
        found = _PATTERNS["in", head] = (
            re.compile(rf"(?:\s+[\w’'-]+){{0,3}}?\s+in\s+(?:a|an|its|their|his|her|the)\s+(?:[a-z-]+\s+)?{re.escape(head)}\b"),
            re.compile(rf"\b[Ii]n\s+(?:a|an|its|their|his|her)\s+(?:[a-z-]+\s+)?{re.escape(head)}\b"))
    return found


#: "the Oath Keepers Twitter account", "Trump's official account", "The FBI account".
_ACCOUNT = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w.&'’-]*\s+){0,4}?[A-Z][\w.&-]*?)(?:['’]s)?\s+"
                      r"(?:(?:official|personal|verified)\s+)?(?:(?:Twitter|Facebook|Instagram|Telegram|YouTube|TikTok)\s+)?"
                      r"account")


def account_owner(phrase: str) -> str:
    """The owner a named account speaks for ("the Oath Keepers Twitter account" → "Oath
    Keepers", "The FBI account" → "FBI"); "" for any other phrase ("an account of the
    meeting", "the account")."""
    m = _ACCOUNT.fullmatch(phrase.strip())
    return m.group(1) if m is not None else ""
