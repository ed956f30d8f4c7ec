"""``kzdesk gui`` (also what ``kzdesk`` with no command runs): the desktop application.

Qt is imported only when the command runs, so the other commands stay light.
Unlike them, this command reads ``--data`` itself: a bad file is reported in a
dialog that names the file and the problem, and the bundled dataset is shown instead.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from kzdesk.core.dataset import DatasetError, load_dataset, markup_warnings

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from kzdesk.core.model import Dataset
    from kzdesk.gui.main_window import MainWindow

#: When the command line was loaded: ``startup_ms`` counts from here (interpreter start-up excluded).
STARTED = time.perf_counter()

SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_ZOOMS = (100, 200)
#: Small screens every tab is also taken at, at 100 % (a 1366×768 laptop, a 1024×768 projector).
SCREENSHOT_SMALL_SIZES = ((1366, 768), (1024, 768))
SCREENSHOT_QUERY = "procurement"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="show the window, wait until it is idle, print startup_ms=<n> and exit (for benchmarks)",
    )
    parser.add_argument(
        "--screenshot-dir",
        metavar="DIR",
        help="save every tab, the About dialog and the search popup as PNG files in DIR "
        f"({SCREENSHOT_SIZE[0]}×{SCREENSHOT_SIZE[1]} at 100%% and 200%% zoom; every tab also at 1366×768 and "
        "1024×768), then exit",
    )


def _message_box(title: str, text: str, critical: bool = False) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Warning, title, text)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never read as markup
    box.exec()


def is_headless(args: argparse.Namespace) -> bool:
    """Runs no one watches (start-up probes, screenshots, offscreen): a dialog would wait forever."""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    return bool(args.exit_after_startup or args.screenshot_dir or platform in ("offscreen", "minimal", "vnc"))


def load_dataset_or_fallback(path: str | None, headless: bool = False) -> Dataset | None:
    """``path``'s dataset; if it is unusable, say so in a dialog and return the bundled one (None if that fails too).

    ``headless``: the message goes to stderr only and None is returned (the caller exits 2).
    """
    if path is not None:
        try:
            dataset = load_dataset(path)
            for warning in markup_warnings(dataset, path):
                print(f"kzdesk: warning: {warning}", file=sys.stderr)
            return dataset
        except DatasetError as error:
            print(f"kzdesk: cannot use the data file {error.path}: {error.problem}", file=sys.stderr)
            if headless:
                return None
            _message_box(
                "kzdesk — cannot use the data file",
                f"kzdesk cannot use the data file\n{error.path}\n\nProblem: {error.problem}.\n\n"
                "The bundled dataset is shown instead.",
            )
    try:
        return load_dataset()
    except DatasetError as error:
        print(f"kzdesk: cannot use the bundled data file {error.path}: {error.problem}", file=sys.stderr)
        if headless:
            return None
        _message_box(
            "kzdesk — damaged installation",
            f"The bundled data file is unusable:\n{error.path}\n\nProblem: {error.problem}.\n\n"
            "Please reinstall kzdesk.",
            critical=True,
        )
        return None


def _no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort with a cryptic message: say it plainly instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


#: What Qt's X11 plugin needs beyond a desktop's usual libraries (Debian/Ubuntu package names).
X11_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"


def _x11_plugin_problem() -> str | None:
    """Why Qt's X11 plugin cannot load, if it cannot: Qt would abort with a generic message instead.

    Loading the plugin library resolves its dependencies without starting anything; Qt
    loads the same library moments later anyway.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM") or not os.environ.get("DISPLAY"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None  # Qt prefers Wayland there
    import ctypes
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return str(error).split(": ", 1)[0]  # "libxcb-icccm.so.4: cannot open shared object file: …"
    return None


