"""Reading the project's own gold sets (``gold/README.md``): JSON Lines files of offsets into
the shared corpora, one annotated article a line, of two kinds — ``attributions`` (who says
what, with which cue, about whom) and ``voice`` (every quotation mark of the text, paired,
and whether a pair holds speech or a name).

The texts are never in the gold: each record names its corpus (a path under the corpora
folder) and its ``doc_id``, and carries the SHA-256 of the text it was annotated on, so a
changed corpus is an error, not a silent shift of every offset.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import CorpusError, FramingWarning, ParameterError, caller_stacklevel
from ..lang import DEFAULT_LANGUAGE, LanguageError, get_language, languages
from .polnear import GoldAttribution

__all__ = ["read_gold", "GoldAttributionOwn", "GoldMark", "QUOTE_MARKS", "GOLD_COLUMNS", "gold_kind", "gold_of",
           "article_languages"]

#: The characters a mark of a voice gold file may be: double and single marks in their
#: typographic, straight and typewriter forms, guillemets, CJK corner brackets.
QUOTE_MARKS = frozenset("\"'“”„‟‚‘’‛«»‹›`´＂「」『』❝❞〝〞")
#: Double marks that can be nothing but quotation marks: a voice gold record that leaves one
#: of them out is warned about (single marks may be apostrophes).
_SURE_MARKS = frozenset("\"“”„‟«»＂")
MARK_KINDS = ("speech", "name", "stray")
HALVES = ("dev", "held")
#: The columns of :func:`read_gold`'s table.
GOLD_COLUMNS = ["line", "corpus", "doc_id", "outlet", "lang", "half", "annotator", "text", "annotations"]


@dataclass
class GoldAttributionOwn(GoldAttribution):
    """One attribution of an ``attributions`` gold record: the spans of
    :class:`~framing.evaluate.polnear.GoldAttribution` (``cue`` may be empty: a quotation
    with no cue), the canonical ``speaker``, its ``category`` (a label of the source
    gazetteer, ``""`` where none is given), the ``addressee``, ``direct`` and the ``note``."""

    speaker: str = ""
    category: str = ""
    addressee: str = ""
    direct: bool = False
    note: str = ""

    @property
    def nested(self) -> bool:
        return "nested" in self.note.lower()


@dataclass(frozen=True)
class GoldMark:
    """One pair of quotation marks (``open`` < ``close``), or a stray mark (``open`` == ``close``)."""

    open: int
    close: int
    kind: str
    note: str = ""


@dataclass
class _Corpora:
    """The corpora folder, each corpus file read once (only the records a gold set names are kept)."""

    root: Path
    wanted: dict[str, set[str]]
    _read: dict[str, dict[str, list[dict]]] = field(default_factory=dict)

    def records(self, corpus: str, where: str) -> dict[str, list[dict]]:
        if corpus not in self._read:
            path = (self.root / corpus)
            if not path.is_file():
                raise CorpusError(f"{where}: the corpus {corpus!r} is not in the corpora folder {self.root} "
                                  f"(looked for {path}). Give the folder that holds the shared corpora "
                                  f"(from the repository root: ../shared/corpora) with corpora= (--corpora).")
            keep = self.wanted.get(corpus, set())
            out: dict[str, list[dict]] = {}
            opener = gzip.open if path.name.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8") as fh:
                for line in fh:
                    if not line.strip():
                        continue
                    rec = json.loads(line)
                    if str(rec.get("doc_id")) in keep:
                        out.setdefault(str(rec["doc_id"]), []).append(rec)
            self._read[corpus] = out
        return self._read[corpus]


def gold_kind(record: dict) -> str | None:
    """``"attributions"`` or ``"voice"`` by the record's keys, or None."""
    if "attributions" in record:
        return "attributions"
    if "marks" in record:
        return "voice"
    return None


def _lines(path: Path):
    try:
        raw = path.read_text(encoding="utf-8-sig")  # a BOM: a file saved by Notepad
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such gold file.") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start}); a gold file is JSON Lines in UTF-8.") from None
    # lines end at a line feed only: json.dumps(..., ensure_ascii=False) writes U+2028, U+0085 … as they are
    for n, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{path}, line {n}: not JSON ({exc.msg}, column {exc.colno}).") from None
        if not isinstance(rec, dict):
            raise CorpusError(f"{path}, line {n}: a record is a JSON object (one annotated article a line).")
        yield n, rec


