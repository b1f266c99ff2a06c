"""Run framing on Dask: the same tables from a ``dask.dataframe`` or ``dask.bag``.

Dask is an optional extra (``pip install "framing[dask]"``). Each partition is scored by
the same functions as a local run — per-group sums for terms, rows for attributions — and
the sums are combined on the client, so the tables equal a local run's.

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

import pandas as pd

from ._runner import on_frame
from .corpus import Problems, standardise
from .errors import FramingError
from .groups import grouping
from .lexicon import Lexicon, load_lexicon
from .sources import ATTRIBUTION_COLUMNS, chunk_rows
from .stats import MIN_COUNT, MIN_DOCS
from .terms import VOICES, chunk_stats, merge_stats, score_table

__all__ = ["count_terms", "find_attributions"]


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


def _standard(part: pd.DataFrame, text_col, outlet_col, id_col, partition_info=None) -> pd.DataFrame:
    first = 0 if partition_info is None else partition_info.get("number", 0) * 10**9
    return standardise(part, source="<dask partition>", first_row=first, problems=Problems(),
                        text_col=text_col, outlet_col=outlet_col, id_col=id_col)


def _terms_partition(part, *, lex, grouping, voice, include_boilerplate, text_col, outlet_col, id_col, partition_info=None):
    docs = _standard(part, text_col, outlet_col, id_col, partition_info)
    stats = on_frame(chunk_stats, docs, lex=lex, grouping=grouping, voice=voice, include_boilerplate=include_boilerplate)
    # the partition's sums travel as they are (counters and ArticleSums pickle), one object per partition
    return pd.DataFrame({"stats": [stats]}, dtype=object)


def count_terms(data, *, lexicon: "str | Lexicon" = "syria", by: "str | list[str]" = "outlet", period: str | None = None,
                date_col: str = "date", voice: str = "all", min_count: int = MIN_COUNT, min_docs: int = MIN_DOCS,
                include_boilerplate: bool = False, text_col: str = "text", outlet_col: str = "outlet",
                id_col: str = "doc_id") -> pd.DataFrame:
    """:func:`framing.count_terms` on a Dask DataFrame or Bag; the same table, computed by the cluster."""
    _require()
    if voice not in VOICES:
        raise FramingError(f"voice must be one of {', '.join(VOICES)}, not {voice!r}.")
    lex = load_lexicon(lexicon)
    grp = grouping(by, period=period, date_col=date_col)
    ddf = _as_ddf(data, text_col, outlet_col, id_col)
    meta = pd.DataFrame({"stats": pd.Series(dtype=object)})
    parts = ddf.map_partitions(_terms_partition, lex=lex, grouping=grp, voice=voice,
                               include_boilerplate=include_boilerplate, text_col=text_col, outlet_col=outlet_col,
                               id_col=id_col, meta=meta)
    stats = merge_stats(parts.compute()["stats"])
    return score_table(stats, lex=lex, grouping=grp, voice=voice, min_count=min_count, min_docs=min_docs)


def _attributions_partition(part, *, gaz, include_boilerplate, text_col, outlet_col, id_col, partition_info=None):
    docs = _standard(part, text_col, outlet_col, id_col, partition_info)
    return pd.DataFrame(on_frame(chunk_rows, docs, gaz=gaz, include_boilerplate=include_boilerplate), columns=ATTRIBUTION_COLUMNS)


def find_attributions(data, *, gazetteer: "str | Lexicon" = "news", include_boilerplate: bool = False,
                      text_col: str = "text", outlet_col: str = "outlet", id_col: str = "doc_id") -> pd.DataFrame:
    """:func:`framing.find_attributions` on a Dask DataFrame or Bag (rows in partition order)."""
    _require()
    gaz = load_lexicon(gazetteer)
    ddf = _as_ddf(data, text_col, outlet_col, id_col)
    meta = pd.DataFrame({c: pd.Series(dtype=object) for c in ATTRIBUTION_COLUMNS})
    out = ddf.map_partitions(_attributions_partition, gaz=gaz, include_boilerplate=include_boilerplate,
                             text_col=text_col, outlet_col=outlet_col, id_col=id_col, meta=meta).compute()
    out = out.reset_index(drop=True)
    for c in ("speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end"):
        out[c] = out[c].astype("Int64")
    for c in ("distancing", "nested"):
        out[c] = out[c].astype(bool)
    return out
