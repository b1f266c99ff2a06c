"""Transcript lines: a paragraph that opens with a speaker's label and a colon is that
speaker's words, with no verb of saying.

    Hugh Hewitt: Last night, you said the President was the founder of ISIS. …
    Donald Trump: No, I meant he’s the founder of ISIS. …
    Hewitt: But he’s not sympathetic to them. …
    AMY GOODMAN : We ’ re turning right now to Matt Adams . …
    Press Secretary Sean Spicer: “I mistakenly used an inappropriate … reference …”

News sites print interviews this way (a magazine's excerpt of a radio interview, Democracy
Now's and NPR's transcripts, a debate's exchanges), and a broadcast's soundbite as a label and
a quotation. The same shape also opens paragraphs that are nobody's words ("The backdrop : …",
"SEE ALSO: …", "Update: …", "Photos: …", a pundit's headline "Julian Zelizer: Clinton missed
a knockout punch", "Trump: <the narrator's summary of his position>"), so a line counts only
when its label is a person's name and the text reads as speech:

* the label names a person: from its first word that is a first name (:mod:`.first_names`)
  on, at least two words ("AMY GOODMAN", "Press Secretary Sean Spicer", "JUDGE WILLIAM
  CANBY"), or a single surname that the text writes after a first name elsewhere on a line and
  never in lower case ("Hewitt" with "Hugh Hewitt", "CRUZ" with "Ted Cruz"; not "Claim");
  in a dialogue whose labels are in capitals, any label of two to four words in capitals
  ("ARI BERMAN", "NERMEEN SHAIKH");
* and either the text is a dialogue — at least three such lines, two people or more, one of
  them speaking twice, and at least half of the lines holding a word of the first or second
  person ("I", "we", "you": people talking to each other, not a narrator's summaries) — or
  the line is one quotation from its colon to its end (the soundbite).

Each line is one attribution with no cue (``rule`` "transcript"): the speaker is the label's
name (resolved through the name the text writes in full, so "HEWITT" is Hugh Hewitt), the
content the rest of the paragraph (the quotation, marks included, for a soundbite), the
addressee in a dialogue the other person of the neighbouring line. Quotations inside the line
are its content, not other rows. A line is no pronoun's antecedent: a "he" in it or after it
is someone the speakers talk about.
"""

from __future__ import annotations

import re

from ..text import TextFacts
from .first_names import is_first_name
from .records import Attribution
from .words import Words

__all__ = ["transcript_lines", "labelled_headlines", "quoted_subheadings"]

