"""Speakers in a language that declines its nouns (Russian): the settings of its
``words.yaml`` under "cases" (docs/languages.md), read by the clause rules
(:mod:`.clauses`, :mod:`.clause_cues`) and resolution (:mod:`.clause_resolution`). A
language without them is read as before.

- ``adjective_ending``: adjectives in lower case open a speaker phrase before its role or
  body word ("по словам местного активиста", "официальный представитель МИД");
- ``listener_first``: after an inverted verb, a name followed by a role or a body's word
  in its own (nominative) form is whom it was told to ("рассказала РИА Новости эксперт");
- ``fronted_to_comma``: a fronted cue opening its clause has its speaker run to the comma
  ("По данным источника в правоохранительных органах, …");
- ``fronted_case``, ``cases``, ``noun_endings``, ``noun_plurals``, ``adjective_endings``:
  the canonical speaker is said in the nominative ("по словам заместителя министра Андрея
  Бусыгина" → "Андрей Бусыгин", "по словам местного активиста" → "местный активист",
  "сообщили в пресс-службе" → "пресс-служба");
- ``body_parts``: "пресс-служба СФУ" is the speaker, not "СФУ";
- ``media_heads``: "издание", "газета" alone are the news outlet quoted last;
- ``messages``, ``message_preps``: the author of a message speaks ("говорится в сообщении
  Минобороны" → "Минобороны"); a message with no author named is the body that reported last;
- ``stem_letters``, ``stem_changes``, ``final_vowels``, ``nominative_endings``,
  ``noun_genders``, ``indeclinable_endings``: how the language's nouns decline (the letters
  a word loses before a case ending, its stem's other forms, which listed form is a
  nominative, a noun's gender, a surname that does not decline).
"""

from __future__ import annotations

import re

from .clause_words import ClauseWords, derived, kept, role_of
from .first_names import is_first_name
from .records import LOOKBACK

__all__ = ["case_rules", "adjective_opens", "adjective_phrase", "speaker_after_verb", "named_to_verb", "latin_name_words",
           "fronted_end", "speaker_case", "listener_end", "nominative_name", "nominative_phrase", "oblique_phrase", "name_in_case", "message_of",
           "message_author", "body_named_before", "part_of_body", "known_word", "genitive_role"]

#: the cases a speaker phrase may stand in, besides the nominative
CASES = ("genitive", "accusative", "dative", "prepositional")


def _pairs(value) -> list:
    return [(re.compile(f"{a}$"), b) for a, b in (value or ())]


