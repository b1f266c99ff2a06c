"""The ``framing`` command line: a thin shell over the package's functions.

Exit status: 0 on success, 1 on a data error (the message says what and where),
2 on a usage error: a bad flag, or an option's value a function refuses
(:class:`~framing.errors.ParameterError`, the message naming the valid values). Tables go to ``-o FILE`` or standard output; warnings to standard
error. ``--debug`` shows a traceback for errors that are otherwise explained in a line.
A file is written whole or not at all; ``sources`` and ``mentions`` write their rows as
they come (into a temporary file renamed at the end; on standard output they stream).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from ._io import check_output, check_table_output, is_stream, write_table, write_tables
from ._record import note_warning, recording
from .compare import STATISTICS, compare_groups
from .corpus import detect_languages, find_duplicates, formats_text, load_corpus, wire_shares
from .discover import collocates, find_variants, suggest_terms
from .errors import FramingError, FramingWarning, ParameterError
from .evaluate import agreement_attributions, evaluate_attributions, evaluate_polnear, evaluate_voice, read_gold
from .groups import PERIODS
from .lexicon import EXAMPLE_LEXICON
from .sources import find_attributions, iter_attributions, sourcing_profile, top_sources
from .stats import MIN_COUNT, MIN_DOCS
from .tables import evidence
from .terms import VOICES, count_terms, find_mentions, format_kwic, iter_count_terms, iter_mentions, kwic
from .validate import _refuse_coded, validation_report, validation_sample, write_coding_sheet
from .view import show

__all__ = ["main"]

#: Problems listed one by one in the load warning (no corpus.problems to read here: list them).
PROBLEMS_SHOWN = 200


def _corpus_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("corpus", metavar="CORPUS", help=formats_text())
    p.add_argument("--lexicon", default=EXAMPLE_LEXICON,
                   help=f"bundled lexicon name or a .yaml file (default: {EXAMPLE_LEXICON}, the example lexicon)")
    p.add_argument("--text-col", default="text", help="column holding the text (default: text)")
    p.add_argument("--outlet-col", default="outlet", help="column holding the outlet (default: outlet)")
    p.add_argument("--id-col", default="doc_id", help="column holding a unique document id (default: doc_id)")
    p.add_argument("--title-col", default="title", help="column holding the headline, scored as the title (default: title)")
    p.add_argument("--language", default=None,
                   help="the documents' language, read by its rules (quotation marks, sentences, attribution): en "
                        "(default), fr, de, es, ru, ar … (docs/languages.md); detect: each document's own, detected, "
                        "each read by its language's rules")
    p.add_argument("--lang-col", default=None, metavar="COLUMN",
                   help="the column giving each document's language (fr, de …): each read by its own language's rules, "
                        "a document with none in --language; tables get a lang column, --by lang groups by it")
    p.add_argument("--normalise-groups", action="store_true",
                   help="merge outlet names that differ only in case or spaces ('nyt', 'NYT'); they are reported either way")
    p.add_argument("--fix-mojibake", action="store_true",
                   help="repair text encoded twice ('AndrÃ©s' -> 'Andrés') with ftfy; it is reported either way")
    p.add_argument("--encoding", default=None, type=_encoding, help="force a text encoding (default: UTF-8, others detected)")
    p.add_argument("--include-boilerplate", action="store_true", help="also score trailing boilerplate (bylines, 'SEE ALSO:')")
    p.add_argument("--duplicates", default=None, choices=["drop", "keep"],
                   help="drop (default): an article that repeats one of the same outlet (sharing half of its word 5-grams "
                        "or more) is counted once, each reported; keep: count every document read")
    p.add_argument("--copy", default=None, choices=["all", "own", "wire"],
                   help="score all documents (default), an outlet's own reporting, or its wire copy (a dateline or "
                        "credit names an agency that is not the outlet, or the article copies one that does)")
    p.add_argument("--jobs", "-j", type=_whole, default=1, help="processes to use, this one included (0: every core; default 1)")
    p.add_argument("--chunksize", type=_positive, default=1000, help="documents read at a time (default 1000)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


def _by_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--by", default="outlet", type=_keys,
                   help="outlet (default), doc, any metadata column, a period (week, month, quarter, year), "
                        "or several joined by commas: --by outlet,month")
    p.add_argument("--period", default=None, choices=list(PERIODS),
                   help="also group by the week, month, quarter or year of --date-col (undated documents are "
                        "reported and left out)")
    p.add_argument("--date-col", default="date", help="the column of dates that periods bin (default: date)")
    p.add_argument("--min-count", type=_whole, default=MIN_COUNT,
                   help=f"flag groups with fewer mentions than this (default {MIN_COUNT})")
    p.add_argument("--min-docs", type=_whole, default=MIN_DOCS,
                   help=f"flag groups resting on fewer articles than this (default {MIN_DOCS})")


def _keys(text: str) -> "str | list[str]":
    keys = [k.strip() for k in text.split(",")]
    if not all(keys):
        raise argparse.ArgumentTypeError(f"{text!r}: name columns separated by commas, e.g. outlet,month")
    return keys[0] if len(keys) == 1 else keys


def _positive(text: str) -> int:
    v = _whole(text)
    if v < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return v


def _encoding(text: str) -> str:
    import codecs

    try:
        codecs.lookup(text)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {text!r} (e.g. utf-8, cp1252, latin-1)") from None
    return text


def _names(text: str) -> list[str]:
    names = [k.strip() for k in text.split(",")]
    if len(names) < 2 or not all(names):
        raise argparse.ArgumentTypeError(f"{text!r}: name two groups or more, separated by commas (e.g. AFP,Reuters)")
    return names


def _whole(text: str) -> int:
    try:
        v = int(text)
    except ValueError:
        v = -1
    if v < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 0 or more")
    return v


_GAZ_HELP = ("source categories: a bundled gazetteer (news, the default, for news on any subject; syria_sources for "
             "the Syrian war) or a .yaml file")


def _output_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", default="-", help="output file (.csv, .parquet, .json) or - for CSV on standard output (default)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="framing", description="Media-framing analysis: terminology and sourcing per outlet.")
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("terms", help="score each lexicon label per outlet (or document, or any column)",
                       description="One row per group × family × label: group, family, label, count, narrator_count, "
                                   "quoted_count, tokens, rate_per_1k, share, share_low, share_high, family_count, n_docs, "
                                   "family_docs, label_docs, too_few (intervals with the article as the sampling unit; "
                                   "with several --by keys, one column per key after group).")
    _corpus_args(p)
    _by_args(p)
    p.add_argument("--voice", default="all", choices=VOICES, help="which words count: all (default), narrator, quoted")
    _names_arg(p)
    p.add_argument("--no-zeros", action="store_true",
                   help="leave out the rows of labels a group never uses (default: every label of every group, with "
                        "its zeros; with --by doc the rows are written as they are made either way)")
    _output_arg(p)

    p = sub.add_parser("mentions", help="one row per mention, with offsets, voice and part",
                       description="Columns: doc_id, outlet, family, label, surface, start, end, voice, part.")
    _corpus_args(p)
    _names_arg(p)
    _output_arg(p)

    p = sub.add_parser("kwic", help="keyword-in-context lines for one label")
    _corpus_args(p)
    p.add_argument("label", metavar="LABEL", nargs="?", default=None,
                   help="a label of the lexicon, e.g. regime, IS, 'Deir ez-Zor' (any case)")
    p.add_argument("--pattern", default=None,
                   help="instead of LABEL: any word or phrase, written as in a lexicon, e.g. 'illegal alien*'")
    p.add_argument("--family", default=None, help="the family, when two have a label of this name")
    p.add_argument("--width", type=_whole, default=40, help="characters of context on each side (default 40)")
    p.add_argument("--voice", default="all", choices=VOICES)
    p.add_argument("--sample", type=_positive, default=None, metavar="N",
                   help="show N lines drawn at random in turns from each outlet (or --by group), not every line")
    p.add_argument("--group", action="append", default=None,
                   help="only the lines of this outlet (or --by group); repeat for several")
    p.add_argument("--by", default="outlet", help="the column --sample and --group read: outlet (default) or any "
                                                 "metadata column of the corpus")
    p.add_argument("--seed", type=_whole, default=0, help="seed of --sample (default 0)")
    _names_arg(p)
    p.add_argument("-o", "--output", default=None, help="write the lines as a table (.csv, .parquet, .json) instead of text")

    p = sub.add_parser("show", help="one article as HTML: mentions highlighted, quotations and attributions marked",
                       description="Writes a standalone HTML page of one article: every lexicon mention highlighted by "
                                   "family (label in a tooltip), quoted passages marked, speakers and cues underlined, "
                                   "and the attributions listed as speaker, category, cue, kind and content.")
    _corpus_args(p)
    p.add_argument("doc_id", metavar="DOC_ID", help="the document to show")
    p.add_argument("--gazetteer", default=None, help="source categories (default: the one the lexicon names, else news)")
    p.add_argument("--family", action="append", default=None, help="highlight only this family (repeat for several)")
    p.add_argument("-o", "--output", required=True, help="the HTML file to write")

    p = sub.add_parser("sources", help="one row per attribution: who says what, how, with which verb",
                       description="Columns: doc_id, outlet, speaker, speaker_canonical, speaker_id (each article's; "
                                   "find_attributions and top-sources link a lone surname across the corpus), "
                                   "speaker_category, cue, cue_lemma, "
                                   "kind, content, speaker_start, speaker_end, cue_start, cue_end, content_start, "
                                   "content_end, sentence, appositive, addressee (who was spoken to: \"told reporters\"), "
                                   "distancing, nested (part of what another source says), "
                                   "rule (the speaker rule that found it).")
    _corpus_args(p)
    p.add_argument("--gazetteer", default=None, help=_GAZ_HELP)
    p.add_argument("--cues", default=None, help="a cue table of your own (YAML: reporting verbs and their forms; "
                                                "default: the language's own, framing/lang/en/cues.yaml)")
    _output_arg(p)

    p = sub.add_parser("sourcing", help="sourcing profile per outlet (or any column): categories, kinds, cue verbs",
                       description="Long table: group, dimension (summary, category, kind, cue, cue_type), value, count, "
                                   "total, share, share_low, share_high, distancing, total_docs, count_docs, too_few.")
    _corpus_args(p)
    _by_args(p)
    p.add_argument("--gazetteer", default=None, help=_GAZ_HELP)
    p.add_argument("--cues", default=None, help="a cue table of your own (YAML: reporting verbs and their forms; "
                                                "default: the language's own, framing/lang/en/cues.yaml)")
    _output_arg(p)

    p = sub.add_parser("top-sources", help="whom each outlet (or any column) quotes: its most quoted sources",
                       description="One row per group × source, most quoted first: group, rank, speaker_id, speaker, "
                                   "names (the forms counted as that source), category, category_from (articles, outlet, "
                                   "corpus or none), named, attributions, share (of the group's attributions), articles, "
                                   "direct, direct_share, total. A person counts once under every name the articles give "
                                   "them (\"Trump\", \"President Donald Trump\", \"the president\").")
    _corpus_args(p)
    p.add_argument("--by", default="outlet", type=_keys,
                   help="outlet (default), doc, any metadata column, or several joined by commas: --by outlet,month")
    p.add_argument("--period", default=None, choices=list(PERIODS),
                   help="also group by the week, month, quarter or year of --date-col")
    p.add_argument("--date-col", default="date", help="the column of dates that periods bin (default: date)")
    p.add_argument("-n", type=_positive, default=10, help="sources per group (default 10)")
    p.add_argument("--named-only", action="store_true",
                   help="only sources with a proper name, not descriptions such as 'officials' or 'a resident'")
    p.add_argument("--gazetteer", default=None, help=_GAZ_HELP)
    p.add_argument("--cues", default=None, help="a cue table of your own (YAML: reporting verbs and their forms; "
                                                "default: the language's own, framing/lang/en/cues.yaml)")
    _output_arg(p)

    p = sub.add_parser("compare", help="differences in share between groups, with article-level intervals and p-values",
                       description="One row per pair of groups × label: family, label, group_a, group_b, share_a, "
                                   "share_b, difference, diff_low, diff_high, p_value (permutation test moving whole "
                                   "articles), p_holm (Holm's adjustment over the table), count_a, total_a, docs_a, "
                                   "count_b, total_b, docs_b, too_few; with --within also within, strata, "
                                   "unmatched_a, unmatched_b (docs/statistics.md).")
    _corpus_args(p)
    p.add_argument("--family", required=True, help="the lexicon family to compare, e.g. syrian_state")
    p.add_argument("--label", default=None, help="only this label (default: every label of the family)")
    p.add_argument("--groups", default=None, type=_names,
                   help="the groups to compare, separated by commas (default: every group; every pair is compared)")
    p.add_argument("--versus", default="pairs", choices=["pairs", "rest"],
                   help="pairs: every pair of groups (default; a warning above 1,000 pairs); rest: each group against "
                        "all the other articles (group_b is '(rest)')")
    _by_args(p)
    p.add_argument("--voice", default="all", choices=VOICES, help="which words count: all (default), narrator, quoted")
    p.add_argument("--statistic", default="difference", choices=list(STATISTICS),
                   help="; ".join(STATISTICS[name]().describe() for name in STATISTICS) + " (default: difference)")
    p.add_argument("--resamples", type=_whole, default=9999, help="random splits for each p-value (default 9999)")
    p.add_argument("--seed", type=_whole, default=0, help="seed of the random splits (default 0)")
    p.add_argument("--within", default=None, type=_keys, metavar="COLUMN",
                   help="compare within the strata of this column (an event, a day, a period): differences within each "
                        "stratum combined, strata as the unit; articles in a stratum without the other group are left "
                        "out and counted (columns within, strata, unmatched_a, unmatched_b)")
    p.add_argument("--per-stratum", action="store_true", help="with --within: one row per pair × label × stratum")
    _output_arg(p)

    p = sub.add_parser("validate", help="validation by people: draw a coding sheet, report precision and agreement")
    vsub = p.add_subparsers(dest="step", metavar="STEP")
    vsub.required = True
    q = vsub.add_parser("sample", help="draw a stratified random sample of mentions or attributions as a coding sheet (CSV)",
                        description="Writes a CSV coding sheet: header lines (#) say what to code and the allowed verdicts "
                                    "(correct, wrong, unsure); each row shows the document, sentence, a keyword-in-context "
                                    "window and the prediction, with empty verdict, coder and note columns.")
    _corpus_args(q)
    q.add_argument("--what", default="mentions", choices=["mentions", "attributions"], help="what to validate (default: mentions)")
    q.add_argument("--gazetteer", default=None, help=_GAZ_HELP)
    q.add_argument("-n", type=_whole, default=20, help="rows per stratum (default 20)")
    q.add_argument("--strata", default=None, type=_keys,
                   help="columns whose combinations are the strata, joined by commas (default: label for mentions, "
                        "speaker_category for attributions), e.g. label,outlet")
    q.add_argument("--seed", type=_whole, default=0, help="random seed (default 0)")
    q.add_argument("--width", type=_whole, default=60, help="characters of context on each side (default 60)")
    q.add_argument("-o", "--output", required=True, help="the coding sheet to write (.csv)")
    q.add_argument("--force", action="store_true", help="write over an existing file (never over a coded sheet)")
    q = vsub.add_parser("report", help="precision and agreement from coded sheets",
                        description="Reads coded sheets (one per coder, or several coders' rows in one) and prints precision "
                                    "per label or speaker category (overall and per outlet, with 95% Wilson intervals) and "
                                    "agreement (Krippendorff's alpha; Cohen's kappa per pair of coders).")
    q.add_argument("sheets", nargs="+", metavar="SHEET", help="coded sheets (.csv)")
    q.add_argument("--corpus", default=None, help="also check every row's text against this corpus")
    q.add_argument("--by", default="outlet", help="break precision down by this column of the sheet (default: outlet)")
    q.add_argument("-o", "--output", default=None, help="also write the precision table (.csv, .json, .parquet); "
                                                        "the agreement table goes beside it with -agreement in its name")

    p = sub.add_parser("discover", help="build a lexicon from the corpus: spellings of a name, candidate terms, collocates")
    dsub = p.add_subparsers(dest="what", metavar="WHAT")
    dsub.required = True
    q = dsub.add_parser("variants", help="likely spellings of a name in the corpus, best first",
                        description="Columns: variant, count, score (0-1), docs, is_seed, in_lexicon, example_doc, left, "
                                    "match, right, then count_<group> per group of --by.")
    _corpus_args(q)
    q.add_argument("name", metavar="NAME", nargs="?", default=None, help="the name as you write it, e.g. 'Deir ez-Zor'")
    q.add_argument("--family", default=None, help="instead of NAME: every label of this family of --lexicon is a seed")
    q.add_argument("--top", type=_whole, default=20, help="rows shown (default 20; 0 for all)")
    q.add_argument("--min-count", type=_whole, default=2, help="leave out variants seen fewer times (default 2)")
    q.add_argument("--by", default="outlet", help="count per group of this column (default: outlet)")
    q.add_argument("-o", "--output", default=None, help="write the table (.csv, .parquet, .json) instead of printing it")
    q = dsub.add_parser("terms", help="candidate terms: neighbours of a seed, collocations, words distinctive of each group",
                        description="Long table: kind (neighbour, collocation, distinctive), term, score, count, group.")
    _corpus_args(q)
    q.add_argument("--seed", default=None, help="a word or phrase whose neighbours to list, e.g. 'illegal immigrants'")
    q.add_argument("--by", default="outlet", help="groups for distinctive words (default: outlet; 'none' for none)")
    q.add_argument("--top", type=_whole, default=20, help="rows per kind (default 20)")
    q.add_argument("--min-count", type=_whole, default=5, help="leave out terms seen fewer times (default 5)")
    q.add_argument("-o", "--output", default=None, help="write the table (.csv, .parquet, .json) instead of printing it")
    q = dsub.add_parser("collocates", help="the words around a label, per group: how each group describes an actor",
                        description="Columns: group, word, count, mentions, log_odds, z.")
    _corpus_args(q)
    q.add_argument("label", metavar="LABEL", help="a label of the lexicon")
    q.add_argument("--by", default="outlet", help="groups (default: outlet)")
    q.add_argument("--window", type=_whole, default=5, help="words on each side (default 5)")
    q.add_argument("--voice", default="narrator", choices=VOICES, help="mentions in this voice (default: narrator)")
    q.add_argument("--top", type=_whole, default=15, help="words per group (default 15)")
    q.add_argument("--min-count", type=_whole, default=3, help="leave out words seen fewer times (default 3)")
    q.add_argument("-o", "--output", default=None, help="write the table (.csv, .parquet, .json) instead of printing it")

    p = sub.add_parser("evaluate", help="score attribution extraction or voice against a gold standard")
    esub = p.add_subparsers(dest="dataset", metavar="DATASET")
    esub.required = True
    q = esub.add_parser("polnear", help="attributions against PolNeAR (BRAT files)")
    q.add_argument("directory", metavar="DIR", help="the PolNeAR folder (holding dev/ and train/)")
    q.add_argument("--split", default="dev", help="dev (default) or train")
    q.add_argument("-o", "--output", default=None, help="also write the scores table (.csv, .json, .parquet)")
    q = esub.add_parser("gold", help="attributions or voice against a gold set of our own (gold/README.md)",
                        description="Scores framing on a gold file of gold/attributions/ (precision, recall, source "
                                    "and speaker right, per outlet and language) or gold/voice/ (voice agreement word "
                                    "by word, names in marks), by the file's kind. Columns of the table: "
                                    "docs/evaluation.md, 'Gold sets of our own'.")
    q.add_argument("gold", metavar="PATH", help="a gold file (JSON Lines, one annotated article a line)")
    q.add_argument("--corpora", required=True, metavar="DIR",
                   help="the shared corpora folder the records' corpus paths are relative to (from the repository "
                        "root: ../shared/corpora)")
    q.add_argument("--half", default="dev", choices=["dev", "held", "all"],
                   help="dev (default; for reading errors), held (for measuring only) or all")
    q.add_argument("--language", default=None, help="read every text in this language (default: each record's)")
    q.add_argument("--against", default=None, metavar="PATH",
                   help="score a second reader's attributions of the same articles (a gold file) instead of framing: "
                        "the agreement between readers")
    q.add_argument("-o", "--output", default=None, help="also write the scores table (.csv, .json, .parquet)")
    p = sub.add_parser("duplicates", help="near-duplicate documents and wire copy (agency stories carried by outlets)",
                       description="One row per document that has a near-duplicate (the shorter shares at least "
                                   "--threshold of its word 5-grams with the other): doc_id, outlet, date, group, canonical, "
                                   "similar_to, similarity (of the document and similar_to), jaccard, same_outlet, repeat, "
                                   "repeat_of, agency, credited, wire. With "
                                   "--per-outlet, one row per outlet: outlet, n_docs, own_docs, wire_docs, wire_share, "
                                   "share_low, share_high, repeats, agencies. Every document read is looked at.")
    _corpus_args(p)
    p.add_argument("--threshold", type=float, default=0.5,
                   help="the share of the shorter document's 5-grams two documents must share (default 0.5; 0.9: "
                        "near-identical copies only)")
    p.add_argument("--date-col", default="date", help="the column of dates that decides which copy came first (default: date)")
    p.add_argument("--per-outlet", action="store_true", help="each outlet's share of wire copy instead of the documents")
    _output_arg(p)

    p = sub.add_parser("languages", help="the language of each document (py3langid), and whether framing reads it",
                       description="One row per document read: doc_id, outlet, lang (ISO 639-1; empty for a document "
                                   "too short to tell), probability, framing_folder (framing has rules for it), read_as "
                                   "(the --language it is read in) and agrees. A count per language goes to standard "
                                   "error. A corpus that mixes languages is read each document in its own with "
                                   "--language detect or --lang-col COLUMN.")
    _corpus_args(p)
    p.add_argument("--chars", type=int, default=2000, help="how much of each opening is read (default 2000 characters)")
    _output_arg(p)

    return parser


def _show_warning(message, category, filename, lineno, file=None, line=None):
    prefix = "warning" if issubclass(category, FramingWarning) else category.__name__
    print(f"{prefix}: {message}", file=sys.stderr)
    note_warning(f"{prefix}: {message}")  # the problems a table's manifest counts


def _check_output(args: argparse.Namespace) -> None:
    """The output is checked before any work: a read-only or missing folder, an unknown
    extension or an input's path is an error now, not after an hour of scoring."""
    out = getattr(args, "output", None)
    if not out or out == "-":
        return
    inputs = tuple(getattr(args, k, None) for k in ("corpus", "lexicon", "gazetteer", "cues", "directory", "gold"))
    inputs += tuple(getattr(args, "sheets", None) or ())
    if args.command == "validate" and args.step == "sample":
        _refuse_coded(Path(out))  # before the sampling: the coders' verdicts are never written over
        check_output(out, inputs=inputs, overwrite=args.force)
    elif args.command == "show":
        check_output(out, inputs=inputs)
    else:
        check_table_output(out, inputs=inputs)


