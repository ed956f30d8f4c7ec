"""The global search's results popup, under the toolbar's search field.

Searching runs on a worker thread, so typing and painting never wait for it.
Keystrokes are throttled: the first one after a pause searches at once (results
within the 50 ms budget), later ones within ``THROTTLE_MS`` are merged into one
search at the end of that window. Every search carries a generation number;
results of any but the latest are dropped, so a slow old search never overwrites
newer results. The keyboard focus stays in the field: it forwards arrows, Enter
and Esc to the popup.

The popup is a child widget of the main window (not a top-level window), so it
needs no window manager and shows in screenshots of the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from kzdesk.core.labels import escape
from kzdesk.gui.context import AppContext
from kzdesk.gui.delegates import SearchResultDelegate
from kzdesk.gui.models.search_results import SearchResultsModel
from kzdesk.gui.roles import IdRole, NoteIdRole

if TYPE_CHECKING:
    from kzdesk.core.search import SearchResult
    from kzdesk.core.search.notes import WorkspaceNotes

THROTTLE_MS = 120
RESULT_LIMIT = 60
#: Notes in the complete search ("Show all", the group's total): every one that matches.
ALL_NOTES = 1_000_000


PARTIAL_NOTE = "No entry has all the words; these have most of them."


def banner_text(result: SearchResult) -> str:
    """What the banner above the hits says: the correction used, and that no hit has
    every word, when so (a question's "what" or "how many" never counts as missing)."""
    parts = []
    if result.corrected:
        parts.append(f"Showing results for <b>{escape(result.corrected)}</b>")
    if result.partial and result.hits:
        parts.append(PARTIAL_NOTE if not parts else PARTIAL_NOTE[0].lower() + PARTIAL_NOTE[1:])
    return " — ".join(parts)


class _Relay(QObject):
    """Carries a worker's outcome back to the GUI thread (queued, as it lives there)."""

    finished = Signal(int, object)  # generation, SearchResult
    completed = Signal(int, object)  # generation, the SearchResult with every hit (for totals and "Show all")
    failed = Signal(int, str)


class _SearchTask(QRunnable):
    def __init__(
        self,
        relay: _Relay,
        context: AppContext,
        query: str | None,
        generation: int,
        popup: SearchPopup,
        complete: bool = False,
        notes: WorkspaceNotes | None = None,
    ):
        super().__init__()
        self._complete = complete
        self._notes = notes
        self._relay = relay
        self._context = context
        self._query = query
        self._generation = generation
        self._popup = popup

    def run(self) -> None:
        if self._query is not None and self._generation != self._popup.generation:
            return  # a newer keystroke superseded this search while it waited
        try:
            index = self._context.search_index
            if self._query is None:  # warming up: build the index (and read the notes) only
                if self._notes is not None:
                    self._notes.warm_up()
                return
            result = index.search(self._query, limit=len(index) if self._complete else RESULT_LIMIT)
        except Exception as error:  # the engine promises not to raise; a message beats a dead popup
            self._relay.failed.emit(self._generation, str(error))
            return
        if self._notes is not None:
            from kzdesk.core.search.notes import NOTES_LIMIT  # the popup shows the newest few

            try:
                result = self._notes.add_to(result, ALL_NOTES if self._complete else NOTES_LIMIT)
            except Exception:  # noqa: BLE001 — the user's file must never cost them the report's results
                pass
        (self._relay.completed if self._complete else self._relay.finished).emit(self._generation, result)


class _OutsideClicks(QObject):
    """Application-wide filter (installed while the popup shows): a click outside it closes it."""

    def __init__(self, popup: SearchPopup) -> None:
        super().__init__(popup)
        self._popup = popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self._popup
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
            inside = watched is popup or popup.isAncestorOf(watched) or watched is popup.field
            if not inside and not watched.inherits("QMenu"):  # a hit's own context menu keeps the popup
                popup.hide()
        return False


class SearchPopup(QFrame):
    #: The user chose a result: the id to open.
    activated = Signal(str)
    #: … and it was one of the user's notes: the note's id (sent after ``activated``).
    note_activated = Signal(str)
    #: The user asked for every hit: the complete SearchResult.
    show_all_requested = Signal(object)
    #: Add to Pack on a hit (its context menu): the id, and "summary" or "full" for a section ("" otherwise).
    pack_requested = Signal(str, str)

    def __init__(self, field: QLineEdit, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self.context = context
        self.generation = 0  # read by worker threads; an int assignment is atomic
        self.query = ""
        self._pending = False
        #: The current query's complete result (every hit), once searched; None until then.
        self.complete: SearchResult | None = None
        self._show_all_wanted = False
        #: The user's notes of the open edition, searched with the report (made on first search).
        self._notes: WorkspaceNotes | None = None
        self._notes_of: tuple[object, str] | None = None
        self.setObjectName("search-popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName("Search results")

        self._outside_clicks = _OutsideClicks(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one index build, and searches in order
        self._relay = _Relay()
        self._relay.finished.connect(self._show_result)
        self._relay.completed.connect(self._show_complete)
        self._relay.failed.connect(self._show_failure)
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.setInterval(THROTTLE_MS)
        self._throttle.timeout.connect(self._throttle_ended)

        self.correction = QLabel(self)
        self.correction.setTextFormat(Qt.TextFormat.RichText)
        self.correction.setAccessibleName("Spelling correction")
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchResultDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
        self.view.setAccessibleName("Search results")
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.clicked.connect(self._clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._hit_menu)
        self.show_all_button = QPushButton(self)
        self.show_all_button.setObjectName("show-all-results")
        self.show_all_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus; Shift+Enter
        self.show_all_button.setFlat(True)
        self.show_all_button.clicked.connect(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.correction)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.show_all_button)
        self.show_all_button.hide()
        self.correction.hide()
        self.status.hide()
        self.hide()
        field.installEventFilter(self)
        parent.installEventFilter(self)

    # --- searching ---------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Build the search index (and read the user's notes) in the background before the first
        keystroke needs it."""
        self._pool.start(_SearchTask(self._relay, self.context, None, self.generation, self, notes=self.notes()))

    def notes(self) -> WorkspaceNotes | None:
        """The notes of the workspace the window uses (its file need not exist yet), for the open edition.

        Made on the GUI thread (it reads the settings), used on the worker; a new one when the
        workspace file or the edition changes. The workspace is never opened for this.
        """
        try:
            path = self.context.workspace_session.path()
        except Exception:  # noqa: BLE001 — no home folder, a bad setting: search the report alone
            return None
        key = (path, self.context.edition_key)
        if self._notes is None or self._notes_of != key:
            from kzdesk.core.search.notes import WorkspaceNotes, item_label

            dataset = self.context.dataset
            self._notes = WorkspaceNotes(path, key[1], lambda target: item_label(dataset, target))
            self._notes_of = key
        return self._notes

    def set_query(self, text: str) -> None:
        self.generation += 1
        self.query = text.strip()
        self.complete = None
        self._show_all_wanted = False
        if not self.query:
            self._pending = False
            self.model.set_result(None)
            self.hide()
            return
        if self._throttle.isActive():
            self._pending = True
        else:
            self._dispatch()
            self._throttle.start()

    def _throttle_ended(self) -> None:
        if self._pending:
            self._pending = False
            self._dispatch()
            self._throttle.start()
        elif self.query and self.complete is None:
            # The user paused: count every hit now, off the keystroke path (the popup's own
            # search is already queued before this one, and typing again drops it unrun).
            self._dispatch(complete=True)

    def _dispatch(self, complete: bool = False) -> None:
        notes = self.notes()
        self._pool.start(_SearchTask(self._relay, self.context, self.query, self.generation, self, complete, notes))

    def _show_result(self, generation: int, result: SearchResult) -> None:
        if generation != self.generation:
            return  # stale: the user has typed since
        self.model.set_result(result)
        self.show_all_button.hide()
        text = banner_text(result)
        self.correction.setText(text)
        self.correction.setVisible(bool(text))
        if not result.hits:
            self.status.setText(f"No results for “{self.query}”")
        self.status.setVisible(not result.hits)
        self.view.setVisible(bool(result.hits))
        first = self.model.next_hit_row(-1, 1)
        if first is not None:
            self.view.setCurrentIndex(self.model.index(first))
            self.view.scrollToTop()
        self.place()
        self.show()
        self.raise_()

    def _show_complete(self, generation: int, result: SearchResult) -> None:
        if generation != self.generation:
            return
        self.complete = result
        if self._show_all_wanted:
            self._show_all_wanted = False
            self.show_all()
        if self.model.result is None:
            return
        from kzdesk.gui.models.search_results import kind_counts

        current = self.view.currentIndex().row()
        self.model.set_totals(kind_counts(result.hits))
        if current >= 0:
            self.view.setCurrentIndex(self.model.index(current))  # headers changed text, not place
        total = len(result.hits)
        self.show_all_button.setText(f"Show all {total} results… (Shift+Enter)")
        self.show_all_button.setVisible(total > self.model.hit_count)
        if self.isVisible():
            self.place()

    def show_all(self) -> None:
        """Every hit of the query, in a list to scroll, sort and open from (searched now if not yet)."""
        if not self.query:
            return
        if self.complete is None:
            self._show_all_wanted = True
            self._dispatch(complete=True)
            return
        self.hide()
        self.show_all_requested.emit(self.complete)

    def _show_failure(self, generation: int, message: str) -> None:
        if generation != self.generation:
            return
        self.model.set_result(None)
        self.correction.hide()
        self.view.hide()
        self.status.setText(f"Search failed: {message}")
        self.status.show()
        self.place()
        self.show()
        self.raise_()

    def shutdown(self) -> None:
        """Drop queued searches and wait for a running one, before the window goes away."""
        self.generation += 1
        self._throttle.stop()
        self._pool.clear()
        self._pool.waitForDone()

    # --- layout ------------------------------------------------------------------------------
    def place(self) -> None:
        """Under the search field, as wide as readable, as tall as the results need (within the window)."""
        parent = self.parentWidget()
        assert parent is not None
        below = self.field.mapTo(parent, self.field.rect().bottomLeft())
        metrics = self.fontMetrics()
        width = min(max(self.field.width(), metrics.averageCharWidth() * 90), parent.width() - 16)
        left = max(8, min(below.x(), parent.width() - width - 8))
        top = below.y() + 2
        room = parent.height() - top - 12
        labels = sum(
            w.sizeHint().height() + 4
            for w in (self.correction, self.status, self.show_all_button)
            if w.isVisibleTo(self)
        )
        wanted = labels + 16
        if self.view.isVisibleTo(self):
            for row in range(self.model.rowCount()):
                if wanted >= room:
                    break  # rows beyond the window's height are scrolled to, not measured
                wanted += self.view.sizeHintForRow(row)
        self.setGeometry(left, top, width, max(metrics.height() * 3, min(wanted, room)))

    # --- interaction -------------------------------------------------------------------------
    def move_selection(self, step: int) -> None:
        current = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        row = current
        for _ in range(abs(step)):
            following = self.model.next_hit_row(row, 1 if step > 0 else -1)
            if following is None:
                break
            row = following
        if row != current and row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
            self.view.scrollTo(self.model.index(row))

    def activate_current(self) -> bool:
        index = self.view.currentIndex()
        if not index.isValid() or index.data(IdRole) is None:
            return False
        self._clicked(index)
        return True

    def _clicked(self, index: QModelIndex) -> None:
        target = index.data(IdRole)
        if target is None:
            return
        self.hide()
        self.activated.emit(target)
        note = index.data(NoteIdRole)
        if note:
            self.note_activated.emit(note)

    def _hit_menu(self, where: object) -> None:
        """A hit's context menu: open it, or add it to the briefing pack (the popup stays open for more)."""
        from PySide6.QtWidgets import QMenu

        from kzdesk.core.references import Kind, kind_of

        index = self.view.indexAt(where)  # type: ignore[arg-type]
        target = index.data(IdRole) if index.isValid() else None
        if not isinstance(target, str):
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._clicked(index))
        if kind_of(target) is Kind.SECTION:
            menu.addAction(self.tr("Add Section Summary to Pack"), lambda: self.pack_requested.emit(target, "summary"))
            menu.addAction(self.tr("Add Section Full Text to Pack"), lambda: self.pack_requested.emit(target, "full"))
        else:
            menu.addAction(self.tr("Add to Pack (Ctrl+B)"), lambda: self.pack_requested.emit(target, ""))
        menu.exec(self.view.viewport().mapToGlobal(where))  # type: ignore[arg-type]
        menu.deleteLater()

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        QApplication.instance().installEventFilter(self._outside_clicks)

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        QApplication.instance().removeEventFilter(self._outside_clicks)
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.field and kind == QEvent.Type.KeyPress and self.isVisible():
            assert isinstance(event, QKeyEvent)
            return self._field_key(event)
        if watched is self.parentWidget() and kind == QEvent.Type.Resize and self.isVisible():
            self.place()
        return super().eventFilter(watched, event)

    def _field_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}
        if key in steps:
            self.move_selection(steps[key])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
            if modifiers != Qt.KeyboardModifier.NoModifier:
                self.show_all()
                return True
            return self.activate_current()
        if key == Qt.Key.Key_Escape:
            self.hide()
            return True
        return False
