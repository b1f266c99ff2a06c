"""Run framing on Dask: the same tables from a ``dask.dataframe`` or ``dask.bag``.

Dask is an optional extra (``pip install "framing[dask]"``). Each partition is prepared
as a local run prepares its chunks (:func:`framing.corpus.prepare.prepare_chunk`: repeated
ids checked across the whole frame, the title column, mojibake; problems in one warning)
and scored by the same functions — per-group sums for terms, rows for attributions — and
the sums are combined on the client, so the tables equal a local run's (a parity test says so).

Examples
--------
On a cluster you already have, connect a client and pass the partitioned corpus::

    from dask.distributed import Client
    import dask.dataframe as dd
    import framing.dask

    client = Client("tcp://scheduler:8786")          # or Client(LocalCluster()) on one machine
    ddf = dd.read_parquet("s3://bucket/corpus/*.parquet")   # columns doc_id, outlet, text, …
    scores = framing.dask.count_terms(ddf, lexicon="syria", by="outlet")
    attributions = framing.dask.find_attributions(ddf)

A ``dask.bag`` of JSON records works the same (``db.read_text("*.jsonl").map(json.loads)``).
"""

from __future__ import annotations

import hashlib
from collections import Counter

import pandas as pd

from ._params import WHOLE, Options, validate_params
from ._runner import on_frame
from .corpus import PROBLEMS_SHOWN, Problems, standardise
from .corpus.duplicates import COPY, DUPLICATES, Sketches, select
from .corpus.mixed import DETECT
from .corpus.prepare import DecidedIds, SeenIds, dedupe, mojibake, prepare_chunk
from .cues import CueTable, load_cues
from .errors import FramingError
from .groups import PERIOD, grouping
from .lang import get_language
from .lexicon import EXAMPLE_LEXICON, Lexicon, gazetteer_for, load_lexicon
from .sources import ATTRIBUTION_COLUMNS, chunk_rows, link_speakers
from .stats import MIN_COUNT, MIN_DOCS
from .terms import NAMES_IN_MARKS, VOICE, chunk_stats, merge_stats, score_table

__all__ = ["count_terms", "find_attributions"]


def _one_language(language: str | None) -> None:
    if language == DETECT:
        raise FramingError("framing.dask reads every document in one language (language='fr' …); a corpus of mixed "
                           "languages (language='detect', lang_col=) is read by framing.count_terms and "
                           "framing.find_attributions, or on Dask one language at a time (filter the frame on its "
                           "language column).")


def _require():
    try:
        import dask  # noqa: F401
        import dask.dataframe  # noqa: F401
    except ImportError:
        raise FramingError('framing.dask needs Dask: pip install "framing[dask]"') from None


def _as_ddf(data, text_col: str, outlet_col: str, id_col: str):
    import dask.bag as db
    import dask.dataframe as dd

    if isinstance(data, db.Bag):
        data = data.to_dataframe()
    if not isinstance(data, dd.DataFrame):
        raise FramingError(f"framing.dask takes a dask DataFrame or Bag, not {type(data).__name__}; "
                           "for a pandas DataFrame or a path use framing.count_terms.")
    if text_col not in data.columns:
        raise FramingError(f"no text column {text_col!r}; the columns are: {', '.join(map(str, data.columns))}.")
    return data


#: How problems met on the cluster name where they were met (rows numbered as in the whole frame).
SOURCE = "<dask DataFrame>"


def _standard(part: pd.DataFrame, first_row: int, *, text_col: str, outlet_col: str, id_col: str) -> pd.DataFrame:
    return standardise(part, source=SOURCE, first_row=first_row, problems=Problems(), text_col=text_col,
                       outlet_col=outlet_col, id_col=id_col)


