"""A chart as a PNG image at print resolution, for the Word briefing (kzdesk.core.document.docx).

The same drawing as the PDF printouts (chart_painter.paint_chart), painted onto a QImage.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from kzdesk.core.charts import ChartData
from kzdesk.gui.printing.fonts import FONT_FAMILY, POINTS_PER_INCH

DOCX_DPI = 200
CHART_WIDTH = 432.0  # points: 6 inches, the width the Word file gives the picture

__all__ = ["FONT_FAMILY", "chart_png_for_docx"]


def chart_png_for_docx(chart: ChartData, dpi: int = DOCX_DPI, source: str = "") -> bytes:
    """``chart`` drawn 6 inches wide at ``dpi`` as PNG bytes (the citation goes in the caption, not the image)."""
    from kzdesk.gui.printing.chart_painter import paint_chart, plot
    from kzdesk.gui.printing.pdf import ensure_application

    ensure_application()
    layout = plot(chart, CHART_WIDTH, source)
    scale = dpi / POINTS_PER_INCH
    image = QImage(round(CHART_WIDTH * scale), round(layout.geometry.height * scale), QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.scale(scale, scale)
        paint_chart(painter, QPointF(0, 0), CHART_WIDTH, chart, source, layout)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
