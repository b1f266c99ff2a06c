"""A fast, quote-aware sentence splitter with offsets into the original text.

NLTK's untrained Punkt splitter was measured here at 2.5 MB/s and splits "“Quote.” he
said." into two sentences; news attribution needs that kept as one, and the target is
5 MB/s, so sentences are cut by rule: in English at ``.``, ``!`` or ``?`` (with closing
quotes or brackets after it) followed by white space and an upper-case letter, digit or
opening quote — except after an abbreviation ("Mr.", "U.S.", "Gov.") or an initial ("J.").
Paragraph breaks always end a sentence.

The ends and the abbreviations are a language's data (``sentences`` in its
``language.yaml``), compiled once per language (:func:`sentence_rules`): French, Spanish and
German sentences may start with É, Ñ, Ü, « „ » ¿ ¡; Russian ones with a Cyrillic capital or
a dash; Arabic ones (no capitals) with any Arabic letter, after . ! ? ؟ or ۔ — the Arabic
comma ، ends none. A language whose ``word_before`` takes a number of one or two digits
(German) reads "am 3. Oktober" as an ordinal, not a sentence end.
"""

from __future__ import annotations

import re

from .lang import Language, get_language

__all__ = ["split_sentences", "sentence_rules", "SentenceRules"]


class SentenceRules:
    """A language's sentence ends, compiled."""

    def __init__(self, lang: Language):
        s = lang.sentences
        self.language = lang.code
        self.end = re.compile(s["end"])
        self.word_before = re.compile(s["word_before"])
        self.abbreviations = frozenset(s["abbreviations"])


def sentence_rules(language: "str | Language | SentenceRules | None" = None) -> SentenceRules:
    """The :class:`SentenceRules` of a language (English by default), compiled on first use."""
    if isinstance(language, SentenceRules):
        return language
    return get_language(language).memo(SentenceRules, SentenceRules)


def __getattr__(name: str):
    if name == "ABBREVIATIONS":  # English's, under the name it had as a module constant
        return sentence_rules("en").abbreviations
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def split_sentences(text: str, start: int, end: int,
                    language: "str | Language | SentenceRules | None" = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one paragraph), by the rules of
    ``language`` (English by default; pass its :func:`sentence_rules` in a loop)."""
    rules = sentence_rules(language)
    end_re, word_before, abbreviations = rules.end, rules.word_before, rules.abbreviations
    spans = []
    s = start
    # skip leading white space
    while s < end and text[s].isspace():
        s += 1
    for m in end_re.finditer(text, s, end):
        stop = m.end()
        punct = text[m.start()]
        if punct == "." and m.end() - m.start() == 1:
            w = word_before.search(text, max(s, m.start() - 12), m.end())
            if w:
                word = w.group(1).lower()
                if word in abbreviations or len(word) == 1 or (len(word) <= 3 and "." in word) or word.isdigit():
                    continue  # (a number only where word_before takes one: German "am 3. Oktober")
        if stop > s:
            spans.append((s, stop))
        s = stop
        while s < end and text[s].isspace():
            s += 1
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
    return spans
