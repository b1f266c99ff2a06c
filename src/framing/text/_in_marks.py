"""What a pair of marks holds: a name or term in marks, or speech (:func:`is_name`), by the
``names_in_marks`` rules of a language that :class:`framing.text.quotes.QuoteRules` compiles
(:mod:`framing.text.quotes` notes them): the punctuation and the words inside the marks, the
words right before them (a title word, a speech word, a naming verb) and after them (a cue).
And the token pattern the quotation reader counts words with."""

from __future__ import annotations

import re

__all__ = ["TOKEN_PATTERN", "TOKEN_RE", "is_name"]

#: A token: a run of letters or digits, with inner hyphens and apostrophes ("IS-held",
#: "Syria’s" are one token each).
TOKEN_PATTERN = r"\w+(?:[-\u2010\u2011'\u2019]\w+)*"
TOKEN_RE = re.compile(TOKEN_PATTERN)


#: punctuation inside marks that makes them speech: a sentence end before white space or
#: at the end ("Газета.ру" is a name), a comma, colon or semicolon
_SPEECH_INSIDE = re.compile(r"[.!?…؟](?:\s|$)|[!?…؟]|[;:,،؛]")


#: at most this many words in marks after a word that names what they hold (a title)
_TITLE_WORDS = 12
#: at most this many words in marks, every one capitalised or a number, make a name
_CAPITALISED_WORDS = 8
#: white space and closing punctuation: all a line holds around a quotation that is its paragraph
_WHOLE_LINE = re.compile(r"[ \t\u00a0\u202f.!?…:]*")
#: a word (or an elided article) right before an opening mark: the quotation is inside its sentence
_WORD_BEFORE = re.compile(r"[^\W_]['’]?[\s\u00a0\u202f]*$")
#: what ends a noun phrase after the closing mark: punctuation, a line's or the text's end
_PHRASE_ENDS = re.compile(r"[ \u00a0\u202f]*(?:[.,;:!?)\n]|$)")
#: a sentence's end right after the closing mark
_SENTENCE_ENDS = re.compile(r"[ \u00a0\u202f]*(?:[.!?؟…\n]|$)")
#: a full stop with a word after it (where an abbreviation's may be)
_STOP_WORD = re.compile(r"\.[\s\u00a0\u202f]+[^\W_]")
#: an ellipsis that ends what the marks hold
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)$")
#: the sentence going on in lower case right after the closing mark (no comma, no dash)
_GOES_ON = re.compile(r"[ \u00a0\u202f]+([^\W\d_])")
#: where a sentence may end: what the sentence after the closing mark is searched up to
_SENTENCE_END = re.compile(r"[.!?…؟\n]")
#: a sentence end followed by another sentence
_SENTENCE_INSIDE = re.compile(r"[.!?…؟]\s+\w")


