"""Load a corpus: a folder of ``.txt`` files, CSV, JSON Lines (``.gz`` too), Parquet or a DataFrame.

Texts are kept exactly as decoded — line endings, non-breaking spaces and quotation marks
untouched — so that every offset the toolkit reports indexes them: ``text[start:end]``
is always the surface that was matched.

Problems in the input never stop the load: each one is warned about
(:class:`~framing.errors.FramingWarning`) and listed in :attr:`Corpus.problems` with what
was done (``kept``, ``skipped``, ``decoded``); files that could not be read are skipped and
the rest goes on. Only problems that leave nothing to score (no such path, no text column)
raise a :class:`~framing.errors.CorpusError`.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import stat
import warnings
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import CorpusError, FramingWarning, caller_stacklevel
from .lang import DEFAULT_LANGUAGE, get_language

__all__ = ["Corpus", "load_corpus", "iter_corpus", "corpus_summary", "resolve_path", "SUPPORTED_FORMATS", "READERS",
           "formats_text"]

#: The files a corpus may be, by the ending of their names: ``(ending, format)``, longest
#: endings first. The list of formats in error messages, the command line's help and
#: :data:`SUPPORTED_FORMATS` are made from it.
READERS = ((".jsonl.gz", "jsonl"), (".ndjson.gz", "jsonl"), (".jsonl", "jsonl"), (".ndjson", "jsonl"),
           (".csv.gz", "csv"), (".csv", "csv"), (".parquet", "parquet"), (".pq", "parquet"))
SUPPORTED_FORMATS = ("folder of .txt files", *(ext for ext, _ in READERS), "pandas DataFrame")


def formats_text() -> str:
    """The formats a corpus path may have, as a sentence ("a folder of .txt files, or a
    .jsonl.gz, … or .pq file")."""
    exts = [ext for ext, _ in READERS]
    return f"a folder of .txt files, or a {', '.join(exts[:-1])} or {exts[-1]} file"
_PROBLEM_COLUMNS = ["source", "doc_id", "line", "problem", "action"]


@dataclass
class Corpus:
    """A loaded corpus.

    Attributes
    ----------
    documents : DataFrame
        One row per document: ``doc_id`` (str, unique), ``outlet`` (str; ``"unknown"``
        where the input names none), ``text`` (str, as decoded), then every other column of
        the input or of ``metadata.csv`` (``date``, ``title`` …).
    problems : DataFrame
        One row per problem met while loading: ``source`` (file), ``doc_id``, ``line``
        (row or line number where it applies), ``problem`` and ``action`` (``kept``,
        ``skipped`` or ``decoded``).
    source : str
        Where the corpus came from.
    language : str
        The code of the documents' language (``"en"``; :func:`framing.lang.languages`):
        whose quotation marks, sentence ends and cue table read them.
    """

    documents: pd.DataFrame
    problems: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=_PROBLEM_COLUMNS))
    source: str = ""
    language: str = DEFAULT_LANGUAGE
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def cached(self, key, compute):
        """``compute()`` once for this corpus and ``key`` (e.g. per-document counts that
        several scores reuse); the answer is kept with the corpus."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def facts(self) -> list:
        """The text facts of every document (:func:`framing.text.analyze`), computed once."""
        from .text import analyze

        key = ("facts", id(self.documents), self.language)
        if key not in self._cache:
            self._cache.clear()  # everything cached was of other documents
            self._cache[key] = [analyze(t, self.language) for t in self.documents["text"]]
        return self._cache[key]

    def titles(self) -> list:
        """Per document, ``(headline, facts)`` for a headline in the ``title`` column that the
        text does not already start with, or None: what is scored as the title part besides
        the text (offsets index the headline; mentions say ``field == "title"``)."""
        from .text import analyze

        key = ("titles", id(self.documents), self.language)
        if key not in self._cache:
            docs = self.documents
            out: list = [None] * len(docs)
            if "title" in docs.columns:
                for i, (title, text, facts) in enumerate(zip(docs["title"], docs["text"], self.facts())):
                    if not isinstance(title, str) or not title.strip():
                        continue
                    if facts.title is not None and " ".join(text[facts.title[0]:facts.title[1]].split()) == " ".join(title.split()):
                        continue  # the text carries the same headline: it is scored there
                    out[i] = (title, analyze(title, self.language))
            self._cache[key] = out
        return self._cache[key]

    def groups(self, by="outlet", **grouping_options) -> list:
        """The groups of ``by`` (as in :func:`framing.count_terms`) that hold documents, sorted:
        the rows a figure per group will have."""
        from .groups import grouping

        g = grouping(by, **grouping_options)
        return sorted({x for x in g.labels(self.documents) if x is not None}, key=g.sort_key)

    def dated(self, date_col: str = "date") -> int:
        """How many documents have a usable date in ``date_col`` (0 when there is no such
        column): whether a table over time can be drawn."""
        from .groups import parse_dates

        if date_col not in self.documents.columns:
            return 0
        return int(parse_dates(self.documents[date_col]).notna().sum())

    def subset(self, *, outlets=None, **columns) -> "Corpus":
        """The documents of some outlets (or of some values of other columns), as a Corpus
        with the same problems and source.

        >>> import pandas as pd
        >>> c = Corpus(pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"], "text": ["", "", ""]}))
        >>> c.subset(outlets=["X"]).documents["doc_id"].tolist(), len(c.subset(outlets=[]))
        (['a', 'c'], 3)

        An empty list keeps everything (a notebook's "all outlets"); a value that no document
        has is an error naming the values there are.
        """
        docs = self.documents
        keep = pd.Series(True, index=docs.index)
        for col, values in ({"outlet": outlets} | columns).items():
            if values is None or (not isinstance(values, str) and len(values) == 0):
                continue
            if col not in docs.columns:
                raise CorpusError(f"cannot subset by {col!r}: the corpus has no such column; columns: "
                                  f"{', '.join(c for c in docs.columns if c != 'text')}.")
            values = [values] if isinstance(values, str) else list(values)
            present = set(docs[col].astype(str))
            missing = [v for v in values if str(v) not in present]
            if missing:
                raise CorpusError(f"no document has {col} {missing[0]!r}; values: {', '.join(sorted(present)[:30])}.")
            keep &= docs[col].astype(str).isin([str(v) for v in values])
        return Corpus(docs[keep].reset_index(drop=True), self.problems, self.source, self.language)

    def __len__(self) -> int:
        return len(self.documents)

    def __repr__(self) -> str:
        outlets = self.documents["outlet"].nunique() if len(self.documents) else 0
        n = len(self.problems)
        found = f", {n} problem{'s' if n != 1 else ''} while loading ({len(self.skipped)} skipped)" if n else ""
        return f"<Corpus {self.source!r}: {len(self)} documents, {outlets} outlets{found}>"

    @property
    def skipped(self) -> pd.DataFrame:
        """The problems whose input was left out (files or rows that could not be read)."""
        return self.problems[self.problems["action"].map(_skips_input)].reset_index(drop=True)


# --------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes) -> tuple[str | None, str, str]:
    """Decode a file's bytes without changing them.

    Returns ``(text, encoding, note)``; ``text`` is None when the bytes are not text.
    A UTF-8 byte-order mark is not part of the text; UTF-16 needs its byte-order mark.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig", ""
        except UnicodeDecodeError:
            pass
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", "decoded as UTF-16"
        except UnicodeDecodeError:
            return None, "", "starts like UTF-16 but does not decode as UTF-16"
    if b"\x00" in data[:8192]:
        return None, "", "binary file (NUL bytes); not text"
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency
        from_bytes = None
    best = from_bytes(data).best() if from_bytes is not None else None
    if best is None or best.encoding is None:
        return None, "", "not UTF-8 and no text encoding fits; not text"
    enc = best.encoding
    if enc in _LATIN_SINGLE_BYTE:
        # on short texts the detector cannot tell Latin code pages apart; cp1252 is by
        # far the most common for scraped Western news, so it wins whenever it decodes
        try:
            data.decode("cp1252")
            enc = "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None, "", f"not UTF-8; detected {enc} but it does not decode"
    if _looks_binary(text):
        return None, "", "binary file (control characters); not text"
    return text, enc, f"not UTF-8; decoded as {enc} (detected)"


_LATIN_SINGLE_BYTE = {
    "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_1", "iso8859_2", "iso8859_3", "iso8859_4",
    "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "mac_roman",
    "mac_latin2", "cp850", "cp437", "cp858",
}


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or 0x7F <= ord(c) < 0xA0)
    return bad / len(sample) > 0.05


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in text[:65536])


