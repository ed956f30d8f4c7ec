"""The Bookmarks and Notes panel: the user's own marks beside the report, never mixed into it.

A dock with a kind filter (bookmarks, highlights, notes, or what they are on: paragraphs,
proposals, figures …) and a text filter, the table of bookmarks, highlights and notes
(sortable), and an editor for the
selected note that saves as the user types (half a second after the last key). A save
that fails (a full disk, a read-only file) says so and keeps the text in the editor, so
nothing typed is lost; the next keystroke tries again. Double-click or Enter opens the
item where it belongs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kzdesk.core.files import FileProblem
from kzdesk.core.references import Ref
from kzdesk.core.workspace.records import Highlight, InvalidEntry, Note
from kzdesk.core.workspace.store import Workspace
from kzdesk.gui.models.choices import ChoicesModel, filter_combo
from kzdesk.gui.roles import IdRole, KindRole, SortRole, WorkspaceRecordRole
from kzdesk.gui.workspace.models import YourItemsModel

SAVE_DELAY_MS = 500
HINT = "Select a note to edit it here. Your notes are yours: they are never printed as the report's text."


def kind_choices() -> list[tuple[str, str]]:
    """The kind filter's entries: what the user made, then what it is on (values "record:…", "item:…")."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("WorkspacePanel", text)

    return [
        (tr("Bookmarks"), "record:bookmark"),
        (tr("Highlights"), "record:highlight"),
        (tr("Notes"), "record:note"),
        (tr("On paragraphs"), "item:paragraph"),
        (tr("On sections"), "item:section"),
        (tr("On proposals"), "item:proposal"),
        (tr("On figures"), "item:statistic"),
        (tr("On tables"), "item:table"),
        (tr("On charts"), "item:chart"),
        (tr("On legal changes"), "item:act"),
        (tr("On documents"), "item:document"),
        (tr("On projects"), "item:project"),
        (tr("On abbreviations"), "item:term"),
    ]


class YourItemsProxy(QSortFilterProxyModel):
    """The panel's rows of one kind (``set_kind``) that match the text filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None

    def set_kind(self, kind: str | None) -> None:
        """ "record:note", "item:proposal" … or None for every kind."""
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if self._kind is not None:
            model = self.sourceModel()
            record, item = model.index(source_row, 0, source_parent).data(KindRole) or ("", "")
            side, _, wanted = self._kind.partition(":")
            if (record if side == "record" else item) != wanted:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class WorkspacePanel(QDockWidget):
    #: The user changed or deleted a bookmark, highlight or note here: views that show them refresh.
    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        model: YourItemsModel,
        open_target: Callable[[str], object],
        status: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Bookmarks and Notes", parent)
        self.setObjectName("workspace-panel")  # saveState() keeps where it is docked
        self.workspace = workspace
        self.model = model
        self.open_target = open_target
        self.status = status
        self._note: Note | None = None

        self.proxy = YourItemsProxy(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter your bookmarks and notes…")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Filter bookmarks and notes")
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.kind_combo: QComboBox = filter_combo(
            self.tr("Kind of bookmark, highlight or note"), ChoicesModel(self.tr("All kinds"), kind_choices(), self)
        )
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Your bookmarks and notes")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        # Kind and Updated as wide as they need; Item and the user's words share the rest.
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(self._selected)

        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(HINT)
        self.editor.setAccessibleName("Your note")
        self.editor.setEnabled(False)
        self.editor.textChanged.connect(self._edited)
        self.editor_title = QLabel("")  # says whose words these are and what they are on
        self.saved_label = QLabel("")
        self.saved_label.setAccessibleName("Save state of the note")
        self.delete_button = QPushButton("&Delete")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_selected)
        self.open_button = QPushButton("&Open")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.filter, 1)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.editor_title)
        layout.addWidget(self.editor, 2)
        layout.addLayout(buttons)
        self.setWidget(body)

    # ---- filtering -------------------------------------------------------------------------
    def _kind_chosen(self, row: int) -> None:
        model = self.kind_combo.model()
        assert isinstance(model, ChoicesModel)
        self.proxy.set_kind(model.value(row))

    def set_kind(self, kind: str | None) -> None:
        """Show only ``kind`` ("record:highlight", "item:proposal" …; None: all)."""
        model = self.kind_combo.model()
        assert isinstance(model, ChoicesModel)
        self.kind_combo.setCurrentIndex(model.row_of(kind))

    # ---- selection -------------------------------------------------------------------------
    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.save_now()  # what was typed in the note before goes first
        record = current.data(WorkspaceRecordRole) if current.isValid() else None
        self._note = record if isinstance(record, Note) else None
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._note.text if self._note else "")
        self.editor.blockSignals(False)
        self.editor.setEnabled(self._note is not None)
        on = current.siblingAtColumn(1).data() if self._note is not None else ""
        self.editor_title.setText(f"<b>Your note</b> on {on}" if on else "")
        self.delete_button.setEnabled(record is not None)
        self.open_button.setEnabled(record is not None)
        self.saved_label.setText("")

    def select_record(self, record_id: str) -> None:
        row = self.model.row_of_record(record_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_target(index.data(IdRole))

    # ---- editing ---------------------------------------------------------------------------
    def _edited(self) -> None:
        if self._note is not None:
            self.saved_label.setText("Not saved yet…")
            self._save_timer.start()

    def save_now(self) -> bool:
        """Write the editor's text to the note now (the timer does this as the user types)."""
        self._save_timer.stop()
        if self._note is None or self.editor.toPlainText() == self._note.text:
            return True
        try:
            self._note = self.workspace.update_note(self._note.id, self.editor.toPlainText())
        except (FileProblem, InvalidEntry) as error:
            # The text stays in the editor: nothing typed is lost, and the next keystroke retries.
            text = f"Your note is NOT saved: {error.problem if isinstance(error, FileProblem) else error}"
            self.saved_label.setText(text)
            self.status(text)
            return False
        self.saved_label.setText(f"Saved {self._note.updated[11:19]} UTC")
        self.changed.emit()
        return True

    def delete_selected(self) -> None:
        record = self.table.currentIndex().data(WorkspaceRecordRole)
        if record is None:
            return
        self._save_timer.stop()
        self._note = None
        try:
            if isinstance(record, Note):
                self.workspace.delete_note(record.id)
                self.status("Deleted your note")
            elif isinstance(record, Highlight):
                self.workspace.remove_highlight(record.id)
                self.status(self.tr("Removed the highlight"))
            else:
                self.workspace.remove_bookmark(Ref(record.edition, record.target))
                self.status("Removed the bookmark")
        except FileProblem as error:
            self.status(f"Not deleted: {error.problem}")
        self.model.reload()
        self.changed.emit()
