import os
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "agg")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds():
    import framing

    return framing.load_corpus(SEEDS)


@pytest.fixture(scope="session")
def seed_texts() -> dict:
    return {p.stem[:3]: p.read_bytes().decode("utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def pooled(seed_texts):
    """The five seed articles as two groups of several articles: "A" holds 000–002, "B" 003–004
    (groups of more than one article, for intervals and comparisons)."""
    import pandas as pd

    ids = sorted(seed_texts)
    return pd.DataFrame({"doc_id": ids, "outlet": ["A", "A", "A", "B", "B"], "text": [seed_texts[i] for i in ids]})


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import sys

    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


@pytest.fixture(autouse=True)
def _no_record_left():
    """A notebook's Output keeps a record for the rest of the process (its session); a test
    that made one must not give the tables of the next tests manifests."""
    yield
    from framing import _record

    _record._ACTIVE = None
