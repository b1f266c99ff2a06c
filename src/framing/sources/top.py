"""Whom each group quotes: the most quoted people and organisations of each outlet (or any
grouping), each counted once under all the names the articles give them."""

from __future__ import annotations

import re
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

from .._mixed import score_cues
from .._params import JOBS, POSITIVE, validate_params
from .._runner import map_corpus
from ..cues import CueTable
from ..errors import FramingWarning, caller_stacklevel
from ..groups import PERIOD, Grouping, grouping
from ..lexicon import Lexicon, gazetteer_for, load_lexicon
from .attributions import ATTRIBUTION_COLUMNS, chunk_rows
from .clause_words import clause_words_of, rules_of
from .id_links import linked_shapes
from .people import id_kind, link_surnames
from .words import words_of

__all__ = ["top_sources", "TOP_SOURCES_COLUMNS"]

TOP_SOURCES_COLUMNS = ["group", "rank", "speaker_id", "speaker", "names", "category", "category_from", "named",
                       "attributions", "share", "articles", "direct", "direct_share", "total"]

_COL = {c: i for i, c in enumerate(ATTRIBUTION_COLUMNS)}
_JOINS = {"of", "for", "the", "and", "&", "al", "bin", "ibn", "de", "van", "von", "on", "in", "at"}


@validate_params(n=POSITIVE, period=PERIOD, jobs=JOBS)
def top_sources(corpus, *, by: "str | list[str]" = "outlet", n: int = 10, period: str | None = None,
                date_col: str = "date", gazetteer: "str | Lexicon | None" = None,
                cues: "str | Path | CueTable | None" = None, named_only: bool = False, jobs: int = 1,
                progress: bool = False, **load) -> pd.DataFrame:
    """Whom each group quotes: per group, its ``n`` most quoted sources.

    A source is a ``speaker_id`` (:func:`framing.find_attributions`): one person under all
    the names an article gives them ("President Donald Trump", "Trump", "the president",
    "Mr. Trump"), and across articles under the same first name and surname ("Hillary
    Rodham Clinton", "Hillary Clinton"); a lone surname from an article that never gives
    the full name is linked to the one person the outlet (else the corpus) quotes under
    that surname far more than any other (:func:`framing.sources.link_speakers`).
    Pronouns the extractor could not resolve ("he", "I") and attributions with no speaker
    count in the group's total but are no source.

    ``by``, ``period`` and ``date_col`` group as in :func:`framing.sourcing_profile`; a
    path is read chunk by chunk, keeping per group the counts and article ids of each
    source.

    Parameters
    ----------
    n : int
        Sources per group (the most quoted; ties broken by articles, then by id).
    named_only : bool
        Only sources with a proper name (people and organisations), not descriptions
        such as "officials" or "a resident".

    Returns
    -------
    DataFrame
        One row per group × source, groups in order, sources by rank:

        * ``group``, ``rank`` (1 = most quoted);
        * ``speaker_id``; ``speaker`` (the name shown: the fullest form most used);
          ``names`` (the canonical forms counted under the id, most used first, ``; ``
          between them, at most five: read them to check a merge);
        * ``category`` — the source's speaker category where the group's attributions
          classify it (the most common), else what the same outlet's other articles say
          of that id, else the corpus (for a named source only: "critics" in another
          article are other people); ``category_from`` says which: ``articles``,
          ``outlet``, ``corpus`` or ``none`` (``unclassified``);
        * ``named`` — a proper name (every word of four letters or more capitalised, and not
          a description capitalised only where it opens a sentence: "Officials said" in an
          article that writes "officials" elsewhere);
        * ``attributions`` and ``share`` (of ``total``, all the group's attributions,
          those with no speaker included); ``articles`` (articles of the group quoting
          the source); ``direct`` (attributions of kind direct) and ``direct_share``
          (of the source's attributions); ``total``.

        A group that quotes no source (no attribution, or none with a speaker) has no row;
        a warning names it.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "text": [
    ...     "President Donald Trump said the wall works. “We will build it,” Trump said. The president said it was paid for.",
    ...     "Hillary Rodham Clinton said the wall would not work. Donald Trump said it would."]})
    >>> top_sources(df)[["speaker", "attributions", "articles", "direct", "share"]].values.tolist()
    [['Donald Trump', 4, 2, 1, 0.8], ['Hillary Rodham Clinton', 1, 1, 0, 0.2]]
    """
    gaz = load_lexicon(gazetteer_for(None, gazetteer))
    table, _ = score_cues(cues, corpus, load)
    grp = grouping(by, period=period, date_col=date_col)
    stats: dict = {}
    undated = 0
    for part, n_undated in map_corpus(_top_stats, corpus, jobs=jobs, progress=progress, load=load, gaz=gaz,
                                       grouping=grp, cues=table):
        undated += n_undated
        for g, (total, per) in part.items():
            st = stats.setdefault(g, [0, {}])
            st[0] += total
            for key, acc in per.items():
                mine = st[1].get(key)
                if mine is None:
                    st[1][key] = acc
                else:
                    for a, b in zip(mine[:2], acc[:2]):
                        a.update(b)
                    mine[2] += acc[2]
                    mine[3] += acc[3]
                    mine[4] |= acc[4]
                    mine[5] |= acc[5]
    grp.warn_undated(undated, "the top sources")
    counts = Counter()
    for _total, per in stats.values():
        for key, acc in per.items():
            counts[key] += acc[2]
    links = linked_shapes(stats, link_surnames(counts))  # and "UN"/"United Nations", "Donald J. Trump"/"Donald Trump"
    rows = _rank(stats, links, grp, n=n, named_only=named_only)
    df = pd.DataFrame(rows, columns=TOP_SOURCES_COLUMNS)
    _warn_sourceless(stats, {r[0] for r in rows}, grp, named_only)
    df = grp.expand(df.astype({"rank": "int64", "attributions": "int64", "articles": "int64", "direct": "int64",
                               "total": "int64", "named": bool}))
    df.attrs.update(grp.attrs(), gazetteer=gaz.name, n=n, named_only=named_only,
                    linked_speakers=sum(k for key, k in counts.items() if (key[0], key[1]) in links and key[2] == "surname"))
    return df


