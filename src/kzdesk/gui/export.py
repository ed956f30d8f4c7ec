"""Saving what the Statistics tab shows: a chart as PNG or SVG, a table as CSV, rows as TSV for the clipboard.

A chart is painted the same way into both formats: its title on top, the plot (the
pyqtgraph scene, rendered through a plain QPainter) and the source line beneath, so a
picture pasted into a document still says where its figures come from. pyqtgraph's own
SVGExporter is not used: with PySide6 6.12 it crashes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QKeyEvent, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import QGraphicsView, QWidget

from kzdesk.gui.roles import RawValueRole

MARGIN = 16.0


class ExportError(Exception):
    """A file could not be written; the message says which and why, for a dialog."""


def _text_height(font: QFont, text: str, width: float) -> float:
    if not text:
        return 0.0
    rect = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text)
    return rect.height()


def _layout(view: QGraphicsView, title: str, footer: str) -> tuple[float, float, float, float]:
    """Width, title height, footer height and total height of the picture, in view pixels."""
    width = float(view.width())
    title_font = QFont(view.font())
    title_font.setBold(True)
    title_height = _text_height(title_font, title, width - 2 * MARGIN)
    footer_height = _text_height(view.font(), footer, width - 2 * MARGIN)
    height = MARGIN + title_height + MARGIN / 2 + view.height() + MARGIN / 2 + footer_height + MARGIN
    return width, title_height, footer_height, height


def paint_chart(painter: QPainter, view: QGraphicsView, title: str, footer: str) -> None:
    """Paint title, plot and source line at the painter's origin, in view pixels."""
    width, title_height, footer_height, height = _layout(view, title, footer)
    palette = view.palette()
    painter.fillRect(QRectF(0, 0, width, height), view.backgroundBrush())
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    title_font = QFont(view.font())
    title_font.setBold(True)
    painter.setFont(title_font)
    text_width = width - 2 * MARGIN
    painter.drawText(QRectF(MARGIN, MARGIN, text_width, title_height), Qt.TextFlag.TextWordWrap, title)
    top = MARGIN + title_height + MARGIN / 2
    source = view.mapToScene(view.viewport().rect()).boundingRect()
    view.scene().render(painter, QRectF(0, top, view.width(), view.height()), source)
    painter.setFont(view.font())
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    footer_top = top + view.height() + MARGIN / 2
    painter.drawText(QRectF(MARGIN, footer_top, text_width, footer_height), Qt.TextFlag.TextWordWrap, footer)


def export_chart_png(view: QGraphicsView, path: str | Path, title: str, footer: str, scale: float = 2.0) -> QSize:
    """Write the chart as a PNG at ``scale`` × the on-screen size (crisp in documents); returns the pixel size."""
    width, _title, _footer, height = _layout(view, title, footer)
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    # A device pixel ratio rather than painter.scale(): pyqtgraph's legend ignores the painter's
    # transformations and would come out at half size.
    image.setDevicePixelRatio(scale)
    image.fill(view.backgroundBrush().color())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint_chart(painter, view, title, footer)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise ExportError(f"Could not write the PNG file {path}: check that the folder exists and is writable.")
    return image.size()


def export_chart_svg(view: QGraphicsView, path: str | Path, title: str, footer: str) -> None:
    from PySide6.QtSvg import QSvgGenerator

    width, _title, _footer, height = _layout(view, title, footer)
    _check_writable(path, "SVG")
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(width), int(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(title)
    generator.setDescription(footer)
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(f"Could not write the SVG file {path}.")
    paint_chart(painter, view, title, footer)
    painter.end()


def _check_writable(path: str | Path, what: str) -> None:
    try:
        with open(path, "ab"):
            pass
    except OSError as error:
        raise ExportError(f"Could not write the {what} file {path}: {error.strerror or error}.") from error


def write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write a CSV file (UTF-8 with a byte-order mark, so spreadsheet programs read Cyrillic right).

    Returns the number of data rows written.
    """
    count = 0
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:
                writer.writerow(["" if value is None else _plain(value) for value in row])
                count += 1
    except OSError as error:
        raise ExportError(f"Could not write the CSV file {path}: {error.strerror or error}.") from error
    return count


def model_rows(model: QAbstractItemModel, rows: Iterable[int]) -> list[list[Any]]:
    """The plain values (RawValueRole, else the displayed text) of ``rows`` of a table model."""
    out = []
    for row in rows:
        values = []
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            value = index.data(RawValueRole)
            values.append(index.data(Qt.ItemDataRole.DisplayRole) if value is None else value)
        out.append(values)
    return out


def model_header(model: QAbstractItemModel) -> list[str]:
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def as_tsv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """Tab-separated text with a header line, as spreadsheets paste it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if value is None else _plain(value) for value in row])
    return buffer.getvalue()


def _plain(value: Any) -> Any:
    # 1717.0 → 1717: whole numbers paste as whole numbers.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class CopyKeyFilter(QObject):
    """Gives a view's Ctrl+C (the platform's Copy key) to ``copy`` before any window-wide shortcut sees it."""

    def __init__(self, copy: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._copy = copy

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Copy):
                event.accept()  # deliver the key press to the view instead of a shortcut
                return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Copy):
                self._copy()
                return True
        return False


def make_copyable(view: QWidget, copy: Callable[[], object]) -> None:
    """Make Ctrl+C on ``view`` and the main window's Edit → Copy (which calls the focused widget's
    ``copy()``) both run ``copy``, which puts a header line or citations on the clipboard."""
    view.installEventFilter(CopyKeyFilter(copy, view))
    view.copy = copy  # type: ignore[attr-defined]
