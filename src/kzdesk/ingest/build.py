"""Build an edition's dataset (``data/dataset.json`` for the bundled one) from the report
text and the curated annotations its edition description (``edition.toml``) names.

Deterministic: the same inputs give the same bytes, so a test can rebuild the
dataset and compare it with the committed file. Every curated fact is checked
against the paragraph it cites; a mismatch stops the build with a message.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kzdesk.core.dataset import DatasetError
from kzdesk.core.edition_description import EditionDescription, describe_edition
from kzdesk.core.model import (
    SCHEMA_VERSION,
    Act,
    Citation,
    Dataset,
    Digest,
    Document,
    Paragraph,
    Project,
    Proposal,
    ReportInfo,
    Section,
    Statistic,
    SummaryPoint,
    Table,
    TableRow,
    Term,
    Theme,
)
from kzdesk.core.summary import sentence_spans
from kzdesk.core.summary_rules import MAX_POINTS, MAX_WORD_SHARE, fewest_points, points_back, word_count
from kzdesk.ingest.report import ParsedReport, ReportShape, parse_report
from kzdesk.resources import data_path

STAT_ID = re.compile(r"^stat-[a-z0-9]+(?:-[a-z0-9]+)*$")
ANNOTATION_FILES = ("statistics", "projects", "legislation", "proposals", "themes", "glossary", "summaries")


class BuildError(ValueError):
    """An annotation does not match the report text."""


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def section_id(key: str) -> str:
    return f"section-{key}"


def _citations(parsed: list[Any]) -> tuple[Citation, ...]:
    return tuple(Citation(f"document-{c.document}", c.locator, c.text) for c in parsed)


def _sections(report: ParsedReport) -> tuple[Section, ...]:
    sections = []
    for parsed in report.sections:
        sid = section_id(parsed.key)
        paragraphs = tuple(
            Paragraph(
                id=f"{sid}-p{n}",
                kind=p.kind,
                text=p.text,
                line=p.line,
                citations=_citations(p.citations),
                table=p.table,
                proposal=p.proposal,
            )
            for n, p in enumerate(parsed.paragraphs, 1)
        )
        sections.append(Section(sid, parsed.number, parsed.title, paragraphs))
    return tuple(sections)


def _tables(sections: tuple[Section, ...], report: ParsedReport) -> tuple[Table, ...]:
    tables = []
    for parsed in report.tables:
        section, paragraph = next((s, p) for s in sections for p in s.paragraphs if p.table == parsed.number)
        rows = tuple(TableRow(row[0], tuple(row[1:])) for row in parsed.rows)
        tables.append(
            Table(
                f"table-{parsed.number}",
                parsed.number,
                parsed.title,
                tuple(parsed.header),
                rows,
                section.id,
                paragraph.id,
            )
        )
    return tuple(tables)


def parse_number(text: str) -> float:
    """The numeric value of a figure as printed: "1,717" → 1717, "-12.5%" → -12.5."""
    cleaned = text.replace(",", "").replace("%", "").replace("+", "").strip()
    value = float(cleaned)
    return int(value) if value.is_integer() else value


def _table_statistics(tables: tuple[Table, ...], shape: ReportShape) -> list[Statistic]:
    """One statistic per cell: a year cell is a count in ``shape.table_unit`` (a point of the
    row's series); a cell of the ``shape.dynamics_column`` is the printed change, the later year
    against the earlier, in % — stated by the report, so not derived, and outside the series."""
    unit, dyn = shape.table_unit, shape.dynamics_column
    stats = []
    for table in tables:
        years = [(i, int(h)) for i, h in enumerate(table.header[1:]) if h.isdigit()]
        dynamics = [i for i, h in enumerate(table.header[1:]) if h == dyn]
        _require(len(dynamics) <= 1 and len(years) == 2, f"table {table.number}: expected two years and {dyn}")
        for row in table.rows:
            slug = slugify(row.label)
            for column, year in years:
                text = row.cells[column]
                stats.append(
                    Statistic(
                        id=f"stat-table-{table.number}-{slug}-{year}",
                        indicator=f"{table.title}: {row.label}",
                        value=parse_number(text),
                        value_text=text,
                        unit=unit,
                        year=year,
                        section=table.section,
                        paragraph=table.paragraph,
                        series=f"table-{table.number}-{slug}",
                        table=table.number,
                        row=row.label,
                    )
                )
            for column in dynamics:
                text = row.cells[column]
                _require(text.endswith("%"), f"table {table.number}, {row.label}: {dyn} {text!r} is not a %")
                stats.append(
                    Statistic(
                        id=f"stat-table-{table.number}-{slug}-dynamics",
                        indicator=f"{table.title}: {row.label}, dynamics",
                        value=parse_number(text),
                        value_text=text,
                        unit="%",
                        # No year: the change is between the two, and a search for
                        # "taking bribe <year>" means that year's count.
                        year=None,
                        section=table.section,
                        paragraph=table.paragraph,
                        qualifier=f"{years[1][1]} vs {years[0][1]}",
                        table=table.number,
                        row=row.label,
                        note=f"As printed in the table's {dyn} column: {years[1][1]} against {years[0][1]}.",
                    )
                )
    return stats


def _check_series(statistics: list[Statistic]) -> None:
    """A series is what a chart plots: two or more points of one unit at distinct times."""
    series: dict[str, list[Statistic]] = {}
    for stat in statistics:
        if stat.series:
            series.setdefault(stat.series, []).append(stat)
    for key, points in series.items():
        _require(len(points) >= 2, f"statistics.toml: series {key!r} has a single point")
        _require(len({p.unit for p in points}) == 1, f"statistics.toml: series {key!r} mixes units")
        times = [(p.year, p.period) for p in points]
        _require(len(set(times)) == len(times), f"statistics.toml: series {key!r} has two points for one time")


def _load_toml(directory: Path, name: str) -> dict[str, Any]:
    path = directory / f"{name}.toml"
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise BuildError(message)


def _mentions(sections: tuple[Section, ...], names: list[str]) -> list[Paragraph]:
    # Names are matched on word boundaries, case- and diacritic-insensitively,
    # so "Adal Komek" also finds "Adal kómek".
    patterns = [re.compile(r"(?<!\w)" + re.escape(fold(n)) + r"(?!\w)") for n in names]
    found = []
    for section in sections:
        for paragraph in section.paragraphs:
            text = fold(paragraph.text)
            if any(p.search(text) for p in patterns):
                found.append(paragraph)
    return found


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def bundled_descriptions() -> list[Path]:
    """The edition descriptions of the bundled editions (``data/editions/<key>/edition.toml``)."""
    return sorted(data_path("editions").glob("*/edition.toml"))


def read_description(path: Path) -> EditionDescription:
    """BuildError if ``path`` is not a usable edition description."""
    try:
        return describe_edition(path)
    except DatasetError as error:
        raise BuildError(str(error)) from None


def build_edition(description: EditionDescription, text: str | None = None, annotations: Path | None = None) -> Dataset:
    """The dataset of the edition ``description`` describes; ``text`` and ``annotations``
    replace the ones it names (tests build edited copies)."""
    if text is None:
        try:
            text = description.text.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise BuildError(f"{description.path}: cannot read the text {description.text}: {error}") from None
    shape = ReportShape.from_table(description.shape, str(description.path))
    folder = description.annotations if annotations is None else annotations
    return build_dataset(text, folder, description.report, shape, description.text.name)


def build_dataset(
    report_text: str, annotations: Path, info: dict[str, Any], shape: ReportShape, source_file: str
) -> Dataset:
    """``info``: the edition's ``[report]`` table; ``source_file``: the text's file name."""
    report = parse_report(report_text, shape)
    sections = _sections(report)
    paragraphs = {p.id: p for s in sections for p in s.paragraphs}
    section_of = {p.id: s.id for s in sections for p in s.paragraphs}
    tables = _tables(sections, report)
    notes = {name: _load_toml(annotations, name) for name in ANNOTATION_FILES}

    def paragraph_of(entry: dict[str, Any], where: str) -> Paragraph:
        pid = entry.get("paragraph", "")
        _require(pid in paragraphs, f"{where}: unknown paragraph {pid!r}")
        return paragraphs[pid]

    themes = tuple(Theme(t["id"], t["label"]) for t in notes["themes"].get("theme", []))
    theme_ids = {t.id for t in themes}

    # Projects first: statistics and proposals refer to them.
    project_entries = notes["projects"].get("project", [])
    project_ids = {p["id"] for p in project_entries}
    _require(len(project_ids) == len(project_entries), "projects.toml: duplicate ids")

    statistics = _table_statistics(tables, shape)
    stat_projects: dict[str, list[str]] = {}
    for entry in notes["statistics"].get("statistic", []):
        where = f"statistics.toml: {entry.get('id')}"
        _require(bool(STAT_ID.match(entry.get("id", ""))), f"{where}: malformed id")
        paragraph = paragraph_of(entry, where)
        _require(entry["value_text"] in paragraph.text, f"{where}: {entry['value_text']!r} is not in {paragraph.id}")
        for project in entry.get("projects", []):
            _require(project in project_ids, f"{where}: unknown project {project!r}")
            stat_projects.setdefault(project, []).append(entry["id"])
        derived = bool(entry.get("derived", False))
        _require(derived == bool(entry.get("derivation")), f"{where}: derived values need a derivation, and only they")
        statistics.append(
            Statistic(
                id=entry["id"],
                indicator=entry["indicator"],
                value=entry["value"],
                value_text=entry["value_text"],
                unit=entry["unit"],
                year=entry.get("year"),
                section=section_of[paragraph.id],
                paragraph=paragraph.id,
                period=entry.get("period", ""),
                qualifier=entry.get("qualifier", ""),
                series=entry.get("series", ""),
                derived=derived,
                derivation=entry.get("derivation", ""),
                note=entry.get("note", ""),
            )
        )
    stat_ids = [s.id for s in statistics]
    _require(len(set(stat_ids)) == len(stat_ids), "statistics.toml: duplicate ids")
    _check_series(statistics)

    projects = []
    for entry in project_entries:
        where = f"projects.toml: {entry['id']}"
        paragraph = paragraph_of(entry, where)
        _require(entry["description"] in paragraph.text, f"{where}: description is not in {paragraph.id}")
        names = [entry["name"], *entry.get("aliases", [])]
        mentions = _mentions(sections, names)
        if "mentions" in entry:
            # A name that is also a common phrase ("Public Control") lists its real mentions.
            listed = [paragraphs[pid] for pid in entry["mentions"] if pid in paragraphs]
            _require(len(listed) == len(entry["mentions"]), f"{where}: unknown paragraph in mentions")
            _require(all(p in mentions for p in listed), f"{where}: a listed mention does not name the project")
            mentions = listed
        _require(paragraph in mentions, f"{where}: neither the name nor an alias occurs in {paragraph.id}")
        parent = entry.get("parent")
        _require(parent is None or parent in project_ids, f"{where}: unknown parent {parent!r}")
        projects.append(
            Project(
                id=entry["id"],
                name=entry["name"],
                aliases=tuple(entry.get("aliases", [])),
                kind=entry["kind"],
                description=entry["description"],
                section=section_of[paragraph.id],
                paragraph=paragraph.id,
                sections=tuple(dict.fromkeys(section_of[p.id] for p in mentions)),
                mentions=tuple(p.id for p in mentions),
                operator=entry.get("operator", ""),
                partners=tuple(entry.get("partners", [])),
                websites=tuple(entry.get("websites", [])),
                statistics=tuple(stat_projects.get(entry["id"], [])),
                parent=parent,
            )
        )

    acts = []
    for entry in notes["legislation"].get("act", []):
        where = f"legislation.toml: {entry['id']}"
        paragraph = paragraph_of(entry, where)
        _require(entry["description"] in paragraph.text, f"{where}: description is not in {paragraph.id}")
        acts.append(
            Act(
                id=entry["id"],
                title=entry["title"],
                description=entry["description"],
                status=entry["status"],
                area=entry["area"],
                section=section_of[paragraph.id],
                paragraph=paragraph.id,
                sections=(section_of[paragraph.id],),
                citations=paragraph.citations,
            )
        )

    curated = {p["number"]: p for p in notes["proposals"].get("proposal", [])}
    section_ids = {s.id for s in sections}
    proposals = []
    for parsed in report.proposals:
        entry = curated.get(parsed.number, {})
        where = f"proposals.toml: proposal {parsed.number}"
        for theme in entry.get("themes", []):
            _require(theme in theme_ids, f"{where}: unknown theme {theme!r}")
        for sid in entry.get("sections", []):
            _require(sid in section_ids, f"{where}: unknown section {sid!r}")
        for pid in entry.get("projects", []):
            _require(pid in project_ids, f"{where}: unknown project {pid!r}")
        paragraph = next(p for p in paragraphs.values() if p.proposal == parsed.number)
        proposals.append(
            Proposal(
                id=f"proposal-{parsed.number}",
                number=parsed.number,
                text=parsed.text,
                themes=tuple(entry.get("themes", [])),
                sections=tuple(entry.get("sections", [])),
                projects=tuple(entry.get("projects", [])),
                paragraph=paragraph.id,
            )
        )

    cited_by: dict[str, list[str]] = {}
    for paragraph in paragraphs.values():
        for citation in paragraph.citations:
            ids = cited_by.setdefault(citation.document, [])
            if paragraph.id not in ids:
                ids.append(paragraph.id)
    documents = tuple(
        Document(
            id=f"document-{d.number}",
            number=d.number,
            title=d.title,
            date=d.date,
            doc_number=d.doc_number,
            url=d.url,
            text=d.text,
            cited_by=tuple(cited_by.get(f"document-{d.number}", [])),
        )
        for d in report.documents
    )
    unknown = set(cited_by) - {d.id for d in documents}
    _require(not unknown, f"citations of unknown documents: {sorted(unknown)}")

    aliases = {t["term"]: tuple(t.get("aliases", [])) for t in notes["glossary"].get("term", [])}
    glossary = tuple(Term(f"term-{t.term}", t.term, t.definition, aliases.get(t.term, ())) for t in report.glossary)
    _require(set(aliases) <= {t.term for t in glossary}, "glossary.toml: aliases for unknown terms")
    glossary += _unlisted_terms(notes["glossary"].get("unlisted", []), glossary, paragraph_of)

    digests = _digests(notes["summaries"].get("summary", []), sections, statistics)

    return Dataset(
        schema_version=SCHEMA_VERSION,
        report=ReportInfo(
            title=info["title"],
            year=info["year"],
            source_file=source_file,
            sha256=hashlib.sha256(report_text.encode("utf-8")).hexdigest(),
            documents_note=report.documents_note,
            edition=info["key"],
            short_title=info.get("short_title", ""),
            citation_title=info.get("citation_title", ""),
            language=info.get("language", ""),
            source=info.get("source", ""),
        ),
        sections=sections,
        tables=tables,
        statistics=tuple(statistics),
        projects=tuple(projects),
        acts=tuple(acts),
        proposals=tuple(proposals),
        documents=documents,
        glossary=glossary,
        themes=themes,
        digests=digests,
    )


_TERM_SOURCES = ("text", "standard")


def _unlisted_terms(
    entries: list[dict[str, Any]], listed: tuple[Term, ...], paragraph_of: Callable[[dict[str, Any], str], Paragraph]
) -> tuple[Term, ...]:
    """Abbreviations the text uses but its list does not: each must occur as a word in
    its ``paragraph``; an expansion taken from the text must be printed (``printed``)
    in ``expanded_in`` (default: the same paragraph), which the term then cites."""
    known = {t.term for t in listed}
    terms = []
    for entry in entries:
        term, source = entry["term"], entry["source"]
        where = f"glossary.toml: unlisted {term!r}"
        _require(term not in known, f"{where} is in the report's list")
        _require(source in _TERM_SOURCES, f"{where}: source must be one of {_TERM_SOURCES}")
        paragraph = paragraph_of(entry, where)
        _require(re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", paragraph.text) is not None,
                 f"{where} does not occur in {paragraph.id}")  # fmt: skip
        if source == "text":
            paragraph = paragraph_of({"paragraph": entry.get("expanded_in", paragraph.id)}, where)
            printed = entry.get("printed", "")
            _require(bool(printed) and printed in paragraph.text, f"{where}: 'printed' must quote {paragraph.id}")
        aliases = tuple(entry.get("aliases", []))
        terms.append(Term(f"term-{term}", term, entry["definition"], aliases, False, source, paragraph.id))
        known.add(term)
    return tuple(terms)


def _digests(
    entries: list[dict[str, Any]], sections: tuple[Section, ...], statistics: list[Statistic]
) -> tuple[Digest, ...]:
    """The curated section summaries, each checked against the report (see summaries.toml)."""
    by_section = {s.id: s for s in sections}
    stats = {s.id: s for s in statistics}
    seen: set[str] = set()
    digests = []
    for entry in entries:
        sid = entry.get("section", "")
        where = f"summaries.toml: {sid}"
        _require(sid in by_section, f"summaries.toml: unknown section {sid!r}")
        _require(sid not in seen, f"{where}: summarised twice")
        seen.add(sid)
        section = by_section[sid]
        order = {p.id: i for i, p in enumerate(section.paragraphs)}
        # Every sentence of the section, in report order: (paragraph id, text).
        sentences = [
            (p.id, p.text[a:b]) for p in section.paragraphs if p.kind == "text" for a, b in sentence_spans(p.text)
        ]
        section_words = sum(word_count(p.text) for p in section.paragraphs)
        points = []
        for point in entry.get("points", []):
            pid, text = point.get("paragraph", ""), point.get("text", "")
            _require(pid in order, f"{where}: paragraph {pid!r} is not in the section")
            _require((pid, text) in sentences, f"{where}: {text[:60]!r}… is not a whole sentence of {pid}")
            points.append(SummaryPoint(pid, text))
        positions = [sentences.index((p.paragraph, p.text)) for p in points]
        _require(len(set(positions)) == len(positions), f"{where}: a sentence is chosen twice")
        _require(positions == sorted(positions), f"{where}: points are not in report order")
        fewest = fewest_points([word_count(t) for _pid, t in sentences], section_words)
        _require(fewest <= len(points) <= MAX_POINTS, f"{where}: {len(points)} points (allowed {fewest}–{MAX_POINTS})")
        held = sum(word_count(p.text) for p in points)
        _require(
            held <= MAX_WORD_SHARE * section_words,
            f"{where}: the points hold {held} of the section's {section_words} words (at most {MAX_WORD_SHARE:.0%})",
        )
        for index, (point, position) in enumerate(zip(points, positions, strict=True)):
            # A point that opens "Thus, …" needs the sentence it points back to printed just before it.
            shown_before = index > 0 and positions[index - 1] == position - 1
            _require(
                not points_back(point.text) or shown_before,
                f"{where}: {point.text[:40]!r}… points back to text not shown",
            )
        for stat_id in entry.get("figures", []):
            _require(stat_id in stats, f"{where}: unknown statistic {stat_id!r}")
            stat = stats[stat_id]
            _require(stat.section == sid, f"{where}: {stat_id} belongs to {stat.section}")
            stated = any(p.paragraph == stat.paragraph and stat.value_text in p.text for p in points)
            _require(not stated, f"{where}: {stat_id} is already stated by a key point")
        digests.append(Digest(sid, tuple(points), tuple(entry.get("figures", []))))
    return tuple(sorted(digests, key=lambda d: [s.id for s in sections].index(d.section)))


def dataset_to_json(dataset: Dataset) -> str:
    """Serialise with a fixed layout so rebuilds are byte-for-byte identical."""
    payload = asdict(dataset)
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"
