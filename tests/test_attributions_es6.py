"""Spanish speakers, sixth round (issue 24, branch esra6): one test per construction of the
language, on constructed sentences that vary it."""

from __future__ import annotations

from .test_attributions_es4 import rows


def test_an_inverted_name_after_the_listener_speaks():
    # "dijo a <listener> <Name>": the listener's lower-case words, then the speaker's name
    got = rows("\"La vacuna funciona\", dijo al medio argentino Télam Fernando Goldbaum, director del centro.")
    assert [(r[0], r[2], r[3]) for r in got] == [("Télam Fernando Goldbaum", "dijo", "inverted")]
    got = rows("\"La vacuna funciona\", aseguró ayer a la prensa local Juan Pérez Gómez.")
    assert [(r[0], r[2], r[3]) for r in got] == [("Juan Pérez Gómez", "aseguró", "inverted")]


def test_a_name_after_a_listeners_role_is_the_listener():
    # "dijo al presidente Pedro Sánchez": the president is whom he spoke to, no subject
    got = rows("\"La vacuna funciona\", dijo al presidente Pedro Sánchez.")
    assert [r[0] for r in got] == [""]
    got = rows("\"La vacuna funciona\", explicó a la agencia Efe el ministro de Salud, Pedro Ramos.")
    assert [r[1] for r in got] == ["Pedro Ramos"]


def test_a_relative_whose_verb_takes_an_object_says_nothing():
    # "X que declara el estado de alarma": an article opens the verb's object, no clause
    assert rows("El real decreto que declara el estado de alarma tiene fuerza de ley.") == []
    got = rows("El abogado pidió al tribunal que declarara la nulidad de la orden.")
    assert [r[2] for r in got] == ["pidió"]
    # with what was said after it (after the object too), the relative's antecedent speaks
    got = rows("Habló el diácono, que contó los detalles en la radio: «Nos allanaron la casa».")
    assert [(r[1], r[2]) for r in got] == [("el diácono", "contó")]
    got = rows("Anaya cuestionó la postura de Andrés Manuel López Obrador, que ayer dijo que aceptaría el proyecto.")
    assert [(r[1], r[2], r[3]) for r in got][-1] == ("Andrés Manuel López Obrador", "dijo", "relative")


def test_a_name_opening_the_sentence_speaks_past_what_commas_set_off():
    # "Name, <appositive without article | relative | phrase>, verb": the name is the subject
    for aside in ("integrante del equipo inglés de bridge", "quien llegó tarde", "en su discurso"):
        got = rows(f"\"No\", dijo Ana. María Pérez, {aside}, aseguró que no involucra mucha actividad física.")
        assert [(r[0], r[2], r[3]) for r in got][-1] == ("María Pérez", "aseguró", "name_appositive")
    # not after a preposition ("En Madrid, …"), nor one word
    got = rows("\"No\", dijo Ana Gómez. En Puerto Rico, capital del país, aseguró que no habrá cambios.")
    assert got[-1][0] == ""


def test_a_phrase_of_a_compound_preposition_between_an_inverted_verb_and_its_subject():
    # "a través de un comunicado", "en una entrevista de radio": one phrase, then the subject
    got = rows("\"Estamos preparados\", afirmó a través de un comunicado la Secretaría de Salud.")
    assert [(r[0], r[3]) for r in got] == [("la Secretaría de Salud", "inverted")]
    got = rows("\"Estamos preparados\", dijo en una entrevista de radio la ministra de Salud.")
    assert [(r[0], r[3]) for r in got] == [("la ministra de Salud", "inverted")]


def test_according_to_a_document_named_without_an_article():
    # "según datos del X", "según estimaciones de la X": the document's author speaks
    got = rows("Según datos del Instituto Nacional de Estadística, el paro bajó.")
    assert [(r[1], r[3]) for r in got] == [("Instituto Nacional de Estadística", "fronted")]
    got = rows("El paro bajó, según estimaciones de la ONU.")
    assert [r[1] for r in got] == ["la ONU"]
    assert [r[0] for r in rows("Según cifras oficiales, el paro bajó.")] == ["cifras oficiales"]


