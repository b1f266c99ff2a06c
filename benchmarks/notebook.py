"""How long a whole study takes against one scan of its corpus: notebook 02 on the US-outlet
Syria corpus (the Makefile's abp-bias run) against one ``count_terms`` pass, measured in one run.

Usage (from the project root; about two minutes)::

    .venv/bin/python benchmarks/notebook.py [--corpus PATH] [--repeat 2]

One pass is ``count_terms(path, lexicon="syria", by="bias")`` from the file (reading
included), in a fresh process; the notebook is executed with papermill in the project's
kernel, and its time is the sum of its cells' execution times as papermill records them
(kernel start-up left out). The two alternate ``--repeat`` times; each cell's time and the
ratio of every pair are printed. Nothing is written into the repository.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "abp_syria" / "abp_syria.jsonl.gz"
PARAMETERS = dict(by="bias", prefix="abp-bias", voice_label="regime", period="Q", resamples=1999,
                  families=["syrian_state", "jihadist_name"], spelling_families=["raqqa_spelling"],
                  kwic_labels=["ISIL", "regime"])

PASS = r"""
import sys, time, warnings
warnings.simplefilter("ignore")
import framing
t0 = time.perf_counter()
framing.count_terms(sys.argv[1], lexicon="syria", by="bias")
print(time.perf_counter() - t0)
"""


def one_pass(corpus: Path) -> float:
    out = subprocess.run([sys.executable, "-c", PASS, str(corpus)], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def notebook(corpus: Path, tmp: Path) -> tuple[float, list[tuple[str, float]]]:
    import papermill as pm

    out = tmp / "02.ipynb"
    pm.execute_notebook(str(ROOT / "notebooks" / "02-terminology.ipynb"), str(out), cwd=str(ROOT / "notebooks"),
                        kernel_name="framing", progress_bar=False, log_output=False,
                        parameters=dict(PARAMETERS, corpus_path=str(corpus), figures_dir=str(tmp / "figures"),
                                        tables_dir=str(tmp / "tables")))
    cells = []
    for cell in json.loads(out.read_text(encoding="utf-8"))["cells"]:
        meta = cell.get("metadata", {}).get("papermill", {})
        if cell["cell_type"] != "code" or not meta.get("start_time"):
            continue
        seconds = (datetime.fromisoformat(meta["end_time"].rstrip("Z")) -
                   datetime.fromisoformat(meta["start_time"].rstrip("Z"))).total_seconds()
        first = next((line for line in "".join(cell["source"]).splitlines() if line.strip() and not line.startswith("#")), "")
        cells.append((first[:70], seconds))
    return sum(s for _, s in cells), cells


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus}: corpus not found; pass --corpus PATH (the US-outlet corpus, abp_syria.jsonl.gz).")
    for i in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            p = one_pass(args.corpus)
            total, cells = notebook(args.corpus, Path(tmp))
            wall = time.perf_counter() - t0
        print(f"run {i + 1}: one count_terms pass {p:.2f} s; notebook 02 {total:.2f} s in its cells = {total / p:.1f} passes "
              f"(both, wall: {wall:.0f} s)")
        for first, seconds in sorted(cells, key=lambda c: -c[1])[:6]:
            print(f"    {seconds:6.2f} s  {first}")


if __name__ == "__main__":
    main()
