"""One person, one source: the people an article names, and one id per speaker.

Within an article, :class:`People` reads the names the text gives — runs of capitalised
words, with the sentence openers ("But", "On Monday") and the titles before a name ("House
Speaker", "Syrian President") set aside — and groups them by person: the same surname and
the same first name ("Hillary Rodham Clinton" and "Hillary Clinton"). It then says which
person a surname ("Clinton"), a name with or without its middle name, a name followed by
"of <Place>" ("Rick Santorum of Pennsylvania") or a role the article gave one person ("the
president" after "President Donald Trump") stands for — or that it cannot say: a surname
the article gives to two people (Bill and Hillary Clinton) stays a surname, marked
ambiguous, and a role two people hold stays a role.

Across a corpus, :func:`speaker_key` makes the ``speaker_id`` of a canonical speaker (a
person's first name, middle initials and surname, folded: "hillary clinton", "bashar
assad", "george w bush"; any other speaker its folded name) and :func:`link_surnames`
(:mod:`.surname_links`) links a lone surname ("trump", from an article that never gives the full name) to the one
person the corpus names with that surname, when it names one far more than any other —
in the same outlet's articles first, then in the corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .._names import fold
from ..lang import get_language
from .capital_runs import ARTICLE_PREFIX_RE, PARTICLES, is_capitalised, run_matches
from .name_titles import time_prefixed_title
from .surname_links import LINK_MIN, LINK_SHARE, link_surnames
from .words import Words

__all__ = ["People", "speaker_key", "id_kind", "link_surnames", "AMBIGUOUS", "LINK_SHARE", "LINK_MIN"]

#: Marks the id of a surname the article gives to more than one person ("clinton (ambiguous)").
AMBIGUOUS = " (ambiguous)"

_POSSESSIVE_RE = re.compile(r"['’]s?$")
_SUFFIXES = frozenset("jr sr ii iii iv".split())
_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: Capitalised at the start of a sentence or a headline, never a first name.
_OPENERS = frozenset("the a an and but or so yet then now meanwhile also still however instead indeed asked speaking "
                     "in on at for with by from of to into after before during since while when where if as though "
                     "although because once today yesterday tonight this that these those his her their its our my "
                     "your we they he she it i there here what who why how said says according maybe perhaps".split())
#: Words of captions and share buttons that stand before a name ("AP Photo", "Getty Images",
#: "Facebook Twitter Pinterest Donald Trump").
_LABELS = frozenset("photo photos images image getty facebook twitter pinterest instagram linkedin email share video "
                    "watch caption file related coverage".split())
#: English role words that stand before a name besides the language's titles and person
#: roles (``words.yaml``): "House Speaker", "Majority Leader", "Attorney General".
_ROLE_EXTRA = frozenset("speaker leader attorney chairman chairwoman chair justice judge sheriff chancellor mayor rep sen "
                        "gov lt sgt adm admiral gen ambassador commissioner director administrator spokesperson whip "
                        "premier emir president secretary minister senator congressman congresswoman representative "
                        "lawmaker candidate nominee host anchor ceo founder professor dr mr mrs ms miss sir lord lady pope "
                        "cardinal bishop rev imam rabbi sheikh king queen prince princess officer commander analyst "
                        "economist col maj capt cpl pvt gen. press".split())
#: Abbreviated titles and the role a definite description names ("Sen. X" … "the senator").
_ROLE_SAME = {"sen": "senator", "gov": "governor", "gen": "general", "col": "colonel", "lt": "lieutenant",
              "rep": "representative", "congressman": "representative", "congresswoman": "representative",
              "dr": "doctor", "adm": "admiral", "capt": "captain", "maj": "major", "sgt": "sergeant"}


@lru_cache(maxsize=256)
def _role_keys(head: str) -> frozenset:
    """The words a title may end with for a role head: itself and its short forms ("senator": "sen")."""
    return frozenset({head} | {k for k, v in _ROLE_SAME.items() if v == head})


#: Words of the nationalities list that name no country ("former", a party).
_NOT_COUNTRIES = frozenset({"former", "democrat", "democratic", "republican"})
#: Words of an organisation's name: such a name is never shortened to first and last word.
_ORG_WORDS = frozenset("observatory agency ministry army forces government council coalition nations institute center "
                       "centre committee news media network organization organisation union department office direct "
                       "times post party house state unit group front brigade force command watch rights international "
                       "journal press association foundation university college school bank fund company inc corp corp. "
                       "club church hospital court senate congress commission authority board bureau service services "
                       "police guard staff chiefs republic kingdom federation league movement campaign project program "
                       "programme initiative alliance tribune herald gazette review daily weekly magazine radio tv "
                       "television channel broadcasting reuters associated airlines airways group llc ltd co trust "
                       "society fox cnn nbc abc cbs bbc".split())


@lru_cache(maxsize=1 << 17)  # the same words come back in every article
def _bare(word: str) -> str:
    """A word as compared: lower case, no final full stop, accents and apostrophes folded."""
    return fold(word.rstrip(".")).replace("’", "'")


def _initial(word: str) -> bool:
    """"W.", "H.W.", "J": an initial, kept in a name's key."""
    w = word.replace(".", "")
    return 0 < len(w) <= 2 and w.isalpha() and w.isupper()


