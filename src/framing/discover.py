"""Build a lexicon from the corpus: the spellings a corpus actually uses for a name.

Writing a lexicon one can trust is where a study with a new corpus spends its hours. These
functions propose; the researcher decides (and checks with :func:`framing.kwic`):

* :func:`find_variants` — the word sequences of the corpus that are likely spellings of a name
  ("Deir ez-Zor": "Deir Ezzor", "Deir al-Zor", "Dayr az-Zawr"), scored by a string similarity
  that knows how Arabic, Persian and Russian names are romanised (``docs/discover.md``).

Tokens here are words as a reader counts them (:data:`WORD_PATTERN`): curly and straight
apostrophes are one character, numbers and underscores are left out, and single letters
("a.m." gives no "m") are dropped.
"""

from __future__ import annotations

import os
import re
import warnings
from collections import Counter

import numpy as np
import pandas as pd

from ._io import write_text
from ._names import ARTICLE, SEPARATORS, close, fold, name_key, name_similarity
from ._params import POSITIVE, WHOLE, Interval, validate_params
from ._words import APOSTROPHES, LETTER, WORD_PATTERN, WORD_RE, context, words
from .compare import distinctive_words_by_group
from .corpus import as_corpus
from .errors import FramingError, FramingWarning, caller_stacklevel
from .groups import grouping
from .lexicon import EXAMPLE_LEXICON, load_lexicon, parse_lexicon
from .stats import log_odds_dirichlet
from .terms import VOICE, find_mentions

__all__ = ["find_variants", "neighbours", "collocations", "suggest_terms", "collocates", "draft_lexicon", "words", "name_key",
           "name_similarity", "WORD_PATTERN", "VARIANT_COLUMNS", "COLLOCATE_COLUMNS"]


def _documents(corpus, load: dict):
    corpus = as_corpus(corpus, **load)
    if len(corpus.documents) == 0:
        raise FramingError("the corpus is empty: there is nothing to discover.")
    return corpus


_BREAK = re.compile(r"[.;:!?,()\[\]\"“”–—|/]|\s-+\s|--")
_ARTICLE_WORDS = {"al", "el", "il", "ul", "ad", "ed", "ar", "er", "as", "es", "ash", "at", "et", "an", "en", "az", "ez"}
_POSSESSIVE = re.compile(r"'s?$")
_POSSESSIVE_WORD = re.compile(r"['’]s?$")

VARIANT_COLUMNS = ["variant", "count", "score", "docs", "is_seed", "in_lexicon", "example_doc", "left", "match", "right"]


