"""The one preparation of a chunk of documents, shared by local loading and Dask.

Every reader of tables passes its rows through :func:`standardise` (columns ``doc_id``,
``outlet``, ``text``; missing values and bad text reported); then :func:`prepare_chunk` does the
rest for every chunk, read here or on a Dask worker: the repeated-id check (first
occurrence kept; a different text under a used id kept as ``ID#2``), the title column and
mojibake. Locally the repeated-id check runs as the chunks come (:class:`SeenIds`, which
moves to a SQLite file past :data:`SPILL_IDS` ids); under Dask the client decides it once
over every partition's ids (:func:`framing.dask`) and each partition applies the decisions
(:class:`DecidedIds`) — the same decisions, so the same documents.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from typing import Any

import pandas as pd

from ..errors import CorpusError
from .checks import missing_column
from .decoding import SURROGATE_RE
from .model import Problems

__all__ = ["standardise", "prepare_chunk", "SeenIds", "DecidedIds", "dedupe", "title_column", "mojibake", "SPILL_IDS",
           "check_text_column", "isnull"]

# tables framing returns, told apart by their columns: given where a corpus is asked for, they have
# no text column, and naming one (their 'content' or 'sentence') would score the wrong text
_OUTPUT_TABLES = [({"speaker", "cue", "content"}, "attributions, as framing.find_attributions returns"),
                  ({"family", "label", "surface", "start", "end"}, "mentions, as framing.find_mentions returns"),
                  ({"group", "family", "label", "count"}, "term counts, as framing.count_terms returns")]


def check_text_column(df_columns: Iterable[str], text_col: str, source: str) -> None:
    cols = list(df_columns)
    if not cols:  # not one key or header: a file with no line, or blank lines only
        raise CorpusError(f"{source}: the file holds no document (no line, or blank lines only). Check that it is the "
                          "corpus you meant, or the export cut short.")
    if text_col not in cols:
        made = next((what for need, what in _OUTPUT_TABLES if need <= set(cols)), None)
        if made is not None:
            raise CorpusError(f"{source}: a table of {made}, not a corpus (it has no text column {text_col!r}); give "
                              "the corpus it was made from (its path, or the table with the articles' text).")
        raise CorpusError(
            f"{source}: no text column {text_col!r}. The columns are: {', '.join(map(str, cols)) or '(none)'}. "
            f"Name the text column with text_col= (or --text-col)."
        )


def standardise(df: pd.DataFrame, *, source: str, text_col: str, outlet_col: str, id_col: str,
                 first_row: int, problems: Problems, row_offset_label: str = "row") -> pd.DataFrame:
    """Rename to doc_id / outlet / text, fill what is missing, keep every other column."""
    check_text_column(df.columns, text_col, source)
    _check_columns(df.columns, source=source, outlet_col=outlet_col, id_col=id_col, problems=problems)
    df = df.copy()
    rename = {text_col: "text"}
    if outlet_col in df.columns:
        rename[outlet_col] = "outlet"
    if id_col in df.columns:
        rename[id_col] = "doc_id"
    # a column already called "text"/"outlet"/"doc_id" that is not the chosen one would clash
    for target, src in (("text", text_col), ("outlet", outlet_col), ("doc_id", id_col)):
        if target in df.columns and src != target and src in df.columns:
            df = df.rename(columns={target: f"{target}_original"})
    df = df.rename(columns=rename)
    rows = range(first_row, first_row + len(df))
    if "doc_id" not in df.columns:
        df.insert(0, "doc_id", [str(r) for r in rows])
    if "outlet" not in df.columns:
        df["outlet"] = "unknown"
    df["doc_id"] = _ids(df["doc_id"].tolist(), rows, problems, source)
    texts, keep = _texts(df["doc_id"], df["text"].tolist(), rows, problems, source)
    df["text"] = texts
    if not all(keep):
        df = df[keep]
        rows = [r for r, k in zip(rows, keep) if k]
    outlets = df["outlet"].tolist()
    for i, o in enumerate(outlets):
        if isnull(o) or not str(o).strip():
            if outlet_col in rename:
                problems.add(source, df["doc_id"].iat[i], rows[i], f"no outlet in column {outlet_col!r}", "outlet set to 'unknown'")
            outlets[i] = "unknown"
        else:
            outlets[i] = _as_text(o, "outlet", df["doc_id"].iat[i], rows[i], problems, source).strip()
    df["outlet"] = outlets
    blank = df["doc_id"] == ""
    if blank.any():
        df.loc[blank, "doc_id"] = [str(rows[i]) for i in range(len(df)) if blank.iat[i]]
    front = ["doc_id", "outlet", "text"]
    return df[front + [c for c in df.columns if c not in front]]


def _check_columns(columns, *, source: str, outlet_col: str, id_col: str, problems: Problems) -> None:
    """A column option naming a column the table lacks is an error listing its columns; a
    file with no outlet column at all (the default name, absent) is one problem for the
    whole corpus."""
    columns = list(columns)
    if id_col != "doc_id" and id_col not in columns:
        raise missing_column(source, id_col, "id_col", "--id-col", columns)
    if outlet_col not in columns:
        if outlet_col != "outlet":
            raise missing_column(source, outlet_col, "outlet_col", "--outlet-col", columns)
        if source.startswith("<"):  # a DataFrame made in code: its maker knows it has no outlets
            return
        problems.add_once(("no outlet column", source), source, None, None,
                          f"no outlet column 'outlet' (the columns are: {', '.join(map(str, columns))})",
                          "every document's outlet is 'unknown'; name the outlet column with outlet_col= (--outlet-col)")


def _as_text(v: Any, column: str, doc_id: str | None, row: int, problems: Problems, source: str) -> str:
    """An id or outlet cell as text that can be written: bytes decoded (their bytes that are
    not UTF-8 written as ``\\xe9``), a lone surrogate replaced by U+FFFD; either reported."""
    if isinstance(v, (bytes, bytearray)):
        v = bytes(v).decode("utf-8", "backslashreplace")
        problems.add(source, doc_id if column != "doc_id" else v, row, f"{column} stored as bytes", "decoded as UTF-8")
    v = v if isinstance(v, str) else str(v)
    if not v.isascii():
        m = SURROGATE_RE.search(v)
        if m is not None:
            v = SURROGATE_RE.sub("\ufffd", v)
            problems.add(source, doc_id if column != "doc_id" else v, row,
                         f"lone surrogate (not a character) in {column} at position {m.start()}", "replaced with U+FFFD")
    return v


def _ids(values: list, rows, problems: Problems, source: str) -> list[str]:
    """The doc_id column as text ("" where missing): see :func:`_as_text`."""
    return ["" if isnull(v) else v if isinstance(v, str) and v.isascii() else _as_text(v, "doc_id", None, r, problems, source)
            for v, r in zip(values, rows)]


def _texts(doc_ids, texts: list, rows, problems: Problems, source: str) -> tuple[list, list[bool]]:
    """The text column as text: bytes decoded, nulls empty, lone surrogates replaced; which
    rows to keep (values that are no text are not)."""
    keep = [True] * len(texts)
    for i, (doc_id, t) in enumerate(zip(doc_ids, texts)):
        if isinstance(t, (bytes, bytearray)):  # a binary column: decode, never score its repr
            try:
                t = texts[i] = bytes(t).decode("utf-8-sig")
                problems.add(source, doc_id, rows[i], "text stored as bytes", "decoded as UTF-8")
            except UnicodeDecodeError as exc:
                problems.add(source, doc_id, rows[i], f"text stored as bytes that are not UTF-8 ({exc.reason} at byte "
                             f"{exc.start})", "skipped")
                keep[i] = False
                continue
        if isnull(t):
            problems.add(source, doc_id, rows[i], "no text (null)", "kept as an empty document")
            texts[i] = ""
        elif not isinstance(t, str):
            problems.add(source, doc_id, rows[i], f"the text column holds a value of type {type(t).__name__} here, not text",
                         "skipped")
            keep[i] = False
        elif not t.strip():
            problems.add(source, doc_id, rows[i], "empty text", "kept as an empty document")
        elif not t.isascii():
            try:
                t.encode("utf-8")
            except UnicodeEncodeError as exc:  # a lone surrogate ("\ud800" in JSON): not a character
                texts[i] = SURROGATE_RE.sub("\ufffd", t)
                problems.add(source, doc_id, rows[i], f"lone surrogate (not a character) at position {exc.start}",
                             "replaced with U+FFFD; offsets unchanged")
    return texts, keep


def isnull(v: Any) -> bool:
    try:
        return v is None or bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


SPILL_IDS = 200_000
"""How many doc_ids the repeated-id check keeps in memory before it moves them to a SQLite
file in the temporary folder (so memory stays flat in the number of documents)."""


class SeenIds:
    """doc_id → (hash of its text, copies seen so far), for the repeated-id check.

    Up to :data:`SPILL_IDS` ids live in a dict; past that they move to a SQLite table in a
    temporary file (exact ids, not hashes of them: nothing can collide), read and written a
    chunk at a time. :meth:`close` removes the file."""

    def __init__(self):
        self._mem: dict[str, tuple[int, int]] | None = {}
        self._db = None
        self._dir = None

    def lookup(self, keys) -> dict[str, tuple[int, int]]:
        if self._mem is not None:
            return {k: self._mem[k] for k in keys if k in self._mem}
        keys, found = list(keys), {}
        for i in range(0, len(keys), 500):  # SQLite takes a bounded number of parameters
            part = keys[i:i + 500]
            rows = self._db.execute(f"SELECT doc_id, text_hash, copies FROM ids WHERE doc_id IN ({','.join('?' * len(part))})",
                                    part)
            found.update((k, (h, c)) for k, h, c in rows)
        return found

    def store(self, items: dict[str, tuple[int, int]]) -> None:
        if self._mem is not None:
            self._mem.update(items)
            if len(self._mem) > SPILL_IDS:
                self._spill()
        elif items:
            self._db.executemany("INSERT OR REPLACE INTO ids VALUES (?, ?, ?)", ((k, h, c) for k, (h, c) in items.items()))

    def _spill(self) -> None:
        import sqlite3
        import tempfile

        self._dir = tempfile.TemporaryDirectory(prefix="framing-ids-")
        self._db = sqlite3.connect(os.path.join(self._dir.name, "ids.sqlite"))
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute("CREATE TABLE ids (doc_id TEXT PRIMARY KEY, text_hash INTEGER, copies INTEGER) WITHOUT ROWID")
        mem, self._mem = self._mem, None
        self.store(mem)

    def dedupe(self, df: pd.DataFrame, problems: Problems, source: str) -> pd.DataFrame:
        """:func:`dedupe` of ``df`` against every id seen so far."""
        return dedupe(df, self, problems, source)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._dir.cleanup()
            self._db = self._dir = None


def dedupe(df: pd.DataFrame, seen: SeenIds, problems: Problems, source: str) -> pd.DataFrame:
    """Repeated doc_ids: the same text again is skipped (not counted twice); a different
    text under a used id is kept under ``ID#2``, ``ID#3`` … Both are reported."""
    keep = []
    new_ids = df["doc_id"].tolist()
    earlier = seen.lookup(set(new_ids))
    ids: dict[str, tuple[int, int]] = {}  # this chunk's entries, stored at the end

    def entry(key):
        if key in ids:
            return ids[key]
        return earlier[key] if key in earlier else seen.lookup([key]).get(key)

    for i, (doc_id, text) in enumerate(zip(new_ids, df["text"])):
        h = hash(text)
        first = entry(doc_id)
        if first is None:
            ids[doc_id] = (h, 1)
            keep.append(True)
            continue
        first_hash, copies = first
        if h == first_hash:
            problems.add(source, doc_id, None, "the same doc_id and text as an earlier document", "skipped, so it is not counted twice")
            keep.append(False)
            continue
        copies += 1
        ids[doc_id] = (first_hash, copies)
        new_id = f"{doc_id}#{copies}"
        while entry(new_id) is not None:
            copies += 1
            new_id = f"{doc_id}#{copies}"
        ids[new_id] = (h, 1)
        problems.add(source, doc_id, None, "doc_id used before, with a different text", f"kept as {new_id}")
        new_ids[i] = new_id
        keep.append(True)
    seen.store(ids)
    if all(keep) and new_ids == df["doc_id"].tolist():
        return df
    df = df.copy()
    df["doc_id"] = new_ids
    return df[keep]


