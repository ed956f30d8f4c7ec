"""Shared fixtures. Qt-free: GUI fixtures live in tests/gui/conftest.py."""

from __future__ import annotations

import pytest

from kzdesk.core.dataset import load_dataset
from kzdesk.core.editions import EditionDescription
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
