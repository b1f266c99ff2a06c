"""French and German, eighth round: constructions of the grammar, each tested on
constructed sentences that vary it. A French subject set off from its verb by an aside
that points back at it ("Jacques Chirac, lui, plaide …", "Le ministre, de son côté, a
déclaré …") still speaks; "appeler … à" with its object between, in every tense."""

from __future__ import annotations

import pandas as pd

import framing


def rows(language: str, text: str) -> list[tuple]:
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "text": [text]}), language=language)
    return [tuple(r) for r in got[got["rule"] != "continuation"][["cue", "speaker", "speaker_canonical"]].values.tolist()]


def test_a_french_subject_before_an_aside_that_points_back_at_it_speaks():
    assert rows("fr", "Jacques Chirac, lui, plaide pour une réforme de la loi.") == [
        ("plaide pour", "Jacques Chirac", "Jacques Chirac")]
    assert rows("fr", "Le ministre, de son côté, a déclaré que la réforme était finie.") == [
        ("déclaré", "Le ministre", "Le ministre")]
    assert rows("fr", "La porte-parole, quant à elle, a affirmé qu'il partirait.") == [
        ("affirmé", "La porte-parole", "La porte-parole")]
    assert rows("fr", "Les syndicats, pour leur part, ont déclaré que la réforme est injuste.") == [
        ("déclaré", "Les syndicats", "Les syndicats")]
    assert rows("fr", "Marie Martin, elle aussi, a expliqué que rien ne changerait.") == [
        ("expliqué", "Marie Martin", "Marie Martin")]


def test_a_french_call_to_with_its_object_between_in_every_tense():
    assert rows("fr", "Le syndicat a appelé les salariés à la grève.") == [("appelé", "Le syndicat", "Le syndicat")]
    assert rows("fr", "La CGT appelait l’ensemble des personnels à rejoindre la grève.") == [
        ("appelait", "La CGT", "CGT")]
    assert rows("fr", "Le maire a appelé son fils Jean.") == []


def test_a_german_name_in_the_genitive_before_a_role_stands_for_its_article():
    # "Thüringens AfD-Chef" = "der AfD-Chef Thüringens": the person named before with that
    # role, or named last, as "der AfD-Chef" would be
    assert rows("de", "„Wir bleiben“, sagte der AfD-Chef Björn Höcke. Thüringens AfD-Chef empfiehlt den "
                      "Unternehmen, still zu sein. Und er sagt auch, das sei gut.") == [
        ("sagte", "der AfD-Chef Björn Höcke", "Björn Höcke"),
        ("empfiehlt", "Thüringens AfD-Chef", "Björn Höcke"), ("sagt", "er", "Björn Höcke")]
    assert rows("de", "Emmanuel Macron sagte, er werde kommen. Die Lage sei ernst, erklärte Frankreichs Präsident.")[1] == (
        "erklärte", "Frankreichs Präsident", "Emmanuel Macron")
    assert rows("de", "Annalena Baerbock reiste nach Kiew. Deutschlands Außenministerin erklärte, die Hilfe gehe "
                      "weiter.") == [("erklärte", "Deutschlands Außenministerin", "Annalena Baerbock")]
    # a first name before a surname that is a role's word is a name
    assert rows("de", "Hans Richter sagte, die Lage sei ernst.") == [("sagte", "Hans Richter", "Hans Richter")]


def test_a_body_by_its_word_alone_is_the_one_form_the_article_gives_it_with_whose_it_is():
    # a nationality after it (French) or before it, or a capitalised adjective of its name
    # after the same article (German)
    assert rows("fr", "Le Conseil d'Etat genevois a refusé le permis mardi. Le Conseil d'Etat a déclaré que la "
                      "demande était limitée.") == [("déclaré", "Le Conseil d'Etat", "Conseil d'Etat genevois")]
    assert rows("fr", "Le gouvernement britannique a changé de cap. Le gouvernement a promis d'interdire les "
                      "couteaux.") == [("promis", "Le gouvernement", "gouvernement britannique")]
    assert rows("de", "Die Europäische Kommission hat ein Verfahren eröffnet. Tiktok arbeitet mit der Europäischen "
                      "Kommission zusammen. Der Konzern tue zu wenig, wie die Kommission mitteilte.")[-1] == (
        "mitteilte", "die Kommission", "Europäische Kommission")
    assert rows("de", "Die russische Regierung hat Truppen verlegt. Die Regierung erklärte, die Lage sei ruhig.") == [
        ("erklärte", "Die Regierung", "russische Regierung")]
    # two such forms: which one is not said
    assert rows("fr", "Le gouvernement britannique et le gouvernement français se sont parlé. Le gouvernement a "
                      "promis d'interdire les couteaux.") == [("promis", "Le gouvernement", "Le gouvernement")]


