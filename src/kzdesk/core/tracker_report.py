"""The user's tracker of the report's proposals: its counts (and their chart) and a status report.

No Qt. The report's own words (each proposal's wording, cited to its paragraph) and the
user's entries (status, unit, due date, progress notes, evidence) are kept apart in every
record here, so that every rendering — a PDF through the printing, a CSV, an XLSX at
merge — can mark the user's part as theirs.

An untracked proposal counts as *not started*, as the Proposals tab's summary line and
``Workspace.tracker_counts`` count it; the report says of it "not tracked".

:func:`report_table` is the plain structured table (headings, typed rows) that the CSV
writer here and a spreadsheet renderer take.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from kzdesk.core.charts import ChartData, ChartSeries
from kzdesk.core.labels import citation, counted, tracker_status_label, translate
from kzdesk.core.model import Dataset
from kzdesk.core.workspace.schema import STATUSES

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from kzdesk.core.document.sheets import Sheet
    from kzdesk.core.workspace.records import TrackerEntry

CHART_ID = "chart-your-tracker"
TITLE_LIMIT = 90  # characters of a proposal's wording in its short title


class TrackerCount(NamedTuple):
    status: str  # one of STATUSES
    label: str  # "In progress"
    proposals: int  # how many have it


class TrackerRow(NamedTuple):
    """One proposal: the report's part (number, wording, paragraph) and the user's part."""

    id: str  # "proposal-3"
    number: int
    title: str  # the proposal's own wording, shortened at a word ("…" marks the cut)
    text: str  # the proposal's whole wording, verbatim
    paragraph: str  # the paragraph id it is printed in
    source: str  # "Conclusions, para. 4": where the wording is, as a reader cites it
    # The user's own entries:
    tracked: bool  # False: never tracked (counted as not started)
    status: str
    status_label: str
    unit: str
    due: str  # YYYY-MM-DD or ""
    progress: str
    evidence: tuple[str, ...]
    updated: str  # the date of the last change, YYYY-MM-DD, or "" when not tracked


class TrackerReport(NamedTuple):
    title: str
    made: str  # the date the report was made, YYYY-MM-DD
    edition: str  # the report cited: "<citation title>, <year>"
    total: int  # proposals in the report
    counts: tuple[TrackerCount, ...]  # in STATUSES order, untracked counted as not started
    tracked: int  # proposals with an entry of the user's
    rows: tuple[TrackerRow, ...]  # every proposal, in report order


def status_counts(dataset: Dataset, entries: Iterable[TrackerEntry]) -> tuple[TrackerCount, ...]:
    """How many of the report's proposals have each status; an untracked one is not started."""
    by_target = _by_target(dataset, entries)
    counts = dict.fromkeys(STATUSES, 0)
    for proposal in dataset.proposals:
        entry = by_target.get(proposal.id)
        counts[entry.status if entry is not None else STATUSES[0]] += 1
    return tuple(TrackerCount(status, tracker_status_label(status), n) for status, n in counts.items())


def tracker_chart(dataset: Dataset, entries: Iterable[TrackerEntry]) -> ChartData:
    """The proposals by the user's status, one bar per status (the user's tracking, not the report's data)."""
    return counts_chart(status_counts(dataset, entries))


def counts_chart(counts: tuple[TrackerCount, ...]) -> ChartData:
    """A bar per status of ``counts`` (a report's, or :func:`status_counts`)."""
    total = sum(c.proposals for c in counts)
    return ChartData(
        id=CHART_ID,
        title=translate("TrackerReport", "Your tracking: the {total} proposals by status").format(total=total),
        categories=tuple(c.label for c in counts),
        series=(
            ChartSeries(
                label=translate("TrackerReport", "Proposals"),
                values=tuple(float(c.proposals) for c in counts),
                stat_ids=tuple("" for _ in counts),  # the user's counts: no statistic of the report
                derived=tuple(False for _ in counts),
            ),
        ),
        unit=translate("TrackerReport", "proposals"),
        section="",
        sources=(),
        category_label=translate("TrackerReport", "Your status"),
    )