# --------------------------------------------------------------------------- sources


def _skips_input(action: str) -> bool:
    """A problem whose document (a file, a line, a repeated record) was left out, as opposed
    to one kept, repaired, or a metadata row with no file."""
    return action == "line skipped" or action.startswith("skipped")


#: How many problems the load warning lists one by one (the command line lists more: it has no
#: ``corpus.problems`` to point to).
PROBLEMS_SHOWN = 5


class Problems:
    """Collects problems, warning about each as it is met."""

    def __init__(self):
        self.rows: list[dict[str, Any]] = []

    def add(self, source: str, doc_id: str | None, line: int | None, problem: str, action: str) -> None:
        self.rows.append(dict(source=source, doc_id=doc_id, line=line, problem=problem, action=action))

    def summarise(self, source: str, shown: int | None = None) -> None:
        """One warning for the whole load: how many problems, how many inputs skipped, the
        first few, and where the rest are."""
        if not self.rows:
            return
        shown = PROBLEMS_SHOWN if shown is None else shown
        n = len(self.rows)
        skipped = sum(_skips_input(r["action"]) for r in self.rows)
        where = "; every one is in corpus.problems" if PROBLEMS_SHOWN < 100 else ""
        lines = [f"{source}: {n} problem{'s' if n > 1 else ''} while loading ({skipped} input{'s' if skipped != 1 else ''} "
                 f"skipped, the rest kept or repaired){where}:"]
        for r in self.rows[:shown]:
            unit = "row" if r["source"].startswith("<") else "line"
            where = r["source"] + (f", {unit} {r['line']}" if r["line"] is not None else "")
            who = f" ({r['doc_id']})" if r["doc_id"] and not r["source"].endswith(f"{r['doc_id']}.txt") else ""
            lines.append(f"  {where}{who}: {r['problem']} — {r['action']}")
        if n > shown:
            lines.append(f"  … and {n - shown} more")
        warnings.warn("\n".join(lines), FramingWarning, stacklevel=caller_stacklevel())

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows, columns=_PROBLEM_COLUMNS)


