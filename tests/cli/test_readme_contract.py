"""The README's promises, checked against the program: the apt line and the JSON key lists."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kzdesk.cli.system_check import LIBRARY_PACKAGES, install_advice

README = Path(__file__).resolve().parents[2] / "README.md"


def _apt_packages() -> set[str]:
    text = README.read_text(encoding="utf-8").replace("\\\n", " ")
    (line,) = [line for line in text.splitlines() if line.strip().startswith("sudo apt-get install")]
    return set(line.split("install", 1)[1].split())


def test_apt_line_covers_every_library_kzdesk_checks() -> None:
    assert set(LIBRARY_PACKAGES.values()) <= _apt_packages()
    assert {"libglib2.0-0", "libxcb-shape0"} <= _apt_packages()


def test_advice_names_the_package_of_what_is_missing() -> None:
    assert install_advice(["libxcb-shape.so.0"]) == "sudo apt-get install libxcb-shape0"
    assert install_advice(["libglib-2.0.so.0", "libxcb-cursor.so.0"]) == (
        "sudo apt-get install libglib2.0-0 libxcb-cursor0"
    )


def _documented_keys(command: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith(f"| `{command}"))
    contract = row.split("|")[2] if command != "stats" else row.split("| `[")[1]
    return re.findall(r'"(\w+)"', contract.split("(with")[0])


@pytest.mark.parametrize(
    "command", ["sections", "proposals", "stats", "projects", "legislation", "documents", "glossary"]
)
def test_readme_key_list_matches_the_output(command: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kzdesk", command, "--json"], capture_output=True, text=True, timeout=60
    )
    actual = list(json.loads(result.stdout)[0])
    assert _documented_keys(command) == actual


def test_examples_are_runnable_as_written_and_write_into_out() -> None:
    text = README.read_text(encoding="utf-8")
    assert "\nkzdesk " not in text  # the command is .venv/bin/kzdesk unless activated
    assert "-o out/" in text
    assert "/out/" in (README.parent / ".gitignore").read_text(encoding="utf-8").split()
