"""One article as a reader sees it, with what `framing` found in it.

:func:`show` renders an article with every lexicon mention highlighted by family (its label
in a tooltip), quoted passages marked, speakers and cues underlined, and the attributions
listed as speaker → cue → content with the speaker's category — the way displaCy shows
entities. In a notebook the result displays itself; :meth:`ArticleView.save` (and
``framing show CORPUS DOC_ID -o article.html``) writes it as a standalone HTML page.

Every character of the article is escaped: an article can never inject markup or script.
"""

from __future__ import annotations

import bisect
import difflib
import html
import warnings
from dataclasses import dataclass

import pandas as pd

from ._io import write_text
from .corpus import as_corpus
from .errors import FramingError, FramingWarning, caller_stacklevel
from .lang import LanguageError, text_direction
from .lexicon import EXAMPLE_LEXICON, gazetteer_for, load_lexicon
from .sources import find_attributions
from .tables import NO_MATH
from .terms import find_mentions

__all__ = ["show", "ArticleView"]

# colour-blind-safe colours (Okabe & Ito), light enough to read black text on
_PALETTE = ["#f4c77d", "#9fd3f0", "#7fd6b9", "#f3ee8f", "#8fb8e0", "#f0b38a", "#e0b2cf", "#c9c9c9"]

_CSS = """
.framing-article { font: 15px/1.6 Georgia, 'Times New Roman', serif; max-width: 46em; color: #222; }
.framing-article h2 { font: bold 20px/1.3 sans-serif; margin: 0 0 .2em; }
.framing-article .meta { font: 13px sans-serif; color: #555; margin-bottom: .8em; }
.framing-article .text { white-space: pre-wrap; }
.framing-article mark { padding: 0 1px; border-radius: 3px; color: inherit; }
.framing-article .quote { background: #eef3ff; font-style: italic; }
.framing-article .name-in-marks { border-bottom: 1px dashed #7a8cc0; }
.framing-article .speaker { border-bottom: 2px solid #333; font-weight: bold; }
.framing-article .cue { border-bottom: 2px dotted #c00; }
.framing-article .boilerplate { color: #999; }
.framing-article .legend { font: 13px sans-serif; margin: .6em 0; }
.framing-article .legend mark { margin-right: .6em; }
.framing-article table { border-collapse: collapse; font: 13px sans-serif; margin-top: .8em; }
.framing-article th, .framing-article td { text-align: start; vertical-align: top; padding: 3px 8px;
  border-bottom: 1px solid #ddd; }
.framing-article td.content { max-width: 32em; }
"""


@dataclass
class ArticleView:
    """An article rendered with its mentions and attributions (see :func:`show`).

    ``mentions`` and ``attributions`` are the rows shown (the tables of
    :func:`framing.find_mentions` and :func:`framing.find_attributions` for this article);
    ``html`` is the fragment a notebook displays; ``lang`` and ``dir`` are the article's
    language code and direction (``rtl`` for Arabic, Hebrew, Persian, Urdu …), set on the
    fragment and on a saved page."""

    doc_id: str
    html: str
    mentions: pd.DataFrame
    attributions: pd.DataFrame
    lang: str = "en"
    dir: str = "ltr"

    def _repr_html_(self) -> str:
        return self.html

    def save(self, path) -> str:
        """Write a standalone HTML page (whole or not at all); returns the path."""
        page = (f"<!DOCTYPE html>\n<html lang=\"{html.escape(self.lang)}\" dir=\"{self.dir}\"><head><meta charset=\"utf-8\">"
                f"<title>{html.escape(self.doc_id)}</title></head><body>\n{self.html}\n</body></html>\n")
        write_text(page, path)
        return str(path)


