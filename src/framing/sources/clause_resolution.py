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
from .bodies import Bodies
from .classification import classify, classify_by_mentions
from .clause_affiliations import (
    affiliation,
    affiliations_of,
    genitive_person_of,
    named_with_complement,
    named_with_role_before,
    person_of,
)
from .clause_cases import (
    body_named_before,
    genitive_role,
    latin_name_words,
    message_author,
    name_in_case,
    nominative_name,
    nominative_phrase,
    oblique_phrase,
    part_of_body,
    speaker_case,
)
from .clause_described import (
    _a_persons_name,
    _body_named_before,
    _definite_named_before,
    _described,
    _one_person_role,
    _same_field,
)
from .clause_dropped import SAFE_SENTENCES, _copy, _dropped, _issuer
from .clause_generic import name_anaphoric_bodies, name_definite_bodies, name_generic_bodies
from .clause_kinds import _author_of_document, _definite, _definite_person, _gender, _kind, _names_only, _source_of_compound
from .clause_names import _core, _role, _words, body_and_mark, document_name, joined_article_name, proper_name
from .clause_people import _body_in_full, _last_name_before, _names_between, _names_in, full_name_of, name_gender, person_of_age
from .clause_pronouns import body_opening, named_since, role_named_uncased
from .clause_subjects import (
    described_before,
    opening_description,
    opening_subject,
    plural_subject,
    previous_subject,
    sentence_subject,
)
from .clause_words import ClauseWords, _principal, periphrasis, words_category
from .first_names import first_name_sex
from .records import LOOKBACK, NO_SPEAKER, Attribution

__all__ = ["resolve", "proper_name", "SAFE_SENTENCES"]



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
    bodies = Bodies(text, w) if w.CASED else None
    for a in atts:
        if "follows" in a.extra:
            f = a.extra["follows"]
            a.canonical, a.category, a.speaker_type, a.head = f.canonical, f.category, f.speaker_type, f.head
            a.extra["gender"] = f.extra.get("gender", "")
            history.append(a)
            continue
        if a.extra.get("together") or a.speaker is None:
            if a.speaker is None:
                _no_subject(text, a, history, full_names, w, sentence_of, order)
            else:  # "Raphaël Garrigos et Isabelle Roberts rappellent": both, as written
                a.canonical, a.speaker_type = " ".join(text[a.speaker[0]:a.speaker[1]].split()), "plural"
            history.append(a)
            continue
        phrase = a.extra.get("phrase") or text[a.speaker[0]:a.speaker[1]]  # "للوثائق": "الوثائق"
        low = phrase.lower().strip().replace("'", "’")
        gender = _gender(a, phrase, w)
        if not gender and a.appositive:  # "son agent, l’avocat genevois Jacques Barillon"
            gender = _gender(a, text[a.appositive[0]:a.appositive[1]], w)
        a.extra["gender"] = gender
        if low in w.FIRST_PERSON:
            a.extra["first_person"] = True
            a.canonical, a.speaker_type = phrase, "person"
        elif " ".join(low.split()) in w.LAST_NAMED:
            # "Ce dernier rappelle que …": the person the text named last
            gender = gender or w.LAST_NAMED[" ".join(low.split())]
            if not _name_before(text, a, gender, "", sentence_of, order, w):
                _named(text, a, phrase, gender, history, full_names, gazetteer, w, sentence_of, order)
                _in_full(a, bodies)
        elif low in w.INDEFINITE:
            a.speaker_type = "person"  # "a-t-on précisé": someone, no one the text names
        elif low in w.PRONOUNS and (opening := body_opening(text, a, low, gender, sentence_of, order, w, history)):
            _opening_body(text, a, opening, gender, history, full_names, gazetteer, w, sentence_of, order, bodies)
        elif low in w.PRONOUNS or low in w.POSSESSIVES:
            _pronoun(text, a, low, gender, history, w, sentence_of, order, full_names)
        else:
            said = periphrasis(phrase, w)  # "le chef de l’Etat": read as "le président", named as written
            _named(text, a, said or phrase, gender, history, full_names, gazetteer, w, sentence_of, order)
            a.canonical = phrase.strip() if said and a.canonical == said else a.canonical
            _in_full(a, bodies)
            _gender_by_name(a, w)
        history.append(a)
    if w.TWO_SURNAMES:
        for a in atts:
            a.canonical = _both_surnames(a.canonical, full_names)
    _named_after(text, atts, w)
    _quoted_first_person(text, atts, w)
    name_generic_bodies(text, atts, w)
    name_definite_bodies(text, atts, w)
    name_anaphoric_bodies(text, atts, w)
    _headed(atts)
    _category_by_mentions(text, atts, gazetteer, w)


