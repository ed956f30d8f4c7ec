"""Sheets to an Excel workbook (.xlsx) with openpyxl: no Excel, no Qt.

Every :class:`~kzdesk.core.document.sheets.Sheet` becomes a worksheet: a bold header row,
frozen and with an autofilter; typed cells (numbers, integers and years numeric, dates as
dates, everything else text); column widths from the hint or the content; and the sheet's
``source`` line one empty row below the table, outside the filtered range, so sorting the
table never moves it and a copied sheet still says where its figures come from.

Text is always text: a cell that starts with ``=``, ``+``, ``-`` or ``@`` (a paragraph
quoting "-5%", a user's note) is stored as a string with Excel's quote prefix, never as a
formula. The file is written whole or not at all: the workbook is built in memory, written
to a temporary file beside the target and renamed into place, so a failure leaves an
existing file as it was.

openpyxl is imported when a workbook is written, never at start-up.
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import io
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kzdesk.core.document.sheets import COLUMN_KINDS, Cell, Column, Sheet
from kzdesk.core.files import FileProblem, check_writable_name, clean_stale_temporaries
from kzdesk.core.labels import translate

#: Excel's limits on a sheet's name.
MAX_TITLE = 31
FORBIDDEN_IN_TITLE = re.compile(r"[\[\]:*?/\\]")
#: A column is at least this wide and, from its content, at most this wide (in characters).
MIN_WIDTH, MAX_WIDTH = 6, 60
#: Text Excel (or a CSV import of it) would read as a formula.
FORMULA_STARTS = ("=", "+", "-", "@")
#: Characters an XLSX file cannot hold (XML 1.0 forbids them); dropped from text.
ILLEGAL_CHARACTERS = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

NUMBER_FORMATS = {
    "integer": "#,##0",
    "year": "0",
    "date": "yyyy-mm-dd",
}
WHOLE_NUMBER_FORMAT = "#,##0"
FRACTION_FORMAT = "#,##0.0#"


class WorkbookError(ValueError):
    """Nothing sensible to write (no sheets, a row that does not fit its columns); the message says which."""


def _cut(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, at a word when one ends in the second half."""
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[limit // 2 : limit + 1] else text[:limit]
    return cut[:limit].rstrip(" .,;:–-")


def sheet_titles(titles: Sequence[str]) -> list[str]:
    """Excel-safe, unique sheet names for ``titles``, in order.

    Forbidden characters ``[]:*?/\\`` become "-", surrounding apostrophes and spaces go,
    a name is cut to 31 characters (at a word when it can be), and a repeat (Excel compares names without case) gets
    " (2)", " (3)"… within the 31.
    """
    used: set[str] = set()
    result = []
    for title in titles:
        base = FORBIDDEN_IN_TITLE.sub("-", ILLEGAL_CHARACTERS.sub("", title)).strip().strip("'").strip()
        base = base or translate("Workbook", "Sheet")
        base = _cut(base, MAX_TITLE).rstrip("'") or translate("Workbook", "Sheet")
        name, number = base, 1
        while name.casefold() in used or name.casefold() == "history":  # Excel reserves "History"
            number += 1
            suffix = f" ({number})"
            name = _cut(base, MAX_TITLE - len(suffix)) + suffix
        used.add(name.casefold())
        result.append(name)
    return result


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return ILLEGAL_CHARACTERS.sub("", str(value))


def _shown_length(value: Cell, kind: str) -> int:
    if value is None:
        return 0
    if isinstance(value, int | float) and not isinstance(value, bool) and kind in ("number", "integer"):
        return len(f"{value:,.2f}".rstrip("0").rstrip("."))
    return max((len(line) for line in _text(value).splitlines()), default=0)


def column_widths(sheet: Sheet) -> list[float]:
    """Each column's width in characters: the hint if given, else the header or the longest cell, capped."""
    widths = []
    for index, column in enumerate(sheet.columns):
        if column.width is not None:
            widths.append(float(max(1, column.width)))
            continue
        longest = max((_shown_length(row[index], column.kind) for row in sheet.rows), default=0)
        header = max((len(line) for line in column.title.splitlines()), default=0)
        widths.append(float(min(MAX_WIDTH, max(MIN_WIDTH, longest, header) + 2)))
    return widths


def _check(sheets: Sequence[Sheet]) -> None:
    if not sheets:
        raise WorkbookError(translate("Workbook", "There is nothing to write: the workbook would have no sheets."))
    for sheet in sheets:
        for column in sheet.columns:
            if column.kind not in COLUMN_KINDS:
                raise WorkbookError(
                    translate("Workbook", "Sheet {title!r}: unknown column kind {kind!r}.").format(
                        title=sheet.title, kind=column.kind
                    )
                )
        for number, row in enumerate(sheet.rows, start=1):
            if len(row) != len(sheet.columns):
                raise WorkbookError(
                    translate("Workbook", "Sheet {title!r}, row {number}: {cells} cells for {columns} columns.").format(
                        title=sheet.title, number=number, cells=len(row), columns=len(sheet.columns)
                    )
                )


def _wrap() -> Any:
    from openpyxl.styles import Alignment

    return Alignment(wrap_text=True, vertical="top")


def _set_cell(cell: Any, value: Cell, column: Column) -> None:
    """One typed cell: numeric kinds numeric (with a number format), dates as dates, the rest text."""
    if value is None or value == "":
        return  # an empty cell, not an empty string
    kind = column.kind
    if kind in ("number", "integer", "year") and isinstance(value, int | float) and not isinstance(value, bool):
        cell.value = value
        if kind == "number":
            whole = isinstance(value, int) or value.is_integer()
            cell.number_format = WHOLE_NUMBER_FORMAT if whole else FRACTION_FORMAT
        else:
            cell.number_format = NUMBER_FORMATS[kind]
        return
    if kind == "date" and isinstance(value, str):
        with contextlib.suppress(ValueError):
            cell.value = datetime.date.fromisoformat(value)
            cell.number_format = NUMBER_FORMATS["date"]
            return
    text = _text(value)
    cell.value = text
    cell.data_type = "s"  # openpyxl would take "=…" for a formula
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    if "\n" in text:
        cell.alignment = _wrap()  # Excel shows a line break only in a wrapped cell


def build_workbook(sheets: Sequence[Sheet], title: str = "") -> Any:
    """The openpyxl Workbook for ``sheets`` (not written anywhere); WorkbookError if there is nothing to write."""
    _check(sheets)
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold, italic = Font(bold=True), Font(italic=True)
    for sheet, name in zip(sheets, sheet_titles([s.title for s in sheets]), strict=True):
        worksheet = workbook.create_sheet(name)
        count = len(sheet.columns)
        for index, column in enumerate(sheet.columns, start=1):
            cell = worksheet.cell(row=1, column=index)
            _set_cell(cell, column.title, Column(column.title))
            cell.font = bold
        for row_number, row in enumerate(sheet.rows, start=2):
            for index, (value, column) in enumerate(zip(row, sheet.columns, strict=True), start=1):
                if value is not None:
                    _set_cell(worksheet.cell(row=row_number, column=index), value, column)
        for index, width in enumerate(column_widths(sheet), start=1):
            worksheet.column_dimensions[get_column_letter(index)].width = width
        if count:
            worksheet.freeze_panes = "A2"
            worksheet.auto_filter.ref = f"A1:{get_column_letter(count)}{len(sheet.rows) + 1}"
        if sheet.source:
            cell = worksheet.cell(row=len(sheet.rows) + 3, column=1)
            _set_cell(cell, sheet.source, Column(""))
            cell.font = italic
    workbook.properties.title = title or sheets[0].title
    workbook.properties.creator = "kzdesk"
    workbook.properties.lastModifiedBy = "kzdesk"
    return workbook


def _locked_message() -> str:
    return translate(
        "Workbook",
        "cannot write: permission denied. If the file is open in another program (Excel locks a workbook "
        "it has open), close it there and try again; otherwise choose a folder you can write to.",
    )


def _write_bytes(target: Path, data: bytes) -> Path:
    """``data`` to ``target`` through a temporary file in the same folder, renamed into place."""
    from kzdesk.core.files import _temporary_name

    shown = str(target)
    check_writable_name(target)
    final = Path(os.path.realpath(target)) if target.is_symlink() else target
    folder = final.parent
    if not folder.is_dir():
        problem = translate("Workbook", "cannot write: the folder {folder} does not exist").format(folder=folder)
        raise FileProblem(shown, problem)
    if final.is_dir():
        raise FileProblem(shown, translate("Workbook", "cannot write: it is a folder"))
    clean_stale_temporaries(folder)
    temporary = folder / _temporary_name(final)
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except PermissionError:
        raise FileProblem(shown, _locked_message()) from None
    except OSError as error:
        problem = translate("Workbook", "cannot write ({reason})").format(reason=error.strerror or error)
        raise FileProblem(shown, problem) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        current = os.umask(0)
        os.umask(current)
        os.chmod(temporary, 0o666 & ~current)  # created private; the result is an ordinary file
        os.replace(temporary, final)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, PermissionError):
            raise FileProblem(shown, _locked_message()) from None
        if isinstance(error, OSError):
            reason = "the name is too long" if error.errno == errno.ENAMETOOLONG else (error.strerror or str(error))
            raise FileProblem(shown, translate("Workbook", "cannot write ({reason})").format(reason=reason)) from None
        raise
    return final


def write_workbook(path: Path, sheets: Sequence[Sheet], title: str = "") -> Path:
    """Write ``sheets`` as an Excel workbook at ``path``, whole or not at all; returns the file written.

    ``title`` is the workbook's title property (default: the first sheet's title); the creator
    is "kzdesk". WorkbookError (a ValueError) if ``sheets`` is empty or a row does not fit its
    columns; FileProblem, with one sentence fit to show, if the file cannot be written (a
    missing folder; no permission, which on Windows usually means Excel has the file open).
    """
    workbook = build_workbook(sheets, title)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _write_bytes(Path(path), buffer.getvalue())