def title_column(df: pd.DataFrame, title_col: str, text_col: str, source: str = "") -> pd.DataFrame:
    """The headline column, named ``title`` (scored as the title: :mod:`framing.terms`); a
    ``title_col`` other than ``"title"`` that the corpus lacks is an error listing its columns."""
    if title_col not in ("title", text_col) and title_col not in df.columns and len(df.columns):
        raise missing_column(source, title_col, "title_col", "--title-col", [c for c in df.columns if c != "text"])
    if title_col == "title" or title_col not in df.columns or title_col == text_col:
        return df
    if "title" in df.columns:
        df = df.rename(columns={"title": "title_original"})
    return df.rename(columns={title_col: "title"})


# Text that was UTF-8, read as Windows-1252 or Latin-1 ("AndrÃ©s", "regimeâ€™s"): a lead byte
# seen as "Â"…"ß" before a continuation byte's character, or "â€". A cheap first look; ftfy decides.
_MOJIBAKE_RE = re.compile("[\u00c2-\u00df][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                          "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
                          "|\u00e2\u20ac")


# the characters most mojibake starts with: UTF-8 lead bytes of Latin-1 (Â, Ã), general
# punctuation (â: curly quotes, dashes), Greek and Cyrillic (Î, Ï, Ð, Ñ) read as cp1252
_MOJIBAKE_LEADS = "\u00c2\u00c3\u00e2\u00ce\u00cf\u00d0\u00d1"