def is_name(text: str, q, r, listed: bool = False) -> bool:
    """The span ``q`` (a :class:`~framing.text.quotes.QuoteSpan`) holds a name or term in
    marks, not speech, by the rules ``r`` (its language's
    :class:`~framing.text.quotes.QuoteRules`; :mod:`framing.text.quotes` notes them); ``listed``:
    it is an item of a list of quotations, which may hold up to ``_TITLE_WORDS`` words. ``q``
    may be unclosed (a closer lost): then what it holds runs to its end."""
    inner = text[q.start + 1:q.end - q.closed].strip()
    tokens = TOKEN_RE.findall(inner)
    n = len(tokens)
    if n <= _TITLE_WORDS and "." in inner and _STOP_WORD.search(inner):
        inner = r.abbreviated.sub(lambda m: m.group(1)[:-1], inner)  # an abbreviation's full stop ends no sentence: „Dr. House“
    if r.title_before is not None and 1 <= n <= _TITLE_WORDS and _titled(text, q, r, inner) and not (
            n <= r.name_words and inner[:1].islower() and _named(text, q, r, inner[:1])):
        return True  # a title, or one a title's own word introduces, sentences and all (not a judgement
        # of what the title's word names: nannte den Plan „völlig unrealistisch“)
    if 2 <= n <= _CAPITALISED_WORDS and _asked_title(text, q, r, inner):
        return True  # bei „Wer wird Millionär?“ gewann er: a show's or a book's title that asks
    if r.eponym is not None and n == 2 and tokens[1][0].isupper() and r.eponym.fullmatch(inner):
        return True  # «деле Навального»: a case named after a person
    if n == 0 or (n > (_TITLE_WORDS if listed else r.name_words) and not (n <= _CAPITALISED_WORDS and tokens[0][0].isupper() and all(
            t[0].isupper() or t[0].isdigit() or t in r.name_joiners for t in tokens))):
        return False  # longer: only a name whose every word is capitalised, a number or a joiner ("Minuten Tarif 10 GB LTE")
    if _SPEECH_INSIDE.search(inner) and not _cut_short(text, q, inner) and not _capitalised_with_comma(text, q, inner, tokens, r):
        return False
    elided = r.elided.match(inner) if r.elided is not None else None
    first = inner[elided.end():elided.end() + 1] if elided else inner[:1]  # « l’Express »: E
    if not first.isupper() and (r.not_a_name is not None and r.not_a_name.match(inner) or (
            r.predicate is not None and r.predicate.search(text, max(0, q.start - 40), q.start))):
        return False
    if _named(text, q, r, first) or _reported_judgement(text, q, r) or (r.nominal_predicate is not None and n == 1 and _SENTENCE_ENDS.match(text, q.end)
                                     and r.nominal_predicate.search(text, max(0, q.start - 40), q.start)):
        return False  # (واعتبر أن الاتفاق «تاريخي».: the predicate of a nominal sentence)
    line_end = text.find("\n", q.end)
    line_start = text.rfind("\n", 0, q.start) + 1
    if _WHOLE_LINE.fullmatch(text, q.end, len(text) if line_end < 0 else line_end) and (
            _WHOLE_LINE.fullmatch(text, line_start, q.start) or _labelled(text, line_start, q.start)):
        return False  # a paragraph of its own: a quoted subheading ("Land hat Gutachten versäumt"), or a
        # speaker's label and a colon before it (Merz: „Nicht mit uns“, Песков: «Решения нет»)
    if r.speech_inside is not None and r.speech_inside.match(inner):
        return False
    if _headline_quote(text, q, r, inner, first, tokens, line_start):
        return False  # „Wir schaffen das“ – Merkel verteidigt …: a headline's quotation
    if _speech_before(text, q, r, first, tokens):
        return False
    if r.speech_after is None or r.speech_after.match(text, q.end) is None or _subject_of_incise(text, q, r) \
            or _governed(text, q, r) or _clause_follows(text, q, r):
        return True
    # the speech word opens a clause of its own subject after a name a word leads up to
    return r.own_subject is not None and _WORD_BEFORE.search(text, max(0, q.start - 40), q.start) is not None and (
        r.own_subject.match(text, q.end) is not None)


#: a colon, a spaced dash or two full stops after the closing mark: a headline goes on
_HEADLINE_GAP = re.compile(r"[ \t\u00a0\u202f]*(?::|[–—-][ \t\u00a0\u202f]|\.\.)")


def _headline_quote(text: str, q, r, inner: str, first: str, tokens: list[str], line_start: int) -> bool:
    """Marks that open their line, a colon, a spaced dash or two full stops after them, holding
    a sentence that opens with a pronoun, a negation or a verb (``not_a_name``, any case) and,
    where the script has capitals, a word in lower case after its capitalised first: a headline's
    quotation, speech („Wir schaffen das“ – Merkel verteidigt …, « Nous sommes en guerre » :
    Macron …, «Вы еще пожалеете»: Песков …); not a name („Tagesschau“: …, "Casa Blanca": …,
    „Hart aber fair“: …)."""
    if r.not_a_name is None or text[line_start:q.start].strip() or not _HEADLINE_GAP.match(text, q.end) \
            or not r.not_a_name.match(inner):
        return False
    cased = first.lower() != first.upper()
    return not cased or (first.isupper() and any(t[0].islower() and t not in r.name_joiners for t in tokens))


