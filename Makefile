# Two commands on a fresh machine: `make run` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench dataset clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/kzdesk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/search.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/print.py

dataset: $(STAMP)
	$(BIN)/python -m kzdesk.ingest

clean:
	rm -rf $(VENV) build dist .pytest_cache

# --- Offline distribution (issue 15): a one-folder bundle and a wheelhouse; see docs/install.md.
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' src/kzdesk/__init__.py)
BUNDLE_STAMP := $(VENV)/.installed-bundle
ARCHIVE := dist/kzdesk-$(VERSION)-linux-x86_64.tar.gz

.PHONY: bundle wheelhouse bundle-smoke

$(BUNDLE_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	rm -rf dist/kzdesk build/kzdesk
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/kzdesk.spec
	cp packaging/kzdesk.desktop packaging/install-menu-entry.sh dist/kzdesk/
	tar -C dist -czf $(ARCHIVE) kzdesk
	du -sh dist/kzdesk $(ARCHIVE)

bundle-smoke: bundle
	$(BIN)/python packaging/smoke.py dist/kzdesk

wheelhouse: $(STAMP)
	rm -rf dist/wheelhouse
	$(BIN)/python -m pip wheel --quiet --wheel-dir dist/wheelhouse .
	ls dist/wheelhouse
