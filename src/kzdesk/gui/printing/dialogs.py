"""File → Print… and File → Save as PDF… for the main window.

Both lay out the same pages as the command line and paint them with the same page
painter: the preview shows exactly what the PDF or the printer gets. A progress dialog
appears only if the work takes longer than a blink; problems are shown in a message
box, never as a traceback.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QCheckBox, QMessageBox, QProgressDialog, QToolBar, QWidget

from kzdesk.core.editions import report_file_name
from kzdesk.core.labels import counted
from kzdesk.core.summary import SummaryRequest
from kzdesk.gui.context import AppContext
from kzdesk.gui.file_dialogs import announce_saved, ask_save_path
from kzdesk.gui.printing.layout import Cancelled, PagedDocument, PageGeometry, PrintError, Progress
from kzdesk.gui.printing.pages import paint_pages
from kzdesk.gui.printing.pdf import layout_request, write_pdf

if TYPE_CHECKING:
    from kzdesk.core.model import ReportInfo
    from kzdesk.core.search import SearchIndex
    from kzdesk.core.user_marks import UserMarks

#: The print preview's switch, remembered between printouts (off until the user turns it on).
WITH_NOTES_SETTING = "print/with_notes"
#: The printouts that print the user's notes beside their items (the listings' rows take none).
NOTES_KINDS = ("section", "proposals", "report", "tracker")

BLINK_MS = 400  # work shorter than this shows no progress dialog at all
PDF_FILTERS = {"PDF, A4 (*.pdf)": "A4", "PDF, US Letter (*.pdf)": "Letter"}


class _Progress:
    """Progress of a print job, shown after BLINK_MS; raises Cancelled when the user cancels."""

    def __init__(self, parent: QWidget | None, label: str) -> None:
        self.dialog = QProgressDialog(label, "Cancel", 0, 100, parent)
        self.dialog.setWindowTitle("kzdesk")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(BLINK_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)

    def step(self, start: int, span: int) -> Progress:
        """A progress callback that maps (done, total) onto [start, start + span] percent."""

        def report(done: int, total: int) -> None:
            self.dialog.setValue(start + (span * done) // max(total, 1))
            if self.dialog.wasCanceled():
                raise Cancelled

        return report

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()


def _show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    QMessageBox.critical(parent, title, str(error) or type(error).__name__)


def _search_index(context: AppContext, request: SummaryRequest) -> SearchIndex | None:
    # Only a query needs the search engine; building it is cheap but not free.
    return context.search_index if request.query.strip() else None


def wants_user_marks(request: SummaryRequest) -> bool:
    """Whether the printout shows what the user wrote: their notes, or the tracker report."""
    return request.with_notes or request.kind == "tracker"


def user_marks(context: AppContext, request: SummaryRequest) -> UserMarks | None:
    """The user's notes and tracker entries for ``request``'s printout, read now; None when it shows none.

    An existing workspace only: printing never creates one (no workspace: nothing of theirs to print)."""
    if not wants_user_marks(request):
        return None
    from kzdesk.core.user_marks import NO_MARKS, read_marks

    workspace = context.workspace_session.peek()
    return read_marks(workspace, context.edition_key) if workspace is not None else NO_MARKS


def with_notes_switch(context: AppContext, request: SummaryRequest) -> SummaryRequest:
    """``request`` with the remembered "Include my notes" switch applied."""
    import dataclasses

    on = request.kind in NOTES_KINDS and bool(context.settings.value(WITH_NOTES_SETTING))
    return dataclasses.replace(request, with_notes=on) if on != request.with_notes else request


def suggested_name(request: SummaryRequest, report: ReportInfo) -> str:
    """The file name offered for ``request``'s printout of the edition ``report`` describes."""
    if request.kind == "section" and request.section:
        return f"kzdesk-{request.section}.pdf"
    if request.kind == "report":
        return report_file_name(report)
    if request.kind == "tracker":
        return "kzdesk-tracker-report.pdf"
    return f"kzdesk-{request.kind}.pdf"


class _Chosen:
    """What the preview shows: the request as the switch has it, and the user's words it needs."""

    def __init__(self, context: AppContext, request: SummaryRequest) -> None:
        self.context = context
        self.choose(request)

    def choose(self, request: SummaryRequest) -> None:
        self.request = request
        self.marks = user_marks(self.context, request)


