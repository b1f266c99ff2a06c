"""Names in the languages of the clause rules: the proper name a speaker phrase ends with
(titles, roles and what a role is of left out), names in scripts without capitals and in
marks, and the people a text names (the full name of a surname; the person named last
before a place), read by :mod:`.clause_resolution`."""

from __future__ import annotations

import re
import unicodedata

from ..cues import canonical_form
from .clause_cases import adjective_phrase, known_word
from .clause_heads import _core, _honorific, _lead_words, _possessor, _role, _titled, _what_it_is_of
from .clause_words import ClauseWords, derived
from .first_names import first_name_sex, is_first_name

_PUNCT = ",.;:!?«»“”„\"'()"



#: (open marks, close marks) -> the pattern of a name in marks inside a speaker phrase
_MARKED: dict = {}



def _words(phrase: str) -> list[str]:
    return [w.strip(_PUNCT).replace("'", "’") for w in phrase.split() if w.strip(_PUNCT)]



def proper_name(phrase: str, w: ClauseWords) -> str:
    """The name a speaker phrase holds, titles and roles left out ("le ministre de
    l’Intérieur Gérald Darmanin" → "Gérald Darmanin", "Präsident Trump" → "Trump"), or ""
    for a description ("la police", "ein Feuerwehrsprecher"). In a script without capitals
    (Arabic) the words after the leading titles and roles, to the next role word."""
    words = _words(phrase)
    if not words:
        return ""
    marked = _marked_name(phrase, w)
    if marked:
        return marked
    if not w.CASED:
        return "" if adjective_phrase(words, w) else _uncased_name(words, w)  # "ответственных лиц": no name
    # the last run of capitalised words (and particles inside it)
    j = len(words)
    while j > 0 and (_core_cap(words[j - 1], w) or w.PARTICLE_RE.match(words[j - 1]) or (
            j < len(words) and words[j - 1].lower() in w.JOINERS) or (w.CASE_ENDING is not None and "." in words[j - 1])):
        j -= 1
    run = words[j:]
    if j == 0 and len(run) >= 2 and run[0].islower() and run[0] in w.JOINERS and run[0] not in w.DETERMINERS \
            and run[-1][:1].isupper():
        return " ".join(run)  # "von der Leyen", "de Gaulle": a name opened by its particle
    after_role = j >= 2 and words[j - 1].lower() in w.JOINERS and _role(_core(words[j - 2], w), w)
    while run and (run[0].lower() in w.JOINERS or run[0].lower() in w.DETERMINERS):
        run, after_role = run[1:], after_role or (j >= 1 and _role(_core(words[j - 1], w), w))
    while len(run) > 1 and run[0].lower() in w.STOP and run[1][:1].isupper():
        run = run[1:]  # a word of the stop list that opens the sentence: "Aunque Peña Nieto", "Aber Merkel"
    if w.ORDER != "v2" and _what_it_is_of(words, run, w):
        return ""  # "le ministre de la Défense", "la embajada de Estados Unidos", "посол России"
    if after_role and len(run) >= 3:
        # "le maire de Londres Sadiq Khan": the place is the role's; "le procureur de la
        # République de Lyon": a name with a joiner inside is the complement's, no person's
        run = run[1:] if run[1].lower() not in w.JOINERS else []
    k = _lead_words(run, w)
    surname = k == len(run) - 1 and k >= 1 and _honorific(run[k - 1], w)  # "M. Voisin": a name, though a role's word
    if k and k < len(run) and (run[k].lower() in w.JOINERS or run[k].lower() in w.DETERMINERS):
        return ""  # "Sprecherin des Weißen Hauses": a role of something, not a name
    run = _affiliation_cut(_case_run(words, j, run[k:], w), w)
    if run and not run[0][:1].isupper():
        run = [run[0][len(run[0]) - len(_core(run[0], w)):]] + run[1:]  # "l’OSDH": the name is "OSDH"
    if len(run) == 3 and (k or run[0].isupper()) and _place_after_role(run, w):  # "… факультета МГУ Михаил Пантелеев"
        run = run[1:]
    if not run or (not surname and all(r.lower() in w.ORG_WORDS or r.lower() in w.PERSON_ROLES for r in run)):
        return ""
    if w.ORDER == "v2" and words[0].lower() in w.DETERMINERS and j <= 1 and not _titled(words[1:2], w):
        return " ".join(words)  # "Das Weiße Haus": German capitalises nouns; the phrase is its name (not "der Anwalt Jan Vogel")
    return " ".join(run)



