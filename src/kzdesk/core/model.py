"""The dataset's entities: plain, immutable dataclasses with no behaviour beyond lookups.

Every entity that states a fact carries ``paragraph``: the id of the report paragraph
it was taken from, so that the GUI, the command line and the printouts can cite it.
"""

# No ``from __future__ import annotations``: the loader reads these classes' field types
# (typing.get_type_hints), and evaluating them from strings would cost ≈ 5 ms per start-up.
from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from functools import cached_property
from typing import Any, ClassVar, TypeVar

SCHEMA_VERSION = 1

ENTITY_KINDS = ("section", "proposal", "project", "act", "statistic", "document", "term")

RecordType = TypeVar("RecordType", bound="Record")


class Record:
    """What ``@dataclass(frozen=True)`` generates per class, written once and shared.

    Every entity is a :func:`record`: a dataclass (``fields``, ``replace`` and ``asdict``
    work) that is frozen and compares, hashes and prints field by field — but through
    the methods below instead of ones generated for each class. Python 3.11 compiles
    every generated method at import, which cost ≈ 10 ms of each start-up for 14 classes.
    """

    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, Any]]
    _field_names: ClassVar[tuple[str, ...]]
    _defaults: ClassVar[dict[str, Any]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        names = self._field_names
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__}() takes {len(names)} fields, {len(args)} given")
        values = dict(zip(names, args, strict=False))  # args may be fewer: defaults follow
        for name, value in kwargs.items():
            if name in values:
                raise TypeError(f"{type(self).__name__}() got field {name!r} twice")
            if name not in names:
                raise TypeError(f"{type(self).__name__}() got an unexpected field {name!r}")
            values[name] = value
        if len(values) != len(names):
            for name in names:
                if name not in values:
                    if name not in self._defaults:
                        raise TypeError(f"{type(self).__name__}() is missing field {name!r}")
                    values[name] = self._defaults[name]
        object.__setattr__(self, "__dict__", values)

    @classmethod
    def from_checked(cls: type[RecordType], values: dict[str, Any]) -> RecordType:
        """An instance holding ``values``: every field, already checked (the dataset loader's fast path)."""
        instance = cls.__new__(cls)
        object.__setattr__(instance, "__dict__", values)
        return instance

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._field_names)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._field_names)
        return f"{self.__class__.__qualname__}({values})"


def record(cls: type[RecordType]) -> type[RecordType]:
    """Make ``cls`` (a subclass of :class:`Record`) a dataclass with the shared methods."""
    cls = dataclass(init=False, eq=False, repr=False)(cls)
    cls._field_names = tuple(f.name for f in fields(cls))
    cls._defaults = {f.name: f.default for f in fields(cls) if f.default is not MISSING}
    # A default_factory would need calling per instance; no entity has one.
    assert all(f.default_factory is MISSING for f in fields(cls))
    return cls


@record
class Citation(Record):
    """One document referred to by a bracketed reference such as ``[3, p. 121]``."""

    document: str  # "document-3"
    locator: str  # "p. 121, 124" — may be empty ("[5]")
    text: str  # the whole bracket as printed, "[3, p. 121, 124; 7, p. 5]"


@record
class Paragraph(Record):
    """One paragraph of the report (text, heading, figure caption, table or proposal) with its citations."""

    id: str  # "section-5-p3"
    kind: str  # text | heading | figure | table | proposal
    text: str
    line: int  # line in the report text, for readers who check the original
    citations: tuple[Citation, ...] = ()
    table: int | None = None
    proposal: int | None = None


@record
class Section(Record):
    """The introduction, one of the 13 numbered sections, or the conclusions, with its paragraphs."""

    id: str  # "section-introduction", "section-1" … "section-13", "section-conclusions"
    number: int | None
    title: str
    paragraphs: tuple[Paragraph, ...]


@record
class TableRow(Record):
    """One row of a report table: its label and its cells."""

    label: str
    cells: tuple[str, ...]  # as printed, aligned with Table.header[1:]


@record
class Table(Record):
    """Table 1 or Table 2 of the report, as printed."""

    id: str  # "table-1"
    number: int
    title: str
    header: tuple[str, ...]
    rows: tuple[TableRow, ...]
    section: str
    paragraph: str


@record
class Statistic(Record):
    """One figure the report states (or one derived from stated figures, marked ``derived``)."""

    id: str
    indicator: str
    value: float
    value_text: str  # the figure exactly as the report prints it; occurs in `paragraph`
    unit: str
    year: int | None
    section: str
    paragraph: str
    period: str = ""  # when the text gives a span instead of a year ("2012–2018")
    qualifier: str = ""  # "about", "more than", "up to" — as the text says
    series: str = ""  # statistics sharing a series form one multi-year indicator
    table: int | None = None
    row: str | None = None
    derived: bool = False  # computed by arithmetic from stated figures, never stated itself
    derivation: str = ""  # how, when derived ("38 − 7")
    note: str = ""


