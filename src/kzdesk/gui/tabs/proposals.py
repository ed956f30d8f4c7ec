"""The Proposals tab: the report's 40 proposals, searched and ranked by the search engine, copied with citations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QRectF, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAbstractTextDocumentLayout, QGuiApplication, QPainter, QPalette, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kzdesk.core.labels import escape, proposal_label, shown_of
from kzdesk.core.model import Proposal
from kzdesk.core.references import Kind
from kzdesk.gui.export import make_copyable
from kzdesk.gui.models.choices import ChoicesModel, filter_combo
from kzdesk.gui.models.details import follow_link, proposal_details
from kzdesk.gui.models.proposals import ProposalsModel, ProposalsProxy, copy_text
from kzdesk.gui.roles import IdRole, SnippetHtmlRole
from kzdesk.gui.tabs.listing import Navigation, RecordList
from kzdesk.gui.tabs.views import HiddenByFilterNotice, ListDetailsTab, details_browser, follow_selection

if TYPE_CHECKING:
    from kzdesk.gui.context import AppContext

SEARCH_DELAY_MS = 150  # typing pauses longer than this run the search
DETAILS_HINT = "Select a proposal to see its themes and related sections."
HIDDEN_HINT = "The selected proposal is hidden by the filter."
PADDING = 6


class HtmlItemDelegate(QStyledItemDelegate):
    """Paints an item's SnippetHtmlRole (safe HTML with marked words), wrapped to the view's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)  # the view's font, so the app's zoom applies
        document.setHtml(str(index.data(SnippetHtmlRole) or ""))
        document.setTextWidth(max(self._view.viewport().width() - 2 * PADDING, 80))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        document = self._document(option, index)
        return QSize(int(document.idealWidth()) + 2 * PADDING, int(document.size().height()) + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + PADDING, option.rect.top() + PADDING)
        context.clip = QRectF(0, 0, option.rect.width() - 2 * PADDING, option.rect.height() - 2 * PADDING)
        document.documentLayout().draw(painter, context)
        painter.restore()