def _spans(value, text: str, where: str, what: str) -> list[tuple[int, int]]:
    if not isinstance(value, list):
        raise CorpusError(f"{where}: {what} must be a list of [start, end] offsets, not {value!r}.")
    out = []
    for span in value:
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(v, int) and not isinstance(v, bool) for v in span)):
            raise CorpusError(f"{where}: {what} must be a list of [start, end] offsets (whole numbers), not {span!r} in it.")
        s, e = span
        if not 0 <= s < e <= len(text):
            raise CorpusError(f"{where}: {what} span [{s}, {e}] is outside the text (0 to {len(text)}) or empty; "
                              f"offsets are Python string indices into the record's text, end exclusive.")
        out.append((s, e))
    return out


def _check_word_edges(items: list, text: str, where: str, lang) -> None:
    """Warn of a cue span that begins or ends inside a word ("сказала" marked
    inside "рассказала": offsets found by searching for the words, landed on a longer
    one), except after a proclitic the language's cue table writes joined to the cue ("و"
    of "وقال")."""
    try:
        from ..cues import cues_of

        proclitics = set(cues_of(lang).proclitics) if lang in languages() else set()
    except LanguageError:  # a language without a cue table: no proclitics
        proclitics = set()
    for k, a in enumerate(items):
        for what, spans in (("cue", a.cue),):  # a source may be a clitic ("ها" of "إنها"): not checked
            for s, e in spans:
                word_start = s
                while word_start > 0 and text[word_start - 1].isalnum():
                    word_start -= 1
                inside = (word_start < s and text[word_start:s] not in proclitics) or (
                    e < len(text) and text[e - 1].isalnum() and text[e].isalnum())
                if inside:
                    m = re.match(r"\w*", text[word_start:])
                    warnings.warn(f"{where}, attribution {k + 1}: the {what} span [{s}, {e}] ({text[s:e]!r}) begins or "
                                  f"ends inside the word {m.group() if m else ''!r}: check its offsets (a span found by "
                                  "searching for its words may have landed inside a longer word).",
                                  FramingWarning, stacklevel=caller_stacklevel())


def _attribution(a, text: str, where: str) -> GoldAttributionOwn:
    if not isinstance(a, dict):
        raise CorpusError(f"{where}: an attribution is a JSON object, not {a!r}.")
    for key in ("cue", "source", "content"):
        if key not in a:
            raise CorpusError(f"{where}: no {key!r} (give [] when there is none).")
    cue = _spans(a["cue"], text, where, "cue")
    speaker = a.get("speaker", "")
    if not isinstance(speaker, str):
        raise CorpusError(f"{where}: speaker must be a string ('' when a reader cannot tell), not {speaker!r}.")
    category = a.get("category", "")
    if not isinstance(category, str):
        raise CorpusError(f"{where}: category must be a string (a label of the source gazetteer, '' for none), "
                          f"not {category!r}.")
    return GoldAttributionOwn(cue=cue, source=_spans(a["source"], text, where, "source"),
                              content=_spans(a["content"], text, where, "content"),
                              cue_text=" ".join(text[s:e] for s, e in cue), speaker=speaker,
                              category=category, addressee=str(a.get("addressee") or ""), direct=bool(a.get("direct", False)),
                              note=str(a.get("note") or ""))


