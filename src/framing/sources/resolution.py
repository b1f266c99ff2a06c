"""Who a speaker is: pronouns, "the source", surnames, names and roles resolved to one person
(:mod:`.people`), and the ``speaker_id`` of each."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Lexicon
from ..text import TextFacts
from .antecedents import Subjects
from .appositions import Appositions
from .bodies import ANY_BODY_HEADS, Bodies
from .classification import classify, classify_by_title, head_word, proper_name, speaker_type_of, strip_titles
from .definites import court_without_place, indefinite_with_adjective, named_administration, named_court
from .descriptions import name_after_title, party_description
from .documents import account_owner, document_author, document_author_at, reporting_outlet
from .first_names import first_name_sex, is_first_name
from .ledes import name_the_lede_role
from .lower_roles import described_person, role_of, state_described, titled_given_name, titled_person_of, titled_surname
from .people import _LABELS, AMBIGUOUS, People, speaker_key
from .person_categories import unify_person_categories
from .phrases import leading_preps, looks_like_name, plural, tokenize
from .poll_respondents import poll_respondents
from .polls import poll_name, poll_named_before
from .records import LOOKBACK, NO_SPEAKER, Attribution
from .role_descriptions import fits_role, role_description, role_phrase
from .roles_named_later import role_named_later
from .words import Words


def resolve(text: str, atts: list[Attribution], gazetteer: Lexicon, g: Words, facts: TextFacts | None = None) -> None:
    """Say who each speaker is (``canonical``), what kind (``speaker_type``) and which
    category, in text order: a continuation quote is its attribution's; a pronoun is the
    latest compatible speaker within :data:`LOOKBACK`, or the subject of a sentence between
    that speaker and the pronoun (:class:`.antecedents.Subjects`; compatible: of the
    pronoun's kind, and not of the other sex by a title, a noun or a first name,
    :mod:`.first_names`); "the source" the earlier one with
    that head word; a surname, a name with or without its middle name or "of <Place>", and
    a role the article gave one person ("the president") that person (:class:`.People`);
    the rest by the gazetteer. ``extra["speaker_id"]`` is the speaker's id
    (:func:`.people.speaker_key`; a surname the article gives to two people is marked
    ambiguous)."""
    history: list[Attribution] = []
    people = People(text, g)
    subjects = Subjects(text, facts, g)
    appositions = Appositions(text, g)
    bodies = Bodies(text)
    for a in atts:
        if a.speaker is None:
            a.category = NO_SPEAKER  # "Asked whether …, 75 percent said yes": no asker named
            a.extra["speaker_id"] = ""
            continue
        if "follows" not in a.extra and "antecedent" not in a.extra and a.speaker[1] - a.speaker[0] <= 5 \
                and text[a.speaker[0]:a.speaker[1]].lower() in {"who", "which"}:
            # "…, who threatened to filibuster, saying …": the relative clause's speaker again
            f = next((h for h in reversed(history) if h.speaker == a.speaker), None)
            if f is not None:
                a.extra["follows"] = f
        if "follows" in a.extra:
            f = a.extra["follows"]
            a.canonical, a.category, a.speaker_type, a.head = f.canonical, f.category, f.speaker_type, f.head
            a.extra["speaker_id"] = f.extra.get("speaker_id", "")
            if "gender" in f.extra:
                a.extra.setdefault("gender", f.extra["gender"])
        else:
            phrase, appos, words = _describe(text, a, g)
            earlier = _earlier_speaker(a, phrase, words, history, g) or reporting_outlet(a, words, history, g)
            if earlier is not None and earlier.head == a.head and a.head in g.MESSAGE_NOUNS and earlier.cue \
                    and document_author_at(text, a, words, g, history)[0] > earlier.cue[1]:
                earlier = None  # "the statement" of a sender named since the last one: that sender's
            if len(words) == 1 and words[0] in g.PRONOUNS and words[0] not in g.FIRST_PERSON:
                earlier = _subject_antecedent(text, a, words[0], history, subjects, people, gazetteer, g) or earlier
            elif earlier is None and 2 <= len(words) <= 3 and words[0] == "the" and words[-1] in ANY_BODY_HEADS \
                    and (len(words) == 2 or words[1].endswith("-based")):
                # "The N.R.A. is ready for a fight. … After the speech the group said": the body named
                # in a subject since the last attribution, as "it" ("the Britain-based group" too)
                earlier = _subject_antecedent(text, a, "it", history, subjects, people, gazetteer, g) \
                    or _body_spoken_before(text, a, words[-1], history, g)
            if earlier is not None:
                a.canonical, a.category, a.speaker_type = earlier.canonical, earlier.category, earlier.speaker_type
                a.extra["speaker_id"] = earlier.extra.get("speaker_id", "")
            else:
                court = named_court(text, a, words, g)
                _name_and_category(text, a, document_author(text, a, words, g, history)
                                   or named_administration(text, a, words) or court or phrase,
                                   appos, people, history, gazetteer, g, appositions, bodies)
                if court:
                    a.canonical = court  # "the 9th Circuit" as written: its number is its name
                _described_person(text, a, phrase, history, subjects, people, gazetteer, g)
                if a.canonical and a.canonical in phrase and (named := role_named_later(text, phrase, a.speaker[0], people, g)):
                    a.canonical, a.speaker_type = named, "person"  # "Egypt's president" … "Egyptian President X"
                _first_name_says(a)
                a.extra["speaker_id"] = speaker_key(a.canonical) + (AMBIGUOUS if a.extra.get("ambiguous") else "")
        if not a.extra.get("set_apart"):
            history.append(a)  # a transcript line or an embedded post is no pronoun's antecedent
    name_the_lede_role(text, atts, g, gazetteer)
    unify_person_categories(atts)
    if gazetteer.family_of("poll"):
        poll_respondents(text, atts)


def _describe(text: str, a: Attribution, g: Words) -> tuple[str, str, list[str]]:
    """The speaker phrase (its antecedent for "who"; "some", "many", "several" left out),
    the appositive and the phrase's words as written; sets the speaker's type and head
    (what the two strings say, :func:`_phrase_facts`)."""
    phrase = text[a.speaker[0]:a.speaker[1]] if a.speaker else ""
    if "antecedent" in a.extra:
        phrase = text[a.extra["antecedent"][0]:a.extra["antecedent"][1]]
    appos = text[a.appositive[0]:a.appositive[1]] if a.appositive else ""
    reflexive = _REFLEXIVE_END.search(phrase)
    if reflexive is not None and phrase[:reflexive.start()].split()[-1].lower() not in g.STOP | leading_preps(g):
        phrase = phrase[:reflexive.start()]  # "Trump himself announced": Trump; not "power for himself"
    phrase, words, a.speaker_type, a.head, gender, indefinite, quantifier, appositive_head = \
        _phrase_facts(phrase, appos, g)
    if indefinite:
        a.extra["indefinite"] = True  # "one farm lobbyist": someone "this person" may go back to
    if quantifier:
        a.extra["quantifier"] = quantifier  # kept in the canonical: "some analysts" are not all analysts
    if gender:
        a.extra["gender"] = gender
    if appos:
        a.extra["appositive_head"] = appositive_head
    return phrase, appos, list(words)


#: A reflexive pronoun after a speaker's phrase, which only stresses it ("Trump himself").
_REFLEXIVE_END = re.compile(r"(?<=[\w.])\s+(?:himself|herself|itself|themselves)$")


@lru_cache(maxsize=65536)  # speaker phrases and appositives repeat across rows and articles ("he", "officials")
def _phrase_facts(phrase: str, appos: str, g: Words) -> tuple:
    """What a speaker phrase and its appositive say, worked out once per pair of strings:
    ``(phrase, words, speaker type, head, gender, indefinite, quantifier, appositive's
    head)`` — the phrase without a final possessive ("the House GOP’s announced strategy":
    the House GOP) and without a leading "some", "many", "several" (the quantifier, unless a
    number follows it: "some 40 percent"); its words in lower case, as written before that; a
    gender said by a title or a noun makes a speaker of unknown kind or a body a person
    ("Mr. Podesta", "a spokeswoman")."""
    phrase = _POSSESSIVE_END.sub("", phrase)
    kind = speaker_type_of(phrase, appos, g)
    words = tuple(phrase.lower().split())
    indefinite = bool(words) and words[0] in {"a", "an", "one", "another"}
    quantifier = ""
    if words and words[0] in {"some", "many", "several"}:
        phrase = " ".join(phrase.split()[1:])
        if len(words) == 1 or not (words[1][:1].isdigit() or words[1] in g.NUMBER_WORDS):
            quantifier = words[0]
    head = head_word(phrase, g)
    gender = _gender(phrase) or (_gender(appos) if appos else "")
    if gender and kind in {"unknown", "org"}:
        kind = "person"
    return phrase, words, kind, head, gender, indefinite, quantifier, head_word(appos, g) if appos else ""


_FEMALE = frozenset("mrs ms miss madam woman spokeswoman congresswoman chairwoman businesswoman mother girl daughter "
                    "wife sister she her grandmother actress queen lady".split())
_MALE = frozenset("mr sir man spokesman congressman chairman businessman father boy son husband brother he him "
                  "grandfather actor king".split())
_WORDS_RE = re.compile(r"\w+")  # the words \b sees in a phrase
_KIN_OF = re.compile(r"\b(whose)\s+\w+")  # "…, whose husband was inside": another's kin


@lru_cache(maxsize=65536)  # speaker phrases repeat ("he", "Obama", "officials")
def _gender(phrase: str) -> str:
    """"f" or "m" where a title or a noun of the phrase says ("Mrs. Clinton", "a
    spokeswoman"), else ""; not a noun after "whose", another's kin ("Minoo Anvari, whose
    husband was inside": not a man; but "Saipov's sister", "his son" are who speaks)."""
    words = set(_WORDS_RE.findall(_KIN_OF.sub(r"\1 ", phrase.lower())))
    female, male = not _FEMALE.isdisjoint(words), not _MALE.isdisjoint(words)
    return "f" if female and not male else "m" if male and not female else ""


def _earlier_speaker(a: Attribution, phrase: str, words: list[str], history: list, g: Words) -> Attribution | None:
    """The earlier attribution a pronoun ("he": the latest person) or a definite
    description ("the source": the latest with that head word) stands for."""
    if len(words) == 1 and words[0] in g.FIRST_PERSON:
        a.extra["first_person"] = True
        return None  # the author: "I asked him how she'd mount a defense"
    if len(words) == 1 and words[0] in g.PRONOUNS:
        return _antecedent(g.PRONOUNS[words[0]], {"he": "f", "him": "f", "she": "m", "her": "m"}.get(words[0]), history)
    if words and words[0] in {"the", "this", "that"} and not proper_name(phrase, g) and not a.appositive:
        # "the source" is the last source; but "The Australian prime minister, Malcolm
        # Turnbull," names who speaks, and "the Tass news agency" is not "Syria's state
        # news agency": names in both phrases that differ say they are two
        mine = _capitalised(phrase.split()[1:])
        if len(words) == 2 and words[1] == "person" and words[0] in {"this", "that"}:
            # "…,” this person said": the last person the article brought in without a name
            # ("one farm lobbyist", "a person familiar with the talks")
            return next((h for h in reversed(history[-LOOKBACK:]) if h.extra.get("indefinite")
                         and _unnamed(h.canonical, g) and h.speaker_type == "person"), None)
        same = next((h for h in reversed(history[-LOOKBACK:])
                     if h.extra.get("appositive_head") == a.head or (h.head == a.head and (
                         not mine or not (theirs := _capitalised(h.canonical.split())) or mine & theirs))
                     or (len(words) == 2 and indefinite_with_adjective(h, a.head, g))), None)
        if same is None and not mine and a.head in g.MEDIA_HEADS:
            # "the newspaper", "the news publication", with no earlier one: the last news outlet quoted
            same = next((h for h in reversed(history[-LOOKBACK:]) if h.canonical and (
                h.category == "media" or re.split(r"[\s-]", h.canonical)[-1].lower() in g.OUTLET_NAME_ENDS)), None)
        return same
    return None


def _body_spoken_before(text: str, a: Attribution, head: str, history: list, g: Words) -> Attribution | None:
    """"Amnesty has accused it of …. “…,” the group said": the nearest earlier speaker, when
    it is a named body (no news outlet: "the group" is not the paper that reported) written
    as its name or as a pronoun that goes on from that name ("The N.R.A. made clear …. it
    broadcast a video calling …. the group said"), and the head word ("group",
    "organization") does not come back between the two (no "a group of protesters" the
    phrase might go back to instead)."""
    spoke = [h for h in history[-LOOKBACK:] if h.speaker is not None and not h.extra.get("first_person")]
    if not spoke:
        return None
    h = spoke[-1]
    if h.speaker_type != "org" or h.category == "media" or not h.canonical[:1].isupper():
        return None  # a person or a plural spoke last: "the group" may be theirs
    if text[h.speaker[0]:h.speaker[1]].lower() in g.PRONOUNS and (
            len(spoke) < 2 or spoke[-2].canonical != h.canonical
            or text[spoke[-2].speaker[0]:spoke[-2].speaker[1]].lower() in g.PRONOUNS):
        return None  # "it" after another speaker: whom it stands for is a guess already
    return None if re.search(rf"\b{head}\b", text[h.speaker[1]:a.speaker[0]].lower()) else h


def _described_person(text: str, a: Attribution, phrase: str, history: list, subjects: Subjects, people: People,
                      gazetteer: Lexicon, g: Words) -> None:
    """"The freshman lawmaker", "the Virginia Republican" that no title resolved: the named
    person the text was just talking about, as for "he" or "she", where the role fits
    (:mod:`.role_descriptions`)."""
    role = role_description(phrase, g) if a.canonical[:1] and a.speaker_type == "person" else None
    if role is None or a.canonical != re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.IGNORECASE) \
            or _capital_role(a, phrase, people, g) or a.speaker is None or people.holders(role[0], a.speaker[0]) > 1:
        return  # (an office the article gave two people: "the president" after two presidents stands for neither)
    pronoun = {"f": "she", "m": "he"}.get(a.extra.get("gender", ""), "person")
    h = _subject_antecedent(text, a, pronoun, history, subjects, people, gazetteer, g) \
        or _antecedent("person", _NOT_SEX.get(pronoun), history)
    if h is None or h.speaker_type != "person" or len(h.canonical.split()) < 2 or not h.canonical[:1].isupper() \
            or not fits_role(role, h.canonical, people, g):
        return
    a.canonical, a.speaker_type = h.canonical, "person"
    if a.category == "unclassified":
        a.category = h.category


