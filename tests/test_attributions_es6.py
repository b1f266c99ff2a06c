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