def test_a_name_set_off_after_a_fronted_role_is_the_speaker():
    # "según la directora del hospital, Ana Gómez": the role, then her name by commas
    got = rows("De acuerdo con la portavoz del Gobierno, María Pérez, la vacuna funciona.")
    assert [(r[1], r[3]) for r in got] == [("María Pérez", "fronted")]
    assert [r[1] for r in rows("La vacuna funciona, según la directora del hospital, Ana Gómez.")] == ["Ana Gómez"]
    # a name that opens the content is no appositive
    assert [r[1] for r in rows("Según el ministro, Argentina Federal recibirá vacunas.")] == ["el ministro"]


def test_more_verbs_of_saying():
    got = rows("A través de la historia, prosiguió, \"nos han sometido\". \"¿Dónde están?\", preguntó la madre.")
    assert [(r[2], r[3]) for r in got] == [("prosiguió", "dropped"), ("preguntó", "inverted")]
    got = rows("El ministro recalcó que la vacuna funciona. También desmintió que haya escasez.")
    assert [(r[1], r[2]) for r in got] == [("El ministro", "recalcó"), ("El ministro", "desmintió")]
    got = rows("Así lo dio a conocer la Secretaría de Salud en un comunicado.")
    assert [(r[1], r[2]) for r in got] == [("Secretaría de Salud", "dio a conocer")]
    # "apelar", "anotar", "sentenciar" only before what was said or after a quotation
    assert [r[2] for r in rows("\"No podemos dejarlos solos\", apeló.")] == ["apeló"]
    assert rows("El equipo anotó un gol en el último minuto. El juez lo sentenció a diez años.") == []
    assert rows("Desde hace meses se han dado a conocer los detalles de la ceremonia.") == []


def test_an_adverb_between_the_article_and_the_role_is_in_the_phrase():
    # "la entonces candidata", "el entonces presidente": the person named before with the role
    got = rows("Felipe Calderón llegó a México. El entonces presidente aseguró que habría paz.")
    assert [(r[0], r[1]) for r in got] == [("El entonces presidente", "Felipe Calderón")]


def test_a_relative_with_a_neuter_antecedent_has_the_dropped_subject():
    # "por lo que pidió", "lo que dijo": "lo" names no one; the subject is dropped (or after the verb)
    got = rows("El abogado alegó que la norma era ilegal, por lo que pidió al tribunal que declarara la nulidad.")
    assert [(r[1], r[2], r[3]) for r in got] == [("El abogado", "alegó", "subject"), ("El abogado", "pidió", "dropped")]
    got = rows("La ministra Ana Pérez habló ayer. Eso es lo que aseguró a los periodistas: que habrá acuerdo.")
    assert [(r[1], r[2]) for r in got] == [("Ana Pérez", "aseguró")]
    got = rows("Esto es lo que dijo el ministro a los periodistas: «vamos a ganar».")
    assert [(r[0], r[3]) for r in got] == [("el ministro", "inverted")]


def test_a_dropped_subject_goes_on_with_the_person_who_opened_the_sentence_before():
    # no one has spoken since the name opened the sentence before as its subject
    got = rows("Jaime Rodríguez votó ayer en García. Ahí, manifestó que espera ganar.")
    assert [(r[1], r[2], r[3]) for r in got] == [("Jaime Rodríguez", "manifestó", "dropped")]
    got = rows("El ministro Juan Gómez dijo que habrá acuerdo. Ana Pérez llegó tarde a la reunión. Añadió que espera ganar.")
    assert [(r[1], r[2]) for r in got] == [("Juan Gómez", "dijo"), ("Ana Pérez", "Añadió")]
    # someone spoke after the name: the latest speaker, as before
    got = rows("Ana Pérez llegó tarde. El ministro Juan Gómez dijo que habrá acuerdo. Añadió que espera ganar.")
    assert [(r[1], r[2]) for r in got] == [("Juan Gómez", "dijo"), ("Juan Gómez", "Añadió")]


def test_a_gerund_speaks_with_a_common_noun_subject_before_its_verb_group():
    # "Algunos críticos se han burlado …, alegando que": a determiner (or a capitalised word)
    # and lower-case words, then an object clitic or an auxiliary: that phrase is the subject
    for opening in ("Algunos críticos se han burlado de las medidas", "Los críticos han rechazado las medidas",
                    "Unos manifestantes se habían reunido"):
        got = rows(f"La ministra Ana Pérez habló ayer. {opening}, alegando que se acabará el romance.")
        assert [(r[0], r[2]) for r in got] == [(opening.split(" se ")[0].split(" han ")[0].split(" lo ")[0], "alegando")]


