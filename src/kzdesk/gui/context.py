"""The objects every tab needs, passed down once instead of reached through globals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kzdesk.core.model import Dataset

if TYPE_CHECKING:
    from kzdesk.core.search import SearchIndex
    from kzdesk.gui.settings import Settings


@dataclass
class AppContext:
    dataset: Dataset
    settings: Settings
    #: Opens an external URL after the user has seen and confirmed it (the GUI shows a dialog).
    open_url: Callable[[str], None]
    _search_index: SearchIndex | None = field(default=None, repr=False)

    @property
    def search_index(self) -> SearchIndex:
        """Built on first use; the build takes milliseconds, but nothing pays for it at start-up."""
        if self._search_index is None:
            from kzdesk.core.search import SearchIndex

            self._search_index = SearchIndex.from_dataset(self.dataset)
        return self._search_index
