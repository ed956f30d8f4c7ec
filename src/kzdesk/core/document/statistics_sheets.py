"""The statistics table and the report's tables as :class:`Sheet` s, for an Excel workbook.

One sheet of figures (every figure, or those a filter left, in the order given): the value
numeric, the unit and the year as their own columns, the report's own text ("as printed"),
the derived mark, the section and the source paragraph. Then a sheet per report table
(Table 1, Table 2…), its counts as integers and its Dynamics as a number of percent; a cell
that is not a plain number stays the text the report prints.

Built from the dataset directly (no pandas), so the command line writes a workbook without
importing it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kzdesk.core.document.sheets import Cell, Column, Sheet
from kzdesk.core.labels import (
    DERIVED_MARK,
    citation,
    full_citation,
    paragraph_label,
    section_heading,
    table_label,
    translate,
)
from kzdesk.core.model import Dataset, Statistic, Table

_COUNT = re.compile(r"^[+-]?\d{1,3}(,\d{3})*$|^[+-]?\d+$")
_PERCENT = re.compile(r"^([-+−]?\d+(?:\.\d+)?)\s*%$")


def statistics_columns() -> tuple[Column, ...]:
    """The figures sheet's columns, their headers in the interface's language."""
    return (
        Column(translate("Statistics sheet", "ID"), width=14),
        Column(translate("Statistics sheet", "What it measures"), width=50),
        Column(translate("Statistics sheet", "Value"), "number", width=14),
        Column(translate("Statistics sheet", "Unit"), width=16),
        Column(translate("Statistics sheet", "Year"), "year", width=7),
        Column(translate("Statistics sheet", "Period"), width=11),
        Column(translate("Statistics sheet", "Qualifier"), width=11),
        Column(translate("Statistics sheet", "As printed"), width=16),
        Column(translate("Statistics sheet", "Derived") + f" ({DERIVED_MARK})", width=9),
        Column(translate("Statistics sheet", "How derived"), width=18),
        Column(translate("Statistics sheet", "Section"), width=40),
        Column(translate("Statistics sheet", "Source paragraph"), width=22),
        Column(translate("Statistics sheet", "Paragraph ID"), width=20),
        Column(translate("Statistics sheet", "Table"), "integer", width=7),
        Column(translate("Statistics sheet", "Table row"), width=30),
    )


def statistic_row(dataset: Dataset, stat: Statistic) -> tuple[Cell, ...]:
    """One figure as a row of :func:`statistics_columns`."""
    section = dataset.section(stat.section)
    return (
        stat.id,
        stat.indicator,
        stat.value,
        stat.unit,
        stat.year,
        stat.period,
        stat.qualifier,
        stat.value_text,
        DERIVED_MARK if stat.derived else "",
        stat.derivation,
        section_heading(section),
        paragraph_label(stat.paragraph, section.title),
        stat.paragraph,
        stat.table,
        stat.row or "",
    )


def statistics_sheet(dataset: Dataset, statistics: Iterable[Statistic] | None = None) -> Sheet:
    """The figures (all of them in report order, or ``statistics`` in their order) as one sheet."""
    chosen = dataset.statistics if statistics is None else statistics
    return Sheet(
        title=translate("Statistics sheet", "Figures"),
        columns=statistics_columns(),
        rows=tuple(statistic_row(dataset, s) for s in chosen),
        source=translate(
            "Statistics sheet", "Source: {citation}. {mark} derived: computed from stated figures."
        ).format(citation=citation(dataset.report), mark=DERIVED_MARK),
    )


def table_cell(text: str) -> Cell:
    """A printed table cell typed: "1,717" → 1717, "-5%" / "+41.8%" → -5.0 / 41.8 (percent); else the text."""
    stripped = text.strip()
    if _COUNT.match(stripped):
        return int(stripped.replace(",", ""))
    percent = _PERCENT.match(stripped)
    if percent:
        return float(percent.group(1).replace("−", "-"))
    return text


def _is_percent_column(table: Table, index: int) -> bool:
    cells = [row.cells[index - 1] for row in table.rows]
    return bool(cells) and all(_PERCENT.match(c.strip()) for c in cells)


def table_sheet(dataset: Dataset, table: Table) -> Sheet:
    """A report table as printed, its cells typed; a Dynamics column becomes "Dynamics, %"."""
    columns = [Column(table.header[0])]
    for index, header in enumerate(table.header[1:], start=1):
        if _is_percent_column(table, index):
            title = translate("Statistics sheet", "{header}, %").format(header=header)
            columns.append(Column(title, "number"))
        else:
            kinds = {type(table_cell(row.cells[index - 1])) for row in table.rows}
            columns.append(Column(header, "integer" if kinds == {int} else "text"))
    rows = tuple((row.label, *(table_cell(c) for c in row.cells)) for row in table.rows)
    section = dataset.section(table.section)
    where = paragraph_label(table.paragraph, section.title)
    title = f"{table_label(table.number)}. {table.title}"
    return Sheet(
        title=title,
        columns=tuple(columns),
        rows=rows,
        source=translate("Statistics sheet", "{title}. Source: {citation}").format(
            title=title, citation=full_citation(dataset.report, where)
        ),
    )


def statistics_sheets(
    dataset: Dataset, statistics: Iterable[Statistic] | None = None, tables: Iterable[Table] | None = None
) -> list[Sheet]:
    """The figures sheet, then a sheet per report table: ``tables``, or by default the tables the
    figures come from (every table for the whole list)."""
    chosen = list(dataset.statistics if statistics is None else statistics)
    if tables is None:
        numbers = {s.table for s in chosen}
        tables = [t for t in dataset.tables if t.number in numbers]
    return [statistics_sheet(dataset, chosen), *(table_sheet(dataset, t) for t in tables)]
