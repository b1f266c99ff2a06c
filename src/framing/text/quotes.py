"""Quotations: which marks open and close them in a language and in one document, where
each quotation runs, and which "quotations" are names in marks.

Every span is a pair of character offsets into the text as decoded. :mod:`framing.text`
calls :func:`find_spans` once per document (through :func:`framing.text.analyze`).

* **Marks** are a language's data (``quotes`` in its ``language.yaml``). A mark listed both
  as an opener and as a closer — ``»`` and ``«`` in German, which writes »…« and «…»;
  ``“``, which closes „…“ and opens “…” — is **settled per document** from the document's
  own pairing: of the ways to read each such mark (opener or closer), the one under which
  most of the document's marks pair up (an opener followed by a closer) wins; then the one
  whose marks stand as openers and closers stand (an opener before a word, a closer after
  one); then the language's order of ``pairs`` (its usual pair first). Spiegel's
  »Der Zusammenbruch … müssen«, erklärte … is read »open … close«, Le Monde's « … » the
  other way, in the same language folder.
* **Nesting**: with ``pairs`` given, an opener of another pair inside an open quotation
  (Russian «… „…“ …», German „… ‚…‘ …“ with double inner marks) opens an inner quotation
  that its own closer ends; the outer one goes on.
* **Names in marks**: a closed quotation of one to ``names_in_marks.max_words`` words with
  no speech in or around it — no sentence end, comma or colon inside; no speech word
  (``names_in_marks.speech``) before a colon before it (``сказал он: «Нет»``) or after a
  comma or spaced dash after it (``«…», — сказал он``, ``„…“, sagte er``); no word of
  ``names_in_marks.speech_inside`` opening it (Arabic ``«إن …»``, "that …"); not a
  lower-case fragment after a speech word earlier in its sentence (``erklärte, er sei
  „zutiefst besorgt“``) — is a name or a term in marks (Russian «Исламское государство»,
  Arabic «داعش», German „Tagesschau“), not a quotation. So are five to eight words all
  capitalised or numbers ("Minuten Tarif 10 GB LTE"), and up to twelve words of any kind
  right after a word that names what the marks hold (``names_in_marks.titles``: Закон «…»,
  bajo el título “…”, لوكالة «…»), unless a sentence ends inside, and up to twelve words
  as an item of a list of quotations joined by commas or ``names_in_marks.list_words``
  («A», «B» et «C»: topics, titles) when nothing else makes it speech; so are up to twelve
  after a word that labels them so-called (``names_in_marks.so_called``: die sogenannte „…“,
  так называемое «…», ما يسمى «…»), and five to eight capitalised words joined by small ones
  (``name_joiners``: „Allianz für Demokratie und Toleranz“). A relative clause after the
  comma (``relative``: „Spiegel“, der berichtete) is no cue of speech. It is kept apart
  (:attr:`framing.text.TextFacts.names`), so whatever reads quotations reads it as the
  narrator's; scores may count it otherwise (``names_in_marks=`` of
  :func:`framing.count_terms`). The reading is :func:`framing.text._in_marks.is_name`'s. ``max_words: 0`` (English) keeps every such span a
  quotation: English scare quotes are the narrator's distance, read as quoted.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import product

from ._in_marks import TOKEN_PATTERN, TOKEN_RE, is_name
from ._marks import capital_after, confirmed, followed_by_closing, initial, paragraph_ends, turned_pair, typographic_stands
from ._words_before import _WordsBefore

__all__ = ["QuoteSpan", "QuoteRules", "find_spans", "TOKEN_PATTERN"]

_NON_SPACE = re.compile(r"\S")
#: At most this many marks a document may read either way are settled by trying every
#: reading (2 ** n); more are read the language's usual way.
_MAX_SETTLED = 6


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: ``text[start:end]`` runs from its opening mark to its closing mark.

    ``closed`` is False when no closing mark was found (the span then ends with its
    paragraph); ``continues`` is the index of the span this one continues across a
    paragraph break, or -1.
    """

    start: int
    end: int
    closed: bool = True
    continues: int = -1


def _chars(chars: str) -> str:
    """The characters of a string as the inside of a regex character class."""
    return "".join(re.escape(c) for c in chars)


