"""What opens a speaker's name and what a role is of, in the languages of the clause rules
(:mod:`.clause_names` reads them): the titles, roles and origins before a name ("le ministre
de l’Intérieur Gérald Darmanin", "Глава МВД Прити Пател"; not the surname of "M. Voisin"), and
the words after a role or a body that say what it is of, no person's name ("le ministre de la
Défense", "la embajada de Estados Unidos", "посол России")."""

from __future__ import annotations

from .clause_words import ClauseWords, elided, role_of
from .first_names import is_first_name


def _core(word: str, w: ClauseWords) -> str:
    """The word in lower case without an elided article ("l’Université": "université")."""
    low = word.lower()
    return low[elided(low, w.ELISIONS):]


def _role(word: str, w: ClauseWords) -> str:
    """The role a word names (:func:`.clause_words.role_of`)."""
    return role_of(word, w)


def _lead_words(run: list[str], w: ClauseWords) -> int:
    """How many words open a run of capitalised words before the name: titles, roles,
    origins and the body a role heads ("Глава МВД Прити Пател"); a role word that ends the
    run after a title that is no role is the surname ("M. Voisin", "Herr Richter")."""
    k = 1 if _possessor(run, w) else 0
    while k < len(run) and (run[k].lower().rstrip(".") in w.TITLE_WORDS or _role(_core(run[k], w), w)
                            or run[k].lower() in w.NATIONALITIES or (k and run[k].lower() in w.ORG_WORDS)):
        if k and k == len(run) - 1 and _role(_core(run[k], w), w) and _honorific(run[k - 1], w):
            break
        k += 1
    return k


def _possessor(run: list[str], w: ClauseWords) -> bool:
    """The run opens with a name in the genitive before a role, whose the role is
    (``genitive_name``: "Bayerns Ministerpräsident Markus Söder"), a name of its own
    after the role."""
    return (w.GENITIVE_NAME is not None and len(run) >= 3 and w.GENITIVE_NAME.match(run[0]) is not None
            and not is_first_name(run[0]) and bool(run[1].lower().rstrip(".") in w.TITLE_WORDS or _role(_core(run[1], w), w)))


def _honorific(word: str, w: ClauseWords) -> bool:
    """A title before a name that says no role ("M.", "Mme", "Herr", "Sr.", "г-н")."""
    low = word.lower()
    return (low in w.TITLES or low.rstrip(".") in w.TITLE_WORDS) and not _role(_core(low.rstrip("."), w), w)


def _titled(words: list[str], w: ClauseWords) -> bool:
    """One of ``words`` is a title or a role word."""
    return any(x.lower().rstrip(".") in w.TITLE_WORDS or _role(_core(x, w), w) for x in words)


def _what_it_is_of(words: list[str], run: list[str], w: ClauseWords) -> bool:
    """The capitalised ``run`` that closes ``words`` says what a role or a body is of, no
    person's name: one word after a role or a body and its joiners ("le ministre de la
    Défense", "el ministro de Economía") or in a genitive (``complement_ending``: "посол
    России"); more words after a body and its joiners ("la embajada de Estados Unidos", "la
    policía de Nueva York"; not after a role: "le porte-parole du Kremlin Dmitri Peskov")."""
    j = len(words) - len(run)
    if len(run) == 1:
        return _complement_of_role(words, j, w) or _genitive_of_role(words, j, w)
    return bool(run) and _complement_of_role(words, j, w, bodies_only=True)


def _genitive_of_role(words: list[str], j: int, w: ClauseWords) -> bool:
    """The word ``j`` right after a role ends as a genitive no name in the nominative does
    (``complement_ending``: "посол России", "житель Москвы"; an acronym, in a language of cases:
    "президент США"), or after a role or a body and
    the lower-case words of its genitive chain ("Министерство обороны России", "Министр
    иностранных дел России"): what the role or the body is of."""
    acronym = j >= 1 and w.CASE_ENDING is not None and len(words[j]) >= 2 and words[j].isupper() \
        and words[j - 1].lower() not in w.ORG_WORDS  # "президент США" (a body's name: "агентства SANA")
    if j < 1 or w.COMPLEMENT_ENDING is None or (w.COMPLEMENT_ENDING.search(words[j].lower()) is None and not acronym):
        return False
    if _role(_core(words[j - 1], w), w):
        return True
    head = _core(words[0], w)
    return j <= 4 and (bool(_role(head, w)) or head in w.ORG_WORDS) and all(x.islower() for x in words[1:j])


def _complement_of_role(words: list[str], j: int, w: ClauseWords, bodies_only: bool = False) -> bool:
    """The words from ``j`` follow a role or a body and its joiners ("ministre de la",
    "porte-parole du ministère des", "ministro de"): they say what the role is of. With
    ``bodies_only``, a body's word that is no document ("embajada de", not "rapport de")."""
    k = j - 1
    while k >= 0 and (words[k].lower() in w.JOINERS or _core(words[k], w) in w.ELISIONS):
        k -= 1
    if k == j - 1 or k < 0:
        return False
    head = _core(words[k], w)
    if w.ARTICLES and not (_role(head, w) or head in w.ORG_WORDS) and words[k].islower() and k >= 1:
        # a role and its adjective ("el consejero electoral del INE", "el líder nacional del PAN")
        head = _core(words[k - 1], w) if words[k - 1].islower() else ""
    if bodies_only:
        return head in w.ORG_WORDS and head not in w.DOCUMENTS and not _role(head, w)
    return bool(_role(head, w)) or head in w.ORG_WORDS
