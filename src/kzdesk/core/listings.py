"""Printouts of what a tab lists: figures, legal changes with the source documents, projects
and the glossary. No Qt here; :mod:`kzdesk.gui.printing` renders these objects to pages.

A tab passes the ids of its rows in the order it shows them (its proxy's filter and sort
order), so the printout equals the screen. The command line has no view, so it filters
here instead: by section and by words, the way the tabs' word filter does (every word
appears, in any case; ё and е alike).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, TypeVar

from kzdesk.core.charts import ChartData, all_charts
from kzdesk.core.labels import fold, shown_of  # the tabs' word filter folds the same way
from kzdesk.core.model import Dataset, Statistic
from kzdesk.core.references import Kind
from kzdesk.core.summary import (
    DocumentEntry,
    KeyFigure,
    Mention,
    SummaryError,
    key_figure,
    section_heading,
    source_label,
)

T = TypeVar("T")


class FiguresListing(NamedTuple):
    title: str
    filters: tuple[str, ...]  # what selected the rows, in words; empty for all
    total: int  # figures in the dataset
    figures: tuple[KeyFigure, ...]  # in the order of the view


class LegislationListing(NamedTuple):
    title: str
    filters: tuple[str, ...]
    total: int  # legal changes in the dataset
    acts: tuple[Mention, ...]
    documents: tuple[DocumentEntry, ...]  # the source documents, with the paragraphs that cite them


class ProjectsListing(NamedTuple):
    title: str
    filters: tuple[str, ...]
    total: int
    projects: tuple[Mention, ...]


class GlossaryListing(NamedTuple):
    title: str
    filters: tuple[str, ...]
    total: int
    terms: tuple[tuple[str, str], ...]  # (abbreviation, meaning)


class ChartPrintout(NamedTuple):
    """One chart on its own page (printed landscape: a chart is wider than it is tall)."""

    title: str
    chart: ChartData


Listing = FiguresListing | LegislationListing | ProjectsListing | GlossaryListing | ChartPrintout


def _matches(words: Sequence[str], text: str) -> bool:
    folded = fold(text)
    return all(word in folded for word in words)


def _select(
    items: Sequence[T],
    id_of: Callable[[T], str],
    ids: Sequence[str],
    kind: str,
) -> list[T]:
    """Exactly ``ids``, in their order; SummaryError names the first unknown one."""
    by_id = {id_of(item): item for item in items}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        raise SummaryError(f"no {kind} with id {unknown[0]!r}")
    return [by_id[i] for i in dict.fromkeys(ids)]


def _filtered(
    items: Sequence[T],
    text_of: Callable[[T], str],
    query: str,
    filters: list[str],
) -> list[T]:
    words = fold(query).split()
    if not words:
        return list(items)
    filters.append(f"filter: “{' '.join(query.split())}”")
    return [item for item in items if _matches(words, text_of(item))]


def _check_section(dataset: Dataset, section: str | None) -> None:
    if section is not None and section not in {s.id for s in dataset.sections}:
        known = ", ".join(s.id for s in dataset.sections)
        raise SummaryError(f"no section with id {section!r} (known: {known})")


def figures_listing(
    dataset: Dataset, ids: Sequence[str] | None = None, section: str | None = None, query: str = ""
) -> FiguresListing:
    """The figures of the Statistics tab: exactly ``ids`` in their order, or all filtered by section and words."""
    filters: list[str] = []
    stats = list(dataset.statistics)
    if ids is not None:
        stats = _select(stats, lambda s: s.id, ids, "statistic")
        filters.append("as filtered and sorted on screen")
    if section is not None:
        _check_section(dataset, section)
        stats = [s for s in stats if s.section == section]
        filters.append(f"section: {section_heading(dataset.section(section))}")
    titles = {s.id: s.title for s in dataset.sections}

    def text_of(stat: Statistic) -> str:
        figure = key_figure(dataset, stat)
        parts = (
            figure.indicator,
            figure.figure,
            figure.unit,
            figure.when,
            figure.qualifier,
            figure.source,
            titles.get(stat.section, ""),
            figure.derivation,
        )
        return " ".join(parts)

    stats = _filtered(stats, text_of, query, filters)
    return FiguresListing(
        title="Statistics",
        filters=tuple(filters),
        total=len(dataset.statistics),
        figures=tuple(key_figure(dataset, s) for s in stats),
    )


def _documents(dataset: Dataset, ids: Sequence[str] | None = None) -> tuple[DocumentEntry, ...]:
    documents = _select(dataset.documents, lambda d: d.id, ids, "document") if ids else list(dataset.documents)
    return tuple(
        DocumentEntry(d.id, d.number, d.title, d.url, tuple(source_label(dataset, p) for p in d.cited_by))
        for d in documents
    )


def legislation_listing(
    dataset: Dataset, ids: Sequence[str] | None = None, query: str = "", document_ids: Sequence[str] = ()
) -> LegislationListing:
    """The legal changes (exactly ``ids`` in order, or all matching ``query``) and the source documents."""
    filters: list[str] = []
    acts = list(dataset.acts)
    if ids is not None:
        acts = _select(acts, lambda a: a.id, ids, "legal change")
        filters.append("as filtered and sorted on screen")
    acts = _filtered(acts, lambda a: " ".join((a.title, a.description, a.status, a.area)), query, filters)
    return LegislationListing(
        title="Legislation",
        filters=tuple(filters),
        total=len(dataset.acts),
        acts=tuple(
            Mention(a.id, a.title, a.status, a.description, a.paragraph, source_label(dataset, a.paragraph))
            for a in acts
        ),
        documents=_documents(dataset, document_ids),
    )


def projects_listing(dataset: Dataset, ids: Sequence[str] | None = None, query: str = "") -> ProjectsListing:
    filters: list[str] = []
    projects = list(dataset.projects)
    if ids is not None:
        projects = _select(projects, lambda p: p.id, ids, "project")
        filters.append("as filtered and sorted on screen")

    def text_of(project: object) -> str:
        p = project
        return " ".join((p.name, *p.aliases, p.kind, p.description, p.operator, *p.partners))  # type: ignore[attr-defined]

    projects = _filtered(projects, text_of, query, filters)
    return ProjectsListing(
        title="Projects",
        filters=tuple(filters),
        total=len(dataset.projects),
        projects=tuple(
            Mention(p.id, p.name, p.kind, p.description, p.paragraph, source_label(dataset, p.paragraph))
            for p in projects
        ),
    )


def glossary_listing(dataset: Dataset, ids: Sequence[str] | None = None, query: str = "") -> GlossaryListing:
    filters: list[str] = []
    terms = list(dataset.glossary)
    if ids is not None:
        terms = _select(terms, lambda t: t.id, ids, "glossary term")
        filters.append("as filtered and sorted on screen")
    terms = _filtered(terms, lambda t: " ".join((t.term, t.definition, *t.aliases)), query, filters)
    return GlossaryListing(
        title="List of abbreviations",
        filters=tuple(filters),
        total=len(dataset.glossary),
        terms=tuple((t.term, t.definition) for t in terms),
    )


def chart_printout(dataset: Dataset, chart_id: str) -> ChartPrintout:
    charts = {c.id: c for c in all_charts(dataset)}
    if chart_id not in charts:
        raise SummaryError(f"no chart with id {chart_id!r} (known: {', '.join(charts)})")
    return ChartPrintout(title=charts[chart_id].title, chart=charts[chart_id])


def count_line(shown: int, total: int, kind: Kind, filters: Iterable[str]) -> str:
    """ "11 of 234 figures · filter: “crime”", for the printout's title block."""
    return " · ".join([shown_of(shown, total, kind), *filters])


def build_listing(dataset: Dataset, request: object) -> Listing:
    """The listing a ``SummaryRequest`` of kind statistics/legislation/projects/glossary asks for."""
    kind = request.kind  # type: ignore[attr-defined]
    ids = request.ids  # type: ignore[attr-defined]
    query = request.query  # type: ignore[attr-defined]
    if kind == "statistics":
        return figures_listing(dataset, ids, request.section, query)  # type: ignore[attr-defined]
    if kind == "legislation":
        return legislation_listing(dataset, ids, query, request.document_ids)  # type: ignore[attr-defined]
    if kind == "projects":
        return projects_listing(dataset, ids, query)
    if kind == "glossary":
        return glossary_listing(dataset, ids, query)
    if kind == "chart":
        return chart_printout(dataset, ids[0] if ids else "")
    raise SummaryError(f"not a listing: {kind!r}")
