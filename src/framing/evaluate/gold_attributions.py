"""Scoring :func:`~framing.find_attributions` on an attributions gold set of our own
(``gold/attributions/*.jsonl``; ``docs/evaluation.md``, "Gold sets of our own").

Matching is PolNeAR's (:mod:`framing.evaluate.polnear`): a prediction with a cue matches
the first gold attribution, in text order, whose cue overlaps its own and that no other
prediction took. A gold attribution is ONE quotation however many parts its content has;
framing may write a quotation that goes on over sentences as several rows (the first with
the cue, then ``continuation`` rows with no cue). A row with no cue is therefore

* **merged** into a match when its content overlaps the content of a gold attribution
  that a prediction matched: a part of that quotation, neither a prediction nor a match;
* a **match** of a gold attribution with no cue (an untagged quotation) whose content it
  overlaps and that nothing matched yet;
* otherwise a prediction that matched nothing (a false positive).

Gold attributions nested in a quotation are annotated, so nested predictions are scored
with the others (unlike PolNeAR, which does not annotate them).
"""

from __future__ import annotations

import pandas as pd

from .._params import Options, validate_params
from ..cues import CueTable, load_cues
from ..sources import find_attributions
from .gold import article_languages, gold_of
from .polnear import _match, _overlap, _source, article_interval, is_speech_cue
from .speakers import same_speaker

__all__ = ["evaluate_attributions", "category_confusion", "ATTRIBUTION_SCORE_COLUMNS", "ATTRIBUTION_PAIR_COLUMNS"]

HALF = Options(("dev", "held", "all"))
ALL = "(all)"
ATTRIBUTION_SCORE_COLUMNS = ["subset", "by", "group", "metric", "value", "hits", "n", "low", "high", "articles"]
ATTRIBUTION_PAIR_COLUMNS = [
    "doc_id", "outlet", "lang", "read_as", "half", "line", "side", "item", "partner", "matched", "merged", "speech", "cue",
    "cue_start", "cue_end", "speaker", "speaker_written", "speaker_right", "category_gold",
    "category_predicted", "category_right", "source_ok", "source_exact", "addressee",
    "addressee_right", "content", "rule", "nested", "note"]
_EXCERPT = 120


def _excerpt(text: str, spans) -> str:
    parts = " … ".join(" ".join(text[s:e].split()) for s, e in spans)
    return parts if len(parts) <= _EXCERPT else parts[:_EXCERPT - 1] + "…"


def _predict(articles: pd.DataFrame, cues, language) -> tuple[dict, list[str]]:
    """The prediction rows of each doc_id, and each article's language; find_attributions
    runs once per language, on exactly the gold's texts."""
    langs = article_languages(language, list(articles["lang"]))
    per_doc: dict = {}
    for lang in sorted(set(langs)):
        docs = articles[[x == lang for x in langs]].drop_duplicates("doc_id")
        frame = pd.DataFrame({"doc_id": docs["doc_id"], "outlet": docs["outlet"], "text": docs["text"]})
        table = load_cues(cues, language=lang)
        preds = find_attributions(frame, cues=table, language=lang, warn=False, duplicates="keep")  # every gold text
        for doc_id, rows in preds.groupby("doc_id", sort=False):
            per_doc[(lang, doc_id)] = rows
    return per_doc, langs


def _right(r, gold_speaker: str, lang: str, has_id: bool) -> bool:
    """The prediction names the gold speaker; where the reader names no one ("hieß es", a
    passive without its agent), it names no one either."""
    if not gold_speaker:
        return not (isinstance(r.speaker_canonical, str) and r.speaker_canonical.strip())
    names = [r.speaker_canonical] + ([r.speaker_id] if has_id else [])
    return any(isinstance(n, str) and same_speaker(n, gold_speaker, language=lang) for n in names)


