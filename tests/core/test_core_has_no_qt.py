"""kzdesk.core and kzdesk.ingest stay free of Qt, so they run and test headless."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import kzdesk.core
import kzdesk.ingest


def test_core_imports_no_qt() -> None:
    modules = [f"kzdesk.core.{m.name}" for m in pkgutil.iter_modules(kzdesk.core.__path__)]
    modules += [f"kzdesk.ingest.{m.name}" for m in pkgutil.iter_modules(kzdesk.ingest.__path__) if m.name != "__main__"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
