"""Terminology charts: label shares per group, the two voices, rates per 1,000 tokens, and the
differences between groups (from :func:`framing.count_terms` and :func:`framing.compare_groups`)."""

from __future__ import annotations

import re

import matplotlib as mpl
import numpy as np
import pandas as pd
import seaborn as sns

from .._statistics import get_statistic
from ..errors import FramingError
from ..lexicon import readable
from ._base import (
    _FADED,
    ONE_ARTICLE_NOTE,
    _ax,
    _color_ticks,
    _need,
    _note_below,
    _one_article_each,
    _stacked,
    family_title,
    isolated,
    label_name,
    label_palette,
    rows_shown,
    sized,
)

__all__ = ["plot_label_shares", "plot_voice_shares", "plot_rate_heatmap", "plot_differences"]


@sized(10, 1.3, per_row=0.5)
def plot_label_shares(data: pd.DataFrame, *, family: str, labels=None, order=None, drop_empty: bool = True,
                      interval: bool = True, ax=None, title: str | None = None):
    """Stacked horizontal bars: each label's share of its family, per group, with n.

    Parameters
    ----------
    data : DataFrame
        From :func:`framing.count_terms`.
    family : str
        The family to show (``"syrian_state"``, ``"jihadist_name"``, ``"deir_ezzor_spelling"`` …).
    labels : list, optional
        Labels to show, in order (default: the family's labels that occur, lexicon order).
    interval : bool
        Draw the 95% interval of the first label's share as a whisker.

    Returns
    -------
    matplotlib.axes.Axes
    """
    _need(data, ["group", "family", "label", "count", "share", "share_low", "share_high", "family_count", "too_few"],
          "plot_label_shares")
    ax = _ax(ax)
    d = data[data["family"] == family]
    if d.empty:
        raise FramingError(f"no family {family!r} in the table; families: {', '.join(sorted(data['family'].unique()))}.")
    if labels is None:
        labels = list(dict.fromkeys(d["label"]))
        if drop_empty:
            totals = d.groupby("label", sort=False)["count"].sum()
            labels = [lab for lab in labels if totals.get(lab, 0) > 0] or labels
    groups = order if order is not None else sorted(d["group"].unique(), key=str)
    first = labels[0]
    fr = d[d["label"] == first].set_index("group")
    n = d.groupby("group")["family_count"].first()
    docs = d.groupby("group")["family_docs"].first() if "family_docs" in d.columns else None
    voice = data.attrs.get("voice", "all")
    return _stacked(
        ax, d.set_index(["group", "label"])["share"].to_dict(), level="label", levels=labels, groups=groups, n=n,
        too_few=d.groupby("group")["too_few"].first(), colors=label_palette(labels), docs=docs,
        interval_of=first if interval else None, lows=fr["share_low"], highs=fr["share_high"],
        xlabel=f"share of the family's mentions ({'all voices' if voice == 'all' else voice + ' voice'})",
        title=title or f"{family_title(data, family)}, per {data.attrs.get('by', 'group')}", legend_title="label",
        names={lab: label_name(data, family, lab) for lab in labels},
    )


