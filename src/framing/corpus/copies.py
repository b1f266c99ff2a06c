"""The public face of near-duplicates and wire copy: :func:`find_duplicates` (which
documents repeat or copy others) and :func:`wire_shares` (how much of each outlet is agency
copy). How they are found: :mod:`framing.corpus.duplicates`; agencies:
:mod:`framing.corpus.wire`."""

from __future__ import annotations

import pandas as pd

from .._params import Interval, validate_params
from ..errors import ParameterError
from .duplicates import DUPLICATE_COLUMNS, MIN_WORDS, SHINGLE, THRESHOLD, Sketches
from .load import check_load, load_corpus
from .model import Corpus

__all__ = ["find_duplicates", "wire_shares", "WIRE_COLUMNS"]

#: The columns of :func:`wire_shares`.
WIRE_COLUMNS = ["outlet", "n_docs", "own_docs", "wire_docs", "wire_share", "share_low", "share_high", "repeats",
                "agencies"]


def _every_document(corpus, load: dict) -> tuple[pd.DataFrame, Corpus]:
    """Every document read (repeats and other copy too), in the order read, and the Corpus."""
    for k in ("duplicates", "copy"):
        if k in load:
            raise ParameterError(f"{k}= does not apply here: near-duplicates are found among every document read. "
                                 "Leave it out.")
    check_load(load)
    c = load_corpus(corpus, **load) if isinstance(corpus, Corpus) else load_corpus(corpus, duplicates="keep", copy="all",
                                                                                   **load)
    docs = c.documents
    if c.set_aside is not None and len(c.set_aside):
        docs = pd.concat([docs, c.set_aside], ignore_index=True)
        if c.copies is not None:
            order = pd.Series(range(len(c.copies)), index=c.copies["doc_id"])
            docs = docs.iloc[order.loc[docs["doc_id"]].argsort(kind="stable")].reset_index(drop=True)
    return docs, c


def _table(docs: pd.DataFrame, corpus: Corpus, threshold: float, shingle: int, min_words: int, date_col: str):
    defaults = (threshold, shingle, min_words, date_col) == (THRESHOLD, SHINGLE, MIN_WORDS, "date")
    if defaults and corpus.copies is not None and len(corpus.copies) == len(docs) and corpus.copies.attrs.get("wire", True):
        return corpus.copies
    return Sketches(shingle=shingle, min_words=min_words, language=corpus.language, date_col=date_col).add(docs).table(
        threshold=threshold)


@validate_params(threshold=Interval(0, 1, closed="right"), shingle=Interval(1, 20, whole=True),
                 min_words=Interval(1, None, whole=True))
