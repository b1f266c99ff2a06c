"""Who a speaker is, in the languages of the clause rules (:mod:`.clauses`): pronouns
(il/elle, er/sie, él/ella, он/она, هو/هي), a verb with no subject written (pro-drop:
Spanish "dijo que", Arabic "وأضاف"), a role that names someone named earlier ("der Anwalt",
"эксперт"), and a surname the article gave in full.

A pronoun or a dropped subject is the latest speaker of a compatible kind and gender (the
gender said by the pronoun, the verb's ending — Russian "заявила", Arabic "قالت" — or a
title such as "Mme", "Frau"); a dropped subject only when that is safe: the attribution
just before it, at most :data:`SAFE_SENTENCES` sentences back, had a speaker. Otherwise
the speaker stays unresolved (``speaker_canonical`` empty) rather than guessed.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from .classification import classify
from .clause_words import ClauseWords, category_of, role_of
from .records import LOOKBACK, NO_SPEAKER, Attribution

__all__ = ["resolve", "proper_name", "SAFE_SENTENCES"]

#: How far (sentences) a verb without a subject may stand from the attribution whose
#: speaker it is given.
SAFE_SENTENCES = 3
_PUNCT = ",.;:!?«»“”„\"'()"
#: open marks -> the pattern of a name in marks inside a speaker phrase
_MARKED: dict = {}


def _words(phrase: str) -> list[str]:
    return [w.strip(_PUNCT).replace("'", "’") for w in phrase.split() if w.strip(_PUNCT)]


def _core(word: str, w: ClauseWords) -> str:
    low = word.lower()
    for e in w.ELISIONS:
        if low.startswith(e) and len(low) > len(e):
            return low[len(e):]
    return low


def _role(word: str, w: ClauseWords) -> str:
    """The role a word names (:func:`.clause_words.role_of`)."""
    return role_of(word, w)


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
        return _uncased_name(words, w)
    # the last run of capitalised words (and particles inside it)
    j = len(words)
    while j > 0 and (words[j - 1][:1].isupper() or w.PARTICLE_RE.match(words[j - 1]) or (
            j < len(words) and words[j - 1].lower() in w.JOINERS)):
        j -= 1
    run = words[j:]
    after_role = j >= 2 and words[j - 1].lower() in w.JOINERS and _role(_core(words[j - 2], w), w)
    while run and (run[0].lower() in w.JOINERS or run[0].lower() in w.DETERMINERS):
        run, after_role = run[1:], after_role or (j >= 1 and _role(_core(words[j - 1], w), w))
    if after_role and len(run) >= 3:
        run = run[1:]  # "le maire de Londres Sadiq Khan": the place is the role's
    k = 0
    while k < len(run) and (run[k].lower().rstrip(".") in w.TITLE_WORDS or _role(run[k].lower(), w)
                            or run[k].lower() in w.NATIONALITIES or (k and run[k].lower() in w.ORG_WORDS)):
        k += 1  # "Глава МВД Прити Пател": a title, the body it heads, the name
    if k and k < len(run) and (run[k].lower() in w.JOINERS or run[k].lower() in w.DETERMINERS):
        return ""  # "Sprecherin des Weißen Hauses": a role of something, not a name
    run = run[k:]
    if len(run) == 3 and (k or run[0].isupper()) and _place_after_role(run, w):  # "… факультета МГУ Михаил Пантелеев"
        run = run[1:]
    if not run or all(r.lower() in w.ORG_WORDS or r.lower() in w.PERSON_ROLES for r in run):
        return ""
    if w.ORDER == "v2" and words[0].lower() in w.DETERMINERS and j <= 1:
        return " ".join(words)  # "Das Weiße Haus": German capitalises nouns; the phrase is its name
    return " ".join(run)


def _place_after_role(words: list[str], w: ClauseWords) -> bool:
    """Three capitalised words after a role, the first the role's complement in the
    genitive or locative ("Президент России Владимир Путин", "Мэр Москвы Сергей Собянин")
    or an acronym ("… факультета МГУ Михаил Пантелеев"),
    not a first name ("Генсек ООН Пан Ги Мун") nor one before a patronymic ("Владимир
    Владимирович Путин"): in a language of cases (``case_ending``) only."""
    return w.CASE_ENDING is not None and (words[0][-1:].lower() in "ыие" or (len(words[0]) >= 2 and words[0].isupper())) \
        and not _PATRONYMIC.search(words[1].lower())


#: a Russian patronymic ("Владимирович", "Ивановна"), the middle of a full name
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична)$")


