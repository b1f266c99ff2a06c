"""Every notebook runs with papermill, writes its figures, and plots what the package computes."""

import json
import re
import subprocess
import sys

import nbformat
import pandas as pd
import pytest

import framing

from .conftest import CORPORA, ROOT

NOTEBOOKS = ROOT / "notebooks"
KERNEL = "framing"

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::DeprecationWarning")]


@pytest.fixture(scope="session")
def kernel():
    """The project's kernel (``make setup`` installs it; installed here when missing)."""
    from jupyter_client.kernelspec import KernelSpecManager

    specs = KernelSpecManager().find_kernel_specs()
    if KERNEL not in specs:
        subprocess.run([sys.executable, "-m", "ipykernel", "install", "--sys-prefix", "--name", KERNEL,
                        "--display-name", "Python (framing)"], check=True, capture_output=True)
    return KERNEL


def run(kernel, name, tmp_path, **params):
    import papermill as pm

    out = tmp_path / f"{name}.ipynb"
    params = {"figures_dir": str(tmp_path / "figures"), "tables_dir": str(tmp_path / "tables"), **params}
    pm.execute_notebook(str(NOTEBOOKS / f"{name}.ipynb"), str(out), parameters=params, kernel_name=kernel,
                        cwd=str(NOTEBOOKS), progress_bar=False)
    return out


IMPORTS = {"import framing", "import framing.notebook", "from framing import plots", "from framing import tables",
           "from framing import plots, tables"}


def test_source_notebooks_are_clean():
    names = sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb"))
    assert names[:6] == ["00-build-a-lexicon", "01-corpus-overview", "02-terminology", "03-sourcing", "04-outlet-profiles",
                         "06-validation"]
    for p in NOTEBOOKS.glob("*.ipynb"):
        nb = nbformat.read(p, as_version=4)
        tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, p.name
        assert nb.metadata["kernelspec"]["name"] == KERNEL
        for c in nb.cells:
            if c.cell_type == "code":
                assert not c.outputs and c.execution_count is None, f"{p.name} has outputs"
                lines = c.source.splitlines()
                assert not [x for x in lines if ("import " in x) and x not in IMPORTS], p.name
                assert "def " not in c.source and "lambda" not in c.source, p.name
                # no plumbing: figures and tables go through framing.notebook.Output, sized by the chart
                for plumbing in ("plt.", "figsize", "save_figure", "to_csv", "len(groups)", "figures_dir", "tables_dir"):
                    assert plumbing not in c.source or "parameters" in c.metadata.get("tags", []) \
                        or "framing.notebook.Output(" in c.source, (p.name, plumbing)


def test_the_first_code_cell_switches_the_error_display_on():
    for p in NOTEBOOKS.glob("*.ipynb"):
        code = [c for c in nbformat.read(p, as_version=4).cells if c.cell_type == "code"]
        assert "framing.notebook.setup()" in code[1].source, p.name  # the cell after the parameters


def test_notebooks_write_their_figures_under_build_unless_told():
    """Changing only corpus_path must not overwrite the committed figures/ of the seeds."""
    for name in ("01-corpus-overview", "02-terminology", "03-sourcing", "04-outlet-profiles", "06-validation"):
        nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
        params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
        assert 'figures_dir = "build/figures"' in params.source, name


def test_an_expected_error_shows_its_message_not_a_traceback(kernel, tmp_path):
    import papermill as pm

    corpus = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["The regime."]}).to_csv(corpus, index=False)
    with pytest.raises(pm.PapermillExecutionError):
        run(kernel, "01-corpus-overview", tmp_path, corpus_path=str(corpus), text_col="body")
    nb = nbformat.read(tmp_path / "01-corpus-overview.ipynb", as_version=4)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert len(errors) == 1 and errors[0]["ename"] == "CorpusError"
    assert errors[0]["traceback"] == [f"CorpusError: {errors[0]['evalue']}"]  # one line: no frames of framing's code


