"""The layers' contracts can fail: a planted import breaks them (issue 10).

``lint-imports`` (run by ``make test``) checks the contracts in pyproject.toml on the real
tree. Here it runs on a copy of the package with one bad import planted, and must say no.
What import-linter cannot tell apart, an import at module level from a lazy one, is checked
at run time below.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kzdesk

PACKAGE = Path(kzdesk.__file__).resolve().parent
PYPROJECT = PACKAGE.parents[1] / "pyproject.toml"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
QT = ("PySide6", "shiboken6", "pyqtgraph")


def _lint_copy(tmp_path: Path, plant: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """lint-imports with the repository's contracts on a copy of kzdesk, ``plant`` written into it.

    lint-imports puts its working directory first on sys.path, so the copy is what it reads.
    """
    shutil.copytree(PACKAGE, tmp_path / "kzdesk", ignore=shutil.ignore_patterns("__pycache__", "data", "resources"))
    for relative, text in plant.items():
        (tmp_path / "kzdesk" / relative).write_text(text, encoding="utf-8")
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(PYPROJECT), "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )


@pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is a test extra")
def test_the_unchanged_copy_keeps_every_contract(tmp_path: Path) -> None:
    result = _lint_copy(tmp_path, {})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is a test extra")
@pytest.mark.parametrize(
    ("plant", "broken"),
    [
        # The import the old runtime check missed: inside a function, so importing the module loads no Qt.
        ("def f() -> None:\n    import PySide6.QtCore  # noqa: F401\n", "kzdesk.core.planted -> PySide6"),
        ("def f() -> None:\n    from kzdesk.gui import about  # noqa: F401\n", "kzdesk.core.planted -> kzdesk.gui"),
        ("def f() -> None:\n    import pyqtgraph  # noqa: F401\n", "kzdesk.core.planted -> pyqtgraph"),
    ],
)
def test_a_planted_lazy_import_in_core_breaks_the_core_contract(tmp_path: Path, plant: str, broken: str) -> None:
    result = _lint_copy(tmp_path, {"core/planted.py": plant})
    assert result.returncode != 0
    assert "kzdesk.core imports no Qt" in result.stdout and "BROKEN" in result.stdout
    assert broken in result.stdout


@pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is a test extra")
def test_gui_importing_ingest_breaks_its_contract(tmp_path: Path) -> None:
    plant = "def f() -> None:\n    from kzdesk.ingest import build  # noqa: F401\n"
    result = _lint_copy(tmp_path, {"gui/planted.py": plant})
    assert result.returncode != 0
    assert "kzdesk.gui.planted -> kzdesk.ingest" in result.stdout


def test_the_command_line_loads_no_qt_at_module_level() -> None:
    """Every kzdesk.cli module imports, and a text command runs, without loading Qt or pyqtgraph."""
    code = (
        "import importlib, pkgutil, sys\n"
        "import kzdesk.cli\n"
        "for m in pkgutil.iter_modules(kzdesk.cli.__path__): importlib.import_module('kzdesk.cli.' + m.name)\n"
        "from kzdesk.cli.main import main\n"
        "import io, contextlib\n"
        "with contextlib.redirect_stdout(io.StringIO()): code = main(['sections', '--json'])\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {QT!r})\n"
        "print(code, ','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.split() == ["0"], result.stdout


@pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is a test extra")
def test_qt_in_the_command_line_itself_breaks_its_contract(tmp_path: Path) -> None:
    plant = "def f() -> None:\n    from PySide6.QtWidgets import QMessageBox  # noqa: F401\n"
    result = _lint_copy(tmp_path, {"cli/planted.py": plant})
    assert result.returncode != 0
    assert "kzdesk.cli.planted -> PySide6" in result.stdout


@pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is a test extra")
@pytest.mark.parametrize("package", ["cli", "gui.printing"])
def test_an_import_cycle_breaks_the_acyclic_contracts(tmp_path: Path, package: str) -> None:
    """Like the subcommands that imported UsageError back from main, or render.py and the layouts built on it."""
    module = f"kzdesk.{package}"
    folder = package.replace(".", "/")
    plant = {
        f"{folder}/planted_a.py": f"from {module} import planted_b  # noqa: F401\n",
        f"{folder}/planted_b.py": f"def f() -> None:\n    from {module} import planted_a  # noqa: F401\n",
    }
    result = _lint_copy(tmp_path, plant)
    assert result.returncode != 0
    assert f"No cycles are allowed in {module}" in result.stdout and ".planted_" in result.stdout