def _capital_role(a: Attribution, phrase: str, people: People, g: Words) -> bool:
    """"The President", "the Prime Minister" in capitals, with no name: the role as
    :func:`.lower_roles.role_of` reads it in lower case (:func:`.role_descriptions.role_phrase`)."""
    if a.speaker is None or not phrase.lower().startswith("the ") or phrase.split()[-1][:1].islower():
        return False
    name, _ = role_of(people, role_phrase(phrase, g), a.speaker[0], g)
    if name:
        a.canonical = name
    return bool(name)


def _first_name_says(a: Attribution) -> None:
    """A person named with a first name the census lists as one sex's ("Samantha Power",
    "Donald Trump") has that sex, where no title or noun said one."""
    if "gender" not in a.extra and a.speaker_type == "person" and len(a.canonical.split()) >= 2:
        sex = first_name_sex(a.canonical)
        if sex:
            a.extra["gender"] = sex


_CAPITAL = re.compile(r"[A-Z]")
_POSSESSIVE_END = re.compile(r"(?<=\w)\s*['’]\s*s$")
_ARTICLE_RE = re.compile(r"(?i)\s*(?:the|a|an)\s")  # a description: "the monitor", "a monitoring group"
#: The sex a pronoun rules out.
_NOT_SEX = {"he": "f", "him": "f", "she": "m", "her": "m"}