def summary_line(counts: Iterable[TrackerCount]) -> str:
    """ "12 of 40 in progress, 3 implemented, 25 not started" (what is done first, not started last)."""
    counts = tuple(counts)
    total = sum(c.proposals for c in counts)
    order = sorted(
        (c for c in counts if c.proposals), key=lambda c: (c.status == STATUSES[0], STATUSES.index(c.status))
    )
    parts = [f"{c.proposals} {c.label.lower()}" for c in order]
    if not parts:
        return ""
    parts[0] = translate("TrackerReport", "{n} of {total} {status}").format(
        n=order[0].proposals, total=total, status=order[0].label.lower()
    )
    return ", ".join(parts)


def short_title(text: str, limit: int = TITLE_LIMIT) -> str:
    """A proposal's wording cut at a word to ``limit`` characters, the cut marked with an ellipsis."""
    text = " ".join(text.split()).rstrip(";")
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–-") + " …"


def tracker_report(dataset: Dataset, entries: Iterable[TrackerEntry], made: dt.date | None = None) -> TrackerReport:
    """The status report of every proposal: its wording and paragraph, and the user's entry."""
    from kzdesk.core.summary import source_label  # the printouts' citation of a paragraph

    by_target = _by_target(dataset, entries)
    rows = []
    for proposal in sorted(dataset.proposals, key=lambda p: p.number):
        entry = by_target.get(proposal.id)
        status = entry.status if entry is not None else STATUSES[0]
        rows.append(
            TrackerRow(
                id=proposal.id,
                number=proposal.number,
                title=short_title(proposal.text),
                text=proposal.text,
                paragraph=proposal.paragraph,
                source=source_label(dataset, proposal.paragraph),
                tracked=entry is not None,
                status=status,
                status_label=tracker_status_label(status),
                unit=entry.unit if entry is not None else "",
                due=(entry.due or "") if entry is not None else "",
                progress=entry.progress if entry is not None else "",
                evidence=entry.evidence if entry is not None else (),
                updated=entry.updated[:10] if entry is not None else "",
            )
        )
    return TrackerReport(
        title=translate("TrackerReport", "Tracker status report"),
        made=made.isoformat() if made is not None else time.strftime("%Y-%m-%d"),
        edition=citation(dataset.report),
        total=len(dataset.proposals),
        counts=status_counts(dataset, by_target.values()),
        tracked=sum(1 for row in rows if row.tracked),
        rows=tuple(rows),
    )


def _by_target(dataset: Dataset, entries: Iterable[TrackerEntry]) -> dict[str, TrackerEntry]:
    known = {p.id for p in dataset.proposals}
    return {e.target: e for e in entries if e.target in known}


# --- the report as one table (CSV here; XLSX through the shared spreadsheet renderer) --------------


class TableColumn(NamedTuple):
    key: str  # the TrackerRow field
    heading: str
    yours: bool  # the user's own entry (marked "Your …"), not the report's


def table_columns() -> tuple[TableColumn, ...]:
    def tr(text: str) -> str:
        return translate("TrackerReport", text)

    return (
        TableColumn("number", tr("Proposal No."), False),
        TableColumn("title", tr("Proposal (the report's wording, shortened)"), False),
        TableColumn("source", tr("Report paragraph"), False),
        TableColumn("status_label", tr("Your status"), True),
        TableColumn("unit", tr("Your responsible unit"), True),
        TableColumn("due", tr("Your due date"), True),
        TableColumn("progress", tr("Your progress notes"), True),
        TableColumn("evidence", tr("Your evidence links"), True),
        TableColumn("updated", tr("Your last update"), True),
    )


Cell = int | str


def report_table(report: TrackerReport) -> tuple[tuple[TableColumn, ...], tuple[tuple[Cell, ...], ...]]:
    """The report as one plain table: its columns and a row per proposal, typed (the number an int,
    dates ISO text, evidence links one per line); what a CSV or a spreadsheet writes as it is."""
    columns = table_columns()
    rows = []
    for row in report.rows:
        values: list[Cell] = []
        for column in columns:
            value = getattr(row, column.key)
            if column.key == "evidence":
                value = "\n".join(value)
            elif column.key == "status_label" and not row.tracked:
                value = translate("TrackerReport", "{status} (not tracked)").format(status=value)
            values.append(value)
        rows.append(tuple(values))
    return columns, tuple(rows)