#: A label opening a paragraph: up to six capitalised words (name particles between them), a
#: colon (a space before it in tokenised texts), then the line.
_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+(?:[A-Z][\w.'’\-]*|de|al|bin|van|von|del|da|la|le))"
                    r"{0,5})[ \t]?:[ \t]+(?=\S)")
#: How far from its line's start a label's colon may stand.
_LABEL_REACH = 80
_WORD = re.compile(r"[\w’']+")
_NAME_WORD = re.compile(r"[^\s,;:()]+")
_OPEN = "\"“‘'`"
#: A label opening a line in any cased script: one to three capitalised words, a colon, the line.
_ANY_LABEL = re.compile(r"[ \t]*(?P<label>[^\W\d_][\w.'’\-]*(?:[ \t]+[^\W\d_][\w.'’\-]*){0,2})[ \t]?:[ \t]+(?=\S)")
#: A headline of a speaker's words that is not one quotation: at most this many words, no full stop.
_HEADLINE_WORDS = 15
#: Dialogue: at least this many lines, and this share of them in the first or second person.
_MIN_LINES, _SPEECH_SHARE = 3, 0.5


def transcript_lines(text: str, facts: TextFacts, atts: list[Attribution], g: Words) -> list[Attribution]:
    """The attributions of the transcript lines of ``text`` (module docstring), none where
    the pattern does not hold; a line whose words an attribution of ``atts`` already holds
    is left to it."""
    lines = _labelled_lines(text, facts.body_end)
    if not lines:
        return []
    known: dict = {}  # each label read once: a transcript repeats its speakers' labels
    people = [(x, name) for x in lines if (name := _once(known, _person, text, x["label"])) is not None]
    if not people:
        return []
    own = [(x, n) for x, n in people if "inline" not in x]
    if own and len(own) < len(people) and not _dialogue(text, own, g):
        people = own  # a label after a sentence's end joins only a transcript its lines' labels make
        lines = [x for x in lines if "inline" not in x]
    people = _cut_at_labels(text, people)
    keys = _keys(text, people)
    dialogue = _dialogue(text, people, g, keys)
    if dialogue and 2 * sum(text[slice(*n[0])].isupper() for _x, n in people) > len(people):
        # a transcript that writes its labels in capitals: its other labels in capitals are people
        # too, whatever their first names ("ARI BERMAN:", "NERMEEN SHAIKH:", "TRUMP SUPPORTER:")
        people = _cut_at_labels(text, [(x, name) for x in lines if (
            name := _once(known, _person, text, x["label"]) or _in_capitals(text, x["label"]))])
        keys = _keys(text, people)
    out: list[Attribution] = []
    for k, (x, name) in enumerate(people):
        quoted = _quotation(text, facts, x["content"])
        if not dialogue and (quoted is None or x.get("inline")):
            continue
        content = quoted or x["content"]
        if any(a.content[0] <= content[0] and content[1] <= a.content[1] for a in atts):
            continue  # a cue's quotation already holds it ("Gabbard answered:" …)
        att = Attribution(name[0], None, "", content, x["paragraph"], rule="transcript")
        att.extra["set_apart"] = True
        if name[1] is not None:
            att.extra["antecedent"] = name[1]
        if dialogue:
            att.addressee = _other(people, keys, k)
        out.append(att)
    return out


def _labelled_lines(text: str, end: int) -> list[dict]:
    """The lines of ``text`` before ``end`` that open with a label: read from each colon
    (rare in a text) back to its line's start, which must be near and in capitals; then the
    labels after a sentence's end (:func:`_inline_lines`), in text order."""
    out: list[dict] = []
    at = text.find(":", 0, end)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        first = text[start:start + 1]
        if at - start <= _LABEL_REACH and first and (first.isupper() or first in " \t"):
            m = _LABEL.match(text, start, end)
            x = _line(text, m, end) if m is not None else None
            if x is not None:
                out.append(x)
        nl = text.find("\n", at)
        at = text.find(":", nl, end) if nl >= 0 else -1
    if text.count(":", 0, end) < _MIN_LINES:
        return out  # no dialogue: labels after a sentence's end are read in one only
    inline = _inline_lines(text, end, {x["content"][0] for x in out})
    return sorted(out + inline, key=lambda x: x["label"][0]) if inline else out


#: A label after the end of a sentence on its line (a full stop, a question or an exclamation
#: mark, or a colon: the line that introduces the transcript; maybe a closing mark; a space).
_INLINE = re.compile(r"[.!?…:][\"”’')]?[ \t\u00a0]+(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+(?:[A-Z][\w.'’\-]*|de|al|bin|van|von|"
                     r"del|da|la|le)){0,5})[ \t]?:[ \t]+(?=\S)")


def _inline_lines(text: str, end: int, known: set) -> list[dict]:
    """The lines whose label stands after a sentence's end rather than at a line's start
    (``inline``): a transcript whose paragraph breaks were lost (OCR, a flattened page: "…
    okay? Hewitt: Well, …"), a debate whose turns run together on a line; read in a dialogue
    only, each line ending where the next label opens (:func:`_cut_at_labels`). One scan."""
    out = []
    for m in _INLINE.finditer(text, 0, end):
        if m.end() not in known:  # ("DR. JILL STEIN:" opening its line is read there)
            x = _line(text, m, end)
            if x is not None:
                x["inline"] = True
                out.append(x)
    return out


def _cut_at_labels(text: str, people: list) -> list:
    """The lines of ``people``, each ending where the next one's label opens inside it (a
    label after a sentence's end)."""
    out = []
    for k, (x, name) in enumerate(people):
        at = people[k + 1][0]["label"][0] if k + 1 < len(people) else -1
        if x["content"][0] < at < x["content"][1]:
            c0, c1 = x["content"][0], at
            while c1 > c0 and text[c1 - 1].isspace():
                c1 -= 1
            x = dict(x, content=(c0, c1), paragraph=(x["paragraph"][0], at))
        out.append((x, name))
    return out


def _dialogue(text: str, people: list, g: Words, keys: list[str] | None = None) -> bool:
    """The lines of ``people`` are a dialogue (module docstring)."""
    keys = _keys(text, people) if keys is None else keys
    return len(people) >= _MIN_LINES and 2 <= len(set(keys)) < len(keys) and sum(
        any(w.casefold() in g.FIRST_SECOND for w in _WORD.findall(text, *x["content"])) for x, _n in people
    ) >= _SPEECH_SHARE * len(people)


def _line(text: str, m: re.Match, end: int) -> dict | None:
    """The label's span, the paragraph and the content after the colon, or None for a line
    with nothing after its label."""
    nl = text.find("\n", m.end())
    p1 = min(end, nl if nl >= 0 else len(text))
    c0, c1 = m.end(), p1
    while c1 > c0 and text[c1 - 1].isspace():
        c1 -= 1
    if c1 <= c0:
        return None
    return {"label": m.span("label"), "paragraph": (m.start("label"), p1), "content": (c0, c1)}


def _person(text: str, label: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """``(name span, the full name written elsewhere or None)`` when the label names a
    person (module docstring), else None."""
    words = [(m.start() + label[0], m.end() + label[0]) for m in re.finditer(r"\S+", text[label[0]:label[1]])]
    first = next((k for k, (s, e) in enumerate(words) if is_first_name(text[s:e])), None)
    if first is not None and len(words) - first >= 2:
        span = (words[first][0], words[-1][1])
        return span, (_written(text, text[span[0]:span[1]], label) if text[span[0]:span[1]].isupper() else None)
    if len(words) != 1:
        return None
    surname = text[words[0][0]:words[0][1]]
    full = _full_name(text, surname, label)
    return (words[0], full) if full is not None else None


def _once(known: dict, read, text: str, label: tuple[int, int]):
    """``read(text, label)`` for the first label of its words, the same (moved to this
    label) for the others: the name's span within the label, the full name elsewhere."""
    key = text[label[0]:label[1]]
    if key not in known:
        name = read(text, label)
        known[key] = None if name is None else ((name[0][0] - label[0], name[0][1] - label[0]), name[1])
    kept = known[key]
    return None if kept is None else ((label[0] + kept[0][0], label[0] + kept[0][1]), kept[1])


def _keys(text: str, people: list) -> list[str]:
    """The last word of each line's name, in lower case: who speaks, line by line."""
    return [text[slice(*n[0])].split()[-1].casefold() for _x, n in people]


def _in_capitals(text: str, label: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """A label of two to four words in capitals, as :func:`_person` gives a name, or None."""
    written = text[label[0]:label[1]]
    if not (written.isupper() and 2 <= len(written.split()) <= 4):
        return None
    return label, _written(text, written, label)


def _written(text: str, name: str, label: tuple[int, int]) -> tuple[int, int] | None:
    """Where the text writes the name of a label in capitals ("AMY GOODMAN") as a name
    ("Amy Goodman"), outside the labels, or None."""
    words = [w[:1] + w[1:].lower() for w in name.split()]
    pattern = re.compile(r"\s+".join(map(re.escape, words)) + r"\b")
    at = text.find(words[0])
    while at >= 0:  # the pattern tried only where its first word stands (a quick look in C)
        m = pattern.match(text, at)
        if m is not None and at != label[0] and not text[at - 1:at].isalnum():
            return m.span()
        at = text.find(words[0], at + 1)
    return None


def _full_name(text: str, surname: str, label: tuple[int, int]) -> tuple[int, int] | None:
    """The first place the text writes a first name, maybe a middle word, and ``surname``
    on one line (in any case: "CRUZ" is "Ted Cruz"), or None; None too for a word the text
    also writes in lower case."""
    word = surname[:1] + surname[1:].lower() if surname.isupper() else surname
    if text.count(word) < 2 - surname.isupper():
        return None  # written nowhere else
    if _a_word_of(text, word.lower()):
        return None  # a common noun ("Claim: …", "Update: …"), written in lower case too
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if at != label[0] and not text[end:end + 1].isalnum():
            words = [(m.start(), m.group()) for m in _NAME_WORD.finditer(text, max(text.rfind("\n", 0, at) + 1, at - 40), at)]
            # "Hugh Hewitt", "Ted Cruz", "Donald J. Trump": a first name, maybe one more word
            for k in (-1, -2)[:len(words)]:
                if words[k][1][:1].isupper() and is_first_name(words[k][1]) and (k == -1 or words[-1][1][:1].isupper()):
                    return words[k][0], end
        at = text.find(word, end)
    return None


def _a_word_of(text: str, word: str) -> bool:
    """``word`` stands in ``text`` as a word of its own."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not text[at - 1:at].isalnum() and not text[end:end + 1].isalnum():
            return True
        at = text.find(word, end)
    return False


def _quotation(text: str, facts: TextFacts, content: tuple[int, int]) -> tuple[int, int] | None:
    """The quotation, marks included, that is the whole of ``content``, or None."""
    s, e = content
    if text[s] not in _OPEN:
        return None
    q = facts.quote_starting_at(s)
    if q is None or q.end < e - 1:
        return None
    return (q.start, q.end)


def _other(people: list, keys: list[str], k: int) -> tuple[int, int] | None:
    """The name of the other person in the line before (or else after) line ``k``."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(people) and keys[j] != keys[k]:
            return people[j][1][0]
    return None


def labelled_headlines(text: str, facts: TextFacts, atts: list[Attribution]) -> list[Attribution]:
    """The headlines of the clause languages that give a speaker's words with a label and a
    colon and no verb ("Trump: „Es geht um viele Dinge“", "Bönte: Fury muss Usyks Rhythmus
    brechen", "Лавров: «Россия не допустит …»"), read where the language's ``words.yaml`` says
    ``label_lines``: a line that opens with one to three capitalised words whose last one
    ends the written speaker of an attribution of ``atts`` (the name of someone the text quotes
    with a verb, in the case it speaks in: "Fazit:", "Update:", "Video:" name no one it
    quotes, "Gewerkschaft:" is the head of "Die Gewerkschaft Komba", not its name), a colon, then either one
    quotation to the line's end or a headline (no full stop, at most :data:`_HEADLINE_WORDS`
    words). One attribution with no cue each (``rule`` "transcript"), its speaker the label."""
    said = {text[a.speaker[0]:a.speaker[1]].split()[-1] for a in atts if a.speaker and a.speaker[1] > a.speaker[0]}
    out: list[Attribution] = []
    at = text.find(":", 0, facts.body_end) if said else -1
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        m = _ANY_LABEL.match(text, start, facts.body_end) if at - start <= _LABEL_REACH else None
        x = _line(text, m, facts.body_end) if m is not None and m.end() > at else None
        label = text[slice(*x["label"])].split() if x is not None else []
        if label and all(w[:1].isupper() for w in label) and label[-1] in said:
            q = facts.quote_starting_at(x["content"][0])
            content = (q.start, q.end) if q is not None and q.end >= x["content"][1] - 1 else None
            line = text[slice(*x["content"])]
            if content is None and not line.endswith((".", "!", "?", "…")) and len(line.split()) <= _HEADLINE_WORDS:
                content = x["content"]
            if content is not None and not any(a.content[0] <= content[0] < a.content[1] for a in atts):
                att = Attribution(x["label"], None, "", content, x["paragraph"], rule="transcript")
                att.extra["set_apart"] = True
                out.append(att)
        nl = text.find("\n", at)
        at = text.find(":", nl, facts.body_end) if nl >= 0 else -1
    return out


#: How far after a quoted subheading its speaker may be quoted (characters), and how many words
#: a subheading holds at most.
_SUBHEADING_REACH, _SUBHEADING_WORDS = 1500, 12
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")


def quoted_subheadings(text: str, facts: TextFacts, atts: list[Attribution]) -> list[Attribution]:
    """Subheadings that quote with no cue ("„Die Liste der Künstler wird immer länger“",
    "„Einzigartiger Korpsgeist“ bei der Feuerwehr", "Bundestagspräsidentin soll „über
    Parteipolitik stehen“"), read where the language's ``words.yaml`` says ``quoted_subheadings``:
    a line of at most :data:`_SUBHEADING_WORDS` words with no full stop, a paragraph of its own,
    that holds a quotation no attribution of ``atts`` holds, itself not ended by a full stop (one
    that is goes on from the paragraph before) and after no label's colon (:func:`labelled_headlines`). The words are those of a speaker the
    paragraphs after it quote (the sub-editor's heading announces them): the first report after
    it whose content holds most of the subheading's words, else the first report after it (within
    :data:`_SUBHEADING_REACH` characters). One attribution with no cue each (``rule``
    "subheading"), its speaker the one of that report (``extra["heads"]``: resolved as it is)."""
    out: list[Attribution] = []
    cued = [a for a in atts if a.cue is not None and a.speaker is not None and not a.nested]
    for q in facts.quotes:
        if q.start >= facts.body_end or any(a.content[0] <= q.start < a.content[1] for a in atts):
            continue
        start, end = text.rfind("\n", 0, q.start) + 1, text.find("\n", q.end)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if not line or start > 0 and text[start - 2:start] != "\n\n" or end < len(text) and text[end:end + 2] != "\n\n" \
                or line[-1:] in ".!?…" and line[-2:-1] not in "“”\"»«" or len(line.split()) > _SUBHEADING_WORDS \
                or text[q.start:q.end].rstrip("“”\"»«‘’'").endswith((".", "…")) or ":" in text[start:q.start]:
            continue  # (a quotation ending with a full stop goes on from the paragraph before; "Fazit: „…“")
        after = [a for a in cued if q.end < a.cue[0] <= q.end + _SUBHEADING_REACH]
        if not after:
            continue
        words = {x.casefold() for x in _CONTENT_WORD.findall(text, q.start, q.end)}
        held = [a for a in after if words and 2 * len(words & {x.casefold() for x in _CONTENT_WORD.findall(
            text, *a.content)}) > len(words)]
        att = Attribution(None, None, "", (q.start, q.end), (start, end), rule="subheading")
        att.extra["heads"] = (held or after)[0]
        att.extra["set_apart"] = True
        out.append(att)
    return out
