"""The people a text names, in the languages of the clause rules: each person a stretch of
text names with their gender and roles (:func:`_names_between`), the full name of a surname
or a first name (:func:`_names_in`, :func:`full_name_of`), the person named last before a
place (:func:`_last_name_before`), a body named in full (:func:`_body_in_full`), and the
gender a name says by its form (:func:`name_gender`); read by :mod:`.clause_resolution` and
:mod:`.clause_pronouns`.

Apart from :mod:`.clause_names`, which reads the name a speaker phrase ends with, because
these read the whole text around a cue — runs of capitalised words, searched in C
(:func:`_runs`) — and reach :mod:`.clause_names` only for a phrase's proper name and a
role's case.
"""

from __future__ import annotations

import re
import unicodedata

from .clause_cases import known_word
from .clause_heads import _core, _possessor, _role
from .clause_names import _case_run, _place_after_role, _words, proper_name
from .clause_words import ClauseWords
from .first_names import first_name_sex, is_first_name


def _names_between(text: str, start: int, end: int, w: ClauseWords) -> list:
    """The people ``text[start:end]`` names, in text order: ``(name, gender, roles)``. A
    name is a run of capitalised words with no body's word in it ("Commission", "Partei"),
    not after an article or a preposition ("la Commission européenne", "in New York"),
    its leading titles, roles and articles left out; two or three words, or one word after
    a title or a role ("Präsident Trump", "Mme Licitra-Ponti") or the surname of a name
    given before. Its gender is the title's or the role's, else unknown."""
    found: list = []
    surnames: set = set()
    run: list = []
    before: list = []
    last_end, prev, inside = start, "", False
    recent: list = []  # the words before the run, in the same stretch of text
    marks = set(w.OPEN_Q + w.CLOSE_Q)
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        gap = text[last_end:m.start()] if last_end >= 0 else ""
        joined = (gap.isspace() and "\n" not in gap) or (gap.strip() == "." and prev in w.TITLE_WORDS)  # "M. Dupont"
        prev = word.lower()
        if not joined:
            recent = []
        # a name in quotation marks is a title or a body's ("„Washington Post“"), or one a
        # speaker names ("Mari (Carmen Martín), mi entrenadora"): not whom a pronoun is
        if not marks.isdisjoint(gap):
            for ch in gap:
                if ch in w.OPEN_Q or ch in w.CLOSE_Q:
                    inside = (not inside) if ch in w.OPEN_Q and ch in w.CLOSE_Q else ch in w.OPEN_Q
        cap = word[:1].isupper()
        # (whether a mark opens before the word matters only where a capitalised word opens a run)
        opened = _after_opening_mark(text, gap, m.start(), w) if cap else False
        quoted = inside or opened
        if (cap or (run and (word.lower() in w.JOINERS or w.PARTICLE_RE.match(word)))) and (joined or not run):
            if not run:
                before = ["««"] if opened else ["«"] if quoted else list(recent)
            run.append(word)
        else:
            if run:
                _add_person(found, surnames, run, before, w, _verb_gender(word, gap, w))
                # (a language of cases keeps a role that opens the sentence: "Министр иностранных дел России …")
                recent = [x.lower() for x in run][-4:] if w.CASE_ENDING is not None else []
            run = []
            if cap:
                before = ["««"] if opened else ["«"] if quoted else list(recent) if joined else []
                run = [word]
            else:
                recent = (recent + [word.lower()])[-4:]
        last_end = m.end()
    if run:
        _add_person(found, surnames, run, before, w)
    return found



def _after_opening_mark(text: str, gap: str, pos: int, w: ClauseWords) -> bool:
    """The word at ``pos`` opens a quotation: the ``gap`` before it ends with an opening
    mark that follows a space or the start ("« A New York", not "…großartig“ Merkel")."""
    stripped = gap.rstrip()
    if not stripped or stripped[-1] not in w.OPEN_Q:
        return False
    mark = pos - (len(gap) - len(stripped)) - 1
    return mark == 0 or not text[mark - 1].isalnum()


