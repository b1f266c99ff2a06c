"""French and German, seventh round: constructions of the grammar, each tested on
constructed sentences that vary it. A negated verb of saying says nothing ("n’a pas dit",
"ne dit rien", "sagte nicht", "hat nicht gesagt", "nannte weder … noch …"), unless a
restrictive follows ("sagte nicht nur") or the verb says something negated too ("schloss
nicht aus")."""

from __future__ import annotations

import pandas as pd

import framing


def rows(language: str, text: str) -> list[tuple]:
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), language=language)
    return [tuple(r) for r in got[got["rule"] != "continuation"][["cue", "speaker", "speaker_canonical"]].values.tolist()]


def test_a_negated_french_verb_of_saying_says_nothing():
    for text in ["Il ne dit rien en effet sur le projet.",
                 "Le ministre n'a pas dit que la réforme était finie.",
                 "Le ministre n’a jamais affirmé qu'il partirait.",
                 "La porte-parole ne précise pas si le sommet aura lieu.",
                 "Elle n’avait guère expliqué pourquoi elle partait."]:
        assert rows("fr", text) == [], text
    # the negation inside what was said, and "ne … que" (only), leave the report
    assert rows("fr", "Le ministre a dit qu'il ne partirait pas.") == [("dit", "Le ministre", "Le ministre")]
    assert rows("fr", "« Nous ne partirons pas », a déclaré le ministre.") == [("déclaré", "le ministre", "le ministre")]
    assert rows("fr", "Le ministre ne dit que ceci : « Nous partons ».") == [("dit", "Le ministre", "Le ministre")]


def test_a_negated_german_verb_of_saying_says_nothing():
    for text in ["Höcke sagt nicht ausdrücklich „Thüringer Unternehmen“.",
                 "Er nannte allerdings weder Venezuela noch andere Länder beim Namen.",
                 "Der Minister sagte nicht, ob er zurücktritt.",
                 "Der Minister hat nicht gesagt, dass er zurücktritt.",
                 "Die Sprecherin erklärte nie, warum die Firma schloss.",
                 "Die Polizei nannte keine Namen."]:
        assert rows("de", text) == [], text
    assert rows("de", "Der Minister sagte, er werde nicht zurücktreten.") == [("sagte", "Der Minister", "Der Minister")]
    assert rows("de", "„Wir bleiben nicht“, sagte der Minister.") == [("sagte", "der Minister", "der Minister")]
    # "nicht ohne Stolz" after the subject is no negation of the verb; "nicht nur": said, and more
    assert rows("de", "„Wir bleiben“, sagte er nicht ohne Stolz.")[0][:2] == ("sagte", "er")
    assert rows("de", "Der Minister sagte nicht nur, dass er zurücktritt.")[0][:2] == ("sagte", "Der Minister")
    # "schloss nicht aus": left open, said
    assert rows("de", "Leavitt schloss nicht aus, dass es weitere Aktionen gibt.") == [
        ("schloss", "Leavitt", "Leavitt")]


def test_a_german_cue_form_between_a_determiner_and_a_noun_is_an_adjective():
    assert rows("de", "Voigt attackiert Höcke, seinen erklärten Hauptkonkurrenten.") == []
    assert rows("de", "Die bestätigten Fälle stiegen, sagte der Minister.") == [("sagte", "der Minister", "der Minister")]
    assert rows("de", "Der erklärte Wille der Regierung ist klar.") == []
    assert rows("de", "Sie lobte ihre bereits angekündigte Reform.") == []
    # a verb after its subject, and after a fronted object ("Dies erklärte Merz"), stays a report
    assert rows("de", "Die Polizei bestätigte am Montag, dass der Täter floh.")[0][:2] == ("bestätigte", "Die Polizei")
    assert rows("de", "Dies erklärte Merz am Montag.")[0][:2] == ("erklärte", "Merz")


def test_a_german_role_in_the_genitive_keeps_its_complement():
    # "laut eines Sprechers der Berliner Polizei": the role's genitive complement is part of the speaker
    assert rows("de", "Laut eines Sprechers der Berliner Polizei liegen keine Erkenntnisse vor.")[0][:2] == (
        "Laut", "eines Sprechers der Berliner Polizei")
    assert rows("de", "Nach Angaben eines Polizeisprechers der Stadt wurde niemand verletzt.")[0][:2] == (
        "Nach Angaben", "eines Polizeisprechers der Stadt")
    assert rows("de", "„Wir bleiben“, sagte ein Feuerwehrsprecher der Stadt Essen.")[0][:2] == (
        "sagte", "ein Feuerwehrsprecher der Stadt Essen")
    # a name, then a listener in the dative, stays apart
    assert rows("de", "„Wir bleiben“, sagte Polizeisprecher Jan Vogel der Zeitung.")[0][1] == "Polizeisprecher Jan Vogel"