def _top_stats(chunk, *, gaz: Lexicon, grouping: Grouping, cues: CueTable | None):
    """Per group of one chunk: ``(attributions, {(outlet, id, kind): [forms, categories,
    attributions, direct, article ids]})``, and the number of undated documents."""
    docs = chunk.documents
    if len(docs) == 0:
        return {}, 0
    groups = grouping.labels(docs)
    group_of = dict(zip(docs["doc_id"], groups))
    pronouns = {code: _pronouns(code) for code in set(chunk.read_in())}  # of each document's language
    pronouns_of = {doc_id: pronouns[code] for doc_id, code in zip(docs["doc_id"], chunk.read_in())}
    determiners = {code: _determiners(code) for code in set(chunk.read_in())}
    determiners_of = {doc_id: determiners[code] for doc_id, code in zip(docs["doc_id"], chunk.read_in())}
    doc, outlet, canonical, sid, category, kind = (_COL[c] for c in ("doc_id", "outlet", "speaker_canonical", "speaker_id",
                                                                      "speaker_category", "kind"))
    texts = dict(zip(docs["doc_id"], docs["text"]))
    out: dict = {g: [0, {}] for g in set(groups) if g is not None}  # a group quoting no one is still a group
    for row in chunk_rows(chunk, gaz=gaz, include_boilerplate=False, cues=cues):
        g = group_of[row[doc]]
        if g is None:
            continue
        st = out.setdefault(g, [0, {}])
        st[0] += 1
        if not row[sid] or row[canonical].lower() in pronouns_of[row[doc]]:
            continue  # no speaker, or a pronoun left unresolved: in the total, no source
        key = (row[outlet], row[sid], id_kind(row[canonical], row[sid]))
        acc = st[1].get(key)
        if acc is None:
            acc = st[1][key] = [Counter(), Counter(), 0, 0, set(), False]
        acc[0][row[canonical]] += 1
        acc[1][row[category]] += 1
        acc[2] += 1
        acc[3] += row[kind] == "direct"
        acc[4].add(row[doc])
        acc[5] = acc[5] or _described(row, texts[row[doc]], determiners_of[row[doc]])
    return {g: tuple(v) for g, v in out.items()}, sum(g is None for g in groups)