class ProposalList(QListView):
    """Re-measures the wrapped items when its width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class ProposalsTab(ListDetailsTab):
    key = "proposals"
    title = "Proposals"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        dataset = context.dataset
        self.navigating = Navigation()
        self._query = ""
        self._corrected: str | None = None
        self.model = ProposalsModel(dataset, self)
        self.proxy = ProposalsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0, Qt.SortOrder.AscendingOrder)

        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText("Search the proposals: words in any form, best matches first…")
        self.query_edit.setAccessibleName("Search proposals")
        self.query_edit.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(lambda _text: self._timer.start())
        self.query_edit.returnPressed.connect(self.run_search)
        self.theme_combo = filter_combo(
            "Theme", ChoicesModel("All themes", [(t.label, t.id) for t in dataset.themes], self)
        )
        self.theme_combo.currentIndexChanged.connect(self._on_theme)
        self.status = QLabel()
        self.status.setAccessibleName("Search status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)

        self.list = ProposalList()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName("Proposals")
        self.list.setItemDelegate(HtmlItemDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.selectionModel().selectionChanged.connect(self._update_status)
        make_copyable(self.list, self.copy_selection)
        self.copy_button = QPushButton("&Copy selected")
        self.copy_button.setAccessibleName("Copy the selected proposals with their citations")
        self.copy_button.setToolTip("Copy the selected proposals, numbered and cited (Ctrl+C)")
        self.copy_button.clicked.connect(self.copy_selection)
        self.select_all_button = QPushButton("Select &all shown")
        self.select_all_button.setAccessibleName("Select every proposal shown")
        self.select_all_button.clicked.connect(self.list.selectAll)

        self.details = details_browser("Proposal details", DETAILS_HINT)
        self.details.anchorClicked.connect(
            lambda url: follow_link(QUrl(url), self.open_requested.emit, self.context.open_url)
        )
        self.hidden_notice = HiddenByFilterNotice()
        self.records = RecordList(
            self,
            self.navigating,
            model=self.model,
            proxy=self.proxy,
            view=self.list,
            details=self.details,
            record_type=Proposal,
            describe=self._describe,
            notice=self.hidden_notice,
            name=lambda p: proposal_label(p.number),
            clear_filters=self.clear_filters,
            before_open=self._run_pending_search,
        )
        self.list.selectionModel().currentRowChanged.connect(self._update_status)
        self._build_tracker()

        filters = QGridLayout()
        filters.addWidget(self.query_edit, 0, 0)
        filters.addWidget(self.theme_combo, 0, 1)
        filters.addWidget(self.status_combo, 0, 2)
        filters.addWidget(self.order_combo, 0, 3)
        filters.setColumnStretch(0, 3)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(2, 1)
        filters.setColumnStretch(3, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.tracking_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.select_all_button)
        buttons.addWidget(self.copy_button)
        left_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("proposals-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        right = QSplitter(Qt.Orientation.Vertical)  # the report's details above, the user's follow-up below
        right.setChildrenCollapsible(False)
        right.addWidget(self.details)
        # In a scroll area, so its fields never make the window taller than a small screen (200 %, 768 px).
        follow_up = QScrollArea()
        follow_up.setWidgetResizable(True)
        follow_up.setFrameShape(QFrame.Shape.NoFrame)
        follow_up.setWidget(self.tracker_editor)
        right.addWidget(follow_up)
        right.setSizes([420, 300])
        self.splitter.addWidget(right)
        self.splitter.setSizes([760, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.hidden_notice)
        layout.addWidget(self.splitter, 1)
        # The pane follows the selection: empty, with a hint, when a theme or a search hides it.
        follow_selection(self.proxy, self.list, self.details, HIDDEN_HINT)
        self._update_status()
        self.restore_state()

    # ---- the user's follow-up (the tracker) --------------------------------------------------
    def _build_tracker(self) -> None:
        from kzdesk.core.labels import TRACKER_STATUS_LABELS
        from kzdesk.gui.workspace.tracker_editor import TrackerEditor

        self.status_combo = filter_combo(
            "Your status",
            ChoicesModel("All statuses", [(label, status) for status, label in TRACKER_STATUS_LABELS.items()], self),
        )
        self.status_combo.currentIndexChanged.connect(self._on_status_filter)
        # The tracker's columns as orders (a list of wrapped proposals has no column headers to click).
        self.order_combo = QComboBox()
        self.order_combo.setAccessibleName(self.tr("Order of the proposals"))
        self.order_combo.setToolTip(self.tr("Order the proposals as the report does, or by what you track"))
        for label, order in (
            (self.tr("Report order"), "report"),
            (self.tr("By your status"), "status"),
            (self.tr("By due date"), "due"),
            (self.tr("By responsible unit"), "unit"),
            (self.tr("Last changed first"), "updated"),
        ):
            self.order_combo.addItem(label, order)
        self.order_combo.currentIndexChanged.connect(self._on_order)
        session = self.context.workspace_session
        self.tracker_editor = TrackerEditor(session.get, lambda: self.context.edition_key, self)
        self.tracker_editor.saved.connect(lambda _target: self.reload_tracker())
        self.list.selectionModel().currentRowChanged.connect(self._show_follow_up)
        self._build_tracking_box()
        self.reload_tracker(session.peek())  # an existing workspace only: looking creates no file

    def _build_tracking_box(self) -> None:
        """The user's tracking of all the proposals: a bar per status, and the status report."""
        from kzdesk.gui.workspace.tracker_chart import TrackerChart

        self.tracking_box = QGroupBox(self.tr("Your tracking (your own entries, not the report's data)"))
        self.tracking_box.setObjectName("your-tracking")
        self.tracker_chart = TrackerChart()
        self.print_report_button = QPushButton(self.tr("&Print status report…"))
        self.print_report_button.setToolTip(self.tr("Your status report of every proposal, in the print preview"))
        self.print_report_button.setAccessibleName(self.tr("Print your status report"))
        self.print_report_button.clicked.connect(self.print_status_report)
        self.export_report_button = QPushButton(self.tr("E&xport status report…"))
        self.export_report_button.setToolTip(self.tr("Your status report as a CSV file or an Excel workbook"))
        self.export_report_button.setAccessibleName(self.tr("Export your status report"))
        self.export_report_button.clicked.connect(lambda: self.export_status_report())
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.print_report_button)
        buttons.addWidget(self.export_report_button)
        buttons.addStretch(1)
        box = QHBoxLayout(self.tracking_box)
        box.setContentsMargins(6, 2, 6, 4)
        box.addWidget(self.tracker_chart, 1, Qt.AlignmentFlag.AlignTop)
        box.addLayout(buttons)

    def reload_tracker(self, workspace: object = None) -> None:
        workspace = workspace if workspace is not None else self.context.workspace_session.peek()
        tracker = getattr(workspace, "tracker", None)
        entries = {e.target: e for e in tracker(self.context.edition_key)} if tracker is not None else {}
        self.model.set_tracker(entries)
        if self.proxy.order != "report":
            self.proxy.invalidate()  # a status, due date or unit changed: the order may too
        from kzdesk.core.tracker_report import tracker_chart

        self.tracker_chart.set_chart(tracker_chart(self.context.dataset, entries.values()))
        self._update_status()

    def tracker_entries(self) -> list[Any]:
        return [e for p in self.context.dataset.proposals if (e := self.model.tracker_entry(p.id)) is not None]

    def print_status_report(self) -> None:
        """Your status report in the print preview (printed or saved as PDF from there)."""
        from kzdesk.core.summary import SummaryRequest
        from kzdesk.gui.printing import dialogs

        self.tracker_editor.save_now()  # what was just typed is in the report
        dialogs.print_with_preview(self, self.context, SummaryRequest("tracker"))

    def export_status_report(self, path: str | None = None) -> str | None:
        """Your status report as CSV or XLSX, by the name (``path`` None: ask where); the path saved, or None."""
        from kzdesk.gui.workspace.tracker_export import export_csv

        self.tracker_editor.save_now()
        return export_csv(self, self.context, self.tracker_entries(), path)

    def _show_follow_up(self, current: QModelIndex, _previous: QModelIndex) -> None:
        target = current.data(IdRole) if current.isValid() else None
        self.tracker_editor.show_entry(target, self.model.tracker_entry(target) if target else None)

    def _on_order(self, row: int) -> None:
        self.proxy.set_order(self.order_combo.itemData(row) or "report")

    def _on_status_filter(self, row: int) -> None:
        self.proxy.set_criterion("status", self.status_combo.model().value(row))
        self._update_status()

    def tracker_summary(self) -> str:
        """ "Your tracker: 1 in progress, 2 implemented, 37 not started" — empty when nothing is tracked."""
        from kzdesk.core.labels import tracker_status_label

        if not self.model.tracker_entry_count():
            return ""
        counts: dict[str, int] = {}
        for proposal in self.context.dataset.proposals:  # an untracked proposal is not started
            entry = self.model.tracker_entry(proposal.id)
            status = entry.status if entry is not None else "not-started"
            counts[status] = counts.get(status, 0) + 1
        order = ("in-progress", "implemented", "not-applicable", "not-started")  # what was done first
        parts = [f"{counts[s]} {tracker_status_label(s).lower()}" for s in order if counts.get(s)]
        return "Your tracker: " + ", ".join(parts) + "."

    # ---- searching and filtering ---------------------------------------------------------
    def run_search(self) -> None:
        """Filter and rank by the search engine now (typing runs this after a short pause)."""
        self._timer.stop()
        query = self.query_edit.text().strip()
        self._query = query
        self._corrected = None
        if not query:
            self.model.set_terms(())
            self.proxy.set_ranking(None)
        else:
            result = self.context.search_index.search(query, kind="proposal", limit=40)
            self._corrected = result.corrected
            self.model.set_terms(tuple(result.terms))
            self.proxy.set_ranking([hit.id for hit in result.hits if hit.kind == "proposal"])
        self._update_status()
        self.records.show_current()

    def _on_theme(self, row: int) -> None:
        self.proxy.set_criterion("theme", self.theme_combo.model().value(row))
        self._update_status()

    def query(self) -> str:
        return self._query

    def theme(self) -> str | None:
        return self.theme_combo.model().value(self.theme_combo.currentIndex())

    def _update_status(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        parts = []
        if self._query and self._corrected:
            parts.append(f"Showing results for <b>“{escape(self._corrected)}”</b> (you typed “{escape(self._query)}”).")
        if self._query and shown == 0:
            parts.append(f"No proposal matches “{escape(self._query)}”" + (" in this theme." if self.theme() else "."))
        else:
            order = ", best matches first" if self._query else ""
            parts.append(f"{shown_of(shown, total, Kind.PROPOSAL)}{order}.")
        selected = len(self.list.selectionModel().selectedRows())
        if selected:
            parts.append(f"{selected} selected.")
        summary = self.tracker_summary() if hasattr(self, "tracker_editor") else ""
        if summary:
            parts.append(f"<i>{escape(summary)}</i>")
        self.status.setText(" ".join(parts))
        self.copy_button.setEnabled(selected > 0 or self.list.currentIndex().isValid())

    # ---- selection, details, copying -------------------------------------------------------
    def _describe(self, proposal: Proposal) -> str:
        return proposal_details(self.context.dataset, proposal, self.model.spans(self.model.row_of(proposal.id)))

    def selected_proposals(self) -> list[Proposal]:
        rows = [self.proxy.mapToSource(index).row() for index in self.list.selectionModel().selectedRows()]
        return sorted((self.model.record(row) for row in rows), key=lambda p: p.number)

    def copy_selection(self) -> str:
        """Copy the selected proposals (or the current one), numbered and cited; returns the text."""
        proposals = self.selected_proposals()
        if not proposals and self.list.currentIndex().isValid():
            proposals = [self.model.record(self.proxy.mapToSource(self.list.currentIndex()).row())]
        if not proposals:
            return ""
        text = copy_text(proposals, self.context.dataset.report)
        QGuiApplication.clipboard().setText(text)
        return text

    # ---- Tab API -----------------------------------------------------------------------------
    def open_target(self, target: str) -> bool:
        return self.records.select(target)

    def _run_pending_search(self) -> None:
        if self._timer.isActive():  # a query typed or put back but not yet run: run it first
            self.run_search()

    def clear_filters(self) -> None:
        self.theme_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        self.query_edit.clear()
        self.run_search()

    def filter_widgets(self) -> list[QWidget]:
        return [self.query_edit, self.theme_combo, self.status_combo]

    def restore_view_state(self, state: object) -> None:
        super().restore_view_state(state)
        if self.query_edit.text().strip() != self._query:
            self.run_search()  # now, not after the typing pause: the visit's target is selected next

    def current_location(self) -> str | None:
        return self.records.current_id()

    def print_request(self) -> object | None:
        from kzdesk.core.summary import SummaryRequest
        from kzdesk.gui.printing.view import shown_ids

        selected = self.selected_proposals()
        if selected:
            return SummaryRequest(kind="proposals", proposal_ids=tuple(p.id for p in selected))
        # The list as shown (its order); the query and theme say why, and mark the matched words.
        return SummaryRequest(kind="proposals", query=self._query, theme=self.theme(), ids=shown_ids(self.proxy))

    def focus_filter(self) -> bool:
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()
        return True

    def save_state(self) -> None:
        settings = self.context.settings
        settings.set_value("proposals/splitter", self.splitter.saveState())
        settings.set_value("proposals/theme", self.theme() or "")
        settings.set_value("proposals/order", self.proxy.order)

    def restore_state(self) -> None:
        settings = self.context.settings
        self.splitter.restoreState(settings.value("proposals/splitter"))
        theme = settings.value("proposals/theme") or None
        self.theme_combo.setCurrentIndex(self.theme_combo.model().row_of(theme))
        self.order_combo.setCurrentIndex(max(0, self.order_combo.findData(settings.value("proposals/order"))))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.list.scheduleDelayedItemsLayout()  # wrapped items change height with the font