def _marked_name(phrase: str, w: ClauseWords) -> str:
    """"агентство «Интерфакс»", "موقع "قناة عشتار"": the name in marks after a body
    (``marked_names``), else ""."""
    if not w.MARKED_NAMES or phrase[:1] in w.OPEN_Q:
        return ""
    marked = _MARKED.get(w.OPEN_Q)
    if marked is None:
        marked = _MARKED[w.OPEN_Q] = re.compile(f"[{re.escape(w.OPEN_Q)}]([^{re.escape(w.CLOSE_Q)}]+)[{re.escape(w.CLOSE_Q)}]")
    m = marked.search(phrase)
    before = _words(phrase[:m.start()]) if m is not None else []
    if m is not None and _words(m.group(1)) and len(before) == 1 and _core(before[0], w) in w.ORG_WORDS:
        return " ".join(_words(m.group(1)))  # a body and its name: not "محامية … مراسل صحيفة «…»"
    return ""


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
        end = next((x for x in range(1, len(words)) if _core(words[x], w) in w.STOP), len(words))
        return " ".join(words[:min(end, 5)])  # "المرصد السوري لحقوق الإنسان": a body, all its words
    if k == 0:
        # a name opened by a particle ("بن لو برون محلل السوق") runs to the role after it
        lead = next((x for x in range(len(words)) if _core(words[x], w) not in w.NAME_PARTICLES), len(words))
        end = next((x for x in range(lead, len(words)) if _core(words[x], w) in w.NAME_SKIP
                    or _core(words[x], w) in w.JOINERS or _core(words[x], w) in w.STOP), len(words))
        # two words at most ("الهويدي قرار التأجيل": then the verb's object), three where
        # the article is not joined and they are the phrase ("пан ги мун")
        most = 3 if w.DEFINITE_PREFIX is None and end == len(words) else 2
        return " ".join(words[:min(end, most + lead)])
    rest = words[k:]
    if w.DEFINITE_PREFIX is not None and not w.DEFINITE_PREFIX.match(words[k - 1]) and all(
            w.DEFINITE_PREFIX.match(x) or _core(x, w) in w.JOINERS for x in rest):
        return ""  # "رئيس الائتلاف": a role without the article governs what follows, no name
    if all(_core(x, w) in w.JOINERS for x in rest):
        return ""
    # after the roles, the last run that is not a role's complement: the name at the end
    j = len(rest)
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


def _names_only(phrase: str, w: ClauseWords) -> bool:
    """Every word capitalised (or a particle): "Karoline Leavitt", not "porte-parole du …"."""
    words = _words(phrase)
    return bool(words) and all(x[:1].isupper() or x.lower() in w.JOINERS for x in words)


def _definite_person(phrase: str, w: ClauseWords) -> bool:
    """A definite description of one person by a role or an origin ("la chanteuse",
    "l’édile", "der Anwalt", "la Neuchâteloise"; in a language without articles a bare
    role: "эксперт", "глава МВД")."""
    words = [x.lower() for x in _words(phrase) if x.lower() not in w.ADVERBS]  # "el también luchador"
    if not words or len(words) > 4:
        return False
    first = words[0]
    elided = next((e for e in w.ELISIONS if first.startswith(e) and e in w.DEFINITE), None)
    if elided:
        words = [first[len(elided):]] + words[1:]
    elif first in w.DEFINITE:
        words = words[1:]
    elif w.ARTICLES:
        return False
    if not w.ARTICLES:  # "эксперт", "британский лидер", "глава МВД"
        return any(_role(x, w) for x in words[:2])
    return bool(words) and (_role(words[0], w) != "" or words[0] in w.NATIONALITIES) and not words[-1].endswith("s")


def _gender(a: Attribution, phrase: str, w: ClauseWords) -> str:
    low = {x.lower() for x in _words(phrase)} | {x.lower() for x in phrase.split()}  # "m." and "m"
    kind = w.PRONOUNS.get(phrase.lower().strip(), "") or w.POSSESSIVES.get(phrase.lower().strip(), "")
    if kind in {"m", "f"}:
        return kind
    female, male = not w.FEMALE.isdisjoint(low), not w.MALE.isdisjoint(low)
    if female != male:
        return "f" if female else "m"
    return a.extra.get("verb_gender", "")