def _run(args: argparse.Namespace) -> int:
    _check_output(args)
    handler = {"validate": _validate, "discover": _discover, "duplicates": _duplicates,
               "languages": _languages}.get(args.command)
    if handler is not None:
        return handler(args)
    if args.command == "evaluate":
        return _evaluate_gold(args) if args.dataset == "gold" else _evaluate_polnear(args)
    load = _load_options(args)
    run = dict(jobs=args.jobs, progress=not args.quiet)
    if args.command == "show":
        view = show(args.corpus, args.doc_id, lexicon=args.lexicon, gazetteer=args.gazetteer, families=args.family,
                    include_boilerplate=True, **load)
        view.save(args.output)
        print(f"{args.output}: {len(view.mentions)} mentions, {len(view.attributions)} attributions", file=sys.stderr)
        return 0
    if args.command == "top-sources":
        df = top_sources(args.corpus, by=args.by, n=args.n, period=args.period, date_col=args.date_col,
                         named_only=args.named_only, gazetteer=args.gazetteer, cues=args.cues, **run, **load)
        write_table(df, args.output, inputs=(args.corpus, args.gazetteer))
        return 0
    if args.command in {"sources", "sourcing"}:
        if args.command == "sources":  # rows are written as they come: memory stays flat
            parts = iter_attributions(args.corpus, gazetteer=args.gazetteer, cues=args.cues,
                                      include_boilerplate=args.include_boilerplate,
                                      **run, **load)
            write_tables(parts, args.output, inputs=(args.corpus, args.gazetteer))
        else:
            df = sourcing_profile(args.corpus, by=args.by, period=args.period, date_col=args.date_col,
                                  gazetteer=args.gazetteer, cues=args.cues, min_count=args.min_count, min_docs=args.min_docs, **run, **load)
            write_table(df, args.output, inputs=(args.corpus, args.gazetteer))
        return 0
    common = dict(lexicon=args.lexicon, include_boilerplate=args.include_boilerplate)
    if args.command == "compare":
        df = compare_groups(args.corpus, family=args.family, label=args.label, groups=args.groups, by=args.by,
                            period=args.period, date_col=args.date_col, voice=args.voice, statistic=args.statistic,
                            resamples=args.resamples,
                            seed=args.seed, min_count=args.min_count, min_docs=args.min_docs, versus=args.versus,
                            within=args.within, per_stratum=args.per_stratum, **common, **run, **load)
        write_table(df, args.output, inputs=(args.corpus, args.lexicon))
    elif args.command == "terms":
        _terms(args, dict(by=args.by, period=args.period, date_col=args.date_col, voice=args.voice,
                          names_in_marks=args.names_in_marks, min_count=args.min_count, min_docs=args.min_docs, **common, **run, **load))
    elif args.command == "mentions":
        write_tables(iter_mentions(args.corpus, names_in_marks=args.names_in_marks, **common, **run, **load), args.output, inputs=(args.corpus, args.lexicon))
    elif args.command == "kwic":
        _kwic(args, {**common, **run}, load)
    return 0


