""""The statement" that speaks after a speaker said something "in a statement" is that
speaker's (sources/documents.said_in): FA-KES and AFP write "… the army said in a statement.
… “…,” the statement said"."""

import pandas as pd
import pytest

from framing import find_attributions


def _speakers(text: str) -> list[tuple[str, str, str]]:
    df = find_attributions(pd.DataFrame({"doc_id": ["d"], "outlet": ["X"], "text": [text]}), warn=False)
    return list(zip(df["speaker"], df["cue"], df["speaker_id"]))


@pytest.mark.parametrize("text, said", [
    ("The Syrian army said in a statement that its troops had retaken the town. Rebels withdrew. "
     "“Our forces will go on,” the statement said.", ("the statement", "said", "syrian army")),
    ("Turkey's army said on Tuesday in a written statement that 20 fighters were killed. "
     "“We will respond,” the statement added.", ("the statement", "added", "turkey army")),
    ("In a statement, the Defense Ministry said its jets hit 30 targets. “No civilians were hurt,” the statement added.",
     ("the statement", "added", "defense ministry")),
])
def test_the_statement_is_the_speaker_who_said_it_in_a_statement(text, said):
    assert _speakers(text)[-1] == said


def test_a_statement_no_speaker_gave_stays_itself():
    assert _speakers("“It was a massacre,” the statement said.") == [("the statement", "said", "statement")]
    # "it" left unresolved: the statement is not the pronoun's
    assert _speakers("It said in a statement that the talks failed. The statement said the talks would resume.")[-1] \
        == ("The statement", "said", "statement")


def test_the_group_placed_by_a_based_word_is_the_body_that_spoke_last():
    # FA-KES/AFP: "… the Syrian Observatory for Human Rights said. The Britain-based group said …"
    text = ("Twelve people were killed in the raids, the Syrian Observatory for Human Rights said. "
            "The Britain-based group said four children were among the dead.")
    assert _speakers(text)[-1] == ("The Britain-based group", "said", "syrian observatory for human rights")
    # a person spoke last: "the group" may be theirs, it stays a description
    text = ("Twelve people were killed, the Syrian Observatory for Human Rights said. “It is a massacre,” "
            "Rami Abdel Rahman told AFP. The Britain-based group said four children were among the dead.")
    assert _speakers(text)[-1] == ("The Britain-based group", "said", "group")
