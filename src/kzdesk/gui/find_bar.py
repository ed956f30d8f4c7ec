"""Find-in-text for a QTextEdit: every match highlighted, next/previous, a match count."""

from __future__ import annotations

# ``Qt`` is imported where a user action needs it, not here: the bar is built at start-up,
# and the first use of PySide6's ``Qt`` namespace costs ≈ 40 ms (see kzdesk.gui.app.set_by_name).
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from kzdesk.gui.app import set_by_name

#: Beyond this many matches the count says "1000+" and only these are highlighted (a one-letter query).
MAX_MATCHES = 1000


def match_colour(palette: QPalette) -> QColor:
    """A yellow that reads on light and dark backgrounds."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#7a6414") if dark else QColor("#ffe38a")


class FindBar(QWidget):
    """Searches ``editor``'s document; the owner reads :meth:`selections` into its extra selections."""

    #: The highlighted matches changed (the owner re-applies its extra selections).
    matches_changed = Signal()
    closed = Signal()

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._matches: list[QTextCursor] = []
        self._current = -1
        self._note = ""
        #: Asked with the step (1 or -1) when F3 passes the last or first match; True if the owner
        #: moved on (the Report tab opens the next section with matches) instead of wrapping around.
        self.overflow: Callable[[int], bool] | None = None

        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Find in this section")
        self.field.setAccessibleName("Find in text")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._search)
        self.field.installEventFilter(self)
        self.previous_button = self._button("Previous", "Previous match (Shift+F3)", self.find_previous)
        self.next_button = self._button("Next", "Next match (F3)", self.find_next)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName("Match count")
        self.close_button = self._button("Close", "Close the find bar (Esc)", self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count_label)
        layout.addWidget(self.close_button)
        editor.document().contentsChanged.connect(self._search)

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        set_by_name(button, "toolButtonStyle", "ToolButtonTextOnly")
        button.clicked.connect(slot)
        return button

    def open_bar(self) -> None:
        from PySide6.QtCore import Qt

        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._search()

    def close_bar(self) -> None:
        self.hide()
        self._matches = []
        self._current = -1
        self.matches_changed.emit()
        self.editor.setFocus()  # Qt.FocusReason.OtherFocusReason
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # In the field: Enter finds the next match, Shift+Enter the previous one, Esc closes.
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            from PySide6.QtCore import Qt

            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(watched, event)

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def current_index(self) -> int:
        return self._current

    def _search(self) -> None:
        text = self.field.text()
        self._matches = []
        self._current = -1
        if text and self.isVisible():
            document = self.editor.document()
            cursor = QTextCursor(document)
            while len(self._matches) < MAX_MATCHES:
                cursor = document.find(text, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                self._matches.append(QTextCursor(cursor))
        if self._matches:
            # Start at the first match at or after what the reader is looking at.
            top = self.editor.cursorForPosition(self.editor.viewport().rect().topLeft()).position()
            self._current = next((i for i, m in enumerate(self._matches) if m.selectionStart() >= top), 0)
            self._show_current()
        self._update_label()
        self.matches_changed.emit()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        at_end = self._current + step >= len(self._matches) or self._current + step < 0
        if (not self._matches or at_end) and self.overflow is not None and self.overflow(step):
            return
        if not self._matches:
            return
        self._current = (self._current + step) % len(self._matches)
        self._show_current()
        self._update_label()
        self.matches_changed.emit()

    def select_last(self) -> None:
        """Make the last match current (stepping back into a page from the one after it)."""
        if self._matches:
            self._current = len(self._matches) - 1
            self._show_current()
            self._update_label()
            self.matches_changed.emit()

    def set_note(self, note: str) -> None:
        """Text shown after the match count, e.g. where else the words occur."""
        self._note = note
        self._update_label()

    def _show_current(self) -> None:
        match = self._matches[self._current]
        self.editor.setTextCursor(match)
        self.editor.ensureCursorVisible()

    def _update_label(self) -> None:
        if not self.field.text():
            self.count_label.setText("")
            return
        if not self._matches:
            text = "No matches here"
        else:
            total = f"{len(self._matches)}+" if len(self._matches) >= MAX_MATCHES else str(len(self._matches))
            text = f"{self._current + 1} of {total}"
        self.count_label.setText(f"{text} · {self._note}" if self._note else text)

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        colour = match_colour(self.editor.palette())
        selections = []
        for match in self._matches:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = match
            selection.format.setBackground(colour)
            selections.append(selection)
        return selections


def find_shortcuts() -> tuple[QKeySequence, QKeySequence]:
    portable = QKeySequence.SequenceFormat.PortableText
    return QKeySequence.fromString("F3", portable), QKeySequence.fromString("Shift+F3", portable)
