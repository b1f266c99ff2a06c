"""Attribution in French, German and Spanish (issue 24 item 4): patterns of each language
the clause rules read (framing.sources.clauses, clause_resolution), with the exact speaker
each gives."""

from __future__ import annotations

import pandas as pd

import framing


def rows(language: str, text: str) -> list[tuple]:
    df = pd.DataFrame({"doc_id": ["d0"], "outlet": "X", "text": [text]})
    got = framing.find_attributions(df, language=language)
    got = got[got["rule"] != "continuation"]
    return [tuple(r) for r in got[["cue", "speaker", "speaker_canonical"]].values.tolist()]


def test_a_noun_phrase_runs_on_over_du_and_des():
    assert rows("fr", "Le porte-parole du gouvernement a déclaré que la loi passera.") == [
        ("déclaré", "Le porte-parole du gouvernement", "Le porte-parole du gouvernement")]
    # "la" and "le" are no contraction: the phrase stops there
    assert rows("fr", "Les conclusions du procureur d’Albi affirment que la grenade a tué.") == [
        ("affirment", "Les conclusions du procureur d’Albi", "Les conclusions du procureur d’Albi")]


def test_what_a_role_is_of_is_no_name():
    assert rows("es", "El ministro de Economía afirmó que la inflación bajará.") == [
        ("afirmó", "El ministro de Economía", "El ministro de Economía")]
    assert rows("fr", "« C’est fini », a dit le porte-parole des Verts.") == [
        ("dit", "le porte-parole des Verts", "le porte-parole des Verts")]
    # a name after the role's complement is still the name
    assert rows("fr", "Le maire de Londres Sadiq Khan a déclaré que la ville était sûre.")[0][2] == "Sadiq Khan"


def test_a_pronoun_no_speaker_fits_is_the_person_named_before():
    assert rows("fr", "Marie Dupont est arrivée hier. « Je suis contente », dit-elle.") == [
        ("dit", "elle", "Marie Dupont")]
    assert rows("de", "Präsident Trump kam nach Florida. Er sagte, alles sei gut.") == [("sagte", "Er", "Trump")]
    assert rows("es", "María López llegó ayer. Ella dijo que estaba contenta.") == [("dijo", "Ella", "María López")]
    # a title says the gender: "il" is not Mme Licitra-Ponti
    assert rows("fr", "M. Dupont et Mme Licitra-Ponti sont arrivés. « C'est grave », dit-il.") == [
        ("dit", "il", "Dupont")]
    # the name after a role's complement: "le président de la République Emmanuel Macron"
    assert rows("fr", "Le président de la République Emmanuel Macron est là. « C'est grave », a-t-il dit.")[0][2] \
        == "Emmanuel Macron"


def test_no_name_to_give_a_pronoun_leaves_it_unresolved():
    # a body ("la Commission"), a place after a preposition, a name in quotation marks, a
    # German noun phrase, "on": none is a person
    assert rows("fr", "La Commission européenne a publié un rapport. « C'est grave », dit-il.")[-1] == ("dit", "il", "")
    assert rows("fr", "Il vit à New York City. « C'est grave », a-t-il dit.") == [("dit", "il", "")]
    assert rows("de", "Die Sprecherin des Weißen Hauses kam. Sie sagte, alles sei gut.") == [("sagte", "Sie", "")]
    assert rows("de", "Bondi lobte die „Geheimnisse des Erfolgs“. Sie sagte, alles sei gut.") == [("sagte", "Sie", "")]
    assert rows("fr", "REVUE DU JOUR On affirmait que la guerre était finie.") == [("affirmait", "On", "")]


def test_a_definite_role_is_the_person_the_text_named_with_it():
    assert rows("fr", "Le ministre russe Andreï Belooussov a parlé lundi. Le ministre de la Défense a affirmé que "
                      "l'armée avançait.") == [("affirmé", "Le ministre de la Défense", "Andreï Belooussov")]


def test_german_sie_with_a_plural_verb_is_they():
    assert rows("de", "Ricarda Lang kam. „Das ist falsch“, sagten sie.") == [("sagten", "sie", "")]
    assert rows("de", "Ricarda Lang kam. „Das ist falsch“, sagte sie.") == [("sagte", "sie", "Ricarda Lang")]