def test_french_le_after_comme_or_que_is_the_verbs_object_and_its_subject_follows():
    assert rows("fr", "Il faut négocier, comme le souligne le ministre.") == [("souligne", "le ministre", "le ministre")]
    assert rows("fr", "Comme le rappelle Jean Dupont, la loi est claire.") == [("rappelle", "Jean Dupont", "Jean Dupont")]
    assert rows("fr", "Le plan permettrait de connaître les dispositifs, tels que le propose l'Egypte.") == [
        ("propose", "l'Egypte", "Egypte")]
    assert rows("fr", "La loi est claire, ainsi que le confirme le tribunal.") == [("confirme", "le tribunal", "le tribunal")]
    # "le dit ministre": an article, no subject after the form ("estime" speaks with its own subject)
    assert rows("fr", "Il estime que le dit ministre a tort.") == [("estime", "Il", "")]


def test_a_pronoun_after_a_fronted_or_postposed_cue_is_the_person_of_its_subject_pronoun():
    assert rows("fr", "Jean Dupont a parlé. Selon lui, la réforme est finie.") == [("Selon", "lui", "Jean Dupont")]
    assert rows("fr", "Marie Curie a parlé. La réforme, selon elle, est finie.") == [("selon", "elle", "Marie Curie")]
    assert rows("fr", "Jean Dupont a dit que tout allait bien. La hausse illustrerait selon lui l'expression d'un "
                      "malaise.")[1] == ("selon", "lui", "Jean Dupont")
    assert rows("de", "Der Minister Olaf Scholz sprach. Laut ihm ist die Reform vorbei.") == [
        ("Laut", "ihm", "Olaf Scholz")]
    assert rows("de", "„Wir gehen“, sagte Olaf Scholz. Ihm zufolge ist die Reform vorbei.")[1] == (
        "zufolge", "Ihm", "Olaf Scholz")


def test_a_passive_of_saying_with_no_agent_and_its_clause_after_it_reports_what_no_one_named_said():
    assert rows("fr", "Le ministre a parlé. Il a été précisé que la victime avait 14 ans.") == [("précisé", "", "")]
    assert rows("fr", "La police est venue avant qu'il ne soit précisé que la victime avait 14 ans.") == [
        ("précisé", "", "")]
    assert rows("de", "Im Fall von Gaetz war zudem kritisiert worden, dass er keine Erfahrung mitbringe.") == [
        ("kritisiert", "", "")]
    assert rows("de", "„Wir gehen“, sagte Merz. Es wurde betont, dass die Lage ernst sei.")[1] == ("betont", "", "")
    # the agent, where written, speaks; with no clause after it, no report
    assert rows("de", "Der Abriss wurde von der Regierung verkündet.") == [("verkündet", "der Regierung", "der Regierung")]
    assert rows("de", "Besonders scharf kritisiert wurde ihre Entscheidung.") == []


def test_a_definite_role_whose_gender_the_last_speaker_conflicts_with_is_the_last_of_its_gender():
    # "la chanteuse" after her (male) agent spoke: the singer who spoke before him
    assert rows("fr", "« Je chante », dit Mme Cindy Santos. « Elle est prête », répond son agent, l'avocat Jacques "
                      "Barillon. La chanteuse ajoute : « Je suis sûre de moi. »")[-1] == (
        "ajoute", "La chanteuse", "Cindy Santos")
    # no one of its gender spoke: unresolved, not the man
    assert rows("fr", "« Elle est prête », répond l'avocat Jacques Barillon. La chanteuse ajoute : « Je suis sûre "
                      "de moi. »")[-1] == ("ajoute", "La chanteuse", "La chanteuse")


def test_a_source_said_to_be_the_one_cited_before_is_that_source():
    assert rows("fr", "Selon l’administration militaire régionale, un quartier a été frappé. L’attaque a fait deux "
                      "morts, selon un bilan préliminaire de la même source.")[1] == (
        "selon", "un bilan préliminaire de la même source", "l’administration militaire régionale")
    assert rows("fr", "Selon le ministère, un quartier a été frappé. Cette attaque a eu lieu, selon cette source, "
                      "lors d'un déplacement.")[1] == ("selon", "cette source", "le ministère")
    assert rows("de", "Laut dem Innenministerium gab es zwei Tote. Dieser Quelle zufolge wurden zehn Menschen "
                      "verletzt.")[1] == ("zufolge", "Dieser Quelle", "Innenministerium")
    # another source is another
    assert rows("fr", "Selon le ministère, un quartier a été frappé. Selon une autre source, deux personnes sont "
                      "mortes.")[1] == ("Selon", "une autre source", "une autre source")


