"""The Proposals tab: the report's proposals, searched and ranked, copied with citations."""

from kzdesk.core.labels import QT_TRANSLATE_NOOP
from kzdesk.core.references import Kind
from kzdesk.gui.tabs.registry import TabSpec

TAB = TabSpec(
    "proposals",
    QT_TRANSLATE_NOOP("Tabs", "Proposals"),
    "kzdesk.gui.tabs.proposals:ProposalsTab",
    order=50,
    shortcut="Ctrl+5",
    opens=(Kind.PROPOSAL,),
    settings={"splitter": b"", "theme": "", "order": "report"},
    printable=True,
)
