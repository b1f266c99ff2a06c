"""The grammar words of a language read by the clause rules (:mod:`.clauses`): the
``words.yaml`` of a language whose ``rules`` entry is ``clauses`` (French, German, Spanish,
Russian, Arabic: ``framing/lang/fr/words.yaml`` shows each entry).

Where English's rules (:mod:`.speakers`) read many lists named after English grammar, the
clause rules read a few that every language has: determiners, auxiliaries, subject
pronouns, role words and titles, the words that open a reported clause ("que", "dass",
"что", "أن"), the words inside a name or a role ("de", "von", "al") and the language's word
order. :func:`rules_of` says which rules read a language.

Examples
--------
>>> w = clause_words_of("fr")
>>> w.PRONOUNS["elle"], "que" in w.COMPLEMENTIZERS, w.ORDER
('f', True, 'svo')
>>> rules_of("fr"), rules_of("en")
('clauses', 'english')
"""

from __future__ import annotations

import re

from ..lang import Language, LanguageError, get_language
from ..lexicon.forms import ARABIC_MARKS, HAMZA_ALEF_RE

__all__ = ["ClauseWords", "clause_words_of", "rules_of", "role_of", "category_of", "uncased", "bare", "derived", "kept",
           "periphrasis", "RULE_SETS", "MEMO_CAP"]

#: The speaker rules there are: ``english`` (:mod:`.speakers`, reading the English lists of
#: ``words.yaml``) and ``clauses`` (:mod:`.clauses`, reading the lists below).
RULE_SETS = ("english", "clauses")
#: The word orders the clause rules know: the subject before the verb ("svo"), the verb
#: second (German: "Am Montag sagte Merz"), the verb first (Arabic: "قال الوزير").
ORDERS = ("svo", "v2", "vso")

# name in words.yaml -> attribute (sets of lower-case words)
_SETS = {"determiners": "DETERMINERS", "aux": "AUX", "adverbs": "ADVERBS", "stop": "STOP", "prepositions": "PREPS",
         "complementizers": "COMPLEMENTIZERS", "joiners": "JOINERS", "conjunctions": "CONJUNCTIONS",
         "titles": "TITLES", "person_roles": "PERSON_ROLES", "org_words": "ORG_WORDS", "nationalities": "NATIONALITIES",
         "fronted_objects": "FRONTED_OBJECTS", "first_person": "FIRST_PERSON", "time_words": "TIME_WORDS",
         "female": "FEMALE", "male": "MALE", "relatives": "RELATIVES",
         "object_clitics": "OBJECT_CLITICS", "articles": "ARTICLES", "definite": "DEFINITE",
         "speaker_ends": "SPEAKER_ENDS", "name_particles": "NAME_PARTICLES", "subordinators": "SUBORDINATORS",
         "listeners": "LISTENERS", "adverbial_heads": "ADVERBIAL_HEADS", "anaphoric_roles": "ANAPHORIC_ROLES",
         "shared_subject": "SHARED_SUBJECT", "body_preps": "BODY_PREPS", "negations": "NEGATIONS",
         "fronted_preps": "FRONTED_PREPS", "fronted_relatives": "FRONTED_RELATIVES", "object_suffixes": "OBJECT_SUFFIXES",
         "contractions": "CONTRACTIONS", "oblique": "OBLIQUE", "fronted_at_start": "FRONTED_AT_START",
         "documents": "DOCUMENTS", "source_suffixes": "SOURCE_SUFFIXES", "passive_aux": "PASSIVE_AUX",
         "agent_preps": "AGENT_PREPS", "nominative": "NOMINATIVE", "reflexive_passive": "REFLEXIVE_PASSIVE",
         "indefinite": "INDEFINITE", "listener_preps": "LISTENER_PREPS", "place_nouns": "PLACE_NOUNS",
         "body_pronouns": "BODY_PRONOUNS", "source_clauses": "SOURCE_CLAUSES",
         "negated_by": "NEGATED_BY", "restrictives": "RESTRICTIVES",
         "negated_said": "NEGATED_SAID", "source_after": "SOURCE_AFTER", "learned_from": "LEARNED_FROM",
         "same_source": "SAME_SOURCE", "coordinators": "COORDINATORS", "subject_asides": "SUBJECT_ASIDES",
         "neuter_clitic": "NEUTER_CLITIC", "passive_reports": "PASSIVE_REPORTS", "said_passives": "SAID_PASSIVES",
         "idioms": "IDIOMS", "infinitive_mark": "INFINITIVE_MARK", "dative_articles": "DATIVE_ARTICLES",
         "document_preps": "DOCUMENT_PREPS", "definite_bodies": "DEFINITE_BODIES"}
_OPTIONAL = {"org_words", "nationalities", "fronted_objects", "female", "male", "time_words", "adverbs", "relatives", "object_clitics", "articles",
             "definite", "speaker_ends", "name_particles", "subordinators",
             "listeners", "adverbial_heads", "anaphoric_roles", "shared_subject", "body_preps", "negations",
             "fronted_preps", "fronted_relatives", "object_suffixes",
             "contractions", "oblique", "fronted_at_start", "documents", "source_suffixes", "passive_aux",
             "agent_preps", "nominative", "reflexive_passive", "indefinite", "listener_preps", "place_nouns",
             "body_pronouns", "source_clauses", "negated_by", "restrictives", "negated_said",
             "source_after", "learned_from", "same_source", "coordinators", "subject_asides", "neuter_clitic",
             "passive_reports", "said_passives", "idioms", "infinitive_mark", "dative_articles", "document_preps", "definite_bodies"}
