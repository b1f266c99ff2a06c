"""Scoring framing's voice (narrator or quoted) word by word on a voice gold set of our own
(``gold/voice/<lang>.jsonl``; ``docs/evaluation.md``, "Gold sets of our own").

Every word occurrence of an annotated article (framing's word tokenizer,
:func:`framing._words.words`) has a gold voice — ``quoted`` when it lies between the marks of
a ``speech`` pair, ``narrator`` otherwise — and framing's: the voice
:meth:`framing.text.TextFacts.voice_at` gives its span, as :func:`framing.find_mentions` and
:func:`framing.count_terms` assign it. Framing's values are read through
:data:`VOICE_AS_GOLD`: ``quoted`` is quoted and every other value (``narrator``, and a value
such as ``name`` for a name in marks) is the narrator's, unless added there.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._params import validate_params
from .._words import context, words
from ..stats import share_interval
from ..text import analyze
from .gold import article_languages, gold_of
from .gold_attributions import ALL, HALF

__all__ = ["evaluate_voice", "VOICE_AS_GOLD", "VOICE_SCORE_COLUMNS", "VOICE_DISAGREEMENT_COLUMNS", "gold_voices"]

#: How a voice value of framing reads against the gold's two voices; a value not listed is
#: the narrator's (a name in marks is the narrator's words, as the gold says).
VOICE_AS_GOLD = {"quoted": "quoted", "narrator": "narrator", "name": "narrator"}
VOICE_SCORE_COLUMNS = ["by", "lang", "doc_id", "outlet", "read_as", "metric", "value", "hits", "n", "low", "high"]
VOICE_DISAGREEMENT_COLUMNS = ["lang", "read_as", "doc_id", "outlet", "half", "line", "start", "end", "word", "gold", "framing",
                              "framing_value", "in_name", "left", "right"]
_WIDTH = 40


def as_gold(value: str) -> str:
    return VOICE_AS_GOLD.get(value, "narrator")


def _covered(length: int, pairs) -> np.ndarray:
    """Cumulative count of characters strictly between the marks of ``pairs`` (nested
    pairs counted once)."""
    inside = np.zeros(length + 1, dtype=np.int32)
    for i, j in pairs:
        inside[i + 1] += 1
        inside[j] -= 1
    cover = np.cumsum(inside)[:length] > 0
    return np.concatenate([[0], np.cumsum(cover)])


def gold_voices(text: str, marks) -> list[tuple[int, int, str, bool]]:
    """``(start, end, voice, in_name)`` of every word of ``text``: ``quoted`` inside a
    speech pair, else ``narrator``; ``in_name`` for a word inside a name pair and in no
    speech pair."""
    speech = _covered(len(text), [(m.open, m.close) for m in marks if m.kind == "speech"])
    names = _covered(len(text), [(m.open, m.close) for m in marks if m.kind == "name"])
    out = []
    for _w, s, e in words(text):
        quoted = speech[e] - speech[s] == e - s
        out.append((s, e, "quoted" if quoted else "narrator", not quoted and names[e] - names[s] == e - s))
    return out


def _rows(by: str, lang: str, doc_id: str, outlet: str, read_as: str, words_: pd.DataFrame,
          unbalanced: tuple[int, int] = (0, 0)) -> list[dict]:
    agree = int((words_.gold == words_.framing).sum())
    names = words_[words_.in_name]
    name_ok = int((names.framing == "narrator").sum())
    gq, fq = int((words_.gold == "quoted").sum()), int((words_.framing == "quoted").sum())
    miss = int(((words_.gold == "quoted") & (words_.framing != "quoted")).sum())
    extra = int(((words_.gold != "quoted") & (words_.framing == "quoted")).sum())
    n = len(words_)

    def rate(h, k):
        return h / k if k else float("nan")

    base = dict(by=by, lang=lang, doc_id=doc_id, outlet=outlet, read_as=read_as)
    return [dict(base, metric=m, value=v, hits=h, n=k) for m, v, h, k in (
        ("words", n, n, n), ("agreement", rate(agree, n), agree, n),
        ("names_narrator", rate(name_ok, len(names)), name_ok, len(names)),
        ("quoted_share_gold", rate(gq, n), gq, n), ("quoted_share_framing", rate(fq, n), fq, n),
        ("quoted_read_as_narrator", rate(miss, gq), miss, gq),
        ("narrator_read_as_quoted", rate(extra, n - gq), extra, n - gq),
        ("marks_unbalanced", rate(*unbalanced), *unbalanced))]


def _intervals(scores: pd.DataFrame) -> pd.DataFrame:
    """``low`` and ``high``: the 95% interval of each share above the article, the article
    as the sampling unit (:func:`framing.stats.share_interval`; a quotation's words are not
    independent). NaN for an article's own rows, for ``words`` and for fewer than two
    articles."""
    low, high = np.full(len(scores), np.nan), np.full(len(scores), np.nan)
    articles = scores[scores.by == "article"]
    for i, row in enumerate(scores.itertuples()):
        if row.by == "article" or row.metric == "words":
            continue
        part = articles[(articles.metric == row.metric) & ((articles.lang == row.lang) if row.by == "lang" else True)]
        low[i], high[i] = share_interval(part.hits.to_numpy(float), part.n.to_numpy(float),
                                         one_choice_per_article=False)[1:]
    return scores.assign(low=low, high=high)


@validate_params(half=HALF)
def evaluate_voice(gold, *, corpora=None, half: str = "dev", language: str | None = None
                   ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Score framing's voice word by word on a voice gold set of our own.

    Parameters
    ----------
    gold : str, Path or DataFrame
        A gold file (``gold/voice/<lang>.jsonl``) or :func:`read_gold`'s table of one.
    corpora : str or Path
        The shared corpora folder (needed when ``gold`` is a file).
    half : {"dev", "held", "all"}
        The articles scored: ``dev`` (for reading errors), ``held`` (for measuring only), or all.
    language : str, optional
        The rules the texts are read by; each record's ``lang`` unless given (a language
        framing has no folder for is read as English, with a warning).

    Returns
    -------
    (scores, disagreements)
        ``scores``, long form: ``by`` (``all``, ``lang`` or ``article``), ``lang`` (the
        gold's), ``doc_id`` and ``outlet`` (``(all)`` above the article), ``read_as`` (the
        language whose rules framing read the texts by), ``metric``, ``value``,
        ``hits``, ``n`` (value = hits / n), ``low`` and ``high`` (the 95% interval of a share
        above the article, the article as the sampling unit; NaN otherwise). Metrics: ``words`` (word occurrences),
        ``agreement`` (framing's voice is the gold's), ``names_narrator`` (of the words
        inside gold ``name`` pairs and no ``speech`` pair, the share framing counts as the
        narrator's), ``quoted_share_gold`` and ``quoted_share_framing``,
        ``quoted_read_as_narrator`` (of the gold's quoted words) and
        ``narrator_read_as_quoted`` (of the gold's narrator words), ``marks_unbalanced`` (of the
        articles, the share whose marks are too unbalanced to read:
        :attr:`framing.text.TextFacts.marks_unbalanced`; 1 or 0 for one article).
        ``disagreements``: one row per word occurrence where they differ: ``lang, read_as, doc_id,
        outlet, half, line`` (of the gold file), ``start, end, word``, ``gold``,
        ``framing`` (as the gold reads it) and ``framing_value`` (framing's own value),
        ``in_name``, ``left``, ``right`` (context).

    Examples
    --------
    >>> scores, diff = evaluate_voice("gold/voice/de.jsonl", corpora="../shared/corpora")  # doctest: +SKIP
    >>> scores.query("by == 'lang' and metric == 'agreement'")  # doctest: +SKIP
    """
    articles = gold_of(gold, corpora, "voice", half)
    tables, diffs, per_lang = [], [], {}
    rows = []
    read, flagged = {}, {}
    for art, rules in zip(articles.itertuples(), article_languages(language, list(articles["lang"]))):
        lang = art.lang if isinstance(art.lang, str) and art.lang else rules
        read.setdefault(lang, set()).add(rules)
        facts = analyze(art.text, rules)
        found = gold_voices(art.text, art.annotations)
        values = [facts.voice_at(s, e) for s, e, _v, _n in found]
        frame = pd.DataFrame({"start": [w[0] for w in found], "end": [w[1] for w in found],
                              "gold": [w[2] for w in found], "framing": [as_gold(v) for v in values],
                              "framing_value": values, "in_name": [w[3] for w in found]})
        unbalanced = int(getattr(facts, "marks_unbalanced", False))
        rows.extend(_rows("article", lang, art.doc_id, art.outlet, rules, frame, (unbalanced, 1)))
        per_lang.setdefault(lang, []).append(frame)
        flagged.setdefault(lang, []).append(unbalanced)
        tables.append(frame)
        for r in frame[frame.gold != frame.framing].itertuples():
            left, right = context(art.text, r.start, r.end, _WIDTH)
            diffs.append(dict(lang=lang, read_as=rules, doc_id=art.doc_id, outlet=art.outlet, half=art.half, line=art.line,
                              start=r.start, end=r.end, word=art.text[r.start:r.end], gold=r.gold, framing=r.framing,
                              framing_value=r.framing_value, in_name=r.in_name, left=left, right=right))
    empty = pd.DataFrame(columns=["gold", "framing", "in_name"])
    every = [f for fs in flagged.values() for f in fs]
    head = _rows("all", ALL, ALL, ALL, ", ".join(sorted(set().union(*read.values()))), pd.concat(tables) if tables else empty,
                 (sum(every), len(every)))
    for lang in sorted(per_lang):
        head.extend(_rows("lang", lang, ALL, ALL, ", ".join(sorted(read[lang])), pd.concat(per_lang[lang]),
                          (sum(flagged[lang]), len(flagged[lang]))))
    scores = _intervals(pd.DataFrame(head + rows, columns=VOICE_SCORE_COLUMNS))
    scores.attrs.update(half=half, articles=len(articles), path=articles.attrs.get("path"), kind="voice")
    return scores, pd.DataFrame(diffs, columns=VOICE_DISAGREEMENT_COLUMNS)
