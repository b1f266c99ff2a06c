"""framing.notebook: where a notebook's figures and tables go, one call per figure, and the
short error display switched on by the notebook, never by ``import framing``."""

import os
import subprocess
import sys
import warnings

import matplotlib
import pandas as pd

matplotlib.use("agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import framing  # noqa: E402
import framing.notebook  # noqa: E402
from framing import plots  # noqa: E402
from framing.errors import CorpusError, OutputError  # noqa: E402

from .conftest import ROOT  # noqa: E402


def _in_ipython(code: str) -> str:
    """Run ``code`` after an IPython shell exists (as in Jupyter), in a fresh interpreter."""
    prelude = "from IPython.core.interactiveshell import InteractiveShell\nshell = InteractiveShell.instance()\n"
    done = subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True, check=True,
                          env={**os.environ, "FRAMING_DEBUG": ""})
    return done.stdout.strip()


def test_importing_framing_installs_nothing_in_ipython():
    out = _in_ipython("import framing, framing.plots, framing.notebook\nprint(shell.custom_exceptions)")
    assert out == "()"


def test_setup_switches_the_short_error_display_on():
    out = _in_ipython("import framing.notebook\nprint(framing.notebook.setup(), [e.__name__ for e in shell.custom_exceptions])")
    assert out == "True ['FramingError']"


def test_setup_shows_a_warning_of_the_package_as_its_message():
    """Not the cell's file and line and the code that raised it; other warnings as before."""
    code = ("import sys, warnings\nsys.stderr = sys.stdout\nimport framing.notebook\nframing.notebook.setup()\n"
            "framing.notebook.setup()\n"  # twice, as a notebook run again: one message still
            "from framing.errors import FramingWarning\nwarnings.warn('nothing to compare', FramingWarning)\n"
            "warnings.warn('other', DeprecationWarning)\n")
    lines = _in_ipython(code).splitlines()
    assert lines[0] == "FramingWarning: nothing to compare"
    assert "DeprecationWarning: other" in lines[1]  # the usual form: file and line first


def test_setup_outside_ipython_does_nothing():
    assert framing.notebook.setup() is False


@pytest.fixture
def out(tmp_path):
    return framing.notebook.Output(tmp_path / "figures", "t", tables_dir=tmp_path / "tables")


@pytest.fixture(scope="module")
def scores(pooled):
    return framing.count_terms(pooled, voice="narrator", min_count=1, min_docs=1)


def test_a_figure_is_one_call_sized_by_its_groups(out, scores, seeds):
    saved = out.figure("names-syrian_state", plots.plot_label_shares, data=scores, family="syrian_state")
    assert [p.name for p in saved] == ["t-names-syrian_state.png", "t-names-syrian_state.svg"]
    assert all(p.stat().st_size > 0 for p in saved)
    assert saved.figure.get_size_inches().tolist() == [10.0, 1.3 + 0.5 * 2]  # two groups
    five = framing.count_terms(seeds, min_count=1)
    assert out.figure("x", plots.plot_label_shares, data=five, family="syrian_state").figure.get_size_inches().tolist() \
        == [10.0, 1.3 + 0.5 * 5]
    assert plt.get_fignums() == []  # written and closed: nothing to show on agg, no warning


def test_a_chart_that_draws_its_top_rows_is_sized_by_them(out, pooled):
    comparison = framing.compare_groups(pooled, family="syrian_state", resamples=99, min_docs=1)
    for top, rows in ((3, 3), (None, len(comparison))):
        saved = out.figure("d", plots.plot_differences, data=comparison, top=top)
        assert saved.figure.get_size_inches()[1] == pytest.approx(1.2 + 0.32 * rows)


def test_size_given_wins_and_a_name_is_made_safe(out, scores):
    saved = out.figure("voice-Free Syrian Army", plots.plot_rate_heatmap, data=scores, size=(4, 3))
    assert saved[0].name == "t-voice-free-syrian-army.png"
    assert saved.figure.get_size_inches().tolist() == [4.0, 3.0]


def test_every_chart_declares_its_size():
    names = [n for n in dir(plots) if n.startswith("plot_")]
    assert names and all(isinstance(getattr(plots, n).figure_size, plots.FigureSize) for n in names)


def test_a_failing_plot_leaves_no_figure_open(out, scores):
    with pytest.raises(framing.FramingError, match="no family"):
        out.figure("x", plots.plot_label_shares, data=scores, family="nope")
    assert plt.get_fignums() == [] and not list(out.figures.glob("t-x.*"))


def test_show_on_agg_does_not_warn(tmp_path, scores):
    shown = framing.notebook.Output(tmp_path, show=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        saved = shown.figure("n", plots.plot_label_shares, data=scores, family="syrian_state")
    assert saved[0].name == "n.png"  # no prefix: the name alone


def test_tables_go_to_the_tables_folder_with_the_prefix(out, scores, tmp_path):
    path = out.table("terms-narrator", scores)
    assert path == tmp_path / "tables" / "t-terms-narrator.csv"
    scores.to_csv(tmp_path / "direct.csv", index=False)
    assert path.read_bytes() == (tmp_path / "direct.csv").read_bytes()
    with pytest.raises(OutputError, match="tables_dir"):
        framing.notebook.Output(tmp_path / "f").table("x", scores)


def test_load_corpus_names_the_parameter_and_keeps_outlets(tmp_path):
    with pytest.raises(CorpusError, match="Set the parameter fakes_path"):
        framing.notebook.load_corpus(tmp_path / "nowhere.csv", parameter="fakes_path")
    corpus = framing.notebook.load_corpus(ROOT / "seeds", outlets=["AFP"])
    assert set(corpus.documents["outlet"]) == {"AFP"}
    assert len(framing.notebook.load_corpus(ROOT / "seeds", outlets=[])) == 5


def test_report_tables_are_spreadsheet_safe(tmp_path):
    """issue 26: an outlet =1+1 in a notebook's table became 2 in a spreadsheet."""
    out = framing.notebook.Output(tmp_path / "figures", "t", tables_dir=tmp_path / "tables")
    path = out.table("x", pd.DataFrame({"group": ["=1+1", "@SUM(A1)", "AFP"], "share": [-0.5, 0.25, 1.0]}))
    assert path.read_text(encoding="utf-8") == "group,share\n'=1+1,-0.5\n'@SUM(A1),0.25\nAFP,1.0\n"


@pytest.mark.slow
def test_every_notebook_reads_its_corpus_in_the_language_its_parameter_names():
    # a German corpus in the notebooks was read by English's rules, and "Pass language=" had no parameter to set
    import json

    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = [("".join(c["source"]), c["metadata"].get("tags", [])) for c in json.loads(path.read_text())["cells"]
                 if c["cell_type"] == "code"]
        assert any("parameters" in tags and '\nlanguage = ""  # ' in src for src, tags in cells), path.name
        assert any("framing.notebook.load_corpus(" in src and "language=language" in src for src, _ in cells), path.name
    from .conftest import CORPORA

    de = CORPORA / "multilingual" / "de.jsonl"
    if de.exists():
        assert framing.notebook.load_corpus(str(de), language="", warn=False).language == "en"  # empty: not given
        assert framing.notebook.load_corpus(str(de), language="de", warn=False).language == "de"
