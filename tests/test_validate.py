"""Validation by people: sampling, coding sheets, precision and agreement worked by hand."""

import io

import numpy as np
import pandas as pd
import pytest
from statsmodels.stats.proportion import proportion_confint

import framing
from framing.cli import main
from framing.errors import FramingError
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
    with pytest.raises(FramingError, match=rf"item {bad.loc[2, 'item']}: verdict 'yes' is not one of correct, wrong, unsure"):
        read_coding_sheet(variant("value.csv", bad))
    with pytest.raises(FramingError, match="lost column"):
        read_coding_sheet(variant("column.csv", body.drop(columns=["check"])))
    moved = body.copy()
    moved.loc[0, "start"] = str(int(moved.loc[0, "start"]) + 1)
    with pytest.raises(FramingError, match=rf"item {moved.loc[0, 'item']}: doc_id, start, end or match was edited"):
        read_coding_sheet(variant("moved.csv", moved))
    # the sheet belongs to another corpus: the text at the offsets differs
    other = small.assign(text=small.text.str.replace("The", "An"))
    with pytest.raises(FramingError, match="does not belong to this corpus"):
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


def test_committed_example_sheets(seeds_dir):
    docs = seeds_dir.parent / "docs" / "examples"
    rep = validation_report(docs / "validation-seeds-mentions.csv", corpus=framing.load_corpus(seeds_dir))
    overall = rep.precision[(rep.precision.value == "(all)") & (rep.precision.outlet == "all")].iloc[0]
    assert overall["coded"] == 49 and np.isfinite(overall["precision"])


def test_cli_validate(tmp_path, capsys, seeds_dir):
    out = tmp_path / "sheet.csv"
    assert main(["validate", "sample", str(seeds_dir), "-n", "2", "--strata", "family", "-o", str(out), "-q"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# framing coding sheet 1: mentions")
    assert main(["validate", "report", str(out)]) == 0
    assert "no coded rows" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8").replace(",,,\n", ",maybe,me,\n", 1)
    out.write_text(text, encoding="utf-8")
    assert main(["validate", "report", str(out)]) == 1
    assert "verdict 'maybe' is not one of" in capsys.readouterr().err


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