def test_german_separable_particle_ends_the_speaker():
    assert rows("de", "Auf die Frage, ob er zurücktrete, weist der 42-Jährige zurück.") == [
        ("weist", "der 42-Jährige", "der 42-Jährige")]


def test_spanish_dropped_subject_with_no_speaker_before_is_the_person_named_before():
    assert rows("es", "Margarita Zavala habló en Tercer Grado. Aseguró que se bajaría de la contienda.") == [
        ("Aseguró", "", "Margarita Zavala")]
    # a name inside a quotation is one the speaker names, not the speaker
    assert rows("es", "\"Me ayudó Mari (Carmen Martín), mi entrenadora\", comentó.") == [("comentó", "", "")]


def test_spanish_object_after_a_verb_is_no_speaker_nor_content():
    # "no precisó la fecha": neither an inverted speaker nor a dropped subject's content
    assert rows("es", "Anaya Cortés dijo que fue el primero, aunque no precisó la fecha.") == [
        ("dijo", "Anaya Cortés", "Anaya Cortés")]
    # a time phrase before the verb is not its subject
    assert rows("es", "Peña Nieto habló en Los Pinos. El martes pidió perdón y dijo que lo lamentaba.")[-1] == (
        "dijo", "", "Peña Nieto")


def test_german_compound_roles_say_the_gender():
    text = ("Susanne Raab wird Chefin der Organisation. Innenminister Gerhard Karner betonte, das sei gut. "
            "„Wir freuen uns“, schrieb sie.")
    assert rows("de", text) == [("betonte", "Innenminister Gerhard Karner", "Gerhard Karner"),
                                ("schrieb", "sie", "Susanne Raab")]


def test_more_role_words_name_the_person_named_before():
    text = ("Evan Rachel Wood dice que Manson abusó de ella. La actriz testificó ante el Congreso que había "
            "sido violada.")
    assert rows("es", text) == [("dice", "Evan Rachel Wood", "Evan Rachel Wood"),
                                ("testificó", "La actriz", "Evan Rachel Wood")]


def test_an_adjective_before_a_role_stays_in_its_phrase():
    # "El propio diácono", "le nouveau président": the article opens the phrase
    text = "El diácono Jorge Sonnante denunció el caso. El propio diácono contó que todo empezó en 2019."
    assert rows("es", text)[-1] == ("contó", "El propio diácono", "Jorge Sonnante")
    assert rows("fr", "Le nouveau président a déclaré que la crise était finie.") == [
        ("déclaré", "Le nouveau président", "Le nouveau président")]


def test_spanish_first_surname_names_the_person():
    text = "El candidato Nerthink Mauricio Aguilar Hurtado fue sancionado. El candidato Aguilar aseguró que apelará."
    assert rows("es", text) == [("aseguró", "El candidato Aguilar", "Nerthink Mauricio Aguilar Hurtado")]


def test_german_oblique_phrase_is_no_subject_and_a_university_no_person():
    # "des Brandes" is no speaker, so "der Feuerwehr-Sprecher" is not given it
    text = "Vor der Gefahr des Brandes gewarnt hatte die Feuerwehr. Der Feuerwehr-Sprecher sagte, es gebe keine Verletzten."
    assert rows("de", text) == [("sagte", "Der Feuerwehr-Sprecher", "Der Feuerwehr-Sprecher")]
    assert rows("de", "Bondi arbeitete für die Trump University. Sie betonte, alles sei legal.") == [
        ("betonte", "Sie", "")]


def test_german_surname_is_the_name_a_title_or_first_name_showed():
    text = ("Am Dienstag musste Trainer Boris Schommers gehen, NLZ-Leiter Uwe Schubert übernimmt. "
            "„Wir stehen nicht ohne Grund da“, so Schubert. Dennoch betont der Übergangstrainer: „Wir wollen gewinnen.“")
    assert rows("de", text) == [("so", "Schubert", "Uwe Schubert"),
                                ("betont", "der Übergangstrainer", "Uwe Schubert")]


