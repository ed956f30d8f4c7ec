"""Every command-line test runs with a data folder of its own: ``kzdesk search`` reads the user's
notes when their workspace exists, and a developer's own workspace must never leak into a test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    monkeypatch.setenv("APPDATA", str(tmp_path_factory.mktemp("appdata")))