def test_an_infinitive_after_al_or_tras_speaks_as_a_gerund():
    # "tras señalar que", "al asegurar que", "después de explicar que": the sentence's subject
    got = rows("El ministro rechazó la propuesta tras señalar que es una medida innecesaria.")
    assert [(r[0], r[2], r[3]) for r in got] == [("El ministro", "tras señalar", "participle")]
    got = rows("La jueza desestimó el recurso al asegurar que es una medida necesaria.")
    assert [(r[0], r[2]) for r in got] == [("La jueza", "al asegurar")]
    # opening the sentence: the main clause's subject after the comma, or the latest speaker
    # where the main verb's subject is dropped too
    got = rows("El ministro Juan Gómez habló ayer. Tras afirmar que se trata de un proyecto ambicioso, "
               "el actor Jorge Guzmán anunció la película.")
    assert [(r[1], r[2]) for r in got] == [("Jorge Guzmán", "Tras afirmar"), ("Jorge Guzmán", "anunció")]
    got = rows("El ministro Juan Gómez dijo que habrá acuerdo. Después de explicar que no habrá cambios, "
               "añadió que espera ganar.")
    assert [(r[1], r[2]) for r in got] == [("Juan Gómez", "dijo"), ("Juan Gómez", "Después de explicar"),
                                           ("Juan Gómez", "añadió")]
    # no clause of what was said: no report ("tras concluir el periodo electoral")
    got = rows("Tras concluir el periodo electoral, Jaime Rodríguez aseguró que regresará.")
    assert [(r[1], r[2]) for r in got] == [("Jaime Rodríguez", "aseguró")]


def test_a_restrictive_relative_in_the_opening_subject_only_describes_it():
    # "El diácono que denunció lavado de dinero … habló": which deacon; no clause of what was said
    assert rows("El diácono que denunció lavado de dinero en el Vaticano habló en la radio.") == []
    assert rows("Las mujeres que declararon el lunes, muchas de ellas groupies, retrataron a un personaje.") == []
    # with what was said after the verb, or set off by commas: a report, as before
    got = rows("Los vecinos que denunciaron que no hay agua cortaron la calle.")
    assert [(r[0], r[2], r[3]) for r in got] == [("Los vecinos", "denunciaron", "relative")]
    got = rows("El abogado Juan Pérez, que declaró ante el juez, aseguró que es inocente.")
    assert [(r[1], r[2]) for r in got][0] == ("Juan Pérez", "declaró")


def test_a_documents_author_is_the_participles_agent_or_a_body_after_de():
    # "el informe publicado por X", "un comunicado difundido por X": the agent wrote it and speaks
    got = rows("El último informe entregado por las autoridades argentinas indicó que hubo nuevos casos.")
    assert [(r[0], r[1], r[2], r[3]) for r in got] == [
        ("El último informe entregado por las autoridades argentinas", "las autoridades argentinas", "indicó", "subject")]
    got = rows("El documento firmado por los senadores advierte que la ley es ilegal.")
    assert [(r[1], r[2]) for r in got] == [("los senadores", "advierte")]
    got = rows("Según un comunicado difundido por la Fiscalía, hubo tres detenidos.")
    assert [(r[0], r[1]) for r in got] == [("un comunicado difundido por la Fiscalía", "la Fiscalía")]
    got = rows("De acuerdo con las estimaciones hechas por la ONU, la pobreza creció.")
    assert [r[1] for r in got] == ["la ONU"]
    # a body's or a role's lower-case word after "de": "las cifras de la policía"
    got = rows("De acuerdo con las cifras de la policía, hubo treinta heridos.")
    assert [(r[0], r[1]) for r in got] == [("las cifras de la policía", "la policía")]
    assert [r[1] for r in rows("Un comunicado de la fiscalía señaló que hubo casos.")] == ["la fiscalía"]
    # no author named: the document, as before; a participle after a person is no document's
    assert [r[1] for r in rows("Según el informe de ayer, hubo casos.")] == ["el informe"]
    assert all(r[1] != "la policía" for r in rows("El hombre detenido por la policía dijo que era inocente."))