def _check_text_column(df_columns: Iterable[str], text_col: str, source: str) -> None:
    cols = list(df_columns)
    if text_col not in cols:
        raise CorpusError(
            f"{source}: no text column {text_col!r}. The columns are: {', '.join(map(str, cols)) or '(none)'}. "
            f"Name the text column with text_col= (or --text-col)."
        )


def standardise(df: pd.DataFrame, *, source: str, text_col: str, outlet_col: str, id_col: str,
                 first_row: int, problems: Problems, row_offset_label: str = "row") -> pd.DataFrame:
    """Rename to doc_id / outlet / text, fill what is missing, keep every other column."""
    _check_text_column(df.columns, text_col, source)
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
    df["doc_id"] = df["doc_id"].map(lambda v: "" if _isnull(v) else str(v))
    texts = df["text"].tolist()
    keep = [True] * len(texts)
    for i, (doc_id, t) in enumerate(zip(df["doc_id"], texts)):
        if isinstance(t, (bytes, bytearray)):  # a binary column: decode, never score its repr
            try:
                t = texts[i] = bytes(t).decode("utf-8-sig")
                problems.add(source, doc_id, rows[i], "text stored as bytes", "decoded as UTF-8")
            except UnicodeDecodeError as exc:
                problems.add(source, doc_id, rows[i], f"text stored as bytes that are not UTF-8 ({exc.reason} at byte "
                             f"{exc.start})", "skipped")
                keep[i] = False
                continue
        if _isnull(t):
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
                texts[i] = _SURROGATE_RE.sub("\ufffd", t)
                problems.add(source, doc_id, rows[i], f"lone surrogate (not a character) at position {exc.start}",
                             "replaced with U+FFFD; offsets unchanged")
    df["text"] = texts
    if not all(keep):
        df = df[keep]
        rows = [r for r, k in zip(rows, keep) if k]
    outlets = df["outlet"].tolist()
    for i, o in enumerate(outlets):
        if _isnull(o) or not str(o).strip():
            if outlet_col in rename:
                problems.add(source, df["doc_id"].iat[i], rows[i], f"no outlet in column {outlet_col!r}", "outlet set to 'unknown'")
            outlets[i] = "unknown"
        else:
            outlets[i] = str(o).strip()
    df["outlet"] = outlets
    blank = df["doc_id"] == ""
    if blank.any():
        df.loc[blank, "doc_id"] = [str(rows[i]) for i in range(len(df)) if blank.iat[i]]
    front = ["doc_id", "outlet", "text"]
    return df[front + [c for c in df.columns if c not in front]]


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _isnull(v: Any) -> bool:
    try:
        return v is None or bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _read_metadata(path: Path, problems: Problems) -> pd.DataFrame | None:
    if not path.is_file():
        return None
    try:
        meta = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
        raise CorpusError(f"{path}: cannot read metadata ({exc}). Fix the file or remove it.") from None
    if "doc_id" not in meta.columns:
        raise CorpusError(f"{path}: no 'doc_id' column; the columns are: {', '.join(meta.columns)}. "
                          "metadata.csv needs doc_id (the file name without .txt).")
    dup = meta["doc_id"].duplicated(keep="first")
    for i in dup[dup].index:
        problems.add(str(path), meta.at[i, "doc_id"], int(i) + 2, "duplicate doc_id in metadata", "the first row is used, this one skipped")
    return meta[~dup].set_index("doc_id", drop=False)


