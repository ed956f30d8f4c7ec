"""GUI fixtures: an isolated settings file and an application context per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kzdesk.core.model import Dataset
from kzdesk.gui.app import keep_none_alive
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.settings import Settings

#: The offscreen platform warns about every top-level window whose layout sets a minimum size;
#: that is the test platform's limitation, not a kzdesk problem, so it must not fail GUI tests.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def none_refcount_guard() -> None:
    """The GUI tests make many PySide6 calls; see kzdesk.gui.app.keep_none_alive."""
    keep_none_alive()


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