@sized(10, 1.4, per_row=0.6)
def plot_voice_shares(data: pd.DataFrame, *, family: str, label: str, order=None, ax=None, title: str | None = None):
    """The outlet's own voice against quoted voices: one label's share of its family.

    Parameters
    ----------
    data : DataFrame
        From :func:`framing.compare.count_terms_by_voice`.

    Returns
    -------
    matplotlib.axes.Axes
    """
    _need(data, ["group", "family", "label", "voice", "share", "share_low", "share_high", "family_count", "too_few"],
          "plot_voice_shares")
    ax = _ax(ax)
    d = data[(data["family"] == family) & (data["label"] == label)]
    if d.empty:
        raise FramingError(f"no label {label!r} in family {family!r} in the table.")
    groups = order if order is not None else sorted(d["group"].unique(), key=str)
    single = _one_article_each(d.groupby("group")["family_docs"].max() if "family_docs" in d.columns else None, groups)
    colors = dict(zip(["narrator", "quoted"], sns.color_palette("colorblind", 2)))
    for k, (voice, marker) in enumerate((("narrator", "o"), ("quoted", "s"))):
        v = d[d["voice"] == voice].set_index("group")
        offset = -0.17 if k == 0 else 0.17
        for i, g in enumerate(groups):
            if g not in v.index or v.loc[g, "family_count"] == 0:
                ax.text(0.005, i + offset, f"{voice}: no mentions", fontsize=7, va="center", color="0.4")
                continue
            r = v.loc[g]
            few = bool(r["too_few"]) and not single
            xerr = None
            if not (pd.isna(r["share_low"]) or pd.isna(r["share_high"])):
                xerr = [[max(r["share"] - r["share_low"], 0)], [max(r["share_high"] - r["share"], 0)]]
            ax.errorbar(r["share"], i + offset, xerr=xerr, fmt=marker, color=colors[voice],
                        mfc="white" if few else colors[voice], capsize=3,
                        label=voice if i == 0 or not ax.get_legend_handles_labels()[1].count(voice) else None)
            note = f"n={int(r['family_count'])}"
            if "family_docs" in v.columns and not single:
                note += f", {int(r['family_docs'])} art."
            ax.text(1.01, i + offset, note + (" (too few)" if few else ""), fontsize=7,
                    va="center", transform=ax.get_yaxis_transform())
    handles, names = ax.get_legend_handles_labels()
    uniq = dict(zip(names, handles))
    ax.legend(uniq.values(), uniq.keys(), title="voice (hollow: too few)", bbox_to_anchor=(1.16, 1), loc="upper left",
              fontsize=8, title_fontsize=9, frameon=False)
    ax.set_yticks(range(len(groups)), [str(g) for g in groups])
    _color_ticks(ax, groups)
    ax.set_ylim(len(groups) - 0.5, -0.5)
    ax.set_xlim(-0.03, 1.03)
    ax.xaxis.set_major_formatter(mpl.ticker.PercentFormatter(1.0))
    ax.set_xlabel(f"share of “{label_name(data, family, label)}” among {isolated(readable(family))} mentions"
                  + ("" if single else " (95% interval, articles as the unit)"))
    ax.set_title(title or f"“{label_name(data, family, label)}”: the outlet's own words against the words it quotes", loc="left", fontsize=11)
    ax.grid(axis="x", alpha=0.3)
    if single:
        _note_below(ax, ONE_ARTICLE_NOTE)
    return ax


@sized(12, 1.5, per_row=0.45)
def plot_rate_heatmap(data: pd.DataFrame, *, family=None, labels=None, order=None, drop_empty: bool = True, ax=None,
                      title: str | None = None):
    """Heatmap of mentions per 1,000 tokens: groups × labels (annotated)."""
    _need(data, ["group", "family", "label", "rate_per_1k", "count"], "plot_rate_heatmap")
    ax = _ax(ax)
    d = data
    if family is not None:
        fams = [family] if isinstance(family, str) else list(family)
        d = d[d["family"].isin(fams)]
    if labels is not None:
        d = d[d["label"].isin(labels)]
    if d.empty:
        raise FramingError("nothing to draw: no rows for that family or those labels.")
    several = d["family"].nunique() > 1
    d = d.assign(column=d["family"] + ": " + d["label"] if several else d["label"])
    cols = list(dict.fromkeys(d["column"]))
    if drop_empty:
        totals = d.groupby("column")["count"].sum()
        cols = [c for c in cols if totals.get(c, 0) > 0] or cols
    groups = order if order is not None else sorted(d["group"].unique(), key=str)
    table = d.pivot_table(index="group", columns="column", values="rate_per_1k", aggfunc="first").reindex(index=groups,
                                                                                                          columns=cols)
    sns.heatmap(table, ax=ax, annot=True, fmt=".1f", cmap="viridis", linewidths=0.5,
                cbar_kws={"label": "mentions per 1,000 tokens"}, annot_kws={"fontsize": 8})
    ax.set_xlabel("label")
    ax.set_ylabel(data.attrs.get("by", "group"))
    ax.tick_params(axis="y", rotation=0)
    _color_ticks(ax, groups)
    voice = data.attrs.get("voice", "all")
    ax.set_title(title or f"Mentions per 1,000 tokens ({'all voices' if voice == 'all' else voice + ' voice'})",
                 loc="left", fontsize=11)
    ax.tick_params(axis="x", rotation=45)
    for t in ax.get_xticklabels():
        t.set_ha("right")
    return ax


