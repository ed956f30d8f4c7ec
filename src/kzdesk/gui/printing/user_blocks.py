"""The user's own words on paper: their notes beside the items, their tracker entries, the status report.

Everything the user wrote is printed in a tinted, bordered box headed "Your note — <date>"
or "Your follow-up — …" (template ``yours``), never inside the report's text or among its
citations. Imported only by a printout with the user's notes or the tracker report: the
default printouts never load it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kzdesk.core.labels import proposal_label, tracker_status_label
from kzdesk.core.model import Dataset
from kzdesk.core.summary import ProposalsSummary, ReportSummary, SectionSummary, Summary, source_label
from kzdesk.core.user_marks import UserMarks, note_date
from kzdesk.gui.printing import ink
from kzdesk.gui.printing.layout import Block
from kzdesk.gui.printing.render import ITEM_GAP, Column, Markup, fill, grid, heading, note, title_block

if TYPE_CHECKING:
    from kzdesk.core.tracker_report import TrackerReport, TrackerRow
    from kzdesk.core.workspace.records import Note, TrackerEntry

#: Blocks that show an item a note can stand beside (table rows and headers never: a box would cut the table).
_BESIDE = frozenset({"paragraph", "key-point", "proposal", "mention", "chart", "document", "source", "note"})


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintYours", text)


def _lines(text: str) -> Markup:
    """The user's plain text, escaped, a paragraph per line."""
    lines = text.strip().split("\n")
    return Markup("".join(fill("yours_line", text=line) for line in lines))


LONG_BOX = 12  # lines: a shorter box moves to the next page whole rather than break (a cut box loses its border)


def yours_block(label: str, body: Markup, key: str) -> Block:
    long = body.count('class="yours-text"') > LONG_BOX
    return Block(fill("yours", label=label, body=body), kind="yours", key=key, splittable=long, space_before=3)


def note_block(item: Note, on: str = "") -> Block:
    """One of the user's notes: "Your note — 2026-12-03" (``on``: what it is on, where that is not beside it)."""
    if on:
        label = tr("Your note on {item} — {date}").format(item=on, date=note_date(item))
    else:
        label = tr("Your note — {date}").format(date=note_date(item))
    return yours_block(label, _lines(item.text), item.id)


def follow_up_body(status: str, unit: str, due: str, progress: str, evidence: Sequence[str]) -> Markup:
    fields = [(tr("Status"), tracker_status_label(status))]
    if unit:
        fields.append((tr("Responsible unit"), unit))
    if due:
        fields.append((tr("Due"), due))
    parts = [fill("yours_field", name=name, text=value) for name, value in fields]
    if progress.strip():
        parts.append(fill("yours_field", name=tr("Progress"), text=""))
        parts.append(_lines(progress))
    if evidence:
        parts.append(fill("yours_field", name=tr("Evidence"), text=""))
        parts.extend(fill("yours_line", text=link) for link in evidence)
    return Markup("".join(parts))


def follow_up_block(entry: TrackerEntry, on: str = "") -> Block:
    date = entry.updated[:10]
    if on:
        label = tr("Your follow-up of {item} — updated {date}").format(item=on, date=date)
    else:
        label = tr("Your follow-up — updated {date}").format(date=date)
    body = follow_up_body(entry.status, entry.unit, entry.due or "", entry.progress, entry.evidence)
    return yours_block(label, body, f"follow-up-{entry.target}")


# --- notes beside the items of a printout ----------------------------------------------------------


def _proposal_number(dataset: Dataset, proposal_id: str) -> int | None:
    proposal = dataset.by_id.get(proposal_id)
    return getattr(proposal, "number", None)


def annotate(dataset: Dataset, summary: Summary, blocks: list[Block], marks: UserMarks) -> list[Block]:
    """``blocks`` with the user's notes after the items they are on (and, in a proposals printout,
    each proposal's tracker entry); notes on what the printout names but does not show as an item
    (a section summary's other paragraphs) follow at the end, each saying what it is on."""
    if marks.empty:
        return blocks
    with_tracker = isinstance(summary, ProposalsSummary)
    placed: set[str] = set()
    # Where each item's box goes: after the last block of a run that shows it (a paragraph's key points).
    result: list[Block] = []
    for index, block in enumerate(blocks):
        result.append(block)
        target = _target_of(summary, block, index)
        if target is None:
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and following.key == block.key and following.kind == block.kind:
            continue  # the next key point comes from the same paragraph: the box goes after the last one
        result.extend(_boxes(marks, target, with_tracker, placed))
    if isinstance(summary, SectionSummary):
        section = dataset.section(summary.id)
        wanted = [p.id for p in section.paragraphs] + [p.id for p in summary.proposals]
        result.extend(_leftovers(dataset, wanted, marks, placed, tr("Your notes on this section's other items")))
    elif isinstance(summary, ReportSummary):
        wanted = [p.id for s in dataset.sections for p in s.paragraphs]
        result.extend(_leftovers(dataset, wanted, marks, placed, tr("Your other notes on the report")))
    return result


