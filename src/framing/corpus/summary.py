"""What a corpus holds before any scoring: one row per group (:func:`corpus_summary`), and
each document's group (:func:`group_labels`)."""

from __future__ import annotations

import pandas as pd

from .._params import validate_params
from ..groups import PERIOD, grouping
from ..text import count_tokens
from .load import as_corpus

__all__ = ["corpus_summary", "group_labels"]


def group_labels(docs: pd.DataFrame, by="outlet", **grouping_options) -> pd.Series:
    """The group of each document as text (``"unknown"`` where the value is missing, several
    keys joined by " · ", ``None`` where a time bin has no date); a clear error when the
    corpus has no such column. Every table groups this way (:mod:`framing.groups`)."""
    g = grouping(by, **grouping_options)
    return pd.Series([None if v is None else g.text(v) for v in g.labels(docs)], index=docs.index, dtype=object)


@validate_params(period=PERIOD)
def corpus_summary(corpus, *, by="outlet", period: str | None = None, date_col: str = "date", **load) -> pd.DataFrame:
    """One row per group: what the corpus holds before any scoring (grouped as in
    :func:`framing.count_terms`; documents with no time bin reported and left out).

    Returns
    -------
    DataFrame
        ``group, documents, empty, tokens, quoted_tokens, quoted_share, titles,
        with_boilerplate, quotations`` (``titles``: documents whose first line is a
        title, or with a headline in the title column; ``with_boilerplate``: documents with a trailer left out of scoring).
    """
    grp = grouping(by, period=period, date_col=date_col)
    corpus = as_corpus(corpus, **load)
    docs = corpus.documents
    rows = []
    labels = grp.labels(docs)
    undated = sum(g is None for g in labels)
    grp.warn_undated(undated, "the corpus summary")
    for g, text, facts, title in zip(labels, docs["text"], corpus.facts(), corpus.titles()):
        if g is None:
            continue
        t_all, t_q = count_tokens(text, facts)
        if title is not None:  # a headline in the title column is scored, so counted
            h_all, h_q = count_tokens(title[0], title[1], include_boilerplate=True)
            t_all, t_q = t_all + h_all, t_q + h_q
        rows.append((g, 1, int(not text.strip()), t_all, t_q, int(facts.title is not None or title is not None),
                     int(bool(facts.boilerplate)), len(facts.quotes)))
    df = pd.DataFrame(rows, columns=["group", "documents", "empty", "tokens", "quoted_tokens", "titles", "with_boilerplate",
                                     "quotations"])
    out = df.groupby("group", sort=False).sum()
    out = out.loc[sorted(out.index, key=grp.sort_key)].reset_index()
    out.insert(5, "quoted_share", out["quoted_tokens"] / out["tokens"].where(out["tokens"] > 0))
    out = grp.expand(out)
    out.attrs.update(grp.attrs(), undated_docs=undated)
    return out
