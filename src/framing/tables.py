"""Tables the way a researcher reads them, for notebooks and reports.

Each function takes a table the toolkit made and returns a pandas ``Styler`` (it displays
itself in JupyterLab, and ``.to_html()`` gives the HTML): shares as rounded percentages in a
group × label pivot, counts as whole numbers, text columns left-aligned and wrapped,
keyword-in-context lines aligned on the keyword. The data are not changed: ``.data`` is the
table shown. Every cell, row name, column name and caption is HTML-escaped: markup in an
article's text or an outlet's name (``<img onerror=…>``) shows as text and never runs.
"""

from __future__ import annotations

import html

import pandas as pd

from .errors import FramingError
from .groups import grouping
from .lexicon import readable

#: Classes that tell JupyterLab's math typesetter (MathJax) to leave an element alone: text
#: from articles is not TeX, and two dollar signs in it ("$21 million … $4 million") would
#: be typeset as a formula.
NO_MATH = "tex2jax_ignore mathjax_ignore"

__all__ = ["share_table", "kwic_table", "text_table", "evidence"]

_TEXT = {"text-align": "left", "white-space": "normal"}
_CAPTION = [{"selector": "caption", "props": "caption-side: top; text-align: left; font-weight: bold; font-size: 1.05em;"}]


def _need(data: pd.DataFrame, cols, what: str) -> None:
    missing = [c for c in cols if c not in data.columns]
    if missing:
        raise FramingError(f"{what} needs the column(s) {', '.join(missing)}; this table has {', '.join(map(str, data.columns))}.")


def _escaped(style):
    """Every cell and every row and column name HTML-escaped (later formats of some columns
    keep numbers as numbers); a column name may break after its underscores
    ("attributions_per_1k"), so that a table of many columns fits its cell."""
    return style.format(escape="html").format_index(escape="html", axis=0).format_index(
        lambda name: str(name).replace("_", "_<wbr>"), escape="html", axis=1)


def share_table(data: pd.DataFrame, *, family: str, decimals: int = 0):
    """Each group's share of each label of one family, as a rounded pivot.

    Parameters
    ----------
    data : DataFrame
        From :func:`framing.count_terms`.
    family : str
        The family to show.
    decimals : int
        Decimals of the percentages.

    Returns
    -------
    pandas.io.formats.style.Styler
        Rows: groups; columns: the labels used (lexicon order, display names), then
        ``mentions`` (of the family) and ``articles`` (that mention it). Groups with too few
        mentions or articles are in grey; a group of one article has no interval anywhere.

    Examples
    --------
    >>> import framing
    >>> s = framing.count_terms("seeds", voice="narrator", warn=False)
    >>> t = share_table(s, family="jihadist_name").data
    >>> list(t.columns), int(t.loc["AFP", "mentions"]), round(float(t.loc["AFP", "IS"]), 3)
    (['ISIS', 'IS', 'Islamic State', 'mentions', 'articles'], 6, 0.833)
    """
    _need(data, ["group", "family", "label", "count", "share", "family_count", "family_docs", "too_few"], "share_table")
    d = data[data["family"] == family]
    if d.empty:
        raise FramingError(f"no family {family!r} in the table; families: {', '.join(dict.fromkeys(data['family']))}.")
    names = data.attrs.get("label_names", {})
    used = d.groupby("label", sort=False)["count"].sum()
    labels = [lab for lab in dict.fromkeys(d["label"]) if used[lab] > 0] or list(dict.fromkeys(d["label"]))
    table = d.pivot(index="group", columns="label", values="share").reindex(index=list(dict.fromkeys(d["group"])),
                                                                           columns=labels)
    table.columns = [names.get((family, lab), lab) for lab in labels]
    per_group = d.groupby("group", sort=False).first()
    table["mentions"] = per_group["family_count"].astype("int64")
    table["articles"] = per_group["family_docs"].astype("int64")
    table.index.name = data.attrs.get("by", "group") if isinstance(data.attrs.get("by"), str) else "group"
    shares = table.columns[:-2]
    few = per_group["too_few"].reindex(table.index)
    title = data.attrs.get("family_titles", {}).get(family) or readable(family)
    voice = data.attrs.get("voice", "all")
    caption = html.escape(f"{title}: share of each label ({'all voices' if voice == 'all' else voice + ' voice'})")
    return (_escaped(table.style).format(f"{{:.{decimals}%}}", subset=list(shares), na_rep="–")
            .format("{:,}", subset=["mentions", "articles"])
            .apply(lambda row: ["color: #999" if few.get(row.name, False) else "" for _ in row], axis=1)
            .set_caption(caption + " — grey: too few mentions or articles to compare")
            .set_table_styles(_CAPTION))