def test_more_verbs_of_saying_in_their_forms():
    assert rows("de", "Es gebe keine Verletzten, teilte die Polizei am Montag mit.") == [
        ("teilte", "die Polizei", "die Polizei")]
    assert rows("es", "El ministro sugirió que la ley cambiará.") == [("sugirió", "El ministro", "El ministro")]
    assert rows("fr", "« C’est faux », rétorque le ministre.") == [("rétorque", "le ministre", "le ministre")]
    # "gab es … zu" is no "zugeben"; an article alone is no speaker
    assert rows("de", "Gestern gab es viel zu tun.") == []
    assert rows("es", "El partido lamenta la «falta de independencia» del ente.") == [
        ("lamenta", "El partido", "El partido")]


def test_french_pour_x_opening_a_sentence_before_a_name_or_role():
    assert rows("fr", "Pour Javier López, directeur de campagne à Oceana, les stocks sont alarmants.") == [
        ("Pour", "Javier López", "Javier López")]
    assert rows("fr", "Pour les habitants, la situation est intenable.") == [
        ("Pour", "les habitants", "les habitants")]
    assert rows("fr", "Pour la première fois, le gouvernement recule.") == []
    assert rows("fr", "Le sommet a été reporté pour Noël, et tout le monde attend.") == []


def test_a_document_is_said_by_its_author():
    assert rows("fr", "Un récent rapport de la Commission européenne préconise que la pêche baisse.") == [
        ("préconise", "Un récent rapport de la Commission européenne", "la Commission européenne")]
    assert rows("es", "Un informe del Gobierno de México señala que la pobreza bajó.") == [
        ("señala", "Un informe del Gobierno de México", "Gobierno de México")]
    assert rows("de", "Ein Bericht der Bundesregierung warnt, die Lage sei ernst.") == [
        ("warnt", "Ein Bericht der Bundesregierung", "Bundesregierung")]
    # a document of no one named stays itself
    assert rows("fr", "Le rapport annuel indique que tout va bien.") == [
        ("indique", "Le rapport annuel", "Le rapport annuel")]


def test_german_compound_says_whose_information():
    assert rows("de", "Laut Polizeiangaben wurden zwei Menschen verletzt.") == [("Laut", "Polizeiangaben", "Polizei")]
    assert rows("de", "Laut Regierungsangaben sinkt die Zahl.") == [("Laut", "Regierungsangaben", "Regierung")]


def test_spanish_dropped_verb_before_a_prepositional_phrase_takes_the_content_before():
    text = "Joan Laporta habló tras el partido. \"Hay que luchar\", manifestó tras un acto."
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d0"], "outlet": "X", "text": [text]}), language="es")
    assert got[["cue", "speaker_canonical", "content"]].values.tolist() == [
        ["manifestó", "Joan Laporta", "\"Hay que luchar\""]]
    # no content before either: no attribution
    assert rows("es", "Joan Laporta habló. Después respondió de inmediato.") == []


def test_a_phrase_of_a_preposition_between_an_inverted_verb_and_its_subject():
    assert rows("fr", "« Il ne faut pas risquer le prestige », affirme en privé un officiel.") == [
        ("affirme", "un officiel", "un officiel")]
    assert rows("fr", "« C'est fini », a déclaré à l’AFP le ministre.") == [("déclaré", "le ministre", "le ministre")]
    assert rows("es", "«Se acabó», dijo a la prensa el ministro.") == [("dijo", "el ministro", "el ministro")]
    # a second phrase of a preposition: what follows is no subject
    assert rows("es", "Pedro Pérez habló. \"Fue su voluntad\", reconoció en una entrevista con el diario El Tribuno.") == [
        ("reconoció", "", "Pedro Pérez")]


def test_french_passe_simple_forms_are_cues():
    assert rows("fr", "« Je ne suis pas un criminel », ajouta-t-il.") == [("ajouta", "il", "")]
    assert rows("fr", "Le procureur Jean Martin déclara que l'accusé mentait.") == [
        ("déclara", "Le procureur Jean Martin", "Jean Martin")]


