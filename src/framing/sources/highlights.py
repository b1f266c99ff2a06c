"""The story highlights a news site prints above an opinion piece (CNN's house style):

    Story highlights David Frum: Was deal smart? If Iran wasn't close …, deal looks reckless
    He says deal relaxes sanctions just when they'd left Iran close to economic collapse
    Frum: Deal doesn't address Iran as bad actor in Syria and beyond; does that not matter?

The author's name and a colon open the first line, and the author's surname (or name) and a
colon may open others: each such line is the author's words, an attribution with no cue (rule
"highlights"); the lines between that say "He says …", "She says …" have the author as their
"he" or "she" (``highlights_pronouns``); after the highlights, a "he" is someone the article
names, not the author (a line is no pronoun's antecedent, as a transcript's). Read only
where the text opens with the marker (``highlights_marker`` of the language's ``words.yaml``)
and a person's name (from a first name on, two to four words), in the short paragraphs after
it (the highlights end at the first long paragraph: the article's own text). The gold reads
these lines as the author's words (a pundit's headline that :mod:`.transcripts` leaves alone,
having no dialogue around it).
"""

from __future__ import annotations

import re

from .first_names import is_first_name
from .records import Attribution
from .words import Words

__all__ = ["highlight_lines"]

#: The author's name and its colon after the marker ("… David Frum: Was deal smart?").
_AUTHOR = re.compile(r"[ \t]+([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]?:[ \t]+(?=\S)")
#: A highlight is a short paragraph; at most this many of them.
_LONGEST, _MOST = 200, 8


def highlight_lines(text: str, atts: list[Attribution], g: Words) -> list[Attribution]:
    """The attributions of the highlight lines that open ``text`` (module docstring); a line
    an attribution of ``atts`` already holds is left to it."""
    marker = g.HIGHLIGHTS_MARKER
    if not marker or not text.startswith(marker):
        return []
    m = _AUTHOR.match(text, len(marker))
    if m is None or not is_first_name(m.group(1).split()[0]):
        return []
    author, name = m.span(1), m.group(1)
    labels = (name + ":", name.split()[-1] + ":")
    out: list[Attribution] = []
    start = 0
    for _ in range(_MOST):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if len(line) > _LONGEST:
            break
        if start == 0:
            speaker, content = author, (m.end(), end)
        else:
            label = next((x for x in labels if line.startswith(x)), None)
            speaker = (start, start + len(label) - 1) if label else None
            content = (start + len(label) + 1, end) if label else None
        if content is not None and content[1] > content[0] and not any(
                a.content[0] <= content[0] < a.content[1] for a in atts):
            att = Attribution(speaker, None, "", content, (start, end), rule="highlights")
            if speaker != author:
                att.extra["antecedent"] = author  # "Frum:" is the author named above
            out.append(att)
        start = end
        while start < len(text) and text[start] in "\n \t":
            start += 1
        if start >= len(text):
            break
    if out:
        for a in atts:  # "He says …" in the highlights: the author (and no antecedent after them)
            if a.cue is not None and a.cue[0] < start and a.speaker is not None \
                    and text[a.speaker[0]:a.speaker[1]].lower() in g.HIGHLIGHTS_PRONOUNS:
                a.extra["follows"] = out[0]
                a.extra["set_apart"] = True
        for att in out:
            att.extra["set_apart"] = True
    return out
