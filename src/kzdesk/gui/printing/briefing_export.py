"""A briefing document written as the file name says: Word, PDF or Excel.

The one dispatcher the Pack panel and the command line share (``kzdesk brief``, ``kzdesk
pack export``): each format's writer only walks the document model (core/document), and
every problem comes back as one :class:`ExportError` whose message is fit to show.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kzdesk.core.charts import ChartData
    from kzdesk.core.document.model import Document

#: What a briefing can be written as, by the file name's ending.
FORMATS = (".docx", ".pdf", ".xlsx")


class ExportError(ValueError):
    """The briefing was not written; the message says why (and the file there is untouched)."""


def format_of(path: str | Path) -> str:
    """``path``'s format (".docx", ".pdf" or ".xlsx"); ExportError for any other name."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"cannot tell the format of {str(path)[:80]!r}: name it FILE.docx, FILE.pdf or FILE.xlsx")
    return suffix


def export_document(
    document: Document,
    path: str | Path,
    chart_png: Callable[[ChartData], bytes] | None = None,
    title_page: bool = False,
) -> Path:
    """Write ``document`` to ``path`` whole or not at all; charts in Word are drawn by ``chart_png``;
    ``title_page``: a PDF opens with a page of its own for the title."""
    from kzdesk.core.document.output import OutputError
    from kzdesk.core.files import FileProblem

    suffix = format_of(path)
    try:
        if suffix == ".docx":
            from kzdesk.core.document.docx import write_docx
            from kzdesk.gui.printing.fonts import FONT_FAMILY

            return write_docx(document, path, FONT_FAMILY, chart_png)
        if suffix == ".pdf":
            from kzdesk.gui.printing.briefing_pdf import write_briefing_pdf

            write_briefing_pdf(document, path, title_page=title_page)
            return Path(path)
        from kzdesk.core.document.build import document_sheets
        from kzdesk.core.document.xlsx import WorkbookError, write_workbook

        try:
            return Path(write_workbook(path, document_sheets(document), title=document.title))
        except WorkbookError as error:
            raise ExportError(str(error)) from None
    except (OutputError, FileProblem, PermissionError) as error:
        raise ExportError(str(error)) from None