def test_a_cue_form_after_an_elided_article_is_a_noun():
    # "l’accusé" is the accused, not "accusé" (accused): the verb after it is the cue
    assert rows("fr", "Le procès a repris. L'accusé Vogel dit notamment qu'il n'a voulu que sauver la banque.") == [
        ("dit", "L'accusé Vogel", "Vogel")]


def test_an_elided_subject_pronoun_speaks_and_in_a_quotation_is_its_speaker():
    assert rows("fr", "J'avoue avoir commis des erreurs.") == [("avoue", "J'", "J'")]
    # "j’ai demandé" inside Zulle's quotation: Zulle asked
    assert rows("fr", "Alex Zulle a déclaré : « Mardi, j'ai demandé à mon mécanicien s'il avait changé ma "
                      "position. »") == [("déclaré", "Alex Zulle", "Alex Zulle"), ("demandé", "j'", "Alex Zulle")]


def test_ce_dernier_is_the_person_named_last():
    text = ("« Les mesures sont prises », a rapporté sur Facebook le porte-parole du président, Berik Uali. Ce dernier "
            "rappelle que le Kazakhstan avait appelé à négocier.")
    assert rows("fr", text)[1] == ("rappelle", "Ce dernier", "Berik Uali")


def test_two_verbs_joined_by_a_conjunction_are_two_reports():
    assert rows("de", "Julia Klöckner wies die Vorwürfe zurück und rief zu mehr Respekt in Debatten auf.") == [
        ("wies", "Julia Klöckner", "Julia Klöckner"), ("rief", "", "Julia Klöckner")]
    # after "et" the phrase is the verb's object, not an inverted subject
    assert rows("fr", "Le syndicat a confirmé et précisé ses décisions précédentes.") == [
        ("confirmé", "Le syndicat", "Le syndicat")]
    # "zu mehr Respekt" opens no speaker phrase; "von der Leyen" does
    assert rows("de", "„Wir müssen handeln“, sagte von der Leyen.") == [("sagte", "von der Leyen", "von der Leyen")]
    # within a few words without one: one report told by two verbs
    assert [r[0] for r in rows("es", "Desde la campaña emitieron un comunicado donde aseguran que: “ratifican su "
                                     "compromiso”, se lee en el documento.")] == ["aseguran"]


def test_a_body_named_by_one_word_after_an_article_is_the_body_named_in_full():
    text = ("El Tribunal Supremo (TS) ha desestimado un recurso. La Sala de lo Contencioso-Administrativo del Supremo "
            "ha rechazado el recurso. El Supremo ha afirmado que \"es innegable\".")
    assert rows("es", text) == [("afirmado", "El Supremo", "Tribunal Supremo")]
    text = '"Es una celebración", señaló la Academia Latina de la Grabación. "Es bueno", señaló la Academia.'
    assert [r[2] for r in rows("es", text)] == ["Academia Latina de la Grabación"] * 2


def test_german_sentence_bracket_subject_before_or_after_the_auxiliary():
    # the subject after the finite auxiliary when something else opens the clause
    assert rows("de", 'Zuletzt hatte Trump im Interview des Portals "Politico" auf die Frage geantwortet, er wolle '
                      "nichts ausschließen.") == [("geantwortet", "Trump", "Trump")]
    # before it; a relative clause set off by commas and a second participle after "und"
    assert rows("de", "Die Fed hat Versäumnisse eingeräumt und strengere Regeln angekündigt.") == [
        ("eingeräumt", "Die Fed", "Die Fed"), ("angekündigt", "Die Fed", "Die Fed")]
    assert rows("de", "Inzwischen hat HTS-Chef Achmed al-Scharaa, der bisher anders hieß, eine Konferenz "
                      "angekündigt.") == [("angekündigt", "HTS-Chef Achmed al-Scharaa", "Achmed al-Scharaa")]  # "-Chef": a role
    # a subordinate clause is not a bracket: "dass er das bestätigt habe" has no speaker of its own
    assert rows("de", "Merz sagte, dass er das bestätigt habe.") == [("sagte", "Merz", "Merz")]


