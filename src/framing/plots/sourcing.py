"""Sourcing charts: who speaks and how, and the verbs that introduce sources (from
:func:`framing.sourcing_profile`)."""

from __future__ import annotations

import matplotlib as mpl
import numpy as np
import pandas as pd
import seaborn as sns

from .._params import validate_params
from ..errors import FramingError
from ..sources.profile import DIMENSION
from ._base import _ax, _color_ticks, _need, _stacked, label_palette, sized

__all__ = ["plot_source_shares", "plot_cue_verbs"]


@sized(10, 1.3, per_row=0.5)
@validate_params(dimension=DIMENSION)
def plot_source_shares(data: pd.DataFrame, *, dimension: str = "category", levels=None, order=None,
                       min_total: int = 5, ax=None, title: str | None = None):
    """Stacked bars of a sourcing dimension per group: speaker ``category`` or ``kind``.

    Parameters
    ----------
    data : DataFrame
        From :func:`framing.sourcing_profile`.
    min_total : int
        Groups with fewer attributions than this are faded and marked "too few" (as are
        groups the table flags ``too_few``: too few articles).
    """
    _need(data, ["group", "dimension", "value", "count", "total", "share", "share_low", "share_high"], "plot_source_shares")
    ax = _ax(ax)
    d = data[data["dimension"] == dimension]
    if d.empty:
        raise FramingError(f"no dimension {dimension!r}; use category, kind, cue or cue_type.")
    if levels is None:
        totals = d.groupby("value", sort=False)["count"].sum()
        levels = [v for v in dict.fromkeys(d["value"]) if totals.get(v, 0) > 0] or list(dict.fromkeys(d["value"]))
    groups = order if order is not None else sorted(d["group"].unique(), key=str)
    n = d.groupby("group")["total"].first()
    too_few = n < min_total
    docs = None
    if "too_few" in d.columns and "total_docs" in d.columns:
        too_few = too_few | d.groupby("group")["too_few"].first().reindex(n.index, fill_value=False)
        docs = d.groupby("group")["total_docs"].first()
    first = levels[0]
    fr = d[d["value"] == first].set_index("group")
    what = {"category": "who speaks: speaker category", "kind": "how: direct, indirect, mixed, according to"}.get(dimension,
                                                                                                                 dimension)
    return _stacked(
        ax, d.set_index(["group", "value"])["share"].to_dict(), level="value", levels=levels, groups=groups, n=n,
        too_few=too_few, docs=docs, colors=label_palette(levels), interval_of=first, lows=fr["share_low"],
        highs=fr["share_high"], xlabel="share of attributions", title=title or f"Sourcing — {what}",
        legend_title=dimension,
    )


@sized(12, 1.6, per_row=0.5)
def plot_cue_verbs(data: pd.DataFrame, *, top: int = 10, order=None, ax=None, title: str | None = None):
    """Heatmap of cue verbs per group (share of the group's cued attributions).

    The most frequent neutral cues come first; distancing cues (claimed, alleged, insisted
    …) are set apart on the right, marked † and written in red.
    """
    _need(data, ["group", "dimension", "value", "count", "total", "share", "distancing"], "plot_cue_verbs")
    ax = _ax(ax)
    d = data[data["dimension"] == "cue"]
    if d.empty:
        raise FramingError("no cue rows in the table; pass the table made by framing.sourcing_profile.")
    totals = d.groupby("value")["count"].sum().sort_values(ascending=False)
    dist = set(d.loc[d["distancing"], "value"])
    neutral = [v for v in totals.index if v not in dist][:top]
    distancing = sorted(v for v in totals.index if v in dist)
    cols = neutral + distancing
    groups = order if order is not None else sorted(data["group"].unique(), key=str)
    table = d.pivot_table(index="group", columns="value", values="share", aggfunc="first").reindex(index=groups, columns=cols)
    table = table.fillna(0.0)
    names = [c + (" †" if c in dist else "") for c in cols]
    table.columns = names
    sns.heatmap(table, ax=ax, annot=True, fmt=".0%", cmap="mako_r", vmin=0, linewidths=0.5,
                cbar_kws={"label": "share of the group's cued attributions", "format": mpl.ticker.PercentFormatter(1.0)},
                annot_kws={"fontsize": 7})
    if distancing:
        ax.axvline(len(neutral), color="crimson", linewidth=2)
    for t in ax.get_xticklabels():
        if t.get_text().endswith("†"):
            t.set_color("crimson")
        t.set_rotation(45)
        t.set_ha("right")
    n = data[(data["dimension"] == "cue_type")].groupby("group")["total"].first()
    ax.set_yticks(np.arange(len(groups)) + 0.5, [f"{g} (n={int(n.get(g, 0))})" for g in groups], rotation=0)
    _color_ticks(ax, groups)
    ax.set_xlabel("cue (lemma); † distancing")
    ax.set_ylabel("")
    ax.set_title(title or "Which verbs introduce sources", loc="left", fontsize=11)
    return ax
