"""A checklist of the voice of words in marks in Spanish news (issue 24, voice): the kinds of
words a Spanish-language press sets in «…» or "…" without quoting anyone (titles, names of
bodies, parties, ships, brands and places, nicknames, a term kept at a distance, a word used
as a word, slogans and hashtags), and short quotations of one to four words a cue stands
near, which are speech. Sentences written here from the typography and grammar of Spanish,
not taken from any corpus; each asserts what a reader gives each marked span: a name (the
narrator's words) or a quotation. Rows marked xfail are constructions not yet read; they name
the work left."""

from __future__ import annotations

import pytest

from . import voice_checklist as vc

NAMES = [
    # titles of books, films, shows, newspapers
    "La novela «Cien años de soledad» cumple cincuenta años.",
    "El documental \"Los años del plomo\" se estrena el viernes.",
    "El programa «Salvados» dedicó su emisión a la vivienda.",
    "Según el diario «El País», el acuerdo está cerrado.",
    "El director de \"La Jornada\" renunció ayer.",
    # operations, laws and programmes
    "La Operación \"Tarántula\" dejó doce detenidos.",
    "La llamada «Ley Mordaza» sigue vigente.",
    "El programa \"Jóvenes Construyendo el Futuro\" beneficia a miles.",
    # organisations, parties, ships, brands, places
    "El cártel \"Jalisco Nueva Generación\" controla la zona.",
    "El partido «Podemos» perdió tres escaños.",
    "El buque «Open Arms» atracó en Lampedusa.",
    "La marca \"Bimbo\" subió sus precios.",
    "Los migrantes viajaban en el tren conocido como \"la Bestia\".",
    # nicknames
    "Joaquín Guzmán, alias \"el Chapo\", fue extraditado.",
    "El narcotraficante conocido como «el Mencho» sigue prófugo.",
    # a term the writer keeps at a distance
    "El llamado \"huachicol\" causa pérdidas millonarias.",
    "La supuesta «guerra sucia» fue negada por el Gobierno.",
    # a word used as a word
    "La palabra «resiliencia» se ha puesto de moda.",
    "El término \"feminicidio\" entró en el Código Penal.",
    # slogans and hashtags
    "Bajo el lema «Ni una menos» marcharon miles de mujeres.",
    "La etiqueta \"#YoSoy132\" se volvió tendencia.",
    # a name in marks right after a role or body word
    "El periodista del diario «El Mundo» fue despedido.",
    "La agencia «Efe» informó del accidente.",
    # a name in a sentence a speech word opens: still the narrator's
    "Dijo que vio la película \"Roma\" dos veces.",
    "En entrevista con \"Milenio\", el senador dijo que no votará.",
    "Declaró a «El Universal» que renunciará.",
    "El presidente afirmó que el \"Tren Maya\" estará listo en diciembre.",
]

NAMES += [
    # a name at the head of its sentence, a verb of saying after it: the outlet or the party speaks
    "«Podemos» anunció ayer su candidato.",
    "\"El Universal\" informó que hubo tres muertos.",
    "El diario «El País», según informó ayer, tuvo acceso al documento.",
    "Vio «Roma», «Coco» y «Amores perros» en una semana.",
    "Según \"Reforma\", el funcionario renunció.",
    "Joaquín Guzmán, alias \"el Chapo\", fue extraditado.",
    # a title with a comma in it, every word capitalised, no title word, speech word nor colon
    # before it in its sentence
    "Vimos «Yo, Daniel Blake» en el cine.",
    # a term in lower case right after a definite article (the adjective follows the noun, so the
    # one word is the noun), a speech word earlier in the sentence
    "El gobernador dijo que los \"narcocorridos\" serán prohibidos en el estado.",
]

NAME_GAPS: list = []

QUOTES = [
    # a short quotation a cue stands near: the speaker's words
    ("El ministro calificó de «inaceptable» la propuesta.", "inaceptable"),
    ("Dijo que la situación es \"muy grave\".", "muy grave"),
    ("La oposición definió la reforma como «un fraude».", "un fraude"),
    ("\"No\", respondió el presidente.", "No"),
    ("El alcalde aseguró que la obra será \"un éxito\".", "un éxito"),
    ("Calificó la decisión de \"absurda\".", "absurda"),
    # what a verb of asking, demanding or promising asks for, in lower case: the asker's word
    ("Pidió \"calma\" a la población.", "calma"),
    ("La oposición exige la \"renuncia inmediata\" del ministro.", "renuncia inmediata"),
    ("El candidato prometió \"mano dura\" contra el crimen.", "mano dura"),
    # what one speaks of, and how one shows oneself, in lower case: one's own word
    ("El diputado habló de \"traición\".", "traición"),
    ("La ministra se mostró \"muy preocupada\" por los datos.", "muy preocupada"),
    # a shout of capitalised words with a comma after a colon or a speech word: speech
    ("Gritó: «Viva, México».", "Viva, México"),
    ("«Gracias, México», dijo el presidente.", "Gracias, México"),
]

QUOTE_GAPS: list = []


@pytest.mark.parametrize("text", vc.rows(NAMES, NAME_GAPS))
def test_words_a_press_sets_in_marks_without_quoting_are_names(text):
    vc.all_names(text, "es")


@pytest.mark.parametrize("text, words", vc.rows(QUOTES, QUOTE_GAPS))
def test_a_short_quotation_with_a_cue_near_is_speech(text, words):
    vc.one_quote(text, "es", words)


def test_a_name_in_marks_inside_a_quotation_is_quoted():
    vc.nested_is_quoted("\"Leo cada mañana «El País» y me enojo mucho\", dijo el ministro.", "es", "País", "ministro")


def test_a_name_a_verb_of_asking_asks_for_stays_a_name():
    vc.all_names("Pidió \"Sembrando Vida\" para su municipio.", "es")
