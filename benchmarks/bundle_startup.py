"""Bundle start-up budget (issue 15): the PyInstaller bundle ≤ 1.2 × the installed (venv) kzdesk.

Runs ``kzdesk gui --exit-after-startup`` offscreen from the virtualenv (``.venv/bin/kzdesk``,
the installed entry point) and from the one-folder bundle (``dist/kzdesk/kzdesk``, built by
``make bundle``), RUNS times each, interleaved so load on the machine hits both alike, and
compares the median wall time from launch to the ``startup_ms=`` line. Prints the figures
and exits 1 if the budget is missed.

    .venv/bin/python benchmarks/bundle_startup.py [BUNDLE_DIR]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from startup import _env, time_to_startup_line

RUNS = 11
WARMUP = 2
RATIO_BUDGET = 1.2
ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "kzdesk"
    installed = Path(sys.prefix) / "bin" / "kzdesk"
    if not (bundle / "kzdesk").is_file():
        raise SystemExit(f"no bundle at {bundle}: run `make bundle` first")
    commands = {
        "installed": [str(installed), "gui", "--exit-after-startup"],
        "bundle": [str(bundle / "kzdesk"), "gui", "--exit-after-startup"],
    }
    walls: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as config:
        env = _env(config)
        for run in range(WARMUP + RUNS):
            for name, command in commands.items():
                wall, _reported = time_to_startup_line(command, env)
                if run >= WARMUP:
                    walls[name].append(wall)
    medians = {name: statistics.median(values) for name, values in walls.items()}
    ratio = medians["bundle"] / medians["installed"]
    print(f"start-up, median of {RUNS} interleaved runs (launch to startup_ms line):")
    for name, median in medians.items():
        print(f"  {name:9} {median:7.0f} ms")
    verdict = "ok" if ratio <= RATIO_BUDGET else "OVER BUDGET"
    print(f"  ratio bundle/installed {ratio:.2f} (budget ≤ {RATIO_BUDGET}) {verdict}")
    return 0 if ratio <= RATIO_BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
