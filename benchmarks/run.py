"""Throughput and memory of framing, with baselines, on the US-outlet Syria corpus.

Usage::

    .venv/bin/python benchmarks/run.py [--corpus PATH] [--big] [--out docs/benchmarks.md]

Each measurement runs in a child process of its own, so its peak memory (``ru_maxrss``) is
its own. Throughput is MB of article text (UTF-8) per second of wall time. ``--big`` also
grows a ~1 GB JSON Lines corpus from the same articles (in a temporary folder, never in the
repository) and scores it end to end with the command line, one and two processes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "abp_syria" / "abp_syria.jsonl.gz"


def read_texts(path: Path) -> list[str]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def measure(name: str, path: str) -> dict:
    """One measurement, run in this (child) process."""
    import pandas as pd

    import framing

    texts = read_texts(Path(path))
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    frame = pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "outlet": "x", "text": texts})
    # terms_python: the plain-Python word scan instead of Hyperscan
    lex = framing.load_lexicon("syria", engine="python" if name == "terms_python" else "auto")
    t0 = time.perf_counter()
    if name == "terms":
        framing.count_terms(frame, warn=False)
    elif name == "terms_keep":  # repeats inside an outlet not looked for
        framing.count_terms(frame, warn=False, duplicates="keep")
    elif name == "attributions_keep":
        framing.find_attributions(frame, warn=False, duplicates="keep")
    elif name == "repeats":  # the search for repeats alone: loading with duplicates="drop"
        framing.load_corpus(frame, warn=False)
    elif name == "terms_python":
        framing.count_terms(frame, lexicon=lex, warn=False)
    elif name == "attributions":
        framing.find_attributions(frame, warn=False)
    elif name == "both":
        corpus = framing.load_corpus(frame, warn=False)
        framing.count_terms(corpus)
        framing.find_attributions(corpus)
    elif name == "countvectorizer":
        from sklearn.feature_extraction.text import CountVectorizer

        vocab = sorted({p.text.lower() for fam in lex.families.values() for lab in fam.labels.values()
                        for p in lab.patterns if not p.regex and "*" not in p.text})
        n = max(len(v.split()) for v in vocab)
        CountVectorizer(vocabulary=vocab, ngram_range=(1, n), lowercase=True,
                        token_pattern=r"(?u)\b\w[\w'-]*\b").transform(texts)
    elif name == "regex_loop":
        import re

        pats = [re.compile(r"(?<!\w)" + p.to_regex() + r"(?!\w)") for fam in lex.families.values()
                for lab in fam.labels.values() for p in lab.patterns]
        for t in texts:
            for rx in pats:
                len(rx.findall(t))
    elif name == "lower_split":
        sum(len(t.lower().split()) for t in texts)
    else:
        raise SystemExit(f"unknown measurement {name}")
    seconds = time.perf_counter() - t0
    return {"name": name, "mb": mb, "seconds": seconds, "mb_per_s": mb / seconds,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def child(name: str, path: str, repeat: int = 1) -> dict:
    """The fastest of ``repeat`` runs of one measurement, each in a fresh process."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, __file__, "--measure", name, "--corpus", path],
                             capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["seconds"])
    return dict(best, name=name, runs=[r["seconds"] for r in runs])


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def cpu_ceiling(repeat: int) -> float:
    """What two processes gain over one on this machine for pure Python arithmetic with no
    data to move: the ceiling any two-process speed-up here can reach."""
    from concurrent.futures import ProcessPoolExecutor

    n = 10_000_000
    serial, parallel = [], []
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_spin, [1, 1]))
        for _ in range(repeat):
            t0 = time.perf_counter()
            _spin(n)
            _spin(n)
            serial.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            list(pool.map(_spin, [n, n]))
            parallel.append(time.perf_counter() - t0)
    return min(serial) / min(parallel)  # fastest against fastest, as for every other figure


def cli_run(args: list[str], repeat: int = 1) -> dict:
    """The fastest of ``repeat`` runs of a framing command (and the highest peak memory)."""
    runs = [_cli_once(args) for _ in range(repeat)]
    return {"seconds": min(r["seconds"] for r in runs), "peak_mb": max(r["peak_mb"] for r in runs),
            "runs": [r["seconds"] for r in runs]}