def _kind(phrase: str, name: str, w: ClauseWords) -> str:
    """person, plural or org."""
    words = [x.lower() for x in _words(phrase)]
    if not words:
        return "org"
    if len(words) == 1 and words[0] in w.PRONOUNS:
        k = w.PRONOUNS[words[0]]
        return "person" if k in {"m", "f"} else k
    if any(_role(_core(x, w), w) for x in words):
        return "person"
    if any(_core(x, w) in w.ORG_WORDS for x in words):
        return "org"
    return "person" if name and len(name.split()) >= 2 else "org"


def _compatible(h: Attribution, kind: str, gender: str) -> bool:
    if not h.canonical or h.extra.get("first_person"):
        return False
    if kind == "plural":
        return h.speaker_type in {"plural", "org"}
    if kind == "org":
        return h.speaker_type == "org"
    return h.speaker_type == "person" and not (gender and h.extra.get("gender") and h.extra["gender"] != gender)


def resolve(text: str, atts: list[Attribution], gazetteer: Lexicon, w: ClauseWords, sentence_of=None) -> None:
    """Say who each speaker is (``canonical``), what kind and which category, in text
    order (module docstring: the rules)."""
    history: list[Attribution] = []
    order = {}
    if sentence_of is not None:
        order = {s: k for k, s in enumerate(sentence_of)}
    full_names = _names_in(text, w)
    for a in atts:
        if "follows" in a.extra:
            f = a.extra["follows"]
            a.canonical, a.category, a.speaker_type, a.head = f.canonical, f.category, f.speaker_type, f.head
            a.extra["gender"] = f.extra.get("gender", "")
            history.append(a)
            continue
        if a.speaker is None:
            _dropped(a, history, order)
            history.append(a)
            continue
        phrase = text[a.speaker[0]:a.speaker[1]]
        low = phrase.lower().strip()
        gender = _gender(a, phrase, w)
        a.extra["gender"] = gender
        if low in w.FIRST_PERSON:
            a.extra["first_person"] = True
            a.canonical, a.speaker_type = phrase, "person"
            history.append(a)
            continue
        if low in w.PRONOUNS or low in w.POSSESSIVES:
            kind = w.PRONOUNS.get(low) or w.POSSESSIVES[low]
            want = "person" if kind in {"m", "f"} else kind
            earlier = next((h for h in reversed(history[-LOOKBACK:]) if _compatible(h, want, gender)), None)
            if earlier is not None:
                _copy(a, earlier)
            else:
                a.speaker_type = want
            history.append(a)
            continue
        _named(text, a, phrase, gender, history, full_names, gazetteer, w)
        history.append(a)


def _named(text: str, a: Attribution, phrase: str, gender: str, history: list, full_names: dict, gazetteer: Lexicon,
           w: ClauseWords) -> None:
    """A speaker phrase that is no pronoun: a role that names someone named before, or a
    name (the appositive's when it is one), else the description."""
    appos = text[a.appositive[0]:a.appositive[1]] if a.appositive else ""
    aname = proper_name(appos, w) if appos else ""
    name = proper_name(phrase, w)
    if aname and (not name or (_names_only(appos, w) and not _names_only(phrase, w))):
        name = aname
    a.speaker_type = "org" if phrase.strip()[:1] in w.OPEN_Q else _kind(phrase + " " + appos, name, w)
    heads = [_role(_core(x, w), w) for x in _words(phrase)]
    a.head = next((h for h in reversed(heads) if h), "")
    if not name and (a.head or _definite_person(phrase, w)):
        earlier = _described(a, phrase, gender, history, w)
        if earlier is not None:
            _copy(a, earlier)
            return
        if w.CASED and _one_person_role(a, w) and a.speaker is not None and not any(
                h.extra.get("named") and h.speaker_type == "person" for h in history[-LOOKBACK:]):
            # "Премьер-министр Великобритании Борис Джонсон поручил … Об этом британский лидер
            # сообщил": no one named has spoken; the person the text named last
            name = _last_name_before(text, a.speaker[0], w, a.head)
            if name:
                a.speaker_type = "person"
    if w.DEFINITE_PREFIX is not None and a.speaker is not None and len(name.split()) <= 1:
        body = _body_named_before(text, a.speaker[0], phrase, w, history)
        if body:
            a.canonical, a.speaker_type, a.extra["named"] = body, "org", True
            a.extra["roles"] = set()
            a.category = _category_by_words(body, gazetteer, w)
            return
    if name and not w.CASED:
        # "الهويدي قرار التأجيل": a name the article gave before in full ("جاسم الهويدي")
        first = name.split()[0]
        earlier = next((h.canonical for h in reversed(history) if h.canonical and h.extra.get("named")
                        and h.canonical.split()[-1] == first), None)
        name = earlier or name
    if name and len(name.split()) == 1 and w.CASED:
        full = full_names.get(name)
        if full is None and w.CASE_ENDING is not None:
            # "Бусыгин" after "заместителя министра Андрея Бусыгина": the same person in
            # another case; the name stays as written (its first name is not in this case)
            full = full_names.get(("stem", w.CASE_ENDING.sub("", name.lower())))
            if full is not None:
                a.speaker_type, full = "person", None
        if full is not None and w.CASE_ENDING is not None:
            a.speaker_type = "person"  # "Собянин": "Мэр Москвы Сергей Собянин" before
        name = full or name
    a.canonical = name or phrase.strip()
    a.extra["named"] = bool(name)
    a.extra["roles"] = {h for h in heads if h} | {_role(_core(x, w), w) for x in _words(appos)} - {""}
    a.category = classify(text, [a.speaker, a.appositive], gazetteer)
    if a.category == "unclassified":
        a.category = _category_by_words(phrase + " " + appos, gazetteer, w)
    if a.category == "unclassified":
        a.category = next((h.category for h in reversed(history[-LOOKBACK:]) if h.canonical == a.canonical),
                          "unclassified")


