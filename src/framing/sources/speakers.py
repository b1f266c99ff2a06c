"""Who speaks: the rules that find the speaker of a cue.

Each rule takes the site of one cue (:class:`~.records.CueSite`) and answers with an
attribution, with :data:`NONE` (the rule applies and the cue gives no attribution), or with
None (the rule does not apply: the next one is asked). The first rule that answers wins;
the attribution's ``rule`` column names it. In order (:data:`RULES`):

``according_to``     according to X, …                     (the phrase after "according to")
``coordinated``      X met Y on Monday and said that …      (the subject of the sentence)
``relative``         …, who said that …                     ("who"; its antecedent is resolved)
``absolute``         …, with 30 percent saying they …       (the phrase after "with")
``quoted_as``        CNN quoted a witness as saying …       (the one quoted)
``went_on``          X went on to say that …                (the subject of the clause)
``participle``       …, claiming that … / by saying …       (the subject of the clause)
``subject``          X said (that) … / “…,” X said          (the noun phrase before the cue)
``name_appositive``  Kozak, a researcher at …, told …       (the name before the appositive)
``role_name``        The Governor of X, Ibrahim Samra, said (the role; the name is its appositive)
``inverted``         “…,” said X / …, said X                (the noun phrase after the cue)
``asked``            Asked whether …, 75 percent said yes   (whoever asked: after "by", else no one named)

Two more are found before these rules are asked: ``passive_by`` ("was first reported by
The Washington Post", :mod:`.passives`) and ``continuation`` (a quotation with no cue
that goes on from the previous attribution, in :mod:`.content`).

The phrase before the cue that ``subject``, ``name_appositive`` and ``role_name`` name is
found in :mod:`.speakers_before` (:func:`~.speakers_before.speaker_before`).
"""

from __future__ import annotations

import re

from .content import after_cue, leading_content, same_sentence, trailing_content, trailing_rest
from .first_names import is_first_name
from .listeners import speaker_before_aside
from .non_speakers import RELATIVE_CONTRACTED, chained_or_unnamed, message_sender, not_this_phrase
from .openings import _not_subjects, _opening, _opening_past_quote
from .phrases import (
    and_phrase_end,
    is_appositive,
    leading_preps,
    looks_like_name,
    np_back,
    np_forward,
    plural,
    pronoun_contraction,
    segment_start,
    skip_back,
    skip_tag,
    trim,
)
from .records import Attribution, CueSite
from .speakers_before import speaker_before
from .words import Words

#: A rule's answer that the cue gives no attribution (no later rule is asked).
NONE = "none"


#: Initials with full stops inside, whose last full stop the tokens leave apart ("U.S", "N.R.A").
_INITIALISM = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def subject_end(toks: list, ci: int, participle: bool, g: Words) -> int:
    """The token before the cue once auxiliaries, adverbs, time phrases, "as quoted" and a
    parenthesis ("Sen. Claire McCaskill (D-Mo.) said") are stepped over; -1 for none."""
    b = skip_back(toks, ci - 1, g, progressive=participle)
    if b >= 1 and toks[b].text == "." and _INITIALISM.fullmatch(toks[b - 1].text):
        b -= 1  # "the U.S. said", "the N.R.A. said": the full stop ends the initials, not a sentence
    b = skip_tag(toks, b, g)  # "Sen. Mike Lee, R-Utah said": the tag describes Lee
    if b >= 0 and toks[b].low == "as" and b >= 2 and toks[b - 1].low == "quoted":
        b -= 2
        while b >= 0 and toks[b].low in g.BE | g.AUX:
            b -= 1
    if b >= 0 and toks[b].text == ")":
        k = b - 1
        while k >= 0 and toks[k].text != "(" and b - k < 10:
            k -= 1
        if k >= 1 and toks[k].text == "(":
            b = k - 1
    return b


def _second_person(site: CueSite, speaker: tuple[int, int]) -> bool:
    """"you said", and "I said" inside a quotation: no attribution. Outside quotations
    "I" and "we" are the author's (or the outlet's) own reports and are kept."""
    g = site.g
    word = site.text[speaker[0]:speaker[1]].lower()
    return word in g.FIRST_SECOND and (site.nested or word not in g.FIRST_PERSON)


