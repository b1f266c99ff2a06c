"""Agreement between two readers who annotated the same articles' attributions on their own
(``gold/agreement/``; ``docs/evaluation.md``, "Agreement between readers").

A figure measured against a gold set is only as good as the gold: where two careful readers
agree on 85% of the attributions, an extractor's 0.85 is at the ceiling, not short of it.
The second reader's annotation is scored against the first's exactly as
:func:`~framing.evaluate_attributions` scores framing (the same matching, the same speech
subset, the same speaker rule, :mod:`.gold_attributions`), so the two figures stand side by
side: the second reader's attributions take the place of framing's rows. Precision of the
second against the first is recall of the first against the second, so the ``f1`` of the
table is the usual agreement figure for spans (there is no chance agreement to correct for
when what is agreed on is where attributions are, not a label of given items).
The speaker categories are such labels: ``category_same`` is the share of the matched pairs
whose two categories are both given and equal, and ``category_alpha`` Krippendorff's alpha
(nominal) over those same pairs, the agreement corrected for chance.
"""

from __future__ import annotations

import pandas as pd

from .._params import validate_params
from ..cues import load_cues
from ..errors import CorpusError
from .gold import article_languages, gold_of
from .gold_attributions import ALL, ATTRIBUTION_PAIR_COLUMNS, HALF, _score_article, score_pairs
from .polnear import article_interval

__all__ = ["agreement_attributions"]

_READER_COLUMNS = ["cue", "cue_start", "cue_end", "speaker", "speaker_start", "speaker_end", "speaker_canonical",
                   "speaker_category", "content_start", "content_end", "addressee", "rule", "nested"]


def _as_rows(text: str, items) -> pd.DataFrame:
    """A reader's attributions of one article as rows of :func:`~framing.find_attributions`'
    shape: the cue's and the source's first to last span, the content's hull."""
    rows = []
    for g in items:
        spans = g.content or [(float("nan"), float("nan"))]
        rows.append(dict(
            cue=" ".join(text[s:e] for s, e in g.cue), cue_start=g.cue[0][0] if g.cue else float("nan"),
            cue_end=g.cue[-1][1] if g.cue else float("nan"), speaker=" ".join(text[s:e] for s, e in g.source),
            speaker_start=g.source[0][0] if g.source else float("nan"),
            speaker_end=g.source[-1][1] if g.source else float("nan"), speaker_canonical=g.speaker,
            speaker_category=g.category, content_start=min(s for s, _ in spans), content_end=max(e for _, e in spans), addressee=g.addressee,
            rule="second reader", nested=g.nested))
    return pd.DataFrame(rows, columns=_READER_COLUMNS)


def _category_alpha(pairs: pd.DataFrame) -> float:
    """Krippendorff's alpha (nominal) of the two readers' categories, one unit per pair; NaN
    where fewer than two labels are used (there is no chance agreement to correct for)."""
    import krippendorff
    import numpy as np

    codes = {v: i for i, v in enumerate(sorted(set(pairs.category_gold) | set(pairs.category_predicted)))}
    if len(codes) < 2:
        return float("nan")
    data = np.array([[codes[v] for v in pairs.category_gold], [codes[v] for v in pairs.category_predicted]], dtype=float)
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def _category_rows(pairs: pd.DataFrame, scores: pd.DataFrame) -> pd.DataFrame:
    """``category_same`` (with its interval, the article as the unit) and ``category_alpha``
    of every group ``scores`` has, over the matched pairs where both readers give a category."""
    given = (pairs.side == "predicted") & ~pairs.merged.astype(bool) & pairs.matched.astype(bool)
    both = pairs[given & pairs.category_gold.fillna("").astype(bool) & pairs.category_predicted.fillna("").astype(bool)]
    if both.empty:
        return scores.iloc[:0]
    rows = []
    for (subset, by, group), articles in scores.groupby(["subset", "by", "group"], sort=False)["articles"].first().items():
        part = both if subset == "all" else both[both.speech.astype(bool)]
        part = part if group == ALL else part[part[by] == group]
        same = (part.category_gold == part.category_predicted).groupby(part.doc_id).sum()
        n = part.groupby("doc_id").size()
        h, k = int(same.sum()), int(n.sum())
        rows.append(dict(subset=subset, by=by, group=group, metric="category_same", value=h / k if k else float("nan"),
                         hits=h, n=k, **dict(zip(("low", "high"), article_interval(same, n))), articles=articles))
        rows.append(dict(subset=subset, by=by, group=group, metric="category_alpha", value=_category_alpha(part),
                         hits=None, n=k, low=float("nan"), high=float("nan"), articles=articles))
    return pd.DataFrame(rows, columns=scores.columns)