def print_with_preview(parent: QWidget | None, context: AppContext, request: SummaryRequest) -> None:
    """Show the print preview of ``request``; the user prints from there.

    Its toolbar has the "Include my notes" switch (remembered in the settings): on, the user's
    notes are printed beside the items, in boxes marked as theirs, and the preview is redone."""
    request = with_notes_switch(context, request)
    current = _Chosen(context, request)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the page's margins are kzdesk's own
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    printer.setDocName(suggested_name(request, context.dataset.report).removesuffix(".pdf"))
    laid_out: dict[tuple[float, float], PagedDocument] = {}

    def paint(target: QPrinter) -> None:
        # Called for the preview and again when printing; the user may change the paper in between.
        progress = _Progress(parent, "Preparing the pages…")
        try:
            sheet = target.pageLayout().fullRect(QPageLayout.Unit.Point)
            key = (round(sheet.width(), 1), round(sheet.height(), 1))
            if key not in laid_out:
                geometry = PageGeometry.for_points(sheet.width(), sheet.height())
                index = _search_index(context, current.request)
                laid_out[key] = layout_request(
                    context.dataset, current.request, geometry, index, progress.step(0, 50), current.marks
                )
            paged = laid_out[key]
            first, last = 1, None
            if target.printRange() == QPrinter.PrintRange.PageRange:
                first, last = target.fromPage(), target.toPage()
            painter = QPainter()
            if not painter.begin(target):
                raise PrintError("cannot start printing (is the printer available?)")
            try:
                paint_pages(painter, target, paged, dt.date.today(), first, last, progress.step(50, 50))
            finally:
                painter.end()
        except Cancelled:
            return
        except Exception as error:  # a slot of the dialog: report it, never a traceback
            _show_error(parent, "Cannot print", error)
        finally:
            progress.close()

    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Print preview — kzdesk")
    dialog.paintRequested.connect(paint)

    def include_notes(on: bool) -> None:
        import dataclasses

        context.settings.set_value(WITH_NOTES_SETTING, on)
        current.choose(dataclasses.replace(current.request, with_notes=on))
        laid_out.clear()
        preview = dialog.findChild(QPrintPreviewWidget)
        if preview is not None:
            preview.updatePreview()

    if request.kind in NOTES_KINDS:
        add_notes_switch(dialog, request.with_notes, include_notes)
    dialog.exec()
    dialog.deleteLater()


def add_notes_switch(dialog: QPrintPreviewDialog, on: bool, toggled: Callable[[bool], None]) -> QCheckBox:
    """The "Include my notes" switch at the end of the preview's toolbar."""
    box = QCheckBox(QCoreApplication.translate("PrintPreview", "Include my notes"))
    box.setObjectName("include-my-notes")
    box.setToolTip(
        QCoreApplication.translate(
            "PrintPreview",
            "Print your notes (and, for proposals, your follow-up) beside the items, in boxes marked as yours",
        )
    )
    box.setChecked(on)
    box.toggled.connect(toggled)
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:
        toolbar.addSeparator()
        toolbar.addWidget(box)
    return box


def save_as_pdf(parent: QWidget | None, context: AppContext, request: SummaryRequest) -> None:
    """Ask where to save, then write the PDF of ``request`` (A4 or US Letter, as the file type says);
    the user's notes are in it when the print preview's "Include my notes" switch was left on."""
    request = with_notes_switch(context, request)
    name = suggested_name(request, context.dataset.report)
    path, chosen = ask_save_path(parent, "Save as PDF", name, list(PDF_FILTERS), ".pdf")
    if not path:
        return
    page_size = PDF_FILTERS.get(chosen, "A4")
    progress = _Progress(parent, "Writing the PDF…")
    try:
        pages = write_pdf(
            context.dataset,
            request,
            path,
            page_size,
            search_index=_search_index(context, request),
            progress=progress.step(0, 100),
            user=user_marks(context, request),
        )
    except Cancelled:
        return
    except Exception as error:  # a bad path, a full disk, a bug: the user gets a message, never a traceback
        _show_error(parent, "Could not save the PDF", error)
        return
    finally:
        progress.close()
    announce_saved(parent, path, counted(pages, "page"))