def _survey(part: pd.DataFrame, first_row: int, *, fix_mojibake: bool, sketch: str | None, **cols) -> tuple:
    """The first pass, on a worker: the partition standardised as a local run does it; its
    ids with a digest of each text (stable across processes, unlike ``hash``), the problems
    met, the mojibake problems by row (their ids are known only after the repeated-id check)
    and, when near-duplicates are looked for, the sketches of its documents (in ``sketch``,
    the language)."""
    problems = Problems()
    docs = standardise(part, source=SOURCE, first_row=first_row, problems=problems, **cols)
    digests = [hashlib.blake2b(t.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest() for t in docs["text"]]
    by_row = Problems()
    texts = pd.DataFrame({"doc_id": [str(i) for i in range(len(docs))], "text": docs["text"].tolist()})
    mojibake(texts, by_row, SOURCE, fix_mojibake)
    sketches = None
    if sketch is not None:  # of the texts as they will be scored (repaired with fix_mojibake)
        sketches = Sketches(language=sketch).add(docs.assign(text=texts["text"].tolist()))
        sketches.shingler = None  # its cache of word hashes stays here
    return docs["doc_id"].tolist(), digests, problems.frame(), by_row.frame(), sketches


def _prepare(ddf, *, text_col: str, outlet_col: str, id_col: str, title_col: str, fix_mojibake: bool, warn: bool,
             problems_shown: int, language: str | None, duplicates: str | None = None, copy: str | None = None) -> dict:
    """What every partition needs to be prepared as the local run prepares its chunks: the
    row number it starts at and the repeated-id check decided across partitions (first
    occurrence kept, as locally). Two cheap passes (lengths; ids and digests of the texts)
    before the scoring pass; the problems met are warned about here, once, as locally."""
    import dask

    duplicates = "drop" if duplicates is None else duplicates
    copy = "all" if copy is None else copy
    selecting = duplicates == "drop" or copy != "all"
    cols = dict(text_col=text_col, outlet_col=outlet_col, id_col=id_col)
    lengths = [int(n) for n in ddf.map_partitions(len).compute()]
    offsets = [sum(lengths[:i]) for i in range(len(lengths))]
    sketch = get_language(language).code if selecting else None
    surveys = dask.compute(*[dask.delayed(_survey)(part, first, fix_mojibake=fix_mojibake, sketch=sketch, **cols)
                             for part, first in zip(ddf.to_delayed(), offsets)])
    problems, seen, decisions = Problems(), SeenIds(), {}
    every = Sketches(language=sketch or "en")
    where = []  # (partition, row) of each document kept by the repeated-id check, in order
    try:
        for i, (ids, digests, met, by_row, sketches) in enumerate(surveys):
            problems.extend(met)
            kept = dedupe(pd.DataFrame({"doc_id": ids, "text": digests}), seen, problems, SOURCE)
            final = dict(zip(kept.index, kept["doc_id"]))
            changed = {row: final.get(row) for row, doc_id in enumerate(ids) if final.get(row) != doc_id}
            if changed:
                decisions[i] = changed
            for r in by_row.itertuples(index=False):
                row = int(r.doc_id)
                if row in final:
                    problems.add(r.source, final[row], r.line, r.problem, r.action)
            if sketches is not None:
                rows = sorted(final)
                every.take(sketches, rows, [final[r] for r in rows])
                where.extend((i, r) for r in rows)
    finally:
        seen.close()
    if selecting:  # near-duplicates decided over every partition, as a local run decides them
        keep, left_out = select(every.table(), duplicates=duplicates, copy=copy)
        for (i, row), k in zip(where, keep):
            if not k:
                decisions.setdefault(i, {})[row] = None
        for doc_id, problem, action in left_out:
            problems.add(SOURCE, doc_id, None, problem, action)
    if warn:
        problems.summarise(SOURCE, problems_shown)
    return dict(offsets=offsets, decisions=decisions, cols=cols, title_col=title_col, fix_mojibake=fix_mojibake,
                language=get_language(language))  # the Language itself: a registered one travels with its folder


def _prepared(part: pd.DataFrame, prep: dict, partition_info=None) -> pd.DataFrame:
    """A partition made ready to score: the same two steps as a local chunk (standardise,
    then :func:`framing.corpus.prepare.prepare_chunk`), the repeated ids as decided by :func:`_prepare`."""
    i = 0 if partition_info is None else partition_info.get("number", 0)
    docs = _standard(part, prep["offsets"][i] if i < len(prep["offsets"]) else 0, **prep["cols"])
    return prepare_chunk(docs, ids=DecidedIds(prep["decisions"].get(i)), problems=Problems(), source=SOURCE,
                         text_col=prep["cols"]["text_col"], title_col=prep["title_col"], fix_mojibake=prep["fix_mojibake"])


def _terms_partition(part, *, lex, grouping, voice, include_boilerplate, prep, names="narrator", partition_info=None):
    docs = _prepared(part, prep, partition_info)
    stats = on_frame(chunk_stats, docs, language=prep["language"].code, lex=lex, grouping=grouping.quieted(),
                     voice=voice, include_boilerplate=include_boilerplate, names=names)
    # the partition's sums travel as they are (counters and ArticleSums pickle), one object per
    # partition, with its counts of missing and literal "unknown" values for one warning on the client
    return pd.DataFrame({"stats": [stats], "unknown": [grouping.unknown_counts(docs)]}, dtype=object)


_CHOICES = dict(duplicates=Options(DUPLICATES.values, none=True), copy=Options(COPY.values, none=True))


@validate_params(voice=VOICE, period=PERIOD, min_count=WHOLE, min_docs=WHOLE, names_in_marks=NAMES_IN_MARKS, **_CHOICES)
def count_terms(data, *, lexicon: "str | Lexicon" = EXAMPLE_LEXICON, by: "str | list[str]" = "outlet", period: str | None = None,
                date_col: str = "date", voice: str = "all", min_count: int = MIN_COUNT, min_docs: int = MIN_DOCS,
                include_boilerplate: bool = False, text_col: str = "text", outlet_col: str = "outlet",
                id_col: str = "doc_id", title_col: str = "title", fix_mojibake: bool = False, warn: bool = True,
                problems_shown: int = PROBLEMS_SHOWN, language: str | None = None,
                names_in_marks: str = "narrator", duplicates: str | None = None,
                copy: str | None = None) -> pd.DataFrame:
    """:func:`framing.count_terms` on a Dask DataFrame or Bag; the same table, computed by the cluster.

    The partitions are prepared as a local run's chunks are (repeated ids across the whole
    frame, near-duplicates inside an outlet left out and ``copy=`` chosen as
    :func:`framing.load_corpus` does, the title column, mojibake; problems in one warning):
    two passes over the data come first (partition lengths; ids, a digest of each text and
    its word 5-grams for the near-duplicates, decided on the client)."""
    _require()
    _one_language(language)
    lex = load_lexicon(lexicon)
    grp = grouping(by, period=period, date_col=date_col)
    ddf = _as_ddf(data, text_col, outlet_col, id_col)
    prep = _prepare(ddf, text_col=text_col, outlet_col=outlet_col, id_col=id_col, title_col=title_col,
                    fix_mojibake=fix_mojibake, warn=warn, problems_shown=problems_shown, language=language,
                    duplicates=duplicates, copy=copy)
    meta = pd.DataFrame({"stats": pd.Series(dtype=object), "unknown": pd.Series(dtype=object)})
    parts = ddf.map_partitions(_terms_partition, lex=lex, grouping=grp, voice=voice,
                               include_boilerplate=include_boilerplate, prep=prep, names=names_in_marks, meta=meta).compute()
    stats = merge_stats(parts["stats"])
    grp.warn_unknown(sum(parts["unknown"], Counter()))
    return score_table(stats, lex=lex, grouping=grp, voice=voice, min_count=min_count, min_docs=min_docs)


def _attributions_partition(part, *, gaz, include_boilerplate, cues, prep, partition_info=None):
    docs = _prepared(part, prep, partition_info)
    return pd.DataFrame(on_frame(chunk_rows, docs, language=prep["language"].code, gaz=gaz, include_boilerplate=include_boilerplate, cues=cues),
                        columns=ATTRIBUTION_COLUMNS)


@validate_params(**_CHOICES)
def find_attributions(data, *, gazetteer: "str | Lexicon | None" = None, include_boilerplate: bool = False,
                      cues: "str | CueTable | None" = None, text_col: str = "text", outlet_col: str = "outlet",
                      id_col: str = "doc_id", title_col: str = "title", fix_mojibake: bool = False, warn: bool = True,
                      problems_shown: int = PROBLEMS_SHOWN, language: str | None = None, duplicates: str | None = None,
                      copy: str | None = None) -> pd.DataFrame:
    """:func:`framing.find_attributions` on a Dask DataFrame or Bag (rows in partition order),
    the partitions prepared as in :func:`count_terms`."""
    _require()
    _one_language(language)
    gaz = load_lexicon(gazetteer_for(None, gazetteer))
    table = load_cues(cues, language=language)
    ddf = _as_ddf(data, text_col, outlet_col, id_col)
    prep = _prepare(ddf, text_col=text_col, outlet_col=outlet_col, id_col=id_col, title_col=title_col,
                    fix_mojibake=fix_mojibake, warn=warn, problems_shown=problems_shown, language=language,
                    duplicates=duplicates, copy=copy)
    meta = pd.DataFrame({c: pd.Series(dtype=object) for c in ATTRIBUTION_COLUMNS})
    out = ddf.map_partitions(_attributions_partition, gaz=gaz, include_boilerplate=include_boilerplate, cues=table,
                             prep=prep, meta=meta).compute()
    out = out.reset_index(drop=True)
    for c in ("speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end"):
        out[c] = out[c].astype("Int64")
    for c in ("distancing", "nested"):
        out[c] = out[c].astype(bool)
    return link_speakers(out)  # lone surnames linked across the corpus, as framing.find_attributions does
