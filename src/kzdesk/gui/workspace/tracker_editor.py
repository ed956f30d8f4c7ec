"""Your follow-up of one proposal, under its details: status, responsible unit, due date, progress, evidence.

Everything here is the user's own, and says so. A status is saved when it is chosen; the
text fields half a second after the last key. A save that fails says NOT saved and keeps
what was typed on screen; the next change tries again. The workspace opens on the first
change, so looking at proposals never creates a workspace file.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kzdesk.core.files import FileProblem
from kzdesk.core.labels import TRACKER_STATUS_LABELS
from kzdesk.core.references import Ref
from kzdesk.core.workspace.records import InvalidEntry, TrackerEntry
from kzdesk.core.workspace.schema import STATUSES
from kzdesk.core.workspace.store import Workspace

SAVE_DELAY_MS = 500


class TrackerEditor(QGroupBox):
    #: A proposal's entry was saved (its id): the list shows the new status.
    saved = Signal(str)

    def __init__(
        self, workspace: Callable[[], Workspace | None], edition: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__("Your follow-up", parent)
        self.setAccessibleName("Your follow-up of this proposal")
        self._workspace = workspace
        self._edition = edition
        self._target: str | None = None
        self._loading = False
        self._dirty = False  # changed on screen and not yet saved (a failed save keeps it so)

        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName("Status")
        for status in STATUSES:
            self.status_combo.addItem(TRACKER_STATUS_LABELS[status], status)
        self.status_combo.currentIndexChanged.connect(lambda _row: self._changed(at_once=True))
        self.unit_edit = QLineEdit()
        self.unit_edit.setAccessibleName("Responsible unit")
        self.unit_edit.setPlaceholderText("Who in your body follows it up")
        self.due_edit = QLineEdit()
        self.due_edit.setAccessibleName("Due date")
        self.due_edit.setPlaceholderText("YYYY-MM-DD")
        self.due_edit.setMaxLength(10)
        self.progress_edit = QPlainTextEdit()
        self.progress_edit.setAccessibleName("Progress notes")
        self.progress_edit.setPlaceholderText("What has been done so far")
        self.evidence_edit = QPlainTextEdit()
        self.evidence_edit.setAccessibleName("Evidence")
        self.evidence_edit.setPlaceholderText("Evidence: one document or link per line")
        for edit in (self.unit_edit, self.due_edit):
            edit.textEdited.connect(lambda _text: self._changed())
        for box in (self.progress_edit, self.evidence_edit):
            box.textChanged.connect(self._changed)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * 3)
        self.state_label = QLabel("")
        self.state_label.setAccessibleName("Save state of the follow-up")
        self.state_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow("&Status:", self.status_combo)
        form.addRow("&Unit:", self.unit_edit)
        form.addRow("D&ue:", self.due_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress_edit, 2)
        layout.addWidget(self.evidence_edit, 1)
        layout.addWidget(self.state_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.show_entry(None, None)

    def show_entry(self, target: str | None, entry: TrackerEntry | None) -> None:
        """Show the follow-up of proposal ``target`` (None: no proposal selected)."""
        self.save_now()  # what was typed for the proposal before goes first
        self._target = target
        self._dirty = False
        self._loading = True
        try:
            self.status_combo.setCurrentIndex(STATUSES.index(entry.status) if entry else 0)
            self.unit_edit.setText(entry.unit if entry else "")
            self.due_edit.setText(entry.due or "" if entry else "")
            self.progress_edit.setPlainText(entry.progress if entry else "")
            self.evidence_edit.setPlainText("\n".join(entry.evidence) if entry else "")
        finally:
            self._loading = False
        self.setEnabled(target is not None)
        self.state_label.setText(f"Updated {entry.updated[:16].replace('T', ' ')} UTC" if entry else "")

    def _changed(self, at_once: bool = False) -> None:
        if self._loading or self._target is None:
            return
        self._dirty = True
        self.state_label.setText("Not saved yet…")
        if at_once:
            self.save_now()
        else:
            self._timer.start()

    def save_now(self) -> bool:
        self._timer.stop()
        if self._target is None or not self._dirty:
            return True
        workspace = self._workspace()
        if workspace is None:
            return self._fail("your workspace cannot be opened")
        evidence = [line.strip() for line in self.evidence_edit.toPlainText().splitlines() if line.strip()]
        try:
            entry = workspace.set_tracker(
                Ref(self._edition(), self._target),
                status=str(self.status_combo.currentData()),
                unit=self.unit_edit.text(),
                due=self.due_edit.text().strip(),
                progress=self.progress_edit.toPlainText(),
                evidence=evidence,
            )
        except (FileProblem, InvalidEntry) as error:
            return self._fail(error.problem if isinstance(error, FileProblem) else str(error))
        self._dirty = False
        self.state_label.setText(f"Saved {entry.updated[11:19]} UTC")
        self.saved.emit(self._target)
        return True

    def _fail(self, why: str) -> bool:
        # What was typed stays on screen (still dirty): nothing is lost, and the next change tries again.
        self.state_label.setText(f"<b>NOT saved</b>: {why}")
        return False
