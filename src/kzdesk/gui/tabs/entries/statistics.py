"""The Statistics tab: every figure, the report's tables as printed, and charts."""

from kzdesk.core.labels import QT_TRANSLATE_NOOP
from kzdesk.core.references import Kind
from kzdesk.gui.tabs.registry import TabSpec

TAB = TabSpec(
    "statistics",
    QT_TRANSLATE_NOOP("Tabs", "Statistics"),
    "kzdesk.gui.tabs.statistics:StatisticsTab",
    order=20,
    shortcut="Ctrl+2",
    opens=(Kind.STATISTIC, Kind.TABLE, Kind.CHART),
    settings={
        "splitter": b"",
        "header": b"",
        "view": 0,  # index of the sub-view: figures, report tables, charts
        "chart": "chart-table-1",  # a reference's text form; a bare id is one of the open edition
        "charts-splitter": b"",
    },
    printable=True,
)