def _subject_antecedent(text: str, a: Attribution, pronoun: str, history: list, subjects: Subjects, people: People,
                        gazetteer: Lexicon, g: Words) -> Attribution | None:
    """The subject of a sentence between the last attribution and the pronoun that the
    pronoun stands for, nearest first (:class:`.antecedents.Subjects`): a person for "he"
    and "she" (not of the other sex), a named body or a plural for "they", a named body
    for "it"; a pronoun subject is the same one again, and the search goes on before it."""
    want, not_sex = g.PRONOUNS.get(pronoun, pronoun), _NOT_SEX.get(pronoun)  # "person": a role description
    bound = 0
    # what the pronoun says is no antecedent: the subjects lie between the last attribution
    # and the pronoun or its content, whichever comes first; an attribution nested in a
    # quotation of that content ("“And many folks who have said that … ,” he said") is no last one
    until = min(a.speaker[0], a.content[0])
    last = next((h for h in reversed(history) if not (h.nested and h.cue and a.content[0] <= h.cue[0] < a.content[1])), None)
    if last is not None:
        bound = max(last.content[1], last.cue[1] if last.cue else 0, last.speaker[1] if last.speaker else 0)
    if bound >= until or _CAPITAL.search(text, max(bound, until - 3000), until) is None:
        return None  # "“…,” Trump said. He added", "…,” he said": nothing opens in between
    for span, appositive in subjects.before(a.speaker[0], bound):
        if a.content[0] <= span[0] < a.content[1] or not text[span[1]:a.speaker[0]].strip(" \t\n\u00a0,\u2014\u2013-"):
            continue  # "Obama, he says, can …", "an Israeli soldier was killed, he said": what is said
        if want == "person" and (owner := _owner_of_thing(text[span[0]:span[1]], g)):
            span, appositive = (span[0], span[0] + owner), None  # "Mr. Boehner’s letter …, he said": Boehner
        m = Attribution(span, None, "", (span[1], span[1]), a.sentence, appositive)
        phrase, appos, words = _describe(text, m, g)
        if not words or (len(words) == 1 and (words[0] in g.PRONOUNS or words[0] in g.FIRST_SECOND)):
            continue  # "He had been …": the one the pronoun stands for is further back
        if not _LABELS.isdisjoint(words):
            continue  # "Hide Caption 1 of 55 Photos: …": a caption's words, no one
        capitals = [w for w in phrase.split() if w[:1].isupper() and w.lower() not in g.DETERMINERS]
        if not capitals and not appos and not (want == "person" and any(w.strip(g.PUNCT) in g.PERSON_ROLES for w in words)) and not (
                want == "plural" and len(words) > 1 and plural(words[-1])):
            continue  # "The subject of fairness": neither a name nor a role (read no further)
        name, longer = _name(m, phrase, appos, people, g)
        _quantified(m, name, phrase)
        _capital_role(m, phrase, people, g)
        if appos and m.speaker_type != "person" and speaker_type_of(m.canonical, "", g) == "person":
            m.speaker_type = "person"  # "the winner, Brian Kemp,": the name says what kind
        _first_name_says(m)
        if want == "person":
            fits = m.speaker_type == "person" and m.extra.get("gender") != not_sex and _a_person(phrase, words, m, g)
        else:
            _category(text, m, name, longer, people, history, gazetteer)
            # a body named in two capitalised words or more, or one the gazetteer knows ("the
            # N.R.A."); not "Story highlights …"
            named = sum(1 for w in phrase.split()[1:] if w in capitals) >= 2 or (
                m.category != "unclassified" and bool(capitals))
            # "The Senate Democrats are …. They say": a plural after a determiner, whatever its words
            fits = (m.speaker_type == "org" and named and (want == "plural" or not plural(words[-1]))) or (want == "plural" and (m.speaker_type == "plural" or (
                len(words) > 1 and plural(words[-1]) and words[0] in g.DETERMINERS | g.NUMBER_WORDS | {"some", "many"})))
        if fits:
            if want == "person":
                _category(text, m, name, longer, people, history, gazetteer)
            elif want == "plural":
                m.speaker_type = "plural"  # "The Senate Democrats …. They say …. Or they say …": "they" again
            m.extra["speaker_id"] = speaker_key(m.canonical) + (AMBIGUOUS if m.extra.get("ambiguous") else "")
            return m
    return None