def _marks(value, text: str, where: str) -> list[GoldMark]:
    if not isinstance(value, list):
        raise CorpusError(f"{where}: marks must be a list of {{open, close, kind}} objects.")
    out, seen = [], {}
    for k, m in enumerate(value):
        at = f"{where}, mark {k + 1}"
        if not isinstance(m, dict) or not all(key in m for key in ("open", "close", "kind")):
            raise CorpusError(f"{at}: a mark is an object with open, close and kind, not {m!r}.")
        i, j, kind = m["open"], m["close"], m["kind"]
        if kind not in MARK_KINDS:
            raise CorpusError(f"{at}: kind must be one of {', '.join(MARK_KINDS)}, not {kind!r}.")
        for name, pos in (("open", i), ("close", j)):
            if not isinstance(pos, int) or isinstance(pos, bool) or not 0 <= pos < len(text):
                raise CorpusError(f"{at}: {name} {pos!r} is not an offset into the text (0 to {len(text) - 1}).")
            if text[pos] not in QUOTE_MARKS:
                raise CorpusError(f"{at}: {name} {pos} is {text[pos]!r} ({text[max(0, pos - 15):pos + 15]!r}), "
                                  f"not a quotation mark character; open and close are the offsets of the marks themselves.")
        if kind == "stray" and i != j:
            raise CorpusError(f"{at}: a stray mark has open = close (its offset), not {i} and {j}.")
        if kind != "stray" and not i < j:
            raise CorpusError(f"{at}: a {kind} pair opens before it closes (open < close), not {i} and {j}.")
        for pos in {i, j}:
            if pos in seen:
                warnings.warn(f"{at}: the mark at {pos} is listed twice (also in mark {seen[pos]}); "
                              f"every mark is listed exactly once (gold/README.md).", FramingWarning,
                              stacklevel=caller_stacklevel())
            seen[pos] = k + 1
        out.append(GoldMark(i, j, kind, str(m.get("note") or "")))
    missing = [p for p, ch in enumerate(text) if ch in _SURE_MARKS and p not in seen]
    if missing:
        warnings.warn(f"{where}: {len(missing)} double quotation mark(s) of the text not listed (first at {missing[0]}: "
                      f"{text[max(0, missing[0] - 15):missing[0] + 15]!r}); every mark is listed once, "
                      f"an unpaired one as stray.", FramingWarning, stacklevel=caller_stacklevel())
    return out


def read_gold(path, *, corpora) -> pd.DataFrame:
    """Read a gold file of either kind (``gold/README.md``) against the shared corpora.

    Parameters
    ----------
    path : str or Path
        A gold file: JSON Lines, one annotated article a line, all of one kind —
        ``attributions`` (records with an ``attributions`` list) or ``voice`` (records with
        a ``marks`` list).
    corpora : str or Path
        The folder the records' ``corpus`` paths are relative to (the shared corpora; from
        the repository root ``../shared/corpora``).

    Returns
    -------
    DataFrame
        One row per annotated article, in the file's order: ``line`` (of the gold file),
        ``corpus``, ``doc_id``, ``outlet`` (the record's, else the corpus record's), ``lang``
        (the record's, else the corpus record's, else None), ``half`` (dev or held),
        ``annotator``, ``text`` (as decoded from the corpus), ``annotations`` (a list of
        :class:`GoldAttributionOwn` or of :class:`GoldMark`). ``attrs``: ``kind``
        (``"attributions"`` or ``"voice"``) and ``path``.

    Raises
    ------
    CorpusError
        Naming the gold file, the line and the doc_id: a corpus that is not in the folder, a
        document that is not in its corpus, a text whose SHA-256 is not the record's
        ``text_sha256`` (the corpus changed), offsets outside the text, a mark that is not a
        quotation mark character, a record of the other kind, an article given twice.

    Examples
    --------
    >>> gold = read_gold("gold/attributions/abp.jsonl", corpora="../shared/corpora")  # doctest: +SKIP
    >>> gold.attrs["kind"], gold[["doc_id", "half"]].head(2)  # doctest: +SKIP
    """
    path = Path(path)
    root = Path(corpora)
    if not root.is_dir():
        raise CorpusError(f"{corpora}: no such corpora folder; give the folder that holds the shared corpora "
                          f"(from the repository root: ../shared/corpora).")
    records = list(_lines(path))
    if not records:
        raise CorpusError(f"{path}: no records (one annotated article a line, gold/README.md).")
    wanted: dict[str, set[str]] = {}
    first_line: dict[tuple[str, str], int] = {}
    for n, rec in records:
        for key in ("corpus", "doc_id", "text_sha256", "half"):
            if key not in rec:
                raise CorpusError(f"{path}, line {n}: no {key!r} (gold/README.md lists a record's fields).")
        key = (str(rec["corpus"]), str(rec["doc_id"]))
        if key in first_line:  # scored twice, its attributions would count twice
            raise CorpusError(f"{path}, line {n} (doc_id {key[1]}): the article of line {first_line[key]} again; keep "
                              "one record an article (two annotators' work: a file each, scored apart).")
        first_line[key] = n
        wanted.setdefault(key[0], set()).add(key[1])
    store = _Corpora(root, wanted)
    kind = gold_kind(records[0][1])
    rows = []
    for n, rec in records:
        doc_id, corpus = str(rec["doc_id"]), str(rec["corpus"])
        where = f"{path}, line {n} (doc_id {doc_id})"
        this = gold_kind(rec)
        if this is None:
            raise CorpusError(f"{where}: neither 'attributions' nor 'marks': not a gold record.")
        if this != kind:
            raise CorpusError(f"{where}: a {this} record in a file of {kind} (line {records[0][0]}); one kind a file.")
        if rec["half"] not in HALVES:
            raise CorpusError(f"{where}: half must be one of {', '.join(HALVES)}, not {rec['half']!r}.")
        found = store.records(corpus, where).get(doc_id)
        if not found:
            raise CorpusError(f"{where}: no document {doc_id!r} in the corpus {corpus}.")
        match = next((r for r in found if isinstance(r.get("text"), str)
                      and hashlib.sha256(r["text"].encode("utf-8", "surrogatepass")).hexdigest() == rec["text_sha256"]), None)
        if match is None:
            raise CorpusError(f"{where}: the text of {doc_id!r} in {corpus} is not the text annotated (its SHA-256 "
                              f"differs from text_sha256): the corpus changed, so the offsets cannot be trusted. "
                              f"Annotate the article again, or use the corpus it was annotated on.")
        text = match["text"]
        if kind == "attributions":
            items = rec["attributions"]
            if not isinstance(items, list):
                raise CorpusError(f"{where}: attributions must be a list.")
            items = [_attribution(a, text, f"{where}, attribution {k + 1}") for k, a in enumerate(items)]
            _check_word_edges(items, text, where, rec.get("lang") or match.get("lang"))
        else:
            items = _marks(rec["marks"], text, where)
        rows.append((n, corpus, doc_id, str(rec.get("outlet") or match.get("outlet") or "unknown"),
                     rec.get("lang") or match.get("lang") or None, rec["half"], str(rec.get("annotator") or ""),
                     text, items))
    out = pd.DataFrame(rows, columns=GOLD_COLUMNS)
    out.attrs["kind"] = kind
    out.attrs["path"] = str(path)
    return out


