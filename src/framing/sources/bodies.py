"""One body, one source: the short forms an article gives an organisation, read as its full
name.

News writes an organisation's name in full once and shortly after: "the Britain-based Syrian
Observatory for Human Rights", then "the Syrian Observatory", "SOHR". :class:`Bodies` says,
for the name of a body that speaks, the fullest name the article gives it:

- a word in "-based" says where the body sits, not what it is called ("Britain-based
  Syrian Observatory" is the Syrian Observatory);
- a name of a body (its last word one of a body's: "observatory", "department", "council")
  that the article writes on with "for"/"of" and capitalised words is that longer name
  ("Syrian Observatory" where the article writes "Syrian Observatory for Human Rights");
- an acronym is the capitalised run of the article whose initials spell it ("SOHR":
  "Syrian Observatory for Human Rights").
"""

from __future__ import annotations

import re

from .people import _ORG_WORDS, _bare

__all__ = ["Bodies", "drop_based"]

_BASED_RE = re.compile(r"^(?:[\w.’'-]+-based\s+)+(?=\S)")
_ACRONYM_RE = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})$")
#: A run of capitalised words (each a capital and a lower-case letter, "Syrian", not "U.S."),
#: with "of", "for", "and", "the", "on" between them: what may spell an acronym.
_RUN_RE = re.compile(r"(?<![\w’'-])[A-Z][a-z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*[A-Z][a-z][\w’'-]*)+")
_JOINERS = frozenset("of for and the on &".split())
#: How a body's name goes on: "for"/"of" and capitalised words ("… for Human Rights").
_GOES_ON = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w’'-]*){0,4}")
_TIMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                   "july august september october november december".split())


def drop_based(name: str) -> str:
    """``name`` without the words in "-based" that open it ("Britain-based Syrian
    Observatory" → "Syrian Observatory"; "London-based" alone is kept)."""
    return _BASED_RE.sub("", name)


class Bodies:
    """The full names an article gives its bodies, read per name when asked."""

    def __init__(self, text: str):
        self.text = text
        self._memo: dict = {}

    def full(self, name: str) -> str:
        """The fullest name the article gives the body ``name`` (``name`` itself when none)."""
        found = self._memo.get(name)
        if found is None:
            found = self._memo[name] = self._full(name)
        return found

    def _full(self, name: str) -> str:
        name = drop_based(name)
        bare = name.replace(".", "")
        if _ACRONYM_RE.match(name) and bare.isalpha():
            spelled = self._spelled(bare)
            if spelled:
                return spelled
        words = name.split()
        if _bare(words[-1]) not in _ORG_WORDS or (self.text.find(name + " of ") < 0 and self.text.find(name + " for ") < 0) \
                or len(words) > 6 or not all(w[:1].isupper() for w in words):
            return name  # "Trump on Wednesday", "Russia for the Novichok": no body's name goes on
        best, text = "", self.text
        for joiner in (" of ", " for "):
            at = text.find(name + joiner)
            while at >= 0:
                end = at + len(name)
                m = _GOES_ON.match(text, end)
                if m is not None and (at == 0 or not text[at - 1].isalnum()) and not _TIMES.intersection(
                        _bare(w) for w in m.group().split()) and len(name) + len(m.group()) > len(best):
                    best = name + m.group()
                at = text.find(name + joiner, end)
        return best or name

    def _spelled(self, acronym: str) -> str:
        """The capitalised words of the text whose initials are ``acronym`` (with "of",
        "for", "and", "the", "on" between them), when the text gives one such name."""
        found = set()
        for words, at, initials in self._runs():
            i = initials.find(acronym)
            while i >= 0:
                found.add(" ".join(words[at[i]:at[i + len(acronym) - 1] + 1]))
                i = initials.find(acronym, i + 1)
        return found.pop() if len(found) == 1 else ""

    def _runs(self) -> list:
        """The text's runs of capitalised words (words, where each capitalised one stands,
        their initials), read once."""
        runs = self._memo.get(None)
        if runs is None:
            runs = self._memo[None] = []
            for m in _RUN_RE.finditer(self.text):
                words = m.group().split()
                at = [k for k, w in enumerate(words) if w not in _JOINERS]
                runs.append((words, at, "".join(words[k][0] for k in at)))
        return runs