class QuoteRules:
    """A language's quotation marks and its rule for names in marks, compiled."""

    def __init__(self, lang):
        q = lang.quotes
        pairs = [str(p) for p in q.get("pairs") or ()]
        for p in pairs:
            if len(p) != 2:
                from ..lang import LanguageError

                raise LanguageError(f"{lang.folder / 'language.yaml'}: quotes: pairs: {p!r} must be two marks, "
                                    "the opener then the closer (\"«»\").")
        self.double_open, self.double_close = q["double_open"], q["double_close"]
        self.single_open, self.single_close = q["single_open"], q["single_close"]
        self.double_straight, self.single_straight = q["double_straight"], q["single_straight"]
        #: what opens a double quotation at a paragraph's start (a straight mark may)
        self.double_starts = self.double_open + self.double_straight
        self.single_starts = self.single_open + self.single_straight
        self.apostrophe_openers = q["apostrophe_openers"]
        #: what follows an apostrophe split from its word in pre-tokenised text ("month 's",
        #: "we 've"): such a mark opens no quotation (optional)
        self.clitic = re.compile(q["clitics"]) if q.get("clitics") else None
        #: punctuation after which a quotation mark opens rather than closes
        self.opening_context = frozenset(q["opening_context"])
        self.closing_context = q["closing_context"]
        self.marks = "".join(dict.fromkeys(self.double_open + self.double_close + self.double_straight + self.single_open
                                           + self.single_close + self.single_straight))
        # every quotation mark but an apostrophe inside a word ("Syria’s", "don't": after a
        # word character, before a letter or digit), which can neither open nor close one
        apos = q["apostrophes"]
        guard = f"(?:(?<=[^{_chars(apos)}])|(?<!\\w.)|(?![^\\W_]))" if apos else ""
        self.quote_chars = re.compile(f"[{_chars(self.marks)}]{guard}" if self.marks else "(?!)")
        double = self.double_straight + self.double_open + self.double_close
        self.double_marks = re.compile(f"[{_chars(double)}]" if double else "(?!)")
        #: the double marks whose pairing is counted (:func:`framing.text._marks.unpaired_marks`):
        #: not ASCII < and >, which OCR makes of guillemets but text holds for much else
        self.double_chars = "".join(c for c in dict.fromkeys(double) if c not in "<>")
        # marks that are openers and closers both: settled per document (usual role first)
        both = [c for c in dict.fromkeys(self.double_open + self.single_open)
                if c in self.double_close + self.single_close]
        usual = {}
        for p in pairs:
            usual.setdefault(p[0], True)
            usual.setdefault(p[1], False)
        self.settled = tuple((c, usual.get(c, True)) for c in both)
        self.settled_re = re.compile(f"[{_chars(''.join(c for c, _ in self.settled))}]") if both else None
        #: for each such mark, the marks it pairs with (``pairs``, either way, itself left out): a
        #: document that holds none of them writes it on both sides (”سانا”, » Le Temps »)
        self.mates = {c: "".join(dict.fromkeys(m for p in pairs if c in p for m in p if m != c)) for c in both}
        #: for nesting: the closers of each opener (from ``pairs``); empty: no nesting
        self.partners: dict[str, str] = {}
        for p in pairs:
            self.partners[p[0]] = self.partners.get(p[0], "") + p[1]
        #: a straight mark after a digit and a space is a unit, not an opener (2'24 ", 41 ")
        self.units_after_digits = bool(q.get("units_after_digits"))
        #: one-letter words written onto the next one: a straight mark after them opens (و"…")
        self.clitics = str(q.get("clitics") or "")
        #: straight marks typed onto the words outside them may be a pair turned round (word" … "word)
        self.turned = bool(q.get("turned_straight"))
        #: a short quotation in the same marks inside an open one nests in it (" … "Daech" … ")
        self.nest_same = bool(q.get("nest_same_marks"))
        #: openers inside whose quotation a pair of straight double marks is an inner quotation
        #: (French « … "…" … »): the straight marks nest, the guillemet's closer ends the outer one
        self.straight_inside = str(q.get("straight_inside") or "")
        #: ``sentence``: a quotation no mark closes in its paragraph, and that the next paragraph
        #: does not reopen, ends with its first sentence (OCR text has no paragraphs: its
        #: paragraph is the rest of the article); ``paragraph`` (default): with its paragraph
        self.unclosed_to_sentence = q.get("unclosed_ends", "paragraph") == "sentence"
        #: closers that, opening the paragraph after one a quotation is left open at, continue
        #: it (French guillemets de suite written » … : « … ¶ » … »), where a capital follows
        self.continue_marks = str(q.get("continue_marks") or "")
        names = lang.data.get("names_in_marks") or {}
        words, speech = names.get("max_words", 0), names.get("speech")
        if not isinstance(words, int) or words < 0 or not isinstance(speech, (str, type(None))):
            from ..lang import LanguageError

            raise LanguageError(f"{lang.folder / 'language.yaml'}: names_in_marks: max_words must be a whole number "
                                f"(0: never), speech a pattern; not {words!r}, {speech!r} (lang/ru/language.yaml shows both).")
        self.name_words = words
        # a speech word in the four words after a comma or a spaced dash after the closing
        # mark (a hyphen right after it makes a compound: „Tagesschau“-Moderatorin) — unless a
        # relative pronoun opens them (``names_in_marks.relative``): „Spiegel“, der berichtete,
        # « Le Monde », qui affirme: the clause tells of the name, it is no cue of a quotation
        relative = names.get("relative")
        not_relative = r"(?!(?:" + relative + r")(?:(?<=['’])|(?![^\W_])))" if relative else ""
        # (``names_in_marks.incise``: the verbs of an incise that make speech only there, not
        # earlier in the sentence: « Non », rétorque-t-il; «No», sentenció el ministro)
        incise = names.get("incise")
        after = "|".join(x for x in (speech, incise) if x)
        self.speech_after = re.compile(r"\s*(?:[,،]\s*(?:[—–-]\s*)?|\s[—–-]\s*|[—–]\s*)" + not_relative
                                       + r"(?:[^\W\d_]+[\s-]+){0,3}?(?:" + after + ")", re.IGNORECASE) if after else None
        # a subject pronoun or an article opening the words after the comma after the closing
        # mark: a clause with its own subject, which the incise of speech puts after its verb
        # (« … », dit-il; „…“, sagte er; "…", dijo el senador), so no cue after a name the
        # sentence led up to (entretien au « Monde », il estime que …; sagte der „Bild“, man
        # fordere …; En entrevista con "Milenio", el senador dijo que …)
        subjects = names.get("subject_openers")
        self.own_subject = re.compile(r"\s*[,،]\s*(?:" + subjects + r")(?:(?<=['’])|(?![^\W_]))",
                                      re.IGNORECASE) if subjects else None
        clause = names.get("clause_after")  # a complementizer after the speech word after the comma: no incise
        self.clause_after = re.compile(r"[\s\u00a0]+(?:" + clause + r")(?:(?<=['’])|(?![^\W_]))", re.IGNORECASE) if clause else None
        # speech before a colon before the opening mark (сказал он: «Нет»); a colon alone
        # is a dateline's as often (طهران: «الشرق الأوسط»)
        # (or: sagte der „Bild“: „Niemals“, declaró a "Excélsior": "No votaré": the words
        # between may be a name in marks)
        mark = f"[{_chars(self.marks)}]" if self.marks else "(?!)"
        # (the verbs of an incise too: a colon after them introduces what was said, as a comma
        # after the marks does: Le maire a réagi : « … », Der Bürgermeister reagierte: „…“)
        self.speech_colon = re.compile(r"(?:" + after + r")(?:[\s\u00a0\u202f-]+(?:" + mark + r"[\s\u00a0\u202f]*)?[^\W\d_]+"
                                       r"(?:[\s\u00a0\u202f]*" + mark + r")?){0,3}[\s\u00a0\u202f]*:[\s\u00a0\u202f]*$",
                                       re.IGNORECASE) if after else None
        # a speech word earlier in the sentence (a lower-case fragment after it is the
        # speaker's words: erklärte, er sei „zutiefst besorgt“)
        self.speech_word = re.compile(r"(?<!\w)(?:" + speech + ")", re.IGNORECASE) if speech else None
        mood = names.get("reported_mood")
        #: verb forms that report speech (German Konjunktiv I: sei, habe, werde): in the sentence
        #: of marks that open in lower case, before or after them, they make them the words of
        #: the one reported, as a speech word before them does (Dabei gehe es um „kulturelle Vielfalt“)
        self.reported_mood = re.compile(r"(?<!\w)(?:" + mood + r")(?!\w)") if mood else None
        #: a speech word a straight mark is typed onto, white space and a word after the mark
        #: (وقال" تلقينا الموافقة …"): the mark opens the speaker's words
        self.speech_glued = re.compile(r"(?<!\w)(?:" + speech + r")$", re.IGNORECASE) if speech else None
        #: a speech word right before the opening mark, no comma before it (a cue set after a
        #: quotation, « … », écrit « Le Monde », names who speaks): the marks hold its words
        #: when they read as a sentence (sagte „Wir sind bereit“), not as a name (berichtete
        #: „Der Spiegel“, сообщили «РИА Новости», заявил «Известиям», وذكرت «رويترز»)
        self.speech_right_before = re.compile(r"(?<![,،][\s\u00a0\u202f])(?<![,،])(?<!\w)(?:" + speech
                                              + r")[\s\u00a0\u202f]*$", re.IGNORECASE) if speech else None
        titles = "|".join(f"(?:{w})" for w in (names.get("titles"), names.get("so_called")) if w)
        #: a word right before the opening mark that names what the marks hold (the title
        #: «…», the law «…», the agency «…») or labels them a term the writer keeps at a
        #: distance (``so_called``: die sogenannte „…“, так называемое «…», ما يسمى «…»): the
        #: quotation is a name, if it is one of up to _TITLE_WORDS words, whatever its
        #: punctuation and whatever speech is around it
        self.title_before = _WordsBefore(titles) if titles else None
        titled = names.get("titled")
        #: words that say a title follows (intitulé, unter dem Titel, под названием, بعنوان):
        #: up to _TITLE_WORDS words after them are a name even when a sentence ends inside
        self.titled = _WordsBefore(titled) if titled else None
        reported = names.get("reported_by")
        #: words that, right before the opening mark, give who reports or is interviewed (im
        #: Interview mit der „Zeit“, selon « Le Monde », en entrevista con "Milenio", по данным
        #: «Ведомостей», في حديث مع «الحياة»): the quotation names them, as after a title word
        self.reported_by = _WordsBefore(reported) if reported else None
        start = names.get("not_a_name")
        #: first words of a fragment that is no noun phrase (a preposition, a pronoun, a verb
        #: form: « sans délai », „über Parteipolitik stehen“, “لا يقاتل”): speech, not a name,
        #: when the fragment does not start with a capital; an elided form ends with its
        #: apostrophe (« s’est accélérée »)
        self.not_a_name = re.compile(r"(?:" + start + r")(?:(?<=['’])|(?![^\W_]))", re.IGNORECASE) if start else None
        predicate = names.get("predicate")
        #: a copula right before the marks: the fragment is a quoted predicate («est « intenable »)
        self.predicate = _WordsBefore(predicate) if predicate else None
        naming, link = names.get("naming"), names.get("naming_link")
        #: a naming construction: a verb of naming or judging in the sentence (before the
        #: marks, or in the four words after them) and a linking word right before them
        #: (als „Schande“ bezeichnen, qualifie d’« épée », definió como «…», وصفه بـ"…")
        self.naming_link = _WordsBefore(link) if naming and link else None
        self.naming_before = re.compile(r"(?<!\w)(?:" + naming + ")", re.IGNORECASE) if naming and link else None
        self.naming_after = re.compile(r"[\s\u00a0\u202f]*(?:[^\W\d_]+[\s-]+){0,3}?(?:" + naming + ")",
                                       re.IGNORECASE) if naming and link else None
        articles = names.get("name_openers")
        #: articles and prepositions: an opening mark right after one, whose sentence ends
        #: before the next double mark, opens nothing (un « contre-bilan de la rentrée. …: a
        #: name's lost closer)
        self.article_before = _WordsBefore(articles) if articles else None
        bare, article = names.get("naming_bare"), names.get("naming_articles")
        #: a verb that names with no linking word (nannte sie eine „…“, назвал решение «…»):
        #: earlier in the sentence, it makes speech of marks opening in lower case or right
        #: after an indefinite article (``naming_articles``); a capitalised name it gives
        #: (nannte seinen Sohn „Peter“) stays one
        self.naming_bare = re.compile(r"(?<!\w)(?:" + bare + ")", re.IGNORECASE) if bare else None
        self.naming_article = _WordsBefore(article) if article else None
        bearers = names.get("name_bearers")
        #: a language that writes its nouns with a capital: nouns of those that bear a name (nannte
        #: seinen Sohn „Peter“); after another noun, or after the bare verb's preposition, one
        #: capitalised word in marks with no article is a judgement (nannte den Vorschlag „Unsinn“,
        #: sprach von „Verrat“)
        self.name_bearers = re.compile(r"(?:" + bearers + r")$", re.IGNORECASE) if bearers else None
        nominal = names.get("nominal_predicate")
        #: a definite subject after "that" right before the marks (Arabic أن الاتفاق «…»): one word
        #: that ends the sentence there is its predicate, speech
        self.nominal_predicate = _WordsBefore(nominal) if nominal else None
        eponym = names.get("eponym_heads")
        #: a noun of a case, a law or a list and a capitalised name after it (дело Навального,
        #: закон Яровой): in marks, a name, whatever speech word stands earlier
        self.eponym = re.compile(r"(?:" + eponym + r")[\s\u00a0]+[^\W\d_]+(?:-[^\W\d_]+)?", re.IGNORECASE) \
            if eponym else None
        verb = names.get("verb_after_incise")
        #: a verb form after a speech word's incise set off by commas, no dash, after marks that
        #: open their sentence: the marks hold its subject («Роснефть», сообщила компания, увеличила …)
        self.verb_after_incise = re.compile(r"(?:" + verb + r")(?!\w)") if verb else None
        coordinated, auxiliaries = names.get("coordinated"), names.get("auxiliaries")
        #: a conjunction joined to the speech word after the comma after the closing mark (Arabic
        #: و, ف: "، وقال"): it opens a clause of its own, no incise of marks a preposition
        #: (``name_openers``) governs; and verbs of being right before the marks, whose subject
        #: they hold ("وكان «…»، قد أعلن"): a speech word after them is no incise of them either
        self.coordinated = re.compile(r"\s*[,،]\s*(?:" + coordinated + r")(?:" + speech + ")") \
            if coordinated and speech else None
        self.auxiliary_before = _WordsBefore(auxiliaries) if auxiliaries else None
        bare_preps = names.get("bare_prepositions")
        self.bare_preposition = re.compile(r"(?:" + bare_preps + r")$") if bare_preps else None
        inverted = names.get("inverted_subject")
        #: what a name of a capitalised adjective and a noun in lower case looks like (сообщает
        #: «Московский комсомолец»): right after a speech word, the inverted verb's subject, a name
        self.inverted_subject = re.compile(inverted) if inverted else None
        brand = names.get("brand_prepositions")
        #: prepositions of where one speaks: after one, words all in lower case are a name (bei „maischberger“)
        self.brand_preposition = _WordsBefore(brand) if brand else None
        nouns = names.get("noun_articles")
        #: articles of a language that writes its nouns with a capital: one word in lower
        #: case between one and the end of the phrase is a name written so (der „taz“.)
        self.noun_article = _WordsBefore(nouns) if nouns else None
        #: single marks hold terms, not speech, whatever speech word stands earlier in the
        #: sentence (Spanish press: un 'hat-trick', la 'nueva normalidad')
        self.single_terms = bool(names.get("single_marks_are_terms"))
        elided = names.get("elided_articles")
        #: an article written onto the word it stands before (« l’Express »): the name's
        #: capital is that word's
        self.elided = re.compile(r"(?:" + elided + r")(?=[^\W\d_])", re.IGNORECASE) if elided else None
        joins = names.get("name_joiners")
        #: the small words a name of capitalised words holds uncapitalised (Bündnis für
        #: Demokratie und Toleranz, Partido de los Socialistas de Cataluña)
        self.name_joiners = frozenset(joins.split("|")) if joins else frozenset()
        joiners = names.get("list_words")
        #: what stands between two items of a list of quotations: a comma or a semicolon, and
        #: or instead a conjunction ("y", "et", "und", "и"): «A», «B» et «C» are terms or titles
        self.list_gap = re.compile(r"\s*(?:[,;،؛]\s*" + (r"(?:(?:" + joiners + r")\s*)?|(?:" + joiners + r")\s*)"
                                   if joiners else ")"), re.IGNORECASE)
        abbreviations = sorted((lang.sentences or {}).get("abbreviations") or (), key=len, reverse=True)
        #: the full stop of an abbreviation (the language's ``sentences.abbreviations``) or of
        #: an initial before a word: no sentence ends at it inside a name („Dr. House“, «ЗИЛ
        #: им. Лихачева»); at the end ("keinen Plan B.") it still may
        self.abbreviated = re.compile(r"((?<![^\W\d_])(?:" + "".join(re.escape(a) + "|" for a in abbreviations)
                                      + r"[^\W\d_])\.)(?=[\s\u00a0\u202f]+[^\W_])", re.IGNORECASE)
        inside = names.get("speech_inside")
        #: words that, opening what is in the marks, make it speech (Arabic «إن …»: "that …")
        self.speech_inside = re.compile(r"\s*(?:" + inside + r")(?!\w)") if inside else None

    def roles(self, text: str) -> tuple[str, str, str, str]:
        """``(double openers, double closers, single openers, single closers)`` of this
        document: the language's, with each mark it lists both ways settled (module notes)."""
        d_open, d_close, s_open, s_close = self.double_open, self.double_close, self.single_open, self.single_close
        if self.settled_re is None or self.settled_re.search(text) is None:
            return d_open, d_close, s_open, s_close
        present = [(c, u) for c, u in self.settled if c in text][:_MAX_SETTLED]
        found = [m.start() for m in self.quote_chars.finditer(text)]
        seq = [text[i] for i in found]
        straight = self.double_straight + self.single_straight
        pairs = Counter()
        prev = None
        for c in seq:
            if c in straight:
                prev = None
                continue
            if prev is not None and (prev in self.double_open + self.double_close) == (c in self.double_open + self.double_close):
                pairs[prev, c] += 1
            prev = c
        stands = Counter()  # (mark, True): it stands as an opener; False: as a closer
        for i in found:
            c = text[i]
            if any(c == p for p, _ in present):
                before = text[i - 1] if i else " "
                after = text[i + 1] if i + 1 < len(text) else " "
                if (before.isspace() or before in self.opening_context) and after.isalnum():
                    stands[c, True] += 1
                elif before.isalnum() and (after.isspace() or not after.isalnum()):
                    stands[c, False] += 1
        best, best_key = None, None
        keys = {}
        for choice in product((True, False), repeat=len(present)):
            role = {c: r for (c, _), r in zip(present, choice)}
            opens = {c for c in set(seq) if role.get(c, c in d_open + s_open) and c not in straight}
            closes = {c for c in set(seq) if not role.get(c, c not in d_close + s_close) and c not in straight}
            paired = sum(n for (a, b), n in pairs.items() if a in opens and b in closes)
            standing = sum(stands[c, r] for c, r in role.items())
            usual = sum(r == u for (c, u), r in zip(present, choice))
            key = keys[choice] = (paired, standing, usual)
            if best_key is None or key > best_key:
                best, best_key = role, key
        best = _confirmed_roles(text, found, present, best, keys)
        def keep(marks: str, as_opener: bool) -> str:
            return "".join(c for c in marks if best.get(c, as_opener) == as_opener)
        # a closer the document writes on both sides, none of its mates anywhere and an even number
        # of times (”سانا”, » Le Temps »): each one opens what the one before closed (an opener so
        # written, « … « …, is left to what reads lost closers)
        both_ways = "".join(c for c, usual in present if not usual and self.mates.get(c) and text.count(c) % 2 == 0
                            and not any(m in text for m in self.mates[c]))
        dd = "".join(c for c in both_ways if c in d_open + d_close)
        ss = "".join(c for c in both_ways if c not in dd)
        return keep(d_open, True) + dd, keep(d_close, False) + dd, keep(s_open, True) + ss, keep(s_close, False) + ss


