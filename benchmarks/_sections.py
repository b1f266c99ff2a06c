"""Write a benchmark's table into a Markdown page, between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->``."""

from __future__ import annotations

import sys
from pathlib import Path


def replace_section(path, name: str, text: str) -> None:
    """Replace the section ``name`` of the page at ``path`` with ``text`` (whole or not at all)."""
    out = Path(path)
    doc = out.read_text(encoding="utf-8")
    a, b = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    if a not in doc or b not in doc:
        sys.exit(f"{out} has no {a} … {b} section to replace.")
    doc = doc[:doc.index(a) + len(a)] + "\n" + text + "\n" + doc[doc.index(b):]
    tmp = out.with_suffix(".tmp")
    tmp.write_text(doc, encoding="utf-8")
    tmp.replace(out)


def report(text: str, out, name: str) -> None:
    """Print a benchmark's table, and write it into section ``name`` of the page ``out`` if given."""
    print(text)
    if out:
        replace_section(out, name, text)