def according_to(site: CueSite):
    """"according to X, …" / "…, according to X": the phrase after the cue speaks."""
    g = site.g
    if site.lemma != "according to":
        return None
    text, toks, (ws, we) = site.text, site.toks, site.window
    e = np_forward(toks, site.cj + 1, len(toks), g)
    if e is None:
        return NONE
    if e == site.cj + 2 and toks[site.cj + 1].low in g.DEPENDENT_DETERMINERS and e < len(toks) and toks[e].word:
        e = np_forward(toks, e, len(toks), g) or e  # "according to her campaign": "her" is its determiner
    if e == site.cj + 2 and toks[site.cj + 1].low in g.DEPENDENT_DETERMINERS:  # "according to a ███ analysis",
        e = next((k for k in range(e, min(e + 16, len(toks))) if toks[k].text in {",", ".", ";"}), e)  # "the “…” host"
    while e - 1 > site.cj + 1 and toks[e - 1].low in g.OPENS_NEXT:
        e -= 1  # "According to the group they were …", "According to Reuters the aid convoy …" (no comma)
    e = and_phrase_end(toks, site.cj + 1, e, g)  # "according to administration and other officials"
    sp = (toks[site.cj + 1].start, toks[e - 1].end)
    app, rest = None, e
    if rest < len(toks) and toks[rest].text == ",":
        # appositive: ", a Britain-based monitor" / ", Mohammed Ibrahim Samra,"
        stop = next((x for x in range(rest + 1, len(toks)) if toks[x].text in {",", ".", ";"}), len(toks))
        seg = toks[rest + 1:stop]
        if seg and (is_appositive(text, seg[0].start, seg[-1].end) or (looks_like_name(seg, g) and not (  # a name
                toks[e - 1].cap and any(t.low.isalpha() and not t.cap and t.low not in g.DETERMINERS | g.PREPS_IN_NP
                                        for t in toks[site.cj + 1:e - 1])))):  # after "the paper Al Ahram": a subject
            before = trim(text, ws, site.cs)
            after_it = trim(text, toks[stop].start if stop < len(toks) else we, we, " \t\r\n\u00a0,;:.")
            # "According to SANA, the army advanced.": what follows is the content, not an appositive
            if (stop < len(toks) or is_appositive(text, seg[0].start, seg[-1].end)) and (
                    before[1] > before[0] or after_it[1] > after_it[0]):
                app, rest = (seg[0].start, seg[-1].end), stop
    after = trim(text, toks[rest].start if rest < len(toks) else we, we, " \t\r\n\u00a0,;:.")
    content = trim(text, toks[rest].start, we) if after[1] > after[0] else trim(text, ws, site.cs)
    if content[1] <= content[0]:
        return NONE
    return site.found(sp, content, app, rule="according_to")


def _sentence_subject(site: CueSite, upto: int):
    """``(speaker, appositive)`` of the sentence the cue is in: the speaker of an earlier
    attribution of the sentence, or the noun phrase that opens it (before ``upto``; leading
    adverbials and participial clauses stepped over: "Asked about it, Conway …")."""
    g = site.g
    same = same_sentence(site.earlier, site.sent, site.cs)
    if same:
        return same[-1].speaker, same[-1].appositive
    toks = site.toks
    first = _opening_past_quote(toks, upto, g, site.facts)
    if first is None or toks[first].low in _not_subjects(g):
        return None
    e = np_forward(toks, first, upto, g, subject=True)
    if e is None or e > upto:
        return None
    return (toks[first].start, toks[e - 1].end), None


def _rest_of_clause(site: CueSite, end: int) -> tuple[int, int]:
    """The text from just after the cue to ``end``, a "that" stepped over (the content of
    a participle: "…, saying that …")."""
    toks, i = site.toks, site.cj + 1
    if i < len(toks) and toks[i].low == "that":
        return trim(site.text, toks[i].end, end)
    return trim(site.text, toks[i].start if i < len(toks) else end, end)


def _content_after(site: CueSite):
    """The content that follows the cue (its object and a "that" stepped over)."""
    g = site.g
    i = after_cue(site.text, site.toks, site.cj, site.lemma, site.cues, g)
    if i < len(site.toks) and site.toks[i].low == "that":
        i += 1
    return leading_content(site.text, site.facts, site.toks, i, site.window[1])