def mojibake(df: pd.DataFrame, problems: Problems, source: str, fix: bool) -> None:
    """Report (and with ``fix``, repair with ftfy's ``fix_encoding``) text encoded twice."""
    texts = df["text"].tolist()
    changed = False
    for i, (doc_id, t) in enumerate(zip(df["doc_id"], texts)):
        # plain ASCII, or none of the usual lead characters: no need for the pattern (0.4 s on 23 MB)
        if t.isascii() or not any(c in t for c in _MOJIBAKE_LEADS):
            continue
        m = _MOJIBAKE_RE.search(t)
        if m is None:
            continue
        from ftfy.badness import is_bad

        window = t[max(0, m.start() - 40):m.end() + 40]
        if not is_bad(window) and not is_bad(t):
            continue
        w = re.search(r"\S*$", t[max(0, m.start() - 20):m.start()]).group() + re.match(r"\S*", t[m.start():m.start() + 20]).group()
        if fix:
            from ftfy import fix_encoding

            texts[i] = fix_encoding(t)
            changed = True
            problems.add(source, doc_id, None, f"mojibake (UTF-8 read as another encoding, e.g. {w!r})",
                         "repaired with ftfy (fix_mojibake)")
        else:
            problems.add(source, doc_id, None, f"mojibake (UTF-8 read as another encoding, e.g. {w!r})",
                         "kept as it is; fix_mojibake=True (--fix-mojibake) repairs it")
    if changed:
        df["text"] = texts