def _kwic(args: argparse.Namespace, options: dict, load: dict) -> None:
    """Keyword-in-context lines: every line, or ``--sample`` lines drawn in turns from each
    group, or the lines of ``--group``."""
    if (args.label is None) == (args.pattern is None):
        raise FramingError("give a LABEL of the lexicon or --pattern WORDS, not both.")
    df = kwic(args.corpus, args.label, pattern=args.pattern, family=args.family, width=args.width, voice=args.voice,
              names_in_marks=args.names_in_marks, **options, **load)
    found = len(df)
    if args.sample is not None or args.group is not None or args.by != "outlet":
        corpus = None if args.by in df.columns else load_corpus(args.corpus, warn=False, **load)
        df = evidence(df, n=args.sample or len(df), by=args.by, groups=args.group, corpus=corpus, seed=args.seed)
        df = df.drop(columns=["outlet"]).rename(columns={"group": "outlet"}) if args.by == "outlet" else df
    if args.output:
        write_table(df, args.output, inputs=(args.corpus, args.lexicon))
    else:
        if len(df):
            print(format_kwic(df, width=args.width))
        shown = f"{len(df)} of {found}" if len(df) < found else f"{len(df)}"
        print(f"{shown} line{'' if found == 1 else 's'} for {args.label or args.pattern!r}", file=sys.stderr)


