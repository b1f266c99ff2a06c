"""Same text, other form: does the attribution table and the voice hold when the text is
written another way that no construction rule should care about?

Each transformation changes characters one for one (the text keeps its length, so the
gold's offsets stay valid and the gold is scored on the transformed text directly):

* ``flat``: every line break (``\\n``, ``\\r``) a space: one paragraph, as OCR text and some
  Arabic outlets have it;
* ``curly>ascii``: “ ” „ ‟ → ``"``; ``ascii>curly``: ``"`` → “ ” („ “ in German) paired as
  framing pairs the document (an unpaired mark by what stands beside it);
* ``rdq``: “ and ``"`` → ” (the Arabic outlets' ” as an opener too);
* ``guill>curly``: « » → “ ” (German » « too, „ “ there) and ``curly>guill``: “ ” „ → « »
  (» « in German), paired the same way;
* ``nbsp>space``: no-break and narrow no-break spaces → a space; ``space>nbsp``: the space
  inside « » and before ; : ! ? after a word → a narrow no-break space;
* ``apos>ascii``: ’ → ``'``; ``ascii>apos``: ``'`` → ’;
* two forms at once, joined by ``+`` (``flat+curly>ascii``: no paragraph breaks and straight
  marks, where which ``"`` opens is read from the words around it alone).

Only the DEV half of each gold set is read (English: abp, PolNeAR's speech subset).

Usage (from the repository root; a few minutes)::

    PYTHONPATH=src .venv/bin/python benchmarks/same_form.py [--langs fr,de] [--forms flat,...] [--losses DIR]

prints one row per (language, form): P / R / speaker right / P·spk / R·spk and voice
agreement / names read as the narrator's; ``--losses DIR`` writes, per language and form, the
dev gold attributions matched on the original text and not on the transformed one (and those
whose speaker was right and no longer is), for reading.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
LANGS = ["en", "fr", "de", "es", "ru", "ar"]
GOLD = {"en": "abp"}

_OPENING_CONTEXT = set(" \t\n\r\u00a0\u202f([{—–-/")


def _roles(text: str, lang: str, family: str) -> dict[int, bool]:
    """Each mark of ``family`` in ``text``: True when it opens (framing's own pairing of the
    document; a mark in no quotation and no name by what stands beside it)."""
    from framing.text import analyze
    facts = analyze(text, lang)
    roles: dict[int, bool] = {}
    for q in list(facts.quotes) + list(facts.names):
        if text[q.start] in family:
            roles[q.start] = True
        if q.closed and text[q.end - 1] in family:
            roles[q.end - 1] = False
    for m in re.finditer("[" + re.escape(family) + "]", text):
        i = m.start()
        if i not in roles:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            roles[i] = before in _OPENING_CONTEXT and not after.isspace()
    return roles


def _swap(text: str, lang: str, family: str, opener: str, closer: str) -> str:
    chars = list(text)
    for i, opens in _roles(text, lang, family).items():
        chars[i] = opener if opens else closer
    return "".join(chars)


def _table(pairs: dict[str, str]) -> dict[int, int]:
    return str.maketrans(pairs)


def transform(text: str, form: str, lang: str) -> str:
    """``text`` written in ``form`` (same length); ``a+b``: ``a`` then ``b``."""
    if "+" in form:
        for part in form.split("+"):
            text = transform(text, part, lang)
        return text
    if form == "flat":
        return text.translate(_table({"\n": " ", "\r": " "}))
    if form == "curly>ascii":
        return text.translate(_table({"“": '"', "”": '"', "„": '"', "‟": '"'}))
    if form == "ascii>curly":
        return _swap(text, lang, '"', "„" if lang == "de" else "“", "“" if lang == "de" else "”")
    if form == "rdq":
        return text.translate(_table({"“": "”", '"': "”"}))
    if form == "guill>curly":
        return _swap(text, lang, "«»", "„" if lang == "de" else "“", "“" if lang == "de" else "”")
    if form == "curly>guill":
        return _swap(text, lang, "“”„", "»" if lang == "de" else "«", "«" if lang == "de" else "»")
    if form == "nbsp>space":
        return text.translate(_table({"\u00a0": " ", "\u202f": " "}))
    if form == "space>nbsp":
        return re.sub(r"(?<=«) | (?=»)|(?<=\w) (?=[;:!?])", "\u202f", text)
    if form == "apos>ascii":
        return text.replace("’", "'")
    if form == "ascii>apos":
        return text.replace("'", "’")
    if form == "original":
        return text
    raise ValueError(form)


FORMS = ["original", "flat", "curly>ascii", "ascii>curly", "guill>curly", "curly>guill", "nbsp>space", "space>nbsp",
         "apos>ascii", "ascii>apos", "rdq", "flat+curly>ascii", "flat+guill>curly+curly>ascii"]


def _gold(kind: str, lang: str) -> pd.DataFrame | None:
    from framing.evaluate.gold import read_gold
    path = ROOT / "gold" / kind / f"{GOLD.get(lang, lang)}.jsonl"
    if not path.exists():
        return None
    table = read_gold(path, corpora=CORPORA)
    dev = table[table["half"] == "dev"].reset_index(drop=True)
    dev.attrs.update(table.attrs)
    return dev


def _as(table: pd.DataFrame, form: str, lang: str) -> pd.DataFrame:
    out = table.copy()
    out["text"] = [transform(t, form, lang) for t in table["text"]]
    assert all(len(a) == len(b) for a, b in zip(out["text"], table["text"]))
    out.attrs.update(table.attrs)
    return out


_METRICS = ["precision", "recall", "speaker_right", "precision_speaker_right", "recall_speaker_right"]


def _gold_rows(pairs: pd.DataFrame) -> pd.DataFrame:
    return pairs[pairs.side == "gold"].set_index(["doc_id", "item"])


def run(langs, forms, losses: Path | None) -> pd.DataFrame:
    import framing
    rows = []
    for lang in langs:
        att, voice = _gold("attributions", lang), _gold("voice", lang)
        subset = "speech" if lang == "en" else "all"
        base = None
        for form in forms:
            sc, pairs = framing.evaluate_attributions(_as(att, form, lang), half="dev")
            if subset == "speech":
                pairs = pairs[pairs.speech.astype(bool)]
            r = sc[(sc["by"] == "all") & (sc["subset"] == subset)].set_index("metric")
            row = dict(lang=lang, form=form, changed=int(sum(a != b for a, b in zip(_as(att, form, lang)["text"],
                                                                                    att["text"]))),
                       gold=int(r.loc["gold", "value"]), predicted=int(r.loc["predicted", "value"]),
                       **{m: round(float(r.loc[m, "value"]), 3) for m in _METRICS})
            g = _gold_rows(pairs)
            if form == "original":
                base = (g, pairs)
            else:
                b = base[0]
                lost = b.index[b.matched.astype(bool) & ~g.reindex(b.index).matched.fillna(False).astype(bool)]
                spk = b.index[(b.speaker_right == True) & (g.reindex(b.index).speaker_right != True)]  # noqa: E712
                gained = b.index[~b.matched.astype(bool) & g.reindex(b.index).matched.fillna(False).astype(bool)]
                row.update(lost=len(lost), speaker_lost=len(spk), gained=len(gained))
                if losses is not None and (len(lost) or len(spk)):
                    losses.mkdir(parents=True, exist_ok=True)
                    name = form.replace(">", "_to_")
                    out = pd.concat([b.loc[lost].assign(loss="match"), b.loc[spk.difference(lost)].assign(loss="speaker")])
                    out = out.reset_index()[["loss", "doc_id", "item", "cue", "cue_start", "speaker", "content"]]
                    got = pairs[pairs.side == "predicted"][["doc_id", "cue", "cue_start", "speaker", "rule", "content"]]
                    out.to_csv(losses / f"{lang}_{name}.csv", index=False)
                    got.to_csv(losses / f"{lang}_{name}_predicted.csv", index=False)
            if voice is not None:
                vs, _ = framing.evaluate_voice(_as(voice, form, lang), half="dev")
                v = vs[vs.by == "all"].set_index("metric")["value"]
                row.update(agreement=round(float(v["agreement"]), 4), names=round(float(v["names_narrator"]), 3))
            rows.append(row)
            print(" ".join(f"{k}={v}" for k, v in row.items()), flush=True)
    return pd.DataFrame(rows)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--langs", default=",".join(LANGS))
    p.add_argument("--forms", default=",".join(FORMS))
    p.add_argument("--losses", type=Path, default=None)
    p.add_argument("--csv", type=Path, default=None)
    a = p.parse_args(argv)
    warnings.simplefilter("ignore")
    forms = a.forms.split(",")
    if forms[0] != "original":
        forms = ["original"] + forms
    table = run(a.langs.split(","), forms, a.losses)
    if a.csv:
        table.to_csv(a.csv, index=False)
    print(table.to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
