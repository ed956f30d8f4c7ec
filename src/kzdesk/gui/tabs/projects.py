"""The Projects tab: every named project, programme, system and campaign, with what the report says of it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzdesk.core.model import Project
from kzdesk.gui.models.choices import ChoicesModel, filter_combo
from kzdesk.gui.models.details import follow_link, project_details
from kzdesk.gui.models.filtering import FilterProxy
from kzdesk.gui.models.projects import ProjectsModel
from kzdesk.gui.roles import IdRole
from kzdesk.gui.tabs.views import (
    HiddenByFilterNotice,
    ListDetailsTab,
    details_browser,
    follow_selection,
    list_details_splitter,
    on_rows_changed,
    record_table,
)

if TYPE_CHECKING:
    from kzdesk.gui.context import AppContext


class ProjectsTab(ListDetailsTab):
    key = "projects"
    printable = True
    title = "Projects"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        dataset = context.dataset
        self._navigating = False
        self.model = ProjectsModel(dataset, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText("Filter projects by name, other name or description…")
        self.text_filter.setAccessibleName("Filter projects")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self.proxy.set_text)
        kinds = sorted({p.kind for p in dataset.projects}, key=str.casefold)
        self.kind_combo = filter_combo("Kind", ChoicesModel("All kinds", [(k, k) for k in kinds], self))
        self.kind_combo.currentIndexChanged.connect(
            lambda row: self.proxy.set_criterion("kind", self.kind_combo.model().value(row))
        )
        self.clear_button = QPushButton("Clear filters")
        self.clear_button.setAccessibleName("Clear all project filters")
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Number of projects shown")

        self.table = record_table(self.proxy, "Projects")
        self.table.sortByColumn(ProjectsModel.NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProjectsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ProjectsModel.SECTIONS, QHeaderView.ResizeMode.ResizeToContents)
        width = self.fontMetrics().averageCharWidth()
        header.resizeSection(ProjectsModel.KIND, width * 16)
        header.resizeSection(ProjectsModel.OPERATOR, width * 20)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.details = details_browser("Project details", "Select a project to see what the report says of it.")
        self.details.anchorClicked.connect(self._on_link)

        filters = QGridLayout()
        filters.addWidget(self.text_filter, 0, 0, 1, 2)
        filters.addWidget(self.clear_button, 0, 2)
        filters.addWidget(self.kind_combo, 1, 0)
        filters.addWidget(self.count_label, 1, 1, 1, 2, Qt.AlignmentFlag.AlignRight)
        filters.setColumnStretch(0, 1)
        filters.setColumnStretch(1, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)

        self.splitter = list_details_splitter("projects-splitter", left, self.details, (700, 560))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)  # above list and details, so stacking leaves the list its height
        self.hidden_notice = HiddenByFilterNotice()
        layout.addWidget(self.hidden_notice)
        layout.addWidget(self.splitter, 1)
        follow_selection(self.proxy, self.table, self.details, "The selected project is hidden by the filter.")
        on_rows_changed(self.proxy, self._update_count)
        self._update_count()
        self.fit_to_zoom()
        self.restore_state()

    # ---- reacting --------------------------------------------------------------------------
    def _update_count(self, *_args: Any) -> None:
        self.count_label.setText(f"{self.proxy.rowCount()} of {self.model.rowCount()} projects")

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        project = self.context.dataset.by_id.get(current.data(IdRole)) if current.isValid() else None
        if isinstance(project, Project):
            self.details.setHtml(project_details(self.context.dataset, project))
            if not self._navigating and not self.proxy.filtering:  # not a row a filter moved the selection to
                self.location_changed.emit(project.id)
        else:
            self.details.clear()

    def _on_link(self, url: QUrl) -> None:
        follow_link(url, self.open_requested.emit, self.context.open_url)

    def clear_filters(self) -> None:
        self.text_filter.clear()
        self.kind_combo.setCurrentIndex(0)
        self.proxy.clear_filters()

    # ---- Tab API -----------------------------------------------------------------------------
    def open_target(self, target: str) -> bool:
        row = self.model.row_of(target) if target.startswith("project-") else -1
        if row < 0:
            return False
        self._navigating = True
        try:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():  # hidden by the user's filter: keep it, say so and offer to clear it
                self.table.selectionModel().clear()
                self.hidden_notice.offer(self.model.record(row).name, lambda: self._clear_and_open(target))
                return True
            self.hidden_notice.hide()
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            return True
        finally:
            self._navigating = False

    def _clear_and_open(self, target: str) -> None:
        self.clear_filters()
        self.open_target(target)
        self.table.setFocus()

    def filter_widgets(self) -> list[QWidget]:
        return [self.text_filter, self.kind_combo]

    def current_location(self) -> str | None:
        current = self.table.currentIndex()
        return current.data(IdRole) if current.isValid() else None

    def print_request(self) -> object | None:
        from kzdesk.core.summary import SummaryRequest
        from kzdesk.gui.printing.view import shown_ids

        return SummaryRequest(kind="projects", ids=shown_ids(self.proxy))

    def focus_filter(self) -> bool:
        self.text_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_filter.selectAll()
        return True

    def save_state(self) -> None:
        settings = self.context.settings
        settings.set_value("projects/splitter", self.splitter.saveState())
        settings.set_value("projects/header", self.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        settings = self.context.settings
        self.splitter.restoreState(settings.value("projects/splitter"))
        self.table.horizontalHeader().restoreState(settings.value("projects/header"))
