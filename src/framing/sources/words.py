"""The words the speaker rules read — determiners, auxiliaries, titles, pronouns, role
words, quotation marks — from a language's ``words.yaml`` (``framing/lang/en/words.yaml``).

:func:`words_of` gives them as one object per language, built once (sets, strings and
compiled patterns, named as the rules use them: ``g.AUX``, ``g.OPEN_Q``). The rules take it
from the cue's site (``site.g``) or as an argument; nothing here is a module constant but
for old imports (``from framing.sources.words import TOKEN_RE`` gives English's).

Examples
--------
>>> g = words_of("en")
>>> "said" in g.PAST_VERBS, g.PRONOUNS["they"], g.TOKEN_RE.findall("Gen. Smith’s aide")
(True, 'plural', ['Gen.', 'Smith’s', 'aide'])
"""

from __future__ import annotations

import re

from ..lang import Language, LanguageError, get_language
from .clause_words import _pattern, _patterns

__all__ = ["Words", "words_of"]

# name in words.yaml -> attribute, for the lists of words (sets of lower-case strings)
_SETS = {"determiners": "DETERMINERS", "aux": "AUX", "be": "BE", "stop": "STOP", "preps_in_np": "PREPS_IN_NP",
         "weekdays": "WEEKDAYS", "person_roles": "PERSON_ROLES", "titles": "TITLES", "nationalities": "NATIONALITIES",
         "modals": "MODALS", "first_second": "FIRST_SECOND", "first_person": "FIRST_PERSON",
         "number_words": "NUMBER_WORDS", "dashes": "DASHES", "participle_leads": "PARTICIPLE_LEADS",
         "past_verbs": "PAST_VERBS"}
#: Lists that add to the weekdays, or to the determiners.
_BESIDES = {"time_or_place": ("TIME_OR_PLACE", "WEEKDAYS"), "time_words": ("TIME_WORDS", "WEEKDAYS"),
            "noun_context": ("NOUN_CONTEXT", "DETERMINERS")}
# strings of characters
_CHARS = {"punct": "PUNCT", "open_quotes": "OPEN_Q", "close_quotes": "CLOSE_Q", "curly_open": "CURLY_OPEN"}


