"""Names in the languages of the clause rules: the proper name a speaker phrase ends with
(titles, roles and what a role is of left out), names in scripts without capitals and in
marks, read by :mod:`.clause_resolution`. The people a text names (the full name of a
surname; the person named last before a place) are read in :mod:`.clause_people`."""

from __future__ import annotations

import re

from ..cues import canonical_form
from .clause_cases import adjective_phrase, known_word
from .clause_heads import _core, _honorific, _lead_words, _role, _titled, _what_it_is_of
from .clause_words import ClauseWords, derived

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
    if after_role:
        run = _after_role_of(run, w)
    k = 0 if _body_named_by_article(words, run, w) else _lead_words(run, w)
    surname = k == len(run) - 1 and k >= 1 and _honorific(run[k - 1], w)  # "M. Voisin": a name, though a role's word
    if k and k < len(run) and (run[k].lower() in w.JOINERS or run[k].lower() in w.DETERMINERS):
        return _name_after_genitive(run[k:], w)  # "Sprecherin des Weißen Hauses": a role of something, not a name
    run = _affiliation_cut(_case_run(words, j + k, run[k:], w), w)  # (a capitalised role opening the run: "Глава Минздрава …")
    if run and not run[0][:1].isupper():
        run = [run[0][len(run[0]) - len(_core(run[0], w)):]] + run[1:]  # "l’OSDH": the name is "OSDH"
    if len(run) in (3, 4) and (k or run[0].isupper()) and _place_after_role(run, w):  # "… факультета МГУ Михаил Пантелеев"
        run = run[1:]
    if not run or (not surname and all(r.lower() in w.ORG_WORDS or r.lower() in w.PERSON_ROLES for r in run)):
        return ""
    if w.ORDER == "v2" and words[0].lower() in w.DETERMINERS and j <= 1 and not _titled(words[1:2], w):
        return " ".join(words)  # "Das Weiße Haus": German capitalises nouns; the phrase is its name (not "der Anwalt Jan Vogel")
    return " ".join(run)



def _name_after_genitive(rest: list[str], w: ClauseWords) -> str:
    """The name after a role's complement in the genitive, no comma between, in a language
    whose adjectives before a noun have their own endings (``attributive_endings``): "Die
    Sprecherin des Auswärtigen Amts Maria Adebahr", "Der Generalsekretär der Vereinten Nationen
    António Guterres". The last two capitalised words, when the words before them are an
    article, adjectives and one noun, and neither is a body's, a role's or a title's word;
    else "" (the role of something: "Sprecherin des Weißen Hauses")."""
    if w.ORDER != "v2" or w.ATTRIBUTIVE is None or len(rest) < 4 or rest[0].lower() not in w.DETERMINERS:
        return ""
    comp, name = rest[1:-2], rest[-2:]
    if any(x.lower() in w.JOINERS or x.lower() in w.DETERMINERS or not w.ATTRIBUTIVE.search(x.lower()) for x in comp[:-1]):
        return ""
    if any(not x[:1].isupper() or _core(x, w) in w.ORG_WORDS or _role(_core(x, w), w)
           or x.lower().rstrip(".") in w.TITLE_WORDS for x in name):
        return ""
    return " ".join(name)


def _after_role_of(run: list[str], w: ClauseWords) -> list[str]:
    """The name in a run of capitalised words after a role and a joiner: "le maire de Londres
    Sadiq Khan": the place is the role's; "le procureur de la République de Lyon": a name
    with a joiner inside is the complement's, no person's; two words are the role's
    complement, a person or a place ("l’avocat de Jean Dupont", "el portavoz de Vladímir
    Putin", "le porte-parole de M. Macron", "le maire de New York"): the role speaks, the
    phrase is its description (none)."""
    if len(run) >= 3:
        return run[1:] if run[1].lower() not in w.JOINERS else []
    if len(run) == 2 and all(x[:1].isupper() for x in run):
        return []
    return run