def test_a_german_speaker_in_the_genitive_or_dative_is_named_in_the_nominative():
    assert rows("de", "Laut eines Sprechers der Berliner Polizei liegen keine Erkenntnisse vor.")[0][2] == (
        "ein Sprecher der Berliner Polizei")
    assert rows("de", "Nach Angaben des Statistischen Landesamtes kamen 89.500 Menschen.")[0][2] == (
        "Statistisches Landesamt")
    assert rows("de", "Nach Angaben des Innenministeriums wurde niemand verletzt.")[0][2] == "Innenministerium"
    assert rows("de", "Nach Angaben des Verbandes ist alles ruhig.")[0][2] == "Verband"
    assert rows("de", "Laut des zuständigen Sprechers ist alles ruhig.")[0][2] == "der zuständige Sprecher"
    assert rows("de", "Einem Sprecher der Polizei zufolge ist alles ruhig.")[0][2] == "ein Sprecher der Polizei"
    # a definite role in the genitive or dative is the person the text named with it
    assert rows("de", "Der Kanzler Olaf Scholz kam. Laut des Kanzlers ist alles ruhig.")[0][2] == "Olaf Scholz"
    assert rows("de", "Kanzler Olaf Scholz kam. Laut dem Kanzler ist alles ruhig.")[0][2] == "Olaf Scholz"
    # a phrase in the nominative or with a feminine article stays as written
    assert rows("de", "Laut der Polizei ist alles ruhig.")[0][2] == "der Polizei"


def test_a_verb_after_a_conjunction_shares_the_subject_that_opens_its_sentence():
    assert rows("de", "Voigt bedankt sich zunächst für die „sehr gute Einlassung“ der Zuschauerin und sagt dann: "
                "„Es geht nicht um Brandmauern.“") == [("sagt", "Voigt", "Voigt")]
    assert rows("de", "Die Kommission prüft den Fall und teilte mit, dass sie handeln werde.")[0][:2] == (
        "teilte", "Die Kommission")
    assert rows("fr", "Le ministre a reçu les syndicats et a déclaré que la réforme passera.") == [
        ("déclaré", "Le ministre", "Le ministre")]
    assert rows("fr", "Elle soutient la grève du vendredi et affirme que la manifestation aura lieu.")[0][:2] == (
        "affirme", "Elle")
    # a sentence opened by an object or an adverbial leaves the verb to the latest speaker
    assert rows("de", "Am Montag traf Merz den Präsidenten und sagte: „Das ist gut.“")[0][:2] == ("sagte", "")
    assert rows("de", "Den Vorwurf wies er zurück und sagte: „Das ist falsch.“")[-1][:2] == ("sagte", "")


def test_french_verbs_of_an_incise_or_a_remark_with_what_was_said():
    assert rows("fr", "« Nous partirons », lance-t-il.") == [("lance", "il", "")]
    assert rows("fr", "« C'est fini », glisse le ministre.") == [("glisse", "le ministre", "le ministre")]
    assert rows("fr", "« Pourquoi ? », s'interroge la ministre.") == [("interroge", "la ministre", "la ministre")]
    assert rows("fr", "Le ministre a répété que la réforme passera.") == [("répété", "Le ministre", "Le ministre")]
    assert rows("fr", "Le ministre lâche « qu’il est disposé à améliorer le projet ».")[0][:2] == ("lâche", "Le ministre")
    # with no quotation, colon or clause: no report
    assert rows("fr", "Le ministre a lancé une opération.") == []
    assert rows("fr", "La voiture glisse sur la chaussée.") == []


def test_german_verbs_of_telling_asking_and_quoting():
    assert rows("de", "„Es war schlimm“, erzählt die Anwohnerin.") == [("erzählt", "die Anwohnerin", "die Anwohnerin")]
    assert rows("de", "„Es brannte lichterloh“, schilderte ein Zeuge.") == [("schilderte", "ein Zeuge", "ein Zeuge")]
    assert rows("de", "„Warum?“, fragte der Minister.") == [("fragte", "der Minister", "der Minister")]
    assert rows("de", "„Ein neuer König kommt“, zitierte der Daily Star den Autor.")[0][:2] == ("zitierte", "der Daily Star")
    assert rows("de", "Promoter Frank Warren sprach vor einiger Zeit vom „größten Box-Ereignis des Jahrhunderts“.")[0][:2] == (
        "sprach", "Promoter Frank Warren")
    assert rows("de", "Die Ministerin erinnerte daran, dass die Frist endet.") == [
        ("erinnerte daran", "Die Ministerin", "Die Ministerin")]
    # the noun and a way without what was said are no report
    assert rows("de", "Auf Fragen der Journalisten ging er nicht ein.") == []
    assert rows("de", "Er beschrieb den Weg zum Bahnhof.") == []
    # a pronominal adverb opening the sentence is no subject ("Darin erklärte die Fed, …")
    assert rows("de", "Darin erklärte die Fed, dass sich ihre Praktiken verändert hätten.")[0][:2] == ("erklärte", "die Fed")
    # "gemäß": in accordance with a rule, no source
    assert rows("de", "Die Einnahmen werden gemäß einem Verteilungsschlüssel ausgezahlt.") == []


