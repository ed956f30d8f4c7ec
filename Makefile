# Two commands on a fresh machine: `make run` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Separate stamps: `make run` installs only what the app needs; `make test` adds the test tools.
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench dataset clean i18n i18n-update i18n-check

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

run: $(APP_STAMP) i18n
	$(BIN)/kzdesk

test: $(TEST_STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check
	$(BIN)/ruff format --check  # one formatting, so diffs show changes, not styles
	$(BIN)/lint-imports --no-cache  # the layers' contracts in pyproject.toml
	$(BIN)/mypy  # kzdesk.core, every function typed (pyproject.toml)

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/search.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/workspace.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/print.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/export.py

# --- Translations (issue 14): .ts sources committed, .qm compiled here and by the package build.
I18N_TS := resources/i18n/kzdesk_kk.ts resources/i18n/kzdesk_ru.ts
# Line numbers left out of the .ts files: every edit elsewhere would otherwise change them.
LUPDATE_FLAGS := -extensions py -locations none -no-obsolete -silent

i18n: $(I18N_TS:.ts=.qm)

resources/i18n/%.qm: resources/i18n/%.ts | $(APP_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After adding or changing strings: refresh the .ts files from the sources, fill in the translations kept in
# tools/translations/ (a part per area), and let lupdate write the files once more in its own layout.
i18n-update: $(APP_STAMP)
	$(BIN)/pyside6-lupdate $(LUPDATE_FLAGS) src/kzdesk -ts $(I18N_TS)
	$(BIN)/python tools/fill_translations.py
	$(BIN)/pyside6-lupdate $(LUPDATE_FLAGS) src/kzdesk -ts $(I18N_TS)

# Fails if a string is untranslated or a .ts file is out of date (tests/test_translations.py runs the same).
i18n-check: $(TEST_STAMP)
	$(BIN)/python -m pytest -q tests/test_translations.py

dataset: $(APP_STAMP)
	$(BIN)/python -m kzdesk.ingest

clean:
	rm -rf $(VENV) build dist .pytest_cache

# --- Offline distribution (issue 15): a one-folder bundle and a wheelhouse; see docs/install.md.
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' src/kzdesk/__init__.py)
BUNDLE_STAMP := $(VENV)/.installed-bundle
ARCHIVE := dist/kzdesk-$(VERSION)-linux-x86_64.tar.gz

.PHONY: bundle wheelhouse bundle-smoke

$(BUNDLE_STAMP): $(APP_STAMP) pyproject.toml
	@echo "kzdesk: installing PyInstaller into $(VENV)"
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP) i18n
	rm -rf dist/kzdesk build/kzdesk
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/kzdesk.spec
	cp packaging/kzdesk.desktop packaging/install-menu-entry.sh dist/kzdesk/
	tar -C dist -czf $(ARCHIVE) kzdesk
	du -sh dist/kzdesk $(ARCHIVE)

bundle-smoke: bundle
	$(BIN)/python packaging/smoke.py dist/kzdesk

wheelhouse: $(APP_STAMP) i18n
	rm -rf dist/wheelhouse
	$(BIN)/python -m pip wheel --quiet --wheel-dir dist/wheelhouse .
	ls dist/wheelhouse
