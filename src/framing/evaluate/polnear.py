"""Evaluate attribution extraction against PolNeAR (BRAT standoff gold annotations).

A prediction matches a gold attribution when their cue spans overlap (one to one, in
text order). Reported: precision and recall of attributions; source-span accuracy among
matches (the predicted speaker span overlaps the gold source span; ``source_exact``:
the same span, white space and a leading "the/a" aside); and the same restricted to
*speech* attributions — gold attributions whose cue contains a verb of saying or
reporting (the cue table's, :mod:`framing.cues`) — and, on the other side, predictions
of speech: one that matches a gold attribution counts when that attribution's cue is
speech, one that matches none when its own cue is ("a poll found that …", unannotated,
is not a false attribution of speech). Until November 2026 an unmatched prediction
counted whatever its cue; the figures of both definitions are in ``docs/evaluation.md``.

Quotations attributed by continuation (no cue) cannot be matched by cue and are not
scored; their number is reported. PolNeAR does not annotate attributions nested inside a
quotation (they are part of the quoted source's content), nor one that is what another
reports ("Kelly said she asked for the interview"). framing marks both ``nested``; they
are scored separately, in the rows whose subset ends in ``+nested``: the other rows
count neither their matches (recall) nor their errors (precision). The scored predictions
are matched first, the nested ones then take the gold attributions left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .._record import note_corpus
from ..cues import CueTable, load_cues
from ..errors import CorpusError
from ..sources import find_attributions
from ..stats import share_interval

__all__ = ["read_polnear", "evaluate_polnear", "is_speech_cue", "read_ann", "GoldAttribution"]


@dataclass
class GoldAttribution:
    cue: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)
    cue_text: str = ""


def _spans(s: str) -> list[tuple[int, int]]:
    out = []
    for part in s.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> list[GoldAttribution]:
    """The attributions of one BRAT ``.ann`` file."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or not re.match(r"[TEARMN#]\d*\t", line):
            continue  # blank, or the rest of a span text that ran over a line break
        try:
            if line.startswith("T"):
                tid, mid, txt = line.split("\t", 2)
                kind, rest = mid.split(" ", 1)
                spans[tid] = (kind, _spans(rest), txt)
            elif line.startswith("E"):
                events.append(dict(p.split(":", 1) for p in line.split("\t")[1].split()))
        except ValueError:
            raise CorpusError(f"{path}, line {n}: not a BRAT standoff line: {line[:80]!r}") from None
    out = []
    for ev in events:
        if "Cue" not in ev or ev["Cue"] not in spans:
            continue
        cue = spans[ev["Cue"]]
        src = spans.get(ev.get("Source", ""), (None, [], ""))
        con = spans.get(ev.get("Content", ""), (None, [], ""))
        out.append(GoldAttribution(cue[1], src[1], con[1], cue[2]))
    return out


def read_polnear(directory, *, split: str = "dev") -> list[tuple[str, str, str, list[GoldAttribution]]]:
    """``(name, annotator, text, gold)`` for each annotation file of a PolNeAR split."""
    root = Path(directory)
    base = root / split if (root / split).is_dir() else root
    tdir, adir = base / "text", base / "attributions"
    if not tdir.is_dir() or not adir.is_dir():
        raise CorpusError(f"{directory}: no PolNeAR split here (expected {split}/text and {split}/attributions). "
                          "Give the folder that holds dev/ and train/, e.g. ../shared/corpora/polnear.")
    out = []
    for ann in sorted(adir.glob("*.ann")):
        name, _, annotator = ann.stem.rpartition("_")
        txt = tdir / f"{name}.txt"
        if not txt.is_file():
            continue
        text = txt.read_bytes().decode("utf-8")
        out.append((name, annotator, text, read_ann(ann)))
    if not out:
        raise CorpusError(f"{base}: no annotation files with a matching text.")
    return out


def is_speech_cue(cue_text: str, cues: "str | CueTable | None" = None) -> bool:
    """Whether a cue (as a person marked it) holds a verb of saying or reporting of the cue
    table (:mod:`framing.cues`; the bundled one unless ``cues`` names another): a form of
    several words anywhere in it ("pointed out"), or one word that is a form."""
    table = load_cues(cues)
    low = " ".join(re.findall(r"[^\W\d_]+", cue_text.lower()))  # letters of any script ("selon", "заявил")
    for lemma, forms in table.forms.items():
        if lemma in table.speech and any(" " in f and f" {f} " in f" {low} " for f in forms):
            return True
    return any(table.lemma_of(w) in table.speech for w in low.split())


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _norm(text: str, span: tuple[int, int]) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\s+", " ", text[span[0]:span[1]].strip().lower()))


def _match(preds: list, gold: list, used: set) -> list:
    """For each prediction (in text order) the gold attribution its cue overlaps first
    among those not yet taken (marked in ``used``), or None."""
    hits = []
    for r in preds:
        cue = [(int(r.cue_start), int(r.cue_end))]
        hit = next((k for k, g in enumerate(gold) if k not in used and _overlap(cue, g.cue)), None)
        if hit is not None:
            used.add(hit)
        hits.append(hit)
    return hits


def _source(text: str, r, g: GoldAttribution) -> tuple:
    """``(overlaps, exact)`` of a prediction's speaker against a gold source; None for a
    gold attribution without a source."""
    if not g.source:
        return None, None
    if pd.isna(r.speaker_start):
        return False, False
    sp = [(int(r.speaker_start), int(r.speaker_end))]
    return _overlap(sp, g.source), any(_norm(text, sp[0]) == _norm(text, s) for s in g.source)


def article_interval(hits: pd.Series, n: pd.Series) -> tuple[float, float]:
    """The 95% interval of ``Σ hits / Σ n`` (both per article, indexed by article) with the
    article as the sampling unit (:func:`framing.stats.share_interval`): an article's
    attributions share its house style, its speakers and its reader, so they are not
    independent trials; the cluster variance measures how far they are not
    (``one_choice_per_article=False``: each attribution is read on its own). NaN with fewer
    than two articles. The scores of PolNeAR and of our gold sets use it."""
    n = n.reindex(hits.index.union(n.index), fill_value=0)
    hits = hits.reindex(n.index, fill_value=0)
    return share_interval(hits.to_numpy(float), n.to_numpy(float), one_choice_per_article=False)[1:]


def evaluate_polnear(directory, *, split: str = "dev", cues: "str | CueTable | None" = None
                     ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Score :func:`find_attributions` on a PolNeAR split (with the cue table ``cues``: the
    bundled one unless named; which gold cues are speech is read from the same table).

    Returns
    -------
    (scores, pairs)
        ``scores``: one row per subset (``all``, ``speech``) with ``gold``, ``predicted``,
        ``matched``, ``precision``, ``recall``, ``f1``, ``source_accuracy``,
        ``source_exact``, ``with_source`` (matches whose gold has a source), and the 95%
        intervals of precision, recall and source accuracy with the article as the sampling
        unit (``precision_low``, ``precision_high`` …; ``docs/evaluation.md``, "Intervals of
        the figures").
        ``pairs``: one row per gold or predicted attribution with what it matched
        (a gold row's ``matched`` by a scored prediction, ``matched_nested`` by a nested one);
        ``speech`` says whether it counts among speech (for a prediction: the cue of the
        gold attribution it matched, or its own cue when it matched none).
    """
    docs = read_polnear(directory, split=split)
    texts = {name: text for name, _, text, _ in docs}
    note_corpus(Path(directory) / split, documents=len(texts), problems=[])  # the gold a scores table's manifest names
    frame = pd.DataFrame({"doc_id": list(texts), "outlet": [n.split("_")[0] for n in texts], "text": list(texts.values())})
    table = load_cues(cues)
    preds = find_attributions(frame, cues=table, warn=False, duplicates="keep")  # every gold text, repeats too
    cued = preds[preds["cue_start"].notna()]
    nested_ids = set(cued.index[cued["nested"]])
    rows = []
    for name, annotator, text, gold in docs:
        p = cued[cued["doc_id"] == name]
        # the scored predictions are matched first; nested ones (reported apart) take what is left
        used: set[int] = set()
        outer = [r for r in p.itertuples() if r.Index not in nested_ids]
        inner = [r for r in p.itertuples() if r.Index in nested_ids]
        by_outer = _match(outer, gold, used)
        by_inner = _match(inner, gold, used)
        for preds_of, hits, nested in ((outer, by_outer, False), (inner, by_inner, True)):
            for r, hit in zip(preds_of, hits):
                src_ok, src_exact = _source(text, r, gold[hit]) if hit is not None else (None, None)
                rows.append(dict(doc=name, annotator=annotator, side="predicted", cue=r.cue, matched=hit is not None,
                                 nested=nested,
                                 speech=is_speech_cue(gold[hit].cue_text if hit is not None else r.cue, table),
                                 source_ok=src_ok, source_exact=src_exact))
        outer_hits, inner_hits = set(by_outer) - {None}, set(by_inner) - {None}
        for k, g in enumerate(gold):
            rows.append(dict(doc=name, annotator=annotator, side="gold", cue=g.cue_text, matched=k in outer_hits,
                             matched_nested=k in inner_hits, nested=False, speech=is_speech_cue(g.cue_text, table),
                             source_ok=None, source_exact=None))
    pairs = pd.DataFrame(rows)
    gold_rows = pairs[pairs.side == "gold"]
    pred_rows = pairs[pairs.side == "predicted"]
    out = []
    for subset in ("all", "speech", "all+nested", "speech+nested"):
        pr = pred_rows if subset.endswith("+nested") else pred_rows[~pred_rows.nested.astype(bool)]
        if subset.startswith("all"):
            g = gold_rows
        else:
            g = gold_rows[gold_rows.speech]
            pr = pr[pr.speech.astype(bool)]
        m = pr[pr.matched]
        with_src = m[m.source_ok.notna()]
        precision = len(m) / len(pr) if len(pr) else float("nan")
        found = (g.matched | g.matched_nested.astype(bool)) if subset.endswith("+nested") else g.matched
        recall = found.sum() / len(g) if len(g) else float("nan")
        row = dict(subset=subset, gold=len(g), predicted=len(pr), matched=len(m), precision=precision, recall=recall,
                   f1=2 * precision * recall / (precision + recall) if precision + recall else float("nan"),
                   source_accuracy=with_src.source_ok.astype(bool).mean() if len(with_src) else float("nan"),
                   source_exact=with_src.source_exact.astype(bool).mean() if len(with_src) else float("nan"),
                   with_source=len(with_src))
        for name, hits, n in (("precision", m, pr), ("recall", g[found], g),
                              ("source_accuracy", with_src[with_src.source_ok.astype(bool)], with_src)):
            row[f"{name}_low"], row[f"{name}_high"] = article_interval(hits.doc.value_counts(), n.doc.value_counts())
        out.append(row)
    scores = pd.DataFrame(out)
    scores.attrs["uncued_predictions"] = int(len(preds) - len(cued))
    scores.attrs["documents"] = len(texts)
    scores.attrs["annotation_files"] = len(docs)
    return scores, pairs