class CaseRules:
    """The case settings of one language (module docstring), compiled once."""

    def __init__(self, lang):
        data = lang.words if lang.file("words.yaml") is not None else {}
        ending = data.get("adjective_ending")
        self.ADJECTIVE = re.compile(str(ending)) if ending else None
        self.LISTENER_FIRST = bool(data.get("listener_first", False))
        #: outlets told, by their words in lower case ("риа новости", "тасс"), and the ending of a
        #: capitalised word in the dative ("Интерфаксу", "Известиям"): told to, before the speaker
        self.LISTENER_NAMES = sorted((tuple(str(x).lower().split()) for x in data.get("listener_names") or ()),
                                     key=len, reverse=True)
        dative = data.get("listener_dative")
        self.LISTENER_DATIVE = re.compile(str(dative)) if dative else None
        marked = data.get("listener_dative_marked") or dative
        self.LISTENER_DATIVE_MARKED = re.compile(str(marked)) if marked else None
        self.FRONTED_TO_COMMA = bool(data.get("fronted_to_comma", False))
        self.FRONTED_CASE = {str(k).lower(): str(v) for k, v in (data.get("fronted_case") or {}).items()}
        self.MESSAGES = {str(x).lower() for x in data.get("messages") or ()}
        self.MESSAGE_PREPS = {str(x).lower() for x in data.get("message_preps") or ()}
        self.MEDIA_HEADS = {str(x).lower() for x in data.get("media_heads") or ()}
        self.BODY_PARTS = {str(x).lower() for x in data.get("body_parts") or ()}
        self.NAMES = {case: {kind: _pairs(v) for kind, v in kinds.items()} for case, kinds in (data.get("cases") or {}).items()}
        self.NOUNS = {case: (tuple(v.get("singular", ())), tuple(v.get("plural", ())))
                      for case, v in (data.get("noun_endings") or {}).items()}
        self.PLURAL = _pairs(data.get("noun_plurals"))
        self.ADJECTIVES = {k: _pairs(v) for k, v in (data.get("adjective_endings") or {}).items()}
        # letters are strings, tested with ``in`` on a word's last letter
        self.STEM_LETTERS = str(data.get("stem_letters", ""))
        self.STEM_CHANGES = [(str(a), str(b)) for a, b in (data.get("stem_changes") or ()) if a]
        self.FINAL_VOWELS = str(data.get("final_vowels", ""))
        self.NOMINATIVE_ENDINGS = [tuple(str(x) for x in group) for group in data.get("nominative_endings") or ()]
        self.NOUN_GENDERS = {str(k): str(v) for k, v in (data.get("noun_genders") or {}).items()}
        self.INDECLINABLE = str(data.get("indeclinable_endings", ""))
        #: the last letters of a surname only a woman's keeps in every case ("Ангелы Меркель")
        self.INDECLINABLE_F = str(data.get("indeclinable_f_endings", ""))
        #: the endings of her first name that say its case with no doubt ("Ольги", not "Прити")
        given = data.get("indeclinable_f_given")
        self.INDECLINABLE_F_GIVEN = re.compile(str(given)) if given else None
        #: German: an article that opens an oblique phrase -> its nominative, the genitive's
        #: articles, the strong adjective ending by the head's kind (:func:`oblique_phrase`)
        self.OBLIQUE_ARTICLES = {str(k).lower(): v if isinstance(v, dict) else {"person": v, "body": v}
                                 for k, v in (data.get("oblique_articles") or {}).items()}
        self.WEAK_ENDING = str(data.get("weak_ending", ""))
        self.GENITIVE_ARTICLES = {str(x).lower() for x in data.get("genitive_articles") or ()}
        self.STRONG_ENDINGS = {str(k): str(v) for k, v in (data.get("strong_endings") or {}).items()}
        #: German: an adjective in the strong dative with no article before it ("laut Statistischem
        #: Bundesamt"), its ending replaced by the strong nominative one (:func:`oblique_phrase`)
        self.BARE_OBLIQUE = re.compile(str(data["bare_oblique_adjective"])) if data.get("bare_oblique_adjective") else None
        #: word -> the listed words it may be a case form of (:func:`_lemmas`)
        self.lemmas: dict = {}
        self.listed = None


def case_rules(w: ClauseWords) -> CaseRules:
    """The case settings of ``w``'s language (built once per language)."""
    return derived(w, "clause_cases", CaseRules)


def _replace(word: str, pairs: list) -> str | None:
    """``word`` with the first ending of ``pairs`` that fits replaced, or None."""
    for pattern, repl in pairs:
        if pattern.search(word):
            return pattern.sub(repl, word, count=1)
    return None


# -- phrases in the clause rules --------------------------------------------------------

def known_word(core: str, w: ClauseWords) -> bool:
    """A role's, a body's or a title's word, in any case ("лиц" of "лицо")."""
    return bool(role_of(core, w)) or core in w.ORG_WORDS or core in w.TITLE_WORDS or any(
        _noun(core, case, w) is not None for case in case_rules(w).NOUNS)


def adjective_opens(toks: list, i: int, hi: int, w: ClauseWords) -> bool:
    """Tokens from ``i`` are one to three adjectives in lower case (``adjective_ending``)
    before a role or a body's word: they open a noun phrase ("местного активиста")."""
    c = case_rules(w)
    if c.ADJECTIVE is None:
        return False
    k = i
    while k < hi and k - i < 3 and toks[k].word and not toks[k].cap and toks[k].low not in w.STOP \
            and not known_word(toks[k].core, w) and c.ADJECTIVE.search(toks[k].low):
        k += 1
    return i < k < hi and toks[k].word and known_word(toks[k].core, w)