#: A possessor and the thing it owns: "Mr. Boehner’s letter", "Clinton's new book".
_OWNED_THING = re.compile(r"(.*?[A-Za-z.])[ ]?['’][ ]?s[ ]+(?:[a-z-]+[ ]+){0,2}([a-z]+)")


def _owner_of_thing(phrase: str, g: Words) -> int:
    """The length of the possessor in a subject that is a thing a named person owns ("Mr.
    Boehner’s letter included questions he said …": no letter is "he", its writer is), or 0
    (a person the possessor has, "Trump's lawyer", "his wife", is a person of their own)."""
    m = _OWNED_THING.fullmatch(phrase)
    if m is None or not m.group(1)[:1].isupper() or m.group(2) in g.PERSON_ROLES or m.group(2) in _FEMALE \
            or m.group(2) in _MALE or plural(m.group(2)):
        return 0
    return len(m.group(1))


def _a_person(phrase: str, words: list[str], m: Attribution, g: Words) -> bool:
    """A subject is a person by a role or title ("the ambassador", "Sen. Jeff Sessions"), a
    first name of the census lists, or a surname the article gives with a first name
    ("Gabbard": Tulsi Gabbard); not "Get the Monitor Stories", "Operation Safe Return"."""
    if any(w.strip(g.PUNCT) in g.PERSON_ROLES or w.strip(g.PUNCT) in g.TITLE_WORDS for w in words):
        return True
    name = m.canonical.split()
    return bool(name) and (is_first_name(name[0]) or (len(words) == 1 and len(name) >= 2) or "titled" in m.extra)