def _names_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--names-in-marks", default="narrator", choices=["narrator", "quoted", "apart"],
                   help="whose words a name in marks is («Исламское государство», «داعش», „Tagesschau“, in the languages "
                        "that set names in marks): narrator (default), quoted, or apart (voice 'name')")
def _duplicates(args: argparse.Namespace) -> int:
    load = _load_options(args)
    if args.per_outlet:
        df = wire_shares(args.corpus, threshold=args.threshold, **load)
    else:
        df = find_duplicates(args.corpus, threshold=args.threshold, date_col=args.date_col, **load)
    write_table(df, args.output, inputs=(args.corpus,))
    return 0


def _languages(args: argparse.Namespace) -> int:
    load = _load_options(args, choices=False)
    df = detect_languages(args.corpus, chars=args.chars, **load)
    counts = df["lang"].replace("", "(too short)").value_counts()
    mixed = args.language == "detect" or args.lang_col is not None
    read_as = "each in its own language" if mixed else df["read_as"].iloc[0] if len(df) else args.language or "en"
    print(f"{len(df)} documents: " + ", ".join(f"{k} {v}" for k, v in counts.items())
          + f"; read as {read_as}: {int(df['agrees'].sum())} agree", file=sys.stderr)
    top = counts.index[0] if len(counts) else read_as
    served = [k for k in counts.index if k in set(df.loc[df["framing_folder"], "lang"])]
    if not mixed and top != read_as and top in served and counts.iloc[0] * 2 > len(df):
        print(f"note: most documents read as {top}: pass --language {top} to score them by its rules.", file=sys.stderr)
    if not mixed and len(served) > 1:
        print(f"note: the documents are in {len(served)} languages framing reads ({', '.join(served)}): pass --language "
              "detect (or --lang-col COLUMN) to read each by its own language's rules.", file=sys.stderr)
    write_table(df, args.output, inputs=(args.corpus,))
    return 0