def adjective_phrase(words: list[str], w: ClauseWords) -> bool:
    """The words open with an adjective before a role's or a body's word: a description,
    no name ("ответственных лиц на гаити", in a text without capitals)."""
    c = case_rules(w)
    return c.ADJECTIVE is not None and len(words) >= 2 and c.ADJECTIVE.search(words[0].lower()) is not None \
        and not known_word(words[0].lower(), w) and known_word(words[1].lower(), w)


def speaker_after_verb(toks: list, i: int, e: int, w: ClauseWords) -> tuple[int, int]:
    """The speaker after an inverted verb, read from token ``i`` to ``e``: past a name (or a
    name in marks) told to, where a role or a body's word in its listed form, or adjectives
    before one, follows it (``listener_first``: "рассказала РИА Новости эксперт …", "заявил
    «Известиям» глава …"); a description in lower case goes on over the phrase of a
    preposition to the punctuation, where no adverbial or time word is in it ("сказал
    источник в дипломатических кругах", not "заявил министр в интервью")."""
    if not case_rules(w).LISTENER_FIRST or i >= len(toks):
        return i, e
    told = listener_end(toks, i, w)
    if told is not None and told < len(toks) and toks[told].word and toks[told].cap:
        # "сообщил РИА Новости Иван Петров", "рассказал «Интерфаксу» Иван Петров": told to, then a name
        e = max(e, told + 1)
        while e < len(toks) and e - told < 4 and toks[e].word and toks[e].cap:
            e += 1
        return told, e
    if i >= e:
        return i, e
    k = i
    if toks[i].text in w.OPEN_Q:
        k = next((x + 1 for x in range(i + 1, min(e, i + 6)) if toks[x].text in w.CLOSE_Q), i)
    else:
        while k < e and k - i < 3 and toks[k].word and toks[k].cap:
            k += 1
    if k > i and k == e and k < len(toks) and toks[k].word and not toks[k].cap and toks[k].core in w.PERSON_ROLES:
        e += 1  # "рассказал «Известиям» источник в правительстве": the phrase ended at the listener's mark
    if k > i and k < e and toks[k].word and not toks[k].cap and (
            toks[k].core in w.PERSON_ROLES or toks[k].core in w.ORG_WORDS or toks[k].core in w.TITLE_WORDS
            or adjective_opens(toks, k, e, w)):
        i = k
    return i, _prepositional_complement(toks, i, e, w)


def listener_end(toks: list, i: int, w: ClauseWords) -> int | None:
    """Where an outlet told ends, right after a verb at token ``i``, before what follows it
    (``listener_names``: "сообщил ТАСС …", "рассказали РИА Новости в МЧС"; a name in marks
    or a capitalised word in the dative, ``listener_dative``: "«Известиям»", "Интерфаксу"); None
    where none opens there ("сообщает ТАСС." is who reports: the caller asks what follows)."""
    c = case_rules(w)
    if not c.LISTENER_NAMES and c.LISTENER_DATIVE is None:
        return None
    lows = [t.low for t in toks[i:i + 4]]
    name = next((n for n in c.LISTENER_NAMES if tuple(lows[:len(n)]) == n), None)
    k = i + len(name) if name else None
    o = i - 1 if i > 0 and toks[i - 1].text in w.OPEN_Q and toks[i].word else i  # (a phrase read from inside the marks)
    if k is None and toks[o].text in w.OPEN_Q:
        close = next((x for x in range(o + 1, min(len(toks), o + 6)) if toks[x].text in w.CLOSE_Q), None)
        inner = toks[o + 1:close] if close is not None else []
        if inner and c.LISTENER_DATIVE_MARKED is not None and c.LISTENER_DATIVE_MARKED.search(inner[0].low):
            k = close + 1  # "«Известиям»", "«Газете.Ru»"
    if k is None and toks[i].word and toks[i].cap and c.LISTENER_DATIVE is not None \
            and c.LISTENER_DATIVE.search(toks[i].low):
        k = i + 1  # "Интерфаксу"
    return k if k is not None and k < len(toks) and toks[k].word else None


