"""The language of each document, as a table (:func:`detect_languages`); the detector is
:func:`framing.corpus.mixed.detect_language` (py3langid)."""

from __future__ import annotations

import pandas as pd

from .._params import Interval, validate_params
from ..lang import languages
from .copies import _every_document
from .mixed import DETECT_CHARS, MIN_LETTERS, detect_language
from .model import reading_code

__all__ = ["detect_language", "detect_languages", "LANGUAGE_COLUMNS", "DETECT_CHARS", "MIN_LETTERS"]

#: The columns of :func:`detect_languages`.
LANGUAGE_COLUMNS = ["doc_id", "outlet", "lang", "probability", "framing_folder", "read_as", "agrees"]


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
        the document is read in: ``language=``, or in a corpus of mixed languages its own
        where framing has a folder for it) and ``agrees`` (``lang`` is ``read_as``). A
        corpus that mixes languages is read each document in its own language with
        ``language="detect"`` or ``lang_col=`` (:func:`framing.load_corpus`).

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
    out["read_as"] = [reading_code(x, c.language, have) for x in docs["lang"]] if c.mixed else c.language
    out["agrees"] = out["lang"] == out["read_as"]
    return out[LANGUAGE_COLUMNS]
