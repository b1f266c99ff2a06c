"""What describes a speaker and is not the speaker: a home state after the name ("Rick
Santorum of Pennsylvania"). Party and state tags ("R-Ky.") are never names
(:func:`.phrases.looks_like_name`), and datelines ("WASHINGTON —") stand outside every
sentence (:func:`.phrases.sentences_of`); the patterns are the language's
(``words.yaml``: ``party_tag``, ``dateline``, ``hometown``, ``posting``, ``of_heads``)."""

from __future__ import annotations

import re

from .first_names import is_first_name
from .phrases import plural
from .records import Attribution
from .words import Words


def split_hometown(text: str, att: Attribution, g: Words) -> None:
    """"Rick Santorum of Pennsylvania said": the speaker is the name; "of Pennsylvania"
    becomes the appositive (when the attribution has none). The word before "of" must
    not be a role or a body ("the Governor of Texas", "the University of Texas")."""
    if g.HOMETOWN is None or att.speaker is None:
        return
    s, e = att.speaker
    m = g.HOMETOWN.search(text, s, e)
    if m is None or m.end() != e:
        return
    before = text[s:m.start()].split()
    if not before:
        return
    last = before[-1].rstrip(".,").lower()
    if not before[-1][:1].isupper() or last in g.OF_HEADS or last in g.PERSON_ROLES or last in g.TITLE_WORDS:
        return
    att.speaker = (s, m.start())
    if att.appositive is None:
        of = text.index("of", m.start(), e)
        att.appositive = (of, e)


def _trailing_tag(g: Words):
    # "Jeff Flake (R., Ariz.)" too, whose party and state a comma parts (``party_tag_open``)
    return g.derive(_trailing_tag, lambda g: None if g.PARTY_TAG is None else re.compile(
        r"\s*[,(]\s*(?:" + g.PARTY_TAG.pattern + r")[\w.]*(?:\s[A-Z][\w.]*)?\s*\)?[.,]?\s*$" + (
            "" if g.PARTY_TAG_OPEN is None else r"|\s*,?\s*" + g.PARTY_TAG_OPEN.pattern
            + r"[A-Z][\w.]*(?:[ ]?\.)?(?:[ ][A-Z][\w.]*)?[ ]*\)?[.,]?\s*$")))


def _tag_opens_before(g: Words):
    return g.derive(_tag_opens_before, lambda g: re.compile(g.PARTY_TAG_OPEN.pattern + "$"))


def drop_trailing_tag(text: str, att: Attribution, g: Words) -> None:
    """"Rep. Bennie Thompson, D-Miss." as an appositive (or speaker) is the name: the tag
    after it describes the person and is not part of who they are."""
    pattern = _trailing_tag(g)
    if pattern is None:
        return
    for name in ("appositive", "speaker"):
        span = getattr(att, name)
        if span is None:
            continue
        m = pattern.search(text, span[0], span[1])
        if m is not None and m.end() == span[1] and m.start() > span[0]:
            setattr(att, name, (span[0], m.start()))
    _name_before_tag(text, att, g)


#: A parenthesis that opens right before a speaker: "( S.C. )", a tag whose party is lost.
_BARE_OPEN = re.compile(r"\([ ]*$")
#: A name of capitalised words (titles and initials too) that ends where the text is read to.
_NAME_BEFORE = re.compile(r"[A-Z][\w.'’-]*(?:[ ]+[A-Z][\w.'’-]*)+(?=[ ]*,?[ ]*$)")


