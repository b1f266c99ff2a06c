"""The words the rules read: determiners, auxiliaries, titles, pronouns, quotation marks."""

from __future__ import annotations

import re

#: A token: an abbreviation with its full stop ("Mr.", "Gen.", "J.": Jr Sr Inc Co Corp Ltd Mr
#: Mrs Ms Dr Gen Gov Sen Rep Lt Col Sgt Capt Prof St or one capital, written as a capital
#: and what may follow it, which the engine rejects at once where no capital stands), a
#: word with inner hyphens, apostrophes and full stops, or one other character.
TOKEN_RE = re.compile(r"[A-Z](?:(?<=[JD])r|(?<=S)(?:r|en|gt|t)|(?<=I)nc|(?<=C)(?:o|orp|ol|apt)|(?<=L)(?:td|t)|"
                      r"(?<=M)(?:rs|r|s)|(?<=G)(?:en|ov)|(?<=R)ep|(?<=P)rof)?\.(?=\s)"
                      r"|\w+(?:[-\u2010\u2011'\u2019.]\w+)*(?:[\u2019']s?)?|[^\w\s]")


DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "another", "some", "one", "two", "three", "his",
                "her", "its", "their", "our", "my", "your", "several", "many", "most", "other", "each", "every", "both",
                "no", "all", "any"}


NOUN_CONTEXT = DETERMINERS | {"amid", "amidst", "of", "such", "new", "recent", "media", "press", "news", "latest",
                                "earlier", "unconfirmed", "conflicting", "initial", "previous", "early", "first",
                                "following", "further", "repeated", "false", "these", "in", "with", "by", "on", "to",
                                "for", "from", "and", "or"}


AUX = {"also", "has", "have", "had", "later", "previously", "then", "would", "will", "repeatedly", "reportedly",
        "publicly", "again", "recently", "once", "further", "earlier", "already", "often", "initially", "separately",
        "finally", "just", "did", "does", "do", "not", "never", "privately", "angrily", "flatly",
        "simply", "quickly", "even", "still", "clearly", "explicitly", "openly", "frequently", "subsequently",
        "originally", "first", "last", "who"}


BE = {"is", "was", "were", "are", "be", "been", "being", "'s", "’s", "isn’t", "isn't", "wasn’t", "wasn't", "aren’t",
       "aren't", "weren’t", "weren't"}


STOP = {"is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
         "should", "may", "might", "must", "do", "does", "did", "that", "which", "who", "whom", "when", "while", "as",
         "if", "because", "but", "or", "so", "than", "after", "before", "since", "until", "although", "though",
         "whether", "where", "not", "it", "there", "this", "to"}


PREPS_IN_NP = {"of", "for", "at", "in", "on", "from", "with", "inside", "to", "near", "within", "outside", "under", "by"}


PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "org", "we": "plural", "i": "person",
             "him": "person", "her": "person"}


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
TIME_OR_PLACE = WEEKDAYS | {"on", "in", "at", "via", "during", "by", "to", "with", "from", "after", "before", "over",
                            "recently", "yesterday", "today", "tonight", "last", "earlier", "later", "late", "early",
                            "through",
                  "afterwards", "repeatedly", "separately", "privately", "publicly", "shortly", "quoted", "according",
                  "adding", "saying", "citing", "under", "without", "following", "amid", "told", "speaking",
                  "who", "and", "but", "morning", "afternoon", "evening", "night", "week", "month", "year"}


PERSON_ROLES = {"journalist", "analyst", "researcher", "woman", "man", "governor", "commander", "source", "official",
                 "spokesman", "spokeswoman", "spokesperson", "minister", "president", "resident", "activist", "witness",
                 "doctor", "reporter", "correspondent", "expert", "general", "colonel", "officer", "soldier", "fighter",
                 "leader", "chief", "head", "director", "envoy", "ambassador", "senator", "candidate", "nominee",
                 "mayor", "father", "mother", "girl", "boy", "professor", "fellow", "aide", "adviser", "advisor",
                 "secretary", "representative", "lawmaker", "congressman", "congresswoman", "manager", "chairman",
                 "member", "voter", "supporter", "strategist", "pollster", "surgeon", "nurse", "teacher", "student"}


