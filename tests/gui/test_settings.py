"""What the user arranged comes back on the next start: window size, tab, zoom, place in the report."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kzdesk.gui.app import apply_zoom, base_point_size
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.settings import Settings
from kzdesk.gui.tabs import registry


@pytest.fixture(autouse=True)
def reset_zoom(qapp: QApplication) -> Iterator[None]:
    yield
    apply_zoom(100)


def start(qtbot: QtBot, context: AppContext, tab_keys: tuple[str, ...] = registry.tab_keys()) -> MainWindow:
    window = MainWindow(context, tab_keys=tab_keys)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_geometry_zoom_and_report_location_are_restored(qtbot: QtBot, context: AppContext) -> None:
    first = start(qtbot, context, ("report",))
    first.resize(700, 500)  # within the offscreen screen (800×600): restoreGeometry clamps to it
    first.set_zoom(125)
    first.tabs["report"].toc.setCurrentRow(6)
    first.open_target("section-6-p12")
    splitter_sizes = first.tabs["report"].splitter.sizes()
    first.close()

    reopened = Settings(context.settings.path)
    second = start(qtbot, AppContext(context.dataset, reopened, context.open_url), ("report",))
    assert (second.width(), second.height()) == (700, 500)
    assert reopened.value("view/zoom") == 125
    assert QApplication.font().pointSizeF() == pytest.approx(base_point_size() * 1.25)
    report = second.tabs["report"]
    assert report.current_location() == "section-6-p12"
    assert report.heading.text().startswith("6. ")
    assert report.splitter.sizes() == splitter_sizes


def test_bare_ids_from_older_settings_still_restore_and_other_editions_are_ignored(
    qtbot: QtBot, context: AppContext
) -> None:
    context.settings.set_value("report/location", "section-5-p3")  # written before references had editions
    context.settings.sync()
    window = start(qtbot, AppContext(context.dataset, Settings(context.settings.path), context.open_url), ("report",))
    assert window.tabs["report"].current_location() == "section-5-p3"
    window.close()

    context.settings.set_value("report/location", "1999:section-5-p3")  # another edition's paragraph
    context.settings.sync()
    again = start(qtbot, AppContext(context.dataset, Settings(context.settings.path), context.open_url), ("report",))
    assert again.tabs["report"].current_location() != "section-5-p3"


def test_the_last_tab_is_restored(qtbot: QtBot, context: AppContext) -> None:
    last = registry.tab_keys()[-1]
    first = start(qtbot, context)
    first.show_tab(last)
    first.close()
    second = start(qtbot, AppContext(context.dataset, Settings(context.settings.path), context.open_url))
    assert second.current_key() == last
    qtbot.waitUntil(lambda: last in second.tabs)  # built right after the first paint
    assert "report" not in second.tabs  # the other tabs wait until they are shown


def test_a_damaged_settings_file_gives_the_defaults(qtbot: QtBot, context: AppContext) -> None:
    with open(context.settings.path, "w", encoding="utf-8") as file:
        file.write("[window]\ngeometry=@ByteArray(garbage)\ntab=nowhere\n[view]\nzoom=huge\n")
    window = start(qtbot, AppContext(context.dataset, Settings(context.settings.path), context.open_url))
    assert window.current_key() == "report"
    assert window.zoom() == 100
    assert window.width() > 0 and window.height() > 0


def test_without_home_nothing_is_written_at_the_filesystem_root(monkeypatch: pytest.MonkeyPatch) -> None:
    from kzdesk.gui.settings import user_settings_path

    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    path = user_settings_path()
    assert path is not None
    assert not str(path).startswith("/.config")
    assert path.parent != Path("/")
    monkeypatch.setenv("HOME", "/")
    assert not str(user_settings_path()).startswith("/.config")