def evidence(data: pd.DataFrame, *, n: int = 20, by: str = "outlet", groups=None, corpus=None, seed: int = 0) -> pd.DataFrame:
    """Rows to read as evidence, drawn across groups rather than the first lines of the table.

    Parameters
    ----------
    data : DataFrame
        Rows with a ``doc_id``: attributions (:func:`framing.find_attributions`),
        keyword-in-context lines (:func:`framing.kwic`), mentions.
    n : int
        Rows drawn at most, in turns from each group (a group with fewer rows gives what
        it has and the others fill in), at random within a group.
    by : str or list of str
        The column of ``data`` that names the group (``outlet`` by default), or any
        grouping of ``corpus``'s documents (a metadata column such as ``bias``, ``doc``, a
        period, several keys: as ``by`` of :func:`framing.count_terms`) found by ``doc_id``.
    groups : str or list, optional
        Only the rows of these groups.
    corpus : Corpus or DataFrame, optional
        Where ``by`` is found when ``data`` has no such column.
    seed : int
        The same seed draws the same rows.

    Returns
    -------
    DataFrame
        The rows drawn, with ``group`` as first column, groups in sorted order and each
        group's rows in the table's order; ``attrs["groups"]`` counts the rows of each
        group before the draw.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = pd.DataFrame({"doc_id": list("abcdef"), "outlet": ["X"] * 5 + ["Y"], "match": list("123456")})
    >>> evidence(rows, n=3)[["group", "match"]].values.tolist()
    [['X', '3'], ['X', '5'], ['Y', '6']]
    >>> evidence(rows, n=3, groups="Y")["match"].tolist()
    ['6']
    """
    import numpy as np

    if isinstance(by, str) and by in data.columns:
        labels = data[by]
    elif corpus is not None:
        docs = getattr(corpus, "documents", corpus)
        grp = grouping(by)  # any grouping: a column, "doc", a period, several keys
        labels = data["doc_id"].map(dict(zip(docs["doc_id"], [None if g is None else grp.text(g)
                                                              for g in grp.labels(docs)])))
    else:
        raise FramingError(f"evidence: no column {by!r} in the table ({', '.join(map(str, data.columns))}); pass the "
                           f"corpus (corpus=...) to find {by!r} among its documents.")
    labels = labels.astype(str).where(labels.notna(), "(none)")
    if groups is not None:
        wanted = [groups] if isinstance(groups, str) else list(groups)
        known = set(labels) | _corpus_groups(corpus, by)  # a group of the corpus with no row has none to draw
        unknown = [g for g in wanted if g not in known]
        if unknown:
            where = "in the corpus" if corpus is not None else "in the table"
            raise FramingError(f"evidence: no group {', '.join(map(repr, unknown))} {where}; groups: "
                               f"{', '.join(sorted(known))}.")
        keep = labels.isin(wanted).to_numpy()
        data, labels = data[keep], labels[keep]
    rng = np.random.default_rng(seed)
    positions = {g: rng.permutation(np.flatnonzero((labels == g).to_numpy())) for g in sorted(set(labels))}
    chosen, turn = [], 0
    while len(chosen) < n and any(turn < len(p) for p in positions.values()):
        for p in positions.values():
            if turn < len(p) and len(chosen) < n:
                chosen.append(p[turn])
        turn += 1
    chosen = sorted(chosen, key=lambda i: (labels.iloc[i], i))
    out = data.iloc[chosen].copy()
    out.insert(0, "group", labels.iloc[chosen].to_numpy())
    out.attrs = {**data.attrs, "groups": {g: len(p) for g, p in positions.items()}, "evidence_by": by}
    return out.reset_index(drop=True)


