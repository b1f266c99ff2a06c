"""A role or a body said without its name, in the languages of the clause rules
(:mod:`.clause_resolution`): the person named earlier whom a role names ("der Anwalt",
"эксперт", "l’édile" after "le maire", "الوزير" after "وزير الخارجية وليد المعلم"), and a body
said by its head word alone ("وأكدت الهيئة") — moved out of :mod:`.clause_resolution`."""

from __future__ import annotations

import re

from .clause_kinds import _definite, _definite_person
from .clause_names import _core, _words
from .clause_words import ClauseWords, bare, category_of
from .records import LOOKBACK, Attribution

__all__ = ["_described", "_a_persons_name", "_same_field", "_body_named_before", "_definite_named_before", "_same_role",
           "_one_person_role"]


def _described(a: Attribution, phrase: str, gender: str, history: list, w: ClauseWords):
    """"der Anwalt", "эксперт", "la chanteuse": the person named earlier with that role,
    else (a definite role, "l’édile") the person named last; None when gender conflicts. In a
    script whose article is joined, a role with no definite word is a new person ("قائد
    عسكري ميداني يمني", "مسؤول سعودي": a commander, an official): None."""
    own = _words(phrase)
    own = own[:next((x for x, word in enumerate(own) if word in w.PREPS and word not in w.JOINERS), len(own))]
    if w.DEFINITE_PREFIX is not None and not any(w.DEFINITE_PREFIX.match(x) for x in own):
        return None  # (what follows a preposition, "مصدر مسؤول في وزارة الخارجية", is another phrase)
    # (a role alone with the article, one named before as a description: "وأضافت المصادر" after
    # "قالت مصادر في الجيش"; not "المسؤول الأمريكي" after "مسؤول سعودي")
    described = w.DEFINITE_PREFIX is not None and w.DEFINITE_PREFIX.match(phrase.strip()) is not None \
        and len(_words(phrase)) == 1 or w.ARTICLES and _definite(phrase, w) and len(_words(phrase)) == 2  # "der Sprecher"
    earlier = next((h for h in reversed(history[-LOOKBACK:]) if h.canonical and (h.extra.get("named") or described)
                    and a.head and _same_role(a.head, h.extra.get("roles", ()), w)), None)
    if earlier is None and w.ARTICLES and _definite_person(phrase, w):
        # the definite article marks the role as someone already named ("l’édile"); a
        # language without articles says no such thing: a bare role only by its head; not a
        # person the text gave a role of another field ("L’accusé Vogel" is not "le procureur")
        persons = [h for h in reversed(history[-LOOKBACK:]) if h.canonical and h.extra.get("named")
                   and h.speaker_type == "person"]
        # the last, else where its gender conflicts the last said to be of its gender ("la chanteuse"
        # after her agent spoke: the singer named before)
        earlier = next((h for k, h in enumerate(persons) if gender and h.extra.get("gender") == gender
                        or k == 0 and not (gender and h.extra.get("gender"))), None)
        if earlier is not None and a.head and not _same_field(a.head, earlier.extra.get("roles", ()), w):
            earlier = None
    if earlier is None and _one_person_role(a, w):
        # "британский лидер", "глава МВД", "собеседник агентства" after a name: a role that
        # names one person (``anaphoric_roles``), said with a verb of one gender (not "заявили")
        earlier = next((h for h in reversed(history[-LOOKBACK:]) if h.canonical and h.extra.get("named")
                        and h.speaker_type == "person"), None)
    if earlier is not None and gender and earlier.extra.get("gender") and gender != earlier.extra["gender"]:
        return None
    return earlier


def _a_persons_name(name: str) -> bool:
    """A person's name of two words or more, each capitalised ("Jorge Sonnante"), not a
    description (German "die Beobachtungsstelle", whose noun is capitalised too)."""
    words = name.split()
    return len(words) >= 2 and all(x[:1].isupper() for x in words)


def _same_field(head: str, roles, w: ClauseWords) -> bool:
    """A role ``head`` may be said of a person given ``roles``: none given, the same role,
    or a role the gazetteer's ``categories`` place ("l’édile" of "le maire", "el mandatario"
    of "el presidente", "der SPD-Politiker" of "Verkehrsminister"); a person given only
    roles of no category ("l’accusé Vogel") is not "le procureur"."""
    roles = [r for r in roles if r]
    return not roles or _same_role(head, roles, w) or any(category_of(r, w) for r in roles)