def _role_words(g: Words) -> frozenset:
    return g.derive(_role_words, lambda g: frozenset(
        {t.rstrip(".") for t in g.TITLES} | {r.lower() for r in g.PERSON_ROLES} | _ROLE_EXTRA))


def _surname_of(words: list) -> tuple[int, str]:
    """How many words the surname takes at the end (2 with a suffix: "Trump Jr.") and its key
    ("trump jr")."""
    tail = 2 if len(words) > 2 and _bare(words[-1]) in _SUFFIXES else 1
    return tail, " ".join([_surname_key(words[-tail])] + [_bare(w) for w in words[len(words) - tail + 1:]])


@lru_cache(maxsize=1 << 16)
def _surname_key(word: str) -> str:
    """The key of a surname: folded, an Arabic article fused with a hyphen dropped ("al-Assad": "assad")."""
    return ARTICLE_PREFIX_RE.sub("", _bare(word))


def _name_words(words: list[str]) -> bool:
    """Capitalised words (particles and initials allowed inside) that can be a person's name."""
    if not 2 <= len(words) <= 5 or not words[0][:1].isupper():
        return False
    for w in words:
        b = _bare(w)
        if b in _ORG_WORDS or b in {"of", "for", "and", "&", "the", "on", "in"}:
            return False
        if not (w[:1].isupper() or b in PARTICLES or ARTICLE_PREFIX_RE.match(b)):
            return False
    return not all(w.isupper() and len(w) > 2 for w in words)  # "SANA", "GOP": acronyms


@lru_cache(maxsize=65536)  # canonical speakers repeat
def speaker_key(canonical: str) -> str:
    """The ``speaker_id`` of a canonical speaker: a person's first name, middle initials and
    surname (particles of the surname and middle names dropped), else the name; folded to
    lower case without accents, a leading article dropped.

    >>> [speaker_key(n) for n in ["Hillary Rodham Clinton", "Hillary Clinton", "Bashar al-Assad", "Bashar Assad"]]
    ['hillary clinton', 'hillary clinton', 'bashar assad', 'bashar assad']
    >>> speaker_key("George W. Bush"), speaker_key("Donald Trump Jr."), speaker_key("the Syrian Observatory for Human Rights")
    ('george w bush', 'donald trump jr', 'syrian observatory for human rights')
    """
    words = canonical.split()
    if words and words[0].lower() in {"the", "a", "an"} and len(words) > 1:
        words = words[1:]
    words = [_POSSESSIVE_RE.sub("", w) if w.endswith(("'s", "’s")) else w for w in words]
    if not words:
        return ""
    if _name_words(words):
        tail = 2 if _bare(words[-1]) in _SUFFIXES and len(words) > 2 else 1
        middle = [w for w in words[1:len(words) - tail] if _initial(w)]
        last = [_surname_key(words[-tail])] + [_bare(w) for w in words[len(words) - tail + 1:]]
        return " ".join([_bare(words[0])] + [_bare(w) for w in middle] + last)
    return " ".join(_bare(w) for w in words)


