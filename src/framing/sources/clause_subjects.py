"""The subject a verb of saying shares with the clause before it, in a language that drops
its subjects (Spanish): "Esta mañana, Zavala participó en los Diálogos por México, destacó
que …" — the person who opens the sentence (after a phrase of time or place set off by a
comma) and does something, then says something, is the one who speaks. Read before the
latest speaker is given to a verb with no subject (:mod:`.clause_resolution`), since the
sentence names its own subject: only a person's name (two words, or the surname of one the
text gave in full) that is its first clause's subject, with a comma between it and the cue."""

from __future__ import annotations

import re

from .clause_names import _core, _role
from .clause_phrases import np_after, tokens
from .clause_words import ClauseWords
from .records import Attribution

__all__ = ["verb_number", "previous_subject", "sentence_subject", "opening_subject", "plural_subject", "opening_description",
           "described_before"]

# an opening phrase to a comma ("Esta mañana,", "Ahí,", "En Madrid,"): at most six words
_OPENING = re.compile(r"(?:[^\s,.;:«»\"“”]+\s+){0,5}[^\s,.;:«»\"“”]+,\s+")
_WORD = re.compile(r"[\w’'-]+")
# a role phrase to a comma, the name in apposition after it ("La abogada de la defensa, Clara
# Gómez, tomó la palabra"): at most ten words
_ROLE_FIRST = re.compile(r"(?:[^\s,.;:«»\"“”]+\s+){1,9}[^\s,.;:«»\"“”]+,\s+")


def sentence_subject(text: str, sentence: tuple[int, int], cue_start: int, full_names, w: ClauseWords) -> str:
    """The person who opens the sentence as its first clause's subject, a comma between that
    clause and the cue at ``cue_start`` (module docstring); else ""."""
    head = text[sentence[0]:cue_start]
    if "," not in head or not w.PRO_DROP or not w.CASED:
        return ""
    return _opening_name(head, full_names, w, comma=True)


def previous_subject(text: str, sentence: tuple[int, int], full_names, w: ClauseWords) -> str:
    """The person who opens ``sentence`` (the one before a verb with no subject) as its
    subject, a verb right after the name: "Jaime Rodríguez votó en García. Ahí, manifestó
    que …" — the topic goes on; else ""."""
    if not w.PRO_DROP or not w.CASED:
        return ""
    return _opening_name(text[sentence[0]:sentence[1]], full_names, w, comma=False)


def opening_subject(text: str, sentence: tuple[int, int], full_names, w: ClauseWords) -> str:
    """The person whose name opens ``sentence`` as the subject of the verb right after it,
    in any cased language: the antecedent a subject pronoun of the next sentence takes before
    a person the sentence names later, as its object ("Сергей Лавров раскритиковал Энтони
    Блинкена. Он добавил …": Лавров); else ""."""
    return _opening_name(text[sentence[0]:sentence[1]], full_names, w, comma=False) if w.CASED else ""


def _opening_name(head: str, full_names, w: ClauseWords, comma: bool) -> str:
    """The name (two words or more, or a surname the text gave in full) that opens ``head``,
    or its clause after an opening phrase, as the subject of the verb after it (with a comma
    after that verb where ``comma``); else ""."""
    opening = _OPENING.match(head)
    name = _apposed_name(head, w)
    if name:
        return name
    for at in (0, opening.end() if opening else 0):
        words = list(_WORD.finditer(head, at))
        if not words or words[0].start() != at or not words[0].group()[:1].isupper():
            continue
        k = 0
        while k < len(words) and (words[k].group()[:1].isupper() or (
                0 < k < len(words) - 1 and words[k].group() in w.JOINERS and words[k + 1].group()[:1].isupper())):
            k += 1
        run = [x.group() for x in words[:k]]
        while len(run) > 1 and run[0].lower() in w.STOP:
            run = run[1:]  # the word that opens the clause: "Aunque Peña Nieto no dio detalles, prometió …"
        if not run or k >= len(words) or (comma and "," not in head[words[k - 1].end():]):
            continue
        verb = words[k].group()
        if not head[words[k - 1].end():words[k].start()].isspace() or verb in w.JOINERS or verb in w.CONJUNCTIONS \
                or verb in w.PREPS or verb in w.RELATIVES or verb in w.COMPLEMENTIZERS:
            continue  # "Zavala, que …", "Zavala y Anaya", "Zavala en …": no verb of hers
        if any(x.lower() in w.DETERMINERS or x.lower() in w.ORG_WORDS or _role(_core(x, w), w) for x in run):
            continue
        name = (full_names[run[-1]] if run[-1] in full_names else "") if len(run) == 1 else " ".join(run)
        if name and len(name.split()) >= 2:
            return name
    return ""


def plural_subject(text: str, sentence: tuple[int, int], w: ClauseWords) -> str:
    """The phrase that opens ``sentence`` as the subject of a plural verb right after it
    (``plural_verb``: "Die Demonstranten zogen zum Rathaus", "Hunderte Angehörige der Minderheit
    protestierten"), opened by a capital, no preposition nor fronted word: the antecedent of a
    plural pronoun in the next sentence when no group spoke before ("Sie forderten, …"); else ""."""
    if w.PLURAL_VERB is None or not w.CASED:
        return ""
    words = _WORD.findall(text[sentence[0]:min(sentence[1], sentence[0] + 200)])[:9]
    k = next((x for x, word in enumerate(words) if x and word.islower() and word not in w.JOINERS
              and word not in w.DETERMINERS and not (x + 1 < len(words) and words[x + 1][:1].isupper()
                                                    and (word in w.PREPS or w.ATTRIBUTIVE is not None
                                                         and w.ATTRIBUTIVE.search(word)))), None)
    # (an adjective before its noun, "der drusischen Minderheit", or a place, "in Syrien", is no verb)
    if k is None or not words[0][:1].isupper() or words[0].lower() in w.PREPS or words[0].lower() in w.FRONTED_OBJECTS \
            or words[0].lower() in w.PRONOUNS or not w.PLURAL_VERB.search(words[k]):
        return ""
    return " ".join(words[:k])


