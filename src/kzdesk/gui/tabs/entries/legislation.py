"""The Legislation tab: the legal changes the report describes and the documents it cites."""

from PySide6.QtCore import QByteArray

from kzdesk.core.references import Kind
from kzdesk.gui.tabs.registry import TabSpec

TAB = TabSpec(
    "legislation",
    "Legislation",
    "kzdesk.gui.tabs.legislation:LegislationTab",
    order=30,
    shortcut="Ctrl+3",
    opens=(Kind.ACT, Kind.DOCUMENT),
    settings={
        "splitter": QByteArray(),
        "header": QByteArray(),
        "view": 0,  # index of the sub-view: legal changes, source documents
        "documents-splitter": QByteArray(),
        "documents-header": QByteArray(),
    },
    printable=True,
)
