"""Export…: the pack shown in the Pack panel as one cited briefing, in Word, PDF or Excel.

The same document as ``kzdesk pack export`` (core/document builds it, with the user's notes
and tracker entries marked as theirs); written whole or not at all, and the user is told
where it went or why it could not be written, never with a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

if TYPE_CHECKING:
    from kzdesk.core.workspace.store import Workspace
    from kzdesk.gui.context import AppContext

#: The last message shown (kept referenced while it is open; tests read it).
last_message: QMessageBox | None = None


def tr(text: str) -> str:
    return QCoreApplication.translate("PackExport", text)


def _file_name(title: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in title).split()
    return "-".join(keep)[:60] or "briefing"


def export_pack(
    parent: QWidget | None,
    context: AppContext,
    workspace: Workspace,
    pack_id: str,
    path: str | None = None,
    headless: bool = False,
    title_page: bool = False,
) -> Path | None:
    """Write pack ``pack_id`` to ``path`` (None: ask where and in which format); the path written, or None."""
    from kzdesk.core.document.build import DocumentError, build_document
    from kzdesk.gui.file_dialogs import announce_saved, ask_save_path
    from kzdesk.gui.printing.briefing_export import ExportError, export_document
    from kzdesk.gui.printing.chart_image import chart_png_for_docx

    pack = workspace.pack(pack_id)
    if pack is None:
        _tell(parent, QMessageBox.Icon.Warning, tr("That pack no longer exists."), headless)
        return None
    if path is None:
        word, pdf, excel = tr("Word document (*.docx)"), tr("PDF (*.pdf)"), tr("Excel workbook (*.xlsx)")
        name = _file_name(pack.title) + ".docx"
        path, chosen = ask_save_path(parent, tr("Export briefing"), name, [word, pdf, excel], "")
        if not path:
            return None
        if not path.casefold().endswith((".docx", ".pdf", ".xlsx")):
            path += {pdf: ".pdf", excel: ".xlsx"}.get(chosen, ".docx")
    notes = {i.target: note for i in pack.items if i.kind == "note" and (note := workspace.note(i.target))}
    tracker = {entry.target: entry for entry in workspace.tracker(context.edition_key)}
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # charts are drawn for Word: a second or so
    try:
        document = build_document(context.dataset, pack, notes=notes, tracker=tracker)
        written = export_document(document, path, chart_png_for_docx, title_page=title_page)
    except (DocumentError, ExportError) as error:
        _tell(parent, QMessageBox.Icon.Warning, tr("The briefing was NOT saved: {why}").format(why=error), headless)
        return None
    finally:
        QApplication.restoreOverrideCursor()
    announce_saved(parent, written, pack.title)
    _tell(parent, QMessageBox.Icon.Information, tr("Your briefing was saved to\n{path}").format(path=written), headless)
    return written


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, text: str, headless: bool) -> None:
    global last_message
    if last_message is not None:
        last_message.deleteLater()
    last_message = QMessageBox(icon, tr("Export briefing"), text, QMessageBox.StandardButton.Ok, parent)
    last_message.setObjectName("pack-export-message")
    if not headless:
        last_message.open()  # window-modal, not exec(): the user closes it
