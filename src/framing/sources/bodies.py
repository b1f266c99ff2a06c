"""One body, one source: the short forms an article gives an organisation, read as its full
name.

News writes an organisation's name in full once and shortly after: "the Britain-based Syrian
Observatory for Human Rights", then "the Syrian Observatory", "SOHR". :class:`Bodies` says,
for the name of a body that speaks, the fullest name the article gives it:

- a word in "-based" says where the body sits, not what it is called ("Britain-based
  Syrian Observatory" is the Syrian Observatory);
- a name of a body (its last word one of a body's: "observatory", "department", "council")
  that the article writes on with "for"/"of" and capitalised words is that longer name
  ("Syrian Observatory" where the article writes "Syrian Observatory for Human Rights");
- an acronym is the capitalised run of the article whose initials spell it ("SOHR":
  "Syrian Observatory for Human Rights");
- a name the article writes only inside a longer name of a body is that name ("Observatory
  for Human Rights", where "Syrian" was read as a nationality);
- a description whose head noun is a body's head ("the observatory"), the kind of body its
  head says (a monitor is an observatory, a network or a watch: "the monitor", "a monitoring
  group", "the Britain-based war monitor") or the kind the article gives it ("the rights
  group": "… Rights, a Britain-based rights group") is that body, when the article names
  exactly one body so headed or so described (:meth:`Bodies.described`): a definite
  description ("the department") goes back to a body named before it, an indefinite one ("a
  post", "a monitoring group") is a body only by its kind, and a head that names any body
  ("the group", "the coalition") says no kind by itself.

In another language (``Bodies(text, words)``, ``words`` its :class:`.clause_words.ClauseWords`)
the same rules read that language's determiners, joiners and body words: an article opening
the name is left out ("der Städtetag", "l’ONU"), an acronym is spelled by a run joined by
its joiners, with one adjective in lower case at its end ("ONU": "Organisation des Nations
unies"); and three more rules name what its news writes:

- a body by its word alone ("le Conseil d’Etat", "die Kommission") is the one form the
  article writes with what says whose it is: a nationality after or before it ("Conseil
  d’Etat genevois", "die russische Regierung") or a capitalised adjective of its name after
  the description's own article ("Die Europäische Kommission", not "der Europäischen");

- a body's name followed by an acronym where the article gives it in full is that longer
  name ("Städtetag" where it writes "Der Städtetag NRW");
- a clipped name, the first letters of the first word of a name of two or three words the
  article gives with its article, is that name ("die Fed" where it writes "Die Federal
  Reserve hat").
"""

from __future__ import annotations

import re

from .people import _ORG_WORDS, _ROLE_EXTRA, _bare

__all__ = ["Bodies", "drop_based", "name_goes_on"]

_BASED_RE = re.compile(r"^(?:[\w.’'-]+[- ][Bb]ased\s+)+(?=\S)")
#: "… based in Britain" after a body's name: where it sits.
_BASED_IN_RE = re.compile(r"\s+based\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*$")
#: A body's name in the text: capitalised words whose head (the last before "for"/"of", or
#: the last) is a body's word ("Syrian Observatory for Human Rights").
#: Two words or more (one is no body's name), on one line: a paragraph closes a name ("…
#: Refugee Service\n\nGovernment officials"). (The capital is matched before the look at the
#: character before it, ``(?<![\w’'-][A-Z])``: a pattern that opens with a class of characters
#: lets the search skip to them, one that opens with a lookbehind tries every place.)
_NAMED_RE = re.compile(r"[A-Z](?<![\w’'-][A-Z])[\w’'-]*(?:[^\S\n]+(?:(?:of|for|and|the|on|&)[^\S\n]+)*[A-Z][\w’'-]*)+")
#: What a description says a body is, by the words it holds ("the monitor", "a monitoring
#: group", "the Britain-based war monitor", "the watchdog"), and the heads of the names of
#: bodies of that kind ("… Observatory for …", "… Network for …", "Human Rights Watch").
_KINDS = {"monitor": frozenset({"observatory", "network", "watch", "monitor"}),
          "watchdog": frozenset({"observatory", "network", "watch", "commission", "agency", "authority"})}