def _headed(atts: list[Attribution]) -> None:
    """A quoted subheading speaks as the report after it that it heads (``extra["heads"]``)."""
    for a in atts:
        if "heads" in a.extra:
            h = a.extra["heads"]
            a.canonical, a.category, a.speaker_type, a.head = h.canonical, h.category, h.speaker_type, h.head


def _category_by_mentions(text: str, atts: list[Attribution], gazetteer: Lexicon, w: ClauseWords) -> None:
    """A person left unclassified takes the label their other mentions say: the label most
    of the article's attributions to them have or their role word says ("El panista dijo",
    then "Anaya afirmó"), else the role words at the article's other mentions of their name
    (:func:`.classification.classify_by_mentions`: "die CDU-Politikerin Klöckner", then
    "Klöckner sagte")."""
    votes: dict = {}
    for a in atts:
        if a.speaker_type != "person" or a.speaker is None:
            continue
        label = a.category if a.category != "unclassified" else _category_by_words(
            a.extra.get("phrase") or text[a.speaker[0]:a.speaker[1]], gazetteer, w)
        if a.canonical and label not in {"unclassified", NO_SPEAKER}:
            votes.setdefault(a.canonical, []).append(label)
    found: dict = {}
    for a in atts:
        if a.category != "unclassified" or a.speaker_type not in {"person", "org"} or not a.canonical:
            continue  # a body named bare too: "die Gewerkschaft Komba", then "schreibt Komba"
        if a.canonical not in found:
            said = votes.get(a.canonical)
            found[a.canonical] = max(said, key=said.count) if said else classify_by_mentions(
                text, a.canonical, lambda phrase: _category_by_words(phrase, gazetteer, w, False),
                _MENTION_STOP(w), w.PREPS, w.CASE_ENDING is not None)
        a.category = found[a.canonical]


def _MENTION_STOP(w: ClauseWords) -> frozenset:
    return frozenset(w.DETERMINERS | w.STOP | w.CONJUNCTIONS | w.COMPLEMENTIZERS | w.RELATIVES | w.AUX)


def _gender_by_name(a: Attribution, w: ClauseWords) -> None:
    """A person named with no gender said gets the one the name says (``name_gender``: "Anna
    Berg": f, "Peter Klein": m), for the pronouns after it."""
    if w.NAMED_GENDER and not a.extra.get("gender") and a.extra.get("named") and a.speaker_type == "person":
        a.extra["gender"] = name_gender(a.canonical.split(), w)


def _opening_body(text, a, opening, gender, history, full_names, gazetteer, w, sentence_of, order, bodies) -> None:
    """"Le Conseil d’Etat a rejeté … Il relève que …": the body that opens the sentence before
    (:func:`.clause_pronouns.body_opening`), as it spoke before or as written there."""
    if not isinstance(opening, str):
        _copy(a, opening)
        return
    _named(text, a, opening, gender, history, full_names, gazetteer, w, sentence_of, order)
    _in_full(a, bodies)


def _both_surnames(name: str, full_names) -> str:
    """"Anaya Cortés" (both surnames, ``two_surnames``) after "Ricardo Anaya", "Peña Nieto"
    after "Enrique Peña Nieto": the person the text named with the first of them; else
    ``name``."""
    words = name.split() if name else []
    if len(words) != 2 or not words[0][:1].isupper() or not words[1][:1].isupper() or words[0] not in full_names:
        return name
    full = full_names[words[0]]
    if not full or len(full.split()) < 2 or full == name:
        return name
    # the full name ends with both surnames, or gives the first one as its last
    return full if full.endswith(" " + name) or full.split()[-1] == words[0] else name