def _category_by_words(phrase: str, gazetteer: Lexicon, w: ClauseWords) -> str:
    """The label the language's role words say (``categories`` of its words.yaml: the
    `news` gazetteer's patterns are English's), the first word that says one; only a label
    the gazetteer has."""
    for x in _words(phrase):
        label = category_of(_core(x, w), w)
        if label and gazetteer.family_of(label):
            return label
    return "unclassified"


def _described(a: Attribution, phrase: str, gender: str, history: list, w: ClauseWords):
    """"der Anwalt", "эксперт", "la chanteuse": the person named earlier with that role,
    else (a definite role, "l’édile") the person named last; None when gender conflicts."""
    earlier = next((h for h in reversed(history[-LOOKBACK:]) if h.canonical and h.extra.get("named")
                    and a.head and _same_role(a.head, h.extra.get("roles", ()), w)), None)
    if earlier is None and w.ARTICLES and _definite_person(phrase, w):
        # the definite article marks the role as someone already named ("l’édile"); a
        # language without articles says no such thing: a bare role only by its head
        earlier = next((h for h in reversed(history[-LOOKBACK:]) if h.canonical and h.extra.get("named")
                        and h.speaker_type == "person"), None)
    if earlier is None and _one_person_role(a, w):
        # "британский лидер", "глава МВД", "собеседник агентства" after a name: a role that
        # names one person (``anaphoric_roles``), said with a verb of one gender (not "заявили")
        earlier = next((h for h in reversed(history[-LOOKBACK:]) if h.canonical and h.extra.get("named")
                        and h.speaker_type == "person"), None)
    if earlier is not None and gender and earlier.extra.get("gender") and gender != earlier.extra["gender"]:
        return None
    return earlier


def _body_named_before(text: str, pos: int, phrase: str, w: ClauseWords, history: list) -> str:
    """"وأكدت الهيئة" after "حمّلت الهيئة العامة للشباب والرياضة الكويتية …": a body named
    by its head word alone, in a script whose article is joined (``definite_prefix``), is
    the last body of that head that spoke, else the one the text named first with more
    words, or ""."""
    words = _words(phrase)
    if len(words) != 1 or _core(words[0], w) not in w.ORG_WORDS or not words[0].startswith("ال"):
        return ""
    head = words[0]
    spoke = next((h.canonical for h in reversed(history[-LOOKBACK:]) if h.canonical and len(h.canonical.split()) >= 2
                  and h.canonical.split()[0] in {head, head[2:]}), None)
    if spoke:
        return spoke
    from .clauses import np_after, tokens  # the phrase rules of the same language
    for m in re.finditer(rf"(?<!\w)(?:{re.escape(head)}|{re.escape(head[2:])})(?!\w)", text[:pos]):
        toks = tokens(text, m.start(), min(pos, m.start() + 200), w)
        e = np_after(toks, 0, len(toks), w)
        definite = m.group().startswith("ال")  # "الشركة تتعامل": a verb after a definite head, not its name
        if e is not None and e >= 2 and (not definite or toks[1].text[:1] == "ل"
                                         or w.DEFINITE_PREFIX.match(toks[1].text) is not None):
            return " ".join(t.text for t in toks[:e] if t.word)
    return ""


