"""Every table written by the command line or a notebook's Output carries a manifest: the
version, the SHA-256 of each lexicon, gazetteer and cue table, the corpus's fingerprint, the
options, the problems and the time; load_manifest reads it back."""

import hashlib
import json
import warnings
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import framing
import framing._io
from framing._io import write_table
from framing._record import MANIFEST_SUFFIX, recording
from framing.cli import main
from framing.errors import FramingWarning, OutputError

TEXTS = ["The regime said so. The government denied it.", "“We won,” the minister said of the regime.",
         "The government spoke, officials said.", "The regime and the regime.", "Officials said the government fell.",
         "The army said the regime was strong."]


def _sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _bundled(name: str) -> Path:
    return Path(framing.__file__).parent / "lexicons" / f"{name}.yaml"


@pytest.fixture
def corpus(tmp_path) -> Path:
    src = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": list("abcdef"), "outlet": list("XYXYXY"), "text": TEXTS}).to_csv(src, index=False)
    return src


#: (verb words after the corpus, the roles of the inputs it must name)
VERBS = {
    "terms": (["terms"], {"lexicon"}),
    "terms-by-doc": (["terms", "--by", "doc"], {"lexicon"}),  # written as the rows come
    "mentions": (["mentions"], {"lexicon"}),
    "kwic": (["kwic", "regime"], {"lexicon"}),
    "sources": (["sources"], {"gazetteer", "cues"}),
    "sourcing": (["sourcing"], {"gazetteer", "cues"}),
    "compare": (["compare", "--family", "syrian_state", "--label", "regime", "--resamples", "99"], {"lexicon"}),
    "discover-variants": (["discover", "variants", "regime", "--min-count", "1"], set()),
    "discover-terms": (["discover", "terms", "--min-count", "1"], set()),
    "discover-collocates": (["discover", "collocates", "regime", "--min-count", "1"], {"lexicon"}),
    "validate-sample": (["validate", "sample", "-n", "2"], {"lexicon"}),
}


def _argv(words, corpus, out):
    verb = words[:2] if words[0] in ("discover", "validate") else words[:1]
    return [*verb, str(corpus), *words[len(verb):], "-q", "-o", str(out)]


@pytest.mark.parametrize("verb", sorted(VERBS))
def test_every_verb_that_writes_a_table_writes_its_manifest(verb, corpus, tmp_path):
    words, roles = VERBS[verb]
    out = tmp_path / "out.csv"
    assert main(_argv(words, corpus, out)) == 0
    side = tmp_path / ("out.csv" + MANIFEST_SUFFIX)
    m = json.loads(side.read_text(encoding="utf-8"))
    assert framing.load_manifest(out) == m == framing.load_manifest(side)
    assert m["framing_version"] == framing.__version__
    assert m["table"]["file"] == "out.csv" and m["table"]["sha256"] == _sha(out)
    if verb != "validate-sample":  # a coding sheet has header lines before its rows
        assert m["table"]["rows"] == len(pd.read_csv(out))
        assert m["table"]["columns"] == list(pd.read_csv(out).columns)
    assert m["command"][:2] == ["framing", words[0]] and m["options"]["output"] == str(out)
    (c,) = m["corpora"]
    assert (c["source"], c["documents"], c["files"], c["bytes"]) == (str(corpus), 6, 1, corpus.stat().st_size)
    assert c["problems"]["count"] == 0
    got = {e["role"] for e in m["inputs"]}
    assert roles <= got
    for e in m["inputs"]:
        assert e["sha256"] == _sha(e["path"])
    if "lexicon" in roles:
        (lex,) = [e for e in m["inputs"] if e["role"] == "lexicon"]
        assert (lex["source"], lex["sha256"]) == ("syria", _sha(_bundled("syria")))
    if "gazetteer" in roles:
        names = {e["source"] for e in m["inputs"] if e["role"] in ("gazetteer", "extended lexicon")}
        assert "news" in names
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_validate_report_writes_both_tables_with_manifests(corpus, tmp_path):
    sheet = tmp_path / "sheet.csv"
    assert main(["validate", "sample", str(corpus), "-n", "2", "-q", "-o", str(sheet)]) == 0
    coded = tmp_path / "coded.csv"
    coded.write_text(sheet.read_text(encoding="utf-8").replace(",,,\n", ",correct,A,\n"), encoding="utf-8")
    out = tmp_path / "precision.csv"
    assert main(["validate", "report", str(coded), "-o", str(out)]) == 0
    for table in (out, tmp_path / "precision-agreement.csv"):
        m = framing.load_manifest(table)
        assert m["table"]["sha256"] == _sha(table)
        assert [(e["role"], e["sha256"]) for e in m["inputs"]] == [("coding sheet", _sha(coded))]