def _core_cap(word: str, w: ClauseWords) -> bool:
    """The word, its elided definite article left out, is capitalised ("Dupont",
    "l’Université"; not "d’Albi", a place after a preposition)."""
    low = word.lower().replace("'", "’")
    e = next((e for e in w.ELISIONS if low.startswith(e) and len(low) > len(e) and e in w.DEFINITE), "")
    return word[len(e):][:1].isupper()


def _affiliation_cut(run: list[str], w: ClauseWords) -> list[str]:
    """A name and the body the person is from, joined by the language's joiners
    ("Thomas Langhoff von der Hochschule Niederrhein", "Jean Dupont de l’Université de
    Genève"): the name, when the first word after the joiners is one of ``org_words`` and
    two capitalised words stand before them ("Ursula von der Leyen" keeps its particle)."""
    for i in range(2, len(run) - 1):
        if run[i].lower() in w.JOINERS and run[i - 1][:1].isupper() and run[i - 2][:1].isupper():
            k = i
            while k < len(run) and run[k].lower() in w.JOINERS:
                k += 1
            if k < len(run) and _core(run[k], w).lower() in w.ORG_WORDS:
                return run[:i]
    return run


def _place_after_role(words: list[str], w: ClauseWords) -> bool:
    """Three capitalised words after a role, the first the role's complement in the
    genitive or locative ("Президент России Владимир Путин", "Мэр Москвы Сергей Собянин")
    or an acronym ("… факультета МГУ Михаил Пантелеев"),
    not a first name ("Генсек ООН Пан Ги Мун") nor one before a patronymic ("Владимир
    Владимирович Путин"): in a language of cases (``case_ending``) only."""
    return w.CASE_ENDING is not None and (words[0][-1:].lower() in "ыие" or (len(words[0]) >= 2 and words[0].isupper())) \
        and not _PATRONYMIC.search(words[1].lower())



def _case_run(words: list[str], j: int, run: list[str], w: ClauseWords) -> list[str]:
    """The name in a run of capitalised words that opens at ``words[j]``, in a language of
    cases (``case_ending``): after a preposition its first word is a place ("лиц на Гаити":
    no name; "представитель Минздрава в Москве Иван Иванов"); after a role word, the
    acronyms, bodies and the place in the genitive that open it are the role's complement
    ("представителя МИД России Марии Захаровой", "Министр иностранных дел России Сергей
    Лавров")."""
    if w.CASE_ENDING is None or not run:
        return run
    if j >= 1 and words[j - 1].lower() in w.PREPS:
        return run[1:] if len(run) >= 3 else []
    if not any(_role(_core(x, w), w) for x in words[max(0, j - 3):j]):
        return run
    while len(run) > 2 and ((run[0].isupper() and len(run[0]) >= 2) or known_word(run[0].lower(), w)):
        run = run[1:]  # "МИД", "Минфина": a body's name or word
    return run[1:] if len(run) == 3 and _place_after_role(run, w) else run


#: a Russian patronymic ("Владимирович", "Ивановна"), the middle of a full name
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична)$")



def _marks(w: ClauseWords) -> re.Pattern:
    """The pattern of a name in the language's marks (group 1)."""
    key = (w.OPEN_Q, w.CLOSE_Q)  # both: two languages may open alike and close otherwise
    marked = _MARKED.get(key)
    if marked is None:
        marked = _MARKED[key] = re.compile(f"[{re.escape(w.OPEN_Q)}]([^{re.escape(w.CLOSE_Q)}]+)[{re.escape(w.CLOSE_Q)}]")
    return marked


def _marked_name(phrase: str, w: ClauseWords) -> str:
    """"агентство «Интерфакс»", "موقع "قناة عشتار"": the name in marks after a body
    (``marked_names``), else ""."""
    if not w.MARKED_NAMES or phrase[:1] in w.OPEN_Q:
        return ""
    m = _marks(w).search(phrase)
    before = _words(phrase[:m.start()]) if m is not None else []
    if m is not None and _words(m.group(1)) and len(before) == 1 and _core(before[0], w) in w.ORG_WORDS:
        return " ".join(_words(m.group(1)))  # a body and its name: not "محامية … مراسل صحيفة «…»"
    return ""



