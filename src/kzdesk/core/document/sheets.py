"""Tables as spreadsheets: what an Excel export is made of, before any file format is involved.

A :class:`Sheet` is a titled grid of typed cells; the XLSX writer turns a sequence of them
into a workbook (a sheet per table, header row frozen). Builders (the statistics table, a
briefing's figures and tables, the tracker status report) produce sheets; none of them
knows about openpyxl.
"""

from __future__ import annotations

from dataclasses import dataclass

#: What a column holds; numbers and years are written as numeric cells, the rest as text.
COLUMN_KINDS = ("text", "number", "integer", "year", "date")

#: A cell's value: text, a number, or nothing (an empty cell).
Cell = str | int | float | None


@dataclass(frozen=True, slots=True)
class Column:
    """A column's header (already in the interface's language), its kind and a width hint in characters."""

    title: str
    kind: str = "text"
    width: int | None = None


@dataclass(frozen=True, slots=True)
class Sheet:
    """One table: a title (the writer shortens it to Excel's 31 characters and keeps it unique), columns, rows.

    ``source`` is a line saying where the rows come from (the edition's citation), written
    under the table so a copied sheet stays traceable.
    """

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    source: str = ""