def id_kind(canonical: str, speaker_id: str) -> str:
    """What linking may do with an id: ``surname`` (one capitalised word, not marked
    ambiguous: it may be linked), ``person`` (a person's full name: a lone surname may be
    linked to it) or ``other``."""
    words = canonical.split()
    if len(words) == 1 and words[0][:1].isupper() and not speaker_id.endswith(AMBIGUOUS) and not (
            words[0].isupper() and len(words[0]) > 2):
        return "surname"
    return "person" if _name_words(words) else "other"


class _Person:
    __slots__ = ("forms", "run", "first")

    def __init__(self, first: str):
        self.first, self.forms, self.run = first, {}, ""  # form -> times written (a dict: no Counter to build per person)

    @property
    def canonical(self) -> str:
        """The longest form the article gives (the first of equal length)."""
        return max(self.forms, key=lambda f: (len(f), -self.forms[f]))


class People:
    """The people an article names, read when first asked (most speakers need none of it)."""

    def __init__(self, text: str, g: Words):
        self.text, self.g = text, g
        self._by_surname: dict = {}
        self._done: set = set()  # the surname keys whose runs are read
        self._heads: set = set()  # the role heads whose titled runs are read
        self._roles: list = []  # (start, role, title words, person or None, surname key)
        self._firsts: dict = {}  # (surname key, first key) -> _Person
        self._memo: dict = {}  # answers of named(), role() and _lone_form(), asked again for each attribution

    def _need(self, skey: str) -> None:
        """The runs whose surname key is ``skey`` ("trump", "trump jr"), the people they name
        grouped (:meth:`_merged`): only the runs of two words or more that hold a capitalised
        word of that surname are read."""
        if skey in self._done:
            return
        self._done.add(skey)
        for raw in self._runs_with(skey.split(" ")[0]):
            for run in self._run_names(raw):
                if _surname_of(run[1])[1] == skey:
                    self._add(*run)
        persons = self._by_surname.get(skey, [])
        if len(persons) > 1:
            self._by_surname[skey] = self._merged(skey, persons)

    def _runs_with(self, key: str) -> list:
        """The article's runs of two words or more as written (:func:`_split_run`) that hold a
        capitalised word of surname key ``key`` (:func:`_capital_key`), in text order: found
        once, their words read only where ``key`` can stand, in a run's lower case without
        apostrophes (as :func:`_bare` folds) where it is in ASCII, always where it is not."""
        if "runs" not in self._memo:
            self._memo["runs"] = ({}, [[m, _folded_ascii(m.group()), None] for m in run_matches(self.text, False)])
        index, matches = self._memo["runs"]
        found = index.get(key)
        if found is None:
            found = index[key] = []
            for entry in matches if key else ():
                if entry[1] is None or key in entry[1]:
                    if entry[2] is None:  # the match's runs, the same lists for every key, each with its keys
                        entry[2] = [(raw, {_capital_key(w) for _at, w in raw})
                                    for raw in _split_run(entry[0], _role_words(self.g), False)]
                    found += [raw for raw, keys in entry[2] if key in keys]
        return found

    def _run_names(self, raw: list) -> list:
        """The name a raw run gives (:func:`_name_of`), worked out once."""
        key = ("run", raw[0][0])
        named = self._memo.get(key)
        if named is None:
            named = self._memo[key] = list(_name_of(self.text, raw, _role_words(self.g), self.g))
        return named

    def _need_role(self, head: str) -> None:
        """The runs with a title whose last word is ``head`` or a word for it ("Sen." for
        "senator"), with the person each names (its surname's runs read by :meth:`_need`)."""
        if head in self._heads:
            return
        self._heads.add(head)
        raws = sorted({id(r): r for key in _role_keys(head) for r in self._runs_with(key)}.values(), key=lambda r: r[0][0])
        for raw in raws:
            for start, words, title, former in self._run_names(raw):
                last = _bare(title[-1]) if title else ""
                if not title or former or last in _ORG_WORDS or _ROLE_SAME.get(last, last) != head:
                    continue
                tail, skey = _surname_of(words)
                self._need(skey)
                who = self._firsts.get((skey, _bare(words[0]))) if len(words) > tail else None
                self._roles.append((start, head, {_bare(t) for t in title}, who, skey))

    def _add(self, start: int, words: list, title: list, former: bool) -> None:
        tail, skey = _surname_of(words)
        if len(words) > tail:
            first = _bare(words[0])
            person = self._firsts.get((skey, first))
            if person is None:
                person = self._firsts[skey, first] = _Person(first)
                self._by_surname.setdefault(skey, []).append(person)
            form = " ".join(words)
            person.forms[form] = person.forms.get(form, 0) + 1
            full = " ".join(title + words)
            if len(full) > len(person.run):
                person.run = full

    def _merged(self, skey: str, persons: list) -> list:
        """The people of one surname as one person where the article's forms say so: a form
        that ends with another's full form ("Facebook Twitter Pinterest Donald Trump" is
        Donald Trump; but "Rami Abdel Rahman", one more word that reads as a first name, is
        the fuller form of "Abdel Rahman"), and a first name that begins another ("Matt"
        and "Matthew Schrier", "Ed" and "Edward Davis") or is its short form ("Tom" and
        "Thomas Homan": the language's ``nicknames``)."""
        keys = {p: [[_bare(w) for w in f.split()] for f in p.forms] for p in persons}
        kept = list(persons)
        merged = True
        while merged:
            merged = False
            for p in kept:
                for q in kept:
                    if p is q:
                        continue
                    if all(any(len(qf) < len(pf) and pf[len(pf) - len(qf):] == qf for qf in keys[q]) for pf in keys[p]):
                        src, dst = (q, p) if self._first_name_more(p, q) else (p, q)
                    elif (len(p.first) >= 2 and len(q.first) > len(p.first) and q.first.startswith(p.first)
                          and q.first.isalpha()) or self.g.NICKNAMES.get(p.first) == q.first:
                        src, dst = p, q
                    else:
                        continue
                    dst.run = dst.run or src.run
                    keys[dst] = keys[dst] + keys[src]
                    for k, v in list(self._firsts.items()):
                        if v is src:
                            self._firsts[k] = dst
                    kept.remove(src)
                    merged = True
                    break
                if merged:
                    break
        return kept

    def _first_name_more(self, longer, shorter) -> bool:
        """The longer person's name is the shorter's with one more word before it that reads
        as a first name: capitalised, not a label, a title or a word the text writes in
        lower case."""
        extra = len(longer.canonical.split()) - len(shorter.canonical.split())
        w = longer.canonical.split()[0]
        low = _bare(w)
        return extra == 1 and w[:1].isupper() and w[1:].replace("-", "").islower() and low not in _role_words(self.g) \
            and low not in _LABELS and not _not_a_name(low, self.text, self.g) \
            and not _in_lower_case(low, self.text)

    def surname(self, word: str) -> tuple[str, str, bool]:
        """For a lone surname: ``(full name, the longest run with its title, ambiguous)``;
        ``("", "", False)`` when the article gives no full name with it."""
        key = _surname_key(word)
        self._need(key)
        found = self._by_surname.get(key, [])
        if len(found) == 1:
            return found[0].canonical, found[0].run, False
        return "", "", len(found) > 1

    def runs_of(self, word: str) -> list[str]:
        """The longest run with its title of each person the article names with this surname."""
        key = _surname_key(word)
        self._need(key)
        return [p.run for p in self._by_surname.get(key, []) if p.run]

    def full(self, name: str) -> tuple[str, str]:
        """For a name of two words or more: the article's longest form of that person
        ("Hillary Clinton" → "Hillary Rodham Clinton"; "Rick Santorum of Pennsylvania" →
        "Rick Santorum") and its longest run with a title; the name itself when the article
        gives no other form."""
        m = _OF_RE.search(name)
        if m is not None and len(name[:m.start()].split()) >= 2:
            person = self._person_of(_untitled(name[:m.start()].split(), self.g))
            if person is not None:
                return person.canonical, person.run
        words = name.split()
        # "NBC News": the last word names a body, whose name the letters open; "AMY GOODMAN": a
        # transcript's label, a name all in capitals (not "JUST WATCHED ISIS", a link's label)
        body = _bare(words[-1]) in _ORG_WORDS
        shouted = len(words) <= 3 and all(_shouting(w) and not _not_a_name(_bare(w), self.text, self.g) and not (
            len(w) > 5 and w.endswith(("ED", "ING"))) for w in words)  # not a verb's form ("JUST WATCHED ISIS")
        while len(words) > 1 and (((_acronym(words[0]) or _shouting(words[0])) and not body and not shouted)
                                  or _bare(words[0]) in _LABELS or _not_a_name(_bare(words[0]), self.text, self.g)):
            # "TV Barazi" after "told state"; "But Obama"; "Isolated Obama"; not "NBC News", whose
            # last word names a body, nor "AMY GOODMAN", a name all in capitals
            words = words[1:]
        if len(words) == 1:
            full, run, _ambiguous = self.surname(words[0])
            return full or words[0], run
        words = _untitled(words, self.g)
        if not _name_words(words):
            words = name.split()  # "Syrian Government", "Syrian Observatory for …": no person's title
        person = self._person_of(words)
        return (person.canonical, person.run) if person is not None else (" ".join(words), "")

    def _person_of(self, words: list[str]):
        if len(words) < 2:
            return None
        skey = _surname_of(words)[1]
        self._need(skey)
        return self._firsts.get((skey, _bare(words[0])))

    def role(self, phrase: str, before: int) -> tuple[str, str]:
        """The person a definite role stands for ("the president", "the Syrian president",
        "the senator"): the one person the article gave that title before ``before`` (not
        as "former …"), every other word of the phrase among the title's words; ``("",
        "")`` when none or several."""
        words = [w.strip(self.g.PUNCT) for w in phrase.split()]
        if len(words) < 2 or len(words) > 4 or words[0].lower() not in {"the"} or not words[-1].islower():
            return "", ""
        head = _ROLE_SAME.get(_bare(words[-1]), _bare(words[-1]))
        self._need_role(head)
        mods = frozenset(_bare(w) for w in words[1:-1])
        events = self._memo.get(("role", head, mods))
        if events is None:
            events = self._memo["role", head, mods] = self._role_events(head, mods)
        found = {}
        for start, key, value in events:
            if start >= before:
                break
            if key is None:
                return "", ""  # a surname the article gives to two people
            found[key] = value
        if len(found) != 1:
            return "", ""
        return next(iter(found.values()))

    def holders(self, head: str, before: int) -> int:
        """How many people (0, 1 or 2 for two or more) the article gave a title of ``head``
        ("president") before ``before``, as a bare "the president" reads them (:meth:`role`);
        a surname two people bear counts as two: a role two hold stands for neither."""
        self._need_role(head)
        events = self._memo.get(("role", head, frozenset()))
        if events is None:
            events = self._memo["role", head, frozenset()] = self._role_events(head, frozenset())
        n = 0
        for start, key, _value in events:
            if start >= before:
                break
            n += 1 if key is not None else 2
        return min(n, 2)

    def _role_events(self, head: str, mods: frozenset) -> list:
        """The places where the answer of :meth:`role` may change, in text order: the first
        title of each person, up to the second person or a surname two people bear (key None)."""
        events, seen = [], set()
        roles = [r for r in self._roles if r[1] == head and mods <= r[2]]
        if not mods:
            # "the president" in an article naming "Russian President Vladimir Putin" and
            # "President Trump": the title without a country is the one a bare role repeats
            countries = self.g.NATIONALITIES - _NOT_COUNTRIES
            unmarked = [r for r in roles if countries.isdisjoint(r[2])]
            roles = unmarked or roles
        for start, _role, _title, person, skey in roles:
            if person is not None:
                key, value = id(person), (person.canonical, person.run)
            else:
                full, run, ambiguous = self.surname(skey)
                if ambiguous:
                    events.append((start, None, None))
                    break
                key, value = "s:" + skey, (full, run) if full else (self._lone_form(skey), "")
            if key not in seen:
                seen.add(key)
                events.append((start, key, value))
                if len(seen) == 2:
                    break
        return events

    def named(self, word: str) -> tuple[str, str]:
        """For a word no person of the article bears as surname: the longest run of
        capitalised words ending with it in its sentence, openers and titles left out
        ("State Department" for "Department", from "The State Department"; the word itself
        when none), and the longest such run with its titles ("French Foreign Minister
        Fabius"), which says what kind of source it is."""
        hit = self._memo.get(("named", word))
        if hit is None:
            hit = self._memo["named", word] = self._named(word)
        return hit

    def _named(self, word: str) -> tuple[str, str]:
        best, titled = word, ""
        if _bare(word) in self.g.PRONOUNS or _not_a_name(_bare(word), self.text, self.g):
            return best, titled
        for at in self._occurrences(word):
            run = _NAME_BEFORE_RE.search(self.text, max(0, at - 80), at)
            if run is None:
                continue
            words = run.group(1).split() + [word]
            ends = [k for k, w in enumerate(words[:-1]) if w.endswith(".") and not _initial(w)
                    and _bare(w) not in _person_titles(self.g)]
            words = words[ends[-1] + 1:] if ends else words  # "Campaign. The Syrian Coalition": this sentence's
            if any(_bare(w) in self.g.HEADLINE_VERBS for w in words):
                continue  # "Republican Voters Are Largely Backing Trump": a headline in title case
            i = 0
            while i < len(words) - 1 and (_shouting(words[i]) or _not_a_name(_bare(words[i]), self.text, self.g)):
                i += 1
            if len(words) - i > 1 and len(" ".join(words[i:])) > len(titled):
                titled = " ".join(words[i:])
            while i < len(words) - 1 and _bare(words[i]) in _person_titles(self.g):
                i += 1
            if len(" ".join(words[i:])) > len(best):
                best = " ".join(words[i:])
        return best, titled

    def _occurrences(self, word: str) -> list[int]:
        r"""Where ``word`` stands in the text as a word of its own (``(?<![\w'’-])word\b``)."""
        text, out, at = self.text, [], self.text.find(word)
        ends_in_word = word[-1:].isalnum() or word[-1:] == "_"
        while at >= 0:
            end = at + len(word)
            next_in_word = end < len(text) and (text[end].isalnum() or text[end] == "_")
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’-")) and ends_in_word != next_in_word:
                out.append(at)  # (?<![\w'’-])word\b, found with str.find
                at = text.find(word, end)
            else:
                at = text.find(word, at + 1)
        return out

    def _lone_form(self, skey: str) -> str:
        """The first word written for a surname key ("Assad" for "assad")."""
        lone = self._memo.get("lone")
        if lone is None:  # the runs read in text order only as far as a question needs
            lone = self._memo["lone"] = ({}, _runs(self.text, self.g))
        forms, runs = lone
        if skey not in forms:
            for _start, words, _title, _former in runs:
                forms.setdefault(_surname_key(words[-1]), words[-1])
                if _surname_key(words[-1]) == skey:
                    break
        return forms.get(skey, skey)


