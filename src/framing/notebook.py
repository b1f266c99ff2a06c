"""What a notebook needs besides the analysis: where its figures and tables go, and how an
expected error is shown. Nothing here runs at ``import framing``; a notebook's first cell
asks for it::

    import framing
    import framing.notebook
    from framing import plots

    framing.notebook.setup()  # an expected error shows its message, not a traceback
    out = framing.notebook.Output(figures_dir, prefix, tables_dir=tables_dir)
    corpus = framing.notebook.load_corpus(corpus_path, text_col=text_col)

    scores = framing.count_terms(corpus, by="outlet")
    out.table("terms", scores)                                    # tables_dir/prefix-terms.csv
    out.figure("names-syrian_state", plots.plot_label_shares,     # figures_dir/prefix-names-….png/.svg
               data=scores, family="syrian_state")

A figure is one call: :meth:`Output.figure` makes a figure of the size the ``plot_*``
function asks for (:func:`framing.plots.sized`: wider tables, taller figures), draws, saves
PNG and SVG and shows it.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd

from . import _notebook, _record
from ._io import write_table
from .corpus import Corpus, resolve_path
from .corpus import load_corpus as _load_corpus
from .errors import OutputError
from .plots import SavedFigure, save_figure

__all__ = ["Output", "load_corpus", "setup"]

#: Backends that only write files: there is nothing to show on them (and pyplot would warn).
_NOT_SHOWN = {"agg", "pdf", "ps", "svg", "pgf", "cairo", "template"}

#: The size of a chart that declares none (:func:`framing.plots.sized`).
DEFAULT_SIZE = (10.0, 6.0)


def setup() -> bool:
    """Show an expected error (:class:`framing.FramingError`: a wrong column, a missing file)
    as its message in the running IPython or Jupyter, as the command line does; other
    errors keep their traceback. ``FRAMING_DEBUG=1`` keeps every traceback. Returns whether
    it was switched on (False outside IPython). Call it in a notebook's first cell."""
    return _notebook.install()


def load_corpus(corpus_path, *, outlets=(), language: str | None = "", parameter: str = "corpus_path",
                **load) -> Corpus:
    """The corpus a notebook's parameters name: ``corpus_path`` found from the notebook's
    folder or the project's (:func:`framing.resolve_path`), read with ``load``'s options
    (:func:`framing.load_corpus`) in ``language`` (empty, a notebook's "not given": the
    default, English; ``"detect"``: each document's own), kept to ``outlets`` (empty: every
    outlet). A missing corpus is an error that names the ``parameter`` to set."""
    path = resolve_path(corpus_path, what="corpus", hint=f"Set the parameter {parameter} to the corpus' path.")
    return _load_corpus(path, language=language or None, **load).subset(outlets=list(outlets))


class Output:
    """Where a notebook's figures and tables go, and how a figure is made.

    Parameters
    ----------
    figures_dir : str or Path
        The figures' folder, made if missing (a relative path is found from the notebook's
        folder or the project's, as :func:`framing.resolve_path` does).
    prefix : str
        What every file name starts with (``"seeds"`` → ``seeds-names-syrian_state.png``).
    tables_dir : str or Path, optional
        The tables' folder (default: none; :meth:`table` then refuses).
    show : bool
        Show each figure after saving it (in Jupyter); otherwise it is only written.
    formats : tuple
        The files written per figure.

    Examples
    --------
    >>> import tempfile, framing
    >>> from framing import plots
    >>> out = Output(tempfile.mkdtemp(), "demo", show=False)
    >>> scores = framing.count_terms("seeds", warn=False)
    >>> saved = out.figure("names-syrian_state", plots.plot_label_shares, data=scores, family="syrian_state")
    >>> [p.name for p in saved], saved.figure.get_size_inches().tolist()  # 10 wide, 1.3 + 0.5 per outlet high
    (['demo-names-syrian_state.png', 'demo-names-syrian_state.svg'], [10.0, 3.8])
    """

    def __init__(self, figures_dir="build/figures", prefix: str = "", *, tables_dir=None, show: bool = True,
                 formats=("png", "svg")):
        self.figures = resolve_path(figures_dir, what="figures folder", create=True)
        self.tables = resolve_path(tables_dir, what="tables folder", create=True) if tables_dir else None
        self.prefix = str(prefix)
        self.show = show
        self.formats = tuple(formats)
        # from now on every input read is noted: each table written gets a manifest naming them
        self.record = _record.start(options={"figures_dir": str(self.figures), "prefix": self.prefix,
                                             "tables_dir": str(self.tables) if self.tables else None})

    def __repr__(self) -> str:
        return f"Output(figures={str(self.figures)!r}, tables={str(self.tables) if self.tables else None!r}, " \
               f"prefix={self.prefix!r})"

    def name(self, name: str) -> str:
        """A file's name without its extension: ``prefix-name`` (``name`` alone without a prefix)."""
        return f"{self.prefix}-{name}" if self.prefix else str(name)

    def size(self, plot, data: pd.DataFrame, **options) -> tuple[float, float]:
        """The figure size ``plot`` asks for to draw ``data`` with ``options`` (inches)."""
        ask = getattr(plot, "figure_size", None)
        return tuple(ask(data, **options)) if ask is not None else DEFAULT_SIZE

    def figure(self, name: str, plot, *, data: pd.DataFrame, size: tuple | None = None, **options) -> SavedFigure:
        """Draw ``plot(data, **options)`` on a new figure of the size it asks for (or
        ``size``), save it as ``prefix-name`` in every format, show it, and return the paths
        written (shown in a notebook as one line). ``name`` may be any text: it is made a
        safe file name where it is not one (``voice-Free Syrian Army`` →
        ``…-voice-free-syrian-army``). The returned list's ``figure`` is the Figure."""
        fig, ax = plt.subplots(figsize=size or self.size(plot, data, **options))
        try:
            plot(data, ax=ax, **options)
            saved = save_figure(fig, self.name(name), self.figures, formats=self.formats)
        except BaseException:
            plt.close(fig)
            raise
        saved.figure = fig
        if self.show and mpl.get_backend().lower() not in _NOT_SHOWN:
            plt.show()  # Jupyter's inline backend draws it and closes it
        else:
            plt.close(fig)
        return saved

    def table(self, name: str, data: pd.DataFrame) -> Path:
        """Write ``data`` as ``tables_dir/prefix-name.csv`` (whole, without the index; a text
        cell such as ``=1+1`` stays text in a spreadsheet) and return the path. Its manifest
        goes beside it (``prefix-name.csv.manifest.json``, :func:`framing.load_manifest`):
        the version, every lexicon, gazetteer, cue table and corpus read since this Output
        was made (with SHA-256 and fingerprint), the table's options (``attrs``), the
        problems counted."""
        if self.tables is None:
            raise OutputError(f"no tables folder to write {name!r} to: give Output a tables_dir.")
        path = self.tables / f"{self.name(name)}.csv"
        with _record.recording(record=self.record):  # this Output's record, even if another was made since
            write_table(data, str(path))
        return path
