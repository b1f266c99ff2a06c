"""Appositions: a description that names no one is the person the article names beside it."""

from framing.sources.appositions import Appositions, _at_head, _head_spans
from framing.sources.words import words_of


def test_name_in_apposition_to_the_same_description():
    text = ("Sgt. Daniel Grubbs, a spokesman for the department, declined to comment. "
            "A SPOKESMAN for the department said on Monday that the road was closed.")
    assert Appositions(text, words_of("en")).name_for("A spokesman for the department") == "Sgt. Daniel Grubbs"


def test_head_found_in_any_case_as_the_search_in_any_case_finds_it():
    texts = ["The Official said; an official's aide; officials; OFFICIAL, semiofficial, official_x, official",
             "a long s: the ſpokesman and the spokesman", "Kelvin: the spoKesman", "İstanbul and istanbul",
             "Straße official ÅNGSTRÖM official"]
    for text in texts:
        for head in ["official", "spokesman", "istanbul", "ångström"]:
            expected = [m.span() for m in _at_head(head).finditer(text)]
            assert _head_spans(text, text.lower(), head) == expected, (text, head)
    assert _head_spans(texts[1], texts[1].lower(), "spokesman") == [(14, 23), (32, 41)]  # "ſpokesman" too
