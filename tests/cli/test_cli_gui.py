"""``kzdesk gui``: start-up timing, screenshots, the default command, bad data and no display."""

from __future__ import annotations

import argparse
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kzdesk.cli import gui_command
from kzdesk.cli.main import main
from kzdesk.core.dataset import bundled_dataset_path
from kzdesk.gui.tabs import registry


def gui_env(tmp_path: Path) -> dict[str, str]:
    # Offscreen, and settings in a temporary folder so a developer's own are never touched.
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_exit_after_startup_prints_the_startup_time(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kzdesk", "gui", "--exit-after-startup"],
        capture_output=True,
        text=True,
        env=gui_env(tmp_path),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    name, _, value = line.partition("=")
    assert name == "startup_ms" and 0 < int(value) < 30_000
    assert "Traceback" not in result.stderr


def test_start_up_through_the_command_line_imports_nothing_heavy(tmp_path: Path) -> None:
    """The real path (``kzdesk`` → cli.main → gui) must reach the idle window without the heavy modules."""
    script = (
        "import sys\n"
        "from kzdesk.cli.main import main\n"
        "code = main(['gui', '--exit-after-startup'])\n"
        "heavy = ('pandas', 'pyqtgraph', 'numpy', 'kzdesk.core.search', 'kzdesk.core.frames', 'rapidfuzz',\n"
        "         'kzdesk.cli.search_command', 'kzdesk.cli.print_command', 'kzdesk.cli.records',\n"
        "         'kzdesk.cli.workspace_command', 'kzdesk.core.workspace.records', 'sqlite3', 'datetime')\n"
        "print('heavy=' + ','.join(sorted(m for m in sys.modules if m in heavy)))\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=gui_env(tmp_path), timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "heavy="


@pytest.mark.parametrize(
    ("arguments", "gui"),
    [
        ([], True),
        (["gui", "--exit-after-startup"], True),
        (["--data", "x.json"], True),
        (["--data=x.json", "gui"], True),
        (["--workspace", "w.sqlite", "gui"], True),  # the gui command then refuses it in one line
        (["--help"], False),
        (["--version"], False),
        (["search", "gui"], False),
        (["--data", "gui", "sections"], False),
        (["guy"], False),
    ],
)
def test_only_a_gui_command_line_takes_the_light_parser(arguments: list[str], gui: bool) -> None:
    from kzdesk.cli.main import runs_the_gui

    assert runs_the_gui(arguments) is gui


def test_the_light_parser_gives_the_gui_the_same_options_as_the_whole_one() -> None:
    from kzdesk.cli.main import build_parser

    whole = build_parser().parse_args(["--data", "d.json", "gui", "--exit-after-startup"])
    light = build_parser(gui_only=True).parse_args(["--data", "d.json", "gui", "--exit-after-startup"])
    assert vars(light) == vars(whole)


def test_screenshot_dir_renders_every_tab_the_about_dialog_and_the_search(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "-m", "kzdesk", "gui", "--screenshot-dir", str(shots)],
        capture_output=True,
        text=True,
        env=gui_env(tmp_path),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    names = {p.name for p in shots.glob("*.png")}
    for suffix in ("", "-zoom200"):
        for key in registry.tab_keys():
            assert f"{key}{suffix}.png" in names
            assert png_size(shots / f"{key}{suffix}.png") == (1280, 800)
        assert png_size(shots / f"search{suffix}.png") == (1280, 800)
        width, height = png_size(shots / f"about{suffix}.png")
        assert width > 200 and height > 100
    for size in ((1366, 768), (1024, 768)):  # the small screens every tab is also taken at
        for key in registry.tab_keys():
            assert png_size(shots / f"{key}-{size[0]}x{size[1]}.png") == size
    assert sorted(result.stdout.split()) == sorted(str(shots / n) for n in names)
    assert not (tmp_path / "config").exists() or not list((tmp_path / "config").rglob("*.ini"))


def test_an_unusable_screenshot_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "kzdesk", "gui", "--screenshot-dir", str(blocker / "shots")],
        capture_output=True,
        text=True,
        env=gui_env(tmp_path),
        timeout=60,
    )
    assert result.returncode == 2
    assert "cannot create the screenshot folder" in result.stderr and "Traceback" not in result.stderr


def test_without_a_display_the_gui_says_so(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux needs a display server")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "kzdesk", "gui"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 2
    assert "no display" in result.stderr and "Traceback" not in result.stderr


def test_no_command_runs_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[argparse.Namespace] = []
    monkeypatch.setattr(gui_command, "run", lambda args: seen.append(args) or 0)
    assert main([]) == 0
    assert main(["--data", "other.json"]) == 0
    assert [a.command for a in seen] == ["gui", "gui"]
    assert seen[1].data == "other.json" and not seen[1].exit_after_startup


@pytest.fixture
def dialogs(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_bad_data_shows_a_dialog_and_falls_back_to_the_bundled_dataset(
    tmp_path: Path, dialogs: list[tuple[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text(bundled_dataset_path().read_text(encoding="utf-8")[:500], encoding="utf-8")
    dataset = gui_command.load_dataset_or_fallback(str(bad))
    assert dataset is not None and len(dataset.proposals) == 40
    ((title, text),) = dialogs
    assert "cannot use the data file" in title
    assert str(bad) in text and "truncated JSON" in text and "bundled dataset is shown instead" in text
    assert str(bad) in capsys.readouterr().err


def test_a_missing_data_file_is_named_in_the_dialog(tmp_path: Path, dialogs: list[tuple[str, str]]) -> None:
    missing = tmp_path / "nowhere.json"
    assert gui_command.load_dataset_or_fallback(str(missing)) is not None
    ((_, text),) = dialogs
    assert str(missing) in text and "cannot read the file" in text


def test_good_data_shows_no_dialog(dialogs: list[tuple[str, str]]) -> None:
    assert gui_command.load_dataset_or_fallback(str(bundled_dataset_path())) is not None
    assert gui_command.load_dataset_or_fallback(None) is not None
    assert dialogs == []