class DecidedIds:
    """The repeated-id check decided beforehand (by the Dask client, over every partition):
    ``{row: new doc_id, or None to leave the row out}`` for the rows it changes, rows
    counted after :func:`standardise`. Its problems were reported where it was decided."""

    def __init__(self, decisions: dict[int, str | None] | None = None):
        self.decisions = decisions or {}

    def dedupe(self, df: pd.DataFrame, problems: Problems, source: str) -> pd.DataFrame:
        if not self.decisions:
            return df
        ids = df["doc_id"].tolist()
        keep = [True] * len(ids)
        for row, new_id in self.decisions.items():
            if new_id is None:
                keep[row] = False
            else:
                ids[row] = new_id
        df = df.copy()
        df["doc_id"] = ids
        return df[keep]


def prepare_chunk(df: pd.DataFrame, *, ids: "SeenIds | DecidedIds", problems: Problems, source: str, text_col: str,
            title_col: str, fix_mojibake: bool) -> pd.DataFrame:
    """A standardised chunk made ready to score: repeated ids (``ids.dedupe``), the title
    column named ``title``, mojibake reported (and repaired with ``fix_mojibake``). The
    one step local loading (:func:`framing.corpus.iter_corpus`) and Dask both call."""
    df = ids.dedupe(df, problems, source)
    df = title_column(df, title_col, text_col, source)
    mojibake(df, problems, source, fix_mojibake)
    return df.reset_index(drop=True)