def _target_of(summary: Summary, block: Block, index: int) -> str | None:
    """The id of what ``block`` shows, if a note can go beside it."""
    if index == 0 and block.kind == "title" and isinstance(summary, SectionSummary):
        return summary.id  # a note on the section, under the summary's title
    if block.kind == "heading" and isinstance(summary, ReportSummary) and block.anchor:
        return block.anchor  # a section's heading in the whole report
    if block.kind in _BESIDE and block.key:
        return block.key
    return None


def _boxes(marks: UserMarks, target: str, with_tracker: bool, placed: set[str]) -> list[Block]:
    if target in placed:
        return []
    placed.add(target)
    boxes = []
    entry = marks.tracker.get(target) if with_tracker else None
    if entry is not None:
        boxes.append(follow_up_block(entry))
    boxes.extend(note_block(item) for item in marks.notes.get(target, ()))
    return boxes


def _leftovers(dataset: Dataset, wanted: Sequence[str], marks: UserMarks, placed: set[str], title: str) -> list[Block]:
    """Notes on what the printout covers but shows without a block of its own (a heading, a
    paragraph a summary leaves out), at the end, each saying what it is on."""
    extras: list[Block] = []
    for target in wanted:
        if target in placed or target not in marks.notes:
            continue
        placed.add(target)
        number = _proposal_number(dataset, target)
        on = proposal_label(number) if number is not None else source_label(dataset, target)
        extras.extend(note_block(item, on) for item in marks.notes[target])
    if extras:
        extras.insert(0, heading(title))
    return extras


# --- the tracker status report -------------------------------------------------------------------------


def tracker_blocks(dataset: Dataset, report: TrackerReport) -> list[Block]:
    """The user's status report: their counts and chart, then each proposal — its wording, cited
    to its paragraph — with their follow-up in a box."""
    from kzdesk.core.tracker_report import counts_chart, describe_counts, summary_line

    meta = " · ".join(
        [
            tr("Made {date}").format(date=report.made),
            describe_counts(report),
            tr(
                "Each proposal in the report's wording (shortened), with its paragraph; the boxes are your own entries."
            ),
        ]
    )
    blocks = [title_block(report.edition, report.title, meta, tr("Your tracker"))]
    blocks.append(heading(tr("Your tracking at a glance")))
    rows = [(c.status, (c.label, str(c.proposals))) for c in report.counts]
    rows.append(("total", (tr("All proposals"), str(report.total))))
    blocks.extend(grid((Column(tr("Your status"), 70), Column(tr("Proposals"), 30, ink.RIGHT)), rows))
    line = summary_line(report.counts)
    untracked = report.total - report.tracked
    if untracked:
        line += ". " + tr("{n} not tracked by you, counted as not started").format(n=untracked)
    blocks.append(note(line + "."))
    chart = counts_chart(report.counts)
    blocks.append(
        Block(
            chart=chart,
            note=tr("Your own tracking, not the report's data; untracked proposals count as not started."),
            kind="chart",
            key=chart.id,
            space_before=12,
        )
    )
    blocks.append(heading(tr("The proposals and your follow-up"), running=tr("Your tracker")))
    for row in report.rows:
        blocks.append(
            Block(
                fill(
                    "numbered",
                    start=row.number,
                    prefix="",
                    suffix=")",
                    text=row.title,
                    details=tr("The report's wording, {source}").format(source=row.source),
                ),
                kind="proposal",
                key=row.id,
                space_before=ITEM_GAP + 2,
                keep_with_next=True,
                bookmark=f"{row.number}) {row.status_label}",
                bookmark_level=1,
            )
        )
        blocks.append(_row_box(row))
    return blocks


def _row_box(row: TrackerRow) -> Block:
    if not row.tracked:
        label = tr("Your follow-up — not tracked")
        body = fill("yours_line", text=tr("Not tracked yet (counted as not started)."))
    else:
        label = tr("Your follow-up — updated {date}").format(date=row.updated)
        body = follow_up_body(row.status, row.unit, row.due, row.progress, row.evidence)
    return yours_block(label, body, f"follow-up-{row.id}")
