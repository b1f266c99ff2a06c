"""A corpus of mixed languages: the language of each document, given by a column of the
corpus (``lang_col=``) or detected (``language="detect"``), kept as its ``lang`` column,
and the language whose rules read it (:meth:`framing.Corpus.read_in`).

The detector is py3langid (a naive Bayes model of byte n-grams over 97 languages, the
maintained fork of langid.py, Lui & Baldwin 2012): its model ships inside the package, so
nothing is downloaded at run time, and it reads about a thousand 2,000-character openings a
second on one core. trafilatura uses the same detector."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from ..errors import CorpusError
from ..lang import get_language, languages
from .checks import missing_column

__all__ = ["DETECT", "DETECT_CHARS", "MIN_LETTERS", "detect_language", "language_code",
           "DocumentLanguages", "language_options"]

#: The ``language`` option that detects each document's language.
DETECT = "detect"
#: How much of a document's opening the detector reads.
DETECT_CHARS = 2000
#: A document with fewer letters than this in its opening is not given a language ("").
MIN_LETTERS = 20

_LETTER_RE = re.compile(r"[^\W\d_]")
_IDENTIFIER = None


def _identifier():
    global _IDENTIFIER
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


def detect_language(text: str, *, chars: int = DETECT_CHARS) -> tuple[str, float]:
    """``(ISO 639-1 code, probability)`` of the language of ``text``'s opening (``chars``
    characters); ``("", nan)`` when it holds fewer than :data:`MIN_LETTERS` letters.

    >>> detect_language("Le régime syrien a bombardé la ville, selon l'Observatoire.")[0]
    'fr'
    >>> detect_language("12:30")
    ('', nan)
    """
    opening = text[:chars]
    if len(_LETTER_RE.findall(opening, 0, chars)) < MIN_LETTERS:
        return "", float("nan")
    lang, p = _identifier().classify(opening)
    return str(lang), float(p)


def language_code(value) -> str:
    """A language as a column writes it, as a code: lower case, the region left out
    (``"FR"``, ``"fr-CH"``, ``"fr_FR"`` → ``"fr"``); "" for an empty or missing cell.

    >>> [language_code(v) for v in ("FR", " de-AT ", "pt_BR", None, float("nan"), pd.NA, "")]
    ['fr', 'de', 'pt', '', '', '', '']
    """
    if not isinstance(value, str) and (value is None or pd.isna(value)):
        return ""
    text = str(value).strip().lower()
    return re.split(r"[-_]", text, maxsplit=1)[0] if text else ""


def language_options(language: str | None, lang_col: str | None) -> tuple[str, bool, bool]:
    """``(default code, detect, per document)`` from the ``language`` and ``lang_col``
    options: ``language="detect"`` detects each document's language (English for those too
    short to tell); ``lang_col`` reads it from a column (``language`` then the language of
    documents whose cell is empty, or ``"detect"`` to detect theirs)."""
    if lang_col is not None and (not isinstance(lang_col, str) or not lang_col.strip()):
        raise CorpusError(f"lang_col must name a column of the corpus, not {lang_col!r}.")
    detect = language == DETECT
    default = get_language(None if detect else language).code
    return default, detect, detect or lang_col is not None


class DocumentLanguages:
    """The ``lang`` column of each chunk: the column ``lang_col`` as codes
    (:func:`language_code`), a document without one detected when ``detect`` says so; then,
    for the whole corpus, one problem naming the languages framing has no folder for and the
    documents with none, read in ``default``."""

    def __init__(self, *, default: str, detect: bool, lang_col: str | None):
        self.default, self.detect, self.lang_col = default, detect, lang_col
        self.have = frozenset(languages())
        self.counts: Counter = Counter()

    def apply(self, df: pd.DataFrame, source: str) -> pd.DataFrame:
        if self.lang_col is not None and self.lang_col not in df.columns:
            raise missing_column(source, self.lang_col, "lang_col", "--lang-col", [c for c in df.columns if c != "text"])
        given = df[self.lang_col].map(language_code).tolist() if self.lang_col is not None else [""] * len(df)
        if self.detect:
            given = [g or detect_language(t)[0] for g, t in zip(given, df["text"])]
        self.counts.update(given)
        df = df.copy()
        df["lang"] = given
        return df

    def report(self, problems, source: str) -> None:
        """One problem for the documents not read in their own language (none when every
        one is)."""
        unserved = [(code, n) for code, n in self.counts.most_common() if code and code not in self.have]
        none = self.counts.get("", 0)
        if not unserved and not none:
            return
        parts = []
        if unserved:
            parts.append(f"documents in languages framing has no folder for: {', '.join(f'{c} {n}' for c, n in unserved)}")
        if none:
            where = "an empty " + repr(self.lang_col) + " cell" if self.lang_col and not self.detect else \
                "too short to detect" if not self.lang_col else "no language given or detected"
            parts.append(f"{none} document{'s' if none != 1 else ''} with no language ({where})")
        name = get_language(self.default).name
        problems.add(source, None, None, "; ".join(parts),
                     f"read by {name}'s rules (language={self.default!r}); framing has rules for "
                     f"{', '.join(sorted(self.have))} (docs/languages.md)")