def _prepositional_complement(toks: list, i: int, e: int, w: ClauseWords) -> int:
    if e >= len(toks) or toks[e].low not in w.PREPS or any(t.cap for t in toks[i:e]) \
            or not any(known_word(t.core, w) for t in toks[i:e]):
        return e
    k = e + 1
    while k < len(toks) and k - e < 6 and toks[k].word and toks[k].low not in w.COMPLEMENTIZERS \
            and toks[k].core not in w.ADVERBIAL_HEADS and toks[k].core not in w.TIME_WORDS:
        k += 1
    return k if k > e + 1 and (k >= len(toks) or not toks[k].word) else e


def named_to_verb(toks: list, c: int, b: int, gap: str, w: ClauseWords) -> int | None:
    """The end (``b + 1``) of a subject that opens its clause at token ``c`` with a role
    word in its listed (nominative) form and runs, over the phrases of its prepositions, to
    a name just before the verb at token ``b`` ("представитель баптистской церкви в городе
    Меридиан штата Айдахо Шон Лэнкфорд заявил"): two capitalised words, or in a text
    without capitals a name whose Latin spelling follows in brackets (``gap``, the text
    between it and the verb: "шон лэнкфорд (sean lankford) заявил"); else None."""
    if not case_rules(w).LISTENER_FIRST or b - c < 2 or not (toks[c].core in w.PERSON_ROLES or toks[c].core in w.TITLE_WORDS):
        return None
    if w.CASED and toks[b].cap and toks[b - 1].cap:
        return b + 1
    if not w.CASED and _LATIN_NAME.fullmatch(gap.strip()):
        return b + 1
    # a description in lower case and the phrase of its preposition ("Источник в правоохранительных
    # органах сообщил"), nothing between it and the verb
    k = next((x for x in range(c + 1, b + 1) if toks[x].low in w.PREPS), None)
    return b + 1 if k is not None and not gap.strip() and not any(t.cap for t in toks[c + 1:k]) and all(
        t.word and t.low not in w.COMPLEMENTIZERS and t.low not in w.CONJUNCTIONS for t in toks[c:b + 1]) else None


#: a name's Latin spelling in brackets ("(sean lankford)")
_LATIN_NAME = re.compile(r"\(\s*[a-z][a-z'’-]*(?:\s+[a-z][a-z'’.-]*){0,3}\s*\)", re.IGNORECASE)


def latin_name_words(text: str, end: int) -> int:
    """How many words the Latin spelling in brackets right after ``end`` gives a name
    ("шон лэнкфорд (sean lankford)": 2), 0 for none."""
    m = _LATIN_NAME.match(text, end + (len(text[end:end + 3]) - len(text[end:end + 3].lstrip())))
    return len(m.group().strip("() ").split()) if m else 0


def fronted_end(toks: list, ci: int, e: int, w: ClauseWords) -> int:
    """The end of the speaker of a fronted cue at token ``ci`` whose phrase was read to
    ``e``: the comma after it where the cue opens its clause and only words come between
    (``fronted_to_comma``: "по данным ответственных лиц на Гаити, …"), else ``e``."""
    if not case_rules(w).FRONTED_TO_COMMA or (ci > 0 and toks[ci - 1].word and toks[ci - 1].low not in w.CONJUNCTIONS):
        return e
    k = e
    while k < len(toks) and k - e < 10 and toks[k].word and toks[k].low not in w.COMPLEMENTIZERS \
            and toks[k].low not in w.PRONOUNS:
        k += 1
    return k if k < len(toks) and toks[k].text == "," else e


# -- the canonical speaker in the nominative --------------------------------------------

