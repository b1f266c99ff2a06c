"""A share over time, per group (from :func:`framing.count_terms` with a period)."""

from __future__ import annotations

import matplotlib as mpl
import pandas as pd
import seaborn as sns

from ..errors import FramingError
from ..groups import PERIODS, period_start
from ._base import _ax, _need, family_title, label_name, outlet_palette, sized

__all__ = ["plot_share_over_time"]


@sized(11, 4)
def plot_share_over_time(data: pd.DataFrame, *, family: str, label: str, hue: str | None = None, groups=None, ax=None,
                         title: str | None = None):
    """One label's share of its family over time: a line per group, the interval as a band.

    Parameters
    ----------
    data : DataFrame
        From :func:`framing.count_terms` grouped by a period (``by=["outlet", "month"]``
        or ``period="M"``).
    family, label : str
        The share to draw.
    hue : str, optional
        The key that makes the lines (default: the grouping's key that is not the period;
        one line when the table is grouped by the period alone).
    groups : list, optional
        Only these values of ``hue``, in this order.

    Points resting on too few mentions or articles (``too_few``) are drawn hollow and
    faded, outside the line and the band.

    Returns
    -------
    matplotlib.axes.Axes
    """
    _need(data, ["group", "family", "label", "share", "share_low", "share_high", "too_few"], "plot_share_over_time")
    keys = list(data.attrs.get("keys") or [])
    freq = data.attrs.get("period")
    if freq is None:
        raise FramingError("plot_share_over_time needs a table grouped by time: count_terms(..., by=['outlet', 'month']) "
                           "or period='M'.")
    time_key = next(k for k in keys if k == "period" or k in PERIODS.values())
    others = [k for k in keys if k != time_key]
    if hue is None:
        hue = others[0] if others else None
    elif hue not in others:
        raise FramingError(f"hue must be one of the grouping's keys other than the period: {', '.join(others) or 'none'}.")
    d = data[(data["family"] == family) & (data["label"] == label)]
    if d.empty:
        raise FramingError(f"no label {label!r} in family {family!r} in the table.")
    times = d[time_key] if time_key in d.columns else d["group"]
    d = d.assign(_t=period_start(times, freq))
    ax = _ax(ax)
    lines = [None] if hue is None else (list(groups) if groups is not None else sorted(d[hue].unique(), key=str))
    pal = outlet_palette([g for g in lines if g is not None]) if hue is not None else {None: sns.color_palette("colorblind")[0]}
    for g in lines:
        s = (d if g is None else d[d[hue] == g]).sort_values("_t")
        s = s[s["family_count"] > 0] if "family_count" in s.columns else s
        if s.empty:
            continue
        color = pal[g]
        few = s["too_few"].to_numpy(bool)
        # line and band only through bins with enough mentions and articles; the others stand alone, hollow
        ok = s["share_low"].notna() & s["share_high"].notna() & ~few
        ax.fill_between(s["_t"], s["share_low"].where(ok), s["share_high"].where(ok), color=color, alpha=0.15, linewidth=0)
        ax.plot(s["_t"], s["share"].where(~few), color=color, linewidth=1.5, label=str(g) if g is not None else label)
        ax.scatter(s["_t"][~few], s["share"][~few], color=color, s=18, zorder=3)
        ax.scatter(s["_t"][few], s["share"][few], facecolor="white", edgecolor=color, alpha=0.6, s=18, zorder=3)
    _period_ticks(ax, d["_t"], times)
    ax.set_ylim(-0.02, 1.02)
    ax.yaxis.set_major_formatter(mpl.ticker.PercentFormatter(1.0))
    ax.set_ylabel(f"share of “{label}”")
    ax.set_xlabel(f"{PERIODS[freq]} (band: 95% interval, articles as the unit; hollow: too few)")
    if hue is not None:
        ax.legend(title=hue, bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8, title_fontsize=9, frameon=False)
    voice = data.attrs.get("voice", "all")
    ax.set_title(title or f"{family_title(data, family)}: “{label_name(data, family, label)}” over time "
                          f"({'all voices' if voice == 'all' else voice + ' voice'})",
                 loc="left", fontsize=11)
    ax.grid(alpha=0.3)
    return ax


def _period_ticks(ax, starts: pd.Series, labels: pd.Series, most: int = 12) -> None:
    """One tick per time bin, named as the bin ("2017-08", "2017Q3"), at most ``most`` of
    them: matplotlib's own date ticks fall between the bins, and crowd into each other on a
    few months of data."""
    bins = pd.Series(list(labels), index=starts).groupby(level=0).first().sort_index()
    step = -(-len(bins) // most)
    shown = bins.iloc[::step]
    ax.set_xticks(shown.index, [str(v) for v in shown])
