"""Excel export budget (issue 13): the full statistics table to XLSX ≤ 1 s.

1. ``kzdesk stats -o statistics.xlsx`` (every figure and both report tables, as a user runs
   it) against ``kzdesk sections --json`` (the same start-up and data load, no export): wall
   time over RUNS pairs, each pair back to back so load on the machine hits both alike.
   Budget: the median ≤ 1 s. The median of the pairs' ratios is printed, so a slow machine
   shows up as a slow baseline too.
2. In process, as the Statistics tab does it (dataset loaded, openpyxl imported once):
   building the sheets and writing the workbook, median over RUNS. Budget: ≤ 1 s.

Like benchmarks/print.py, the commands run with Python's bytecode cache (in a temporary
folder), after one warm-up run. Prints every figure and exits 1 if a budget is missed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 11
BUDGET_S = 1.0


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"export benchmark: {' '.join(command)} failed: {result.stderr.strip()}")
    return elapsed


def in_process(folder: Path) -> list[float]:
    from kzdesk.core.dataset import load_dataset
    from kzdesk.core.document.statistics_sheets import statistics_sheets
    from kzdesk.core.document.xlsx import write_workbook

    dataset = load_dataset(None)
    write_workbook(folder / "warm.xlsx", statistics_sheets(dataset))  # imports openpyxl once, as the tab's first export
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        write_workbook(folder / "tab.xlsx", statistics_sheets(dataset))
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="kzdesk-bench-") as scratch:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(Path(scratch) / "pycache"))
        kzdesk = [sys.executable, "-m", "kzdesk"]
        sections = [*kzdesk, "sections", "--json"]
        export = [*kzdesk, "stats", "-o", str(Path(scratch) / "statistics.xlsx")]
        for command in (sections, export):
            timed(command, env)  # warm-up: bytecode cache, disk cache
        listing, xlsx = [], []
        for _ in range(RUNS):
            listing.append(timed(sections, env))
            xlsx.append(timed(export, env))
        tab = in_process(Path(scratch))

    listing_s, xlsx_s, tab_s = (statistics.median(v) for v in (listing, xlsx, tab))
    ratio = statistics.median(x / t for x, t in zip(xlsx, listing, strict=True))
    checks = [
        (
            f"`kzdesk stats -o statistics.xlsx`: {xlsx_s:.3f} s (budget {BUDGET_S:.1f} s); "
            f"{ratio:.2f} × `kzdesk sections --json` ({listing_s:.3f} s) per pair",
            xlsx_s <= BUDGET_S,
        ),
        (f"in process (sheets + workbook, as the tab): {tab_s:.3f} s (budget {BUDGET_S:.1f} s)", tab_s <= BUDGET_S),
    ]
    print(f"export benchmark: medians of {RUNS} runs, wall time")
    for text, ok in checks:
        print(f"  {'ok  ' if ok else 'MISS'} {text}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
