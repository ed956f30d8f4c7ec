"""The printouts' fonts and the 72-dpi layout device they are measured on, and PrintError.

Below layout.py: the modules that layout.py calls to measure a block (grid.py, chart_painter.py,
and ink.py under both) need the fonts and the device, and import them from here rather than
from layout.py, so that no printing module imports one that imports it back.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QImage

from kzdesk.resources import resource_path

POINTS_PER_INCH = 72
FONT_FAMILY = "Noto Sans"
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")


class PrintError(Exception):
    """Printing cannot go on (a missing font, an unwritable file); the message says why."""


@cache
def register_fonts() -> str:
    """Register the bundled Noto Sans with Qt (once); it is embedded in every PDF."""
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            raise PrintError(f"cannot load the bundled font {path}")
    return FONT_FAMILY


@cache
def layout_device() -> QImage:
    # A 72-dpi device makes one layout unit one point, whatever the screen's resolution.
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    dots_per_metre = round(POINTS_PER_INCH / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


@cache
def text_font(size: float, bold: bool = False) -> QFont:
    """The documents' default font (a point size, resolved on the 72-dpi layout device)."""
    font = QFont(register_fonts())
    font.setPointSizeF(size)
    font.setBold(bold)
    _plain_glyphs(font)
    return font


@cache
def paint_font(size: int, bold: bool = False, italic: bool = False) -> QFont:
    """A font for drawing directly with a painter whose unit is the point (charts, header, footer).

    A pixel size, not a point size: a point size would be resolved against the printer's
    resolution and then scaled again by the painter. Shared (cached): callers must not change it.
    """
    font = QFont(register_fonts())
    font.setPixelSize(size)
    font.setBold(bold)
    font.setItalic(italic)
    _plain_glyphs(font)
    return font


def _plain_glyphs(font: QFont) -> None:
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # No ligatures: text copied or searched in the PDF must read "Affairs", not "A\ufb00airs".
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