def coordinated(site: CueSite):
    """"X met Y … and said that …": the subject of the sentence speaks."""
    b = site.back
    if not (b >= 0 and site.toks[b].low in {"and", "but"} and not site.participle):
        return None
    found = _sentence_subject(site, b)
    if found is None:
        return NONE
    speaker, app = found
    if _second_person(site, speaker):
        return NONE
    content = _content_after(site)
    return site.found(speaker, content, app, rule="coordinated") if content else NONE


def relative(site: CueSite):
    """"…, who said that …": the relative pronoun is the source; its antecedent is who."""
    g = site.g
    b, toks = site.back, site.toks
    if not (b >= 0 and (toks[b].low in {"who", "which"} or toks[b].low in RELATIVE_CONTRACTED or (
            toks[b].low == "that" and site.lemma == "say" and site.clause_follows(colon=True) and b >= 1 and toks[b - 1].word
            and not toks[b - 1].cap and toks[b - 1].low not in g.STOP | g.AUX and toks[b - 1].low not in site.cues.lemmas))):
        return None  # "water bottles that said, “…”"
    content = _content_after(site)
    if content is None:
        return NONE
    att = site.found((toks[b].start, toks[b].end), content, rule="relative")
    k = skip_tag(toks, b - 2 if b >= 2 and toks[b - 1].text == "," else b - 1, g)  # "McConnell, R-Ky., who"
    if k >= 0 and toks[k].word:
        st = np_back(toks, k, 0, g)
        if st is not None and st >= 3 and toks[st - 1].low in {"from", "of"} and toks[st - 2].text == "," \
                and looks_like_name(toks[st:k + 1], g) and toks[st - 3].word and toks[st - 3].cap:
            k = st - 3  # "chair Cam Ward, from Alabaster, who": the hometown after a name is stepped over
            st = np_back(toks, k, 0, g)
        if st is not None:
            st = _attached_low(toks, st, k, toks[b].low, site.form, g)
            att.extra["antecedent"] = (toks[st].start, toks[k].end)
    return att


_ATTACHING = {"of", "from", "on", "among", "with"}


def _attached_low(toks: list, st: int, k: int, pronoun: str, form: str, g: Words) -> int:
    """Where the antecedent of "who"/"which" starts in "N1 of N2": at N2 when N2 is a name
    ("anger from Senate Democrats, who", "read up on Dwight Eisenhower, who") or, before a
    verb in the plural, a plural ("a priority of anti-abortion groups, which argue"), and
    for "who" N1 is no role ("a spokesman for Sen. McCain, who" is the spokesman; "the head
    of the Arab League, which" is the League) and no person's name with their home ("Rep.
    Peter King of New York, who" is King)."""
    p = next((x for x in range(k - 1, st, -1) if toks[x].low in _ATTACHING), None)
    if p is None or p + 1 > k:
        return st
    head = toks[p - 1].low
    if pronoun == "who" and (head in g.PERSON_ROLES or (head.endswith("s") and head[:-1] in g.PERSON_ROLES)):
        return st
    if toks[p].low == "of" and toks[p - 1].cap and any(is_first_name(t.text) for t in toks[st:p - 1]):
        # "echoed by Rep. Peter King of New York, who": a person's name (from its first capital) and their home
        return next(x for x in range(st, p) if toks[x].cap)
    first = p + 2 if p + 1 <= k and toks[p + 1].low in g.DETERMINERS else p + 1
    if first > k:
        return st
    name = looks_like_name(toks[first:k + 1], g) and (pronoun == "who" or k > first)
    plural_agrees = plural(toks[k].low) and not form.endswith("s")
    return first if (name or plural_agrees) else st


def _clause_subject(site: CueSite):
    """The noun phrase that opens the sentence, leading adverbials ("On Thursday, however,
    …") stepped over."""
    g = site.g
    toks, upto = site.toks, site.ci
    first = _opening_past_quote(toks, upto, g, site.facts)
    if first is None:
        # the cue stands in the opening clause: "While saying that …, he continued …"
        upto = len(toks)
        first = _opening(toks, upto, g)
        if first is not None and first <= site.cj:  # "Chanting “Bernie!”, the crowd surged"
            comma = next((x for x in range(site.cj + 1, upto) if toks[x].text == ","), None)
            first = None if comma is None else next((x for x in range(comma + 1, upto) if toks[x].word), None)
        if first is None:
            return None
    if toks[first].low in _not_subjects(g):
        return None
    e = np_forward(toks, first, upto, g, subject=True)
    return None if e is None else (toks[first].start, toks[e - 1].end)


