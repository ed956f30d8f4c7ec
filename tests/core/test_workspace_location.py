"""The default workspace folder, and no folder at the filesystem root when HOME is unset."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kzdesk.core.workspace import location


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rules are Linux's")
def test_xdg_data_home_and_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert location.default_workspace_path() == tmp_path / "data" / "kzdesk" / "kzdesk" / "workspace.sqlite"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")  # the XDG rules ignore a relative path
    monkeypatch.setenv("HOME", str(tmp_path))
    assert location.data_folder() == tmp_path / ".local" / "share" / "kzdesk" / "kzdesk"
    assert location.backup_folder(location.default_workspace_path()) == location.data_folder() / "workspace-backups"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the password database is POSIX")
def test_without_home_the_account_home_is_used_never_the_root(monkeypatch: pytest.MonkeyPatch) -> None:
    import pwd

    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("HOME", raising=False)
    home = pwd.getpwuid(__import__("os").getuid()).pw_dir
    if home in ("", "/"):
        with pytest.raises(location.NoHomeFolder, match="--workspace PATH"):
            location.data_folder()
    else:
        assert location.data_folder() == Path(home) / ".local" / "share" / "kzdesk" / "kzdesk"
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: type("Entry", (), {"pw_dir": "/"})())
    with pytest.raises(location.NoHomeFolder, match="--workspace PATH"):
        location.data_folder()
