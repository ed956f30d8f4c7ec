"""The package build compiles the translations: ``resources/i18n/*.ts`` → ``.qm`` (not committed).

Hatchling runs this hook for the wheel (also when it is built from the sdist); the ``.qm``
files land next to their sources in ``resources/i18n``, which the wheel force-includes.
``pyside6-lrelease`` comes with PySide6 (a build requirement in pyproject.toml).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> list[str]:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"]


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        for source in sorted((Path(self.root) / "resources" / "i18n").glob("*.ts")):
            target = source.with_suffix(".qm")
            subprocess.run([*lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