def _load_options(args: argparse.Namespace, *, choices: bool = True) -> dict:
    """The options for reading the corpus, as every command that takes one gives them
    (--duplicates and --copy, where given, with ``choices``)."""
    load = dict(text_col=args.text_col, outlet_col=args.outlet_col, id_col=args.id_col, title_col=args.title_col,
                encoding=args.encoding, fix_mojibake=args.fix_mojibake, chunksize=args.chunksize,
                problems_shown=PROBLEMS_SHOWN, language=args.language, lang_col=args.lang_col,
                normalise_groups=args.normalise_groups)
    return load | _choice(args) if choices else load


def _choice(args: argparse.Namespace) -> dict:
    """--duplicates and --copy, where given."""
    return {k: getattr(args, k) for k in ("duplicates", "copy") if getattr(args, k, None) is not None}


def _terms(args: argparse.Namespace, scoring: dict) -> None:
    keys = args.by if isinstance(args.by, list) else [args.by]
    if args.no_zeros or {"doc", "document", "doc_id"} & set(keys):  # one group per document: rows as they come
        write_tables(iter_count_terms(args.corpus, zeros=not args.no_zeros, **scoring), args.output,
                     inputs=(args.corpus, args.lexicon))
    else:
        write_table(count_terms(args.corpus, **scoring), args.output, inputs=(args.corpus, args.lexicon))


