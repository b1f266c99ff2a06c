"""Finding a corpus or an output folder from a notebook (run in ``notebooks/``) or from
the project root."""

from __future__ import annotations

from pathlib import Path

from ..errors import CorpusError

__all__ = ["resolve_path"]


def resolve_path(path, *, what: str = "corpus", hint: str = "", create: bool = False) -> Path:
    """``path`` if it exists, else the same path one folder up (notebooks run in
    ``notebooks/``, the command line at the project root); a clear error otherwise.

    With ``create=True`` (an output folder) a missing folder is made — at the project root
    (the folder holding ``pyproject.toml``, here or one up) when there is one.

    Examples
    --------
    >>> resolve_path("no/such/corpus.csv", what="FA-KES corpus")
    Traceback (most recent call last):
    ...
    framing.errors.CorpusError: FA-KES corpus not found at no/such/corpus.csv (nor at ../no/such/corpus.csv).
    """
    p = Path(path)
    if p.exists():
        return p
    up = Path("..") / p
    if not p.is_absolute() and up.exists():
        return up
    if create:
        target = up if (not p.is_absolute() and not Path("pyproject.toml").exists()
                        and Path("../pyproject.toml").exists()) else p
        target.mkdir(parents=True, exist_ok=True)
        return target
    raise CorpusError(f"{what} not found at {p}" + ("" if p.is_absolute() else f" (nor at {up})") + "." + (f" {hint}" if hint else ""))
