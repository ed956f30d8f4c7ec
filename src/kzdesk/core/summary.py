"""What a printout says: structured, extractive content for section summaries, proposal
lists, the statistics and the whole report. No Qt here; :mod:`kzdesk.gui.printing`
renders these objects to pages.

Nothing is paraphrased. A section's key points are the report's own sentences that
carry a figure or a named measure (a stated statistic, a project or legal change it
names, a proposal), in report order; every item keeps the paragraph it came from so
that the printout can cite it.

The content records are named tuples, not dataclasses: the command line imports this
module for every printout, and a frozen dataclass costs several times more to define.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from kzdesk.core.charts import ChartData, all_charts, charts_for_section
from kzdesk.core.editions import running_title
from kzdesk.core.labels import fold_aligned, format_number, paragraph_label, section_heading
from kzdesk.core.model import Dataset, Paragraph, ReportInfo, Section, Statistic, Table
from kzdesk.core.references import KINDS as REFERENCE_KINDS
from kzdesk.core.references import Kind

if TYPE_CHECKING:
    from kzdesk.core.search import SearchIndex
    from kzdesk.core.user_marks import UserMarks

KINDS = ("section", "proposals", "statistics", "report", "legislation", "projects", "glossary", "chart", "tracker")


class SummaryError(ValueError):
    """The request names something the dataset does not have; the message says what."""


@dataclass(frozen=True)
class SummaryRequest:
    kind: str  # one of KINDS
    section: str | None = None  # for kind "section"
    query: str = ""  # for kind "proposals": search words
    theme: str | None = None  # for kind "proposals": a theme id
    proposal_ids: tuple[str, ...] = ()  # for kind "proposals": exactly these (selected in the GUI)
    full_text: bool = False  # for kind "section": the whole text instead of key points
    # For kinds "statistics", "legislation", "projects", "glossary" (see kzdesk.core.listings):
    # exactly these rows in this order (what the tab shows), else all, filtered by `section` and `query`.
    ids: tuple[str, ...] | None = None
    document_ids: tuple[str, ...] = ()  # for kind "legislation": the source documents in the tab's order
    # The user's notes (and, for proposals, their tracker entries) beside the items, marked as theirs;
    # the printing takes them from the UserMarks it is given (kzdesk.core.user_marks).
    with_notes: bool = False


class KeyPoint(NamedTuple):
    text: str  # one sentence of the report, verbatim
    paragraph: str
    source: str  # "Section 1, para. 5"
    reasons: tuple[str, ...]  # what it carries: "figure", "project", "legal change", "proposal"
    figures: tuple[tuple[int, int], ...] = ()  # [start, end) spans of the stated figures in `text`
    note: str = ""  # where what the sentence introduces is: "listed in Section 4, paras. 2–10"


class KeyFigure(NamedTuple):
    id: str
    indicator: str
    figure: str  # value_text as printed; for a derived value, the computed number
    unit: str
    when: str  # year, or the period the text gives
    qualifier: str
    derived: bool
    derivation: str
    paragraph: str
    source: str


class Mention(NamedTuple):
    """A project or a legal change, in the report's own words."""

    id: str
    name: str
    kind: str  # project kind ("national project") or act status ("amended")
    description: str
    paragraph: str
    source: str


class ProposalEntry(NamedTuple):
    id: str
    number: int
    text: str
    highlights: tuple[tuple[int, int], ...]  # [start, end) spans of matched words in `text`
    themes: tuple[str, ...]  # theme labels
    paragraph: str
    source: str


class DocumentEntry(NamedTuple):
    id: str
    number: int
    title: str
    url: str | None
    cited_in: tuple[str, ...]  # source labels of the citing paragraphs in scope


class TextParagraph(NamedTuple):
    id: str
    kind: str  # text | heading | figure | table | proposal
    text: str
    source: str
    table: Table | None = None  # the parsed table, for kind "table"
    charts: tuple[ChartData, ...] = ()  # charts whose last source is this paragraph, shown after it


