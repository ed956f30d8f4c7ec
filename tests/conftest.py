"""Shared fixtures. Qt-free: GUI fixtures live in tests/gui/conftest.py."""

from __future__ import annotations

import pytest

from kzdesk.core.dataset import load_dataset
from kzdesk.core.model import Dataset
from kzdesk.ingest.build import REPORT_FILE
from kzdesk.resources import data_path


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return load_dataset()


@pytest.fixture(scope="session")
def report_text() -> str:
    return data_path("report", REPORT_FILE).read_text(encoding="utf-8")