#: Optional sets a language may give, each read into the attribute named:
_OPTIONAL_SETS = {
    "role_adjectives": "ROLE_ADJECTIVES",  # a role's adjective after its adjective of origin ("المندوب الروسي الدائم")
    "name_definites": "NAME_DEFINITES",  # definite words that end a compound given name ("حسن نصر الله")
    "deputies": "DEPUTIES",  # before another role it says that role's kind ("نائب مدير الهيئة": no MP)
    "principals": "PRINCIPALS",  # a role whose kind is its complement's when that says one ("ein Sprecher der Polizei")
    "states": "STATES",  # countries and capitals: a speaker that is one is its government ("La Chine a appelé")
    "named_body_heads": "NAMED_BODY_HEADS",  # of a body named with its article, no state's ("presidente del Real Madrid")
    "article_states": "ARTICLE_STATES",  # countries named with their article ("de los Estados Unidos")
    "anonymity": "ANONYMITY",  # a source's anonymity after it ("قال مسؤول رفض الكشف عن اسمه إن …")
    "relative_objects": "RELATIVE_OBJECTS",  # a fronted relative's pronoun ("وفقا لما صرح به الوزير")
    "reflexive_aux": "REFLEXIVE_AUX",  # a participle agrees with an active subject after them ("s’est félicitée")
    "impersonal_passive": "IMPERSONAL_PASSIVE",  # an expletive and a present passive's auxiliary ("il est précisé que")
    "labelling_verbs": "LABELLING_VERBS",  # cue lemmas whose object is what they label ("tachar de")
    "labelling_links": "LABELLING_LINKS",  # the word before the label ("de", "como")
    "plural_articles": "PLURAL_ARTICLES",  # a joiner that opens its sentence as an article ("De nombreux médias")
    "represented_by": "REPRESENTED_BY",  # what names a body's representative ("en la personne du procureur")
    "clefts": "CLEFTS",  # the words that open a cleft before its focus ("Fue … quien", "C’est … qui")
    "anaphoric_bodies": "ANAPHORIC_BODIES",  # a body's kind said alone: the body that spoke before ("la compañía")
    "quoted_passives": "QUOTED_PASSIVES",  # participles whose passive's subject speaks ("wird … zitiert")
}
_SETS.update(_OPTIONAL_SETS)
_OPTIONAL.update(_OPTIONAL_SETS)
_KINDS = {"m", "f", "person", "plural", "org"}
#: the most words a memo of words read in texts keeps (:func:`kept`); a word past it is read again
MEMO_CAP = 100_000
#: the final letters a role word loses in its other cases ("заместитель" → "заместителя")
_STEM_ENDS = set("ьйаяоеы")


def rules_of(language: "str | Language | None" = None) -> str:
    """Which speaker rules read ``language``: the ``rules`` entry of its ``words.yaml``
    (``english`` when it has none, as a folder copied from English's)."""
    lang = get_language(language)
    return lang.memo("rules", _read_rules)


def _read_rules(lang: Language) -> str:
    if lang.file("words.yaml") is None:
        return "english"
    rules = lang.words.get("rules", "english")
    if rules not in RULE_SETS:
        raise LanguageError(f"{lang.folder / 'words.yaml'}: rules must be one of {', '.join(RULE_SETS)}, not {rules!r}.")
    return rules


