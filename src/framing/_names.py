"""Names and their romanisations: a romanisation-blind key of a name and a similarity of two
spellings, for :func:`framing.discover.find_variants` ("Deir ez-Zor", "Dayr az-Zawr",
"Deir al-Zour"). Re-exported by :mod:`framing.discover`; ``docs/discover.md`` explains the rules."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["name_key", "name_similarity", "fold", "close", "ARTICLE", "SEPARATORS"]

ARTICLE = re.compile(r"^(?:[aeiou][lzdrstn]{0,2}|[aeiou]sh|[aeiou]th)$")
SEPARATORS = re.compile(r"[\s\-‐‑–—_]+")
_DIGRAPHS = [("kh", "x"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("zh", "z"),
             ("ck", "k"), ("q", "k"), ("c", "k"), ("j", "j"), ("v", "f"), ("w", "u"), ("y", "i")]


_MARKS = re.compile(r"['’‘`´\u02bc\u02bb\u02be\u02bf]")
FUSED_ARTICLE = re.compile(r"^[aeiou]([zdrstnl])\1(?=[aeiouy])")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_NOT_LETTER = re.compile(r"[^a-z]")
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]+")


def fold(text: str) -> str:
    """Lower case, accents and ayn/hamza marks removed, apostrophes dropped."""
    t = unicodedata.normalize("NFKD", text.lower())
    if not t.isascii():
        t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return _MARKS.sub("", t)


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """A romanisation-blind key of a name: articles (al-, el-, ad-, az-, ash-, a-, e-) dropped,
    consonant pairs (kh, gh, sh, q/k …) merged, doubled letters single, every run of vowels
    one ``a``; words joined without spaces.

    >>> [name_key(n) for n in ["Deir ez-Zor", "Deir Ezzor", "Dayr az-Zawr", "Deir al-Zour", "Deir Al Zor"]]
    ['darzar', 'darzar', 'darzar', 'darzar', 'darzar']
    >>> name_key("Raqqa"), name_key("ar-Rakka"), name_key("Hezbollah"), name_key("Hizballah"), name_key("Nusrah")
    ('raka', 'raka', 'hazbala', 'hazbala', 'nasra')
    """
    parts = [p for p in SEPARATORS.split(fold(name)) if p]
    kept = []
    for i, p in enumerate(parts):
        if len(parts) > 1 and ARTICLE.match(p) and i < len(parts) - 1:
            continue  # a detached article: "al", "ez", "a" before the next word
        if i > 0 and FUSED_ARTICLE.match(p):
            p = p[2:]  # an article fused to the word: "Ezzor", "Azzawr" (vowel + the doubled sun letter)
        kept.append(_FINAL_H.sub("", p))  # a final -ah/-eh is the same word: Nusrah, Nusra
    t = "".join(kept)
    for a, b in _DIGRAPHS:
        t = t.replace(a, b)
    return _VOWELS.sub("a", _DOUBLE.sub(r"\1", _NOT_LETTER.sub("", t)))


def name_similarity(a: str, b: str) -> float:
    """How alike two names are as spellings, 0–1.

    Two comparisons, averaged: of the names' :func:`name_key` (blind to how the name was
    romanised) and of their letters as written (lower case, accents and marks removed), so that
    a word whose key happens to match ("race" and "Raqqa" both give ``raka``) still needs to
    look like the name. Each comparison is the mean of the Jaro–Winkler similarity and of one
    minus the normalised edit distance (``nltk.metrics.distance``): Jaro–Winkler alone rewards
    a shared beginning too much ("Deir" against "Deir ez-Zor").

    >>> [round(name_similarity("Deir ez-Zor", v), 2) for v in ["Dayr az-Zawr", "Deir al-Zour", "Deir"]]
    [0.8, 0.9, 0.68]
    >>> round(name_similarity("Raqqa", "Rakka"), 2), round(name_similarity("Raqqa", "race"), 2)
    (0.85, 0.78)
    """
    return (_similar(name_key(a), name_key(b)) + _similar(_letters(a), _letters(b))) / 2


@lru_cache(maxsize=200_000)
def _letters(name: str) -> str:
    return _NOT_LETTER.sub("", fold(name))


def _similar(x: str, y: str) -> float:
    from nltk.metrics.distance import edit_distance, jaro_winkler_similarity

    if not x or not y:
        return 0.0
    if x == y:
        return 1.0
    # the edit distance is never less than the difference in length: a cheap upper bound first
    # (NLTK's edit distance is pure Python, and most words are nowhere near the name)
    jw = jaro_winkler_similarity(x, y)
    longest = max(len(x), len(y))
    if (jw + 1 - abs(len(x) - len(y)) / longest) / 2 < 0.5:
        return float((jw + 1 - abs(len(x) - len(y)) / longest) / 2)
    return float((jw + 1 - edit_distance(x, y) / longest) / 2)




def close(word: str, seed_word: str) -> bool:
    """A cheap first test for an anchor: similar length, same first letter of the key, similar keys."""
    if FUSED_ARTICLE.match(word) and close(word[2:], seed_word):
        return True  # "Ezzor" for "Zor"
    if "-" in word and close(word.rsplit("-", 1)[1], seed_word):
        return True  # "al-Zour" for "Zor"
    if abs(len(word) - len(seed_word)) > max(3, len(seed_word) // 2 + 1):
        return False
    kw, ks = name_key(word), name_key(seed_word)
    if not kw or not ks or kw[0] != ks[0] or abs(len(kw) - len(ks)) > max(2, len(ks) // 2):
        return False
    return name_similarity(word, seed_word) >= 0.7
