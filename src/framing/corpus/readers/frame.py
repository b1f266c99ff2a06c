"""A pandas DataFrame in memory, cut into chunks of rows."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from ..model import Problems
from ..prepare import standardise

__all__ = ["read_frame"]


def read_frame(df: pd.DataFrame, *, chunksize: int, problems: Problems, **cols) -> Iterator[pd.DataFrame]:
    """Standardised tables of ``chunksize`` rows, numbered by position (from 0)."""
    for lo in range(0, max(len(df), 1), chunksize):
        yield standardise(df.iloc[lo:lo + chunksize], source="<DataFrame>", first_row=lo, problems=problems, **cols)
