"""Where the workspace lives by default: the folder Qt calls AppDataLocation, found without Qt.

The command line must find the same file as the desktop app, and it does not load Qt, so
the rule is written out here (Qt's, for organisation and application "kzdesk"); a GUI test
checks it against ``QStandardPaths``. With HOME unset the account's home comes from the
password database, as for the settings: never a folder at the filesystem root.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "kzdesk"
FILE_NAME = "workspace.sqlite"


class NoHomeFolder(Exception):
    """There is no user folder to keep a workspace in; the message suggests --workspace."""


def _home() -> Path:
    home = os.environ.get("HOME", "")
    if not (home.startswith("/") and home != "/"):
        try:
            import pwd

            home = pwd.getpwuid(os.getuid()).pw_dir
        except (ImportError, KeyError):
            home = ""
    if not (home.startswith("/") and home != "/"):
        raise NoHomeFolder("this account has no home folder for the workspace; give one with --workspace PATH")
    return Path(home)


def data_folder() -> Path:
    """The app's data folder (Qt's AppDataLocation with organisation and application "kzdesk")."""
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        if not appdata:
            raise NoHomeFolder("APPDATA is not set; give the workspace with --workspace PATH")
        return Path(appdata) / APP / APP
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP / APP
    xdg = os.environ.get("XDG_DATA_HOME", "")
    base = Path(xdg) if xdg.startswith("/") else _home() / ".local" / "share"
    return base / APP / APP


def default_workspace_path() -> Path:
    return data_folder() / FILE_NAME


def backup_folder(workspace: Path) -> Path:
    """Backups sit beside the workspace they copy, in a folder named after it."""
    return workspace.parent / f"{workspace.stem}-backups"