def run(args: argparse.Namespace) -> int:
    if _no_display():
        print(
            "kzdesk: no display to open the window on (set DISPLAY, or QT_QPA_PLATFORM=offscreen); "
            "see 'kzdesk --help' for the text commands",
            file=sys.stderr,
        )
        return 2
    if sys.platform.startswith("linux"):
        from kzdesk.cli.system_check import environment_problem

        problem = environment_problem()
        if problem is not None:
            print(f"kzdesk: {problem}", file=sys.stderr)
            return 2
        # Every library of system_check's table was found (environment_problem says so
        # otherwise): one outside the table is missing, so only the general advice fits.
        problem = _x11_plugin_problem()
        if problem is not None:
            print(
                f"kzdesk: cannot open a window: Qt's X11 support is missing a system library ({problem}); "
                f"on Debian/Ubuntu: sudo apt-get install {X11_PACKAGES}",
                file=sys.stderr,
            )
            return 2
    screenshot_dir = Path(args.screenshot_dir) if args.screenshot_dir else None
    if screenshot_dir is not None:
        try:
            screenshot_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            print(f"kzdesk: cannot create the screenshot folder {screenshot_dir}: {error.strerror}", file=sys.stderr)
            return 2

    # Start-up creates some hundred thousand objects (Qt's bindings, the dataset) that live as
    # long as the window; the cyclic collector would walk them again and again for nothing
    # (≈ 6 ms of each start-up). It resumes once the window has painted, with those objects
    # frozen out of its way for the rest of the session.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _open_window(args, screenshot_dir, resume_collector=collecting)
    finally:
        if collecting:
            _resume_collector()


def _resume_collector() -> None:
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _open_window(args: argparse.Namespace, screenshot_dir: Path | None, resume_collector: bool) -> int:
    from kzdesk.gui.app import create_application

    app = create_application()
    dataset = load_dataset_or_fallback(args.data, headless=is_headless(args))
    if dataset is None:
        return 2
    window = _build_window(dataset, temporary_settings=screenshot_dir is not None)
    if screenshot_dir is not None:
        for path in take_screenshots(window, screenshot_dir):
            print(path)
        window.close()
        return 0
    window.show()
    if resume_collector:
        _when_painted(window, _resume_collector)
    if args.exit_after_startup:
        _when_painted(window, lambda: _report_startup(window))
    return app.exec()


def _build_window(dataset: Dataset, temporary_settings: bool) -> MainWindow:
    import tempfile

    from kzdesk.gui.context import AppContext
    from kzdesk.gui.main_window import MainWindow
    from kzdesk.gui.settings import Settings

    if temporary_settings:
        # Screenshots show a fresh window and must not overwrite the user's remembered state.
        folder = tempfile.TemporaryDirectory(prefix="kzdesk-")
        settings = Settings(Path(folder.name) / "kzdesk.ini")
    else:
        settings = Settings()
    window: MainWindow | None = None

    def open_url(url: str) -> None:
        assert window is not None
        window.open_url(url)

    window = MainWindow(AppContext(dataset=dataset, settings=settings, open_url=open_url))
    if temporary_settings:
        window.setProperty("kzdesk_settings_folder", folder.name)
        window.destroyed.connect(folder.cleanup)
    return window


def _when_painted(window: MainWindow, callback: Callable[[], None]) -> None:
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


def _report_startup(window: MainWindow) -> None:
    """Print the start-up time (the window is painted and idle) and quit."""
    from PySide6.QtWidgets import QApplication

    print(f"startup_ms={round((time.perf_counter() - STARTED) * 1000)}", flush=True)
    window.close()
    QApplication.quit()


def _settle(seconds: float = 0.0) -> None:
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
    _settle(0.05)
    # After showing: on first show the window fits itself to the screen, which may be smaller than the shots.
    window.resize(*SCREENSHOT_SIZE)
    _settle(0.05)
    for zoom in SCREENSHOT_ZOOMS:
        window.set_zoom(zoom, announce=False)
        suffix = "" if zoom == 100 else f"-zoom{zoom}"
        for key in window.tab_keys:
            window.show_tab(key)
            _settle(0.05)
            saved.append(_save(window, directory / f"{key}{suffix}.png"))
        window.show_tab(window.tab_keys[0])
        about = window.about_dialog()
        about.show()
        _settle(0.05)
        saved.append(_save(about, directory / f"about{suffix}.png"))
        about.close()
        about.deleteLater()
        saved.append(_screenshot_search(window, directory / f"search{suffix}.png"))
    window.set_zoom(100, announce=False)
    for width, height in SCREENSHOT_SMALL_SIZES:
        window.resize(width, height)
        for key in window.tab_keys:
            window.show_tab(key)
            _settle(0.05)
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
        _settle(0.01)
    _settle(0.05)
    saved = _save(window, path)
    popup.hide()
    window.search_field.clear()
    return saved
