"""What the voice checklists (tests/test_checklist_voice_<lang>.py) assert with: each marked
span of a sentence, in order, read as a name (the narrator's words) or a quotation."""

from __future__ import annotations

import pytest

from framing.text import analyze


def marked(text: str, lang: str) -> list[tuple[str, str]]:
    """Each marked span of ``text``, in order: what it holds and ``name`` or ``quote``."""
    f = analyze(text, lang)
    spans = [(q.start, q.end, "name") for q in f.names] + [(q.start, q.end, "quote") for q in f.quotes]
    return [(text[s + 1:e - 1].strip(), kind) for s, e, kind in sorted(spans)]


def gap(reason: str = "not yet read"):
    """A construction not yet read: the test fails, and names the work left."""
    return pytest.mark.xfail(strict=True, reason=reason)


def rows(done: list, gaps: list) -> list:
    """The cases that pass and, marked as gaps, those that do not yet."""
    return done + [pytest.param(*(g if isinstance(g, tuple) else (g,)), marks=gap()) for g in gaps]


def all_names(text: str, lang: str) -> None:
    got = marked(text, lang)
    assert got and all(kind == "name" for _, kind in got), got


def one_quote(text: str, lang: str, words: str) -> None:
    assert marked(text, lang) == [(words, "quote")]


def nested_is_quoted(text: str, lang: str, name: str, narrator: str) -> None:
    """A name in marks inside a quotation is the speaker's words; a word after it the narrator's."""
    f = analyze(text, lang)
    k = text.index(name)
    assert f.voice_at(k, k + len(name)) == "quoted"
    k = text.index(narrator)
    assert f.voice_at(k, k + len(narrator)) == "narrator"