def _body_named_before(text: str, pos: int, phrase: str, w: ClauseWords, history: list) -> str:
    """"وأكدت الهيئة" after "حمّلت الهيئة العامة للشباب والرياضة الكويتية …": a body named
    by its head word alone, in a script whose article is joined (``definite_prefix``), is
    the last body of that head that spoke, else the one the text named first with more
    words, or ""."""
    words = _words(phrase)
    if len(words) != 1 or (_core(words[0], w) not in w.ORG_WORDS and _core(words[0], w) not in w.DOCUMENTS) \
            or bare(words[0], w) == words[0]:  # "البيان" after "بيان صادر عن المقاومة" too
        return ""
    head, without = words[0], bare(words[0], w)
    spoke = next((h.canonical for h in reversed(history[-LOOKBACK:]) if h.canonical and (
        len(h.canonical.split()) >= 2 and h.canonical.split()[0] in {head, without}
        or h.extra.get("body_head") in {head, without})), None)  # "الشركة" after "الشركة … «سابك»"
    if spoke:
        return spoke
    from .clause_phrases import _body_place, _complement, np_after, tokens  # the phrase rules of the same language
    for m in reversed(list(re.finditer(rf"(?<!\w)(?:{re.escape(head)}|{re.escape(without)})(?!\w)", text[:pos]))):
        toks = tokens(text, m.start(), min(pos, m.start() + 200), w)
        e = np_after(toks, 0, len(toks), w)
        definite = bare(m.group(), w) != m.group()  # "الشركة تتعامل": a verb after a definite head, not its name
        if e is not None and e >= 2 and (not definite or _complement(toks[1], w)
                                         or w.DEFINITE_PREFIX.match(toks[1].text) is not None):
            return " ".join(t.text for t in toks[:_body_place(toks, 0, e, w)] if t.word)  # its place too
    return ""


def _definite_named_before(text: str, pos: int, phrase: str, w: ClauseWords) -> str:
    """"Le rapport dit que …" after "le rapport de l’IGGN", "el informe" after "el informe del
    Banco Mundial": a body or a document said by its definite article and its head word alone,
    the article a word of its own (French, Spanish), is the phrase before ``pos`` that gives the
    head after a definite article with "de" and a name, or with an adjective of origin ("le
    gouvernement britannique"), without its article, when the text gives it one such form; or ""."""
    words = _words(phrase)
    if w.ORDER != "svo" or w.DEFINITE_PREFIX is not None or len(words) != 2 \
            or words[0].lower().replace("'", "’") not in w.DEFINITE:
        return ""
    head = words[1].lower()
    if head not in w.ORG_WORDS and head not in w.DOCUMENTS:
        return ""
    joiners = "|".join(re.escape(j) for j in sorted(w.JOINERS, key=len, reverse=True) if j.isalpha())
    articles = "|".join(re.escape(d).replace("’", "[’']") for d in sorted(w.DEFINITE, key=len, reverse=True))
    name = rf"(?:{joiners})\s*(?:(?:{articles})\s*)?[A-ZÀ-Þ][\w’'-]*(?:\s+[A-ZÀ-Þ][\w’'-]*)*"
    found = [m for m in re.finditer(rf"(?<!\w)(?i:{articles})\s*((?i:{re.escape(head)})(?:\s+{name}|\s+(\w+)))(?!\w)",
                                    text[:pos]) if m.group(2) is None or m.group(2).lower() in w.NATIONALITIES]
    forms = {" ".join(m.group(1).lower().replace("'", "’").split()) for m in found}
    return " ".join(found[-1].group(1).split()) if len(forms) == 1 else ""  # two forms: which one is not said


def _same_role(head: str, roles, w: ClauseWords) -> bool:
    """``head`` is one of ``roles``; in a script whose article is joined, with or without it
    ("الوزير" after "وزير الخارجية وليد المعلم")."""
    if head in roles:
        return True
    if w.ROLE_MATCH == "suffix":  # compounds: "Drusenführer" (führer) is the "Anführer" named before
        return any(r.endswith(head) or head.endswith(r) for r in roles)
    if w.DEFINITE_PREFIX is None:
        return False
    without = bare(head, w)
    return any(bare(r, w) == without for r in roles)


def _one_person_role(a: Attribution, w: ClauseWords) -> bool:
    return bool(a.head) and a.head in w.ANAPHORIC_ROLES and a.extra.get("verb_gender") in {"m", "f"}
