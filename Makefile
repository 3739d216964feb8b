# Entry points of the ITA pipeline.  `make help` lists them.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
RAW    ?= data/raw
OUT    ?= data/processed

.PHONY: help setup test test-fast extract bench lint clean numerals accuracy

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

setup: $(VENV)/.installed  ## create .venv and install the package with its test tools

test: setup  ## run the whole test suite
	$(PY) -m pytest -q

extract: setup  ## re-extract every report in data/raw into data/processed
	$(VENV)/bin/ita extract $(RAW) --out $(OUT)

bench: setup  ## speed and text fidelity of the PDF and scan paths on the seed fixtures
	$(PY) -m tests.bench

accuracy: setup  ## the seed scans' acceptance figures (indicators, metadata, measures, text) as JSON
	$(PY) -m tests.accuracy

numerals: setup  ## retrain the scan numeral reader (needs fonts-thai-tlwg): ingest/models/numerals.*
	$(PY) -m ita.ingest.numeral_training

lint: setup  ## ruff and mypy
	$(VENV)/bin/ruff check pipeline ingest parsers schema normalise tests
	$(VENV)/bin/mypy pipeline ingest parsers schema normalise

clean:  ## remove outputs and caches (keeps .venv)
	rm -rf $(OUT) .pytest_cache .hypothesis .mypy_cache .ruff_cache
