"""Checks of a corpus's metadata while it loads, chunk by chunk, each reported once for the
whole corpus: outlet names that differ only in case or spaces (:class:`OutletNames`, which
also merges them on request), and dates written in several formats (:class:`DateFormats`).
A column option naming a missing column is checked where the column is read
(:func:`missing_column`)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import pandas as pd

from ..errors import CorpusError
from ..groups import parse_dates
from .model import Problems

__all__ = ["OutletNames", "DateFormats", "missing_column", "date_shape"]


def missing_column(source: str, column: str, option: str, flag: str, columns: Iterable) -> CorpusError:
    """The error for a column option (``outlet_col="source"``) naming a column the corpus lacks."""
    cols = ", ".join(str(c) for c in columns) or "(none)"
    return CorpusError(f"{source}: no column {column!r} (given as {option}= / {flag}). The columns are: {cols}.")


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


class OutletNames:
    """The outlet names seen, by their key (case and runs of spaces ignored): names that
    differ only there are one outlet written two ways ("nyt" and "NYT", "Al Jazeera" and
    "Al  Jazeera"). With ``merge`` every spelling after the first is written as the first
    one seen (the same in every chunk, as the chunks come in order)."""

    def __init__(self, merge: bool = False):
        self.merge = merge
        self.first: dict[str, str] = {}
        self.counts: dict[str, Counter] = defaultdict(Counter)

    def apply(self, df: pd.DataFrame) -> pd.DataFrame:
        """Count the chunk's spellings; with ``merge``, write each outlet as its first spelling."""
        if "outlet" not in df.columns or df.empty:
            return df
        names = df["outlet"].astype(str).tolist()
        for name, n in Counter(names).items():
            key = _key(name)
            self.first.setdefault(key, name)
            self.counts[key][name] += n
        if self.merge:
            merged = [self.first[_key(n)] for n in names]
            if merged != names:
                df = df.copy()
                df["outlet"] = merged
        return df

    def report(self, problems: Problems, source: str) -> None:
        """One problem naming every outlet written in several ways (none when there is none)."""
        groups = [(key, c) for key, c in self.counts.items() if len(c) > 1]
        if not groups:
            return
        named = "; ".join(" / ".join(f"{name!r} ({n})" for name, n in sorted(c.items(), key=lambda x: -x[1]))
                          for _, c in groups)
        what = (f"outlet names that differ only in case or spaces (documents in brackets): {named}")
        if self.merge:
            action = "merged (normalise_groups): each written as " + ", ".join(
                repr(self.first[key]) for key, _ in groups)
        else:
            action = "kept as separate groups; normalise_groups=True (--normalise-groups) merges them"
        problems.add(source, None, None, what, action)


_TIME = re.compile(r"(?:[T ]|,\s*)\d{1,2}:\d{2}.*$")


def date_shape(value: str) -> str:
    """How a date is written, its numbers and words replaced by their kind: ``YYYY-MM-DD``
    for ``2016-12-05``, ``DD/DD/YYYY`` for ``12/05/2016``, ``Word DD, YYYY`` for ``Dec 5,
    2016`` (a time after the date is left out).

    >>> date_shape("2016-12-05T10:00:00Z"), date_shape("5/12/2016"), date_shape("Dec 5, 2016")
    ('YYYY-DD-DD', 'DD/DD/YYYY', 'Word DD, YYYY')
    """
    def kind(m: re.Match) -> str:
        t = m.group()
        if not t.isdigit():
            return "Word"
        return "YYYY" if len(t) == 4 else "DD" if len(t) <= 2 else "N"

    return re.sub(r"\d+|[^\W\d_]+", kind, _TIME.sub("", value.strip()))


#: A date written as a number: seconds (10 digits) or milliseconds (13) since 1970.
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")


class DateFormats:
    """The ways the ``date`` column's dates are written, counted over the corpus, with an
    example of each (values that are no date are left to the time bins' own warning)."""

    def __init__(self, column: str = "date"):
        self.column = column
        self.counts: Counter = Counter()
        self.example: dict[str, str] = {}
        self.epoch = 0  # dates written as seconds or milliseconds since 1970 (pandas' to_json), not read
        self.epoch_example = ""

    def apply(self, df: pd.DataFrame) -> None:
        if self.column not in df.columns or df.empty or pd.api.types.is_datetime64_any_dtype(df[self.column]):
            return
        read = parse_dates(df[self.column]).notna()  # what is no date at all is reported where dates are binned
        for v, ok in zip(df[self.column], read):
            written = str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)  # 1578182400000.0 (a NaN beside)
            if not ok and _EPOCH.fullmatch(written) and not isinstance(v, bool):
                self.epoch += 1
                self.epoch_example = self.epoch_example or written
            if not ok or not isinstance(v, str):
                continue
            shape = date_shape(v)
            self.counts[shape] += 1
            self.example.setdefault(shape, v.strip())

    def report(self, problems: Problems, source: str) -> None:
        """One problem when the dates are written in more than one way, and one when some
        are written as numbers of seconds or milliseconds since 1970."""
        if self.epoch:
            problems.add(source, None, None, f"{self.epoch} date(s) in column {self.column!r} written as a number "
                         f"(e.g. {self.epoch_example}: seconds or milliseconds since 1970, as pandas' to_json writes "
                         "them)", "not read as dates (left out of time bins); write them as YYYY-MM-DD "
                         "(DataFrame.to_json(..., date_format='iso'))")
        if len(self.counts) < 2:
            return
        ways = ", ".join(f"{self.example[s]!r} ({n})" for s, n in self.counts.most_common())
        problems.add(source, None, None, f"dates written in {len(self.counts)} formats in column {self.column!r} "
                     f"(an example of each, documents in brackets): {ways}",
                     "read as written; check that day and month are read the same way in each (12/05: "
                     "5 December or 12 May?), or write them as YYYY-MM-DD")