def _not_a_document(folder: Path, p: Path) -> str | None:
    """Why a folder entry is not read as a document ("" for the files a corpus folder may hold
    besides its texts: metadata.csv, READMEs, hidden files), or None for a .txt file to read.
    Nothing outside the folder is read: a link that leaves it is listed, not followed."""
    name = p.name
    if name.startswith(".") or name == "metadata.csv" or name.upper().startswith(("README", "LICENSE", "LICENCE")):
        return ""
    if p.is_symlink():
        try:
            target = p.resolve(strict=True)
        except (OSError, RuntimeError):
            return "a link that leads nowhere (broken, or a loop)"
        if folder.resolve() not in target.parents:
            return f"a link to {target}, outside the corpus folder; copy the file in if it belongs to the corpus"
    try:
        mode = p.stat().st_mode
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if stat.S_ISDIR(mode):
        return "a subfolder: a folder corpus is read one level deep"
    if not stat.S_ISREG(mode):
        return "not a regular file (a pipe, socket or device)"
    if p.suffix.lower() != ".txt":
        return "not a .txt file"
    return None


def _printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (which the file system gives Python as
    lone surrogates) written as ``\\xe9``, so the name can be shown, stored and compared."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def _iter_folder(folder: Path, *, chunksize: int, problems: Problems, encoding: str | None) -> Iterator[pd.DataFrame]:
    meta = _read_metadata(folder / "metadata.csv", problems)
    files = []
    for p in sorted(folder.iterdir()):
        why = _not_a_document(folder, p)
        if why is None:
            files.append(p)
        elif why:
            problems.add(_printable(str(p)), None, None, why, "skipped")
    if not files:
        raise CorpusError(f"{folder}: no .txt files in this folder. A folder corpus is one .txt file per document.")
    stems = {_printable(p.stem) for p in files}
    if meta is not None:
        for doc_id in meta.index:
            if doc_id not in stems:
                problems.add(str(folder / "metadata.csv"), doc_id, None, f"no file {doc_id}.txt for this metadata row", "row skipped")
    rows: list[dict[str, Any]] = []
    for p in files:
        doc_id, where = _printable(p.stem), _printable(str(p))
        if doc_id != p.stem:
            problems.add(where, doc_id, None, "the file name is not UTF-8; its other bytes are written as \\x.. in "
                         "doc_id", "read")
        try:
            data = p.read_bytes()
        except OSError as exc:
            problems.add(where, doc_id, None, f"cannot read ({exc.strerror})", "skipped")
            continue
        if encoding:
            try:
                text, enc, note = data.decode(encoding), encoding, ""
            except (UnicodeDecodeError, LookupError) as exc:
                problems.add(where, doc_id, None, f"does not decode as {encoding} ({exc})", "skipped")
                continue
        else:
            text, enc, note = decode_bytes(data)
        if text is None:
            problems.add(where, doc_id, None, note, "skipped")
            continue
        if note:
            problems.add(where, doc_id, None, note, "decoded")
        if _looks_like_html(text):
            problems.add(where, doc_id, None, "HTML, not plain text; extract the article text first", "skipped")
            continue
        if not text.strip():
            problems.add(where, doc_id, None, "empty file", "kept as an empty document")
        row: dict[str, Any] = {"doc_id": doc_id, "outlet": "unknown", "text": text}
        if meta is not None:
            if doc_id in meta.index:
                for col in meta.columns:
                    if col != "doc_id":
                        row[col] = meta.at[doc_id, col]
                row["outlet"] = str(row.get("outlet", "")).strip()
                if not row["outlet"]:
                    row["outlet"] = "unknown"
                    problems.add(str(folder / "metadata.csv"), doc_id, None, "no outlet", "outlet set to 'unknown'")
            else:
                problems.add(where, doc_id, None, "not listed in metadata.csv", "kept with outlet 'unknown'")
        row["path"] = where
        row["encoding"] = enc
        rows.append(row)
        if len(rows) >= chunksize:
            yield pd.DataFrame(rows)
            rows = []
    if rows:
        yield pd.DataFrame(rows)


