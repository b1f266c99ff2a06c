"""Words inside an article that are not the article's: the link box some outlets set after a
person's name, read by the attribution rules as if it were not there.

The Hill follows the first mention of a politician with a box that the text of a web page
keeps inline: the full name with its middle names, the surname twice run together, the
headlines of other stories, and "MORE" ("Sen. Lindsey Graham Lindsey Olin GrahamGraham says
Trump should be allowed to undo DACA order … Morning Report - … MORE (R-S.C.) said Tuesday
…"). Read as words, the headlines become the speaker ("Morning Report - Witness transcripts
… MORE") or cut the subject from its verb, and "TrumpTrump" hides that "Trump" is Donald
Trump. :func:`without_link_boxes` gives the text with each box blanked out (spaces, so
every offset still points into the original text).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["without_link_boxes", "link_boxes"]

#: The box before a "MORE": the name as written ends with the surname, the box's full name
#: (capitalised words, a nickname in brackets) ends with the surname run together with the
#: first headline ("GrahamGraham says …", "TillersonDonald Trump and …", "SánchezFirst major
#: …": the box may spell the name with its accents), then the headlines to "MORE".
_BOX_RE = re.compile(r"\b(?P<s>[A-Z][\w'’\-]+)(?P<box> (?:(?:[A-Z(][^\s]*|\)) ){1,6}?(?P<t>(?P=s)|[A-Z][\w'’\-]*?)"
                     r"(?=[A-Z0-9'‘“\"])[^\n]{0,600}?)MORE$")
#: How far before its "MORE" a box may start.
_REACH = 720


def link_boxes(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each link box of the text, "MORE" included.

    >>> text = "Sen. Lindsey Graham Lindsey Olin GrahamGraham says Trump should undo DACA order MORE (R-S.C.) said Tuesday"
    >>> [text[s:e] for s, e in link_boxes(text)]
    [' Lindsey Olin GrahamGraham says Trump should undo DACA order MORE']
    """
    out = []
    at = text.find("MORE")
    while at >= 0:
        end = at + 4
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            lo = max(0, at - _REACH, out[-1][1] if out else 0)
            m = _BOX_RE.search(text, lo, end)
            while m is not None and _folded(m.group("t")) != _folded(m.group("s")):
                m = _BOX_RE.search(text, m.start() + 1, end)
            if m is not None:
                out.append((m.start("box"), end))
        at = text.find("MORE", end)
    return out


def _folded(word: str) -> str:
    """The word without its accents ("Sánchez" as "Sanchez")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def without_link_boxes(text: str) -> str:
    """The text with its link boxes (:func:`link_boxes`) blanked out, as long as the text."""
    boxes = link_boxes(text) if "MORE" in text else ()
    if not boxes:
        return text
    parts, pos = [], 0
    for s, e in boxes:
        parts += [text[pos:s], " " * (e - s)]
        pos = e
    parts.append(text[pos:])
    return "".join(parts)
