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
    if not w.CASED:
        k = 0
        while k < len(words) and (_core(words[k], w) in w.NAME_SKIP or _core(words[k], w) in w.DETERMINERS):
            k += 1
        if k == 0:
            end = next((x for x in range(len(words)) if _core(words[x], w) in w.NAME_SKIP
                        or _core(words[x], w) in w.JOINERS or _core(words[x], w) in w.STOP), len(words))
            return " ".join(words[:min(end, 2)])
        rest = words[k:]
        # after the roles, the last run that is not a role's complement: the name at the end
        j = len(rest)
        while j > 0 and _core(rest[j - 1], w) not in w.NAME_SKIP | w.ORG_WORDS and len(rest) - j < 4:
            j -= 1
        while j < len(rest) - 1 and _core(rest[j], w) in w.JOINERS and _core(rest[j], w) not in w.NAME_PARTICLES:
            j += 1
        return " ".join(rest[j:])
    # the last run of capitalised words (and particles inside it)
    j = len(words)
    while j > 0 and (words[j - 1][:1].isupper() or w.PARTICLE_RE.match(words[j - 1]) or (
            j < len(words) and words[j - 1].lower() in w.JOINERS)):
        j -= 1
    run = words[j:]
    after_role = j >= 2 and words[j - 1].lower() in w.JOINERS and _role(_core(words[j - 2], w), w)
    while run and (run[0].lower() in w.JOINERS or run[0].lower() in w.DETERMINERS):
        run, after_role = run[1:], after_role or (j >= 1 and _role(_core(words[j - 1], w), w))
    if w.ORDER != "v2" and len(run) == 1 and _complement_of_role(words, len(words) - len(run), w):
        return ""  # "le ministre de la Défense", "el ministro de Economía": what the role is of
    if after_role and len(run) >= 3:
        run = run[1:]  # "le maire de Londres Sadiq Khan": the place is the role's
    k = 0
    while k < len(run) and (run[k].lower().rstrip(".") in w.TITLE_WORDS or _role(run[k].lower(), w)
                            or run[k].lower() in w.NATIONALITIES or (k and run[k].lower() in w.ORG_WORDS)):
        k += 1  # "Глава МВД Прити Пател": a title, the body it heads, the name
    if k and k < len(run) and (run[k].lower() in w.JOINERS or run[k].lower() in w.DETERMINERS):
        return ""  # "Sprecherin des Weißen Hauses": a role of something, not a name
    run = run[k:]
    if not run or all(r.lower() in w.ORG_WORDS or r.lower() in w.PERSON_ROLES for r in run):
        return ""
    if w.ORDER == "v2" and words[0].lower() in w.DETERMINERS and j <= 1:
        return " ".join(words)  # "Das Weiße Haus": German capitalises nouns; the phrase is its name
    return " ".join(run)


def _complement_of_role(words: list[str], j: int, w: ClauseWords) -> bool:
    """The words from ``j`` follow a role or a body and its joiners ("ministre de la",
    "porte-parole du ministère des", "ministro de"): they say what the role is of."""
    k = j - 1
    while k >= 0 and (words[k].lower() in w.JOINERS or _core(words[k], w) in w.ELISIONS):
        k -= 1
    if k == j - 1 or k < 0:
        return False
    head = _core(words[k], w)
    return bool(_role(head, w)) or head in w.ORG_WORDS


def _author_of_document(phrase: str, w: ClauseWords) -> str:
    """Whose a document is, where the phrase says ("un récent rapport de la Commission
    européenne" → "la Commission européenne", "un informe del Gobierno"), else ""."""
    words = _words(phrase)
    k = next((x for x, word in enumerate(words) if _core(word, w) in w.DOCUMENTS), None)
    if k is None or k + 1 >= len(words) or not (words[k + 1].lower() in w.JOINERS or words[k + 1].lower() in w.PREPS
                                                or _core(words[k + 1], w) != words[k + 1].lower()):
        return ""
    rest = phrase[phrase.find(words[k + 1], phrase.find(words[k]) + len(words[k])):]
    first = rest.split()[0].lower().replace("'", "’") if rest.split() else ""
    elided = next((e for e in w.ELISIONS if first.startswith(e) and len(first) > len(e)), "")
    rest = rest[len(elided):] if elided else " ".join(rest.split()[1:])
    return rest.strip() if any(_word_core(x, w)[:1].isupper() for x in rest.split()) else ""


def _source_of_compound(phrase: str, w: ClauseWords) -> str:
    """Whose information a compound of one word says ("Polizeiangaben" → "Polizei",
    "Regierungskreisen" → "Regierung": ``source_suffixes``), else ""."""
    words = _words(phrase)
    if len(words) != 1:
        return ""
    low = words[0].lower()
    suffix = next((x for x in w.SOURCE_SUFFIXES if low.endswith(x) and len(low) - len(x) >= 4), None)
    if suffix is None:
        return ""
    head = words[0][:len(words[0]) - len(suffix)].rstrip("-")
    if head.endswith("s") and head[:-1].lower().endswith(("ung", "heit", "keit", "tion", "tät", "amt")):
        head = head[:-1]  # the joining s: "Regierungs-"
    return head