class ClauseWords:
    """A language's words as the clause rules read them (``words.yaml``; see French's).

    Sets of lower-case words: ``DETERMINERS AUX ADVERBS STOP PREPS COMPLEMENTIZERS JOINERS
    CONJUNCTIONS TITLES PERSON_ROLES ORG_WORDS NATIONALITIES FRONTED_OBJECTS FIRST_PERSON
    TIME_WORDS FEMALE MALE RELATIVES``; ``ELISIONS`` (elided words: "l’"); ``GENDER_ENDINGS``
    (f/m -> the pattern of a verb form's ending: Russian "-ла"); ``CASED`` (names are
    capitalised); ``PRONOUNS`` (subject pronoun -> m, f, person, plural or org);
    ``ORDER`` (svo, v2, vso); ``PRO_DROP`` (a verb may stand without its subject);
    ``TOKEN_RE``, ``PARTICLE_RE``; the strings ``OPEN_Q CLOSE_Q CURLY_OPEN DASHES``.
    ``language``, ``features`` and ``CURLY_OPEN`` let the shared tokenizer and sentence
    splitter of :mod:`.phrases` read it as they read English's words.
    """

    def __init__(self, lang: Language):
        data = lang.words
        where = f"{lang.folder / 'words.yaml'}"
        for key, attr in _SETS.items():
            value = data.get(key, [] if key in _OPTIONAL else None)
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise LanguageError(f"{where}: {key} must be a list of words (lang/fr/words.yaml shows each entry); "
                                    "quote words YAML would read as another type ('no', 'on').")
            setattr(self, attr, {v.lower().replace("'", "’") for v in value})
        self._read_forms(data, where)
        pronouns = data.get("pronouns")
        if not isinstance(pronouns, dict) or not all(str(v) in _KINDS for v in pronouns.values()):
            raise LanguageError(f"{where}: pronouns must map each subject pronoun to its kind ({', '.join(sorted(_KINDS))}).")
        self.PRONOUNS = {str(k).lower(): str(v) for k, v in pronouns.items()}
        possessives = data.get("possessives", {})
        if not isinstance(possessives, dict) or not all(str(v) in _KINDS for v in possessives.values()):
            raise LanguageError(f"{where}: possessives must map each possessive inside a cue to its kind ("
                                f"{', '.join(sorted(_KINDS))}).")
        #: possessives that name the speaker inside a cue ("по его словам")
        self.POSSESSIVES = {str(k).lower(): str(v) for k, v in possessives.items()}
        self.ORDER = str(data.get("order", "svo"))
        if self.ORDER not in ORDERS:
            raise LanguageError(f"{where}: order must be one of {', '.join(ORDERS)}, not {self.ORDER!r}.")
        self.PRO_DROP = _flag(data, "pro_drop", where)
        self._read_reference(data, where)
        # the optional description patterns the shared splitter and phrase rules read (English's
        # words.yaml documents them): none unless the language gives them
        self.DATELINE = _pattern(data, "dateline", where)
        self.PARTY_TAG = _pattern(data, "party_tag", where)
        self.HOMETOWN = _pattern(data, "hometown", where)
        self.OF_HEADS = set(_words(data, "of_heads", where))
        #: how a word names a role: exactly, by its end (compounds) or its start (cases)
        self.ROLE_MATCH = str(data.get("role_match", "exact"))
        if self.ROLE_MATCH not in {"exact", "suffix", "prefix"}:
            raise LanguageError(f"{where}: role_match must be exact, suffix or prefix.")
        # the speaker after an inverted verb: a noun phrase, or the words to the next
        # punctuation or complementizer ("clause": Russian, Arabic)
        self.SPEAKER_AFTER = str(data.get("speaker_after", "phrase"))
        if self.SPEAKER_AFTER not in {"phrase", "clause"}:
            raise LanguageError(f"{where}: speaker_after must be phrase or clause.")
        # a script with capitals (names are capitalised), or one without (Arabic)
        self.CASED = _flag(data, "cased", where, True)
        #: a headline "Name: „…“" of someone the text quotes is that person's words (transcripts)
        self.LABEL_LINES = _flag(data, "label_lines", where)
        #: a quoted subheading is the words of the speaker quoted after it (transcripts)
        self.QUOTED_SUBHEADINGS = _flag(data, "quoted_subheadings", where)
        #: a subject, a short predicate, a colon and a quotation: the subject's words (clause_colons)
        self.COLON_QUOTES = _flag(data, "colon_quotes", where)
        #: nouns of what was said whose speaker follows them before such a colon ("Réponse du ministre :")
        self.COLON_NOUNS = frozenset(str(x).lower() for x in data.get("colon_nouns") or [])
        elisions = data.get("elisions", [])
        if not (isinstance(elisions, list) and all(isinstance(v, str) for v in elisions)):
            raise LanguageError(f"{where}: elisions must be a list of elided words with their apostrophe (l’, d’).")
        self.ELISIONS = tuple(sorted({e.lower().replace("'", "’") for e in elisions} | {e.lower().replace("’", "'")
                                                                                         for e in elisions},
                                     key=len, reverse=True))
        #: the ending of a cue form that may be a past participle ("confirmé", "acusado",
        #: "gewarnt"): a passive with ``passive_aux`` (clause_passives)
        self.PAST_PARTICIPLE = _pattern(data, "past_participle", where)
        self.REPORTED_MOOD = _pattern(data, "reported_mood", where)
        #: "der 42-Jährige" (group 1 the age) and where the text gives a person an age ({n}: the age;
        #: group 1 the name's words): ``age_noun``, ``age_given``
        self.AGE_NOUN = _pattern(data, "age_noun", where)
        self.AGE_GIVEN = tuple(str(x) for x in data.get("age_given") or ())
        #: the ending of a participle agreeing with its subject ("annoncée", "confirmés"): a
        #: report only as a passive with its agent
        self.PASSIVE_ONLY = _pattern(data, "passive_only_endings", where)
        #: the ending of a cue form that after a determiner and before a capitalised noun is an
        #: adjective ("seinen erklärten Hauptkonkurrenten"): no report
        self.ATTRIBUTIVE = _pattern(data, "attributive_endings", where)
        #: the ending of a cue form that is a participle or gerund ("añadiendo", "affirmant")
        self.PARTICIPLE = _pattern(data, "participle_endings", where)
        #: the ending of a finite verb in lower case (Russian past: "раскритиковал"), where the
        #: phrase opening a sentence before a participle ends
        self.FINITE = _pattern(data, "finite_endings", where)
        endings = data.get("gender_endings", {})
        if not isinstance(endings, dict) or not set(endings) <= {"f", "m", "plural"}:
            raise LanguageError(f"{where}: gender_endings maps f, m (and plural) to a pattern of a verb form's ending.")
        self.GENDER_ENDINGS = _patterns(endings, where, "gender_endings")
        #: ``(surname, first name)``: the patterns of a person's name's last and first word by
        #: gender ("Захарова": f, "Мария": f; "Carmen" by the census lists), where no title says it
        self.NAME_GENDER = _name_gender(data, where)
        #: f and m -> the ending of a surname in the nominative: one said alone with a verb of its
        #: gender (``gender_endings``) is a person's ("Захарова заявила", "Песков сказал")
        self.SAID_SURNAMES = _patterns(data.get("said_surnames"), where, "said_surnames")
        self._read_script_settings(data, where)
        matching = lang.data.get("matching") or {}
        #: the article itself ("ال") and the preposition after which it loses its first letter
        #: ("ل": ل + الوثائق → "للوثائق"), as ``matching`` of ``language.yaml`` gives them, or ""
        self.JOINED_ARTICLE = str(matching.get("article", ""))
        self.ARTICLE_ELIDES_AFTER = str(matching.get("article_elides_after", ""))
        for key, attr, default in (("open_quotes", "OPEN_Q", "“‘«„»\""), ("close_quotes", "CLOSE_Q", "”’»«“\""),
                                   ("dashes", "DASHES", "—–-")):
            value = data.get(key, default)
            if not isinstance(value, str):
                raise LanguageError(f"{where}: {key} must be a string of characters.")
            setattr(self, attr, value)
        self.CURLY_OPEN = self.OPEN_Q.replace('"', "")
        self.TOKEN_RE = _pattern(data, "token", where, r"\w[\w\u0300-\u036f]*(?:[-'’][\w\u0300-\u036f]+)*|[^\w\s]")
        self.PARTICLE_RE = _pattern(data, "particle", where, r"(?:al|el|ad|as|ash|az|ar|an|at|bin|ibn|abu)-[A-Z]")
        categories = data.get("categories", {})
        if not isinstance(categories, dict) or not all(
                isinstance(v, list) and all(isinstance(x, str) for x in v) for v in categories.values()):
            raise LanguageError(f"{where}: categories maps each label of the news gazetteer to a list of role words.")
        #: role word -> the gazetteer label it says (the first label listing it)
        self.CATEGORIES: dict = {}
        for label, found in categories.items():
            for x in self._with_forms({x.lower() for x in found}, "categories"):
                self.CATEGORIES.setdefault(x, str(label))
        self.BODY_NAMES = _body_names(data.get("body_names", {}), where)
        self.TITLE_WORDS = {t.rstrip(".") for t in self.TITLES}
        self.NAME_SKIP = self.TITLE_WORDS | self.TITLES | self.PERSON_ROLES | self.NATIONALITIES
        self.language = lang.code
        #: token text -> its features, filled by the tokenizer (:mod:`.phrases`)
        self.features: dict = {}
        self._uncased = None
        self._roles: dict = {}

    def _read_forms(self, data: dict, where: str) -> None:
        """``word_forms``: the other forms of listed words, by rules of the language's data
        (Arabic: a role with and without its article, "وزير" and "الوزير"; a feminine in ة,
        "الوزيرة"). Each rule names the ``lists`` it reads, a ``pattern`` a whole word must
        match and the ``form`` it gives (a replacement, ``\\1`` its first group), optionally
        the lists the new forms also join (``also: [female]``); rules apply in order, each to
        the words the rules before gave too."""
        rules = data.get("word_forms") or []
        self._FORM_RULES = []
        for r in rules if isinstance(rules, list) else [None]:
            if not (isinstance(r, dict) and isinstance(r.get("lists"), list) and r.get("pattern") and "form" in r):
                raise LanguageError(f"{where}: word_forms is a list of rules, each with lists, pattern and form "
                                    "(lang/ar/words.yaml shows them).")
            unknown = [x for x in list(r["lists"]) + list(r.get("also") or []) if x not in _SETS and x != "categories"]
            if unknown:
                raise LanguageError(f"{where}: word_forms names lists words.yaml has not: {', '.join(map(str, unknown))}.")
            self._FORM_RULES.append((set(r["lists"]), _pattern(r, "pattern", f"{where}: word_forms"), str(r["form"]),
                                     [_SETS[a] for a in r.get("also") or ()]))
        for name, attr in _SETS.items():
            words = getattr(self, attr)
            words |= self._with_forms(words, name)

    def _with_forms(self, words: set, name: str) -> set:
        """``words`` of the list ``name`` with the forms ``word_forms`` gives them."""
        out = set(words)
        for lists, pattern, form, also in self._FORM_RULES:
            if name in lists:
                new = {m.expand(form) for m in map(pattern.fullmatch, sorted(out)) if m}
                out |= new
                for a in also:
                    getattr(self, a).update(new)
        return out

    def _read_script_settings(self, data: dict, where: str) -> None:
        """Settings of how a script writes its words (Russian, Arabic): ``lemma_gender``, ``role_prefixes``,
        ``clause_clitics``, ``comma_parts``, ``marked_names``, ``impersonal_endings``, ``plural_endings``, ``case_ending``,
        ``definite_prefix``, ``oblique_plural``,
        ``alef_variants``; none by default."""
        #: the gender of a cue form that is its lemma (Arabic: the lemma is the 3rd person
        #: masculine past, "لفت" is masculine though it ends as feminines do), or ""
        self.LEMMA_GENDER = str(data.get("lemma_gender", ""))
        #: prefixes joined by a hyphen to a role word that keep it a role ("экс-министр")
        self.ROLE_PREFIXES = set(_words(data, "role_prefixes", where))
        #: the preposition of a body's place, part of its name ("المجلس العسكري في تعز")
        self.PLACE_PREPS = set(_words(data, "place_preps", where))
        #: a preposition joined to a body after a document, saying whose it is ("بيان لنقابة المعلمين")
        self.AUTHOR_CLITICS = tuple(_words(data, "author_clitics", where))
        #: a generic noun for a body (its stem) -> the pattern of the names it stands for
        #: (:mod:`.clause_generic`: "ведомство" a ministry's, "вуз" a university's)
        self.GENERIC_BODIES = _patterns(data.get("generic_bodies"), where, "generic_bodies")
        #: conjunctions written joined to a verb that open its clause (Arabic "و" of "وقال")
        self.CLAUSE_CLITICS = set(_words(data, "clause_clitics", where))
        #: a participle a few words after a cue of its sentence is one report with it only
        #: with no comma between ("— отметил он, добавив, что …": two)
        self.COMMA_PARTS = _flag(data, "comma_parts", where)
        #: a name in marks after a role or a body ("агентство «Интерфакс»") is read with it
        self.MARKED_NAMES = _flag(data, "marked_names", where)
        #: the ending of a word that after a role is what the role is of, no name ("посол
        #: России", "житель Москвы": a genitive no name in the nominative has), or None
        self.COMPLEMENT_ENDING = _pattern(data, "complement_ending", where)
        #: a case ending of a name ("Андреевой", "Бусыгина"): a surname is found in another case
        self.CASE_ENDING = _pattern(data, "case_ending", where)
        #: the ending of a plural cue form ("сообщили", "отмечают")
        self.PLURAL = _pattern(data, "plural_endings", where)
        #: the ending of a verb or auxiliary form that says its subject is plural (French "-ent",
        #: "ont"; German "-en"): two names joined by ``coordinators`` speak together
        self.PLURAL_VERB = _pattern(data, "plural_verb", where)
        #: the ending of a cue form that says no one speaks ("сообщалось", "говорится")
        self.IMPERSONAL = _pattern(data, "impersonal_endings", where)
        #: a plural noun in the oblique case, never a subject ("المواطنين", "المشرعين")
        self.OBLIQUE_PLURAL = _pattern(data, "oblique_plural", where)
        #: the article written joined to a word, with the prepositions joined before it
        #: (Arabic "ال", "لل", "بال"): in a script without capitals a name's words lack it
        #: where the words of a role's complement have it ("وزير العدل أشرف ريفي")
        self.DEFINITE_PREFIX = _pattern(data, "definite_prefix", where)
        #: a definite masculine singular head and a definite word in the feminine or plural: no
        #: adjective of it (an adjective agrees), the verb's object ("وأدان المجلس | العملية")
        self.MASCULINE_HEAD = _pattern(data, "masculine_head", where)
        self.FEMININE_OBJECT = _pattern(data, "feminine_object", where)
        #: a definite word of a form no adjective and no name has (a verbal noun: "الاتفاق"),
        #: after such a head: the verb's object too ("ووصف الوزير | الاتفاق بأنه …")
        self.MASCULINE_OBJECT = _pattern(data, "masculine_object", where)
        #: the first word of a speaker in the plural, which a plural verb with no subject after
        #: it speaks with ("قال المسؤولون … وأضافوا")
        self.PLURAL_NOUN = _pattern(data, "plural_nouns", where)
        #: after a masculine singular verb, a definite feminine word, or a definite word and its
        #: definite adjective in the feminine: no subject of it, which would agree ("وقال السوق
        #: الإيرانية لا تحتاج …": what was said, its subject dropped)
        self.FEMININE_SUBJECT = _pattern(data, "feminine_subject", where)
        self.FEMININE_ADJECTIVE = _pattern(data, "feminine_adjective", where)
        #: a noun with a possessive pronoun joined ("قلقه", "سيطرته"): after a definite head, its object
        self.POSSESSED_OBJECT = _pattern(data, "possessed_object", where)
        #: an indefinite noun in the accusative, its adjective agreeing ("مؤتمرا صحفيا"): the pair
        #: after a name is the verb's object, no part of the name
        self.INDEFINITE_ACCUSATIVE = _pattern(data, "indefinite_accusative", where)
        if self.LEMMA_GENDER not in {"", "f", "m"}:
            raise LanguageError(f"{where}: lemma_gender must be f or m.")
        if data.get("alef_variants"):
            # "إلا", "أن" are also written "الا", "ان": each listed word with a bare alef too
            for attr in _SETS.values():
                words = getattr(self, attr)
                words |= {HAMZA_ALEF_RE.sub("ا", v) for v in words}


    def _read_reference(self, data: dict, where: str) -> None:
        """The optional settings resolution reads: ``article_gender``, ``plural_with``,
        ``pronoun_names``, ``two_surnames`` (docs/languages.md)."""
        #: the gender an article opening a speaker phrase says ("la ministre", "el portavoz")
        self.ARTICLE_GENDER = {str(k).lower().replace("'", "’"): str(v) for k, v in (data.get("article_gender") or {}).items()}
        if not set(self.ARTICLE_GENDER.values()) <= {"m", "f"}:
            raise LanguageError(f"{where}: article_gender maps articles to m or f.")
        #: a pronoun that is plural where the cue form's ending says so (German "sagten sie")
        self.PLURAL_WITH = {str(k).lower(): v for k, v in _patterns(data.get("plural_with"), where, "plural_with").items()}
        #: a pronoun no earlier speaker fits is the person the text named last before it
        self.PRONOUN_NAMES = _flag(data, "pronoun_names", where)
        #: a speaker named with no gender said takes the one the name says (``name_gender``)
        self.NAMED_GENDER = _flag(data, "named_gender", where)
        #: a role's compound says whose it is ("der CDU-Spitzenkandidat": :mod:`.clause_affiliations`),
        #: and the words before its hyphen that say no affiliation ("Ex-Kanzler", "Vize-Chef")
        self.AFFILIATION_COMPOUNDS = _flag(data, "affiliation_compounds", where)
        self.ROLE_MODIFIERS = {x.lower() for x in _words(data, "role_modifiers", where)}
        #: a name in the genitive that stands for a role's article ("Thüringens AfD-Chef"), or
        #: says whose the role before a name is ("Bayerns Ministerpräsident Markus Söder")
        self.GENITIVE_NAME = _pattern(data, "genitive_name", where)
        #: a participle right after a noun phrase (no comma) is said of it ("des habitants affirmant que")
        self.PARTICIPLE_OF_NOUN = _flag(data, "participle_of_noun", where)
        #: names carry two surnames, the first of which names the person (Spanish)
        self.TWO_SURNAMES = _flag(data, "two_surnames", where)
        #: an article whose adjective with this ending marks an oblique case ("der neuen")
        self.OBLIQUE_ADJECTIVE = {str(k).lower(): v for k, v in
                                  _patterns(data.get("oblique_adjective"), where, "oblique_adjective").items()}
        #: subject pronouns that are a verb's object before a form not of their person
        #: ("nous a fait remarquer"): pronoun -> the pattern of its person's verb endings
        self.VERB_PERSONS = {str(k).lower(): v for k, v in _patterns(data.get("verb_persons"), where, "verb_persons").items()}
        #: a pronoun after a preposition, with the subject pronoun of its person ("selon lui": il)
        self.STRESSED_PRONOUNS = {str(k).lower(): str(v).lower() for k, v in (data.get("stressed_pronouns") or {}).items()}
        if not set(self.STRESSED_PRONOUNS.values()) <= set(self.PRONOUNS):
            raise LanguageError(f"{where}: stressed_pronouns maps pronouns to subject pronouns.")
        #: phrases that name the person the text named last ("ce dernier"), with their gender
        self.LAST_NAMED = {" ".join(str(k).lower().replace("'", "’").split()): str(v)
                           for k, v in (data.get("last_named") or {}).items()}
        if not set(self.LAST_NAMED.values()) <= {"m", "f", ""}:
            raise LanguageError(f"{where}: last_named maps phrases to m, f or \"\".")
        #: a role said by a periphrasis -> the role ("chef de l’état": président), read as that role
        self.PERIPHRASES = {" ".join(str(k).lower().replace("'", "’").split()): str(v)
                            for k, v in (data.get("periphrases") or {}).items()}