def test_the_agent_of_a_passive_speaks_and_a_passive_without_one_gives_none():
    assert rows("de", "Die Demokraten wurden jedoch von Future Forward, dem führenden Komitee, gewarnt, dass ihr "
                      "Fokus nicht wirke.") == [("gewarnt", "Future Forward", "Future Forward")]
    assert rows("de", "Besonders scharf kritisiert wurde ihre Entscheidung, die Flagge zu untersagen.") == []
    assert rows("fr", "Des frappes ont suivi le tir confirmé par le Kremlin d’un missile balistique.") == [
        ("confirmé", "le Kremlin", "le Kremlin")]
    # the active voice: "par téléphone" is no agent
    assert rows("fr", "Le ministre a confirmé par téléphone que tout allait bien.") == [
        ("confirmé", "Le ministre", "Le ministre")]
    assert rows("es", "El cantante Marilyn Manson fue acusado el lunes de abusos por varias mujeres.") == [
        ("acusado", "varias mujeres", "varias mujeres")]


def test_german_pronoun_after_the_verb_is_its_object_when_a_subject_opens_the_clause():
    assert rows("de", 'Raab bezeichnete es als "Privileg", die Organisation zu führen.') == [
        ("bezeichnete", "Raab", "Raab")]
    assert rows("de", "Ricarda Lang kam. Nun fordern sie Gleichberechtigung.") == [("fordern", "sie", "")]


def test_an_adverb_ends_the_speaker_phrase_and_quotation_marks_stay_in_a_subordinate_clause():
    assert rows("de", '"Der einzige Müll sind seine Anhänger", sagte der Präsident wahrscheinlich.') == [
        ("sagte", "der Präsident", "der Präsident")]
    assert rows("de", 'Wie Biden vor seinem "Müll"-Fauxpas sagte: "Der Charakter zählt."') == [
        ("sagte", "Biden", "Biden")]


def test_german_object_first_clause_and_a_compound_role_named_before():
    text = ('Teilhabe fordert auch der 29-jährige drusische Anführer Laith al-Balaous. "Wir haben keinen Tyrannen '
            'gestürzt", sagt der Drusenführer kämpferisch.')
    assert rows("de", text) == [("fordert", "der 29-jährige drusische Anführer Laith al-Balaous", "Laith al-Balaous"),
                                ("sagt", "der Drusenführer", "Laith al-Balaous")]


def test_a_definite_role_is_the_person_named_last_whose_gender_does_not_conflict():
    text = ("« Non », répond son agent, l’avocat genevois Jacques Barillon. Cindy Santos est à Paris. « Cette fois, "
            "je suis sûre de moi », déclare la chanteuse.")
    # the appositive says Barillon is a man; "la chanteuse" is the woman named last
    assert [r[2] for r in rows("fr", text)] == ["Jacques Barillon", "Cindy Santos"]
    # a name inside a quotation is no one the text names ("« A New York, … »")
    text = "« A New York, les musiciens sont tournés vers le futur. » La chanteuse ajoute : « Je suis sûre de moi. »"
    assert rows("fr", text)[-1] == ("ajoute", "La chanteuse", "La chanteuse")


def test_spanish_object_relative_que_with_its_subject_after_the_verb():
    text = ('Se conoció un párrafo que argumentó el abogado de Aguilar el pasado 7 de octubre: "Hoy se ha conocido la '
            'noticia".')
    assert rows("es", text) == [("argumentó", "el abogado de Aguilar", "el abogado de Aguilar")]
    # "que" with an object after the verb stays the relative's antecedent (what was said after the object)
    assert rows("es", "Habló el ministro que anunció el plan de ayudas: \"Llegará mañana\".")[-1][1] == "el ministro"


def test_spanish_no_subject_after_a_fronted_phrase_and_the_impersonal_se():
    assert rows("es", "Evan Rachel Wood declaró en 2019. En el Congreso había afirmado que había sido violada.") == [
        ("declaró", "Evan Rachel Wood", "Evan Rachel Wood"), ("afirmado", "", "Evan Rachel Wood")]
    # "se" with no subject before and no person after: no one is said to speak
    assert rows("es", "Dentro del fallo se destaca el fragmento de un párrafo.") == []
    assert rows("es", "Las guerras que se han sostenido en el mundo son muchas.") == []
    assert rows("es", "El ministro se refirió a la crisis.") == [("refirió", "El ministro", "El ministro")]