def _person_titles(g: Words) -> frozenset:
    """Titles of a person, not the first word of a body's name ("State Department", "Foreign Ministry")."""
    return g.derive(_person_titles, lambda g: frozenset(g.TITLE_WORDS - g.NATIONALITIES - {
        "state", "foreign", "defense", "defence", "u.s", "us", "presidential", "general"}))


_OF_RE = re.compile(r"\s+of\s+")
_FORMER_RE = re.compile(r"(?:former|ex-|then-|late)\s*$")
_NAME_BEFORE_RE = re.compile(r"((?:[A-Z][\w.&'’-]*[ \u00a0])+)$")


def _untitled(words: list[str], g: Words) -> list[str]:
    """A name without the title before it: the words after its last role word or word of a
    body's name ("House Speaker Nancy Pelosi" → "Nancy Pelosi", "Coalition Anas al-Abdah"
    → "Anas al-Abdah"), a suffix never left alone."""
    roles = _role_words(g)
    cut = 0
    for k in range(len(words) - 1):
        b = _bare(words[k])
        if (b in roles or b in _ORG_WORDS or b.split("-")[0] in roles or time_prefixed_title(b, roles)) and not all(
                _bare(w) in _SUFFIXES for w in words[k + 1:]):  # "Speaker", "President-elect", "Coalition"
            cut = k + 1
    return words[cut:]