def _unnamed(canonical: str, g: Words) -> bool:
    """A description with no name in it ("one farm lobbyist", "a person familiar with …")."""
    words = canonical.split()
    if not words:
        return False
    first = words[0].lower()
    return not _capitalised(words[1:] if first in g.DETERMINERS or first in g.NUMBER_WORDS or first == "one" else words)


def _capitalised(words: list[str]) -> set[str]:
    """The capitalised words of a phrase, lower case, a possessive left out ("Syria's": "syria")."""
    return {_POSSESSIVE_S.sub("", w).lower() for w in words if w[:1].isupper()}


_POSSESSIVE_S = re.compile(r"['\u2019]s?$")


#: Categories of bodies, not people: a one-word speaker in another may be a person's surname.
_BODIES = {"media", "military", "advocacy", "think_tank", "poll", "police", "international_org", "court", "company",
           "unnamed", NO_SPEAKER}


def _antecedent(want: str, not_gender: str | None, history: list) -> Attribution | None:
    """The nearest earlier speaker a pronoun may stand for: of its kind (``want``) and not
    of the other gender. A person pronoun stays unresolved rather than reach past a
    one-word name that may be a person's ("Trump", "Kozak": a speaker change it cannot
    judge; "“…oil,” Trump said. He said …" is never a man named before Trump)."""
    for h in reversed(history[-LOOKBACK:]):
        if h.extra.get("first_person") or h.speaker is None:
            continue
        if (h.speaker_type == want or (want == "plural" and h.speaker_type == "org")) and (
                not_gender is None or h.extra.get("gender") != not_gender):
            return h
        name = h.canonical.split(" ", 1)[-1] if "quantifier" in h.extra else h.canonical  # "some Democrats"
        if want == "person" and h.speaker_type == "org" and h.category not in _BODIES and " " not in name \
                and name[:1].isupper() and h.extra.get("gender") != not_gender:
            return None
    return None


