"""Which wire agency a story's dateline or credit names: ``"BEIRUT (Reuters) -"`` → Reuters.

The agencies and their forms are data (``framing/data/agencies.yaml``: one list for every
language, the words of credits per language). A name counts only where a dateline or a
credit puts it, never where a story cites the agency:

- at the head of the text (its first :data:`HEAD` characters): the name in parentheses
  (``"BEIRUT (Reuters) -"``, ``"(AFP/Reuters)"``); the name before a dash after a place or
  a date (``"Aleppo SANA-"``, ``"DAMASCUS, Jan 2 AFP -"``), not after an article
  (``"a Reuters-Ipsos poll"``); after a credit word (``"By AFP"``, ``"Source: AFP"``); beside
  a weekday and a date (``"Reuters Friday 17 Nov 2017"``, a credit line of web pages; not
  ``"told SANA Thursday"``);
- at the end of the text (its last :data:`TAIL` characters): the name after a dash or in
  parentheses as the last thing (``"... - REUTERS"``, ``"--Reuters"``, ``"(AFP)"``); after a
  credit word (``"(Source: AFP)"``); before ``contributed``; a credit phrase of the agency's
  own (``"The Thomson Reuters Trust Principles."``).

An outlet that is itself the agency (outlet ``reuters`` or ``SANA``) runs its own reporting:
:func:`outlet_agency` names it, so that its stories are not counted as wire copy.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from ..errors import CorpusError

__all__ = ["Agency", "agencies", "wire_agency", "outlet_agency", "HEAD", "TAIL"]

#: Characters at the start of a text where a dateline or credit line is looked for.
HEAD = 300
#: Characters at the end of a text where a closing credit is looked for.
TAIL = 300

_SOURCE = "framing/data/agencies.yaml"


@dataclass(frozen=True)
class Agency:
    name: str
    forms: tuple[str, ...]
    credits: tuple[str, ...] = ()


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    text = resources.files("framing").joinpath("data", "agencies.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not isinstance(data.get("agencies"), list):
        raise CorpusError(f"{_SOURCE}: expected a mapping with a list 'agencies'.")
    return data


@functools.lru_cache(maxsize=1)
def agencies() -> tuple[Agency, ...]:
    """The agencies of ``framing/data/agencies.yaml``, in its order."""
    out = []
    for i, entry in enumerate(_data()["agencies"]):
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("forms"):
            raise CorpusError(f"{_SOURCE}: agency {i + 1} needs a name and a list of forms.")
        out.append(Agency(str(entry["name"]), tuple(str(f) for f in entry["forms"]),
                          tuple(str(c) for c in entry.get("credits") or ())))
    return tuple(out)


@dataclass(frozen=True)
class _Rules:
    names: dict[str, list[tuple[tuple[str, ...], str, bool]]]  # first word, case folded -> (words, agency, exact case)
    agency: dict[str, str]  # credit group name -> agency name
    head: tuple[tuple[re.Pattern, re.Pattern], ...]  # (before the name: searched; after it: matched)
    tail: tuple[tuple[re.Pattern, re.Pattern], ...]
    credits: re.Pattern | None  # the agencies' own credit phrases (c0, c1 …)
    first: re.Pattern | None = None  # the first words of ``names``, as whole words in any case


@functools.lru_cache(maxsize=8)
def _rules(language: str) -> _Rules:
    """A language's datelines and credits: the contexts around an agency's name, in pairs."""
    words = (_data().get("credit_words") or {}).get(language) or _data()["credit_words"]["en"]
    agency: dict[str, str] = {}
    names: dict[str, list] = {}
    for a in agencies():
        for form in a.forms:
            ws = tuple(_WORD.findall(form))
            if ws:
                names.setdefault(ws[0].casefold(), []).append((ws, a.name, len(form) <= 4))
    for entries in names.values():
        entries.sort(key=lambda e: -len(e[0]))  # the longest form first: "Thomson Reuters" before "Thomson"

    def one_of(ws) -> str:
        return "(?:" + "|".join(r"\s+".join(re.escape(x) for x in w.split()) for w in sorted(ws, key=len, reverse=True)) + ")"

    before, after, weekdays, articles = (one_of(words[k]) for k in ("before", "after", "weekdays", "articles"))
    credit_word = re.compile(r"(?<!\w)" + before + r"\s*:?\s*(?:the\s+)?$")
    word = re.compile(r"(?!\w)")
    c = re.compile
    head = (
        (c(r"\(\s*(?:[^()]{0,40}[/,;]\s*)?$"), c(r"\s*(?:[/,;]\s*[^()]{1,40})?\)")),  # (Reuters), (AFP/Reuters)
        (c(r"(?:^\s*|(?<![\w-])(?!" + articles + r"\s)[A-Z\d][\w.'’]*,?\s+)$"), c(r"\s?[-–—]{1,2}")),  # Aleppo SANA-
        (credit_word, word),                                                            # By AFP, Source: AFP
        (c(r"(?:^|[^\w-])$"), c(r"\s*,?\s*" + weekdays + r",?\s+\d")),                   # Reuters Friday 17 Nov
    )
    tail = (
        (c(r"(?:[-–—]+|\()\s*$"), c(r"\s*\)?\s*[.)]?\s*$")),                             # - REUTERS, (AFP)
        (credit_word, word),                                                            # (Source: AFP)
    ) + (((c(r"(?:^|[^\w-])$"), c(r"\s+" + after + r"(?!\w)")),) if words.get("after") else ())  # AFP contributed
    if words.get("closing"):  # "mit Material von dpa", "Avec AFP" closing the text (de, fr)
        closing = r"(?i:" + one_of(words["closing"]) + r")"
        tail += ((c(r"(?:^|\n|[.!?»«\"“”)]\s+|\(\s*)" + closing + r"\s*$"),
                  c(r"(?:\s*(?:[/,]|\s(?:und|et|and)\s)\s*[\w.-]+){0,3}\s*\)?\s*[.)]?\s*$")),)
    credits = [(a.name, p) for a in agencies() for p in a.credits]
    agency.update((f"c{i}", name) for i, (name, _) in enumerate(credits))
    credit_re = c("|".join(f"(?P<c{i}>(?i:{re.escape(p)}))" for i, (_, p) in enumerate(credits))) if credits else None
    first = c(r"(?i)(?<!\w)(?:" + "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True)) + r")(?!\w)") \
        if names else None
    return _Rules(names, agency, head, tail, credit_re, first)


def _named(m: re.Match, rules: _Rules) -> str:
    return rules.agency[next(k for k, v in m.groupdict().items() if v is not None)]


_WORD = re.compile(r"\w+")


def _names(text: str, rules: _Rules):
    """(start, end, agency) of every agency's name in ``text``: whole words; a short form
    (an acronym: AFP, AP, dpa) as written or in capitals, a longer one in any case. Only the
    words that begin a form are looked at (one search for all of them)."""
    if rules.first is None:
        return
    for m in rules.first.finditer(text):
        entries = rules.names.get(m.group().casefold(), ())
        if not entries:
            continue
        words = list(itertools.islice(_WORD.finditer(text, m.start()), max(len(f) for f, _, _ in entries)))
        for form, name, exact in entries:
            got = words[:len(form)]
            if len(got) < len(form):
                continue
            said = tuple(g.group() for g in got)
            if exact:
                if said != form and said != tuple(x.upper() for x in form):
                    continue
            elif tuple(x.casefold() for x in said) != tuple(x.casefold() for x in form):
                continue
            if any(got[i + 1].start() - got[i].end() > 0 and text[got[i].end():got[i + 1].start()].strip(" -")
                   for i in range(len(got) - 1)):
                continue  # words of a form stand apart only by spaces or a hyphen
            yield got[0].start(), got[-1].end(), name
            break


def _credited(text: str, pairs, rules: _Rules, last: bool) -> str | None:
    """The agency of the first (or ``last``) name in ``text`` that one of the ``pairs`` of
    contexts stands around."""
    found = None
    for a, b, name in _names(text, rules):
        pre, post = text[max(0, a - 60):a], text[b:b + 60]
        if a <= 60:
            pre = text[:a]  # so that ^ is the start of the text
        if any(before.search(pre) and after.match(post) for before, after in pairs):
            found = name
            if not last:
                return found
    return found


def wire_agency(text: str, language: str = "en") -> str | None:
    """The agency a dateline or credit of ``text`` names (its ``name`` in the agency list),
    or None. The head is read first (its first credit counts), then the end (its last).

    >>> wire_agency("BEIRUT (Reuters) - The army said on Monday ...")
    'Reuters'
    >>> wire_agency("Aleppo SANA-Terrorists fired shells ...")
    'SANA'
    >>> wire_agency("Syria's SANA state news agency reported the attack.") is None
    True
    >>> wire_agency("The toll rose, the monitor said. - REUTERS")
    'Reuters'
    """
    if not isinstance(text, str) or not text:
        return None
    rules = _rules(language)
    found = _credited(text[:HEAD], rules.head, rules, last=False)
    if found is None:
        tail = text[-TAIL:]
        found = _credited(tail, rules.tail, rules, last=True)
        if found is None and rules.credits is not None:
            m = rules.credits.search(tail)
            found = _named(m, rules) if m else None
    return found


@functools.lru_cache(maxsize=4096)
def outlet_agency(outlet: str) -> str | None:
    """The agency an outlet's name is (``"reuters"`` → Reuters, ``"SANA"`` → SANA: its own
    stories are its own reporting), or None. The whole name must be a form, in any case."""
    key = " ".join(str(outlet).split()).casefold()
    for agency in agencies():
        if key == agency.name.casefold() or any(key == " ".join(f.split()).casefold() for f in agency.forms):
            return agency.name
    return None