def _named_after(text: str, atts: list[Attribution], w: ClauseWords) -> None:
    """A definite role that speaks before the text names anyone ("El panista afirmó …" in a
    lede, "El diácono … agregó" above the body that names "el diácono Jorge Sonnante"): the
    first person named after it as a speaker whose roles do not conflict (in a language with
    articles); the verbs with no subject that followed it speak with that person too."""
    if not w.ARTICLES or not w.CASED:
        return
    for k, a in enumerate(atts):
        if a.extra.get("named") or a.speaker_type == "org":
            return  # someone was named: the rules above read what follows
        if a.speaker is None or not a.head or not _definite_person(text[a.speaker[0]:a.speaker[1]], w):
            continue
        later = next((h for h in atts[k + 1:] if h.extra.get("named") and h.speaker_type == "person"
                      and _a_persons_name(h.canonical) and _same_field(a.head, h.extra.get("roles", ()), w)), None)
        if later is None:
            return
        was = a.canonical
        for b in atts[k:]:
            if b is later or b.extra.get("named"):
                break
            if b.canonical == was:
                _copy(b, later)


def _pronoun(text: str, a: Attribution, low: str, gender: str, history: list, w: ClauseWords, sentence_of,
             order, full_names=None) -> None:
    """A subject pronoun: the latest speaker of its kind whose gender does not conflict
    (unless the sentence before brings one other person in: :mod:`.clause_pronouns`), else
    (``pronoun_names``) the person the text named last."""
    kind = w.PRONOUNS.get(low) or w.POSSESSIVES[low]
    if low in w.PLURAL_WITH and a.cue is not None and w.PLURAL_WITH[low].search(
            text[a.cue[0]:a.cue[1]].split()[-1].lower()):
        kind, gender, a.extra["gender"] = "plural", "", ""  # "sagten sie": they
    want = "person" if kind in {"m", "f"} else kind
    body = _body_spoke_last(text, a, low, gender, history, order, w)
    earlier = body or next((h for h in reversed(history[-LOOKBACK:]) if _compatible(h, want, gender)), None)
    newer = named_since(text, a, earlier, gender, full_names, sentence_of, order, w, history) \
        if want == "person" and full_names is not None else None
    if newer is not None:
        a.canonical, a.speaker_type = newer[0], "person"
        a.extra.update(gender=gender or newer[1], named=True, roles=set(), name_before=True)
        return
    if earlier is not None:
        _copy(a, earlier)
        return
    a.speaker_type = want
    k = order.get(a.sentence) if order else None
    if w.PRONOUN_NAMES and kind == "plural" and k:  # "Die Demonstranten zogen … Sie forderten, …"
        a.canonical = plural_subject(text, sentence_of[k - 1], w)
    if w.PRONOUN_NAMES and kind in {"m", "f"} and _subject_before(text, a, gender, sentence_of, order, full_names, w):
        return
    if w.PRONOUN_NAMES and kind in {"m", "f"} and not _name_before(text, a, gender, "", sentence_of, order, w):
        a.canonical = described_before(text, a.sentence, gender, sentence_of, order, w)  # "Le maire a visité …. Il a dit"


def _subject_before(text: str, a: Attribution, gender: str, sentence_of, order, full_names, w: ClauseWords) -> bool:
    """Give a subject pronoun no speaker before it took the person whose name opens the
    sentence just before as its subject, of no other gender (:func:`.clause_subjects.opening_subject`)."""
    k = order.get(a.sentence) if order else None
    if not k or full_names is None:
        return False
    name = opening_subject(text, sentence_of[k - 1], full_names, w)
    g = name_gender(name.split(), w) if name else ""
    verb = re.match(r"\s+(\w+)", text[text.find(name.split()[-1], sentence_of[k - 1][0]) + len(name.split()[-1]):]) \
        if name else None
    if verb and not g:  # the verb's gender ("Мария Захарова раскритиковала …": f)
        g = next((x for x, p in w.GENDER_ENDINGS.items() if p.search(verb.group(1).lower())), "")
    if not name or (gender and g and g != gender):
        return False
    a.canonical, a.speaker_type = name, "person"
    a.extra.update(gender=gender or g, named=True, roles=set(), name_before=True)
    return True