def _confirmed_roles(text: str, found: list[int], present: list, best: dict, keys: dict) -> dict:
    """``best`` unless it turns the language's usual direction round without the evidence
    :func:`framing.text._marks.confirmed` asks for (typography: ``«, dit-il``, ``: »Wir``)."""
    usual = {c: u for c, u in present}
    typo = typographic_stands(text, found, "".join(usual))

    def key(role):
        return keys[tuple(role[c] for c, _ in present)]

    def evidence(role):
        return key(role)[1] + sum(typo[c, r] for c, r in role.items())

    return confirmed(best, usual, evidence, lambda role: key(role)[0])


def _opens(text: str, i: int, opening_context: frozenset) -> bool:
    """A straight or single mark at ``i`` stands where a quotation would open."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in opening_context) and not nxt.isspace()


def _unit(text: str, i: int, r: QuoteRules) -> bool:
    """A straight mark at ``i`` after a digit and a space: a unit (41 ", 2'24 ")."""
    return r.units_after_digits and i > 1 and text[i - 1] == " " and text[i - 2].isdigit()


def _alone(text: str, i: int) -> bool:
    """A mark with white space on both sides (pre-tokenised text: '" We won , " he said'):
    with no quotation open it opens one, and the next such mark closes it."""
    return (i == 0 or text[i - 1].isspace()) and (i + 1 >= len(text) or text[i + 1].isspace())


def _closes_single(text: str, i: int) -> bool:
    """A single mark at ``i`` stands where a quotation would close (not inside a word)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and not nxt.isalnum()