def test_01_and_02_on_the_seeds(kernel, tmp_path, seeds):
    run(kernel, "01-corpus-overview", tmp_path, corpus_path=str(ROOT / "seeds"), prefix="t")
    run(kernel, "02-terminology", tmp_path, corpus_path=str(ROOT / "seeds"), prefix="t",
        spelling_families=["deir_ezzor_spelling"])
    figs = {p.name for p in (tmp_path / "figures").iterdir()}
    for name in ("t-corpus-overview", "t-names-syrian_state", "t-names-jihadist_name", "t-spellings-deir_ezzor_spelling",
                 "t-rates-heatmap", "t-voice-army"):  # the most used label, when none is named
        assert f"{name}.png" in figs and f"{name}.svg" in figs
    # no family named: every family the seeds mention is drawn, none that no article mentions (an empty panel)
    mentioned = {f for f, _ in framing.top_labels(framing.count_terms(seeds, voice="narrator"), per_family=True)}
    assert {f"t-names-{f}.png" for f in mentioned} <= figs
    assert not {f"t-names-{f}.png" for f in set(framing.load_lexicon("syria").families) - mentioned} & figs
    # the tables behind the figures are the package's scores
    table = pd.read_csv(tmp_path / "tables" / "t-terms-narrator.csv", keep_default_na=False)
    expected = framing.count_terms(seeds, voice="narrator")
    assert table[["group", "family", "label", "count"]].values.tolist() == \
        expected[["group", "family", "label", "count"]].values.tolist()


def test_03_and_04_on_the_seeds(kernel, tmp_path, seeds):
    run(kernel, "03-sourcing", tmp_path, corpus_path=str(ROOT / "seeds"), prefix="t")
    run(kernel, "04-outlet-profiles", tmp_path, corpus_path=str(ROOT / "seeds"), prefix="t", distinctive_groups=["AFP"])
    figs = {p.name for p in (tmp_path / "figures").iterdir()}
    for name in ("t-sources-category", "t-sources-kind", "t-sources-cues", "t-outlet-profile", "t-distinctive-afp"):
        assert f"{name}.png" in figs
    att = pd.read_csv(tmp_path / "tables" / "t-attributions.csv", keep_default_na=False)
    assert len(att) == len(framing.find_attributions(seeds))


def test_02_to_04_on_a_small_fakes_sample_as_the_makefile_runs_them(kernel, tmp_path):
    """Notebook 05 was these three runs with FA-KES parameters: the figures it made, and those the
    README and docs show, have the same names."""
    src = CORPORA / "fakes" / "fakes.csv"
    if not src.exists():
        pytest.skip("FA-KES is not beside the repository")
    sample = pd.read_csv(src).groupby("source").head(4)
    path = tmp_path / "fakes-sample.csv"
    sample.to_csv(path, index=False)
    fakes = dict(corpus_path=str(path), text_col="article_content", outlet_col="source", id_col="unit_id", prefix="fakes")
    out = run(kernel, "02-terminology", tmp_path, families=["syrian_state", "jihadist_name", "jihadist_descriptor"],
              kwic_labels=["regime", "terrorist"], min_count=3, resamples=99, **fakes)
    run(kernel, "03-sourcing", tmp_path, **fakes)
    run(kernel, "04-outlet-profiles", tmp_path, distinctive_groups=["sana"], **fakes)
    figs = {p.name for p in (tmp_path / "figures").iterdir()}
    made_by_05 = {f"fakes-{n}.{ext}" for n in ("names-syrian_state", "names-jihadist_name", "names-jihadist_descriptor",
                                               "rates-heatmap", "sources-category", "sources-cues", "outlet-profile")
                  for ext in ("png", "svg")}
    shown = {m for doc in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]
             for m in re.findall(r"figures/(fakes-[A-Za-z0-9_.-]+\.png)", doc.read_text(encoding="utf-8"))}
    assert shown and made_by_05 | shown <= figs
    nb = json.loads(out.read_text())
    assert nb["metadata"]["papermill"]["parameters"]["prefix"] == "fakes"
    assert len(pd.read_csv(tmp_path / "tables" / "fakes-terms-narrator.csv")["group"].unique()) == 15