def speaker_case(rule: str, form: str, w: ClauseWords) -> str:
    """The case the rule's cue puts its speaker in ("genitive" after "по словам"), ""
    for the nominative or a language without cases."""
    c = case_rules(w)
    if not c.NAMES:
        return ""
    if rule == "body":
        return "prepositional"
    if rule == "quoted":
        return "accusative"  # "цитирует ТАСС представителя армии" (:mod:`.clause_relays`)
    if rule != "fronted":
        return ""
    words = form.lower().split()
    for word in words[-1:] + words[:1]:
        if word in c.FRONTED_CASE:
            case = c.FRONTED_CASE[word]
            return "" if case == "nominative" else case
    return ""


def nominative_name(name: str, case: str, w: ClauseWords) -> str:
    """A person's name said in ``case``, in the nominative ("Андрея Бусыгина" → "Андрей
    Бусыгин", "Марии Захаровой" → "Мария Захарова"); as written where its surname fits
    none of the case's endings (a foreign woman's, an indeclinable one: "Прити Пател")."""
    c = case_rules(w)
    tables = c.NAMES.get(case)
    words = name.split()
    if not tables or not words:
        return name
    if len(words) == 1 and case == "prepositional":
        return _body_nominative(words[0], case, tables, w)
    if words[0].lower() in w.ORG_WORDS:
        return nominative_phrase(name, case, w)  # a body's name, no person's: "Минобороны России"
    surname = words[-1]
    for gender in ("f", "m"):
        nom = _replace_cased(surname, tables.get(f"surname_{gender}", ()))
        if nom is None:
            continue
        given = [_replace_cased(x, tables.get(f"given_{gender}", ())) if len(x) > 2 and not x.isupper() else x
                 for x in words[:-1]]
        return " ".join([g if g is not None else x for g, x in zip(given, words[:-1])] + [nom])
    if c.INDECLINABLE and surname[-1:].lower() in c.INDECLINABLE and len(words) > 1 and len(words[0]) > 2:
        # an indeclinable surname ("Сергея Шойгу"): the first name alone says the case
        for gender in ("m", "f"):
            given = _replace_cased(words[0], tables.get(f"given_{gender}", ()))
            if given is not None:
                return " ".join([given] + words[1:])
    if c.INDECLINABLE_F and surname[-1:].lower() in c.INDECLINABLE_F and len(words) > 1 and len(words[0]) > 2 \
            and c.INDECLINABLE_F_GIVEN is not None and c.INDECLINABLE_F_GIVEN.search(words[0].lower()):
        # a woman's surname in a consonant, which a man's would decline ("Ангелы Меркель", "Ольги
        # Голодец"; "Ангела Меркеля" is a man's): her first name alone says the case
        given = _replace_cased(words[0], tables.get("given_f", ()))
        if given is not None:
            return " ".join([given] + words[1:])
    return name


def _body_nominative(word: str, case: str, tables: dict, w: ClauseWords) -> str:
    """A body named by one word in ``case`` ("в Кремле заявили", "в Еврокомиссии"), in the
    nominative: a listed body's word by its endings (``noun_endings``), else by the ``body``
    endings of the case; as written where neither fits."""
    listed = _noun(word, case, w)
    if listed is not None and not listed[1] and listed[0] in w.ORG_WORDS:
        return _recase(word, listed[0])
    return _replace_cased(word, tables.get("body", ())) or word


def _replace_cased(word: str, pairs) -> str | None:
    low = word.lower()
    new = _replace(low, pairs)
    if new is None:
        return None
    return _recase(word, new)


def _recase(word: str, new: str) -> str:
    """``new`` (lower case) with the capitals of ``word`` where the two agree."""
    return "".join(n.upper() if k < len(word) and word[k].isupper() else n for k, n in enumerate(new))


def name_in_case(written: str, surname: str, w: ClauseWords) -> str:
    """The case in which ``written`` (a full name, "Андрея Бусыгина") gives the surname
    ``surname`` ("Бусыгин", said in the nominative), or ""."""
    tables = case_rules(w).NAMES
    words = written.split()
    last = words[-1] if words else ""
    found = []
    for case, kinds in tables.items():
        for gender in ("f", "m"):
            nom = _replace_cased(last, kinds.get(f"surname_{gender}", ()))
            if nom is not None and nom.lower() == surname.lower():
                found.append((case, gender))
    # the case the first name is said in too, where the surname's ending is that of more than
    # one ("Марией Захаровой": the instrumental, not the genitive of "Марии Захаровой")
    given = next((c for c, g in found if len(words) > 1
                  and _replace_cased(words[0], tables[c].get(f"given_{g}", ())) is not None), None)
    return given or (found[0][0] if found else "")