class Words:
    """A language's grammar words as the rules read them (see ``words.yaml`` for each).

    Sets: ``DETERMINERS NOUN_CONTEXT AUX BE STOP PREPS_IN_NP WEEKDAYS TIME_OR_PLACE
    TIME_WORDS PERSON_ROLES TITLES TITLE_WORDS NATIONALITIES MODALS FIRST_SECOND
    FIRST_PERSON NUMBER_WORDS DASHES PARTICIPLE_LEADS PAST_VERBS``; ``PRONOUNS`` (pronoun ->
    kind of speaker); strings of characters ``PUNCT OPEN_Q CLOSE_Q CURLY_OPEN`` and the tuple
    ``CLOSE_MARKS``; patterns ``TOKEN_RE PARTICLE_RE``, ``PARTY_TAG``, ``PARTY_TAG_OPEN``, ``DATELINE``, ``HOMETOWN`` and ``POSTING`` (None
    where the language has none) and the sets ``OF_HEADS``, ``NAME_HEADS``, ``MEDIA_HEADS``, ``OUTLET_NAME_ENDS``, ``SENTENCE_ADVERBS``, ``LEAD_WORDS``, ``OFFICES``, ``OWN_OFFICES``, ``PARTIES`` and ``MESSAGE_NOUNS``, ``IDIOMS`` (cue word -> pattern),
    ``SAY_NOUN`` and ``TO_SAY_THE_LEAST`` (pairs of patterns).
    """

    def __init__(self, lang: Language):
        data = lang.words
        where = f"{lang.folder / 'words.yaml'}"

        def get(key, kind):
            if key not in data:
                raise LanguageError(f"{where}: missing {key!r} (lang/en/words.yaml shows each entry).")
            value = data[key]
            if kind is list and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise LanguageError(f"{where}: {key} must be a list of words in quotes where YAML would read "
                                    f"another type ('no', 'on', 'false').")
            if kind is str and not isinstance(value, str):
                raise LanguageError(f"{where}: {key} must be a string.")
            return value

        for key, attr in _SETS.items():
            setattr(self, attr, set(get(key, list)))
        for key, (attr, base) in _BESIDES.items():
            setattr(self, attr, getattr(self, base) | set(get(key, list)))
        for key, attr in _CHARS.items():
            setattr(self, attr, get(key, str))
        self.CLOSE_MARKS = tuple(get("close_marks", str))
        pronouns = data.get("pronouns")
        if not isinstance(pronouns, dict):
            raise LanguageError(f"{where}: pronouns must map each pronoun to its kind (person, plural, org).")
        self.PRONOUNS = {str(k): str(v) for k, v in pronouns.items()}
        self.TITLE_WORDS = {t.rstrip(".") for t in self.TITLES}
        self.TOKEN_RE = re.compile(get("token", str))
        self.PARTICLE_RE = re.compile(get("particle", str))
        idioms = data.get("idioms") or {}
        self.IDIOMS = {str(k): v for k, v in _patterns(idioms, where, "idioms").items()}
        # optional: a language without party tags or datelines leaves them out
        self.PARTY_TAG = _pattern(data, "party_tag", where)
        self.DATELINE = _pattern(data, "dateline", where)
        self.HOMETOWN = _pattern(data, "hometown", where)
        self.STATE_AFTER_PLACE = _pattern(data, "state_after_place", where)
        self.PARTY_TAG_OPEN = _pattern(data, "party_tag_open", where)
        #: the titles of a posting ("Ambassador to …"), and the pattern of one before a name
        self.POSTING_WORDS = tuple(str(w) for w in data.get("posting") or ())
        self.POSTING = re.compile(r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in self.POSTING_WORDS)
                                  + r")[ ]+to[ ]+(?:the[ ]+)?") if self.POSTING_WORDS else None
        self.OF_HEADS = set(data.get("of_heads") or ())
        self.NAME_HEADS = set(data.get("name_heads") or ())
        self.MEDIA_HEADS = set(data.get("media_heads") or ())
        # optional: words of phrases that are no speaker (sources/non_speakers.py, speakers.according_to)
        self.VERB_GROUP = set(data.get("verb_group") or ())
        self.OBJECT_OPENERS = set(data.get("object_openers") or ())
        self.OPENS_NEXT = set(data.get("opens_next") or ())
        # optional: a document or a report that speaks (sources/documents.py)
        self.DOCUMENT_HEADS = set(data.get("document_heads") or ())
        self.REPORT_HEADS = set(data.get("report_heads") or ())
        self.SAID_IN_HEADS = set(data.get("said_in_heads") or ())
        self.MESSAGE_VERBS = set(data.get("message_verbs") or ())  # sources/non_speakers.py
        self.CONTRACTIONS = set(data.get("contractions") or ())
        self.POSSESSOR_STATES = set(data.get("possessor_states") or ())  # sources/pipeline.adjective
        self.SUBORDINATORS = frozenset(data.get("subordinators") or ())  # sources/antecedents.py
        self.NAME_GOES_ON = tuple(data.get("name_goes_on") or ())  # sources/bodies.name_goes_on
        self.GIVEN_NAME_TITLES = frozenset(data.get("given_name_titles") or ())  # sources/lower_roles
        self.HIGHLIGHTS_MARKER = str(data.get("highlights_marker") or "")  # sources/highlights.py
        self.HIGHLIGHTS_PRONOUNS = frozenset(data.get("highlights_pronouns") or ())
        # "the court", "the opinion": the court named last, of the kind the words say (sources/definites.py)
        self.COURT_DESCRIPTIONS = {str(k): tuple(v or ()) for k, v in (data.get("court_descriptions") or {}).items()}
        self.COURT_NAME = re.compile(data["court_name"]) if data.get("court_name") else None
        self.OUTLET_NAME_ENDS = set(data.get("outlet_name_ends") or ())
        self.SENTENCE_ADVERBS = set(data.get("sentence_adverbs") or ())
        self.DEPENDENT_DETERMINERS = set(data.get("dependent_determiners") or ())  # sources/speakers.before_cue
        self.OFFICES = set(data.get("offices") or ())  # sources/lower_roles.py
        self.OWN_OFFICES = set(data.get("own_offices") or ())
        self.PARTIES = set(data.get("parties") or ())  # sources/descriptions.party_description
        self.LEAD_WORDS = set(data.get("lead_words") or ())
        self.MESSAGE_NOUNS = set(data.get("message_nouns") or ())
        self.ACT_OBJECTS = {str(k): set(v) for k, v in (data.get("act_objects") or {}).items()}  # sources/acts.py
        self.ROLE_KINDS = {str(k): set(v) for k, v in (data.get("role_kinds") or {}).items()}  # role_descriptions
        self.DESCRIPTION_WORDS = set(data.get("description_words") or ())  # sources/role_descriptions.py
        self.ADJECTIVE_PREPS = {str(k): str(v) for k, v in (data.get("adjective_preps") or {}).items()}  # np_forward
        self.OBJECT_AFTER_VERB = set(data.get("object_openers_after_verb") or ())  # np_forward
        self.PRESENT_VERBS = set(data.get("present_verbs") or ())  # np_forward
        self.ARTICLES = set(data.get("articles") or ())
        self.IMPERATIVES = set(data.get("imperatives") or ())  # people._not_a_name
        self.HEADLINE_VERBS = frozenset(data.get("headline_verbs") or ())  # people._shape
        self.SURVEY_HEADS = frozenset(data.get("survey_heads") or ())  # sources/polls.py
        self.STATE_TAGS = {str(k): tuple(str(x) for x in v) for k, v in (data.get("state_tags") or {}).items()}  # lower_roles
        self.SURVEY_MODIFIERS = frozenset(data.get("survey_modifiers") or ())  # phrases.np_back
        self.LY_NOUNS = set(data.get("ly_nouns") or ())  # phrases.skip_back
        self.NICKNAMES = {str(k): str(v) for k, v in (data.get("nicknames") or {}).items()}  # people.People._merged
        self.NOT_VERBS_BEFORE_OBJECT = (self.DETERMINERS | self.PREPS_IN_NP | self.STOP
                                        | set(data.get("np_words_before_the") or ()))
        self.SAY_NOUN = tuple(re.compile(p) for p in get("say_noun", list))
        self.TO_SAY_THE_LEAST = tuple(re.compile(p) for p in get("to_say_the_least", list))
        self.language = lang.code
        #: token text -> its features, filled by the tokenizer (:mod:`.phrases`)
        self.features: dict = {}
        self._derived: dict = {}

    def derive(self, key, build):
        """``build(self)`` once: a set the rules make of these words (``_OPENERS = PREPS_IN_NP
        | {…}``), kept here so it is made once per language."""
        try:
            return self._derived[key]
        except KeyError:
            return self._derived.setdefault(key, build(self))


def words_of(language: "str | Language | None" = None) -> Words:
    """The grammar words of a language (English by default), built once per language."""
    return get_language(language).memo(Words, Words)


def __getattr__(name: str):
    # the English lists under their old module-level names (``words.TOKEN_RE``)
    if name.isupper():
        g = words_of("en")
        if hasattr(g, name):
            return getattr(g, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