def _body_spoke_last(text: str, a: Attribution, low: str, gender: str, history: list, order, w: ClauseWords):
    """The body that spoke last, for a pronoun that may name a body (``body_pronouns``: "L’AG
    … appelle à rejoindre la grève. Elle appelle à tenir des AG": French and German give a
    body the gender of its noun): the attribution just before, when its speaker is a body,
    of no other gender, at most SAFE_SENTENCES sentences back, and no person is named
    between them; else None."""
    if low not in w.BODY_PRONOUNS or a.speaker is None:
        return None
    last = next((h for h in reversed(history) if h.kind != "according_to" and not h.extra.get("relays")), None)
    if last is None or last.speaker_type != "org" or not last.canonical or last.extra.get("first_person"):
        return None
    if gender and last.extra.get("gender") and last.extra["gender"] != gender:
        return None
    if order and last.sentence in order and a.sentence in order and order[a.sentence] - order[last.sentence] > SAFE_SENTENCES:
        return None
    after = max(x[1] for x in (last.speaker, last.cue) if x is not None)
    return None if after > a.speaker[0] or _names_between(text, after, a.speaker[0], w) else last


def _quoted_first_person(text: str, atts: list[Attribution], w: ClauseWords) -> None:
    """"« … J’ai demandé à mon mécanicien … », a-t-il ajouté": "je" inside a quotation is
    the speaker of the quotation (the attribution whose content holds it, or the incise
    before it in the same quotation: "« Je suis âgé, ajouta-t-il, … J’avoue … »"), where that
    one is resolved."""
    for a in atts:
        if not (a.nested and a.extra.get("first_person") and a.cue is not None):
            continue
        outer = next((o for o in atts if not o.nested and o.content[0] <= a.cue[0] < o.content[1] and o.canonical
                      and not o.extra.get("first_person")), None) or next(
            (o for o in reversed(atts) if o.nested and o.cue is not None and o.cue[1] <= a.cue[0] and o.canonical
             and not o.extra.get("first_person") and not any(c in w.CLOSE_Q for c in text[o.cue[1]:a.cue[0]])), None)
        if outer is not None:
            _copy(a, outer)


def _named(text: str, a: Attribution, phrase: str, gender: str, history: list, full_names: dict, gazetteer: Lexicon,
           w: ClauseWords, sentence_of=None, order=None) -> None:
    """A speaker phrase that is no pronoun: a role that names someone named before, or a
    name (the appositive's when it is one), else the description."""
    said = _in_case(text, a, phrase, history, order, w)
    if said is None:
        return
    phrase, case = said
    phrase = phrase if case else oblique_phrase(phrase, w)  # "laut eines Sprechers": "ein Sprecher"
    appos = text[a.appositive[0]:a.appositive[1]] if a.appositive else ""
    aname = (joined_article_name(_words(appos), w) or proper_name(appos, w)) if appos else ""  # "، محمد جواد ظريف،"
    name = "" if part_of_body(phrase, case, w) or genitive_role(phrase, w) or _with_seat(phrase, w) \
        else proper_name(phrase, w) or _article_surname(phrase, full_names, w)  # "пресс-служба СФУ"
    if case and name:
        name = nominative_name(name, case, w)  # "Андрея Бусыгина": Андрей Бусыгин
    name = _document_or_body(text, a, phrase, name, w)
    if aname and (not name or (_names_only(appos, w) and not _names_only(phrase, w))):
        name = aname
    verb = text[a.cue[0]:a.cue[1]].split()[-1].lower() if a.cue is not None and text[a.cue[0]:a.cue[1]].split() else ""
    a.speaker_type = "org" if phrase.strip()[:1] in w.OPEN_Q else _kind(phrase + " " + appos, name, w, verb)
    heads = [_role(_core(x, w), w) for x in _words(phrase)]
    a.head = next((h for h in reversed(heads) if h), "")
    if not name and (a.head or _definite_person(phrase, w)):
        name = _role_before(text, a, phrase, gender, case, history, w, sentence_of, order)
        if name is None:
            return
    if w.DEFINITE_PREFIX is not None and a.speaker is not None and len(name.split()) <= 1:
        body = _body_named_before(text, a.speaker[0], phrase, w, history) or (  # a document's author too:
            _body_named_before(text, a.speaker[0], name, w, history) if name and name != phrase.strip() else "")
        if body:
            a.canonical, a.speaker_type, a.extra["named"] = body, "org", True
            a.extra["roles"] = set()
            a.category = _category_by_words(body, gazetteer, w)
            return
    if not w.CASED:
        name = _uncased(text, a, phrase, name, history, w)
    body = _body_in_full(text, name, phrase, w) if name and len(name.split()) == 1 and not appos \
        else "" if name else _definite_named_before(text, a.speaker[0], phrase, w)  # "Le rapport" (de l’IGGN)
    if body:
        name, a.speaker_type = body, "org"  # "el Supremo": "El Tribunal Supremo (TS) ha desestimado …"
    elif name and len(name.split()) == 1 and w.CASED:
        name = _full_name(a, name, phrase + " " + appos, full_names, w)
    author = _author(phrase, w)
    if author:
        name, a.speaker_type = author, "org"  # "un rapport de la Commission européenne": the Commission
    a.canonical = name or (nominative_phrase(phrase, case, w) if case else phrase.strip())
    earlier = None if name else body_named_before(a.canonical, history, w)
    if earlier is not None:
        _copy(a, earlier)  # "в пресс-службе": the press service that spoke before
        return
    a.extra["named"] = bool(name)
    a.extra["roles"] = {h for h in heads if h} | {_role(_core(x, w), w) for x in _words(appos)} - {""}
    # the language's role words first: the gazetteer's patterns are English's ("son agent, l’avocat …")
    a.category = _category_by_words(phrase + " " + appos, gazetteer, w)
    if a.category == "unclassified":
        a.category = classify(text, [a.speaker, a.appositive], gazetteer)
    if a.category == "unclassified":
        a.category = next((h.category for h in reversed(history[-LOOKBACK:]) if h.canonical == a.canonical),
                          "unclassified")


