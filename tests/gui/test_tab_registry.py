"""The tab registry: a tab is one module; the window, the settings and link routing follow its declaration."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kzdesk.core.references import KINDS, Kind
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.settings import Settings
from kzdesk.gui.tabs import registry

# The whole of a new tab: one module, as a developer would add it to kzdesk.gui.tabs.entries.
DUMMY_TAB = '''
"""A tab of projects as cards (a test's tab: proves a new tab needs this module and nothing else)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout

from kzdesk.core.references import Kind
from kzdesk.gui.tabs.base import Tab
from kzdesk.gui.tabs.registry import TabSpec


class CardsTab(Tab):
    key = "cards"
    title = "Cards"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.label = QLabel("no card yet", self)
        QVBoxLayout(self).addWidget(self.label)
        self.shown = None
        self.label.setText(f"columns: {context.settings.value('cards/columns')}")

    def open_target(self, target):
        project = self.context.dataset.by_id.get(target)
        if project is None:
            return False
        self.shown = target
        self.label.setText(project.name)
        return True

    def current_location(self):
        return self.shown


TAB = TabSpec(
    "cards", "Cards", f"{__name__}:CardsTab", order=45, shortcut="Ctrl+9",
    opens=(Kind.PROJECT,), settings={"columns": 3},
)
'''


@pytest.fixture
def cards_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The dummy tab's module on the import path; the Projects tab steps aside (cards open projects)."""
    (tmp_path / "kzdesk_cards_tab.py").write_text(textwrap.dedent(DUMMY_TAB), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    projects = registry.spec("projects")
    assert projects is not None
    registry.unregister("projects")
    try:
        yield "kzdesk_cards_tab"
    finally:
        registry.unregister("cards")
        registry.register(projects)
        sys.modules.pop("kzdesk_cards_tab", None)


def test_the_built_in_tabs_come_from_their_entries_and_agree_with_the_kinds_table() -> None:
    assert registry.tab_keys() == ("report", "statistics", "legislation", "projects", "proposals")
    for kind, info in KINDS.items():
        assert registry.tab_for(kind) == info.owner, kind
    assert [registry.spec(key).shortcut for key in registry.tab_keys()] == [f"Ctrl+{n}" for n in range(1, 6)]
    assert "statistics/chart" in registry.settings_defaults()


def test_a_registered_tab_module_appears_in_the_window_with_its_shortcut_settings_and_links(
    qtbot: QtBot, context: AppContext, cards_module: str
) -> None:
    spec = registry.register_module(cards_module)
    assert spec.key in registry.tab_keys()
    assert registry.tab_keys().index("cards") == registry.tab_keys().index("legislation") + 1  # by its order
    assert context.settings.value("cards/columns") == 3  # its settings are declared with it

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]
    assert "Cards" in titles and "Projects" not in titles
    action = window.tab_actions["cards"]
    assert action.text().endswith("Cards") and action.shortcut().toString() == "Ctrl+9"
    assert "cards" not in window.tabs  # built on first show, like every tab

    # A link to a project now lands in the cards tab, and the visit is recorded there.
    assert window.open_target("project-bolashak")
    assert window.current_key() == "cards"
    cards = window.tabs["cards"]
    assert cards.label.text() == context.dataset.by_id["project-bolashak"].name
    assert window.history.current.tab == "cards" and window.history.current.target == "project-bolashak"
    assert not window.print_action.isEnabled()  # it declares nothing to print
    window.show_tab("proposals")
    assert window.print_action.isEnabled()


def test_two_tabs_cannot_open_the_same_kind(cards_module: str) -> None:
    registry.register_module(cards_module)
    clash = registry.TabSpec("other", "Other", "x:Y", order=99, opens=(Kind.PROJECT,))
    with pytest.raises(ValueError, match="project"):
        registry.register(clash)
    assert registry.spec("other") is None


def test_a_window_without_the_owning_tab_says_so(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context, tab_keys=("report",))
    qtbot.addWidget(window)
    assert not window.open_target("proposal-3")
    assert "Proposals tab" in window.statusBar().currentMessage()


def test_the_entries_stay_cheap_to_import(tmp_path: Path) -> None:
    """Declarations are read at start-up: none of them may pull in a tab's widget module."""
    code = (
        "import sys\n"
        "from kzdesk.gui.tabs import registry\n"
        "registry.tab_keys()\n"
        "loaded = [m for m in sys.modules if m.startswith('kzdesk.gui.tabs.') and '.entries' not in m]\n"
        "print(sorted(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "['kzdesk.gui.tabs.registry']", result.stdout


def test_settings_declared_by_no_tab_are_refused(settings: Settings) -> None:
    with pytest.raises(KeyError):
        settings.value("cards/columns")
