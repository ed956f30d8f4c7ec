"""The Projects tab: every named project, programme, system and campaign, with what the report says of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from kzdesk.core.model import Project
from kzdesk.core.references import Kind
from kzdesk.gui.models.choices import ChoicesModel, filter_combo
from kzdesk.gui.models.details import follow_link, project_details
from kzdesk.gui.models.filtering import FilterProxy
from kzdesk.gui.models.projects import ProjectsModel
from kzdesk.gui.tabs.listing import FilterBar, Navigation, RecordList
from kzdesk.gui.tabs.views import (
    HiddenByFilterNotice,
    ListDetailsTab,
    details_browser,
    follow_selection,
    list_details_splitter,
    record_table,
)

if TYPE_CHECKING:
    from kzdesk.gui.context import AppContext


class ProjectsTab(ListDetailsTab):
    key = "projects"
    title = "Projects"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        dataset = context.dataset
        self.navigating = Navigation()
        self.model = ProjectsModel(dataset, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)

        kinds = sorted({p.kind for p in dataset.projects}, key=str.casefold)
        self.kind_combo = filter_combo(
            self.tr("Kind"), ChoicesModel(self.tr("All kinds"), [(k, k) for k in kinds], self)
        )
        self.filters = FilterBar(
            self.proxy,
            Kind.PROJECT,
            placeholder=self.tr("Filter projects by name, other name or description…"),
            name=self.tr("Filter projects"),
            combos={"kind": self.kind_combo},
            what="project",
        )
        self.text_filter, self.count_label = self.filters.text_filter, self.filters.count_label

        self.table = record_table(self.proxy, self.tr("Projects"))
        self.table.sortByColumn(ProjectsModel.NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProjectsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ProjectsModel.SECTIONS, QHeaderView.ResizeMode.ResizeToContents)
        width = self.fontMetrics().averageCharWidth()
        header.resizeSection(ProjectsModel.KIND, width * 16)
        header.resizeSection(ProjectsModel.OPERATOR, width * 20)
        self.details = details_browser(
            self.tr("Project details"), self.tr("Select a project to see what the report says of it.")
        )
        self.details.anchorClicked.connect(self._on_link)
        self.hidden_notice = HiddenByFilterNotice()
        self.records = RecordList(
            self,
            self.navigating,
            model=self.model,
            proxy=self.proxy,
            view=self.table,
            details=self.details,
            record_type=Project,
            describe=lambda p: project_details(self.context.dataset, p),
            notice=self.hidden_notice,
            name=lambda p: p.name,
            clear_filters=self.clear_filters,
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        self.splitter = list_details_splitter("projects-splitter", left, self.details, (700, 560))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filters.layout)  # above list and details, so stacking leaves the list its height
        layout.addWidget(self.hidden_notice)
        layout.addWidget(self.splitter, 1)
        follow_selection(self.proxy, self.table, self.details, self.tr("The selected project is hidden by the filter."))
        self.fit_to_zoom()
        self.restore_state()

    # ---- reacting --------------------------------------------------------------------------
    def _on_link(self, url: QUrl) -> None:
        follow_link(url, self.open_requested.emit, self.context.open_url)

    def clear_filters(self) -> None:
        self.filters.clear()

    # ---- Tab API -----------------------------------------------------------------------------
    def open_target(self, target: str) -> bool:
        return self.records.select(target)

    def filter_widgets(self) -> list[QWidget]:
        return self.filters.widgets()

    def current_location(self) -> str | None:
        return self.records.current_id()

    def print_request(self) -> object | None:
        from kzdesk.core.summary import SummaryRequest
        from kzdesk.gui.printing.view import shown_ids

        return SummaryRequest(kind="projects", ids=shown_ids(self.proxy))

    def focus_filter(self) -> bool:
        self.filters.focus()
        return True

    def save_state(self) -> None:
        settings = self.context.settings
        settings.set_value("projects/splitter", self.splitter.saveState())
        settings.set_value("projects/header", self.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        settings = self.context.settings
        self.splitter.restoreState(settings.value("projects/splitter"))
        self.table.horizontalHeader().restoreState(settings.value("projects/header"))