def _iter_csv(path: Path, *, chunksize: int, problems: Problems, encoding: str | None, **cols) -> Iterator[pd.DataFrame]:
    first = 2  # data rows start on line 2, after the header
    try:
        reader = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[], chunksize=chunksize,
                             encoding=encoding or "utf-8-sig")
        for chunk in reader:
            yield standardise(chunk, source=str(path), first_row=first, problems=problems, **cols)
            first += len(chunk)
    except pd.errors.ParserError as exc:
        raise CorpusError(f"{path}: malformed CSV near data row {first}: {exc}. Quote fields that contain commas or line breaks, then run again.") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not {encoding or 'UTF-8'} text ({exc.reason} at byte {exc.start}); pass encoding= (--encoding) with the file's encoding.") from None
    except pd.errors.EmptyDataError:
        raise CorpusError(f"{path}: the CSV file is empty (no header row).") from None


def _open_text(path: Path, encoding: str | None):
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding=encoding or "utf-8", newline="")
    return open(path, encoding=encoding or "utf-8", newline="")


#: The longest JSON Lines line read (characters): a longer one is skipped and listed, read
#: piece by piece so that memory stays bounded, instead of ending the run in a MemoryError.
MAX_LINE_CHARS = 64_000_000


def _bounded_lines(fh) -> Iterator[str | None]:
    """The lines of ``fh``, each None where it is longer than :data:`MAX_LINE_CHARS`."""
    limit = MAX_LINE_CHARS
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while line and not line.endswith("\n"):  # the rest of the long line, piece by piece
                line = fh.readline(limit + 1)
            yield None
            continue
        yield line


def _iter_jsonl(path: Path, *, chunksize: int, problems: Problems, encoding: str | None, **cols) -> Iterator[pd.DataFrame]:
    records: list[dict[str, Any]] = []
    first = 1
    lineno = 0
    try:
        with _open_text(path, encoding) as fh:
            for lineno, line in enumerate(_bounded_lines(fh), 1):
                if line is None:
                    problems.add(str(path), None, lineno, f"a line longer than {MAX_LINE_CHARS:,} characters (not one "
                                 "article: a file joined into one line?)", "line skipped")
                    continue
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.add(str(path), None, lineno, f"malformed JSON ({exc.msg} at column {exc.colno})", "line skipped")
                    continue
                if not isinstance(rec, dict):
                    problems.add(str(path), None, lineno, "a JSON value that is not an object", "line skipped")
                    continue
                if "\\u" in line and _LONE_SURROGATE_ESCAPE.search(line):
                    rec = _without_surrogates(rec, str(path), lineno, problems)
                rec.setdefault("__line__", lineno)
                records.append(rec)
                if len(records) >= chunksize:
                    yield _jsonl_frame(records, path, problems, **cols)
                    records, first = [], lineno + 1
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as exc:
        if lineno == 0 and not records:
            raise CorpusError(f"{path}: cannot read it ({exc}). Check that the file is complete UTF-8 JSON Lines.") from None
        # a broken or cut stream: what was read before the break is scored, and the break named
        problems.add(str(path), None, lineno + 1, f"the file breaks off after line {lineno} ({type(exc).__name__}: {exc})",
                     "rest of the file skipped; the lines before it are read")
    if records or first == 1:
        yield _jsonl_frame(records, path, problems, **cols)


