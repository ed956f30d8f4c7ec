"""Start-up stays clear of the PySide6 parts that cost tens of milliseconds on first use,
and of the cyclic garbage collector until the window has painted.

Each first use builds Python enums for a whole class: PySide6's ``Qt`` namespace (≈ 40 ms),
``QStyle`` (≈ 12 ms), and every QWidget subclass when a call returns a plain ``QWidget``
such as ``viewport()`` (≈ 25 ms). The budget of issue 4 (start-up ≤ 1.5 × a bare window)
cannot absorb them, so the start-up path spells values out or sets them by name; these
tests keep the spelled-out values right and the expensive classes off the path.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kzdesk.gui import launch, roles
from kzdesk.gui.app import set_by_name
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.wrapping_list import WRAP_LEFT

# Enums only the expensive classes define: Qt.AlignmentFlag, QStyle.PixelMetric, QWizard.WizardStyle (the walk).
EXPENSIVE_ENUMS = ("AlignmentFlag", "PixelMetric", "WizardStyle")

PROBE = """
import enum, sys
created = []
_call = enum.EnumType.__call__
def _record(cls, value, names=None, *args, **kwargs):
    if names is not None:
        created.append(value)
    return _call(cls, value, names, *args, **kwargs)
enum.EnumType.__call__ = _record
from kzdesk.cli.main import main
code = main(["gui", "--exit-after-startup"])
print("created=" + ",".join(created))
sys.exit(code)
"""


def test_spelled_out_values_match_qt() -> None:
    assert roles.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert roles.IdRole == Qt.ItemDataRole.UserRole + 1
    assert WRAP_LEFT == int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)


def test_set_by_name_sets_the_enum_and_refuses_unknown_names(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    set_by_name(label, "textFormat", "PlainText")
    assert label.textFormat() == Qt.TextFormat.PlainText
    for name, key in (("textFormat", "NoSuchFormat"), ("noSuchProperty", "PlainText")):
        try:
            set_by_name(label, name, key)
        except ValueError as error:
            assert name in str(error) and key in str(error)
        else:
            raise AssertionError(f"set_by_name accepted {name}={key}")


def test_start_up_builds_none_of_the_expensive_enums(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    created = result.stdout.splitlines()[-1].removeprefix("created=").split(",")
    assert "Type" in created  # the probe works: QEvent.Type is built on the way
    assert [name for name in EXPENSIVE_ENUMS if name in created] == []


COLLECTOR_PROBE = """
import gc, sys
from kzdesk.cli.main import main
from kzdesk.gui import launch
build = launch.build_window
def spy(*args, **kwargs):
    print("collecting_while_building=" + str(gc.isenabled()))
    return build(*args, **kwargs)
launch.build_window = spy
code = main(["gui", "--exit-after-startup"])
print("collecting_after=" + str(gc.isenabled()))
sys.exit(code)
"""


def test_the_collector_pauses_while_the_window_is_built(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, "-c", COLLECTOR_PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("collecting")]
    assert lines == ["collecting_while_building=False", "collecting_after=True"]


def test_the_collector_resumes_once_the_window_has_painted(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context, tab_keys=("report",))
    qtbot.addWidget(window)
    gc.disable()
    try:
        launch.when_painted(window, launch.resume_collector)
        assert not gc.isenabled()
        window.show()
        qtbot.waitUntil(gc.isenabled)
        assert gc.get_freeze_count() > 0  # what start-up built is kept out of later collections
    finally:
        gc.unfreeze()
        gc.enable()


SVG_PROBE = """
import sys
from kzdesk.cli.main import main
code = main(["gui", "--exit-after-startup"])
print("svg=" + str("libQt6Svg" in open("/proc/self/maps").read()))
sys.exit(code)
"""


def test_start_up_does_not_load_qt_s_svg_library(tmp_path: Path) -> None:
    """The icons shown at start-up are PNGs: loading QtSvg and its icon plugin costs ≈ 12 ms."""
    if not Path("/proc/self/maps").exists():
        pytest.skip("needs Linux's /proc to see the loaded libraries")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", SVG_PROBE], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "svg=False"
