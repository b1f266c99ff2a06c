"""A poll, a pollster and its respondents are `poll` in the languages of the clause rules (the
`poll` role words of each words.yaml `categories`; gold/README.md, "Speaker categories:
conventions"), on constructed sentences: exact rows, and a near-miss where the poll is what is
said, not who says it."""

from __future__ import annotations

import pandas as pd
import pytest

import framing


def rows(language: str, text: str) -> list[tuple[str, str, str]]:
    got = framing.find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": "X", "text": [text]}), language=language)
    return list(zip(got["speaker_canonical"], got["cue"], got["speaker_category"]))


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Laut einer aktuellen Pew-Umfrage ist die Mehrheit dagegen.", [("Pew-Umfrage", "Laut", "poll")]),
    ("fr", "Selon un sondage Ifop publié dimanche, la majorité est contre.", [("Ifop", "Selon", "poll")]),
    # (the day it was published is no part of the speaker: fr14's rule for a day after a clause language's speaker)
    ("es", "Según una encuesta publicada el domingo, la mayoría está en contra.",
     [("una encuesta publicada", "Según", "poll")]),
    ("ru", "По данным опроса ВЦИОМ, большинство против.", [("ВЦИОМ", "По данным", "poll")]),
    ("ar", "وبحسب استطلاع للرأي، فإن الأغلبية تعارض القرار.", [("استطلاع للرأي", "بحسب", "poll")]),
])
def test_a_poll_speaks_as_a_poll(language, text, expected):
    assert rows(language, text) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("de", "„Die Umfrage ist falsch“, sagte ein Sprecher der Opposition.",
     [("ein Sprecher der Opposition", "sagte", "politician")]),
    ("fr", "« Le sondage ne dit rien », a déclaré le député.", [("le député", "déclaré", "politician")]),
    ("ru", "«Опрос ничего не значит», заявил депутат Госдумы.", [("депутат Госдумы", "заявил", "politician")]),
    ("ar", "وقال النائب إن الاستطلاع لا يعني شيئا.", [("النائب", "قال", "politician")]),
])
def test_a_poll_in_what_is_said_is_no_speakers_kind(language, text, expected):
    assert rows(language, text) == expected