def _quoted_or_place(last: str, before: list, lows: list, w: ClauseWords) -> bool:
    """A run of capitalised words inside quotation marks or opening a quotation ("« A New
    York, les musiciens …"), or a place's name: after a common noun of place or opened by
    one ("en salle Louise Michel", "Lycée Angela Davis", "Halle Münsterland")."""
    return last in ("«", "««") or before == ["««"] or _core(last, w) in w.PLACE_NOUNS or (
        lows[0] in w.PLACE_NOUNS and len(lows) >= 2)


def _to_joiner(words: list, w: ClauseWords) -> list:
    """A name's words to a joiner that is none of ``name_particles`` (German: "Kongressabgeordneten
    Gaetz | für den Posten"; "Ursula von der Leyen" whole), in a language that lists them."""
    if w.ORDER != "v2" or not w.NAME_PARTICLES:
        return words
    return words[:next((x for x, word in enumerate(words) if x and word.lower() in w.JOINERS
                        and word.lower() not in w.NAME_PARTICLES), len(words))]


def _verb_gender(word: str, gap: str, w: ClauseWords) -> str:
    """The gender a past verb right after a name says of it, where the verb's ending names one
    (``finite_endings`` and ``gender_endings``: "Анна Петрова встретилась": f); else ""."""
    low = word.lower()
    if w.FINITE is None or not gap.isspace() or "\n" in gap or not w.FINITE.search(low):
        return ""
    said = [g for g, p in w.GENDER_ENDINGS.items() if p.search(low)]
    return said[0] if len(said) == 1 else ""


def _after_complement(lead: list, words: list, near: list, w: ClauseWords) -> list:
    """The name in ``words`` after a role's complement, in a language of cases: the bodies and
    the place in the genitive after the role (``lead``: "Глава ЦБ Эльвира Набиуллина"), or a place
    after a role among the words ``near`` before it ("Министр иностранных дел России Сергей Лавров")."""
    if any(_role(x, w) for x in lead):
        return _case_run(lead + words, len(lead), words, w)
    if len(words) == 3 and _place_after_role(words, w) and any(_role(_core(x, w), w) for x in near):
        return words[1:]
    return words


def _add_person(found: list, surnames: set, run: list, before: list, w: ClauseWords, verb_gender: str = "") -> None:
    """Add to ``found`` the person a run of capitalised words names (:func:`_names_between`),
    ``before`` the lower-case words just before it, ``verb_gender`` the gender of the verb
    right after it (:func:`_verb_gender`)."""
    lows = [x.lower() for x in run]
    i = 1 if _possessor(run, w) else 0  # "Bayerns Ministerpräsident Markus Söder"
    while i < len(run) and (lows[i].rstrip(".") in w.TITLE_WORDS or lows[i] in w.DETERMINERS or _role(_core(lows[i], w), w)
                            or lows[i] in w.NATIONALITIES or lows[i] in w.JOINERS or lows[i] in w.PREPS
                            or lows[i] in w.STOP or lows[i] in w.ADVERBS or lows[i] in w.CONJUNCTIONS
                            or (lows[i] in w.TIME_WORDS and i + 2 < len(run))):  # "traf am Montag | Monika Grütters"
        i += 1
    last = lows[i - 1] if i else before[-1] if before else ""
    if _quoted_or_place(last, before, lows, w) or (w.CASE_ENDING is not None and not i and last in w.ADVERBIAL_HEADS):
        return  # (the medium after "в интервью", "в эфире": "в интервью Fox News" names no one)
    if (last in w.DETERMINERS or last in w.PREPS and not (len(run) - i >= 2 and is_first_name(_fold(run[i])))
            or (i and last in w.JOINERS)):  # (a first name after a preposition: "con Pedro Sánchez")
        # "la Commission européenne", "in New York", "des Weißen Hauses"; but "le président
        # de la République Emmanuel Macron": a role's complement, then the name
        k = len(before)
        while k > 0 and (before[k - 1] in w.JOINERS or before[k - 1] in w.DETERMINERS):
            k -= 1
        if i or len(run) < 3 or k == 0 or not _role(before[k - 1], w) or lows[0] in w.ORG_WORDS \
                or any(x in w.JOINERS for x in lows[1:]):
            return
        i, before = 1, before[:k]
    # the titles and roles before the name, in the run ("Präsident Trump") or before it
    # in lower case ("le ministre russe Andreï Belooussov")
    lead = lows[:i]
    k = len(before)
    while k > 0 and (before[k - 1].rstrip(".") in w.TITLE_WORDS or _role(_core(before[k - 1], w), w)
                     or before[k - 1] in w.NATIONALITIES or before[k - 1] in w.DETERMINERS):
        k -= 1
    lead = [_core(x, w) for x in before[k:]] + lead  # "l’avocat genevois Jacques Barillon"
    words = run[i:]
    if w.CASE_ENDING is not None:
        words = _after_complement(lead, words, lows[:i] + before[-4:], w)
    if any(x.isupper() and len(x) > 1 for x in words):
        return  # a heading in capitals ("REVUE DU JOUR")
    words = _to_joiner(words, w)
    while words and words[-1].lower() in w.JOINERS:
        words = words[:-1]
    if not words or any(x.lower() in w.ORG_WORDS or _role(x.lower(), w) or x.lower() in w.TIME_WORDS
                        for x in words):
        return
    if w.ORDER == "v2" and any(x.lower() in w.DETERMINERS and (k == 0 or words[k - 1].lower() not in w.JOINERS)
                               for k, x in enumerate(words)):
        return  # German capitalises its nouns: "Geheimnisse des Erfolgs" (but "von der Leyen")
    titled = any(x.rstrip(".") in w.TITLE_WORDS or _role(x, w) for x in lead)
    if not (2 <= len(words) <= 3 or (len(words) == 1 and (titled or words[0] in surnames))):
        return
    if len(words) >= 2:
        surnames.add(words[-1])
    roles = {_role(x, w) for x in lead} - {""}
    female, male = not w.FEMALE.isdisjoint(lead), not w.MALE.isdisjoint(lead)
    if not (female or male) and w.ROLE_MATCH == "suffix":
        female, male = not w.FEMALE.isdisjoint(roles), not w.MALE.isdisjoint(roles)
    gender = ("f" if female else "m") if female != male else ""
    found.append((" ".join(words), gender or name_gender(words, w) or verb_gender, roles))


