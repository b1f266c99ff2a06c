import codecs
import gzip
import json
import re
import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing import CorpusError, FramingWarning, load_corpus


def test_seed_folder_with_metadata(seeds, seed_texts):
    docs = seeds.documents
    assert list(docs.doc_id.str[:3]) == ["000", "001", "002", "003", "004"]
    assert list(docs.outlet) == ["Al Shahid", "unknown", "unknown blog (Jennifer Brown)", "Syria Direct", "AFP"]
    assert {"date", "evidence", "path", "encoding"} <= set(docs.columns)
    for doc, text in zip(docs.doc_id, docs.text):
        assert text == seed_texts[doc[:3]]  # exactly as decoded
    assert seeds.problems.empty


def test_text_is_never_normalised(tmp_path):
    raw = "Line one\r\nDeir\u00a0ez-Zor \u201cquoted\u201d\r\n"
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    assert load_corpus(tmp_path).documents.text[0] == raw


def frame():
    return pd.DataFrame({"id": ["a", "b"], "source": ["AFP", "SANA"], "body": ["The regime fell.", "The government won."]})


def test_csv_jsonl_parquet_and_dataframe_agree(tmp_path):
    df = frame()
    df.to_csv(tmp_path / "c.csv", index=False)
    with open(tmp_path / "c.jsonl", "w", encoding="utf-8") as fh:
        for rec in df.to_dict("records"):
            fh.write(json.dumps(rec) + "\n")
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as fh:
        for rec in df.to_dict("records"):
            fh.write(json.dumps(rec) + "\n")
    df.to_parquet(tmp_path / "c.parquet")
    cols = dict(text_col="body", outlet_col="source", id_col="id")
    results = [load_corpus(src, **cols).documents[["doc_id", "outlet", "text"]]
               for src in (df, tmp_path / "c.csv", tmp_path / "c.jsonl", tmp_path / "c.jsonl.gz", tmp_path / "c.parquet")]
    for r in results[1:]:
        pd.testing.assert_frame_equal(results[0], r)
    assert list(results[0].outlet) == ["AFP", "SANA"]


def test_missing_text_column_lists_the_columns(tmp_path):
    frame().to_csv(tmp_path / "c.csv", index=False)
    with pytest.raises(CorpusError, match=r"no text column 'text'\. The columns are: id, source, body"):
        load_corpus(tmp_path / "c.csv")


def test_missing_path_and_unknown_format(tmp_path):
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus(tmp_path / "nope.csv")
    (tmp_path / "x.odt").write_text("x")
    with pytest.raises(CorpusError, match="unknown corpus format"):
        load_corpus(tmp_path / "x.odt")
    # a .docx is read now; one that is no Word file is an error naming it and what it is
    (tmp_path / "x.docx").write_text("x")
    with pytest.raises(CorpusError, match=r"x\.docx: named \.docx but is not a Word document"):
        load_corpus(tmp_path / "x.docx")


def test_rows_without_id_are_numbered_by_line(tmp_path):
    (tmp_path / "c.csv").write_text("outlet,text\nA,one\nB,two\n", encoding="utf-8")
    assert list(load_corpus(tmp_path / "c.csv").documents.doc_id) == ["2", "3"]


def test_duplicate_ids(tmp_path):
    (tmp_path / "c.csv").write_text("doc_id,outlet,text\nx,A,one\nx,A,one\nx,A,two\ny,A,three\n", encoding="utf-8")
    with pytest.warns(FramingWarning):
        c = load_corpus(tmp_path / "c.csv")
    assert c.documents[["doc_id", "text"]].values.tolist() == [["x", "one"], ["x#2", "two"], ["y", "three"]]
    assert list(c.problems.action) == ["skipped, so it is not counted twice", "kept as x#2"]
    # the same when streamed in chunks of one
    streamed = [d for ch in framing.iter_corpus(tmp_path / "c.csv", chunksize=1, warn=False) for d in ch.documents.doc_id]
    assert streamed == ["x", "x#2", "y"]