# "\ud800"-"\udfff" escapes: JSON can spell a lone surrogate, which is not a character (a
# pair of them is one, and json.loads joins it)
_LONE_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _without_surrogates(rec: dict, source: str, lineno: int, problems: Problems) -> dict:
    """The record with every lone surrogate in its text values replaced by U+FFFD (one
    character for one: offsets unchanged), reported once per field."""
    out = {}
    for key, value in rec.items():
        if isinstance(value, str) and not value.isascii():
            m = _SURROGATE_RE.search(value)
            if m is not None:
                problems.add(source, str(rec.get("doc_id", "")) or None, lineno,
                             f"lone surrogate (not a character) in {key!r} at position {m.start()}",
                             "replaced with U+FFFD; offsets unchanged")
                value = _SURROGATE_RE.sub("\ufffd", value)
        out[key] = value
    return out


def _jsonl_frame(records, path, problems, **cols) -> pd.DataFrame:
    df = pd.DataFrame.from_records(records)
    if df.empty:
        _check_text_column([], cols["text_col"], str(path))
    lines = df.pop("__line__").tolist()
    _check_text_column(df.columns, cols["text_col"], str(path))
    # rows are numbered by their line in the file, so messages point at the line
    out = []
    for lo, hi in _runs(lines):
        part = df.iloc[lo:hi]
        out.append(standardise(part, source=str(path), first_row=lines[lo], problems=problems, **cols))
    return pd.concat(out, ignore_index=True) if out else df


def _runs(lines: list[int]) -> Iterator[tuple[int, int]]:
    """Index ranges over which line numbers go up by one (so row = first + offset)."""
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or lines[i] != lines[i - 1] + 1:
            yield start, i
            start = i


def _iter_parquet(path: Path, *, chunksize: int, problems: Problems, encoding: str | None, **cols) -> Iterator[pd.DataFrame]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise CorpusError("reading Parquet needs pyarrow: pip install pyarrow") from None
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own types for broken files
        raise CorpusError(f"{path}: not a readable Parquet file ({exc}).") from None
    names = pf.schema_arrow.names
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise CorpusError(f"{path}: the Parquet file has several columns named {', '.join(map(repr, repeated))}; "
                          "a table needs one column per name. Rename them where the file is written.")
    _check_text_column(names, cols["text_col"], str(path))
    first = 1
    for batch in pf.iter_batches(batch_size=chunksize):
        df = batch.to_pandas()
        yield standardise(df, source=str(path), first_row=first, problems=problems, **cols)
        first += len(df)


def _format_of(path: Path) -> str:
    name = path.name.lower()
    if path.is_dir():
        return "folder"
    for ext, fmt in READERS:
        if name.endswith(ext):
            return fmt
    raise CorpusError(f"{path}: unknown corpus format. Give {formats_text()}.")


def _chunks(source, *, text_col: str, outlet_col: str, id_col: str, chunksize: int, problems: Problems,
            encoding: str | None) -> Iterator[pd.DataFrame]:
    cols = dict(text_col=text_col, outlet_col=outlet_col, id_col=id_col)
    if isinstance(source, pd.DataFrame):
        for lo in range(0, max(len(source), 1), chunksize):
            yield standardise(source.iloc[lo:lo + chunksize], source="<DataFrame>", first_row=lo, problems=problems, **cols)
        return
    path = Path(source)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder. Give {formats_text()}.")
    fmt = _format_of(path)
    if fmt == "folder":
        for df in _iter_folder(path, chunksize=chunksize, problems=problems, encoding=encoding):
            # the folder reader already gives doc_id, outlet and text (and reports problems)
            front = ["doc_id", "outlet", "text"]
            yield df[front + [c for c in df.columns if c not in front]]
    else:
        read = {"csv": _iter_csv, "jsonl": _iter_jsonl, "parquet": _iter_parquet}[fmt]
        yield from read(path, chunksize=chunksize, problems=problems, encoding=encoding, **cols)


