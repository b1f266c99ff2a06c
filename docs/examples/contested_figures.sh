#!/usr/bin/env bash
# The figures of docs/example-contested.md: notebooks 02 and 03 on abp_contested with the
# example lexicon, written to build/contested-figures/; four of them are copied to docs/figures/.
# Run from the repository root after `make setup`.
set -euo pipefail
corpus=../../shared/corpora/abp_contested/abp_contested.jsonl.gz
mkdir -p build/contested-figures build/notebooks
for nb in 02-terminology 03-sourcing; do
  .venv/bin/papermill --cwd notebooks -k framing --log-level WARNING --no-progress-bar notebooks/$nb.ipynb \
    build/notebooks/contested-$nb.ipynb -p corpus_path $corpus -p by bias -p lexicon ../docs/examples/contested.yaml \
    -p prefix contested -p figures_dir ../build/contested-figures -p tables_dir ../build/contested-tables -p resamples 1999
done
for f in names-unauthorized_immigrants names-abortion_sides differences-unauthorized_immigrants sources-category; do
  cp build/contested-figures/contested-$f.png docs/figures/
done
