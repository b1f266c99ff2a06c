"""Load a corpus: a folder of ``.txt`` files, CSV, JSON Lines (``.gz`` too), Parquet or a DataFrame.

Texts are kept exactly as decoded — line endings, non-breaking spaces and quotation marks
untouched — so that every offset the toolkit reports indexes them: ``text[start:end]``
is always the surface that was matched.

Problems in the input never stop the load: each one is warned about
(:class:`~framing.errors.FramingWarning`) and listed in :attr:`Corpus.problems` with what
was done (``kept``, ``skipped``, ``decoded``); files that could not be read are skipped and
the rest goes on. Only problems that leave nothing to score (no such path, no text column)
raise a :class:`~framing.errors.CorpusError`.

The package, along its seams:

- :mod:`.model` — :class:`Corpus` and :class:`Problems`;
- :mod:`.registry` and :mod:`.readers` — one module per format, each registered for its
  file endings with :func:`register_reader` (the error for an unknown format, the command
  line's help and the docs' list are made from the registry);
- :mod:`.decoding` — bytes to text;
- :mod:`.prepare` — the one preparation of a chunk (standardised columns, repeated ids,
  title column, mojibake) that local loading and :mod:`framing.dask` both call;
- :mod:`.load` — :func:`load_corpus`, :func:`iter_corpus` and the check of loading options;
- :mod:`.duplicates`, :mod:`.wire` and :mod:`.copies` — near-duplicates and wire copy
  (:func:`find_duplicates`, :func:`wire_shares`, :func:`wire_agency`), and the choice every
  score makes from them (``duplicates=``, ``copy=``);
- :mod:`.mixed` — each document's language (``language="detect"``, ``lang_col=``: a
  corpus of mixed languages) and the detector; :mod:`.languages` — :func:`detect_languages`,
  the language of each document as a table;
- :mod:`.summary` — :func:`corpus_summary`; :mod:`.paths` — :func:`resolve_path`.
"""

from __future__ import annotations

from .copies import find_duplicates, wire_shares
from .decoding import decode_bytes
from .languages import detect_language, detect_languages
from .load import LOAD_OPTIONS, as_corpus, check_load, iter_corpus, load_corpus
from .model import PROBLEM_COLUMNS, PROBLEMS_SHOWN, Corpus, Problems
from .paths import resolve_path
from .prepare import prepare_chunk, standardise
from .readers import Reader, register_reader, registered, unregister
from .registry import formats_text, supported_formats, table_endings
from .summary import corpus_summary, group_labels
from .wire import wire_agency

__all__ = ["Corpus", "load_corpus", "iter_corpus", "corpus_summary", "resolve_path", "SUPPORTED_FORMATS", "READERS",
           "formats_text", "register_reader", "Reader", "registered", "unregister", "supported_formats",
           "as_corpus", "check_load", "LOAD_OPTIONS", "group_labels", "Problems", "PROBLEM_COLUMNS", "PROBLEMS_SHOWN",
           "standardise", "prepare_chunk", "decode_bytes", "find_duplicates", "wire_shares", "wire_agency",
           "detect_language", "detect_languages"]


def __getattr__(name: str):
    # made from the registry when asked, so a format registered later is in them
    if name == "READERS":  # ((ending, format), …) of the files holding many documents, as listed
        return tuple((e, r.name) for e, r in table_endings())
    if name == "SUPPORTED_FORMATS":
        return supported_formats()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
