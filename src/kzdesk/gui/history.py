"""Back/forward history over everything the user opened, like a browser's.

Plain Python (no Qt) so that the rules are easy to test: a visit is a tab key and
the reference (edition and id) that tab showed; going back and forth moves a cursor
without recording.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzdesk.core.model import Record, record

if TYPE_CHECKING:
    from kzdesk.core.references import Ref


@record
class Visit(Record):
    """One thing the user opened (frozen, compared by its fields)."""

    tab: str  # the key of the tab that showed it
    ref: Ref  # what it showed (a section, paragraph, statistic, proposal, ... of one edition)

    @property
    def target(self) -> str:
        """The id it showed, within its edition."""
        return self.ref.id


class History:
    def __init__(self, limit: int = 200) -> None:
        self._visits: list[Visit] = []
        self._states: list[object] = []  # per visit: the tab's filters as the user left them (None: unknown)
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> Visit | None:
        return self._visits[self._index] if self._index >= 0 else None

    def visits(self) -> tuple[Visit, ...]:
        return tuple(self._visits)

    def push(self, visit: Visit) -> bool:
        """Record a new visit after the current one, dropping the forward part; False if nothing changed."""
        if visit == self.current:
            return False
        del self._visits[self._index + 1 :]
        del self._states[self._index + 1 :]
        self._visits.append(visit)
        self._states.append(None)
        if len(self._visits) > self._limit:
            del self._visits[0]
            del self._states[0]
        self._index = len(self._visits) - 1
        return True

    @property
    def current_state(self) -> object:
        """What :meth:`remember_state` stored for the current visit (None if nothing)."""
        return self._states[self._index] if self._index >= 0 else None

    def remember_state(self, state: object) -> None:
        """Store the current visit's view state (a tab's filters and selection) for going back to it."""
        if self._index >= 0:
            self._states[self._index] = state

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._visits) - 1

    def back(self) -> Visit | None:
        if not self.can_go_back():
            return None
        self._index -= 1
        return self._visits[self._index]

    def forward(self) -> Visit | None:
        if not self.can_go_forward():
            return None
        self._index += 1
        return self._visits[self._index]
