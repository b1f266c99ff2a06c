"""One text from cues to attributions: find the cues (:meth:`CueTable.find`), set each in
its window of tokens, drop those that are not reports (:data:`CHECKS`, each named), find
the speaker and content (:mod:`.speakers`), add continuation quotes and the kind."""

from __future__ import annotations

import bisect
import re

from ..cues import CueTable, cues_of
from ..text import TextFacts
from .acts import act_object
from .content import finish, same_sentence
from .descriptions import drop_trailing_tag, split_hometown, split_posting
from .highlights import highlight_lines
from .listeners import addressee
from .passives import passive_by, reduced_relative_by
from .phrases import leading_preps, np_back, sentences_of, tokenize_with_starts
from .posts import embedded_posts
from .records import WINDOW, Attribution, CueSite
from .speakers import NONE, find_speaker, subject_end, unnamed_question, went_on, with_phrase
from .transcripts import transcript_lines
from .words import Words, words_of

_BEFORE_PARTICIPLE = {"as", "while", "when", "after", "before", "is", "was"}  # and the forms of "be", auxiliaries
_FOR_ON = re.compile(r"\s*(?:for|on|upon)\b")


# The checks: each says why a cue is not a report here (True: drop it). "according to" is
# always a report.

def _number(tok, g: Words) -> bool:
    return tok.low.replace(",", "").isdigit() or tok.low in g.NUMBER_WORDS


def _possessive(tok) -> bool:
    # a "'s" split off its word ("She 's called for", "Smith 's claims") may be "is" or "has": not judged
    return tok.low.endswith(("'s", "\u2019s")) and tok.low not in {"it's", "it\u2019s", "he's", "he\u2019s", "she's",
                                                                   "she\u2019s", "that's", "that\u2019s", "'s", "\u2019s"}


_OBJECT_PRONOUNS = {"her", "him", "them", "me", "us", "himself", "herself", "themselves", "itself", "this"}
_VERBS_AFTER_NOUN = {"show", "shows", "showed", "reveal", "reveals", "revealed", "suggest", "suggests", "suggested",
                     "indicate", "indicates", "indicated", "say", "said", "found", "find", "finds", "are", "were", "is",
                     "was", "have", "has", "had"}
_AFTER_NOUN = {"and", "or", "but", "from", "with", "in", "each", "against", "into"}
#: Words before a noun form that make it a verb ("who reports", "he often claims").
def _not_modifiers(g: Words) -> set:
    return g.derive(_not_modifiers, lambda g: g.PRONOUNS.keys() | g.AUX | g.BE | g.MODALS | {
        "who", "which", "that", "and", "or", "but", "also", "often", "never", "still", "now", "then", "just", "even",
        "again", "only", "first", "later", "once", "always"})


def noun_not_verb(site: CueSite) -> bool:
    """"amid reports of", "the claims", "35 states that", "the United States", "her
    challenger's bold promises": a form that is a noun here."""
    g = site.g
    prev, nxt = site.prev, site.nxt
    if site.form not in site.cues.noun_forms:
        return False
    if nxt is not None and nxt.low == "of":
        return True
    if prev is None or (nxt is not None and nxt.low in _OBJECT_PRONOUNS):
        return False  # "and calls her “an extremely intelligent woman”": a verb with its object
    if site.form == site.lemma and prev.low in {"to", "and", "or"}:
        return False  # "went on to claim that", "and say the word louder": the bare form is a verb
    if (prev.low in g.NOUN_CONTEXT and not (prev.cap and prev.low in {"news", "press", "media"})) or _number(prev, g) \
            or prev.low == "united":
        return True  # "media reports"; but "Fox News reports:", "The Associated Press reports"
    if nxt is not None and nxt.low in _VERBS_AFTER_NOUN:
        return True  # "FEC reports show …": the subject of another verb
    clause = nxt is not None and (nxt.low in {"that", "to", "for", "about", "on"} or nxt.text in g.OPEN_Q + ":" or _subject(nxt))
    before = site.tok(site.ci - 2)
    if site.form == site.lemma and before is not None and before.low in {"a", "an", "this", "every", "each", "another"} \
            and prev.low not in g.TIME_WORDS:  # but "Journalists on the scene this morning report that …"
        return True  # "a CNN report that …": a singular subject never takes the bare form
    if prev.word and not prev.cap and prev.low not in _not_modifiers(g) and not prev.low.endswith("ly") and nxt is not None \
            and ((not nxt.word and nxt.text not in g.OPEN_Q + ":") or nxt.low in _AFTER_NOUN):
        return True  # "investigative reports and …", "file campaign finance reports to the FEC"
    # "her challenger's bold promises"; but "Trump's claim that …", "Obama's calls for …"
    # are reports, whose source is the possessor
    return (_possessive(prev) or (before is not None and _possessive(before) and not prev.cap)) and not clause


