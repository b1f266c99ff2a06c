"""What a speaker phrase of the clause languages is, read from its words alone (no text
around it, no history of the article): whose document it names ("un informe del Gobierno"),
whose information a compound says ("Polizeiangaben"), whether it is names only, a definite
description of one person ("la chanteuse", "der Anwalt"), definite at all, its gender and
its kind (person, plural, org). :mod:`.clause_resolution` reads these to resolve a speaker."""

from __future__ import annotations

from .clause_cases import case_rules, genitive_role, oblique_phrase
from .clause_names import _core, _role, _words
from .clause_words import ClauseWords, role_of
from .records import Attribution


def _author_of_document(phrase: str, w: ClauseWords) -> str:
    """Whose a document is, where the phrase says ("un récent rapport de la Commission
    européenne" → "la Commission européenne", "un informe del Gobierno"), else ""."""
    words = _words(phrase)
    k = next((x for x, word in enumerate(words) if _core(word, w) in w.DOCUMENTS), None)
    at = k + 2 if k is not None else 0
    while k is not None and at + 1 < len(words) and words[at].lower() in w.TIME_WORDS:
        at += 1  # "un rapport publié mardi par l’ONU": a day between the participle and its agent
    if k is not None and at < len(words) and w.PAST_PARTICIPLE is not None and w.CASED \
            and w.PAST_PARTICIPLE.search(words[k + 1].lower()) and words[at].lower() in w.AGENT_PREPS:
        k = at - 1  # "el informe publicado por el Ministerio": the participle's agent is the author
    if k is None or k + 1 >= len(words) or not (words[k + 1].lower() in w.JOINERS or words[k + 1].lower() in w.PREPS
                                                or _core(words[k + 1], w) != words[k + 1].lower()):
        return ""
    rest = phrase[phrase.find(words[k + 1], phrase.find(words[k]) + len(words[k])):]
    if words[k + 1].lower() in case_rules(w).GENITIVE_ARTICLES and oblique_phrase(rest, w) != rest.strip():
        return oblique_phrase(rest, w)  # "die Erklärung des Ministeriums": "Ministerium", in the nominative
    first = rest.split()[0].lower().replace("'", "’") if rest.split() else ""
    elided = next((e for e in w.ELISIONS if first.startswith(e) and len(first) > len(e)), "")
    rest = rest[len(elided):] if elided else " ".join(rest.split()[1:])
    rest = rest.strip().strip(w.OPEN_Q + w.CLOSE_Q)  # "eines Berichts der „New York Times“": the name in its marks
    # a name, or a body's or a role's word ("las cifras de la policía", "publicado por las autoridades")
    return rest.strip() if any(_word_core(x, w)[:1].isupper() or _core(x, w) in w.ORG_WORDS or role_of(_core(x, w), w)
                               for x in rest.split()) else ""



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
    elif first in w.DEFINITE or genitive_role(phrase, w):  # "Thüringens AfD-Chef": "der AfD-Chef"
        words = words[1:]
    elif w.ARTICLES:
        return False
    if not w.ARTICLES:  # "эксперт", "британский лидер", "глава МВД"
        return any(_role(x, w) for x in words[:2])
    if any(x in w.JOINERS for x in words[1:]):
        return False  # "el abogado de Aguilar": someone described by whom they serve, not named before
    # a plural in -s is no one person, but a nationality in -s is singular ("el mandatario francés")
    return bool(words) and (_role(words[0], w) != "" or words[0] in w.NATIONALITIES) and not (
        words[-1].endswith("s") and words[-1] not in w.NATIONALITIES)



def _definite(phrase: str, w: ClauseWords) -> bool:
    """The phrase opens with a definite article ("le ministre de la Défense", "l’édile")."""
    first = phrase.split()[0].lower().replace("'", "’") if phrase.split() else ""
    return first in w.DEFINITE or any(first.startswith(e) and e in w.DEFINITE for e in w.ELISIONS)



def _gender(a: Attribution, phrase: str, w: ClauseWords) -> str:
    low = {x.lower() for x in _words(phrase)} | {x.lower() for x in phrase.split()}  # "m." and "m"
    low |= {_core(x, w) for x in _words(phrase)}  # "l’avocat"
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



def _kind(phrase: str, name: str, w: ClauseWords, verb: str = "") -> str:
    """person, plural or org; a role with no name said with a plural ``verb`` (the cue
    form's last word, by ``plural_endings``) is plural ("Обвиняемые … признают")."""
    words = [x.lower() for x in _words(phrase)]
    if not words:
        return "org"
    if len(words) == 1 and words[0] in w.PRONOUNS:
        k = w.PRONOUNS[words[0]]
        return "person" if k in {"m", "f"} else k
    if any(_role(_core(x, w), w) for x in words):
        return "plural" if not name and verb and w.PLURAL is not None and w.PLURAL.search(verb) else "person"
    if any(_core(x, w) in w.ORG_WORDS for x in words):
        return "org"
    if name and len(name.split()) == 1 and verb and any(
            g in w.GENDER_ENDINGS and w.GENDER_ENDINGS[g].search(verb) and p.search(name.lower())
            for g, p in w.SAID_SURNAMES.items()):
        return "person"  # "Захарова заявила": a surname of the verb's gender
    return "person" if name and len(name.split()) >= 2 else "org"
