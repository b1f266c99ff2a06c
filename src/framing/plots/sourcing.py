"""Sourcing charts: who speaks and how, and the verbs that introduce sources (from
:func:`framing.sourcing_profile`); whom each group quotes (from :func:`framing.top_sources`)."""

from __future__ import annotations

import matplotlib as mpl
import numpy as np
import pandas as pd
import seaborn as sns

from .._params import validate_params
from ..errors import FramingError
from ..sources.profile import DIMENSION
from ._base import _ax, _color_ticks, _need, _stacked, label_palette, outlet_palette, sized

__all__ = ["plot_source_shares", "plot_cue_verbs", "plot_top_sources"]


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
    if d.empty and not (data["dimension"] == "summary").any():
        raise FramingError("no cue rows in the table; pass the table made by framing.sourcing_profile.")
    if d.empty:  # a profile of no attribution with a cue (another language read by English's rules, a lexicon's
        # subject no outlet quotes anyone on): said on the figure, as a notebook draws on
        ax.text(0.5, 0.5, "No attribution with a cue verb: nothing to draw.", ha="center", va="center",
                transform=ax.transAxes, color="0.3")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_title(title or "Which verbs introduce sources", loc="left", fontsize=11)
        return ax
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


def _top_rows(data: pd.DataFrame, *, n: int = 5, groups=None, **options) -> int:
    """The bars of :func:`plot_top_sources`: ``n`` per group shown, and a row per group's name."""
    shown = data if groups is None else data[data["group"].isin(groups)]
    return int((shown["rank"] <= n).sum()) + shown["group"].nunique()


@sized(9, 1.0, per_row=0.28, rows=_top_rows)
def plot_top_sources(data: pd.DataFrame, *, n: int = 5, groups=None, ax=None, title: str | None = None):
    """Whom each group quotes: its ``n`` most quoted sources as bars of their share of the
    group's attributions, one block per group (in ``groups``' order, or sorted), coloured
    by the source's category; each bar says how many attributions and articles it rests on.

    Parameters
    ----------
    data : DataFrame
        From :func:`framing.top_sources`.
    n : int
        Sources shown per group (those of rank ``n`` or better).
    groups : list, optional
        The groups to show, in this order (default: every group, sorted).
    """
    _need(data, ["group", "rank", "speaker", "category", "attributions", "articles", "share", "total"], "plot_top_sources")
    ax = _ax(ax)
    order = list(groups) if groups is not None else sorted(data["group"].unique(), key=str)
    missing = [g for g in order if g not in set(data["group"])]
    if missing:
        raise FramingError(f"no group {', '.join(map(repr, missing))} in the table; groups: "
                           f"{', '.join(map(str, sorted(data['group'].unique(), key=str)))}.")
    shown = data[data["group"].isin(order) & (data["rank"] <= n)]
    if shown.empty:
        raise FramingError("the table has no sources to draw; pass the table made by framing.top_sources.")
    colors = label_palette(list(dict.fromkeys(shown.sort_values("attributions", ascending=False)["category"])))
    y, ticks, labels, heads = 0, [], [], []
    for g in order:
        d = shown[shown["group"] == g].sort_values("rank")
        heads.append((y, g, int(data.loc[data["group"] == g, "total"].iloc[0])))
        y += 1
        for r in d.itertuples(index=False):
            ax.barh(y, r.share, color=colors[r.category], edgecolor="white", height=0.8)
            ax.text(r.share, y, f" {r.attributions} ({r.articles} art.)", va="center", fontsize=7, color="#444")
            ticks.append(y)
            labels.append(str(r.speaker) if len(str(r.speaker)) <= 40 else str(r.speaker)[:39] + "…")
            y += 1
    pal = outlet_palette(order)
    for yy, g, total in heads:
        ax.text(0, yy, f"{g} (n={total})", va="center", ha="left", fontweight="bold", fontsize=9,
                color=sns.set_hls_values(pal[g], l=0.35), transform=ax.get_yaxis_transform())
    ax.set_yticks(ticks, labels, fontsize=8)
    ax.set_ylim(y - 0.5, -0.7)
    ax.xaxis.set_major_formatter(mpl.ticker.PercentFormatter(1.0))
    ax.set_xlim(0, min(1.0, float(shown["share"].max()) * 1.3 + 0.02))
    ax.set_xlabel("share of the group's attributions")
    handles = [mpl.patches.Patch(color=c, label=k) for k, c in colors.items()]
    ax.legend(handles=handles, title="category", fontsize=7, title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1),
              frameon=False)
    ax.set_title(title or "Whom each group quotes: the most quoted sources", loc="left", fontsize=11)
    sns.despine(ax=ax)
    return ax