def test_french_nous_before_a_verb_not_of_its_person_is_its_object():
    assert rows("fr", "« C’est fou », nous a fait remarquer Mme Licitra-Ponti.") == [
        ("fait remarquer", "Mme Licitra-Ponti", "Licitra-Ponti")]
    assert rows("fr", "Les statistiques des ministères nous assurent qu'il se porte bien.")[0][1] == \
        "Les statistiques des ministères"
    assert rows("fr", "Nous avons dit que la guerre était finie.") == [("dit", "Nous", "Nous")]


def test_a_fronted_cue_before_no_name_role_body_or_document_is_no_source():
    # "selon" and "según" also mean "depending on"
    assert rows("fr", "Les conditions de rentrée sont très différentes selon les types d’établissements.") == []
    assert rows("es", "Las multas variarán según los casos y las circunstancias.") == []
    assert rows("fr", "L'attaque a fait deux morts, selon un bilan préliminaire.")[0][:2] == ("selon", "un bilan préliminaire")
    assert rows("es", "Según el recurrente, la norma es ilegal.") == [("Según", "el recurrente", "el recurrente")]


def test_french_body_names_participles_and_appositives_in_a_speaker_phrase():
    # a body's lower-case adjective goes on with its name, so the name set off after it speaks
    assert rows("fr", "« Restez calmes », a déclaré le porte-parole du ministère des Affaires étrangères, Lin Jian, "
                      "lors d’un point de presse.") == [
        ("déclaré", "le porte-parole du ministère des Affaires étrangères", "Lin Jian")]
    # a participle with its agent ends the phrase
    assert rows("fr", "Selon un témoin cité par la presse britannique, un homme a attaqué.")[0][1] == "un témoin"
    # an appositive with no article after the phrase that opens the sentence; a quotation after
    # "de" holds no subject
    assert rows("fr", "Le président du Kazakhstan, pays d’Asie centrale allié de la Russie, a ordonné vendredi de "
                      "«prendre des mesures urgentes».") == [
        ("ordonné", "Le président du Kazakhstan", "Le président du Kazakhstan")]


def test_on_names_no_one_and_a_role_of_another_field_is_not_the_person_named_before():
    text = "« Nous avançons », a affirmé le ministre Andreï Belooussov. La réunion aura lieu mardi, a-t-on précisé."
    assert rows("fr", text)[-1] == ("précisé", "on", "")
    text = "L'accusé Vogel dit qu'il a voulu sauver la banque. Le procureur requit 20 années de réclusion."
    assert rows("fr", text) == [("dit", "L'accusé Vogel", "Vogel"), ("requit", "Le procureur", "Le procureur")]
    # a role of the same field is: "l’édile" is the mayor named before
    text = "« Tout va bien », a dit le maire de Londres Sadiq Khan. « La zone est sûre », a fait savoir l'édile."
    assert [r[2] for r in rows("fr", text)] == ["Sadiq Khan", "Sadiq Khan"]
    # someone described by whom they serve is not that person
    text = 'Aguilar Hurtado dijo que ganará. "Es falso", dice el abogado de Aguilar.'
    assert rows("es", text)[-1] == ("dice", "el abogado de Aguilar", "el abogado de Aguilar")


def test_german_dative_after_the_verb_and_a_name_particle_inside_a_name():
    # "der neuen …": "der" with an adjective in -en is a dative, not the subject
    assert rows("de", "Spitzenvertreter von ÖVP und NEOS, darunter Christian Stocker, gratulierten der neuen "
                      "ICMPD-Chefin.") == []
    # "ad-Din" goes on with the name the mother is given
    assert rows("de", "Siham Zein ad-Din kam. «Er war kein Terrorist», sagt die Mutter.") == [
        ("sagt", "die Mutter", "Siham Zein ad-Din")]


def test_spanish_noun_of_saying_with_its_speaker_after_de():
    assert rows("es", "El Supremo ha rechazado el argumento del abogado de que el Gobierno ha ido contra sus actos.") \
        == [("argumento del", "abogado", "abogado")]
    assert rows("es", "El argumento de la película es sencillo.") == []