def _name_and_category(text: str, a: Attribution, phrase: str, appos: str, people: People, history: list,
                       gazetteer: Lexicon, g: Words, appositions: Appositions | None = None,
                       bodies: Bodies | None = None) -> None:
    name, longer = _name(a, phrase, appos, people, g, appositions, bodies)
    _quantified(a, name, phrase)
    _category(text, a, name, longer, people, history, gazetteer)
    if a.extra.get("poll"):
        a.category = "poll"  # "a YouGov/CBS News poll": a poll, whichever outlet ordered it


def _quantified(a: Attribution, name: str, phrase: str) -> None:
    """The quantifier :func:`_describe` set aside goes back before a description or a plural
    written as a name ("some analysts", "many Danes"): some analysts are not all analysts."""
    if "quantifier" in a.extra and (not name or name == phrase.strip()):
        a.canonical = f"{a.extra['quantifier']} {a.canonical}".strip()


#: "the" and a name of capitalised words ("the National Shooting Sports Foundation", "the
#: Service Employees International Union"); a capital after a phrase's first word.
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_BODY_NAMED = re.compile(r"(?i:the)\s+[A-Z][\w.'’-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w.'’-]*))*$")
_CAPITAL_INSIDE = re.compile(r"\s[A-Z]")


def _name(a: Attribution, phrase: str, appos: str, people: People, g: Words,
          appositions: Appositions | None = None, bodies: Bodies | None = None) -> tuple[str, str]:
    """Sets who the speaker is (``canonical``, and the speaker type where the article says
    more); gives the name and the longest run with a title. A description that names no one
    is the person the article names beside it elsewhere, if one (:mod:`.appositions`)."""
    polled = poll_name(phrase, g) or poll_named_before(people.text, phrase.strip(), a.speaker[0] if a.speaker else 0, g)
    if polled:  # "a YouGov/CBS News poll conducted Oct. 8-11", "that poll": the pollster (sources/polls.py)
        a.canonical, a.extra["poll"] = polled, True
        return polled, ""
    owned = _owned_body(phrase, people, g) or _joint_speaker(a, phrase, people, g)
    if owned:
        a.canonical = owned
        return owned, ""
    owner = account_owner(phrase)  # "the Oath Keepers Twitter account tweeted": the Oath Keepers
    if owner:
        phrase = owner
    titled = titled_person_of(people, phrase, g)  # "Commander Jonathan White of the … Corps": White
    if titled is not None:
        a.canonical, a.speaker_type = titled[0], "person"
        return titled
    name = described_person(people, phrase, a.speaker[0] if a.speaker else 0, g) \
        or state_described(people, phrase, a.speaker[0] if a.speaker else 0, g) or proper_name(phrase, g) \
        or name_after_title(phrase, g)  # "the Virginia Republican": the one so described
    aname = proper_name(appos, g) if appos and looks_like_name(tokenize(appos, 0, len(appos), g), g) \
        and not party_description(appos, g) else ""  # not "Sen. Rand Paul, Kentucky Republican,"
    if not (name or aname) and a.rule != "according_to" and _BODY_NAMED.match(appos) and not _CAPITAL_INSIDE.search(phrase):
        aname = proper_name(appos, g)  # "The gun industry's trade group, the National Shooting Sports Foundation"
    if aname:
        name = aname
    longer = ""  # where the article names the person with a title ("Attorney General Jeff Sessions")
    if name and len(name.split()) == 1:
        name, longer = _one_word_name(a, name, phrase, people, g)
    elif name:
        name, longer = titled_surname(people, name, g) or people.full(name)  # "Sheriff Gore": Bill Gore
    elif a.speaker is not None:
        name, longer = role_of(people, role_phrase(phrase, g), a.speaker[0], g)  # "the president", once named
        if not name and appositions is not None and head_word(phrase, g) in phrase:
            # "A spokesman for the department said …" and "Sgt. Daniel Grubbs, a spokesman for the
            # department"; a description in lower case ("Secretary of State Hillary Clinton" names her)
            named = appositions.name_for(phrase)
            if named:
                name, longer = people.full(named)
                a.speaker_type = "person"
    a.canonical = court_without_place(name or _LEADING_ARTICLE.sub("", phrase), g)  # "… Court of Appeals in San Francisco"
    if bodies is not None and a.speaker_type != "person" and a.canonical[:1].isupper():
        # "SOHR", "the Syrian Observatory", "the Britain-based Syrian Observatory for Human
        # Rights": the one full name the article gives the body
        a.canonical = bodies.goes_on(bodies.full(a.canonical), g)  # ("the Britain-based monitor": "monitor")
    if bodies is not None and a.speaker_type != "person" and not name and a.canonical[:1].islower() \
            and _ARTICLE_RE.match(phrase):
        # "the monitor", "a monitoring group", "the observatory": the one body of the article
        # so headed or so described
        a.canonical = bodies.described(a.canonical, a.speaker[0] if a.speaker else 0,
                                       phrase.lstrip()[:4].lower() == "the ") or a.canonical
    return name, longer


