"""What the checklists of constructed sentences share: the reports ``find_attributions`` reads
in one sentence, and the strict ``xfail`` mark of a row not yet read (the work list)."""

from __future__ import annotations

import pandas as pd
import pytest

import framing


def reports(text: str, language: str, columns=("cue", "speaker", "speaker_canonical")) -> list[tuple]:
    """``columns`` of each report of ``text`` read in ``language``, continuations left out."""
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), language=language)
    got = got[got["rule"] != "continuation"]
    return [tuple(r) for r in got[list(columns)].values.tolist()]


def todo(reason: str):
    """A row of a construction not yet read: it must fail until a rule reads it (strict)."""
    return pytest.mark.xfail(reason=reason, strict=True)
