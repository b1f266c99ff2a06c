"""The ``framing`` command's argument parser: its commands, their flags and help, and the
small types that check a flag's value as it is read (``--by``, ``--jobs``, ``--encoding`` …).

Apart from :mod:`framing.cli` because it is the longest and the most regular part of the
command line — a declaration, with no behaviour of its own — and :mod:`framing.cli` reads it
through one name, :func:`build_parser`, keeping the handlers and the run there.
"""

from __future__ import annotations

import argparse

from . import __version__
from .compare import STATISTICS
from .corpus import formats_text
from .groups import PERIODS
from .lexicon import EXAMPLE_LEXICON
from .stats import MIN_COUNT, MIN_DOCS
from .terms import VOICES


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
    try:
        v = int(text)
    except ValueError:
        v = 0
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


def _attribution_args(p: argparse.ArgumentParser) -> None:
    """--gazetteer and --cues: what every verb that finds attributions reads them with."""
    p.add_argument("--gazetteer", default=None, help=_GAZ_HELP)
    p.add_argument("--cues", default=None, help="a cue table of your own (YAML: reporting verbs and their forms; "
                                                "default: the language's own, framing/lang/en/cues.yaml)")


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
    _attribution_args(p)
    _output_arg(p)

    p = sub.add_parser("sourcing", help="sourcing profile per outlet (or any column): categories, kinds, cue verbs",
                       description="Long table: group, dimension (summary, category, kind, cue, cue_type), value, count, "
                                   "total, share, share_low, share_high, distancing, total_docs, count_docs, too_few.")
    _corpus_args(p)
    _by_args(p)
    _attribution_args(p)
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
    _attribution_args(p)
    _output_arg(p)

    p = sub.add_parser("compare", help="differences in share between groups, with article-level intervals and p-values",
                       description="One row per pair of groups × label: family, label, group_a, group_b, share_a, "
                                   "share_b, difference, diff_low, diff_high (conservative article-level interval), "
                                   "p_value (permutation test moving whole articles: a different method from the "
                                   "interval, so near 0.05 the two can disagree), p_holm (Holm's adjustment over the table), count_a, total_a, docs_a, "
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
    q.add_argument("--pairs", default=None, metavar="PATH",
                   help="also write the gold and predicted attributions, matched or not (.csv, .json, .parquet), to "
                        "read the errors: --split train only (dev is for measuring)")
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
    q.add_argument("--pairs", default=None, metavar="PATH",
                   help="also write what the scores count, to read the errors (.csv, .json, .parquet): each gold and "
                        "predicted attribution with its partner, or each word whose voice disagrees with the reader; "
                        "--half dev only (held is for measuring: gold/README.md)")
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


def _names_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--names-in-marks", default="narrator", choices=["narrator", "quoted", "apart"],
                   help="whose words a name in marks is («Исламское государство», «داعش», „Tagesschau“, in the languages "
                        "that set names in marks): narrator (default), quoted, or apart (voice 'name')")
