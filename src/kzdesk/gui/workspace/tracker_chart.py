"""The Proposals tab's small chart of the user's tracking: one horizontal bar per status.

Painted with QPainter, not pyqtgraph (and not in kzdesk.gui.charts, whose package imports it):
four bars need no plotting library, and the tab must not pay pyqtgraph's import when it is first
shown. Fed a core ChartData (``kzdesk.core.tracker_report.tracker_chart``); tests read :meth:`bars`,
not pixels.
The user's own tracking, never the report's data: its caption says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QResizeEvent
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
    # Two bars a row where the width allows (a small screen at 200 % has few lines to spare), else one.
    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).lineSpacing() * 1.2

    def _label_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(label) for label, _ in self.bars()), default=0.0)
        return widest + metrics.averageCharWidth()

    def _count_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        return metrics.horizontalAdvance("0000") + metrics.averageCharWidth()

    def columns_for(self, width: float) -> int:
        least_bar = QFontMetricsF(self.font()).averageCharWidth() * 10
        return 2 if width >= 2 * (self._label_width() + self._count_width() + least_bar) + 8 else 1

    def _rows(self, width: float) -> int:
        columns = self.columns_for(width)
        return max((len(self.bars()) + columns - 1) // columns, 1)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return int(self._row_height() * self._rows(width) + 2)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = int(QFontMetricsF(self.font()).averageCharWidth() * 60)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        width = int(QFontMetricsF(self.font()).averageCharWidth() * 24)
        return QSize(width, self.heightForWidth(max(self.width(), width)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the zoom: taller rows, perhaps one bar a row
            self._fit_height()
            self.update()

    def _fit_height(self) -> None:
        if self.height() != self.heightForWidth(self.width()):
            self.setFixedHeight(self.heightForWidth(self.width()))

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn, in widget coordinates (its length is its share of the total)."""
        bars = self.bars()
        columns = self.columns_for(self.width())
        cell = self.width() / columns
        label_width, count_width = self._label_width(), self._count_width()
        total = max(sum(value for _, value in bars), 1.0)
        room = max(cell - label_width - count_width - 8, 10.0)
        row = self._row_height()
        rects = []
        for index, (_label, value) in enumerate(bars):
            left = (index % columns) * cell + label_width
            top = (index // columns) * row + row * 0.2
            rects.append(QRectF(left, top, room * value / total, row * 0.6))
        return rects

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        bars = self.bars()
        if not bars:
            return
        painter = QPainter(self)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetricsF(self.font())
        row = self._row_height()
        columns = self.columns_for(self.width())
        cell = self.width() / columns
        for index, ((label, value), rect) in enumerate(zip(bars, self.bar_rects(), strict=True)):
            top = (index // columns) * row
            left = (index % columns) * cell
            painter.setPen(text)
            painter.drawText(QRectF(left, top, rect.left() - left, row), Qt.AlignmentFlag.AlignVCenter, label)
            if rect.width() > 0:
                painter.fillRect(rect, QColor(STATUS_COLOURS[index % len(STATUS_COLOURS)]))
            count = QRectF(rect.right() + metrics.averageCharWidth() * 0.6, top, self._count_width(), row)
            painter.drawText(count, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, format_number(value))
        painter.end()