def show(corpus, doc_id, *, lexicon=EXAMPLE_LEXICON, gazetteer=None, families=None, attributions: bool = True,
         include_boilerplate: bool = True, **load) -> ArticleView:
    """Render one article with its mentions, quotations and attributions.

    Parameters
    ----------
    corpus : Corpus, DataFrame or path
    doc_id : str or None
        The document to show (None: the one with the most mentions of the lexicon).
    lexicon : str or Lexicon
        Whose mentions to highlight (one colour per family).
    gazetteer : str or Lexicon, optional
        Source categories for the attributions (default: the one the lexicon names, else
        ``news``: :func:`framing.gazetteer_for`).
    families : list of str, optional
        Highlight only these families (default: all).
    attributions : bool
        Find and show the attributions (speakers and cues are underlined in the text).
    include_boilerplate : bool
        Show trailing boilerplate greyed out, with any mentions in it (default True).

    Returns
    -------
    ArticleView
        Displays itself in a notebook; ``.save("article.html")`` writes a page.

    Examples
    --------
    >>> import framing
    >>> view = framing.show("seeds", "003_54b5a6c5e0f96119")
    >>> view.mentions["label"].head(3).tolist(), "<script" in view.html
    (['regime', 'Deir e-Zor', 'Islamic State'], False)
    """
    corpus = as_corpus(corpus, **load)
    docs = corpus.documents
    if doc_id is None:  # the article with the most mentions
        m = find_mentions(corpus, lexicon=lexicon)
        if m.empty and docs.empty:
            raise FramingError("the corpus has no document to show.")
        if m.empty:  # a lexicon that does not fit the corpus: an article without marks, not a stopped notebook
            doc_id = docs["doc_id"].iat[0]
            warnings.warn(f"no document of the corpus has a mention of the lexicon: the first one ({doc_id}) is shown; "
                          "name another with doc_id.", FramingWarning, stacklevel=caller_stacklevel())
        else:
            doc_id = m["doc_id"].value_counts(sort=True).index[0]
    doc_id = str(doc_id)
    aside = corpus.set_aside
    if doc_id not in set(docs["doc_id"]) and aside is not None and doc_id in set(aside["doc_id"]):
        # a repeat (or copy) that scores leave out is still an article to read
        corpus = as_corpus(corpus, duplicates="keep", copy="all")
        docs = corpus.documents
    if doc_id not in set(docs["doc_id"]):
        close = difflib.get_close_matches(doc_id, docs["doc_id"].tolist(), n=3, cutoff=0.5)
        hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        raise FramingError(f"no document {doc_id!r} in the corpus ({len(docs)} documents).{hint}")
    one = corpus.subset(doc_id=[doc_id])
    lex = load_lexicon(lexicon)
    if families is not None:
        unknown = [f for f in families if f not in lex.families]
        if unknown:
            raise FramingError(f"no family {unknown[0]!r} in lexicon {lex.name!r}; families: {', '.join(lex.families)}.")
    mentions = find_mentions(one, lexicon=lex, include_boilerplate=include_boilerplate)
    if families is not None:
        mentions = mentions[mentions["family"].isin(families)].reset_index(drop=True)
    atts = pd.DataFrame()
    if attributions:
        try:
            atts = find_attributions(one, gazetteer=gazetteer_for(lex, gazetteer), include_boilerplate=include_boilerplate)
        except LanguageError as exc:  # a language with no cue table or speaker words: the article without them
            warnings.warn(f"no attributions shown: {exc}", FramingWarning, stacklevel=caller_stacklevel())
            attributions = False
    row = one.documents.iloc[0]
    facts = one.facts()[0]
    title = one.titles()[0]
    colours = {f: _PALETTE[i % len(_PALETTE)] for i, f in enumerate(families or lex.families)}
    lang, direction = _language_of(row, corpus.language)
    # article text is not TeX: JupyterLab would typeset "$21 million … $4 million" as math
    parts = [f'<div class="framing-article {NO_MATH}" lang="{html.escape(lang)}" dir="{direction}">', f"<style>{_CSS}</style>"]
    if title is not None:
        parts.append(f"<h2>{_marked(title[0], _marks(mentions[mentions['field'] == 'title'], None, title[1], lex, colours))}</h2>")
    meta = [f"<b>{html.escape(str(row['outlet']))}</b>", html.escape(doc_id)]
    if "date" in row.index and isinstance(row["date"], str) and row["date"].strip():
        meta.append(html.escape(row["date"]))
    parts.append(f'<div class="meta">{" · ".join(meta)}</div>')
    used = [f for f in colours if f in set(mentions["family"])]
    if used:
        parts.append('<div class="legend">' + "".join(
            f'<mark style="background:{colours[f]}">{html.escape(lex.family_title(f))}</mark>' for f in used) + "</div>")
    text_mentions = mentions[mentions["field"] == "text"]
    parts.append(f'<div class="text">{_marked(row["text"], _marks(text_mentions, atts, facts, lex, colours))}</div>')
    if attributions:
        parts.append(_attribution_table(atts))
    parts.append("</div>")
    return ArticleView(doc_id, "\n".join(parts), mentions, atts, lang, direction)


