"""``import framing`` (the package's __init__): no side effects, checked in a fresh interpreter."""

import json
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

_PROBE = r"""
import json, os, sys, warnings
import yaml

parsed = []
for name in ("compose", "safe_load", "load", "load_all", "safe_load_all", "compose_all"):  # any YAML read at import
    def spy(*a, _f=getattr(yaml, name), _n=name, **k):
        parsed.append(_n)
        return _f(*a, **k)
    setattr(yaml, name, spy)

read_env = []
class Environ(type(os.environ)):  # records the variables that framing's own code reads
    def __getitem__(self, key):
        if "framing" in sys._getframe(1).f_code.co_filename:
            read_env.append(key)
        return super().__getitem__(key)
env = os.environ
env.__class__ = Environ

import numpy, pandas, scipy.special, matplotlib.pyplot, seaborn  # their own warning filters are theirs
hook, display, showwarning, filters = sys.excepthook, sys.displayhook, warnings.showwarning, list(warnings.filters)
before = set(sys.modules)
import framing
import framing.cli, framing.notebook  # the modules that set things up: they too only define them
import framing.lang, framing.lexicon.loader
new = set(sys.modules) - before
print(json.dumps({
    "framing": framing.__file__,
    "parsed": parsed, "read_env": read_env,
    "hooks_kept": sys.excepthook is hook and sys.displayhook is display and warnings.showwarning is showwarning
                  and warnings.filters == filters,
    "languages_read": sorted(framing.lang._CACHE),
    "lexicons_read": [str(k) for k in framing.lexicon.loader._BUNDLED],
    "heavy": sorted(m for m in ("IPython", "dask", "sklearn", "scipy.stats", "nltk", "statsmodels") if m in new),
}))
"""


def _probe(code: str) -> dict:
    env = {"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "MPLBACKEND": "agg"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_import_framing_has_no_side_effects():
    got = _probe(_PROBE)
    assert got["framing"].startswith(str(SRC))
    assert got["parsed"] == []  # no YAML parsed: cue tables, language data and lexicons are read when first asked for
    assert got["languages_read"] == [] and got["lexicons_read"] == []
    assert got["read_env"] == []  # no environment variable changes what the package does
    assert got["hooks_kept"]  # no exception hook (the notebooks' first cell asks for it), no warning display
    assert got["heavy"] == []


def test_import_framing_leaves_matplotlib_out():
    got = _probe("import json, sys; import framing; print(json.dumps({'mpl': 'matplotlib' in sys.modules}))")
    assert got == {"mpl": False}