_PARTICIPLES_EN = {"written", "spoken", "given", "shown"}
#: "it's", "what's", "that's" before a participle are "is" ("as it's currently written");
#: after a name or "he" the "'s" is as often "has" ("he's predicted big wins").
_IS_CONTRACTED = {"it's", "what's", "that's"}
_CLAUSE_WORDS = {"that", "when", "as", "while", "of", "about", "if", "because", "though", "although", "but", "and", "so"}
_BEFORE_NOUN = {"in", "of", "among", "more", "fewer", "enough", "many", "most", "current", "with"}
_NOT_NOUNS = {"that", "to", "by", "on", "in", "at", "for", "as", "with", "about", "from", "of", "and", "or", "but"}


def adjective(site: CueSite) -> bool:
    """"271 pledged delegates", "the alleged attack", "reported cases", "a lead in
    pledged delegates", "Curiel's alleged bias": a past participle before a noun, after
    a number, a determiner, a possessive or a preposition."""
    g = site.g
    prev, nxt = site.prev, site.nxt
    if not (site.form.endswith("ed") or site.form in _PARTICIPLES_EN) or prev is None or nxt is None or not nxt.word:
        return False
    if site.lemma == "allege" and not nxt.cap and nxt.low not in _NOT_NOUNS | g.PRONOUNS.keys() | g.DETERMINERS | g.TIME_OR_PLACE \
            and (not nxt.low.endswith(("ly", "ing")) or (nxt.low.endswith("ing") and prev.low in g.PREPS_IN_NP | {"over", "about"})):
        return True  # "alleged fraud", "investigate alleged pay-to-play policies", "a scandal over alleged targeting"
    if _possessive(prev) and site.form in g.POSSESSOR_STATES:
        return False  # "the law's stated purpose": the possessor's report
    return ((prev.low in g.DETERMINERS or _number(prev, g) or (not nxt.cap and (_possessive(prev) or prev.low in _BEFORE_NOUN)))
            and nxt.low not in _NOT_NOUNS and nxt.low not in g.PRONOUNS)


_SUBJECTS = {"he", "she", "they", "we", "i", "there"}


def _subject(tok) -> bool:
    """A subject pronoun opens what follows: "he", "they're", "he’d", "there's"."""
    return tok is not None and re.split(r"['\u2019]", tok.low, maxsplit=1)[0] in _SUBJECTS


def no_that(site: CueSite) -> bool:
    """"found", "agreed" count only before a clause ("that", or a subject pronoun: "most
    Republicans agreed they had …") or a colon and a quotation ("Mook agreed: “…”"), and
    never inside a quotation."""
    g = site.g
    nxt = site.nxt
    if nxt is not None and (nxt.low in g.WEEKDAYS or nxt.low in {"today", "yesterday", "publicly", "privately"}):
        after = site.tok(site.cj + 2)  # "agreed Saturday that …"
        nxt = after if after is not None and after.low == "that" else nxt
    return site.lemma in site.cues.that_only and (site.nested or not (nxt is not None and (
        _subject(nxt) or nxt.low == "that" or site.colon_quote())))


