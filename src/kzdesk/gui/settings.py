"""The one settings object: every key with its default, loaded and saved through QSettings.

Tests construct it with a path in a temporary directory, so a developer's own
settings never leak into a test run (and a test never writes to them).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

#: Bumped when a key changes meaning; :meth:`Settings.migrate` then drops what no longer fits.
SETTINGS_VERSION = 1

#: The window's own keys with their defaults; each tab declares its own ("statistics/…") in its
#: registry entry (kzdesk.gui.tabs.entries), so adding a tab adds its settings without editing this file.
WINDOW_DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/tab": "report",
    "view/zoom": 100,  # percent of the base font size
    "view/language": "",  # kk, ru or en as chosen in View → Language; empty: the system's (kzdesk.gui.i18n)
    "workspace/path": "",  # the user's workspace file; empty: workspace.sqlite in the user's data folder
    "pack/title-page": False,  # the Pack panel's "Title page in PDF" switch
    "pack/current": "",  # the id of the briefing pack the Pack panel shows (and Add to Pack fills)
    "edition/file": "",  # the edition file last opened with File → Open Edition…; empty: the bundled edition
    "print/with_notes": False,  # the print preview's "Include my notes" switch
}


_defaults: tuple[int, dict[str, Any]] | None = None


def defaults() -> dict[str, Any]:
    """Every key kzdesk stores, with its default: the window's and every registered tab's.

    A tab declares a saved widget state as ``b""``; here it becomes the QByteArray Qt saves.
    """
    global _defaults
    from kzdesk.gui.tabs import registry

    registry.discover()  # first, so that the version below counts the built-in tabs
    if _defaults is None or _defaults[0] != registry.version:
        declared = registry.settings_defaults()
        tabs = {key: QByteArray(value) if isinstance(value, bytes) else value for key, value in declared.items()}
        _defaults = (registry.version, {**WINDOW_DEFAULTS, **tabs})
    return _defaults[1]


def user_settings_path() -> Path | None:
    """Where the settings live when Qt's default would be wrong; None: Qt's default is right.

    With HOME unset (a service, ``env -i``) Qt would write ``/.config/kzdesk/kzdesk.ini`` at
    the filesystem root: take the account's home from the password database instead, or,
    for an account without a home, a private temporary folder (settings then last one run).
    """
    if not sys.platform.startswith("linux") or os.environ.get("XDG_CONFIG_HOME", "").startswith("/"):
        return None
    home = os.environ.get("HOME", "")
    if home.startswith("/") and home != "/":
        return None
    try:
        import pwd

        home = pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError):
        home = ""
    if home.startswith("/") and home != "/" and os.access(home, os.W_OK):
        return Path(home) / ".config" / "kzdesk" / "kzdesk.ini"
    return Path(tempfile.mkdtemp(prefix="kzdesk-settings-")) / "kzdesk.ini"


class Settings:
    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            path = user_settings_path()
        if path is None:
            self._store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "kzdesk", "kzdesk")
        else:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)
        self.migrate()

    @property
    def path(self) -> str:
        return self._store.fileName()

    def value(self, key: str) -> Any:
        declared = defaults()
        if key not in declared:
            raise KeyError(f"undeclared setting {key!r}")
        default = declared[key]
        stored = self._store.value(key, default)
        # INI files give strings back; coerce to the declared type, falling back on anything odd.
        try:
            if isinstance(default, bool):
                return stored in (True, "true", "1", 1)
            if isinstance(default, int):
                return int(stored)
            if isinstance(default, QByteArray):
                return stored if isinstance(stored, QByteArray) else default
            return type(default)(stored)
        except (TypeError, ValueError):
            return default

    def set_value(self, key: str, value: Any) -> None:
        if key not in defaults():
            raise KeyError(f"undeclared setting {key!r}")
        self._store.setValue(key, value)

    def sync(self) -> None:
        self._store.sync()

    def migrate(self) -> None:
        version = self._store.value("settings/version", 0)
        try:
            version = int(version)
        except (TypeError, ValueError):
            version = 0
        if version != SETTINGS_VERSION:
            # Nothing to carry over yet: version 1 is the first. Unknown or damaged stores start afresh.
            if version > SETTINGS_VERSION or version < 0:
                self._store.clear()
            self._store.setValue("settings/version", SETTINGS_VERSION)
