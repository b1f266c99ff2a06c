"""Validation by people: draw a sample of the automatic coding, have it coded, report precision and agreement.

What a reviewer asks before trusting automatic coding: how often is it right, and do people
agree on what "right" is? The loop:

1. :func:`validation_sample` draws a stratified random sample of mentions (from
   :func:`framing.find_mentions`) or attributions (from :func:`framing.find_attributions`)
   and :func:`write_coding_sheet` writes it as a CSV sheet: each row shows the document, the
   sentence, a keyword-in-context window and the prediction, with empty verdict columns whose
   allowed values are written in the sheet's header lines (``#`` lines before the table).
2. Each coder fills in a copy (``verdict``: ``correct``, ``wrong`` or ``unsure``; their name in
   ``coder``), in a spreadsheet or a text editor.
3. :func:`validation_report` reads the coded sheets and reports precision per label (or per
   speaker category) and per outlet, with 95% Wilson intervals, and the agreement of coders who
   coded the same rows: Krippendorff's alpha (the ``krippendorff`` package) and Cohen's kappa
   for every pair of coders (scikit-learn). A sheet that lost a column is refused; a row edited
   out of shape — a verdict outside the allowed values, a row whose text no longer matches its
   document — is left out and named with the reason, and the rest is reported. Sheets are
   written spreadsheet-safe (a cell starting with ``= + - @`` gets a quote) and read back as
   spreadsheets save them (encodings, separators, quoting: :func:`read_coding_sheet`).
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ._io import is_stream, spreadsheet_safe, spreadsheet_unescape, write_text
from ._params import Interval, validate_params
from ._record import note_file
from ._sentences import split_sentences
from .corpus import as_corpus
from .corpus.decoding import decode_spreadsheet_text, spreadsheet_separator
from .errors import FramingError, FramingWarning
from .text import paragraphs

__all__ = ["validation_sample", "write_coding_sheet", "read_coding_sheet", "validation_report", "ValidationReport", "preview",
           "VERDICTS", "SHEET_VERSION"]

#: Allowed values of the verdict columns (an empty cell: not coded yet).
VERDICTS = ("correct", "wrong", "unsure")
SHEET_VERSION = "framing coding sheet 1"

_MENTION_COLUMNS = ["item", "doc_id", "outlet", "family", "label", "voice", "start", "end", "left", "match", "right",
                    "sentence", "check", "verdict", "coder", "note"]
_ATTRIBUTION_COLUMNS = ["item", "doc_id", "outlet", "speaker", "speaker_category", "cue", "kind", "start", "end", "left",
                        "match", "right", "content", "sentence", "check", "verdict", "category_verdict", "coder", "note"]
_QUESTIONS = {
    "mentions": {
        "verdict": "Does [match] refer to what its family and label say (e.g. the Syrian state, called 'regime')?",
    },
    "attributions": {
        "verdict": "Is this an attribution, and is [match] (the speaker) the one who says or claims the content?",
        "category_verdict": "Is speaker_category right for this speaker? (leave empty when verdict is wrong)",
    },
}


def _check(doc_id, start, end, match) -> str:
    """A short fingerprint of what a row points at: editing the row's document, offsets or
    text makes it disagree, and the report refuses the row. It starts with a letter (``k``),
    so no spreadsheet takes it for a number: sheets written before that have the ten hex
    digits alone, which a spreadsheet may have turned into a number (:func:`_check_agrees`)."""
    return "k" + _digest(doc_id, start, end, match)


def _digest(doc_id, start, end, match) -> str:
    return hashlib.sha1(f"{doc_id}\x1f{int(start)}\x1f{int(end)}\x1f{match}".encode()).hexdigest()[:10]


def _check_agrees(cell: str, doc_id, start, end, match) -> bool:
    """Whether a sheet's ``check`` cell is the fingerprint of its row: as written now
    (``k`` + ten hex digits), as written before (ten hex digits), or the number a
    spreadsheet made of the old form ("0492102312" → 492102312, "12e4" → 120000 or 1.2E+05,
    to the digits it shows)."""
    digest = _digest(doc_id, start, end, match)
    cell = str(cell).strip()
    if cell in (f"k{digest}", digest):
        return True
    try:
        expected, got = float(digest), float(cell.replace(",", "."))
    except ValueError:
        return False
    if not (np.isfinite(expected) and np.isfinite(got)):
        return False
    shown = len(re.sub(r"[^0-9]", "", re.split(r"[eE]", cell)[0]).lstrip("0")) or 1  # significant digits shown
    return abs(expected - got) <= 0.5 * 10.0 ** (-shown + 1) * max(abs(expected), 1e-300) or expected == got


def _sentence_around(text: str, start: int) -> str:
    for ps, pe in paragraphs(text):
        if ps <= start < pe:
            for s, e in split_sentences(text, ps, pe):
                if s <= start < e:
                    return " ".join(text[s:e].split())
            return " ".join(text[ps:pe].split())
    return ""


@validate_params(n=Interval(1, whole=True, text="a whole number of rows per stratum (1 or more)"),
                 width=Interval(0, whole=True, text="a whole number of characters (0 or more)"))
def validation_sample(table: pd.DataFrame, corpus, *, n: int = 20, by=("label",), seed: int = 0,
                      width: int = 60) -> pd.DataFrame:
    """A stratified random sample of the automatic coding, as a coding sheet to fill in.

    Parameters
    ----------
    table : DataFrame
        Mentions (:func:`framing.find_mentions`) or attributions
        (:func:`framing.find_attributions`) of ``corpus``. Mentions in a headline of the
        corpus' title column (``field == "title"``) are left out: the sheet shows the text.
    corpus : Corpus, DataFrame or path
        The corpus the table was made from (for sentences and context windows).
    n : int
        Rows drawn per stratum (all of a stratum's rows when it has fewer).
    by : str or list of str
        Columns of ``table`` whose combinations are the strata: ``["label", "outlet"]`` draws
        ``n`` of each label in each outlet (for attributions, e.g. ``"speaker_category"``).
    seed : int
        The same seed draws the same sample.
    width : int
        Characters of context on each side of the match.

    Returns
    -------
    DataFrame
        The sheet: ``item`` (1, 2, …), the row's document, prediction, offsets
        (``start``/``end`` of the mention, or of the speaker), ``left``/``match``/``right``,
        ``sentence``, ``check`` (a fingerprint of the row), and the empty columns ``verdict``,
        ``coder``, ``note`` (and ``category_verdict`` for attributions). Rows are shuffled, so
        a coder does not see the strata in order. ``attrs["kind"]`` is ``mentions`` or
        ``attributions``.

    Examples
    --------
    >>> import framing
    >>> corpus = framing.load_corpus("seeds")
    >>> sheet = validation_sample(framing.find_mentions(corpus), corpus, n=2, by="label", seed=1)
    >>> sheet.attrs["kind"], sheet[["label", "match"]].iloc[0].tolist()
    ('mentions', ['Raqqa', 'Raqqa'])
    """
    kind = _kind_of(table)
    by = [by] if isinstance(by, str) else list(by)
    missing = [c for c in by if c not in table.columns]
    if missing:
        raise FramingError(f"cannot stratify by {', '.join(missing)}: the table has no such column; columns: "
                           f"{', '.join(table.columns)}.")
    if kind == "mentions" and "field" in table.columns:
        # the sheet shows and checks the text at the offsets: mentions in a title column's
        # headline (offsets into the headline) are not offered
        table = table[table["field"] != "title"]
    if table.empty:
        raise FramingError("the table is empty: there is nothing to validate.")
    corpus = as_corpus(corpus, warn=False) if not hasattr(corpus, "documents") else corpus
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    unknown = sorted(set(table["doc_id"]) - set(texts))
    if unknown:
        raise FramingError(f"the table has rows of document {unknown[0]!r}, which is not in the corpus: pass the corpus "
                           "the table was made from.")
    rng = np.random.default_rng(seed)
    picked = []
    for _, stratum in table.groupby(by, sort=True, dropna=False):
        take = min(n, len(stratum))
        picked.append(stratum.iloc[np.sort(rng.choice(len(stratum), size=take, replace=False))])
    sample = pd.concat(picked).iloc[rng.permutation(sum(len(p) for p in picked))]
    rows = []
    for r in sample.to_dict("records"):
        text = texts[r["doc_id"]]
        s, e = (r["start"], r["end"]) if kind == "mentions" else (r["speaker_start"], r["speaker_end"])
        if pd.isna(s):  # an attribution with no speaker span ("according to reports"): show the cue
            s, e = r["cue_start"], r["cue_end"]
        if pd.isna(s):  # neither speaker nor cue (a quotation that goes on, its speaker not named): the quotation
            s, e = r.get("content_start"), r.get("content_end")
        if s is None or pd.isna(s):
            continue  # no span to show (a table with its offsets removed)
        s, e = int(s), int(e)
        row = dict(doc_id=r["doc_id"], outlet=r["outlet"], start=s, end=e,
                   left=" ".join(text[max(0, s - width):s].split()), match=text[s:e],
                   right=" ".join(text[e:e + width].split()), sentence=_sentence_around(text, s),
                   check=_check(r["doc_id"], s, e, text[s:e]), verdict="", coder="", note="")
        if kind == "mentions":
            row.update(family=r["family"], label=r["label"], voice=r["voice"])
        else:
            row.update({c: "" if pd.isna(r[c]) else r[c] for c in ("speaker", "speaker_category", "cue", "kind", "content")},
                       category_verdict="")  # a row read back from a file has NaN where no speaker or cue is
        rows.append(row)
    columns = _MENTION_COLUMNS if kind == "mentions" else _ATTRIBUTION_COLUMNS
    sheet = pd.DataFrame(rows, columns=[c for c in columns if c != "item"])
    sheet.insert(0, "item", range(1, len(sheet) + 1))
    sheet = sheet[columns].reset_index(drop=True)
    sheet.attrs.update(kind=kind, by=by, n=n, seed=seed)
    return sheet


def _kind_of(table: pd.DataFrame) -> str:
    if {"family", "label", "start", "end"} <= set(table.columns):
        return "mentions"
    if {"speaker", "speaker_category", "speaker_start", "cue_start"} <= set(table.columns):
        return "attributions"
    raise FramingError("validation_sample takes the table of framing.find_mentions or framing.find_attributions; "
                       f"this one has columns {', '.join(map(str, table.columns))}.")


def write_coding_sheet(sheet: pd.DataFrame, path, *, overwrite: bool = False, inputs: tuple = ()) -> Path:
    """Write a sheet from :func:`validation_sample` as CSV: header lines starting with ``#``
    (what to code, the allowed values), then the table. Written whole or not at all.

    An existing file is refused unless ``overwrite=True`` (``--force``); a sheet that has been
    coded (a verdict, a coder or a note filled in) is refused even then: writing a new sample
    over it would delete the coders' verdicts. ``inputs`` (the corpus) are never written over."""
    kind = sheet.attrs.get("kind") or ("mentions" if "family" in sheet.columns else "attributions")
    lines = [f"# {SHEET_VERSION}: {kind}",
             "# Fill in one copy per coder. Put your name in 'coder' on every row you code; leave a row's verdict empty "
             "to skip it.",
             "# Do not edit doc_id, start, end, match or check: the report refuses a row whose text no longer matches."]
    for col, question in _QUESTIONS[kind].items():
        lines.append(f"# {col}: {' | '.join(VERDICTS)} — {question}")
    buf = io.StringIO()
    spreadsheet_safe(sheet).to_csv(buf, index=False)  # a doc_id "=1+1" stays text in a spreadsheet
    path = Path(path)
    _refuse_coded(path)
    write_text("\n".join(lines) + "\n" + buf.getvalue(), path, newline="", overwrite=overwrite, inputs=inputs,
               table=sheet)
    return path


def _refuse_coded(path: Path) -> None:
    """Refuse to write over a coding sheet whose verdicts have been filled in."""
    if not path.is_file() or is_stream(path):
        return
    try:
        coded = read_coding_sheet(path)
    except (FramingError, OSError, ValueError):
        return  # not a sheet that reads: no verdicts to lose (the overwrite rule decides)
    filled = [c for c in ("verdict", "category_verdict", "coder", "note") if c in coded.columns]
    n = int((coded[filled] != "").any(axis=1).sum()) if filled else 0
    if n:
        raise FramingError(f"{path}: is a coded sheet ({n} row{'s' if n != 1 else ''} with verdicts, coders or notes "
                           "filled in); writing a new sample over it would delete the coders' verdicts. Choose another "
                           "name (the coded sheet is read with `framing validate report`).")


def read_coding_sheet(source, *, corpus=None) -> pd.DataFrame:
    """Read and check a coded sheet (a path or a DataFrame).

    A sheet saved by a spreadsheet is read as it comes: UTF-8 with or without a byte-order
    mark, UTF-16 (Excel's "Unicode Text"), cp1252 (Excel's "CSV"); separated by ``,``, ``;``
    (European Excel) or tabs (found from the header row); text cells quoted or not; header
    lines kept as ``#`` lines even when quoted or followed by empty cells; the quote that
    :func:`write_coding_sheet` puts before a cell starting with ``= + - @`` removed; a
    ``check`` a spreadsheet turned into a number recognised where its digits allow.

    A missing column refuses the sheet. A row that does not check — a verdict outside
    :data:`VERDICTS`, ``start``/``end`` that are not whole numbers, a ``doc_id``/``start``/
    ``end``/``match`` that no longer agree with its ``check``, and — when ``corpus`` is given
    — a ``match`` that is not the text at its offsets — is left out, and a warning names the
    sheet, every such item and the reason; the rest is kept (``attrs["refused"]``: item and
    reason). When no row is left the sheet is refused with the same list.
    A ``category_verdict`` on a row whose ``verdict`` is ``wrong`` is not counted (there is
    no speaker whose category to judge), and a warning names the items.
    """
    name = "<table>" if isinstance(source, pd.DataFrame) else str(source)
    if isinstance(source, pd.DataFrame):
        df = source.copy()
        kind = df.attrs.get("kind")
    else:
        df, kind = _read_sheet_file(Path(source))
        note_file("coding sheet", name, path=source)  # a report's manifest names the sheets it read
    if kind not in ("mentions", "attributions"):
        kind = "mentions" if "family" in df.columns else "attributions"
    columns = _MENTION_COLUMNS if kind == "mentions" else _ATTRIBUTION_COLUMNS
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise FramingError(f"{name}: the sheet has lost column(s) {', '.join(missing)}; write it again with "
                           "write_coding_sheet or restore them (the columns are: " + ", ".join(columns) + ").")
    df = df.fillna("")
    for col in ("verdict", "category_verdict", "coder", "note"):
        if col in df.columns:
            df[col] = df[col].astype(str).str.strip()
    df["verdict"] = df["verdict"].str.lower()
    if "category_verdict" in df.columns:
        df["category_verdict"] = df["category_verdict"].str.lower()
    texts = None
    if corpus is not None:
        corpus = as_corpus(corpus, warn=False) if not hasattr(corpus, "documents") else corpus
        texts = dict(zip(corpus.documents["doc_id"].astype(str), corpus.documents["text"]))
    refused = [(r.item, reason) for r in df.itertuples(index=False) if (reason := _row_problem(r, texts))]
    if refused:
        listing = "; ".join(f"item {item}: {reason}" for item, reason in refused[:20])
        more = f"; and {len(refused) - 20} more" if len(refused) > 20 else ""
        if len(refused) == len(df):
            if texts is not None and all(reason.endswith("is not in the corpus given") for _, reason in refused):
                absent = sorted(set(df["doc_id"].astype(str)))
                raise FramingError(f"{name}: none of the {len(absent)} documents its {len(df)} rows code is in the "
                                   f"corpus given ({', '.join(map(repr, absent[:3]))}{' …' if len(absent) > 3 else ''}):"
                                   " a sheet drawn from another corpus? Report it with the corpus it was drawn from (in "
                                   "notebook 06, list your own coders' copies in coded_sheets).")
            raise FramingError(f"{name}: no row of the sheet checks — {listing}{more}.")
        warnings.warn(f"{name}: {len(refused)} of {len(df)} rows left out — {listing}{more}; the other rows are "
                      "reported.", FramingWarning, stacklevel=2)
        bad = {str(item) for item, _ in refused}
        df = df[~df["item"].astype(str).isin(bad)].reset_index(drop=True)
    if "category_verdict" in df.columns:
        df = _without_moot_categories(df, name)
    df.attrs["kind"] = kind
    df.attrs["source"] = name
    df.attrs["refused"] = pd.DataFrame(refused, columns=["item", "reason"])
    return df


def _without_moot_categories(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """``df`` with the category verdicts of rows coded wrong emptied (a wrong attribution has
    no speaker whose category to judge: the sheet asks to leave them empty), and a warning."""
    moot = (df["verdict"] == "wrong") & (df["category_verdict"] != "")
    if moot.any():
        items = ", ".join(map(str, df.loc[moot, "item"].head(10))) + (" …" if moot.sum() > 10 else "")
        warnings.warn(f"{name}: {int(moot.sum())} row(s) coded wrong also have a category_verdict (items {items}); a "
                      "wrong attribution has no speaker whose category to judge, so those are not counted in the "
                      "category's precision (the sheet says: leave it empty when verdict is wrong).",
                      FramingWarning, stacklevel=3)
        df = df.copy()
        df.loc[moot, "category_verdict"] = ""
    return df


def _read_sheet_file(path: Path) -> tuple[pd.DataFrame, str | None]:
    """The table of a sheet file and the kind its first header line names."""
    if not path.exists():
        raise FramingError(f"coding sheet not found: {path}.")
    text, encoding = decode_spreadsheet_text(path.read_bytes())
    header, body = [], text.splitlines(keepends=True)
    while body and (body[0].lstrip().lstrip('"').startswith("#") or not body[0].strip(" \t,;\r\n")):
        header.append(body.pop(0))
    kind = None
    if header and SHEET_VERSION in header[0]:
        kind = header[0].split(":", 1)[1].strip().strip('",;\t ').strip() or None
    if not body:
        raise FramingError(f"{path}: no table after its header lines.")
    sep = spreadsheet_separator(body[0])
    try:
        df = pd.read_csv(io.StringIO("".join(body)), sep=sep, dtype=str, keep_default_na=False, index_col=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise FramingError(f"{path}: not a readable table after its header lines (read as {encoding}, separated by "
                           f"{'tabs' if sep == chr(9) else repr(sep)}): {exc}.") from None
    df.columns = [str(c).strip() for c in df.columns]
    df = df[(df != "").any(axis=1)]  # rows a spreadsheet left empty
    for col in df.columns:
        df[col] = spreadsheet_unescape(df[col])
    return df.reset_index(drop=True), kind


def _row_problem(r, texts: dict | None) -> str:
    """Why a sheet's row cannot be reported ("" when it can)."""
    for col in ("verdict", "category_verdict"):
        v = getattr(r, col, "")
        if v not in ("", *VERDICTS):
            return f"{col} {v!r} is not one of {', '.join(VERDICTS)} (or empty, not coded)"
    try:
        start, end = int(float(r.start)), int(float(r.end))
    except (TypeError, ValueError):
        return f"start/end {r.start!r}/{r.end!r} are not whole numbers; the row was edited"
    if not _check_agrees(r.check, r.doc_id, start, end, r.match):
        return (f"doc_id, start, end or match was edited (it no longer matches its check {r.check!r}); restore the row "
                "from the sheet as written")
    if texts is not None:
        text = texts.get(str(r.doc_id))
        if text is None:
            return f"document {r.doc_id!r} is not in the corpus given"
        if text[start:end] != r.match:
            return (f"the text at {start}–{end} of {r.doc_id} is {text[start:end]!r}, not {r.match!r}: the sheet does "
                    "not belong to this corpus, or the document changed")
    return ""


@dataclass
class ValidationReport:
    """What :func:`validation_report` finds.

    Attributes
    ----------
    precision : DataFrame
        ``what, value, outlet, correct, wrong, unsure, coded, precision, low, high``: per label
        (mentions) or speaker category (attributions) and for every item together
        (``value == "(all)"``), overall (``outlet == "all"``) and per outlet; ``what`` says which verdict (``verdict`` or ``category_verdict``);
        ``precision = correct / (correct + wrong)`` with its 95% Wilson interval; ``unsure``
        verdicts are counted and left out.
    agreement : DataFrame
        ``what, coders, items, percent_agreement, krippendorff_alpha, cohen_kappa``: one row
        per pair of coders (over the items both coded) and, with three coders or more, one for
        all of them together (``cohen_kappa`` NaN there). Empty with one coder.
    items : DataFrame
        One row per item: the consensus verdict (the majority of its coders; a tie is
        ``unsure``) and how many coders coded it.
    """

    precision: pd.DataFrame
    agreement: pd.DataFrame
    items: pd.DataFrame

    def _repr_html_(self) -> str:
        """In a notebook: overall precision and agreement (the per-outlet rows stay in
        ``precision``)."""
        scope = self.precision.columns[2] if len(self.precision.columns) > 2 else "outlet"
        overall = self.precision[self.precision[scope] == "all"].drop(columns=[scope])
        fmt = {"index": False, "float_format": lambda v: f"{v:.3f}"}
        agreement = (self.agreement.to_html(**fmt) if len(self.agreement)
                     else "<p>One coder: agreement needs two coders or more on the same items.</p>")
        return (f"<h4>Precision, all {scope}s (per {scope}: <code>report.precision</code>)</h4>" + overall.to_html(**fmt)
                + "<h4>Agreement between coders</h4>" + agreement)


def preview(sheet: pd.DataFrame, *, rows: int | None = 10) -> pd.DataFrame:
    """A sheet's rows as a coder reads them: item, outlet, the prediction and the keyword in
    context (the sheet itself keeps every column)."""
    kind = sheet.attrs.get("kind") or ("mentions" if "family" in sheet.columns else "attributions")
    predicted = ["family", "label"] if kind == "mentions" else ["speaker", "speaker_category", "cue", "kind"]
    out = sheet[["item", "outlet", *predicted, "left", "match", "right"]]
    return out if rows is None else out.head(rows)


def validation_report(*sheets, corpus=None, by: str = "outlet") -> ValidationReport:
    """Precision of the automatic coding and agreement between coders, from coded sheets.

    Parameters
    ----------
    *sheets : paths or DataFrames
        Coded sheets from :func:`write_coding_sheet` (one per coder, or one with several
        coders' rows); rows of the same ``item`` and ``check`` are the same item.
    corpus : optional
        Check each row's text against its document too.
    by : str
        A column of the sheet to break precision down by, besides the overall figure
        (default ``outlet``).

    Returns
    -------
    ValidationReport
    """
    from sklearn.metrics import cohen_kappa_score
    from statsmodels.stats.proportion import proportion_confint

    if not sheets:
        raise FramingError("validation_report needs at least one coded sheet.")
    frames = [read_coding_sheet(s, corpus=corpus) for s in sheets]
    kinds = {f.attrs["kind"] for f in frames}
    if len(kinds) > 1:
        raise FramingError("the sheets mix mentions and attributions; report them separately.")
    kind = kinds.pop()
    # each sheet's attrs hold a table (refused rows): pandas compares attrs when it concatenates,
    # and two sheets of one name (two DataFrames, one file twice) would make that comparison raise
    df = pd.concat([_without_attrs(f) for f in frames], ignore_index=True)
    if by not in df.columns:
        raise FramingError(f"cannot break precision down by {by!r}: the sheet has no such column.")
    df["coder"] = df["coder"].where(df["coder"] != "", "(unnamed)")
    df["key"] = df["item"].astype(str) + ":" + df["check"].astype(str)
    value_col = "label" if kind == "mentions" else "speaker_category"
    questions = ["verdict"] + (["category_verdict"] if kind == "attributions" else [])
    dup = df[df["verdict"] != ""].duplicated(["key", "coder"], keep=False)
    if dup.any():
        r = df[df["verdict"] != ""][dup].iloc[0]
        if r["coder"] == "(unnamed)" and len(frames) > 1:
            raise FramingError(f"item {r['item']} is coded in more than one sheet with no name in 'coder'; put each "
                               "coder's name in 'coder' on the rows they coded (or give a sheet only once).")
        raise FramingError(f"item {r['item']} is coded twice by coder {r['coder']!r}; keep one row per coder and item.")
    precision_rows, agreement_rows, item_rows = [], [], []
    for q in questions:
        coded = df[df[q] != ""]
        if coded.empty:
            continue
        consensus = coded.groupby("key").agg(item=("item", "first"), value=(value_col, "first"), group=(by, "first"),
                                             coders=("coder", "nunique"), verdict=(q, _majority))
        item_rows.append(consensus.assign(what=q).reset_index(drop=True))
        for scope, part in [("all", consensus)] + [(g, consensus[consensus.group == g])
                                                    for g in sorted(consensus.group.unique(), key=str)]:
            cells = [("(all)", part)] if scope == "all" else []
            for value, cell in cells + list(part.groupby("value", sort=True)):
                c = int((cell.verdict == "correct").sum())
                w = int((cell.verdict == "wrong").sum())
                u = int((cell.verdict == "unsure").sum())
                low, high = proportion_confint(c, c + w, method="wilson") if c + w else (np.nan, np.nan)
                precision_rows.append((q, value, scope, c, w, u, c + w + u, c / (c + w) if c + w else np.nan, low, high))
        wide = coded.pivot_table(index="key", columns="coder", values=q, aggfunc="first")
        coders = list(wide.columns)
        if len(coders) > 2:  # all coders together (with two, the pair's row says it all)
            agreement_rows.append((q, ", ".join(map(str, coders)), *_agreement(wide, coders), np.nan))
        if len(coders) >= 2:
            for i, a in enumerate(coders):
                for b in coders[i + 1:]:
                    both = wide[[a, b]].dropna()
                    kappa = cohen_kappa_score(both[a], both[b]) if len(both) and (both[a].nunique() > 1
                                                                                   or both[b].nunique() > 1) else np.nan
                    items, pct, alpha = _agreement(wide[[a, b]], [a, b])
                    agreement_rows.append((q, f"{a}, {b}", items, pct, alpha, kappa))
    precision = pd.DataFrame(precision_rows, columns=["what", "value", by if by != "value" else "group", "correct", "wrong",
                                                      "unsure", "coded", "precision", "low", "high"])
    agreement = pd.DataFrame(agreement_rows, columns=["what", "coders", "items", "percent_agreement", "krippendorff_alpha",
                                                      "cohen_kappa"])
    items = pd.concat(item_rows, ignore_index=True) if item_rows else pd.DataFrame()
    for t in (precision, agreement, items):
        t.attrs.update(kind=kind, sheets=[f.attrs["source"] for f in frames])
    return ValidationReport(precision, agreement, items)


def _without_attrs(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy(deep=False)
    out.attrs = {}
    return out


def _majority(verdicts: pd.Series) -> str:
    counts = verdicts.value_counts()
    top = counts[counts == counts.max()]
    return top.index[0] if len(top) == 1 else "unsure"


def _agreement(wide: pd.DataFrame, coders: list) -> tuple:
    """Items coded by two coders or more, the share of those on which all agree, and
    Krippendorff's alpha (nominal) over every item coded by at least two."""
    import krippendorff

    multi = wide[coders][wide[coders].notna().sum(axis=1) >= 2]
    if multi.empty:
        return 0, np.nan, np.nan
    same = multi.apply(lambda row: row.dropna().nunique() == 1, axis=1)
    codes = {v: i for i, v in enumerate(VERDICTS)}
    data = np.array([[codes.get(v, np.nan) if isinstance(v, str) else np.nan for v in multi[c]] for c in coders], dtype=float)
    values = np.unique(data[~np.isnan(data)])
    alpha = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal") if len(values) > 1 else np.nan
    return len(multi), float(same.mean()), float(alpha) if not pd.isna(alpha) else np.nan