@validate_params(min_count=WHOLE, min_score=Interval(0, 1))
def find_variants(corpus, name: "str | None" = None, *, family: str | None = None, lexicon=None, top: int = 20,
                  min_count: int = 2, min_score: float = 0.75, by: str = "outlet", width: int = 40, **load) -> pd.DataFrame:
    """Likely spellings of a name in the corpus, best first.

    Parameters
    ----------
    name : str
        The name as you write it ("Deir ez-Zor", "Hezbollah", "Bashar al-Assad").
    family : str, optional
        Instead of ``name``: every label of this family of ``lexicon`` is a seed, and the
        table says which variants the lexicon already matches (``in_lexicon``): the ones it
        does not are the spellings to add.
    lexicon : str or Lexicon, optional
        For ``family`` (and to fill ``in_lexicon`` for a ``name``).
    top : int
        Rows returned (``None``: all above ``min_score``).
    min_count : int
        Variants seen fewer times are left out.
    min_score : float
        The lowest :func:`name_similarity` kept (0–1).
    by : str
        The column that ``count_<group>`` columns count by (default ``outlet``; ``None``: none).

    Returns
    -------
    DataFrame
        ``variant`` (the commonest way it is written), ``count``, ``score`` (similarity to the
        closest seed, 0–1), ``docs`` (articles), ``is_seed``, ``in_lexicon``, a keyword in
        context (``example_doc``, ``left``, ``match``, ``right``), then ``count_<group>`` for each
        group of ``by``; sorted by score, then count.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...     "text": ["Fighting in Deir Ezzor and Deir Ezzor city.", "In Dayr az-Zawr, as in Deir al-Zor, the siege."]})
    >>> find_variants(df, "Deir ez-Zor", min_count=1)[["variant", "count", "score"]].values.tolist()
    [['Deir Ezzor', 2, 1.0], ['Deir al-Zor', 1, 0.9222], ['Dayr az-Zawr', 1, 0.8042]]
    """
    lex = None
    if family is not None:
        if lexicon is None:
            raise FramingError("family= needs lexicon= (the lexicon the family is in).")
        lex = load_lexicon(lexicon)
        if family not in lex.families:
            raise FramingError(f"no family {family!r} in lexicon {lex.name!r}; families: {', '.join(lex.families)}.")
        seeds = [p.text for lab in lex.families[family].labels.values() for p in lab.patterns if not p.regex]
        seeds = list(dict.fromkeys(s.replace("*", "") for s in seeds)) + list(lex.families[family].labels)
        seeds = list(dict.fromkeys(seeds))
    else:
        if not isinstance(name, str) or len(name.strip()) < 2:
            raise FramingError(f"give a name of two characters or more to find its spellings, not {name!r}.")
        seeds = [name.strip()]
        if lexicon is not None:
            lex = load_lexicon(lexicon)
    corpus = _documents(corpus, load)
    docs = corpus.documents
    group_col = None
    if by is not None:
        group_col = grouping(by).labels(docs)
    lengths = [len(SEPARATORS.split(s.strip())) for s in seeds]
    max_n = max(lengths) + 1
    # anchors: the words of the corpus that look like the rarest word of a seed (its most telling
    # word: "Zor", not "Deir", which looks like "door"), or like a whole seed written as one word
    vocab: Counter = Counter()
    for text in docs["text"]:
        vocab.update(WORD_RE.findall(text.lower()))
    anchors: set = set()
    for seed in seeds:
        options = []
        telling = {w for w in SEPARATORS.split(seed) if len(name_key(w)) >= 2 and not ARTICLE.match(fold(w))}
        for sw in telling or {seed}:
            near = {w for w in vocab if len(w) > 1 and close(w, sw)}
            options.append((sum(vocab[w] for w in near), -len(sw), sorted(near)))
        if options:
            anchors.update(min(options)[2])
        anchors.update(w for w in vocab if len(w) > 3 and close(w, seed))
    anchors = {w.translate(APOSTROPHES) for w in anchors}
    if not anchors:
        raise FramingError(f"nothing in the corpus looks like {', '.join(repr(s) for s in seeds[:5])}: check the "
                           "spelling, or lower min_score.")
    alternatives = sorted((re.escape(a).replace("'", "['’\u02bc]") for a in anchors), key=len, reverse=True)
    anchor_re = re.compile(f"(?<!{LETTER})(?:" + "|".join(alternatives) + f")(?!{LETTER})", re.IGNORECASE)
    reach = 40 * max_n  # characters around an anchor that hold the words of any n-gram through it
    score_of: dict = {}
    found: dict = {}
    for i, (doc_id, text) in enumerate(zip(docs["doc_id"], docs["text"])):
        seen_here: set = set()
        for m in anchor_re.finditer(text):
            lo = max(0, m.start() - reach)
            toks = [(w, s + lo, e + lo) for w, s, e in words(text[lo:m.end() + reach], lower=False)]
            if toks and lo > 0 and toks[0][1] == lo and text[lo - 1].isalpha():
                toks = toks[1:]  # a word cut by the window
            toks = _joined_names(toks, vocab)
            # the words the anchor covers: one, or the two of a pair of names ("Raqqa-Deir")
            through = [i for i, (_, s, _) in enumerate(toks) if m.start() <= s < m.end()]
            if not through or toks[through[0]][1] != m.start():
                continue
            low = [w.lower() for w, _, _ in toks]
            for p, n in ((p, n) for p in through for n in range(1, max_n + 1)):
                for first in range(max(0, p - n + 1), min(p, len(toks) - n) + 1):
                    s, e = toks[first][1], toks[first + n - 1][2]
                    if "\n\n" in text[s:e] or _BREAK.search(text, s, e):
                        continue
                    if any(_POSSESSIVE_WORD.search(t) for t in low[first:first + n - 1]):
                        continue  # a possessive ends a name: "Bashar al-Assad's use" is not a spelling
                    key = _POSSESSIVE.sub("", " ".join(low[first:first + n]))
                    if (key, s) in seen_here:
                        continue
                    seen_here.add((key, s))
                    score = score_of.get(key)
                    if score is None:
                        score = score_of[key] = max(name_similarity(key, seed) for seed in seeds)
                    if score < min_score:
                        continue
                    rec = found.get(key)
                    if rec is None:
                        rec = found[key] = {"score": score, "count": 0, "docs": set(), "forms": Counter(), "example": None,
                                            "groups": Counter()}
                    rec["count"] += 1
                    rec["docs"].add(i)
                    rec["forms"][_POSSESSIVE.sub("", " ".join(text[s:e].split()).translate(APOSTROPHES))] += 1
                    if group_col is not None:
                        rec["groups"][group_col[i]] += 1
                    if rec["example"] is None:
                        left, right = context(text, s, e, width)
                        rec["example"] = (doc_id, left, text[s:e], right)
    rows = []
    groups = sorted({g for r in found.values() for g in r["groups"]}, key=str)
    seed_lower = {s.lower() for s in seeds}
    for key, r in found.items():
        if r["score"] < min_score or r["count"] < min_count:
            continue
        form = r["forms"].most_common(1)[0][0]
        in_lex = None
        if lex is not None:
            hits = list(lex.finditer(form, 0, len(form)))
            in_lex = bool(hits) and (family is None or any(f == family for f, _, _, _ in hits))
        rows.append([form, r["count"], round(r["score"], 4), len(r["docs"]), key in seed_lower, in_lex, *r["example"],
                     *[r["groups"].get(g, 0) for g in groups]])
    out = pd.DataFrame(rows, columns=VARIANT_COLUMNS + [f"count_{g}" for g in groups])
    out = _drop_contained(out, corpus.stop_words())
    out = out.sort_values(["score", "count", "variant"], ascending=[False, False, True], ignore_index=True)
    if top is not None:
        out = out.head(top)
    out.attrs.update(seeds=seeds, family=family, by=by)
    return out


