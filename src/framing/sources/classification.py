"""What kind of source a speaker is: gazetteer categories, names, heads and titles."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Lexicon
from .first_names import is_first_name
from .name_titles import name_after_office, title_word
from .words import Words, words_of


def classify(text: str, spans, gazetteer: Lexicon, generic: bool = True) -> str:
    """The label of the first gazetteer family (in file order) that matches in a span: its
    match at the head of the first span where that family matches (:func:`_first_by_family`). Speaker phrases repeat
    ("Obama", "officials") while their appositives vary, so what each span holds is
    remembered by what it depends on (:meth:`Lexicon.span_key`), up to ``_MEMO_LIMIT``
    spans per gazetteer (by its content, :attr:`Lexicon.token`) and process. ``generic=False``:
    not by the last family, the generic words used only when nothing more specific is there
    ("spokesman", "group": whose spokesman, which group, the words do not say)."""
    per_span = [_first_by_family(text, span, gazetteer) for span in spans if span is not None]
    families = list(gazetteer.families)
    for fam in families if generic or len(families) < 2 else families[:-1]:
        for first in per_span:
            if fam in first:
                return first[fam][1]
    return "unclassified"


_MEMO_LIMIT = 100_000
_MEMOS: dict = {}  # gazetteer token -> {("span", span key): answer}, the last few gazetteers used


def _memo_for(gazetteer: Lexicon) -> dict:
    """The answers remembered for this gazetteer's content (keyed by its token, never by
    ``id()``: an edited gazetteer at a reused address must not read the old answers)."""
    memo = _MEMOS.get(gazetteer.token)
    if memo is None:
        if len(_MEMOS) >= 4:  # gazetteers edited and re-run: keep memory bounded
            _MEMOS.clear()
        memo = _MEMOS[gazetteer.token] = {}
    return memo


_POSTMODIFIER: list = []  # English's, built once (the gazetteers' phrases are read as English)


def _postmodifier_re(g: Words) -> re.Pattern:
    """Where a noun phrase's post-modifiers begin: a comma, a parenthesis or a preposition of
    the language's (``preps_in_np``; "executive director of America's Voice", "a spokesman
    for the group, who …")."""
    return g.derive(_postmodifier_re, lambda g: re.compile(
        r",|\(|\s(?:" + "|".join(map(re.escape, sorted(g.PREPS_IN_NP, key=len, reverse=True))) + r")\s", re.IGNORECASE))


def _first_by_family(text: str, span: tuple[int, int], gazetteer: Lexicon) -> dict:
    """``{family: (offset, label)}``: each family's match at the head of the span's phrase,
    the last one before its post-modifiers (English premodifiers come before their head:
    "Iran's deputy foreign minister" is a minister, "Fellow Republican senator" a senator),
    else the earliest after them ("a spokesman for the group"). A match joined by a hyphen to
    the next word is a modifier in a compound, not the speaker's kind ("a Britain-based
    monitor")."""
    key = gazetteer.span_key(text, *span)
    memo = _memo_for(gazetteer)
    if key is not None:
        found = memo.get(("span", key))
        if found is not None:
            return found
    rx = _POSTMODIFIER[0] if _POSTMODIFIER else _POSTMODIFIER.append(_postmodifier_re(words_of())) or _POSTMODIFIER[0]
    b = rx.search(text, span[0], span[1])
    bound = b.start() - span[0] if b is not None else span[1] - span[0]
    first: dict = {}
    for fam, label, ms, me in gazetteer.finditer(text, *span, phrase=True):
        if me + 1 < span[1] and text[me] == "-" and text[me + 1].isalpha():
            continue  # a modifier inside a compound: "a Britain-based monitor", "U.S.-led forces", "Trump-appointed"
        at = ms - span[0]
        if fam not in first:
            first[fam] = (at, label)
        elif at < bound:  # a later premodifier's word is nearer the head
            first[fam] = (at, label)
    if key is not None:
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        memo[("span", key)] = first
    return first