def test_parquet_keeps_its_manifest_in_its_metadata(corpus, tmp_path):
    out = tmp_path / "t.parquet"
    assert main(["terms", str(corpus), "-q", "-o", str(out)]) == 0
    assert not (tmp_path / ("t.parquet" + MANIFEST_SUFFIX)).exists()
    m = framing.load_manifest(out)
    assert json.loads(pq.read_metadata(out).metadata[b"framing.manifest"]) == m
    assert m["table"]["rows"] == len(pd.read_parquet(out)) and m["table"]["format"] == "parquet"
    assert m["corpora"][0]["documents"] == 6
    assert main(["mentions", str(corpus), "-q", "-o", str(out)]) == 0  # streamed as it comes
    assert framing.load_manifest(out)["table"]["rows"] == len(pd.read_parquet(out))


def test_a_lexicon_edited_changes_its_hash(corpus, tmp_path):
    lex = tmp_path / "mine.yaml"
    text = _bundled("syria").read_text(encoding="utf-8")
    lex.write_text(text, encoding="utf-8")
    out = tmp_path / "t.csv"
    assert main(["terms", str(corpus), "--lexicon", str(lex), "-q", "-o", str(out)]) == 0
    first = [e for e in framing.load_manifest(out)["inputs"] if e["role"] == "lexicon"]
    assert [(e["source"], e["sha256"]) for e in first] == [(str(lex), _sha(_bundled("syria")))]
    lex.write_text(text.replace("name: syria", "name: syria_edited", 1), encoding="utf-8")
    assert main(["terms", str(corpus), "--lexicon", str(lex), "-q", "-o", str(out)]) == 0
    second = [e for e in framing.load_manifest(out)["inputs"] if e["role"] == "lexicon"]
    assert second[0]["sha256"] == _sha(lex) != first[0]["sha256"]


def test_problems_and_warnings_are_counted(tmp_path):
    src = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": ["a", "a", "b"], "outlet": ["X", "X", "Y"],
                  "text": ["The regime.", "The regime.", "The government."]}).to_csv(src, index=False)
    out = tmp_path / "t.csv"
    assert main(["terms", str(src), "-q", "-o", str(out)]) == 0
    m = framing.load_manifest(out)
    assert m["corpora"][0]["documents"] == 2 and m["corpora"][0]["problems"]["count"] == 1
    assert m["corpora"][0]["problems"]["first"][0]["doc_id"] == "a"
    assert m["problems"]["corpus_problems"] == 1 and m["problems"]["warnings"] >= 1
    assert any("a" in w for w in m["problems"]["warnings_kept"])


def test_no_manifest_for_standard_output_or_outside_a_record(corpus, tmp_path, capsys):
    assert main(["terms", str(corpus), "-q"]) == 0
    assert capsys.readouterr().out.startswith("group,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv"]
    write_table(pd.DataFrame({"a": [1]}), str(tmp_path / "lib.csv"))  # the library on its own: no record
    assert not (tmp_path / ("lib.csv" + MANIFEST_SUFFIX)).exists()
    with pytest.raises(OutputError, match="no manifest"):
        framing.load_manifest(tmp_path / "lib.csv")


