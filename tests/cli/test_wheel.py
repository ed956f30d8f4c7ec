"""The wheel carries the dataset and resources, and kzdesk runs from it (not only from a checkout)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_ships_data_and_runs_from_it(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("kzdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kzdesk/data/dataset.json" in names
    assert "kzdesk/data/report/national-anti-corruption-report-2020.txt" in names
    assert "kzdesk/data/editions/2020/edition.toml" in names  # the edition description ingest reads
    assert "kzdesk/resources/icons/png/kzdesk-256.png" in names
    # The interface's translations, compiled by the build (hatch_build.py), not committed.
    assert {"kzdesk/resources/i18n/kzdesk_kk.qm", "kzdesk/resources/i18n/kzdesk_ru.qm"} <= names
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import kzdesk.resources as r, kzdesk.core.dataset as d;"
        " print(r.data_path('x')); print(len(d.load_dataset().proposals))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, check=True
    )
    where, count = result.stdout.split()
    assert where.startswith(str(target)) and count == "40"