def _source_name(source) -> str:
    return "<DataFrame>" if isinstance(source, pd.DataFrame) else str(source)


SPILL_IDS = 200_000
"""How many doc_ids the repeated-id check keeps in memory before it moves them to a SQLite
file in the temporary folder (so memory stays flat in the number of documents)."""


class _SeenIds:
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

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._dir.cleanup()
            self._db = self._dir = None


def _dedupe(df: pd.DataFrame, seen: _SeenIds, problems: Problems, source: str) -> pd.DataFrame:
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


def iter_corpus(source, *, text_col: str = "text", outlet_col: str = "outlet", id_col: str = "doc_id",
                title_col: str = "title", chunksize: int = 1000, encoding: str | None = None,
                fix_mojibake: bool = False, warn: bool = True, language: str | None = None) -> Iterator[Corpus]:
    """Stream a corpus in chunks of at most ``chunksize`` documents (bounded memory).

    Each chunk is a :class:`Corpus` whose ``problems`` are the problems met while reading
    it. Same arguments as :func:`load_corpus`.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"text": ["a", "b", "c"]})
    >>> [len(c) for c in iter_corpus(df, chunksize=2)]
    [2, 1]
    """
    if chunksize < 1:
        raise CorpusError(f"chunksize must be at least 1, not {chunksize}.")
    language = get_language(language).code
    problems = Problems()
    seen = 0
    ids = _SeenIds()
    name = _source_name(source)
    try:
        for df in _chunks(source, text_col=text_col, outlet_col=outlet_col, id_col=id_col, chunksize=chunksize,
                          problems=problems, encoding=encoding):
            df = _dedupe(df, ids, problems, name)
            df = _title_column(df, title_col, text_col)
            _mojibake(df, problems, name, fix_mojibake)
            chunk_problems = problems.frame().iloc[seen:]
            seen = len(problems.rows)
            yield Corpus(df.reset_index(drop=True), chunk_problems.reset_index(drop=True), name, language)
        if len(problems.rows) > seen:
            yield Corpus(pd.DataFrame(columns=["doc_id", "outlet", "text"]), problems.frame().iloc[seen:].reset_index(drop=True),
                         name, language)
    finally:
        ids.close()
        if warn:
            problems.summarise(name)


def _title_column(df: pd.DataFrame, title_col: str, text_col: str) -> pd.DataFrame:
    """The headline column, named ``title`` (scored as the title: :mod:`framing.terms`)."""
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


def _mojibake(df: pd.DataFrame, problems: Problems, source: str, fix: bool) -> None:
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


