"""What to chart: plain arrays built from the dataset's statistics, for the GUI and printouts.

Only figures the report states are charted; a derived value (arithmetic on stated
figures) is carried with ``derived=True`` so the chart can mark it. The report's
Figures 1–3 have no data in the text and are therefore not reproduced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kzdesk.core.labels import table_label
from kzdesk.core.model import Dataset, Statistic

YEAR_IN_LABEL = re.compile(r",?\s*(?:in\s+)?\(?\b(19|20)\d{2}\)?$")


#: The one series palette, on screen (kzdesk.gui.charts) and on paper (kzdesk.gui.printing.chart_painter):
#: Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")


@dataclass(frozen=True)
class ChartSeries:
    label: str
    values: tuple[float, ...]
    stat_ids: tuple[str, ...]
    derived: tuple[bool, ...]


@dataclass(frozen=True)
class ChartData:
    id: str  # "chart-table-1", "chart-<series key>"
    title: str
    categories: tuple[str, ...]  # x-axis labels
    series: tuple[ChartSeries, ...]  # one bar per series in each category
    unit: str
    section: str
    sources: tuple[str, ...]  # paragraph ids the values come from
    category_label: str = ""  # what the categories are: the table's first header, or "Year"
    kind: str = "bars"  # "line": values over real years, spaced by time; "bars": grouped bars
    lower_is_better: bool = False  # a rank: 1 is best, so the value axis runs downwards
    out_of: int | None = None  # for a rank, how many were ranked, where the report says ("of 180")

    @property
    def has_derived(self) -> bool:
        return any(any(s.derived) for s in self.series)

    @property
    def value_label(self) -> str:
        """The value axis title: the unit, and for a rank what it is out of."""
        return f"{self.unit} (of {self.out_of})" if self.out_of else self.unit


# How many a rank is out of: the statistic that states it, by the ranked series' key.
RANK_OUT_OF = {"cpi-kazakhstan-rank": "stat-cpi-countries-assessed"}


def chart_kind(categories: tuple[str, ...], lower_is_better: bool) -> str:
    """A line over real time for three or more yearly values (and for any yearly rank, whose
    direction a line shows best); grouped bars for everything else."""
    yearly = all(c.isdigit() and len(c) == 4 for c in categories)
    return "line" if yearly and (len(categories) >= 3 or lower_is_better) else "bars"


def table_chart(dataset: Dataset, number: int) -> ChartData:
    """A table as grouped bars: one group per row, one bar per year (the counts; the
    Dynamics percentages are figures of the rows too, but not bars on a count axis)."""
    table = next(t for t in dataset.tables if t.number == number)
    cells = [s for s in dataset.statistics if s.table == number and s.series]
    years = sorted({s.year for s in cells if s.year is not None})
    series = []
    for year in years:
        by_row = {s.row: s for s in cells if s.year == year}
        row_stats = [by_row[row.label] for row in table.rows]
        series.append(
            ChartSeries(
                label=str(year),
                values=tuple(float(s.value) for s in row_stats),
                stat_ids=tuple(s.id for s in row_stats),
                derived=tuple(s.derived for s in row_stats),
            )
        )
    return ChartData(
        id=f"chart-table-{number}",
        title=f"{table_label(number)}. {table.title}",
        categories=tuple(row.label for row in table.rows),
        series=tuple(series),
        unit=cells[0].unit if cells else "",
        section=table.section,
        sources=(table.paragraph,),
        category_label=table.header[0] if table.header else "",
    )


def _category(stat: Statistic) -> str:
    if stat.year is not None:
        return str(stat.year)
    return stat.period or stat.note or stat.value_text


def _series_title(indicators: list[str]) -> str:
    """What the points share: "Maximum prison term for taking a small bribe, before/after the
    amendments" becomes the part before the comma; a trailing year is dropped."""
    labels = [YEAR_IN_LABEL.sub("", label).strip() for label in indicators]
    if len(set(labels)) == 1:
        return labels[0]
    shared = labels[0]
    for label in labels[1:]:
        while not label.startswith(shared):
            shared = shared[:-1]
    head = shared.rsplit(",", 1)[0].strip() if "," in shared else ""
    # Only a whole clause is a title; otherwise the latest point's label says it best.
    return head if len(head) >= 12 else labels[-1]


def series_chart(dataset: Dataset, key: str) -> ChartData:
    """One indicator the text gives for two or more years or periods."""
    stats = [s for s in dataset.statistics if s.series == key]
    if all(s.year is not None for s in stats):
        stats.sort(key=lambda s: s.year or 0)
    # Otherwise points such as "before the amendments" / "since the amendments" have no
    # year to sort by: statistics.toml lists them in time order, and that order is kept.
    if len(stats) < 2:
        raise KeyError(key)
    title = _series_title([s.indicator for s in stats])
    categories = tuple(_category(s) for s in stats)
    lower_is_better = stats[-1].unit == "rank"
    total = dataset.by_id.get(RANK_OUT_OF.get(key, ""))
    out_of = int(total.value) if isinstance(total, Statistic) else None
    return ChartData(
        id=f"chart-{key}",
        title=title,
        categories=categories,
        series=(
            ChartSeries(
                label=title,
                values=tuple(float(s.value) for s in stats),
                stat_ids=tuple(s.id for s in stats),
                derived=tuple(s.derived for s in stats),
            ),
        ),
        unit=stats[-1].unit,
        section=stats[-1].section,
        sources=tuple(dict.fromkeys(s.paragraph for s in stats)),
        category_label="Year" if all(s.year is not None for s in stats) else "Year or period",
        kind=chart_kind(categories, lower_is_better),
        lower_is_better=lower_is_better,
        out_of=out_of,
    )


def series_keys(dataset: Dataset) -> list[str]:
    """Keys of the multi-year indicators outside the tables, in report order."""
    counts: dict[str, int] = {}
    for stat in dataset.statistics:
        if stat.series and stat.table is None:
            counts[stat.series] = counts.get(stat.series, 0) + 1
    return [key for key, count in counts.items() if count >= 2]


def all_charts(dataset: Dataset) -> list[ChartData]:
    charts = [table_chart(dataset, t.number) for t in dataset.tables]
    charts.extend(series_chart(dataset, key) for key in series_keys(dataset))
    return charts


def charts_for_section(dataset: Dataset, section_id: str) -> list[ChartData]:
    return [chart for chart in all_charts(dataset) if chart.section == section_id]
