"""The Statistics tab: every figure in a sortable, filterable table; Tables 1 and 2 as printed; charts.

pandas (through :mod:`kzdesk.core.frames`) is imported when the tab is built and pyqtgraph
when its Charts view is first shown, so neither slows the main window's start-up.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kzdesk.core.model import Statistic
from kzdesk.gui.export import ExportError, as_tsv, make_copyable, model_header, model_rows, write_csv
from kzdesk.gui.models.choices import ChoicesModel, filter_combo
from kzdesk.gui.models.details import follow_link, internal_link, statistic_details
from kzdesk.gui.models.filtering import FilterProxy
from kzdesk.gui.models.statistics import (
    DERIVED_MARK,
    ReportTableModel,
    StatisticsModel,
    paragraph_label,
    section_label,
    section_order,
)
from kzdesk.gui.roles import IdRole
from kzdesk.gui.tabs.views import (
    ColumnsInCharacters,
    HiddenByFilterNotice,
    ListDetailsTab,
    follow_selection,
    on_rows_changed,
)

if TYPE_CHECKING:
    from kzdesk.gui.charts.panel import ChartsPanel
    from kzdesk.gui.context import AppContext

FIGURES, TABLES, CHARTS = range(3)
DETAILS_HINT = "Select a figure to see where the report states it."


class StatisticsTab(ListDetailsTab):
    key = "statistics"
    title = "Statistics"
    printable = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        from kzdesk.core.frames import statistics_frame, table_frame

        dataset = context.dataset
        self._navigating = False
        self.model = StatisticsModel(statistics_frame(dataset), self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.views = QTabWidget()
        self.views.setAccessibleName("Statistics views")
        self.views.setDocumentMode(True)
        self.views.addTab(self._build_figures(), "F&igures")
        self.views.addTab(self._build_tables(table_frame), "Report &tables")
        self.charts_page = QWidget()
        self.charts_page.setLayout(QVBoxLayout())
        self.charts_page.layout().setContentsMargins(0, 0, 0, 0)
        self.charts_panel: ChartsPanel | None = None
        self.views.addTab(self.charts_page, "Ch&arts")
        self.views.currentChanged.connect(self._on_view_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)
        self.fit_to_zoom()
        self.restore_state()


    # ---- building ------------------------------------------------------------------------
    def _build_figures(self) -> QWidget:
        dataset = self.context.dataset
        stats = dataset.statistics
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText("Filter figures by any word…")
        self.text_filter.setAccessibleName("Filter statistics")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self._on_text_changed)

        titles = {s.id: s.title for s in dataset.sections}
        sections = sorted({s.section for s in stats}, key=section_order)
        self.section_combo = filter_combo("Section", ChoicesModel(
            "All sections", [(f"{section_label(sid, titles[sid])}: {titles[sid]}"
                              if sid[len("section-"):].isdigit() else titles[sid], sid) for sid in sections], self))
        tables = sorted({s.table for s in stats if s.table is not None})
        table_choices = [(f"Table {n}", n) for n in tables] + [("Not in a table", 0)]
        self.table_combo = filter_combo("Table", ChoicesModel("All tables", table_choices, self))
        units = sorted({s.unit for s in stats}, key=str.casefold)
        self.unit_combo = filter_combo("Unit", ChoicesModel("All units", [(u, u) for u in units], self))
        years = sorted({s.year for s in stats if s.year is not None}, reverse=True)
        year_choices = [(str(y), y) for y in years] + [("No single year", 0)]
        self.year_combo = filter_combo("Year", ChoicesModel("All years", year_choices, self))
        self._combos = {"section": self.section_combo, "table": self.table_combo,
                        "unit": self.unit_combo, "year": self.year_combo}
        for field, combo in self._combos.items():
            combo.currentIndexChanged.connect(lambda row, f=field, c=combo: self._on_combo(f, c, row))
        self.clear_button = QPushButton("Clear filters")
        self.clear_button.setAccessibleName("Clear all statistics filters")
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Number of figures shown")

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Statistics table")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # report order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StatisticsModel.VALUE, QHeaderView.ResizeMode.ResizeToContents)
        # Periods ("pandemic state of emergency") and printed phrases wrap instead of widening their columns.
        self.columns = ColumnsInCharacters(self.table, StatisticsModel.INDICATOR, {
            StatisticsModel.UNIT: 9, StatisticsModel.YEAR: 7, StatisticsModel.PRINTED: 13, StatisticsModel.SOURCE: 14,
        })
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        make_copyable(self.table, self.copy_selection)

        self.details = QTextBrowser()
        self.details.setAccessibleName("Figure details")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._on_link)
        self.details.setPlaceholderText(DETAILS_HINT)

        self.copy_button = QPushButton("&Copy rows")
        self.copy_button.setAccessibleName("Copy selected figures as tab-separated text")
        self.copy_button.setToolTip("Copy the selected rows with a header line (Ctrl+C)")
        self.copy_button.clicked.connect(self.copy_selection)
        self.csv_button = QPushButton("Export C&SV…")
        self.csv_button.setAccessibleName("Export the figures shown to a CSV file")
        self.csv_button.clicked.connect(self._ask_export_csv)
        legend = QLabel(f"{DERIVED_MARK} derived value: computed from figures the report states, not printed as such")
        legend.setWordWrap(True)
        legend.setAccessibleName("Legend")

        # Four narrow combo boxes in one row (a long section title is elided when chosen, whole in the list).
        filters = QGridLayout()
        filters.addWidget(self.text_filter, 0, 0, 1, 3)
        filters.addWidget(self.count_label, 0, 3, Qt.AlignmentFlag.AlignRight)
        filters.addWidget(self.clear_button, 0, 4)
        for position, combo in enumerate(self._combos.values()):
            filters.addWidget(combo, 1, position, 1, 2 if position == 3 else 1)
            filters.setColumnStretch(position, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(legend, 1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.csv_button)
        left_layout.addLayout(bottom)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("statistics-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 500])
        on_rows_changed(self.proxy, self._update_count)
        self._update_count()
        follow_selection(self.proxy, self.table, self.details, "The selected figure is hidden by the filter.")
        self.hidden_notice = HiddenByFilterNotice()
        # The filters span the page, above the list and details, so stacking leaves the list its height.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(filters)
        page_layout.addWidget(self.hidden_notice)
        page_layout.addWidget(self.splitter, 1)
        return page

    def _build_tables(self, table_frame: Any) -> QWidget:
        dataset = self.context.dataset
        page = QWidget()
        layout = QVBoxLayout(page)
        self.report_tables: dict[str, QTableView] = {}
        self._current_table = dataset.tables[0].id if dataset.tables else None
        for table in dataset.tables:
            caption = QLabel(f"<b>Table {table.number}. {escape(table.title)}</b>")
            caption.setWordWrap(True)
            caption.setAccessibleName(f"Table {table.number} title")
            view = QTableView()
            view.setModel(ReportTableModel(table_frame(dataset, table.number), table.id, view))
            view.setAccessibleName(f"Table {table.number}. {table.title}")
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setWordWrap(True)
            view.setTabKeyNavigation(False)
            view.verticalHeader().hide()
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            make_copyable(view, lambda v=view: self._copy_view(v))
            source = QLabel(
                f"Source: {internal_link(table.paragraph, paragraph_label(table.paragraph))} · "
                f"{internal_link(f'chart-{table.id}', 'Show as a chart')}"
            )
            source.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            source.setAccessibleName(f"Table {table.number} source")
            source.linkActivated.connect(lambda link: self._on_link(QUrl(link)))
            layout.addWidget(caption)
            layout.addWidget(view)
            layout.addWidget(source)
            layout.addSpacing(12)
            self.report_tables[table.id] = view
            view.selectionModel().currentChanged.connect(lambda *_args, tid=table.id: self._on_table_current(tid))
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.setAccessibleName("Report tables")
        self.tables_scroll = scroll
        return scroll

    def _ensure_charts(self) -> ChartsPanel:
        if self.charts_panel is None:
            from kzdesk.gui.charts.panel import ChartsPanel

            panel = ChartsPanel(self.context.dataset, self.charts_page)
            panel.open_requested.connect(self.open_requested)
            panel.chart_changed.connect(self._on_chart_changed)
            self.charts_page.layout().addWidget(panel)
            self.charts_panel = panel
            settings = self.context.settings
            panel.splitter.restoreState(settings.value("statistics/charts-splitter"))
            panel.show_chart(settings.value("statistics/chart")) or panel.show_chart(panel.chart_ids()[0])
        return self.charts_panel

    # ---- reacting --------------------------------------------------------------------------
    def _on_view_changed(self, index: int) -> None:
        if index == CHARTS:
            self._ensure_charts()

    def _on_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)

    def _on_combo(self, field: str, combo: QComboBox, row: int) -> None:
        self.proxy.set_criterion(field, combo.model().value(row))

    def _update_count(self, *_args: Any) -> None:
        self.count_label.setText(f"{self.proxy.rowCount()} of {self.model.rowCount()} figures")

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        stat_id = current.data(IdRole) if current.isValid() else None
        stat = self.context.dataset.by_id.get(stat_id) if stat_id else None
        if isinstance(stat, Statistic):
            self.details.setHtml(statistic_details(self.context.dataset, stat))
            if not self._navigating and not self.proxy.filtering:  # not a row a filter moved the selection to
                self.location_changed.emit(stat.id)
        else:
            self.details.clear()

    def _on_table_current(self, table_id: str) -> None:
        if table_id != self._current_table:
            self._current_table = table_id
            if not self._navigating:
                self.location_changed.emit(table_id)

    def _on_chart_changed(self, chart_id: str) -> None:
        if not self._navigating:
            self.location_changed.emit(chart_id)

    def _on_link(self, url: QUrl) -> None:
        follow_link(url, self.open_requested.emit, self.context.open_url)

    def clear_filters(self) -> None:
        self.text_filter.clear()
        for combo in self._combos.values():
            combo.setCurrentIndex(0)
        self.proxy.clear_filters()

    # ---- copy and export -----------------------------------------------------------------
    def selected_source_rows(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.mapToSource(self.proxy.index(row, 0)).row() for row in rows]

    def copy_selection(self) -> str:
        """Copy the selected figures (or the current one) as TSV with a header line; returns the text."""
        rows = self.selected_source_rows()
        if not rows and self.table.currentIndex().isValid():
            rows = [self.proxy.mapToSource(self.table.currentIndex()).row()]
        if not rows:
            return ""
        text = as_tsv(model_header(self.model), model_rows(self.model, rows))
        QGuiApplication.clipboard().setText(text)
        return text

    def _copy_view(self, view: QTableView) -> None:
        model = view.model()
        rows = sorted({index.row() for index in view.selectionModel().selectedRows()}) or range(model.rowCount())
        QGuiApplication.clipboard().setText(as_tsv(model_header(model), model_rows(model, rows)))

    def export_csv(self, path: str | Path) -> int:
        """Write the figures the table shows (filters and sort order applied), every column of the frame."""
        frame = self.model.frame.iloc[self.proxy.source_rows()]
        rows = frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None)
        return write_csv(path, list(frame.columns), rows)

    def _ask_export_csv(self) -> None:
        from kzdesk.core.counts import counted
        from kzdesk.gui.file_dialogs import announce_saved, ask_save_path

        path, _selected = ask_save_path(self, "Export figures as CSV", "statistics.csv", ["CSV file (*.csv)"], ".csv")
        if not path:
            return
        try:
            rows = self.export_csv(path)
        except ExportError as error:
            QMessageBox.warning(self, "Export failed", str(error))
            return
        announce_saved(self, path, counted(rows, "figure"))

    # ---- Tab API -----------------------------------------------------------------------------
    def open_target(self, target: str) -> bool:
        self._navigating = True
        try:
            if target.startswith("stat-"):
                return self._open_statistic(target)
            if target.startswith("table-"):
                return self._open_table(target)
            if target.startswith("chart-"):
                charts = self._ensure_charts()
                if target not in charts.chart_ids():
                    return False
                self.views.setCurrentIndex(CHARTS)
                return charts.show_chart(target)
            return False
        finally:
            self._navigating = False

    def _open_statistic(self, stat_id: str) -> bool:
        row = self.model.row_of(stat_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.views.setCurrentIndex(FIGURES)
        if not index.isValid():  # hidden by the user's filter: keep it, say so and offer to clear it
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()
            # The notice says it is hidden: the details pane must not say so again (of the figure selected before).
            self.details.setPlaceholderText(DETAILS_HINT)
            stat = self.context.dataset.by_id[stat_id]
            title = stat.indicator if isinstance(stat, Statistic) else stat_id
            self.hidden_notice.offer(title, lambda: self._clear_and_open(stat_id))
            return True
        self.hidden_notice.hide()
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _clear_and_open(self, stat_id: str) -> None:
        self.clear_filters()
        self.open_target(stat_id)
        self.table.setFocus()

    def filter_widgets(self) -> list[QWidget]:
        return [self.text_filter, *self._combos.values()]

    def _open_table(self, table_id: str) -> bool:
        view = self.report_tables.get(table_id)
        if view is None:
            return False
        self.views.setCurrentIndex(TABLES)
        self._current_table = table_id
        self.tables_scroll.ensureWidgetVisible(view)
        view.selectRow(0)
        view.setFocus()
        return True

    def current_location(self) -> str | None:
        page = self.views.currentIndex()
        if page == CHARTS and self.charts_panel is not None:
            chart = self.charts_panel.current_chart()
            return chart.id if chart is not None else None
        if page == TABLES:
            return self._current_table
        current = self.table.currentIndex()
        return current.data(IdRole) if current.isValid() else None

    def print_request(self) -> object | None:
        from kzdesk.core.summary import SummaryRequest
        from kzdesk.gui.printing.view import shown_ids

        page = self.views.currentIndex()
        if page == CHARTS and self.charts_panel is not None:
            chart = self.charts_panel.current_chart()
            if chart is not None:
                return SummaryRequest(kind="chart", ids=(chart.id,))
        if page == FIGURES:
            # The figures as the table shows them: its filters and its sort order.
            return SummaryRequest(kind="statistics", ids=shown_ids(self.proxy))
        return SummaryRequest(kind="statistics")

    def focus_filter(self) -> bool:
        self.views.setCurrentIndex(FIGURES)
        self.text_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_filter.selectAll()
        return True

    def save_state(self) -> None:
        settings = self.context.settings
        settings.set_value("statistics/splitter", self.splitter.saveState())
        settings.set_value("statistics/header", self.table.horizontalHeader().saveState())
        settings.set_value("statistics/view", self.views.currentIndex())
        if self.charts_panel is not None:
            settings.set_value("statistics/charts-splitter", self.charts_panel.splitter.saveState())
            chart = self.charts_panel.current_chart()
            if chart is not None:
                settings.set_value("statistics/chart", chart.id)

    def restore_state(self) -> None:
        settings = self.context.settings
        self.splitter.restoreState(settings.value("statistics/splitter"))
        self.table.horizontalHeader().restoreState(settings.value("statistics/header"))
        view = settings.value("statistics/view")
        if 0 <= view < self.views.count():
            self.views.setCurrentIndex(view)
