"""The reader registry of framing.corpus: a format registered from outside the package (here,
from this test file only) is read by load_corpus and inside folders, and named by the error
for an unknown format, the command line's help and SUPPORTED_FORMATS; the docs' list is the
registry's."""

import ast
import re
from pathlib import Path

import pandas as pd
import pytest

import framing
import framing.corpus
from framing import CorpusError, load_corpus
from framing.corpus import register_reader, unregister
from framing.corpus.prepare import standardise

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def tsv_and_md():
    """A table format (.tsv, many documents per file) and a one-document format (.md)."""

    @register_reader(".tsv", name="tsv_test")
    def read_tsv(path, *, chunksize, problems, encoding, **cols):
        for lo, chunk in enumerate(pd.read_csv(path, sep="\t", dtype=str, chunksize=chunksize)):
            yield standardise(chunk, source=str(path), first_row=2 + lo * chunksize, problems=problems, **cols)

    @register_reader(".md", name="markdown_test", one_document=True)
    def read_md(data, *, encoding, report):
        text = data.decode(encoding or "utf-8")
        if text.startswith("# "):
            title, _, text = text.partition("\n")
            return {"text": text.lstrip("\n"), "title": title[2:]}
        return {"text": text}

    try:
        yield
    finally:
        unregister("tsv_test")
        unregister("markdown_test")


def test_a_registered_table_format_is_loaded_and_listed(tsv_and_md, tmp_path, capsys):
    from framing.cli import main

    path = tmp_path / "corpus.TSV"
    path.write_text("doc_id\toutlet\ttext\na\tX\tThe regime said.\nb\tY\tThe government.\n", encoding="utf-8")
    c = load_corpus(path, warn=False)
    assert c.documents[["doc_id", "outlet", "text"]].values.tolist() == [["a", "X", "The regime said."],
                                                                         ["b", "Y", "The government."]]
    assert framing.count_terms(path, min_count=1).query("label == 'regime'")["count"].sum() == 1
    assert ".tsv" in framing.corpus.formats_text() and ".tsv" in framing.corpus.SUPPORTED_FORMATS
    assert (".tsv", "tsv_test") in framing.corpus.READERS
    (tmp_path / "corpus.odt").write_bytes(b"PK")
    with pytest.raises(CorpusError, match=r"unknown corpus format\. Give .*\.md files \(or one of them\), or .*\.pq or "
                                          r"\.tsv file\."):
        load_corpus(tmp_path / "corpus.odt")
    with pytest.raises(SystemExit):
        main(["terms", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert ".tsv" in help_text and ".md files" in help_text


@pytest.mark.parametrize("name,hint", [("articles.xlsx", "A spreadsheet: save it as CSV (UTF-8), or read it with "
                                                         "pandas.read_excel and give framing the table."),
                                       ("articles.tsv", "Tab-separated: name it .csv; a header line separated by tabs "
                                                        "is read so.")])
def test_a_spreadsheet_or_a_tsv_file_is_told_what_to_do(tmp_path, name, hint):
    # it listed the formats framing reads and no more: what of an Excel file, or a .tsv?
    (tmp_path / name).write_bytes(b"PK\x03\x04")
    with pytest.raises(CorpusError, match=r"unknown corpus format\. Give .*\.pq file\. " + re.escape(hint) + "$"):
        load_corpus(tmp_path / name)


def test_a_registered_document_format_is_read_in_a_folder(tsv_and_md, tmp_path):
    (tmp_path / "one.txt").write_text("The regime said so.", encoding="utf-8")
    (tmp_path / "two.md").write_text("# A headline\n\nThe government said so.", encoding="utf-8")
    (tmp_path / "three.rst").write_text("not read", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,outlet\none,X\ntwo,Y\nfour,Z\n", encoding="utf-8")
    c = load_corpus(tmp_path, warn=False)
    docs = c.documents
    assert docs[["doc_id", "outlet", "text"]].values.tolist() == [["one", "X", "The regime said so."],
                                                                 ["two", "Y", "The government said so."]]
    assert docs.set_index("doc_id").at["two", "title"] == "A headline"
    assert docs.set_index("doc_id").at["one", "encoding"] == "utf-8"  # the .txt reader's column
    problems = dict(zip(c.problems["problem"], c.problems["action"]))
    assert problems["not a .txt, .html, .htm, .rtf, .docx or .md file"] == "skipped"
    assert "no file four.txt or four.html or four.htm or four.rtf or four.docx or four.md for this metadata row" in problems
    assert "a folder of .txt, .html, .htm, .rtf, .docx or .md files" in framing.corpus.formats_text()


def test_without_the_test_formats_the_lists_are_as_before(tmp_path):
    assert framing.corpus.formats_text() == ("a folder of .txt, .html, .htm, .rtf or .docx files (or one of them), or a "
                                             ".jsonl.gz, .ndjson.gz, .jsonl, .ndjson, .csv.gz, .csv, .parquet or .pq file")
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    with pytest.raises(CorpusError, match=re.escape("no .txt, .html, .htm, .rtf or .docx files in this folder. A folder "
                                                    "corpus is one .txt, .html, .htm, .rtf or .docx file per document (or per "
                                                    "export of several articles).")):
        load_corpus(tmp_path)


def test_an_ending_belongs_to_one_reader():
    with pytest.raises(ValueError, match=r"\.csv is read by the 'csv' reader already"):
        register_reader(".csv", name="other_csv")(lambda path, **kw: iter(()))
    assert framing.corpus.READERS[5] == (".csv", "csv")


def test_the_docs_list_the_registered_formats():
    doc = (ROOT / "docs" / "your-own-corpus.md").read_text(encoding="utf-8")
    listed = re.search(r"<!-- formats: [^>]*-->\n(.*?)\n<!-- /formats -->", doc, re.S).group(1)
    assert listed == framing.corpus.formats_text()


def _imports(path: Path, package: str) -> set[str]:
    """The framing modules a source file imports (relative imports made absolute)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names = [module] if node.module else [f"{module}.{a.name}" for a in node.names]
            out.update(n for n in names if n.startswith("framing"))
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("framing"))
    return out


def test_the_corpus_package_imports_nothing_above_it():
    # framing.corpus sits under the runner, the scorers and the CLI: it may use errors,
    # groups, text and lang (which import no corpus), the option checks (_params, which import
    # only errors), the run's record (_record: a corpus read is noted; it imports only errors),
    # nothing else of framing (no cycle with _runner)
    src = ROOT / "src"
    files = list((src / "framing" / "corpus").rglob("*.py"))
    assert len(files) > 10
    for path in files:
        package = ".".join(path.relative_to(src).parts[:-1])
        for module in _imports(path, package):
            assert module.startswith(("framing.corpus", "framing.errors", "framing.groups", "framing.text", "framing.lang",
                                     "framing._params", "framing._record")), (path, module)
    assert "framing.corpus" in _imports(src / "framing" / "_runner.py", "framing")
