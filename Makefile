# framing — run `make` (or `make help`) for the list of targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
KERNEL := framing

.PHONY: help setup figures tables test lint lab clean

help: ## Show this help
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (framing)" > /dev/null
	@touch $(STAMP)

setup: $(STAMP) ## Create or reuse .venv/ and install framing with its notebook and test extras

tables: $(STAMP) ## Score the seeds: terminology tables in build/tables/
	@mkdir -p build/tables
	$(BIN)/framing terms seeds --by outlet -o build/tables/terms_by_outlet.csv
	$(BIN)/framing terms seeds --by outlet --voice narrator -o build/tables/terms_by_outlet_narrator.csv
	$(BIN)/framing mentions seeds -o build/tables/mentions.csv

figures: tables ## Regenerate every figure in figures/ from the seeds (the main job)

test: $(STAMP) ## Run the test suite (what CI runs)
	MPLBACKEND=agg $(BIN)/python -m pytest -q

lint: $(STAMP) ## Check the code with ruff
	$(BIN)/ruff check src tests

lab: $(STAMP) ## Open JupyterLab with the project's kernel
	$(BIN)/python -m pip install --quiet -e ".[lab]"
	$(BIN)/jupyter lab notebooks

clean: ## Remove build outputs (keeps .venv/ and figures/)
	rm -rf build .pytest_cache