# A cell starting with one of these is a formula to Excel and LibreOffice ("=HYPERLINK(…)" in a
# user's evidence link): such text is written with a leading apostrophe, which shows it as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_text(value: Cell) -> str:
    if isinstance(value, int):
        return str(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_bytes(report: TrackerReport) -> bytes:
    """The report's table as CSV for Excel: UTF-8 with a byte-order mark, CRLF rows, every
    field with a comma, quote or line break quoted (RFC 4180)."""
    import csv
    import io

    columns, rows = report_table(report)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([c.heading for c in columns])
    for row in rows:
        writer.writerow([_csv_text(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_csv(report: TrackerReport, path: Path) -> Path:
    """Write the CSV to ``path`` whole or not at all (temporary file, then rename); the file written.

    Raises kzdesk.core.files.FileProblem when it cannot be written."""
    from kzdesk.core import files

    return files.write_atomically(path, csv_bytes(report))


def report_sheet(report: TrackerReport) -> Sheet:
    """The report's table as a spreadsheet sheet: the number an integer, the dates as dates, the
    user's columns headed "Your …"; the source line names the report, the edition and the date."""
    from kzdesk.core.document.sheets import Column, Sheet

    kinds = {"number": "integer", "due": "date", "updated": "date"}
    widths = {"number": 10, "title": 60, "source": 22, "progress": 40, "evidence": 40}
    columns, rows = report_table(report)
    return Sheet(
        title=report.title,
        columns=tuple(Column(c.heading, kinds.get(c.key, "text"), widths.get(c.key)) for c in columns),
        rows=rows,
        source=translate(
            "TrackerReport",
            "{title}, made {made}. Proposals: {edition}. The columns headed "
            '"Your" are your own entries, not the report\'s.',
        ).format(title=report.title, made=report.made, edition=report.edition),
    )


def counts_sheet(report: TrackerReport) -> Sheet:
    """How many proposals have each of your statuses (untracked ones counted as not started), and the total."""
    from kzdesk.core.document.sheets import Column, Sheet

    rows = tuple((c.label, c.proposals) for c in report.counts)
    return Sheet(
        title=translate("TrackerReport", "Counts"),
        columns=(
            Column(translate("TrackerReport", "Your status"), width=24),
            Column(translate("TrackerReport", "Proposals"), "integer", width=11),
        ),
        rows=(*rows, (translate("TrackerReport", "All proposals"), report.total)),
        source=translate(
            "TrackerReport", "{tracked}, made {made}; a proposal you have not tracked counts as not started."
        ).format(tracked=describe_counts(report), made=report.made),
    )


def report_sheets(report: TrackerReport) -> list[Sheet]:
    """The workbook's sheets: every proposal with your entries, then the counts by status."""
    return [report_sheet(report), counts_sheet(report)]


def write_xlsx(report: TrackerReport, path: Path) -> Path:
    """Write the report as an Excel workbook whole or not at all; the file written.

    Raises kzdesk.core.files.FileProblem when it cannot be written."""
    from kzdesk.core.document.xlsx import write_workbook

    return write_workbook(path, report_sheets(report), report.title)


def report_record(report: TrackerReport) -> dict[str, object]:
    """The report as JSON-ready data (``kzdesk tracker report --json`` without -o)."""
    return {
        "title": report.title,
        "made": report.made,
        "edition": report.edition,
        "total": report.total,
        "tracked": report.tracked,
        "counts": {c.status: c.proposals for c in report.counts},
        "summary": summary_line(report.counts),
        "proposals": [
            {
                "ref": row.id,
                "number": row.number,
                "title": row.title,
                "source": row.source,
                "yours": {
                    "tracked": row.tracked,
                    "status": row.status,
                    "unit": row.unit,
                    "due": row.due or None,
                    "progress": row.progress,
                    "evidence": list(row.evidence),
                    "updated": row.updated or None,
                },
            }
            for row in report.rows
        ],
    }


def describe_counts(report: TrackerReport) -> str:
    """ "3 of 40 proposals tracked" for the report's title page."""
    return translate("TrackerReport", "{tracked} of {total} tracked by you").format(
        tracked=report.tracked, total=counted(report.total, "proposal")
    )
