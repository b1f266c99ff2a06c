"""Precision of the automatic coding, as coded by people (from :func:`framing.validation_report`)."""

from __future__ import annotations

import matplotlib as mpl
import numpy as np
import pandas as pd
import seaborn as sns

from .._params import Options, validate_params
from ..errors import FramingError
from ._base import _ax, _need, sized, values_shown

__all__ = ["plot_precision"]


@sized(9, 1.0, per_row=0.35, rows=values_shown)
@validate_params(what=Options(("verdict", "category_verdict")))
def plot_precision(data: pd.DataFrame, *, what: str = "verdict", group: str = "all", ax=None, title: str | None = None):
    """Precision of the automatic coding per label (or speaker category), with 95% intervals.

    Parameters
    ----------
    data : DataFrame
        ``ValidationReport.precision`` from :func:`framing.validation_report`.
    what : str
        Which verdict: ``verdict`` (default) or ``category_verdict`` (attributions).
    group : str
        ``"all"`` (default) or one value of the report's breakdown column (an outlet).

    Returns
    -------
    matplotlib.axes.Axes
    """
    _need(data, ["what", "value", "correct", "wrong", "precision", "low", "high"], "plot_precision")
    ax = _ax(ax)
    scope = data.columns[2]
    d = data[(data["what"] == what) & (data[scope] == group)]
    if d.empty:
        raise FramingError(f"no coded rows for {what!r} and {scope} {group!r}; whats: {', '.join(data['what'].unique())}.")
    d = pd.concat([d[d["value"] == "(all)"], d[d["value"] != "(all)"]])
    y = np.arange(len(d))
    color = sns.color_palette("colorblind", 1)[0]
    for yi, r in zip(y, d.itertuples()):
        if not pd.isna(r.precision):
            ax.plot([r.low, r.high], [yi, yi], color=color, linewidth=1.6)
            ax.plot([r.precision], [yi], "o", color=color, markersize=6)
        ax.text(1.01, yi, f"{int(r.correct)} of {int(r.correct + r.wrong)}" + (f", {int(r.unsure)} unsure" if r.unsure else ""),
                va="center", ha="left", fontsize=8, transform=ax.get_yaxis_transform())
    ax.set_yticks(y, ["all items" if v == "(all)" else str(v) for v in d["value"]])
    ax.set_ylim(len(d) - 0.5, -0.5)
    ax.set_xlim(-0.02, 1.02)
    ax.xaxis.set_major_formatter(mpl.ticker.PercentFormatter(1.0))
    ax.set_xlabel("precision: correct / (correct + wrong), with its 95% Wilson interval")
    ax.set_title(title or f"How often the automatic coding is right, as coded by people ({what.replace('_', ' ')})",
                 loc="left", fontsize=10)
    ax.grid(axis="x", alpha=0.3)
    return ax
