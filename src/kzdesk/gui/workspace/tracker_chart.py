"""The Proposals tab's small chart of the user's tracking: one horizontal bar per status.

Painted with QPainter, not pyqtgraph (and not in kzdesk.gui.charts, whose package imports it):
four bars need no plotting library, and the tab must not pay pyqtgraph's import when it is first shown. Fed a core ChartData
(``kzdesk.core.tracker_report.tracker_chart``); tests read :meth:`bars`, not pixels.
The user's own tracking, never the report's data: its caption says so.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from kzdesk.core.charts import ChartData
from kzdesk.core.labels import format_number

#: A colour per status, from the Okabe–Ito palette (kzdesk.core.charts.SERIES_COLOURS), in STATUSES order.
STATUS_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#56B4E9")


class TrackerChart(QWidget):
    def __init__(self, chart: ChartData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: ChartData | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Your tracking chart"))
        if chart is not None:
            self.set_chart(chart)

    def set_chart(self, chart: ChartData) -> None:
        self.chart = chart
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self.describe())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, float]]:
        """(status label, count) of each bar, as drawn."""
        if self.chart is None or not self.chart.series:
            return []
        return list(zip(self.chart.categories, self.chart.series[0].values, strict=True))

    def describe(self) -> str:
        parts = [f"{label}: {format_number(value)}" for label, value in self.bars()]
        return self.tr("Your own tracking, not the report's data. {bars}").format(bars="; ".join(parts))

    # ---- layout and painting ----------------------------------------------------------------
    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).lineSpacing() * 1.3

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = QFontMetricsF(self.font())
        return QSize(int(metrics.averageCharWidth() * 40), int(self._row_height() * max(len(self.bars()), 1) + 2))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = self.sizeHint()
        return QSize(int(QFontMetricsF(self.font()).averageCharWidth() * 24), hint.height())

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn, in widget coordinates (its width is its share of the total)."""
        bars = self.bars()
        metrics = QFontMetricsF(self.font())
        label_width = max((metrics.horizontalAdvance(label) for label, _ in bars), default=0.0) + metrics.averageCharWidth()
        count_width = metrics.horizontalAdvance("0000")
        total = max(sum(value for _, value in bars), 1.0)
        room = max(self.width() - label_width - count_width - 4, 10.0)
        row = self._row_height()
        rects = []
        for index, (_label, value) in enumerate(bars):
            top = index * row + row * 0.18
            rects.append(QRectF(label_width, top, room * value / total, row * 0.64))
        return rects

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        bars = self.bars()
        if not bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetricsF(self.font())
        row = self._row_height()
        for index, ((label, value), rect) in enumerate(zip(bars, self.bar_rects(), strict=True)):
            line = QRectF(0, index * row, self.width(), row)
            painter.setPen(text)
            painter.drawText(QRectF(0, line.top(), rect.left(), row), Qt.AlignmentFlag.AlignVCenter, label)
            colour = QColor(STATUS_COLOURS[index % len(STATUS_COLOURS)])
            if rect.width() > 0:
                painter.fillRect(rect, colour)
            count = QRectF(rect.right() + metrics.averageCharWidth() * 0.6, line.top(), metrics.horizontalAdvance("0000"), row)
            painter.drawText(count, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, format_number(value))
        painter.end()