def _pattern(data: dict, key: str, where: str, default: str | None = None) -> "re.Pattern | None":
    """The pattern ``data[key]`` compiled (None where it is not given), or an error naming the
    file and the key."""
    value = data.get(key) or default
    if not value:
        return None
    try:
        return re.compile(str(value))
    except re.error as e:
        raise LanguageError(f"{where}: {key} is not a regular expression Python reads ({e}): {value!r}.") from None


def _patterns(value, where: str, key: str) -> dict:
    """A mapping of words.yaml's ``key`` (a word or a kind -> a pattern) with its patterns compiled."""
    if not value:
        return {}
    if not isinstance(value, dict):
        raise LanguageError(f"{where}: {key} must map each key to a pattern (key: 'pattern'), not {value!r}.")
    return {k: _pattern(value, k, f"{where}: {key}") for k in value}


def _name_gender(data: dict, where: str) -> "tuple | None":
    """``name_gender``: surname and first, each f and m to a pattern of the word's ending."""
    names = data.get("name_gender") or {}
    if not (isinstance(names, dict) and set(names) <= {"surname", "first"}
            and all(isinstance(v, dict) and set(v) <= {"f", "m"} for v in names.values())):
        raise LanguageError(f"{where}: name_gender maps surname and first (the name's last and first word) each to "
                            "f and m, a pattern of the word's ending (lang/ru/words.yaml shows it).")
    return tuple(_patterns(names.get(part), where, f"name_gender.{part}") for part in ("surname", "first")) if names else None


