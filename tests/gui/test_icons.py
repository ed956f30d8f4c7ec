"""The bundled icons: a PNG at every size for each drawing, still showing that drawing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kzdesk.gui.icons import ICONS, SIZES, bundled_icon, draw, icon_file


@pytest.mark.parametrize("name", ICONS)
def test_every_size_is_a_png_of_that_size_with_something_drawn(qapp: QApplication, name: str) -> None:
    for size in SIZES:
        image = QImage(str(icon_file(name, size)))
        assert (image.width(), image.height()) == (size, size), icon_file(name, size)
        opaque = sum(image.pixelColor(x, y).alpha() > 128 for x in range(size) for y in range(size))
        assert opaque > size * size // 20  # not blank


@pytest.mark.parametrize("name", ICONS)
def test_the_pngs_show_the_current_drawing(qapp: QApplication, name: str) -> None:
    """Fails after a drawing changes until ``python -m kzdesk.gui.icons`` has drawn the PNGs again."""
    size = 64
    shipped = QImage(str(icon_file(name, size))).convertToFormat(QImage.Format.Format_ARGB32)
    fresh = draw(name, size).convertToFormat(QImage.Format.Format_ARGB32)
    differing = 0
    for x in range(size):
        for y in range(size):
            a, b = shipped.pixelColor(x, y), fresh.pixelColor(x, y)
            channels = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()), (a.alpha(), b.alpha()))
            differing += max(abs(p - q) for p, q in channels) > 8  # antialiasing may differ between Qt versions
    assert differing <= size * size // 100


def test_the_icon_offers_every_size(qapp: QApplication) -> None:
    icon = bundled_icon("go-previous")
    assert icon.availableSizes() == [QSize(size, size) for size in SIZES]
    assert not icon.pixmap(24).isNull()
