"""``python -m kzdesk.ingest [--check] [EDITION.toml ...]``: build each edition's dataset (or check it is current).

With no edition description named, every bundled edition (``data/editions/*/edition.toml``)
is built; its dataset goes where the description's ``[files] output`` says.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kzdesk.ingest.build import BuildError, build_edition, bundled_descriptions, dataset_to_json, read_description
from kzdesk.ingest.report import ReportFormatError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kzdesk.ingest", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a dataset is not current")
    parser.add_argument("editions", nargs="*", type=Path, metavar="EDITION.toml", help="edition descriptions to build")
    args = parser.parse_args(argv)
    paths = args.editions or bundled_descriptions()
    if not paths:
        print("ingest: no edition description found", file=sys.stderr)
        return 2
    stale = False
    for path in paths:
        try:
            description = read_description(path)
            built = dataset_to_json(build_edition(description))
        except (BuildError, ReportFormatError) as error:
            print(f"ingest: {error}", file=sys.stderr)
            return 2
        target = description.output
        if args.check:
            current = target.read_text(encoding="utf-8") if target.exists() else ""
            if current != built:
                print(f"ingest: {target} is out of date; run python -m kzdesk.ingest {path}", file=sys.stderr)
                stale = True
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(built, encoding="utf-8")
        print(f"wrote {target}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