def _flag(data: dict, key: str, where: str, default: bool = False) -> bool:
    """The yes or no of ``data[key]``: true or false (unquoted), or an error naming the key."""
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise LanguageError(f"{where}: {key} must be true or false (unquoted), not {value!r}.")
    return value


def _words(data: dict, key: str, where: str) -> list:
    """The list of words ``data[key]`` ([] where it is not given), or an error naming the key."""
    value = data.get(key) or []
    if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        raise LanguageError(f"{where}: {key} must be a list of words ([a, b]), not {value!r}; quote words YAML would "
                            "read as another type ('no', 'on').")
    return value


def elided(low: str, elisions: tuple) -> int:
    """How many characters open the lower-case word ``low`` as an elided article or pronoun
    of ``elisions`` ("l’Egypte": 2); 0 when none, or when the word is nothing else."""
    if low.startswith(elisions):  # (most words start with none: one test in C)
        for e in elisions:
            if low.startswith(e) and len(low) > len(e):
                return len(e)
    return 0


def role_of(word: str, w: ClauseWords) -> str:
    """The role word a word (lower case) names: itself, or by the language's
    ``role_match``: a role it ends with (``suffix``, German compounds: "feuerwehrsprecher"
    → "sprecher") or begins with (``prefix``, Russian cases: "министра" → "министр"); ""
    for none. Roles of five letters or more only are matched in part."""
    if word in w.PERSON_ROLES:
        return word
    found = w._roles.get(word)
    if found is None:
        if w.ROLE_MATCH == "suffix":  # the longest role of five letters or more it ends with
            parts = next(([word[-n:]] for n in range(len(word) - 1, 4, -1) if word[-n:] in w.PERSON_ROLES), [])
            if not parts and "-" in word and word.rsplit("-", 1)[1] in w.PERSON_ROLES:
                parts = [word.rsplit("-", 1)[1]]  # a compound's head after its hyphen, however short: "AfD-Chef"
        elif w.ROLE_MATCH == "prefix":
            by_start = w._roles.get(("by start",))
            if by_start is None:  # the roles of five letters or more by their first three
                by_start = w._roles[("by start",)] = {}
                for r in w.PERSON_ROLES:
                    if len(r) >= 5:
                        by_start.setdefault(r[:3], []).append(r)
            parts = [r for r in by_start.get(word[:3], ()) if _begins_with(word, r)]
            if not parts and "-" in word and word.split("-", 1)[0] + "-" in w.ROLE_PREFIXES:
                parts = [role_of(word.split("-", 1)[1], w)] if role_of(word.split("-", 1)[1], w) else []
        else:
            parts = []
        pre = next((p for p in w.ROLE_PREFIXES if word.startswith(p) and len(word) > len(p) + 3), "") if not parts else ""
        if pre and role_of(word[len(pre):].lstrip("-"), w):  # "expanista", "exgobernadora", "экс-глава"
            parts = [role_of(word[len(pre):].lstrip("-"), w)]
        found = kept(w._roles, word, max(parts, key=len) if parts else "")
    return found