def document_name(phrase: str, w: ClauseWords) -> str:
    """A document named with whoever made it, in a script without capitals: its words to
    the last name in marks inside it ("مسح شهري أجرته «رويترز»"), else all of them
    ("الوثائق التي حصلت عليها الغارديان"); "" where the phrase opens with no ``documents``
    word."""
    words = _words(phrase)
    if w.CASED or not words or _core(words[0], w) not in w.DOCUMENTS:
        return ""
    marked = list(_marks(w).finditer(phrase))
    if marked and w.DEFINITE_PREFIX is not None and not w.DEFINITE_PREFIX.match(words[0]) \
            and _words(phrase[:marked[0].start()]) == words[:1]:
        return " ".join(_words(marked[0].group(1)))  # "بيان «جيش الفتح»": the statement of the name in marks
    return _document_author(words, w) or " ".join(_words(phrase[:marked[-1].end()] if marked else phrase))


def _document_links(lang) -> frozenset:
    return frozenset(canonical_form(f) for f in lang.words.get("document_links") or ())


def _document_author(words: list[str], w: ClauseWords) -> str:
    """The body a document is of, where the phrase says it: with the preposition joined to the
    body ("بيان لنقابة المعلمين": the union's statement; ``author_clitics``), through a word
    of ``document_links`` and a preposition ("بيان صادر عن المقاومة", "البيان الصادر عن
    الوزارة"), or in construct state, a document without the article before a word with it
    ("بيان الوزارة", "تقرير الأمم المتحدة", "بيان وزارة الخارجية": an indefinite noun takes
    no definite adjective, so the word is its owner; not a word of time, "بيان اليوم"); else ""."""
    if len(words) < 2:
        return ""
    if words[1].startswith(tuple(w.AUTHOR_CLITICS)) and not words[1].startswith("لل"):
        head = words[1][1:]
        return " ".join([head] + words[2:]) if _core(head, w) in w.ORG_WORDS else ""
    if len(words) >= 4 and canonical_form(words[1]) in derived(w, "document_links", _document_links) and words[2] in w.PREPS:
        return " ".join(words[3:])
    definite = w.DEFINITE_PREFIX
    if definite is None or definite.match(words[0]) or words[1].startswith("لل") or words[1] in w.TIME_WORDS:
        return ""
    # the owner a word with the article, or a body's word in construct before one ("بيان وزارة الخارجية")
    if definite.match(words[1]) or (len(words) >= 3 and _core(words[1], w) in w.ORG_WORDS and definite.match(words[2])):
        return " ".join(words[1:])
    return ""


def body_and_mark(phrase: str, w: ClauseWords) -> tuple[str, str] | None:
    """``(a body's name, the name in marks after it)`` of a speaker phrase in a script
    without capitals ("الشركة السعودية للصناعات الأساسية «سابك»"), a body of two words or
    more; else None."""
    if w.CASED or not w.MARKED_NAMES or phrase[:1] in w.OPEN_Q:
        return None
    m = _marks(w).search(phrase)
    before = _words(phrase[:m.start()]) if m is not None else []
    if len(before) < 2 or _core(before[0], w) not in w.ORG_WORDS or not _words(m.group(1)):
        return None
    return " ".join(before), " ".join(_words(m.group(1)))


def _affiliations(lang) -> frozenset:
    """``affiliations``: words after a body's name that are no part of it ("قناة المسيرة
    التابعة للحوثيين": its owner; "موقع ترك برس الإخباري": its kind)."""
    return frozenset(canonical_form(f) for f in lang.words.get("affiliations") or ())


