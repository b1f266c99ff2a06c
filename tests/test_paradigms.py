"""A cue table's paradigms: a verb's forms from the endings of its class, written once."""

from importlib import resources

import pytest
import yaml

from framing import LexiconError
from framing.cues import canonical_form, cues_of, parse_cues

TABLE = """
paradigms:
  ar:
    strip: ~ar
    present: [a, an]
    future: {strip: "~", endings: [á, án]}
  I:
    past: ["", ت, وا]
    imperfect: [ي~, ت~, ي~ون]
  sep:
    strip: ~en
    main: ["~t … +", "~te … +"]
    sub: [+~t, +ge~t]
cues:
  explicar: {paradigm: ar, forms: [explicó]}
  ذكر: {paradigm: I}
  mitteilen: {paradigm: {mitteilen: {class: sep, particle: mit, main: teil, sub: teil}}}
  contar:
    paradigm: {relatar: ar, contar: {class: ar, present: cuent}}
    exclude: [contará]
    noun_forms: true
"""


def test_a_paradigm_makes_each_verbs_forms_after_its_own():
    table = parse_cues(TABLE)
    assert table.forms["explicar"] == ("explicó", "explica", "explican", "explicará", "explicarán")
    assert table.forms["ذكر"] == ("ذكر", "ذكرت", "ذكروا", "يذكر", "تذكر", "يذكرون")
    assert table.forms["mitteilen"] == ("teilt … mit", "teilte … mit", "mitteilt", "mitgeteilt")
    # an irregular stem is written beside the verb; an excluded form is left out
    assert table.forms["contar"] == ("relata", "relatan", "relatará", "relatarán", "cuenta", "cuentan", "contarán")
    assert table.noun_forms == set(table.forms["contar"])  # true: every form


def test_an_explicit_form_wins_over_another_entrys_paradigm():
    table = parse_cues(TABLE.replace("  ذكر: {paradigm: I}", "  ذكر: {paradigm: I}\n  relatar: [relata]"))
    assert table.lemma_of("relata") == "relatar" and "relata" not in table.forms["contar"]


@pytest.mark.parametrize("old, new, message", [
    ("explicar: {paradigm: ar,", "explicar: {paradigm: er,", "no paradigm 'er'"),
    ("exclude: [contará]", "exclude: [contó]", "exclude lists 'contó', which its paradigm does not make"),
    ("present: cuent}", "presente: cuent}", "'presente' is not a group of paradigm 'ar'"),
    ("particle: mit, ", "", "needs a 'particle'"),
    ("  ذكر: {paradigm: I}", "  ذكر: {paradigm: I}\n  hablar: {paradigm: {explicar: ar}}", "a form of 'explicar' too"),
    ("  ذكر: {paradigm: I}", "  ذكر: {paradigm: I}\n  comer: {paradigm: ar}", "does not fit its class's stem '~ar'"),
])
def test_a_broken_paradigm_is_refused_with_its_line(old, new, message):
    assert old in TABLE
    with pytest.raises(LexiconError, match=message):
        parse_cues(TABLE.replace(old, new))


def test_the_english_table_loads_to_exactly_its_listed_forms():
    raw = yaml.safe_load(resources.files("framing").joinpath("lang/en/cues.yaml").read_text(encoding="utf-8"))
    listed = {lemma: tuple(canonical_form(f) for f in (e["forms"] if isinstance(e, dict) else e))
              for lemma, e in raw["cues"].items()}
    assert cues_of("en").forms == listed


@pytest.mark.parametrize("lang, text, found", [
    # every tense of a regular verb, and the irregular stems written beside it
    ("es", "El ministro explicaba que no habrá cambios.", ("explicaba", "explicar")),
    ("es", "La fiscal advirtiera que …", ("advirtiera", "advertir")),
    ("es", "Los vecinos sostienen que …", ("sostienen", "sostener")),
    ("es", "El alcalde explicaría después que …", ("explicaría", "explicar")),
    ("fr", "Le maire annonçait que …", ("annonçait", "annoncer")),
    ("fr", "Les syndicats rappelleront que …", ("rappelleront", "rappeler")),
    ("fr", "Il faisait valoir que …", ("faisait valoir", "faire valoir")),
    ("de", "Die Minister teilten am Montag mit, dass …", ("teilten", "mitteilen")),
    ("de", "Er habe das Gesetz verteidigt, erläuterten die Richter.", ("verteidigt", "verteidigen")),
    ("de", "Die Grünen forderten, dass …", ("forderten", "fordern")),
    ("ru", "Министерство сообщило, что …", ("сообщило", "сообщить")),
    ("ru", "Как заявляли в ведомстве, …", ("заявляли", "заявить")),
    ("ar", "ويشيرون إلى أن …", ("يشيرون", "أشار")),
    ("ar", "واستنكروا الهجوم", ("استنكروا", "استنكر")),
    ("ar", "ويؤكدون أن …", ("يؤكدون", "أكد")),
])
def test_a_languages_table_knows_every_form_of_its_verbs(lang, text, found):
    table = cues_of(lang)
    assert [(text[s:e], lemma) for s, e, lemma in table.find(text)][:1] == [found]


def test_a_form_a_dev_article_shows_is_not_a_report_is_left_out():
    # "Zulle reste confiant": the adjective; "le reportage que proposera « Illico »": offered
    fr = cues_of("fr")
    assert fr.lemma_of("confiait") == "confier" and fr.lemma_of("confiant") is None
    assert fr.lemma_of("proposera") is None and fr.lemma_of("propose") == "proposer"
    assert "contará" in cues_of("es").needs_clause  # "contará con su propio museo"
    assert "отвечают" in cues_of("ru").needs_clause  # "которые отвечают за …": responsible for
    ar = cues_of("ar")  # "مدينة": a city, made by أدان's participle; "يعرب": a name on dev
    assert ar.lemma_of("يدين") == "أدان" and ar.lemma_of("مدينة") is None and ar.lemma_of("يعرب") is None
    de = cues_of("de")  # "meine Partei", "Berichten zufolge": a possessive, a noun
    assert de.lemma_of("meinte") == "meinen" and de.lemma_of("meine") is None and de.lemma_of("berichten") is None
