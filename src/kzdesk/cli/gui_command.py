"""``kzdesk gui`` (also what ``kzdesk`` with no command runs): the desktop application.

This module checks what can be checked before Qt starts (a display, Qt's system libraries,
the screenshot folder) and hands over to :mod:`kzdesk.gui.launch`, which does the GUI work:
the data file or a dialog about it, the window, the start-up probe and the screenshots.
Qt is imported only there, when the command runs, so the other commands stay light.
Unlike them, this command reads ``--data`` itself: a bad file is reported in a
dialog that names the file and the problem, and the bundled dataset is shown instead.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from kzdesk.gui import launch

#: When the command line was loaded: ``startup_ms`` counts from here (interpreter start-up excluded).
STARTED = time.perf_counter()

#: The data file, or a dialog about it and the bundled dataset (kept here for the command line's callers).
load_dataset_or_fallback = launch.load_dataset_or_fallback


def add_arguments(parser: argparse.ArgumentParser) -> None:
    width, height = launch.SCREENSHOT_SIZE
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="show the window, wait until it is idle, print startup_ms=<n> and exit (for benchmarks)",
    )
    parser.add_argument(
        "--screenshot-dir",
        metavar="DIR",
        help="save every tab, the About dialog and the search popup as PNG files in DIR "
        f"({width}×{height} at 100%% and 200%% zoom; every tab also at 1366×768 and "
        "1024×768), then exit",
    )


def is_headless(args: argparse.Namespace) -> bool:
    """Runs no one watches (start-up probes, screenshots, offscreen): a dialog would wait forever."""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    return bool(args.exit_after_startup or args.screenshot_dir or platform in ("offscreen", "minimal", "vnc"))


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
    return launch.open_window(
        args.data,
        headless=is_headless(args),
        started=STARTED,
        screenshot_dir=screenshot_dir,
        exit_after_startup=args.exit_after_startup,
        workspace=getattr(args, "workspace", None),
        language=getattr(args, "lang", None),
    )
