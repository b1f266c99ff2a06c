"""Runs of capitalised words in a text, the raw material of :class:`.people.People`'s index
of the names an article gives: where a run starts and which tokens it holds ("Bashar
al-Assad", "Ludwig von Mises"), found by one search of the ``regex`` module (in C) per run."""

from __future__ import annotations

import re

import regex

__all__ = ["run_matches", "is_capitalised", "PARTICLES", "ARTICLE_PREFIX_RE"]

PARTICLES = frozenset("al el ad as ash ar az an at bin ibn abu bint de van von da di du del der la le".split())
ARTICLE_PREFIX_RE = re.compile(r"^(?:al|el|ad|as|ash|ar|az|an|at|ad)-(?=\w)")


def is_capitalised(token: str) -> bool:
    """A token that starts or continues a run by its capital ("Assad", "al-Assad"), not only
    as a particle ("al")."""
    return token[:1].isupper() or (ARTICLE_PREFIX_RE.match(token.lower()) is not None and token[3:4].isupper())


#: Token characters after the first letter, and what a capitalised token and a
#: particle look like as ``_runs`` reads them.
_TC = r"[\p{L}\p{N}_'’.\-]"  # Python's \w (str.isalnum and "_"), not the regex module's (marks too)
_PARTICLE_ALT = "|".join(sorted(PARTICLES, key=len, reverse=True))
_LETTER = r"(?<=[\p{L}\p{Nl}\p{No}])"  # after an upper-case character: it starts a token ("Ⓐ" does not)
_CAP_TOKEN = r"(?:\p{Uppercase}" + _LETTER + r"|(?i:a[lsdrznt]|el)-\p{Uppercase}" + _LETTER + ")" + _TC + "*"
#: A particle: its first letter looked at before the alternation of particles is tried (most
#: capitalised words are followed by a word that opens no particle: "The army", "He said"),
#: in the same case-insensitive group, so the same letters pass it (the same matches; the
#: search 9% faster on English news).
_PARTICLE_TOKEN = (r"(?i:(?=[" + "".join(sorted({p[0] for p in PARTICLES})) + "])(?:" + _PARTICLE_ALT + r"))(?!"
                   + _TC + ")")
#: A run, matched from the start of the word that holds a capital: the characters before its
#: first letter, then a capitalised token and the capitalised tokens and particles after
#: spaces (captured as ``t``); or a token that is not capitalised ("iPhone"), captured as
#: nothing.
_RUN_AT_RE = regex.compile(r"[\d_'’.\-]*(?:(?P<t>" + _CAP_TOKEN + r")(?:[ \u00a0]+(?P<t>" + _CAP_TOKEN + "|"
                           + _PARTICLE_TOKEN + "))*|[\\p{L}\\p{Nl}\\p{No}]" + _TC + "*)")
#: A run found where its first token starts with a capital (a capital inside a word is read
#: again from the word's start by ``_RUN_AT_RE``): of one token or more, and of two or more.
_RUN_RE = regex.compile(r"(?P<t>\p{Uppercase}" + _LETTER + _TC + r"*)(?:[ \u00a0]+(?P<t>" + _CAP_TOKEN + "|" + _PARTICLE_TOKEN + "))*")
_LONG_RUN_RE = regex.compile(r"(?P<t>\p{Uppercase}" + _LETTER + _TC + r"*)(?:[ \u00a0]+(?P<t>" + _CAP_TOKEN + "|" + _PARTICLE_TOKEN
                             + "))+")
#: Characters that continue a token besides letters and digits.
_TOKEN_CHARS = frozenset("_'’.-")


def run_matches(text: str, single: bool):
    """The matches of the runs of capitalised words in text order (of one word or more with
    ``single``, ``_RUN_RE``, else of two or more, ``_LONG_RUN_RE``), whose runs as written
    :func:`_split_run` gives. A run is a capitalised token ("Assad", "al-Assad") and the
    capitalised tokens and particles ("al", "von") after it, each after spaces only (a comma,
    a bracket, a line break ends it); a token is a letter, then letters, digits, apostrophes,
    full stops and hyphens. Found by a search in C; a run whose first capital stands inside
    a word is read from the word's start (``_RUN_AT_RE``)."""
    search, match, pos = (_RUN_RE if single else _LONG_RUN_RE).search, _RUN_AT_RE.match, 0
    while True:
        m = search(text, pos)
        if m is None:
            return
        r = m.start()
        if r > 0 and (text[r - 1].isalnum() or text[r - 1] in _TOKEN_CHARS):
            while r > 0 and (text[r - 1].isalnum() or text[r - 1] in _TOKEN_CHARS):
                r -= 1  # a capital inside a word ("al-Assad", "iPhone"): read from the word's start
            found, m = m, match(text, r)
            pos = m.end() if m.end() > r else found.start() + 1  # not past a capital the match did not read
        else:
            pos = m.end()
        yield m