def _before_adverbs(toks: list, b: int) -> int:
    """The token before the adverbs that end at ``b`` ("with Cruz repeatedly calling", "with
    both sides now saying")."""
    while b >= 1 and (toks[b].low in {"all", "both", "also", "still", "now", "even"} or (
            toks[b].low.endswith("ly") and len(toks[b].low) > 4 and not toks[b].cap)):
        b -= 1
    return b


def with_phrase(site: CueSite) -> int | None:
    """The first token of the noun phrase between "with" and an -ing cue ("with 30
    percent of voters saying they …"), or None."""
    g = site.g
    if not site.participle:
        return None
    toks = site.toks
    b = _with_phrase_end(toks, site.ci)
    if not (b >= 1 and toks[b].word and any(t.low == "with" for t in toks[max(0, b - 22):b])):
        return None
    st = np_back(toks, b, 0, g)
    return st if st is not None and st >= 1 and toks[st - 1].low == "with" else None


def _with_phrase_end(toks: list, ci: int) -> int:
    """The last token of the phrase before an -ing cue, adverbs and an appositive set off
    by commas stepped over ("with Chairman Peter King, a New York Republican, even calling
    for …")."""
    b = _before_adverbs(toks, ci - 1)
    if b >= 3 and toks[b].text == ",":
        seg = segment_start(toks, b - 1)
        if seg is not None and seg >= 2 and toks[seg - 1].text == "," and toks[seg - 2].word and is_appositive(
                " ".join(t.text for t in toks[seg:b]), 0, len(" ".join(t.text for t in toks[seg:b]))):
            b = seg - 2
    return b


def absolute(site: CueSite):
    """"…, with 30 percent of voters saying they …": the phrase after "with" speaks."""
    st = with_phrase(site)
    if st is None:
        return None
    toks, content = site.toks, _rest_of_clause(site, site.window[1])
    end = toks[_with_phrase_end(toks, site.ci)].end
    return site.found((toks[st].start, end), content, rule="absolute") if content[1] > content[0] else NONE


_QUOTING = {"quoted", "quotes", "quoting", "cited", "cites", "citing"}


def quoted_as(site: CueSite):
    """"CNN quoted a witness as saying he saw …": the one quoted speaks."""
    g = site.g
    toks, ci = site.toks, site.ci
    if not (site.participle and ci >= 3 and toks[ci - 1].low == "as" and toks[ci - 2].word):
        return None
    st = np_back(toks, ci - 2, 0, g)
    if st is None or st < 1 or toks[st - 1].low not in _QUOTING:
        return None
    content = _rest_of_clause(site, site.window[1])
    return site.found((toks[st].start, toks[ci - 2].end), content, rule="quoted_as") if content[1] > content[0] else NONE


_GO = {"went", "go", "goes", "going", "gone"}
_CONTINUE = {"continued", "continues", "continue", "continuing", "proceeded", "proceeds"}


def went_on(toks: list, to: int) -> bool:
    """The "to" at ``to`` follows "went on" or "continued": "X went on to say …" reports."""
    return (to >= 1 and toks[to - 1].low in _CONTINUE) or (to >= 2 and toks[to - 1].low == "on" and toks[to - 2].low in _GO)


def went_on_to(site: CueSite):
    """"X went on to say that …", "she continued to insist …": the subject of the clause
    speaks."""
    b, toks = site.ci - 1, site.toks
    if not (b >= 1 and toks[b].low == "to" and went_on(toks, b)):
        return None
    same = same_sentence(site.earlier, site.sent, site.cs)
    speaker, app = (same[-1].speaker, same[-1].appositive) if same else (_clause_subject(site), None)
    content = _content_after(site)
    if speaker is None or content is None:
        return NONE
    return site.found(speaker, content, app, rule="went_on")


