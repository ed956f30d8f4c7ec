"""Shared fixtures. Qt-free: GUI fixtures live in tests/gui/conftest.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kzdesk.core.dataset import load_dataset
from kzdesk.core.edition_description import EditionDescription
from kzdesk.core.model import Dataset
from kzdesk.ingest.build import read_description
from kzdesk.resources import data_path


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return load_dataset()


@pytest.fixture(scope="session")
def edition_2020() -> EditionDescription:
    """The bundled edition's description (data/editions/2020/edition.toml)."""
    return read_description(data_path("editions", "2020", "edition.toml"))


@pytest.fixture(scope="session")
def report_text(edition_2020: EditionDescription) -> str:
    return edition_2020.text.read_text(encoding="utf-8")


#: The small, invented test edition (tests/data/editions/test-edition: not a real report).
TEST_EDITION = Path(__file__).parent / "data" / "editions" / "test-edition"


@pytest.fixture(scope="session")
def second_edition_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test edition's dataset, built by ``python -m kzdesk.ingest EDITION.toml`` in a copy of its folder."""
    from kzdesk.ingest.__main__ import main as ingest

    folder = tmp_path_factory.mktemp("editions") / "test-edition"
    shutil.copytree(TEST_EDITION, folder)
    assert ingest([str(folder / "edition.toml")]) == 0
    return folder / "dataset.json"


@pytest.fixture(scope="session")
def second_dataset(second_edition_path: Path) -> Dataset:
    return load_dataset(second_edition_path)
