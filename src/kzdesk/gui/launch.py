"""Opening the desktop application for ``kzdesk gui``: the data file or a dialog about it,
the window, the start-up probe and the screenshots.

The command line (kzdesk.cli.gui_command) checks the display and the arguments and calls
:func:`open_window`; everything that needs Qt happens here. Qt is imported inside the
functions, so importing this module costs the text commands nothing.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from kzdesk.core.dataset import DatasetError, markup_warnings
from kzdesk.core.editions import Edition, EditionLibrary

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from kzdesk.core.model import Dataset
    from kzdesk.gui.main_window import MainWindow
    from kzdesk.gui.settings import Settings

SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_ZOOMS = (100, 200)
#: Small screens every tab is also taken at, at 100 % (a 1366×768 laptop, a 1024×768 projector).
SCREENSHOT_SMALL_SIZES = ((1366, 768), (1024, 768))
SCREENSHOT_QUERY = "procurement"


def message_box(title: str, text: str, critical: bool = False) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Warning, title, text)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never read as markup
    box.exec()


def load_dataset_or_fallback(path: str | None, headless: bool = False) -> Dataset | None:
    """``path``'s dataset; if it is unusable, say so in a dialog and return the bundled one (None if that fails too).

    ``headless``: the message goes to stderr only and None is returned (the caller exits 2).
    """
    edition, _ = open_edition_or_fallback(EditionLibrary.bundled(), path, headless)
    return edition.dataset if edition is not None else None


def open_edition_or_fallback(
    library: EditionLibrary, path: str | None, headless: bool = False, remembered: str = ""
) -> tuple[Edition | None, str]:
    """The edition in the file ``path`` (``--data``), added to ``library``; if it is unusable,
    say so in a dialog and return the library's default edition (None if that fails too).
    Also returns a message for the status bar ("" when there is nothing to say).

    ``remembered``: the edition file the user opened last (settings), tried when there is no
    ``path``; if it is gone or unusable the default edition is shown without a dialog, and
    the message says why. ``headless``: messages go to stderr only and None is returned
    instead of the default edition (the caller exits 2). Only the edition returned is loaded.
    """
    if path is None and remembered:
        try:
            return library.open(remembered), ""
        except DatasetError as error:
            print(f"kzdesk: cannot use the edition last opened, {error.path}: {error.problem}", file=sys.stderr)
            problem = f"The edition last opened cannot be used ({error.problem}): showing the bundled edition"
            edition, _ = open_edition_or_fallback(library, None, headless)
            return edition, problem
    if path is not None:
        try:
            edition = library.open(path)
            for warning in markup_warnings(edition.dataset, path):
                print(f"kzdesk: warning: {warning}", file=sys.stderr)
            return edition, ""
        except DatasetError as error:
            print(f"kzdesk: cannot use the data file {error.path}: {error.problem}", file=sys.stderr)
            if headless:
                return None, ""
            message_box(
                "kzdesk — cannot use the data file",
                f"kzdesk cannot use the data file\n{error.path}\n\nProblem: {error.problem}.\n\n"
                "The bundled dataset is shown instead.",
            )
    try:
        edition = library.default
        edition.dataset  # noqa: B018 (loads it: a damaged installation is found here, not in a tab)
        return edition, ""
    except DatasetError as error:
        print(f"kzdesk: cannot use the bundled data file {error.path}: {error.problem}", file=sys.stderr)
        if headless:
            return None, ""
        message_box(
            "kzdesk — damaged installation",
            f"The bundled data file is unusable:\n{error.path}\n\nProblem: {error.problem}.\n\n"
            "Please reinstall kzdesk.",
            critical=True,
        )
        return None, ""


def open_window(
    data: str | None,
    *,
    headless: bool,
    started: float,
    screenshot_dir: Path | None = None,
    exit_after_startup: bool = False,
    workspace: str | None = None,
    language: str | None = None,
) -> int:
    """Show the window on ``data`` (None: the bundled dataset) and run the event loop; the exit status.

    ``workspace``: the user's workspace file for this run (``--workspace``), instead of the
    setting or the data folder; not remembered. ``language``: ``--lang`` (kk, ru, en), for this run,
    over the one chosen in View → Language and the system's.

    ``screenshot_dir``: save the screenshots there instead, then close. ``exit_after_startup``:
    print ``startup_ms`` (counted from ``started``, a ``time.perf_counter()``) once the window
    has painted and is idle, then quit.
    """
    # Start-up creates some hundred thousand objects (Qt's bindings, the dataset) that live as
    # long as the window; the cyclic collector would walk them again and again for nothing
    # (≈ 6 ms of each start-up). It resumes once the window has painted, with those objects
    # frozen out of its way for the rest of the session.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _open_window(
            data, headless, started, screenshot_dir, exit_after_startup, collecting, workspace, language
        )
    finally:
        if collecting:
            resume_collector()


def resume_collector() -> None:
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _open_window(
    data: str | None,
    headless: bool,
    started: float,
    screenshot_dir: Path | None,
    exit_after_startup: bool,
    resume: bool,
    workspace: str | None = None,
    language: str | None = None,
) -> int:
    from kzdesk.gui.app import create_application

    app = create_application()
    window = prepare_window(data, headless, temporary_settings=screenshot_dir is not None, language=language)
    if window is not None and workspace:
        window.context.workspace_path = Path(workspace)
    if window is None:
        return 2
    if screenshot_dir is not None:
        for path in take_screenshots(window, screenshot_dir):
            print(path)
        window.close()
        return 0
    window.show()
    if resume:
        when_painted(window, resume_collector)
    if exit_after_startup:
        when_painted(window, lambda: _report_startup(window, started))
    return app.exec()


def prepare_window(
    data: str | None,
    headless: bool,
    temporary_settings: bool,
    settings: Settings | None = None,
    language: str | None = None,
) -> MainWindow | None:
    """The window on the edition to show — ``data`` (``--data``), else the one the user opened
    last, else the bundled one — or None if there is none to show (see open_edition_or_fallback).
    ``language``: ``--lang``; else the one chosen in View → Language, else the system's."""
    if settings is None:
        settings = _settings(temporary_settings)
    from kzdesk.gui import i18n

    i18n.install(i18n.choose(language, settings.value("view/language")))  # before any text is made
    library = EditionLibrary.bundled()
    edition, problem = open_edition_or_fallback(library, data, headless, remembered=settings.value("edition/file"))
    if edition is None:
        return None
    window = build_window(edition, temporary_settings, library=library, settings=settings)
    if problem:
        settings.set_value("edition/file", "")  # said once; the bundled edition is shown from now on
        window.statusBar().showMessage(problem, 20000)
    return window