def _score_article(art, lang: str, preds: pd.DataFrame | None, table: CueTable) -> list[dict]:
    """The pair rows of one gold article (gold attributions and predictions), read in ``lang``."""
    text, gold = art.text, art.annotations
    base = dict(doc_id=art.doc_id, outlet=art.outlet, lang=art.lang if isinstance(art.lang, str) and art.lang else lang,
                read_as=lang, half=art.half, line=art.line)
    preds = preds if preds is not None else pd.DataFrame(columns=["cue_start"])
    has_id, has_addr = "speaker_id" in preds.columns, "addressee" in preds.columns
    has_cat = "speaker_category" in preds.columns
    cued = [r for r in preds.itertuples() if not pd.isna(r.cue_start)]
    uncued = [r for r in preds.itertuples() if pd.isna(r.cue_start)]
    used: set[int] = set()
    hits = _match(cued, gold, used)
    merged_into: list = []
    uncued_hits: list = []
    for r in uncued:
        content = [] if pd.isna(r.content_start) else [(int(r.content_start), int(r.content_end))]
        k = next((k for k in sorted(used) if _overlap(content, gold[k].content)), None)
        if k is not None:
            merged_into.append(k)
            uncued_hits.append(None)
            continue
        k = next((k for k, g in enumerate(gold) if not g.cue and k not in used and _overlap(content, g.content)), None)
        if k is not None:
            used.add(k)
        merged_into.append(None)
        uncued_hits.append(k)
    speech_of = [is_speech_cue(g.cue_text, table) if g.cue else True for g in gold]
    rows, by_gold = [], {}
    for r, hit, merged in [(r, h, None) for r, h in zip(cued, hits)] + list(zip(uncued, uncued_hits, merged_into)):
        g = gold[hit] if hit is not None else None
        src_ok, src_exact = _source(text, r, g) if g is not None else (None, None)
        right = _right(r, g.speaker, lang, has_id) if g is not None else None
        addr = getattr(r, "addressee", None) if has_addr else None
        addr_right = (isinstance(addr, str) and same_speaker(addr, g.addressee, language=lang)
                      if g is not None and has_addr and g.addressee else None)
        content = [] if pd.isna(r.content_start) else [(int(r.content_start), int(r.content_end))]
        cat = getattr(r, "speaker_category", None) if has_cat else None
        cat = cat if isinstance(cat, str) else None
        gold_cat = g.category if g is not None and g.category else None
        row = dict(base, side="predicted", item=r.Index, partner=hit if merged is None else merged,
                   matched=hit is not None, merged=merged is not None,
                   speech=speech_of[hit] if g is not None else (is_speech_cue(r.cue, table) if isinstance(r.cue, str) and r.cue
                                                               else True),
                   cue=r.cue, cue_start=r.cue_start, cue_end=r.cue_end, speaker=r.speaker_canonical,
                   speaker_written=r.speaker, speaker_right=right, category_gold=gold_cat, category_predicted=cat,
                   category_right=cat == gold_cat if gold_cat is not None and has_cat else None, source_ok=src_ok, source_exact=src_exact,
                   addressee=addr, addressee_right=addr_right, content=_excerpt(text, content), rule=r.rule,
                   nested=bool(r.nested), note="")
        rows.append(row)
        if hit is not None:
            by_gold[hit] = row
    for k, g in enumerate(gold):
        p = by_gold.get(k)
        rows.append(dict(base, side="gold", item=k, partner=p["item"] if p else None, matched=p is not None, merged=False,
                         speech=speech_of[k], cue=g.cue_text, cue_start=g.cue[0][0] if g.cue else None,
                         cue_end=g.cue[-1][1] if g.cue else None, speaker=g.speaker,
                         speaker_written=" ".join(text[s:e] for s, e in g.source),
                         speaker_right=p["speaker_right"] if p else None, category_gold=g.category or None,
                         category_predicted=p["category_predicted"] if p else None,
                         category_right=p["category_right"] if p else None, source_ok=p["source_ok"] if p else None,
                         source_exact=p["source_exact"] if p else None, addressee=g.addressee,
                         addressee_right=p["addressee_right"] if p else None, content=_excerpt(text, g.content),
                         rule=None, nested=g.nested, note=g.note))
    return rows


def _rate(hits, n):
    return hits / n if n else float("nan")