def no_clause(site: CueSite) -> bool:
    """"states", "reports", "claims": only before a clause ("that", a colon, a quotation
    mark, a subject pronoun; after a name or a pronoun, any subject)."""
    g = site.g
    nxt, prev = site.nxt, site.prev
    if site.form not in site.cues.needs_clause:
        return False
    if nxt is not None and (nxt.low == "that" or nxt.text in g.OPEN_Q + ":" or _subject(nxt)):
        return False
    if _after_quotation(site):
        return False  # "“…,” the report states", "“…,” he claims"
    # "The Turkish government claims Gülen runs …", "who he claims has been unfair": a verb
    # in -s after a name or a pronoun takes a clause without "that" ("Western states" is a
    # noun after a capital)
    verb = site.form.endswith("s") and site.form != "states" and site.text[site.cs].islower() and prev is not None and (
        prev.low in {"he", "she", "it", "who", "which"} or (prev.cap and prev.word) or _definite_subject(site))
    return not (verb and nxt is not None and nxt.word and nxt.low not in _NOT_NOUNS)


def _after_quotation(site: CueSite) -> bool:
    """The cue follows a quotation and its speaker ("“…,” she continued", "“…,” the report
    states") or the quotation itself ("“…,” continued Smith")."""
    toks, g, k = site.toks, site.g, site.ci - 1
    if k >= 0 and toks[k].word and (toks[k].low in g.PRONOUNS or toks[k].cap):
        k -= 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    return k >= 0 and k < site.ci - 1 and toks[k].text in g.CLOSE_MARKS


def _definite_subject(site: CueSite) -> bool:
    """"The Turkish government claims Gülen …": a definite noun phrase before the cue and
    what opens a clause after it (a name, a determiner)."""
    g = site.g
    b, toks, nxt = site.ci - 1, site.toks, site.nxt
    if not (toks[b].word and not toks[b].cap and nxt is not None and (nxt.cap or nxt.low in g.DETERMINERS)):
        return False
    st = np_back(toks, b, 0, g)
    return st is not None and st < b and toks[st].low in {"the", "this"}


def gerund(site: CueSite) -> bool:
    """"by saying", "the bill's language outlining": an -ing form that is not a report. One
    after "and" or a noun counts before "that", a colon or a quotation ("an email saying
    that"), and "calling for"/"calling on" after a noun ("protesters calling for …")."""
    g = site.g
    prev = site.prev
    if not site.form.endswith("ing"):
        return False
    if prev is not None and prev.cap and site.text[site.cs].isupper():
        return True  # a title: "Rubio Responds … By Saying We Need …"
    if prev is not None and prev.low in {"by", "upon"}:
        # "distanced himself … by saying he would …"; not "by admitting more students"
        return not (site.lemma in site.cues.speech and (
            site.clause_follows(colon=True) or _subject(site.nxt) or site.lemma in site.cues.takes_object
            or (site.nxt is not None and site.nxt.low == "to")))
    if prev is None:
        return not site.clause_follows(colon=True)  # "Chanting “Bernie!”, the crowd surged"
    if prev.low in g.PREPS_IN_NP | {"by", "about", "without", "of"}:
        return True
    if prev.text in {",", "'"} | g.DASHES | set(g.CLOSE_Q) or prev.low in g.BE or prev.low in g.AUX or prev.low in _BEFORE_PARTICIPLE:
        return False
    if prev.low == "and" and same_sentence(site.earlier, site.sent, site.cs):
        return False  # "calling it “illogical” and saying he wants to …"
    if prev.low in g.MESSAGE_NOUNS and site.lemma in site.cues.speech and site.nxt is not None and (
            _subject(site.nxt) or site.nxt.low in g.DETERMINERS or site.nxt.cap):
        return False  # "a statement saying the attack was unjustified": the message's words, "that" left out
    if site.lemma == "call" and prev.word and prev.low not in g.STOP and site.nxt is not None \
            and site.nxt.low in {"for", "on", "upon"}:
        return False  # "protesters in Cairo calling for the reinstatement of …": the noun's call
    return not (prev.word and (site.clause_follows(colon=True) or with_phrase(site) is not None))


