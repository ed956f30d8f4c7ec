"""Exports open their dialogs in Documents or the last folder used, and say where they saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from kzdesk.gui import file_dialogs
from kzdesk.gui.context import AppContext


@pytest.fixture(autouse=True)
def fresh_session(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "_last_folder", None)
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: str(documents))
    return documents


def _answer(monkeypatch: pytest.MonkeyPatch, path: str) -> list[str]:
    offered: list[str] = []

    def choose(parent: object, caption: str, start: str, filters: str, *rest: object) -> tuple[str, str]:
        offered.append(start)
        return path, filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return offered


def test_first_dialog_opens_in_documents_then_in_the_last_folder_saved_to(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fresh_session: Path
) -> None:
    elsewhere = tmp_path / "briefings"
    elsewhere.mkdir()
    offered = _answer(monkeypatch, str(elsewhere / "figures"))
    path, _chosen = file_dialogs.ask_save_path(None, "Export", "statistics.csv", ["CSV file (*.csv)"], ".csv")
    assert offered == [str(fresh_session / "statistics.csv")]
    assert path == str(elsewhere / "figures.csv")  # the suffix is added when the name lacks it
    file_dialogs.announce_saved(None, path)
    file_dialogs.ask_save_path(None, "Export", "chart.png", ["PNG image (*.png)"], ".png")
    assert offered[-1] == str(elsewhere / "chart.png")


def test_cancelling_saves_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, "")
    assert file_dialogs.ask_save_path(None, "Export", "a.csv", ["CSV file (*.csv)"], ".csv") == ("", "")


def test_statistics_csv_export_says_where_it_saved(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kzdesk.gui.tabs.statistics import StatisticsTab

    window = QMainWindow()
    qtbot.addWidget(window)
    tab = StatisticsTab(context)
    window.setCentralWidget(tab)
    target = tmp_path / "figures.csv"
    _answer(monkeypatch, str(target))
    tab._ask_export_csv()
    rows = tab.proxy.rowCount()
    assert target.read_text(encoding="utf-8-sig").count("\n") == rows + 1
    assert window.statusBar().currentMessage() == f"Saved {target} ({rows} figures)"


def test_statistics_xlsx_export_says_where_it_saved(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import openpyxl

    from kzdesk.gui.tabs.statistics import StatisticsTab

    window = QMainWindow()
    qtbot.addWidget(window)
    tab = StatisticsTab(context)
    window.setCentralWidget(tab)
    target = tmp_path / "figures.xlsx"
    _answer(monkeypatch, str(tmp_path / "figures"))  # the suffix is added
    tab.xlsx_button.click()
    rows = tab.proxy.rowCount()
    book = openpyxl.load_workbook(target)
    assert book["Figures"].max_row == rows + 3 and len(book.sheetnames) == 1 + len(context.dataset.tables)
    assert window.statusBar().currentMessage() == f"Saved {target} ({rows} figures, 3 sheets)"


def test_statistics_xlsx_export_failure_is_one_message_box(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kzdesk.gui.tabs.statistics import StatisticsTab

    tab = StatisticsTab(context)
    qtbot.addWidget(tab)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    _answer(monkeypatch, str(tmp_path / "missing-folder" / "figures.xlsx"))
    tab._ask_export_xlsx()
    assert len(shown) == 1 and "does not exist" in shown[0]
    assert not (tmp_path / "missing-folder").exists()
