"""Shortcuts of the English extraction that must give the answers of the long way: the
opening's language told from its pieces between white space (``_reads_as``), the
particles of a run of capitalised words looked at by their first letter (``capital_runs``)."""

from framing.sources import attributions as A
from framing.sources.capital_runs import run_matches
from framing.sources.words import words_of


def _scanned(text: str, function: frozenset) -> bool:
    """``_reads_as`` the long way: every word of the opening read."""
    words = A._WORD_RE.findall(text, 0, 1500)
    return len(words) < A._MIN_WORDS or sum(w.lower() in function for w in words) >= A._MIN_SHARE * len(words)


def test_the_opening_reads_as_the_language_as_its_words_say():
    g = words_of("en")
    function = g.derive(A._function_words, A._function_words)
    texts = [
        "The minister said that the army was ready and that the talks were over. " * 30,  # English news
        "isn't " * 300,  # a contraction is two words ("isn", "t"): not one function word per piece
        "Isn't it? " * 200,
        "THE WAR WAS OVER AND THE ARMY WAS GONE " * 40,  # function words in capitals: the long way
        "Le ministre a déclaré que l'armée était prête et que les pourparlers étaient terminés. " * 20,
        "the the the",  # too short to tell
        "the" + " x" * 749,  # as many words as 1,500 characters hold
        "the " * 10 + "Syria " * 400,
    ]
    for text in texts:
        assert A._reads_as(text, function) == _scanned(text, function), text[:40]
    assert A._reads_as(texts[0], function) and not A._reads_as(texts[4], function)


def test_particles_join_a_run_in_any_case_and_nothing_else_does():
    # "and", "de", "al": words that open as a particle does; only whole particles join a run
    text = ("Ludwig von Mises wrote. Osama Bin Laden and Charles de Gaulle met Bashar al-Assad, "
            "Abu Bakr al Baghdadi and Rami Abdel Rahman, the army of Ibn Saud, Ali Dell and ADEL Ali spoke.")
    runs = [tuple(m.captures("t")) for m in run_matches(text, False)]
    assert runs == [("Ludwig", "von", "Mises"), ("Osama", "Bin", "Laden"), ("Charles", "de", "Gaulle"),
                    ("Bashar", "al-Assad"), ("Abu", "Bakr", "al", "Baghdadi"), ("Rami", "Abdel", "Rahman"),
                    ("Ibn", "Saud"), ("Ali", "Dell"), ("ADEL", "Ali")]