#: A run's first word that is no part of the name: "the", a possessive ("Her own State Department").
_OPENING_DETERMINERS = frozenset({"the", "her", "his", "its", "their"})


@lru_cache(maxsize=65536)  # a pure function of phrases that repeat
def proper_name(phrase: str, g: Words) -> str:
    """The proper name a phrase ends with, less titles ("Syrian President Bashar al-Assad" → "Bashar al-Assad")."""
    words = phrase.split()
    if not words:
        return ""
    # the run of capitalised words at the end
    j = len(words)
    while j > 0 and (words[j - 1][:1].isupper() or g.PARTICLE_RE.match(words[j - 1])
                     or words[j - 1] in {"al", "bin", "ibn", "de", "of", "for"}):
        j -= 1
    run = words[j:]
    if not run or j > 0 and any(w.lower() in g.PREPS_IN_NP | {"by", "run", "based"} or w.endswith("ing") for w in words[:j]):
        return ""
    if run[0].lower() in _OPENING_DETERMINERS:  # "Her State Department" at a sentence's start
        run = run[1:]
    k = 0
    while k < len(run) and title_word(run, k, g, _a_person(g)):  # "Then-President", "NPR's" (:mod:`.name_titles`)
        k += 1
    if k < len(run) and run[k].lower() in {"of", "for"}:
        return name_after_office(run, k) if k else ""  # "Governor of Deir al-Zor" is a role, not a name
    stripped = run[k:]
    person_title = any(w.lower().rstrip(".") not in g.NATIONALITIES for w in run[:k])
    if stripped and person_title and not (len(stripped) == 1 and stripped[0].lower() in g.OF_HEADS):
        run = stripped  # not "State Department", "Foreign Ministry": a title's word before a body's head names it
    while run and run[-1].lower() in {"of", "for", "the"}:
        run = run[:-1]
    return " ".join(run)


def _a_person(g: Words):
    return g.derive(_a_person, lambda g: lambda phrase: speaker_type_of(phrase, "", g) == "person")


@lru_cache(maxsize=65536)  # a pure function of phrases that repeat
def head_word(phrase: str, g: Words) -> str:
    """The head noun of a phrase: its last word before a preposition or participle."""
    words = [w.strip(g.PUNCT) for w in phrase.lower().split()]
    out = []
    for w in words:
        if out and (w in g.PREPS_IN_NP or w in {"by", "run", "based", "who", "which"} or (w.endswith("ing") and len(w) > 5)):
            break
        out.append(w)
    return out[-1] if out else ""


@lru_cache(maxsize=65536)  # a pure function of phrases that repeat
def speaker_type_of(phrase: str, appositive: str, g: Words) -> str:
    low = phrase.lower().split()
    if not low:
        return "unknown"
    if len(low) == 1 and low[0] in g.PRONOUNS:
        return g.PRONOUNS[low[0]]
    nouns = [w.strip(g.PUNCT) for w in (phrase + " " + appositive).lower().split()]
    head = low[-1].strip(g.PUNCT)
    if any(w in g.PERSON_ROLES for w in nouns[:len(low)]) or (appositive and any(w in g.PERSON_ROLES for w in nouns)):
        if head.endswith("s") and head[:-1] in g.PERSON_ROLES:
            return "plural"
        return "person"
    if head.endswith("s") and head[:-1] in g.PERSON_ROLES:
        return "plural"
    name = proper_name(phrase, g)
    # (no one person's name holds "and": "Customs and Border Protection" is a body)
    if name and len(name.split()) >= 2 and " and " not in phrase and not any(w.lower() in {"observatory", "agency", "ministry", "army", "forces",
                                                                   "government", "council", "coalition", "nations",
                                                                   "institute", "center", "centre", "committee", "news",
                                                                   "media", "network", "organization", "organisation",
                                                                   "union", "department", "office", "direct", "times",
                                                                   "post", "party", "house", "state", "unit", "group",
                                                                   "front", "brigade", "force", "command"}
                                                   for w in name.split()):
        return "person"
    if head in {"residents", "activists", "officials", "sources", "witnesses", "people", "analysts", "experts"}:
        return "plural"
    return "org"