def _joined_names(toks: list, vocab: Counter) -> list:
    """The words with each pair of names joined by a hyphen cut in two, so that an n-gram can
    start at the second ("Deir ez-Zor" in "the Raqqa-Deir ez-Zor highway"). Two names: both
    capitalised, the first not an article ("al-Assad") and written alone elsewhere in the
    corpus ("Raqqa"), which a double-barrelled surname's first part is not ("Gartenstein-Ross")."""
    out = []
    for w, s, e in toks:
        head, hyphen, tail = w.partition("-")
        if (hyphen and head[:1].isupper() and tail[:1].isupper() and head.lower() not in _ARTICLE_WORDS
                and vocab[head.lower()] and len(head) > 1 and len(tail) > 1):
            out += [(head, s, s + len(head)), (tail, s + len(head) + 1, e)]
        else:
            out.append((w, s, e))
    return out


def _drop_contained(df: pd.DataFrame, stop_words: frozenset) -> pd.DataFrame:
    """Keep the table to spellings of the name: leave out a variant that holds a shorter
    variant scoring at least as well ("Manbij a key" beside "Manbij"), one that begins or
    ends with a function word of the language ("in Qaeda", "idly by"; Arabic articles such as "al"
    stay), and a possessive whose apostrophe was stripped ("Idlibs" beside "Idlib"),
    whose count goes to the name."""
    if df.empty:
        return df
    df = df.copy()
    row_of = {v.lower(): i for i, v in zip(df.index, df["variant"])}
    keep = []
    for i, v, score in zip(df.index, df["variant"], df["score"]):
        parts = v.lower().split()
        # an article comes before a name, never after; "as", "at", "an" read as English words here
        edges = ({parts[0]} - (_ARTICLE_WORDS - stop_words)) | {parts[-1]}
        if len(parts) > 1 and edges & stop_words:
            keep.append(False)
            continue
        # shorter forms inside this one, unless what they leave out is only an article ("al Raqqa")
        subs = {" ".join(parts[a:b]) for a in range(len(parts)) for b in range(a + 1, len(parts) + 1)
                if not set(parts[:a] + parts[b:]) <= _ARTICLE_WORDS} - {v.lower()}
        pieces = v.lower().split("-")
        subs |= {"-".join(pieces[:k]) for k in range(1, len(pieces)) if not set(pieces[k:]) <= _ARTICLE_WORDS}
        subs |= {"-".join(pieces[k:]) for k in range(1, len(pieces)) if not set(pieces[:k]) <= _ARTICLE_WORDS}
        if any(sub in row_of and df.at[row_of[sub], "score"] >= score for sub in subs):
            keep.append(False)
            continue
        base = v.lower()[:-1]
        if v.lower().endswith("s") and base in row_of and row_of[base] != i:
            j = row_of[base]
            for col in [c for c in df.columns if c == "count" or c.startswith("count_")]:
                df.at[j, col] += df.at[i, col]
            keep.append(False)
            continue
        keep.append(True)
    return df[keep]


