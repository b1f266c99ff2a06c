"""A list of names as one subject: "Merkel, Macron and May said", "The leaders of the UK,
France and Germany have all said", "The foreign ministers of Russia, Iran and Turkey said".

A noun phrase reader stops at a comma, so the subject of such a list was its last one or two
names ("France and Germany", "Iran and Turkey"), and the phrase after "of" lost its head
("the leaders"). Here a run of capitalised names parted by commas, the last joined by "and"
(", and" too), is one phrase with the phrase it opens with ("The leaders of the UK"), read
back from the cue (:func:`list_start`) or forward from the list's first word
(:func:`list_end`). Not a list after a verb ("The army shelled Homs, Hama and Aleppo"): the
first item holds no verb in the past and no participle.
"""

from __future__ import annotations

from .words import Words


def plural(low: str) -> bool:
    """A noun in the plural ("sources", "officials"); "that" never stands before one."""
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "\u2019s")) and len(low) > 3

__all__ = ["list_end", "list_start", "plural"]


def _name_run_back(toks: list, k: int, lo: int) -> int | None:
    """Start of the capitalised name that ends at token ``k`` (inclusive), stepping back over
    capitalised words and the marks inside names ("al-Assad", "U.K."), or None."""
    s = k
    while s >= lo and (toks[s].cap or (not toks[s].word and toks[s].text in "-.'\u2019" and s > lo and toks[s - 1].word)):
        s -= 1
    s += 1
    return s if s <= k and toks[s].cap else None


def _name_run_forward(toks: list, k: int, hi: int) -> int | None:
    """End (exclusive) of the capitalised name that starts at token ``k``, or None."""
    if k >= hi or not toks[k].cap:
        return None
    e = k
    while e < hi and (toks[e].cap or (not toks[e].word and toks[e].text in "-.'\u2019" and e + 1 < hi and toks[e + 1].word
                                      and toks[e].end == toks[e + 1].start)):
        e += 1
    return e


def _no_verb(toks: list, s: int, e: int, g: Words) -> bool:
    """The first item of a list holds no verb ("shelled Homs"), no participle."""
    return not any(not t.cap and t.word and (t.low in g.PAST_VERBS or t.low.endswith(("ed", "ing")))
                   for t in toks[s:e])


def list_start(toks: list, j: int, i: int, lo: int, g: Words, np_back, is_head) -> int:
    """Where a subject that ends at token ``i`` and starts at ``j`` (after a comma) starts
    when it is the last of a list of names ("…, France and Germany": module docstring), or
    ``j``."""
    if not toks[j].cap or not any(toks[k].low == "and" and toks[k - 1].cap and toks[k + 1].cap for k in range(j + 1, i)):
        return j
    k = j - 1  # the comma before the last item
    while k - 1 >= lo and toks[k].text == ",":
        s = _name_run_back(toks, k - 1, lo)
        if s is None:
            return j
        if s - 1 >= lo and toks[s - 1].text == ",":
            k = s - 1  # a name between two commas: the list goes on before it
            continue
        first = np_back(toks, k - 1, lo, g)  # the first item with the phrase it closes: "The leaders of the UK"
        return first if first is not None and first <= s and _first_item(toks, first, s, k, lo, g, is_head) else j
    return j


#: Words before a list that open its clause ("… said that Merkel, Macron and May …").
_OPENERS = {"that", "but", "as", "while", "because", "since", "although", "though", "when", "if", "after",
            "before"}


def _first_item(toks: list, first: int, s: int, k: int, lo: int, g: Words, is_head) -> bool:
    """The list's first item (tokens ``first`` to ``k``, its name from ``s``) opens its clause
    (not "In … Russia, President Obama and …", a preposition's object), is no sentence adverb
    ("Meanwhile, Austria and Germany warned"), holds no verb (:func:`_no_verb`), and what it
    says before the name is a noun of people ("The leaders of", "Officials in"; not "the
    Kurdish capital of Irbil, Stars and Stripes reports")."""
    p = toks[first - 1] if first > lo else None
    if p is not None and p.word and p.low not in _OPENERS:
        return False
    if toks[first].low in g.SENTENCE_ADVERBS or not _no_verb(toks, first, k, g):
        return False
    lower = [t.low for t in toks[first:s] if t.word and not t.cap and t.low not in g.DETERMINERS
             and t.low not in g.PREPS_IN_NP and t.low not in {"of", "for"}]
    return not lower or any(plural(w) or is_head(w, g) for w in lower)


def list_end(toks: list, j: int, hi: int, g: Words) -> int:
    """Where a phrase that ends at token ``j`` (exclusive) with a name and a comma ends when a
    list of names goes on from it ("The leaders of France, Germany and Italy, three …":
    after "Italy"), or ``j``; not over a state and party in apposition ("Sen. Rand Paul,
    Kentucky Republican, and Sen. Mitch McConnell": two people, each described)."""
    if j >= hi or toks[j].text != "," or not toks[j - 1].cap:
        return j
    k = j
    while k < hi and toks[k].text == ",":
        if k + 1 < hi and toks[k + 1].low == "and":
            k += 1  # "A, B, and C"
            break
        e = _name_run_forward(toks, k + 1, hi)
        if e is None or toks[e - 1].low in g.PARTIES:
            return j
        k = e
    if k >= hi or toks[k].low != "and" or k == j:
        return j
    e = _name_run_forward(toks, k + 1, hi)
    return j if e is None else e
