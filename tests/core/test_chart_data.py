"""Chart data: only figures the report states, in time order, derived values marked."""

from __future__ import annotations

from kzdesk.core.charts import all_charts, series_chart, table_chart
from kzdesk.core.model import Dataset


def test_table_1_as_grouped_bars(dataset: Dataset) -> None:
    chart = table_chart(dataset, 1)
    assert chart.categories[0] == "Anti-Corruption Service"
    assert [s.label for s in chart.series] == ["2019", "2020"]
    assert chart.series[0].values == (1717, 269, 128, 65, 21)
    assert chart.series[1].values == (1632, 342, 89, 78, 21)
    assert chart.sources == ("section-1-p3",) and not chart.has_derived


def test_yearly_series_are_sorted_by_year_and_mark_derived_points(dataset: Dataset) -> None:
    chart = series_chart(dataset, "cpi-kazakhstan-score")
    assert chart.categories == ("2012", "2018", "2020")
    assert chart.series[0].values == (28, 31, 38)
    assert chart.series[0].derived == (True, True, False)  # 38 is stated; 31 and 28 are arithmetic on it
    assert chart.title == "Transparency International Corruption Perception Index: Kazakhstan's score"


def test_points_without_years_keep_their_curated_order(dataset: Dataset) -> None:
    chart = series_chart(dataset, "bribery-small-bribe-max-prison-term")
    assert chart.categories == ("before the amendments", "since the amendments")
    assert chart.series[0].values == (5, 6)
    assert chart.title == "Maximum prison term for taking a small bribe"  # what both points share


def test_every_chart_plots_stated_values_with_their_sources(dataset: Dataset) -> None:
    for chart in all_charts(dataset):
        assert chart.unit and chart.sources, chart.id
        for series in chart.series:
            assert len(series.values) == len(chart.categories) >= 2, chart.id
            for stat_id, value in zip(series.stat_ids, series.values, strict=True):
                stat = dataset.by_id[stat_id]
                assert stat.value == value and stat.paragraph in chart.sources, (chart.id, stat_id)