def _settings(temporary: bool) -> Settings:
    """The user's settings; ``temporary``: fresh ones in a folder of their own (screenshots
    show a fresh window and must not overwrite the user's remembered state)."""
    from kzdesk.gui.settings import Settings

    if not temporary:
        return Settings()
    import tempfile

    folder = tempfile.TemporaryDirectory(prefix="kzdesk-")
    settings = Settings(Path(folder.name) / "kzdesk.ini")
    # Screenshots never read or write the user's own workspace either.
    settings.set_value("workspace/path", str(Path(folder.name) / "workspace.sqlite"))
    settings.temporary_folder = folder  # type: ignore[attr-defined]  # removed with the window
    return settings


def build_window(
    data: Dataset | Edition,
    temporary_settings: bool,
    *,
    library: EditionLibrary | None = None,
    settings: Settings | None = None,
) -> MainWindow:
    """The main window on ``data`` (an edition of ``library``, or a dataset shown as the bundled edition)."""
    from kzdesk.gui.context import AppContext
    from kzdesk.gui.main_window import MainWindow

    if settings is None:
        settings = _settings(temporary_settings)
    window: MainWindow | None = None

    def open_url(url: str) -> None:
        assert window is not None
        window.open_url(url)

    if isinstance(data, Edition):
        context = AppContext(settings=settings, open_url=open_url, edition=data, library=library)
    else:
        context = AppContext(dataset=data, settings=settings, open_url=open_url)
    window = MainWindow(context)
    folder = getattr(settings, "temporary_folder", None)
    if folder is not None:
        window.setProperty("kzdesk_settings_folder", folder.name)
        window.destroyed.connect(folder.cleanup)
    return window


def when_painted(window: MainWindow, callback: Callable[[], None]) -> None:
    """Call ``callback`` once the window has painted and the events queued until then are handled."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintProbe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                # A zero timer fires once the events queued so far (layout, the paint's flush) are handled.
                QTimer.singleShot(0, callback)
            return False

    window.installEventFilter(PaintProbe(window))
    window.update()


def _report_startup(window: MainWindow, started: float) -> None:
    """Print the start-up time (the window is painted and idle) and quit."""
    from PySide6.QtWidgets import QApplication

    print(f"startup_ms={round((time.perf_counter() - started) * 1000)}", flush=True)
    window.close()
    QApplication.quit()


def settle(seconds: float = 0.0) -> None:
    """Let Qt handle everything queued (layouts, paints, worker results) for at least ``seconds``."""
    from PySide6.QtCore import QCoreApplication, QThread

    deadline = time.perf_counter() + seconds
    while True:
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()
        if time.perf_counter() >= deadline:
            break
        QThread.msleep(10)


def _save(widget: QWidget, path: Path) -> Path:
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def take_screenshots(window: MainWindow, directory: Path) -> list[Path]:
    """Every tab, the About dialog and the search popup with a query typed, at each zoom."""
    saved: list[Path] = []
    window.show()
    settle(0.05)
    # After showing: on first show the window fits itself to the screen, which may be smaller than the shots.
    window.resize(*SCREENSHOT_SIZE)
    settle(0.05)
    for zoom in SCREENSHOT_ZOOMS:
        window.set_zoom(zoom, announce=False)
        suffix = "" if zoom == 100 else f"-zoom{zoom}"
        for key in window.tab_keys:
            window.show_tab(key)
            settle(0.05)
            saved.append(_save(window, directory / f"{key}{suffix}.png"))
        window.show_tab(window.tab_keys[0])
        about = window.about_dialog()
        about.show()
        settle(0.05)
        saved.append(_save(about, directory / f"about{suffix}.png"))
        about.close()
        about.deleteLater()
        saved.append(_screenshot_search(window, directory / f"search{suffix}.png"))
    window.set_zoom(100, announce=False)
    for width, height in SCREENSHOT_SMALL_SIZES:
        window.resize(width, height)
        for key in window.tab_keys:
            window.show_tab(key)
            settle(0.05)
            saved.append(_save(window, directory / f"{key}-{width}x{height}.png"))
    window.resize(*SCREENSHOT_SIZE)
    return saved


def _screenshot_search(window: MainWindow, path: Path) -> Path:
    window.activateWindow()
    window.focus_search()
    window.search_field.setText(SCREENSHOT_QUERY)
    popup = window.search_popup()
    popup.set_query(SCREENSHOT_QUERY)
    deadline = time.perf_counter() + 15
    while not popup.isVisible() and time.perf_counter() < deadline:
        settle(0.01)
    settle(0.05)
    saved = _save(window, path)
    popup.hide()
    window.search_field.clear()
    return saved