class SectionSummary(NamedTuple):
    id: str
    heading: str  # "1. Criminal law statistics"
    key_points: tuple[KeyPoint, ...]
    paragraphs: tuple[TextParagraph, ...]  # the full text (tables and charts in place), or empty
    key_figures: tuple[KeyFigure, ...]  # the section's statistics outside its tables
    tables: tuple[Table, ...]
    charts: tuple[ChartData, ...]
    projects: tuple[Mention, ...]
    acts: tuple[Mention, ...]
    proposals: tuple[ProposalEntry, ...]
    documents: tuple[DocumentEntry, ...]
    full_text: bool  # asked for the full text; `paragraphs` is also filled when there are no key points
    figures_total: int = 0  # every statistic of the section (the Statistics tab lists them all)


class ProposalsSummary(NamedTuple):
    title: str
    filters: tuple[str, ...]  # what selected the entries, in words; empty for all
    corrected: str | None  # the query the search engine used instead of a misspelt one
    total: int  # proposals in the report
    entries: tuple[ProposalEntry, ...]


class FigureGroup(NamedTuple):
    section: str
    heading: str
    figures: tuple[KeyFigure, ...]


class StatisticsSummary(NamedTuple):
    title: str
    tables: tuple[Table, ...]
    charts: tuple[ChartData, ...]
    groups: tuple[FigureGroup, ...]  # the figures outside the tables, by section


class ReportSection(NamedTuple):
    id: str
    heading: str
    paragraphs: tuple[TextParagraph, ...]


class ReportSummary(NamedTuple):
    title: str
    sections: tuple[ReportSection, ...]
    documents: tuple[DocumentEntry, ...]
    documents_note: str
    glossary: tuple[tuple[str, str], ...]  # (abbreviation, meaning)


Summary = SectionSummary | ProposalsSummary | StatisticsSummary | ReportSummary


# --- labels ---------------------------------------------------------------------------


def source_label(dataset: Dataset, paragraph_id: str) -> str:
    """Where a paragraph is, as a reader of the printed report finds it: "Section 1, para. 3"."""
    section = dataset.section_of_paragraph.get(paragraph_id)
    if section is None:
        return paragraph_id
    return paragraph_label(paragraph_id, section.title)


#: A paragraph id inside text, perhaps in brackets: "(section-2-p1)".
_PARAGRAPH_ID = re.compile(r"\(?\b(" + REFERENCE_KINDS[Kind.PARAGRAPH].pattern + r")\b\)?")


def readable_ids(dataset: Dataset, text: str) -> str:
    """``text`` with internal paragraph ids ("(section-2-p1)") as a reader cites them ("(Section 2, para. 1)")."""
    return _PARAGRAPH_ID.sub(lambda m: f"({source_label(dataset, m.group(1))})", text)


def _figure_text(stat: Statistic) -> str:
    if not stat.derived and stat.value_text:
        return stat.value_text
    return format_number(stat.value)  # a derived value is never printed in the report: the number itself


def _when(stat: Statistic) -> str:
    if stat.year is not None and stat.period:
        return f"{stat.year} ({stat.period})"
    if stat.year is not None:
        return str(stat.year)
    return stat.period


def key_figure(dataset: Dataset, stat: Statistic) -> KeyFigure:
    return KeyFigure(
        id=stat.id,
        indicator=stat.indicator,
        figure=_figure_text(stat),
        unit=stat.unit,
        when=_when(stat),
        qualifier=stat.qualifier,
        derived=stat.derived,
        derivation=readable_ids(dataset, stat.derivation),
        paragraph=stat.paragraph,
        source=source_label(dataset, stat.paragraph),
    )


# --- sentences and what they carry ------------------------------------------------------

