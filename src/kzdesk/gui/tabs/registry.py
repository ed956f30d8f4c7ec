"""The tab registry: what tabs the main window offers, declared once per tab.

Each tab is declared by one small module in :mod:`kzdesk.gui.tabs.entries` holding a
``TAB = TabSpec(...)``: its key, title, shortcut, position, the kinds of reference it
opens, its settings with their defaults, and where its widget class lives. The widget
module is imported when the tab is first shown, so what a tab imports (pandas,
pyqtgraph) stays off the start-up path; the declarations are tiny and read at start-up.
Nothing else lists the tabs: the main window, the settings and the reference routing
all ask this module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kzdesk.core.references import Kind
    from kzdesk.gui.tabs.base import Tab

ENTRIES_PACKAGE = "kzdesk.gui.tabs.entries"


class TabSpec:
    """One tab's declaration (a plain class: a dataclass would cost start-up time)."""

    __slots__ = ("key", "title", "shortcut", "order", "opens", "settings", "widget", "printable")

    def __init__(
        self,
        key: str,
        title: str,
        widget: str,
        *,
        order: int,
        shortcut: str = "",
        opens: tuple[Kind, ...] = (),
        settings: dict[str, Any] | None = None,
        printable: bool = False,
    ) -> None:
        if "/" in key or not key:
            raise ValueError(f"a tab key is a plain word, not {key!r}")
        self.key = key
        self.title = title
        #: "package.module:ClassName" of the :class:`~kzdesk.gui.tabs.base.Tab` subclass, imported on first show.
        self.widget = widget
        #: Where it stands among the tabs (lower first); also gives the Go menu's number.
        self.order = order
        #: The key that shows it ("Ctrl+2"); empty for none.
        self.shortcut = shortcut
        #: The kinds of reference (:class:`kzdesk.core.references.Kind`) it opens: links to them come here.
        self.opens = opens
        #: Its settings, by name under the tab's key ("splitter" is stored as "<key>/splitter"), with defaults;
        #: ``b""`` declares a saved widget state (a QByteArray: entries import no Qt, they are read at start-up).
        self.settings = dict(settings or {})
        #: Whether File → Print applies to it (known without building it).
        self.printable = printable

    def widget_class(self) -> type[Tab]:
        module, _, name = self.widget.partition(":")
        cls: type[Tab] = getattr(importlib.import_module(module), name)
        return cls

    def __repr__(self) -> str:
        return f"TabSpec({self.key!r}, {self.title!r}, order={self.order})"


_specs: dict[str, TabSpec] = {}
_discovered = False
#: Counts registrations, so that what is derived from the tabs (the settings' defaults) knows when to redo it.
version = 0


def register(spec: TabSpec) -> TabSpec:
    """Add a tab (the entries register themselves by declaring ``TAB``; tests may add their own)."""
    _discover()
    taken = {kind: other.key for other in _specs.values() if other.key != spec.key for kind in other.opens}
    clash = [kind.value for kind in spec.opens if kind in taken]
    if clash:
        raise ValueError(f"tab {spec.key!r} would open {', '.join(clash)}, which another tab opens")
    global version
    _specs[spec.key] = spec
    version += 1
    return spec


def unregister(key: str) -> None:
    global version
    if _specs.pop(key, None) is not None:
        version += 1


def register_module(name: str) -> TabSpec:
    """Register the tab a module declares (its ``TAB``): how a tab outside the entries package is added."""
    spec = importlib.import_module(name).TAB
    if not isinstance(spec, TabSpec):
        raise TypeError(f"{name}.TAB is not a TabSpec")
    return register(spec)


def discover() -> None:
    """Register the tabs the entries package declares (once; every query below does it first)."""
    _discover()


def _discover() -> None:
    global _discovered
    if _discovered:
        return
    _discovered = True
    for name in _entry_names():
        spec = getattr(importlib.import_module(f"{ENTRIES_PACKAGE}.{name}"), "TAB", None)
        if isinstance(spec, TabSpec):
            register(spec)


def _entry_names() -> list[str]:
    """The modules of the entries package: a folder listing (pkgutil costs ≈ 2 ms of start-up), or,
    where the package is no folder (a frozen bundle), what its importer lists."""
    import os

    package = importlib.import_module(ENTRIES_PACKAGE)
    names: list[str] = []
    for folder in package.__path__:
        try:
            with os.scandir(folder) as entries:
                names += [e.name[:-3] for e in entries if e.name.endswith(".py") and not e.name.startswith("_")]
        except OSError:
            pass
    if not names:  # no source files to list: ask the importer
        import pkgutil

        names = [module.name for module in pkgutil.iter_modules(package.__path__)]
    return sorted(names)


def specs() -> tuple[TabSpec, ...]:
    """Every registered tab, in order."""
    _discover()
    return tuple(sorted(_specs.values(), key=lambda s: (s.order, s.key)))


def tab_keys() -> tuple[str, ...]:
    return tuple(spec.key for spec in specs())


def spec(key: str) -> TabSpec | None:
    _discover()
    return _specs.get(key)


def title_of(key: str) -> str:
    """The tab's title in the interface's language (entries mark theirs with QT_TRANSLATE_NOOP("Tabs", …))."""
    from kzdesk.core.labels import translate

    found = spec(key)
    return translate("Tabs", found.title) if found is not None else key.title()


def tab_for(kind: Kind, keys: tuple[str, ...] | None = None) -> str | None:
    """The key of the tab (among ``keys``, or all) that opens ``kind``."""
    for found in specs():
        if kind in found.opens and (keys is None or found.key in keys):
            return found.key
    return None


def settings_defaults() -> dict[str, Any]:
    """Every tab's settings with their defaults, by their full key ("statistics/splitter")."""
    return {f"{found.key}/{name}": value for found in specs() for name, value in found.settings.items()}
