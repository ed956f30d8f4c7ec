"""Where kzdesk asks to save a file, and how it says where the file went.

Every export (PDF, CSV, PNG/SVG) opens its dialog in the folder the user saved to last, or
in their Documents folder the first time, never in whatever the working directory happens
to be; and every export ends with a status-bar line naming the file it wrote.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

_last_folder: str | None = None  # the folder of the last file saved in this session


def start_folder() -> Path:
    """The last folder saved to, else the user's Documents folder, else their home folder."""
    if _last_folder and Path(_last_folder).is_dir():
        return Path(_last_folder)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_save_path(parent: QWidget | None, title: str, name: str, filters: list[str], suffix: str) -> tuple[str, str]:
    """Ask where to save ``name``; ("", "") if cancelled, else the path (ending in ``suffix``) and the filter chosen."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(start_folder() / name), ";;".join(filters))
    if not path:
        return "", ""
    if not path.casefold().endswith(suffix.casefold()):
        path += suffix
    return path, chosen


def announce_saved(widget: QWidget | None, path: str | Path, detail: str = "") -> str:
    """Remember the file's folder for the next dialog and say in the status bar where it was saved."""
    global _last_folder
    _last_folder = str(Path(path).parent)
    message = f"Saved {path}" + (f" ({detail})" if detail else "")
    window = widget.window() if widget is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 10000)
    return message
