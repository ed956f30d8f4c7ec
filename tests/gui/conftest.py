"""GUI fixtures: an isolated settings file and an application context per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kzdesk.core.model import Dataset
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "kzdesk.ini")


@pytest.fixture
def opened_urls() -> list[str]:
    return []


@pytest.fixture
def context(dataset: Dataset, settings: Settings, opened_urls: list[str]) -> AppContext:
    return AppContext(dataset=dataset, settings=settings, open_url=opened_urls.append)


@pytest.fixture
def report_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    """A shown main window with only the Report tab (other helpers' tabs stay out of these tests)."""
    window = MainWindow(context, tab_keys=("report",))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
