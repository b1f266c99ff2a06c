"""The language of each document, read by py3langid (a naive Bayes model of byte n-grams
over 97 languages, the maintained fork of langid.py, Lui & Baldwin 2012): its model ships
inside the package, so nothing is downloaded at run time, and it reads about a thousand
2,000-character openings a second on one core. trafilatura uses the same detector."""

from __future__ import annotations

import re

import pandas as pd

from .._params import Interval, validate_params
from ..lang import languages
from .copies import _every_document

__all__ = ["detect_language", "detect_languages", "LANGUAGE_COLUMNS", "DETECT_CHARS", "MIN_LETTERS"]

#: How much of a document's opening the detector reads.
DETECT_CHARS = 2000
#: A document with fewer letters than this in its opening is not given a language ("").
MIN_LETTERS = 20
#: The columns of :func:`detect_languages`.
LANGUAGE_COLUMNS = ["doc_id", "outlet", "lang", "probability", "framing_folder", "read_as", "agrees"]

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


@validate_params(chars=Interval(1, None, whole=True))
def detect_languages(corpus, *, chars: int = DETECT_CHARS, **load) -> pd.DataFrame:
    """The language of every document read, one row each.

    Parameters
    ----------
    corpus : Corpus, DataFrame or path
        What :func:`framing.load_corpus` accepts (extra keyword arguments go to it, except
        ``duplicates`` and ``copy``: every document read is looked at).
    chars : int
        How much of each document's opening is read (default 2,000 characters).

    Returns
    -------
    DataFrame
        ``doc_id``, ``outlet``, ``lang`` (the detected ISO 639-1 code; "" for a document too
        short to tell), ``probability`` (the detector's, normalised over its 97 languages),
        ``framing_folder`` (framing has a folder for that language: its quotation marks,
        sentences and, where there are some, attribution rules), ``read_as`` (the language
        the corpus is read in, ``language=``) and ``agrees`` (``lang`` is ``read_as``). A
        corpus that mixes languages is scored one language at a time: select the documents
        of each (``corpus.select``, or a DataFrame filtered on ``lang``) and pass its
        ``language=``; the ``lang`` column groups any table (``by="lang"`` once it is a
        column of the documents).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["x", "y"], "text": [
    ...     "The Syrian government said on Monday that its forces had retaken the town.",
    ...     "Die syrische Regierung erklärte am Montag, ihre Truppen hätten die Stadt erobert."]})
    >>> detect_languages(df)[["doc_id", "lang", "agrees"]].values.tolist()
    [['a', 'en', True], ['b', 'de', False]]
    """
    docs, c = _every_document(corpus, load)
    found = [detect_language(t, chars=chars) for t in docs["text"]]
    have = set(languages())
    out = pd.DataFrame({
        "doc_id": docs["doc_id"].to_numpy(), "outlet": docs["outlet"].to_numpy(),
        "lang": [lang for lang, _ in found], "probability": [p for _, p in found]})
    out["framing_folder"] = out["lang"].isin(have)
    out["read_as"] = c.language
    out["agrees"] = out["lang"] == c.language
    return out[LANGUAGE_COLUMNS]
