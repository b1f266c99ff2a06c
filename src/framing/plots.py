"""Charts that compare outlets, drawn from the toolkit's tidy tables.

Every function takes a long-form DataFrame first and options by keyword, draws on ``ax``
(or the current Axes), returns the Axes and never shows or saves; :func:`save_figure`
writes PNG and SVG with stable names and no timestamps. Colours: one per outlet, fixed by
the sorted outlet names (:func:`outlet_palette`), and a colour-blind-safe palette
(seaborn's ``colorblind``) for labels; groups with too few mentions are drawn faded and
hatched and say so; 95% intervals with the article as the sampling unit are drawn where a share
is shown, and where every group is one article the figure says so instead.
"""

from __future__ import annotations

import colorsys
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from ._statistics import get_statistic
from .errors import FramingError

__all__ = [
    "plot_corpus_overview",
    "outlet_palette",
    "label_palette",
    "plot_label_shares",
    "plot_voice_shares",
    "plot_rate_heatmap",
    "plot_source_shares",
    "plot_cue_verbs",
    "plot_outlet_profile",
    "plot_distinctive_words",
    "plot_differences",
    "plot_share_over_time",
    "plot_precision",
    "plot_collocates",
    "save_figure",
    "safe_name",
]

_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}

_FADED = 0.35
_HATCH = "///"


def outlet_palette(outlets) -> dict:
    """One colour per outlet, fixed by the sorted names (the same in every chart).

    Up to 10 outlets get seaborn's colour-blind-safe palette; more get its dark variants.
    The group names on the axes of every chart are written in these colours.
    """
    names = sorted({str(o) for o in outlets})
    colors = sns.color_palette("colorblind", 10) + sns.color_palette("dark", 10) + sns.color_palette("muted", 10)
    return {name: colors[i % len(colors)] for i, name in enumerate(names)}


def label_palette(labels) -> dict:
    """Colour-blind-safe colours for labels, in the order given ("unclassified" is grey,
    "no_speaker" — a question whose asker is not named — a lighter grey).

    Past ten labels the palette goes on with darker variants of the same hues, so no two
    labels share a colour.
    """
    labels = list(dict.fromkeys(labels))
    greys = {"unclassified": (0.78, 0.78, 0.78), "no_speaker": (0.9, 0.9, 0.9)}
    named = [lab for lab in labels if lab not in greys]
    colors = sns.color_palette("colorblind", 10) + sns.color_palette("dark", 10) + sns.color_palette("pastel", 10)
    out = {lab: colors[i % len(colors)] for i, lab in enumerate(named)}
    out.update({lab: grey for lab, grey in greys.items() if lab in labels})
    return out


def _ax(ax):
    return ax if ax is not None else plt.gca()


def _color_ticks(ax, groups, axis: str = "y") -> None:
    """Write each group's name in its outlet colour (the same in every chart)."""
    pal = outlet_palette(groups)
    labels = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
    for t in labels:
        name = t.get_text().split(" (n=")[0]
        if name in pal:
            # the outlet's colour, darkened so that light hues stay readable as text
            t.set_color(sns.set_hls_values(pal[name], l=min(0.4, colorsys.rgb_to_hls(*pal[name])[1])))
            t.set_fontweight("bold")


def _need(data: pd.DataFrame, cols, what: str) -> None:
    missing = [c for c in cols if c not in data.columns]
    if missing:
        raise FramingError(f"{what} needs columns {', '.join(missing)}; pass the table made by the matching framing function.")


ONE_ARTICLE_NOTE = "Each group is one article: its shares describe that article, not the outlet; no interval is drawn."


def _one_article_each(docs: pd.Series | None, groups) -> bool:
    """True when every group's shares rest on a single article (the seeds)."""
    return docs is not None and len(groups) > 0 and all(docs.get(g, 0) <= 1 for g in groups)


def _note_below(ax, text: str) -> None:
    """A sentence under the x-axis label (a fixed distance in points, whatever the figure's height)."""
    ax.annotate(text, xy=(0.0, 0.0), xycoords="axes fraction", xytext=(0, -42), textcoords="offset points", ha="left",
                va="top", fontsize=8, style="italic", color="0.3")


