"""The Projects tab: every named project, programme, system and campaign."""

from kzdesk.core.labels import QT_TRANSLATE_NOOP
from kzdesk.core.references import Kind
from kzdesk.gui.tabs.registry import TabSpec

TAB = TabSpec(
    "projects",
    QT_TRANSLATE_NOOP("Tabs", "Projects"),
    "kzdesk.gui.tabs.projects:ProjectsTab",
    order=40,
    shortcut="Ctrl+4",
    opens=(Kind.PROJECT,),
    settings={"splitter": b"", "header": b""},
    printable=True,
)
