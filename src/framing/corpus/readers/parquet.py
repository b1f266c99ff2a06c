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
        df = _to_pandas(batch, str(path), first, problems)
        yield standardise(df, source=str(path), first_row=first, problems=problems, **cols)
        first += len(df)



def _to_pandas(batch, source: str, first: int, problems: Problems) -> pd.DataFrame:
    """The batch as a table; a string column holding bytes that are not UTF-8 (which Parquet
    writers need not check) decoded with those bytes written as ``\\xe9``, each cell reported."""
    import pyarrow as pa

    try:
        batch.validate(full=True)  # UTF-8 checked here: pandas' arrow strings would fail later, on use
        return batch.to_pandas()
    except pa.ArrowInvalid:
        pass
    columns = []
    for name, col in zip(batch.schema.names, batch.columns):
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            try:
                col.validate(full=True)
            except pa.ArrowInvalid:
                values = col.view(pa.large_binary() if pa.types.is_large_string(col.type) else pa.binary()).to_pylist()
                for i, v in enumerate(values):
                    if v is None:
                        continue
                    try:
                        values[i] = v.decode("utf-8")
                    except UnicodeDecodeError as exc:
                        values[i] = v.decode("utf-8", "backslashreplace")
                        problems.add(source, None, first + i, f"{name!r} is not UTF-8 here ({exc.reason} at byte "
                                     f"{exc.start})", "its other bytes written as \\x..")
                col = pa.array(values, type=pa.string())
        columns.append(col)
    return pa.RecordBatch.from_arrays(columns, names=batch.schema.names).to_pandas()