def _begins_with(word: str, role: str) -> bool:
    """``word`` is ``role`` in another case: it begins with it and adds at most three
    letters ("министра"), or with its stem, a final vowel or soft sign off, and adds at
    most two ("заместителя", "главы"; not "главное")."""
    if word.startswith(role):
        return len(word) - len(role) <= 3
    stem = role[:-1]
    return role[-1] in _STEM_ENDS and word.startswith(stem) and len(word) - len(stem) <= 2


def category_of(word: str, w: ClauseWords) -> str:
    """The gazetteer label a word (lower case) says by the language's ``categories``:
    itself listed, or by ``role_match`` a listed word it begins with (cases) or, for
    compounds, its first part, else its head ("Polizeisprecher": police, "Sprecherin":
    government); "" for none."""
    found = w.CATEGORIES.get(word)
    if found is not None:
        return found
    key = ("category", word)
    if key not in w._roles:
        hits = []
        if w.ROLE_MATCH == "suffix":
            # a compound's first part names whose it is ("Polizeisprecher": police), else its head
            hits = [k for k in w.CATEGORIES if len(k) >= 5 and word.startswith(k) and len(word) > len(k) + 3] or [
                k for k in w.CATEGORIES if len(k) >= 5 and word.endswith(k)]
        elif w.ROLE_MATCH == "prefix":
            hits = [k for k in w.CATEGORIES if len(k) >= 5 and _begins_with(word, k)]
        w._roles[key] = w.CATEGORIES[max(hits, key=len)] if hits else ""
    return w._roles[key]