def _role_before(text: str, a: Attribution, phrase: str, gender: str, case: str, history: list, w: ClauseWords,
                 sentence_of, order) -> str | None:
    """A role: the person named with its affiliation (:func:`_affiliated`), else the one
    named before with it (:func:`_role_named_before`) unless the text names that person
    with another affiliation. None when ``a`` is given someone, else the name to go on with."""
    if _affiliated(text, a, phrase, w) or _of_age(text, a, phrase, gender, w, sentence_of, order):
        return None
    name = _role_named_before(text, a, phrase, gender, case, history, w, sentence_of, order)
    if name == "" and w.ARTICLES and _definite(phrase, w) and a.speaker is not None:
        name = named_with_role_before(text, a.speaker[0], phrase, a.head, w)  # "le ministre de l’Intérieur, X,"
    if name is None and _other_affiliation(text, a, phrase, w):
        a.canonical, a.extra["named"] = "", False  # "der CDU-Spitzenkandidat" is not the AfD's
        return ""
    return name


def _of_age(text: str, a: Attribution, phrase: str, gender: str, w: ClauseWords, sentence_of, order) -> bool:
    """"der 42-Jährige": the person the text gave that age (:func:`.clause_kinds.person_of_age`),
    else the person it named last, of no other gender (an age says no role: not the last speaker)."""
    name = person_of_age(text, a.speaker[0], phrase, w) if a.speaker is not None else None
    if name == "":
        return _name_before(text, a, gender, "", sentence_of, order, w)
    if name:
        a.canonical, a.speaker_type = name, "person"
        a.extra.update(named=True, roles=set(), name_before=True, gender=a.extra.get("gender") or name_gender(name.split(), w))
    return bool(name)


def _affiliated(text: str, a: Attribution, phrase: str, w: ClauseWords) -> bool:
    """A role written with whose it is ("so der CDU-Spitzenkandidat") is the person the text
    named last with that affiliation ("seinem CDU-Kontrahenten Mario Voigt"): True when ``a``
    is given that person (:mod:`.clause_affiliations`)."""
    which = affiliation(phrase, w)
    end = a.speaker[0] if a.speaker else a.cue[0]
    person = person_of(text, end, which, w) if which else genitive_person_of(text, end, phrase, w)  # "Представитель Кремля"
    if not person:
        return False
    a.canonical, a.speaker_type = person, "person"
    a.extra.update(named=True, roles={a.head} - {""})
    return True


def _other_affiliation(text: str, a: Attribution, phrase: str, w: ClauseWords) -> bool:
    """The person ``a`` was given is named in the text with affiliations, none of them the
    one its role is written with ("AfD-Spitzenkandidat Björn Höcke" for "der CDU-Spitzenkandidat")."""
    which = affiliation(phrase, w)
    known = affiliations_of(text, a.canonical, w) if which and a.canonical else set()
    return bool(known) and which not in known