def _metrics(pairs: pd.DataFrame) -> list[tuple]:
    """``(metric, value, hits, n, low, high)`` of one subset of the pairs; ``low`` and
    ``high`` (:func:`.polnear.article_interval`) for the metrics that are a share, else NaN."""
    nan = float("nan")
    doc = "doc_id"
    g = pairs[pairs.side == "gold"]
    pr = pairs[(pairs.side == "predicted") & ~pairs.merged.astype(bool)]
    m = pr[pr.matched.astype(bool)]
    src = m[m.source_ok.notna()]
    spk = m[m.speaker_right.notna()]
    addr = m[m.addressee_right.notna()]
    cat = m[m.category_right.notna()]

    def per_doc(frame: pd.DataFrame, column: str | None = None) -> pd.Series:
        values = frame[column].astype(bool) if column else pd.Series(True, index=frame.index)
        return values.groupby(frame[doc]).sum()

    def share(metric: str, hits: pd.Series, n: pd.Series) -> tuple:
        h, k = int(hits.sum()), int(n.sum())
        return (metric, _rate(h, k), h, k, *article_interval(hits, n))

    found, right = per_doc(g, "matched"), per_doc(spk, "speaker_right")
    p, r = _rate(len(m), len(pr)), _rate(int(found.sum()), len(g))
    out = [("gold", len(g), len(g), len(g), nan, nan), ("predicted", len(pr), len(pr), len(pr), nan, nan),
           ("matched", len(m), len(m), len(m), nan, nan),
           ("merged", int(pairs.merged.astype(bool).sum()), None, None, nan, nan),
           share("precision", per_doc(m), per_doc(pr)), share("recall", found, per_doc(g)),
           ("f1", 2 * p * r / (p + r) if p + r else nan, None, None, nan, nan),
           share("source_accuracy", per_doc(src, "source_ok"), per_doc(src)),
           share("source_exact", per_doc(src, "source_exact"), per_doc(src)),
           share("speaker_right", right, per_doc(spk)),
           share("precision_speaker_right", right, per_doc(pr)),
           share("recall_speaker_right", right, per_doc(g))]
    if len(addr):
        out.append(share("addressee_right", per_doc(addr, "addressee_right"), per_doc(addr)))
    if len(cat):
        out.append(share("category_right", per_doc(cat, "category_right"), per_doc(cat)))
    return out


