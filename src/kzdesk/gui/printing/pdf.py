"""PDF output, headless: ``write_pdf(dataset, request, path)``.

The file appears whole or not at all: the PDF is rendered in memory, written to a
temporary file beside the target and renamed over it (kzdesk.core.files); on any
failure the temporary file is removed, and one left by a killed run is removed by the
next write into that folder.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPainter, QPdfWriter

from kzdesk import __version__
from kzdesk.core import files
from kzdesk.core.files import FileProblem, check_writable_name
from kzdesk.core.model import Dataset
from kzdesk.core.summary import SummaryRequest, build_summary
from kzdesk.gui.printing.compose import render
from kzdesk.gui.printing.layout import PagedDocument, PageGeometry, PrintError, Progress, paginate
from kzdesk.gui.printing.pages import footer_citation, paint_pages
from kzdesk.gui.printing.render import stylesheet, wants_contents, with_contents

if TYPE_CHECKING:
    import datetime as dt

    from kzdesk.core.search import SearchIndex
    from kzdesk.core.user_marks import UserMarks

PDF_RESOLUTION = 1200  # dots per inch of the PDF's coordinate space: fine enough for hairlines and glyph positions

_application: QGuiApplication | None = None


class OutputPathError(PrintError):
    """The output path cannot take the PDF (no such folder, a folder, no permission, not .pdf)."""


def ensure_application() -> None:
    """A Qt application for fonts and painting, created offscreen if none exists (the command line)."""
    global _application
    existing = QCoreApplication.instance()
    if existing is None:
        # Headless: printing never shows a window, so it never needs a display.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _application = QGuiApplication(["kzdesk"])
    elif not isinstance(existing, QGuiApplication):
        raise PrintError("printing needs fonts, which a console-only Qt application (QCoreApplication) lacks")


def check_output_path(path: str | os.PathLike[str]) -> Path:
    """The target as a Path, or OutputPathError saying why no PDF can be written there."""
    target = Path(path).expanduser()
    try:
        check_writable_name(target)
    except FileProblem as error:
        raise OutputPathError(f"cannot write {error.path}: {error.problem}") from None
    try:
        return _check_output_path(target)
    except OSError as error:  # ENAMETOOLONG from a component, ELOOP from a symlink loop, …
        raise OutputPathError(f"cannot write {target}: {error.strerror or error}") from None


def _check_output_path(target: Path) -> Path:
    if target.is_dir():
        raise OutputPathError(f"{target} is a folder; give a file name ending in .pdf")
    if target.suffix.casefold() != ".pdf":
        raise OutputPathError(f"the output file must end in .pdf: {target}")
    folder = target.parent
    if not folder.exists():
        raise OutputPathError(f"cannot write {target}: the folder {folder} does not exist")
    if not folder.is_dir():
        raise OutputPathError(f"cannot write {target}: {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputPathError(f"cannot write {target}: no permission to write in {folder}")
    if target.exists() and not os.access(target, os.W_OK):
        raise OutputPathError(f"cannot write {target}: the file exists and is read-only")
    return target


def layout_request(
    dataset: Dataset,
    request: SummaryRequest,
    page_size: str | PageGeometry = "A4",
    search_index: SearchIndex | None = None,
    progress: Progress | None = None,
    user: UserMarks | None = None,
) -> PagedDocument:
    """Build the summary ``request`` asks for and lay it out on pages of ``page_size``.

    ``user``: what the user wrote (kzdesk.core.user_marks), for a tracker report and, when the
    request says ``with_notes``, beside the items; never read otherwise."""
    geometry = page_size if isinstance(page_size, PageGeometry) else PageGeometry.for_size(page_size)
    if request.kind == "chart" and geometry.height > geometry.width:
        geometry = PageGeometry.for_points(geometry.height, geometry.width)  # a chart fits a landscape page better
    summary = build_summary(dataset, request, search_index, user)
    notes = user if request.with_notes and user is not None else None
    title, blocks = render(dataset, summary, notes)
    paged = paginate(title, blocks, geometry, stylesheet(), progress)
    # A printout of several items that runs over a page gets a linked contents page (render.py):
    # laid out again, since only pagination tells whether it runs over a page.
    if len(paged.pages) > 1 and wants_contents(summary):
        contents = with_contents(summary, render(dataset, summary, notes)[1])
        if contents is not None:
            paged = paginate(title, contents, geometry, stylesheet(), progress)
    return paged._replace(footer=footer_citation(dataset.report))


def pdf_bytes(paged: PagedDocument, printed_on: dt.date | None = None, progress: Progress | None = None) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(QPageLayout(paged.geometry.page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    subject = paged.pages[0].running if paged.pages else ""
    writer.setTitle(f"{paged.title} — {subject}" if subject and subject != paged.title else paged.title)
    writer.setCreator(f"kzdesk {__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise PrintError("cannot start the PDF writer")
    try:
        paint_pages(painter, writer, paged, printed_on, progress=progress)  # None: today
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def write_atomically(target: Path, data: bytes) -> None:
    """Through the shared atomic writer (core.files): a symlink target is written through."""
    try:
        files.write_atomically(target, data)
    except FileProblem as error:
        raise PrintError(f"cannot write {error.path}: {error.problem}") from None


def write_pdf(
    dataset: Dataset,
    request: SummaryRequest,
    path: str | os.PathLike[str],
    page_size: str = "A4",
    *,
    search_index: SearchIndex | None = None,
    progress: Progress | None = None,
    printed_on: dt.date | None = None,
    user: UserMarks | None = None,
) -> int:
    """Write the printout ``request`` describes to ``path``; returns the number of pages.

    Raises OutputPathError before any work when the path cannot take a PDF, PrintError
    when writing fails, SummaryError for a request the dataset cannot answer.
    """
    target = check_output_path(path)
    ensure_application()
    paged = layout_request(dataset, request, page_size, search_index, _phase(progress, 0), user)
    data = pdf_bytes(paged, printed_on, _phase(progress, 1))
    from kzdesk.gui.printing.outline import add_outline  # pypdf: only when a PDF is written

    write_atomically(target, add_outline(data, paged))
    return len(paged.pages)


def _phase(progress: Progress | None, index: int, phases: int = 2) -> Progress | None:
    """Progress of one of ``phases`` equal steps (laying out, painting) as part of the whole."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(index * 1000 + 1000 * done // max(total, 1), phases * 1000)

    return report
