"""A lexicon's token of its content, and the caches keyed by it.

The per-document counts were once kept under ``id()`` of the lexicon: CPython reuses the
address of a lexicon that is gone, so editing a lexicon file and counting again on the same
in-memory corpus sometimes gave the previous lexicon's counts (a silent wrong number).
"""

import gc
import pickle

import pandas as pd
import pytest

import framing
from framing.lexicon import load_lexicon, parse_lexicon

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]
# "alpha" once, "bravo" twice … so that each pattern gives its own count
TEXT = " ".join(w for k, w in enumerate(WORDS) for _ in range(k + 1))


def _corpus():
    frame = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["x", "y"], "text": [TEXT, TEXT + " " + TEXT]})
    return framing.load_corpus(frame, warn=False)


def _yaml(word: str) -> str:
    return f"name: t\nfamilies:\n  f:\n    labels:\n      term: [{word}]\n      other: [zulu]\n"


def _count(table: pd.DataFrame) -> dict:
    rows = table[table["label"] == "term"]
    return dict(zip(rows["group"], rows["count"]))


def test_editing_a_lexicon_file_gives_the_new_counts_every_time(tmp_path):
    path = tmp_path / "terms.yaml"
    corpus = _corpus()
    for i in range(50):
        k = (i * 7) % len(WORDS)  # a different word each time than the time before
        path.write_text(_yaml(WORDS[k]), encoding="utf-8")
        got = _count(framing.count_terms(corpus, lexicon=str(path), warn=False))
        assert got == {"x": k + 1, "y": 2 * (k + 1)}, f"re-run {i}: stale counts"


def test_lexicons_made_and_dropped_in_a_loop_give_their_own_counts():
    corpus = _corpus()
    for i in range(300):
        k = (i * 3) % len(WORDS)
        got = _count(framing.count_terms(corpus, lexicon=parse_lexicon(_yaml(WORDS[k])), warn=False))
        assert got == {"x": k + 1, "y": 2 * (k + 1)}, f"loop {i}: stale counts"
        if i % 5 == 0:  # a full collection now and then (each takes a third of a second in the whole suite)
            gc.collect()


def test_equal_content_gives_an_equal_token_and_other_content_another():
    a, b = parse_lexicon(_yaml("alpha"), source="a.yaml"), parse_lexicon(_yaml("alpha"), source="b.yaml")
    assert a.token == b.token and len(a.token) == 64
    assert parse_lexicon(_yaml("bravo")).token != a.token
    # line numbers and layout are not content; a case rule or a regex flag is
    assert parse_lexicon("\n\n" + _yaml("alpha")).token == a.token
    cased = "name: t\nfamilies:\n  f:\n    labels:\n      term: [{pattern: alpha, case_sensitive: true}]\n      other: [zulu]\n"
    assert parse_lexicon(cased).token != a.token
    assert pickle.loads(pickle.dumps(a)).token == a.token
    assert load_lexicon("syria").token == parse_lexicon(_bundled("syria")).token


def _bundled(name):
    from importlib import resources

    return (resources.files("framing") / "lexicons" / f"{name}.yaml").read_text(encoding="utf-8")


def test_the_data_model_carries_no_engine_state():
    import dataclasses

    from framing.lexicon import Family, Label, Lexicon

    for cls in (Lexicon, Family, Label):
        private = [f.name for f in dataclasses.fields(cls) if f.name.startswith("_")]
        assert private == [], (cls.__name__, private)
    lex = parse_lexicon(_yaml("alpha"))
    assert list(lex.finditer("an alpha")) == [("f", "term", 3, 8)]
    assert lex.matcher is lex.matcher  # built once, on first use


# --------------------------------------------------------------------------- the engine option

@pytest.mark.parametrize("bad", ["fast", "", "Python ", 1])
def test_an_unknown_engine_is_refused_naming_the_valid_ones(bad):
    from framing.lexicon import WordFinder

    with pytest.raises(ValueError, match=r"engine must be one of 'auto', 'hyperscan', 'python'"):
        load_lexicon("syria", engine=bad)
    with pytest.raises(ValueError, match=r"engine must be one of"):
        parse_lexicon(_yaml("alpha"), engine=bad)
    with pytest.raises(ValueError, match=r"engine must be one of"):
        WordFinder(["said"], engine=bad)


def test_the_engine_is_an_option_of_the_lexicon_not_the_environment(monkeypatch):
    pytest.importorskip("hyperscan")
    monkeypatch.setenv("FRAMING_ENGINE", "python")  # no longer read
    text = "The regime. " * 40
    auto, python = load_lexicon("syria"), load_lexicon("syria", engine="python")
    assert auto.engine == "auto" and python.engine == "python"
    assert load_lexicon("syria", engine="python") is python  # bundled lexicons are kept per engine
    assert list(auto.finditer(text)) == list(python.finditer(text))
    assert auto.matcher.uses_hyperscan and not python.matcher.uses_hyperscan
    assert load_lexicon(python) is python and load_lexicon(python, engine="auto").engine == "auto"
    assert load_lexicon("syria", engine="hyperscan").matcher.uses_hyperscan


def test_word_finder_engine(monkeypatch):
    pytest.importorskip("hyperscan")
    from framing.lexicon import WordFinder

    monkeypatch.setenv("FRAMING_ENGINE", "python")  # no longer read
    assert WordFinder(["said"]).find("He said so.", 11) == [(3, 7, "said")]
    assert WordFinder(["said"], engine="python").find("He said so.", 11) is None  # the caller's word scan decides


def test_the_hyperscan_engine_needs_hyperscan(monkeypatch):
    from framing.lexicon import _hyperscan

    monkeypatch.setattr(_hyperscan, "hyperscan", None)
    with pytest.raises(ValueError, match="needs the hyperscan package"):
        parse_lexicon(_yaml("alpha"), engine="hyperscan")
    lex = parse_lexicon(_yaml("alpha"))  # "auto" does without
    assert list(lex.finditer("alpha " * 100))[:1] == [("f", "term", 0, 5)]
    assert not lex.matcher.uses_hyperscan
