"""Tokens and noun phrases: the pieces a speaker or a content is made of.

The English rules: the words they read are the language's (``g``, :func:`.words.words_of`),
passed down from the cue's site."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from operator import attrgetter

from .._sentences import sentence_rules, split_sentences
from ..text import TextFacts
from .lists import list_end, list_start, plural
from .words import Words


class Token:
    """A token with what the rules ask of it, computed once: made from what its text says
    (``known``: the text, its length, lower case, capitalised, a word; shared by every token
    of the same text and the same white space before it, :func:`tokenize_with_starts`) and
    where it ends."""

    __slots__ = ("text", "start", "end", "low", "cap", "word")

    def __init__(self, known: tuple, end: int):
        self.text, length, self.low, self.cap, self.word = known
        self.start, self.end = end - length, end

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Token({self.text!r}, {self.start})"


_FEATURES_LIMIT = 200_000


def _features(text: str, g: Words) -> tuple[str, bool, bool]:
    """``(lower case, capitalised, a word)`` of a token's text, remembered (per language):
    words recur ("the", ",", "said") and a text's tokens are made for every sentence with
    a cue."""
    known = g.features
    found = known.get(text)
    if found is None:
        first = text[:1]
        found = (text.lower().replace(" ", ""), first.isupper() or (first.islower() and g.PARTICLE_RE.match(text) is not None),
                 first.isalnum() or text == "%")  # "67% say": the sign is the word "percent"
        if len(known) >= _FEATURES_LIMIT:
            known.clear()
        known[text] = found
    return found


def tokenize_with_starts(text: str, start: int, end: int, g: Words) -> tuple[list[Token], list[int]]:
    """:func:`tokenize` and the start of each token.

    One scan in C gives each token with the white space before it (only white space lies
    between tokens); where each ends is the running sum of their lengths. What a token's text
    says (:func:`_features`) and the text itself without that white space are looked up once
    per distinct spaced token (``" said"``, ``"said"``): the hot loop of extraction runs in
    C but for the spaced tokens not seen before and one small ``Token.__init__`` per token."""
    spaced = g.derive(_spaced_tokens, _spaced_tokens).findall(text, start, end)
    known = _spaced_known(g)
    infos = list(map(known.get, spaced))
    if None in infos:
        infos = [i or _spaced_info(t, g) for t, i in zip(spaced, infos)]
    ends = list(accumulate(map(len, spaced), initial=start))
    del ends[0]
    toks = list(map(Token, infos, ends))
    return toks, list(map(_START, toks))


_START = attrgetter("start")


def _spaced_known(g: Words) -> dict:
    """``spaced token -> (text, length, lower case, capitalised, a word)``, per language."""
    return g.derive(_spaced_known, lambda g: {})


def _spaced_info(spaced: str, g: Words) -> tuple:
    """What a token with the white space before it says (:func:`_features` of its text),
    remembered (up to ``_FEATURES_LIMIT`` spaced tokens per language)."""
    known = _spaced_known(g)
    if len(known) >= _FEATURES_LIMIT:
        known.clear()
    token = spaced.lstrip()
    found = known[spaced] = (token, len(token)) + _features(token, g)
    return found


def _spaced_tokens(g: Words) -> re.Pattern:
    """A token of ``g.TOKEN_RE`` with the white space before it."""
    return re.compile(r"\s*(?:" + g.TOKEN_RE.pattern + ")", g.TOKEN_RE.flags)


def tokenize(text: str, start: int, end: int, g: Words) -> list[Token]:
    """The tokens of ``text[start:end]`` (a sentence with a cue is tokenised whole)."""
    return tokenize_with_starts(text, start, end, g)[0]


def trim(text: str, s: int, e: int, chars: str = " \t\r\n\u00a0,;:\u2014\u2013-") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def is_tag(tok: Token, g: Words) -> bool:
    """A party and state tag ("R-Ky", "D-California"): it describes a speaker."""
    return g.PARTY_TAG is not None and tok.word and g.PARTY_TAG.match(tok.text) is not None


def skip_tag(toks: list[Token], b: int, g: Words) -> int:
    """The token before a party and state tag that ends at ``b`` ("Sen. Mike Lee, R-Utah
    said", "McConnell, R-Ky., who", "Graham, R-South Carolina, who"): the end of the name
    it describes; ``b`` when none."""
    k = b - 1 if b >= 1 and toks[b].text == "." else b
    if k >= 1 and toks[k].word and toks[k].cap and is_tag(toks[k - 1], g):
        k -= 1  # "R-South Carolina"
    if k >= 0 and is_tag(toks[k], g):
        k -= 1
        while k >= 0 and toks[k].text in {",", "("}:
            k -= 1
        return k
    return b


def skip_back(toks: list[Token], b: int, g: Words, progressive: bool = False) -> int:
    """Step back over auxiliaries (negated ones too: "didn't"), adverbs and time phrases
    that stand before a cue."""
    while b >= 0:
        low = toks[b].low
        if low in g.AUX and low != "who" and not _name_word(toks, b):  # "Will wrote": George Will
            b = _before_count(toks, b - 1, g) if low == "later" else b - 1  # "Fiorina a month later announced"
        elif low.endswith(("n't", "n\u2019t")) and low not in g.MODALS:
            b -= 1  # "he didn't say", "don't ask, don't tell": a negated auxiliary is never the subject
        elif progressive and low in g.BE:
            b -= 1
        elif low.endswith("ly") and len(low) > 4 and not toks[b].cap and low not in g.LY_NOUNS:
            b -= 1  # an adverb, not a noun in -ly ("The family said")
        elif low in g.TIME_WORDS and not (b >= 1 and toks[b - 1].low in {"the", "a"}) and not _name_word(toks, b):
            b -= 1
            while b >= 0 and toks[b].low in {"this", "last", "next", "that", "on", "in", "early", "late", "just", "earlier",
                                             "past"}:  # "Reince Priebus, the GOP chairman, this past week announced"
                b -= 1
            if low == "ago":  # "The State Department less than two weeks ago said"
                b = _before_count(toks, b, g)
        elif low in _FLOATING and b >= 1 and (toks[b - 1].low in g.AUX or toks[b - 1].low in g.BE):
            b -= 1  # "Trump and Sanders have both argued", "the senator would only say"
        elif low in g.SENTENCE_ADVERBS and not toks[b].cap and b >= 1 and toks[b - 1].word:
            b -= 1  # "He instead wrote", "who nonetheless insisted", "he too noted": the subject is before it
        else:
            break
    return b


#: What a count of time before "ago" is made of besides numbers ("less than two weeks ago").
_COUNTED = frozenset({u + x for u in ("second", "minute", "hour", "day", "week", "month", "year", "decade") for x in ("", "s")}
                     | {"a", "an", "than", "less", "more", "about", "nearly", "almost", "some", "over", "just", "only"})
def _before_count(toks: list[Token], b: int, g: Words) -> int:
    """The token before a count of time that ends at ``b`` ("less than two weeks", "a month"), or ``b``
    when no unit of time ends there."""
    if b < 0 or not toks[b].low.startswith(("second", "minute", "hour", "day", "week", "month", "year", "decade")):
        return b
    while b >= 0 and (toks[b].low in _COUNTED or toks[b].low in g.NUMBER_WORDS or toks[b].low.isdigit()):
        b -= 1
    return b


#: Words between an auxiliary and its verb that are no subject: floating quantifiers, "only",
#: "since" as an adverb ("Mrs. Clinton has since said").
_FLOATING = frozenset({"both", "all", "each", "only", "since"})


def np_back(toks: list[Token], i: int, lo: int, g: Words) -> int | None:
    """Start index of the noun phrase that ends at token ``i`` (inclusive), scanning back
    no further than token ``lo``; None when token ``i`` cannot end a noun phrase."""
    t = toks[i]
    if not t.word or (t.low in g.STOP - {"it", "this"} and not _name_word(toks, i)):
        return None
    if t.low in g.PRONOUNS or (t.low in g.FIRST_SECOND and not (i > lo and toks[i - 1].low == "of")):
        return i  # "I get what you say": "you", never "get what you" (but "many of you")
    j = i
    lower_words = 0
    possessive = t.low.endswith(("'s", "\u2019s"))  # "the president's": his, not "… undergirding the president's"
    survey = t.low in g.SURVEY_HEADS  # "a YouGov/CBS News poll": the slash joins two pollsters
    while j - 1 >= lo:
        j, step = _step_back(toks, j, lo, g, possessive, survey)
        survey = survey or toks[j].low in g.SURVEY_HEADS  # "a CNN/ORC International poll conducted"
        if step == "stop":
            break
        if step == "word":
            if not toks[j].cap:
                lower_words += 1
                if lower_words > 10:
                    j += 1
                    break
            if i - j > 20:
                break
    # "Breaking down what Mr Trump said", "questioned what Mr Trump said": a free relative's
    # subject follows its "what"; no phrase runs across it
    j = next((k + 1 for k in range(i - 1, j - 1, -1) if toks[k].low in _FREE_RELATIVES and not toks[k].cap), j)
    # a phrase may not begin with a preposition, nor a sentence adverb ("Maybe someone told him")
    while j < i and (toks[j].low in leading_preps(g) or toks[j].low in g.SENTENCE_ADVERBS):
        j += 1
    head = next((k for k in range(j + 1, i) if toks[k + 1].low in g.PREPS_IN_NP), i)  # "sources in Syria"
    if j < i and toks[j].low == "that" and (toks[j + 1].cap or plural(toks[head].low) or toks[j + 1].low[:1].isdigit()):
        j += 1  # "adds that opposition sources claim", "reports that Assad asked": "that" opens the clause
    poll = _survey_before(toks, j, lo, g)
    if poll is not None:  # "a YouGov/CBS News poll conducted Oct. 8-11 found": the poll
        start = np_back(toks, poll, lo, g)
        return j if start is None else start
    if j > lo and toks[j - 1].text == ",":
        return list_start(toks, j, i, lo, g, np_back, _is_head)  # "The leaders of the UK, France and Germany said"
    return j


#: Words that open a free relative clause ("what Mr Trump said").
_FREE_RELATIVES = frozenset({"what", "whatever"})


def _survey_before(toks: list[Token], j: int, lo: int, g: Words) -> int | None:
    """The head of a poll's phrase that a phrase starting at ``j`` goes on: "poll" (a
    ``survey_heads`` word) and a ``survey_modifiers`` word ("conducted", "taken", "of") in
    the few tokens before ("a YouGov/CBS News poll conducted Oct. 8-11", "a poll of 1,200
    voters": the poll, not "8-11" nor "200 voters"); None when none, or when a clause's
    word, a quotation mark or a comma between words stands between."""
    for k in range(j - 1, max(lo, j - 8) - 1, -1):
        t = toks[k]
        if t.low in g.SURVEY_MODIFIERS:
            return k - 1 if k - 1 >= lo and toks[k - 1].low in g.SURVEY_HEADS else None
        if t.text == "," and k - 1 >= lo and toks[k - 1].end == t.start and t.end == toks[k + 1].start \
                and toks[k - 1].low.isdigit() and toks[k + 1].low.isdigit():
            continue  # "1,200"
        if not (t.word or t.text == ".") or t.low in g.AUX or t.low in {"that", "which", "who", "and", "said", "says"}:
            return None
    return None


def _name_word(toks: list[Token], i: int) -> bool:
    """"May", "Will" written with a capital inside a sentence are names ("Theresa May
    said", "Will wrote", "state senator Will Smith": before a capital), not the modals."""
    if not (toks[i].low in {"may", "will"} and toks[i].text[0].isupper() and i > 0):
        return False
    if i + 1 < len(toks) and toks[i + 1].low[:1].isdigit():
        return False  # "On May 5"
    return toks[i - 1].cap or toks[i - 1].text in {",", "\u201d", '"', "''", "Mrs.", "Ms.", "Mr."} or (
        toks[i].low == "will" and i + 1 < len(toks) and toks[i + 1].cap)  # "state senator Will Smith said"


def leading_preps(g: Words) -> set:
    """Words a phrase may not begin with: prepositions."""
    return g.derive(leading_preps, lambda g: g.PREPS_IN_NP | {
        "what", "whom", "despite", "amid", "during", "after", "before", "since", "about", "against", "over", "unlike",
        "like", "among", "into", "onto", "toward", "towards", "through", "including"})


def _step_back(toks: list[Token], j: int, lo: int, g: Words, possessive: bool = False,
               slash: bool = False) -> tuple[int, str]:
    """One step back from a phrase starting at token ``j``: ``(new start, "word")`` for a
    word taken in, ``(new start, "skip")`` for a piece stepped over (a hyphen, a
    parenthesis, "of the", "and" between names), ``(start, "stop")`` where the phrase ends."""
    p = toks[j - 1]
    if not p.word:
        return _step_over_mark(toks, j, lo, g, slash)
    low = p.low
    if _name_word(toks, j - 1):
        return j - 1, "word"
    if low in g.DETERMINERS:
        # "a source on the ground": a determiner after a preposition goes on
        if j - 2 >= lo and toks[j - 2].low in g.PREPS_IN_NP and j - 3 >= lo and toks[j - 3].word \
                and toks[j - 3].low not in g.STOP:
            return j - 2, "skip"
        if not possessive and low in _ARTICLES and j - 3 >= lo and _reduced_relative(toks, j - 2, g):
            return j - 2, "skip"  # "Lawmakers opposing the bill said": the lawmakers, not the bill
        return j - 1, "stop"
    if (low in g.PRONOUNS and low not in {"her", "his"}) or low.endswith(_NEGATED) or pronoun_contraction(low, g):
        return j, "stop"  # and "Every time I've heard someone say", "Israelis don't …": a clause's subject and verb
    if low in g.STOP or low in g.AUX or low in {"and", "said", "says", "told"}:
        if low == "and" and j - 2 >= lo and toks[j - 2].cap and toks[j].cap:
            return j - 1, "skip"
        if low == "and" and j - 2 >= lo and _coordinated_noun(toks, j - 2, lo, g):
            return j - 1, "skip"  # "Doctors and medical associations said", "security and aviation officials"
        if low == "to" and j - 2 >= lo and toks[j - 2].low.endswith("ing") and toks[j - 2].low != "according":
            return j - 1, "skip"  # "the right to bear arms"; "according to X, which" is no phrase
        return j, "stop"
    return j - 1, "word"


def _step_over_mark(toks: list[Token], j: int, lo: int, g: Words, slash: bool = False) -> tuple[int, str]:
    """:func:`_step_back` over a token that is no word: a hyphen or an apostrophe inside a
    name, the last dot of an abbreviation, a parenthesis, with ``slash`` (in a poll's
    phrase) a slash between two names; else the phrase ends (not "Saul Loeb/AFP/Getty
    Images Trump", a photo's credit)."""
    p = toks[j - 1]
    if p.text in "-'\u2019" and j - 2 >= lo and toks[j - 2].word:  # "al-Assad", "O'Brien"; not '' quotes
        return j - 1, "skip"
    if slash and p.text == "/" and j - 2 >= lo and toks[j - 2].cap and toks[j].cap:
        return j - 1, "skip"  # a poll's "YouGov/CBS News", "Morning Consult/Politico": one name of two bodies
    if _abbreviation_dot(toks, j, lo, g):
        return j - 2, "word"
    if p.text in ")]":
        k = j - 2
        while k >= lo and toks[k].text not in "([" and j - k < 7:
            k -= 1
        if k - 1 >= lo and toks[k].text in "([" and toks[k - 1].word:
            return k, "skip"
    return j, "stop"


def _abbreviation_dot(toks: list[Token], j: int, lo: int, g: Words) -> bool:
    """The token before ``j`` is the last dot of an abbreviation, read as its own token:
    "U.S. officials"; not "fled to the U.S. Officials", where it may end a sentence, nor a
    party tag's state ("D-R.I.")."""
    letters = toks[j - 2].text.replace(".", "") if j - 2 >= lo else ""
    return toks[j - 1].text == "." and "." in toks[j - 2].text and letters.isalpha() and letters.isupper() \
        and toks[j].word and (not toks[j].cap or j - 3 < lo or toks[j - 3].low not in g.PREPS_IN_NP | g.DETERMINERS)


#: A negated auxiliary: "don't", "didn ’ t" (a tokenised text's, read as one word).
_NEGATED = ("n't", "n\u2019t")
#: What a pronoun's contraction stands for: is/has, are, have, had/would, will, am.
_CONTRACTED_VERBS = {"s", "re", "ve", "d", "ll", "m"}
_APOSTROPHE = re.compile("['\u2019]")


def pronoun_contraction(low: str, g: Words) -> bool:
    """A pronoun with its verb contracted: "they’re", "he's", "I ’ ve" (read as "i’ve")."""
    parts = _APOSTROPHE.split(low, maxsplit=1)
    return len(parts) == 2 and parts[0] in g.PRONOUNS and parts[1] in _CONTRACTED_VERBS


#: Determiners after which a participle's object may stand ("opposing the bill"); not "that",
#: which opens a clause after an adjective in -ing ("It’s interesting that …").
_ARTICLES = {"the", "a", "an", "his", "her", "their", "its"}


def _reduced_relative(toks: list[Token], k: int, g: Words) -> bool:
    """Token ``k`` is a present participle that follows a noun and opens the phrase after
    it ("Lawmakers | opposing | the bill", "Residents fleeing the fighting"): the phrase
    modifies that noun, which the subject goes on to."""
    t, prev = toks[k], toks[k - 1]
    return (not t.cap and t.word and t.low.endswith("ing") and len(t.low) > 5 and t.low not in _NOT_PARTICIPLES
            and prev.word and (prev.cap or plural(prev.low)) and prev.low not in g.STOP and prev.low not in g.AUX
            and prev.low not in g.DETERMINERS and not prev.low.endswith("ing") and "'" not in prev.text
            and "\u2019" not in prev.text)  # not "It’s interesting"


#: Words in -ing that are no participle of a reduced relative clause.
_NOT_PARTICIPLES = {"according", "including", "during", "notwithstanding", "regarding", "concerning", "following",
                    "something", "nothing", "anything", "everything", "morning", "evening", "building"}


#: Words that open a clause whose subject follows: "as doctors and medical associations have said".
_SUBORDINATORS = {"as", "while", "because", "since", "although", "though", "when", "if", "after", "before"}


def _coordinated_noun(toks: list[Token], k: int, lo: int, g: Words) -> bool:
    """Token ``k``, before "and", is a noun that opens its clause, so joined to the noun
    phrase after "and" ("Doctors and medical associations said", "Security and aviation
    officials", "according to administration and other officials"); a word after a verb or
    a preposition ("shelled the town and residents said") joins two clauses instead."""
    t = toks[k]
    if not t.word or t.low in g.STOP or t.low in g.AUX or t.low in g.PRONOUNS or t.low.endswith(("ly", "ing", "ed")):
        return False
    before = k - 1
    if before >= lo and toks[before].low in g.DETERMINERS:
        before -= 1
    if before < lo or before < 0:
        return True  # the clause's first words
    p = toks[before]
    return not p.word and p.text in {",", ";", ":", "(", "\u2014", "\u2013"} or p.low in _SUBORDINATORS or (
        p.low == "to" and before >= 1 and toks[before - 1].low == "according")


def and_phrase_end(toks: list[Token], st: int, e: int, g: Words) -> int:
    """The end of a noun phrase from token ``st`` to ``e`` with the phrase that "and" joins
    to it, when that phrase closes the clause and is a description ("according to
    administration and other officials, …", "police and witnesses.") or the rest of a body's
    name ("the Centers for Medicare and Medicaid Services"); ``e`` otherwise ("CNN and the New
    York Times", "Gartenstein-Ross and Barr": two speakers, the first the one named here)."""
    if not (e + 1 < len(toks) and toks[e].low == "and" and toks[e - 1].word):
        return e
    after = np_forward(toks, e + 1, len(toks), g)
    if after is None or (after < len(toks) and toks[after].text not in {",", ".", ";"}):
        return e
    described = not toks[after - 1].cap
    named = toks[e + 1].cap and any(t.low in {"for", "of"} for t in toks[st:e])
    return after if described or named else e


def np_forward(toks: list[Token], i: int, hi: int, g: Words, *, subject: bool = False) -> int | None:
    """End index (exclusive) of the noun phrase starting at token ``i``; a ``subject``
    ends at a verb in the past ("The campaign sent …")."""
    if i >= hi or not toks[i].word:
        return None
    t = toks[i]
    if t.low in g.PRONOUNS:
        return i + 1
    j = i
    seen_cap = False
    while j < hi:
        p = toks[j]
        if not p.word:
            if p.text in "-'\u2019." and j + 1 < hi and toks[j + 1].word and not (
                    p.text == "." and p.end == toks[j + 1].start and toks[j + 1].cap):
                j += 1  # "al-Assad", "U.S. officials"; not "The Tennessean.Chambliss said" (a space lost)
                continue
            break
        low = p.low
        if (low in g.STOP and not (p.cap and _name_word(toks, j))) or (low in g.TIME_OR_PLACE and low not in {"this"} and j > i) \
                or low in {"said", "says", "told"}:  # (not "state senator Will Smith Jr.")
            if (low in {"of", "for"} or (j - 1 > i and g.ADJECTIVE_PREPS.get(toks[j - 1].low) == low)) \
                    and j + 1 < hi and toks[j + 1].word:
                j += 1  # and "people familiar with the matter", "a source close to the family"
                continue
            break
        if (low in g.PREPS_IN_NP and j > i and low not in {"of", "for"}) or (j > i and low.endswith(_NEGATED)):
            break  # "Many Israelis don't consider …": the verb ends the phrase
        if subject and j > i and _verb_of_subject(toks, i, j, hi, g):
            break
        if p.cap and not (j == i and low in g.DETERMINERS):  # "The" opening a sentence is no name
            seen_cap = True
        elif seen_cap and low not in g.DETERMINERS and low not in {"of", "for", "al", "bin", "ibn", "de", "van", "von"}:
            # lower-case word after a name: the name has ended, unless a head noun follows
            # ("the Tass news agency", "Syria's state news agency", "Republican lawmakers",
            # "White House press secretary Sean Spicer")
            head = _head_after_name(toks, j, hi, g)
            if head is None:
                break
            j = head
        j += 1
        if j - i > 14:
            break
    return list_end(toks, j, hi, g) if j > i else None  # "The leaders of France, Germany and Italy, three …"


def _verb_of_subject(toks: list[Token], i: int, j: int, hi: int, g: Words) -> bool:
    """The word at ``j`` (after the subject's first word ``i``) is the subject's verb."""
    p = toks[j]
    if p.cap:
        return False
    low = p.low
    if j >= i + 2 and not toks[j - 1].cap and toks[j - 1].low not in g.DETERMINERS \
            and (low.endswith("ed") or low in g.PAST_VERBS):
        return True  # "The campaign sent …"
    if low in g.PAST_VERBS:
        # "The left believes …", "The left is …": after an article, with a verb next, the word is its noun
        return not (j == i + 1 and toks[i].low in g.ARTICLES and j + 1 < hi and _finite(toks[j + 1], g))  # "Trump went …"
    if low in g.PRESENT_VERBS:
        return True  # "The administration believes Assad …"
    if (low in g.AUX or (len(low) > 6 and low.endswith("ally"))) and j + 1 < hi and _finite(toks[j + 1], g) \
            and not toks[j + 1].low.endswith(_NEGATED):
        return True  # "The right generally supports …": an adverb before the verb is none of the subject
    # "Many use the Individual Taxpayer Identification Number and claim …": "the" opens the verb's object
    return j + 1 < hi and toks[j + 1].low in g.OBJECT_AFTER_VERB and low not in g.NOT_VERBS_BEFORE_OBJECT \
        and not low.endswith("ing")


def _finite(t: Token, g: Words) -> bool:
    """A verb that ends a subject: a past or present form that does (``past_verbs``,
    ``present_verbs``) or a negated auxiliary ("doesn't")."""
    return not t.cap and (t.low in g.PAST_VERBS or t.low in g.PRESENT_VERBS or t.low.endswith(_NEGATED))


def _is_head(low: str, g: Words) -> bool:
    """A noun that heads a phrase of people or a body: a role ("spokesman"), a body
    ("agency", "media"), or the plural of one ("lawmakers", "officials")."""
    heads = g.derive(_is_head, lambda g: g.PERSON_ROLES | g.OF_HEADS | g.NAME_HEADS)
    return low in heads or (low.endswith("s") and low[:-1] in heads) or (
        low.endswith(("man", "woman", "er", "ers", "ist", "ists", "ent", "ents", "ant", "ants", "ian", "ians"))
        and len(low) > 5 and low not in _NOT_HEADS and low not in g.PAST_VERBS)


#: Words that end as a noun of people does and are none ("however", "urgent").
_NOT_HEADS = {"however", "ever", "never", "rather", "together", "either", "neither", "further", "whatever", "whenever",
              "wherever", "whoever", "moreover", "recent", "current", "urgent", "different", "apparent", "important",
              "relevant", "independent", "confident", "present", "silent", "patient", "consistent"}


def _head_after_name(toks: list[Token], j: int, hi: int, g: Words) -> int | None:
    """Where a name's phrase goes on when the lower-case words at ``j`` (at most three,
    none a grammar word) end in a head noun (:func:`_is_head`): the index of that noun."""
    found = None
    for k in range(j, min(j + 3, hi)):
        t = toks[k]
        low = t.low
        if not t.word or t.cap or low in g.STOP or low in g.TIME_OR_PLACE or low in g.PREPS_IN_NP \
                or low in g.DETERMINERS or low in g.AUX or low in g.BE or low.endswith(("ing", "ed", "ly")):
            break
        if _is_head(low, g):
            found = k
    return found


def is_appositive(text: str, s: int, e: int) -> bool:
    seg = text[s:e].strip().lower()
    return _APPOSITIVE_OPENING.match(seg) is not None and len(seg.split()) <= 30


_APPOSITIVE_OPENING = re.compile(r"(?:a|an|no|the|who|which|whose|one|its|his|her|their)\b")


def looks_like_name(toks: list[Token], g: Words) -> bool:
    """Capitalised words that can name a person or body: not a time ("August",
    "Tuesday"), nor a party and state tag ("R-Ky.")."""
    words = [t for t in toks if t.word]
    if not words or len(words) > 7 or all(t.low in g.TIME_WORDS for t in words) or (
            len(words) == 1 and (words[0].low in g.SENTENCE_ADVERBS or words[0].low in g.LEAD_WORDS)):
        return False  # "Overall, a plurality of Americans calls …", "Well, a feminist writer … suggests": no one
    if g.PARTY_TAG is not None and g.PARTY_TAG.match(words[0].text) and len(words) <= 3:
        return False  # "R-Ky.", "D-New Hampshire": the speaker's party and state
    caps = sum(1 for t in words if t.cap or t.low in {"al", "bin", "ibn", "de", "of", "for", "the"})
    return words[0].cap and caps == len(words)


def adverbial(toks: list[Token], start: int, g: Words) -> bool:
    """The phrase at token ``start`` is a time or place adverbial ("In August", "On
    Tuesday"): it follows a preposition, opens with one, or is a time word."""
    return (start >= 1 and toks[start - 1].low in g.PREPS_IN_NP | {"during", "since", "after", "before", "last", "this"}) \
        or toks[start].low in g.TIME_WORDS or toks[start].low in g.PREPS_IN_NP  # "On Wednesday, however, the director …"


def segment_start(toks: list[Token], i: int) -> int | None:
    j = i
    while j - 1 >= 0 and toks[j - 1].text not in {",", ";", ":", "\u201d", "\u201c", '"', "(", ")"}:
        j -= 1
        if i - j > 30:
            return None
    return j


def sentences_of(text: str, facts: TextFacts, g: Words, cue_starts: list[int] | None = None) -> list[tuple[int, int]]:
    """The sentences of the text's body, paragraph by paragraph (a dateline that opens a
    paragraph left out), split by the sentence ends of the language of ``g``. Given the (sorted) starts of the cues, a
    paragraph with no cue and no quotation stays one span: nothing in it is read but that
    it has no quotation, and splitting it would cost as much as the rest."""
    rules = sentence_rules(g.language)
    out = []
    dateline = g.DATELINE
    for ps, pe in facts.paragraph_spans(text):
        if pe > facts.body_end:
            pe = facts.body_end
        if dateline is not None:
            m = dateline.match(text, ps, pe)  # "WASHINGTON —": where it was filed, never a speaker
            if m is not None:
                ps = m.end()
        if pe <= ps:
            continue
        quoted = facts.quotes_between(ps, pe)
        if cue_starts is not None and not quoted:
            i = bisect.bisect_left(cue_starts, ps)
            if i == len(cue_starts) or cue_starts[i] >= pe:
                out.append((ps, pe))
                continue
        spans = split_sentences(text, ps, pe, rules)
        out.extend(_whole_quotations(spans, facts) if quoted and len(spans) > 1 else spans)
    return out


def _whole_quotations(spans: list[tuple[int, int]], facts: TextFacts) -> list[tuple[int, int]]:
    """Sentences joined where a cut falls inside a quotation ("“USA! USA!” they
    chanted." is one sentence, and so is a quotation of several sentences with its cue),
    whatever its marks: curly marks, guillemets, straight or doubled single marks ('"…"',
    "''…''"), closed or left open to the paragraph's end (a quotation that goes on in the
    next paragraph). A text's sentences, and so its attributions, do not change with its
    quote style."""
    out = spans[:1]
    for s, e in spans[1:]:
        q = facts.quote_at(s)
        if q is not None and q.start < out[-1][1]:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