def test_the_makefile_runs_02_to_04_on_fakes():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for nb in ("02-terminology", "03-sourcing", "04-outlet-profiles"):
        assert f"build/notebooks/{nb}-fakes.ipynb: notebooks/{nb}.ipynb" in makefile
    assert "-p corpus_path ../shared/corpora/fakes/fakes.csv -p text_col article_content -p outlet_col source " \
           "-p id_col unit_id" in makefile


def test_a_missing_corpus_says_which_parameter_to_set(kernel, tmp_path):
    import papermill as pm

    with pytest.raises(pm.PapermillExecutionError) as exc:
        run(kernel, "02-terminology", tmp_path, corpus_path=str(tmp_path / "nowhere.csv"))
    assert "corpus not found" in str(exc.value)
    assert "Set the parameter corpus_path" in str(exc.value)


def test_06_validation_on_the_seeds(kernel, tmp_path, seeds):
    run(kernel, "06-validation", tmp_path, corpus_path=str(ROOT / "seeds"), prefix="t", sheets_dir=str(tmp_path / "sheets"),
        coded_sheets=[str(ROOT / "docs" / "examples" / "validation-seeds-attributions.csv")], what="attributions",
        strata=["speaker_category"], n=2)
    assert (tmp_path / "figures" / "t-validation-precision.png").exists()
    sheet = framing.read_coding_sheet(tmp_path / "sheets" / "t-attributions-to-code.csv", corpus=seeds)
    assert (sheet["verdict"] == "").all() and len(sheet) > 0
    table = pd.read_csv(tmp_path / "tables" / "t-validation-precision.csv", keep_default_na=False)
    expected = framing.validation_report(ROOT / "docs" / "examples" / "validation-seeds-attributions.csv").precision
    assert table["correct"].tolist() == expected["correct"].tolist()


def test_00_builds_a_lexicon_that_loads(kernel, tmp_path, seeds):
    run(kernel, "00-build-a-lexicon", tmp_path, corpus_path=str(ROOT / "seeds"), prefix="t", lexicons_dir=str(tmp_path / "lex"),
        names=["Deir ez-Zor"], seed_terms=["regime"])
    lex = framing.load_lexicon(tmp_path / "lex" / "t-draft.yaml")
    spellings = set(lex.families["deir_ez_zor"].labels)
    assert {"Deir ez-Zor", "Deir Ezzor", "Deir al-Zor"} <= spellings
    # the draft counts what the package counts with it
    counts = framing.count_terms(seeds, lexicon=lex, by="outlet", min_count=0, min_docs=0)
    assert counts.loc[counts.label == "Deir Ezzor", "count"].sum() == 9  # AFP's article (004)


def test_02_with_a_label_that_has_spaces(kernel, tmp_path):
    """A label with spaces made an invalid figure name ('t-voice-Free Syrian Army')."""
    run(kernel, "02-terminology", tmp_path, corpus_path=str(ROOT / "seeds"), prefix="t", families=["opposition"],
        spelling_families=[], voice_family="opposition", voice_label="Free Syrian Army", kwic_labels=["Free Syrian Army"],
        outlets=["Al Shahid", "unknown"])
    figs = {p.name for p in (tmp_path / "figures").iterdir()}
    assert "t-voice-free-syrian-army.png" in figs and "t-names-opposition.png" in figs


GUNS = """name: guns
title: The gun debate
fit:
  about: [gun*, firearm*]
families:
  gun_debate:
    title: How the gun debate is named
    labels:
      gun control: [gun control]
      gun safety: [gun safety]
      gun rights: {display: gun rights and the Second Amendment, patterns: [gun rights, Second Amendment]}
  weapons:
    labels:
      assault weapons: [assault weapon*]
      semi-automatic rifles: [semi-automatic rifle*, semiautomatic rifle*]
"""