def test_problems_are_warned_listed_and_the_rest_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("The regime.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("Le régime à Deir ez-Zor, déjà.".encode("cp1252"))
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + b"With BOM")
    (tmp_path / "u16.txt").write_bytes("UTF-16 text".encode("utf-16"))
    (tmp_path / "page.txt").write_text("<!DOCTYPE html><html><body>x</body></html>", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "metadata.csv").write_text(
        "doc_id,outlet\ngood,AFP\nempty,\nghost,SANA\n../../etc/passwd,X\ngood,Dup\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c = load_corpus(tmp_path)
    assert all(issubclass(w.category, FramingWarning) for w in caught)
    docs = c.documents.set_index("doc_id")
    assert sorted(docs.index) == ["bom", "empty", "good", "latin", "u16"]
    assert docs.loc["bom", "text"] == "With BOM"
    assert docs.loc["u16", "text"] == "UTF-16 text"
    assert docs.loc["latin", "text"] == "Le régime à Deir ez-Zor, déjà."
    assert docs.loc["empty", "outlet"] == "unknown"
    assert docs.loc["good", "outlet"] == "AFP"
    skipped = dict(zip(c.skipped.source.map(lambda s: s.rsplit("/", 1)[-1]), c.skipped.problem))
    assert set(skipped) == {"bin.txt", "page.txt", "notes.pdf"}
    assert "binary" in skipped["bin.txt"] and "HTML" in skipped["page.txt"]
    problems = " | ".join(c.problems.problem)
    for needle in ("empty file", "duplicate doc_id", "no file ghost.txt", "no file ../../etc/passwd.txt", "decoded as"):
        assert needle in problems
    # one warning for the whole load, naming how many problems and where they all are
    assert len(caught) == 1
    message = str(caught[0].message)
    assert f"{len(c.problems)} problems while loading (3 inputs skipped" in message and "corpus.problems" in message
    assert caught[0].filename == __file__  # it points at the caller's line, not inside framing
    # every input byte for byte unchanged
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_jsonl_bad_lines_are_skipped_with_line_numbers(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text('{"doc_id": "a", "outlet": "A", "text": "one"}\nnot json\n[1, 2]\n{"doc_id": "b", "outlet": "A", '
                 '"text": null}\n', encoding="utf-8")
    with pytest.warns(FramingWarning):
        c = load_corpus(p)
    assert list(c.documents.doc_id) == ["a", "b"]
    assert list(c.problems.line) == [2, 3, 4]
    assert c.documents.text.tolist() == ["one", ""]


@pytest.mark.parametrize("name,encoding", [("c.jsonl", None), ("c.jsonl.gz", None), ("c.jsonl", "utf-8")])
def test_a_jsonl_file_that_opens_with_a_byte_order_mark_keeps_its_first_line(tmp_path, name, encoding):
    # line 1 was skipped as 'malformed JSON (Unexpected UTF-8 BOM ...)': one article lost
    data = b"\xef\xbb\xbf" + b'{"doc_id": "a", "outlet": "A", "text": "one"}\r\n{"doc_id": "b", "outlet": "A", "text": "two"}\r\n'
    p = tmp_path / name
    p.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    c = load_corpus(p, encoding=encoding)
    assert c.documents.doc_id.tolist() == ["a", "b"] and c.documents.text.tolist() == ["one", "two"]
    assert c.problems.empty


def test_a_table_framing_made_given_as_the_corpus_is_named(seeds, tmp_path):
    # it said "no text column 'text' ... Name the text column with text_col=": naming 'content' or
    # 'sentence' would have scored the attributions' sentences as if they were the articles
    atts = framing.find_attributions(seeds)
    with pytest.raises(CorpusError, match=r"<DataFrame>: a table of attributions, as framing.find_attributions returns, "
                                          r"not a corpus .*give the corpus it was made from"):
        framing.sourcing_profile(atts)
    atts.to_csv(tmp_path / "atts.csv", index=False)
    with pytest.raises(CorpusError, match=r"atts.csv: a table of attributions"):
        framing.top_sources(tmp_path / "atts.csv")
    with pytest.raises(CorpusError, match=r"a table of mentions, as framing.find_mentions returns"):
        framing.count_terms(framing.find_mentions(seeds))
    with pytest.raises(CorpusError, match=r"no text column 'text'. The columns are: doc_id, body"):
        load_corpus(pd.DataFrame({"doc_id": ["a"], "body": ["x"]}))


@pytest.mark.parametrize("sep", [";", "\t"])
def test_a_csv_saved_with_semicolons_or_tabs_is_read(tmp_path, sep):
    # "no text column 'text'. The columns are: doc_id;outlet;text. Name the text column with text_col=":
    # the file was read as one column
    p = tmp_path / "c.csv"
    p.write_text(f'doc_id{sep}outlet{sep}text\r\na{sep}Le Monde{sep}"Le régime, dit-il{sep} est tombé."\r\n'
                 f'b{sep}AP{sep}The regime said so.\r\n', encoding="utf-8")
    c = load_corpus(p)
    assert c.documents[["doc_id", "outlet", "text"]].values.tolist() == [
        ["a", "Le Monde", f"Le régime, dit-il{sep} est tombé."], ["b", "AP", "The regime said so."]]
    # a row with a field too many is named by its line, as in a comma-separated file
    p.write_text(f"doc_id{sep}text\na{sep}one\nb{sep}two{sep}three\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="malformed CSV at line 3: 3 fields where the header has 2"):
        load_corpus(p)


def test_malformed_csv_names_the_row(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text('doc_id,text\na,"fine"\nb,"two\nlines",extra\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="malformed CSV at line 3: 3 fields where the header has 2"):
        load_corpus(p)


def test_iter_corpus_chunks(seeds_dir):
    sizes = [len(c) for c in framing.iter_corpus(seeds_dir, chunksize=2)]
    assert sizes == [2, 2, 1]


def test_repr(seeds):
    assert "5 documents, 5 outlets" in repr(seeds)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(st.sampled_from(["a", "b", "a#2", "c"]), st.sampled_from(["one", "two", "three"])),
                     min_size=1, max_size=25),
       chunksize=st.integers(1, 6))
def test_the_repeated_id_check_on_disk_decides_as_in_memory(rows, chunksize):
    # past SPILL_IDS ids the check moves to a SQLite file; its decisions must not change
    from framing.corpus import prepare as corpus_module

    df = pd.DataFrame(rows, columns=["doc_id", "text"])

    def load():
        chunks = list(framing.iter_corpus(df, chunksize=chunksize, warn=False))
        return ([d for ch in chunks for d in ch.documents.doc_id],
                [a for ch in chunks for a in ch.problems.action])

    in_memory = load()
    spill = corpus_module.SPILL_IDS
    try:
        corpus_module.SPILL_IDS = 1
        assert load() == in_memory
    finally:
        corpus_module.SPILL_IDS = spill
    kept = in_memory[0]
    assert len(kept) == len(set(kept))  # ids are unique after the check
    assert len(kept) + in_memory[1].count("skipped, so it is not counted twice") == len(rows)


def test_the_repeated_id_file_is_removed(tmp_path, monkeypatch):
    import tempfile

    from framing.corpus import prepare as corpus_module

    monkeypatch.setattr(corpus_module, "SPILL_IDS", 2)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    df = pd.DataFrame({"doc_id": list("abcdea"), "text": ["x", "y", "z", "w", "v", "x"]})
    chunks = framing.iter_corpus(df, chunksize=2, warn=False)
    first, second = next(chunks), next(chunks)  # four ids seen: past the limit, they are on disk
    assert [p.name[:12] for p in tmp_path.iterdir()] == ["framing-ids-"]
    rest = list(chunks)
    assert [d for c in [first, second, *rest] for d in c.documents.doc_id] == list("abcde")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("ending", [ext for ext, _ in framing.corpus.READERS])
def test_every_listed_format_is_read_and_listed_everywhere(tmp_path, ending, capsys):
    from framing.cli import main

    df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": ["The regime said.", "The government."]})
    path = tmp_path / f"corpus{ending}"
    fmt = dict(framing.corpus.READERS)[ending]
    if fmt == "csv":
        df.to_csv(path, index=False, compression="gzip" if ending.endswith(".gz") else None)
    elif fmt == "jsonl":
        df.to_json(path, orient="records", lines=True, compression="gzip" if ending.endswith(".gz") else None)
    else:
        df.to_parquet(path, index=False)
    assert load_corpus(path).documents[["doc_id", "text"]].values.tolist() == df[["doc_id", "text"]].values.tolist()
    assert ending in framing.corpus.formats_text() and ending in framing.corpus.SUPPORTED_FORMATS
    with pytest.raises(CorpusError, match=re.escape(ending)):
        load_corpus(tmp_path / "corpus.docx")
    with pytest.raises(SystemExit):
        main(["terms", "--help"])
    assert ending in " ".join(capsys.readouterr().out.split())


def test_a_cache_belongs_to_the_documents_it_was_computed_for():
    # the caches were keyed by id(corpus.documents): a replaced frame's address passes to a
    # later frame, which then got the facts of the documents before; cached() never looked
    from framing.corpus import Corpus

    def frame(n):
        return pd.DataFrame({"doc_id": [str(i) for i in range(n)], "outlet": "X", "text": ["The regime said so. " * n] * n})

    c = Corpus(frame(1))
    assert c.cached("n", lambda: 1) == 1
    c.documents = frame(2)
    assert c.cached("n", lambda: 2) == 2
    for n in range(3, 53):
        c.documents = frame(1)
        facts = c.facts()
        assert len(facts) == 1 and len(c.titles()) == 1
        c.documents = frame(n)  # the frame the facts were of is freed here; a later one may take its address
        c.documents = frame(n + 1)
        assert len(c.facts()) == n + 1 and len(c.titles()) == n + 1
        assert c.facts()[0].length == len(c.documents["text"][0])


def test_problems_shown_is_an_option_not_a_module_global(recwarn):
    df = pd.DataFrame({"doc_id": list("abcdefgh"), "text": [""] * 8})
    load_corpus(df, problems_shown=3)
    load_corpus(df)
    three, five = (str(w.message) for w in recwarn if issubclass(w.category, FramingWarning))
    assert three.count("empty text") == 3 and "… and 5 more" in three and "every one is in corpus.problems" in three
    assert five.count("empty text") == 5 and "… and 3 more" in five
    assert framing.corpus.PROBLEMS_SHOWN == 5


@pytest.mark.parametrize("encoding, sep", [("cp1252", ","), ("utf-16", "\t")])
def test_a_csv_in_a_spreadsheet_s_encoding_is_named_in_the_error(tmp_path, encoding, sep):
    # Excel's "CSV" (cp1252) and "Unicode Text" (UTF-16): the error said "pass encoding= with the
    # file's encoding", which a user saving from a spreadsheet does not know
    path = tmp_path / "c.csv"
    pd.DataFrame({"text": ["Le régime a bombardé Alep."], "outlet": ["Le Monde"]}).to_csv(
        path, index=False, encoding=encoding, sep=sep)
    with pytest.raises(CorpusError, match=rf"its first bytes read as {encoding}: encoding='{encoding}', "
                                          rf"--encoding {encoding}"):
        framing.load_corpus(path)
    assert framing.load_corpus(path, encoding=encoding).documents["text"].tolist() == ["Le régime a bombardé Alep."]
