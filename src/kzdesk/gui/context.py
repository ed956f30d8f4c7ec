"""The objects every tab needs, passed down once instead of reached through globals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kzdesk.core.model import Dataset

if TYPE_CHECKING:
    from kzdesk.core.references import Ref
    from kzdesk.core.search import SearchIndex
    from kzdesk.gui.settings import Settings


class AppContext:
    # A plain class, not a dataclass: generating its methods would cost a millisecond of start-up.
    def __init__(self, dataset: Dataset, settings: Settings, open_url: Callable[[str], None]) -> None:
        self.dataset = dataset
        #: The open edition's key: what every :class:`kzdesk.core.references.Ref` the GUI makes names.
        #: Stand-in until the editions branch lands, which sets it from the open ``Edition.key``.
        self.edition_key = str(dataset.report.year)
        self.settings = settings
        #: Opens an external URL after the user has seen and confirmed it (the GUI shows a dialog).
        self.open_url = open_url
        self._search_index: SearchIndex | None = None

    def ref(self, target: str) -> Ref:
        """``target`` (an id of the open edition) as a reference."""
        from kzdesk.core.references import Ref

        return Ref(self.edition_key, target)

    def stored_ref(self, text: object) -> Ref | None:
        """A reference read back from the settings: its text form, or a bare id of the open edition
        (what settings written before editions hold); None if damaged or of another edition."""
        from kzdesk.core.references import Ref

        ref = Ref.maybe(text, self.edition_key, any_kind=True)
        return ref if ref is not None and ref.edition == self.edition_key else None

    @property
    def search_index(self) -> SearchIndex:
        """Built on first use; the build takes milliseconds, but nothing pays for it at start-up."""
        if self._search_index is None:
            from kzdesk.core.search import SearchIndex

            self._search_index = SearchIndex.from_dataset(self.dataset)
        return self._search_index