def test_a_german_noun_of_saying_with_its_speaker_in_the_genitive_and_a_clause_after():
    assert rows("de", "Die NRW-Landesregierung will das Rentenalter anheben. Die Feuerwehren kritisieren das Argument "
                      "der Landesregierung, dass der Fortschritt die Belastung senke.")[-1] == (
        "Argument", "der Landesregierung", "NRW-Landesregierung")
    assert rows("de", "Es gab Kritik des Ministers: „Das ist falsch.“") == [("Kritik", "des Ministers", "der Minister")]
    assert rows("de", "Die Gewerkschaft bekräftigte die Forderung der Beschäftigten, dass die Löhne steigen.")[-1] == (
        "Forderung", "der Beschäftigten", "die Beschäftigten")
    # no clause after it, or no genitive: no report
    assert rows("de", "Die Forderung der Gewerkschaft wurde abgelehnt.") == []
    assert rows("de", "Die Forderung nach mehr Geld sei berechtigt, dass ist klar.") == []


def test_a_german_reaction_said_by_showing_oneself_so():
    assert rows("de", "Die Gewerkschaft Komba zeigt sich entrüstet über die Idee.") == [
        ("zeigt sich", "Die Gewerkschaft Komba", "Die Gewerkschaft Komba")]
    assert rows("de", "Der Minister zeigte sich zuversichtlich, dass eine Einigung gelingt.") == [
        ("zeigte sich", "Der Minister", "Der Minister")]
    assert rows("de", "Die Eltern zeigten sich enttäuscht von der Schule.") == [
        ("zeigten sich", "Die Eltern", "Die Eltern")]
    # no adjective of a stance: no report
    assert rows("de", "Der Sänger zeigte sich gestern im Fernsehen.") == []


def test_a_first_name_the_text_gives_one_person_is_that_person_of_the_gender_it_says():
    assert rows("fr", "Le producteur suisse David Wehren appelle Cindy. « David m'a dit que je devais venir », "
                      "raconte Mme Cindy Santos.")[0] == ("dit", "David", "David Wehren")
    # "David Wehren" is a man: "la chanteuse" is not he
    assert rows("fr", "« Viens », a dit le producteur David Wehren. « David m'a dit que je devais venir », raconte "
                      "la chanteuse.")[-1] == ("raconte", "la chanteuse", "la chanteuse")
    # two people share the first name: which one is not said
    assert rows("fr", "David Wehren et David Martin sont venus. « David m'a dit de venir », raconte Mme Cindy "
                      "Santos.")[0][2] == "David"


def test_a_role_of_thought_letters_or_the_arts_names_the_person_named_before():
    assert rows("fr", "Serions-nous entrés dans l’ère de ce que Paul Valadier désigne dans un ouvrage récent comme le "
                      "débat permanent ? Procédé dilatoire, le philosophe dénonce le recours aux commissions.") == [
        ("dénonce", "le philosophe", "Paul Valadier")]
    assert rows("de", "Der Philosoph Jürgen Habermas sprach in Berlin. „Die Lage ist ernst“, sagte der Philosoph.")[-1] == (
        "sagte", "der Philosoph", "Jürgen Habermas")


def test_a_cue_form_inside_a_fixed_phrase_or_as_a_first_name_says_nothing():
    for text in ["Autrement dit l'Etat paie ses dettes avec l'argent de la communauté.",
                 "Quand j'ai su que j'avais du retard, j'ai accusé le coup moralement.",
                 "Deux coureurs sont satisfaits de leur performance, Lance Armstrong et Fernando Escartin."]:
        assert rows("fr", text) == [], text
    assert rows("fr", "Le ministre accuse le gouvernement de mentir.") == [("accuse", "Le ministre", "Le ministre")]
    assert rows("fr", "« C'est fini », Dit le ministre.") == [("Dit", "le ministre", "le ministre")]
    assert rows("fr", "Cela dit, le ministre a affirmé que tout allait bien.") == [
        ("affirmé", "le ministre", "le ministre")]


def test_a_german_infinitive_after_zu_and_a_completing_ergaenzen_say_nothing():
    for text in ["Da gibt es wenig Möglichkeit zu sagen, wir machen das später.",
                 "Er weigerte sich, etwas zu sagen.",
                 "Die neue Linie ergänzt die Fahrten nach Berlin."]:
        assert rows("de", text) == [], text
    assert rows("de", "„Das ist gut“, ergänzte der Minister.") == [("ergänzte", "der Minister", "der Minister")]
    assert rows("de", "Der Minister ergänzte, dass die Lage ernst sei.") == [("ergänzte", "Der Minister", "Der Minister")]


