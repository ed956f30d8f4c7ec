"""The objects every tab needs, passed down once instead of reached through globals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kzdesk.core.model import Dataset

if TYPE_CHECKING:
    from kzdesk.core.search import SearchIndex
    from kzdesk.gui.settings import Settings


class AppContext:
    # A plain class, not a dataclass: generating its methods would cost a millisecond of start-up.
    def __init__(self, dataset: Dataset, settings: Settings, open_url: Callable[[str], None]) -> None:
        self.dataset = dataset
        self.settings = settings
        #: Opens an external URL after the user has seen and confirmed it (the GUI shows a dialog).
        self.open_url = open_url
        self._search_index: SearchIndex | None = None

    @property
    def search_index(self) -> SearchIndex:
        """Built on first use; the build takes milliseconds, but nothing pays for it at start-up."""
        if self._search_index is None:
            from kzdesk.core.search import SearchIndex

            self._search_index = SearchIndex.from_dataset(self.dataset)
        return self._search_index
