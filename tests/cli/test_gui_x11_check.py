"""A desktop missing Qt's X11 libraries gets the packages to install, not Qt's abort."""

from __future__ import annotations

import argparse
import ctypes

import pytest

from kzdesk.cli import gui_command, system_check


def _args() -> argparse.Namespace:
    return argparse.Namespace(data=None, screenshot_dir=None, exit_after_startup=True)


@pytest.mark.parametrize(
    ("library", "package"), [("libxcb-shape.so.0", "libxcb-shape0"), ("libglib-2.0.so.0", "libglib2.0-0")]
)
def test_a_missing_library_is_named_with_the_package_that_has_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], library: str, package: str
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(system_check, "display_problem", lambda display: None)
    real = ctypes.CDLL

    def loader(path: str) -> object:
        if path.endswith(library):
            raise OSError(f"{library}: cannot open shared object file: No such file or directory")
        return real(path)

    monkeypatch.setattr(ctypes, "CDLL", loader)
    assert gui_command.run(_args()) == 2
    error = capsys.readouterr().err
    assert library in error and error.rstrip().endswith(f"sudo apt-get install {package}")
    assert error.count("\n") == 1


def test_an_unreachable_display_is_one_true_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", "127.0.0.1:87")  # nothing listens on port 6087
    assert gui_command.run(_args()) == 2
    error = capsys.readouterr().err
    assert "no X server answers on DISPLAY=127.0.0.1:87" in error and error.count("\n") == 1


def test_nothing_is_checked_offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(ctypes, "CDLL", lambda path: pytest.fail("no X11 check offscreen"))
    assert gui_command._x11_plugin_problem() is None