#: a label of one to three words opening a line, then a colon: a headline's speaker (Merz: „…“)
_LABEL = re.compile(r"[ \t\u00a0]*([^\W\d_][\w.'’-]*(?:[ \t\u00a0]+[^\W\d_][\w.'’-]*){0,2})[ \t\u00a0]*:[ \t\u00a0]*")


def _labelled(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a headline's label of capitalised words and its colon."""
    m = _LABEL.fullmatch(text, start, end)
    return m is not None and all(w[:1].isupper() for w in m.group(1).split())


#: a comma, the only speech punctuation a title of capitalised words may hold
_COMMA_ONLY = re.compile(r"[.!?…؟;:؛]")


def _capitalised_with_comma(text: str, q, inner: str, tokens: list[str], r) -> bool:
    """Two to ``max_words`` words, every one capitalised, a comma the only punctuation between
    them, no speech word nor colon before them in their sentence (a title: Vimos «Yo, Daniel
    Blake»; not Gritó: «Viva, México»): the comma makes no speech; what else is read decides."""
    if not (2 <= len(tokens) <= r.name_words and not _COMMA_ONLY.search(inner) and all(t[0].isupper() for t in tokens)):
        return False
    lo = _sentence_before(text, q.start, 120)
    return ":" not in text[lo:q.start] and (r.speech_word is None or r.speech_word.search(text, lo, q.start) is None)


#: a comma, no dash, after the closing mark: what follows is set off in the narrator's sentence
_COMMA_NO_DASH = re.compile(r"[ \u00a0\u202f]*,[ \u00a0\u202f]*(?![—–-])")
#: the rest of an incise closed by a comma, then white space (a short name in marks inside it:
#: «Газпром», как сообщает «Интерфакс», увеличил …)
_INCISE_CLOSED = re.compile(r"(?:[^,.;:!?…\n«»\"“”„]|«[^«»\n,.]{1,30}»|„[^„“\n,.]{1,30}“){1,60},[ \u00a0\u202f]+")


def _subject_of_incise(text: str, q, r) -> bool:
    """The marks open their sentence and a speech word's incise follows them between commas
    with no dash, a verb of the language's (``names_in_marks.verb_after_incise``) after it
    («Роснефть», сообщила компания, увеличила добычу): the name in marks is the sentence's
    subject, the incise no cue of it."""
    if r.verb_after_incise is None or not _COMMA_NO_DASH.match(text, q.end) \
            or text[_sentence_before(text, q.start, 120):q.start].strip():
        return False
    m = r.speech_after.match(text, q.end)
    rest = _INCISE_CLOSED.match(text, m.end()) if m is not None else None
    return rest is not None and r.verb_after_incise.match(text, rest.end()) is not None


def _governed(text: str, q, r) -> bool:
    """The words right before the marks govern them as a noun phrase, so the speech word after
    the comma after them is no incise of them: a preposition (``name_openers``), the speech
    word opening a clause of its own with a conjunction joined (``names_in_marks.coordinated``:
    الحرب ضد «داعش»، وقال إن …); a verb of being (``auxiliaries``), whose subject they hold
    (وكان «حزب الله»، قد أعلن)."""
    lo = max(0, q.start - 30)
    return (r.coordinated is not None and r.article_before is not None and r.coordinated.match(text, q.end) is not None
            and r.article_before.search(text, lo, q.start) is not None) or (
        r.auxiliary_before is not None and r.auxiliary_before.search(text, lo, q.start) is not None)


def _clause_follows(text: str, q, r) -> bool:
    """A word right before the opening mark and, after the comma after the closing one, a
    speech word a complementizer follows (``names_in_marks.clause_after``: président de « SOS
    Racisme », a déclaré que …; presidente de "Greenpeace", declaró que …): the marks end a
    phrase in apposition to the verb's subject, before them; an incise takes no clause."""
    if r.clause_after is None or _WORD_BEFORE.search(text, max(0, q.start - 40), q.start) is None:
        return False
    m = r.speech_after.match(text, q.end)
    return m is not None and r.clause_after.match(text, m.end()) is not None


def _titled(text: str, q, r, inner: str) -> bool:
    """A title word, a so-called or who reports (no sentence ending inside the marks), or a
    word that says a title follows, right before the opening mark in its paragraph."""
    lo = text.rfind("\n", max(0, q.start - 60), q.start) + 1 or max(0, q.start - 60)  # in the same paragraph
    return bool((not _SENTENCE_INSIDE.search(inner) and (r.title_before.search(text, lo, q.start) or (
        r.reported_by is not None and r.reported_by.search(text, lo, q.start))))
        or (r.titled is not None and r.titled.search(text, lo, q.start)))


def _sentence_before(text: str, i: int, back: int) -> int:
    """Where the sentence holding ``i`` begins, at most ``back`` characters before it."""
    lo = max(0, i - back)
    return max(lo, max(text.rfind(c, lo, i) for c in ".!?؟\n") + 1)


def _named(text: str, q, r, first: str) -> bool:
    """A naming construction makes the marks speech: a linking word right before them and
    a verb of naming in the sentence or just after them (als „Schande“ bezeichnet), or a
    verb that names with no link before them, the double marks in lower case or after an
    indefinite article (nannte sie eine „…“; single ones hold a term: nannte es ‚absurd‘)."""
    if r.naming_link is not None and r.naming_link.search(text, max(0, q.start - 20), q.start) and (
            r.naming_before.search(text, _sentence_before(text, q.start, 150), q.start) or r.naming_after.match(text, q.end)):
        return True
    return r.naming_bare is not None and text[q.start] not in r.single_starts and (first.islower() or (
        r.naming_article is not None and r.naming_article.search(text, max(0, q.start - 20), q.start) is not None)
        or _judged_noun(text, q, r, first)) and (
        r.naming_bare.search(text, _sentence_before(text, q.start, 150), q.start) is not None)


def _reported_judgement(text: str, q, r) -> bool:
    """An indefinite article (``naming_articles``) right before the marks, in a sentence of
    reported speech (``reported_mood`` before them, German Konjunktiv I): what the one reported
    calls a thing (Klöckner sei eine „Fehlbesetzung“), capitalised or not; not the first part of
    a compound („Spiegel“-Leser)."""
    return (r.reported_mood is not None and r.naming_article is not None and text[q.end:q.end + 1] != "-"
            and r.naming_article.search(text, max(0, q.start - 20), q.start) is not None
            and r.reported_mood.search(text, _sentence_before(text, q.start, 120), q.start) is not None)


#: the word right before an opening mark (white space apart)
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s\u00a0\u202f]*$")


