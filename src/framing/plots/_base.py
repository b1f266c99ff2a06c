"""What every chart shares: the colours of groups and labels, the group names on the axes, the
bars of shares with their notes, the names of families and labels, and the size a chart asks
for (:func:`sized`, read by :class:`framing.notebook.Output`)."""

from __future__ import annotations

import colorsys
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from ..errors import FramingError, FramingWarning
from ..lexicon import readable

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


def family_title(data: pd.DataFrame, family: str) -> str:
    """The family's title as the lexicon gives it (``attrs["family_titles"]``), or its name
    as words (:func:`isolated` for a title)."""
    return isolated(data.attrs.get("family_titles", {}).get(family) or readable(family))


def label_name(data: pd.DataFrame, family: str, label: str) -> str:
    """The label's display name (``display:`` in the lexicon), or the label (:func:`isolated`)."""
    return isolated(data.attrs.get("label_names", {}).get((family, label), label))


_FSI, _PDI = "\u2068", "\u2069"
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_warned_layout = []


def isolated(text) -> str:
    """``text`` to set inside a title or label of other words: a right-to-left word
    (Arabic, Hebrew …) is put in a Unicode first-strong isolate, so that “النظام”: the
    outlet's own words … stays an English line with an Arabic word in it (without it the
    first letter, Arabic, makes the whole title run right to left).

    Matplotlib 3.11 and later shape Arabic and order mixed directions itself (libraqm):
    no other library is needed. An older one draws Arabic letters unjoined and left to
    right; then the text is returned as it is, with a warning once.
    """
    text = str(text)
    if not _RTL_LETTER.search(text):
        return text
    from matplotlib import ft2font

    if not hasattr(ft2font, "__libraqm_version__"):
        if not _warned_layout:
            _warned_layout.append(True)
            warnings.warn(f"matplotlib {mpl.__version__} draws right-to-left text (Arabic, Hebrew) unjoined and left to "
                          "right; matplotlib 3.11 or later lays it out right.", FramingWarning, stacklevel=3)
        return text
    return _FSI + text + _PDI


def groups_shown(data: pd.DataFrame, **options) -> int:
    """The rows of a chart with one row per group: the groups of its table."""
    return data["group"].nunique() if "group" in data.columns else len(data)


def rows_shown(data: pd.DataFrame, *, top: int | None = 20, **options) -> int:
    """The rows of a chart that draws the ``top`` first rows of its table."""
    return len(data) if top is None else min(top, len(data))


def values_shown(data: pd.DataFrame, **options) -> int:
    """The rows of a chart with one row per value of its table's ``value`` column."""
    return data["value"].nunique()


@dataclass(frozen=True)
class FigureSize:
    """The size a chart asks for, in inches: ``width`` wide and ``height + per_row × rows``
    high, where ``rows(data, **options)`` is the number of rows it draws for that table."""

    width: float
    height: float
    per_row: float = 0.0
    rows: Callable = groups_shown

    def __call__(self, data: pd.DataFrame, **options) -> tuple[float, float]:
        if not self.per_row:
            return (self.width, self.height)
        return (self.width, self.height + self.per_row * self.rows(data, **options))


def sized(width: float, height: float, *, per_row: float = 0.0, rows: Callable = groups_shown):
    """Declare, beside a ``plot_*`` function, the size of the figure it reads best in (its
    ``figure_size`` attribute, a :class:`FigureSize`): a new chart says here how it grows
    with its groups, and :class:`framing.notebook.Output` sizes it without arithmetic in a
    notebook. The function itself is returned unchanged."""
    def mark(func):
        func.figure_size = FigureSize(width, height, per_row, rows)
        return func
    return mark