def _noun(word: str, case: str, w: ClauseWords) -> tuple[str, bool] | None:
    """A role's or a body's word said in ``case``: its nominative and whether it is
    plural, or None where it is no such word."""
    c = case_rules(w)
    sg, pl = c.NOUNS.get(case, ((), ()))
    low = word.lower()
    best = None
    for lemma in _lemmas(low, w):
        stems = {_stem(lemma, c)}
        for end, other in c.STEM_CHANGES:
            if lemma.endswith(end):
                stems.add(lemma[:-len(end)] + other)  # "очевидец", "очевидцев"
        for stem in stems:
            if not low.startswith(stem):
                continue
            rest = low[len(stem):]
            if low == lemma:
                found = (lemma, False)
            elif rest in sg:
                found = (lemma, False)
            elif rest in pl:
                found = (_replace(lemma, c.PLURAL) or lemma, True)
            else:
                continue
            # a case form of another listed word before the word itself, listed as some
            # oblique forms are ("министерстве" of "министерство")
            if best is None or (best[0] == low and found[0] != low) or (
                    len(found[0]) > len(best[0]) and (found[0] != low or best[0] == low)):
                best = found
    return best


def _stem(word: str, c: CaseRules) -> str:
    """``word`` without the letter it loses before a case ending (``stem_letters``)."""
    return word[:-1] if c.STEM_LETTERS and word[-1:] in c.STEM_LETTERS else word


def _lemmas(low: str, w: ClauseWords) -> list[str]:
    """The listed words (roles, bodies, titles) a word may be a case form of, sorted."""
    c = case_rules(w)
    found = c.lemmas.get(low)
    if found is None:
        if c.listed is None:
            c.listed = _listed(w)
        found = kept(c.lemmas, low, sorted(x for x in c.listed if x[:2] == low[:2] and (
            low.startswith(x[:-1]) or low.startswith(x[:-2]))))
    return found


def _listed(w: ClauseWords) -> frozenset:
    """The listed words (roles, bodies, titles) that are nominatives: the lists hold some
    oblique forms too ("министерства", "пресс-службе"); of the words that share a stem,
    the one whose ending is most often a nominative's ("ведомство", "пресс-служба",
    "издание", "житель")."""
    c = case_rules(w)
    best: dict = {}
    for x in sorted(w.PERSON_ROLES | w.ORG_WORDS | w.TITLE_WORDS):
        if len(x) < 2:
            continue
        stem = x[:-1] if x[-1] in c.FINAL_VOWELS else x
        rank = _nominative_rank(x, stem, c)
        if stem not in best or rank < best[stem][0]:
            best[stem] = (rank, x)
    return frozenset(x for _, x in best.values())


def _nominative_rank(x: str, stem: str, c: CaseRules) -> int:
    """The place of the first group of ``nominative_endings`` that ``x`` ends with ("" for
    a word whose last letter is none of ``final_vowels``), after all groups for none."""
    for rank, group in enumerate(c.NOMINATIVE_ENDINGS):
        if any(x.endswith(e) if e else x == stem for e in group):
            return rank
    return len(c.NOMINATIVE_ENDINGS)


def _gender(lemma: str, c: CaseRules) -> str:
    """The gender of a noun by its last letter (``noun_genders``), else masculine."""
    return next((g for g, letters in c.NOUN_GENDERS.items() if lemma[-1:] in letters), "m")


