"""The charts plot exactly the figures core gives them; exports are real PNG and SVG files."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtGui import QImage

from kzdesk.core.charts import ChartData, ChartSeries, series_chart, series_keys, table_chart
from kzdesk.gui.charts import GroupedBarChart, LineChart, chart_view_for
from kzdesk.gui.export import export_chart_png, export_chart_svg


def test_table_1_chart_has_the_printed_bar_heights(qtbot, dataset):
    chart = chart_view_for(table_chart(dataset, 1))
    qtbot.addWidget(chart)
    assert isinstance(chart, GroupedBarChart)
    heights = {item.opts["name"]: list(item.opts["height"]) for item in chart.bar_items}
    assert heights == {"2019": [1717, 269, 128, 65, 21], "2020": [1632, 342, 89, 78, 21]}
    ticks = chart.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert [label.replace("\n", " ") for _x, label in ticks][0] == "Anti-Corruption Service"
    assert chart.getPlotItem().getAxis("left").labelText == "crimes"
    legend_names = [label.text for _sample, label in chart.legend.items]
    assert legend_names == ["2019", "2020"]
    assert chart.hatch_item is None  # every cell is printed in the report


def test_table_2_chart_and_its_tooltips(qtbot, dataset):
    chart = chart_view_for(table_chart(dataset, 2))
    qtbot.addWidget(chart)
    x, heights = chart.bar_items[1].getData()
    assert list(heights) == [568, 624, 316, 268, 193]
    # The 2020 "Giving bribe" bar sits right of the group centre 1.
    assert x[1] > 1
    tip = chart.value_at(float(x[1]), 300.0)
    assert tip is not None and "Giving bribe" in tip and "624 crimes" in tip and "2020" in tip
    assert chart.value_at(float(x[1]), 700.0) is None  # above the bar


def test_every_series_gets_a_chart(qtbot, dataset):
    for key in series_keys(dataset):
        data = series_chart(dataset, key)
        chart = chart_view_for(data)
        qtbot.addWidget(chart)
        if isinstance(chart, LineChart):
            _x, y = chart.line_items[0].getData()
        else:
            _x, y = chart.bar_items[0].getData()
        assert list(y) == list(data.series[0].values)


def _derived_chart() -> ChartData:
    return ChartData(
        id="chart-test",
        title="Test <indicator>",
        categories=("2018", "2019", "2020"),
        series=(ChartSeries("Test", (10.0, 12.5, 15.0), ("a", "b", "c"), (False, True, False)),),
        unit="points",
        section="section-2",
        sources=("section-2-p1",),
        category_label="Year",
        kind="line",
    )


def test_line_chart_spaces_years_by_time_and_marks_derived_points(qtbot):
    chart = chart_view_for(_derived_chart())
    qtbot.addWidget(chart)
    assert isinstance(chart, LineChart)
    x, y = chart.line_items[0].getData()
    assert list(x) == [2018, 2019, 2020] and list(y) == [10.0, 12.5, 15.0]
    brushes = chart.line_items[0].opts["symbolBrush"]
    assert brushes[1].color() != brushes[0].color()  # the derived point is hollow
    assert chart.derived_item is not None
    assert any("derived" in label.text for _sample, label in chart.legend.items)


def test_bar_chart_hatches_derived_bars(qtbot):
    data = _derived_chart()
    data = ChartData(**{**data.__dict__, "categories": ("before", "after", "later")})
    chart = chart_view_for(data)
    qtbot.addWidget(chart)
    assert isinstance(chart, GroupedBarChart)
    assert chart.hatch_item is not None
    _x, hatched = chart.hatch_item.getData()
    assert list(hatched) == [12.5]
    assert "derived" in (chart.value_at(1.0, 5.0) or "")


def test_chart_follows_the_font_size(qtbot, dataset):
    chart = chart_view_for(table_chart(dataset, 1))
    qtbot.addWidget(chart)
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    chart.setFont(font)
    axis_font = chart.getPlotItem().getAxis("left").style["tickFont"]
    assert axis_font.pointSizeF() == pytest.approx(font.pointSizeF())


def test_export_writes_a_png_at_twice_the_size_and_a_valid_svg(qtbot, dataset, tmp_path):
    chart = chart_view_for(table_chart(dataset, 1))
    qtbot.addWidget(chart)
    chart.resize(640, 400)
    png = tmp_path / "table-1.png"
    size = export_chart_png(chart, png, "Table 1", "Source: section-1-p3")
    image = QImage(str(png))
    assert not image.isNull() and image.width() == 1280 and image.width() == size.width()
    # Not a blank picture: the bars are there in their colour.
    pixels = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert "#0072b2" in pixels
    svg = tmp_path / "table-1.svg"
    export_chart_svg(chart, svg, "Table 1 <of 2>", "Source: section-1-p3")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = svg.read_text(encoding="utf-8")
    assert "Source: section-1-p3" in text and "Table 1 &lt;of 2&gt;" in text
    assert np.any(["path" in el.tag or "rect" in el.tag for el in root.iter()])


def test_screen_and_paper_draw_the_cpi_score_as_the_same_time_scaled_line(qtbot, dataset):
    from kzdesk.gui.printing.chart_painter import plot

    data = series_chart(dataset, "cpi-kazakhstan-score")
    assert data.kind == "line"
    screen = chart_view_for(data)
    qtbot.addWidget(screen)
    assert isinstance(screen, LineChart)
    x, y = screen.line_items[0].getData()
    assert list(x) == [2012, 2018, 2020] and list(y) == [28, 31, 38]
    paper = plot(data, 400.0, "Source")
    assert not paper.bars and [p.value for p in paper.points] == [28, 31, 38]
    xs = [p.centre.x() for p in paper.points]
    # Spaced by time as on screen: six years, then two.
    assert (xs[1] - xs[0]) / (xs[2] - xs[1]) == pytest.approx(6 / 2)
    assert [p.derived for p in paper.points] == [True, True, False]


def test_a_rank_is_drawn_better_at_the_top_out_of_n_on_screen_and_paper(qtbot, dataset):
    from kzdesk.gui.printing.chart_painter import plot

    data = series_chart(dataset, "cpi-kazakhstan-rank")
    assert data.lower_is_better and data.out_of == 180 and data.value_label == "rank (of 180)"
    screen = chart_view_for(data)
    qtbot.addWidget(screen)
    assert screen.getPlotItem().getViewBox().yInverted()
    assert screen.getPlotItem().getAxis("left").labelText == "rank (of 180)"
    _x, y = screen.line_items[0].getData()
    assert list(y) == [113, 94]
    paper = plot(data, 400.0, "Source")
    (p2019, p2020) = paper.points
    assert p2020.centre.y() < p2019.centre.y()  # 94th is drawn above 113th: an improvement rises
    assert paper.y_of(1) == pytest.approx(paper.geometry.plot.top())
    assert paper.y_of(180) == pytest.approx(paper.geometry.plot.bottom())


def test_one_derived_marker_explained_in_both_legends(qtbot):
    from kzdesk.gui.charts.base import DERIVED_LEGEND
    from kzdesk.gui.models.statistics import DERIVED_MARK
    from kzdesk.gui.printing import chart_painter

    assert chart_painter.DERIVED_MARK == DERIVED_MARK
    assert chart_painter.DERIVED_NOTE.startswith(DERIVED_MARK)
    chart = chart_view_for(_derived_chart())
    qtbot.addWidget(chart)
    assert DERIVED_LEGEND in [label.text for _sample, label in chart.legend.items]