def _body_named_by_article(words: list[str], run: list[str], w: ClauseWords) -> bool:
    """An article, then a body's word written with a capital and capitalised words after it:
    the body's name ("la Policía Nacional", "la Guardia Civil"), not a role and a person's
    name, in a language that writes its nouns in lower case (a role before a name is: "el
    policía Juan Pérez")."""
    n = len(words) - len(run)
    return w.ORDER != "v2" and n >= 1 and words[n - 1].lower() in w.ARTICLES and len(run) >= 2 \
        and run[0][:1].isupper() and run[0].lower() in w.ORG_WORDS and all(x[:1].isupper() for x in run[1:])


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
    genitive or locative ("Президент России Владимир Путин", "Мэр Москвы Сергей Собянин", "мэр
    Парижа Анн Идальго", "президент Израиля Ицхак Герцог") or an acronym ("… факультета МГУ
    Михаил Пантелеев"),
    not a first name ("Генсек ООН Пан Ги Мун") nor one before a patronymic ("Владимир
    Владимирович Путин"): in a language of cases (``case_ending``) only."""
    return w.CASE_ENDING is not None and (words[0][-1:].lower() in "ыиеая" or (len(words[0]) >= 2 and words[0].isupper())) \
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
    if len(run) == 1 and run[0].lower() not in w.ORG_WORDS and not run[0].isupper() and known_word(run[0].lower(), w):
        return []  # a listed body's word in an oblique case after a role: "Пресс-секретарь Кремля", "глава Минздрава"
    if len(run) == 1 and len(run[0]) >= 2 and run[0].isupper() and j >= 1 and _role(_core(words[j - 1], w), w) \
            and words[j - 1].lower() not in w.ORG_WORDS:
        return []  # an acronym after a person's role: what it is of ("Президент США"), no name (not "агентства SANA")
    while len(run) > 2 and ((run[0].isupper() and len(run[0]) >= 2) or known_word(run[0].lower(), w)):
        run = run[1:]  # "МИД", "Минфина": a body's name or word
    return run[1:] if len(run) in (3, 4) and _place_after_role(run, w) else run


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
    if m is not None and _words(m.group(1)) and len(before) == 1 and (_core(before[0], w) in w.ORG_WORDS or (
            w.CASED and before[0].lower() in w.DEFINITE and not _words(phrase[m.end():]))):
        return " ".join(_words(m.group(1)))  # a body and its name: not "محامية … مراسل صحيفة «…»"; "die „Zeit“"
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


def _author_pages(lang) -> frozenset:
    return frozenset(str(f) for f in lang.words.get("author_pages") or ())


def _document_author(words: list[str], w: ClauseWords) -> str:
    """The body a document is of, where the phrase says it: with the preposition joined to the
    body ("بيان لنقابة المعلمين": the union's statement; ``author_clitics``), through a word
    of ``document_links`` and a preposition ("بيان صادر عن المقاومة", "البيان الصادر عن
    الوزارة"), or in construct state, a document without the article before a word with it
    ("بيان الوزارة", "تقرير الأمم المتحدة", "بيان وزارة الخارجية": an indefinite noun takes
    no definite adjective, so the word is its owner; not a word of time, "بيان اليوم"); else ""."""
    if len(words) < 2:
        return ""
    if words[1].startswith(tuple(w.AUTHOR_CLITICS)):
        # (the article's alef elided after the clitic: "بيان للجيش" is the army's, "للرأي العام" no body)
        head = "ال" + words[1][2:] if words[1].startswith("لل") else words[1][1:]
        return " ".join([head] + words[2:]) if _core(head, w) in w.ORG_WORDS else ""
    if len(words) >= 4 and canonical_form(words[1]) in derived(w, "document_links", _document_links) and words[2] in w.PREPS:
        pages = derived(w, "author_pages", _author_pages)
        return " ".join(words[4:] if len(words) >= 5 and words[3] in pages else words[3:])  # "على صفحة | حركة …"
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
    if len(words) >= 3 and w.POSSESSED_OBJECT is not None and w.POSSESSED_OBJECT.match(words[0]) \
            and _core(words[1], w) in w.NAME_SKIP:
        return _uncased_name(words[1:], w)  # the verb's object first: "كتب كلماتها | الشاعر كريم العراقي"
    k = 0
    while k < len(words) and (_core(words[k], w) in w.NAME_SKIP or _core(words[k], w) in w.DETERMINERS
                              or (k and _core(words[k], w) in w.ROLE_ADJECTIVES)):  # "المندوب الروسي الدائم"
        k += 1
    if k == 0 and w.DEFINITE_PREFIX is None and len(words) >= 2 and _core(words[0], w) in w.ORG_WORDS \
            and _core(words[1], w) in w.ORG_WORDS:
        return " ".join(words[1:4])  # "агентство франс пресс": a body, then a name the body words know
    if k == 0 and w.DEFINITE_PREFIX is not None and _core(words[0], w) in w.ORG_WORDS:
        end = next((x for x in range(1, len(words)) if _core(words[x], w) in w.STOP
                    or canonical_form(_core(words[x], w)) in derived(w, "affiliations", _affiliations)), len(words))
        if end + 2 == len(words) and _core(words[end], w) in w.PLACE_PREPS:
            return " ".join(words[:min(end, 5)] + words[end:])  # "المجلس العسكري في تعز": its place, one word
        return " ".join(words[:min(end, 6)])  # "المرصد السوري لحقوق الإنسان", "مكتب رئيس الوزراء احمد داود اوغلو"
    if k == 0:
        # a name opened by a particle ("بن لو برون محلل السوق") runs to the role after it
        lead = next((x for x in range(len(words)) if _core(words[x], w) not in w.NAME_PARTICLES), len(words))
        end = next((x for x in range(lead, len(words)) if _core(words[x], w) in w.NAME_SKIP
                    or _core(words[x], w) in w.JOINERS or _core(words[x], w) in w.STOP), len(words))
        end = _with_origin(words, lead, end, w)
        # two words at most ("الهويدي قرار التأجيل": then the verb's object), three where
        # they are the phrase and the article is not joined ("пан ги мун") or the first two
        # words, given names, have none ("محمد جواد ظريف", "محمد علي الحوثي"; not "كتاب
        # الأعمدة التركيز": a body in construct state, then the object)
        most = 3 if end == len(words) and (w.DEFINITE_PREFIX is None or not any(
            w.DEFINITE_PREFIX.match(x) for x in words[lead:lead + 2])) else 2
        return " ".join(words[:min(end, most + lead)])
    rest = words[k:]
    if w.DEFINITE_PREFIX is not None and rest and _core(rest[0], w) in w.PREPS and _core(rest[0], w) not in w.JOINERS \
            and not _name_after_seat(rest[1:], w):
        return ""  # "مصدر مسؤول في وزارة الخارجية": where the source is, no name
    chain = _construct_chain(words[k - 1], rest, w)
    if chain is not None:
        return chain
    # (after a title with the article: a role without it governs what follows, "أمير منطقة مكة")
    named = _name_then_role(rest, w) if w.DEFINITE_PREFIX is not None and w.DEFINITE_PREFIX.match(words[k - 1]) else ""
    if named:
        return named
    if w.DEFINITE_PREFIX is not None and rest and _core(rest[0], w) not in w.NAME_PARTICLES \
            and (not w.DEFINITE_PREFIX.match(words[k - 1]) or _core(rest[0], w) in w.JOINERS) \
            and all(w.DEFINITE_PREFIX.match(x) or _core(x, w) in w.JOINERS for x in rest):
        return ""  # "رئيس الائتلاف", "المتحدث باسم المقاومة الشعبية": what the role is of, no name (a name
        # opened by its particle is one: "الرئيس عبد الفتاح السيسي")
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
    j = _bare_name_start(rest, j, w) if w.DEFINITE_PREFIX is not None else j
    return "" if j is None else " ".join(rest[j:])


def _bare_name_start(rest: list[str], j: int, w: ClauseWords) -> int | None:
    """Where the name opens in ``rest`` from ``j`` in a script whose article is joined: "وزير
    العدل أشرف ريفي", "نائب المدير العام للشؤون المالية جاسم الهويدي" — the words with the
    article before the first without it complete the role; None where a place's preposition
    opens what is left ("… الإسلامية | في درعا": a seat, no name)."""
    bare = next((x for x in range(j, len(rest)) if not w.DEFINITE_PREFIX.match(rest[x])), None)
    if bare is not None and _core(rest[bare], w) not in w.JOINERS:  # "الوليد بن طلال"
        j = bare
    return None if j < len(rest) and _core(rest[j], w) in w.PLACE_PREPS else j



def _with_origin(words: list[str], lead: int, end: int, w: ClauseWords) -> int:
    """The end of a definite noun the lists lack with its adjectives of origin after it, which
    agree in the article ("التلفزيون الرسمي", "التلفزيون السوري"): past them from ``end``."""
    while w.DEFINITE_PREFIX is not None and 0 < end < len(words) and end - lead <= 2 \
            and _core(words[end], w) in w.NATIONALITIES and w.DEFINITE_PREFIX.match(words[end]) \
            and all(w.DEFINITE_PREFIX.match(x) for x in words[lead:end]):
        end += 1
    return end


def _construct_chain(role: str, rest: list[str], w: ClauseWords) -> str | None:
    """In a script whose article is joined, a role without the article is in construct state:
    the bare words after it to the first with the article (one or two: "مدير | مستشفى
    الشفاء", "مدير عام | مستشفى الشفاء", "مدير مكتب | بشار الأسد") and the words with it after
    that are what it is of; the name, if any, opens at the next word without it ("مدير مستشفى
    الشفاء محمد أبو سلمية"); None where ``rest`` opens with no such chain."""
    if w.DEFINITE_PREFIX is None or w.DEFINITE_PREFIX.match(role) or not rest or w.DEFINITE_PREFIX.match(rest[0]):
        return None
    d = next((x for x in range(len(rest)) if w.DEFINITE_PREFIX.match(rest[x])), None)
    if d is None or d > 2 or any(_core(x, w) in w.JOINERS or _core(x, w) in w.STOP for x in rest[:d]):
        return None
    while d < len(rest) and w.DEFINITE_PREFIX.match(rest[d]):
        d += 1
    return "" if d < len(rest) and _core(rest[d], w) in w.PLACE_PREPS else " ".join(rest[d:])  # "… | في درعا": a place


def joined_article_appositive(toks, i: int, w: ClauseWords) -> bool:
    """In a script whose article is joined (Arabic), a person's name set off by commas after
    a role ("أكد رئيس منظمة الطاقة الذرية الإيرانية، علي أكبر صالحي، أن …", "وزير الخارجية
    الإيراني، محمد جواد ظريف،"): :func:`joined_article_name` of the words to the next comma."""
    k = i
    while k < len(toks) and toks[k].word and k - i < 6:
        k += 1
    return k < len(toks) and toks[k].text in {",", "،"} and bool(joined_article_name([t.text for t in toks[i:k]], w))


def joined_role_seat_name(toks, i: int, e: int, w: ClauseWords) -> int:
    """In a script whose article is joined (Arabic), a role, the preposition of its seat and
    the body, then the person's name before a complementizer or a stop ("المندوب الروسي
    الدائم | لدى الأمم المتحدة | فيتالي تشوركين | إن …"): the end of the name, the name two
    to four words without the article at their start after a word with it
    (:func:`joined_article_name`); else ``e``."""
    if w.CASED or w.DEFINITE_PREFIX is None or e + 3 >= len(toks) or toks[e].low not in w.PREPS \
            or not any(_role(t.core, w) or t.core in w.TITLE_WORDS for t in toks[i:e]):
        return e
    s = next((x for x in range(e + 1, min(len(toks), e + 10)) if not toks[x].word or toks[x].low in w.COMPLEMENTIZERS), None)
    if s is None or not (toks[s].low in w.COMPLEMENTIZERS or toks[s].text in {",", "،", ".", ":"}) \
            or w.DEFINITE_PREFIX.match(toks[e + 1].text) is None:
        return e
    return s if _name_after_seat([t.text for t in toks[e + 1:s]], w) else e


def _name_after_seat(words: list[str], w: ClauseWords) -> bool:
    """``words`` (after the preposition of a role's seat) are the body, with the article,
    then a person's name (:func:`joined_article_name`): "الأمم المتحدة فيتالي تشوركين"."""
    return any(w.DEFINITE_PREFIX.match(words[g - 1]) and not w.DEFINITE_PREFIX.match(words[g])
               and joined_article_name(words[g:], w) for g in range(1, len(words) - 1))


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