def test_a_pronoun_after_a_sentence_opened_by_a_body_is_that_body():
    assert rows("fr", "Le Conseil d'Etat a rejeté mardi ce recours. Il relève que le contingent est peu élevé.") == [
        ("relève", "Il", "Le Conseil d'Etat")]
    assert rows("fr", "« Nous partons », a dit Jean Dupont. La commission a rejeté le projet. "
                "Elle a précisé que rien ne change.")[-1] == ("précisé", "Elle", "La commission")
    # the body as it spoke before, where the sentence opens with the start of its name
    assert rows("fr", "L’AG Éducation Île-de-France inter-degrés appelle à la grève. L’AG Éducation Île-de-France "
                "considère que tout va mal. Elle invite les parents à manifester.")[-1] == (
        "invite", "Elle", "L’AG Éducation Île-de-France inter-degrés")
    assert rows("de", "Die Kommission prüft den Fall. Sie teilte mit, dass sie handeln werde.") == [
        ("teilte", "Sie", "Die Kommission")]
    assert rows("de", "„Wir gehen“, sagte Jan Vogel. Der Verband lehnte den Plan ab. Er erklärte, das Gesetz sei falsch."
                )[-1] == ("erklärte", "Er", "Der Verband")
    # a body of another gender: not that body
    assert rows("de", "Die Polizei nahm den Mann fest. Er sagte, er sei unschuldig.")[-1][2] != "Die Polizei"
    assert rows("fr", "Le gouvernement a rejeté le projet de Marie Dupont. Elle a dit que rien ne change.")[-1][2] != (
        "Le gouvernement")


def test_the_source_after_a_report_with_no_one_as_its_subject():
    assert rows("fr", "L’Otan se réunira mardi, a-t-on appris vendredi de sources diplomatiques.") == [
        ("appris", "sources diplomatiques", "sources diplomatiques")]
    assert rows("fr", "La réunion aura lieu mardi, indique-t-on de source policière.") == [
        ("indique", "source policière", "source policière")]
    assert rows("fr", "La réunion aura lieu mardi, a-t-on appris auprès de la préfecture.") == [
        ("appris", "la préfecture", "la préfecture")]
    # "de même source": the source named before
    assert rows("fr", "L’Otan se réunira mardi, a-t-on appris de sources diplomatiques. La réunion aura lieu à "
                "Bruxelles, a-t-on précisé de même source.")[-1] == ("précisé", "même source", "sources diplomatiques")
    # "de" with no source noun, and learning with no clause, are not
    assert rows("fr", "La réunion aura lieu mardi, a-t-on dit de manière claire.") == [("dit", "on", "")]
    assert rows("fr", "Il a appris à nager.") == []
    assert rows("de", "Die Lage sei ernst, hieß es aus dem Innenministerium.") == [
        ("hieß es", "dem Innenministerium", "Innenministerium")]
    assert rows("de", "Aus dem Innenministerium hieß es, die Lage sei ernst.") == [
        ("hieß es", "dem Innenministerium", "Innenministerium")]
    assert rows("de", "Wie aus dem Ministerium verlautete, sei die Lage ernst.") == [
        ("verlautete", "dem Ministerium", "Ministerium")]
    assert rows("de", "Raab setzte sich durch, erfuhr die APA aus informierten Kreisen.")[0][:2] == (
        "erfuhr", "informierten Kreisen")
    assert rows("de", "Die Lage sei ernst, hieß es.") == [("hieß es", "", "")]


def test_two_names_or_roles_joined_before_or_after_a_plural_verb_speak_together():
    assert rows("fr", "Raphaël Garrigos et Isabelle Roberts rappellent que les guillemets authentifient la citation.") == [
        ("rappellent", "Raphaël Garrigos et Isabelle Roberts", "Raphaël Garrigos et Isabelle Roberts")]
    assert rows("fr", "« C'est fini », ont déclaré Jean Dupont et Marie Martin.") == [
        ("déclaré", "Jean Dupont et Marie Martin", "Jean Dupont et Marie Martin")]
    assert rows("de", "Der Job sei anstrengend, argumentieren die Gewerkschaften Verdi und Komba.") == [
        ("argumentieren", "die Gewerkschaften Verdi und Komba", "die Gewerkschaften Verdi und Komba")]
    assert rows("de", "Merz und Scholz sagten, sie seien einig.")[0][:2] == ("sagten", "Merz und Scholz")
    # a singular verb: the name after "und" opens another clause
    assert rows("de", "„Wir gehen“, sagte Merz und Scholz nickte.") == [("sagte", "Merz", "Merz")]
    assert rows("fr", "« C'est fini », a déclaré Jean Dupont et il est parti.") == [("déclaré", "Jean Dupont", "Jean Dupont")]
