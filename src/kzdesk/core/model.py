"""The dataset's entities: plain, immutable dataclasses with no behaviour beyond lookups.

Every entity that states a fact carries ``paragraph``: the id of the report paragraph
it was taken from, so that the GUI, the command line and the printouts can cite it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

SCHEMA_VERSION = 1

ENTITY_KINDS = ("section", "proposal", "project", "act", "statistic", "document", "term")

class _Record:
    """Field-wise ``==``, ``hash`` and ``repr``, exactly as ``@dataclass(frozen=True)`` would generate them.

    Every entity is ``@dataclass(frozen=True, eq=False, repr=False)`` on this base: frozen fields
    and keyword construction as before, but these three methods are shared instead of generated
    per class. Python 3.11 compiles each generated method at import; 84 of them cost ≈ 20 ms of
    every start-up. (The classes' docstrings likewise spare dataclass an ``inspect.signature`` each.)
    """

    __slots__ = ()
    __dataclass_fields__: dict[str, Any]

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__dataclass_fields__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__dataclass_fields__)
        return f"{self.__class__.__qualname__}({fields})"


@dataclass(frozen=True, eq=False, repr=False)
class Citation(_Record):
    """One document referred to by a bracketed reference such as ``[3, p. 121]``."""

    document: str  # "document-3"
    locator: str  # "p. 121, 124" — may be empty ("[5]")
    text: str  # the whole bracket as printed, "[3, p. 121, 124; 7, p. 5]"


@dataclass(frozen=True, eq=False, repr=False)
class Paragraph(_Record):
    """One paragraph of the report (text, heading, figure caption, table or proposal) with its citations."""

    id: str  # "section-5-p3"
    kind: str  # text | heading | figure | table | proposal
    text: str
    line: int  # line in the report text, for readers who check the original
    citations: tuple[Citation, ...] = ()
    table: int | None = None
    proposal: int | None = None


@dataclass(frozen=True, eq=False, repr=False)
class Section(_Record):
    """The introduction, one of the 13 numbered sections, or the conclusions, with its paragraphs."""

    id: str  # "section-introduction", "section-1" … "section-13", "section-conclusions"
    number: int | None
    title: str
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True, eq=False, repr=False)
class TableRow(_Record):
    """One row of a report table: its label and its cells."""

    label: str
    cells: tuple[str, ...]  # as printed, aligned with Table.header[1:]


@dataclass(frozen=True, eq=False, repr=False)
class Table(_Record):
    """Table 1 or Table 2 of the report, as printed."""

    id: str  # "table-1"
    number: int
    title: str
    header: tuple[str, ...]
    rows: tuple[TableRow, ...]
    section: str
    paragraph: str


@dataclass(frozen=True, eq=False, repr=False)
class Statistic(_Record):
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


@dataclass(frozen=True, eq=False, repr=False)
class Project(_Record):
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


@dataclass(frozen=True, eq=False, repr=False)
class Act(_Record):
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


@dataclass(frozen=True, eq=False, repr=False)
class Proposal(_Record):
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


@dataclass(frozen=True, eq=False, repr=False)
class Document(_Record):
    """One of the source documents the bracketed references point to."""

    id: str  # "document-3"
    number: int
    title: str
    date: str | None
    doc_number: str | None
    url: str | None
    text: str  # the list entry exactly as printed
    cited_by: tuple[str, ...]  # paragraph ids


@dataclass(frozen=True, eq=False, repr=False)
class Term(_Record):
    """An abbreviation from the report's list, with its definition."""

    id: str  # "term-SMG"
    term: str
    definition: str
    aliases: tuple[str, ...] = ()  # other spellings the report uses (MDDIAI for MDPIAI)


@dataclass(frozen=True, eq=False, repr=False)
class Theme(_Record):
    """A theme that groups proposals."""

    id: str
    label: str


@dataclass(frozen=True, eq=False, repr=False)
class ReportInfo(_Record):
    """Which report the dataset was built from."""

    title: str
    year: int
    source_file: str
    sha256: str
    documents_note: str


@dataclass(frozen=True, eq=False, repr=False)
class Dataset(_Record):
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
