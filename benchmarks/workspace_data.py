"""A user's workspace as the budgets of issue 12 assume it: 1,000 notes and 40 tracked proposals.

Generated (seeded, so every run measures the same workspace) through the store's own
methods into a file the caller names, usually in a temporary folder. The notes read like
an analyst's: a few of the report's own sentences on the item, with words of their own in
English and Russian, on paragraphs, proposals, figures and projects of the bundled report.
"""

from __future__ import annotations

import random
from pathlib import Path

from kzdesk.core.editions import edition_key
from kzdesk.core.model import Dataset
from kzdesk.core.references import Ref
from kzdesk.core.workspace.safety import open_workspace
from kzdesk.core.workspace.schema import STATUSES

NOTES = 1000
TRACKED = 40

_OWN_WORDS = (
    "Ask the ministry for the 2021 figures.",
    "Quote this in the briefing for the deputy minister.",
    "Follow up with the akimat's legal unit next week.",
    "Check against the prosecutor's statistics before the hearing.",
    "Our department disagrees with this estimate; see the memo of 12 March.",
    "Уточнить у коллег из агентства, какие данные по взяткам за 2021 год.",
    "Вопрос к заседанию рабочей группы: сроки внедрения.",
    "Сұрақ: аудит нәтижелері қашан жарияланады?",
)


def make_workspace(dataset: Dataset, path: Path, notes: int = NOTES, tracked: int = TRACKED) -> Path:
    """Write a workspace of ``notes`` notes and ``tracked`` tracked proposals at ``path``."""
    rng = random.Random(2026)
    edition = edition_key(dataset.report)
    paragraphs = [p for s in dataset.sections for p in s.paragraphs]
    targets = (
        [p.id for p in paragraphs]
        + [p.id for p in dataset.proposals]
        + [s.id for s in dataset.statistics[:200]]
        + [p.id for p in dataset.projects]
    )
    sentences = [s.strip() for p in paragraphs for s in p.text.split(". ") if len(s) > 30]
    opened = open_workspace(path)
    with opened.workspace as workspace:
        for n in range(notes):
            text = " ".join([*rng.sample(sentences, rng.randint(1, 2)), rng.choice(_OWN_WORDS)])
            if n % 7 == 0:
                text += f"\n\nTODO #{n}: send to the unit."
            workspace.add_note(Ref(edition, rng.choice(targets)), text)
        for proposal in dataset.proposals[:tracked]:
            workspace.set_tracker(
                Ref(edition, proposal.id),
                status=rng.choice(STATUSES),
                unit=rng.choice(("Legal department", "Analytics unit", "Regional office")),
                due=f"2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                progress="Draft sent for approval; waiting for comments.",
                evidence=[f"https://example.kz/evidence/{proposal.number}"],
            )
    return path