def words_category(words: list[str], w: ClauseWords, known, raw: "list[str] | None" = None, states: bool = True) -> str:
    """The label the role words ``words`` (lower case, in order; ``raw`` as written) say by
    ``categories``: the first word that says a label ``known`` accepts. A deputy's word before
    a role is that role's kind ("نائب مدير الهيئة"); a word of ``principals`` (a spokesperson, a
    body's head or press service, a source) takes the label its complement says, where that
    says one ("un portavoz de la Policía": police, "la presidenta del Movimiento": advocacy,
    "une source policière": police, "пресс-служба вуза": expert), else its own; but a word of
    ``named_body_heads`` before a body named with its article that says none heads no state
    ("el presidente del Real Madrid", "la presidencia del Barcelona": "unclassified"). A
    country or capital of ``states`` is its government, where ``states`` (a speaker, not the
    words before a name: "Entre New York et Paris, Cindy Santos")."""
    for k, x in enumerate(words):
        if x in w.DEPUTIES and k + 1 < len(words) and role_of(words[k + 1], w):
            continue
        label = body_name_at(words, k, w) or category_of(x, w) or ("government" if states and x in w.STATES else "")
        if label and known(label):
            if _principal(x, w):
                later = words_category(words[k + 1:], w, known, None, states)
                if later != "unclassified":
                    return later
                if raw is not None and x in w.NAMED_BODY_HEADS and _named_with_article(raw[k + 1:k + 4], w):
                    return "unclassified"
            return label
    return "unclassified"


def _named_with_article(after: list[str], w: ClauseWords) -> bool:
    """``after`` opens with a preposition and an article, or their contraction ("del", "de
    la"), then a capitalised word that is no country of ``article_states``: a body named
    with its article ("del Real Madrid"; not "de los Estados Unidos")."""
    k = 0
    while k < len(after) and k < 2 and after[k].lower() in w.PREPS | w.ARTICLES:
        k += 1
    return (0 < k < len(after) and (k == 2 or after[0].lower() not in {"de", "a"}) and after[k][:1].isupper()
            and after[k].lower() not in w.ARTICLE_STATES)