def participle(site: CueSite):
    """", claiming that …": the subject of the clause speaks."""
    g = site.g
    b, toks, we = site.back, site.toks, site.window[1]
    message = b >= 0 and toks[b].word and toks[b].low in g.MESSAGE_NOUNS
    if not (site.participle and (site.clause_follows(colon=True) or message or b >= 0 and (
            toks[b].text in {",", *g.CLOSE_MARKS} or toks[b].text in g.DASHES or toks[b].low in g.PARTICIPLE_LEADS))):
        return None
    st = np_back(toks, b, 0, g) if message else None
    same = same_sentence(site.earlier, site.sent, site.cs)
    if st is not None and st >= 1 and toks[st - 1].low in _MESSAGE_PREPS:
        # "following a report alleging that …": the report speaks; but in "Graham issued a
        # statement saying …" the subject of the clause, as for any participle
        speaker, app = (toks[st].start, toks[b].end), None
    elif st is not None and message_sender(toks, st, g) is not None:  # "Trump issued a statement calling on"
        speaker, app = message_sender(toks, st, g), None
    elif same:
        speaker, app = same[-1].speaker, same[-1].appositive
    else:
        speaker, app = _clause_subject(site), None
        if speaker is None:
            return NONE
    if speaker[0] > site.ce:
        we = speaker[0]  # "While saying that …, he continued": the clause ends at the subject
    content = _rest_of_clause(site, we)
    return site.found(speaker, content, app, rule="participle") if content[1] > content[0] else NONE


#: Prepositions before a message that speaks by itself ("following a report alleging …"; in
#: "X said in a statement announcing …" the statement is X's).
_MESSAGE_PREPS = {"following", "after", "amid", "despite"}


def _leading_start(site: CueSite) -> int:
    """The token where content after the cue starts: "X said (that) …", "X announced on
    Tuesday morning that …", "X said: …"."""
    g = site.g
    toks = site.toks
    i = after_cue(site.text, toks, site.cj, site.lemma, site.cues, g)
    # "wrote to the committee that …": the listener after "to" is stepped over
    listener = i + 1 < len(toks) and toks[i].low == "to" and (toks[i + 1].cap or toks[i + 1].low in g.DETERMINERS)
    for k in range(i, min(i + 7, len(toks))):
        if toks[k].low == "that":
            if listener and k - i <= 5 and all(t.word for t in toks[i:k]):
                i = k
            elif all(t.low in g.TIME_OR_PLACE or t.cap or t.low in g.DETERMINERS or t.low in g.SENTENCE_ADVERBS or t.text == ","
                   or t.low.isdigit() for t in toks[i:k]):
                i = k
            break
    if i < len(toks) and toks[i].low == "that":
        i += 1
    if i < len(toks) and toks[i].text == ":":
        i += 1
    return i


def before_cue(site: CueSite):
    """The speaker stands before the cue (rules ``subject``, ``name_appositive``,
    ``role_name``); the content follows it ("X said that …") or came before ("…, X said")."""
    g = site.g
    found = speaker_before(site)
    if found is None:
        return None
    rule, speaker, app, first = found
    text, toks = site.text, site.toks
    if rule == "subject" and all(not t.word or t.low in g.DEPENDENT_DETERMINERS for t in toks[first:site.ci]
                                 if t.start < speaker[1]):
        return NONE  # "a widely criticized agglomeration", "his roundly praised statements": an adjective
    if rule == "subject":  # "The official who spoke to The Hill said", "… killed 1102 people said the Observatory"
        found = not_this_phrase(site, first, _opens_a_clause)
        if isinstance(found, Attribution):
            return found
        speaker, app, first = (speaker, app, first) if found is None else (*found[:1], None, found[1])
    if speaker is not None and _second_person(site, speaker):
        return NONE
    i = after_cue(text, toks, site.cj, site.lemma, site.cues, g)
    colon = i < len(toks) and toks[i].text == ":"
    call_on = site.lemma == "call" and i < len(toks) and toks[i].low in {"on", "for", "upon"}
    if site.lemma in site.cues.that_only or colon or call_on or not trailing_rest(toks, i, g):
        content = leading_content(text, site.facts, toks, _leading_start(site), site.window[1])
    else:
        content = trailing_content(text, site.facts, toks[first].start, site.window[0])
        lead = _leading_start(site) if content is None else len(toks)
        if lead < len(toks):
            # nothing came before: "Rubio says, win or lose, he's staying in the race", "X said
            # on Twitter that …", "X has vowed to block …"
            content = leading_content(text, site.facts, toks, lead, site.window[1])
    return NONE if content is None else site.found(speaker, content, app, rule=rule)


