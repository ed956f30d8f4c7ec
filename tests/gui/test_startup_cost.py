"""Start-up stays clear of the PySide6 parts that cost tens of milliseconds on first use.

Each first use builds Python enums for a whole class: PySide6's ``Qt`` namespace (≈ 40 ms),
``QStyle`` (≈ 12 ms), and every QWidget subclass when a call returns a plain ``QWidget``
such as ``viewport()`` (≈ 25 ms). The budget of issue 4 (start-up ≤ 1.5 × a bare window)
cannot absorb them, so the start-up path spells values out or sets them by name; these
tests keep the spelled-out values right and the expensive classes off the path.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kzdesk.gui import roles
from kzdesk.gui.app import set_by_name
from kzdesk.gui.delegates import WRAP_LEFT

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
