"""The Statistics tab: every figure in a sortable, filterable table; Tables 1 and 2 as printed; charts.

pandas (through :mod:`kzdesk.core.frames`) is imported when the tab is built and pyqtgraph
when its Charts view is first shown, so neither slows the main window's start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kzdesk.core.labels import DERIVED_MARK, escape, paragraph_label, section_label, table_label
from kzdesk.core.model import Statistic
from kzdesk.core.references import Kind, section_number, section_order
from kzdesk.gui.export import ExportError, as_tsv, make_copyable, model_header, model_rows, write_csv
from kzdesk.gui.models.choices import ChoicesModel, filter_combo
from kzdesk.gui.models.details import follow_link, internal_link, statistic_details
from kzdesk.gui.models.filtering import FilterProxy
from kzdesk.gui.models.statistics import ReportTableModel, StatisticsModel
from kzdesk.gui.tabs.listing import FilterBar, Navigation, RecordList
from kzdesk.gui.tabs.views import (
    ColumnsInCharacters,
    HiddenByFilterNotice,
    ListDetailsTab,
    VisibleRowHeights,
    follow_selection,
)

if TYPE_CHECKING:
    from kzdesk.gui.charts.panel import ChartsPanel
    from kzdesk.gui.context import AppContext

FIGURES, TABLES, CHARTS = range(3)
DETAILS_HINT = "Select a figure to see where the report states it."


class StatisticsTab(ListDetailsTab):
    key = "statistics"
    title = "Statistics"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        from kzdesk.core.frames import statistics_frame, table_frame

        dataset = context.dataset
        self.navigating = Navigation()
        self.model = StatisticsModel(statistics_frame(dataset), self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.charts_page = QWidget()  # the charts panel (pyqtgraph) is built when first shown
        self.charts_page.setLayout(QVBoxLayout())
        self.charts_page.layout().setContentsMargins(0, 0, 0, 0)
        self.charts_panel: ChartsPanel | None = None
        self.add_views(
            self.tr("Statistics views"),
            [
                (self._build_figures(), self.tr("F&igures")),
                (self._build_tables(table_frame), self.tr("Report &tables")),
                (self.charts_page, self.tr("Ch&arts")),
            ],
        )
        self.views.currentChanged.connect(self._on_view_changed)
        self.fit_to_zoom()
        self.restore_state()

    # ---- building ------------------------------------------------------------------------
    def _build_figures(self) -> QWidget:
        dataset = self.context.dataset
        stats = dataset.statistics
        titles = {s.id: s.title for s in dataset.sections}
        sections = sorted({s.section for s in stats}, key=section_order)
        self.section_combo = filter_combo(
            self.tr("Section"),
            ChoicesModel(
                self.tr("All sections"),
                [
                    (
                        f"{section_label(sid, titles[sid])}: {titles[sid]}"
                        if section_number(sid) is not None
                        else titles[sid],
                        sid,
                    )
                    for sid in sections
                ],
                self,
            ),
        )
        tables = sorted({s.table for s in stats if s.table is not None})
        table_choices = [(table_label(n), n) for n in tables] + [(self.tr("Not in a table"), 0)]
        self.table_combo = filter_combo(self.tr("Table"), ChoicesModel(self.tr("All tables"), table_choices, self))
        units = sorted({s.unit for s in stats}, key=str.casefold)
        self.unit_combo = filter_combo(
            self.tr("Unit"), ChoicesModel(self.tr("All units"), [(u, u) for u in units], self)
        )
        years = sorted({s.year for s in stats if s.year is not None}, reverse=True)
        year_choices = [(str(y), y) for y in years] + [(self.tr("No single year"), 0)]
        self.year_combo = filter_combo(self.tr("Year"), ChoicesModel(self.tr("All years"), year_choices, self))
        self._combos = {
            "section": self.section_combo,
            "table": self.table_combo,
            "unit": self.unit_combo,
            "year": self.year_combo,
        }
        self.filters = FilterBar(
            self.proxy,
            Kind.STATISTIC,
            placeholder=self.tr("Filter figures by any word…"),
            name=self.tr("Filter statistics"),
            combos=self._combos,
            what="figure",
        )
        self.text_filter, self.count_label = self.filters.text_filter, self.filters.count_label

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Statistics table"))
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
        self.columns = ColumnsInCharacters(
            self.table,
            StatisticsModel.INDICATOR,
            {
                StatisticsModel.UNIT: 9,
                StatisticsModel.YEAR: 7,
                StatisticsModel.PRINTED: 13,
                StatisticsModel.SOURCE: 14,
            },
        )
        self.row_heights = VisibleRowHeights(self.table)
        self.table.verticalHeader().hide()
        make_copyable(self.table, self.copy_selection)

        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Figure details"))
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._on_link)
        self.details.setPlaceholderText(self.tr("Select a figure to see where the report states it."))
        self.hidden_notice = HiddenByFilterNotice()
        self.records = RecordList(
            self,
            self.navigating,
            model=self.model,
            proxy=self.proxy,
            view=self.table,
            details=self.details,
            record_type=Statistic,
            describe=lambda stat: statistic_details(self.context.dataset, stat),
            notice=self.hidden_notice,
            name=lambda row: row.indicator,
            clear_filters=self.clear_filters,
            before_open=lambda: self.views.setCurrentIndex(FIGURES),
        )

        self.copy_button = QPushButton(self.tr("&Copy rows"))
        self.copy_button.setAccessibleName(self.tr("Copy selected figures as tab-separated text"))
        self.copy_button.setToolTip(self.tr("Copy the selected rows with a header line (Ctrl+C)"))
        self.copy_button.clicked.connect(self.copy_selection)
        self.csv_button = QPushButton(self.tr("Export C&SV…"))
        self.csv_button.setAccessibleName(self.tr("Export the figures shown to a CSV file"))
        self.csv_button.clicked.connect(self._ask_export_csv)
        self.xlsx_button = QPushButton(self.tr("Export E&xcel…"))
        self.xlsx_button.setAccessibleName(self.tr("Export the figures shown to an Excel workbook"))
        self.xlsx_button.setToolTip(
            self.tr("The figures shown (filters and sort order applied), and the report tables they come from")
        )
        self.xlsx_button.clicked.connect(self._ask_export_xlsx)
        legend = QLabel(
            DERIVED_MARK + " " + self.tr("derived value: computed from figures the report states, not printed as such")
        )
        legend.setWordWrap(True)
        legend.setAccessibleName(self.tr("Legend"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(legend, 1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.xlsx_button)
        left_layout.addLayout(bottom)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("statistics-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 500])
        follow_selection(self.proxy, self.table, self.details, self.tr("The selected figure is hidden by the filter."))
        # The filters span the page, above the list and details, so stacking leaves the list its height.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        # Four narrow combo boxes in one row (a long section title is elided when chosen, whole in the list).
        page_layout.addLayout(self.filters.layout)
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
            caption = QLabel(f"<b>{table_label(table.number)}. {escape(table.title)}</b>")
            caption.setWordWrap(True)
            caption.setAccessibleName(self.tr("{table} title").format(table=table_label(table.number)))
            view = QTableView()
            view.setModel(ReportTableModel(table_frame(dataset, table.number), table.id, view))
            view.setAccessibleName(f"{table_label(table.number)}. {table.title}")
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
                self.tr("Source: {place}").format(
                    place=internal_link(table.paragraph, paragraph_label(table.paragraph))
                )
                + f" · {internal_link(f'chart-{table.id}', self.tr('Show as a chart'))}"
            )
            source.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            source.setAccessibleName(self.tr("{table} source").format(table=table_label(table.number)))
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
        scroll.setAccessibleName(self.tr("Report tables"))
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
            stored = self.context.stored_ref(settings.value("statistics/chart"))  # a bare id: written before editions
            shown = stored is not None and panel.show_chart(stored.id)
            shown or panel.show_chart(panel.chart_ids()[0])
        return self.charts_panel

    # ---- reacting --------------------------------------------------------------------------
    def _on_view_changed(self, index: int) -> None:
        if index == CHARTS:
            self._ensure_charts()

    def _on_table_current(self, table_id: str) -> None:
        if table_id != self._current_table:
            self._current_table = table_id
            if not self.navigating.active:
                self.location_changed.emit(table_id)

    def _on_chart_changed(self, chart_id: str) -> None:
        if not self.navigating.active:
            self.location_changed.emit(chart_id)

    def _on_link(self, url: QUrl) -> None:
        follow_link(url, self.open_requested.emit, self.context.open_url)

    def clear_filters(self) -> None:
        self.filters.clear()

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
        from kzdesk.core.labels import kind_counted
        from kzdesk.gui.file_dialogs import announce_saved, ask_save_path

        path, _selected = ask_save_path(
            self, self.tr("Export figures as CSV"), "statistics.csv", [self.tr("CSV file (*.csv)")], ".csv"
        )
        if not path:
            return
        try:
            rows = self.export_csv(path)
        except ExportError as error:
            QMessageBox.warning(self, self.tr("Export failed"), str(error))
            return
        announce_saved(self, path, kind_counted(rows, Kind.STATISTIC))

    def export_xlsx(self, path: str | Path) -> tuple[Path, int, int]:
        """Write the figures the table shows (as :meth:`export_csv`) and the report tables they come from
        as an Excel workbook; returns the file written, the figures and the sheets."""
        from kzdesk.core.document.statistics_sheets import statistics_sheets
        from kzdesk.core.document.xlsx import write_workbook

        dataset = self.context.dataset
        by_id = {s.id: s for s in dataset.statistics}
        ids = self.model.frame["id"].iloc[self.proxy.source_rows()]
        chosen = [by_id[i] for i in ids]
        sheets = statistics_sheets(dataset, chosen)
        written = write_workbook(Path(path), sheets, self.tr("Figures of the report"))
        return written, len(chosen), len(sheets)

    def _ask_export_xlsx(self) -> None:
        from kzdesk.core.document.xlsx import WorkbookError
        from kzdesk.core.files import FileProblem
        from kzdesk.core.labels import counted, kind_counted
        from kzdesk.gui.file_dialogs import announce_saved, ask_save_path

        path, _selected = ask_save_path(
            self,
            self.tr("Export figures as an Excel workbook"),
            "statistics.xlsx",
            [self.tr("Excel workbook (*.xlsx)")],
            ".xlsx",
        )
        if not path:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written, rows, sheets = self.export_xlsx(path)
        except FileProblem as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {path}: {problem}").format(path=error.path, problem=error.problem),
            )
            return
        except WorkbookError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Export failed"), str(error))
            return
        QGuiApplication.restoreOverrideCursor()
        detail = self.tr("{figures}, {sheets}").format(
            figures=kind_counted(rows, Kind.STATISTIC), sheets=counted(sheets, "sheet")
        )
        announce_saved(self, written, detail)

    # ---- Tab API -----------------------------------------------------------------------------
    def open_target(self, target: str) -> bool:
        from kzdesk.core.references import kind_of

        kind = kind_of(target)
        if kind is Kind.STATISTIC:
            return self.records.select(target)
        with self.navigating():
            if kind is Kind.TABLE:
                return self._open_table(target)
            if kind is Kind.CHART:
                charts = self._ensure_charts()
                if target not in charts.chart_ids():
                    return False
                self.views.setCurrentIndex(CHARTS)
                return charts.show_chart(target)
            return False

    def filter_widgets(self) -> list[QWidget]:
        return self.filters.widgets()

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
        return self.records.current_id()

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
        self.filters.focus()
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
                settings.set_value("statistics/chart", self.context.ref(chart.id).text())

    def restore_state(self) -> None:
        settings = self.context.settings
        self.splitter.restoreState(settings.value("statistics/splitter"))
        self.table.horizontalHeader().restoreState(settings.value("statistics/header"))
        self.restore_view()