def _judged_noun(text: str, q, r, first: str) -> bool:
    """One capitalised word in marks right after a noun that bears no name (``name_bearers``:
    nannte den Vorschlag „Unsinn“, not seinen Sohn „Peter“) or after the naming verb's
    preposition in lower case (sprach von „Verrat“), in a language that capitalises its nouns."""
    if r.name_bearers is None or not first.isupper() or len(TOKEN_RE.findall(text, q.start, q.end)) != 1:
        return False
    m = _LAST_WORD.search(text, max(0, q.start - 30), q.start)
    if m is None:
        return False
    word = m.group(1)
    return (word[:1].isupper() and r.name_bearers.match(word) is None and r.naming_bare.search(word) is None) or (
        r.bare_preposition is not None and r.bare_preposition.match(word) is not None
        and r.naming_bare.search(text, max(0, m.start() - 20), m.end()) is not None)


def _speech_before(text: str, q, r, first: str, tokens: list[str]) -> bool:
    """A speech word before the marks makes them speech: before a colon before them; right
    before them, when they read as a sentence (the first word capitalised, another in lower
    case); earlier in the sentence, when they open in lower case."""
    if r.speech_colon is not None and r.speech_colon.search(text, max(0, q.start - 80), q.start):
        return True
    if (r.speech_right_before is not None and first.isupper() and any(t[0].islower() and t not in r.name_joiners for t in tokens)
            and not (r.inverted_subject is not None and r.inverted_subject.fullmatch(text, q.start + 1, q.end - q.closed))
            and r.speech_right_before.search(text, max(0, q.start - 40), q.start)):
        return True  # a sentence, its first word capitalised and another not, right after the speech word
    return bool(first.islower() and not (r.single_terms and text[q.start] in r.single_starts) and (
        (r.speech_word is not None and r.speech_word.search(text, _sentence_before(text, q.start, 120), q.start))
        or _reported(text, q, r)) and not _brand(text, q, r, tokens))


