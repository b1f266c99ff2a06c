"""One exception family for every expected problem.

Messages name the file, line or field at fault and say what to do; the command line
prints them without a traceback.
"""

from __future__ import annotations

__all__ = ["FramingError", "CorpusError", "LexiconError", "OutputError", "FramingWarning"]


class FramingError(Exception):
    """Base class of every error `framing` raises on purpose."""


class CorpusError(FramingError):
    """A corpus cannot be read: missing path, missing column, unreadable file."""


class LexiconError(FramingError):
    """A lexicon is malformed; the message names the file, line and key."""


class OutputError(FramingError):
    """An output cannot be written (it would overwrite an input, bad extension …)."""


class FramingWarning(UserWarning):
    """A problem in the input that was handled: the rest of the work went on."""