def test_a_definite_role_of_two_words_is_the_unnamed_one_who_spoke_before_with_that_role():
    assert rows("de", "„Wir löschen von außen“, sagte ein Feuerwehrsprecher. „Giftstoffe gibt es nur in der Nähe“, "
                      "sagte der Feuerwehr-Sprecher.")[1] == ("sagte", "der Feuerwehr-Sprecher", "ein Feuerwehrsprecher")
    assert rows("fr", "« Nous enquêtons », a déclaré un porte-parole de la police. « Le suspect est arrêté », a ajouté "
                      "le porte-parole.")[1] == ("ajouté", "le porte-parole", "un porte-parole de la police")


def test_verbs_of_denying_answering_back_demanding_and_claiming():
    assert rows("de", "„Das stimmt nicht“, dementierte der Sprecher.") == [("dementierte", "der Sprecher", "der Sprecher")]
    assert rows("de", "Die Firma bestreitet, dass es Probleme gab.") == [("bestreitet", "Die Firma", "Die Firma")]
    assert rows("de", "„Unsinn“, konterte Merz.") == [("konterte", "Merz", "Merz")]
    assert rows("de", "Die Opposition verlangt, dass der Minister zurücktritt.") == [
        ("verlangt", "Die Opposition", "Die Opposition")]
    assert rows("de", "Die Polizei meldete, dass zwei Menschen verletzt wurden.") == [
        ("meldete", "Die Polizei", "Die Polizei")]
    assert rows("de", "Der Rechnungshof bemängelte, dass die Kosten stiegen.") == [
        ("bemängelte", "Der Rechnungshof", "Der Rechnungshof")]
    assert rows("fr", "Le syndicat exige que le gouvernement recule.") == [("exige", "Le syndicat", "Le syndicat")]
    assert rows("fr", "L'opposition soutient que la loi est injuste.") == [
        ("soutient", "L'opposition", "L'opposition")]
    assert rows("fr", "Le ministre suggère de reporter le vote.") == [("suggère", "Le ministre", "Le ministre")]
    # not reports: requiring, supporting, taking the floor
    for lang, text in [("fr", "Le recours à cette stratégie exige une dose solide d'optimisme."),
                       ("fr", "Le ministre soutient le projet."), ("de", "Er meldete sich zu Wort.")]:
        assert rows(lang, text) == [], text


def test_a_german_noun_of_saying_with_a_light_verb_before_it():
    assert rows("de", "Präsident Trump macht Andeutungen, dass es bald Landeinsätze geben könnte.") == [
        ("macht", "Präsident Trump", "Trump")]
    assert rows("de", "Der Minister übte scharfe Kritik an der Regierung.") == [("übte", "Der Minister", "Der Minister")]
    assert rows("de", "Die Opposition erhob schwere Vorwürfe gegen den Kanzler.") == [
        ("erhob", "Die Opposition", "Die Opposition")]
    assert rows("de", "Er machte keine Angaben.") == []


def test_a_french_participle_right_after_a_noun_phrase_is_said_of_that_phrase():
    assert rows("fr", "La police avait été appelée par des habitants affirmant que des personnes avaient été "
                      "poignardées.") == [("affirmant", "des habitants", "des habitants")]
    assert rows("fr", "Il a rencontré le président Macron affirmant que tout allait bien.") == [
        ("affirmant", "le président Macron", "Macron")]
    # after a comma, a time word or "en": the sentence's subject
    assert rows("fr", "Le ministre a parlé aux journalistes, affirmant que tout allait bien.") == [
        ("affirmant", "Le ministre", "Le ministre")]
    assert rows("fr", "Le ministre est parti hier affirmant que tout allait bien.") == [
        ("affirmant", "Le ministre", "Le ministre")]
    assert rows("fr", "Le ministre a parlé en affirmant que tout allait bien.") == [
        ("affirmant", "Le ministre", "Le ministre")]


def test_a_french_participle_after_a_comma_is_a_report_of_its_own_and_paying_tribute():
    assert rows("fr", "« Tout va bien », a déclaré le ministre, ajoutant que la situation était sous contrôle.") == [
        ("déclaré", "le ministre", "le ministre"), ("ajoutant", "le ministre", "le ministre")]
    assert rows("fr", "Le président a rendu hommage aux victimes.") == [("rendu hommage", "Le président", "Le président")]