def _used(data: pd.DataFrame) -> pd.DataFrame:
    """The pairs of a comparison in which one group at least uses the label (0 − 0 says nothing)."""
    if not {"count_a", "count_b"} <= set(data.columns):
        return data
    used = (data["count_a"] > 0) | (data["count_b"] > 0)
    return data[used] if used.any() else data


def _differences_shown(data: pd.DataFrame, *, top: int | None = 20, **options) -> int:
    return rows_shown(_used(data), top=top)


@sized(10, 1.2, per_row=0.32, rows=_differences_shown)
def plot_differences(data: pd.DataFrame, *, top: int | None = 20, alpha: float = 0.05, ax=None, title: str | None = None):
    """Differences in share between groups, with their intervals, most different first.

    Parameters
    ----------
    data : DataFrame
        From :func:`framing.compare_groups`.
    top : int, optional
        Show only the ``top`` largest differences (by size); ``None`` for all. Pairs in which
        neither group uses the label (``count_a`` and ``count_b`` 0) are not drawn.
    alpha : float
        Rows whose Holm-adjusted p-value is below this are drawn filled and marked ``*``.

    Returns
    -------
    matplotlib.axes.Axes
    """
    _need(data, ["label", "group_a", "group_b", "difference", "diff_low", "diff_high", "p_holm", "too_few"],
          "plot_differences")
    ax = _ax(ax)
    if data.empty:
        raise FramingError("nothing to draw: the comparison table is empty.")
    d = _used(data)
    d = d.assign(size=d["difference"].abs()).sort_values(["size", "label"], ascending=[False, True], kind="stable")
    if top is not None:
        d = d.head(top)
    several = d["label"].nunique() > 1
    fam_of = data.attrs.get("family", "")
    names = [f"{r.group_a} − {r.group_b}" + (f": {label_name(data, getattr(r, 'family', fam_of), r.label)}" if several else "")
             for r in d.itertuples()]
    y = np.arange(len(d))
    color = sns.color_palette("colorblind", 1)[0]
    untestable = bool(d["diff_low"].isna().all())
    for yi, r in zip(y, d.itertuples()):
        significant = bool(r.p_holm < alpha) if not pd.isna(r.p_holm) else False
        faded = _FADED if r.too_few and not untestable else 1.0
        if not (pd.isna(r.diff_low) or pd.isna(r.diff_high)):
            ax.plot([r.diff_low, r.diff_high], [yi, yi], color=color, alpha=faded, linewidth=1.6, solid_capstyle="butt")
        ax.plot([r.difference], [yi], "o", color=color, alpha=faded, mfc=color if significant else "white", markersize=6)
        if untestable:
            continue
        p = "–" if pd.isna(r.p_holm) else ("<0.001" if r.p_holm < 0.001 else f"{r.p_holm:.3f}")
        note = f"p={p}" + (" *" if significant else "") + (" (too few)" if r.too_few else "")
        ax.text(1.01, yi, note, va="center", ha="left", fontsize=7, transform=ax.get_yaxis_transform())
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_yticks(y, names)
    ax.set_ylim(len(d) - 0.5, -0.5)
    if untestable:
        _note_below(ax, "No group has two articles or more: these differences describe single articles; "
                        "nothing can be tested.")
    lim = max(0.05, float(np.nanmax(np.abs(d[["diff_low", "diff_high", "difference"]].to_numpy(float)))) * 1.05)
    ax.set_xlim(-min(lim, 1.05), min(lim, 1.05))  # a difference of 100 points is drawn whole, not cut by the frame
    ax.xaxis.set_major_formatter(mpl.ticker.PercentFormatter(1.0))
    family = data.attrs.get("family", data["family"].iloc[0] if "family" in data.columns else "")
    label = "the family's mentions" if several else f"“{label_name(data, family, d['label'].iloc[0])}” among the family's mentions"
    axis = get_statistic(data.attrs.get("statistic", "difference")).axis_label.format(what=label)
    if untestable:  # no interval is drawn and nothing is tested: neither the title nor the axis says one is
        axis = re.sub(r"\s*\([^()]*interval[^()]*\)", "", axis)
        default = f"{family_title(data, family)}: how single articles differ (too few articles to test)"
    else:
        default = (f"{family_title(data, family)}: which groups differ? (filled, *: Holm-adjusted p < {alpha:g}; "
                   "permutation test over articles)")
    ax.set_xlabel(axis)
    ax.set_title(title or default, loc="left", fontsize=10)
    ax.grid(axis="x", alpha=0.3)
    return ax