def _runs(text: str, g: Words, *, single: bool = True):
    """``(start, name words, title words, former)`` for each run of capitalised words
    (:func:`_run_matches`), with ``single=False`` only of the runs of two words or more as
    written (those that can give a full name or a title): the sentence openers before it
    left out, the title (up to the last role word) set apart (:func:`_name_of`)."""
    roles = _role_words(g)
    for m in run_matches(text, single):
        for raw in _split_run(m, roles, single):
            yield from _name_of(text, raw, roles, g)


def _split_run(m, roles: frozenset, single: bool) -> list:
    """The runs of one match (:func:`_run_matches`) as written, each a list of ``(start,
    word)``: a possessive ("Trump's", its "'s" left out) or a word with a final full stop
    that is not an initial or a title ("Inc.") ends a run; with ``single`` false, only the
    runs of two words or more."""
    out, run = [], []
    for at, w in zip(m.starts("t"), m.captures("t")):
        if not run and not is_capitalised(w):
            continue  # a particle after a run that ended ("Trump's al …")
        possessive = w.endswith(("'s", "’s"))
        word = _POSSESSIVE_RE.sub("", w) if possessive else w
        run.append((at, word))
        if possessive or (word.endswith(".") and not _initial(word) and _bare(word) not in roles):
            if single or len(run) > 1:
                out.append(run)
            run = []
    if run and (single or len(run) > 1):
        out.append(run)
    return out