def nominative_phrase(phrase: str, case: str, w: ClauseWords) -> str:
    """A description said in ``case``, in the nominative: its adjectives and its head (a
    role's or a body's word) put in the nominative, what follows the head kept ("местного
    активиста" → "местный активист", "ответственных лиц на Гаити" → "ответственные лица на
    Гаити", "пресс-службе" → "пресс-служба"); as written where its head is no listed word."""
    words = phrase.split()
    c = case_rules(w)
    k = 0
    while k < len(words) - 1 and c.ADJECTIVE is not None and c.ADJECTIVE.search(words[k].lower()) \
            and _noun(words[k], case, w) is None:
        k += 1
    if k >= len(words):
        return phrase.strip()
    head = _noun(words[k].strip(",.;:"), case, w)
    if head is None:
        return phrase.strip()
    lemma, plural = head
    kind = "plural" if plural else _gender(lemma, c)
    adjectives = [_replace(x.lower(), c.ADJECTIVES.get(kind, ())) for x in words[:k]]
    if any(a is None for a in adjectives):
        return phrase.strip()
    out = [_recase(x, a) for x, a in zip(words[:k], adjectives)] + [_recase(words[k], lemma)] + words[k + 1:]
    return " ".join(out)


def oblique_phrase(phrase: str, w: ClauseWords) -> str:
    """A description that opens with an article of ``oblique_articles`` (German: "laut eines
    Sprechers der Berliner Polizei", "nach Angaben des Statistischen Landesamtes", "laut dem
    Hessischen Rundfunk"), in the nominative: the article's nominative for the head's kind
    (a role's, else a body's: "ein"; "der" before a role, none before a body's name), its
    adjectives in -en with the weak ending after a definite article (``weak_ending``), else the
    strong one of the head's kind (``strong_endings``), the head's genitive -s, -es
    or -en off after ``genitive_articles`` ("Sprecher", "Landesamt", "Präsident"), what
    follows the head kept; as written where it opens with no such article or its words are
    not article, adjectives, head."""
    c = case_rules(w)
    words = phrase.split()
    bare = 0  # "laut Statistischem Bundesamt": adjectives in the strong dative, no article
    while c.BARE_OBLIQUE is not None and bare + 1 < len(words) and c.BARE_OBLIQUE.search(words[bare]) \
            and words[bare + 1][:1].isupper():
        bare += 1
    if bare and words[bare].isalpha():
        ending = _strong_ending(words[bare], c, w)
        return " ".join([x[:-2] + ending for x in words[:bare]] + words[bare:])
    if len(words) < 2 or words[0].lower() not in c.OBLIQUE_ARTICLES:
        return phrase.strip()
    k = 1
    while k + 1 < len(words) and words[k + 1][:1].isupper() and words[k].lower().endswith("en"):
        k += 1  # "des Statistischen | Landesamtes": adjectives before the head
    head = words[k]
    if not head[:1].isupper() or not head.isalpha():
        return phrase.strip()
    if words[0].lower() in c.GENITIVE_ARTICLES:
        low = head.lower()
        cut = next((n for n in (1, 2) if low.endswith("en") and role_of(low[:-n], w)), 0)  # "Präsidenten", "Experten"
        if not cut and low.endswith("es") and len(low) > 4 and low[-3] not in "aeiouäöü":
            cut = 2  # "Landesamtes", "Verbandes"
        elif not cut and low.endswith("s") and not low.endswith("ss"):
            cut = 1  # "Sprechers", "Ministeriums"
        if not cut:
            return phrase.strip()
        head = head[:-cut]
    kind = "person" if role_of(head.lower(), w) else "body"
    article = str(c.OBLIQUE_ARTICLES[words[0].lower()].get(kind) or "")
    ending = c.WEAK_ENDING if article.lower() in w.DEFINITE else _strong_ending(head, c, w)
    adjectives = [x[:-2] + ending for x in words[1:k]]
    return " ".join(([article] if article else []) + adjectives + [head] + words[k + 1:])


def _strong_ending(head: str, c: CaseRules, w: ClauseWords) -> str:
    """The strong nominative ending of an adjective before ``head``: a role's (the person's), else
    a body's (read as neuter, from its head only)."""
    kind = "person" if role_of(head.lower(), w) else "body"
    return c.STRONG_ENDINGS.get(kind, "")


# -- messages ---------------------------------------------------------------------------