def _stacked(ax, table: pd.DataFrame, *, level: str, levels: list, groups: list, n: pd.Series, too_few: pd.Series,
             colors: dict, interval_of=None, lows=None, highs=None, xlabel: str, title: str, legend_title: str,
             docs: pd.Series | None = None, names: dict | None = None):
    """Stacked horizontal share bars, one per group, with n and (optionally) one interval.

    ``docs`` (articles behind each group's shares) goes into the notes; when every group is
    one article the figure says so in words instead of fading every bar."""
    single = _one_article_each(docs, groups)
    if single:
        too_few = pd.Series(False, index=groups)
    y = np.arange(len(groups))
    left = np.zeros(len(groups))
    for lev in levels:
        widths = np.array([table.get((g, lev), 0.0) for g in groups], dtype=float)
        widths = np.nan_to_num(widths)
        bars = ax.barh(y, widths, left=left, color=colors[lev], label=str((names or {}).get(lev, lev)), edgecolor="white",
                       linewidth=0.5)
        for bar, g in zip(bars, groups):
            if too_few.get(g, False):
                bar.set_alpha(_FADED)
                bar.set_hatch(_HATCH)
        left += widths
    if interval_of is not None:
        x = np.array([table.get((g, interval_of), np.nan) for g in groups], dtype=float)
        lo = np.array([lows.get(g, np.nan) for g in groups], dtype=float)
        hi = np.array([highs.get(g, np.nan) for g in groups], dtype=float)
        ok = ~np.isnan(x) & ~np.isnan(lo) & ~np.isnan(hi)
        if ok.any():
            ax.errorbar(x[ok], y[ok], xerr=[np.clip(x[ok] - lo[ok], 0, None), np.clip(hi[ok] - x[ok], 0, None)], fmt="none",
                        ecolor="black", elinewidth=1.2, capsize=3,
                        label=f"95% interval, {(names or {}).get(interval_of, interval_of)} (articles as the unit)")
    for yi, g in zip(y, groups):
        k = int(n.get(g, 0))
        note = f"n={k}"
        if docs is not None and not single:
            d = int(docs.get(g, 0))
            note += f", {d} article{'' if d == 1 else 's'}"
        note += " (too few)" if too_few.get(g, False) else ""
        ax.text(1.01, yi, note, va="center", ha="left", fontsize=8, transform=ax.get_yaxis_transform())
    if single:
        _note_below(ax, ONE_ARTICLE_NOTE)
    ax.set_yticks(y, [str(g) for g in groups])
    _color_ticks(ax, groups)
    ax.set_ylim(len(groups) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(mpl.ticker.PercentFormatter(1.0))
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left", fontsize=11)
    ax.legend(title=legend_title, bbox_to_anchor=(1.16, 1), loc="upper left", fontsize=8, title_fontsize=9, frameon=False)
    return ax


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
    ax.set_xlabel(f"share of “{label}” among {family} mentions" + ("" if single else " (95% interval, articles as the unit)"))
    ax.set_title(title or f"“{label}”: the outlet's own words against the words it quotes", loc="left", fontsize=11)
    ax.grid(axis="x", alpha=0.3)
    if single:
        _note_below(ax, ONE_ARTICLE_NOTE)
    return ax


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
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.tick_params(axis="y", rotation=0)
    _color_ticks(ax, groups)
    for t in ax.get_xticklabels():
        t.set_rotation(35)
        t.set_ha("right")
    ax.set_title(title or "Outlet profiles: naming and sourcing (colour: lowest to highest per column)", loc="left",
                 fontsize=11)
    return ax


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
    group = data.attrs.get("group", "the group")
    ax.set_xlabel("z-score of the log-odds ratio, informative Dirichlet prior (dashed: ±1.96)")
    ax.set_title(title or f"Words typical of {group} (right) and of the rest (left); counts: {group} / rest",
                 loc="left", fontsize=10)
    lim = max(2.5, float(np.nanmax(np.abs(show["z"]))) * 1.3) if len(show) else 2.5
    ax.set_xlim(-lim, lim)
    return ax


def family_title(data: pd.DataFrame, family: str) -> str:
    """The family's title as the lexicon gives it (``attrs["family_titles"]``), or its name as words."""
    from .lexicon import readable

    return data.attrs.get("family_titles", {}).get(family) or readable(family)


def label_name(data: pd.DataFrame, family: str, label: str) -> str:
    """The label's display name (``display:`` in the lexicon), or the label."""
    return data.attrs.get("label_names", {}).get((family, label), label)


class SavedFigure(list):
    """The paths :func:`save_figure` wrote; shown in a notebook as one short line."""

    def __repr__(self) -> str:
        if not self:
            return "saved nothing"
        first = Path(self[0])
        return f"saved {first.parent / first.stem}.{{{','.join(Path(p).suffix[1:] for p in self)}}}"


def safe_name(text: str, *, max_len: int = 80) -> str:
    """A file-name part made from any text (an outlet's name): lower-case letters, digits
    and single hyphens, never empty, never a reserved device name, never a path.

    >>> safe_name("../../etc/passwd"), safe_name("Al Jazeera (English)"), safe_name("CON"), safe_name("")
    ('etc-passwd', 'al-jazeera-english', 'con-', 'unnamed')
    """
    import re

    out = re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")[:max_len].strip("-") or "unnamed"
    return out + "-" if out in _RESERVED else out


def save_figure(fig, name: str, folder="figures", *, formats=("png", "svg"), dpi: int = 150) -> list[Path]:
    """Write ``fig`` (a Figure or an Axes) as ``folder/name.png`` and ``.svg``, without timestamps.

    Files are written whole (to a temporary name, then renamed). Returns the paths (a list
    that a notebook shows as one line: ``saved figures/seeds-names.{png,svg}``). ``name``
    may be any text: it is made a safe file name (:func:`safe_name`) where it is not one.
    """
    import re

    from ._io import atomic

    if hasattr(fig, "figure") and not isinstance(fig, mpl.figure.Figure):
        fig = fig.figure
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,150}", name) or ".." in name \
            or name.split(".")[0].lower() in _RESERVED:
        name = safe_name(name, max_len=150)  # "us-voice-illegal immigrants" → "us-voice-illegal-immigrants"
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for ext in formats:
        path = folder / f"{name}.{ext}"
        meta = {"Software": None} if ext == "png" else {"Date": None, "Creator": None}
        with atomic(path, folder, suffix=f".{ext}") as tmp, \
                mpl.rc_context({"svg.hashsalt": "framing", "svg.fonttype": "none"}):
            fig.savefig(tmp, format=ext, dpi=dpi, bbox_inches="tight", metadata=meta)
        out.append(path)
    return SavedFigure(out)