@validate_params(half=HALF)
def agreement_attributions(first, second, *, corpora=None, half: str = "all", language: str | None = None
                           ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Score a second reader's attributions against a first reader's, on the articles both read.

    Parameters
    ----------
    first, second : str, Path or DataFrame
        Two gold files of attributions (``gold/attributions/*.jsonl``, ``gold/agreement/*.jsonl``)
        or :func:`~framing.read_gold`'s tables of them. ``second`` may hold fewer articles:
        the articles scored are those both hold (an article of ``second`` that ``first``
        lacks is an error: there is nothing to agree with).
    corpora : str or Path
        The shared corpora folder (needed when a gold set is a file).
    half : {"all", "dev", "held"}
        The articles scored (default all: reading a held article's text is no reading of
        framing's errors).
    language : str, optional
        Read every article in this language (default: each record's).

    Returns
    -------
    (scores, pairs)
        As :func:`~framing.evaluate_attributions`' (columns ``ATTRIBUTION_SCORE_COLUMNS`` and
        ``ATTRIBUTION_PAIR_COLUMNS``), with the second reader on the ``predicted`` side:
        ``precision`` is the share of the second reader's attributions the first also
        marked, ``recall`` the share of the first's the second marked, ``speaker_right`` the
        share of the attributions both marked whose speakers are the same
        (:func:`~framing.evaluate.same_speaker`); where both readers give speaker
        categories, ``category_same`` (the share of those pairs whose categories are equal)
        and ``category_alpha`` (Krippendorff's alpha, nominal, over the same pairs).

    Examples
    --------
    >>> scores, pairs = agreement_attributions("gold/attributions/fr.jsonl", "gold/agreement/fr.jsonl",
    ...                                        corpora="../shared/corpora")  # doctest: +SKIP
    """
    # both files whole first: an article the second reader put in the other half is an error
    # whatever half is scored, not an article left out in silence
    one_all = gold_of(first, corpora, "attributions", "all")
    two_all = gold_of(second, corpora, "attributions", "all")
    key = ["corpus", "doc_id"]
    halves = {(c, d): h for c, d, h in one_all[[*key, "half"]].values.tolist()}
    for c, d, h in two_all[[*key, "half"]].values.tolist():
        if (c, d) in halves and halves[(c, d)] != h:
            raise CorpusError(f"{two_all.attrs.get('path', 'the second gold set')}: {c} {d} is in the {h} half there "
                              f"and in the {halves[(c, d)]} half in the first reader's file; an article is in the same "
                              "half in every gold file (gold/README.md).")
    one = gold_of(one_all, None, "attributions", half)
    two = gold_of(two_all, None, "attributions", half)
    known = set(map(tuple, one[key].values.tolist()))
    extra = [f"{c} {d}" for c, d in two[key].values.tolist() if (c, d) not in known]
    if extra:
        raise CorpusError(f"{two.attrs.get('path', 'the second gold set')}: {len(extra)} article(s) the first reader "
                          f"({one.attrs.get('path', 'the first gold set')}) did not annotate in the {half} half: "
                          f"{', '.join(extra[:3])}. Give the second reader's file only articles the first read.")
    theirs = {(c, d): items for c, d, items in two[["corpus", "doc_id", "annotations"]].values.tolist()}
    both = one[[k in theirs for k in map(tuple, one[key].values.tolist())]].reset_index(drop=True)
    both.attrs.update(one.attrs)
    langs = article_languages(language, list(both["lang"]))
    tables = {lang: load_cues(None, language=lang) for lang in set(langs)}
    rows = []
    for art, lang in zip(both.itertuples(), langs):
        rows.extend(_score_article(art, lang, _as_rows(art.text, theirs[(art.corpus, art.doc_id)]), tables[lang]))
    pairs = pd.DataFrame(rows, columns=ATTRIBUTION_PAIR_COLUMNS)
    scores = score_pairs(pairs, both, langs)
    extra_rows = _category_rows(pairs, scores)
    if len(extra_rows):
        scores = pd.concat([scores, extra_rows], ignore_index=True)
    scores.attrs.update(half=half, articles=len(both), path=one.attrs.get("path"), second=two.attrs.get("path"),
                        kind="agreement", languages=sorted(set(langs)))
    return scores, pairs