TITLES = {"president", "governor", "gov", "gov.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "general",
           "gen", "gen.", "colonel", "col.", "minister", "prime", "foreign", "defence", "defense", "sen", "sen.",
           "senator", "rep", "rep.", "syrian", "russian", "iranian", "turkish", "american", "us", "u.s.", "sheikh",
           "king", "prince", "secretary", "state", "commander", "brigadier", "major", "lieutenant", "deputy",
           "spokesman", "spokeswoman", "analyst", "ambassador", "envoy", "chief", "former", "republican",
           "democratic", "democrat", "vice", "presidential", "nominee", "candidate"}


PARTICLE_RE = re.compile(r"(?:al|el|ez|es|e|a|as|ash|ad|ar|an|at|az|bin|ibn|abu|bani|de|van|von)-[A-Z]")


TITLE_WORDS = {t.rstrip(".") for t in TITLES}


NATIONALITIES = {"syrian", "russian", "iranian", "turkish", "american", "us", "u.s", "former", "republican",
                  "democratic", "democrat"}


MODALS = {"would", "could", "should", "might", "may", "can", "will", "must", "wouldn't", "couldn't", "shouldn't",
           "can't", "won't", "cannot", "wouldn’t", "couldn’t", "shouldn’t", "can’t", "won’t", "let's", "let’s"}


#: Idioms that hold a cue and report nothing ("having said that", "needless to say", "truth
#: be told"): for each cue word, what stands just before it (up to 20 characters).
IDIOMS = {
    "said": re.compile(r"(?i)\bhaving\s+\Z"),
    "saying": re.compile(r"(?i)\bgoes\s+without\s+\Z"),
    "told": re.compile(r"(?i)\b(?:truth\s+be|all)\s+\Z"),
    "say": re.compile(r"(?i)\b(?:needless\s+to|that\s+is\s+to|let['’]s|what\s+can\s+i|i\s+must|you\s+don['’]t|"
                      r"i\s+have\s+to)\s+\Z"),
}
#: "say" as a noun ("get their say", "the final say on", "a larger say than"), not before a
#: clause; and "to say the least".
SAY_NOUN = (re.compile(r"(?i)\b(?:a|their|its|our|no|final|larger|bigger|greater|more|equal|any)\s+\Z"),
            re.compile(r"(?i)\s+(?:that|so|it|this)\b"))
TO_SAY_THE_LEAST = (re.compile(r"(?i)\bto\s+\Z"), re.compile(r"(?i)\s+the\s+least\b"))


FIRST_SECOND = {"i", "you", "we", "i’m", "i'm", "you're", "you’re", "we're", "we’re"}
#: First-person speakers: the author (or the outlet) outside quotations, never resolved
#: to an earlier speaker.
FIRST_PERSON = {"i", "we", "i’m", "i'm", "we're", "we’re"}


NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
                "dozens", "hundreds", "thousands", "millions", "several", "many", "few", "both", "all", "other"}

#: Dashes that set off a clause as a comma does ("on the spot – saying he …").
DASHES = {"-", "\u2013", "\u2014", "\u2015", "--"}
#: Words after which an -ing cue opens a clause of the sentence's subject ("by saying",
#: "while arguing", "after telling").
PARTICIPLE_LEADS = {"and", "by", "while", "after", "before", "upon", "when"}

PUNCT = ",.’'"  # characters stripped from the ends of words


OPEN_Q = "\u201c\u2018\u00ab\u201e\""


CLOSE_Q = "\u201d\u2019\u00bb\""
#: What may close a quotation just before a name ("…,” Hassan, 34, said).
CLOSE_MARKS = ("\u201d", '"', "\u2019", "'")


TIME_WORDS = WEEKDAYS | {"week", "month", "year",
               "morning", "afternoon", "evening", "night", "today", "yesterday", "tonight", "weekend", "january",
               "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
               "december", "just", "now", "ago"}


_WORD_RE = re.compile(r"\w+")
#: Irregular past forms that end a subject ("The campaign sent …").
PAST_VERBS = {"sent", "met", "spoke", "made", "took", "went", "came", "gave", "wrote", "told", "said", "won", "lost",
              "began", "ran", "held", "left", "brought", "bought", "built", "kept", "led", "put", "saw", "sought",
              "struck", "stood", "thought", "knew", "found", "got", "had", "did", "was", "were", "is", "are", "has",
              "have", "will", "would", "can", "could", "says", "tells", "sends", "meets"}