def inverted(site: CueSite):
    """"“…,” said X" / "…, said X": the noun phrase after the cue speaks."""
    g = site.g
    b, toks, text = site.back, site.toks, site.text
    if b < 0 and site.ci == 0 and site.lemma == "say":
        return _said_first(site)
    if not (b >= 0 and not toks[b].word):
        return None
    if site.lemma in site.cues.takes_object:
        # "“…,” X, who …, told Fox News", "A handful — including McCain — urged the
        # president to …": after a listener verb the phrase is the listener, never the speaker
        found = _before_aside(site)
        if found is not None or site.lemma == "tell":
            return NONE if found is None else found
    e = np_forward(toks, site.cj + 1, len(toks), g)
    if e is None:
        return NONE
    if (e < len(toks) and _opens_a_clause(site, toks[e])) or pronoun_contraction(toks[site.cj + 1].low, g):
        # the phrase after the cue is what was said, not who said it: a report whose speaker
        # stands before it, where these rules did not read it, left unnamed rather than misnamed
        content = leading_content(text, site.facts, toks, site.cj + 1, site.window[1])
        return NONE if content is None else chained_or_unnamed(site, e, content, _sentence_subject)  # "…, urges X to"
    if toks[site.cj + 1].low == "by" and site.form.endswith(("ed", "en")):
        e = np_forward(toks, site.cj + 2, len(toks), g)  # "a show …, written by a Spanish troupe"
        if e is None:
            return NONE
        content = trailing_content(text, site.facts, site.cs, site.window[0])
        return NONE if content is None else site.found((toks[site.cj + 2].start, toks[e - 1].end), content,
                                                       rule="inverted")
    if _not_a_subject(toks[site.cj + 1], g):
        # "Stated differently, …", "the words … written in large block letters": no report;
        # "…, who backs Cruz, said in a statement": a report whose speaker stands before an
        # aside these rules did not read, left unnamed rather than named "in a statement"
        if b < 0 or toks[b].text in g.OPEN_Q or toks[b].text == "`" or site.form in _NON_FINITE or (
                site.form == site.lemma and site.lemma != "say"):
            return NONE  # "“Stated differently, …", "Then argue for your position": no report
        content = trailing_content(text, site.facts, site.cs, site.window[0])
        if content is None:
            content = leading_content(text, site.facts, toks, _leading_start(site), site.window[1])
        return NONE if content is None else site.found(None, content, rule="inverted")
    if site.form == site.lemma and site.lemma != "say" and not toks[e - 1].cap and not plural(toks[e - 1].low):
        return NONE  # "“…,” ask critics"; but "I will firmly ask the question": an object
    speaker, app = (toks[site.cj + 1].start, toks[e - 1].end), None
    if e < len(toks) and toks[e].text == ",":
        stop = next((x for x in range(e + 1, len(toks)) if toks[x].text in {",", ".", ";"}), len(toks))
        seg = toks[e + 1:stop]
        if seg and (is_appositive(text, seg[0].start, seg[-1].end) or any(t.low in g.PERSON_ROLES for t in seg[:4])):
            app = (seg[0].start, seg[-1].end)
    content = trailing_content(text, site.facts, site.cs, site.window[0])
    return NONE if content is None else site.found(speaker, content, app, rule="inverted")


#: Verbs after the phrase that follows a cue: that phrase is the subject of the content.
_FINITE_AFTER = frozenset("is are was were will would has have had could should can may might must".split())


def _opens_a_clause(site: CueSite, after) -> bool:
    """What follows the phrase after the cue makes the phrase no inverted speaker: "to" after
    a listener verb ("…, urges Turkish President Erdogan to cease the offensive", "calls upon
    President Trump to remove …": the listener), or a finite verb ("…, said it is also
    monitoring the situation": the subject of what was said)."""
    if after.low == "to":
        return site.lemma in site.cues.takes_object or site.lemma == "call"
    return after.low in _FINITE_AFTER


#: Forms that are never a finite verb, so never inverted after their speaker.
_NON_FINITE = {"written", "spoken", "shown", "given"}


def _not_a_subject(tok, g: Words) -> bool:
    """What follows a cue and never speaks after it: a preposition ("said in a
    statement", "written in large block letters"), an adverb ("said recently", "Stated
    differently")."""
    return tok.low in leading_preps(g) or (tok.low.endswith("ly") and not tok.cap and len(tok.low) > 4)


