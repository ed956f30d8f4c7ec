"""Your follow-up of one proposal, under its details: status, responsible unit, due date, progress, evidence.

Everything here is the user's own, and says so. A status is saved when it is chosen; the
text fields half a second after the last key. A save that fails says NOT saved and keeps
what was typed on screen; the next change tries again. Moving to another proposal after a
failed save keeps what was typed for the first one (shown again when the user comes back,
and saved with the next save that works), so switching never drops unsaved text. The
workspace opens on the first change, so looking at proposals never creates a workspace file.
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

#: What is typed for one proposal: status, unit, due date, progress, evidence lines.
Values = tuple[str, str, str, str, list[str]]


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
        #: What was typed for other proposals and could not be saved (their id -> the values), kept till saved.
        self._pending: dict[str, Values] = {}
        self._problem = ""  # why the last save failed
        self._saved_at = ""  # when the last save that worked was written (UTC, HH:MM:SS)

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
        left = self._target
        kept = not self.save_now() and left is not None
        if kept and left is not None:  # the save failed: what was typed is kept, never dropped
            self._pending[left] = self._values()
        pending = self._pending.get(target) if target is not None else None
        self._target = target
        self._dirty = pending is not None
        self._loading = True
        try:
            if pending is not None:
                status, unit, due, progress, evidence = pending
                self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
                self.unit_edit.setText(unit)
                self.due_edit.setText(due)
                self.progress_edit.setPlainText(progress)
                self.evidence_edit.setPlainText("\n".join(evidence))
            else:
                self.status_combo.setCurrentIndex(STATUSES.index(entry.status) if entry else 0)
                self.unit_edit.setText(entry.unit if entry else "")
                self.due_edit.setText(entry.due or "" if entry else "")
                self.progress_edit.setPlainText(entry.progress if entry else "")
                self.evidence_edit.setPlainText("\n".join(entry.evidence) if entry else "")
        finally:
            self._loading = False
        self.setEnabled(target is not None)
        if pending is not None:
            self.state_label.setText(
                self.tr(
                    "<b>NOT saved yet</b>: what you typed here before could not be saved;"
                    " it is kept, and saved with your next change"
                )
            )
            self._timer.start()  # try again now that the user is back
        elif kept:
            self.state_label.setText(
                self.tr(
                    "<b>Your follow-up of the proposal you left is NOT saved</b> ({why});"
                    " it is kept and saved as soon as saving works again"
                ).format(why=self._problem)
            )
        else:
            self.state_label.setText(
                self.tr("Updated {when} UTC").format(when=entry.updated[:16].replace("T", " ")) if entry else ""
            )

    def pending(self) -> dict[str, Values]:
        """What was typed for proposals no longer shown and is not saved yet (their id -> the values)."""
        return dict(self._pending)

    def _values(self) -> Values:
        evidence = [line.strip() for line in self.evidence_edit.toPlainText().splitlines() if line.strip()]
        return (
            str(self.status_combo.currentData()),
            self.unit_edit.text(),
            self.due_edit.text().strip(),
            self.progress_edit.toPlainText(),
            evidence,
        )

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
        if not self._write(self._target, self._values()):
            return False
        self._dirty = False
        self._pending.pop(self._target, None)
        self.state_label.setText(self.tr("Saved {when} UTC").format(when=self._saved_at))
        self.saved.emit(self._target)
        self._save_pending()
        return True

    def _save_pending(self) -> None:
        """Saving works again: save what was kept for other proposals too."""
        for target, values in list(self._pending.items()):
            if target != self._target and self._write(target, values, quiet=True):
                del self._pending[target]
                self.saved.emit(target)

    def _write(self, target: str, values: Values, quiet: bool = False) -> bool:
        workspace = self._workspace()
        if workspace is None:
            return False if quiet else self._fail(self.tr("your workspace cannot be opened"))
        status, unit, due, progress, evidence = values
        try:
            entry = workspace.set_tracker(
                Ref(self._edition(), target), status=status, unit=unit, due=due, progress=progress, evidence=evidence
            )
        except (FileProblem, InvalidEntry) as error:
            if quiet:
                return False
            return self._fail(error.problem if isinstance(error, FileProblem) else str(error))
        self._saved_at = entry.updated[11:19]
        return True

    def _fail(self, why: str) -> bool:
        # What was typed stays on screen (still dirty): nothing is lost, and the next change tries again.
        self._problem = why
        self.state_label.setText(self.tr("<b>NOT saved</b>: {why}").format(why=why))
        return False
