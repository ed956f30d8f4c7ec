"""The command line (no Qt) and the desktop app find the same workspace file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

from kzdesk.core.workspace.location import data_folder


@pytest.mark.parametrize("xdg", [None, "/tmp/kzdesk-xdg-data"])
def test_the_data_folder_is_qts_app_data_location(qapp, monkeypatch: pytest.MonkeyPatch, xdg: str | None) -> None:
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    names = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    QCoreApplication.setApplicationName("kzdesk")
    QCoreApplication.setOrganizationName("kzdesk")
    try:
        qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QCoreApplication.setApplicationName(names[0])
        QCoreApplication.setOrganizationName(names[1])
    assert data_folder() == Path(qt)
