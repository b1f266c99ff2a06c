"""framing — how outlets name the actors of a conflict, and whom they let speak.

The public API::

    from framing import load_corpus, count_terms, find_mentions, kwic
    corpus = load_corpus("seeds")
    scores = count_terms(corpus, lexicon="syria", by="outlet", voice="narrator")
"""

from . import discover, stats, tables
from ._record import load_manifest
from .compare import compare_groups, compare_sourcing, count_terms_by_voice, distinctive_words, log_odds_dirichlet, outlet_profile
from .corpus import Corpus, corpus_summary, detect_languages, find_duplicates, iter_corpus, load_corpus, resolve_path, wire_shares
from .errors import CorpusError, FramingError, FramingWarning, LexiconError, OutputError, ParameterError
from .evaluate import agreement_attributions, evaluate_attributions, evaluate_voice, read_gold
from .lexicon import Lexicon, bundled_lexicons, gazetteer_for, load_lexicon
from .sources import find_attributions, iter_attributions, sourcing_profile, top_sources
from .terms import article_counts, count_terms, find_mentions, iter_mentions, kwic, top_labels
from .text import analyze
from .validate import read_coding_sheet, validation_report, validation_sample, write_coding_sheet
from .view import ArticleView, show

__all__ = [
    "gazetteer_for",
    "evaluate_attributions",
    "agreement_attributions",
    "evaluate_voice",
    "read_gold",
    "load_manifest",
    "top_labels",
    "tables",
    "show",
    "ArticleView",
    "Corpus",
    "CorpusError",
    "FramingError",
    "FramingWarning",
    "Lexicon",
    "LexiconError",
    "OutputError",
    "ParameterError",
    "analyze",
    "article_counts",
    "compare_groups",
    "compare_sourcing",
    "bundled_lexicons",
    "corpus_summary",
    "discover",
    "count_terms",
    "count_terms_by_voice",
    "distinctive_words",
    "find_attributions",
    "log_odds_dirichlet",
    "outlet_profile",
    "sourcing_profile",
    "top_sources",
    "stats",
    "find_mentions",
    "find_duplicates",
    "wire_shares",
    "detect_languages",
    "iter_attributions",
    "iter_corpus",
    "iter_mentions",
    "kwic",
    "load_corpus",
    "load_lexicon",
    "read_coding_sheet",
    "resolve_path",
    "validation_report",
    "validation_sample",
    "write_coding_sheet",
]

from ._version import __version__ as __version__  # noqa: E402  (re-exported)
