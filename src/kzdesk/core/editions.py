"""Editions of the report: one per published year, each with its info, dataset and search index.

An :class:`Edition` is a dataset file and what kzdesk knows about the report it was built
from. Its info (key, title, year, language, source) lives in the edition's data, not in
Python: the edition description (``data/editions/<key>/edition.toml``, which drives
``kzdesk.ingest``) has a ``[report]`` table, and the build copies it into the dataset's
``report`` object, so a dataset file the user opens carries its own info. Reading the info
loads the dataset (lazily, once, through the input gate of :mod:`kzdesk.core.dataset`); the
search index is built on first use.

An :class:`EditionLibrary` holds the bundled editions and any the user opens, by key.
Nothing here loads a dataset until it is asked for: start-up loads the default edition only.

Every reader-facing string made from an edition's title and year (citations, running
headers, file names) is built here, in one place.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kzdesk.core.dataset import bundled_dataset_path, load_dataset

if TYPE_CHECKING:
    from kzdesk.core.model import Dataset, ReportInfo
    from kzdesk.core.search import SearchIndex

# --- names made from an edition's info (citations are kzdesk.core.labels') --------------------------


def running_title(report: ReportInfo) -> str:
    """The short name of the whole report, for a running header: "<short title> <year>"."""
    return f"{report.short_title or report.title} {report.year}"


def edition_key(report: ReportInfo) -> str:
    """The edition's key; a dataset written before editions had keys is keyed by its year."""
    return report.edition or str(report.year)


def report_file_name(report: ReportInfo) -> str:
    """The suggested file name of a printout of the whole report."""
    return f"kzdesk-report-{edition_key(report)}.pdf"


# --- editions ----------------------------------------------------------------------------------------------------


class Edition:
    """One edition: a dataset file, loaded on first use, and the search index over it.

    ``bundled``: shipped with kzdesk; the bundled dataset is loaded on the trusted fast path
    (kzdesk.ingest built it and a test checks it byte for byte). Any other file goes through
    the whole input gate.
    """

    def __init__(self, path: str | Path, *, bundled: bool = False, dataset: Dataset | None = None) -> None:
        self.path = Path(path)
        self.bundled = bundled
        self._dataset = dataset
        self._search_index: SearchIndex | None = None
        self._lock = threading.Lock()  # the GUI builds the index on a worker thread

    def __repr__(self) -> str:
        state = f"key={self.key!r}" if self.loaded else "not loaded"
        return f"Edition({str(self.path)!r}, {state}{', bundled' if self.bundled else ''})"

    @property
    def loaded(self) -> bool:
        return self._dataset is not None

    @property
    def dataset(self) -> Dataset:
        """The edition's dataset, loaded on first use; DatasetError if the file is unusable."""
        if self._dataset is None:
            trusted = self.bundled and self.path == bundled_dataset_path()
            self._dataset = load_dataset(None if trusted else self.path)
        return self._dataset

    @property
    def search_index(self) -> SearchIndex:
        """Built on first use; the build takes milliseconds, but nothing pays for it at start-up."""
        with self._lock:
            if self._search_index is None:
                from kzdesk.core.search import SearchIndex

                self._search_index = SearchIndex.from_dataset(self.dataset)
            return self._search_index

    # The edition's info, read from its dataset. ``title`` and ``year`` are what a citation needs.
    @property
    def info(self) -> ReportInfo:
        return self.dataset.report

    @property
    def key(self) -> str:
        return edition_key(self.info)

    @property
    def title(self) -> str:
        """The report's full title."""
        return self.info.title

    @property
    def short_title(self) -> str:
        return self.info.short_title or self.info.title

    @property
    def citation_title(self) -> str:
        return self.info.citation_title or self.info.title

    @property
    def year(self) -> int:
        return self.info.year

    @property
    def language(self) -> str:
        return self.info.language

    @property
    def source(self) -> str:
        return self.info.source

    def citation(self) -> str:
        from kzdesk.core.labels import citation  # labels imports nothing of editions: no cycle, but kept lazy

        return citation(self.info)

    def find(self, entity_id: str) -> object | None:
        """The entity or paragraph with ``entity_id`` in this edition, or None."""
        return self.dataset.by_id.get(entity_id)


class EditionLibrary:
    """The editions kzdesk can show, by key: the bundled ones and those the user opened.

    Keys are unique among what a lookup finds: a file the user opens whose edition has the
    key of one already held (an edited copy of a bundled dataset, say) is found under that
    key instead. Bundled editions are loaded only when a lookup reaches them.
    """

    def __init__(self, editions: tuple[Edition, ...] = ()) -> None:
        self._editions: list[Edition] = list(editions)

    @classmethod
    def bundled(cls) -> EditionLibrary:
        """The editions shipped with kzdesk (none loaded yet)."""
        return cls(tuple(Edition(path, bundled=True) for path in bundled_dataset_paths()))

    def __iter__(self) -> Iterator[Edition]:
        """Every edition held, the bundled ones first (iterating loads nothing)."""
        return iter(self._editions)

    def __len__(self) -> int:
        return len(self._editions)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.find(key) is not None

    @property
    def default(self) -> Edition:
        """The newest bundled edition (with one bundled edition, nothing is loaded to find it)."""
        bundled = [e for e in self._editions if e.bundled] or self._editions
        if not bundled:
            raise LookupError("the library holds no edition")
        if len(bundled) == 1:
            return bundled[0]
        return max(bundled, key=lambda e: e.year)

    def find(self, key: str) -> Edition | None:
        """The edition with ``key``, the one opened last first; None if there is none."""
        for edition in reversed(self._editions):
            if edition.key == key:
                return edition
        return None

    def get(self, key: str) -> Edition:
        """The edition with ``key``; KeyError naming the known keys if there is none."""
        found = self.find(key)
        if found is None:
            known = ", ".join(e.key for e in self._editions)
            raise KeyError(f"no edition {key!r} (known: {known})")
        return found

    def add(self, edition: Edition) -> Edition:
        """Hold ``edition`` (loading it), in place of any loaded edition with the same key; returns it."""
        key = edition.key
        self._editions = [e for e in self._editions if e is not edition and not (e.loaded and e.key == key)]
        self._editions.append(edition)
        return edition

    def open(self, path: str | Path) -> Edition:
        """The edition in the file ``path`` — a dataset file, or an edition description
        (``edition.toml``, whose built dataset is read) — loaded through the input gate.

        The same file opened twice is the same edition. DatasetError (a FileProblem) if the
        file cannot be used; the library is then unchanged.
        """
        file = Path(path)
        if file.suffix == ".toml":
            from kzdesk.core.edition_description import describe_edition  # not on the start-up path

            file = describe_edition(file).output
        resolved = _resolved(file)
        for edition in self._editions:
            if (edition.loaded or not edition.bundled) and _resolved(edition.path) == resolved:
                return edition
        return self.add(Edition(file, dataset=load_dataset(file)))


def bundled_dataset_paths() -> tuple[Path, ...]:
    """The dataset files of the bundled editions (one today: data/dataset.json, built by kzdesk.ingest)."""
    return (bundled_dataset_path(),)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.11); the gate then refuses the file
        return path.absolute()