def _leading_mark(text: str, s: int, e: int) -> str:
    """The first non-space character of a line, or ''."""
    m = _NON_SPACE.search(text, s, e)
    return text[m.start()] if m else ""


def _after_clitic(text: str, i: int, clitics: str) -> bool:
    """A straight mark at ``i`` written onto a one-letter word (Arabic و"…", ف"…") opens."""
    return (i > 0 and text[i - 1] in clitics and (i == 1 or text[i - 2].isspace())
            and i + 1 < len(text) and not text[i + 1].isspace())


def _after_speech(text: str, i: int, r: QuoteRules) -> bool:
    """A straight mark at ``i`` typed onto a speech word, white space then a word after it
    (وقال" تلقينا …), opens."""
    return (r.speech_glued is not None and i > 0 and text[i - 1].isalpha() and text[i + 1:i + 2].isspace()
            and text[i + 2:i + 3].isalpha() and r.speech_glued.search(text, max(0, i - 20), i) is not None)


def _mark_closes(text: str, j: int, r: QuoteRules, d_close: str) -> bool:
    c = text[j]
    return c in d_close or (c in r.double_straight and not _opens(text, j, r.opening_context))


def _nests(text: str, i: int, pe: int, r: QuoteRules, d_close: str, again: bool = True) -> bool:
    """An opening mark at ``i``, inside an open quotation in the same marks, opens a short
    quotation nested in it (" … "Daech" … ", «إن «حزب الله» …»): the next mark closes it within
    ``names_in_marks.max_words`` words (four if none), and the mark after that, in the same
    paragraph, closes the outer one."""
    m1 = r.double_marks.search(text, i + 1, pe)
    if m1 is None or not _mark_closes(text, m1.start(), r, d_close):
        return False
    if not 1 <= len(TOKEN_RE.findall(text, i + 1, m1.start())) <= (r.name_words or 4):
        return False
    m2 = r.double_marks.search(text, m1.end(), pe)
    if m2 is None or _mark_closes(text, m2.start(), r, d_close):
        return m2 is not None
    # or the outer one goes on, in the same sentence, to another inner quotation: one a colon
    # opens (« … « Nouvelle Star », sur M 6, et je m'étais dit : « Waow ! … »), or a second
    # short one the outer's closer follows (" … "SANTANDER BUENO", se une … "SIEMPRE SANTANDER" … ")
    if text[m2.start()] != text[i] or _SENTENCE_END.search(text, m1.end(), m2.start()):
        return False
    if text[m1.end():m2.start()].rstrip().endswith(":"):
        m3 = r.double_marks.search(text, m2.end(), pe)
        return m3 is not None and _mark_closes(text, m3.start(), r, d_close)
    return _nests(text, m2.start(), pe, r, d_close, again=False) if again else False


