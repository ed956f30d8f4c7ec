"""A desktop missing Qt's X11 libraries gets the packages to install, not Qt's abort."""

from __future__ import annotations

import argparse
import ctypes

import pytest

from kzdesk.cli import gui_command


def _args() -> argparse.Namespace:
    return argparse.Namespace(data=None, screenshot_dir=None, exit_after_startup=True)


def test_a_missing_x11_library_is_named_with_the_packages_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")

    def missing(path: str) -> None:
        raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(ctypes, "CDLL", missing)
    assert gui_command.run(_args()) == 2
    error = capsys.readouterr().err
    assert "libxcb-icccm.so.4" in error and "sudo apt-get install libxcb-cursor0" in error
    assert error.count("\n") == 1


def test_nothing_is_checked_offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(ctypes, "CDLL", lambda path: pytest.fail("no X11 check offscreen"))
    assert gui_command._x11_plugin_problem() is None
