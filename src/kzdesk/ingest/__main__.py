"""``python -m kzdesk.ingest [--check]``: rebuild data/dataset.json (or check it is current)."""

from __future__ import annotations

import argparse
import sys

from kzdesk.ingest.build import REPORT_FILE, BuildError, build_dataset, dataset_to_json
from kzdesk.ingest.report import ReportFormatError
from kzdesk.resources import data_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kzdesk.ingest", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if data/dataset.json is not current")
    args = parser.parse_args(argv)
    text = data_path("report", REPORT_FILE).read_text(encoding="utf-8")
    try:
        built = dataset_to_json(build_dataset(text, data_path("annotations")))
    except (BuildError, ReportFormatError) as error:
        print(f"ingest: {error}", file=sys.stderr)
        return 2
    target = data_path("dataset.json")
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != built:
            print("ingest: data/dataset.json is out of date; run python -m kzdesk.ingest", file=sys.stderr)
            return 1
        return 0
    target.write_text(built, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