#: the end of a sentence that another follows: a full stop, a question or exclamation mark
#: or an ellipsis, then white space and a capital letter or an opening mark
_SENTENCE_END = re.compile(r"[.!?…](?=[\s\u00a0\u202f]+[«“\"(]?[^\W\d_a-zà-ÿ])")


def _unclosed_end(text: str, start: int, end: int, r: QuoteRules) -> int:
    """Where a quotation opened at ``start`` that no mark closes before ``end`` ends: at the
    end of its first sentence where the language says so (``unclosed_ends: sentence``: a
    lost closing mark must not make the narrator's text up to the next mark quoted), else at
    ``end``."""
    if not r.unclosed_to_sentence:
        return end
    return next((m.end() for m in _SENTENCE_END.finditer(text, start + 1, end) if not initial(text, m.start())), end)


def _lost_name(text: str, i: int, pe: int, r: QuoteRules) -> bool:
    """The opening mark at ``i`` stands right after an article or a preposition (a noun
    phrase, a name, follows: un « contre-bilan …) and its sentence ends before the paragraph's next double mark: the
    name's closer was lost, and the mark opens nothing (a reader reads a name, the narrator's
    words; the gold's way a stray mark)."""
    if not r.article_before.rx.search(text, max(0, i - 12), i):  # (twelve characters: no need to trim the window)
        return False
    nxt = r.double_marks.search(text, i + 1, pe)
    stop = next((m for m in _SENTENCE_END.finditer(text, i + 1, nxt.start() if nxt else pe) if not initial(text, m.start())), None)
    return stop is not None


