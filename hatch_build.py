"""The package build compiles the translations: ``resources/i18n/*.ts`` → ``.qm`` (not committed).

Hatchling runs this hook for the wheel (also when it is built from the sdist); the ``.qm``
files land next to their sources in ``resources/i18n``, which the wheel force-includes.
``pyside6-lrelease`` comes with PySide6. PySide6 is deliberately not a build requirement:
that would install all of it into pip's isolated build environment at every install. So
an editable install (``make run``/``make test``, whose ``i18n`` target compiles them) is
left alone, and a wheel built where PySide6 is missing (``make wheelhouse`` after
``make i18n``) takes the ``.qm`` files already compiled, if they are up to date.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> list[str] | None:
    """How to run PySide6's lrelease here, or None when PySide6 is not installed."""
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if found:
        return [found]
    if importlib.util.find_spec("PySide6") is None:
        return None
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"]


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        for source in sorted((Path(self.root) / "resources" / "i18n").glob("*.ts")):
            target = source.with_suffix(".qm")
            command = lrelease()
            if command is None:
                if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
                    continue
                raise RuntimeError(f"{target.name} is missing or older than {source.name}: run `make i18n` first")
            subprocess.run([*command, "-silent", str(source), "-qm", str(target)], check=True)