def not_speech_sense(site: CueSite) -> bool:
    """"people accused of rape", "asked for" at the end, "claims to be", "added to the
    confusion", "claiming 41 percent of the vote", "had confirmed 68 nominees", "added 255,000 jobs", "added another facet", "written off", "reported from Washington" (a byline)."""
    g = site.g
    nxt, lemma = site.nxt, site.lemma
    if nxt is None:
        return False
    return ((lemma == "accuse" and nxt.low == "of" and not site.form.endswith("ing"))
            or (lemma == "add" and (nxt.low == "to" or (
                site.prev is not None and site.prev.word and nxt.word and not nxt.cap and not _subject(nxt)
                and nxt.low not in g.TIME_OR_PLACE | _CLAUSE_WORDS and not nxt.low.endswith("ly")
                and not _finite_verb_ahead(site))))
            or (lemma == "report" and nxt.low == "from")
            or (lemma in {"claim", "confirm"} and nxt.low.replace(",", "").isdigit())
            or (lemma == "add" and _amount(site, site.cj + 1))
            or (lemma == "write" and nxt.low in {"off", "into"})
            or (lemma == "ask" and nxt.low == "for" and site.cj + 2 >= len(site.toks))
            or (lemma == "claim" and nxt.low == "to")
            # "if the pregnancy threatens the woman's life": a threat is reported with "to", a
            # clause or a condition ("threatened retaliation if Assad used them")
            or (lemma == "threaten" and nxt.low not in {"to", "that"} and nxt.text not in g.OPEN_Q and not _subject(nxt)
                and not _condition_follows(site)))


_FINITE = {"will", "would", "is", "are", "was", "were", "has", "have", "had", "could", "should", "must", "can", "may",
           "might", "needs", "remains"}


def _finite_verb_ahead(site: CueSite) -> bool:
    """A clause without "that" follows the cue: a noun phrase, then a finite verb before
    any punctuation ("He added the next president will need …"; not "added 255,000 jobs")."""
    for k in range(site.cj + 2, min(site.cj + 7, len(site.toks))):
        t = site.toks[k]
        if not t.word:
            return False
        if t.low in _FINITE:
            return True
    return False


def _condition_follows(site: CueSite) -> bool:
    """"if" or "unless" after the cue before the clause's next punctuation."""
    for k in range(site.cj + 1, min(site.cj + 16, len(site.toks))):
        t = site.toks[k]
        if not t.word and not (t.text == "." and "." in site.toks[k - 1].text):  # "U.S." goes on
            return False
        if t.low in {"if", "unless"}:
            return True
    return False


_ABOUT = {"around", "about", "nearly", "almost", "roughly", "some", "more", "over", "another", "an", "a"}


def _amount(site: CueSite, i: int) -> bool:
    """A number or a sum of money opens the object at token ``i`` ("added around 292,000
    jobs", "added $2 billion")."""
    tok = site.tok(i)
    if tok is not None and tok.low in _ABOUT and i - site.cj <= 2:
        tok = site.tok(i + 1)
        if tok is not None and tok.low == "than":
            tok = site.tok(i + 2)
    return tok is not None and (tok.low.replace(",", "").replace(".", "").isdigit() or tok.text.startswith("$"))


def idiom(site: CueSite) -> bool:
    """"having said that", "needless to say", "truth be told", "get their say" (a noun),
    "to say the least" (:data:`~.words.IDIOMS`)."""
    g = site.g
    before = g.IDIOMS.get(site.form)
    if before is None:
        return False
    text, (ws, we), cs, ce = site.text, site.window, site.cs, site.ce
    lo, hi = max(ws, cs - 20), min(we, ce + 20)
    if before.search(text, lo, cs):
        return True
    if site.form != "say":
        return False
    before, not_after = g.SAY_NOUN
    if before.search(text, lo, cs) and not not_after.match(text, ce, hi):
        return True
    before, after = g.TO_SAY_THE_LEAST
    return before.search(text, lo, cs) is not None and after.match(text, ce, hi) is not None


def modal(site: CueSite) -> bool:
    """"would tell", "could say": not a report. Before a past form the word is a name
    ("Theresa May said", "Will wrote")."""
    g = site.g
    prev = site.prev
    return prev is not None and prev.low in g.MODALS and not (prev.cap and site.form.endswith(("ed", "id", "ld", "te")))


