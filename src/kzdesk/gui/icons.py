"""The bundled icons: SVG drawings under ``resources/icons``, shipped as PNGs at every size Qt asks for.

The window shows the application icon and the Back and Forward buttons as it opens.
Loading them as SVG would load Qt's SVG library and icon plugin and parse each
drawing first, ≈ 12 ms of every start-up; PNGs decode with what QtGui already has.
After changing a drawing, ``python -m kzdesk.gui.icons`` draws the PNGs again, and a
test checks that they still show the drawings.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage

from kzdesk.resources import resource_path

#: The application icon, then the toolbar's.
ICONS = ("kzdesk", "go-previous", "go-next")
#: Square sizes in pixels: the toolbar's 24 px at up to 300 % zoom on a double-density screen, and the desktop's.
SIZES = (16, 24, 32, 48, 64, 128, 256)


def drawing_file(name: str) -> Path:
    return resource_path("icons", f"{name}.svg")


def icon_file(name: str, size: int) -> Path:
    return resource_path("icons", "png", f"{name}-{size}.png")


def bundled_icon(name: str) -> QIcon:
    """Icon ``name`` at every size; each PNG is read only when Qt first shows that size."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(icon_file(name, size)), QSize(size, size))
    return icon


def draw(name: str, size: int) -> QImage:
    """Drawing ``name`` rendered at ``size`` × ``size`` pixels on a transparent background."""
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(drawing_file(name)))
    if not renderer.isValid():
        raise ValueError(f"{drawing_file(name)} is not a drawing Qt can render")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)  # transparent
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Draw every icon's PNGs into ``resources/icons/png``."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage and fonts need one
    folder = icon_file(ICONS[0], SIZES[0]).parent
    folder.mkdir(exist_ok=True)
    for name in ICONS:
        for size in SIZES:
            path = icon_file(name, size)
            if not draw(name, size).save(str(path), "PNG"):
                print(f"cannot write {path}", file=sys.stderr)
                return 1
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
