"""The Statistics tab's tables: every figure (over ``statistics_frame``) and a report table as printed.

pandas is not imported here: the frames are built by :mod:`kzdesk.core.frames` (imported by
the tab when it is first shown) and handed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kzdesk.core.labels import DERIVED_MARK, QT_TRANSLATE_NOOP, format_number, paragraph_label
from kzdesk.core.references import paragraph_order
from kzdesk.gui.models.records import Column, RecordTableModel

if TYPE_CHECKING:
    import pandas as pd

_YEAR = re.compile(r"(?:19|20)\d{2}")


@dataclass(frozen=True)
class StatisticRow:
    """One row of ``statistics_frame`` with pandas' missing values turned into None."""

    id: str
    indicator: str
    value: float
    unit: str
    year: int | None
    qualifier: str
    period: str
    section: str
    section_title: str
    table: int | None
    row: str | None
    source: str
    derived: bool
    series: str
    value_text: str
    derivation: str
    note: str

    @property
    def paragraph(self) -> str:
        return self.source

    @property
    def when(self) -> str:
        return str(self.year) if self.year is not None else self.period

    @property
    def when_order(self) -> int:
        if self.year is not None:
            return self.year
        years = _YEAR.findall(self.period)
        return int(years[0]) if years else 0


def _none_if_missing(value: Any) -> Any:
    try:
        return None if value is None or value != value or str(value) == "<NA>" else value
    except (TypeError, ValueError):  # pd.NA refuses comparison in a boolean context
        return None


def rows_from_frame(frame: pd.DataFrame) -> list[StatisticRow]:
    rows = []
    for record in frame.to_dict("records"):
        year = _none_if_missing(record["year"])
        table = _none_if_missing(record["table"])
        rows.append(
            StatisticRow(
                id=record["id"],
                indicator=record["indicator"],
                value=float(record["value"]),
                unit=record["unit"],
                year=int(year) if year is not None else None,
                qualifier=record["qualifier"] or "",
                period=record["period"] or "",
                section=record["section"],
                section_title=record["section_title"],
                table=int(table) if table is not None else None,
                row=_none_if_missing(record["row"]),
                source=record["source"],
                derived=bool(record["derived"]),
                series=record["series"] or "",
                value_text=record["value_text"],
                derivation=record["derivation"] or "",
                note=record["note"] or "",
            )
        )
    return rows


def _value_display(row: StatisticRow) -> str:
    return format_number(row.value) + (f" {DERIVED_MARK}" if row.derived else "")


def _value_tooltip(row: StatisticRow) -> str:
    if row.derived:
        how = f": {row.derivation}" if row.derivation else ""
        return f"Derived value, computed from figures the report states{how}. The report does not print it."
    return f"As printed: {row.value_text}"


STATISTICS_COLUMNS: tuple[Column[StatisticRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Indicator"),
        lambda r: r.indicator,
        tooltip=lambda r: r.indicator + (f"\n{r.note}" if r.note else ""),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Value"),
        _value_display,
        sort=lambda r: r.value,
        raw=lambda r: r.value,
        tooltip=_value_tooltip,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Unit"), lambda r: r.unit),
    Column(QT_TRANSLATE_NOOP("Columns", "Year"), lambda r: r.when, sort=lambda r: r.when_order, raw=lambda r: r.when),
    Column(QT_TRANSLATE_NOOP("Columns", "As printed"), lambda r: r.value_text),
    Column(
        "Source",
        lambda r: paragraph_label(r.source, r.section_title),
        sort=lambda r: paragraph_order(r.source),
        raw=lambda r: r.source,
        tooltip=lambda r: f"{r.section_title} — paragraph {r.source}",
    ),
)


class StatisticsModel(RecordTableModel[StatisticRow]):
    """Every statistic, one row each, in report order."""

    kind = "statistic"
    columns = STATISTICS_COLUMNS
    INDICATOR, VALUE, UNIT, YEAR, PRINTED, SOURCE = range(6)

    def __init__(self, frame: pd.DataFrame, parent: Any = None) -> None:
        self.frame = frame
        super().__init__(rows_from_frame(frame), parent)

    def text_of(self, record: StatisticRow) -> str:
        return " ".join(
            (
                record.indicator,
                record.value_text,
                record.unit,
                record.when,
                record.qualifier,
                record.note,
                record.row or "",
                record.section_title,
                record.id,
                record.derivation,
            )
        )

    def values_of(self, record: StatisticRow) -> dict[str, Any]:
        return {
            "section": record.section,
            "table": record.table if record.table is not None else 0,  # 0: not in a report table
            "unit": record.unit,
            "year": record.year if record.year is not None else 0,  # 0: a period, not a year
        }


class ReportTableModel(RecordTableModel[tuple[str, ...]]):
    """A report table exactly as printed: first column the row label, then the printed cells."""

    kind = "table"

    def __init__(self, frame: pd.DataFrame, table_id: str, parent: Any = None) -> None:
        self.table_id = table_id
        self.columns = tuple(self._column(i, str(name)) for i, name in enumerate(frame.columns))
        rows = [tuple(str(cell) for cell in row) for row in frame.itertuples(index=False, name=None)]
        super().__init__(rows, parent)

    @staticmethod
    def _column(position: int, header: str) -> Column[tuple[str, ...]]:
        if position == 0:
            return Column(header, lambda r: r[0], translated=False)  # the report's own heading
        return Column(
            header,
            lambda r: r[position],
            sort=lambda r: parse_printed_number(r[position]),
            align_right=True,
            translated=False,
        )

    def id_of(self, record: tuple[str, ...]) -> str:
        return self.table_id


def parse_printed_number(text: str) -> float | None:
    """ "1,717" → 1717.0, "-12.5%" → -12.5, "+27%" → 27.0; None when the cell is not a number."""
    cleaned = text.replace(",", "").replace("%", "").replace("−", "-").replace("+", "").strip()
    try:
        return float(cleaned)
    except ValueError:
        return None
