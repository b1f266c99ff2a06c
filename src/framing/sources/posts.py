"""Embedded posts: a tweet printed in an article's text, its words followed by its signature.

    We must always have the backs of our allies, … Leaving them to die is a big mistake.
    #TurkeyIsNotOurFriend — Nikki Haley (@NikkiHaley) October 7, 2019

Web pages keep an embedded tweet as its text, an em dash, the author's display name, the
handle in brackets and the date: no verb of saying, often no quotation mark. The post is
the author's words: one attribution with no cue (``rule`` "post"), the display name as the
speaker (a name run together, "MurielBowser", is resolved through the name as the text
writes it, "Muriel Bowser"), and as content the post's text from its paragraph's start to
the dash. Only the signature's line is read: in texts of one line a paragraph, the line
before a post is as often the article's as the post's (a post of several lines keeps its
last line). A post is no pronoun's antecedent: a "he" in the narration after it is someone
the narration names.
"""

from __future__ import annotations

import re

from ..text import TextFacts
from .records import Attribution

__all__ = ["embedded_posts"]

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: The signature: a dash, the display name, "(@handle)" (spaced in tokenised texts), the date.
_SIGNATURE = re.compile(r"[ \t]*(?:—|&mdash;|--)[ \t]*(?P<name>[^\n—()@]{1,60}?)[ \t]*\([ \t]*@[ \t]*\w{1,30}[ \t]*\)[ \t]*"
                        + _MONTH + r"[ \t]+\d{1,2}[ \t]*,[ \t]*\d{4}")
#: The most characters a post's text runs to (a tweet's 280, and the spaces of tokenised texts).
_POST_LENGTH = 320
_SKIP = re.compile(r"Skip Twitter post (?:\d+ )?by @ ?\w+\s+")
_HANDLE = re.compile(r"\([ \t]?@")
#: How far before its handle a signature's dash, and after it the date's end, may stand.
_NAME_REACH, _DATE_REACH = 70, 60
_LINK = re.compile(r"(?:pic\.twitter\.com/|https?[ \t]?:[ \t]?//)\S*")
_WORDS = re.compile(r"[^\W\d_]{2}")
_CAMEL = re.compile(r"^([A-Z][a-z]+)([A-Z][a-z]+)$")


def _signatures(text: str, end: int):
    """The signatures before ``end``, each looked for around a handle in brackets (a quick
    look in C for "(@" first: most texts have none)."""
    after = 0
    for h in _HANDLE.finditer(text, 0, end):
        if h.start() < after:
            continue
        m = _SIGNATURE.search(text, max(after, h.start() - _NAME_REACH), min(end, h.end() + _DATE_REACH))
        if m is not None:
            after = m.end()
            yield m


def embedded_posts(text: str, facts: TextFacts) -> list[Attribution]:
    """The attributions of the posts embedded in ``text`` (module docstring)."""
    if "(@" not in text and "( @" not in text:
        return []
    out = []
    after = 0  # the end of the last signature: a line of several posts starts each after the one before
    for m in _signatures(text, facts.body_end):
        start = max(text.rfind("\n", 0, m.start()) + 1, after)
        after = m.end()
        s, e = start, m.start()
        while s < e and text[s].isspace():
            s += 1
        skip = _SKIP.match(text, s, e)
        s = skip.end() if skip is not None else s  # the BBC's "Skip Twitter post by @…" before the post
        while e > s and text[e - 1] in " \t.":
            e -= 1  # the full stop, spaced or not, as a paraphrase's content ends without it
        if e - s > _POST_LENGTH or _WORDS.search(_LINK.sub("", text[s:e])) is None:
            continue  # words that are not a post's alone, or a post of links only (a picture)
        att = Attribution(m.span("name"), None, "", (s, e), (s, m.end()), rule="post")
        att.extra["set_apart"] = True
        camel = _CAMEL.match(m.group("name"))
        if camel is not None:
            full = re.search(r"\b" + camel.group(1) + r"\s+" + camel.group(2) + r"\b", text)
            if full is not None:
                att.extra["antecedent"] = full.span()
        out.append(att)
    return out
