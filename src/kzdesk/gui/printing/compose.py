"""Which layout a summary gets: the document title (for the running header) and its blocks.

Above render.py and the two layouts built on its blocks (summary_blocks.py: a section's key
points; render_listings.py: what a tab shows), so that render.py need not import them back.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from kzdesk.core.model import Dataset
from kzdesk.core.summary import ProposalsSummary, ReportSummary, SectionSummary, StatisticsSummary, Summary, describe
from kzdesk.gui.printing.layout import Block
from kzdesk.gui.printing.render import proposals_blocks, report_blocks, section_blocks, statistics_blocks

if TYPE_CHECKING:
    from kzdesk.core.user_marks import UserMarks


def render(dataset: Dataset, summary: Summary, notes: UserMarks | None = None) -> tuple[str, list[Block]]:
    """The document title (for the running header) and the blocks of ``summary``; with ``notes``,
    the user's notes (and tracker entries) beside the items, in boxes marked as theirs."""
    blocks = _blocks(dataset, summary)
    if notes is not None:
        from kzdesk.gui.printing.user_blocks import annotate  # only a printout with the user's notes loads it

        blocks = annotate(dataset, summary, blocks, notes)
    return describe(summary, dataset.report), blocks


def _blocks(dataset: Dataset, summary: Summary) -> list[Block]:
    # A tracker report exists only once its module is loaded: looking costs the other printouts nothing.
    tracker = sys.modules.get("kzdesk.core.tracker_report")
    if tracker is not None and isinstance(summary, tracker.TrackerReport):
        from kzdesk.gui.printing.user_blocks import tracker_blocks

        return tracker_blocks(dataset, summary)
    if isinstance(summary, SectionSummary):
        if summary.key_points and not summary.full_text and not summary.paragraphs:
            # Imported when needed, like the listings below: a printout uses one layout.
            from kzdesk.gui.printing.summary_blocks import digest_blocks

            blocks = digest_blocks(dataset, summary)
        else:
            blocks = section_blocks(dataset, summary)
    elif isinstance(summary, ProposalsSummary):
        blocks = proposals_blocks(dataset, summary)
    elif isinstance(summary, StatisticsSummary):
        blocks = statistics_blocks(dataset, summary)
    elif isinstance(summary, ReportSummary):
        blocks = report_blocks(dataset, summary)
    else:  # a listing of what a tab shows (kzdesk.core.listings)
        from kzdesk.gui.printing.render_listings import listing_blocks

        blocks = listing_blocks(dataset, summary)
    return blocks