def _in_full(a: Attribution, bodies: Bodies | None) -> None:
    """A body by the full name the article gives it (:class:`.bodies.Bodies`: "der
    Städtetag" → "Städtetag NRW", "die Fed" → "Federal Reserve", "l’ONU")."""
    full = bodies.full(a.canonical) if bodies is not None and a.canonical else a.canonical
    if full != a.canonical:
        a.canonical, a.speaker_type, a.extra["named"] = full, "org", True


def _in_case(text: str, a: Attribution, phrase: str, history: list, order, w: ClauseWords):
    """``(phrase, case)``: the speaker phrase and the case its cue puts it in ("" for the
    nominative; ``speaker_case``), the author's where it names a message ("в сообщении
    Минобороны"); None where it names a message with no author, its speaker then the body
    that reported last ("— говорится в сообщении")."""
    case = speaker_case(a.rule, text[a.cue[0]:a.cue[1]] if a.cue else "", w)  # "по словам X": genitive
    author = message_author(phrase, w) if case or a.rule == "impersonal" else None
    if author == "":
        _issuer(a, history, order)
        return None
    return (author, "genitive") if author else (phrase, case)


def _role_named(text: str, a: Attribution, case: str, history: list, w: ClauseWords) -> str:
    """The person a role with no name is, where the text named them: "Премьер-министр
    Великобритании Борис Джонсон поручил … Об этом британский лидер сообщил" (no one named
    has spoken: the person the text named last), "по словам министра" (a cue that says no
    gender: the person the text named with that role); else ""."""
    name = ""
    if w.CASED and _one_person_role(a, w) and a.speaker is not None and not any(
            h.extra.get("named") and h.speaker_type == "person" for h in history[-LOOKBACK:]):
        name = _last_name_before(text, a.speaker[0], w, a.head)
    elif w.CASED and case and a.head in w.ANAPHORIC_ROLES and a.speaker is not None:
        name = _last_name_before(text, a.speaker[0], w, a.head, only_role=True)
    elif not w.CASED and a.head and a.speaker is not None:
        name = role_named_uncased(text, a, text[a.speaker[0]:a.speaker[1]], w)  # "وقال الرئيس": بشار الأسد
    if name:
        a.speaker_type = "person"
    return name


def _uncased(text: str, a: Attribution, phrase: str, name: str, history: list, w: ClauseWords) -> str:
    """The name of a speaker in a script or a text without capitals: as long as its Latin
    spelling in brackets ("… шон лэнкфорд (sean lankford)": two words); a name the article
    gave before in full ("الهويدي" after "جاسم الهويدي"); a body with its place, where the
    phrase gives one (``place_preps``: "المجلس العسكري في تعز")."""
    latin = latin_name_words(text, a.speaker[1]) if a.speaker is not None else 0
    if latin and len(_words(phrase)) >= latin:
        name = " ".join(_words(phrase)[-latin:])
    if name:
        first = name.split()[0]
        earlier = next((h.canonical for h in reversed(history) if h.canonical and h.extra.get("named")
                        and h.canonical.split()[-1] == first), None)
        name = earlier or name
    words = phrase.split()
    if name and len(words) >= 3 and words[-2] in w.PLACE_PREPS and " ".join(words[:-2]).endswith(name):
        name = " ".join([name] + words[-2:])  # "المجلس العسكري في تعز": a body with its place
    return name


def _role_named_before(text: str, a: Attribution, phrase: str, gender: str, case: str, history: list,
                       w: ClauseWords, sentence_of, order) -> str | None:
    """A role that names someone named before (:func:`_described`, the person named last
    with that role or, a definite person, whose gender does not conflict): None when ``a``
    is given that person, else the name the text gave last with the role in a language
    without articles (``anaphoric_roles``), or ""."""
    earlier = _described(a, phrase, gender, history, w) or (
        named_with_complement(text, phrase, a.head, gender, history, w) if w.ARTICLES and _definite(phrase, w) else None)
    if earlier is not None:
        _copy(a, earlier)
        return None
    name = _role_named(text, a, case, history, w)
    if w.PRONOUN_NAMES and a.head and _definite(phrase, w) and _name_before(
            text, a, gender, a.head, sentence_of, order, w):
        return None  # "le ministre de la Défense": the minister the text named before
    if w.PRONOUN_NAMES and w.ARTICLES and gender and _definite_person(phrase, w) and _name_before(
            text, a, gender, "", sentence_of, order, w, field=a.head):
        return None  # "la chanteuse": the person the text named last, gender and field not conflicting
    return name