def strip_titles(name: str, g: Words | None = None) -> str:
    """"Defense Secretary Chuck Hagel" → "Chuck Hagel": leading titles (of ``g``,
    English's by default), however many."""
    g = words_of() if g is None else g
    words = name.split(" ")
    i = 0
    while i < len(words) - 1 and words[i].lower() in g.TITLES:
        i += 1
    return " ".join(words[i:])


_NAME_RUN_RE = re.compile(r"[A-Z]\w+(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][\w-]+)+")


def names_by_last_word(text: str) -> dict[str, str]:
    """The longest run of capitalised words ending with each word ("Jeff Sessions" for
    "Sessions"), the first of equal length."""
    out: dict[str, str] = {}
    for full in _NAME_RUN_RE.findall(text):
        last_word = full.rsplit(None, 1)[-1]
        if len(full) > len(out.get(last_word, "")):
            out[last_word] = full
    return out


#: The words right before a name that may be its title, capitalised or not ("Florida Sen.",
#: "Democratic governor", "White House press secretary"): up to four, back to the nearest
#: punctuation, quotation mark or word that starts another phrase ("the", "to": :func:`_not_title`).
_TITLE_WORDS_RE = re.compile(r"(?:(?<=\s)|^)((?:[\w.'\u2019\u2013-]+\s+){1,4})$")


def _not_title(g: Words) -> frozenset:
    """Words that start another phrase, never a title's: the language's determiners,
    prepositions (but "of": "Secretary of State"), stop and time-or-place words."""
    return g.derive(_not_title, lambda g: frozenset((g.DETERMINERS | g.PREPS_IN_NP | g.STOP | g.TIME_OR_PLACE) - {"of"}))

_ABBREVIATED = re.compile(r"[A-Z][a-z]{0,3}\.$")  # "Sen.", "Gov.", "Lt.": a title's dot, not a sentence's

_PARTY_AFTER_RE = re.compile(r"\s*,?\s*\(\s*[DRI]\s*[-\u2013]\s*[A-Z][\w.]*\s*\)")

#: The mentions of a name read for its title, at most.
_TITLE_MENTIONS = 8


def _title_before(text: str, i: int, gazetteer: Lexicon) -> str:
    """The category of the title right before the name at ``i``: the gazetteer's families
    in their order (a named body first: "then-NRA president Allan Cors" speaks for the NRA),
    and within a family the word nearest the name, the title's head ("Democratic governor
    Tom Wolf" is a governor, "Fellow Republican senator Bob Cassilly" a senator)."""
    run = _TITLE_WORDS_RE.search(text, max(0, i - 80), i)
    if run is None:
        return "unclassified"
    words = list(re.finditer(r"\S+", run.group(1)))
    k = len(words)
    while k > 0:
        w = words[k - 1].group()
        if w.lower() in _not_title(words_of()) or (w[-1] == "." and not _ABBREVIATED.match(w)):
            break
        k -= 1
    if k == len(words):
        return "unclassified"
    base = run.start(1)
    last: dict = {}
    for fam, label, ms, _me in gazetteer.finditer(text, base + words[k].start(), base + words[-1].end(), phrase=True):
        if fam not in last or ms > last[fam][0]:
            last[fam] = (ms, label)
    return next((last[fam][1] for fam in gazetteer.families if fam in last), "unclassified")


_APPOSITIVE_RE = re.compile(r"[ \t]*,[ \t]*([^,;:.()\"\u201c\u201d\n]{2,100}?)[ \t]*(?=[,;:.()\"\u201c\u201d\n]|$)")


