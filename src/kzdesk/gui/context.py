"""The objects every tab needs, passed down once instead of reached through globals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kzdesk.core.editions import Edition, EditionLibrary

if TYPE_CHECKING:
    from pathlib import Path

    from kzdesk.core.model import Dataset
    from kzdesk.core.references import Ref
    from kzdesk.core.search import SearchIndex
    from kzdesk.gui.settings import Settings
    from kzdesk.gui.workspace.session import WorkspaceSession


class AppContext:
    """The library of editions, the current edition, the settings and the URL opener.

    ``dataset`` and ``search_index`` are the current edition's, so tabs need not know
    about editions. Give either ``edition`` (with the ``library`` holding it) or, as tests
    do, a ``dataset``, which becomes the one edition of a new library.
    """

    # A plain class, not a dataclass: generating its methods would cost a millisecond of start-up.
    def __init__(
        self,
        dataset: Dataset | None = None,
        settings: Settings | None = None,
        open_url: Callable[[str], None] | None = None,
        *,
        edition: Edition | None = None,
        library: EditionLibrary | None = None,
    ) -> None:
        if settings is None or open_url is None:
            raise TypeError("AppContext needs settings and open_url")
        if edition is None:
            if dataset is None:
                raise TypeError("AppContext needs a dataset or an edition")
            from kzdesk.core.dataset import bundled_dataset_path

            # A dataset handed over as it is: shown as the bundled edition (tests pass edited copies too).
            edition = Edition(bundled_dataset_path(), bundled=True, dataset=dataset)
        self.library = library if library is not None else EditionLibrary((edition,))
        self.edition = edition
        self.settings = settings
        #: Opens an external URL after the user has seen and confirmed it (the GUI shows a dialog).
        self.open_url = open_url
        self._workspace_session: WorkspaceSession | None = None
        #: The workspace file given on the command line (--workspace): over the setting, not remembered.
        self.workspace_path: Path | None = None

    @property
    def workspace_session(self) -> WorkspaceSession:
        """The user's workspace, opened on first use by whoever needs it (never at start-up)."""
        if self._workspace_session is None:
            from kzdesk.gui.workspace.session import WorkspaceSession

            self._workspace_session = WorkspaceSession(self.settings, None, override=self.workspace_path)
        return self._workspace_session

    def close_workspace(self) -> None:
        if self._workspace_session is not None:
            self._workspace_session.close()

    @property
    def dataset(self) -> Dataset:
        return self.edition.dataset

    @property
    def edition_key(self) -> str:
        """The open edition's key: what every :class:`kzdesk.core.references.Ref` the GUI makes names."""
        return self.edition.key

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
        """The current edition's, built on first use; nothing pays for it at start-up."""
        return self.edition.search_index

    def set_edition(self, edition: Edition) -> None:
        """Make ``edition`` (added to the library if it is not there) the current one."""
        if edition not in list(self.library):
            self.library.add(edition)
        self.edition = edition
