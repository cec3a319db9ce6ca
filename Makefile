# Two commands for a fresh clone: `make run` and `make test`. Everything else is a helper.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
DB     := data/indicators.duckdb
PYTHON ?= python3

.PHONY: run test install build lint format score bench clean

run: install $(DB)  ## install, build the database if absent, serve http://127.0.0.1:8050
	$(PY) app.py --db $(DB)

test: install lint  ## lint, types, layer contracts, then every test (unit, CLI, browser)
	$(PY) -m pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

$(DB):
	$(PY) -m etl build --reports data/reports --db $(DB)

build: install  ## rebuild the database from data/reports
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

bench: install  ## measured figures into bench/REPORT.md
	$(PY) -m bench

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
