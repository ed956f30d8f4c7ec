"""The user's notes and tracker entries of one edition, gathered for a printout. No Qt.

A printout "with my notes" prints each note beside the item it is attached to (a
paragraph, a key point's paragraph, a proposal, a section) in a block marked as the
user's own words; for proposals, the tracker entry too. Read once, before laying out,
so the printing itself never touches the workspace.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from kzdesk.core.workspace.records import Note, TrackerEntry
    from kzdesk.core.workspace.store import Workspace


class UserMarks(NamedTuple):
    notes: Mapping[str, tuple[Note, ...]]  # by the id they are attached to, oldest first
    tracker: Mapping[str, TrackerEntry]  # by proposal id

    @property
    def empty(self) -> bool:
        return not self.notes and not self.tracker


NO_MARKS = UserMarks({}, {})


def marks_of(notes: Iterable[Note], tracker: Iterable[TrackerEntry], edition: str) -> UserMarks:
    """The notes and tracker entries of ``edition`` (others are ignored), keyed by what they are on."""
    by_target: dict[str, list[Note]] = {}
    # A stable sort by time: notes made in the same millisecond keep the store's order (the order made).
    for note in sorted(notes, key=lambda n: n.created):
        if note.edition == edition and note.text.strip():
            by_target.setdefault(note.target, []).append(note)
    return UserMarks(
        {target: tuple(items) for target, items in by_target.items()},
        {entry.target: entry for entry in tracker if entry.edition == edition},
    )


def read_marks(workspace: Workspace, edition: str) -> UserMarks:
    """Everything of ``edition`` the user wrote in ``workspace`` that a printout can show."""
    return marks_of(workspace.notes(edition=edition), workspace.tracker(edition), edition)


def note_date(note: Note) -> str:
    """The day a note was last changed, YYYY-MM-DD (what its printed label says)."""
    return note.updated[:10]
