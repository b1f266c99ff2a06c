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
#: A capitalised run that may spell an acronym: capitalised words with "of", "for", "and",
#: "the", "on" between them.
_RUN_RE = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*[A-Z][\w’'-]*){1,7}")
_JOINERS = frozenset("of for and the on &".split())
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
        if not all(w[:1].isupper() for w in words) or len(words) > 6 or _bare(words[-1]) not in _ORG_WORDS:
            return name  # "Trump on Wednesday", "Russia for the Novichok": no body's name goes on
        longer = re.compile(re.escape(name) + r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*"
                            r"(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w’'-]*){0,4}")
        best = max((m.group() for m in longer.finditer(self.text) if not _TIMES.intersection(
            _bare(w) for w in m.group().split())), key=len, default="")
        return best or name

    def _spelled(self, acronym: str) -> str:
        """The capitalised run of the text whose capitalised words' initials are ``acronym``."""
        found = set()
        for m in _RUN_RE.finditer(self.text):
            words = m.group().split()
            for start in range(len(words)):
                caps = [w for w in words[start:] if w.lower() not in _JOINERS]
                if not caps or caps[0] != words[start]:
                    continue
                if "".join(w[0] for w in caps) == acronym:
                    found.add(" ".join(words[start:]))
        return found.pop() if len(found) == 1 else ""
