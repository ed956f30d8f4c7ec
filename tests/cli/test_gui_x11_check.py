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


@pytest.mark.parametrize(
    ("platform", "display", "expected"),
    [
        ("xcb", "127.0.0.1:87", "no X server answers on DISPLAY=127.0.0.1:87"),
        ("xcb", None, "DISPLAY is not set"),
        ("nosuchplatform", ":0", "Qt has no platform 'nosuchplatform' (it has: "),
        ("nosuchplatform;xcb", "127.0.0.1:87", "no X server answers"),
    ],
)
def test_a_forced_platform_that_cannot_start_is_one_line_not_qt_abort(
    platform: str, display: str | None, expected: str
) -> None:
    """Qt aborts (exit 134) on these; the real command line must exit 2 with one line instead."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = platform
    if display is not None:
        env["DISPLAY"] = display
    result = subprocess.run(
        [sys.executable, "-m", "kzdesk", "gui", "--exit-after-startup"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"kzdesk: cannot open a window with QT_QPA_PLATFORM={platform}: ")
    assert expected in result.stderr and result.stderr.count("\n") == 1


def test_a_platform_list_starts_when_a_later_entry_can(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", "127.0.0.1:87")
    assert system_check.forced_platform_problem(["xcb", "offscreen"]) is None
    assert system_check.forced_platform_problem(["offscreen"]) is None
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent-runtime")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-9")
    for platform in ("wayland", "wayland-egl"):  # Qt's wayland plugin answers to both
        assert "no Wayland compositor at /nonexistent-runtime/wayland-9" in str(
            system_check.forced_platform_problem([platform])
        )