def label_not_report(site: CueSite) -> bool:
    """"called" only before a quotation, "for", "on" or after a subject; never in "what he
    called …" (a label, not a report) unless a quotation follows."""
    g = site.g
    if site.lemma not in site.cues.quote_or_for:
        return False
    prev, rest = site.prev, site.text[site.ce:site.window[1]]
    subj = prev is not None and (prev.low in g.PRONOUNS or prev.low in {"has", "have", "had", ",", "and", "but"} or prev.cap
                                 or (_definite_subject(site) and not site.nxt.cap))
    if not (_FOR_ON.match(rest) or any(c in rest for c in g.OPEN_Q) or "''" in rest or subj):
        return True
    # "what he called the economy" is a label; "what aide Kevin Phillips called “the
    # beginning of a new era”" (or ''the prior economy model'') quotes him
    quoted = site.nxt is not None and (site.nxt.text in g.OPEN_Q or site.text.startswith("''", site.nxt.start))
    return not quoted and any(t.low == "what" for t in site.toks[max(0, site.ci - 4):site.ci])


_NAME_JOINS = {"of", "for", "the", "and", "&"}


def _call_ends(g: Words) -> set:
    return g.derive(_call_ends, lambda g: {".", ";", "to", "and", "again", "back", "this", "shortly", "after", "before",
                                           "at", "last", "yesterday", "today", "tonight"} | g.WEEKDAYS)


def _after_name(site: CueSite, k: int) -> int | None:
    """The token after the name that opens at ``k`` ("the", then a quotation or capitalised
    words: "the “chained CPI”", "Citizens for Trump", "Future 45"), or None when none opens."""
    g = site.g
    toks = site.toks
    if k < len(toks) and toks[k].low in {"a", "an", "the"}:
        k += 1  # "the tax loophole called an “inversion”"
    if k >= len(toks):
        return None
    q = site.facts.quote_starting_at(toks[k].start)
    if q is not None:
        return bisect.bisect_left([t.start for t in toks], q.end, lo=k)
    if not (toks[k].cap and toks[k].word) or _possessive(toks[k]) or toks[k].low in g.WEEKDAYS:
        return None
    while k < len(toks) and ((toks[k].cap and toks[k].word and not _possessive(toks[k]) and toks[k].low not in g.WEEKDAYS)
                             or toks[k].low.isdigit() or (
            toks[k].low in _NAME_JOINS and k + 1 < len(toks) and toks[k + 1].cap)):
        k += 1
    return k


def _common_noun(tok, before, g: Words) -> bool:
    """A common noun ("a play", "officials"), or an acronym after a lower-case word ("a super PAC")."""
    if tok is None or not tok.word or tok.low in _not_modifiers(g) or tok.low.endswith("ly") or tok.low in g.PRONOUNS \
            or tok.low in {"what", "whom", "it", "you"}:
        return False
    return not tok.cap or (tok.text.isupper() and len(tok.text) > 1 and before is not None and before.word
                           and not before.cap)


def naming(site: CueSite) -> bool:
    """"called" with no report: after a common noun it gives that thing its name ("a
    company called Cambridge Analytica, which …", "a play called “Los Hijos de Trump”");
    with a person and nothing said of them it is a telephone call ("Mr. Obama called
    Naghmeh Abedini.", "she called Sanders to congratulate him"). It stays a report when
    what follows the name says something of it ("a lawmaker called Trump “the orange
    prince”", "called Trump a liar", "called Mr. Trump's comments …")."""
    g = site.g
    prev, toks = site.prev, site.toks
    if site.form != "called" or prev is None:
        return False
    at = site.ci - 2 if prev.text == "," else site.ci - 1  # the noun, before a comma or not
    if _common_noun(site.tok(at), site.tok(at - 1), g):
        k = _after_name(site, site.cj + 1)
        if k is not None:
            after = toks[k] if k < len(toks) else None
            return after is None or not (after.text in g.OPEN_Q or after.low in g.DETERMINERS - {"that"} or (
                _possessive(after)) or (after.word and after.cap) or site.text.startswith("''", after.start))
    nxt = site.nxt
    if nxt is None or nxt.text in {".", ";"}:
        return True  # "Then, last week, Eric Trump called."
    k = site.cj + 2 if nxt.low in _OBJECT_PRONOUNS - {"this", "himself", "herself", "themselves", "itself"} else (
        _after_name(site, site.cj + 1) if nxt.cap and nxt.text not in g.OPEN_Q else None)
    return k is not None and k > site.cj + 1 and (k >= len(toks) or toks[k].low in _call_ends(g))


_HEADLESS = {"what", "whatever", "anything", "everything", "nothing", "something", "things"}