def _uncased_name(words: list[str], w: ClauseWords) -> str:
    """The name of a speaker phrase in a script without capitals: the words after the
    leading titles and roles, to the next role word."""
    k = 0
    while k < len(words) and (_core(words[k], w) in w.NAME_SKIP or _core(words[k], w) in w.DETERMINERS):
        k += 1
    if k == 0 and w.DEFINITE_PREFIX is None and len(words) >= 2 and _core(words[0], w) in w.ORG_WORDS \
            and _core(words[1], w) in w.ORG_WORDS:
        return " ".join(words[1:4])  # "агентство франс пресс": a body, then a name the body words know
    if k == 0 and w.DEFINITE_PREFIX is not None and _core(words[0], w) in w.ORG_WORDS:
        end = next((x for x in range(1, len(words)) if _core(words[x], w) in w.STOP
                    or canonical_form(_core(words[x], w)) in derived(w, "affiliations", _affiliations)), len(words))
        if end + 2 == len(words) and _core(words[end], w) in w.PLACE_PREPS:
            return " ".join(words[:min(end, 5)] + words[end:])  # "المجلس العسكري في تعز": its place, one word
        return " ".join(words[:min(end, 5)])  # "المرصد السوري لحقوق الإنسان": a body, all its words
    if k == 0:
        # a name opened by a particle ("بن لو برون محلل السوق") runs to the role after it
        lead = next((x for x in range(len(words)) if _core(words[x], w) not in w.NAME_PARTICLES), len(words))
        end = next((x for x in range(lead, len(words)) if _core(words[x], w) in w.NAME_SKIP
                    or _core(words[x], w) in w.JOINERS or _core(words[x], w) in w.STOP), len(words))
        # two words at most ("الهويدي قرار التأجيل": then the verb's object), three where
        # they are the phrase and the article is not joined ("пан ги мун") or the first two
        # words, given names, have none ("محمد جواد ظريف", "محمد علي الحوثي"; not "كتاب
        # الأعمدة التركيز": a body in construct state, then the object)
        most = 3 if end == len(words) and (w.DEFINITE_PREFIX is None or not any(
            w.DEFINITE_PREFIX.match(x) for x in words[lead:lead + 2])) else 2
        return " ".join(words[:min(end, most + lead)])
    rest = words[k:]
    if w.DEFINITE_PREFIX is not None and rest and _core(rest[0], w) in w.PREPS and _core(rest[0], w) not in w.JOINERS:
        return ""  # "مصدر مسؤول في وزارة الخارجية": where the source is, no name
    # (after a title with the article: a role without it governs what follows, "أمير منطقة مكة")
    named = _name_then_role(rest, w) if w.DEFINITE_PREFIX is not None and w.DEFINITE_PREFIX.match(words[k - 1]) else ""
    if named:
        return named
    if w.DEFINITE_PREFIX is not None and rest and (not w.DEFINITE_PREFIX.match(words[k - 1]) or _core(rest[0], w) in w.JOINERS) \
            and all(w.DEFINITE_PREFIX.match(x) or _core(x, w) in w.JOINERS for x in rest):
        return ""  # "رئيس الائتلاف", "المتحدث باسم المقاومة الشعبية": what the role is of, no name
    if all(_core(x, w) in w.JOINERS for x in rest):
        return ""
    # after the roles, the last run that is not a role's complement: the name at the end; an
    # adjective of origin after a bare word is a family name ("اللواء منصور التركي")
    j = len(rest) - int(w.DEFINITE_PREFIX is not None and len(rest) >= 2 and _core(rest[-1], w) in w.NATIONALITIES
                        and w.DEFINITE_PREFIX.match(rest[-1]) is not None and not w.DEFINITE_PREFIX.match(rest[-2])
                        and _core(rest[-2], w) not in w.NAME_SKIP | w.ORG_WORDS | w.JOINERS)
    while j > 0 and _core(rest[j - 1], w) not in w.NAME_SKIP | w.ORG_WORDS and len(rest) - j < 4 \
            and not (w.CASED is False and w.DEFINITE_PREFIX is None and (_role(_core(rest[j - 1], w), w)
                                                                      or _core(rest[j - 1], w) in w.PREPS)):
        j -= 1  # (a cased language in lower case: "кандидат в президенты юлия тимошенко" ends at a role or a preposition)
    while j < len(rest) - 1 and _core(rest[j], w) in w.JOINERS and _core(rest[j], w) not in w.NAME_PARTICLES:
        j += 1
    if w.DEFINITE_PREFIX is not None:
        # "وزير العدل أشرف ريفي", "نائب المدير العام للشؤون المالية جاسم الهويدي": the words
        # with the article before the first without it complete the role; the name opens there
        bare = next((x for x in range(j, len(rest)) if not w.DEFINITE_PREFIX.match(rest[x])), None)
        if bare is not None and _core(rest[bare], w) not in w.JOINERS:  # "الوليد بن طلال"
            j = bare
    return " ".join(rest[j:])



def joined_article_appositive(toks, i: int, w: ClauseWords) -> bool:
    """In a script whose article is joined (Arabic), a person's name set off by commas after
    a role ("أكد رئيس منظمة الطاقة الذرية الإيرانية، علي أكبر صالحي، أن …", "وزير الخارجية
    الإيراني، محمد جواد ظريف،"): :func:`joined_article_name` of the words to the next comma."""
    k = i
    while k < len(toks) and toks[k].word and k - i < 6:
        k += 1
    return k < len(toks) and toks[k].text in {",", "،"} and bool(joined_article_name([t.text for t in toks[i:k]], w))


