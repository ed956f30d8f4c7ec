"""The Legislation tab: the legal changes the report describes, and the seven source documents it cites."""

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
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kzdesk.core.model import Act, Document
from kzdesk.gui.models.choices import ChoicesModel, filter_combo
from kzdesk.gui.models.details import act_details, document_details, follow_link
from kzdesk.gui.models.filtering import FilterProxy
from kzdesk.gui.models.legislation import ActsModel, DocumentsModel
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

CHANGES, DOCUMENTS = range(2)


class LegislationTab(ListDetailsTab):
    key = "legislation"
    printable = True
    title = "Legislation"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._navigating = False
        self.views = QTabWidget()
        self.views.setAccessibleName("Legislation views")
        self.views.setDocumentMode(True)
        self.views.addTab(self._build_changes(), "&Legal changes")
        self.views.addTab(self._build_documents(), "Source &documents")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)
        self.fit_to_zoom()
        self.restore_state()


    # ---- building ------------------------------------------------------------------------
    def _build_changes(self) -> QWidget:
        dataset = self.context.dataset
        self.acts_model = ActsModel(dataset, self)
        self.acts_proxy = FilterProxy(self)
        self.acts_proxy.setSourceModel(self.acts_model)

        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText("Filter legal changes by any word of the report's wording…")
        self.text_filter.setAccessibleName("Filter legal changes")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self.acts_proxy.set_text)
        statuses = sorted({a.status for a in dataset.acts})
        areas = sorted({a.area for a in dataset.acts})
        self.status_combo = filter_combo("Status", ChoicesModel("Any status", [(s, s) for s in statuses], self))
        self.area_combo = filter_combo("Area", ChoicesModel("All areas", [(a, a) for a in areas], self))
        self.status_combo.currentIndexChanged.connect(
            lambda row: self.acts_proxy.set_criterion("status", self.status_combo.model().value(row))
        )
        self.area_combo.currentIndexChanged.connect(
            lambda row: self.acts_proxy.set_criterion("area", self.area_combo.model().value(row))
        )
        self.clear_button = QPushButton("Clear filters")
        self.clear_button.setAccessibleName("Clear all legal change filters")
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Number of legal changes shown")

        self.acts_table = record_table(self.acts_proxy, "Legal changes")
        header = self.acts_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.acts_table.selectionModel().currentRowChanged.connect(self._on_act_row)
        self.act_details = details_browser("Legal change details", "Select a legal change to read its wording.")
        self.act_details.anchorClicked.connect(self._on_link)

        filters = QGridLayout()
        filters.addWidget(self.text_filter, 0, 0, 1, 2)
        filters.addWidget(self.clear_button, 0, 2)
        filters.addWidget(self.status_combo, 1, 0)
        filters.addWidget(self.area_combo, 1, 1)
        filters.addWidget(self.count_label, 1, 2)
        filters.setColumnStretch(0, 1)
        filters.setColumnStretch(1, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.acts_table, 1)

        self.splitter = list_details_splitter("legislation-splitter", left, self.act_details, (720, 540))
        on_rows_changed(self.acts_proxy, self._update_count)
        self._update_count()
        # The filters span the page, above the list and details, so stacking leaves the list its height.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(filters)
        self.hidden_notice = HiddenByFilterNotice()
        page_layout.addWidget(self.hidden_notice)
        page_layout.addWidget(self.splitter, 1)
        follow_selection(
            self.acts_proxy, self.acts_table, self.act_details, "The selected legal change is hidden by the filter."
        )
        return page

    def _build_documents(self) -> QWidget:
        dataset = self.context.dataset
        self.documents_model = DocumentsModel(dataset, self)
        self.documents_table = record_table(self.documents_model, "Source documents")
        self.documents_table.setSortingEnabled(False)  # seven documents, numbered as the report numbers them
        self.documents_table.setToolTip("Press Enter or double-click a URL to open it in your browser")
        header = self.documents_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.documents_table.selectionModel().currentRowChanged.connect(self._on_document_row)
        self.documents_table.activated.connect(self._on_document_activated)
        self.document_details = details_browser(
            "Source document details", "Select a document to see its web address and every paragraph that cites it."
        )
        self.document_details.anchorClicked.connect(self._on_link)
        note = QLabel(
            "The report lists these documents at its end; a citation such as [3, p. 121] refers to document 3."
        )
        note.setWordWrap(True)
        note.setAccessibleName("About the source documents")
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
    def _update_count(self, *_args: Any) -> None:
        self.count_label.setText(f"{self.acts_proxy.rowCount()} of {self.acts_model.rowCount()} changes")

    def _on_act_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        act = self.context.dataset.by_id.get(current.data(IdRole)) if current.isValid() else None
        if isinstance(act, Act):
            self.act_details.setHtml(act_details(self.context.dataset, act))
            if not self._navigating and not self.acts_proxy.filtering:  # not a row a filter moved the selection to
                self.location_changed.emit(act.id)
        else:
            self.act_details.clear()

    def _on_document_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        document = self.context.dataset.by_id.get(current.data(IdRole)) if current.isValid() else None
        if isinstance(document, Document):
            self.document_details.setHtml(document_details(self.context.dataset, document))
            if not self._navigating:
                self.location_changed.emit(document.id)
        else:
            self.document_details.clear()

    def _on_document_activated(self, index: QModelIndex) -> None:
        if index.column() == DocumentsModel.URL:
            document = self.documents_model.record(index.row())
            if document.url:
                self.context.open_url(document.url)

    def _on_link(self, url: QUrl) -> None:
        follow_link(url, self.open_requested.emit, self.context.open_url)

    def clear_filters(self) -> None:
        self.text_filter.clear()
        self.status_combo.setCurrentIndex(0)
        self.area_combo.setCurrentIndex(0)
        self.acts_proxy.clear_filters()

    # ---- Tab API -----------------------------------------------------------------------------
    def open_target(self, target: str) -> bool:
        self._navigating = True
        try:
            if target.startswith("act-"):
                row = self.acts_model.row_of(target)
                if row < 0:
                    return False
                index = self.acts_proxy.mapFromSource(self.acts_model.index(row, 0))
                self.views.setCurrentIndex(CHANGES)
                if not index.isValid():  # hidden by the user's filter: keep it, say so and offer to clear it
                    self.acts_table.selectionModel().clear()
                    title = self.acts_model.record(row).title
                    self.hidden_notice.offer(title, lambda: self._clear_and_open(target))
                    return True
                self.hidden_notice.hide()
                self._select(self.acts_table, index)
                return True
            if target.startswith("document-"):
                row = self.documents_model.row_of(target)
                if row < 0:
                    return False
                self.views.setCurrentIndex(DOCUMENTS)
                self._select(self.documents_table, self.documents_model.index(row, 0))
                return True
            return False
        finally:
            self._navigating = False

    @staticmethod
    def _select(view: QTableView, index: QModelIndex) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().setCurrentIndex(index, flags)
        view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _clear_and_open(self, target: str) -> None:
        self.clear_filters()
        self.open_target(target)
        self.acts_table.setFocus()

    def filter_widgets(self) -> list[QWidget]:
        return [self.text_filter, self.status_combo, self.area_combo]

    def current_location(self) -> str | None:
        view = self.documents_table if self.views.currentIndex() == DOCUMENTS else self.acts_table
        current = view.currentIndex()
        return current.data(IdRole) if current.isValid() else None

    def print_request(self) -> object | None:
        from kzdesk.core.summary import SummaryRequest
        from kzdesk.gui.printing.view import shown_ids

        return SummaryRequest(
            kind="legislation", ids=shown_ids(self.acts_proxy), document_ids=shown_ids(self.documents_table.model())
        )

    def focus_filter(self) -> bool:
        self.views.setCurrentIndex(CHANGES)
        self.text_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_filter.selectAll()
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
        view = settings.value("legislation/view")
        if 0 <= view < self.views.count():
            self.views.setCurrentIndex(view)
