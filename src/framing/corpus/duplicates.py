"""Near-duplicate documents and wire copy: which documents repeat another, which are an
agency's copy, and the selection every score makes from them (``duplicates=``, ``copy=``).

Two documents are near-duplicates when the shorter shares at least ``threshold`` (default
one half) of its word 5-grams with the longer: the *overlap* of their shingle sets,
``|A ∩ B| / min(|A|, |B|)``, which finds an article published twice and an agency story
cut or lengthened by the outlet that ran it (a shortened copy keeps most of its 5-grams in
the original; their Jaccard index would be small). Words are runs of letters and digits,
case folded; shingles are hashed to 64 bits.

Candidates come from an inverted index of every shingle (sorted with NumPy): the pairs
that share a shingle found in at most :data:`COMMON_DOCS` documents, kept when what they
share could reach the threshold; every candidate pair is then measured exactly on its two
shingle sets, so the ``similarity`` reported is the exact overlap (up to 64-bit hash
collisions), which a reader can check by hand, and the ``jaccard`` beside it too. No pair
above the threshold is missed unless every 5-gram it shares is in more than
:data:`COMMON_DOCS` documents.

Groups are stars, never chains (A sharing half of B and B half of C does not make A a copy
of C): each group's **canonical** document is the agency's own story when the agency is an
outlet of the corpus (outlet ``reuters`` in a group of Reuters copy), else the earliest
(by ``date``, then by position in the corpus), and its members are its near-duplicates.
Inside one outlet, a document that is a near-duplicate of an earlier one of the same
outlet (by date, then position) that is kept is a **repeat**: the same article counted
twice in that outlet's shares; scores leave repeats out by default (``duplicates="drop"``),
reported as problems with one warning at load, as repeated ids are.

A document is **wire copy** when its dateline or credit names an agency
(:func:`framing.corpus.wire.wire_agency`), or its group's does, and the outlet is not that
agency. ``copy="own"`` scores an outlet's own reporting, ``copy="wire"`` its wire copy.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd

from .._params import Interval, Options, check
from ..groups import parse_dates
from ..text import word_characters
from .wire import outlet_agency, wire_agency

__all__ = ["copy_table", "select", "COPY_COLUMNS", "DUPLICATE_COLUMNS", "DUPLICATES", "COPY", "THRESHOLD",
           "SHINGLE", "MIN_WORDS", "COMMON_DOCS", "BOILERPLATE_DOCS", "Sketches"]

#: The ``duplicates`` option: leave out repeats inside an outlet, or keep them.
DUPLICATES = Options(("drop", "keep"))
#: The ``copy`` option: every document, an outlet's own reporting, or its wire copy.
COPY = Options(("all", "own", "wire"))
#: Overlap of word 5-grams from which two documents are near-duplicates.
THRESHOLD = 0.5
#: Words per shingle.
SHINGLE = 5
#: Documents with fewer words are never near-duplicates (a caption, a teaser).
MIN_WORDS = 25
#: A shingle found in more documents than this proposes no pair (a stock phrase of the news:
#: "the Syrian Observatory for Human"); pairs that share other shingles are still measured on
#: every shingle.
COMMON_DOCS = 200
#: A word 5-gram found in more documents of one outlet than this is that outlet's
#: boilerplate (a background paragraph pasted under every story, a trailer, page furniture)
#: and is compared in none of them: two different stories that share only it are no copies.
BOILERPLATE_DOCS = 10

#: One row per document: its group (None for a document with no near-duplicate), …
#: (the columns of :func:`framing.find_duplicates`, without the date)
COPY_COLUMNS = ["doc_id", "outlet", "group", "canonical", "similar_to", "similarity", "jaccard", "same_outlet",
                "repeat", "repeat_of", "agency", "credited", "wire"]
#: The columns of :func:`framing.find_duplicates`.
DUPLICATE_COLUMNS = ["doc_id", "outlet", "date", "group", "canonical", "similar_to", "similarity", "jaccard",
                     "same_outlet", "repeat", "repeat_of", "agency", "credited", "wire"]

_TABLES: dict = {}
#: The base of the polynomial hash of a word's code points (odd, so invertible modulo 2**64).
_BASE = 0x9E3779B97F4A7C15
_BASE_INV = pow(_BASE, -1, 1 << 64)


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """``_BASE**i`` and ``_BASE**-i`` modulo 2**64 for i < n (grown as needed, kept)."""
    have = _TABLES.get("pow")
    if have is None or len(have[0]) < n:
        size = max(n, 1 << 16, 0 if have is None else 2 * len(have[0]))
        with np.errstate(over="ignore"):
            up = np.cumprod(np.full(size, _BASE, dtype=np.uint64))
            down = np.cumprod(np.full(size, _BASE_INV, dtype=np.uint64))
        up = np.concatenate(([np.uint64(1)], up[:-1]))
        down = np.concatenate(([np.uint64(1)], down[:-1]))
        have = _TABLES["pow"] = (up, down)
    return have


def _mix(h: np.ndarray) -> np.ndarray:
    """A 64-bit finaliser (splitmix64's): every bit of a hash depends on every bit of ``h``."""
    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


class _Shingler:
    """Word k-grams of a text as sorted unique 64-bit hashes. Words are runs of ``\\w``
    after case folding, hashed from their code points with NumPy (a polynomial hash and a
    finaliser: the same hashes on any run, process and machine)."""

    def __init__(self, k: int):
        self.k = k
        # shingle hash = sum of word hashes times distinct odd multipliers, modulo 2**64
        rng = np.random.default_rng(20251206)
        self.mult = rng.integers(1, 2**63, size=k, dtype=np.uint64) * np.uint64(2) + np.uint64(1)

    def __call__(self, text: str) -> tuple[np.ndarray, int]:
        if not isinstance(text, str) or not text:
            return np.empty(0, dtype=np.uint64), 0
        codes = np.frombuffer(text.casefold().encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        inside = word_characters(codes)
        edges = np.diff(np.concatenate(([0], inside.view(np.int8), [0])))
        starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        words = len(starts)
        n = words - self.k + 1
        if n < 1:
            return np.empty(0, dtype=np.uint64), words
        up, down = _powers(len(codes) + 1)
        with np.errstate(over="ignore"):
            prefix = np.zeros(len(codes) + 1, dtype=np.uint64)
            np.cumsum((codes.astype(np.uint64) + np.uint64(1)) * up[:len(codes)], out=prefix[1:])
            h = _mix((prefix[ends] - prefix[starts]) * down[starts] + (ends - starts).astype(np.uint64))
            acc = np.zeros(n, dtype=np.uint64)
            for j in range(self.k):
                acc += h[j:j + n] * self.mult[j]
        acc.sort()
        return acc[np.concatenate(([True], acc[1:] != acc[:-1]))], words


def _candidates(sets: list[np.ndarray], eligible: list[int], threshold: float,
                common: int) -> list[tuple[int, int]]:
    """The pairs (i < j) of eligible documents that may share ``threshold`` of the shorter
    one's shingles: from an inverted index of every shingle (sorted with NumPy), the pairs
    that share at least one shingle found in at most ``common`` documents, kept where that
    count plus the common shingles they could share reaches the threshold. No pair above the
    threshold is missed unless every shingle it shares is in more than ``common`` documents."""
    if len(eligible) < 2:
        return []
    idx = np.asarray(eligible)
    sizes = np.array([len(sets[i]) for i in eligible])
    hashes = np.concatenate([sets[i] for i in eligible])
    docs = np.repeat(np.arange(len(eligible)), sizes)
    order = np.argsort(hashes)
    hashes, docs = hashes[order], docs[order]
    first = np.flatnonzero(np.concatenate(([True], hashes[1:] != hashes[:-1])))
    run = np.diff(np.concatenate((first, [len(hashes)])))
    many = np.zeros(len(eligible), dtype=np.int64)
    big = run > common
    if big.any():
        np.add.at(many, docs[np.repeat(first[big], run[big]) + _ranges(run[big])], 1)
    codes = []
    n = np.int64(len(eligible))
    for m in np.unique(run[(run >= 2) & ~big]):
        block = docs[first[run == m][:, None] + np.arange(m)]
        a, b = np.triu_indices(m, 1)
        left, right = block[:, a].ravel(), block[:, b].ravel()
        codes.append(np.minimum(left, right).astype(np.int64) * n + np.maximum(left, right))
    if not codes:
        return []
    pairs, shared = np.unique(np.concatenate(codes), return_counts=True)
    a, b = pairs // n, pairs % n
    bound = shared + np.minimum(many[a], many[b])
    keep = bound >= threshold * np.minimum(sizes[a], sizes[b])
    return list(zip(idx[a[keep]].tolist(), idx[b[keep]].tolist()))


def _ranges(lengths: np.ndarray) -> np.ndarray:
    """0..k-1 for each k of ``lengths``, concatenated."""
    ends = np.cumsum(lengths)
    return np.arange(ends[-1]) - np.repeat(ends - lengths, lengths)


def _overlap(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """(overlap coefficient, Jaccard index) of two sorted unique hash arrays."""
    if not len(a) or not len(b):
        return 0.0, 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / min(len(a), len(b)), inter / (len(a) + len(b) - inter)


class Sketches:
    """What :func:`copy_table` needs of each document, gathered a chunk at a time (so a
    streamed corpus is read once for it): id, outlet, date, its set of shingle hashes (8
    bytes a word) and the agency its dateline or credit names (with ``wire=False`` no agency
    is looked for: enough to find repeats, and the table says so in ``attrs["wire"]``). With
    ``mixed``, a document's datelines and credits are read in its language (``lang``), else
    ``language``'s."""

    def __init__(self, *, shingle: int = SHINGLE, min_words: int = MIN_WORDS, language: str = "en",
                 date_col: str = "date", wire: bool = True, mixed: bool = False):
        self.shingler = _Shingler(shingle)
        self.wire, self.mixed = wire, mixed
        self.min_words, self.language, self.date_col = min_words, language, date_col
        self.ids: list[str] = []
        self.outlets: list[str] = []
        self.dates: list = []
        self.sets: list[np.ndarray] = []
        self.eligible: list[int] = []
        self.credits: list[str | None] = []

    def add(self, docs: pd.DataFrame) -> "Sketches":
        dates = docs[self.date_col].tolist() if self.date_col in docs.columns else [None] * len(docs)
        mixed = self.mixed and "lang" in docs.columns
        langs = [lang or self.language for lang in docs["lang"]] if mixed else [self.language] * len(docs)
        for doc_id, outlet, text, date, lang in zip(docs["doc_id"], docs["outlet"], docs["text"], dates, langs):
            s, words = self.shingler(text)
            if words >= self.min_words and len(s):
                self.eligible.append(len(self.sets))
            self.sets.append(s)
            self.ids.append(str(doc_id))
            self.outlets.append(str(outlet))
            self.dates.append(date)
            self.credits.append(wire_agency(text, lang) if self.wire else None)
        return self

    def take(self, other: "Sketches", rows, ids) -> "Sketches":
        """Append the ``rows`` of ``other`` (gathered elsewhere: a Dask partition), under ``ids``."""
        eligible = set(other.eligible)
        for row, doc_id in zip(rows, ids):
            if row in eligible:
                self.eligible.append(len(self.sets))
            self.sets.append(other.sets[row])
            self.ids.append(str(doc_id))
            self.outlets.append(other.outlets[row])
            self.dates.append(other.dates[row])
            self.credits.append(other.credits[row])
        return self

    def table(self, *, threshold: float = THRESHOLD, common: int = COMMON_DOCS) -> pd.DataFrame:
        out = _table(self, threshold, common)
        out.attrs["wire"] = self.wire
        return out


def copy_table(docs: pd.DataFrame, *, threshold: float = THRESHOLD, shingle: int = SHINGLE, min_words: int = MIN_WORDS,
               common: int = COMMON_DOCS, language: str = "en", date_col: str = "date") -> pd.DataFrame:
    """One row per document of ``docs`` (columns :data:`COPY_COLUMNS`, in the same order):
    its near-duplicate group and canonical, its similarity to the canonical, whether it is a
    repeat inside its outlet, the agency its dateline or credit (or its group's) names, and
    whether it is wire copy."""
    return Sketches(shingle=shingle, min_words=min_words, language=language, date_col=date_col).add(docs).table(
        threshold=threshold, common=common)


def _without_boilerplate(sets: list[np.ndarray], outlets: list[str], most: int = BOILERPLATE_DOCS) -> list[np.ndarray]:
    """Each set without the 5-grams found in more than ``most`` documents of its outlet."""
    by_outlet: dict[str, list[int]] = defaultdict(list)
    for i, o in enumerate(outlets):
        by_outlet[o].append(i)
    out = list(sets)
    for members in by_outlet.values():
        if len(members) <= most:
            continue
        values, counts = np.unique(np.concatenate([sets[i] for i in members]), return_counts=True)
        common = values[counts > most]
        if len(common):
            for i in members:
                out[i] = sets[i][~np.isin(sets[i], common, assume_unique=True)]
    return out


def _table(sk: Sketches, threshold: float, common: int) -> pd.DataFrame:
    check("threshold", threshold, Interval(0, 1, closed="right"))
    n = len(sk.ids)
    ids, outlets, credits = sk.ids, sk.outlets, sk.credits
    sets = _without_boilerplate(sk.sets, outlets)
    eligible = [i for i in sk.eligible if len(sets[i])]
    neighbours: dict[int, dict[int, tuple[float, float]]] = defaultdict(dict)
    for i, j in sorted(_candidates(sets, eligible, threshold, common)):
        over, jac = _overlap(sets[i], sets[j])
        if over >= threshold:
            neighbours[i][j] = neighbours[j][i] = (over, jac)
    own_agency = {o: outlet_agency(o) for o in set(outlets)}
    dates = parse_dates(pd.Series(sk.dates, dtype=object)).tolist() if n else []

    def when(i: int):
        d = dates[i]
        return (pd.isna(d), d.value if not pd.isna(d) else 0, i)

    cols = dict(group=[None] * n, canonical=[None] * n, similar_to=[None] * n, similarity=[np.nan] * n,
                jaccard=[np.nan] * n, same_outlet=[False] * n, repeat=[None] * n, agency=list(credits))
    canon_of: dict[int, int] = {}
    groups = _stars(neighbours, when, lambda i: own_agency[outlets[i]] is not None and own_agency[outlets[i]] in
                    {credits[k] for k in [i, *neighbours[i]]})
    for number, (canon, members) in enumerate(groups, start=1):
        named = [credits[i] for i in members if credits[i]]
        agency = None
        if named:  # the agency most members name; ties: the one named earliest
            counts = pd.Series(named).value_counts()
            top = [a for a in counts.index if counts[a] == counts.iloc[0]]
            agency = min(top, key=lambda a: min(when(i) for i in members if credits[i] == a))
        for i in members:
            cols["group"][i], cols["canonical"][i], canon_of[i] = number, ids[canon], canon
            if cols["agency"][i] is None:
                cols["agency"][i] = agency
    kept: dict[str, list[int]] = defaultdict(list)
    for i in sorted(neighbours, key=when):  # repeats: a near-duplicate of an earlier article of its outlet
        first = next((j for j in kept[outlets[i]] if j in neighbours[i]), None)
        if first is None:
            kept[outlets[i]].append(i)
        else:
            cols["repeat"][i] = ids[first]
        cols["same_outlet"][i] = any(outlets[j] == outlets[i] for j in neighbours[i])
    for i in neighbours:  # the similarity a reader can check: with the repeated article, the canonical, or the nearest
        canon = canon_of[i]
        if cols["repeat"][i] is not None:
            other = next(j for j in neighbours[i] if ids[j] == cols["repeat"][i])
        elif canon != i and canon in neighbours[i]:
            other = canon
        else:
            other = max(neighbours[i], key=lambda j: (neighbours[i][j][0], -j))
        cols["similar_to"][i] = ids[other]
        cols["similarity"][i], cols["jaccard"][i] = (round(v, 4) for v in neighbours[i][other])
    wire = [a is not None and a != own_agency[o] for a, o in zip(cols["agency"], outlets)]
    return pd.DataFrame({"doc_id": ids, "outlet": outlets, "group": pd.array(cols["group"], dtype="Int64"),
                         "canonical": cols["canonical"], "similar_to": cols["similar_to"], "similarity": cols["similarity"],
                         "jaccard": cols["jaccard"], "same_outlet": cols["same_outlet"],
                         "repeat": [r is not None for r in cols["repeat"]], "repeat_of": cols["repeat"],
                         "agency": cols["agency"], "credited": [c is not None for c in credits], "wire": wire},
                        columns=COPY_COLUMNS)


def _stars(neighbours: dict, when, is_agency) -> list[tuple[int, list[int]]]:
    """Groups as stars, so that no chain of overlaps joins unrelated articles (A shares half
    of B, B half of C, A nothing of C): the agency's own stories first, then the earliest,
    each a canonical with its near-duplicates not yet in a group; a document whose
    near-duplicates all went to other groups joins the group of its most similar one."""
    order = sorted(neighbours, key=lambda i: (not is_agency(i), when(i)))
    group_of: dict[int, int] = {}
    groups: list[tuple[int, list[int]]] = []
    for c in order:
        if c in group_of:
            continue
        free = [j for j in neighbours[c] if j not in group_of]
        if not free:
            continue
        group_of[c] = len(groups)
        for j in free:
            group_of[j] = len(groups)
        groups.append((c, [c, *free]))
    rank = {i: r for r, i in enumerate(order)}
    leftover: dict[int, int] = {}  # canonical -> its group of leftovers
    for i in order:
        if i not in group_of:
            canon = min(neighbours[i], key=rank.__getitem__)
            if canon not in leftover:
                leftover[canon] = len(groups)
                groups.append((canon, []))
            group_of[i] = leftover[canon]
            groups[group_of[i]][1].append(i)
    first = {g: min([c, *m], key=when) for g, (c, m) in enumerate(groups)}
    ranked = sorted(range(len(groups)), key=lambda g: when(first[g]))  # numbered by their earliest document
    return [(groups[g][0], sorted(groups[g][1], key=lambda i: (i != groups[g][0], when(i)))) for g in ranked]


#: The action of a problem row for a repeat left out.
REPEAT_ACTION = "skipped, so it is not counted twice; duplicates='keep' keeps it"


def select(table: pd.DataFrame, *, duplicates: str, copy: str) -> tuple[np.ndarray, list[tuple]]:
    """Which rows of a copy table (of the documents, in their order) to score under
    ``duplicates`` and ``copy`` (a boolean mask), and the repeats left out as
    ``(doc_id, problem, action)`` for the problems table."""
    check("duplicates", duplicates, DUPLICATES)
    check("copy", copy, COPY)
    keep = np.ones(len(table), dtype=bool)
    left_out = []
    if duplicates == "drop":
        rep = table["repeat"].to_numpy(dtype=bool)
        keep &= ~rep
        for doc_id, first, sim in table.loc[rep, ["doc_id", "repeat_of", "similarity"]].itertuples(index=False):
            left_out.append((doc_id, f"near-duplicate of {first} in the same outlet ({sim:.0%} of the shorter one's word "
                             "5-grams shared)", REPEAT_ACTION))
    if copy != "all":
        wire = table["wire"].to_numpy(dtype=bool)
        keep &= wire if copy == "wire" else ~wire
    return keep, left_out