def name_gender(words: list, w: ClauseWords) -> str:
    """The gender a person's name says by its own form (``name_gender``): the surname's
    ending ("Мария Захарова": f, "Сергей Лавров": m), else the first name's ("Carmen Vidal":
    f, by its ending or, unaccented, the census lists of first names); "" where none says."""
    if w.NAME_GENDER is None or len(words) < 2:
        return ""
    for part, word in zip(w.NAME_GENDER, (words[-1], words[0])):
        said = {g for g, pattern in part.items() if pattern.search(word)}
        if len(said) == 1:
            return said.pop()
    return first_name_sex(_fold(words[0]))


def _last_name_before(text: str, pos: int, w: ClauseWords, head: str = "", only_role: bool = False) -> str:
    """The last name of two words or more the text gives in the 1,500 characters before
    ``pos`` ("Премьер-министр Великобритании Борис Джонсон поручил …": a run of
    capitalised words, titles and roles left out), the last given with the role ``head``
    ("Мэр Москвы Сергей Собянин" for "мэр") where there is one (``only_role``: only that
    one), or ""."""
    found, with_role, run, last_end, before = "", "", [], -1, []

    def close():
        nonlocal found, with_role
        medium = w.CASE_ENDING is not None and before and before[-1].lower() in w.ADVERBIAL_HEADS  # "в интервью Fox News"
        name = proper_name(" ".join(_lead(before, run, w) + run), w) if len(run) >= 2 and not medium else ""
        if len(name.split()) >= 2:
            found = name
            if head and any(_role(_core(x, w), w) == head for x in before[-3:] + run):
                with_role = name

    for m in _WORD.finditer(text, max(0, pos - 1500), pos):
        joined = last_end >= 0 and text[last_end:m.start()] in {" ", "\u00a0"}
        if m.group()[:1].isupper() and (joined or not run):
            run.append(m.group())
        else:
            close()
            before = (before + run)[-6:] + [m.group()]
            run = [m.group()] if m.group()[:1].isupper() else []
        last_end = m.end()
    close()
    return with_role if only_role else with_role or found