def _gun_news():
    sides = {"Left Daily": ("gun safety", "assault weapons", "Moms Demand Action"),
             "Right Post": ("gun rights", "semi-automatic rifles", "the NRA"),
             "Center Wire": ("gun control", "assault weapons", "Gallup")}
    rows = []
    for outlet, (debate, weapon, source) in sides.items():
        for i in range(4):
            text = (f"Lawmakers argued over {debate} on day {i}.\n\n"
                    f"“We need action on {weapon} now,” said Sen. Jane Roe, a Democrat from Ohio.\n\n"
                    f"According to {source}, {debate} matters to voters, and the police chief said "
                    f"that {weapon} were used in {i + 2} shootings.")
            rows.append({"doc_id": f"{outlet[:1]}{i}", "outlet": outlet, "date": f"2019-0{i + 1}-15",
                         "title": f"Congress and {debate}", "text": text})
    return pd.DataFrame(rows)


def test_01_to_04_serve_a_study_that_is_not_about_syria(kernel, tmp_path):
    """Another subject, a lexicon of one's own, no gazetteer given: every notebook runs, draws every
    family, writes only into its folders, and nothing it shows speaks of Syria."""
    corpus = tmp_path / "guns.csv"
    _gun_news().to_csv(corpus, index=False)
    lexicon = tmp_path / "guns.yaml"
    lexicon.write_text(GUNS, encoding="utf-8")
    before = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    params = dict(corpus_path=str(corpus), prefix="g", resamples=99)
    outs = [run(kernel, "01-corpus-overview", tmp_path, **params),
            run(kernel, "02-terminology", tmp_path, lexicon=str(lexicon), min_count=1, **params),
            run(kernel, "03-sourcing", tmp_path, lexicon=str(lexicon), **params),
            run(kernel, "04-outlet-profiles", tmp_path, lexicon=str(lexicon), **params)]
    after = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    assert after == before  # nothing written outside figures_dir and tables_dir
    figs = {p.name for p in (tmp_path / "figures").iterdir()}
    for name in ("g-names-gun_debate", "g-names-weapons", "g-over-time-gun_debate", "g-over-time-weapons",
                 "g-differences-gun_debate", "g-rates-heatmap", "g-voice-gun-control", "g-sources-category",
                 "g-outlet-profile", "g-corpus-overview"):
        assert f"{name}.png" in figs, name
    shown = []
    for out in outs:
        nb = nbformat.read(out, as_version=4)
        for c in nb.cells:
            if c.cell_type == "markdown":
                shown.append(c.source)
            for o in c.get("outputs", []):
                shown.append(json.dumps(o.get("data", {})) + o.get("text", ""))
                assert o.get("output_type") != "error"
    text = "\n".join(shown)
    assert "syria" not in text.lower()
    assert "How the gun debate is named" in text and "gun rights and the Second Amendment" in text
    # the default gazetteer, news, put the speakers in its categories
    att = pd.read_csv(tmp_path / "tables" / "g-attributions.csv", keep_default_na=False)
    assert {"politician", "advocacy", "poll", "police"} <= set(att["speaker_category"])


NOTHING = """\
name: nothing
title: Words no seed uses
families:
  fruit:
    title: Rare fruit
    labels:
      kumquat: [kumquat*]
      durian: [durian*]
"""


def test_02_to_04_with_a_lexicon_that_finds_nothing(kernel, tmp_path):
    """The fit message and empty figure sections, never a traceback (02 stopped in the voice cell
    with an IndexError, 03 in the article view with "no document has a mention")."""
    lexicon = tmp_path / "nothing.yaml"
    lexicon.write_text(NOTHING, encoding="utf-8")
    params = dict(corpus_path=str(ROOT / "seeds"), prefix="n", lexicon=str(lexicon), resamples=99)
    outs = [run(kernel, name, tmp_path, **params) for name in ("02-terminology", "03-sourcing", "04-outlet-profiles")]
    said = []
    for out in outs:
        for c in nbformat.read(out, as_version=4).cells:
            for o in c.get("outputs", []):
                assert o.get("output_type") != "error"
                said.append(o.get("text", ""))
    said = "\n".join(said)
    assert "lexicon 'nothing' may not fit this corpus: it finds no mention at all" in said
    assert "no document of the corpus has a mention of the lexicon: the first one" in said
    figs = {p.name for p in (tmp_path / "figures").iterdir()}
    assert not any(name.startswith(("n-voice-", "n-differences-")) for name in figs)
