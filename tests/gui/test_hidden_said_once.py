"""Opening an item that the tab's filter hides says so once: in the notice, naming that item.

The details pane used to keep its "The selected … is hidden by the filter." about the item
selected before, under the notice about the one just opened: two messages, one of them
about the wrong item. (The Statistics tab has its own test in test_statistics_tab.py.)
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from kzdesk.gui.tabs.legislation import LegislationTab
from kzdesk.gui.tabs.projects import ProjectsTab


def hidden_messages(tab: QWidget) -> list[str]:
    said = [label.text() for label in tab.findChildren(QLabel) if label.isVisible() and "hidden" in label.text()]
    said += [
        view.placeholderText()
        for view in tab.findChildren(QTextBrowser)
        if view.isVisible() and not view.toPlainText() and "hidden" in view.placeholderText()
    ]
    return said


@pytest.mark.parametrize("tab_class", [ProjectsTab, LegislationTab])
def test_an_item_hidden_by_the_filter_is_said_to_be_hidden_once(qtbot, context, tab_class) -> None:
    tab = tab_class(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    records = context.dataset.projects if tab_class is ProjectsTab else context.dataset.acts
    first, second = records[0], records[1]
    assert tab.open_target(first.id)
    tab.text_filter.setText("zzqqxx")  # hides every row, the selected one too
    qtbot.waitUntil(lambda: "hidden" in " ".join(hidden_messages(tab)))
    assert tab.open_target(second.id)
    qtbot.wait(20)  # let any pending reaction to the filter change run
    said = hidden_messages(tab)
    assert len(said) == 1, said
    name = second.name if tab_class is ProjectsTab else second.title
    assert name[:30] in said[0]