def _evaluate_polnear(args: argparse.Namespace) -> int:
    scores, _ = evaluate_polnear(args.directory, split=args.split)
    print(f"PolNeAR {args.split}: {scores.attrs['documents']} articles, {scores.attrs['annotation_files']} annotation files; "
          f"{scores.attrs['uncued_predictions']} continuation quotes (no cue) not scored")
    print(scores.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    if args.output:
        write_table(scores, args.output, inputs=(args.directory,))
    return 0


def _evaluate_gold(args: argparse.Namespace) -> int:
    gold = read_gold(args.gold, corpora=args.corpora)
    kind = gold.attrs["kind"]
    if args.against is not None and kind != "attributions":
        raise FramingError(f"--against compares two readers' attributions; {args.gold} is a gold set of {kind}.")
    if kind == "attributions":
        scores, _ = (agreement_attributions(gold, read_gold(args.against, corpora=args.corpora), half=args.half,
                                            language=args.language) if args.against is not None
                     else evaluate_attributions(gold, half=args.half, language=args.language))
        shown = ["gold", "predicted", "precision", "recall", "f1", "source_accuracy", "speaker_right"]
        index = ["subset", "by", "group"]
    else:
        scores, _ = evaluate_voice(gold, half=args.half, language=args.language)
        shown = ["words", "agreement", "names_narrator", "quoted_share_gold", "quoted_share_framing", "marks_unbalanced"]
        index = ["by", "lang", "doc_id"]
    rows = scores[scores.metric.isin(shown)]
    order = list(dict.fromkeys(map(tuple, rows[index].values.tolist())))
    table = rows.set_index([*index, "metric"])["value"].unstack("metric").reindex(order)[shown]
    print(f"{args.gold}: {kind}, {scores.attrs['articles']} articles of the {args.half} half"
          + (f", against the second reader's {args.against}" if args.against else "")
          + (" (held: for measuring only, do not read its errors)" if args.half != "dev" and not args.against else ""))
    print(table.to_string(float_format=lambda v: f"{v:.3f}"))
    if kind == "attributions":
        print("all: every gold attribution (all are speech by the annotation rules: the figures to cite); speech: as "
              "PolNeAR's, leaving out gold cues the cue table lacks (docs/evaluation.md)")
    if args.output:
        write_table(scores, args.output, inputs=(args.gold,))
    return 0


def _discover(args: argparse.Namespace) -> int:
    if args.what == "variants" and (args.name is None) == (args.family is None):  # before reading the corpus
        raise FramingError("give a NAME (the name as you write it, e.g. 'Deir ez-Zor') or --family (a family of "
                           "--lexicon)" + (", not both." if args.name is not None else "."))
    corpus = load_corpus(args.corpus, **_load_options(args))
    if args.what == "variants":
        table = find_variants(corpus, args.name, family=args.family, lexicon=args.lexicon, top=args.top or None,
                              min_count=args.min_count, by=args.by)
        shown = ["variant", "count", "score", "docs", "in_lexicon", "left", "match", "right"]
    elif args.what == "terms":
        table = suggest_terms(corpus, seed=args.seed, top=args.top, min_count=args.min_count,
                              by=None if args.by.lower() == "none" else args.by)
        shown = list(table.columns)
    else:
        table = collocates(corpus, args.label, lexicon=args.lexicon, by=args.by, window=args.window, voice=args.voice,
                           min_count=args.min_count, top=args.top)
        shown = list(table.columns)
    if args.output:
        write_table(table, args.output, inputs=(args.corpus, args.lexicon))
    else:
        print(table[shown].to_string(index=False, max_colwidth=40) if len(table) else "nothing found")
    return 0


def _validate(args: argparse.Namespace) -> int:
    if args.step == "report":
        report = validation_report(*args.sheets, corpus=load_corpus(args.corpus, warn=False) if args.corpus else None,
                                   by=args.by)
        fmt = {"float_format": lambda v: f"{v:.3f}", "index": False}
        print("Precision (correct / (correct + wrong); 95% Wilson interval):")
        print(report.precision.to_string(**fmt) if len(report.precision) else "no coded rows")
        print("\nAgreement between coders:")
        print(report.agreement.to_string(**fmt) if len(report.agreement) else "one coder: no agreement to measure")
        if args.output:
            out = Path(args.output)
            write_table(report.precision, str(out), inputs=tuple(args.sheets))
            if is_stream(args.output):  # no file beside a device or a pipe: /dev/null-agreement would be made in /dev
                print(f"the agreement table is not written ({args.output} is a stream, not a file)", file=sys.stderr)
            else:
                write_table(report.agreement, str(out.with_name(out.stem + "-agreement" + out.suffix)),
                            inputs=tuple(args.sheets))
        return 0
    load = _load_options(args)
    corpus = load_corpus(args.corpus, **load)
    run = dict(jobs=args.jobs, progress=not args.quiet, include_boilerplate=args.include_boilerplate)
    if args.what == "mentions":
        table = find_mentions(corpus, lexicon=args.lexicon, **run)
        strata = args.strata or "label"
    else:
        table = find_attributions(corpus, gazetteer=args.gazetteer, **run)
        strata = args.strata or "speaker_category"
    sheet = validation_sample(table, corpus, n=args.n, by=strata, seed=args.seed, width=args.width)
    if Path(args.output).resolve() == Path(args.corpus).resolve():
        raise FramingError(f"refusing to write the coding sheet over the corpus {args.corpus}.")
    write_coding_sheet(sheet, args.output, overwrite=args.force, inputs=(args.corpus,))
    print(f"{len(sheet)} rows written to {args.output} ({sheet.attrs['kind']}, {args.n} per {', '.join(sheet.attrs['by'])}, "
          f"seed {args.seed})", file=sys.stderr)
    return 0


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, met like Ctrl-C: the work stops, helpers are stopped and reaped,
    temporary files removed."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _terminate(signum, frame):
    raise Terminated(signum)


def _on_signals() -> dict:
    """Handle SIGTERM and SIGHUP as Ctrl-C is handled (in the main thread only); returns the
    handlers they had, to put back."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return {}
    old = {}
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            old[sig] = signal.signal(sig, _terminate)
    return old


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    warnings.showwarning = _show_warning
    import signal

    handlers = _on_signals()
    try:
        # every table written gets a manifest: inputs, options, problems (framing._record)
        with recording(command=["framing", *(sys.argv[1:] if argv is None else argv)], options=vars(args)):
            return _run(args)
    except FramingError as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, ParameterError) else 1  # a bad value of an option: a usage error, as argparse's
    except BrokenPipeError:  # e.g. `framing mentions … | head`
        return 0
    except MemoryError:
        if args.debug:
            raise
        print("error: out of memory. Score fewer documents at a time (--chunksize), fewer processes (--jobs), "
              "or leave zeros out (terms --no-zeros); --debug shows where.", file=sys.stderr)
        return 1
    except Terminated as exc:
        print(f"stopped by {signal.Signals(exc.signum).name}", file=sys.stderr)
        return 128 + exc.signum
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