@pytest.mark.parametrize("content,message", [
    ('{"format": "framing', r"its JSON cannot be read \(Unterminated string"), ("[1, 2]", r"its JSON is not an object"),
    (b"\xff\xfe{}", r"its JSON cannot be read \('utf-8' codec")])
def test_a_cut_or_edited_manifest_is_named_not_a_traceback(tmp_path, content, message):
    # a manifest cut short (a full disk) or edited by hand was a JSONDecodeError or
    # AttributeError traceback from load_manifest
    table = tmp_path / "t.csv"
    table.write_text("a\n1\n", encoding="utf-8")
    side = tmp_path / ("t.csv" + MANIFEST_SUFFIX)
    side.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(OutputError, match=rf"t.csv{MANIFEST_SUFFIX}: not a framing manifest.*{message}"):
        framing.load_manifest(table)


def test_a_table_not_written_leaves_the_old_table_and_manifest(tmp_path):
    out = tmp_path / "t.csv"
    side = tmp_path / ("t.csv" + MANIFEST_SUFFIX)
    with recording(options={"run": 1}):
        write_table(pd.DataFrame({"a": [1, 2]}), str(out))
    before = (out.read_bytes(), side.read_bytes())

    def broken():
        yield pd.DataFrame({"a": [3]})
        raise RuntimeError("the work failed")

    with recording(options={"run": 2}), pytest.raises(RuntimeError):
        framing._io.write_tables(broken(), str(out))
    assert (out.read_bytes(), side.read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv", "t.csv" + MANIFEST_SUFFIX]


def test_a_manifest_never_describes_a_table_that_was_not_renamed(tmp_path, monkeypatch):
    """The table's rename fails after its manifest was made: the old manifest is gone (it
    described the old table, which is still there, as it should be, but a manifest saying
    run 2 would lie) and the new one is not put in place."""
    out = tmp_path / "t.csv"
    side = tmp_path / ("t.csv" + MANIFEST_SUFFIX)
    with recording(options={"run": 1}):
        write_table(pd.DataFrame({"a": [1, 2]}), str(out))
    real = framing._io.publish

    def publish(tmp, path):
        if Path(path) == out:
            raise OSError(28, "No space left on device", tmp)
        real(tmp, path)

    monkeypatch.setattr(framing._io, "publish", publish)
    with recording(options={"run": 2}), pytest.raises(OutputError, match="nothing was written"):
        write_table(pd.DataFrame({"a": [3]}), str(out))
    assert pd.read_csv(out)["a"].tolist() == [1, 2] and not side.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_a_table_changed_after_its_manifest_is_named(tmp_path):
    out = tmp_path / "t.csv"
    with recording():
        write_table(pd.DataFrame({"a": [1]}), str(out))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        framing.load_manifest(out)
    out.write_text("a\n2\n", encoding="utf-8")
    with pytest.warns(FramingWarning, match="not the table its manifest describes"):
        framing.load_manifest(out)


def test_notebook_output_writes_a_manifest(tmp_path):
    from framing.notebook import Output, load_corpus

    src = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": list("ab"), "outlet": list("XY"), "text": TEXTS[:2]}).to_csv(src, index=False)
    out = Output(tmp_path / "figures", "demo", tables_dir=tmp_path / "tables", show=False)
    corpus = load_corpus(src, warn=False)
    path = out.table("terms", framing.count_terms(corpus, lexicon="syria", warn=False))
    m = framing.load_manifest(path)
    assert m["table"]["sha256"] == _sha(path) and m["table"]["attrs"]["lexicon"] == "syria"
    assert m["corpora"][0]["documents"] == 2 and m["options"]["prefix"] == "demo"
    assert {(e["role"], e["source"]) for e in m["inputs"]} >= {("lexicon", "syria")}
