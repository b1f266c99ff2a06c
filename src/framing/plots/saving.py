"""Writing a figure: PNG and SVG with stable, safe names and no timestamps."""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib as mpl

from .._io import atomic

__all__ = ["SavedFigure", "safe_name", "save_figure"]


_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


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
    out = re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")[:max_len].strip("-") or "unnamed"
    return out + "-" if out in _RESERVED else out


def save_figure(fig, name: str, folder="figures", *, formats=("png", "svg"), dpi: int = 150) -> list[Path]:
    """Write ``fig`` (a Figure or an Axes) as ``folder/name.png`` and ``.svg``, without timestamps.

    Files are written whole (to a temporary name, then renamed). Returns the paths (a list
    that a notebook shows as one line: ``saved figures/seeds-names.{png,svg}``). ``name``
    may be any text: it is made a safe file name (:func:`safe_name`) where it is not one.
    """
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