def _appositive_after(text: str, j: int, gazetteer: Lexicon) -> str:
    """The category of the appositive right after the name ending at ``j`` ("Frank Sharry,
    executive director of the nonprofit America's Voice, …"): the phrase up to the next
    punctuation, unless a word that starts a clause or another phrase opens it ("…, who",
    "…, said", "…, according to"); an article may ("Jed Rakoff, a federal judge from New York")."""
    m = _APPOSITIVE_RE.match(text, j)
    if m is None:
        return "unclassified"
    first = m.group(1).split(None, 1)[0].lower()
    g = words_of()
    if (first in _not_title(g) and first not in _NP_ARTICLES) or first in g.PAST_VERBS:
        return "unclassified"
    said = re.split(r"\s(?:who|whose|which|that)\s", m.group(1).lower(), maxsplit=1)[0].split()
    if first in _NP_ARTICLES and any(w in g.BE or w in _FINITE for w in said):
        return "unclassified"  # a clause, not a phrase: "According to the governor, Samra, the Army is expected …"
    return classify(text, [m.span(1)], gazetteer)


#: Finite verbs that make the words after a name's comma a clause, not an appositive.
_FINITE = frozenset("has have had will would can could may might must shall should does do did".split())
#: The articles that open a noun phrase set beside a name: "Jed Rakoff, a federal judge from New
#: York"; "an NBC reporter, Kristen Welker, who asked".
_NP_ARTICLES = frozenset({"a", "an", "the"})
#: What may follow a name that closes the apposition of a role set before it with a comma.
_APPOSITION_CLOSES = re.compile(r"\s*(?:[,;.]|\(|who\b|$)")


def _role_before_comma_en(text: str, i: int, gazetteer: Lexicon) -> str:
    """The category of a role set before the name at ``i`` with a comma, as a noun phrase of its
    own ("an NBC reporter, Kristen Welker, who asked", "the group's founder, Jane Doe, said"):
    the words after the last article ("a", "an", "the") within four words before the comma,
    none of them a word that starts another phrase; only where the name closes the apposition
    (a comma, a stop, "who" after it: not "…, reporters, Jane Doe said"). ``unclassified``
    else."""
    j = len(text[:i].rstrip(" \t"))
    if j == 0 or text[j - 1] != ",":
        return "unclassified"
    after = _NAME_END_RE.match(text, i)
    if after is None or not _APPOSITION_CLOSES.match(text, after.end()):
        return "unclassified"
    before = text[max(0, j - 1 - 80):j - 1]
    tail = list(re.finditer(r"\S+", before))[-5:]
    k = max((n for n, w in enumerate(tail) if w.group().lower() in _NP_ARTICLES), default=None)
    if k is None or k == len(tail) - 1:
        return "unclassified"
    stop = _not_title(words_of())
    rest = tail[k + 1:]
    if any(w.group().lower() in stop or not re.fullmatch(r"[\w.'\u2019-]+", w.group())
           or (w.group()[-1] == "." and not _ABBREVIATED.match(w.group())) for w in rest):
        return "unclassified"  # another phrase's word, a sentence's end
    base = max(0, j - 1 - 80)
    return classify(text, [(base + rest[0].start(), base + rest[-1].end())], gazetteer)


#: A plural title before a list of names that holds the name ("Sens. Kelly Ayotte of New
#: Hampshire; Jeff Flake of Arizona; Saxby Chambliss and …"): the title, then capitalised words,
#: "of", "and" and the list's commas and semicolons only, up to the name.
_LIST_TITLE_RE = re.compile(r"\b(Sens\s?\.|Senators|Reps\s?\.|Representatives|Govs\s?\.|Governors)\s+"
                            r"(?:(?:[A-Z][\w.'\u2019-]*|of|and)\s*[;,]?\s*){2,40}$")


def _title_of_list(text: str, i: int, gazetteer: Lexicon) -> str:
    """The category of a plural title that heads a list holding the name at ``i``
    (:data:`_LIST_TITLE_RE`), when a separator of the list stands right before the name
    (the first name is read by its title as any other); ``unclassified`` else."""
    before = text[max(0, i - 300):i]
    if not re.search(r"(?:[;,]|\band)\s*$", before):
        return "unclassified"
    m = _LIST_TITLE_RE.search(before)
    if m is None:
        return "unclassified"
    title = _ONE_OF[m.group(1).replace(" ", "")]
    return classify(title, [(0, len(title))], gazetteer)


