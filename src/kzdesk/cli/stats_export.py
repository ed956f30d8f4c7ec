"""``kzdesk stats -o FILE.xlsx``: the figures (filtered by --section and --table) and the report tables they come from.

The format is the file's extension; only ``.xlsx`` is written (``kzdesk stats --json`` is the
machine-readable form). Errors exit 2 with one line; the file is written whole or not at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kzdesk.cli.output import UsageError, dumps
from kzdesk.core.labels import counted, translate
from kzdesk.core.model import Dataset, Statistic


def write_stats_workbook(dataset: Dataset, args: argparse.Namespace, statistics: list[Statistic]) -> None:
    from kzdesk.core.document.statistics_sheets import statistics_sheets
    from kzdesk.core.document.xlsx import WorkbookError, write_workbook

    target = Path(args.output).expanduser()
    if target.is_dir():
        raise UsageError(
            translate("StatsCommand", "{path} is a folder; give a file name ending in .xlsx").format(path=target)
        )
    if target.suffix.casefold() != ".xlsx":
        raise UsageError(
            translate(
                "StatsCommand", "stats writes an Excel workbook: give a file name ending in .xlsx ({path})"
            ).format(path=target)
        )
    sheets = statistics_sheets(dataset, statistics)  # and the tables they come from
    try:
        written = write_workbook(target, sheets, translate("StatsCommand", "Figures of the report"))
    except WorkbookError as error:
        raise UsageError(str(error)) from None
    if args.json:
        payload = {"path": str(written.resolve()), "format": "xlsx", "rows": len(statistics), "sheets": len(sheets)}
        sys.stdout.write(dumps(payload, indent=None) + "\n")
    else:
        done = translate("StatsCommand", "wrote {path} ({what}, {sheets})").format(
            path=target, what=counted(len(statistics), "figure"), sheets=counted(len(sheets), "sheet")
        )
        sys.stdout.write(done + "\n")
