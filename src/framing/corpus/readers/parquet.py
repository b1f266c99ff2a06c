"""Parquet files (``.parquet``, ``.pq``; needs pyarrow), read a row batch at a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from ...errors import CorpusError
from ..model import Problems
from ..prepare import check_text_column, standardise
from ..registry import register_reader

__all__ = ["read_parquet"]


@register_reader(".parquet", ".pq")
def read_parquet(path: Path, *, chunksize: int, problems: Problems, encoding: str | None, **cols) -> Iterator[pd.DataFrame]:
    """Standardised tables of at most ``chunksize`` rows, numbered from 1."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise CorpusError("reading Parquet needs pyarrow: pip install pyarrow") from None
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own types for broken files
        raise CorpusError(f"{path}: not a readable Parquet file ({exc}).") from None
    names = pf.schema_arrow.names
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise CorpusError(f"{path}: the Parquet file has several columns named {', '.join(map(repr, repeated))}; "
                          "a table needs one column per name. Rename them where the file is written.")
    check_text_column(names, cols["text_col"], str(path))
    first = 1
    for batch in pf.iter_batches(batch_size=chunksize):
        df = batch.to_pandas()
        yield standardise(df, source=str(path), first_row=first, problems=problems, **cols)
        first += len(df)