def _warn_sourceless(stats: dict, shown: set, grp: Grouping, named_only: bool) -> None:
    """One warning for the groups that have no row: no attribution, or none with a source."""
    missing = sorted((g for g in stats if g not in shown), key=grp.sort_key)
    if not missing:
        return
    said = ", ".join(f"{grp.text(g)} ({stats[g][0]} attribution{'s' if stats[g][0] != 1 else ''})" for g in missing[:5])
    one = len(missing) == 1
    warnings.warn(f"top sources: {len(missing)} of {len(stats)} group{'s' if len(stats) != 1 else ''} "
                  f"quote{'s' if one else ''} no {'named ' if named_only else ''}source and "
                  f"ha{'s' if one else 've'} no row: {said}{' …' if len(missing) > 5 else ''}"
                  " (an attribution with no speaker, or an unresolved pronoun, counts in total but is no source).",
                  FramingWarning, stacklevel=caller_stacklevel())


def _pronouns(code: str):
    """The subject pronouns of a language, from the words its speaker rules read."""
    return clause_words_of(code).PRONOUNS if rules_of(code) == "clauses" else words_of(code).PRONOUNS


def _described(row, text: str, determiners: str) -> bool:
    """The speaker is a description written with a capital only because it opens its sentence
    ("Officials said …", "Police said …"): its canonical is in lower case, or it opens the
    sentence and the article writes it in lower case after a determiner elsewhere ("… the
    officials …"; not "it may fail" for "May said")."""
    name = row[_COL["speaker_canonical"]]
    if name[:1].islower():
        return True
    sentence = row[_COL["sentence"]]
    if not (isinstance(sentence, str) and sentence.lstrip().startswith(row[_COL["speaker"]])):
        return False
    return re.search(rf"(?<!\w)(?i:{determiners})\s*{re.escape(name.lower())}(?!\w)", text) is not None


def _determiners(code: str) -> str:
    """The determiners of a language as one alternation of a pattern, longest first."""
    found = (clause_words_of(code) if rules_of(code) == "clauses" else words_of(code)).DETERMINERS
    return "|".join(map(re.escape, sorted(found, key=len, reverse=True))) or "(?!)"


def _named(name: str) -> bool:
    words = [w for w in name.split() if len(w.strip(".,’'")) >= 4 and w.lower() not in _JOINS]
    return bool(name) and name[:1].isupper() and all(w[:1].isupper() or w[:3].lower() in {"al-", "el-"} for w in words)


def _category(cats: Counter) -> str:
    known = Counter({c: k for c, k in cats.items() if c != "unclassified"})
    return max(known, key=lambda c: (known[c], c)) if known else ""


def _rank(stats: dict, links: dict, grp: Grouping, *, n: int, named_only: bool) -> list:
    """The rows of the table: per group, sources merged under their linked ids, ranked."""
    by_outlet: dict = {}
    by_id: dict = {}
    merged: dict = {}
    for g, (_total, per) in stats.items():
        for (outlet, sid, _kind), (forms, cats, k, direct, docs, described) in per.items():
            sid = links.get((outlet, sid), sid)
            by_outlet.setdefault((outlet, sid), Counter()).update(cats)
            by_id.setdefault(sid, Counter()).update(cats)
            m = merged.setdefault((g, sid), [Counter(), Counter(), 0, 0, set(), set(), False])
            m[0].update(forms)
            m[1].update(cats)
            m[2] += k
            m[3] += direct
            m[4] |= docs
            m[5].add(outlet)
            m[6] = m[6] or described
    rows = []
    for g in sorted(stats, key=grp.sort_key):
        total = stats[g][0]
        found = []
        for (gg, sid), (forms, cats, k, direct, docs, outlets, described) in merged.items():
            if gg != g:
                continue
            full = [f for f in forms if len(f.split()) > 1]
            speaker = max(full or forms, key=lambda f: (forms[f], len(f), f))
            named = _named(speaker) and not described
            if named_only and not named:
                continue
            category, source = _category(cats), "articles"
            if not category and named:  # "critics" elsewhere are other people: a description borrows nothing
                outlet_cats = Counter()
                for o in outlets:
                    outlet_cats.update(by_outlet.get((o, sid), Counter()))
                category, source = _category(outlet_cats), "outlet"
            if not category and named:
                category, source = _category(by_id.get(sid, Counter())), "corpus"
            if not category:
                category, source = "unclassified", "none"
            names = "; ".join(f for f, _ in sorted(forms.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
            found.append((g, sid, speaker, names, category, source, named, k, k / total if total else float("nan"),
                          len(docs), direct, direct / k if k else float("nan"), total))
        found.sort(key=lambda r: (-r[7], -r[9], r[1]))
        for rank, r in enumerate(found[:n], 1):
            rows.append((r[0], rank, *r[1:]))
    return rows