# Words after which a full stop does not end a sentence ("No. 154", "p. 121", "Tokayev K. K.").
_ABBREVIATIONS = frozenset(
    "no nos p pp art arts para paras item e.g i.e vs mr mrs ms dr st approx incl cf fig resp jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
# A sentence ends at . ! ? (and a closing quote or bracket), keeping a citation that follows it: "… [3, p. 121]".
_BOUNDARY = re.compile(r"[.!?]+[\"”’»)]*(?:\s*\[[^\]]*\])?\s+(?=[\"“«(]?[A-ZА-ЯЁ0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of ``text``, trailing spaces excluded."""
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        word = _WORD_BEFORE.search(text, 0, match.start())
        token = word.group(1).rstrip(".").casefold() if word else ""
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        end = match.end() - (len(match.group()) - len(match.group().rstrip()))
        spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


# A number the way the report states figures; what follows excludes numbers that are not figures.
_NUMBER = re.compile(r"(?<![\w.,-])\d+(?:,\d{3})*(?:\.\d+)?(?![\w-])")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_NOT_FIGURES = re.compile(
    rf"\[[^\]]*\]"  # citation brackets: [3, p. 121]
    rf"|\b(?:No|Nos|Article|Articles|articles|article|Item|item|paragraph|paragraphs|clause|p|pp)\.?\s+\d[\d.,\-\s]*(?:and\s+\d+)?"
    rf"|\b(?:{_MONTHS})\s+\d{{1,2}}(?!\d)(?:,\s*\d{{4}})?"  # dates: June 19, 2019
    rf"|\b\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?"
    rf"|\b(?:19|20)\d{{2}}(?:\s*[-–]\s*(?:19|20)?\d{{2}})?\b"  # years and year spans
    rf"|“\d+”"  # numbers used as names: call-center “1424”
    rf"|^\s*\d+\)"  # list numbering: "1) on implementation of …"
)


def _figure_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of numbers in ``text`` that state a figure (not a year, date, decree or list number)."""
    blocked = [m.span() for m in _NOT_FIGURES.finditer(text)]
    found = []
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if any(b0 <= start and end <= b1 for b0, b1 in blocked):
            continue
        found.append((start, end))
    return found


def _name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    folded = fold_aligned(text)
    spans: list[tuple[int, int]] = []
    for name in names:
        if not name:
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(fold_aligned(name)) + r"(?!\w)")
        spans.extend(m.span() for m in pattern.finditer(folded))
    return spans


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    if not needle:
        return []
    return [(m.start(), m.start() + len(needle)) for m in re.finditer(re.escape(needle), text)]


def _merge(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def key_points(dataset: Dataset, section: Section) -> tuple[KeyPoint, ...]:
    """The sentences of ``section`` that carry a figure or a named measure, in report order."""
    marks: dict[str, list[tuple[tuple[int, int], str]]] = {}
    stated: dict[str, list[tuple[int, int]]] = {}  # figures to print in bold (derived values are not stated)

    def mark(paragraph_id: str, spans: Iterable[tuple[int, int]], reason: str) -> None:
        marks.setdefault(paragraph_id, []).extend((span, reason) for span in spans)

    for paragraph in section.paragraphs:
        if paragraph.kind == "text":
            numbers = _figure_numbers(paragraph.text)
            mark(paragraph.id, numbers, "figure")
            stated.setdefault(paragraph.id, []).extend(numbers)
    for stat in dataset.statistics:
        if stat.section == section.id and stat.table is None and stat.paragraph in dataset.by_id:
            spans = _occurrences(dataset.paragraph(stat.paragraph).text, stat.value_text)
            mark(stat.paragraph, spans, "figure")
            if not stat.derived:
                stated.setdefault(stat.paragraph, []).extend(spans)
    for project in dataset.projects:
        names = (project.name, *project.aliases)
        for pid in project.mentions:
            if dataset.section_of_paragraph.get(pid) is section:
                mark(pid, _name_spans(dataset.paragraph(pid).text, names), "project")
    for act in dataset.acts:
        if dataset.section_of_paragraph.get(act.paragraph) is section:
            mark(act.paragraph, _occurrences(dataset.paragraph(act.paragraph).text, act.description), "legal change")

    points = []
    for paragraph in section.paragraphs:
        source = source_label(dataset, paragraph.id)
        if paragraph.kind == "proposal":
            points.append(KeyPoint(paragraph.text, paragraph.id, source, ("proposal",)))
            continue
        if paragraph.kind != "text" or paragraph.id not in marks:
            continue
        for start, end in sentence_spans(paragraph.text):
            reasons = tuple(dict.fromkeys(reason for (s, e), reason in marks[paragraph.id] if s < end and e > start))
            if reasons:
                figures = _merge(
                    (max(s, start) - start, min(e, end) - start)
                    for s, e in stated.get(paragraph.id, ())
                    if s < end and e > start
                )
                points.append(KeyPoint(paragraph.text[start:end], paragraph.id, source, reasons, figures))
    return tuple(points)


# --- builders -----------------------------------------------------------------------------


def _proposal_entry(dataset: Dataset, proposal_id: str, highlights: Sequence[tuple[int, int]] = ()) -> ProposalEntry:
    proposal = dataset.by_id[proposal_id]
    labels = {t.id: t.label for t in dataset.themes}
    return ProposalEntry(
        id=proposal.id,  # type: ignore[attr-defined]
        number=proposal.number,  # type: ignore[attr-defined]
        text=proposal.text,  # type: ignore[attr-defined]
        highlights=tuple(highlights),
        themes=tuple(labels.get(t, t) for t in proposal.themes),  # type: ignore[attr-defined]
        paragraph=proposal.paragraph,  # type: ignore[attr-defined]
        source=source_label(dataset, proposal.paragraph),  # type: ignore[attr-defined]
    )


def _documents_cited(dataset: Dataset, paragraphs: Iterable[Paragraph]) -> tuple[DocumentEntry, ...]:
    cited: dict[str, list[str]] = {}
    for paragraph in paragraphs:
        for citation in paragraph.citations:
            where = cited.setdefault(citation.document, [])
            if paragraph.id not in where:
                where.append(paragraph.id)
    entries = []
    for document in dataset.documents:
        if document.id in cited:
            labels = tuple(source_label(dataset, pid) for pid in cited[document.id])
            entries.append(DocumentEntry(document.id, document.number, document.title, document.url, labels))
    return tuple(entries)


def _text_paragraphs(dataset: Dataset, section: Section, charts: Sequence[ChartData]) -> tuple[TextParagraph, ...]:
    tables = {t.paragraph: t for t in dataset.tables}
    charts_after: dict[str, list[ChartData]] = {}
    for chart in charts:
        charts_after.setdefault(chart.sources[-1], []).append(chart)
    known = {p.id for p in section.paragraphs}
    # A chart whose sources lie elsewhere still belongs to this section: show it at the end.
    stray = [c for c in charts if c.sources[-1] not in known]
    result = []
    for index, paragraph in enumerate(section.paragraphs):
        after = charts_after.get(paragraph.id, [])
        if index == len(section.paragraphs) - 1:
            after = after + stray
        result.append(
            TextParagraph(
                id=paragraph.id,
                kind=paragraph.kind,
                text=paragraph.text,
                source=source_label(dataset, paragraph.id),
                table=tables.get(paragraph.id),
                charts=tuple(after),
            )
        )
    return tuple(result)


def _list_note(dataset: Dataset, section: Section, paragraph_id: str, text: str) -> str:
    """For a sentence that ends by introducing a list ("9 issues were considered:"), where the list is."""
    if not text.rstrip().endswith(":"):
        return ""
    ids = [p.id for p in section.paragraphs]
    items = []
    for paragraph in section.paragraphs[ids.index(paragraph_id) + 1 :]:
        if not re.match(r"\d+\)", paragraph.text):
            break
        items.append(paragraph.id)
    if not items:
        return ""
    first, last = (source_label(dataset, pid).rsplit(" ", 1)[-1] for pid in (items[0], items[-1]))
    return f"the list follows in paras. {first}–{last}" if len(items) > 1 else f"the list follows in para. {first}"


def curated_points(dataset: Dataset, section: Section) -> tuple[KeyPoint, ...] | None:
    """The section's curated key points (summaries.toml, checked by the build), or None if it has none."""
    digest = next((d for d in dataset.digests if d.section == section.id), None)
    if digest is None:
        return None
    return tuple(
        KeyPoint(
            text=point.text,
            paragraph=point.paragraph,
            source=source_label(dataset, point.paragraph),
            reasons=(),
            figures=tuple(_figure_numbers(point.text)),
            note=_list_note(dataset, section, point.paragraph, point.text),
        )
        for point in digest.points
    )


def _headline_figures(dataset: Dataset, section: Section) -> tuple[KeyFigure, ...] | None:
    digest = next((d for d in dataset.digests if d.section == section.id), None)
    if digest is None:
        return None
    return tuple(
        key_figure(dataset, stat) for sid in digest.figures if isinstance(stat := dataset.by_id.get(sid), Statistic)
    )


def section_summary(dataset: Dataset, section_id: str, full_text: bool = False) -> SectionSummary:
    try:
        section = dataset.section(section_id)
    except KeyError:
        known = ", ".join(s.id for s in dataset.sections)
        raise SummaryError(f"no section with id {section_id!r} (known: {known})") from None
    charts = tuple(charts_for_section(dataset, section.id))
    curated = None if full_text else curated_points(dataset, section)
    # A dataset built without summaries.toml falls back to every sentence that states a figure.
    points = () if full_text else curated if curated is not None else key_points(dataset, section)
    # A section without figures or named measures (the introduction) is printed in full instead.
    show_text = full_text or not points
    projects = tuple(
        Mention(p.id, p.name, p.kind, p.description, p.paragraph, source_label(dataset, p.paragraph))
        for p in dataset.projects
        if section.id in p.sections
    )
    acts = tuple(
        Mention(a.id, a.title, a.status, a.description, a.paragraph, source_label(dataset, a.paragraph))
        for a in dataset.acts
        if section.id in a.sections
    )
    return SectionSummary(
        id=section.id,
        heading=section_heading(section),
        key_points=points,
        paragraphs=_text_paragraphs(dataset, section, charts) if show_text else (),
        key_figures=headline
        if curated is not None and (headline := _headline_figures(dataset, section)) is not None
        else tuple(key_figure(dataset, s) for s in dataset.statistics if s.section == section.id and s.table is None),
        tables=tuple(t for t in dataset.tables if t.section == section.id),
        charts=charts,
        projects=projects,
        acts=acts,
        proposals=tuple(
            _proposal_entry(dataset, p.id)
            for p in dataset.proposals
            if section.id in p.related or (not full_text and dataset.section_of_paragraph.get(p.paragraph) is section)
        ),
        documents=_documents_cited(dataset, section.paragraphs),
        full_text=full_text,
        figures_total=sum(1 for s in dataset.statistics if s.section == section.id),
    )


def proposals_summary(
    dataset: Dataset,
    query: str = "",
    theme: str | None = None,
    proposal_ids: Sequence[str] = (),
    search_index: SearchIndex | None = None,
    order: Sequence[str] | None = None,
) -> ProposalsSummary:
    """Proposals in report order: all, the selected ones, or those matching a query and/or theme."""
    labels = {t.id: t.label for t in dataset.themes}
    if theme and theme not in labels:
        raise SummaryError(f"unknown theme {theme!r} (known: {', '.join(sorted(labels))})")
    chosen = [p for p in dataset.proposals]
    filters: list[str] = []
    if proposal_ids:
        known = {p.id for p in dataset.proposals}
        unknown = [i for i in proposal_ids if i not in known]
        if unknown:
            raise SummaryError(f"no proposal with id {unknown[0]!r}")
        wanted = set(proposal_ids)
        chosen = [p for p in chosen if p.id in wanted]
        filters.append(f"selected: {len(chosen)} of {len(dataset.proposals)}")
    if theme:
        chosen = [p for p in chosen if theme in p.themes]
        filters.append(f"theme: {labels[theme]}")
    highlights: dict[str, list[tuple[int, int]]] = {}
    corrected = None
    query = " ".join(query.split())
    if query:
        # Imported here: the search engine is only needed when there is a query.
        from kzdesk.core.search import SearchIndex, highlight_spans

        index = search_index if search_index is not None else SearchIndex.from_dataset(dataset)
        result = index.search(query, kind="proposal", limit=max(len(dataset.proposals), 1))
        matched = {hit.id for hit in result.hits}
        chosen = [p for p in chosen if p.id in matched]
        highlights = {p.id: list(highlight_spans(p.text, result.terms)) for p in chosen}
        corrected = result.corrected
        filters.insert(0, f"search: “{query}”")
    if order is not None:  # the order of the view the printout comes from
        position = {pid: i for i, pid in enumerate(order)}
        chosen = sorted((p for p in chosen if p.id in position), key=lambda p: position[p.id])
    return ProposalsSummary(
        title="Proposals",
        filters=tuple(filters),
        corrected=corrected,
        total=len(dataset.proposals),
        entries=tuple(_proposal_entry(dataset, p.id, highlights.get(p.id, ())) for p in chosen),
    )


def statistics_summary(dataset: Dataset) -> StatisticsSummary:
    groups = []
    for section in dataset.sections:
        figures = tuple(
            key_figure(dataset, s) for s in dataset.statistics if s.section == section.id and s.table is None
        )
        if figures:
            groups.append(FigureGroup(section.id, section_heading(section), figures))
    return StatisticsSummary(
        title="Statistics",
        tables=dataset.tables,
        charts=tuple(all_charts(dataset)),
        groups=tuple(groups),
    )


def report_summary(dataset: Dataset) -> ReportSummary:
    """The whole report: every section's text with its tables and charts, the sources and abbreviations."""
    sections = tuple(
        ReportSection(s.id, section_heading(s), _text_paragraphs(dataset, s, charts_for_section(dataset, s.id)))
        for s in dataset.sections
    )
    all_paragraphs = [p for s in dataset.sections for p in s.paragraphs]
    return ReportSummary(
        title=dataset.report.title,
        sections=sections,
        documents=_documents_cited(dataset, all_paragraphs),
        documents_note=dataset.report.documents_note,
        glossary=tuple((t.term, t.definition) for t in dataset.glossary),
    )


def build_summary(
    dataset: Dataset,
    request: SummaryRequest,
    search_index: SearchIndex | None = None,
    user: UserMarks | None = None,
) -> Summary:
    """The content ``request`` asks for; kind "tracker" is the user's status report, built from ``user``'s
    tracker entries (kzdesk.core.tracker_report: none given, every proposal is untracked)."""
    if request.kind == "tracker":
        from kzdesk.core.tracker_report import tracker_report

        return tracker_report(dataset, user.tracker.values() if user is not None else ())  # type: ignore[return-value]
    if request.kind == "section":
        if not request.section:
            raise SummaryError("a section summary needs a section id")
        return section_summary(dataset, request.section, request.full_text)
    if request.kind == "proposals":
        return proposals_summary(
            dataset, request.query, request.theme, request.proposal_ids, search_index, order=request.ids
        )
    if request.kind == "statistics" and request.ids is None and request.section is None and not request.query:
        return statistics_summary(dataset)
    if request.kind in ("statistics", "legislation", "projects", "glossary", "chart"):
        from kzdesk.core import listings  # imported here: listings builds on this module

        return listings.build_listing(dataset, request)  # type: ignore[return-value]
    if request.kind == "report":
        return report_summary(dataset)
    raise SummaryError(f"unknown summary kind {request.kind!r} (known: {', '.join(KINDS)})")


def describe(summary: Summary, report: ReportInfo) -> str:
    """The document's title, for the running header and the PDF's metadata (``report``: the edition's info)."""
    if isinstance(summary, SectionSummary):
        return "Section, full text" if summary.full_text else "Section summary"
    if isinstance(summary, ProposalsSummary):
        return "Proposals"
    if isinstance(summary, StatisticsSummary):
        return "Statistics"
    if isinstance(summary, ReportSummary):
        return running_title(report)
    return str(getattr(summary, "title", "kzdesk"))
