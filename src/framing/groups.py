"""Groupings: which group each document belongs to, by one or several columns and by period.

Every table of the toolkit is per group. A grouping names one column (``"outlet"``, ``"bias"``,
``"doc"``), several (``["outlet", "month"]``) and, for change over time, a binned date:
``"week"``, ``"month"``, ``"quarter"`` or ``"year"`` as a key, or ``period="W"|"M"|"Q"|"Y"``
(which adds a key ``"period"``). Documents whose date is missing or not a date are counted,
reported once per table, and left out of time bins.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import pandas as pd

from ._params import Options, validate_params
from .errors import CorpusError, FramingError, FramingWarning, caller_stacklevel

__all__ = ["Grouping", "grouping", "PERIODS", "PERIOD", "parse_dates", "period_labels"]

#: Period codes and the key each adds to a grouping.
PERIODS = {"W": "week", "M": "month", "Q": "quarter", "Y": "year"}
_ALIAS = {v: k for k, v in PERIODS.items()}


def _period_code(period) -> str:
    """``"M"`` for ``"M"``, ``"m"`` or ``"month"``."""
    return _ALIAS.get(str(period).lower(), str(period).upper())


#: The ``period`` option: a code of :data:`PERIODS` (any case) or its name; None for no bin.
PERIOD = Options(PERIODS, key=_period_code, none=True,
                 text="one of W (week), M (month), Q (quarter), Y (year)")
#: Dates outside these years are placeholders (both US corpora carry the year 0001), not dates.
YEARS = (1800, 2100)
#: How a multi-key group is written in the ``group`` column.
JOIN = " · "


def _column(by: str) -> str:
    return {"doc": "doc_id", "document": "doc_id"}.get(by, by)


@dataclass(frozen=True)
class Grouping:
    """A checked grouping: ``keys`` (column names, or period keys), each key's period code
    (``None`` for a column), and the date column that periods bin. A ``quiet`` grouping
    (:meth:`quieted`) does not warn of missing values merged with a literal "unknown": a run
    over chunks counts them (:meth:`unknown_counts`) and warns once (:meth:`warn_unknown`)."""

    keys: tuple[str, ...]
    freqs: tuple[str | None, ...]
    date_col: str = "date"
    quiet: bool = field(default=False, compare=False)

    @property
    def name(self) -> str:
        """The grouping as the tables' ``attrs["by"]`` and the figures' words say it."""
        return ", ".join(self.keys)

    @property
    def multi(self) -> bool:
        return len(self.keys) > 1

    @property
    def timed(self) -> bool:
        return any(f is not None for f in self.freqs)

    @property
    def period(self) -> str | None:
        return next((f for f in self.freqs if f is not None), None)

    def labels(self, docs: pd.DataFrame) -> list:
        """The group of each document: a string (one key) or a tuple of strings (several);
        ``None`` where a period key finds no usable date."""
        if self.date_col != "date" and self.date_col not in docs.columns and not self.timed:
            raise CorpusError(f"no date column {self.date_col!r} (given as date_col= / --date-col). The columns are: "
                              f"{', '.join(str(c) for c in docs.columns if c != 'text')}.")
        parts = []
        for key, freq in zip(self.keys, self.freqs):
            if freq is None:
                col = _column(key)
                if col not in docs.columns:
                    hint = (" Each document's language is a column 'lang' of a corpus loaded with language='detect' or "
                            "lang_col= (--language detect, --lang-col)." if col == "lang" else "")
                    raise CorpusError(f"cannot group by {key!r}: the corpus has no such column.{hint} Use outlet, doc, a "
                                      f"period (week, month, quarter, year), or one of: "
                                      f"{', '.join(str(c) for c in docs.columns if c != 'text')}.")
                parts.append(docs[col].map(lambda v: "unknown" if _missing(v) else str(v)).tolist())
            else:
                if self.date_col not in docs.columns:
                    raise CorpusError(f"cannot bin dates by {key}: the corpus has no {self.date_col!r} column. Name the "
                                      f"date column with date_col= (--date-col); columns: "
                                      f"{', '.join(str(c) for c in docs.columns if c != 'text')}.")
                parts.append(period_labels(docs[self.date_col], freq))
        if not self.quiet:
            self.warn_unknown(self.unknown_counts(docs))
        if not self.multi:
            return parts[0]
        return [None if any(v is None for v in row) else tuple(row) for row in zip(*parts)]

    def sort_key(self, group):
        return tuple(str(v) for v in group) if self.multi else str(group)

    def text(self, group) -> str:
        """A group as one string (``group`` column, figure labels)."""
        return JOIN.join(group) if self.multi else str(group)

    def expand(self, df: pd.DataFrame) -> pd.DataFrame:
        """``df["group"]`` holds group keys; write them as text and, for several keys, add
        one column per key right after ``group``."""
        groups = list(df["group"])
        df = df.copy()
        df["group"] = [self.text(g) for g in groups]
        if self.multi:
            at = df.columns.get_loc("group") + 1
            for i, key in enumerate(self.keys):
                if key in df.columns:
                    raise FramingError(f"cannot group by {key!r}: the table already has a column of that name.")
                df.insert(at + i, key, [g[i] for g in groups])
        return df

    def attrs(self) -> dict:
        return {"by": self.name, "keys": list(self.keys), "period": self.period,
                "date_col": self.date_col if self.timed else None}

    def quieted(self) -> Grouping:
        """This grouping, its :meth:`labels` not warning of missing values merged with "unknown"."""
        return replace(self, quiet=True)

    def unknown_counts(self, docs: pd.DataFrame) -> Counter:
        """Per column key present in ``docs``: ``(column, "missing")``, the documents with no
        value (grouped as "unknown"), and ``(column, "literal")``, those whose value is the word
        "unknown" itself; counts of chunks add up."""
        counts: Counter = Counter()
        for key, freq in zip(self.keys, self.freqs):
            col = _column(key)
            if freq is None and col in docs.columns:
                missing = docs[col].map(_missing).astype(bool)
                counts[col, "missing"] += int(missing.sum())
                counts[col, "literal"] += int((~missing & (docs[col].astype(str) == "unknown")).sum())
        return counts

    def warn_unknown(self, counts: Counter) -> None:
        """One warning per column whose missing values (grouped as "unknown") stand beside
        documents whose value is the word "unknown" itself: the two are one group with no word
        of it. ``counts`` as :meth:`unknown_counts` gives them, for one table or a whole corpus."""
        for key, freq in zip(self.keys, self.freqs):
            col = _column(key)
            missing, literal = counts[col, "missing"], counts[col, "literal"]
            if freq is None and missing and literal:
                warnings.warn(f"column {col!r}: {missing} document(s) with no value are grouped as 'unknown', and "
                              f"{literal} have the value 'unknown' itself: the two are one group 'unknown'. Fill the "
                              f"missing values (e.g. docs[{col!r}].fillna('(none)')) to keep them apart.",
                              FramingWarning, stacklevel=caller_stacklevel())

    def warn_undated(self, undated: int, where: str = "") -> None:
        """One warning for the documents left out of the time bins, pointing at the user's
        call (the first line outside the package)."""
        if undated:
            warnings.warn(f"{undated} document{'s' if undated != 1 else ''} with no usable {self.date_col!r} (missing, "
                          f"not a date, or outside {YEARS[0]}–{YEARS[1]}) left out of the time bins"
                          f"{' of ' + where if where else ''}; they are still in every table not grouped by time.",
                          FramingWarning, stacklevel=caller_stacklevel())


def _missing(v) -> bool:
    try:
        if v is None or pd.isna(v):
            return True
    except (TypeError, ValueError):
        return False
    return str(v) == ""


@validate_params(period=PERIOD)
def grouping(by: "str | Sequence[str] | Grouping" = "outlet", *, period: str | None = None,
             date_col: str = "date") -> Grouping:
    """Check a grouping and say what it means.

    Parameters
    ----------
    by : str or list of str
        ``"outlet"``, ``"doc"``, any column (``"lang"``, each document's language, in a
        corpus of mixed languages), a period key (``"week"``, ``"month"``, ``"quarter"``,
        ``"year"``), or a list of them (``["outlet", "month"]``, ``["lang", "outlet"]``).
    period : {"W", "M", "Q", "Y"}, optional
        Bin ``date_col`` by week, month, quarter or year: adds a key ``"period"``.
    date_col : str
        The column of dates that periods bin (default ``"date"``).

    Examples
    --------
    >>> g = grouping(["outlet", "month"])
    >>> g.keys, g.freqs
    (('outlet', 'month'), (None, 'M'))
    >>> grouping("outlet", period="Q").keys
    ('outlet', 'period')
    """
    if isinstance(by, Grouping):
        if period is not None:
            raise FramingError("give period= with a column name in by=, not with a ready-made Grouping.")
        return by
    if isinstance(by, str):
        keys = [by]
    elif isinstance(by, Sequence) and all(isinstance(k, str) for k in by):
        keys = list(by)
    else:
        raise FramingError(f"by must be a column name or a list of column names, not {by!r}.")
    if not keys or any(not k.strip() for k in keys):
        raise FramingError("by must name at least one column (e.g. by='outlet' or by=['outlet', 'month']).")
    if len(set(keys)) != len(keys):
        raise FramingError(f"by names a column twice: {keys}.")
    if "text" in keys:
        raise FramingError("by='text' would make each article's whole text a group name; group by 'doc' for one "
                           "group per document, or by a column of categories (outlet, bias, date …).")
    if not isinstance(date_col, str) or not date_col:
        raise FramingError(f"date_col must be a column name, not {date_col!r}.")
    freqs = [_ALIAS.get(k) for k in keys]
    if period is not None:
        code = _period_code(period)
        already = [f for f in freqs if f is not None]
        if already and already != [code]:
            raise FramingError(f"by already bins dates by {PERIODS[already[0]]}; period={period!r} asks for another bin.")
        if not already:
            if "period" in keys:
                raise FramingError("by names a column 'period' and period= adds one: rename one of them.")
            keys.append("period")
            freqs.append(code)
    if sum(f is not None for f in freqs) > 1:
        raise FramingError(f"by bins dates more than once: {keys}; keep one of week, month, quarter, year.")
    return Grouping(tuple(keys), tuple(freqs), date_col)


def parse_dates(values: pd.Series) -> pd.Series:
    """Dates from a column as written (ISO ``2017-09-04``, with a time or zone, or what
    pandas' mixed parser reads); ``NaT`` where a value is missing, not a date, or a
    placeholder outside 1800–2100 (``0001-01-01``). Numbers are not read as timestamps."""
    if pd.api.types.is_datetime64_any_dtype(values):
        d = pd.to_datetime(values, utc=True)
    else:
        text = values.map(lambda v: None if _missing(v) else (v.isoformat() if hasattr(v, "isoformat") else str(v)))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            d = pd.to_datetime(text, errors="coerce", utc=True, format="mixed")
    ok = d.notna() & (d.dt.year >= YEARS[0]) & (d.dt.year <= YEARS[1])
    return d.where(ok)


def period_labels(values: pd.Series, freq: str) -> list:
    """The period of each date as text, ``None`` where undated. Labels sort in time order:
    week ``2017-09-04`` (its Monday), month ``2017-09``, quarter ``2017Q3``, year ``2017``.

    >>> period_labels(pd.Series(["2017-09-06", "", "0001-01-01", "Sept 7, 2017"]), "W")
    ['2017-09-04', None, None, '2017-09-04']
    """
    d = parse_dates(values)
    out = []
    for ts in d:
        if pd.isna(ts):
            out.append(None)
        elif freq == "W":
            out.append((ts.normalize() - pd.Timedelta(days=ts.weekday())).strftime("%Y-%m-%d"))
        elif freq == "M":
            out.append(f"{ts.year:04d}-{ts.month:02d}")
        elif freq == "Q":
            out.append(f"{ts.year:04d}Q{(ts.month - 1) // 3 + 1}")
        else:
            out.append(f"{ts.year:04d}")
    return out


def period_start(labels, freq: str) -> pd.DatetimeIndex:
    """The first day of each period label made by :func:`period_labels` (for time axes)."""
    if freq == "Q":
        return pd.DatetimeIndex([pd.Timestamp(int(s[:4]), 3 * int(s[-1]) - 2, 1) for s in labels])
    if freq == "Y":
        return pd.DatetimeIndex([pd.Timestamp(int(s), 1, 1) for s in labels])
    return pd.DatetimeIndex(pd.to_datetime(list(labels), format="%Y-%m" if freq == "M" else "%Y-%m-%d"))