def _straight_pair_inside(text: str, i: int, pe: int, r: QuoteRules, d_close: str) -> bool:
    """A straight double mark at ``i`` inside a quotation opened by a guillemet opens an
    inner one: the next double mark of the paragraph is straight and stands as a closer,
    and a closer that is no straight mark comes after it in the paragraph (the outer
    quotation's)."""
    m1 = r.double_marks.search(text, i + 1, pe)
    if m1 is None or text[m1.start()] not in r.double_straight or _opens(text, m1.start(), r.opening_context):
        return False
    return any(c in text[m1.end():pe] for c in d_close if c not in r.double_straight)


def _first_mark_closes(text: str, s: int, r: QuoteRules, d_close: str) -> bool:
    """The next double quotation mark from ``s`` on closes a quotation.

    Each stretch of text is searched here at most once per open quotation, so the scan
    stays linear.
    """
    m = r.double_marks.search(text, s)
    if m is None:
        return False
    c = text[m.start()]
    return c in d_close or (c in r.double_straight and not _opens(text, m.start(), r.opening_context))


def _short_closed_by_opener(text: str, start: int, i: int, pe: int, r: QuoteRules, d_close: str) -> bool:
    """An opening mark at ``i`` closes the quotation opened at ``start`` (a closer OCR turned
    round, « Illico « et la TSR): that one holds one to ``names_in_marks.max_words`` words
    (four if none) and no sentence end, and the rest of the sentence holds as many closing
    marks as opening ones, so the mark at ``i`` opens nothing (in «8 مارس « … «حزب الله» …»
    a closer is left over for it: it opens; where openers are left over, « a « b « c, the
    marks are noise that no pairing reads)."""
    if not 1 <= len(TOKEN_RE.findall(text, start + 1, i)) <= (r.name_words or 4) or _SENTENCE_END.search(text, start + 1, i):
        return False
    end = _SENTENCE_END.search(text, i + 1, pe)
    closers = [_mark_closes(text, m.start(), r, d_close) for m in r.double_marks.finditer(text, i + 1, end.end() if end else pe)]
    return 2 * sum(closers) == len(closers)


