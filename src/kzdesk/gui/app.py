"""The QApplication: its name, icon, bundled font and text zoom.

The platform's own style is kept (no ``setStyle``), so kzdesk looks native and
follows the system's light or dark scheme; widgets read colours from the palette.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kzdesk import __version__
from kzdesk.gui.icons import bundled_icon
from kzdesk.resources import resource_path

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
#: The steps Ctrl+= and Ctrl+- move through, in percent of the base font size.
ZOOM_LEVELS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)

_font_family: str | None = None
_base_point_size: float | None = None


def register_fonts() -> str | None:
    """Register the bundled Noto Sans once; its family name, or None if the files are unusable."""
    global _font_family
    if _font_family is None:
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families and _font_family is None:
                _font_family = families[0]
    return _font_family


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The running QApplication (created if there is none), set up as kzdesk."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("kzdesk")
    QCoreApplication.setOrganizationName("kzdesk")
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName("kzdesk")
    app.setDesktopFileName("kzdesk")
    app.setWindowIcon(bundled_icon("kzdesk"))
    apply_zoom(100)
    return app


def base_point_size() -> float:
    """The platform's default text size, which zoom 100 % keeps."""
    global _base_point_size
    if _base_point_size is None:
        size = QApplication.font().pointSizeF()
        _base_point_size = size if size > 0 else 10.0
    return _base_point_size


def apply_zoom(percent: int) -> None:
    """Set the application font to the bundled family at ``percent`` of the base size.

    Every widget without a font of its own (all of kzdesk's) follows the application
    font, so one call rescales menus, tables and the report text together.
    """
    if QApplication.instance() is None:
        raise RuntimeError("apply_zoom needs a QApplication")
    base = base_point_size()
    font = QFont(QApplication.font())
    family = register_fonts()
    if family:
        font.setFamilies([family])
    font.setPointSizeF(base * clamp_zoom(percent) / 100)
    QApplication.setFont(font)


def set_by_name(target: QObject, name: str, key: str) -> None:
    """Set the Qt enum property ``name`` to the value named ``key`` ("PlainText"), through Qt's property system.

    The start-up path uses this instead of ``Qt.TextFormat.PlainText`` and the like:
    the first touch of PySide6's ``Qt`` namespace builds all of its ~100 Python enums,
    which costs ≈ 40 ms, a fifth of a bare window's whole start-up.
    """
    if not target.setProperty(name, key):
        raise ValueError(f"{type(target).__name__} has no enum property {name!r} with a value {key!r}")


def clamp_zoom(percent: int) -> int:
    return max(ZOOM_LEVELS[0], min(ZOOM_LEVELS[-1], int(percent)))


def next_zoom(percent: int, step: int) -> int:
    """The next zoom level up (``step`` 1) or down (-1) from ``percent``."""
    if step > 0:
        return next((z for z in ZOOM_LEVELS if z > percent), ZOOM_LEVELS[-1])
    return next((z for z in reversed(ZOOM_LEVELS) if z < percent), ZOOM_LEVELS[0])