def _before_aside(site: CueSite):
    """The attribution whose speaker is the name before an aside that ends at the cue
    (:func:`.listeners.speaker_before_aside`), the aside its appositive; None when none."""
    found = speaker_before_aside(site)
    if found is None:
        return None
    (speaker, first), text, toks, g = found, site.text, site.toks, site.g
    k = next((x for x in range(first, site.back) if toks[x].start >= speaker[1]), site.back)
    app = trim(text, toks[k].end, toks[site.back].start, " \t\r\n\u00a0,;:()\u2014\u2013-")
    i = after_cue(text, toks, site.cj, site.lemma, site.cues, g)
    content = trailing_content(text, site.facts, toks[first].start, site.window[0]) if trailing_rest(toks, i, g) else None
    if content is None:
        content = leading_content(text, site.facts, toks, _leading_start(site), site.window[1])
    return NONE if content is None else site.found(speaker, content, app if app[1] > app[0] else None,
                                                   rule="name_appositive")


def _said_first(site: CueSite):
    """"Said Comey, “The thought …”": the cue opens the sentence, the speaker follows
    (with an appositive to the next comma), then the content."""
    g = site.g
    toks, text = site.toks, site.text
    e = np_forward(toks, site.cj + 1, len(toks), g)
    if e is None or e >= len(toks) or toks[e].text != ",":
        return NONE
    stop = next((x for x in range(e + 1, len(toks)) if toks[x].text == "," or toks[x].text in g.OPEN_Q), len(toks))
    app = None
    if stop < len(toks) and toks[stop].text == "," and stop > e + 1 and is_appositive(text, toks[e + 1].start, toks[stop - 1].end):
        app = (toks[e + 1].start, toks[stop - 1].end)
    else:
        stop = e
    content = leading_content(text, site.facts, toks, stop + 1, site.window[1])
    return NONE if content is None else site.found((toks[site.cj + 1].start, toks[e - 1].end), content, app,
                                                   rule="inverted")


#: Words that open what was asked: "asked whether …", "about …", "to respond …", "a question".
_QUESTION_OPENERS = {"whether", "if", "about", "what", "how", "why", "who", "whom", "which", "where", "when", "to", "for",
                     "on", "a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "this", "that"}
#: Words before "asked" that open a clause without its subject ("When asked about it, …").
_ASKED_OPENERS = {"when", "if", "once", "after", "before", "while", "as", "until", "unless", "though", "although"}


def asked(site: CueSite):
    """"Asked whether Clinton has the integrity to serve, 75 percent said yes", "…,”
    Christie said when asked whether …": a question whose asker the sentence does not
    name. The question is the content; the speaker is the agent after "by" ("Asked by
    Stephanopoulos to respond, …"), else there is none."""
    b, toks = site.back, site.toks
    if not (site.form == "asked" and (b < 0 or toks[b].low in _ASKED_OPENERS)):
        return None
    return unnamed_question(site)


def unnamed_question(site: CueSite) -> Attribution | None:
    """The attribution of "asked" with no subject: the agent after "by" speaks, if any,
    and the question runs to the end of its clause (the first comma outside a quotation, or
    a quotation that ends with one)."""
    g = site.g
    toks, facts, we = site.toks, site.facts, site.window[1]
    i, speaker = site.cj + 1, None
    if i < len(toks) and toks[i].low == "by":
        e = np_forward(toks, i + 1, len(toks), g)
        if e is not None:
            speaker, i = (toks[i + 1].start, toks[e - 1].end), e
    if speaker is None and i + 1 < len(toks) and toks[i].low == "to" and toks[i + 1].word and not toks[i + 1].cap:
        return NONE  # "visa applicants were asked to fill out the form": a request of no one named, no words
    end = we
    for t in toks[i:]:
        if t.text in {",", ";", "."}:
            q = facts.quote_at(t.start)
            if q is None or q.end - t.end <= 1:  # '…, “has the integrity to serve,” 75 percent …'
                end = t.start if q is None else q.end
                break
    content = trim(site.text, toks[i].start if i < len(toks) else end, end)
    if content[1] <= content[0] or not any(t.low in _QUESTION_OPENERS or t.text in g.OPEN_Q
                                           for t in toks[i:] if t.start < content[1]):
        return NONE  # "Asked again, the governor said …": no question reported
    return site.found(speaker, content, rule="asked")


#: The speaker rules, in the order they are asked.
RULES = (according_to, coordinated, relative, absolute, quoted_as, went_on_to, participle, asked, before_cue, inverted)


def find_speaker(site: CueSite) -> Attribution | None:
    """The attribution of a cue: the answer of the first rule that answers."""
    for rule in RULES:
        answer = rule(site)
        if answer is not None:
            return None if answer is NONE else answer
    return None