def _misused_opener_closes(text: str, i: int, pe: int, r: QuoteRules, d_open: str) -> bool:
    """An opening mark typed where a closing one belongs: “ right after a word or a
    comma and before a space or punctuation ("… here,“ said Jim Clyburn")."""
    return (text[i] in d_open and i > 0 and not text[i - 1].isspace() and text[i - 1] not in d_open
            and (i + 1 >= pe or text[i + 1].isspace() or text[i + 1] in r.closing_context))


def find_spans(text: str, lines: list[tuple[int, int]], r: QuoteRules) -> tuple[tuple[QuoteSpan, ...], tuple[QuoteSpan, ...], int]:
    """``(quotations, names in marks, double marks)`` of one document, each in text order;
    ``lines``: its paragraphs; the number of its double quotation marks (``r.double_chars``),
    counted in the same pass over the marks. Linear in the length of the text."""
    spans, marks = _find_quotes(text, lines, r)
    if r.name_words <= 0 or not spans:
        return spans, (), marks
    return (*_split_names(text, spans, r), marks)


def _find_quotes(text: str, lines: list[tuple[int, int]], r: QuoteRules) -> tuple[tuple[QuoteSpan, ...], int]:  # noqa: C901 (one pass over the marks: a call per mark would cost the hot path)
    d_open, d_close, s_open, s_close = r.roles(text)
    double_chars, marks = r.double_chars, 0
    d_straight, s_straight = r.double_straight, r.single_straight
    d_starts, s_starts = d_open + d_straight, s_open + s_straight
    partners, opener = r.partners, ""
    spans: list[QuoteSpan] = []
    pending_continue = -1  # index of an unclosed span the next paragraph continues
    kind = None  # "double" or "single" while a quotation is open
    start, cont, after = -1, -1, -1
    inner: list[str] = []  # the closers awaited by quotations nested in the open one (innermost last)
    for n, (ps, pe) in enumerate(lines):
        first_mark = kind is None
        for m in r.quote_chars.finditer(text, ps, pe):
            i = m.start()
            c = text[i]
            if c in double_chars:
                marks += 1
            if i < after:
                continue  # the second mark of a doubled closing ''
            if i > ps and text[i - 1] == c and c in double_chars:
                continue  # a double mark doubled (OCR's »», ""): one mark
            leading = first_mark and not text[ps:i].strip()
            first_mark = False
            if kind is None:
                kind = "double" if leading and pending_continue >= 0 and c in r.continue_marks \
                    else _opening(text, i, c, leading, r, d_open, s_open)
                if kind is None or (kind == "double" and r.article_before is not None and _lost_name(text, i, pe, r)):
                    kind = None
                    continue
                start, opener, inner = i, c, []
                cont = pending_continue if leading else -1
                pending_continue = -1
            elif inner:  # inside a nested quotation: only its closer counts
                if c in inner[-1]:
                    inner.pop()
                elif c in partners and c in d_open and c != opener:
                    inner.append(partners[c])
            elif kind == "double":
                if c in d_straight and opener in r.straight_inside and _straight_pair_inside(text, i, pe, r, d_close):
                    inner.append(c)  # « … "paix" … »: an inner quotation in straight marks
                elif r.nest_same and ((c in d_open and c not in d_close) or (c in d_straight and (_opens(text, i, r.opening_context) or (
                        r.clitics and _after_clitic(text, i, r.clitics))))) and _nests(text, i, pe, r, d_close):
                    inner.append(c if c in d_straight else partners.get(c, d_close))
                elif (c in d_straight and text[i - 1].isspace() and _opens(text, i, r.opening_context)
                      and not (followed_by_closing(text, i, pe) and not _unit(text, i, r))
                      and not (r.turned and turned_pair(text, start, max(r.name_words, 4)))):  # « capitalistes ", ni: it closes
                    # '… elected. "There is …': a straight mark that stands as an opening one
                    # does what “ does inside an open quotation: the earlier one was never closed
                    spans.append(QuoteSpan(start, _unclosed_end(text, start, i, r), False, cont))
                    start, cont, opener = i, -1, c
                elif (partners and c in d_open and c in partners and opener in partners
                        and not set(partners[c]) & set(partners[opener])):
                    inner.append(partners[c])  # «… „…“ …»: an inner quotation
                elif (c in d_close or c in d_straight or _misused_opener_closes(text, i, pe, r, d_open)
                        or (c in d_open and followed_by_closing(text, i, pe))):  # « … «, dit-il: it closes
                    spans.append(QuoteSpan(start, i + 1, True, cont))
                    kind = None
                elif (c in d_open and not (spans and not spans[-1].closed and spans[-1].start >= ps)
                        and _short_closed_by_opener(text, start, i, pe, r, d_close)):
                    # « Illico « et la TSR: OCR's closer (not where the paragraph's marks
                    # already ran unpaired: « a « b « c is noise no pairing reads)
                    spans.append(QuoteSpan(start, i + 1, True, cont))
                    kind = None
                elif c in d_open:
                    # an opening mark inside an open quotation: the earlier one was never
                    # closed, so it ends here (or with its sentence) and a new one begins
                    spans.append(QuoteSpan(start, _unclosed_end(text, start, i, r), False, cont))
                    start, cont, opener = i, -1, c
                elif c in s_straight and text.startswith(c, i + 1) and _closes_single(text, i + 1):
                    # a doubled straight single mark closes a double quotation (“…'', ``…'')
                    spans.append(QuoteSpan(start, i + 2, True, cont))
                    kind, after = None, i + 2
            elif (c in s_close or c in s_straight) and _closes_single(text, i) and not (
                    r.clitic is not None and c in s_straight and text[i - 1].isspace() and r.clitic.match(text, i + 1)):
                # the NYT's ''…'': a doubled straight mark closes what a doubled one opened
                doubled = c in s_straight and (text.startswith(c + c, start) or text.startswith("``", start)) \
                    and text.startswith(c, i + 1)  # and ``…'', as text for TeX writes quotations
                after = i + 2 if doubled else after
                spans.append(QuoteSpan(start, after if doubled else i + 1, True, cont))
                kind = None
        pending_continue = -1
        inner = []
        if kind is not None:
            pending_continue = _left_open(text, lines, n, kind, start, cont, spans, r, d_close, d_starts, s_starts)
            if pending_continue == -2:  # a soft wrap: the quotation goes on
                pending_continue = -1
                continue
            kind = None
    return tuple(spans), marks


