"""Quotation marks, names in marks and sentences in French, German, Spanish, Russian and
Arabic (issue 24, items 1 and 3): texts written here and sentences of the shared
multilingual corpus (real news, quoted as short excerpts)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing._sentences import split_sentences
from framing.lang import LanguageError, get_language, languages, register_language
from framing.text import VOICE_VALUES, analyze, count_tokens, count_voice_tokens, find_quotes

LANGS = ["fr", "de", "es", "ru", "ar"]
TOKEN = re.compile(r"\w+(?:[-\u2010\u2011'\u2019]\w+)*")


def spans(text, lang):
    f = analyze(text, lang)
    return [text[q.start:q.end] for q in f.quotes], [text[q.start:q.end] for q in f.names]


def test_every_language_folder_loads():
    assert set(LANGS) <= set(languages())
    for code in LANGS:
        lang = get_language(code)
        assert lang.name and lang.quotes["double_open"]
        analyze("Text.", code)  # compiles


# ----------------------------------------------------------------------- German »…«

SPIEGEL = ("Die Aufsicht der Fed über die in Santa Clara ansässige Regionalbank habe sich als unzureichend erwiesen, "
           "teilte die US-Notenbank mit.\n\n"
           "»Der Zusammenbruch der SVB zeigt, dass es Mängel in der Regulierung und in der Aufsicht gibt, die "
           "angegangen werden müssen«, erklärte der für die Bankenaufsicht zuständige Fed-Vizechef Michael Barr in "
           "einem Brief, der dem über 100 Seiten langen Bericht zum SVB-Kollaps beigefügt war.\n\n"
           "Zwar stünde das Missmanagement wichtiger Risiken durch die Regionalbank im Kern hinter dem Untergang "
           "des Instituts, erklärte die Fed.")


def test_german_reversed_guillemets_are_read_from_the_document():
    # Spiegel Online (multilingual/de.jsonl): the one quotation is »Der … müssen«
    quotes, names = spans(SPIEGEL, "de")
    assert quotes == [SPIEGEL[SPIEGEL.index("»"):SPIEGEL.index("«") + 1]]
    assert names == []
    total, quoted = count_tokens(SPIEGEL, analyze(SPIEGEL, "de"))
    inside = SPIEGEL[SPIEGEL.index("»"):SPIEGEL.index("«")]
    assert quoted == len(TOKEN.findall(inside)) == 20
    # read as English, » opens nothing and «, (a mark before a comma) opens nothing either: the
    # quotation is lost (before, « opened one that ran to the paragraph's end)
    en_total, en_quoted = count_tokens(SPIEGEL, analyze(SPIEGEL, "en"))
    assert en_total == total and en_quoted == 0


def test_the_same_german_folder_reads_swiss_guillemets_and_low_high_marks():
    swiss = "Er sagte: «Das ist gut.» Die «NZZ» schrieb darüber."
    assert spans(swiss, "de") == (["«Das ist gut.»"], ["«NZZ»"])
    low = "Die „Tagesschau“-Moderatorin sagte: „Wir schaffen das.“ Das „Heute-Journal“ nicht."
    assert spans(low, "de") == (["„Wir schaffen das.“"], ["„Tagesschau“", "„Heute-Journal“"])
    single = "Er nannte es ‚absurd‘ und ging."
    assert spans(single, "de") == ([], ["‚absurd‘"])


def test_german_name_in_marks_and_speech_after_it():
    t = "„Nein“, sagte er. Laut „Washington Post“ hatte Trump geplant. „Nie“, so der Minister."
    assert spans(t, "de") == (["„Nein“", "„Nie“"], ["„Washington Post“"])
    # a lower-case fragment after a speech word earlier in the sentence is the speaker's
    t = "Er erklärte unterdessen, er sei „zutiefst besorgt“, dass nichts geschehe."
    assert spans(t, "de") == (["„zutiefst besorgt“"], [])


# ----------------------------------------------------------------------- Russian

GAZETA = ("С 30 сентября Россия начала проводить военную операцию в Сирии, которая, по официальным данным, "
          "направлена на уничтожение боевиков «Исламского государства». «Исламское государство» — "
          "террористическая группировка, деятельность которой запрещена в ряде стран, в том числе в России.")


def test_russian_names_in_marks_count_with_the_narrator():
    # Gazeta.ru (multilingual/ru.jsonl): two names, no quotation
    quotes, names = spans(GAZETA, "ru")
    assert quotes == [] and names == ["«Исламского государства»", "«Исламское государство»"]
    f = analyze(GAZETA, "ru")
    total, quoted, named = count_voice_tokens(GAZETA, f)
    assert (quoted, named) == (0, 4)
    assert count_tokens(GAZETA, f) == (total, 0)
    # English reads them as quotations
    assert count_tokens(GAZETA, analyze(GAZETA, "en"))[1] == 4


def test_russian_speech_with_a_dash_and_nested_marks():
    t = "«Нет», — сказал он. «Мы боремся с „ИГИЛ“ и другими», — заявил министр. Акции «Газпрома» выросли."
    assert spans(t, "ru") == (["«Нет»", "«Мы боремся с „ИГИЛ“ и другими»"], ["«Газпрома»"])
    t = "Он сказал: «Нет». В «Газета.ру» сообщили."
    assert spans(t, "ru") == (["«Нет»"], ["«Газета.ру»"])


# ----------------------------------------------------------------------- Arabic

ASHARQ = ("وأوردت شبكة «سي إن إن» أول من أمس 12 صورة، وأبرزهم زعيم تنظيم «داعش» أبوبكر البغدادي، "
          "وزعيم تنظيم «القاعدة» أيمن الظواهري.\nوذكرت أن قتل هؤلاء قد يلحق الهزيمة بـ«داعش» و«القاعدة».")


def test_arabic_names_in_marks_count_with_the_narrator():
    # multilingual/ar.jsonl (snn_2015-08-01_0017): five names in marks, no quotation
    quotes, names = spans(ASHARQ, "ar")
    assert quotes == []
    assert names == ["«سي إن إن»", "«داعش»", "«القاعدة»", "«داعش»", "«القاعدة»"]
    f = analyze(ASHARQ, "ar")
    assert f.voice_at(ASHARQ.index("داعش"), ASHARQ.index("داعش") + 4) == "name"
    assert count_tokens(ASHARQ, f)[1] == 0


def test_arabic_speech_in_marks():
    t = "قال المتحدث «إن داعش تنظيم إرهابي» وأضاف أن «داعش» يهدد المنطقة. «لا»، قال الوزير. طهران: «الشرق الأوسط»: أعلنت"
    assert spans(t, "ar") == (["«إن داعش تنظيم إرهابي»", "«لا»"], ["«داعش»", "«الشرق الأوسط»"])


# ----------------------------------------------------------------------- French and Spanish

def test_french_guillemets_with_spaces_nesting_and_elision():
    t = ("« Nous ne céderons pas », a-t-il déclaré. Le groupe « État islamique » revendique l’attaque "
         "d’après l’AFP. « Non », a-t-il dit. « Emmanuel Macron se dit “calme et déterminé” », écrit-elle.")
    quotes, names = spans(t, "fr")
    assert quotes == ["« Nous ne céderons pas »", "« Non »", "« Emmanuel Macron se dit “calme et déterminé” »"]
    assert names == ["« État islamique »"]
    t = ("M. Holding Carter, porte-parole du Département d'Etat, a déclaré : « Nous regrettons que les réponses "
         "israéliennes n'aient pas complètement répondu à nos questions. » De son côté M. Javits")
    assert spans(t, "fr")[0] == [t[t.index("«"):t.index("»") + 1]]


def test_spanish_quotation_and_name():
    t = ('"Esto no es covid, es un coronacirco", dijo en rueda de prensa Victoria Abril. «No», dijo. '
         'Según «El País», el diario "Clarín" publicó.')
    assert spans(t, "es") == (['"Esto no es covid, es un coronacirco"', "«No»"], ["«El País»", '"Clarín"'])


def test_english_keeps_short_quotations_as_quotations():
    t = 'The so-called "Islamic State" and the “regime” said “no”.'
    f = analyze(t, "en")
    assert [t[q.start:q.end] for q in f.quotes] == ['"Islamic State"', "“regime”", "“no”"] and f.names == ()


# ----------------------------------------------------------------------- invariants

@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LANGS), st.lists(st.sampled_from(
    ["«", "»", "„", "“", "”", "‚", "‘", "’", "‹", "›", '"', " ", "\n\n", "Wort", "слово", "داعش", ",", ".", " — сказал",
     ", sagte er", ":", "l’EI"]), max_size=30).map("".join))
def test_quotes_and_names_never_overlap_and_voice_counts_add_up(lang, text):
    f = analyze(text, lang)
    spans_ = f.voice_spans()
    for (_, e1, _), (s2, _, _) in zip(spans_, spans_[1:]):
        assert e1 <= s2
    assert all(v in VOICE_VALUES for _, _, v in spans_)
    total, quoted, named = count_voice_tokens(text, f, include_boilerplate=True)
    assert quoted + named <= total
    assert find_quotes(text, language=lang) == f.quotes
    for q in f.quotes:
        assert q.continues < 0 or f.quotes[q.continues].end <= q.start


# ----------------------------------------------------------------------- sentences

@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Il a parlé. Émile est venu. « Non », dit M. Dupont. Mme Le Pen aussi. Vraiment ? Oui.",
     ["Il a parlé.", "Émile est venu.", "« Non », dit M. Dupont.", "Mme Le Pen aussi.", "Vraiment ?", "Oui."]),
    ("de", "Er kam am 3. Oktober. Über 100 Leute, z. B. Ärzte, d. h. viele. „Nein“, sagte er. »Gut«, sagte sie.",
     ["Er kam am 3. Oktober.", "Über 100 Leute, z. B. Ärzte, d. h. viele.", "„Nein“, sagte er.", "»Gut«, sagte sie."]),
    ("es", "Lo dijo el Sr. García. ¿Quién? ¡Nadie! Ñandú es un ave. Dña. María llegó a EE.UU. ayer.",
     ["Lo dijo el Sr. García.", "¿Quién?", "¡Nadie!", "Ñandú es un ave.", "Dña. María llegó a EE.UU. ayer."]),
    ("ru", "Он пришёл. По словам т. е. Иванова, в 2015 г. было так. «Нет», — сказал он. Ёж спит.",
     ["Он пришёл.", "По словам т. е. Иванова, в 2015 г. было так.", "«Нет», — сказал он.", "Ёж спит."]),
    ("ar", "قال المتحدث إن الوضع صعب. هل هذا صحيح؟ نعم، قال د. محمد ذلك. «داعش» تنظيم.",
     ["قال المتحدث إن الوضع صعب.", "هل هذا صحيح؟", "نعم، قال د. محمد ذلك.", "«داعش» تنظيم."]),
    # Gazeta.ru, Interfax and Spiegel sentences (multilingual corpus)
    ("ru", "Ранее он был сотрудником ведомства. По его словам, решение уже принято.",
     ["Ранее он был сотрудником ведомства.", "По его словам, решение уже принято."]),
    ("de", "Künftig müsse man schneller Risiken ausmachen können. Über 100 Seiten hat die Fed geschrieben.",
     ["Künftig müsse man schneller Risiken ausmachen können.", "Über 100 Seiten hat die Fed geschrieben."]),
])
def test_sentences_in_every_script(lang, text, expected):
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text), lang)] == expected


def test_english_sentences_unchanged_by_other_scripts():
    t = "He came. Émile left."
    assert len(split_sentences(t, 0, len(t), "en")) == 1  # English's rule: an ASCII capital


def _refused(tmp_path, code, old, new, match):
    """A copy of Russian's folder with ``old`` made ``new`` is refused, naming ``match``."""
    from framing.lang import unregister_language

    folder = tmp_path / code
    folder.mkdir()
    text = (get_language("ru").folder / "language.yaml").read_text(encoding="utf-8")
    (folder / "language.yaml").write_text(text.replace(old, new), encoding="utf-8")
    lang = register_language(folder)
    try:
        with pytest.raises(LanguageError, match=match):
            analyze("x", lang)
    finally:
        unregister_language(code)


def test_a_pair_that_is_not_two_marks_is_refused(tmp_path):
    _refused(tmp_path, "xx", 'pairs: ["«»",', 'pairs: ["«»»",', "pairs")


def test_a_malformed_names_in_marks_is_refused(tmp_path):
    _refused(tmp_path, "yy", "max_words: 4", "max_words: four", "names_in_marks: max_words")
