# Two commands for a fresh clone: `make run` and `make test`. Everything else is a helper.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
NATIVE := build/native/SOURCES.sha256
DB     := data/indicators.duckdb
PYTHON ?= python3

.PHONY: run test install native build lint format score bench clean

run: install native $(DB)  ## install, build the database if absent, serve http://127.0.0.1:8050
	$(PY) app.py --db $(DB)

test: install native lint  ## lint, types, layer contracts, then every test (unit, CLI, browser)
	$(PY) -m pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The quantity extractor compiled with mypyc, rebuilt when its sources change; if it cannot be built
# (no C compiler), the same modules run as Python (etl/quantities/_native.py).
native: $(NATIVE)

$(NATIVE): $(STAMP) $(wildcard etl/quantities/*.py) tools/build_native.py
	-$(PY) tools/build_native.py

$(DB):
	$(PY) -m etl build --reports data/reports --db $(DB)

build: install native  ## rebuild the database from data/reports
	$(PY) -m etl build --reports data/reports --db $(DB)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

score: install build  ## score the database against ../shared/gold
	$(PY) ../shared/tools/score.py --db $(DB)

bench: install native  ## measured figures into bench/REPORT.md
	$(PY) -m bench

clean:
	rm -rf $(VENV) $(DB) build .pytest_cache .mypy_cache .ruff_cache
