"""The corpus readers, one module per format, each registered for its file endings
(:func:`framing.corpus.register_reader`). Importing this package registers them; the order
of the imports is the order the formats are listed in (help, errors, docs).

To add a format, write a module here with a function decorated by ``@register_reader(...)``
and import it below (or, outside the package, import your module before loading: the
registry is the only list)."""

from __future__ import annotations

from ..registry import Reader, register_reader, registered, unregister

# isort: off
from . import jsonl, csv, parquet, txt, html, rtf, docx  # noqa: F401  (registered, so listed, in this order)
# isort: on
from .folder import read_folder
from .frame import read_frame

__all__ = ["Reader", "register_reader", "registered", "unregister", "read_folder", "read_frame"]