def _cli_once(args: list[str]) -> dict:
    """Wall time and peak memory of a framing command: the resident memory of the command
    and all its worker processes together, sampled every 0.2 s (psutil)."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "framing"), *args, "-q"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            total = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, total)
        except psutil.Error:
            pass
        time.sleep(0.2)
    if proc.returncode != 0:
        raise SystemExit(f"framing {' '.join(args)} failed: {proc.stderr.read().decode()[-500:]}")
    return {"seconds": time.perf_counter() - t0, "peak_mb": peak / 2**20}


def grow(src: Path, dest: Path, target_bytes: int) -> float:
    """Write a JSON Lines corpus of about ``target_bytes`` of text by repeating the articles."""
    texts = read_texts(src)
    total = 0
    n = 0
    with open(dest, "w", encoding="utf-8") as fh:
        while total < target_bytes:
            for t in texts:
                fh.write(json.dumps({"doc_id": f"d{n}", "outlet": f"o{n % 7}", "text": t}) + "\n")
                total += len(t.encode("utf-8"))
                n += 1
                if total >= target_bytes:
                    break
    return total / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(DEFAULT))
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--big", action="store_true", help="also score a ~1 GB corpus grown from the articles")
    ap.add_argument("--big-mb", type=int, default=1000)
    ap.add_argument("--big-jobs", type=int, nargs="+", default=[2], help="process counts for the big run")
    ap.add_argument("--big-repeat", type=int, default=2, help="runs of each big measurement; the fastest is kept (default 2)")
    ap.add_argument("--big-also", nargs="*", default=[], choices=["sources", "sourcing", "mentions"],
                    help="also run these commands on the big corpus (once each, at the largest --big-jobs): "
                         "time and peak memory of writing every row, or of the profile")
    ap.add_argument("--only-big", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--only", nargs="+", default=None, help="only these measurements (and no command-line runs)")
    ap.add_argument("--out", default=None, help="write the results as a Markdown table to this file")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the fastest is kept (default 3)")
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.corpus)))
        return
    if not Path(args.corpus).exists():
        raise SystemExit(f"{args.corpus}: corpus not found; pass --corpus PATH (the US-outlet corpus, abp_syria.jsonl.gz).")
    rows = []
    if args.only_big:
        args.big = True
    names = ("lower_split", "terms", "terms_keep", "repeats", "terms_python", "attributions", "attributions_keep", "both",
             "countvectorizer", "regex_loop")
    for name in () if args.only_big else (args.only or names):
        r = child(name, args.corpus, 1 if name == "regex_loop" else args.repeat)
        rows.append(r)
        print(f"{name:16s} {r['mb']:6.1f} MB  {r['seconds']:7.2f} s  {r['mb_per_s']:7.2f} MB/s  peak {r['peak_mb']:7.0f} MB",
              flush=True)
    cli = {}
    for jobs in () if args.only_big or args.only else (1, 2):
        cli[jobs] = cli_run(["terms", args.corpus, "--jobs", str(jobs), "-o", "-"], args.repeat)
        print(f"cli terms jobs={jobs}: {cli[jobs]['seconds']:.2f} s", flush=True)
    cli_att = {}
    for jobs in () if args.only_big or args.only else (1, 2):
        cli_att[jobs] = cli_run(["sources", args.corpus, "--jobs", str(jobs), "-o", "-"], args.repeat)
        print(f"cli sources jobs={jobs}: {cli_att[jobs]['seconds']:.2f} s", flush=True)
    ceiling = None if args.only_big or args.only else cpu_ceiling(args.repeat)
    if ceiling is not None:
        print(f"two processes of pure Python arithmetic: {ceiling:.2f}x", flush=True)
    big = {}
    if args.big:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "big.jsonl"
            mb = grow(Path(args.corpus), path, args.big_mb * 1_000_000)
            for jobs in args.big_jobs:
                r = cli_run(["terms", str(path), "--jobs", str(jobs), "-o", str(Path(tmp) / "out.csv")], args.big_repeat)
                big[jobs] = dict(r, mb=mb)
                print(f"big {mb:.0f} MB terms jobs={jobs}: {r['seconds']:.1f} s, {mb / r['seconds']:.1f} MB/s, "
                      f"peak {r['peak_mb']:.0f} MB, runs {r['runs']}", flush=True)
            jobs = max(args.big_jobs)
            for command in args.big_also:
                out = Path(tmp) / f"{command}.csv"
                r = cli_run([command, str(path), "--jobs", str(jobs), "-o", str(out)])
                print(f"big {mb:.0f} MB {command} jobs={jobs}: {r['seconds']:.1f} s, {mb / r['seconds']:.1f} MB/s, "
                      f"peak {r['peak_mb']:.0f} MB, output {out.stat().st_size / 1e6:.0f} MB", flush=True)
                out.unlink()
    if args.out and rows:
        write_table(Path(args.out), rows, cli, cli_att, big, ceiling, args.repeat)


def write_table(path: Path, rows, cli, cli_att, big, ceiling, repeat) -> None:
    names = {"lower_split": "floor: `str.lower().split()`", "terms": "framing terms (`count_terms`, repeats left out: the default)",
             "terms_keep": "framing terms, `duplicates=\"keep\"` (no search for repeats)",
             "repeats": "the search for repeats alone (`load_corpus`, the default)",
             "attributions_keep": "framing attributions, `duplicates=\"keep\"`",
             "attributions": "framing attributions (`find_attributions`, the default)", "both": "both, on one corpus",
             "countvectorizer": "scikit-learn `CountVectorizer`, same vocabulary", "regex_loop": "one regex per term, looped",
             "terms_python": "framing terms, plain-Python word scan (`engine=\"python\"`)"}
    mb = rows[0]["mb"]
    lines = [
        "| measurement | MB of text | seconds | MB/s (one core) | peak memory (MB) |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {names[r['name']]} | {r['mb']:.1f} | {r['seconds']:.2f} | {r['mb_per_s']:.2f} | {r['peak_mb']:.0f} |")
    if cli and cli_att:  # the command-line runs (none with --only)
        lines += [
            "",
            "| command line, whole run (reading the .jsonl.gz included) | 1 process | 2 processes | speed-up |",
            "|---|---|---|---|",
            f"| `framing terms` | {cli[1]['seconds']:.2f} s ({mb / cli[1]['seconds']:.1f} MB/s) | {cli[2]['seconds']:.2f} s "
            f"({mb / cli[2]['seconds']:.1f} MB/s) | {cli[1]['seconds'] / cli[2]['seconds']:.2f}× |",
            f"| `framing sources` | {cli_att[1]['seconds']:.2f} s ({mb / cli_att[1]['seconds']:.1f} MB/s) | "
            f"{cli_att[2]['seconds']:.2f} s ({mb / cli_att[2]['seconds']:.1f} MB/s) | "
            f"{cli_att[1]['seconds'] / cli_att[2]['seconds']:.2f}× |",
            f"| pure Python arithmetic, no data (this machine's ceiling) | | | {ceiling:.2f}× |",
        ]
    lines += [
        "",
        f"Each figure is the fastest of {repeat} runs (the regex loop: one run); all runs, in seconds:",
        "",
    ]
    for r in rows:
        lines.append(f"- {names[r['name']]}: {', '.join(f'{x:.2f}' for x in r['runs'])}")
    for label, d in (("`framing terms`", cli), ("`framing sources`", cli_att)):
        for jobs, r in d.items():
            lines.append(f"- {label}, {jobs} process{'es' if jobs > 1 else ''}: {', '.join(f'{x:.2f}' for x in r['runs'])}")
    if big:
        for jobs, r in big.items():
            lines += ["", f"Grown corpus: {r['mb']:.0f} MB of text as JSON Lines, `framing terms --jobs {jobs}`: "
                          f"{r['seconds']:.0f} s ({r['mb'] / r['seconds']:.1f} MB/s), peak memory {r['peak_mb']:.0f} MB "
                          f"(fastest of {len(r['runs'])}: {', '.join(f'{x:.1f}' for x in r['runs'])} s)."]
        if 1 in big and 2 in big:
            lines += ["", f"Two processes against one on the grown corpus: {big[1]['seconds'] / big[2]['seconds']:.2f}×."]
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
    path.write_text("\n".join(lines) + f"\n\nMachine: {machine}.\n", encoding="utf-8")


if __name__ == "__main__":
    main()