def _apposed_name(head: str, w: ClauseWords) -> str:
    """The name set off by commas after a role phrase that opens ``head`` ("La abogada de la
    defensa, Clara Gómez, tomó la palabra"; "Le porte-parole du Kremlin, Dmitri Peskov, a
    rencontré …"), a verb after the second comma; else ""."""
    role = _ROLE_FIRST.match(head)
    if role is None:
        return ""
    lead = _WORD.findall(head, 0, role.end())
    if not lead or lead[0].lower() not in w.DETERMINERS or not any(_role(_core(x, w), w) for x in lead[1:3]):
        return ""
    words = list(_WORD.finditer(head, role.end()))
    k = 0
    while k < len(words) and (words[k].group()[:1].isupper() or (
            0 < k < len(words) - 1 and words[k].group() in w.JOINERS and words[k + 1].group()[:1].isupper())):
        k += 1
    if k < 2 or k >= len(words) or not words[0].start() == role.end():
        return ""
    between, verb = head[words[k - 1].end():words[k].start()], words[k].group()
    if between.strip() != "," or not verb[:1].islower() or verb in w.JOINERS or verb in w.CONJUNCTIONS \
            or verb in w.PREPS or verb in w.RELATIVES or verb in w.COMPLEMENTIZERS:
        return ""
    return " ".join(x.group() for x in words[:k])


def opening_description(text: str, sentence: tuple[int, int], w: ClauseWords) -> str:
    """The definite description of a person or a body that opens ``sentence`` (the one
    before a verb with no subject) as its subject, a verb right after it: "El portavoz del
    Ejército habló con la prensa. «…», dijo", "La ministra de Sanidad compareció …. Afirmó que
    …" — a role's or a body's word after the article; else ""."""
    if not w.CASED or not w.DEFINITE:
        return ""
    toks = tokens(text, sentence[0], min(sentence[1], sentence[0] + 300), w)
    if len(toks) < 3 or toks[0].low not in w.DEFINITE:
        return ""
    e = np_after(toks, 0, len(toks), w)
    if e is None or e < 2 or e >= len(toks) or not toks[e].word or toks[e].cap:
        return ""
    verb = toks[e].low
    if verb in w.JOINERS or verb in w.PREPS or verb in w.CONJUNCTIONS or verb in w.RELATIVES \
            or verb in w.COMPLEMENTIZERS or verb in w.STOP and verb not in w.AUX:
        return ""  # (an auxiliary is the verb's: "Le maire a visité")
    if not any(_role(t.core, w) or t.core in w.ORG_WORDS for t in toks[1:e]) or any(
            toks[x].cap and not toks[x - 1].cap and toks[x - 1].low not in w.JOINERS for x in range(2, e)):
        return ""  # (a name after the role, "El general Tomás Vidal", is the person's: read by the name rules)
    return " ".join(text[toks[0].start:toks[e - 1].end].split())


def described_before(text: str, sentence: tuple[int, int], gender: str, sentence_of, order: dict,
                     w: ClauseWords) -> str:
    """A subject pronoun no one named before takes: the definite description that opens the
    sentence before as its subject (:func:`opening_description`), its article of no other
    gender ("Le porte-parole de l’armée a pris la parole. « … », a-t-il déclaré"; "La ministre
    de la Santé s’est rendue à l’hôpital. Elle a assuré …"); else ""."""
    k = order.get(sentence) if order and w.ORDER != "v2" else None  # (German: its nouns' capitals, another rule)
    phrase = opening_description(text, sentence_of[k - 1], w) if k else ""
    g = w.ARTICLE_GENDER.get(phrase.split()[0].lower(), "") if phrase else ""
    return phrase if phrase and not (gender and g and g != gender) else ""


def verb_number(text: str, a: Attribution, w: ClauseWords) -> str:
    """"p" where the verb of ``a``'s cue is plural, "s" where it is a finite singular, "" where
    its form says no number or the language reads none (``plural_endings`` and ``pro_drop``:
    Spanish "manifestó" s, "indicaron" p; a participle, a gerund or an infinitive says none,
    the auxiliary right before it does: "se han pronunciado" p, "ha dicho" s)."""
    if w.PLURAL is None or not w.PRO_DROP or a.cue is None:
        return ""
    words = text[a.cue[0]:a.cue[1]].lower().split()
    before = text[max(0, a.cue[0] - 40):a.cue[0]].lower().split()[-2:]
    aux = next((x for x in reversed(before + words) if x in w.AUX), None)  # "se han pronunciado"
    last = aux or (words[-1] if words else "")
    if not last or not aux and (len(words) > 1 or last.endswith(("ndo", "r")) or (
            w.PAST_PARTICIPLE is not None and w.PAST_PARTICIPLE.search(last))):
        return ""
    return "p" if w.PLURAL.search(last) else "s"