def _folded_ascii(run: str) -> str | None:
    """A run in ASCII as :func:`_bare` folds its words (each one's key stands in it); None beyond ASCII."""
    return run.lower().replace("'", "").replace("`", "") if run.isascii() else None


@lru_cache(maxsize=1 << 16)  # the same words come back in every article
def _capital_key(word: str) -> str:
    """The surname key of a capitalised word (:func:`_is_capitalised`), "" for any other: one
    look-up per word of a run, where the index of an article's runs is built."""
    return _surname_key(word) if is_capitalised(word) else ""


def _shouting(word: str) -> bool:
    """A word in capitals, longer than an initial ("JUST WATCHED", "MORE"): a label, not a name."""
    w = word.replace(".", "").replace("-", "")
    return len(w) > 2 and w.isalpha() and w.isupper()


def _acronym(word: str) -> bool:
    """"TV", "AP", "UN": capitals without full stops, never a first name."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


#: Stop words that are also first names: never dropped from the head of a name.
_NAMES_AMONG_STOP_WORDS = frozenset("bill will may mark sincere fire".split())


def _not_a_name(low: str, text: str, g: Words) -> bool:
    """A capitalised word that opens a sentence rather than a name: a function word, a
    weekday or month, a verb in the imperative ("Consider"), a word of the language's stop
    list, or one in -ing or -ed that
    the text also uses in lower case ("Despite", "Removing", "Isolated")."""
    if low in _NAMES_AMONG_STOP_WORDS:
        return False  # "Will McCants", "Bill Clinton"
    if low in _OPENERS or low in g.STOP or low in g.WEEKDAYS or low in _MONTHS or low in g.IMPERATIVES:
        return True
    if low in _stop_words(g) or low in {"despite", "like", "unlike", "amid", "without", "unless", "whether"}:
        return True
    return low.endswith(("ing", "ed")) and len(low) > 5 and _in_lower_case(low, text)


@lru_cache(maxsize=512)  # asked again for each name of an article (a str keeps its hash)
def _in_lower_case(low: str, text: str) -> bool:
    """``low`` stands in ``text`` as a word of its own, as written (not after a hyphen)."""
    return low in text and re.search(rf"(?<![\w-]){re.escape(low)}\b", text) is not None


def _stop_words(g: Words) -> frozenset:
    return g.derive(_stop_words, lambda g: get_language(g.language).stop_words)


def _name_of(text: str, run: list, roles: frozenset, g: Words):
    """The name a run of capitalised words gives, if any: ``(start, name words, title
    words, former)``. What the words decide is worked out once per run of words
    (:func:`_shape`); the text adds which words in -ing or -ed it also writes in lower case
    and what stands before the run ("former", "ex-")."""
    words = tuple(w for _, w in run)
    checked = _ing_ed(words)
    used = tuple(b is not None and _in_lower_case(b, text) for b in checked) if checked else (False,) * len(words)
    shape = _shape(words, used, g)
    if shape is None:
        return
    lo, cut, name = shape
    title = list(words[lo:lo + cut])
    at = run[lo][0]
    before = text[max(0, at - 12):at].lower()
    former = "former" in {_bare(t) for t in title} or _FORMER_RE.search(before) is not None
    yield run[lo + cut][0], list(name), title, former


@lru_cache(maxsize=1 << 16)  # the same runs come back ("Donald Trump", "White House")
def _ing_ed(words: tuple) -> tuple:
    """For the words of a run: each one's compared form where it ends in -ing or -ed and is
    longer than five letters (whether the text also writes it in lower case is asked of the
    text), None for the others; ``()`` when no word is such (most runs: nothing to ask)."""
    bare = tuple(b if b.endswith(("ing", "ed")) and len(b) > 5 else None for b in map(_bare, words))
    return bare if any(b is not None for b in bare) else ()


@lru_cache(maxsize=1 << 16)  # the same runs come back ("Donald Trump", "White House")
def _shape(words: tuple, used: tuple, g: Words):
    """For the words of a run (and, for each, whether the text also writes it in lower case
    as a word in -ing or -ed): ``(first word kept, title length, name words)``, or None."""
    roles = _role_words(g)
    hi = len(words)
    while hi and _bare(words[hi - 1]) in PARTICLES:
        hi -= 1
    while hi and _shouting(words[hi - 1]):
        hi -= 1  # "Trump MORE" (a link's label)
    i = 0
    while i < hi - 1 and (_shouting(words[i]) or _acronym(words[i]) or _bare(words[i]) in _LABELS
                          or _not_a_name(_bare(words[i]), "", g) or used[i]):
        i += 1  # "But Trump", "On Monday Trump", "JUST WATCHED Obama", "Despite Obama"
    kept = words[i:hi]
    if not kept or (len(kept) > 1 and _surname_key(kept[0]) == _surname_key(kept[-1])):
        return None
    if g.HEADLINE_VERBS and any(_bare(w) in g.HEADLINE_VERBS for w in kept):
        return None  # "Voters Are Largely Backing Trump": a headline in title case, no name
    cut = len(kept) - len(_untitled(list(kept), g))
    name = tuple(w.rstrip(".") if not _initial(w) and _bare(w) not in _SUFFIXES else w for w in kept[cut:])
    if not name or all(w.isupper() and len(w) > 2 for w in name) or all(
            _bare(w) in roles or _bare(w) in g.NATIONALITIES for w in name):
        return None  # "Syrian President", "Prime Minister": a title with no name
    return i, cut, name
