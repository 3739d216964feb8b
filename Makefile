# Entry points of the ITA pipeline.  `make help` lists them.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
RAW    ?= data/raw
OUT    ?= data/processed
REPORTS ?= 500

.PHONY: help setup test test-fast extract bench lint clean numerals accuracy docs

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

setup: $(VENV)/.installed  ## create .venv and install the package with its test tools

test: setup  ## run the whole test suite
	$(PY) -m pytest -q

extract: setup  ## extract data/raw into data/processed (only new, changed or failed files; FORCE=1: all) and write report.html
	$(VENV)/bin/ita extract $(RAW) --out $(OUT) $(if $(FORCE),--force) $(if $(WORKERS),--workers $(WORKERS))
	$(VENV)/bin/ita report $(OUT) --out $(OUT)/report.html

bench: setup  ## speed and fidelity of the PDF and scan paths; batch of REPORTS=500 generated reports
	$(PY) -m tests.bench --reports $(REPORTS)

accuracy: setup  ## the seed scans' acceptance figures (indicators, metadata, measures, text) as JSON
	$(PY) -m tests.accuracy

numerals: setup  ## retrain the scan numeral reader (needs fonts-thai-tlwg): ingest/models/numerals.*
	$(PY) -m ita.ingest.numeral_training

docs: setup  ## regenerate docs/DATA.md from the record models
	$(PY) -m ita.datadoc

lint: setup  ## ruff and mypy
	$(VENV)/bin/ruff check pipeline ingest parsers schema normalise tests
	$(VENV)/bin/mypy pipeline ingest parsers schema normalise

clean:  ## remove outputs and caches (keeps .venv)
	rm -rf $(OUT) .pytest_cache .hypothesis .mypy_cache .ruff_cache