def _reported(text: str, q, r) -> bool:
    """A verb form that reports speech (``names_in_marks.reported_mood``, German Konjunktiv I:
    Bondi werde auf seine „eigentlichen Aufgaben“ …) in the sentence of the marks, before or after them."""
    if r.reported_mood is None:
        return False
    m = _SENTENCE_END.search(text, q.end, q.end + 120)
    return bool(r.reported_mood.search(text, _sentence_before(text, q.start, 120), q.start)
                or r.reported_mood.search(text, q.end, m.start() if m else min(len(text), q.end + 120)))


def _brand(text: str, q, r, tokens: list[str]) -> bool:
    """One word in lower case that ends a noun phrase an article opens, where the language
    writes its nouns with a capital (``names_in_marks.noun_articles``, German: die Vorwürfe
    der „taz“.) or that a word in lower case follows (der „taz“ sei): a name written so, not
    an adjective, which a noun would follow (eine „vernünftige“ Gegensteuerung). So are words
    all in lower case after a preposition of where one speaks (``brand_prepositions``: sagte
    bei „maischberger“, im „heute journal“, gegenüber „t-online“): no noun, so a name."""
    if r.brand_preposition is not None and all(t.islower() for t in tokens) and _PHRASE_ENDS.match(text, q.end) \
            and r.brand_preposition.search(text, max(0, q.start - 12), q.start) is not None:
        return True
    if r.noun_article is None or len(tokens) != 1 or r.noun_article.search(text, max(0, q.start - 12), q.start) is None:
        return False
    goes_on = _GOES_ON.match(text, q.end)  # or a word in lower case after it: no noun follows (der „taz“ sei …)
    return _PHRASE_ENDS.match(text, q.end) is not None or (goes_on is not None and goes_on.group(1).islower())


#: a question or an exclamation that ends a title, and nothing more of speech inside it
_ASKS = re.compile(r"[¿¡]?[^\W\d_][^.…;:,،؛!?؟¿¡]*[!?؟]+")
#: the sentence going on right after the closing mark: white space, then a letter
_WORD_AFTER = re.compile(r"[ \u00a0\u202f]+[^\W\d_]")


def _asked_title(text: str, q, r, inner: str) -> bool:
    """Two to eight words that open with a capital and end with a question or exclamation
    mark, the only speech punctuation they hold, right after an article or preposition
    (``name_openers``; not an indefinite one, ``naming_articles``, after which an answer is
    given: mit einem „Warum nicht?“), the sentence going on after them with no punctuation:
    a title the sentence holds as a noun phrase (bei „Wer wird Millionär?“ gewann er, dans
    « Qui veut gagner des millions ? » il a, en «¿Quién quiere ser millonario?» ganó)."""
    first = inner.lstrip("¿¡")[:1]
    return bool(first.isupper() and _ASKS.fullmatch(inner) and q.closed and r.article_before is not None
                and r.article_before.search(text, max(0, q.start - 20), q.start) is not None
                and not (r.naming_article is not None and r.naming_article.search(text, max(0, q.start - 20), q.start))
                and _WORD_AFTER.match(text, q.end))


def _cut_short(text: str, q, inner: str) -> bool:
    """An ellipsis, the only speech punctuation of ``inner``, cuts a name short: its sentence
    goes on in lower case right after the closing mark (за свою «Дорогу на...» приз)."""
    cut = _CUT_SHORT.sub("", inner)
    goes_on = _GOES_ON.match(text, q.end) if cut != inner else None
    return goes_on is not None and goes_on.group(1).islower() and not _SPEECH_INSIDE.search(cut)
