"""``kzdesk tracker report [-o FILE.pdf|FILE.csv|FILE.xlsx]``: the user's status report of the proposals.

Without ``-o`` the report is shown (a table, or with ``--json`` the whole report); with it,
the format is the file's extension: ``.pdf`` through the printing (headless), ``.csv`` for
Excel (UTF-8 with a byte-order mark), ``.xlsx`` an Excel workbook (core/document/xlsx.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kzdesk.cli.output import UsageError, dumps, emit, table
from kzdesk.core.labels import counted, translate
from kzdesk.core.model import Dataset
from kzdesk.core.user_marks import UserMarks

FORMATS = (".pdf", ".csv", ".xlsx")


def tracker_report(dataset: Dataset, args: argparse.Namespace, marks: UserMarks) -> None:
    from kzdesk.core.tracker_report import report_record
    from kzdesk.core.tracker_report import tracker_report as build

    report = build(dataset, marks.tracker.values())
    if not args.output:
        record = report_record(report)
        rows = [
            {
                "number": row.number,
                "status": row.status if row.tracked else "(not tracked)",
                "unit": row.unit,
                "due": row.due,
                "updated": row.updated,
                "proposal": row.title,
            }
            for row in report.rows
        ]
        emit(args, record, lambda: table(rows, ("number", "status", "unit", "due", "updated", "proposal")))
        return
    target = Path(args.output).expanduser()
    suffix = target.suffix.casefold()
    if suffix not in FORMATS:
        raise UsageError(
            translate(
                "TrackerReportCommand", "the report is written as .pdf, .csv or .xlsx (by the file's extension): {path}"
            ).format(path=target)
        )
    if suffix in (".csv", ".xlsx"):
        from kzdesk.core.tracker_report import write_csv, write_xlsx

        if target.is_dir():
            raise UsageError(
                translate("TrackerReportCommand", "{path} is a folder; give a file name ending in {suffix}").format(
                    path=target, suffix=suffix
                )
            )
        written = (write_csv if suffix == ".csv" else write_xlsx)(report, target)
        payload = {"path": str(written.resolve()), "format": suffix[1:], "rows": len(report.rows)}
        done = translate("TrackerReportCommand", "wrote {path} ({what})").format(
            path=target, what=counted(len(report.rows), "proposal")
        )
    else:
        payload, done = _write_pdf(dataset, args, target, marks)
    if args.json:
        sys.stdout.write(dumps(payload, indent=None) + "\n")
    else:
        sys.stdout.write(done + "\n")


def _write_pdf(
    dataset: Dataset, args: argparse.Namespace, target: Path, marks: UserMarks
) -> tuple[dict[str, object], str]:
    from kzdesk.core.summary import SummaryError, SummaryRequest
    from kzdesk.gui.printing.layout import PrintError
    from kzdesk.gui.printing.pdf import check_output_path, write_pdf

    try:
        checked = check_output_path(target)
        # An unknown page size is refused by the printing, in words the user can act on.
        pages = write_pdf(dataset, SummaryRequest("tracker"), checked, args.page_size, user=marks)
    except (PrintError, SummaryError) as error:
        raise UsageError(str(error)) from None
    return {
        "path": str(checked.resolve()),
        "format": "pdf",
        "pages": pages,
    }, f"wrote {checked} ({counted(pages, 'page')})"
