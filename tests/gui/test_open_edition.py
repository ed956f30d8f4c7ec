"""File → Open Edition…, the remembered edition, and every tab and printout on the second (invented) edition."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kzdesk import __version__
from kzdesk.core.dataset import bundled_dataset_path
from kzdesk.core.editions import EditionLibrary
from kzdesk.core.model import Dataset
from kzdesk.core.summary import SummaryRequest
from kzdesk.gui import launch
from kzdesk.gui.about import about_html
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.printing import dialogs, pdf
from kzdesk.gui.settings import Settings

TEST_TITLE = "Invented Test Report of the Lakeside Council, 2031 (not a real report)"
NATIONAL_TITLE = "National Report on Combating Corruption in the Republic of Kazakhstan, 2020"


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_every_tab_shows_the_opened_edition(window: MainWindow, second_edition_path: Path) -> None:
    for key in window.tab_keys:  # every tab built on 2020 first: they must all let go of it
        window.show_tab(key)
    assert window.windowTitle() == NATIONAL_TITLE
    # Where the tabs were is saved and restored across the switch: 2020-only places must not break them.
    assert window.open_target("section-13-p2") and window.open_target("proposal-12")
    window.context.settings.set_value("statistics/chart", "chart-cpi-kazakhstan-score")
    window.show_tab("report")
    assert window.open_edition(str(second_edition_path))
    assert window.windowTitle() == TEST_TITLE
    context = window.context
    assert context.edition.key == "test-2031" and context.dataset.report.year == 2031
    assert [e.key for e in context.library] == ["2020", "test-2031"]
    assert context.settings.value("edition/file") == os.path.abspath(second_edition_path)

    report = window.show_tab("report")
    assert report is not None
    assert report.toc.count() >= 4 and "Invented statistics" in report.toc.item(1).text()
    assert "not a real report" in report.browser.toPlainText()
    statistics = window.show_tab("statistics")
    assert statistics is not None and statistics.model.rowCount() == 8  # type: ignore[attr-defined]
    legislation = window.show_tab("legislation")
    assert legislation is not None and legislation.acts_model.rowCount() == 1  # type: ignore[attr-defined]
    assert legislation.documents_model.rowCount() == 10  # type: ignore[attr-defined]
    projects = window.show_tab("projects")
    assert projects is not None and projects.model.rowCount() == 1  # type: ignore[attr-defined]
    proposals = window.show_tab("proposals")
    assert proposals is not None and proposals.model.rowCount() == 2  # type: ignore[attr-defined]

    assert window.open_target("project-lakeside-helpdesk")
    assert not window.open_target("proposal-12")  # a 2020 proposal: not in this edition
    assert "proposal-12" in window.statusBar().currentMessage()
    hits = context.search_index.search("Lakeside Helpdesk").hits
    assert hits and hits[0].id == "project-lakeside-helpdesk"


def test_search_in_the_window_searches_the_opened_edition(
    qtbot: QtBot, window: MainWindow, second_edition_path: Path
) -> None:
    window.search_popup().set_query("Adaldyq")  # a popup over 2020: dropped by the switch
    window.open_edition(str(second_edition_path))
    popup = window.search_popup()
    popup.set_query("Lakeside Helpdesk")
    qtbot.waitUntil(lambda: popup.model.result is not None, timeout=10_000)
    assert popup.model.result is not None
    assert "project-lakeside-helpdesk" in [hit.id for hit in popup.model.result.hits]


def test_back_to_the_bundled_edition(window: MainWindow, second_edition_path: Path) -> None:
    window.open_edition(str(second_edition_path))
    assert window.open_edition(str(bundled_dataset_path()))
    assert window.windowTitle() == NATIONAL_TITLE and window.context.edition.bundled
    assert window.context.settings.value("edition/file") == ""
    assert window.open_target("proposal-12")


def test_a_refused_file_gets_one_message_and_the_window_keeps_its_edition(
    window: MainWindow, boxes: list[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1, "report": {', encoding="utf-8")
    assert not window.open_edition(str(broken))
    (text,) = boxes
    assert str(broken) in text and "truncated JSON" in text and NATIONAL_TITLE in text
    assert window.windowTitle() == NATIONAL_TITLE and window.context.edition.key == "2020"
    assert window.context.settings.value("edition/file") == ""


def test_the_menu_asks_for_the_file(
    window: MainWindow, second_edition_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = ["", str(second_edition_path.parent / "edition.toml")]  # cancelled, then a description
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (answers.pop(0), ""))
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu.actions()[0] is window.open_edition_action
    window.open_edition_action.trigger()
    assert window.windowTitle() == NATIONAL_TITLE
    window.open_edition_action.trigger()
    assert window.windowTitle() == TEST_TITLE


def test_the_remembered_edition_is_opened_at_start_up(second_edition_path: Path, tmp_path: Path) -> None:
    library = EditionLibrary.bundled()
    remembered = str(second_edition_path)
    edition, problem = launch.open_edition_or_fallback(library, None, headless=True, remembered=remembered)
    assert edition is not None and edition.key == "test-2031" and problem == ""
    assert not next(iter(library)).loaded  # the bundled edition is not loaded as well
    library = EditionLibrary.bundled()
    edition, problem = launch.open_edition_or_fallback(library, None, True, remembered=str(tmp_path / "gone.json"))
    assert edition is not None and edition.bundled and "cannot be used" in problem and "showing the bundled" in problem
    # --data wins over the remembered edition.
    edition, _ = launch.open_edition_or_fallback(
        EditionLibrary.bundled(), str(second_edition_path), True, remembered=str(bundled_dataset_path())
    )
    assert edition is not None and edition.key == "test-2031"


def test_a_missing_remembered_edition_falls_back_without_a_dialog(tmp_path: Path) -> None:
    config = tmp_path / "config"
    (config / "kzdesk").mkdir(parents=True)
    gone = tmp_path / "gone.json"
    (config / "kzdesk" / "kzdesk.ini").write_text(f"[settings]\nversion=1\n\n[edition]\nfile={gone}\n", "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    result = subprocess.run(
        [sys.executable, "-m", "kzdesk", "gui", "--exit-after-startup"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "startup_ms=" in result.stdout
    assert f"cannot use the edition last opened, {gone}" in result.stderr
    assert "file=\n" in (config / "kzdesk" / "kzdesk.ini").read_text("utf-8")  # said once, then forgotten


def test_printing_a_section_summary_of_the_test_edition(second_dataset: Dataset, tmp_path: Path) -> None:
    paged = pdf.layout_request(second_dataset, SummaryRequest("section", section="section-1"))
    assert paged.title == "Section summary"
    assert paged.footer == f"Invented Test Report, Lakeside, 2031 — kzdesk {__version__}"
    out = tmp_path / "section-1.pdf"
    assert pdf.write_pdf(second_dataset, SummaryRequest("section", section="section-1"), out) == len(paged.pages)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert f"{TEST_TITLE} · Section summary" in " ".join(text.split())
    assert paged.footer in text and "1. Invented statistics" in text
    report = pdf.layout_request(second_dataset, SummaryRequest("report"))
    assert report.title == "Invented Test Report 2031"
    assert dialogs.suggested_name(SummaryRequest("report"), second_dataset.report) == "kzdesk-report-test-2031.pdf"


def test_about_names_the_edition(second_dataset: Dataset, dataset: Dataset) -> None:
    html = about_html(second_dataset)
    assert TEST_TITLE in html and "edition test-2031, en" in html and "not a real report" in html
    assert "Kazakhstan" not in html
    assert f"{NATIONAL_TITLE} (edition 2020, en)" in about_html(dataset)


def test_start_up_shows_the_remembered_edition_or_says_why_not(
    qtbot: QtBot, settings: Settings, second_edition_path: Path, tmp_path: Path
) -> None:
    settings.set_value("edition/file", str(second_edition_path))
    window = launch.prepare_window(None, headless=True, temporary_settings=False, settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    assert window.windowTitle() == TEST_TITLE and window.statusBar().currentMessage() == ""
    settings.set_value("edition/file", str(tmp_path / "gone.json"))
    window = launch.prepare_window(None, headless=True, temporary_settings=False, settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    assert window.windowTitle() == NATIONAL_TITLE
    assert "The edition last opened cannot be used (cannot read the file" in window.statusBar().currentMessage()
    assert settings.value("edition/file") == ""


def test_data_opens_that_edition_in_the_window(qtbot: QtBot, settings: Settings, second_edition_path: Path) -> None:
    window = launch.prepare_window(str(second_edition_path), headless=True, temporary_settings=False, settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    assert window.windowTitle() == TEST_TITLE and window.context.edition.key == "test-2031"
    assert window.context.settings.value("edition/file") == ""  # --data is not remembered


def test_the_editions_menu_switches_between_the_editions_held(window: MainWindow, second_edition_path: Path) -> None:
    window.open_edition(str(second_edition_path))
    window.editions_menu.aboutToShow.emit()
    entries = [a for a in window.editions_menu.actions() if a.isCheckable()]
    assert [a.text() for a in entries] == [NATIONAL_TITLE, f"{TEST_TITLE} — dataset.json"]
    assert [a.isChecked() for a in entries] == [False, True]
    assert window.open_edition_action in window.editions_menu.actions()
    entries[0].trigger()
    assert window.windowTitle() == NATIONAL_TITLE and window.context.settings.value("edition/file") == ""
    window.editions_menu.aboutToShow.emit()
    assert [a.isChecked() for a in window.editions_menu.actions() if a.isCheckable()] == [True, False]
    assert len(window.context.library) == 2
