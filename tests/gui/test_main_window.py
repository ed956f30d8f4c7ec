"""The main window: tabs built lazily, menus and shortcuts, history, zoom, About, external links."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kzdesk import __version__
from kzdesk.core.model import Dataset
from kzdesk.gui.app import apply_zoom, base_point_size
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.roles import IdRole
from kzdesk.gui.tabs import registry
from kzdesk.gui.tabs.report import ReportTab


@pytest.fixture(autouse=True)
def reset_zoom(qapp: QApplication) -> Iterator[None]:
    yield
    apply_zoom(100)  # the application font is process-wide


def test_every_tab_has_its_title_and_only_the_shown_one_is_built(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    titles = [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]
    assert titles == ["Report", "Statistics", "Legislation", "Projects", "Proposals"]
    assert window.tab_keys == registry.tab_keys()
    assert set(window.tabs) == {"report"}
    assert isinstance(window.current_tab(), ReportTab)


def test_start_up_imports_neither_pandas_nor_pyqtgraph_nor_the_search_index(tmp_path: object) -> None:
    script = (
        "import sys\n"
        "from kzdesk.gui.app import create_application\n"
        "from kzdesk.core.dataset import load_dataset\n"
        "from kzdesk.gui.context import AppContext\n"
        "from kzdesk.gui.main_window import MainWindow\n"
        "from kzdesk.gui.settings import Settings\n"
        "app = create_application()\n"
        f"context = AppContext(load_dataset(), Settings({str(tmp_path)!r} + '/s.ini'), print)\n"
        "window = MainWindow(context)\n"
        "window.show()\n"
        "for _ in range(20): app.processEvents()\n"
        "assert window.isVisible() and 'report' in window.tabs\n"
        "heavy = ('pandas', 'pyqtgraph', 'numpy', 'kzdesk.core.search', 'kzdesk.core.frames')\n"
        "print(','.join(sorted(m for m in sys.modules if m in heavy)))\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_back_and_forward_move_through_everything_opened(qtbot: QtBot, report_window: MainWindow) -> None:
    report = report_window.tabs["report"]
    assert isinstance(report, ReportTab)
    assert not report_window.back_action.isEnabled()
    assert report_window.open_target("section-3")
    assert report_window.open_target("section-5-p2")
    report.toc.setCurrentRow(7)  # the user clicks "7. Anti-corruption measures ..."
    assert report.current_location() == "section-7"
    assert [v.target for v in report_window.history.visits()] == [
        "section-introduction",
        "section-3",
        "section-5-p2",
        "section-7",
    ]
    qtbot.keyClick(report_window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert report.current_location() == "section-5-p2" and report.highlighted_range() is not None
    report_window.back_action.trigger()
    assert report.current_location() == "section-3"
    assert report_window.forward_action.isEnabled()
    qtbot.keyClick(report_window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(report_window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert report.current_location() == "section-7"
    assert not report_window.forward_action.isEnabled()
    # Going back and forth records nothing new.
    assert len(report_window.history.visits()) == 4


def test_a_citation_in_the_report_is_routed_to_its_tab(report_window: MainWindow) -> None:
    report = report_window.tabs["report"]
    report.open_requested.emit("section-2-p4")
    assert report.current_location() == "section-2-p4"
    assert report_window.history.current.target == "section-2-p4"


def test_ids_no_offered_tab_shows_give_a_message(report_window: MainWindow) -> None:
    assert not report_window.open_target("proposal-1")
    assert "Proposals tab" in report_window.statusBar().currentMessage()
    assert not report_window.open_target("nonsense")
    assert report_window.statusBar().currentMessage() == "Nothing in the report has the id nonsense"


def test_zoom_shortcuts_scale_the_text_and_are_remembered(qtbot: QtBot, report_window: MainWindow) -> None:
    settings = report_window.context.settings
    qtbot.keyClick(report_window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert settings.value("view/zoom") == 110
    assert QApplication.font().pointSizeF() == pytest.approx(base_point_size() * 1.1)
    browser = report_window.tabs["report"].browser
    qtbot.waitUntil(lambda: browser.font().pointSizeF() == pytest.approx(base_point_size() * 1.1))
    qtbot.keyClick(report_window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(report_window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert settings.value("view/zoom") == 90
    qtbot.keyClick(report_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert settings.value("view/zoom") == 100
    assert QApplication.font().pointSizeF() == pytest.approx(base_point_size())


def test_application_font_is_the_bundled_noto_sans(report_window: MainWindow) -> None:
    assert "Noto Sans" in QApplication.font().families()


@pytest.mark.parametrize("key", [Qt.Key.Key_K, Qt.Key.Key_F])
def test_ctrl_k_and_ctrl_f_focus_the_search_field(qtbot: QtBot, report_window: MainWindow, key: Qt.Key) -> None:
    report_window.activateWindow()
    report_window.tabs["report"].browser.setFocus()
    qtbot.keyClick(report_window.tabs["report"].browser, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(report_window.search_field.hasFocus)


def test_edit_copy_copies_what_the_focused_view_selected(report_window: MainWindow) -> None:
    browser = report_window.tabs["report"].browser
    report_window.activateWindow()
    browser.setFocus()
    browser.selectAll()
    QGuiApplication.clipboard().clear()
    report_window.copy_action.trigger()
    assert "This report has been prepared pursuant" in QGuiApplication.clipboard().text()


def test_quit_closes_the_window_and_saves_its_state(qtbot: QtBot, report_window: MainWindow) -> None:
    report_window.open_target("section-4-p2")
    qtbot.keyClick(report_window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not report_window.isVisible()
    settings = report_window.context.settings
    assert not settings.value("window/geometry").isEmpty()
    # Stored as a reference (edition and id); a bare id, as older settings hold it, still restores (test_settings).
    assert settings.value("report/location") == f"{report_window.context.edition_key}:section-4-p2"


def test_about_names_the_version_the_dataset_and_its_source(report_window: MainWindow, dataset: Dataset) -> None:
    dialog = report_window.about_dialog()
    text = dialog.text.text()
    assert f"kzdesk {__version__}" in text
    assert f"schema version {dataset.schema_version}" in text
    assert dataset.report.title in text and dataset.report.source_file in text
    dialog.deleteLater()


class _Recorder:
    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.texts: list[str] = []
        self.opened: list[str] = []


@pytest.fixture
def url_dialogs(monkeypatch: pytest.MonkeyPatch) -> _Recorder:
    recorder = _Recorder(QMessageBox.StandardButton.Open)

    def exec_(box: QMessageBox) -> int:
        recorder.texts.append(box.text())
        return recorder.answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: recorder.opened.append(QUrl(url).toString()))
    return recorder


def test_external_links_open_only_when_confirmed(report_window: MainWindow, url_dialogs: _Recorder) -> None:
    url = "http://adilet.zan.kz/rus/docs/U2000000413"
    report_window.open_url(url)
    assert url in url_dialogs.texts[-1] and url_dialogs.opened == [url]
    url_dialogs.answer = QMessageBox.StandardButton.Cancel
    report_window.open_url(url)
    assert url_dialogs.opened == [url]


def test_only_web_addresses_are_opened(report_window: MainWindow, url_dialogs: _Recorder) -> None:
    report_window.open_url("file:///etc/passwd")
    assert "only web addresses" in url_dialogs.texts[-1]
    assert url_dialogs.opened == []


def test_copy_reference_puts_the_shown_id_on_the_clipboard(report_window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    assert report_window.open_target("section-2-p4")
    assert report_window.copy_reference() == "section-2-p4"
    assert QApplication.clipboard().text() == "section-2-p4"
    assert "section-2-p4" in report_window.statusBar().currentMessage()


def test_back_and_forward_restore_a_tabs_filter_and_selection(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context, tab_keys=("report", "statistics"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    stats = window.show_tab("statistics")
    combo = stats.table_combo
    table_1, table_2 = combo.model().row_of(1), combo.model().row_of(2)
    combo.setCurrentIndex(table_1)  # the user filters to Table 1
    filtered = stats.proxy.rowCount()
    assert 0 < filtered < stats.model.rowCount()
    first = stats.proxy.index(0, 0).data(IdRole)
    assert window.open_target(first)
    assert stats.proxy.rowCount() == filtered  # landing kept the filter
    assert window.open_target("section-3")
    combo.setCurrentIndex(0)  # changed behind the user's back: Back must bring Table 1 back
    window.go_back()
    assert window.current_key() == "statistics" and window.history.current.target == first
    assert combo.currentIndex() == table_1 and stats.proxy.rowCount() == filtered
    assert stats.current_location() == first
    combo.setCurrentIndex(table_2)  # the user changes the filter here, then goes forward and back
    window.go_forward()
    assert window.current_key() == "report"
    window.go_back()
    assert combo.currentIndex() == table_2


def test_at_200_percent_the_statistics_list_keeps_the_height_and_the_empty_details_pane_does_not(
    qtbot: QtBot, context: AppContext
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 800)  # after showing: the first show fits the window to the (small) offscreen screen
    window.set_zoom(200)
    window.tab_widget.setCurrentIndex(window.tab_keys.index("statistics"))
    tab = window.tabs["statistics"]
    qtbot.waitUntil(lambda: tab.splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.wait(300)
    table_height, details_height = tab.splitter.sizes()
    assert table_height >= 3 * details_height  # the list, not an empty pane, takes the space
    rows = [tab.table.rowViewportPosition(row) for row in range(10)]
    bottom = tab.table.viewport().height()
    fully_shown = [row for row, top in enumerate(rows) if 0 <= top and top + tab.table.rowHeight(row) <= bottom]
    assert len(fully_shown) >= 3
    indicator = tab.table.columnWidth(0)
    assert indicator >= 25 * tab.table.fontMetrics().averageCharWidth()  # the column a reader needs stays readable


def test_back_and_forward_restore_the_proposals_search_and_theme(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context, tab_keys=("report", "proposals"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tab = window.show_tab("proposals")
    tab.query_edit.setText("procurement")
    tab.run_search()
    tab.theme_combo.setCurrentIndex(0)
    filtered = [tab.proxy.index(r, 0).data(IdRole) for r in range(tab.proxy.rowCount())]
    assert 0 < len(filtered) < 40
    assert window.open_target(filtered[0])
    assert tab.proxy.rowCount() == len(filtered)  # landing kept the search
    assert window.open_target("section-3")
    tab.query_edit.setText("")  # changed behind the user's back: Back must bring the search back
    tab.run_search()
    # A theme the shown proposal has: one that hid it would move the selection, a visit of its own.
    theme = tab.theme_combo.model().row_of(context.dataset.by_id[filtered[0]].themes[0])
    window.go_back()
    assert window.current_key() == "proposals" and window.history.current.target == filtered[0]
    assert tab.query_edit.text() == "procurement" and tab.query() == "procurement"
    assert [tab.proxy.index(r, 0).data(IdRole) for r in range(tab.proxy.rowCount())] == filtered
    assert tab.current_location() == filtered[0]
    tab.theme_combo.setCurrentIndex(theme)  # the user changes the theme here, then goes forward and back
    window.go_forward()
    assert window.current_key() == "report"
    window.go_back()
    assert tab.theme_combo.currentIndex() == theme and tab.query_edit.text() == "procurement"
