"""Export status report…: the user's tracker of the proposals as a CSV file or an Excel workbook.

Written whole or not at all (kzdesk.core.files); the user is told where it was saved, or
why it could not be, never with a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kzdesk.core.files import FileProblem

if TYPE_CHECKING:
    from kzdesk.core.workspace.records import TrackerEntry
    from kzdesk.gui.context import AppContext

SUGGESTED_NAME = "kzdesk-tracker-report.csv"


def tr(text: str) -> str:
    return QCoreApplication.translate("TrackerExport", text)


def export_csv(
    parent: QWidget | None, context: AppContext, entries: Iterable[TrackerEntry], path: str | None = None
) -> str | None:
    """Write the status report of ``entries`` to ``path`` (None: ask), an Excel workbook if it ends in
    .xlsx, else CSV; the path written, or None."""
    from kzdesk.core.tracker_report import tracker_report, write_csv, write_xlsx
    from kzdesk.gui.file_dialogs import announce_saved, ask_save_path

    if path is None:
        workbook = tr("Excel workbook (*.xlsx)")
        path, chosen = ask_save_path(
            parent, tr("Export status report"), SUGGESTED_NAME, [tr("CSV for Excel (*.csv)"), workbook], ""
        )
        if not path:
            return None
        if not path.casefold().endswith((".csv", ".xlsx")):
            path += ".xlsx" if chosen == workbook else ".csv"
    report = tracker_report(context.dataset, entries)
    write = write_xlsx if path.casefold().endswith(".xlsx") else write_csv
    try:
        written = write(report, Path(path))
    except FileProblem as error:
        _tell(parent, QMessageBox.Icon.Warning, tr("The status report was NOT saved: {why}").format(why=error))
        return None
    announce_saved(parent, written, tr("{n} proposals").format(n=len(report.rows)))
    _tell(parent, QMessageBox.Icon.Information, tr("Your status report was saved to\n{path}").format(path=written))
    return str(written)


#: The last message shown (kept referenced while it is open; tests read it).
last_message: QMessageBox | None = None


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> None:
    global last_message
    if last_message is not None:
        last_message.deleteLater()
    last_message = QMessageBox(icon, tr("Export status report"), text, QMessageBox.StandardButton.Ok, parent)
    last_message.setObjectName("tracker-export-message")
    last_message.open()  # window-modal, not exec(): the user closes it
