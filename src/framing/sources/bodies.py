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

In another language (``Bodies(text, words)``, ``words`` its :class:`.clause_words.ClauseWords`)
the same rules read that language's determiners, joiners and body words: an article opening
the name is left out ("der Städtetag", "l’ONU"), an acronym is spelled by a run joined by
its joiners, with one adjective in lower case at its end ("ONU": "Organisation des Nations
unies"); and two more rules name what its news writes:

- a body's name followed by an acronym where the article gives it in full is that longer
  name ("Städtetag" where it writes "Der Städtetag NRW");
- a clipped name, the first letters of the first word of a name of two or three words the
  article gives with its article, is that name ("die Fed" where it writes "Die Federal
  Reserve hat").
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


#: an acronym after a body's name: "Städtetag| NRW"
_ACRONYM_AFTER = re.compile(r"\s+([A-Z]{2,6})(?![\w-])")
#: language -> its pattern of a run that may spell an acronym
_RUNS: dict = {}


def _run_re(words) -> re.Pattern:
    """A language's run of capitalised words joined by its joiners and determiners, with one
    word in lower case at its end ("Organisation des Nations unies")."""
    found = _RUNS.get(words.language)
    if found is None:
        joiners = "|".join(sorted((re.escape(j) for j in words.JOINERS | words.DETERMINERS if j[-1:].isalpha()),
                                  key=len, reverse=True))
        found = _RUNS[words.language] = re.compile(
            rf"(?:(?<![\w’'-])|(?<=\w[’']))[A-Z][a-z][\w’'-]*(?:\s+(?:(?:{joiners})\s+)*[A-Z][a-z][\w’'-]*)*"
            r"(?:\s+[a-zé][\w’'-]*)?")
    return found


def drop_based(name: str) -> str:
    """``name`` without the words in "-based" that open it ("Britain-based Syrian
    Observatory" → "Syrian Observatory"; "London-based" alone is kept)."""
    return _BASED_RE.sub("", name)


class Bodies:
    """The full names an article gives its bodies, read per name when asked; in another
    language than English, by that language's words (``words``: module docstring)."""

    def __init__(self, text: str, words=None):
        self.text = text
        self.w = words
        self._memo: dict = {}

    def full(self, name: str) -> str:
        """The fullest name the article gives the body ``name`` (``name`` itself when none)."""
        found = self._memo.get(name)
        if found is None:
            found = self._memo[name] = self._full(name) if self.w is None else self._full_in(name)
        return found

    def _full_in(self, name: str) -> str:
        """:meth:`full` in a language of the clause rules (module docstring)."""
        w, words = self.w, name.split()
        low = words[0].lower().replace("'", "’") if words else ""
        elided = next((e for e in w.ELISIONS if low.startswith(e) and len(low) > len(e)), "")
        core = words[1:] if low in w.DETERMINERS and len(words) > 1 else ([words[0][len(elided):]] + words[1:]
                                                                          if elided else words)
        if not core or len(core) > 3 or not all(x[:1].isupper() for x in core):
            return name
        short = " ".join(core)
        if len(core) == 1 and _ACRONYM_RE.match(short):
            return self._spelled(short) or name
        found, text, at = set(), self.text, self.text.find(short + " ")
        while at >= 0:
            m = _ACRONYM_AFTER.match(text, at + len(short))
            if m is not None and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")):
                found.add(m.group(1))
            at = text.find(short + " ", at + 1)
        if len(found) == 1:
            return f"{short} {found.pop()}"  # "Städtetag" → "Städtetag NRW"
        if len(core) == 1 and 3 <= len(short) <= 4:
            return self._clipped(short) or name
        return name

    def _clipped(self, short: str) -> str:
        """The one name of two or three capitalised words, after an article of the
        language, whose first word opens with ``short`` ("Fed": "Die Federal Reserve hat"),
        else ""."""
        arts = "|".join(re.escape(d) for d in sorted(self.w.DEFINITE, key=len, reverse=True))
        pat = re.compile(rf"(?<!\w)(?i:{arts})\s+({re.escape(short)}[a-z]+(?:\s+[A-Z][a-z]+){{1,2}})(?=\s+[a-z]|\s*[,.;:])")
        found = {m.group(1) for m in pat.finditer(self.text)}
        return found.pop() if len(found) == 1 else ""

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
            joined = (lambda x: x in _JOINERS) if self.w is None else (
                lambda x: x.lower().replace("'", "’") in self.w.JOINERS | self.w.DETERMINERS)
            for m in (_RUN_RE if self.w is None else _run_re(self.w)).finditer(self.text):
                words = m.group().split()
                at = [k for k, w in enumerate(words) if not joined(w)]
                runs.append((words, at, "".join(words[k][0].upper() for k in at)))
        return runs