def _opening(text: str, i: int, c: str, leading: bool, r: QuoteRules, d_open: str, s_open: str) -> str | None:
    """``"double"`` or ``"single"`` when the mark ``c`` at ``i`` opens a quotation, else None."""
    ctx = r.opening_context
    if c in r.double_straight and r.units_after_digits and i > 1 and text[i - 1] == " " and text[i - 2].isdigit():
        return None  # 41 " d'avance: seconds, inches
    if c in d_open and followed_by_closing(text, i):
        return None  # «, or «. : a closing mark turned round (OCR), which opens nothing
    if c in d_open or (c in r.double_straight and (_opens(text, i, ctx) or _alone(text, i)
                                                   or (r.clitics and _after_clitic(text, i, r.clitics))
                                                   or _after_speech(text, i, r)
                                                   or (r.turned and turned_pair(text, i, max(r.name_words, 4))))):
        return "double"
    if c in s_open or (c in r.single_straight and _opens(text, i, ctx)):
        if c in r.apostrophe_openers and not leading and not _opens(text, i, ctx):
            return None  # a ‘ standing for an apostrophe
        if r.clitic is not None and c in r.single_straight and r.clitic.match(text, i + 1):
            return None  # "last month 's opinion": an apostrophe the tokeniser split off
        return "single"
    return None


def _left_open(text, lines, n, kind, start, cont, spans, r, d_close, d_starts, s_starts) -> int:
    """A quotation open at the end of paragraph ``n``: ended there (appended to ``spans``)
    or carried on. Returns the index of the span the next paragraph continues, -1 for
    none, or -2 when the line break is a soft wrap inside the quotation."""
    pe = lines[n][1]
    nxt = _leading_mark(text, *lines[n + 1]) if n + 1 < len(lines) else ""
    if kind == "double":
        if nxt and nxt in r.continue_marks and nxt not in d_starts and capital_after(text, lines[n + 1]):
            d_starts += nxt  # « … ¶ » …: the quotation goes on in the next paragraph
        if (nxt and nxt not in d_starts and not paragraph_ends(text, lines[n][0], pe, lines[n + 1])
                and _first_mark_closes(text, lines[n + 1][0], r, d_close)):
            return -2  # the line break is a soft wrap inside the quotation: carry it on
        end = pe
        if not nxt or nxt not in d_starts:
            end = _unclosed_end(text, start, pe, r)  # a mark lost: the quotation is bounded by its sentence
        spans.append(QuoteSpan(start, end, False, cont))
        return len(spans) - 1 if nxt in d_starts else -1
    if nxt in s_starts or cont >= 0:
        # a single-quoted paragraph left open is a quotation only when it runs on
        # into (or from) a paragraph that reopens it; otherwise it was an apostrophe
        spans.append(QuoteSpan(start, pe, False, cont))
        return len(spans) - 1 if nxt in s_starts else -1
    return -1


def _split_names(text: str, spans: tuple[QuoteSpan, ...], r: QuoteRules):
    continued = {q.continues for q in spans}
    quotes, names, index = [], [], {}
    # (a short quotation no mark closes is read so too, after one a mark closed: what OCR left
    # of « Tribune » in « Tribune sur le « Conseil fédéral » is a name, its lost closer a stray)
    single = [q.continues < 0 and k not in continued and (q.closed or k == 0 or spans[k - 1].closed)
              for k, q in enumerate(spans)]
    joined = [spans[k].closed and spans[k + 1].closed and single[k] and single[k + 1] and r.list_gap.fullmatch(text, spans[k].end, spans[k + 1].start) is not None
              for k in range(len(spans) - 1)] + [False]
    for k, q in enumerate(spans):
        if single[k] and is_name(text, q, r, joined[k] or (k > 0 and joined[k - 1])):
            names.append(q)
        else:
            index[k] = len(quotes)
            quotes.append(q if q.continues < 0 else QuoteSpan(q.start, q.end, q.closed, index[q.continues]))
    return tuple(quotes), tuple(names)