def _principal(word: str, w: ClauseWords) -> bool:
    """``word`` is one of ``principals``, with its joined article ("المجلس") or in another case
    (``role_match: prefix``: "пресс-службы")."""
    if word in w.PRINCIPALS or bare(word, w) in w.PRINCIPALS:  # "المجلس"
        return True
    if w.ROLE_MATCH != "prefix" or not w.PRINCIPALS:
        return False
    key = ("principal", word)
    found = w._roles.get(key)
    if found is None:
        found = kept(w._roles, key, any(len(p) >= 5 and _begins_with(word, p) for p in w.PRINCIPALS))
    return found


def bare(word: str, w: ClauseWords) -> str:
    """``word`` without the article joined to its start (``JOINED_ARTICLE``: "الوزير" →
    "وزير"), else as it is."""
    a = w.JOINED_ARTICLE
    return word[len(a):] if a and word.startswith(a) else word


def kept(memo: dict, key, value):
    """``value``, remembered in ``memo`` under ``key`` while it holds fewer than
    :data:`MEMO_CAP` entries (the words of texts have no end)."""
    if len(memo) < MEMO_CAP:
        memo[key] = value
    return value


def derived(w: ClauseWords, key: str, build):
    """The settings ``build(language)`` makes of ``w``'s language, named ``key``: built once
    per language (:meth:`framing.lang.Language.memo`) and kept on ``w`` too, where the rules
    find them without looking the language up."""
    found = w.__dict__.get(key)
    if found is None:
        found = w.__dict__[key] = get_language(w.language).memo(key, build)
    return found


def uncased(w: ClauseWords) -> ClauseWords:
    """``w`` for a text written without capitals (all in lower case): names are told from
    roles by the role words, as in a script without case."""
    if not w.CASED:
        return w
    if w._uncased is None:
        copy = ClauseWords.__new__(ClauseWords)
        copy.__dict__.update(w.__dict__)
        copy.CASED, copy.features, copy._uncased = False, {}, None
        w._uncased = copy
    return w._uncased


def clause_words_of(language: "str | Language | None" = None) -> ClauseWords:
    """The clause rules' words of a language, built once per language."""
    return get_language(language).memo(ClauseWords, ClauseWords)


#: Arabic vowel marks, the superscript alef and the elongation (the lexicon's): no part of a name's key
_AR_MARKS = re.compile(f"[{ARABIC_MARKS}]")


def _body_key(word: str) -> str:
    """A word of a body's name as ``body_names`` compares it: lower case, one apostrophe,
    Arabic vowel marks and elongation left out, an alef written bare ("الأمم", "الامم")."""
    return HAMZA_ALEF_RE.sub("ا", _AR_MARKS.sub("", word.lower().replace("'", "’")))


def _body_names(data, where: str) -> tuple:
    """``body_names`` of words.yaml (label -> names of bodies, one or more words) as
    ``((words keyed, label), …)``, the longest names first."""
    if not isinstance(data, dict) or not all(
            isinstance(v, list) and all(isinstance(x, str) and x.split() for x in v) for v in data.values()):
        raise LanguageError(f"{where}: body_names maps each label of the news gazetteer to a list of names of bodies "
                            "(lang/fr/words.yaml shows it).")
    named = {tuple(_body_key(x) for x in name.split()): str(label) for label, names in data.items() for name in names}
    return tuple(sorted(named.items(), key=lambda item: -len(item[0])))


def body_name_at(words: list[str], k: int, w: ClauseWords) -> str:
    """The label of the body whose name (``body_names``: "organisation mondiale de la santé",
    "weltgesundheitsorganisation", "оон") opens at ``words[k]`` (lower case), "" for none:
    the name says the kind its first word would not ("organisation": advocacy). In a
    language whose role words are matched by their beginning (``role_match: prefix``), so is
    each word of a name of five letters or more, written as its stem ("всемирн организац
    здравоохранени": every case); a shorter one is a word as it stands ("оон", not "воз" in
    "возглавляемой")."""
    if not w.BODY_NAMES:
        return ""
    keys = [_body_key(x) for x in words[k:k + len(w.BODY_NAMES[0][0])]]
    prefix = w.ROLE_MATCH == "prefix"
    for name, label in w.BODY_NAMES:
        if len(name) <= len(keys) and all(keys[i] == part or prefix and len(part) >= 5 and keys[i].startswith(part)
                                          for i, part in enumerate(name)):
            return label
    return ""


def periphrasis(phrase: str, w: ClauseWords) -> str:
    """The role a periphrasis says (``periphrases``), with the phrase's article: "le chef de
    l’Etat" → "le président", "le chef de la diplomatie française" → "le ministre" (a
    nationality after it left out); "" for another phrase."""
    words = " ".join(phrase.lower().replace("'", "’").split()).split(" ")
    article = words[0] if words and words[0] in w.DEFINITE else ""
    rest = words[1:] if article else words
    if rest and rest[-1] in w.NATIONALITIES:
        rest = rest[:-1]
    role = w.PERIPHRASES.get(" ".join(rest), "")
    return f"{phrase.split()[0]} {role}" if role and article else role