#: Between a body's name and its kind, and between a kind and a name.
_BEFORE_KIND = re.compile(r"(?:\s*,\s*(?:a|an|the)\s+|\s+)(?:(?:[a-z][\w’'-]*|[A-Z][\w.’'-]*-based)\s+){0,3}$")
_AFTER_KIND = re.compile(r"\s*,?\s+(?:the\s+)?(?:[\w.’'-]+-based\s+)?|")
#: Heads of a description that name no kind of body but one the article may give it.
_GIVEN_KINDS = frozenset({"group", "organization", "organisation"})
#: Heads that name any body ("the group", "the organization", "the coalition"): alone, a
#: description so headed says no kind, and the one body of the article so headed is not
#: what it stands for ("the group" after "[the Islamic State group]" was a think tank).
ANY_BODY_HEADS = frozenset("group organization organisation association coalition alliance".split())
_ACRONYM_RE = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})$")
#: A run of capitalised words (each a capital and a lower-case letter, "Syrian", not "U.S."),
#: with "of", "for", "and", "the", "on" between them: what may spell an acronym (its capital
#: matched first, as in ``_NAMED_RE``).
_RUN_RE = re.compile(r"[A-Z](?<![\w’'-][A-Z])[a-z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*[A-Z][a-z][\w’'-]*)+")
_JOINERS = frozenset("of for and the on &".split())
#: The joiners after which "the" goes on within a name ("Department of the Treasury"); after
#: "and" it opens another ("the Civil Defence and the Syrian Observatory …").
_INSIDE_THE = frozenset("of for on".split())
#: How a body's name goes on: "for"/"of" and capitalised words ("… for Human Rights").
_GOES_ON = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w’'-]*){0,4}")
_TIMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                   "july august september october november december".split())


#: an acronym after a body's name: "Städtetag| NRW"
_ACRONYM_AFTER = re.compile(r"\s+([A-Z]{2,6})(?![\w-])")
#: Around a body's word (:meth:`Bodies._qualified`): the word after it, an acronym joined
#: before it, an article and a word right before it.
_WORD_AFTER = re.compile(r"[^\S\n]+([\w’'-]+)")
_ACRONYM_JOINED = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{2,5}-$")
_ARTICLE_WORD = re.compile(r"(?<!\w)(\w+)\s+([\w’'-]+)\s+$")
#: language -> its pattern of a run that may spell an acronym
_RUNS: dict = {}


def _run_re(words) -> re.Pattern:
    """A language's run of capitalised words joined by its joiners and determiners, with one
    word in lower case at its end ("Organisation des Nations unies")."""
    found = _RUNS.get(words.language)
    if found is None:
        joiners = "|".join(sorted((re.escape(j) for j in words.JOINERS | words.DETERMINERS if j[-1:].isalpha()),
                                  key=len, reverse=True))
        found = _RUNS[words.language] = re.compile(
            rf"(?:(?<![\w’'-])|(?<=\w[’']))[A-Z][a-z][\w’'-]*(?:\s+(?:(?:{joiners})\s+)*[A-Z][a-z][\w’'-]*)*"
            r"(?:\s+[a-zé][\w’'-]*)?")
    return found


def drop_based(name: str) -> str:
    """``name`` without the words in "-based" that open it ("Britain-based Syrian
    Observatory" → "Syrian Observatory"; "London Based …" too; "London-based" alone is
    kept) and without a "based in …" that closes it."""
    return _BASED_IN_RE.sub("", _BASED_RE.sub("", name))