def _document_or_body(text: str, a: Attribution, phrase: str, name: str, w: ClauseWords) -> str:
    """In a script without capitals, a document's name with its maker ("الوثائق التي حصلت عليها
    «الغارديان»"), or of a body named in full and then in marks ("الشركة السعودية للصناعات
    الأساسية «سابك»") the name the text goes on to use, the one in marks where it comes again,
    else the body's; else ``name``."""
    doc = document_name(phrase, w)
    pair = None if doc else body_and_mark(phrase, w)
    if pair is None:
        if doc and doc.split()[0] != _words(phrase)[0]:
            a.extra["body_head"] = _words(phrase)[0]  # "البيان" after "بيان صادر عن المقاومة" is the same document
        return doc or name
    a.extra["body_head"] = _words(phrase)[0]  # "الشركة" after it is the same body
    return pair[1] if len(re.findall(rf"(?<!\w){re.escape(pair[1])}(?!\w)", text)) >= 2 else pair[0]


def _article_surname(phrase: str, full_names, w: ClauseWords) -> str:
    """"Le Maire a assuré" after "Bruno Le Maire": a capitalised article and a capitalised word
    that end a person's name the text gave (a surname that opens with an article, its last word
    a role's): that name, else ""."""
    words = phrase.split()
    if len(words) != 2 or not (words[0][:1].isupper() and words[1][:1].isupper()) or words[0].lower() not in w.ARTICLES:
        return ""
    full = full_name_of(full_names, words[1])
    return full if isinstance(full, str) and full.endswith(" " + " ".join(words)) else ""


def _full_name(a: Attribution, name: str, described: str, full_names: dict, w: ClauseWords) -> str:
    """A surname as the fuller name the text gave ("Leavitt" → "Karoline Leavitt"), the
    speaker's type set by it; the surname itself when the text gave none."""
    full = full_name_of(full_names, name)  # a dict, or German's people read on demand
    if full is None and w.CASE_ENDING is not None:
        # "Бусыгин" after "заместителя министра Андрея Бусыгина": the same person in
        # another case; the name stays as written (its first name is not in this case)
        full = full_names.get(("stem", w.CASE_ENDING.sub("", name.lower())))
        if full is not None:
            # said in the nominative where the surname shows the case it was given in
            case = name_in_case(full, name, w)
            a.speaker_type, full = "person", nominative_name(full, case, w) if case else None
    if full is not None and w.CASE_ENDING is not None:
        a.speaker_type = "person"  # "Собянин": "Мэр Москвы Сергей Собянин" before
    elif full is not None:
        a.speaker_type = _kind(described, full, w)  # "Schubert": a person's surname
        a.extra["gender"] = a.extra.get("gender") or first_name_sex(full.split()[0])  # "David Wehren": m
    return full or name


def _with_seat(phrase: str, w: ClauseWords) -> bool:
    """A description with its seat ("Die Regierung in Moskau", "der Botschafter in
    Washington"; ``place_preps``, a cased language): the place is no name of the speaker."""
    words = _words(phrase)
    k = next((i for i, x in enumerate(words) if x.lower() in w.PLACE_PREPS), None)
    return w.CASED and k is not None and 1 < k < len(words) - 1 and len(words) - k <= 3 \
        and words[0].lower() in w.DETERMINERS and all(x[:1].isupper() for x in words[k + 1:])


def _author(phrase: str, w: ClauseWords) -> str:
    """Whose a document or a compound of information is ("un rapport de la Commission
    européenne", "Polizeiangaben"), where the language reads them, else ""."""
    author = _author_of_document(phrase, w) if w.DOCUMENTS else ""
    if not author and w.SOURCE_SUFFIXES:
        author = _source_of_compound(phrase, w)
    return author


#: How many sentences before a pronoun's (and its own) :func:`_name_before` reads.
NAME_SENTENCES = 3


