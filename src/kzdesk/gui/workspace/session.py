"""The window's workspace, opened on first use (never at start-up) and said plainly when it fails.

Where it lives: the ``workspace/path`` setting if set, else the user's data folder (the
same file the command line uses). Opening takes today's backup. A damaged or foreign
file has been moved aside by the core: the user is told where it went and, when there
is a backup, asked whether to restore the newest one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kzdesk.core.files import FileProblem
from kzdesk.core.workspace.store import Workspace

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kzdesk.gui.settings import Settings


class WorkspaceSession:
    def __init__(
        self, settings: Settings, parent: QWidget | None, headless: bool = False, override: Path | None = None
    ) -> None:
        self.settings = settings
        self.override = override
        self.parent = parent
        self.headless = headless  # screenshots and tests: report, never ask
        self._workspace: Workspace | None = None
        self.problem: str | None = None  # why it could not be opened, for the status bar

    def path(self) -> Path:
        from kzdesk.core.workspace.location import default_workspace_path

        if self.override is not None:
            return self.override
        chosen = str(self.settings.value("workspace/path") or "")
        return Path(chosen) if chosen else default_workspace_path()

    def peek(self) -> Workspace | None:
        """The workspace if it is open or its file exists (opened then); None without creating one."""
        if self._workspace is None and not self.path_exists():
            return None
        return self.get()

    def path_exists(self) -> bool:
        from kzdesk.core.workspace.location import NoHomeFolder

        try:
            return self.path().exists()
        except NoHomeFolder:
            return False

    def get(self) -> Workspace | None:
        """The open workspace, opening it now if needed; None (and ``problem`` set) if it cannot be."""
        if self._workspace is not None:
            return self._workspace
        from kzdesk.core.workspace.location import NoHomeFolder, backup_folder
        from kzdesk.core.workspace.safety import back_up, open_workspace

        try:
            path = self.path()
            opened = open_workspace(path, backup_folder(path))
        except (FileProblem, NoHomeFolder) as error:
            self.problem = f"Your workspace cannot be opened: {error}"
            self._tell(self.problem)
            return None
        self._workspace = opened.workspace
        if opened.moved_aside is not None:
            self._offer_backup(opened.reason or "", opened.moved_aside, opened.backups)
        else:
            try:
                back_up(opened.workspace, backup_folder(path))
            except FileProblem as error:
                self._tell(f"Today's backup of your workspace could not be written: {error.problem}")
        self.problem = None
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None

    def _tell(self, text: str) -> None:
        if self.headless:
            print(f"kzdesk: {text}")
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, "Your workspace", text)

    def _offer_backup(self, reason: str, moved: Path, backups: list[Path]) -> None:
        text = (
            f"Your workspace file could not be used ({reason}). It was moved aside, not changed, to\n{moved}\n"
            "and a new, empty workspace was started."
        )
        if not backups or self.headless:
            self._tell(text + ("" if backups else "\nThere is no backup to restore."))
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.parent,
            "Your workspace",
            f"{text}\n\nRestore the newest backup ({backups[0].name})?",
        )
        if answer == QMessageBox.StandardButton.Yes and self._workspace is not None:
            self.restore(backups[0])

    def restore(self, backup: Path) -> bool:
        import sqlite3
        from datetime import datetime

        from kzdesk.core.workspace.location import backup_folder
        from kzdesk.core.workspace.safety import restore

        workspace = self.get()
        if workspace is None:
            return False
        try:
            # What is there now is kept too, outside the rotation, in case the wrong backup was chosen.
            folder = backup_folder(workspace.path)
            folder.mkdir(parents=True, exist_ok=True)
            keep = sqlite3.connect(folder / f"pre-restore-{datetime.now():%Y%m%d-%H%M%S}.sqlite")
            try:
                workspace.copy_to(keep)
            finally:
                keep.close()
            restore(workspace, backup)
        except OSError as error:
            self._tell(f"The backup could not be restored: {error.strerror or error}")
            return False
        except FileProblem as error:
            self._tell(f"The backup could not be restored: {error}")
            return False
        return True
