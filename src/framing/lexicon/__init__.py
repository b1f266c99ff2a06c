"""Lexicons: readable YAML dictionaries of families → labels → patterns.

A lexicon file looks like this::

    name: syria
    description: How the actors of the Syrian war are named.
    families:
      syrian_state:
        description: Names for the Syrian state.
        labels:
          regime:
            patterns: [regime, Assad regime]
            exclude: [ceasefire regime, sanctions regime]
          government: [government, Syrian government]   # a bare list is the patterns

Patterns
--------
* Plain text, matched as whole words: ``regime`` matches "pro-regime" and "regime’s"
  but not "regimes". A ``*`` at the end of a word matches any word ending
  (``jihadi*`` → jihadi, jihadis, jihadist …).
* Case-insensitive, except patterns written entirely in capitals (``IS``, ``SAA``,
  ``ISIL``), which match only as written. Say ``case_sensitive: true|false`` in a
  pattern mapping to choose yourself: ``{pattern: Coalition, case_sensitive: true}``.
* Any run of white space in a pattern matches any run of white space in the text
  (non-breaking spaces and one line break included); a hyphen matches any hyphen or
  en dash; an apostrophe matches ' ’ ‘ ʼ.
* ``{pattern: "...", regex: true}`` is a regular expression, for what the rules above
  cannot say.

Matching
--------
Within a family the longest match wins: of matches that overlap, the longest is kept (the
first of equally long ones), so "the Donald Trump campaign" with the patterns "the Donald"
and "Donald Trump" is one mention of "Donald Trump". An
``exclude`` pattern removes the matches it overlaps ("Free Syrian Army" is not the Syrian
army), unless it lies strictly inside the match — under a label, that label's matches;
under a family, any of the family's; an exclusion is looked
for within 80 characters of the match (:data:`EXCLUSION_REACH`). Families are matched independently, so one stretch of text can
be a mention in two families.

Engines
-------
Where a mention may start is found by Hyperscan (compiled code) where it is installed, or
by a plain-Python scan over the words; both find the same mentions. ``engine="auto"``
(the default), ``"hyperscan"`` or ``"python"`` on :func:`load_lexicon`,
:func:`parse_lexicon` and :class:`WordFinder` chooses (:data:`ENGINES`).

Modules
-------
:mod:`~framing.lexicon.model` (the data: :class:`Pattern`, :class:`Label`, :class:`Family`,
:class:`Lexicon`), :mod:`~framing.lexicon.loader` (YAML, ``extends``, bundled lexicons, the
fit warning), :mod:`~framing.lexicon.guards` (regular expressions compiled on first use
and run with a time limit), :mod:`~framing.lexicon.matcher` (finding mentions) and
:mod:`~framing.lexicon._hyperscan` (the Hyperscan glue). Every name is importable from
``framing.lexicon``.
"""

from __future__ import annotations

from ._hyperscan import _FOLDS_TO_ASCII, ENGINE, ENGINES, WordFinder, check_engine
from .guards import REGEX_TIMEOUT
from .guards import literal_starts as _literal_starts
from .guards import nested_repeat as _nested_repeat
from .loader import (
    DEFAULT_GAZETTEER,
    EXAMPLE_LEXICON,
    FIT_MIN_SHARE,
    FIT_RATE_FACTOR,
    FIT_SAMPLE,
    about_sample,
    bundled_lexicons,
    fit_warning,
    gazetteer_for,
    load_lexicon,
    parse_lexicon,
    warn_fit,
)
from .matcher import EXCLUSION_REACH, HYPERSCAN_MAX, HYPERSCAN_MIN_SPAN, INVISIBLE, Matcher
from .model import Family, Label, Lexicon, Pattern, readable

__all__ = ["Lexicon", "Family", "Label", "Pattern", "load_lexicon", "bundled_lexicons", "gazetteer_for", "EXAMPLE_LEXICON",
           "DEFAULT_GAZETTEER"]

# names other modules and tests read from here (not the star-import API)
_REEXPORTED = (ENGINES, ENGINE, check_engine, HYPERSCAN_MAX, HYPERSCAN_MIN_SPAN, WordFinder, REGEX_TIMEOUT, FIT_MIN_SHARE, FIT_RATE_FACTOR,
               FIT_SAMPLE, about_sample, warn_fit, fit_warning, parse_lexicon, EXCLUSION_REACH, INVISIBLE, Matcher, readable, _FOLDS_TO_ASCII,
               _literal_starts, _nested_repeat)
