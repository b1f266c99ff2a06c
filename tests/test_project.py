"""The project's own set-up: the slow tests carry their marker, the make targets run what the
README says, and the distribution name is the one used everywhere."""

import ast
import re

import pytest

from .conftest import ROOT

TESTS = ROOT / "tests"
DIST = "media-framing"  # "framing" on the package index is an unrelated project


def _is_slow(node) -> bool:
    """Whether a decorator or a ``pytestmark`` value is, or lists, ``pytest.mark.slow``."""
    if isinstance(node, ast.List | ast.Tuple):
        return any(_is_slow(n) for n in node.elts)
    return ast.unparse(node) == "pytest.mark.slow"


def _names(node) -> set:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _unmarked_corpus_readers(source: str) -> list:
    """The test functions of a test module that read ``../shared/corpora`` (through ``CORPORA``
    or a module constant made from it) and are not marked slow."""
    tree = ast.parse(source)
    shared = {"CORPORA", "SHARED"}
    for node in tree.body:
        if isinstance(node, ast.Assign) and _names(node.value) & shared:
            shared |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "pytestmark" for t in node.targets):
            if _is_slow(node.value):
                return []
    return [node.name for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test")
            and _names(node) & shared and not any(_is_slow(d) for d in node.decorator_list)]


def test_every_test_that_reads_the_shared_corpora_is_slow():
    unmarked = {p.name: names for p in sorted(TESTS.glob("test_*.py"))
                if (names := _unmarked_corpus_readers(p.read_text(encoding="utf-8")))}
    assert unmarked == {}, "mark these @pytest.mark.slow: make test-fast runs without ../shared"


def test_the_check_finds_an_unmarked_reader():
    source = ("import pytest\nfrom .conftest import CORPORA\nBIG = CORPORA / 'x'\n"
              "def test_a():\n    BIG.read_text()\n"
              "@pytest.mark.slow\ndef test_b():\n    BIG.read_text()\n"
              "def test_c():\n    pass\n")
    assert _unmarked_corpus_readers(source) == ["test_a"]
    assert _unmarked_corpus_readers("import pytest\npytestmark = [pytest.mark.slow]\n" + source) == []


@pytest.mark.parametrize("module", ["test_notebooks.py", "test_robustness.py"])
def test_notebook_and_robustness_modules_are_slow(module):
    tree = ast.parse((TESTS / module).read_text(encoding="utf-8"))
    marks = [n.value for n in tree.body if isinstance(n, ast.Assign)
             and any(getattr(t, "id", None) == "pytestmark" for t in n.targets)]
    assert marks and _is_slow(marks[0])


def test_slow_is_a_registered_marker(pytestconfig):
    assert any(m.startswith("slow:") for m in pytestconfig.getini("markers"))
    assert "--strict-markers" in pytestconfig.getini("addopts")


def _recipe(target: str) -> list:
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{target}:"))
    assert "## " in lines[start], f"make {target} has no help text"
    out = []
    for line in lines[start + 1:]:
        if not line.startswith("\t"):
            break
        out.append(line.strip())
    return out


def test_make_test_runs_ruff_then_every_test():
    recipe = _recipe("test")
    assert recipe[0].endswith("ruff check src tests")
    assert "pytest" in recipe[1] and "slow" not in recipe[1]


def test_make_test_fast_leaves_out_the_slow_tests():
    recipe = _recipe("test-fast")
    assert recipe[0].endswith("ruff check src tests")
    assert "pytest" in recipe[1] and '-m "not slow"' in recipe[1]


def test_the_distribution_name_is_used_everywhere():
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == DIST
    assert project["scripts"] == {"framing": "framing.cli:main"}
    refs = [r for extra in project["optional-dependencies"].values() for r in extra if "[" in r and "dask[" not in r]
    assert refs and all(r.startswith(f"{DIST}[") for r in refs)
    assert re.search(rf"^name: {DIST}$", (ROOT / "environment.yml").read_text(encoding="utf-8"), re.M)
    installs = re.findall(r"pip install[^`\n]*", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert installs and not [i for i in installs if re.search(r"[\"' ]framing\b", i)]
    assert any(DIST in i for i in installs)


def test_the_installed_distribution_has_the_new_name():
    import importlib.metadata as md

    import framing

    try:
        version = md.version(DIST)
    except md.PackageNotFoundError:
        pytest.skip(f"{DIST} is not installed here (framing imported from the source tree)")
    assert version == framing.__version__