def message_of(toks: list, b: int, i: int, w: ClauseWords) -> tuple[int, int] | None:
    """The span of the message or page an impersonal cue says it in, after it from token
    ``i`` ("— говорится в сообщении (Минобороны)", "сообщается на сайте ведомства", to the
    next punctuation or complementizer) or opening its clause before it, to token ``b``
    ("В заявлении МИД говорится, что …"); None for none."""
    c = case_rules(w)
    if not c.MESSAGES:
        return None
    k = b
    while k > 0 and toks[k - 1].word and b - k < 10:
        k -= 1
    if k < b and toks[k].low in c.MESSAGE_PREPS and _message(toks[k + 1].core, w):
        return toks[k + 1].start, toks[b].end
    if i + 1 >= len(toks) or toks[i].low not in c.MESSAGE_PREPS:
        return None
    if not _message(toks[i + 1].core, w):
        return None
    k = i + 2
    while k < len(toks) and k - i < 10 and toks[k].word and toks[k].low not in w.COMPLEMENTIZERS \
            and toks[k].low not in w.PREPS:
        k += 1
    return toks[i + 1].start, toks[k - 1].end


def _message(low: str, w: ClauseWords) -> bool:
    c = case_rules(w)
    return any(low == m or (low.startswith(_stem(m, c)) and len(low) - len(m) <= 2)
               for m in c.MESSAGES)


def message_author(phrase: str, w: ClauseWords) -> str | None:
    """The author of a message phrase, as written (in the genitive: "сообщении Минобороны"
    → "Минобороны", "заявление представителя ведомства" → "представителя ведомства"): ""
    for a message whose author is not said ("сообщении"), None for no message phrase."""
    words = phrase.split()
    if not words or not case_rules(w).MESSAGES or not _message(words[0].lower().strip(",.;:«»\""), w):
        return None
    return " ".join(words[1:])


def body_named_before(description: str, history: list, w: ClauseWords):
    """The earlier attribution a body named by its kind's word alone is ("в пресс-службе"
    after "сообщает пресс-служба ведомства", "Как сообщает издание" after "сообщает газета
    The Times"): the last speaker, of at most ``LOOKBACK`` before, whose phrase opens with
    the same word, or for a word of ``media_heads`` the last news outlet; None for none."""
    if not case_rules(w).NAMES or len(description.split()) != 1:
        return None
    word = description.lower()
    if word not in w.ORG_WORDS:
        return None
    media = word in case_rules(w).MEDIA_HEADS
    for h in reversed(history[-LOOKBACK:]):
        if not h.canonical or h.speaker_type != "org":
            continue
        first = h.canonical.split()[0].lower()
        if (first == word and len(h.canonical.split()) > 1) or (media and h.category == "media" and h.canonical.lower() != word):
            return h
    return None


def genitive_role(phrase: str, w: ClauseWords) -> bool:
    """A name in the genitive stands for the article of the role after it, and no name
    follows ("Thüringens AfD-Chef", "Frankreichs neuer Präsident": ``genitive_name``); not a
    first name ("Hans Richter")."""
    words = phrase.split()
    return w.GENITIVE_NAME is not None and 2 <= len(words) <= 4 and bool(w.GENITIVE_NAME.match(words[0])) \
        and not is_first_name(words[0]) and bool(role_of(words[-1].lower(), w)) \
        and all(x.islower() for x in words[1:-1])


def part_of_body(phrase: str, case: str, w: ClauseWords) -> str:
    """The phrase in the nominative where its head is a part of a body that speaks for it
    (``body_parts``: "пресс-служба СФУ", "пресс-службы Кремля" → "пресс-служба Кремля"),
    else ""."""
    c = case_rules(w)
    words = phrase.split()
    if not c.BODY_PARTS or not words:
        return ""
    head = _noun(words[0].strip(",.;:"), case or "nominative", w) if case else (words[0].lower(), False)
    if head is None or head[0] not in c.BODY_PARTS:
        return ""
    return nominative_phrase(phrase, case, w) if case else " ".join(words)
