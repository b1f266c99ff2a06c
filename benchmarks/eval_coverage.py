"""How often do the intervals of ``framing evaluate gold`` cover the truth? A simulation.

Usage (from the project root; about a minute)::

    .venv/bin/python benchmarks/eval_coverage.py [--gold gold/attributions/abp.jsonl] [--draws 4000]

The dev half of a gold set is scored once (:func:`framing.evaluate_attributions`, the
``speech`` subset for the US gold, ``all`` otherwise). Its articles are taken as the
population and each metric's *truth* is its value over all of them (Σ hits / Σ n). The script
draws m = 8, 15 and 40 articles with replacement, ``--draws`` times each, and counts how often
the 95% interval of the drawn articles covers the truth, for the interval the scores print
(:func:`framing.stats.article_share_interval` with ``one_choice_per_article=False``: each
attribution an event of its own, their correlation within an article measured by the cluster
variance) and for the convention-share interval (``True``: an article's items one choice
repeated, at most ``m`` observations). Only the dev half is read: held figures stay for
measuring. Prints a Markdown table (docs/evaluation.md, "Intervals of the figures").
"""

from __future__ import annotations

import argparse
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
METRICS = ("precision", "recall", "speaker_right", "precision_speaker_right")
SIZES = (8, 15, 40)


def per_article(pairs, docs):
    """``{metric: (hits, n)}``, one number per article of ``docs``, as the scores count them."""
    gold = pairs[pairs.side == "gold"]
    pred = pairs[(pairs.side == "predicted") & ~pairs.merged.astype(bool)]
    match = pred[pred.matched.astype(bool)]
    spk = match[match.speaker_right.notna()]

    def count(frame, column=None):
        values = frame[column].astype(bool) if column else frame.doc_id.map(lambda _: True)
        return values.groupby(frame.doc_id).sum().reindex(docs, fill_value=0).to_numpy(float)

    right = count(spk, "speaker_right")
    return {"precision": (count(match), count(pred)), "recall": (count(gold, "matched"), count(gold)),
            "speaker_right": (right, count(spk)), "precision_speaker_right": (right, count(pred))}


def main(argv=None) -> None:
    import framing
    from framing.stats import article_share_interval

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "gold" / "attributions" / "abp.jsonl"))
    ap.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    ap.add_argument("--draws", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args(argv)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _, pairs = framing.evaluate_attributions(args.gold, corpora=args.corpora, half="dev")
    if Path(args.gold).name == "abp.jsonl":
        pairs = pairs[pairs.speech.astype(bool)]
    docs = sorted(set(pairs.doc_id))
    rng = np.random.default_rng(args.seed)
    print(f"{Path(args.gold).name}, dev half: {len(docs)} articles; {args.draws} draws of m articles with replacement\n")
    print("| metric | truth | m | covers (printed) | mean width | covers (at most m) | mean width |")
    print("|---|--:|--:|--:|--:|--:|--:|")
    for metric, (k, n) in per_article(pairs, docs).items():
        truth = k.sum() / n.sum()
        for m in SIZES:
            idx = rng.integers(0, len(docs), size=(args.draws, m))
            kk, nn = k[idx], n[idx]
            sums = dict(count_sq=(kk * kk).sum(1), count_total=(kk * nn).sum(1), total_sq=(nn * nn).sum(1),
                        docs=(nn > 0).sum(1))
            cells = []
            for one_choice in (False, True):
                low, high = article_share_interval(kk.sum(1), nn.sum(1), **sums, one_choice_per_article=one_choice)
                ok = ~np.isnan(low)
                cells += [f"{((low <= truth) & (truth <= high))[ok].mean():.3f}", f"{(high - low)[ok].mean():.3f}"]
            print(f"| {metric} | {truth:.3f} | {m} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
