"""The main window fits the screen's available area: first size, restored geometry, status bar."""

from __future__ import annotations

from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from kzdesk.gui import window_fit
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel task bar


def test_a_frame_is_shrunk_and_moved_into_the_available_area() -> None:
    assert window_fit.fitted(QRect(200, 300, 1280, 800), LAPTOP) == QRect(86, 0, 1280, 728)
    assert window_fit.fitted(QRect(-50, 10, 400, 300), LAPTOP) == QRect(0, 10, 400, 300)
    assert window_fit.fitted(QRect(3000, 2000, 400, 300), QRect(1366, 0, 1920, 1040)) == QRect(2886, 740, 400, 300)


def test_a_first_window_takes_its_preferred_size_only_where_it_fits() -> None:
    assert window_fit.first_frame(QRect(0, 0, 1920, 1040)).size() == window_fit.PREFERRED_SIZE
    small = window_fit.first_frame(LAPTOP)
    assert small == QRect(43, 0, 1280, 728)
    assert window_fit.first_frame(QRect(0, 0, 1024, 728)) == QRect(0, 0, 1024, 728)


def test_a_restored_geometry_is_clamped_so_the_status_bar_shows(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context, tab_keys=("report",))
    qtbot.addWidget(window)
    window.setGeometry(400, 300, 1280, 900)  # as a bigger monitor left it
    available = QRect(0, 0, 1024, 728)
    window.fit_to_screen(available)
    frame_top = window.geometry().top() - window_fit.TITLE_BAR_ALLOWANCE
    assert available.contains(QRect(window.geometry().left(), frame_top, window.width(), window.height() + 32))
    assert window.width() <= 1024 and window.geometry().bottom() <= available.bottom()
    window.fit_to_screen(available)  # fitting twice changes nothing
    bar = window.statusBar()
    assert bar.isVisibleTo(window)
    bottom = bar.mapTo(window, bar.rect().bottomLeft()).y()
    assert bottom <= window.height()


def test_a_first_window_fits_the_offscreen_screen(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context, tab_keys=("report",))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry())
    bar = window.statusBar()
    assert bar.isVisible() and window.rect().contains(bar.geometry())
