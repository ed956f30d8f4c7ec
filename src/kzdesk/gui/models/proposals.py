"""The Proposals tab's list: the report's 40 proposals, filtered and ranked by the search engine."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from kzdesk.core.labels import QT_TRANSLATE_NOOP, citation, escape, proposal_label
from kzdesk.core.model import Dataset, Proposal
from kzdesk.gui.models.filtering import FilterProxy
from kzdesk.gui.models.html import MARK_CLOSE, MARK_OPEN
from kzdesk.gui.models.records import Column, RecordTableModel
from kzdesk.gui.roles import IdRole, SnippetHtmlRole

if TYPE_CHECKING:
    from kzdesk.core.labels import ReportInfo


def proposal_html(proposal: Proposal, spans: list[tuple[int, int]] | None = None) -> str:
    """The numbered proposal as safe HTML, the ``spans`` of its text marked."""
    if spans:
        from kzdesk.core.search import render_snippet

        body = render_snippet(proposal.text, spans, MARK_OPEN, MARK_CLOSE)
    else:
        body = escape(proposal.text)
    return f"<b>{proposal.number}.</b> {body}"


def follow_up_html(entry: Any) -> str:
    """The user's follow-up under a proposal, marked as theirs; empty when they have none."""
    if entry is None:
        return ""
    from kzdesk.core.labels import tracker_status_label

    parts = [tracker_status_label(entry.status), entry.unit, f"due {entry.due}" if entry.due else ""]
    text = " · ".join(escape(p) for p in parts if p)
    return f"<br><small><i>Your follow-up:</i> {text}</small>"


def copy_text(proposals: list[Proposal], info: ReportInfo) -> str:
    """Proposals as numbered plain text, each with the citation a reader needs to quote it (``info``: the edition)."""
    blocks = [
        f"{p.number}. {p.text}\n({citation(info, proposal_label(p.number))})"
        for p in sorted(proposals, key=lambda p: p.number)
    ]
    return "\n\n".join(blocks) + ("\n" if blocks else "")


class ProposalsModel(RecordTableModel[Proposal]):
    kind = "proposal"
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Proposal"), lambda p: f"{p.number}. {p.text}", sort=lambda p: p.number),
    )

    def __init__(self, dataset: Dataset, parent: Any = None) -> None:
        self._theme_labels = {t.id: t.label for t in dataset.themes}
        super().__init__(sorted(dataset.proposals, key=lambda p: p.number), parent)
        self._terms: tuple[str, ...] = ()
        self._html_cache: dict[int, str] = {}
        self._tracker: dict[str, Any] = {}

    def text_of(self, record: Proposal) -> str:
        return " ".join((str(record.number), record.text, *(self._theme_labels.get(t, t) for t in record.themes)))

    def values_of(self, record: Proposal) -> dict[str, Any]:
        entry = self._tracker.get(record.id)
        return {"theme": record.themes, "status": entry.status if entry else "not-started"}

    def set_tracker(self, entries: dict[str, Any]) -> None:
        """The user's tracker entries by proposal id (kzdesk.core.workspace TrackerEntry), shown under each."""
        self._tracker = dict(entries)
        self._html_cache.clear()
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, 0), [SnippetHtmlRole])

    def tracker_entry(self, proposal_id: str) -> Any:
        return self._tracker.get(proposal_id)

    def tracker_entry_count(self) -> int:
        return len(self._tracker)

    def terms(self) -> tuple[str, ...]:
        return self._terms

    def set_terms(self, terms: tuple[str, ...]) -> None:
        """Highlight these folded search terms in every proposal (the search result's ``terms``)."""
        if terms == self._terms:
            return
        self._terms = terms
        self._html_cache.clear()
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, 0), [SnippetHtmlRole])

    def spans(self, row: int) -> list[tuple[int, int]]:
        if not self._terms:
            return []
        from kzdesk.core.search import highlight_spans

        return highlight_spans(self._records[row].text, self._terms)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SnippetHtmlRole and index.isValid() and 0 <= index.row() < len(self._records):
            row = index.row()
            if row not in self._html_cache:
                self._html_cache[row] = proposal_html(self._records[row], self.spans(row)) + follow_up_html(
                    self._tracker.get(self._records[row].id)
                )
            return self._html_cache[row]
        return super().data(index, role)


#: The orders the Proposals tab offers: the report's, or by what the user tracks (the tracker's columns).
ORDERS = ("report", "status", "due", "unit", "updated")


def tracker_order_key(order: str, entry: Any, number: int) -> tuple[Any, ...]:
    """Sort key of a proposal numbered ``number`` with the user's tracker ``entry`` (None: untracked).

    Untracked proposals count as not started (as the summary line says); rows without a due
    date, unit or change go last; ties keep the report's order.
    """
    from kzdesk.core.workspace.schema import STATUSES

    if order == "status":
        return (STATUSES.index(entry.status) if entry is not None else 0, number)
    if order == "due":
        due = entry.due if entry is not None else None
        return (due is None, due or "", number)
    if order == "unit":
        unit = entry.unit.casefold() if entry is not None else ""
        return (not unit, unit, number)
    if order == "updated":  # the newest change first
        updated = entry.updated if entry is not None else ""
        return (not updated, "".join(chr(0x10FFFF - ord(c)) for c in updated), number)
    return (number,)


class ProposalsProxy(FilterProxy):
    """Theme filter plus the search engine's ranking: with a ranking, only ranked rows show, best first.

    Without a ranking, rows follow :attr:`order` (see :data:`ORDERS`): the report's, or the user's
    tracker status, due date, responsible unit or last change.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rank: dict[str, int] | None = None
        self.order = "report"

    def set_order(self, order: str) -> None:
        """Sort by ``order`` (one of :data:`ORDERS`); a search's ranking still comes first while it lasts."""
        if order not in ORDERS or order == self.order:
            return
        self.order = order
        self.invalidate()
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def _key(self, index: QModelIndex | QPersistentModelIndex) -> tuple[Any, ...]:
        model = self.sourceModel()
        proposal_id = index.data(IdRole)
        entry = model.tracker_entry(proposal_id) if isinstance(model, ProposalsModel) else None
        return tracker_order_key(self.order, entry, index.row())

    def set_ranking(self, ids: list[str] | None) -> None:
        """Show only ``ids`` in this order; None shows every proposal in report order."""
        rank = None if ids is None else {pid: position for position, pid in enumerate(ids)}
        if rank == self._rank:
            return
        with self.changing():
            self.beginFilterChange()
            self._rank = rank
            self.endFilterChange(FilterProxy.Direction.Rows)
            self.invalidate()  # the order changes too
            self.sort(0, Qt.SortOrder.AscendingOrder)

    def ranked(self) -> bool:
        return self._rank is not None

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if self._rank is not None:
            proposal_id = self.sourceModel().index(source_row, 0).data(IdRole)
            if proposal_id not in self._rank:
                return False
        return super().filterAcceptsRow(source_row, source_parent)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if self._rank is not None:
            return self._rank.get(left.data(IdRole), 0) < self._rank.get(right.data(IdRole), 0)
        if self.order != "report":
            return self._key(left) < self._key(right)
        return super().lessThan(left, right)