def _corpus_groups(corpus, by) -> set:
    """The groups ``by`` makes of the corpus's documents (none without a corpus)."""
    if corpus is None:
        return set()
    grp = grouping(by)
    return {grp.text(g) for g in grp.labels(getattr(corpus, "documents", corpus)) if g is not None}


def kwic_table(lines: pd.DataFrame, *, n: int | None = None, by: str = "outlet", groups=None, seed: int = 0):
    """Keyword-in-context lines aligned on the keyword, in a fixed-width font, with the
    group of each.

    ``lines`` comes from :func:`framing.kwic`; ``n`` shows ``n`` lines drawn at random in
    turns from each group of ``by`` (:func:`evidence`), not the first lines of the table;
    ``groups`` shows only those groups.
    """
    _need(lines, ["doc_id", "voice", "left", "match", "right"], "kwic_table")
    shown = lines
    if (n is not None or groups is not None) and by in lines.columns:
        shown = evidence(lines, n=len(lines) if n is None else n, by=by, groups=groups, seed=seed).drop(columns=[by])
        shown = shown.rename(columns={"group": by})
    elif n is not None:
        shown = lines.head(n)
    cols = [c for c in (by, "doc_id", "voice", "left", "match", "right") if c in shown.columns]
    # only the context keeps its spaces on one line; a long outlet name wraps in its column
    return (_escaped(shown[cols].style).hide(axis="index")
            .set_properties(subset=["left", "match", "right"], **{"white-space": "pre"})
            .set_properties(subset=["left"], **{"text-align": "right"})
            .set_properties(subset=["match"], **{"text-align": "center", "font-weight": "bold"})
            .set_properties(subset=[c for c in cols if c not in ("left", "match")], **{"text-align": "left"})
            .set_table_styles([{"selector": "td", "props": "font-family: monospace; font-size: 0.9em;"},
                               {"selector": "th", "props": "text-align: left;"}]))


def text_table(data: pd.DataFrame, *, columns=None, n: int | None = None, width: str = "28em"):
    """A table with text in it (attributions, contents): left-aligned, wrapped, counts as
    whole numbers, floats rounded to two decimals."""
    shown = data if columns is None else data[list(columns)]
    if n is not None:
        shown = shown.head(n)
    texts = [c for c in shown.columns if shown[c].dtype == object or str(shown[c].dtype) in ("string", "str")]
    floats = [c for c in shown.columns if pd.api.types.is_float_dtype(shown[c])]
    style = _escaped(shown.style).hide(axis="index").set_properties(subset=texts, **_TEXT)
    # a column with a long unbroken token (a URL) may break anywhere; the others only between
    # words, so that "reported" or "according_to" is never cut in two to narrow its column
    unbroken = [c for c in texts if shown[c].astype(str).str.contains(r"\S{25}").any()]
    if unbroken:
        style = style.set_properties(subset=unbroken, **{"overflow-wrap": "anywhere"})
    if floats:
        style = style.format("{:.2f}", subset=floats, na_rep="–", escape="html")
    style = style.set_table_attributes(f'class="{NO_MATH}"')  # "$21 million … $4 million" is not TeX
    return style.set_table_styles([{"selector": "td", "props": f"max-width: {width}; vertical-align: top;"},
                                   {"selector": "th", "props": "text-align: left;"}])