def test_a_bare_plural_of_people_after_the_verb_is_its_subject():
    # "«…», reclaman mujeres en Edomex": people named by sex or age, no article, after the verb
    got = rows("\"Justicia e igualdad\", reclaman mujeres en Edomex al gobierno.")
    assert [(r[0], r[2], r[3]) for r in got] == [("mujeres", "reclaman", "inverted")]
    got = rows("\"No hay trabajo\", denuncian jóvenes del barrio.")
    assert [(r[0], r[2], r[3]) for r in got] == [("jóvenes del barrio", "denuncian", "inverted")]
    got = rows("\"Nos están matando\", advierten hombres y mujeres de la colonia.")
    assert [r[2] for r in got] == ["advierten"] and got[0][0].startswith("hombres")


def test_the_reflexive_pronunciarse_speaks_out():
    # "se pronunció", "se han pronunciado": took a stand; "pronunció un discurso" delivered one
    got = rows("Diputados locales se han pronunciado por iniciar un juicio político hacia el Gobernador.")
    assert [(r[0], r[2], r[3]) for r in got] == [("Diputados locales", "se han pronunciado", "subject")]
    got = rows("Los vecinos se pronunciaron en contra de la obra, pues aseguran que dañará el parque.")
    assert [(r[1], r[2]) for r in got] == [("Los vecinos", "se pronunciaron"), ("Los vecinos", "aseguran")]
    got = rows("El Tribunal Supremo se pronunció sobre el recurso.")
    assert [(r[1], r[2]) for r in got] == [("Tribunal Supremo", "se pronunció")]
    assert rows("El presidente pronunció un discurso ante el Congreso.") == []


def test_a_plural_verb_said_from_a_body():
    # "Desde el Ministerio informaron que …", "…, señalaron desde la Casa Blanca": the body speaks
    got = rows("Desde el Ministerio de Salud informaron que hubo casos.")
    assert [(r[0], r[1], r[3]) for r in got] == [("el Ministerio de Salud", "Ministerio de Salud", "body")]
    got = rows("\"No habrá cambios\", señalaron desde la Casa Blanca.")
    assert [(r[1], r[3]) for r in got] == [("Casa Blanca", "body")]
    # a time after "desde": no body; the subject as before
    got = rows("Desde el lunes los vecinos denuncian que no hay agua.")
    assert [(r[0], r[3]) for r in got] == [("los vecinos", "subject")]
    assert [r[3] for r in rows("\"No hay agua\", denuncian desde hace años.")] == ["dropped"]


def test_a_relative_of_place_after_a_document_speaks_with_its_issuer():
    # "X emitió un comunicado donde explica que …": X issued it and speaks in it
    got = rows("El gobernador dijo que hubo casos. La Fiscalía emitió un comunicado en el que explica que "
               "hubo tres detenidos.")
    assert [(r[0], r[2], r[3]) for r in got] == [("El gobernador", "dijo", "subject"),
                                                 ("La Fiscalía", "explica", "subject")]
    got = rows("El ministro Juan Pérez publicó una carta en la que asegura que no renunciará.")
    assert [(r[1], r[2]) for r in got] == [("Juan Pérez", "asegura")]
    got = rows("Desde la campaña de Aguilar Hurtado emitieron un comunicado donde aseguran que ganarán.")
    assert [(r[0], r[2]) for r in got] == [("la campaña de Aguilar Hurtado", "aseguran")]
    # no issuer named before the document: the dropped subject, as before
    assert [r[3] for r in rows("Hay un informe donde explica que hubo casos.")] == ["dropped"]


def test_a_possessive_after_de_stays_in_the_subject():
    # "los fans de su padre", "el jefe de este grupo": the whole phrase is the subject
    got = rows("Los fans de su padre dijeron que era un héroe.")
    assert [(r[0], r[2], r[3]) for r in got] == [("Los fans de su padre", "dijeron", "subject")]
    got = rows("El jefe de este grupo dijo que no hubo ataque.")
    assert [(r[0], r[3]) for r in got] == [("El jefe de este grupo", "subject")]