def _lead(before: list, run: list, w: ClauseWords) -> list:
    """The words of a role phrase just before a run of capitalised words ("Министр
    иностранных дел | России Сергей Лавров"): the role's complement opens the run."""
    ctx = before[:-1] if before and run and before[-1] == run[0] else before
    lead: list = []
    for x in reversed(ctx[-3:]):
        if x[:1].isupper() and not _role(_core(x, w), w):
            break
        lead.insert(0, x)
    return lead


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


#: What a word of :data:`_WORD` holds, and what it may hold before its first letter.
_IN_WORD, _BEFORE_LETTER = re.compile(r"[\w’'-]"), re.compile(r"[\d_’'-]")


class _Capitals:
    """Where the next word of :data:`_WORD` (as its ``finditer`` reads the text) opens with
    a capital (``str.isupper``): a search in C for the next capital, not a step in Python
    for each word in lower case between. The capitals are those of the texts read so far
    (each text's letters not seen before are looked at once)."""

    def __init__(self):
        self.seen: set = set()
        self.upper: list = []
        self.regex = re.compile(r"(?!)")

    def searcher(self, text: str):
        """``search(text, pos)``: the match of the first word after ``pos`` (where a word of
        :data:`_WORD` ended, or 0) that opens with a capital, or None."""
        new = set(text) - self.seen
        if new:
            self.seen |= new
            more = [c for c in new if c.isupper() and _WORD.match(c)]
            if more:
                self.upper += more
                self.regex = re.compile("[" + "".join(map(re.escape, self.upper)) + "]")
        search = self.regex.search

        def at(text: str, pos: int):
            while True:
                m = search(text, pos)
                if m is None:
                    return None
                # a word opens at a letter after none of [\w’'-], or after digits, "_",
                # apostrophes and hyphens only ("5Mai": "Mai"; "a5Mai", "McCain": one word)
                k = m.start()
                while k > 0 and _BEFORE_LETTER.match(text, k - 1):
                    k -= 1
                if k == 0 or not _IN_WORD.match(text, k - 1):
                    return _WORD.match(text, m.start())
                pos = m.end()
        return at


_CAPITALS = _Capitals()


def _runs(text: str, goes_on):
    """Each run of words of ``text`` that opens with a capital and goes on with the words
    ``goes_on`` accepts, joined by spaces within a line, in text order: the words of
    :data:`_WORD` ``finditer`` gives, the words in lower case outside runs skipped in C."""
    capital = _CAPITALS.searcher(text)
    run: list = []
    pos = last_end = 0
    while True:
        m = _WORD.search(text, pos) if run else capital(text, pos)
        if m is None:
            break
        word = m.group()
        if run:
            gap = text[last_end:m.start()]
            if goes_on(word) and gap.isspace() and "\n" not in gap:
                run.append(word)
                last_end = pos = m.end()
                continue
            yield run
        run = [word] if word[:1].isupper() else []
        last_end = pos = m.end()
    if run:
        yield run



class _PeopleIn:
    """German capitalises its nouns: the full name a person's title, role or first name
    shows for a surname (:func:`_names_between`: "Uwe Schubert", "Trainer Boris
    Schommers"), read where the surname stands in the text, once per surname."""

    def __init__(self, text: str, w: ClauseWords):
        self.text, self.w, self.found = text, w, {}

    def __getitem__(self, surname: str) -> str:
        if surname not in self.found:
            self.found[surname] = _full_name_of(self.text, surname, self.w)
        return self.found[surname]

    def __contains__(self, surname: str) -> bool:
        return bool(self[surname])



def _given(word: str, w: ClauseWords) -> bool:
    """A first name of the lists, accents aside ("José", "Andrés"), not a grammar word ("Le")."""
    return word.lower() not in w.JOINERS and word.lower() not in w.DETERMINERS and is_first_name(_fold(word))


def _from_first_name(words: list[str], w: ClauseWords) -> list[str]:
    """A run of capitalised words from its second word on, where an acronym opens it and a
    first name and a word or more follow ("a la AFP Juan Pérez", "la EFE María López": the
    agency told, then the person); a word that is no acronym may be a first name the lists
    lack ("Nerthink Mauricio Aguilar Hurtado")."""
    first = words[0] if words else ""
    if len(words) >= 3 and 2 <= len(first) <= 6 and first.isalpha() and first.isupper() and _given(words[1], w):
        return words[1:]
    return words