def gold_of(gold, corpora, kind: str, half: str) -> pd.DataFrame:
    """The articles of ``gold`` (a path, read with :func:`read_gold`, or its table) of the
    ``kind`` asked for, in ``half`` (dev, held or all)."""
    if isinstance(gold, pd.DataFrame):
        table = gold
    else:
        if not isinstance(gold, (str, os.PathLike)):
            raise ParameterError(f"a gold set is a gold file's path (gold/attributions/fr.jsonl) or read_gold's table "
                                 f"of one, not {type(gold).__name__} {gold!r}.")
        if corpora is None:
            raise ParameterError("corpora must name the folder of the shared corpora (from the repository root: "
                                 "../shared/corpora) when gold is a file, not None.")
        table = read_gold(gold, corpora=corpora)
    got = table.attrs.get("kind")
    if got != kind:
        raise CorpusError(f"{table.attrs.get('path', 'the gold set')}: a gold set of {got}, not of {kind}; "
                          f"score it with evaluate_{'attributions' if got == 'attributions' else 'voice'}.")
    out = table if half == "all" else table[table["half"] == half]
    out = out.reset_index(drop=True)
    out.attrs.update(table.attrs)
    if out.empty:
        raise CorpusError(f"{table.attrs.get('path', 'the gold set')}: no article in the {half} half.")
    return out


def article_languages(given: str | None, recorded) -> list[str]:
    """The language each article is read in: ``given`` (an option: unknown is an error),
    else the record's (one unknown to framing: English, with one warning for each such
    language, as framing reads a corpus given no language), else English."""
    if given is not None:
        return [get_language(given).code] * len(recorded)
    out, unknown = [], []
    for code in recorded:
        code = code if isinstance(code, str) and code else DEFAULT_LANGUAGE
        try:
            out.append(get_language(code).code)
        except LanguageError:
            out.append(DEFAULT_LANGUAGE)
            if code not in unknown:
                unknown.append(code)
    for code in unknown:
        warnings.warn(f"gold articles in {code!r}: framing has no rules for that language (it has "
                      f"{', '.join(languages())}); they are read with English's, as framing reads a corpus given no "
                      f"language. Pass language= to choose.", FramingWarning, stacklevel=caller_stacklevel())
    return out