def plot_differences(data: pd.DataFrame, *, top: int | None = 20, alpha: float = 0.05, ax=None, title: str | None = None):
    """Differences in share between groups, with their intervals, most different first.

    Parameters
    ----------
    data : DataFrame
        From :func:`framing.compare_groups`.
    top : int, optional
        Show only the ``top`` largest differences (by size); ``None`` for all.
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
    d = data.assign(size=data["difference"].abs()).sort_values(["size", "label"], ascending=[False, True], kind="stable")
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
    ax.set_xlim(-min(lim, 1.0), min(lim, 1.0))
    ax.xaxis.set_major_formatter(mpl.ticker.PercentFormatter(1.0))
    family = data.attrs.get("family", data["family"].iloc[0] if "family" in data.columns else "")
    label = "the family's mentions" if several else f"“{label_name(data, family, d['label'].iloc[0])}” among the family's mentions"
    ax.set_xlabel(get_statistic(data.attrs.get("statistic", "difference")).axis_label.format(what=label))
    ax.set_title(title or f"{family_title(data, family)}: which groups differ? (filled, *: Holm-adjusted p < {alpha:g}; "
                          "permutation test over articles)",
                 loc="left", fontsize=10)
    ax.grid(axis="x", alpha=0.3)
    return ax


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
    from .groups import PERIODS, period_start

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
    label = data.attrs.get("label", "the label")
    ax.set_title(title or f"Words around “{label}”, per {data.attrs.get('by', 'group')} (numbers: times seen)",
                 loc="left", fontsize=10)
    return ax
