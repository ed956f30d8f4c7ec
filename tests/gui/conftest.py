"""GUI fixtures: an isolated settings file and an application context per test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from kzdesk.core.model import Dataset
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.settings import Settings
from kzdesk.gui.tabs.report import ReportTab
from kzdesk.gui.wrapping_list import WRAP_LEFT


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    settings = Settings(tmp_path / "kzdesk.ini")
    settings.set_value("workspace/path", str(tmp_path / "workspace.sqlite"))  # never the user's own
    return settings


@pytest.fixture
def opened_urls() -> list[str]:
    return []


@pytest.fixture
def context(dataset: Dataset, settings: Settings, opened_urls: list[str]) -> AppContext:
    return AppContext(dataset=dataset, settings=settings, open_url=opened_urls.append)


@pytest.fixture
def report_tab(qtbot: QtBot, context: AppContext) -> ReportTab:
    """A shown Report tab on its own, 1100×700."""
    tab = ReportTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def report_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    """A shown main window with only the Report tab (other helpers' tabs stay out of these tests)."""
    window = MainWindow(context, tab_keys=("report",))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _rows_cut_off(view: QListWidget) -> tuple[list[str], int]:
    """Rows shorter than their text wrapped at the row's width; and how many rows wrap at all."""
    metrics = QFontMetrics(view.font())
    cut, wrapped = [], 0
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        # The style keeps a few pixels of margin on each side of an item's text.
        needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 100_000), WRAP_LEFT, item.text()).height()
        if rect.height() < needed:
            cut.append(item.text())
        wrapped += needed > metrics.height() * 1.5
    return cut, wrapped


@pytest.fixture
def rows_cut_off() -> Callable[[QListWidget], tuple[list[str], int]]:
    """A check that a word-wrapping list shows every row's whole text."""
    return _rows_cut_off