def _name_before_tag(text: str, att: Attribution, g: Words) -> None:
    """"Sen. John McCain (R., Ariz.), a lead sponsor of the bill, said" (tokenised "( R. ,
    Ariz. )"): a speaker that is the state of a tag whose party and state a comma parts
    (``party_tag_open``) is the name before the parenthesis."""
    if g.PARTY_TAG_OPEN is None or g.STATE_AFTER_PLACE is None or att.speaker is None:
        return
    s, e = att.speaker
    if e - s > 20 or not g.STATE_AFTER_PLACE.match(text[s:e].rstrip(" )")):
        return
    tag = _tag_opens_before(g).search(text, max(0, s - 12), s) or _BARE_OPEN.search(text, max(0, s - 3), s)
    tag_at = tag.start() if tag else 0
    name = _NAME_BEFORE.search(text, max(0, tag_at - 80), tag_at) if tag else None
    if tag is not None and (name is None or "\n" in name.group() or any(
            len(x) > 2 and x.isalpha() and x.isupper() for x in name.group().split())):
        # "… Schiff MORE ( S.C. ) , a proponent …, told": a tag whose name a web page's
        # links garbled; the state is no one, and no name stands before it
        att.speaker = None
        return
    if name is None or "\n" in name.group():
        return
    first = name.group().split()[0]  # "But House Judiciary Committee Chairman Lamar Smith": the opener is no name's
    start = name.start() + (len(first) + 1 if first.lower() in g.STOP or first.lower() in g.SENTENCE_ADVERBS else 0)
    att.speaker = (start, name.start() + len(name.group().rstrip()))


#: A capitalised word of a place or a name, as a run after a posting reads them.
_CAPITAL_WORD = re.compile(r"[A-Z][\w’'-]*\.?")


def split_posting(text: str, att: Attribution, g: Words) -> None:
    """"U.S. Ambassador to the United Nations Nikki Haley said", "Former U.S. Ambassador to
    Russia Jon Huntsman said": the speaker is the name that closes the run of capitalised
    words after the posting (from its last first name with a surname after it: "Israel
    David Friedman" is David Friedman), wherever the speaker rule cut the phrase ("Former
    U.S. Ambassador", "Russia Jon Huntsman"); the title and the place become the appositive
    (when the attribution has none). Nothing changes where no first name opens a name there."""
    if g.POSTING is None or att.speaker is None:
        return
    s, e = att.speaker
    for m in g.POSTING.finditer(text, max(0, s - 60), min(len(text), e + 20)):
        if m.start() > e or m.end() < s:
            continue  # a posting that does not touch the speaker's phrase
        words, at = [], m.end()
        while (w := _CAPITAL_WORD.match(text, at)) is not None:
            words.append((w.start(), w.end()))
            if w.end() >= len(text) or text[w.end()] != " ":
                break
            at = w.end() + 1
        first = max((k for k in range(len(words) - 1) if is_first_name(text[words[k][0]:words[k][1]])), default=None)
        if not first:
            return  # no name after a place ("Ambassador to Chad said"; "Ambassador to Nikki Haley")
        if att.appositive is None:
            att.appositive = (min(s, m.start()), words[first - 1][1])
        att.speaker = (words[first][0], words[-1][1] - (text[words[-1][1] - 1] == "."))
        return


def name_after_title(phrase: str, g: Words) -> str:
    """The person's name that closes a phrase opened by a title in lower case with "of" or
    "for" in it ("former secretary of state John Kerry", "the chairman of the committee Bob
    Corker"): a name of two words or more whose first word is a first name, right after a
    lower-case word that is no preposition or determiner; else ""."""
    words = phrase.split()
    j = len(words)
    while j > 0 and words[j - 1][:1].isupper():
        j -= 1
    run = words[j:]
    if j == 0 or len(run) < 2 or not is_first_name(run[0].strip(g.PUNCT)):
        return ""
    before, first = words[j - 1], [w.lower() for w in words[:j] if w.lower() not in g.DETERMINERS][:1]
    if first and plural(first[0]):
        return ""  # "daughters of the late podiatrist Larry Braunstein", "Top Democrats including …": they speak
    if not before.isalpha() or not before.islower() or before in g.PREPS_IN_NP or before in g.DETERMINERS \
            or before in {"and", "or", "by"}:
        return ""  # "a spokesman for the State Department", "the group Jaish al-Islam" (no first name)
    return " ".join(run)


def party_description(phrase: str, g: Words) -> bool:
    """"Kentucky Republican", "Nevada Democrat", "a Texas Republican": a phrase that ends
    with a party (``parties``) describes a speaker by state and party, and names no one."""
    words = phrase.split()
    return bool(words) and words[-1].strip(g.PUNCT).lower() in g.PARTIES
