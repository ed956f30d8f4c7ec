"""The Statistics tab's Charts view: a list of every chart, the chart chosen, its source and export buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kzdesk.core.charts import ChartData, all_charts
from kzdesk.core.labels import escape, section_label
from kzdesk.core.model import Dataset
from kzdesk.gui.charts import ChartView, chart_view_for
from kzdesk.gui.export import ExportError, export_chart_png, export_chart_svg
from kzdesk.gui.file_dialogs import announce_saved, ask_save_path
from kzdesk.gui.models.details import chart_caption, chart_source_text, follow_link
from kzdesk.gui.wrapping_list import WrappingListWidget


def describe_chart(chart: ChartData) -> str:
    """A chart's tooltip in the list: what it plots and where it comes from."""
    points = len(chart.categories)
    what = "rows" if chart.id.startswith("chart-table-") else "values"
    derived = "; includes derived values" if chart.has_derived else ""
    return f"{chart.title}\n{points} {what}, {chart.unit}; {section_label(chart.section)}{derived}"


class ChartsPanel(QWidget):
    #: A chart was chosen (its id), by the user or by :meth:`show_chart`.
    chart_changed = Signal(str)
    #: A source link was clicked: a paragraph id to open in the report.
    open_requested = Signal(str)

    def __init__(self, dataset: Dataset, parent: Any = None) -> None:
        super().__init__(parent)
        self.dataset = dataset
        self.charts: list[ChartData] = all_charts(dataset)
        self.view: ChartView | None = None

        # Qt's own list layout cuts long wrapped titles off at large text sizes; this one measures each row.
        self.list = WrappingListWidget()
        for chart in self.charts:
            item = QListWidgetItem(chart.title)
            item.setToolTip(describe_chart(chart))
            self.list.addItem(item)
        self.list.setAccessibleName("Charts")
        self.list.setAccessibleDescription(
            "Choose a chart: the report tables, then every indicator given for several years"
        )
        self.list.setSpacing(2)  # long wrapped titles need a gap to read as separate entries
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentRowChanged.connect(self._on_current_row)

        self.title = QLabel()
        self.title.setWordWrap(True)
        # Rich text for the bold face: a font set on the label would stop it following the app's zoom.
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setAccessibleName("Chart title")
        self.chart_area = QVBoxLayout()
        self.chart_area.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.caption.setAccessibleName("Chart source")
        self.caption.linkActivated.connect(
            lambda link: follow_link(QUrl(link), self.open_requested.emit, lambda _url: None)
        )
        self.png_button = QPushButton("Export &PNG…")
        self.png_button.setAccessibleName("Export chart as PNG image")
        self.png_button.clicked.connect(lambda: self._ask_and_export("png"))
        self.svg_button = QPushButton("E&xport SVG…")
        self.svg_button.setAccessibleName("Export chart as SVG vector image")
        self.svg_button.clicked.connect(lambda: self._ask_and_export("svg"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.svg_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addLayout(self.chart_area, 1)
        right_layout.addWidget(self.caption)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("statistics-charts-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 950])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # ---- choosing -----------------------------------------------------------------------
    def chart_ids(self) -> list[str]:
        return [chart.id for chart in self.charts]

    def current_chart(self) -> ChartData | None:
        return self.view.chart if self.view is not None else None

    def show_chart(self, chart_id: str) -> bool:
        ids = self.chart_ids()
        if chart_id not in ids:
            return False
        row = ids.index(chart_id)
        self.list.setCurrentRow(row)
        self.list.scrollToItem(self.list.item(row))
        return True

    def _on_current_row(self, row: int) -> None:
        if not 0 <= row < len(self.charts):
            return
        chart = self.charts[row]
        if self.view is not None and self.view.chart.id == chart.id:
            return
        if self.view is not None:
            self.chart_area.removeWidget(self.view)
            self.view.hide()
            self.view.deleteLater()
        self.view = chart_view_for(chart, self)
        self.view.setMinimumHeight(220)
        self.chart_area.addWidget(self.view)
        self.title.setText(f"<b>{escape(chart.title)}</b>")
        self.caption.setText(chart_caption(self.dataset, chart))
        self.chart_changed.emit(chart.id)

    # ---- export -------------------------------------------------------------------------
    def export(self, path: str | Path) -> None:
        """Write the current chart to ``path``; the suffix (.png or .svg) chooses the format."""
        if self.view is None:
            raise ExportError("Choose a chart to export first.")
        chart = self.view.chart
        footer = chart_source_text(self.dataset, chart)
        if str(path).lower().endswith(".svg"):
            export_chart_svg(self.view, path, chart.title, footer)
        else:
            export_chart_png(self.view, path, chart.title, footer)

    def _ask_and_export(self, fmt: str) -> None:
        if self.view is None:
            return
        name = self.view.chart.id.removeprefix("chart-") + f".{fmt}"
        filters = ["PNG image (*.png)" if fmt == "png" else "SVG image (*.svg)"]
        path, _selected = ask_save_path(self, f"Export chart as {fmt.upper()}", name, filters, f".{fmt}")
        if not path:
            return
        try:
            self.export(path)
        except ExportError as error:
            QMessageBox.warning(self, "Export failed", str(error))
            return
        announce_saved(self, path, f"{fmt.upper()} image")
