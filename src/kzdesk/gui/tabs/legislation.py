"""The Legislation tab: the legal changes the report describes, and the seven source documents it cites."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kzdesk.core.model import Act, Document
from kzdesk.core.references import Kind
from kzdesk.gui.models.choices import ChoicesModel, filter_combo
from kzdesk.gui.models.details import act_details, document_details, follow_link
from kzdesk.gui.models.filtering import FilterProxy
from kzdesk.gui.models.legislation import ActsModel, DocumentsModel
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

CHANGES, DOCUMENTS = range(2)


class LegislationTab(ListDetailsTab):
    key = "legislation"
    title = "Legislation"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.navigating = Navigation()
        self.add_views(
            self.tr("Legislation views"),
            [
                (self._build_changes(), self.tr("&Legal changes")),
                (self._build_documents(), self.tr("Source &documents")),
            ],
        )
        self.fit_to_zoom()
        self.restore_state()

    # ---- building ------------------------------------------------------------------------
    def _build_changes(self) -> QWidget:
        dataset = self.context.dataset
        self.acts_model = ActsModel(dataset, self)
        self.acts_proxy = FilterProxy(self)
        self.acts_proxy.setSourceModel(self.acts_model)

        statuses = sorted({a.status for a in dataset.acts})
        areas = sorted({a.area for a in dataset.acts})
        self.status_combo = filter_combo(
            self.tr("Status"), ChoicesModel(self.tr("Any status"), [(s, s) for s in statuses], self)
        )
        self.area_combo = filter_combo(
            self.tr("Area"), ChoicesModel(self.tr("All areas"), [(a, a) for a in areas], self)
        )
        self.filters = FilterBar(
            self.acts_proxy,
            Kind.ACT,
            placeholder=self.tr("Filter legal changes by any word of the report's wording…"),
            name=self.tr("Filter legal changes"),
            combos={"status": self.status_combo, "area": self.area_combo},
            what="legal change",
        )
        self.text_filter, self.count_label = self.filters.text_filter, self.filters.count_label

        self.acts_table = record_table(self.acts_proxy, self.tr("Legal changes"))
        header = self.acts_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.act_details = details_browser(
            self.tr("Legal change details"), self.tr("Select a legal change to read its wording.")
        )
        self.act_details.anchorClicked.connect(self._on_link)
        self.hidden_notice = HiddenByFilterNotice()
        self.acts = RecordList(
            self,
            self.navigating,
            model=self.acts_model,
            proxy=self.acts_proxy,
            view=self.acts_table,
            details=self.act_details,
            record_type=Act,
            describe=lambda a: act_details(self.context.dataset, a),
            notice=self.hidden_notice,
            name=lambda a: a.title,
            clear_filters=self.clear_filters,
            before_open=lambda: self.views.setCurrentIndex(CHANGES),
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.acts_table, 1)

        self.splitter = list_details_splitter("legislation-splitter", left, self.act_details, (720, 540))
        # The filters span the page, above the list and details, so stacking leaves the list its height.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(self.filters.layout)
        page_layout.addWidget(self.hidden_notice)
        page_layout.addWidget(self.splitter, 1)
        follow_selection(
            self.acts_proxy,
            self.acts_table,
            self.act_details,
            self.tr("The selected legal change is hidden by the filter."),
        )
        return page

    def _build_documents(self) -> QWidget:
        dataset = self.context.dataset
        self.documents_model = DocumentsModel(dataset, self)
        self.documents_table = record_table(self.documents_model, self.tr("Source documents"))
        self.documents_table.setSortingEnabled(False)  # seven documents, numbered as the report numbers them
        self.documents_table.setToolTip(self.tr("Press Enter or double-click a URL to open it in your browser"))
        header = self.documents_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.documents_table.activated.connect(self._on_document_activated)
        self.document_details = details_browser(
            self.tr("Source document details"),
            self.tr("Select a document to see its web address and every paragraph that cites it."),
        )
        self.document_details.anchorClicked.connect(self._on_link)
        self.documents = RecordList(
            self,
            self.navigating,
            model=self.documents_model,
            view=self.documents_table,
            details=self.document_details,
            record_type=Document,
            describe=lambda d: document_details(self.context.dataset, d),
            before_open=lambda: self.views.setCurrentIndex(DOCUMENTS),
        )
        note = QLabel(
            self.tr("The report lists these documents at its end; a citation such as [3, p. 121] refers to document 3.")
        )
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("About the source documents"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(note)
        top_layout.addWidget(self.documents_table, 1)
        self.documents_splitter = QSplitter(Qt.Orientation.Vertical)
        self.documents_splitter.setObjectName("legislation-documents-splitter")
        self.documents_splitter.setChildrenCollapsible(False)
        self.documents_splitter.addWidget(top)
        self.documents_splitter.addWidget(self.document_details)
        self.documents_splitter.setSizes([380, 380])
        return self.documents_splitter

    # ---- reacting --------------------------------------------------------------------------
    def _on_document_activated(self, index: QModelIndex) -> None:
        if index.column() == DocumentsModel.URL:
            document = self.documents_model.record(index.row())
            if document.url:
                self.context.open_url(document.url)

    def _on_link(self, url: QUrl) -> None:
        follow_link(url, self.open_requested.emit, self.context.open_url)

    def clear_filters(self) -> None:
        self.filters.clear()

    # ---- Tab API -----------------------------------------------------------------------------
    def open_target(self, target: str) -> bool:
        from kzdesk.core.references import kind_of

        kind = kind_of(target)
        if kind is Kind.ACT:
            return self.acts.select(target)
        if kind is Kind.DOCUMENT:
            return self.documents.select(target)
        return False

    def filter_widgets(self) -> list[QWidget]:
        return self.filters.widgets()

    def current_location(self) -> str | None:
        return (self.documents if self.views.currentIndex() == DOCUMENTS else self.acts).current_id()

    def print_request(self) -> object | None:
        from kzdesk.core.summary import SummaryRequest
        from kzdesk.gui.printing.view import shown_ids

        return SummaryRequest(
            kind="legislation", ids=shown_ids(self.acts_proxy), document_ids=shown_ids(self.documents_table.model())
        )

    def focus_filter(self) -> bool:
        self.views.setCurrentIndex(CHANGES)
        self.filters.focus()
        return True

    def save_state(self) -> None:
        settings = self.context.settings
        settings.set_value("legislation/splitter", self.splitter.saveState())
        settings.set_value("legislation/header", self.acts_table.horizontalHeader().saveState())
        settings.set_value("legislation/view", self.views.currentIndex())
        settings.set_value("legislation/documents-splitter", self.documents_splitter.saveState())
        settings.set_value("legislation/documents-header", self.documents_table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        settings = self.context.settings
        self.splitter.restoreState(settings.value("legislation/splitter"))
        self.acts_table.horizontalHeader().restoreState(settings.value("legislation/header"))
        self.documents_splitter.restoreState(settings.value("legislation/documents-splitter"))
        self.documents_table.horizontalHeader().restoreState(settings.value("legislation/documents-header"))
        self.restore_view()
