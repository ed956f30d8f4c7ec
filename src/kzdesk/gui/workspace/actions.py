"""The window's workspace actions: Bookmark This (Ctrl+D), Add Note (Ctrl+Alt+N), the panel (Ctrl+Shift+B).

They act on what the current tab shows (its reference, as Copy Reference gives it). The
workspace opens on the first of them, never at start-up; the panel is built then too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from kzdesk.core.files import FileProblem

if TYPE_CHECKING:
    from kzdesk.gui.main_window import MainWindow
    from kzdesk.gui.workspace.panel import WorkspacePanel
    from kzdesk.gui.workspace.session import WorkspaceSession


def tr(text: str) -> str:
    return QCoreApplication.translate("WorkspaceActions", text)


class WorkspaceActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.panel: WorkspacePanel | None = None
        self.bookmark_action = self._action(
            tr("&Bookmark This"), self.bookmark_current, "Ctrl+D", tr("Bookmark what this tab shows, in your workspace")
        )
        self.note_action = self._action(
            tr("Add &Note…"), self.note_current, "Ctrl+Alt+N", tr("Write your own note on what this tab shows")
        )
        self.panel_action = self._action(
            tr("Bookmarks and &Notes"),
            self.toggle_panel,
            "Ctrl+Shift+B",
            tr("Your bookmarks and notes, beside the report"),
        )
        self.panel_action.setCheckable(True)
        self.export_action = self._action(
            tr("E&xport Workspace…"),
            lambda: self._dialog("export_workspace"),
            None,
            tr("Your workspace as one JSON file"),
        )
        self.import_action = self._action(
            tr("&Import Workspace…"), lambda: self._dialog("import_workspace"), None, tr("Merge a colleague's export")
        )
        self.restore_action = self._action(
            tr("Restore Workspace &Backup…"), lambda: self._dialog("restore_backup"), None, tr("Go back to a backup")
        )
        from kzdesk.gui.workspace.pack_actions import PackActions

        self.packs = PackActions(window, self)  # Add to Pack (Ctrl+B) and the Pack panel

    def retranslate(self) -> None:
        """The actions' texts in the new language: the window replays their making (MainWindow.retranslate)."""
        panel = self.panel
        WorkspaceActions.__init__(self, self.window)  # the same actions come back from the window's _action
        self.panel = panel

    @property
    def session(self) -> WorkspaceSession:
        """The context's (shared with the tabs); SQLite and the workspace code load on first use."""
        session = self.window.context.workspace_session
        session.parent = self.window  # its messages belong to this window
        return session

    def _dialog(self, name: str) -> object:
        from kzdesk.gui.workspace import exchange_dialogs  # its dialogs load when first asked for

        return getattr(exchange_dialogs, name)(self)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None, tip: str) -> QAction:
        # The window's own helper: a QKeySequence, as the start-up path needs (setShortcut(str) builds Qt enums).
        return self.window._action(text, lambda _checked=False: slot(), shortcut, tip)

    def _current(self) -> tuple[str, str] | None:
        """(edition, id) of what the current tab shows, or None (said in the status bar)."""
        tab = self.window.current_tab()
        target = tab.reference() if tab is not None else None
        if not target:
            self.window.statusBar().showMessage(tr("Select something to bookmark or to write a note on"), 5000)
            return None
        return self.window.context.edition.key, target

    def _label(self, target: str) -> str:
        from kzdesk.gui.workspace.models import item_label

        return item_label(self.window.context.dataset, target)

    def bookmark_current(self) -> bool:
        current = self._current()
        workspace = self.session.get() if current else None
        if current is None or workspace is None:
            return False
        from kzdesk.core.references import Ref
        from kzdesk.core.workspace.records import InvalidEntry

        try:
            workspace.bookmark(Ref(*current))
        except (FileProblem, InvalidEntry) as error:
            self.window.statusBar().showMessage(f"Not bookmarked: {error}", 8000)
            return False
        self.window.statusBar().showMessage(f"Bookmarked {self._label(current[1])} (Ctrl+Shift+B lists them)", 6000)
        self.refresh()
        return True

    def note_current(self, text: str | None = None) -> bool:
        """Ask for a note on what is shown (``text`` given: no dialog, for tests) and save it."""
        current = self._current()
        workspace = self.session.get() if current else None
        if current is None or workspace is None:
            return False
        if text is None:
            from PySide6.QtWidgets import QInputDialog

            text, accepted = QInputDialog.getMultiLineText(
                self.window, "Your note", f"Your note on {self._label(current[1])}:"
            )
            if not accepted:
                return False
        from kzdesk.core.references import Ref
        from kzdesk.core.workspace.records import InvalidEntry

        try:
            note = workspace.add_note(Ref(*current), text)
        except (FileProblem, InvalidEntry) as error:
            self.window.statusBar().showMessage(f"Your note is NOT saved: {error}", 10000)
            return False
        self.window.statusBar().showMessage(f"Saved your note on {self._label(current[1])}", 6000)
        self.refresh()
        self.show_panel()
        if self.panel is not None:
            self.panel.select_record(note.id)
        return True

    def file_menu_actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.restore_action]

    def edit_menu_actions(self) -> list[QAction]:
        return [self.bookmark_action, self.note_action, self.packs.add_action]

    def toggle_panel(self) -> None:
        if self.panel is not None and self.panel.isVisible():
            self.panel.hide()
        else:
            self.show_panel()

    def show_panel(self) -> WorkspacePanel | None:
        if self.panel is None:
            workspace = self.session.get()
            if workspace is None:
                self.panel_action.setChecked(False)
                return None
            from PySide6.QtCore import Qt

            from kzdesk.gui.workspace.models import YourItemsModel
            from kzdesk.gui.workspace.panel import WorkspacePanel

            context = self.window.context
            model = YourItemsModel(workspace, context.dataset, context.edition.key)
            self.panel = WorkspacePanel(
                workspace,
                model,
                self.window.open_target,
                lambda text: self.window.statusBar().showMessage(text, 10000),
                self.window,
            )
            self.panel.visibilityChanged.connect(self.panel_action.setChecked)
            panel = self.panel
            panel.changed.connect(lambda: self.refresh(source=panel))
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
            # A third of the window at most: the report stays the main thing on screen.
            width = max(280, self.window.width() // 3)
            self.window.resizeDocks([self.panel], [width], Qt.Orientation.Horizontal)
        self.panel.show()
        self.panel.raise_()
        return self.panel

    def refresh(self, source: object = None) -> None:
        """Bookmarks, highlights or notes changed (in ``source``, which shows them already): the others show them."""
        if self.panel is not None and source is not self.panel:
            self.panel.model.reload()
        report = self.window.tabs.get("report")
        if report is not None and source is not report:
            getattr(report, "workspace_changed", lambda: None)()
        self.packs.refresh()

    def edition_changed(self) -> None:
        """The window shows another edition: the panel lists that edition's marks."""
        if self.panel is not None:
            context = self.window.context
            self.panel.model.dataset = context.dataset
            self.panel.model.edition = context.edition.key
            self.panel.model.reload()
        self.packs.edition_changed()

    def close(self) -> None:
        if self.panel is not None:
            self.panel.save_now()
        report = self.window.tabs.get("report")
        marks = getattr(report, "marks", None)
        if marks is not None:
            marks.save_now()  # a note being typed beside its paragraph is saved too
        self.packs.close()
        self.window.context.close_workspace()