def _word_core(word: str, w: ClauseWords) -> str:
    """A word without its elided article, case kept ("l’Élysée" → "Élysée")."""
    low = word.lower().replace("'", "’")
    e = next((e for e in w.ELISIONS if low.startswith(e) and len(low) > len(e)), "")
    return word[len(e):]


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


def _definite(phrase: str, w: ClauseWords) -> bool:
    """The phrase opens with a definite article ("le ministre de la Défense", "l’édile")."""
    first = phrase.split()[0].lower().replace("'", "’") if phrase.split() else ""
    return first in w.DEFINITE or any(first.startswith(e) and e in w.DEFINITE for e in w.ELISIONS)


def _gender(a: Attribution, phrase: str, w: ClauseWords) -> str:
    low = {x.lower() for x in _words(phrase)} | {x.lower() for x in phrase.split()}  # "m." and "m"
    kind = w.PRONOUNS.get(phrase.lower().strip(), "") or w.POSSESSIVES.get(phrase.lower().strip(), "")
    if kind in {"m", "f"}:
        return kind
    words = phrase.split()
    if words and words[0].lower() in w.ARTICLE_GENDER:
        return w.ARTICLE_GENDER[words[0].lower()]  # "la ministre", "el portavoz", "der Anwalt"
    female, male = not w.FEMALE.isdisjoint(low), not w.MALE.isdisjoint(low)
    if not (female or male) and w.ROLE_MATCH == "suffix":
        roles = {_role(_core(x, w), w) for x in low} - {""}  # "Innenminister", "Generaldirektorin"
        female, male = not w.FEMALE.isdisjoint(roles), not w.MALE.isdisjoint(roles)
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
            if not a.canonical and a.extra.get("dropped") and w.PRONOUN_NAMES and w.PRO_DROP and a.cue is not None \
                    and not any(h.kind != "according_to" for h in history):
                # "Aseguró que …" with no speaker before it: the person the text named last
                if _name_before(text, a, a.extra.get("verb_gender", ""), "", sentence_of, order, w):
                    a.category = "unclassified"
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
            if low in w.PLURAL_WITH and a.cue is not None and w.PLURAL_WITH[low].search(
                    text[a.cue[0]:a.cue[1]].split()[-1].lower()):
                kind, gender, a.extra["gender"] = "plural", "", ""  # "sagten sie": they
            want = "person" if kind in {"m", "f"} else kind
            earlier = next((h for h in reversed(history[-LOOKBACK:]) if _compatible(h, want, gender)), None)
            if earlier is not None:
                _copy(a, earlier)
            else:
                a.speaker_type = want
                if w.PRONOUN_NAMES and kind in {"m", "f"}:
                    _name_before(text, a, gender, "", sentence_of, order, w)
            history.append(a)
            continue
        _named(text, a, phrase, gender, history, full_names, gazetteer, w, sentence_of, order)
        history.append(a)


def _named(text: str, a: Attribution, phrase: str, gender: str, history: list, full_names: dict, gazetteer: Lexicon,
           w: ClauseWords, sentence_of=None, order=None) -> None:
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
        if w.PRONOUN_NAMES and a.head and _definite(phrase, w) and _name_before(
                text, a, gender, a.head, sentence_of, order, w):
            return  # "le ministre de la Défense": the minister the text named before
    if name and not w.CASED:
        # "الهويدي قرار التأجيل": a name the article gave before in full ("جاسم الهويدي")
        first = name.split()[0]
        earlier = next((h.canonical for h in reversed(history) if h.canonical and h.extra.get("named")
                        and h.canonical.split()[-1] == first), None)
        name = earlier or name
    if name and len(name.split()) == 1 and w.CASED and name in full_names:
        name = full_names[name]
        a.speaker_type = _kind(phrase + " " + appos, name, w)  # "Schubert": a person's surname
    author = _author_of_document(phrase, w) if w.DOCUMENTS else ""
    if not author and w.SOURCE_SUFFIXES:
        author = _source_of_compound(phrase, w)
    if author:
        name, a.speaker_type = author, "org"  # "un rapport de la Commission européenne": the Commission
    a.canonical = name or phrase.strip()
    a.extra["named"] = bool(name)
    a.extra["roles"] = {h for h in heads if h} | {_role(_core(x, w), w) for x in _words(appos)} - {""}
    a.category = classify(text, [a.speaker, a.appositive], gazetteer)
    if a.category == "unclassified":
        a.category = _category_by_words(phrase + " " + appos, gazetteer, w)
    if a.category == "unclassified":
        a.category = next((h.category for h in reversed(history[-LOOKBACK:]) if h.canonical == a.canonical),
                          "unclassified")


#: How many sentences before a pronoun's (and its own) :func:`_name_before` reads.
NAME_SENTENCES = 3