def _when_said(g: Words) -> set:
    return g.derive(_when_said, lambda g: g.WEEKDAYS | {
        "today", "yesterday", "tonight", "on", "last", "this", "week", "month", "year", "earlier", "later", "privately",
        "publicly", "repeatedly", "often"})


#: One of them as a word (the lookahead, their first letters, spares trying each at every place).
_HEADLESS_RE = re.compile(r"(?i)\b(?=[" + "".join(sorted({w[0] for w in _HEADLESS})) + r"])(?:" + "|".join(sorted(_HEADLESS)) + r")\b")
_CLAUSE_AFTER = {"that", "was", "is", "were", "are", "would", "will", "had", "has", "could", "should", "might", "must"}


def _finite_after(t, g: Words) -> bool:
    """A verb in the present or past right after the cue: the "what" is its subject and
    what was said ("what Claire Hardaker said sounds like a London accent", "what
    authorities say motivated him", "what investigators said evidence shows")."""
    return t.word and not t.cap and (t.low in g.PAST_VERBS or t.low.endswith("ed") or (
        t.low.endswith("s") and not t.low.endswith(("ss", "us", "is")) and len(t.low) > 3))


def headless_relative(site: CueSite) -> bool:
    """"what his parents told him", "Nothing the president said", "everything Trump
    says", "the outrageous things Donald Trump said about Latinos": the cue's object is
    the "what" before its subject, and the sentence does not say what was said. It stays a
    report before a clause or a quotation ("what they say was her mishandling of secrets",
    "what aide Kevin Phillips called “the beginning of a new era”"), a verb ("what Hardaker
    said sounds like …"), a clause ("… said evidence shows was …", "what Trump says his tax
    plan would do"), a dash before "that" or
    a clause ("what Kerry said on Wednesday -- that …") or a colon that
    closes the clause ("Here's what they've told us to expect: …")."""
    g = site.g
    b, toks, nxt = site.back, site.toks, site.nxt
    if b < 0 or not toks[b].word or site.nested or site.lemma not in {"say", "tell", "write"}:
        return False
    if _HEADLESS_RE.search(site.text, toks[max(0, b - 22)].start, site.cs) is None:
        return False  # none of the words within np_back's reach (a quick look in C)
    st = np_back(toks, b, 0, g)
    if st is None or not ((st >= 1 and toks[st - 1].low in _HEADLESS) or (toks[st].low in _HEADLESS and st < b)):
        return False
    # "with what Hardaker said sounds like …": a preposition's "what" is the subject of the verb
    # after the cue, which the speaker reports (not "Nothing the president said surprised them")
    wh = st - 1 if st >= 1 and toks[st - 1].low in _HEADLESS else st
    after_prep = toks[wh].low == "what" and wh >= 1 and toks[wh - 1].low in leading_preps(g)
    k = site.cj + 1
    while k < len(toks) and k - site.cj <= 3 and toks[k].low in _when_said(g):
        k += 1  # "what the coalition said Sunday was …"
    nxt = toks[k] if k < len(toks) else None
    if nxt is not None and (nxt.low in _CLAUSE_AFTER or nxt.low == "as" or nxt.text in g.OPEN_Q + ":" or _subject(nxt)
                            or site.text.startswith("''", nxt.start) or (after_prep and _finite_after(nxt, g))):
        return False
    d = k
    while d < len(toks) and toks[d].text in g.DASHES:
        d += 1  # "--" may be two tokens
    if d > k and d < len(toks) and (toks[d].low in {"that", "the", "a", "an"} or toks[d].text in g.OPEN_Q):
        return False  # "what Kerry said on Wednesday -- that the violence was …", "… said all along — the slaughter was …"
    if nxt is not None and nxt.word and not nxt.cap and k + 2 < len(toks) and nxt.low not in g.STOP \
            and nxt.low not in g.PREPS_IN_NP and nxt.low not in _OBJECT_PRONOUNS and toks[k + 1].low.endswith("s") \
            and (toks[k + 2].low in g.BE or toks[k + 2].low in g.PAST_VERBS):
        return False  # "what FBI investigators said evidence shows was …": a clause of its own
    if site.cj + 1 < len(toks) and toks[site.cj + 1].low in g.DETERMINERS and site.lemma != "tell":
        return False  # "what Trump says his tax plan would do": the clause said opens (but "told the reporters")
    # "Here's what they've told us to expect: “…”": a colon that closes the clause opens what was said
    return not any(t.text == ":" for t in toks[site.cj + 1:site.cj + 7])


