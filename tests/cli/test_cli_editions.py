"""The command line on the second (invented) test edition with ``--data``, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf

from kzdesk import __version__


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "kzdesk", "--data", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def run_json(data: Path, *args: str) -> Any:
    result = run(data, *args, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_sections_of_the_test_edition(second_edition_path: Path) -> None:
    sections = run_json(second_edition_path, "sections")
    assert [s["id"] for s in sections] == ["section-introduction", "section-1", "section-2", "section-conclusions"]
    assert sections[2] == {"id": "section-2", "number": 2, "title": "Invented measures", "paragraphs": 2}


def test_search_finds_the_test_edition_s_entries_only(second_edition_path: Path) -> None:
    hits = run_json(second_edition_path, "search", "Lakeside Helpdesk")
    assert "project-lakeside-helpdesk" in [h["id"] for h in hits]
    assert run_json(second_edition_path, "search", "Adaldyq alany") == []  # a 2020 project
    result = run(second_edition_path, "proposals", "--json")
    assert [p["id"] for p in json.loads(result.stdout)] == ["proposal-1", "proposal-2"]


def test_an_id_of_the_other_edition_is_unknown(second_edition_path: Path) -> None:
    result = run(second_edition_path, "section", "section-13")
    assert result.returncode == 2 and "section-13" in result.stderr and "Traceback" not in result.stderr


def test_print_shows_the_test_edition_s_title_and_year(second_edition_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "section-1.pdf"
    result = run(second_edition_path, "print", "--section", "section-1", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(out).pages)
    assert "Invented Test Report of the Lakeside Council, 2031 (not a real report) · Section summary" in text
    assert f"Invented Test Report, Lakeside, 2031 — kzdesk {__version__}" in text
    assert "1. Invented statistics" in text and "North office 10 12 +20%" in text
    assert "2020" not in text and "Kazakhstan" not in text
