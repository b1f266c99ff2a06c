"""The package's shape: no import circle between its modules (imports inside functions count)
and no module over 700 lines (docs/architecture.md says why and what may import what)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "framing"
MAX_LINES = 700


def _modules(root: Path = SRC) -> dict[str, Path]:
    out = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    base = module.split(".")
    if level:
        base = base if is_package else base[:-1]
        base = base[: len(base) - (level - 1)] if level > 1 else base
        return ".".join(base + ([name] if name else []))
    return name or ""


def import_graph(root: Path = SRC) -> dict[str, set[str]]:
    """Module → the modules of the package it imports, anywhere in its body. ``from .x import y``
    points at ``x.y`` where that is a module, else at ``x``. The implicit import of a parent
    package's ``__init__`` is not an edge (Python runs it, but the module did not ask for it);
    ``import framing`` or ``from framing import x`` inside the package is one."""
    mods = _modules(root)
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for mod, path in mods.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(mod, is_package, node.level, node.module)
                for a in node.names:
                    sub = f"{base}.{a.name}" if base else a.name
                    targets.append(sub if sub in mods else base)
            for t in targets:
                while t and t not in mods and "." in t:
                    t = t.rsplit(".", 1)[0]
                if t in mods and t != mod:
                    graph[mod].add(t)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_circle():
    cycles = _cycles(import_graph())
    assert not cycles, "import circles between modules: " + "; ".join(" ↔ ".join(c) for c in cycles)


def test_the_graph_sees_imports_inside_functions(tmp_path):
    pkg = tmp_path / "framing"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .b import x\n")
    (pkg / "b.py").write_text("def f():\n    from . import a\n    return a\n")
    (pkg / "c.py").write_text("import os\nfrom . import b\n")
    assert _cycles(import_graph(pkg)) == [["framing.a", "framing.b"]]
    (pkg / "b.py").write_text("def f():\n    import framing\n")
    (pkg / "__init__.py").write_text("from .a import x\n")
    assert _cycles(import_graph(pkg)) == [["framing", "framing.a", "framing.b"]]


@pytest.mark.parametrize("module", sorted(_modules()))
def test_no_module_over_the_limit(module):
    lines = len(_modules()[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module} has {lines} lines (at most {MAX_LINES}: split it along its seams)"


#: The layers of docs/architecture.md, lowest first: a module may import modules of its own
#: package and of lower layers, never of its own layer's other packages or of a higher one.
LAYERS = [
    ("errors", "_version"),
    ("_params", "_record"),
    ("_yaml", "_io", "_parallel", "_notebook", "_words", "_names", "groups", "stats", "lang"),
    ("_statistics", "_moments", "lexicon", "_sentences", "text", "_paradigms"),
    ("cues", "corpus"),
    ("_runner",),
    ("_mixed",),
    ("terms", "sources", "validate", "tables", "_strata"),
    ("compare", "evaluate", "plots"),
    ("discover", "view"),
    ("notebook", "dask", ""),  # "" is framing/__init__.py, the public face
    ("cli_parser",),
    ("cli",),
    ("__main__",),  # python -m framing
]


def _layer_of(module: str) -> tuple[int, str]:
    top = module.split(".")[1] if "." in module else ""
    for i, names in enumerate(LAYERS):
        if top in names:
            return i, top
    raise AssertionError(f"{module} is in no layer of LAYERS (tests/test_architecture.py, docs/architecture.md)")


def test_every_import_points_down_the_layers():
    wrong = []
    for module, targets in import_graph().items():
        layer, top = _layer_of(module)
        for t in targets:
            t_layer, t_top = _layer_of(t)
            if t_top != top and t_layer >= layer:
                wrong.append(f"{module} → {t}")
    assert not wrong, "imports that do not point down the layers: " + ", ".join(sorted(wrong))