def _language_of(row: pd.Series, language: str) -> tuple[str, str]:
    """The document's language code (a ``language`` or ``lang`` column of the corpus, else
    the corpus's) and its direction: ``rtl`` when the language is written right to left, or
    when most of the text's letters are (an Arabic text read with the default language)."""
    code = language
    for col in ("language", "lang"):
        if col in row.index and isinstance(row[col], str) and row[col].strip():
            code = row[col].strip()
            break
    direction = text_direction(language=code)
    if direction == "ltr":
        direction = text_direction(str(row["text"]))
    return code, direction


def _marks(mentions: pd.DataFrame, atts, facts, lex, colours) -> list:
    """``(start, end, open_tag, close_tag)`` for everything to mark in one text."""
    out = []
    for q in facts.quotes:
        out.append((q.start, q.end, '<span class="quote">', "</span>"))
    for q in getattr(facts, "names", ()):
        out.append((q.start, q.end, '<span class="name-in-marks" title="a name in marks: the narrator&#x27;s words">',
                    "</span>"))
    if facts.boilerplate:
        out.append((facts.boilerplate[0][0], facts.length, '<span class="boilerplate" title="boilerplate: not scored">',
                    "</span>"))
    names = lex.display_names()
    for r in mentions.itertuples(index=False):
        label = names.get((r.family, r.label), r.label)
        tip = html.escape(f"{lex.family_title(r.family)}: {label} ({r.voice})", quote=True)
        out.append((r.start, r.end, f'<mark style="background:{colours.get(r.family, "#ddd")}" title="{tip}">', "</mark>"))
    if atts is not None and len(atts):
        for r in atts.itertuples(index=False):
            if pd.notna(r.speaker_start):
                tip = html.escape(f"speaker: {r.speaker_canonical} ({r.speaker_category})", quote=True)
                out.append((int(r.speaker_start), int(r.speaker_end), f'<span class="speaker" title="{tip}">', "</span>"))
            if pd.notna(r.cue_start) and r.cue_end > r.cue_start:
                tip = html.escape(f"cue: {r.cue} ({r.kind})", quote=True)
                out.append((int(r.cue_start), int(r.cue_end), f'<span class="cue" title="{tip}">', "</span>"))
    return out


def _marked(text: str, marks: list) -> str:
    """The escaped text with every mark applied. The text is cut at every mark's edges and
    each piece wrapped in the marks that cover it, so overlapping marks never produce
    badly nested tags.

    One pass over the pieces: the marks are sorted once by start and those open at a piece
    kept aside (in the order given, the first outermost), so the time grows with the marks
    and the pieces, not with their product."""
    cuts = sorted({0, len(text)} | {s for s, _, _, _ in marks} | {e for _, e, _, _ in marks})
    starts = sorted(range(len(marks)), key=lambda i: marks[i][0])
    open_, k = [], 0  # indices of the marks that began at or before the piece, in the order given
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        while k < len(starts) and marks[starts[k]][0] <= a:
            bisect.insort(open_, starts[k])
            k += 1
        open_ = [i for i in open_ if b <= marks[i][1]]  # a mark ends at a cut: once past, never again
        piece = html.escape(text[a:b], quote=False)
        for i in reversed(open_):
            piece = marks[i][2] + piece + marks[i][3]
        pieces.append(piece)
    return "".join(pieces)


def _attribution_table(atts: pd.DataFrame) -> str:
    if atts is None or not len(atts):
        return "<p class=\"meta\">No attribution found.</p>"
    rows = []
    for r in atts.itertuples(index=False):
        cue = r.cue or "(continues the quotation before)"
        rows.append("<tr>" + "".join(f"<td{cls} dir=\"auto\" style=\"text-align:start\">{html.escape(str(v), quote=False)}</td>" for cls, v in [
            ("", r.speaker_canonical), ("", r.speaker_category), ("", f"{cue}{' †' if r.distancing else ''}"),
            ("", r.kind.replace("_", " ")), (' class="content"', r.content)]) + "</tr>")
    head = "".join(f'<th style="text-align:start">{h}</th>' for h in ("speaker", "category", "cue", "kind", "content"))
    return (f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            "<p class=\"meta\">† a cue that keeps the reporter's distance (claimed, alleged …).</p>")
