"""View → Language switches at once, without a restart, and is remembered (issue 14)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kzdesk.core import labels
from kzdesk.gui import i18n
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_language_retranslates_menus_tabs_and_labels_and_is_remembered(
    qtbot: QtBot, context: AppContext
) -> None:
    window = MainWindow(context, tab_keys=("report", "statistics"))
    qtbot.addWidget(window)
    window.show_tab("statistics")
    try:
        assert _menu_titles(window)[0] == "&File"
        window.set_language("ru")
        qtbot.waitUntil(lambda: _menu_titles(window)[0] == "&Файл")
        assert window.tab_widget.tabText(1) == "Статистика"
        assert window.open_edition_action.text() == "&Открыть издание…"
        assert window.workspace_actions is not None
        assert labels.counted(5, "figure") == "5 показателей" and labels.counted(2, "figure") == "2 показателя"
        assert labels.format_number(1717.5) == "1\u00a0717,5"
        assert context.settings.value("view/language") == "ru"
        assert window.current_key() == "statistics" and window.ensure_tab("statistics") is not None
        window.set_language("kk")
        qtbot.waitUntil(lambda: window.tab_widget.tabText(0) == "Баяндама")
        assert labels.paragraph_label("section-5-p3") == "5-бөлім, 3-тармақ"
        window.set_language("en")
        qtbot.waitUntil(lambda: _menu_titles(window)[0] == "&File")
        assert labels.format_number(1717.5) == "1,717.5"
        assert context.settings.value("view/language") == "en"
    finally:
        i18n.install("en")
