"""One exception family for every expected problem.

Messages name the file, line or field at fault and say what to do; the command line
prints them without a traceback.
"""

from __future__ import annotations

__all__ = ["FramingError", "CorpusError", "LexiconError", "OutputError", "ParameterError", "FramingWarning", "MarksWarning"]


class FramingError(Exception):
    """Base class of every error `framing` raises on purpose."""


class CorpusError(FramingError):
    """A corpus cannot be read: missing path, missing column, unreadable file."""


class LexiconError(FramingError):
    """A lexicon is malformed; the message names the file, line and key."""


class OutputError(FramingError):
    """An output cannot be written (it would overwrite an input, bad extension …)."""


class ParameterError(FramingError, ValueError):
    """An option given a value it cannot take; the message names the option, the values it
    may take and the value given (``voice must be one of all, narrator, quoted, not 'x'.``).
    Also a ``ValueError``; the command line exits 2 on it, as on a bad flag."""


class FramingWarning(UserWarning):
    """A problem in the input that was handled: the rest of the work went on."""


class MarksWarning(FramingWarning):
    """Documents whose quotation marks are too unbalanced to read: a problem of the text
    read, silenced with the other reading problems by ``warn=False``."""


#: Where a Corpus keeps the warnings it was given (:func:`warn_once`; shared with its subsets).
WARNINGS_GIVEN = ("warnings given",)


def warn_once(message: str, corpus, category: type = FramingWarning, key=None) -> None:
    """Warn ``message`` at the user's line, unless it (or another of the same ``key``) was
    given already about this very corpus: a :class:`framing.Corpus` keeps the warnings it was
    given (with its cached facts), so a notebook that scores one corpus several times is told
    once. A path or a table keeps nothing: each call reads it anew and warns anew."""
    cached = getattr(corpus, "cached", None)
    if cached is not None:
        told = cached(WARNINGS_GIVEN, set)
        key = message if key is None else key
        if key in told:
            return
        told.add(key)
    import warnings

    warnings.warn(message, category, stacklevel=caller_stacklevel())


def caller_stacklevel() -> int:
    """The ``stacklevel`` for :func:`warnings.warn` that points at the user's line: the
    first frame outside this package, counted from the function that calls this one."""
    import os
    import sys

    package = os.path.dirname(os.path.abspath(__file__)) + os.sep
    frame = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_code.co_filename.startswith(package):
        frame = frame.f_back
        level += 1
    return level
