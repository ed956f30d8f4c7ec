# Two commands on a fresh machine: `make run` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Separate stamps: `make run` installs only what the app needs; `make test` adds the test tools.
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench dataset clean

$(BIN)/python:
	@echo "kzdesk: creating the virtual environment in $(VENV)"
	$(PYTHON) -m venv $(VENV)

$(APP_STAMP): pyproject.toml | $(BIN)/python
	@echo "kzdesk: installing kzdesk and what it needs (PySide6, pandas, pyqtgraph, …) into $(VENV)"
	$(BIN)/python -m pip install --progress-bar on -e .
	touch $(APP_STAMP)

$(TEST_STAMP): $(APP_STAMP) pyproject.toml
	@echo "kzdesk: installing the test tools (pytest, hypothesis, ruff, …) into $(VENV)"
	$(BIN)/python -m pip install -e '.[test]'
	touch $(TEST_STAMP)

run: $(APP_STAMP)
	$(BIN)/kzdesk

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/search.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/print.py

dataset: $(APP_STAMP)
	$(BIN)/python -m kzdesk.ingest

clean:
	rm -rf $(VENV) build dist .pytest_cache