@validate_params(half=HALF)
def evaluate_attributions(gold, *, corpora=None, half: str = "dev", cues: "str | CueTable | None" = None,
                          language: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Score :func:`~framing.find_attributions` on an attributions gold set of our own.

    It runs on exactly the gold's articles, each in its language (``language`` if given,
    else the record's, else English), with the cue table ``cues`` (the language's own
    unless named); which gold cues are speech is read from the same table
    (:func:`~framing.evaluate.is_speech_cue`; a gold quotation with no cue is speech).
    Matching and the handling of continuation rows: :mod:`framing.evaluate.gold_attributions`.

    Parameters
    ----------
    gold : str, Path or DataFrame
        A gold file (``gold/attributions/*.jsonl``) or :func:`read_gold`'s table of one.
    corpora : str or Path
        The shared corpora folder (needed when ``gold`` is a file).
    half : {"dev", "held", "all"}
        The articles scored: ``dev`` (for reading errors), ``held`` (for measuring only), or all.

    Returns
    -------
    (scores, pairs)
        ``scores``, long form: ``subset`` (``all``: every gold attribution and prediction;
        ``speech``: those whose cue is a verb of saying, as :func:`evaluate_polnear`),
        ``by`` and ``group`` (``all``/``(all)``, ``outlet``/each outlet, ``lang``/each
        language of the gold), ``metric``, ``value``, ``hits`` and ``n`` (the value is hits / n),
        ``low`` and ``high`` (the 95% interval of a metric that is a share, with the article
        as the sampling unit — :func:`framing.stats.share_interval`; NaN for counts, for
        ``f1`` and for fewer than two articles), ``articles``. Metrics: ``gold``, ``predicted``, ``matched``, ``merged``
        (continuation rows merged into a match), ``precision``, ``recall``, ``f1``,
        ``source_accuracy`` and ``source_exact`` (among matches whose gold has a source),
        ``speaker_right`` (among matches: the predicted ``speaker_canonical``, or
        ``speaker_id`` where the table has one, names the gold speaker —
        :func:`~framing.evaluate.speakers.same_speaker` — or, where the gold names no
        speaker, the prediction names none either),
        ``precision_speaker_right`` and ``recall_speaker_right`` (matches with the right
        speaker over predictions, over gold), ``addressee_right`` where the prediction
        table has an ``addressee`` column, and ``category_right`` (among matches whose gold
        attribution has a ``category``: the predicted ``speaker_category`` is that label;
        which labels are confused: :func:`category_confusion`).
        ``pairs``: one row per gold attribution and per prediction (columns
        ``ATTRIBUTION_PAIR_COLUMNS``): ``doc_id, outlet, lang`` (the gold's), ``read_as``
        (the language whose rules read it), ``half``, ``line`` (of the gold file), ``side``, ``item`` (the gold attribution's index in
        its record, or the prediction's row), ``partner`` (what it matched, or what a
        merged row was merged into), ``matched``, ``merged``, ``speech``, the cue, the
        speaker (canonical) and as written, ``speaker_right``, ``category_gold``,
        ``category_predicted`` (of the pair, on both sides), ``category_right``, ``source_ok``,
        ``source_exact``, ``content`` (an excerpt), ``rule``, ``nested``, ``note``.

    Examples
    --------
    >>> scores, pairs = evaluate_attributions("gold/attributions/abp.jsonl",
    ...                                       corpora="../shared/corpora", half="dev")  # doctest: +SKIP
    >>> scores.query("subset == 'speech' and by == 'all'").set_index("metric")["value"]  # doctest: +SKIP
    """
    articles = gold_of(gold, corpora, "attributions", half)
    per_doc, langs = _predict(articles, cues, language)
    tables = {lang: load_cues(cues, language=lang) for lang in set(langs)}
    rows = []
    for art, lang in zip(articles.itertuples(), langs):
        rows.extend(_score_article(art, lang, per_doc.get((lang, art.doc_id)), tables[lang]))
    pairs = pd.DataFrame(rows, columns=ATTRIBUTION_PAIR_COLUMNS)
    scores = score_pairs(pairs, articles, langs)
    scores.attrs.update(half=half, articles=len(articles), path=articles.attrs.get("path"), kind="attributions",
                        languages=sorted(set(langs)))
    return scores, pairs


def score_pairs(pairs: pd.DataFrame, articles: pd.DataFrame, langs: list[str]) -> pd.DataFrame:
    """The long-form scores of :func:`evaluate_attributions` from its pairs: each subset
    (``all``, ``speech``) overall, per outlet and per language."""
    article_keys = {"outlet": list(articles["outlet"]),
                    "lang": [g if isinstance(g, str) and g else r for g, r in zip(articles["lang"], langs)]}
    out = []
    for subset in ("all", "speech"):
        sub = pairs if subset == "all" else pairs[pairs.speech.astype(bool)]
        groups = [("all", ALL, sub)] + [(by, key, part) for by in ("outlet", "lang")
                                        for key, part in sorted(sub.groupby(by), key=lambda kv: str(kv[0]))]
        for by, key, part in groups:
            n_articles = len(articles) if by == "all" else sum(x == key for x in article_keys[by])
            for metric, value, hits, n, low, high in _metrics(part):
                out.append(dict(subset=subset, by=by, group=key, metric=metric, value=value, hits=hits, n=n,
                                low=low, high=high, articles=n_articles))
    return pd.DataFrame(out, columns=ATTRIBUTION_SCORE_COLUMNS)


def category_confusion(pairs: pd.DataFrame) -> pd.DataFrame:
    """The speaker categories confused, long form: one row per (gold category, predicted
    category) of the matched gold attributions that have a gold category, with ``n`` (how
    many), ``share`` (of that gold category's matches) and ``right`` (the two agree);
    most frequent first. ``pairs``: :func:`evaluate_attributions`' second table."""
    g = pairs[(pairs.side == "gold") & pairs.matched.astype(bool) & pairs.category_gold.notna()
              & pairs.category_predicted.notna()]
    out = (g.groupby(["category_gold", "category_predicted"]).size().rename("n").reset_index()
           if len(g) else pd.DataFrame(columns=["category_gold", "category_predicted", "n"]))
    totals = out.groupby("category_gold")["n"].transform("sum")
    out["share"] = out["n"] / totals if len(out) else pd.Series(dtype=float)
    out["right"] = out["category_gold"] == out["category_predicted"]
    return out.sort_values(["n", "category_gold", "category_predicted"], ascending=[False, True, True]
                           ).reset_index(drop=True)
