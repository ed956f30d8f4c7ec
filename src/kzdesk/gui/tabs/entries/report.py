"""The Report tab: the report's text, section by section, and its list of abbreviations."""

from kzdesk.core.labels import QT_TRANSLATE_NOOP
from kzdesk.core.references import Kind
from kzdesk.gui.tabs.registry import TabSpec

TAB = TabSpec(
    "report",
    QT_TRANSLATE_NOOP("Tabs", "Report"),
    "kzdesk.gui.tabs.report:ReportTab",
    order=10,
    shortcut="Ctrl+1",
    opens=(Kind.SECTION, Kind.PARAGRAPH, Kind.TERM),
    settings={"splitter": b"", "location": "section-introduction"},  # location: a reference's text form
    printable=True,
)