#: The checks a cue (other than "according to") must pass, in order.
CHECKS = (noun_not_verb, adjective, no_that, no_clause, gerund, not_speech_sense, act_object, idiom, modal, naming,
          headless_relative, label_not_report)


def _passive_or_infinitive(site: CueSite):
    """Passives and infinitives: ``(True, attribution or None)`` when the cue is one ("was
    reported by X": the agent speaks; "is said to", "declined to say": no attribution),
    ``(False, None)`` otherwise."""
    g = site.g
    toks, low_form = site.toks, site.form
    back = site.ci - 1
    while back >= 0 and toks[back].low in g.AUX - {"who"}:
        back -= 1
    if back >= 0 and toks[back].low == "to" and went_on(toks, back):
        return False, None  # "went on to say": a report; the rule "went_on" finds its speaker
    if back >= 0 and (toks[back].low in g.BE or toks[back].low == "to"):
        progressive = low_form.endswith("ing") and toks[back].low in g.BE
        nxt = site.nxt
        if toks[back].low in g.BE and nxt is not None and nxt.low == "by":
            return True, passive_by(site, back)
        if low_form == "asked" and toks[back].low in g.BE:
            return True, _question(site)  # "Trump was asked whether …": no asker named
        if not progressive and not (low_form == "saying" and back >= 1 and toks[back].low == "as"):
            return True, None
    if (low_form.endswith("ed") or low_form in _PARTICIPLES_EN) and back >= 0 and (
            toks[back].low.endswith(("\u2019re", "'re")) or toks[back].low.replace("\u2019", "'") in _IS_CONTRACTED):
        return True, None  # "the paper they’re written on", "as it’s currently written"
    if low_form in _PARTICIPLES_EN and back >= 0 and toks[back].word and not toks[back].cap \
            and toks[back].low not in g.PRONOUNS and toks[back].low not in g.AUX | {"who", "which", "that"} \
            and not (site.nxt is not None and (site.nxt.low in {"by", "that"} or site.nxt.text in g.OPEN_Q)):
        return True, None  # "the case number written on it", "notes written in the margins"
    if low_form.endswith("ed") and back >= 0 and toks[back].low in {"being", "been"}:
        return True, _question(site) if low_form == "asked" else None
    nxt, prev = site.nxt, site.prev
    if (nxt is not None and nxt.low == "by" and prev is not None and prev.word and (not prev.cap or prev.low == "as")
            and (low_form.endswith("ed") or low_form in _PARTICIPLES_EN) and prev.low not in g.PRONOUNS and prev.low not in g.AUX):
        # "an article written by National Review's Ian Tuttle": the agent speaks, the noun is what was said
        return True, reduced_relative_by(site)
    return False, None


def _question(site: CueSite) -> Attribution | None:
    answer = unnamed_question(site)
    return None if answer is NONE else answer


class _Sentences:
    """The sentences of a text, each tokenised once whatever its cues."""

    def __init__(self, text: str, facts: TextFacts, cue_starts: list[int], g: Words):
        self.text, self.g = text, g
        self.spans = sentences_of(text, facts, g, cue_starts)
        self.starts = [s for s, _ in self.spans]
        self._key, self._toks, self._tok_starts = None, [], []

    def of(self, cs: int):
        k = bisect.bisect_right(self.starts, cs) - 1
        if k < 0 or cs >= self.spans[k][1]:
            return None
        return self.spans[k]

    def tokens(self, sent: tuple[int, int]):
        if self._key != sent:
            self._key = sent
            self._toks, self._tok_starts = tokenize_with_starts(self.text, *sent, self.g)
        return self._toks, self._tok_starts