def joined_article_name(words: list[str], w: ClauseWords) -> str:
    """Two to five words that are a person's name in a script whose article is joined: the
    first without the article (a given name), none a role, a body's word, a title, a
    preposition, a complementizer or a word of time; the name, else ""."""
    if w.CASED or w.DEFINITE_PREFIX is None or not 2 <= len(words) <= 5 or w.DEFINITE_PREFIX.match(words[0]):
        return ""
    for word in words:
        core = _core(word, w)
        if core in w.NAME_SKIP or core in w.ORG_WORDS or core in w.PREPS or core in w.TIME_WORDS \
                or core in w.COMPLEMENTIZERS or _role(core, w):
            return ""
    return " ".join(words)


def _name_then_role(rest: list[str], w: ClauseWords) -> str:
    """In a script whose article is joined, the name right after the titles and before a
    role that follows it ("العميد الركن | أحمد عسيري | المتحدث باسم قوات التحالف"): words
    without the article (a particle inside: "بن", "آل"), a family name with it at the end;
    "" where no role follows."""
    if w.DEFINITE_PREFIX is None:
        return ""
    j = 0
    while j < len(rest) and (not w.DEFINITE_PREFIX.match(rest[j]) or (j and _core(rest[j], w) in w.NAME_PARTICLES)) \
            and _core(rest[j], w) not in w.NAME_SKIP | w.ORG_WORDS | w.STOP and (j or _core(rest[j], w) not in w.JOINERS):
        j += 1
    if j and j < len(rest) and w.DEFINITE_PREFIX.match(rest[j]) and _core(rest[j], w) not in w.NAME_SKIP | w.ORG_WORDS:
        j += 1  # "منصور التركي"
    nxt = _core(rest[j], w) if j < len(rest) else ""
    return " ".join(rest[:j]) if j and (_role(nxt, w) or nxt.rstrip(".") in w.TITLE_WORDS) else ""


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
                _add_person(found, surnames, run, before, w)
                recent = []
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


def _add_person(found: list, surnames: set, run: list, before: list, w: ClauseWords) -> None:
    """Add to ``found`` the person a run of capitalised words names (:func:`_names_between`),
    ``before`` the lower-case words just before it."""
    lows = [x.lower() for x in run]
    i = 1 if _possessor(run, w) else 0  # "Bayerns Ministerpräsident Markus Söder"
    while i < len(run) and (lows[i].rstrip(".") in w.TITLE_WORDS or lows[i] in w.DETERMINERS or _role(_core(lows[i], w), w)
                            or lows[i] in w.NATIONALITIES or lows[i] in w.JOINERS or lows[i] in w.PREPS
                            or lows[i] in w.STOP or lows[i] in w.ADVERBS or lows[i] in w.CONJUNCTIONS):
        i += 1
    last = lows[i - 1] if i else before[-1] if before else ""
    if _quoted_or_place(last, before, lows, w):
        return
    if last in w.DETERMINERS or last in w.PREPS or (i and last in w.JOINERS):
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
    if w.CASE_ENDING is not None and any(_role(x, w) for x in lead):
        words = _case_run(lead + words, len(lead), words, w)  # "Глава ЦБ Эльвира Набиуллина"
    if any(x.isupper() and len(x) > 1 for x in words):
        return  # a heading in capitals ("REVUE DU JOUR")
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
    found.append((" ".join(words), gender or name_gender(words, w), roles))


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
    return first_name_sex(unicodedata.normalize("NFD", words[0]).encode("ascii", "ignore").decode())



def _last_name_before(text: str, pos: int, w: ClauseWords, head: str = "", only_role: bool = False) -> str:
    """The last name of two words or more the text gives in the 1,500 characters before
    ``pos`` ("Премьер-министр Великобритании Борис Джонсон поручил …": a run of
    capitalised words, titles and roles left out), the last given with the role ``head``
    ("Мэр Москвы Сергей Собянин" for "мэр") where there is one (``only_role``: only that
    one), or ""."""
    found, with_role, run, last_end, before = "", "", [], -1, []

    def close():
        nonlocal found, with_role
        name = proper_name(" ".join(_lead(before, run, w) + run), w) if len(run) >= 2 else ""
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
        if any(x.lower() in w.ORG_WORDS or _role(x.lower(), w) for x in words):
            return
        if len(words) == 3 and len(words) < len(run) and _place_after_role(words, w):
            words = words[1:]
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
        while run and (run[0].lower() in w.DETERMINERS or run[0].lower() in w.JOINERS):
            run = run[1:]
        while run and run[-1].lower() in w.JOINERS:
            run = run[:-1]
        return " ".join(run) if len(run) >= 2 and name in run else ""

    return next((found for run in _runs(text, lambda x: x[:1].isupper() or x.lower() in w.JOINERS)
                 if (found := full(run))), "")