def _same_role(head: str, roles, w: ClauseWords) -> bool:
    """``head`` is one of ``roles``; in a script whose article is joined, with or without it
    ("الوزير" after "وزير الخارجية وليد المعلم")."""
    if head in roles:
        return True
    if w.DEFINITE_PREFIX is None:
        return False
    bare = head[2:] if head.startswith("ال") else head
    return any((r[2:] if r.startswith("ال") else r) == bare for r in roles)


def _one_person_role(a: Attribution, w: ClauseWords) -> bool:
    return bool(a.head) and a.head in w.ANAPHORIC_ROLES and a.extra.get("verb_gender") in {"m", "f"}


def _last_name_before(text: str, pos: int, w: ClauseWords, head: str = "") -> str:
    """The last name of two words or more the text gives in the 1,500 characters before
    ``pos`` ("Премьер-министр Великобритании Борис Джонсон поручил …": a run of
    capitalised words, titles and roles left out), the last given with the role ``head``
    ("Мэр Москвы Сергей Собянин" for "мэр") where there is one, or ""."""
    found, with_role, run, last_end, before = "", "", [], -1, []

    def close():
        nonlocal found, with_role
        name = proper_name(" ".join(run), w) if len(run) >= 2 else ""
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
    return with_role or found


def _copy(a: Attribution, earlier: Attribution) -> None:
    a.canonical, a.category, a.speaker_type, a.head = earlier.canonical, earlier.category, earlier.speaker_type, earlier.head
    a.extra["gender"] = earlier.extra.get("gender", "")
    a.extra["named"] = earlier.extra.get("named", False)
    a.extra["roles"] = earlier.extra.get("roles", set())


def _dropped(a: Attribution, history: list, order: dict) -> None:
    """A verb with no subject: the speaker of the attribution just before (a cited source,
    "selon X", left aside), when it had one, its gender does not conflict and it is at most
    SAFE_SENTENCES sentences back."""
    a.category = NO_SPEAKER
    # the last attribution of a speaker; a source cited ("selon X", "وفقا لـ X") speaks no further
    last = next((h for h in reversed(history) if h.kind != "according_to"), None)
    if not a.extra.get("dropped") or last is None:
        return
    gender = a.extra.get("verb_gender", "")
    if not last.canonical or last.extra.get("first_person") or last.speaker_type not in {"person", "org", "plural"}:
        return
    if gender and last.extra.get("gender") and last.extra["gender"] != gender:
        return
    if order and last.sentence in order and a.sentence in order and order[a.sentence] - order[last.sentence] > SAFE_SENTENCES:
        return
    _copy(a, last)
    a.extra["gender"] = gender or a.extra.get("gender", "")


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _names_in(text: str, w: ClauseWords) -> dict[str, str]:
    """The longest run of capitalised words ending with each word ("Leavitt" →
    "Karoline Leavitt"), titles and roles left out; runs of at most three words (German
    capitalises its nouns: a longer run is a noun phrase, not a name)."""
    out: dict[str, str] = {}
    if not w.CASED or w.ORDER == "v2":
        return out  # no capitals; or German, which capitalises its nouns ("Nach Ansicht von Lang")
    run: list[str] = []
    last_end = -2

    def close():
        words = list(run)
        while words and (words[0].lower().rstrip(".") in w.TITLE_WORDS or words[0].lower() in w.DETERMINERS
                         or _role(words[0].lower(), w) or words[0].lower() in w.NATIONALITIES
                         or words[0].lower() in w.JOINERS or words[0].lower() in w.PREPS or words[0].lower() in w.STOP):
            words = words[1:]
        if any(x.lower() in w.ORG_WORDS or _role(x.lower(), w) for x in words):
            return
        if len(words) == 3 and len(words) < len(run) and _place_after_role(words, w):
            words = words[1:]
        while words and words[-1].lower() in w.JOINERS:
            words = words[:-1]
        if 2 <= len(words) <= 3:
            full = " ".join(words)
            if len(full) > len(out.get(words[-1], "")):
                out[words[-1]] = full
            if w.CASE_ENDING is not None:
                out.setdefault(("stem", w.CASE_ENDING.sub("", words[-1].lower())), full)

    for m in _WORD.finditer(text):
        word = m.group()
        joined = text[last_end:m.start()].isspace() and "\n" not in text[last_end:m.start()] if last_end >= 0 else False
        if (word[:1].isupper() or (run and word.lower() in w.JOINERS)) and (joined or not run):
            run.append(word)
        else:
            if run:
                close()
            run = [word] if word[:1].isupper() else []
        last_end = m.end()
    if run:
        close()
    return out