def _site(text: str, facts: TextFacts, sentences: _Sentences, cue: tuple, atts: list, cues: CueTable, g: Words):
    """The site of a cue ``(start, end, lemma)``, or None when it stands outside every
    sentence."""
    cs, ce, lemma = cue
    sent = sentences.of(cs)
    if sent is None:
        return None
    s0, s1 = sent
    q = facts.quote_at(cs)
    nested = q is not None
    ws, we = (max(s0, q.start + 1), min(s1, q.end - 1)) if nested else (s0, s1)
    # speakers and content are looked for near the cue: a sentence of a megabyte (text
    # without full stops) costs no more per cue than an ordinary one
    ws, we = max(ws, cs - WINDOW), min(we, ce + WINDOW)
    sent_toks, tok_starts = sentences.tokens(sent)
    i0 = bisect.bisect_left(tok_starts, ws)
    toks = sent_toks[i0:bisect.bisect_left(tok_starts, we)]
    ci = bisect.bisect_left(tok_starts, cs) - i0
    if not 0 <= ci < len(toks):
        return None
    cj = ci
    while cj + 1 < len(toks) and toks[cj + 1].end <= ce:
        cj += 1
    form = text[cs:ce].lower()
    participle = form.endswith("ing")
    return CueSite(text, facts, toks, ci, cj, cs, ce, lemma, sent, (ws, we), nested, atts, cues, g,
                   subject_end(toks, ci, participle, g), participle, toks[ci - 1] if ci > 0 else None,
                   toks[cj + 1] if cj + 1 < len(toks) else None, form)


def _attribution_at(site: CueSite) -> Attribution | None:
    if site.lemma != "according to":
        for check in CHECKS:
            if check(site):
                return None
        settled, att = _passive_or_infinitive(site)
        if settled:
            return att
    return find_speaker(site)


#: How far back (attributions, characters from the cue) a reported content that holds
#: another attribution is looked for: a text of one endless sentence stays linear.
_EMBEDDING_LOOKBACK, _EMBEDDING_REACH = 8, 400


def _reported_by_another(text: str, facts: TextFacts, att: Attribution, earlier: list) -> bool:
    """The attribution is what an earlier one of its sentence reports: its speaker opens
    that one's content ("Kelly said she asked for the interview", "a poll showed that 72
    percent said …"). It is nested there, as one inside a quotation is."""
    if att.speaker is None:
        return False
    sp = att.speaker[0]
    for a in reversed(earlier[-_EMBEDDING_LOOKBACK:]):
        if a.sentence != att.sentence or (a.cue is not None and a.cue[1] < sp - _EMBEDDING_REACH):
            break  # a content opens a few words after its cue
        cs, ce = a.content
        if cs - 6 <= sp <= cs + 1 and sp < ce and a.cue is not None and a.cue[0] < att.cue[0] \
                and not facts.quote_starting_at(cs):
            return True
    return False


def extract(text: str, facts: TextFacts, cues: CueTable | None = None, g: Words | None = None) -> list[Attribution]:
    """The attributions of one text, in text order, with their content and kind: the cues
    of ``cues`` and the grammar words ``g`` (English's unless given; pass both, resolved
    once, in a loop over texts — the facts must be of the same language)."""
    g = words_of() if g is None else g
    cues = cues_of(g.language) if cues is None else cues
    found = list(cues.find(text, facts.body_end))
    sentences = _Sentences(text, facts, [cs for cs, _ce, _lemma in found], g)
    atts: list[Attribution] = []
    # "Ambassador to …" is read per attribution only in the texts that write one
    low = text.lower() if g.POSTING_WORDS else ""
    posting = any(w + " to " in low for w in g.POSTING_WORDS)
    for cue in found:
        site = _site(text, facts, sentences, cue, atts, cues, g)
        att = _attribution_at(site) if site is not None else None
        if att is not None:
            if att.addressee is None:
                att.addressee = addressee(site, att)
            if posting:
                split_posting(text, att, g)
            split_hometown(text, att, g)
            drop_trailing_tag(text, att, g)
            if not att.nested and _reported_by_another(text, facts, att, atts):
                att.nested = True
            atts.append(att)
    # words with no verb of saying: transcript lines ("HEWITT: …") and embedded posts
    atts += transcript_lines(text, facts, atts, g) + embedded_posts(text, facts) + highlight_lines(text, atts, g)
    return finish(text, facts, sentences.spans, atts, g.CLOSE_Q, lambda lemma: lemma == "according to")
