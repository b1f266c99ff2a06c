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

from ._io import check_output, check_table_output, is_stream, write_table, write_tables
from ._record import note_warning, recording
from .cli_parser import build_parser
from .compare import compare_groups
from .corpus import detect_languages, find_duplicates, load_corpus, wire_shares
from .discover import collocates, find_variants, suggest_terms
from .errors import FramingError, FramingWarning, ParameterError
from .evaluate import agreement_attributions, evaluate_attributions, evaluate_polnear, evaluate_voice, read_gold
from .sources import find_attributions, iter_attributions, sourcing_profile, top_sources
from .tables import evidence
from .terms import count_terms, find_mentions, format_kwic, iter_count_terms, iter_mentions, kwic
from .validate import _refuse_coded, validation_report, validation_sample, write_coding_sheet
from .view import show

__all__ = ["main"]

#: Problems listed one by one in the load warning (no corpus.problems to read here: list them).
PROBLEMS_SHOWN = 200


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
        # the corpus is read again for a column the lines lack, or for a group they lack (an
        # outlet that never uses the label has no line: that is no unknown group)
        lacking = args.by not in df.columns or not set(args.group or ()) <= set(df[args.by].astype(str))
        corpus = load_corpus(args.corpus, warn=False, **load) if lacking else None
        df = evidence(df, n=args.sample or len(df), by=args.by, groups=args.group, corpus=corpus, seed=args.seed)
        df = df.drop(columns=["outlet"]).rename(columns={"group": "outlet"}) if args.by == "outlet" else df
    if args.output:
        write_table(df, args.output, inputs=(args.corpus, args.lexicon))
    else:
        if len(df):
            print(format_kwic(df, width=args.width))
        shown = f"{len(df)} of {found}" if len(df) < found else f"{len(df)}"
        print(f"{shown} line{'' if found == 1 else 's'} for {args.label or args.pattern!r}"
              + (f" ({', '.join(args.group)}: none)" if args.group and not len(df) else ""), file=sys.stderr)


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
    if args.pairs is not None and args.split != "train":
        raise FramingError(f"--pairs writes the pairs to read errors from, and PolNeAR's {args.split} split is for "
                           "measuring: read errors on --split train (docs/evaluation.md).")
    scores, pairs = evaluate_polnear(args.directory, split=args.split)
    print(f"PolNeAR {args.split}: {scores.attrs['documents']} articles, {scores.attrs['annotation_files']} annotation files; "
          f"{scores.attrs['uncued_predictions']} continuation quotes (no cue) not scored")
    print(scores.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    if args.output:
        write_table(scores, args.output, inputs=(args.directory,))
    if args.pairs:
        write_table(pairs, args.pairs, inputs=(args.directory,))
    return 0


def _evaluate_gold(args: argparse.Namespace) -> int:
    if args.pairs is not None and args.half != "dev":
        raise FramingError(f"--pairs writes the pairs to read errors from, and the {args.half} half holds articles "
                           "kept for measuring: read errors on --half dev (gold/README.md, 'Halves').")
    gold = read_gold(args.gold, corpora=args.corpora)
    kind = gold.attrs["kind"]
    if args.against is not None and kind != "attributions":
        raise FramingError(f"--against compares two readers' attributions; {args.gold} is a gold set of {kind}.")
    if kind == "attributions":
        scores, pairs = (agreement_attributions(gold, read_gold(args.against, corpora=args.corpora), half=args.half,
                                                language=args.language) if args.against is not None
                         else evaluate_attributions(gold, half=args.half, language=args.language))
        shown = ["gold", "predicted", "precision", "recall", "f1", "source_accuracy", "speaker_right"]
        shown += [m for m in ("category_right", "category_same", "category_alpha") if (scores.metric == m).any()]
        index = ["subset", "by", "group"]
    else:
        scores, pairs = evaluate_voice(gold, half=args.half, language=args.language)
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
    print(_intervals_line(scores, ["precision", "recall", "speaker_right", "category_right", "category_same"]
                          if kind == "attributions"
                          else ["agreement", "names_narrator"]))
    if args.output:
        write_table(scores, args.output, inputs=(args.gold,))
    if args.pairs:
        write_table(pairs, args.pairs, inputs=(args.gold,))
    return 0


def _intervals_line(scores, shares: list[str]) -> str:
    """The overall figures (of each subset, where there are subsets) with their 95% intervals
    (articles as the unit)."""
    rows = scores[(scores.by == "all") & scores.metric.isin(shares)]
    if rows["low"].isna().all():
        return "no 95% intervals: they take the article as the unit, and need at least two articles"
    parts = [" ".join([*([r.subset] if "subset" in rows.columns else []), r.metric])
             + (f" {r.value:.3f} [{r.low:.3f}, {r.high:.3f}]" if r.low == r.low else f" {r.value:.3f}")
             for r in rows.itertuples()]
    return "95% intervals, the article as the unit: " + "; ".join(parts)


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
