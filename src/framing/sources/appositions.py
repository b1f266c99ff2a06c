"""Roles an article names only in apposition: "A spokesman for the department said …" where
the article writes elsewhere "Sgt. Daniel Grubbs, a spokesman for the department"; "Iran's
deputy foreign minister says …" and "the deputy foreign minister, Majid Takht-Ravanchi,".

:class:`Appositions` finds, for a description that names no one, the names the article sets
beside the same description — "NAME, a/the DESCRIPTION," or "the DESCRIPTION, NAME," — and
answers with the one person when there is exactly one (two spokesmen for the department:
no answer). Descriptions are the same when their head noun is, and the words of one are
among the other's ("Iran's deputy foreign minister" and "the deputy foreign minister"),
determiners and possessives aside. The text is read for a head noun only when a speaker
asks for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .first_names import is_first_name
from .people import _not_a_name, _role_words
from .words import Words

__all__ = ["Appositions"]

#: A name: capitalised words (a title with its full stop, "Sgt. Daniel Grubbs"; pre-tokenised
#: text writes "Sgt . Daniel Grubbs"), two to six of them.
_NAME = r"[A-Z][\w'’\-]*\.?(?:(?:\s+\.)?\s+(?:[A-Z][\w'’\-]*\.?|al|bin|ibn|de|van|von)){1,5}"
#: A description: up to twelve words with no punctuation that ends a phrase.
_DESCRIPTION = r"[^,.;:()\n“”\"]{0,90}?"
#: The words before a description's head: no determiner among them ("The ISNA news agency
#: quoted the deputy foreign minister, …" is "the deputy foreign minister").
_MODIFIERS = r"(?:(?!\b(?i:the|a|an)\b)[^,.;:()\n“”\"]){0,90}?"
_PUNCT = ".,;:'’\"“”()"
#: How far before a head noun its apposition may start (a name, ", a ", the words before the head).
_BEFORE_HEAD = 220
_PREPOSITION = r"(?:of|for|at|in|with|from|on|to)"
#: Words that make a phrase a clause, not a description ("the former Florida governor talked").
_VERBS = frozenset("said says say told tells added adds wrote writes is was are were has have had will would".split())
#: A description with one of these is someone the article leaves unnamed.
_QUANTIFIERS = frozenset("one any some several another each every many other".split())


#: Before a head noun, up to it: "Sgt. Daniel Grubbs, a " and the words before the head
#: (the head ends the description, or a preposition follows it: "…, an official in
#: Kyrgyzstan said" is no apposition) …
_NAME_THEN_DESCRIPTION = re.compile(rf"(?<![\w’'])({_NAME})\s*,\s+((?:a|an|the|[A-Z][\w\-]*\s*['’]\s*s|[a-z]+['’]s)"
                                    rf"\s+{_DESCRIPTION})$")
#: … and after it: a prepositional phrase, then the end of the apposition.
_DESCRIPTION_ENDS = re.compile(rf"((?:\s+{_PREPOSITION}\s+[^,.;:()\n“”\"]{{1,60}}?)?)\s*[,.;)]")
#: "the deputy foreign minister, Majid Takht-Ravanchi, saying …": the words before the head …
_DESCRIPTION_BEFORE = re.compile(rf"(?i:\b(?:a|an|the)\s+)({_MODIFIERS})$")
#: … and the name after it.
_THEN_NAME = re.compile(rf"\s*,\s+({_NAME})\s*[,.;)]")


@lru_cache(maxsize=1024)
def _at_head(head: str) -> re.Pattern:
    """Where a head noun stands, in any case (a short pattern, compiled once per head)."""
    return re.compile(rf"(?i)\b{re.escape(head)}\b")


@lru_cache(maxsize=1024)
def _low_head_end(head: str) -> re.Pattern:
    """A head noun in lower case that ends a word (its literal opening lets the search skip)."""
    return re.compile(rf"{re.escape(head)}\b")


#: The characters that a search in any case takes for an ASCII letter besides its two
#: cases: "İ" and "ı" for "i", the Kelvin sign for "k", the long s for "s".
_FOLDED_TO_ASCII = "\u0130\u0131\u212a\u017f"


def _head_spans(text: str, low: str, head: str) -> list[tuple[int, int]]:
    """Where ``head`` (lower case) stands in ``text`` in any case (:func:`_at_head`).

    A search in any case tries each place of the text; a head in ASCII is looked for in the
    text in lower case (``low``) instead, by the quick search for a literal that ends a word
    (the start of the word checked after), where that finds the same places: where lowering
    kept the text's length and the text holds none of the characters a search in any case
    takes for an ASCII letter (``_FOLDED_TO_ASCII``)."""
    if head.isascii() and len(low) == len(text) and not any(c in text for c in _FOLDED_TO_ASCII):
        return [m.span() for m in _low_head_end(head).finditer(low)
                if m.start() == 0 or not (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_")]
    return [m.span() for m in _at_head(head).finditer(text)]


class Appositions:
    """The names an article sets in apposition to descriptions, read per head noun when asked."""

    def __init__(self, text: str, g: Words):
        self.text, self.g = text, g
        self._by_head: dict = {}
        self._low: str | None = None  # the text in lower case, made when first asked

    def name_for(self, phrase: str) -> str:
        """The one name the article gives in apposition to a description like ``phrase``
        ("a spokesman for the department"), as written there with its title ("Sgt. Daniel
        Grubbs", pre-tokenised "Sgt ." joined); "" when none or several."""
        words = self._content(phrase)
        if len(words) < 2 or phrase.split()[0].lower() in _QUANTIFIERS:
            return ""  # "a spokesman": any of them; "one former official", "any Iran analyst": not the one named
        head = self._head(phrase)
        if not head:
            return ""
        found = {re.sub(r"\s+\.", ".", name) for name, desc in self._pairs(head) if len(desc) >= 2 and self._same(words, desc)}
        return found.pop() if len(found) == 1 else ""

    def _pairs(self, head: str) -> list:
        pairs = self._by_head.get(head)
        if pairs is None:
            pairs = self._by_head[head] = []
            text, seen = self.text, set()
            if self._low is None:
                self._low = text.lower()
            # read only around the places the head stands (a pattern over the whole text per
            # head would cost more than all the rest of the resolution)
            for p, q in _head_spans(text, self._low, head):
                lo = max(0, p - _BEFORE_HEAD)
                end = _DESCRIPTION_ENDS.match(text, q) if text.find(",", lo, p) >= 0 else None
                m = _NAME_THEN_DESCRIPTION.search(text, lo, p) if end is not None else None
                if m is not None and m.start() not in seen and self._person(m.group(1), strict=True):
                    description = m.group(2) + text[p:q] + end.group(1)
                    if _VERBS.isdisjoint(description.lower().split()):
                        seen.add(m.start())
                        pairs.append((m.group(1), self._content(description)))
                name = _THEN_NAME.match(text, q)
                m = _DESCRIPTION_BEFORE.search(text, max(0, p - 100), p) if name is not None else None
                if m is not None and m.start() not in seen and self._person(name.group(1), strict=False):
                    seen.add(m.start())
                    pairs.append((name.group(1), self._content(m.group(1) + text[p:q])))
        return pairs

    def _person(self, name: str, strict: bool) -> bool:
        """A person's name of two words or more, its title aside: not opened by a word that
        opens sentences ("In Moscow"); before a description (``strict``), opened by a title
        ("Sgt.", "Gen.") or a first name of the census lists (not "the United States, an
        official …")."""
        words = [w.strip(_PUNCT) for w in name.split() if w.strip(_PUNCT)]
        roles, titled = _role_words(self.g), False
        while words and words[0].lower() in roles:
            words, titled = words[1:], True
        if len(words) < 2 or _not_a_name(words[0].lower(), self.text, self.g):
            return False
        return titled or is_first_name(words[0]) or not strict

    def _head(self, phrase: str) -> str:
        """The head noun of a description: its last word before a preposition."""
        out = ""
        for w in phrase.lower().split():
            w = w.strip(_PUNCT)
            if out and w in self.g.PREPS_IN_NP:
                break
            if w:
                out = w
        return out if out.isalpha() and out in self._roles() else ""

    def _roles(self) -> frozenset:
        g = self.g
        return g.derive(Appositions, lambda g: frozenset(g.PERSON_ROLES | g.TITLE_WORDS) | {
            r + "s" for r in g.PERSON_ROLES})

    def _content(self, phrase: str) -> frozenset:
        """The words of a description that say which one: determiners and possessive marks
        aside ("Iran’s" is "iran")."""
        out = set()
        for w in phrase.lower().replace("’", "'").split():
            w = w.strip(_PUNCT)
            if w.endswith("'s"):
                w = w[:-2]
            if w and w not in self.g.DETERMINERS and w not in {"'s", "s", "'"}:
                out.add(w)
        return frozenset(out)

    @staticmethod
    def _same(a: frozenset, b: frozenset) -> bool:
        return a <= b or b <= a