#: Two speakers joined by "and", no comma: "Gartenstein-Ross and Barr", "Senators John McCain
#: and Lindsey Graham", "Russia and Iran".
_JOINT_RE = re.compile(r"(?P<a>[^,;:()]+?)\s+and\s+(?P<b>[^,;:()]+)")


def _one_word_name(a: Attribution, name: str, phrase: str, people: People, g: Words) -> tuple[str, str]:
    """:func:`_name` of a name of one word: the person the article names in full with that
    surname, a title's given name, or the longer name the article writes; with the longest
    run with a title."""
    full, longer, ambiguous = people.surname(name)
    if full:
        if a.speaker_type == "org":  # "Trump", where the article named "Donald Trump": a person
            # (a full name reads as one without its title: "Army Gen. Lloyd Austin" is no army)
            kind = speaker_type_of(full, "", g)
            a.speaker_type = kind if kind == "person" else speaker_type_of(longer or full, "", g)
        return full, longer
    if ambiguous:
        a.extra["ambiguous"] = True  # "Clinton" in an article naming Bill and Hillary Clinton
        return name, longer
    given = titled_given_name(people, phrase.strip(), g)
    if given is not None:
        return given  # "Sheikh Abdullah": Sheikh Abdullah bin Zayed Al Nahyan
    fuller, longer = people.named(name)  # "Department": "State Department"; "FBI"
    name = fuller if fuller.endswith(" " + name) else name
    if a.speaker_type == "org" and name == phrase.strip() and longer and speaker_type_of(longer, "", g) == "person":
        a.speaker_type = "person"  # "Trump", where the article wrote "President Trump"
        a.extra["titled"] = True
    return name, longer


def _joint_speaker(a: Attribution, phrase: str, people: People, g: Words) -> str:
    """:func:`_joint_names`; two people speak as a plural: "they" goes on from them, never
    "he" or "she"."""
    joint, as_written = _joint_names(phrase, people, g)
    if joint and (not as_written or a.speaker_type == "person"):
        a.speaker_type = "plural"
    return joint


def _joint_names(phrase: str, people: People, g: Words) -> tuple[str, bool]:
    """Two names that speak together ("Gartenstein-Ross and Barr" → "Daveed Gartenstein-Ross
    and Nathaniel Barr", "Senators John McCain and Lindsey Graham" → "John McCain and Lindsey
    Graham"): both speak, so neither alone is the source (the name a phrase ends with was taken
    for the speaker, Graham alone). A single word before "and" and a name of two words or more
    after it may share its last word ("Customs and Border Protection", "House and Senate
    Republicans", "Central and Eastern Europe"): the phrase as written. "" unless both sides are
    capitalised words only and each name holds no title, role or body word ("Executive Vice
    President and CEO Wayne LaPierre" is one person; "Citizenship and Immigration Services Ken
    Cuccinelli" the director of a body). With it, whether the phrase is kept as written."""
    words = phrase.split()
    if len(words) >= 5 and words[2] == "and" and words[0].lower().rstrip(".") in g.NATIONALITIES:
        # "U.S. Customs and Border Protection": the nation's body as written, its nation kept
        rest, kept = _joint_names(" ".join(words[1:]), people, g)
        if kept and rest == " ".join(words[1:]):
            return " ".join(words), True
    m = _JOINT_RE.fullmatch(phrase.strip())
    if m is None:
        return _listed_names(phrase, people, g), False
    sides = [_side_name(side, g) for side in (m["a"], m["b"])]
    if not all(sides):
        return "", False
    (a_words, a_name), (_, b_name) = sides
    if len(a_words.split()) == 1 and len(b_name.split()) >= 2 and not _person_surname(a_name, people, g, named=True):
        if _person_surname(b_name.split()[-1], people, g, named=True):
            return "", False  # "Citizenship and Immigration Services Ken Cuccinelli": the person, as before
        return re.sub(r"^(?:the|The)\s+", "", phrase.strip()), True  # "Customs and Border Protection": as written
    joint = " and ".join((_person_surname(name, people, g) or name) if len(name.split()) == 1 else people.full(name)[0]
                         for name in (a_name, b_name))
    return joint, joint == re.sub(r"^(?:the|The)\s+", "", phrase.strip())  # "Russia and Iran": the words written


