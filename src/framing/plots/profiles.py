"""Charts that describe whole groups (profiles): what the corpus holds, outlet profiles, distinctive words
and the words around a label."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
import seaborn as sns

from ..errors import FramingError
from ._base import _ax, _color_ticks, _need, isolated, sized

__all__ = ["plot_corpus_overview", "plot_wire_shares", "plot_outlet_profile", "plot_distinctive_words", "plot_collocates"]


@sized(9, 1.2, per_row=0.45)
def plot_corpus_overview(data: pd.DataFrame, *, order=None, ax=None, title: str | None = None):
    """Tokens per group, split into the outlet's own words and quoted words, with documents.

    Parameters
    ----------
    data : DataFrame
        From :func:`framing.corpus_summary`.
    """
    _need(data, ["group", "documents", "tokens", "quoted_tokens"], "plot_corpus_overview")
    ax = _ax(ax)
    groups = order if order is not None else sorted(data["group"], key=str)
    d = data.set_index("group").reindex(groups)
    y = np.arange(len(groups))
    colors = sns.color_palette("colorblind", 2)
    narrator = (d["tokens"] - d["quoted_tokens"]).to_numpy()
    ax.barh(y, narrator, color=colors[0], label="the outlet's own words")
    ax.barh(y, d["quoted_tokens"].to_numpy(), left=narrator, color=colors[1], label="quoted words")
    for yi, (_, r) in zip(y, d.iterrows()):
        ax.text(r["tokens"], yi, f"  {int(r['documents'])} doc{'s' if r['documents'] != 1 else ''}, {int(r['tokens']):,} tokens",
                va="center", fontsize=8)
    ax.set_yticks(y, [str(g) for g in groups])
    _color_ticks(ax, groups)
    ax.set_ylim(len(groups) - 0.5, -0.5)
    ax.set_xlim(0, float(d["tokens"].max()) * 1.45 if len(d) else 1)
    ax.set_xlabel("word tokens (trailing boilerplate left out)")
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    ax.set_title(title or f"What the corpus holds, per {data.attrs.get('by', 'group')}", loc="left", fontsize=11)
    return ax


@sized(9, 1.2, per_row=0.45)
def plot_wire_shares(data: pd.DataFrame, *, order=None, ax=None, title: str | None = None):
    """Each outlet's share of wire copy, with its 95% interval (the article as the unit).

    Parameters
    ----------
    data : DataFrame
        From :func:`framing.wire_shares`.

    Each bar says how many of the outlet's articles (counted once) are agency copy and
    whose; an outlet that is itself an agency shows its own stories as its own reporting.
    """
    _need(data, ["outlet", "n_docs", "wire_docs", "wire_share", "share_low", "share_high", "agencies"], "plot_wire_shares")
    ax = _ax(ax)
    groups = order if order is not None else sorted(data["outlet"], key=str)
    d = data.set_index("outlet").reindex(groups)
    y = np.arange(len(groups))
    color = sns.color_palette("colorblind", 1)[0]
    share = d["wire_share"].fillna(0).to_numpy()
    ax.barh(y, share, color=color, label="wire copy")
    err = np.vstack([share - d["share_low"].fillna(0).to_numpy(), d["share_high"].fillna(0).to_numpy() - share])
    ax.errorbar(share, y, xerr=np.clip(err, 0, None), fmt="none", ecolor="0.25", elinewidth=1, capsize=2)
    for yi, (_, r) in zip(y, d.iterrows()):
        whose = f": {r['agencies']}" if isinstance(r["agencies"], str) and r["agencies"] else ""
        ax.text(max(float(r["share_high"]) if r["share_high"] == r["share_high"] else 0, 0) + 0.01, yi,
                f"{int(r['wire_docs'])} of {int(r['n_docs'])}{whose}", va="center", fontsize=8)
    ax.set_yticks(y, [str(g) for g in groups])
    _color_ticks(ax, groups)
    ax.set_ylim(len(groups) - 0.5, -0.5)
    ax.set_xlim(0, 1.45)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_xlabel("share of the outlet's articles that are agency copy (95% interval)")
    ax.set_title(title or "Wire copy: how much of each outlet is an agency's story", loc="left", fontsize=11)
    return ax


@sized(12, 1.8, per_row=0.6)
def plot_outlet_profile(data: pd.DataFrame, *, order=None, ax=None, title: str | None = None):
    """Terminology and sourcing side by side: a heatmap of measures per group.

    Colours compare groups within each measure (column-wise from lowest to highest);
    the numbers are the measures themselves (shares as percentages, with n).
    """
    _need(data, ["group", "measure", "value", "n"], "plot_outlet_profile")
    ax = _ax(ax)
    measures = list(dict.fromkeys(data["measure"]))
    groups = order if order is not None else sorted(data["group"].unique(), key=str)
    values = data.pivot_table(index="group", columns="measure", values="value", aggfunc="first", dropna=False)
    values = values.reindex(index=groups, columns=measures)
    ns = data.pivot_table(index="group", columns="measure", values="n", aggfunc="first", dropna=False).reindex(
        index=groups, columns=measures)
    lo, hi = values.min(), values.max()
    scaled = (values - lo) / (hi - lo).replace(0, np.nan)
    scaled = scaled.where(values.isna() | scaled.notna(), 0.5)  # no spread: a neutral colour
    annot = np.empty(values.shape, dtype=object)
    for i in range(values.shape[0]):
        for j, m in enumerate(measures):
            v = values.iat[i, j]
            if pd.isna(v):
                annot[i, j] = "–"
            elif "share" in m:
                k = ns.iat[i, j]
                annot[i, j] = f"{v:.0%}" + (f"\nn={int(k)}" if not pd.isna(k) else "")
            else:
                annot[i, j] = f"{v:.1f}"
    sns.heatmap(scaled, ax=ax, annot=annot, fmt="", cmap="viridis", cbar=False, linewidths=0.5,
                annot_kws={"fontsize": 7}, mask=values.isna())
    for i, j in zip(*np.nonzero(values.isna().to_numpy())):  # no value (the group never names the family): a dash
        ax.text(j + 0.5, i + 0.5, "–", ha="center", va="center", fontsize=7, color="0.4")
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.tick_params(axis="y", rotation=0)
    _color_ticks(ax, groups)
    # a long measure name ("“army” share (How the Syrian state is named)") on two lines, not cut by the frame
    ax.set_xticks(ax.get_xticks(), [textwrap.fill(t.get_text(), 28) for t in ax.get_xticklabels()],
                  rotation=35, ha="right", rotation_mode="anchor")
    ax.set_title(title or "Outlet profiles: naming and sourcing (colour: lowest to highest per column)", loc="left",
                 fontsize=11)
    return ax


@sized(8, 7)
def plot_distinctive_words(data: pd.DataFrame, *, top: int = 12, ax=None, title: str | None = None):
    """Words most typical of a group against the rest: z-scores of the log-odds ratio.

    Parameters
    ----------
    data : DataFrame
        From :func:`framing.compare.distinctive_words`.
    """
    _need(data, ["word", "z", "count_group", "count_rest"], "plot_distinctive_words")
    ax = _ax(ax)
    d = data.sort_values("z", ascending=False)
    pos = d.head(top)
    neg = d.tail(top)[::-1] if len(d) > top else d.iloc[0:0]
    neg = neg[~neg["word"].isin(pos["word"])]
    show = pd.concat([pos, neg[::-1]])
    colors = sns.color_palette("colorblind", 2)
    y = np.arange(len(show))
    ax.barh(y, show["z"], color=[colors[0] if z > 0 else colors[1] for z in show["z"]])
    for yi, (_, r) in zip(y, show.iterrows()):
        ax.text(r["z"] + (0.05 if r["z"] >= 0 else -0.05), yi, f"{int(r['count_group'])} / {int(r['count_rest'])}",
                va="center", ha="left" if r["z"] >= 0 else "right", fontsize=7, color="0.3")
    ax.set_yticks(y, show["word"])
    ax.set_ylim(len(show) - 0.5, -0.5)
    for x in (-1.96, 1.96):
        ax.axvline(x, color="0.5", linestyle="--", linewidth=0.8)
    ax.axvline(0, color="black", linewidth=0.8)
    group = isolated(data.attrs.get("group", "the group"))
    ax.set_xlabel("z-score of the log-odds ratio, informative Dirichlet prior (dashed: ±1.96)")
    ax.set_title(title or f"Words typical of {group} (right) and of the rest (left); counts: {group} / rest",
                 loc="left", fontsize=10)
    lim = max(2.5, float(np.nanmax(np.abs(show["z"]))) * 1.3) if len(show) else 2.5
    ax.set_xlim(-lim, lim)
    return ax


@sized(7, 8)
def plot_collocates(data: pd.DataFrame, *, top: int = 12, order=None, ax=None, title: str | None = None):
    """How each group describes an actor: the words around a label, groups side by side.

    Parameters
    ----------
    data : DataFrame
        From :func:`framing.discover.collocates`.
    top : int
        Words per group (the union is drawn; a blank cell: not among that group's words).

    Returns
    -------
    matplotlib.axes.Axes
        A heatmap of ``z`` (words × groups), each cell annotated with its count.
    """
    _need(data, ["group", "word", "count", "z"], "plot_collocates")
    ax = _ax(ax)
    if data.empty:
        raise FramingError("nothing to draw: no collocates in the table.")
    d = data.sort_values(["group", "z"], ascending=[True, False]).groupby("group", sort=False).head(top)
    groups = order if order is not None else sorted(d["group"].unique(), key=str)
    best = d.groupby("word")["z"].max().sort_values(ascending=False)
    z = d.pivot_table(index="word", columns="group", values="z", aggfunc="first").reindex(index=best.index, columns=groups)
    n = d.pivot_table(index="word", columns="group", values="count", aggfunc="first").reindex(index=best.index,
                                                                                             columns=groups)
    annot = n.map(lambda v: "" if pd.isna(v) else f"{int(v)}")
    sns.heatmap(z, ax=ax, annot=annot, fmt="", cmap="rocket_r", linewidths=0.5, mask=z.isna(),
                cbar_kws={"label": "z of the log-odds: around the label against elsewhere"}, annot_kws={"fontsize": 7})
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.tick_params(axis="y", rotation=0)
    _color_ticks(ax, groups, axis="x")
    label = isolated(data.attrs.get("label", "the label"))
    ax.set_title(title or f"Words around “{label}”, per {data.attrs.get('by', 'group')} (numbers: times seen)",
                 loc="left", fontsize=10)
    return ax