class Bodies:
    """The full names an article gives its bodies, read per name when asked; in another
    language than English, by that language's words (``words``: module docstring)."""

    def __init__(self, text: str, words=None):
        self.text = text
        self.w = words
        self._memo: dict = {}

    def full(self, name: str) -> str:
        """The fullest name the article gives the body ``name`` (``name`` itself when none)."""
        found = self._memo.get(name)
        if found is None:
            found = self._memo[name] = self._full(name) if self.w is None else self._full_in(name)
        return found

    def goes_on(self, name: str, g) -> str:
        """:func:`name_goes_on` of ``name`` in this article, looked up once per name (an
        article's rows name the same bodies again and again: a search of the whole text per
        row would make a long text's cost grow with its square)."""
        key = ("goes_on", name)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = name_goes_on(self.text, name, g)
        return found

    def _full_in(self, name: str) -> str:
        """:meth:`full` in a language of the clause rules (module docstring)."""
        w, words = self.w, name.split()
        low = words[0].lower().replace("'", "’") if words else ""
        elided = next((e for e in w.ELISIONS if low.startswith(e) and len(low) > len(e)), "")
        core = words[1:] if low in w.DETERMINERS and len(words) > 1 else ([words[0][len(elided):]] + words[1:]
                                                                          if elided else words)
        qualified = self._qualified(core, low if low in w.DEFINITE else "") \
            if core and len(core) <= 2 and core[0].lower() in w.ORG_WORDS else ""
        if qualified:
            return qualified  # "le Conseil d’Etat" → "Conseil d’Etat genevois", "die Kommission" → "Europäische Kommission"
        if not core or len(core) > 3 or not all(x[:1].isupper() for x in core):
            return name
        short = " ".join(core)
        if len(core) == 1 and _ACRONYM_RE.match(short):
            return self._spelled(short) or name
        found, text, at = set(), self.text, self.text.find(short + " ")
        while at >= 0:
            m = _ACRONYM_AFTER.match(text, at + len(short))
            if m is not None and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")):
                found.add(m.group(1))
            at = text.find(short + " ", at + 1)
        if len(found) == 1:
            return f"{short} {found.pop()}"  # "Städtetag" → "Städtetag NRW"
        if len(core) == 1 and 3 <= len(short) <= 4:
            return self._clipped(short) or name
        return name

    def _qualified(self, core: list, article: str) -> str:
        """The one form of the body ``core`` (a body's word and what follows it) the article
        writes with what says whose it is: a nationality after it ("Conseil d’Etat genevois",
        "gouvernement britannique") or before it, or a capitalised adjective of its name
        ("Die Europäische Kommission"), after an article (the description's own, where it has
        one: "die Kommission" is not "der Europäischen Kommission"), or an acronym joined before
        it ("NRW-Landesregierung"); else ""."""
        w, short, text, found = self.w, " ".join(core), self.text, set()
        at = text.find(short)
        while at >= 0:  # (each place the text writes it, read around: no pattern made per name)
            end = at + len(short)
            if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                before, after = text[max(0, at - 60):at], _WORD_AFTER.match(text, end)
                acronym = _ACRONYM_JOINED.search(before)  # "NRW-Landesregierung"
                if acronym is not None:
                    found.add(acronym.group() + short)
                if after is not None and after.group(1).lower() in w.NATIONALITIES and after.group(1).islower():
                    found.add(f"{short} {after.group(1)}")
                m = _ARTICLE_WORD.search(before) if acronym is None else None
                adj = m.group(2) if m is not None and m.group(1).lower() in w.DEFINITE else ""
                if adj and (adj.lower() in w.NATIONALITIES or adj[:1].isupper() and w.ATTRIBUTIVE is not None
                            and w.ATTRIBUTIVE.search(adj)) and adj.lower() not in w.DETERMINERS \
                        and (not article or m.group(1).lower() == article):
                    found.add(f"{adj} {short}")
            at = text.find(short, at + 1)
        return found.pop() if len(found) == 1 else ""

    def _clipped(self, short: str) -> str:
        """The one name of two or three capitalised words, after an article of the
        language, whose first word opens with ``short`` ("Fed": "Die Federal Reserve hat"),
        else ""."""
        arts = "|".join(re.escape(d) for d in sorted(self.w.DEFINITE, key=len, reverse=True))
        pat = re.compile(rf"(?<!\w)(?i:{arts})\s+({re.escape(short)}[a-z]+(?:\s+[A-Z][a-z]+){{1,2}})(?=\s+[a-z]|\s*[,.;:])")
        found = {m.group(1) for m in pat.finditer(self.text)}
        return found.pop() if len(found) == 1 else ""

    def _full(self, name: str) -> str:
        name = drop_based(name)
        bare = name.replace(".", "")
        if _ACRONYM_RE.match(name) and bare.isalpha():
            spelled = self._spelled(bare)
            if spelled:
                return spelled
        words = name.split()
        inside = self._inside(name)
        if inside:
            return inside
        k = len(words)
        while k > 1 and words[k - 1].islower():
            k -= 1
        if 1 < k < len(words) and any(w.startswith(tuple(_KINDS)) or w == "group" for w in words[k:]) \
                and " ".join(words[:k]) in self._named():
            # "Syrian Observatory for Human Rights monitor": the body, named before its kind
            # (but "White House officials" are people)
            return self.full(" ".join(words[:k]))
        if _bare(words[-1]) not in _ORG_WORDS or (self.text.find(name + " of ") < 0 and self.text.find(name + " for ") < 0) \
                or len(words) > 6 or not all(w[:1].isupper() for w in words):
            return name  # "Trump on Wednesday", "Russia for the Novichok": no body's name goes on
        best, text = "", self.text
        for joiner in (" of ", " for "):
            at = text.find(name + joiner)
            while at >= 0:
                end = at + len(name)
                m = _GOES_ON.match(text, end)
                if m is not None and (at == 0 or not text[at - 1].isalnum()) and not _TIMES.intersection(
                        _bare(w) for w in m.group().split()) and len(name) + len(m.group()) > len(best):
                    best = name + m.group()
                at = text.find(name + joiner, end)
        return (self._inside(best) or best) if best else name

    def _inside(self, name: str) -> str:
        """The one longer name of a body of the text that ends in ``name``, a name that goes
        on with "for" or "of" ("Observatory for Human Rights": "Syrian Observatory for Human
        Rights"), or "" when none or several do."""
        words = name.split()
        if len(words) < 2 or not ("for" in words or "of" in words) or not all(w[:1].isupper() or w in _JOINERS
                                                                               for w in words):
            return ""  # a body's name that goes on with "for"/"of" ("Observatory for Human Rights")
        if name in self._named():
            return ""  # a name the article writes by itself ("… city of Ashara Syrian Observatory for …")
        longer = {n for n in self._named() if n.endswith(" " + name)}
        return longer.pop() if len(longer) == 1 else ""

    def _named(self) -> dict:
        """The names of bodies the text writes (runs of capitalised words whose head is a
        body's word), each with where the text first writes it; read once."""
        named = self._memo.get(())
        if named is None:
            named = self._memo[()] = {}
            for m in _NAMED_RE.finditer(self.text):
                words = m.group().split()
                # a name opens after its "the" ("Getty Images The Department of Defense", "As
                # the Center for …", "the Ghouta Media Center and the Syrian Observatory …");
                # not inside one ("Department of the Treasury", "Center for the Study …")
                at = max((k + 1 for k, w in enumerate(words) if w.lower() == "the"
                          and (w == "The" or k == 0 or words[k - 1] not in _INSIDE_THE)), default=0)
                words = words[at:]
                cut = next((k for k, w in enumerate(words) if w in {"of", "for"}), len(words))
                if cut and _bare(words[cut - 1]) in _ORG_WORDS and len(words) > 1:
                    named.setdefault(drop_based(" ".join(words)), m.start())
        return named

    def described(self, description: str, at: int, definite: bool) -> str:
        """The full name of the one body the article names whose head is the head noun of
        ``description`` ("observatory") or that it describes with that noun ("monitor":
        "the Syrian Observatory for Human Rights, a Britain-based monitor"; "the monitoring
        group SOHR"), or "" when none or more than one is.

        A definite description (``definite``: "the observatory") goes back to a body the
        article has named before it (before ``at``); an indefinite one introduces a body
        and stands for it only by its kind ("a monitoring group"), not by a head it shares
        with a body's name ("a post on his Twitter account" is no Washington Post)."""
        key = ("described", description)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._described(description)
        if not found:
            return ""
        full, first, by_head = found
        return "" if (first >= at if definite else by_head) else full

    def _described(self, description: str) -> tuple:
        """(full name, where the text first names the body, whether only its head says it)
        of the one body ``description`` stands for, or ()."""
        words = drop_based(description).split()
        if not words or len(words) > 3 or not all(w.islower() or w.endswith("-based") for w in words[:-1]):
            return ()
        head = words[-1].lower()
        if not head.isalpha() or (len(words) == 1 and head in ANY_BODY_HEADS):
            return ()  # "the group": any body
        kinds = {k for k in _KINDS if any(w.lower().startswith(k) for w in words)}
        if not kinds and _bare(head) not in _ORG_WORDS:
            return ()  # "the official", "a spokesman": no body's head or kind (and no search of the text)
        # the description's words, its head in the plural too ("monitoring group", "monitors")
        kind = r"\b" + r"\s+".join(map(re.escape, [w.lower() for w in words[:-1]])) + (r"\s+" if len(words) > 1 else "") \
            + re.escape(head) + r"s?\b"
        # the kind the article gives a body is looked for only for the words of a kind ("a
        # Britain-based group", "the monitor"), where the text holds them more than once
        given = self._given(kind) if kinds or head in _GIVEN_KINDS else set()
        bodies: dict = {}
        for name, first in self._named().items():
            full = self.full(name)
            cut = next((k for k, w in enumerate(full.split()) if w in {"of", "for"}), len(full.split()))
            body_head = _bare(full.split()[cut - 1])
            by_kind = any(body_head in _KINDS[k] for k in kinds) or name in given
            if by_kind or (len(words) == 1 and body_head == head):
                # "the observatory", "the monitor": the Syrian Observatory for Human Rights
                was = bodies.get(full, (first, True))
                bodies[full] = (min(first, was[0]), was[1] and not by_kind)
        if len(bodies) != 1:
            return ()
        full, (first, by_head) = bodies.popitem()
        return full, first, by_head

    def _given(self, kind: str) -> set:
        """The names of bodies the text writes just before or after the words ``kind`` (a
        pattern): "the Syrian Observatory for Human Rights, a Britain-based group", "the
        monitoring group SOHR"."""
        found = list(re.finditer(kind, self.text))
        if len(found) < 2:
            return set()
        given = set()
        for m in found:
            before = self.text[max(0, m.start() - 150):m.start()]
            after = self.text[m.end():m.end() + 150]
            gap = _AFTER_KIND.match(after)
            for name in self._named():
                at = before.rfind(name)
                if (at >= 0 and _BEFORE_KIND.match(before, at + len(name))) or after.startswith(name, gap.end()):
                    given.add(name)
        return given

    def _spelled(self, acronym: str) -> str:
        """The capitalised words of the text whose initials are ``acronym`` (with "of",
        "for", "and", "the", "on" between them), when the text gives one such name."""
        found = set()
        for words, at, initials in self._runs():
            i = initials.find(acronym)
            while i >= 0:
                last = at[i + len(acronym) - 1]
                if (i == 0 or at[i - 1] != at[i]) and (i + len(acronym) == len(at) or at[i + len(acronym)] != last) \
                        and not (_bare(words[last]) in _ROLE_EXTRA and _bare(words[last]) not in _ORG_WORDS):  # not "… Association President"
                    found.add(" ".join(words[at[i]:last + 1]))
                i = initials.find(acronym, i + 1)
        return found.pop() if len(found) == 1 else ""

    def _runs(self) -> list:
        """The text's runs of capitalised words (words, where each capitalised one stands,
        their initials), read once."""
        runs = self._memo.get(None)
        if runs is None:
            runs = self._memo[None] = []
            joined = (lambda x: x in _JOINERS) if self.w is None else (
                lambda x: x.lower().replace("'", "’") in self.w.JOINERS | self.w.DETERMINERS)
            for m in (_RUN_RE if self.w is None else _run_re(self.w)).finditer(self.text):
                words = m.group().split()
                # each capitalised part of a hyphenated word spells a letter ("Anti-Defamation League": ADL)
                at = [k for k, w in enumerate(words) if not joined(w) for p in w.split("-") if p[:1].isupper() or p is w]
                runs.append((words, at, "".join(p[0].upper() for k, w in enumerate(words) if not joined(w)
                                                for p in w.split("-") if p[:1].isupper() or p is w)))
        return runs


#: What goes on after a word of a name: more letters, or more capitalised words.
_NAME_ENDS_LATER = re.compile(r"\w|\s+(?:of\s+|for\s+|and\s+)?[A-Z]")


def name_goes_on(text: str, name: str, g) -> str:
    """A body's one-word name as the article writes it in full, with a word that goes on
    the name of a body (``name_goes_on`` of the language's ``words.yaml``: "Amnesty" where
    it writes "Amnesty International", "NBC" where "NBC News"; not "Japan" where it writes
    "Japan International Cooperation Agency", a name that goes on), when it writes one such
    longer name; else ``name``."""
    if " " in name or not name[:1].isupper() or not g.NAME_GOES_ON:
        return name
    found, at = set(), text.find(name + " ")
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-’'"):
            rest = text[at + len(name) + 1:at + len(name) + 40]
            found.update(f"{name} {end}" for end in g.NAME_GOES_ON if rest.startswith(end)
                         and not _NAME_ENDS_LATER.match(rest, len(end)))
        at = text.find(name + " ", at + 1)
    return found.pop() if len(found) == 1 else name