def _name_before(text: str, a: Attribution, gender: str, role: str, sentence_of, order, w: ClauseWords,
                 field: str = "") -> bool:
    """Give ``a`` the person the text named last before its speaker, in its sentence and the
    :data:`NAME_SENTENCES` before it, whose gender does not conflict (and who was given the
    role ``role``, when one is asked: "le ministre de la Défense"); False when there is none."""
    end = a.speaker[0] if a.speaker else a.cue[0]
    k = order.get(a.sentence) if order else None
    start = sentence_of[max(0, k - NAME_SENTENCES)][0] if k is not None else max(0, end - 600)
    for name, g, roles in reversed(_names_between(text, start, end, w)):
        if gender and g and g != gender:
            continue
        if role and role not in roles or field and not _same_field(field, roles, w):
            continue
        a.canonical, a.speaker_type = name, "person"
        a.extra.update(gender=gender or g, named=True, roles=roles, name_before=True)
        if role:
            a.head = role
        return True
    return False


def _category_by_words(phrase: str, gazetteer: Lexicon, w: ClauseWords, states: bool = True) -> str:
    """The label the language's role words say (``categories`` of its words.yaml: the
    `news` gazetteer's patterns are English's; :func:`.clause_words.words_category`), read
    before the phrase's place (a preposition of place after its first word: not the place's
    label), where no principal stands before it ("مصدر في الشرطة": a source of the police); only a label the gazetteer has; a country's name says none where ``states`` is
    False."""
    raw = _words(phrase)
    words = [_core(x, w) for x in raw]
    cut = next((k for k, x in enumerate(words) if k and x in w.PLACE_PREPS and not _principal(words[k - 1], w)),
               len(words))  # not its place's; but "مصدر في الشرطة" is the police's source
    return words_category(words[:cut], w, gazetteer.family_of, raw[:cut], states)


def _no_subject(text: str, a: Attribution, history: list, full_names, w: ClauseWords, sentence_of, order) -> None:
    """A verb with no subject written: the person who opens its sentence and does something
    before it says something, or opens the sentence before, no one having spoken since
    (:mod:`.clause_subjects`), else the latest speaker
    (:func:`_dropped`), else ("Aseguró que …" with no speaker before it) the person the text
    named last."""
    subject = sentence_subject(text, a.sentence, a.cue[0], full_names, w) if a.extra.get("dropped") \
        and a.cue is not None and w.PRO_DROP and w.ARTICLES else ""
    k = order.get(a.sentence, 0) if order and a.extra.get("dropped") and w.ARTICLES else 0
    if not subject and k:
        subject = _subject_of_sentence_before(text, k, history, full_names, w, sentence_of, order)
    if subject:  # "Esta mañana, Zavala participó en …, destacó que …"
        a.canonical, a.speaker_type, a.category = subject, "person", "unclassified"
        a.extra.update(named=True, gender=a.extra.get("verb_gender", ""))
        return
    _dropped(a, history, order, text, w)
    if not a.canonical and a.extra.get("dropped") and w.PRONOUN_NAMES and w.PRO_DROP and a.cue is not None \
            and not any(h.kind != "according_to" for h in history):
        if _name_before(text, a, a.extra.get("verb_gender", ""), "", sentence_of, order, w):
            a.category = "unclassified"


def _subject_of_sentence_before(text: str, k: int, history: list, full_names, w: ClauseWords, sentence_of, order) -> str:
    """The person who opens the sentence before the ``k``-th as its subject, no one having
    spoken since ("Jaime Rodríguez votó …. Ahí, manifestó …"); past a quotation that stands
    alone between them, no cue of its own ("El corresponsal …, Malcolm Pein, ha notado que …
    «…». …, añade"); else ""."""
    for back in (1, 2):
        if k - back < 0 or any(order.get(h.sentence, k) >= k - back for h in history if h.kind != "according_to"):
            return ""
        subject = previous_subject(text, sentence_of[k - back], full_names, w) \
            or (opening_description(text, sentence_of[k - back], w) if w.PRO_DROP else "")  # "El portavoz … habló"
        s0, s1 = sentence_of[k - back]
        quoted = text[s0:s1].strip().rstrip(".!?")
        if subject or not (quoted[:1] in w.OPEN_Q and quoted[-1:] in w.CLOSE_Q):
            return subject
    return ""
