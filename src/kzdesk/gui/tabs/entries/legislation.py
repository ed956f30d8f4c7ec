"""The Legislation tab: the legal changes the report describes and the documents it cites."""

from kzdesk.core.labels import QT_TRANSLATE_NOOP
from kzdesk.core.references import Kind
from kzdesk.gui.tabs.registry import TabSpec

TAB = TabSpec(
    "legislation",
    QT_TRANSLATE_NOOP("Tabs", "Legislation"),
    "kzdesk.gui.tabs.legislation:LegislationTab",
    order=30,
    shortcut="Ctrl+3",
    opens=(Kind.ACT, Kind.DOCUMENT),
    settings={
        "splitter": b"",
        "header": b"",
        "view": 0,  # index of the sub-view: legal changes, source documents
        "documents-splitter": b"",
        "documents-header": b"",
    },
    printable=True,
)