def _fold(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _full_name_of(text: str, surname: str, w: ClauseWords) -> str:
    """The longest name of two words or more ending with ``surname`` where it stands in
    ``text`` (its first twenty places), "" for none."""
    best, i, seen = "", text.find(surname), 0
    while i >= 0 and seen < 20:
        end = i + len(surname)
        if not text[end:end + 1].isalnum() and (i == 0 or not text[i - 1].isalnum()):
            start = text.rfind(" ", 0, max(0, i - 80)) + 1
            for name, _g, _r in _names_between(text, start, end, w):
                if len(name) > len(best) and name.split()[-1] == surname and len(name.split()) >= 2:
                    best = name
        i, seen = text.find(surname, end), seen + 1
    return best



def _add_name(out: dict, words: list[str], w: ClauseWords) -> None:
    """Remember a full name under its surname (and the keys a language adds)."""
    full = " ".join(words)
    # "Aguilar" → "Nerthink Mauricio Aguilar Hurtado": a first surname names the person
    # where names carry two (``two_surnames``)
    keys = [words[-1]] + ([words[-2]] if w.TWO_SURNAMES and len(words) >= 3
                          and words[-2].lower() not in w.JOINERS else [])
    for key in keys:
        if len(full) > len(out.get(key, "")):
            out[key] = full
    if w.CASE_ENDING is not None:
        # "Бусыгина": the surname in another case finds the person too
        out.setdefault(("stem", w.CASE_ENDING.sub("", words[-1].lower())), full)
    # "David m’a dit" after "David Wehren": a first name the text gives one person ("" when two share it)
    first = ("first", words[0])
    out[first] = full if out.get(first, full) in {full, words[0]} or full.startswith(out[first] + " ") \
        or out[first].startswith(full + " ") else ""



def full_name_of(full_names, name: str) -> str | None:
    """The fuller name :func:`_names_in` gave the surname ``name``, or the first name, where
    the text gives it to one person only ("David" after "David Wehren"); else None."""
    full = full_names[name] if name in full_names else None
    if full is None and isinstance(full_names, dict) and is_first_name(name):
        full = full_names.get(("first", name)) or None
    return full


def _place_then_surname(text: str, run: list[str], w: ClauseWords) -> bool:
    """The two capitalised words ``run`` stand in ``text`` after a preposition of a body's
    or a place's seat (``body_preps``: "в Женеве Лавров", "в Анкару Лавров"): a place, then
    a surname."""
    pair = run[0] + " " + run[1]
    k = text.find(pair)
    while k >= 0:
        before = text[max(0, k - 4):k]
        if before[-1:].isspace() and before.split() and before.split()[-1].lower() in w.BODY_PREPS:
            return True
        k = text.find(pair, k + len(pair))
    return False


def _article_surname(words: list[str], k: int, w: ClauseWords) -> bool:
    """Word ``k`` of a run of capitalised words follows a capitalised article after a first
    word: a surname that opens with the article ("Bruno Le Maire", "Marine Le Pen")."""
    return k >= 2 and words[k - 1][:1].isupper() and words[k - 1].lower() in w.ARTICLES


def _names_in(text: str, w: ClauseWords) -> dict[str, str]:
    """The longest run of capitalised words ending with each word ("Leavitt" →
    "Karoline Leavitt"), titles and roles left out; runs of at most three words (German
    capitalises its nouns: a longer run is a noun phrase, not a name)."""
    out: dict[str, str] = {}
    if w.CASED and w.ORDER == "v2" and w.PRONOUN_NAMES:
        return _PeopleIn(text, w)  # read when a surname is first looked up
    if not w.CASED or w.ORDER == "v2":
        return out  # no capitals; or German, which capitalises its nouns ("Nach Ansicht von Lang")

    def close(run: list[str]):
        if len(run) < 2:
            return  # one word is no name here: nothing to remember
        words = list(run)
        while words and (words[0].lower().rstrip(".") in w.TITLE_WORDS or words[0].lower() in w.DETERMINERS
                         or _role(_core(words[0], w), w) or words[0].lower() in w.NATIONALITIES
                         or words[0].lower() in w.JOINERS or words[0].lower() in w.PREPS or words[0].lower() in w.STOP):
            words = words[1:]
        if w.CASE_ENDING is not None and len(words) < len(run):
            # after a role, the body it is of in the genitive ("Глава Минобороны Сергей Шойгу", "Глава
            # МВД Владимир Колокольцев"): the name after it
            while len(words) > 2 and (known_word(words[0].lower(), w) or (words[0].isupper() and len(words[0]) >= 2)):
                words = words[1:]
        while w.CASE_ENDING is not None and len(words) >= 2 and words[0].isupper() and len(words[0]) >= 2:
            words = words[1:]  # an acronym opens no name ("пресс-служба СФУ Еркаева": Еркаев)
        if any((x.lower() in w.ORG_WORDS or _role(x.lower(), w)) and not _article_surname(words, k, w)
               for k, x in enumerate(words)):
            return  # (not a role's word after a capitalised article inside the name: "Bruno Le Maire")
        words = _from_first_name(words, w)
        if len(words) == 3 and _place_after_role(words, w):
            # (the role before the place, in the run or before it: "Министр иностранных дел России Сергей Лавров")
            words = words[1:]
        if len(words) == 2 and w.CASE_ENDING is not None and (
                run[0].lower() in w.BODY_PREPS if len(run) == 3 else len(run) == 2 and _place_then_surname(text, run, w)):
            return  # "В Женеве Лавров заявил": the place after "в", then the surname, no full name
        while words and words[-1].lower() in w.JOINERS:
            words = words[:-1]
        if 2 <= len(words) <= 3 + w.TWO_SURNAMES:
            _add_name(out, words, w)

    for run in _runs(text, lambda x: x[:1].isupper() or x.lower() in w.JOINERS or w.PARTICLE_RE.match(x)):
        close(run)
    return out



def _body_in_full(text: str, name: str, phrase: str, w: ClauseWords) -> str:
    """A body named by one capitalised word after a definite article ("la Academia", "el
    Supremo"; a person's name takes no article in French and Spanish): the first name of
    two words or more the text gives with that word ("Academia Latina de la Grabación",
    "Tribunal Supremo"), else "". Not in German, which capitalises every noun."""
    words = _words(phrase)
    if not (w.CASED and w.ORDER != "v2" and len(words) == 2 and words[1] == name
            and (words[0].lower() in w.DEFINITE or any(words[0].lower() == e + name.lower() for e in w.DEFINITE))):
        return ""
    def full(run: list[str]) -> str:
        # (a sentence's first word, capitalised, is no part of the name: "Según la OMS")
        while run and (run[0].lower() in w.DETERMINERS or run[0].lower() in w.JOINERS or run[0].lower() in w.STOP
                       or run[0].lower() in w.PREPS):
            run = run[1:]
        while run and run[-1].lower() in w.JOINERS:
            run = run[:-1]
        return " ".join(run) if len(run) >= 2 and name in run else ""

    return next((found for run in _runs(text, lambda x: x[:1].isupper() or x.lower() in w.JOINERS)
                 if (found := full(run))), "")


def person_of_age(text: str, end: int, phrase: str, w: ClauseWords) -> str | None:
    """A person said by the age alone (``age_noun``, German "der 42-Jährige") is the one the
    text gave that age last before ``end`` (``age_given``: "den 42-jährigen Abgeordneten Matt
    Gaetz", "Matt Gaetz (42)", "Anna Schmidt, 45,"): the name; "" where it gave no one that
    age; None for a phrase that is no age."""
    m = w.AGE_NOUN.search(phrase.strip()) if w.AGE_NOUN is not None else None
    if m is None:
        return None
    best, name = -1, ""
    for template in w.AGE_GIVEN:
        for found in re.finditer(template.replace("{n}", m.group(1)), text[:end]):
            said = proper_name(found.group(1), w)
            if len(said.split()) >= 2 and found.start() > best:
                best, name = found.start(), said
    return name