def _side_name(side: str, g: Words) -> tuple[str, str] | None:
    """One name of a joint speaker: ``(its words, the name)``, or None where it is no name or
    holds a title, role or body word (:func:`_joint_names`)."""
    words = side.split()
    if len(words) > 1 and words[0].lower().endswith("s") and words[0].lower()[:-1] in g.TITLE_WORDS:
        words = words[1:]  # "Senators John McCain and …": the title of both
    if not all(w[:1].isupper() or g.PARTICLE_RE.match(w) for w in words):
        return None  # "the police and witnesses", "Colorado Parks and Wildlife spokesman Randy Hampton"
    name = proper_name(" ".join(words), g)
    if not name or len(name.split()) > 4 or any(
            w.lower().rstrip(".") in g.TITLE_WORDS | g.PERSON_ROLES | g.OF_HEADS | ANY_BODY_HEADS
            or w.lower().rstrip("s") in g.OF_HEADS for w in name.split()):
        return None
    return " ".join(words), name


def _listed_names(phrase: str, people: People, g: Words) -> str:
    """A list of three names or more ("Merkel, Macron and Johnson", :mod:`.lists`): each
    by its full name where the article gives one, "" unless every item is a name."""
    m = _LIST_RE.fullmatch(phrase.strip())
    if m is None:
        return ""
    sides = [_side_name(side, g) for side in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", phrase.strip())]
    if not all(sides):
        return ""
    names = [(_person_surname(name, people, g) or name) if len(name.split()) == 1 else people.full(name)[0]
             for _, name in sides]
    return ", ".join(names[:-1]) + " and " + names[-1]


_LIST_RE = re.compile(r"[^,;:()]+(?:,\s*[^,;:()]+)+?,?\s+and\s+[^,;:()]+")


def _person_surname(word: str, people: People, g: Words, named: bool = False) -> str:
    """The full name of the one person the article names with the surname ``word``, "" when
    none (or what was found is no name ending with it). ``named``: only a name that opens
    with a first name ("Ken Cuccinelli", not "Border Protection")."""
    full, _, _ = people.surname(word)
    return full if full and full.endswith(word) and len(full.split()) <= 4 and "\n" not in full \
        and (not named or is_first_name(full.split()[0])) else ""


#: A person's office or campaign, by a possessive: "Heller ’ s office", "Clinton's campaign".
_OWNED = re.compile(r"^(?:the\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5})\s*['’]\s*s\s+(office|campaign)$")


def _owned_body(phrase: str, people: People, g: Words) -> str:
    """"Heller ’ s office told The Hill", "Senator McCain’s office", "British Prime Minister
    Theresa May's office": the office of the person the article names in full ("Dean
    Heller's office"), titles aside; "" where the owner is no person the article names in
    full (a surname it gives no first name, "UNHCR’s office", "the prosecutor's office")."""
    phrase = phrase.strip()
    m = _OWNED.match(phrase) if phrase.endswith(("office", "campaign")) else None
    if m is None:
        return ""
    owner = strip_titles(m.group(1), g)
    words = owner.split()
    if len(words) == 1:
        full, _longer, ambiguous = people.surname(owner)
        owner = "" if ambiguous else full
    elif len(words) >= 2 and looks_like_name(tokenize(owner, 0, len(owner), g), g):
        owner = people.full(owner)[0]
    else:
        owner = ""
    return f"{owner}'s {m.group(2)}" if owner else ""


def _category(text: str, a: Attribution, name: str, longer: str, people: People, history: list,
              gazetteer: Lexicon) -> None:
    a.category = classify(text, [a.extra.get("antecedent", a.speaker), a.appositive], gazetteer)
    if a.category == "unclassified" and longer:
        # "Sessions" said …, where the article named him "Attorney General Jeff Sessions"
        a.category = classify(longer, [(0, len(longer))], gazetteer)
    if a.category == "unclassified" and a.extra.get("ambiguous"):
        # "Clinton" with Bill and Hillary named: whichever it is, the kind of source may be one
        kinds = {classify(r, [(0, len(r))], gazetteer) for r in people.runs_of(name)}
        a.category = kinds.pop() if len(kinds) == 1 else "unclassified"
    if a.category == "unclassified" and name and " " in name:
        a.category = classify_by_title(text, name, gazetteer)
    if a.category == "unclassified":
        a.category = next((h.category for h in reversed(history[-LOOKBACK:]) if h.canonical == a.canonical),
                          "unclassified")
