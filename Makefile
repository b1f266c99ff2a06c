# framing — run `make` (or `make help`) for the list of targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
KERNEL := framing

.PHONY: help setup figures tables test test-fast lint lab clean

help: ## Show this help
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (framing)" > /dev/null
	@touch $(STAMP)

setup: $(STAMP) ## Create or reuse .venv/ and install framing with its notebook and test extras

NOTEBOOKS := 01-corpus-overview 02-terminology 03-sourcing 04-outlet-profiles 06-validation
PAPERMILL = $(BIN)/papermill --cwd notebooks -k $(KERNEL) --log-level WARNING --no-progress-bar
ABP := ../shared/corpora/abp_syria/abp_syria.jsonl.gz

figures: $(STAMP) ## Regenerate every figure in figures/ (notebooks run with papermill, two at a time; copies in build/notebooks/)
	@mkdir -p build/notebooks build/tables figures
	@$(MAKE) --no-print-directory -j2 $(NB_RUNS)
	@ls figures/*.png | wc -l | xargs echo "PNG figures in figures/:"

# Each notebook run writes figures and tables of its own names, so two can run at once; the
# longest runs (the US-outlet corpus, FA-KES) start first.
FAKES_RUNS := $(patsubst %,build/notebooks/%-fakes.ipynb,02-terminology 03-sourcing 04-outlet-profiles)
NB_RUNS := build/notebooks/02-terminology-abp-bias.ipynb $(FAKES_RUNS) $(patsubst %,build/notebooks/%.ipynb,$(NOTEBOOKS))

build/notebooks/02-terminology-abp-bias.ipynb: notebooks/02-terminology.ipynb FORCE
	@echo "papermill 02-terminology on the US-outlet corpus, grouped by bias"
	@$(PAPERMILL) $< $@ -p corpus_path $(ABP) -p by bias -p prefix abp-bias -p voice_label regime -p period Q -p resamples 1999 \
	  -p figures_dir figures -y '{families: [syrian_state, jihadist_name], spelling_families: [raqqa_spelling], kwic_labels: [ISIL, regime]}'

# FA-KES (Salem et al. 2019; Zenodo record 2607278, beside the repository, not in it): 02, 03 and 04
# with its columns, the Syria study's families and labels read in context, and two outlets' words
# (the gazetteer is the lexicon's own, syria_sources).
FAKES := -p corpus_path ../shared/corpora/fakes/fakes.csv -p text_col article_content -p outlet_col source -p id_col unit_id \
  -p prefix fakes -p figures_dir figures

build/notebooks/02-terminology-fakes.ipynb: notebooks/02-terminology.ipynb FORCE
	@echo "papermill 02-terminology on FA-KES"
	@$(PAPERMILL) $< $@ $(FAKES) -p resamples 1999 -p kwic_lines 10 -p period Y \
	  -y '{families: [syrian_state, jihadist_name, jihadist_descriptor], kwic_labels: [regime, terrorist]}'

build/notebooks/03-sourcing-fakes.ipynb: notebooks/03-sourcing.ipynb FORCE
	@echo "papermill 03-sourcing on FA-KES"
	@$(PAPERMILL) $< $@ $(FAKES)

build/notebooks/04-outlet-profiles-fakes.ipynb: notebooks/04-outlet-profiles.ipynb FORCE
	@echo "papermill 04-outlet-profiles on FA-KES"
	@$(PAPERMILL) $< $@ $(FAKES) -y '{distinctive_groups: [sana, etilaf]}'

# The seeds' committed figures: the Syria study's families (every family is drawn when none are named).
build/notebooks/02-terminology.ipynb: notebooks/02-terminology.ipynb FORCE
	@echo "papermill 02-terminology"
	@$(PAPERMILL) $< $@ -p figures_dir figures -p voice_family syrian_state -p voice_label regime \
	  -y '{families: [syrian_state, jihadist_name, jihadist_descriptor], spelling_families: [deir_ezzor_spelling, raqqa_spelling], kwic_labels: [regime, government, Daesh]}'

# The seeds' outlet profile: the Syria study's measures (by default they are read off the tables).
SYRIA_MEASURES := {profile_measures: {"“regime” share": [terms, [syrian_state, regime]], "“government” share": [terms, [syrian_state, government]], "“IS” share": [terms, [jihadist_name, IS]], "“Daesh” share": [terms, [jihadist_name, Daesh]], "attributions per 1k tokens": [summary, attributions_per_1k], "quoted words share": [summary, quoted_word_share], "Syrian-state sources share": [sourcing, [category, syrian_state]], "direct quotes share": [sourcing, [kind, direct]], "distancing cues share": [sourcing, [cue_type, distancing]]}}

build/notebooks/04-outlet-profiles.ipynb: notebooks/04-outlet-profiles.ipynb FORCE
	@echo "papermill 04-outlet-profiles"
	@$(PAPERMILL) $< $@ -p figures_dir figures -y '$(SYRIA_MEASURES)'

build/notebooks/%.ipynb: notebooks/%.ipynb FORCE
	@echo "papermill $*"
	@$(PAPERMILL) $< $@ -p figures_dir figures

FORCE:

tables: $(STAMP) ## Score the seeds with the command line: tables in build/tables/
	@mkdir -p build/tables
	$(BIN)/framing terms seeds --by outlet -o build/tables/terms_by_outlet.csv
	$(BIN)/framing mentions seeds -o build/tables/mentions.csv
	$(BIN)/framing sources seeds --gazetteer syria_sources -o build/tables/attributions.csv
	$(BIN)/framing sourcing seeds --gazetteer syria_sources -o build/tables/sourcing.csv

# ruff first: a lint error fails the target before the tests start.
test: $(STAMP) ## Lint with ruff, then run every test: notebooks, robustness, shared corpora (what CI runs)
	$(BIN)/ruff check src tests
	MPLBACKEND=agg $(BIN)/python -m pytest -q

test-fast: $(STAMP) ## Lint with ruff, then run the tests not marked slow (the loop while editing)
	$(BIN)/ruff check src tests
	MPLBACKEND=agg $(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP) ## Check the code with ruff
	$(BIN)/ruff check src tests

lab: $(STAMP) ## Open JupyterLab with the project's kernel
	$(BIN)/python -m pip install --quiet -e ".[lab]"
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks

clean: ## Remove build outputs (keeps .venv/ and figures/)
	rm -rf build .pytest_cache