#: Each plural title as one holder's, as the gazetteer lists it.
_ONE_OF = {"Sens.": "Sen.", "Senators": "senator", "Reps.": "Rep.", "Representatives": "representative",
           "Govs.": "Gov.", "Governors": "governor"}


_NAME_END_RE = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|al-\w+|bin|ibn|de|van|von))*")


def classify_by_title(text: str, name: str, gazetteer: Lexicon) -> str:
    """The category of a person named without a role where they speak, read from where the
    article names them with a title right before the name ("Florida Sen. Marco Rubio",
    "Homeland Security Secretary Jeh Johnson", "Democratic governor Tom Wolf"), an
    appositive right after it ("Alan Gottlieb, founder of the Second Amendment Foundation")
    or a party tag ("Harry Reid (D-Nev.)", which says politician): the first of the
    article's first mentions that has one. Remembered per text and name (a person quoted
    often is looked up once)."""
    key = (gazetteer.token, name, text)
    found = _BY_TITLE.get(key)
    if found is None:
        if len(_BY_TITLE) >= 4096:
            _BY_TITLE.clear()
        found = _BY_TITLE[key] = _by_title(text, name, gazetteer)
    return found


_BY_TITLE: dict = {}


def _by_title(text: str, name: str, gazetteer: Lexicon) -> str:
    i, seen = text.find(name), 0
    while i >= 0 and seen < _TITLE_MENTIONS:
        if not ((i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")) or
                (i + len(name) < len(text) and (text[i + len(name)].isalnum() or text[i + len(name)] == "_"))):
            seen += 1
            label = _title_before(text, i, gazetteer)
            if label == "unclassified":
                label = _appositive_after(text, i + len(name), gazetteer)
            if label == "unclassified":
                label = _role_before_comma_en(text, i, gazetteer)
            if label == "unclassified":
                label = _title_of_list(text, i, gazetteer)
            if label != "unclassified":
                return label
            if _PARTY_AFTER_RE.match(text, i + len(name)) and gazetteer.family_of("politician"):
                return "politician"
        i = text.find(name, i + 1)
    return "unclassified"


#: The punctuation that ends the words before a mention read as its title (any script's comma).
_CLAUSE_END = re.compile(r"[.;:!?()\"«»“”„\n,،]")
_APPOSITIVE_ANY_RE = re.compile(r"(?:[ \t]+[\"«“][^\"«»“”\n]{1,30}[\"»”])?[ \t]*[,،][ \t]*([^,،;:.()\"«»“”„\n]{2,100}?)[ \t]*(?=[,،;:.()\"«»“”„\n]|$)")


def classify_by_mentions(text: str, name: str, label_of, stop: frozenset, preps: frozenset, inflected: bool) -> str:
    """:func:`classify_by_title` through a language's words: the label ``label_of`` (a phrase's
    role words: the language's ``categories``) reads in the role words right before any of the
    article's first :data:`_TITLE_MENTIONS` mentions of ``name`` ("El panista Anaya", "die
    CDU-Politikerin Klöckner", "الرئيس المصري عبد الفتاح السيسي"), else in its appositive
    ("Anaya, candidato del PAN, …"); the label most mentions say, the earliest of equal counts
    (a heading run into the name says less than the article's roles). The words before run back
    to punctuation or a word of ``stop`` (determiners, conjunctions: a phrase's start), at most
    five; none when a
    preposition (``preps``) stands right before the name (the name is its object: "el partido
    de Anaya"). A mention is the name's last word, after its other words when they are
    written; ``inflected``: the last word may take a case ending ("Лаврова")."""
    words = name.split()
    if not words or not words[-1][:1].isalpha():
        return "unclassified"
    votes: dict = {}
    for start, end in _mentions(text, words, inflected):
        start = _name_start(text, start, words, label_of)
        before = _words_before(text, start, stop, preps)
        last = before.rsplit(None, 1)[-1] if before else ""
        if last[:1].isupper() and label_of(last) == "unclassified":
            continue  # another name's word ("Khaldun Zein ad-Din" is no mention of "Sheib ad-Din"), a heading's
        label = label_of(before) if before else label_of(_role_before_comma(text, start, stop))
        if label == "unclassified":
            ap = _APPOSITIVE_ANY_RE.match(text, end)
            said = ap.group(1).split() if ap is not None else []
            if said and said[0].lower() not in stop:
                label = label_of(ap.group(1))
            elif len(said) > 1 and not any(x.lower() in stop for x in said[1:3]):
                label = label_of(" ".join(said[1:3]))  # an article first: ", der frühere Vizekanzler der Grünen"
        if label not in {"unclassified", "unnamed"}:  # "مصدر في المقاومة" says what the source is, not the body
            votes[label] = votes.get(label, 0) + 1
    return max(votes, key=votes.get) if votes else "unclassified"


def _name_start(text: str, i: int, words: list[str], label_of) -> int:
    """Where the name written at ``i`` begins: back over the capitalised words right before it
    when one of them is a word of the name ``words``, or a first name before a name of one word
    ("Enrique Peña Nieto" read for "Finanzas de Peña Nieto", "Robert Habeck" for "Habeck"); ``i``
    when none is."""
    k, shared = i, False
    for m in reversed(list(_WORD_BEFORE_RE.finditer(text, max(0, i - 60), i))):
        if m.end() != k or not m.group(1)[:1].isupper() or label_of(m.group(1)) != "unclassified":
            break
        # a first name before a surname given alone ("Robert Habeck" for "Habeck"); not "Marc Durand" for "Paul Durand"
        shared, k = shared or m.group(1) in words or (len(words) == 1 and is_first_name(m.group(1))), m.start()
    return k if shared else i


_WORD_BEFORE_RE = re.compile(r"(\w[\w'’-]*)[ \t]+")


def _role_before_comma(text: str, i: int, stop: frozenset) -> str:
    """The role phrase set before a name with a comma ("El presidente de México, Enrique Peña
    Nieto", "le ministre de l'Intérieur, Gérald Darmanin"): up to ten words back to the clause's
    start or a word of ``stop``; "" when no comma stands right before ``i``."""
    j = len(text[:i].rstrip(" \t"))
    if j == 0 or text[j - 1] not in ",،":
        return ""
    before = text[max(0, j - 1 - 150):j - 1]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    out = (before[ends[-1]:] if ends else before).split()[-10:]
    k = len(out)
    while k > 0 and out[k - 1].lower() not in stop:
        k -= 1
    return " ".join(out[k:])


def _mentions(text: str, words: list[str], inflected: bool):
    """The spans of the first :data:`_TITLE_MENTIONS` mentions of the name of ``words``: its
    last word as a whole word (with up to three letters of a case ending when ``inflected``),
    from its other words where they are written right before it."""
    last, other, seen = words[-1], " ".join(words[:-1]), 0
    i = text.find(last)
    while i >= 0 and seen < _TITLE_MENTIONS:
        j = i + len(last)
        if inflected:
            k = j
            while k < len(text) and k - j < 3 and text[k].isalpha():
                k += 1
            j = k
        if not (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")) and not (j < len(text) and text[j].isalnum()):
            seen += 1
            k = i
            while k > 0 and text[k - 1] in " \t":
                k -= 1
            b = k - len(other)
            whole = other and k < i and b >= 0 and text.startswith(other, b) and not (b > 0 and text[b - 1].isalnum())
            yield (b if whole else i), j
        i = text.find(last, i + 1)


def _words_before(text: str, i: int, stop: frozenset, preps: frozenset) -> str:
    """The up to five words before ``i`` back to punctuation or a word of ``stop``; "" when a
    preposition stands right before ``i``."""
    before = text[max(0, i - 100):i]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    chunk = before[ends[-1]:] if ends else before
    out = chunk.split()[-5:]
    if out and out[-1].lower() in preps:
        return ""
    k = len(out)
    while k > 0 and out[k - 1].lower() not in stop:
        k -= 1
    return " ".join(out[k:])