@record
class Project(Record):
    """A named project, programme, system or campaign."""

    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    description: str  # the report's own words; occurs in `paragraph`
    section: str
    paragraph: str
    sections: tuple[str, ...]  # every section that mentions the name or an alias
    mentions: tuple[str, ...]  # every paragraph that mentions the name or an alias
    operator: str = ""
    partners: tuple[str, ...] = ()
    websites: tuple[str, ...] = ()
    statistics: tuple[str, ...] = ()  # key results
    parent: str | None = None


@record
class Act(Record):
    """A legal change the report describes."""

    id: str
    title: str
    description: str  # the report's own words; occurs in `paragraph`
    status: str
    area: str
    section: str
    paragraph: str
    sections: tuple[str, ...]
    citations: tuple[Citation, ...]


@record
class Proposal(Record):
    """One of the report's 40 proposals."""

    id: str  # "proposal-7"
    number: int
    text: str  # verbatim, without the list number and the closing ";"
    themes: tuple[str, ...]
    sections: tuple[str, ...]
    projects: tuple[str, ...]
    paragraph: str

    @property
    def related(self) -> tuple[str, ...]:
        return self.sections + self.projects


@record
class Document(Record):
    """One of the source documents the bracketed references point to."""

    id: str  # "document-3"
    number: int
    title: str
    date: str | None
    doc_number: str | None
    url: str | None
    text: str  # the list entry exactly as printed
    cited_by: tuple[str, ...]  # paragraph ids


@record
class Term(Record):
    """An abbreviation with its expansion: from the report's list of abbreviations, or
    (``listed`` False) one the text uses without listing it."""

    id: str  # "term-SMG"
    term: str
    definition: str
    aliases: tuple[str, ...] = ()  # other spellings the report uses (MDDIAI for MDPIAI)
    listed: bool = True  # in the report's own list of abbreviations
    # Where the expansion comes from: "list" (the report's list), "text" (the report's
    # text spells it out in `paragraph`), "standard" (the report never expands it; a
    # plain standard expansion, not the report's words).
    source: str = "list"
    paragraph: str = ""  # unlisted terms: where the text spells it out ("text") or uses it ("standard")


@record
class Theme(Record):
    """A theme that groups proposals."""

    id: str
    label: str


@record
class SummaryPoint(Record):
    """One key point of a section summary: a whole sentence of ``paragraph``, verbatim."""

    paragraph: str
    text: str


@record
class Digest(Record):
    """The curated summary of one section (data/annotations/summaries.toml), checked by the build."""

    section: str
    points: tuple[SummaryPoint, ...]  # in the order they are printed (report order)
    figures: tuple[str, ...]  # statistic ids: the headline figures no point states


@record
class ReportInfo(Record):
    """Which report the dataset was built from: the edition's info (from its edition.toml's
    ``[report]`` table, written by kzdesk.ingest). The fields after ``documents_note`` came
    with editions; a dataset written before them still loads (see kzdesk.core.editions)."""

    title: str  # the report's full title
    year: int
    source_file: str
    sha256: str
    documents_note: str
    edition: str = ""  # the edition's key, unique in a library (the year, say); empty: the year
    short_title: str = ""  # for running headers and the window: "National Report"
    citation_title: str = ""  # what a citation names before the year
    language: str = ""  # of the text, as a BCP 47 tag ("en")
    source: str = ""  # where the text came from


@record
class Dataset(Record):
    """Everything kzdesk knows about the report, with lookups by id."""

    schema_version: int
    report: ReportInfo
    sections: tuple[Section, ...]
    tables: tuple[Table, ...]
    statistics: tuple[Statistic, ...]
    projects: tuple[Project, ...]
    acts: tuple[Act, ...]
    proposals: tuple[Proposal, ...]
    documents: tuple[Document, ...]
    glossary: tuple[Term, ...]
    themes: tuple[Theme, ...]
    digests: tuple[Digest, ...] = ()

    @cached_property
    def by_id(self) -> dict[str, object]:
        """Every entity and paragraph by its id."""
        entities: dict[str, object] = {}
        groups: tuple[tuple[object, ...], ...] = (
            self.sections,
            self.tables,
            self.statistics,
            self.projects,
            self.acts,
            self.proposals,
            self.documents,
            self.glossary,
            self.themes,
        )
        for group in groups:
            for entity in group:
                entities[entity.id] = entity  # type: ignore[attr-defined]
        for section in self.sections:
            for paragraph in section.paragraphs:
                entities[paragraph.id] = paragraph
        return entities

    @cached_property
    def section_of_paragraph(self) -> dict[str, Section]:
        return {p.id: s for s in self.sections for p in s.paragraphs}

    def paragraph(self, paragraph_id: str) -> Paragraph:
        entity = self.by_id.get(paragraph_id)
        if not isinstance(entity, Paragraph):
            raise KeyError(paragraph_id)
        return entity

    def section(self, section_id: str) -> Section:
        entity = self.by_id.get(section_id)
        if not isinstance(entity, Section):
            raise KeyError(section_id)
        return entity