def find_duplicates(corpus, *, threshold: float = THRESHOLD, shingle: int = SHINGLE, min_words: int = MIN_WORDS,
                    date_col: str = "date", **load) -> pd.DataFrame:
    """The documents that have a near-duplicate, one row each, by duplicate group.

    Two documents are near-duplicates when the shorter shares at least ``threshold`` of its
    word ``shingle``-grams with the longer (the overlap coefficient ``|A ∩ B| / min(|A|, |B|)``
    of their sets of word 5-grams, measured exactly on every pair that an inverted index of
    the 5-grams proposes: :mod:`.duplicates` says which); near-duplicates join into groups.
    Every document read is looked at, those that scores leave out too.

    Parameters
    ----------
    corpus : Corpus, DataFrame or path
        What :func:`framing.load_corpus` accepts (extra keyword arguments go to it, except
        ``duplicates`` and ``copy``).
    threshold : float
        The overlap from which two documents are near-duplicates (default 0.5: half of the
        shorter one's 5-grams; 0.9 finds near-identical copies only).
    shingle : int
        Words per shingle (default 5).
    min_words : int
        Documents with fewer words are never near-duplicates (default 25: captions,
        teasers and empty pages would otherwise match anything that contains them).
    date_col : str
        The column of dates that decides which copy came first.

    Returns
    -------
    DataFrame
        ``doc_id``, ``outlet``, ``date`` (as in the corpus; empty without a date column),
        ``group`` (a number per duplicate group, by the date of its earliest document),
        ``canonical`` (the doc_id of the group's original: the agency's own story when the
        agency is an outlet of the corpus, else the earliest, then the first read; every
        member is a near-duplicate of it), ``similar_to`` and ``similarity`` (the document
        it is compared with — the article of its outlet it repeats, else the canonical, else,
        for the canonical, its most similar member — and their overlap: a pair a reader can
        check), ``jaccard`` (the Jaccard index of the same two sets), ``same_outlet`` (a near-duplicate of it is in
        its own outlet), ``repeat`` (it repeats an article its outlet ran before: scores
        leave it out by default), ``repeat_of`` (that article), ``agency`` (the wire agency
        its dateline or credit names, else its group's; empty when none does), ``credited``
        (its own dateline or credit names the agency) and ``wire`` (agency copy run by an
        outlet that is not the agency). Rows by group, the canonical first, then by date.

    Examples
    --------
    >>> import pandas as pd
    >>> story = ("BEIRUT (Reuters) - Syrian government forces shelled rebel-held districts of "
    ...          "the city on Monday, killing at least twelve people including four children, "
    ...          "a monitoring group said, as talks on a ceasefire stalled in Geneva for a third day.")
    >>> df = pd.DataFrame({"doc_id": ["r1", "a1", "a2"], "outlet": ["Reuters", "Ahram", "Ahram"],
    ...                    "text": [story, story, "An unrelated story about the weather " * 5]})
    >>> find_duplicates(df)[["doc_id", "canonical", "similar_to", "similarity", "agency", "wire"]].values.tolist()
    [['r1', 'r1', 'a1', 1.0, 'Reuters', False], ['a1', 'r1', 'r1', 1.0, 'Reuters', True]]
    """
    docs, c = _every_document(corpus, load)
    table = _table(docs, c, threshold, shingle, min_words, date_col)
    out = table.assign(date=docs[date_col].to_numpy() if date_col in docs.columns else None)
    out = out[out["group"].notna()].copy()
    out["_canon"] = out["doc_id"] != out["canonical"]
    out["_pos"] = range(len(out))
    from ..groups import parse_dates

    out["_date"] = parse_dates(out["date"]) if date_col in docs.columns else pd.NaT
    out = out.sort_values(["group", "_canon", "_date", "_pos"], na_position="last", kind="stable")
    return out[DUPLICATE_COLUMNS].reset_index(drop=True)


def _clopper_pearson(k: int, n: int, confidence: float = 0.95) -> tuple[float, float, float]:
    """k/n and its exact (Clopper-Pearson) interval; NaN for n = 0."""
    if n == 0:
        return (float("nan"),) * 3
    from scipy.stats import binomtest

    ci = binomtest(k, n).proportion_ci(confidence_level=confidence, method="exact")
    return k / n, float(ci.low), float(ci.high)


@validate_params(threshold=Interval(0, 1, closed="right"))
def wire_shares(corpus, *, threshold: float = THRESHOLD, **load) -> pd.DataFrame:
    """How much of each outlet is wire copy: one row per outlet.

    Articles are counted once (repeats inside an outlet left out, as scores do). An article
    is wire copy when its dateline or credit names an agency that is not the outlet, or it
    is a near-duplicate (:func:`find_duplicates`) of one that does.

    Returns
    -------
    DataFrame
        ``outlet``, ``n_docs`` (articles counted once), ``own_docs``, ``wire_docs``,
        ``wire_share`` (wire_docs / n_docs) with ``share_low`` and ``share_high`` (95%
        Clopper-Pearson interval, the article as the unit), ``repeats`` (articles left out
        as repeats) and ``agencies`` (the agencies of its wire copy with their counts,
        most first: ``"AFP 99; Reuters 13"``). Rows by outlet name.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"outlet": ["X", "X"], "text": ["DAMASCUS (AFP) - A bomb exploded.", "Our own story."]})
    >>> wire_shares(df)[["outlet", "n_docs", "wire_docs", "wire_share", "agencies"]].values.tolist()
    [['X', 2, 1, 0.5, 'AFP 1']]
    """
    docs, c = _every_document(corpus, load)
    table = _table(docs, c, threshold, SHINGLE, MIN_WORDS, "date")
    rows = []
    for outlet, t in table.groupby("outlet", sort=True):
        counted = t[~t["repeat"]]
        wire = counted["wire"].to_numpy(dtype=int)
        share, low, high = _clopper_pearson(int(wire.sum()), len(wire))
        agencies = counted.loc[counted["wire"], "agency"].value_counts()
        rows.append(dict(outlet=outlet, n_docs=len(counted), own_docs=int(len(wire) - wire.sum()), wire_docs=int(wire.sum()),
                         wire_share=share, share_low=low, share_high=high, repeats=int(t["repeat"].sum()),
                         agencies="; ".join(f"{a} {n}" for a, n in agencies.items())))
    return pd.DataFrame(rows, columns=WIRE_COLUMNS)
