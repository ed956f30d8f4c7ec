"""File → Export Workspace…, Import Workspace… and Restore Workspace Backup….

An import is shown before anything is written: the plan's one-line summary and, under
"Show Details…", every record with what would happen to it; only Yes applies it, in one
transaction. A restore replaces the workspace with a backup after saying which one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from kzdesk.core.files import FileProblem
from kzdesk.gui.file_dialogs import announce_saved, ask_save_path, start_folder

if TYPE_CHECKING:
    from kzdesk.core.workspace.exchange import ImportPlan
    from kzdesk.gui.workspace.actions import WorkspaceActions

ACTIONS = {"add": "add", "update": "update (newer)", "keep": "keep yours", "skip": "skip (unknown here)"}


def export_workspace(actions: WorkspaceActions) -> Path | None:
    from kzdesk.core.workspace.exchange import export_workspace as write

    workspace = actions.session.get()
    if workspace is None:
        return None
    path, _chosen = ask_save_path(
        actions.window, "Export Workspace", "kzdesk-workspace.json", ["Workspace export (*.json)"], ".json"
    )
    if not path:
        return None
    try:
        written = write(workspace, Path(path))
    except FileProblem as error:
        QMessageBox.warning(actions.window, "Export Workspace", f"The workspace was not exported: {error}")
        return None
    announce_saved(actions.window, written, "your bookmarks, highlights, notes and tracker")
    return written


def describe(plan: ImportPlan, label: Callable[[str], str]) -> str:
    """Every record of the plan with what would happen to it, one line each, items by their labels."""
    lines = []
    from kzdesk.core.workspace.records import Pack

    for change in plan.changes:
        if isinstance(change.record, Pack):
            why = f" ({change.why})" if change.why else ""
            lines.append(f"{ACTIONS[change.action]}: Pack “{change.record.title}”{why}")
            continue
        what = {"bookmarks": "Bookmark", "highlights": "Highlight", "notes": "Note", "tracker": "Tracker"}[change.kind]
        lines.append(f"{ACTIONS[change.action]}: {what} on {label(change.target)}")
    return "\n".join(lines)


def import_workspace(actions: WorkspaceActions, path: str | None = None, confirm: bool = True) -> int | None:
    """Preview and apply an import; how many records were written, or None (cancelled or refused)."""
    from kzdesk.core.workspace.exchange import apply_import, plan_import
    from kzdesk.gui.workspace.models import item_label

    workspace = actions.session.get()
    if workspace is None:
        return None
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(
            actions.window, "Import Workspace", str(start_folder()), "Workspace export (*.json)"
        )
        if not path:
            return None
    context = actions.window.context
    from kzdesk.core.packs import is_known

    edition, dataset = context.edition.key, context.dataset
    try:  # a chart is known too, though it is in no table of ids
        plan = plan_import(
            workspace,
            Path(path),
            lambda e, target: e == edition and (target in dataset.by_id or is_known(dataset, target)),
        )
    except FileProblem as error:
        QMessageBox.warning(actions.window, "Import Workspace", f"Nothing was imported: {error}")
        return None
    writes = plan.count("add") + plan.count("update")
    if confirm:
        box = QMessageBox(actions.window)
        box.setWindowTitle("Import Workspace")
        box.setText(f"Importing {Path(path).name}: {plan.summary()}.")
        box.setInformativeText("Apply it?" if writes else "Nothing would change.")
        box.setDetailedText(describe(plan, lambda target: item_label(context.dataset, target)))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Yes | buttons.No if writes else buttons.Ok)
        if box.exec() != buttons.Yes:
            return None
    try:
        written = apply_import(workspace, plan)
    except FileProblem as error:
        QMessageBox.warning(actions.window, "Import Workspace", f"Nothing was imported: {error}")
        return None
    actions.refresh()
    actions.window.statusBar().showMessage(f"Imported {written} records from {path}", 8000)
    return written


def restore_backup(actions: WorkspaceActions, backup: str | None = None, confirm: bool = True) -> bool:
    from kzdesk.core.workspace.location import backup_folder

    session = actions.session
    if backup is None:
        backup, _filter = QFileDialog.getOpenFileName(
            actions.window,
            "Restore Workspace Backup",
            str(backup_folder(session.path())),
            "Workspace backups (workspace-*.sqlite);;All files (*)",
        )
        if not backup:
            return False
    if confirm:
        answer = QMessageBox.question(
            actions.window,
            "Restore Workspace Backup",
            f"Replace everything in your workspace with the backup {Path(backup).name}?\n"
            "Your workspace as it is now is copied first (pre-restore-….sqlite beside the backups).",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    if not session.restore(Path(backup)):
        return False
    actions.refresh()
    actions.window.statusBar().showMessage(f"Restored your workspace from {backup}", 8000)
    return True
