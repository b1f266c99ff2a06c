"""CSV files (``.csv``, ``.csv.gz``): one document per row, read a chunk at a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from ...errors import CorpusError
from ..model import Problems
from ..prepare import standardise
from ..registry import register_reader

__all__ = ["read_csv"]


@register_reader(".csv.gz", ".csv")
def read_csv(path: Path, *, chunksize: int, problems: Problems, encoding: str | None, **cols) -> Iterator[pd.DataFrame]:
    """Standardised tables of ``chunksize`` rows; rows are numbered by their line in the file."""
    first = 2  # data rows start on line 2, after the header
    try:
        reader = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[], chunksize=chunksize,
                             encoding=encoding or "utf-8-sig")
        for chunk in reader:
            yield standardise(chunk, source=str(path), first_row=first, problems=problems, **cols)
            first += len(chunk)
    except pd.errors.ParserError as exc:
        raise CorpusError(f"{path}: malformed CSV near data row {first}: {exc}. Quote fields that contain commas or line breaks, then run again.") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not {encoding or 'UTF-8'} text ({exc.reason} at byte {exc.start}); pass encoding= (--encoding) with the file's encoding.") from None
    except pd.errors.EmptyDataError:
        raise CorpusError(f"{path}: the CSV file is empty (no header row).") from None
