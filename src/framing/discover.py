"""Build a lexicon from the corpus: the spellings a corpus actually uses for a name.

Writing a lexicon one can trust is where a study with a new corpus spends its hours. These
functions propose; the researcher decides (and checks with :func:`framing.kwic`):

* :func:`find_variants` — the word sequences of the corpus that are likely spellings of a name
  ("Deir ez-Zor": "Deir Ezzor", "Deir al-Zor", "Dayr az-Zawr"), scored by a string similarity
  that knows how Arabic, Persian and Russian names are romanised (``docs/discover.md``).

Tokens here are words as a reader counts them (:data:`WORD_PATTERN`): curly and straight
apostrophes are one character, numbers and underscores are left out, and single letters
("a.m." gives no "m") are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

import pandas as pd

from .errors import FramingError

__all__ = ["find_variants", "words", "name_key", "name_similarity", "WORD_PATTERN", "VARIANT_COLUMNS"]

#: A word: letters, with inner apostrophes or hyphens ("al-Zor", "Trump’s"). No digits, no underscores.
WORD_PATTERN = r"[^\W\d_]+(?:['’\u2019\u02bc-][^\W\d_]+)*"
_WORD_RE = re.compile(WORD_PATTERN)
_APOSTROPHES = str.maketrans({"’": "'", "\u02bc": "'", "‘": "'", "`": "'", "´": "'"})


def words(text: str, *, lower: bool = True) -> list[tuple[str, int, int]]:
    """The words of ``text`` with their offsets: ``(word, start, end)``, apostrophes made
    straight (offsets still index ``text``), single letters left out.

    >>> [w for w, _, _ in words("At 9 a.m. Trump’s aides met __ the U.S. team, 2017")]
    ['at', "trump's", 'aides', 'met', 'the', 'team']
    """
    out = []
    for m in _WORD_RE.finditer(text):
        w = m.group()
        if len(w) < 2:
            continue
        w = w.translate(_APOSTROPHES)
        out.append((w.lower() if lower else w, m.start(), m.end()))
    return out


# --- names and their romanisations -----------------------------------------------------

_ARTICLE = re.compile(r"^(?:[aeiou][lzdrstn]{0,2}|[aeiou]sh|[aeiou]th)$")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_]+")
_DIGRAPHS = [("kh", "x"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("zh", "z"),
             ("ck", "k"), ("q", "k"), ("c", "k"), ("j", "j"), ("v", "f"), ("w", "u"), ("y", "i")]


_MARKS = re.compile(r"['’‘`´\u02bc\u02bb\u02be\u02bf]")
_FUSED_ARTICLE = re.compile(r"^[aeiou]([zdrstnl])\1(?=[aeiouy])")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_NOT_LETTER = re.compile(r"[^a-z]")
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]+")


def _fold(text: str) -> str:
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
    parts = [p for p in _SEPARATORS.split(_fold(name)) if p]
    kept = []
    for i, p in enumerate(parts):
        if len(parts) > 1 and _ARTICLE.match(p) and i < len(parts) - 1:
            continue  # a detached article: "al", "ez", "a" before the next word
        if i > 0 and _FUSED_ARTICLE.match(p):
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
    return _NOT_LETTER.sub("", _fold(name))


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


def _documents(corpus, load: dict):
    from .corpus import as_corpus

    corpus = as_corpus(corpus, **load)
    if len(corpus.documents) == 0:
        raise FramingError("the corpus is empty: there is nothing to discover.")
    return corpus


_BREAK = re.compile(r"[.;:!?,()\[\]\"“”–—|/]|\s-+\s|--")
_ARTICLE_WORDS = {"al", "el", "il", "ul", "ad", "ed", "ar", "er", "as", "es", "ash", "at", "et", "an", "en", "az", "ez"}
_POSSESSIVE = re.compile(r"'s?$")
_POSSESSIVE_WORD = re.compile(r"['’]s?$")

VARIANT_COLUMNS = ["variant", "count", "score", "docs", "is_seed", "in_lexicon", "example_doc", "left", "match", "right"]


def find_variants(corpus, name: "str | None" = None, *, family: str | None = None, lexicon=None, top: int = 20,
                  min_count: int = 2, min_score: float = 0.75, by: str = "outlet", width: int = 40, **load) -> pd.DataFrame:
    """Likely spellings of a name in the corpus, best first.

    Parameters
    ----------
    name : str
        The name as you write it ("Deir ez-Zor", "Hezbollah", "Bashar al-Assad").
    family : str, optional
        Instead of ``name``: every label of this family of ``lexicon`` is a seed, and the
        table says which variants the lexicon already matches (``in_lexicon``): the ones it
        does not are the spellings to add.
    lexicon : str or Lexicon, optional
        For ``family`` (and to fill ``in_lexicon`` for a ``name``).
    top : int
        Rows returned (``None``: all above ``min_score``).
    min_count : int
        Variants seen fewer times are left out.
    min_score : float
        The lowest :func:`name_similarity` kept (0–1).
    by : str
        The column that ``count_<group>`` columns count by (default ``outlet``; ``None``: none).

    Returns
    -------
    DataFrame
        ``variant`` (the commonest way it is written), ``count``, ``score`` (similarity to the
        closest seed, 0–1), ``docs`` (articles), ``is_seed``, ``in_lexicon``, a keyword in
        context (``example_doc``, ``left``, ``match``, ``right``), then ``count_<group>`` for each
        group of ``by``; sorted by score, then count.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...     "text": ["Fighting in Deir Ezzor and Deir Ezzor city.", "In Dayr az-Zawr, as in Deir al-Zor, the siege."]})
    >>> find_variants(df, "Deir ez-Zor", min_count=1)[["variant", "count", "score"]].values.tolist()
    [['Deir Ezzor', 2, 1.0], ['Deir al-Zor', 1, 0.9222], ['Dayr az-Zawr', 1, 0.8042]]
    """
    from .lexicon import load_lexicon

    lex = None
    if family is not None:
        if lexicon is None:
            raise FramingError("family= needs lexicon= (the lexicon the family is in).")
        lex = load_lexicon(lexicon)
        if family not in lex.families:
            raise FramingError(f"no family {family!r} in lexicon {lex.name!r}; families: {', '.join(lex.families)}.")
        seeds = [p.text for lab in lex.families[family].labels.values() for p in lab.patterns if not p.regex]
        seeds = list(dict.fromkeys(s.replace("*", "") for s in seeds)) + list(lex.families[family].labels)
        seeds = list(dict.fromkeys(seeds))
    else:
        if not isinstance(name, str) or len(name.strip()) < 2:
            raise FramingError(f"give a name of two characters or more to find its spellings, not {name!r}.")
        seeds = [name.strip()]
        if lexicon is not None:
            lex = load_lexicon(lexicon)
    if not (0 <= min_score <= 1):
        raise FramingError(f"min_score must lie between 0 and 1, not {min_score!r}.")
    corpus = _documents(corpus, load)
    docs = corpus.documents
    group_col = None
    if by is not None:
        from .groups import grouping

        group_col = grouping(by).labels(docs)
    lengths = [len(_SEPARATORS.split(s.strip())) for s in seeds]
    max_n = max(lengths) + 1
    # anchors: the words of the corpus that look like the rarest word of a seed (its most telling
    # word: "Zor", not "Deir", which looks like "door"), or like a whole seed written as one word
    vocab: Counter = Counter()
    for text in docs["text"]:
        vocab.update(_WORD_RE.findall(text.lower()))
    anchors: set = set()
    for seed in seeds:
        options = []
        telling = {w for w in _SEPARATORS.split(seed) if len(name_key(w)) >= 2 and not _ARTICLE.match(_fold(w))}
        for sw in telling or {seed}:
            near = {w for w in vocab if len(w) > 1 and _close(w, sw)}
            options.append((sum(vocab[w] for w in near), -len(sw), sorted(near)))
        if options:
            anchors.update(min(options)[2])
        anchors.update(w for w in vocab if len(w) > 3 and _close(w, seed))
    anchors = {w.translate(_APOSTROPHES) for w in anchors}
    if not anchors:
        raise FramingError(f"nothing in the corpus looks like {', '.join(repr(s) for s in seeds[:5])}: check the "
                           "spelling, or lower min_score.")
    alternatives = sorted((re.escape(a).replace("'", "['’\u02bc]") for a in anchors), key=len, reverse=True)
    anchor_re = re.compile(r"(?<![^\W\d_])(?:" + "|".join(alternatives) + r")(?![^\W\d_])", re.IGNORECASE)
    reach = 40 * max_n  # characters around an anchor that hold the words of any n-gram through it
    score_of: dict = {}
    found: dict = {}
    for i, (doc_id, text) in enumerate(zip(docs["doc_id"], docs["text"])):
        seen_here: set = set()
        for m in anchor_re.finditer(text):
            lo = max(0, m.start() - reach)
            toks = [(w, s + lo, e + lo) for w, s, e in words(text[lo:m.end() + reach], lower=False)]
            if toks and lo > 0 and toks[0][1] == lo and text[lo - 1].isalpha():
                toks = toks[1:]  # a word cut by the window
            starts = [s for _, s, _ in toks]
            if m.start() not in starts:
                continue
            p = starts.index(m.start())
            low = [w.lower() for w, _, _ in toks]
            for n in range(1, max_n + 1):
                for first in range(max(0, p - n + 1), min(p, len(toks) - n) + 1):
                    s, e = toks[first][1], toks[first + n - 1][2]
                    if "\n\n" in text[s:e] or _BREAK.search(text, s, e):
                        continue
                    if any(_POSSESSIVE_WORD.search(t) for t in low[first:first + n - 1]):
                        continue  # a possessive ends a name: "Bashar al-Assad's use" is not a spelling
                    key = _POSSESSIVE.sub("", " ".join(low[first:first + n]))
                    if (key, s) in seen_here:
                        continue
                    seen_here.add((key, s))
                    score = score_of.get(key)
                    if score is None:
                        score = score_of[key] = max(name_similarity(key, seed) for seed in seeds)
                    if score < min_score:
                        continue
                    rec = found.get(key)
                    if rec is None:
                        rec = found[key] = {"score": score, "count": 0, "docs": set(), "forms": Counter(), "example": None,
                                            "groups": Counter()}
                    rec["count"] += 1
                    rec["docs"].add(i)
                    rec["forms"][_POSSESSIVE.sub("", " ".join(text[s:e].split()).translate(_APOSTROPHES))] += 1
                    if group_col is not None:
                        rec["groups"][group_col[i]] += 1
                    if rec["example"] is None:
                        rec["example"] = (doc_id, " ".join(text[max(0, s - width):s].split()), text[s:e],
                                          " ".join(text[e:e + width].split()))
    rows = []
    groups = sorted({g for r in found.values() for g in r["groups"]}, key=str)
    seed_lower = {s.lower() for s in seeds}
    for key, r in found.items():
        if r["score"] < min_score or r["count"] < min_count:
            continue
        form = r["forms"].most_common(1)[0][0]
        in_lex = None
        if lex is not None:
            hits = list(lex.finditer(form, 0, len(form)))
            in_lex = bool(hits) and (family is None or any(f == family for f, _, _, _ in hits))
        rows.append([form, r["count"], round(r["score"], 4), len(r["docs"]), key in seed_lower, in_lex, *r["example"],
                     *[r["groups"].get(g, 0) for g in groups]])
    out = pd.DataFrame(rows, columns=VARIANT_COLUMNS + [f"count_{g}" for g in groups])
    out = _drop_contained(out)
    out = out.sort_values(["score", "count", "variant"], ascending=[False, False, True], ignore_index=True)
    if top is not None:
        out = out.head(top)
    out.attrs.update(seeds=seeds, family=family, by=by)
    return out


def _close(word: str, seed_word: str) -> bool:
    """A cheap first test for an anchor: similar length, same first letter of the key, similar keys."""
    if _FUSED_ARTICLE.match(word) and _close(word[2:], seed_word):
        return True  # "Ezzor" for "Zor"
    if "-" in word and _close(word.rsplit("-", 1)[1], seed_word):
        return True  # "al-Zour" for "Zor"
    if abs(len(word) - len(seed_word)) > max(3, len(seed_word) // 2 + 1):
        return False
    kw, ks = name_key(word), name_key(seed_word)
    if not kw or not ks or kw[0] != ks[0] or abs(len(kw) - len(ks)) > max(2, len(ks) // 2):
        return False
    return name_similarity(word, seed_word) >= 0.7


def _drop_contained(df: pd.DataFrame) -> pd.DataFrame:
    """Keep the table to spellings of the name: leave out a variant that holds a shorter
    variant scoring at least as well ("Manbij a key" beside "Manbij"), one that begins or
    ends with an English function word ("in Qaeda", "idly by"; Arabic articles such as "al"
    stay), and a possessive whose apostrophe was stripped ("Idlibs" beside "Idlib"),
    whose count goes to the name."""
    if df.empty:
        return df
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    df = df.copy()
    row_of = {v.lower(): i for i, v in zip(df.index, df["variant"])}
    keep = []
    for i, v, score in zip(df.index, df["variant"], df["score"]):
        parts = v.lower().split()
        # an article comes before a name, never after; "as", "at", "an" read as English words here
        edges = ({parts[0]} - (_ARTICLE_WORDS - ENGLISH_STOP_WORDS)) | {parts[-1]}
        if len(parts) > 1 and edges & ENGLISH_STOP_WORDS:
            keep.append(False)
            continue
        # shorter forms inside this one, unless what they leave out is only an article ("al Raqqa")
        subs = {" ".join(parts[a:b]) for a in range(len(parts)) for b in range(a + 1, len(parts) + 1)
                if not set(parts[:a] + parts[b:]) <= _ARTICLE_WORDS} - {v.lower()}
        pieces = v.lower().split("-")
        subs |= {"-".join(pieces[:k]) for k in range(1, len(pieces)) if not set(pieces[k:]) <= _ARTICLE_WORDS}
        subs |= {"-".join(pieces[k:]) for k in range(1, len(pieces)) if not set(pieces[:k]) <= _ARTICLE_WORDS}
        if any(sub in row_of and df.at[row_of[sub], "score"] >= score for sub in subs):
            keep.append(False)
            continue
        base = v.lower()[:-1]
        if v.lower().endswith("s") and base in row_of and row_of[base] != i:
            j = row_of[base]
            for col in [c for c in df.columns if c == "count" or c.startswith("count_")]:
                df.at[j, col] += df.at[i, col]
            keep.append(False)
            continue
        keep.append(True)
    return df[keep]