def load_corpus(source: "str | Path | pd.DataFrame | Corpus", *, text_col: str = "text", outlet_col: str = "outlet",
                id_col: str = "doc_id", title_col: str = "title", encoding: str | None = None,
                fix_mojibake: bool = False, warn: bool = True, chunksize: int = 100_000,
                language: str | None = None) -> Corpus:
    """Load a whole corpus into memory.

    Parameters
    ----------
    source : path, DataFrame or Corpus
        A folder of ``.txt`` files (``doc_id`` = file name without ``.txt``; an optional
        ``metadata.csv`` with a ``doc_id`` column adds ``outlet``, ``date`` and any other
        columns), a ``.csv``, ``.jsonl``, ``.jsonl.gz`` or ``.parquet`` file, or a DataFrame.
    text_col, outlet_col, id_col : str
        Column names in a table input. Without an id column documents are numbered by row
        (CSV: the line number; JSON Lines: the line number; DataFrame: the position).
    title_col : str
        The column of headlines, in a table or in ``metadata.csv`` (kept as ``title``). A
        headline there is scored as the document's title part, with offsets into the
        headline (mentions say ``field == "title"``); when the text starts with the same
        headline, the text's own is scored and the column is not.
    fix_mojibake : bool
        Repair text encoded twice ("AndrÃ©s" → "Andrés") with ftfy's ``fix_encoding``. It is
        reported either way, per document, in ``problems``; without this option the text is
        kept as read.
    encoding : str, optional
        Force one encoding. By default UTF-8 is read (a byte-order mark is dropped) and
        other encodings of ``.txt`` files are detected and reported.
    warn : bool
        Emit one :class:`FramingWarning` summing up the problems met (they are listed in
        ``Corpus.problems`` either way).
    chunksize : int
        Documents read at a time (the whole corpus is returned either way).
    language : str, optional
        The documents' language, a code of :func:`framing.lang.languages` (English,
        ``"en"``, unless given; a Corpus keeps its own unless given).

    Returns
    -------
    Corpus
        ``documents`` with columns ``doc_id, outlet, text`` and the rest of the input.

    Raises
    ------
    CorpusError
        Nothing could be read: no such path, an unknown format, no text column.

    Notes
    -----
    A doc_id seen before with the same text is skipped (it would be counted twice); a
    doc_id seen before with another text is kept as ``ID#2`` (``#3`` …). Both are listed
    in ``problems``.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = load_corpus(pd.DataFrame({"source": ["AFP"], "body": ["The army said so."]}),
    ...                      text_col="body", outlet_col="source")
    >>> corpus.documents[["doc_id", "outlet", "text"]].values.tolist()
    [['0', 'AFP', 'The army said so.']]
    """
    if isinstance(source, Corpus):
        if language is None or get_language(language).code == source.language:
            return source
        return Corpus(source.documents, source.problems, source.source, get_language(language).code)
    chunks = list(iter_corpus(source, text_col=text_col, outlet_col=outlet_col, id_col=id_col, title_col=title_col,
                              chunksize=chunksize, encoding=encoding, fix_mojibake=fix_mojibake, warn=warn,
                              language=language))
    frames = [c.documents for c in chunks if len(c.documents)]
    docs = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["doc_id", "outlet", "text"])
    probs = [c.problems for c in chunks if len(c.problems)]
    problems = pd.concat(probs, ignore_index=True) if probs else pd.DataFrame(columns=_PROBLEM_COLUMNS)
    return Corpus(docs, problems, _source_name(source), get_language(language).code)


def as_corpus(source, **kwargs) -> Corpus:
    """A Corpus from a Corpus, a DataFrame or a path (the argument every function takes);
    an option that is not one of :func:`load_corpus`'s is refused, also for a Corpus."""
    from ._runner import check_load

    check_load(kwargs)
    if isinstance(source, Corpus):
        return load_corpus(source, language=kwargs["language"]) if kwargs.get("language") else source
    return load_corpus(source, **kwargs)


def group_labels(docs: pd.DataFrame, by="outlet", **grouping_options) -> pd.Series:
    """The group of each document as text (``"unknown"`` where the value is missing, several
    keys joined by " · ", ``None`` where a time bin has no date); a clear error when the
    corpus has no such column. Every table groups this way (:mod:`framing.groups`)."""
    from .groups import grouping

    g = grouping(by, **grouping_options)
    return pd.Series([None if v is None else g.text(v) for v in g.labels(docs)], index=docs.index, dtype=object)


def resolve_path(path, *, what: str = "corpus", hint: str = "", create: bool = False) -> Path:
    """``path`` if it exists, else the same path one folder up (notebooks run in
    ``notebooks/``, the command line at the project root); a clear error otherwise.

    With ``create=True`` (an output folder) a missing folder is made — at the project root
    (the folder holding ``pyproject.toml``, here or one up) when there is one.

    Examples
    --------
    >>> resolve_path("no/such/corpus.csv", what="FA-KES corpus")
    Traceback (most recent call last):
    ...
    framing.errors.CorpusError: FA-KES corpus not found at no/such/corpus.csv (nor at ../no/such/corpus.csv).
    """
    p = Path(path)
    if p.exists():
        return p
    up = Path("..") / p
    if not p.is_absolute() and up.exists():
        return up
    if create:
        target = up if (not p.is_absolute() and not Path("pyproject.toml").exists()
                        and Path("../pyproject.toml").exists()) else p
        target.mkdir(parents=True, exist_ok=True)
        return target
    raise CorpusError(f"{what} not found at {p}" + ("" if p.is_absolute() else f" (nor at {up})") + "." + (f" {hint}" if hint else ""))


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
    from .groups import grouping
    from .text import count_tokens

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
