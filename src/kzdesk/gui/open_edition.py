"""File → Open Edition…: pick an edition file, open it through the input gate, show it.

An edition file is a dataset built by ``kzdesk.ingest`` (``dataset.json``) or an edition
description (``edition.toml``, whose built dataset is read). A file the gate refuses gets
one message box naming the file and the problem, never a traceback; the window keeps the
edition it shows. The edition opened is remembered in the settings (``edition/file``) and
shown again at the next start (see kzdesk.gui.launch). Imported when the user opens one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from kzdesk.core.dataset import DatasetError
from kzdesk.gui.file_dialogs import start_folder

if TYPE_CHECKING:
    from kzdesk.core.editions import Edition
    from kzdesk.gui.main_window import MainWindow

FILTERS = ("kzdesk editions (*.json *.toml)", "All files (*)")


def ask_edition_path(window: MainWindow) -> str:
    """The file the user picks ("" if they cancel)."""
    path, _ = QFileDialog.getOpenFileName(window, "Open Edition", str(start_folder()), ";;".join(FILTERS))
    return path


def refusal(window: MainWindow, error: DatasetError) -> None:
    """The one message a refused file gets (plain text: a file name is never read as markup)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "kzdesk — cannot open the edition",
        f"kzdesk cannot open this edition file:\n{error.path}\n\nProblem: {error.problem}.\n\n"
        f"The window keeps showing {window.context.edition.title}.",
        parent=window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def open_edition(window: MainWindow, path: str | Path | None = None) -> Edition | None:
    """Open the edition in ``path`` (None: ask) and show it in ``window``; None if nothing was opened."""
    if path is None:
        path = ask_edition_path(window)
        if not path:
            return None
    try:
        edition = window.context.library.open(path)
    except DatasetError as error:
        refusal(window, error)
        return None
    switch_to(window, edition)
    return edition


def switch_to(window: MainWindow, edition: Edition) -> None:
    """Show ``edition`` (one of the library's) in ``window`` and remember it for the next start."""
    if edition is not window.context.edition:
        window.show_edition(edition)
    settings = window.context.settings
    settings.set_value("edition/file", "" if edition.bundled else os.path.abspath(edition.path))
    window.statusBar().showMessage(f"Showing {edition.title} ({edition.path})", 8000)


def fill_editions_menu(window: MainWindow, menu: QMenu) -> None:
    """File → Editions: every edition the library holds (the current one checked), to switch to."""
    menu.clear()
    for edition in window.context.library:
        try:
            label = edition.title if edition.bundled else f"{edition.title} — {edition.path.name}"
        except DatasetError:
            continue  # an unusable bundled file: start-up has said so already
        action = menu.addAction(label.replace("&", "&&"))
        action.setCheckable(True)
        action.setChecked(edition is window.context.edition)
        action.setStatusTip(str(edition.path))
        action.triggered.connect(lambda _checked=False, chosen=edition: switch_to(window, chosen))
    menu.addSeparator()
    menu.addAction(window.open_edition_action)