def _name_before(text: str, a: Attribution, gender: str, role: str, sentence_of, order, w: ClauseWords) -> bool:
    """Give ``a`` the person the text named last before its speaker, in its sentence and the
    :data:`NAME_SENTENCES` before it, whose gender does not conflict (and who was given the
    role ``role``, when one is asked: "le ministre de la Défense"); False when there is none."""
    end = a.speaker[0] if a.speaker else a.cue[0]
    k = order.get(a.sentence) if order else None
    start = sentence_of[max(0, k - NAME_SENTENCES)][0] if k is not None else max(0, end - 600)
    for name, g, roles in reversed(_names_between(text, start, end, w)):
        if gender and g and g != gender:
            continue
        if role and role not in roles:
            continue
        a.canonical, a.speaker_type = name, "person"
        a.extra.update(gender=gender or g, named=True, roles=roles, name_before=True)
        if role:
            a.head = role
        return True
    return False


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
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        gap = text[last_end:m.start()] if last_end >= 0 else ""
        joined = (gap.isspace() and "\n" not in gap) or (gap.strip() == "." and prev in w.TITLE_WORDS)  # "M. Dupont"
        prev = word.lower()
        if not joined:
            recent = []
        # a name in quotation marks is a title or a body's ("„Washington Post“"), or one a
        # speaker names ("Mari (Carmen Martín), mi entrenadora"): not whom a pronoun is
        for ch in gap:
            if ch in w.OPEN_Q or ch in w.CLOSE_Q:
                inside = (not inside) if ch in w.OPEN_Q and ch in w.CLOSE_Q else ch in w.OPEN_Q
        quoted = inside or (gap.strip() != "" and gap.rstrip()[-1] in w.OPEN_Q)
        if (word[:1].isupper() or (run and word.lower() in w.JOINERS)) and (joined or not run):
            if not run:
                before = ["«"] if quoted else list(recent)
            run.append(word)
        else:
            if run:
                _add_person(found, surnames, run, before, w)
                recent = []
            run = []
            if word[:1].isupper():
                before = ["«"] if quoted else list(recent) if joined else []
                run = [word]
            else:
                recent = (recent + [word.lower()])[-4:]
        last_end = m.end()
    if run:
        _add_person(found, surnames, run, before, w)
    return found


def _add_person(found: list, surnames: set, run: list, before: list, w: ClauseWords) -> None:
    """Add to ``found`` the person a run of capitalised words names (:func:`_names_between`),
    ``before`` the lower-case words just before it."""
    lows = [x.lower() for x in run]
    i = 0
    while i < len(run) and (lows[i].rstrip(".") in w.TITLE_WORDS or lows[i] in w.DETERMINERS or _role(lows[i], w)
                            or lows[i] in w.NATIONALITIES or lows[i] in w.JOINERS or lows[i] in w.PREPS
                            or lows[i] in w.STOP or lows[i] in w.ADVERBS or lows[i] in w.CONJUNCTIONS):
        i += 1
    last = lows[i - 1] if i else before[-1] if before else ""
    if last == "«":
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
    while k > 0 and (before[k - 1].rstrip(".") in w.TITLE_WORDS or _role(before[k - 1], w)
                     or before[k - 1] in w.NATIONALITIES or before[k - 1] in w.DETERMINERS):
        k -= 1
    lead = before[k:] + lead
    words = run[i:]
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
    found.append((" ".join(words), ("f" if female else "m") if female != male else "", roles))


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
                    and a.head and a.head in h.extra.get("roles", ())), None)
    if earlier is None and w.ARTICLES and _definite_person(phrase, w):
        # the definite article marks the role as someone already named ("l’édile"); a
        # language without articles says no such thing: a bare role only by its head
        earlier = next((h for h in reversed(history[-LOOKBACK:]) if h.canonical and h.extra.get("named")
                        and h.speaker_type == "person"), None)
    if earlier is not None and gender and earlier.extra.get("gender") and gender != earlier.extra["gender"]:
        return None
    return earlier


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


def _names_in(text: str, w: ClauseWords) -> dict[str, str]:
    """The longest run of capitalised words ending with each word ("Leavitt" →
    "Karoline Leavitt"), titles and roles left out; runs of at most three words (German
    capitalises its nouns: a longer run is a noun phrase, not a name)."""
    out: dict[str, str] = {}
    if w.CASED and w.ORDER == "v2" and w.PRONOUN_NAMES:
        return _PeopleIn(text, w)  # read when a surname is first looked up
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
        while words and words[-1].lower() in w.JOINERS:
            words = words[:-1]
        if 2 <= len(words) <= 3 + w.TWO_SURNAMES:
            full = " ".join(words)
            # "Aguilar" → "Nerthink Mauricio Aguilar Hurtado": a first surname names the person
            # where names carry two (``two_surnames``)
            keys = [words[-1]] + ([words[-2]] if w.TWO_SURNAMES and len(words) >= 3
                                  and words[-2].lower() not in w.JOINERS else [])
            for key in keys:
                if len(full) > len(out.get(key, "")):
                    out[key] = full

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
