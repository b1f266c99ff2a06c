"""Charts that compare outlets, drawn from the toolkit's tidy tables.

Every function takes a long-form DataFrame first and options by keyword, draws on ``ax``
(or the current Axes), returns the Axes and never shows or saves; :func:`save_figure`
writes PNG and SVG with stable names and no timestamps. Colours: one per outlet, fixed by
the sorted outlet names (:func:`outlet_palette`), and a colour-blind-safe palette
(seaborn's ``colorblind``) for labels; groups with too few mentions are drawn faded and
hatched and say so; 95% intervals with the article as the sampling unit are drawn where a share
is shown, and where every group is one article the figure says so instead.

The charts live by theme — :mod:`.terms`, :mod:`.sourcing`, :mod:`.profiles`,
:mod:`.over_time`, :mod:`.validation` — over what they share (:mod:`._base`: palettes, the
bars of shares, the size each chart asks for) and :mod:`.saving`; every name is here as
``framing.plots.X``. A new chart is a ``plot_*`` function in the module of its theme with
``@sized(...)`` above it, listed below.
"""

from ._base import ONE_ARTICLE_NOTE as ONE_ARTICLE_NOTE  # public names outside __all__, as before the split
from ._base import FigureSize as FigureSize
from ._base import family_title as family_title
from ._base import label_name as label_name
from ._base import label_palette, outlet_palette
from ._base import sized as sized
from .over_time import plot_share_over_time
from .profiles import plot_collocates, plot_corpus_overview, plot_distinctive_words, plot_outlet_profile, plot_wire_shares
from .saving import SavedFigure as SavedFigure
from .saving import safe_name, save_figure
from .sourcing import plot_cue_verbs, plot_source_shares, plot_top_sources
from .terms import plot_differences, plot_label_shares, plot_rate_heatmap, plot_voice_shares
from .validation import plot_precision

__all__ = [
    "plot_corpus_overview",
    "plot_wire_shares",
    "outlet_palette",
    "label_palette",
    "plot_label_shares",
    "plot_voice_shares",
    "plot_rate_heatmap",
    "plot_source_shares",
    "plot_cue_verbs",
    "plot_top_sources",
    "plot_outlet_profile",
    "plot_distinctive_words",
    "plot_differences",
    "plot_share_over_time",
    "plot_precision",
    "plot_collocates",
    "save_figure",
    "safe_name",
]