# --- terms used in the same contexts ---------------------------------------------------


def _token_lists(docs: pd.DataFrame) -> list[list[str]]:
    return [[w for w, _, _ in words(t)] for t in docs["text"]]


@validate_params(top=POSITIVE, window=POSITIVE, min_count=POSITIVE)
def neighbours(corpus, seed: str, *, top: int = 20, window: int = 4, min_count: int = 5, max_terms: int = 50_000,
               **load) -> pd.DataFrame:
    """Terms used in the same contexts as ``seed``: candidates for the same lexicon family.

    Every word and every frequent two-word phrase is described by the words around it (``window``
    words each side, the stop words of the corpus language left out), weighted by positive pointwise mutual
    information; the neighbours are the terms whose description is closest to the seed's (cosine).
    "illegal immigrants" leads to the other ways a corpus names the same people.

    Parameters
    ----------
    seed : str
        A word or a phrase of two words or more (it is treated as one term).
    top : int
        Rows returned.
    window : int
        Words of context on each side.
    min_count : int
        Terms used fewer times are left out (and so are phrases seen fewer times).

    Returns
    -------
    DataFrame
        ``term, similarity, count, shared`` (the context words the term shares most with the
        seed), best first. The seed's own words are left out.
    """
    from scipy import sparse

    if not isinstance(seed, str) or len(seed.strip()) < 2:
        raise FramingError(f"give a seed of two characters or more, not {seed!r}.")
    corpus = _documents(corpus, load)
    seed_words = [w for w, _, _ in words(seed)]
    if not seed_words:
        raise FramingError(f"the seed {seed!r} has no word of two letters or more.")
    docs = _token_lists(corpus.documents)
    seed_key = " ".join(seed_words)
    # terms: words and two-word phrases; a seed of several words is joined into one token
    n = len(seed_words)
    uni: Counter = Counter()
    bi: Counter = Counter()
    joined = []
    for toks in docs:
        if n > 1:
            out, i = [], 0
            while i < len(toks):
                if toks[i:i + n] == seed_words:
                    out.append(seed_key)
                    i += n
                else:
                    out.append(toks[i])
                    i += 1
            toks = out
        joined.append(toks)
        uni.update(toks)
        bi.update(zip(toks, toks[1:]))
    if uni[seed_key] == 0:
        raise FramingError(f"the seed {seed!r} does not occur in the corpus; try another spelling (find_variants) "
                           "or a word it does use.")
    stop = set(corpus.stop_words())
    contexts = [w for w, c in uni.most_common() if c >= min_count and w not in stop and w != seed_key][:20_000]
    ctx_id = {w: i for i, w in enumerate(contexts)}
    terms = [w for w, c in uni.most_common(max_terms) if c >= min_count and w not in stop]
    terms += [f"{a} {b}" for (a, b), c in bi.most_common(max_terms)
              if c >= min_count and a not in stop and b not in stop and seed_key not in (a, b)]
    if seed_key not in terms:
        terms.append(seed_key)
    term_id = {t: i for i, t in enumerate(terms)}
    rows, cols = [], []
    for toks in joined:
        ids = np.array([ctx_id.get(w, -1) for w in toks])
        uni_ids = np.array([term_id.get(w, -1) for w in toks])
        bi_ids = np.array([term_id.get(f"{a} {b}", -1) for a, b in zip(toks, toks[1:])] + [-1])
        for d in range(1, window + 1):
            for t_ids, span in ((uni_ids, 1), (bi_ids, 2)):
                # context to the right (after the term) and to the left
                if len(toks) > d + span - 1:
                    t, c = t_ids[:len(toks) - (d + span - 1)], ids[d + span - 1:]
                    keep = (t >= 0) & (c >= 0)
                    rows.append(t[keep])
                    cols.append(c[keep])
                if len(toks) > d:
                    t, c = t_ids[d:], ids[:len(toks) - d]
                    keep = (t >= 0) & (c >= 0)
                    rows.append(t[keep])
                    cols.append(c[keep])
    r, c = np.concatenate(rows), np.concatenate(cols)
    m = sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(len(terms), len(contexts)))
    total = m.sum()
    pt = np.asarray(m.sum(axis=1)).ravel() / total
    pc = np.asarray(m.sum(axis=0)).ravel() / total
    m = m.tocoo()
    with np.errstate(divide="ignore"):
        pmi = np.log(m.data / total / (pt[m.row] * pc[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    norms = np.sqrt(np.asarray(ppmi.multiply(ppmi).sum(axis=1)).ravel())
    s = term_id[seed_key]
    if norms[s] == 0:
        raise FramingError(f"the seed {seed!r} has no context words seen {min_count} times or more; lower min_count.")
    sims = np.asarray(ppmi @ ppmi[s].T.toarray()).ravel() / np.where(norms > 0, norms * norms[s], np.inf)
    seed_set = set(seed_words) | {seed_key}
    order = np.argsort(-sims, kind="stable")
    out = []
    seed_row = ppmi[s].toarray().ravel()
    for i in order:
        t = terms[i]
        if t in seed_set or sims[i] <= 0 or set(t.split()) <= seed_set:
            continue
        shared = np.argsort(-(seed_row * ppmi[i].toarray().ravel()))[:5]
        out.append((t, round(float(sims[i]), 4), uni[t] if " " not in t else bi[tuple(t.split())],
                    ", ".join(contexts[j] for j in shared if seed_row[j] > 0)))
        if len(out) >= top:
            break
    df = pd.DataFrame(out, columns=["term", "similarity", "count", "shared"])
    df.attrs.update(seed=seed, window=window, min_count=min_count)
    return df


@validate_params(min_count=POSITIVE)
def collocations(corpus, *, top: int = 20, min_count: int = 5, **load) -> pd.DataFrame:
    """Two-word expressions that hold together more than chance: candidates for multiword
    patterns ("illegal aliens", "gun violence", "Free Syrian Army").

    NLTK's bigram collocation finder over every article (``nltk.collocations``), scored by
    the likelihood ratio (Dunning 1993), pairs seen fewer than ``min_count`` times and pairs with
    a stop word of the corpus language left out.

    Returns
    -------
    DataFrame
        ``term, score, count``, best first.
    """
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    corpus = _documents(corpus, load)
    finder = BigramCollocationFinder.from_documents(_token_lists(corpus.documents))
    finder.apply_freq_filter(min_count)
    stop = corpus.stop_words()
    finder.apply_word_filter(lambda w: w in stop)
    scored = finder.score_ngrams(BigramAssocMeasures.likelihood_ratio)[:top]
    return pd.DataFrame([(" ".join(g), round(float(s), 2), finder.ngram_fd[g]) for g, s in scored],
                        columns=["term", "score", "count"])


@validate_params(min_count=POSITIVE)
def suggest_terms(corpus, *, seed: str | None = None, top: int = 20, min_count: int = 5, by: str | None = "outlet",
                  per_group: int = 5, **load) -> pd.DataFrame:
    """Words and phrases worth a lexicon entry, from three angles, in one long table.

    * ``neighbour`` (with a ``seed``): terms used in the same contexts as the seed
      (:func:`neighbours`);
    * ``collocation``: two-word expressions that hold together (:func:`collocations`);
    * ``distinctive`` (with ``by``): words typical of each group against the rest, by the
      log-odds ratio with an informative Dirichlet prior (:func:`framing.distinctive_words`),
      ``per_group`` per group.

    Returns
    -------
    DataFrame
        ``kind, term, score, count, group`` (``group`` for distinctive words), each kind
        best first.
    """
    corpus = _documents(corpus, load)
    frames = []
    if seed is not None:
        n = neighbours(corpus, seed, top=top, min_count=min_count)
        frames.append(pd.DataFrame({"kind": "neighbour", "term": n["term"], "score": n["similarity"], "count": n["count"],
                                    "group": ""}))
    c = collocations(corpus, top=top, min_count=min_count)
    frames.append(pd.DataFrame({"kind": "collocation", "term": c["term"], "score": c["score"], "count": c["count"],
                                "group": ""}))
    if by is not None:
        labels = grouping(by).labels(corpus.documents)
        sizes = Counter(labels)
        groups = sorted({x for x in labels if x is not None}, key=str)
        # one group: nothing to set it apart from (the groups before it are described)
        groups = next((groups[:i] for i, g in enumerate(groups) if sizes[g] == len(labels)), groups)
        # one count of the corpus's words for every group (it was one per group: 129 outlets, 9 min)
        for g, d in (distinctive_words_by_group(corpus, by=by, groups=groups, min_count=min_count).items()
                     if groups else ()):
            d = d.head(per_group)
            frames.append(pd.DataFrame({"kind": "distinctive", "term": d["word"], "score": d["z"].round(2),
                                        "count": d["count_group"], "group": g}))
    out = pd.concat(frames, ignore_index=True)
    out.attrs.update(seed=seed, by=by)
    return out


COLLOCATE_COLUMNS = ["group", "word", "count", "mentions", "log_odds", "z"]


@validate_params(voice=VOICE, window=POSITIVE, min_count=POSITIVE, top=POSITIVE)
def collocates(corpus, label: str, *, lexicon=EXAMPLE_LEXICON, family: str | None = None, by: str = "outlet", window: int = 5,
               voice: str = "narrator", min_count: int = 3, top: int = 15, **load) -> pd.DataFrame:
    """How each group describes an actor: the words around a label's mentions, per group.

    For every mention of ``label`` (in ``voice``; the outlet's own words by default), the
    ``window`` words on each side (the stop words of the corpus language and the label's own words left out) are
    counted per group, and set against the group's other words by the log-odds ratio with an
    informative Dirichlet prior (:func:`framing.log_odds_dirichlet`): a high ``z`` is a word
    the group uses around the label far more than elsewhere ("brutal regime", "moderate rebels").

    Returns
    -------
    DataFrame
        ``group, word, count`` (in the windows), ``mentions`` (of the label in the group),
        ``log_odds, z``; the ``top`` words of each group by ``z``, among words seen ``min_count``
        times or more around the label.
    """
    corpus = _documents(corpus, load)
    mentions = find_mentions(corpus, lexicon=lexicon)
    hits = mentions[mentions["label"] == label]
    if family is not None:
        hits = hits[hits["family"] == family]
    if hits.empty:
        known = sorted(set(mentions["label"]))
        raise FramingError(f"no mention of label {label!r} in the corpus" + (f" (labels found: {', '.join(known[:20])})"
                                                                               if known else "") + ".")
    if voice != "all":
        hits = hits[hits["voice"] == voice]
    docs = corpus.documents
    group_of = dict(zip(docs["doc_id"], grouping(by).labels(docs)))
    text_of = dict(zip(docs["doc_id"], docs["text"]))
    title_of = {d: t[0] for d, t in zip(docs["doc_id"], corpus.titles()) if t is not None}
    stop = set(corpus.stop_words()) | {w for w, _, _ in words(label)}
    around: dict = {}
    n_mentions: Counter = Counter()
    for doc_id, s, e, fld in zip(hits["doc_id"], hits["start"], hits["end"], hits["field"]):
        g = group_of[doc_id]
        if g is None:
            continue
        text = title_of[doc_id] if fld == "title" else text_of[doc_id]
        left = [w for w, _, _ in words(text[max(0, s - 40 * window):s])][-window:]
        right = [w for w, _, _ in words(text[e:e + 40 * window])][:window]
        around.setdefault(g, Counter()).update(w for w in left + right if w not in stop)
        n_mentions[g] += 1
    everything: dict = {}
    for g, text in zip(group_of.values(), docs["text"]):
        if g in around:
            everything.setdefault(g, Counter()).update(w for w, _, _ in words(text) if w not in stop)
    rows = []
    for g in sorted(around, key=str):
        vocab = [w for w, c in around[g].items() if c >= min_count]
        if not vocab:
            continue
        inside = np.array([around[g][w] for w in vocab], dtype=float)
        rest = np.array([max(everything[g][w] - around[g][w], 0) for w in vocab], dtype=float)
        delta, z = log_odds_dirichlet(inside, rest, (inside + rest) * 0.01 + 0.01)
        for i in np.argsort(-z, kind="stable")[:top]:
            rows.append((g, vocab[i], int(inside[i]), n_mentions[g], round(float(delta[i]), 3), round(float(z[i]), 2)))
    out = pd.DataFrame(rows, columns=COLLOCATE_COLUMNS)
    out.attrs.update(label=label, by=by, window=window, voice=voice)
    return out


# --- from suggestions to a lexicon -----------------------------------------------------


def draft_lexicon(families: dict, *, name: str, corpus=None, path=None, description: str = "", width: int = 50,
                  overwrite: bool = False, **load) -> str:
    """A YAML draft of a lexicon from chosen terms, to edit and then load like any lexicon.

    Parameters
    ----------
    families : dict
        ``{family: {label: [patterns]}}``, or ``{family: [terms]}`` (each term a label of its
        own, matched as written), or ``{family: DataFrame}`` from :func:`find_variants`
        (column ``variant``) or :func:`neighbours`/:func:`suggest_terms` (column ``term``).
        Family names become identifiers ("Deir ez-Zor" → ``deir_ez_zor``).
    name : str
        The lexicon's name.
    corpus : optional
        When given, each label gets a comment with its count, its articles and one example
        in context, from this corpus (the draft is matched as it will be used).
    path : str or Path, optional
        Write the draft there (whole or not at all); the text is returned either way. Never
        over the corpus nor into its folder (the next load would read the draft as a
        document), and never over an existing file (a lexicon) unless ``overwrite=True``;
        checked before any work.
    overwrite : bool
        Write over an existing file at ``path``.

    Returns
    -------
    str
        The YAML text; it loads with :func:`framing.load_lexicon` (checked before writing).

    Examples
    --------
    >>> text = draft_lexicon({"state": {"regime": ["regime", "Assad regime"], "government": ["government"]}},
    ...                      name="draft")
    >>> import framing; sorted(framing.lexicon.parse_lexicon(text).families["state"].labels)
    ['government', 'regime']
    """

    import yaml

    from ._io import check_output
    from ._yaml import comment_text

    # the corpus given (a path, or the one a Corpus was loaded from) is never written over nor into
    inputs = tuple(i for i in (corpus, getattr(corpus, "source", None))
                   if isinstance(i, (str, os.PathLike)) and str(i) and os.path.exists(i))
    if path is not None:
        check_output(path, inputs=inputs, overwrite=overwrite)
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9_.-]+", name):
        raise FramingError(f"name must be letters, digits, '_', '-' or '.', not {name!r}.")
    if not isinstance(families, dict) or not families:
        raise FramingError("families must be a dict of {family: {label: [patterns]}} (or {family: [terms]}).")
    spec: dict = {}
    empty = []
    for family, labels in families.items():
        if isinstance(labels, pd.DataFrame):
            col = "variant" if "variant" in labels.columns else "term" if "term" in labels.columns else None
            if col is None:
                raise FramingError(f"family {family!r}: a table needs a 'variant' or 'term' column.")
            labels = list(labels[col])
        if isinstance(labels, (list, tuple)):
            labels = {str(t): [str(t)] for t in labels}
        if not isinstance(labels, dict):
            raise FramingError(f"family {family!r}: give its labels as {{label: [patterns]}} or a list of terms.")
        if not labels:  # a table of nothing found: find_variants found no spelling in this corpus
            empty.append(str(family))
            continue
        key = re.sub(r"[^0-9a-z]+", "_", fold(str(family))).strip("_") or "family"
        if key in spec:
            raise FramingError(f"two families would both be called {key!r}; name them apart.")
        spec[key] = {str(lab): [str(p) for p in (pats if isinstance(pats, (list, tuple)) else [pats])]
                     for lab, pats in labels.items()}
    if empty:
        what = ", ".join(map(repr, empty))
        if not spec:
            raise FramingError(f"no family has a term ({what}): nothing found in the corpus to draft a lexicon from. "
                               "Check the names' spelling, or lower min_count.")
        warnings.warn(f"{what}: no term (nothing found in the corpus), left out of the draft.", FramingWarning,
                      stacklevel=caller_stacklevel())
    doc = {"name": name, "description": description or f"Draft lexicon {name}: edit before use.", "version": "draft",
           "families": {f: {"labels": {lab: {"patterns": pats} for lab, pats in labs.items()}} for f, labs in spec.items()}}
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120)
    lex = parse_lexicon(text, source=f"draft {name}")
    notes: dict = {}
    if corpus is not None:
        corpus = _documents(corpus, load)
        m = find_mentions(corpus, lexicon=lex)
        texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
        for (family, label), rows in m.groupby(["family", "label"], sort=False):
            r = rows.iloc[0]
            t = texts[r["doc_id"]]
            left, right = context(t, r["start"], r["end"], width)
            n_docs = rows["doc_id"].nunique()
            notes[family, label] = (f"{len(rows)} times in {n_docs} article{'s' if n_docs != 1 else ''}; e.g. "
                                    f"{r['doc_id']}: …{left} [{r['surface']}] {right}…")
    lines = ["# Draft lexicon written by framing.discover.draft_lexicon. Read every label's KWIC lines",
             "# (framing kwic CORPUS LABEL --lexicon THIS_FILE), merge or drop labels, add `exclude` patterns",
             "# for false matches, then use it with --lexicon THIS_FILE. See docs/lexicons.md for the rules."]
    family = None
    for line in text.splitlines():
        m_fam = re.match(r"^  (\S.*):$", line)
        if m_fam and not line.startswith("   "):
            family = yaml.safe_load(m_fam.group(1))
        m_lab = re.match(r"^      (\S.*):$", line)
        if m_lab and family is not None:
            label = yaml.safe_load(m_lab.group(1))
            note = notes.get((family, label))
            if corpus is not None:
                lines.append("      # " + comment_text(note if note else "not found in the corpus"))
        lines.append(line)
    out = "\n".join(lines) + "\n"
    parse_lexicon(out, source=f"draft {name}")
    if path is not None:
        write_text(out, path, inputs=inputs, overwrite=overwrite)
    return out
