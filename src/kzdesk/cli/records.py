"""The command line's JSON records: the fixed contract other tools and tests rely on.

Each function maps one entity to the documented keys (plus a few extra keys that
only add information). Keep the documented keys stable.
"""

from __future__ import annotations

from typing import Any

from kzdesk.core.model import (
    Act,
    Citation,
    Dataset,
    Document,
    Project,
    Proposal,
    Section,
    Statistic,
    Term,
)


def citation_record(citation: Citation) -> dict[str, Any]:
    return {"document": citation.document, "locator": citation.locator, "text": citation.text}


def section_summary_record(section: Section) -> dict[str, Any]:
    return {"id": section.id, "number": section.number, "title": section.title, "paragraphs": len(section.paragraphs)}


def section_record(section: Section) -> dict[str, Any]:
    return {
        "id": section.id,
        "number": section.number,
        "title": section.title,
        "paragraphs": [
            {
                "id": p.id,
                "kind": p.kind,
                "text": p.text,
                "citations": [citation_record(c) for c in p.citations],
            }
            for p in section.paragraphs
        ],
    }


def proposal_record(proposal: Proposal) -> dict[str, Any]:
    return {
        "id": proposal.id,
        "number": proposal.number,
        "text": proposal.text,
        "themes": list(proposal.themes),
        "related": list(proposal.related),
        "source": proposal.paragraph,
    }


def statistic_record(stat: Statistic) -> dict[str, Any]:
    return {
        "id": stat.id,
        "indicator": stat.indicator,
        "value": stat.value,
        "unit": stat.unit,
        "year": stat.year,
        "section": stat.section,
        "table": stat.table,
        "row": stat.row,
        "source": stat.paragraph,
        "derived": stat.derived,
        "value_text": stat.value_text,
        "qualifier": stat.qualifier,
        "period": stat.period,
        "series": stat.series,
        "derivation": stat.derivation,
    }


def project_record(project: Project) -> dict[str, Any]:
    return {
        "id": project.id,
        "name": project.name,
        "aliases": list(project.aliases),
        "kind": project.kind,
        "description": project.description,
        "sections": list(project.sections),
        "source": project.paragraph,
        "operator": project.operator,
        "partners": list(project.partners),
        "websites": list(project.websites),
        "statistics": list(project.statistics),
        "parent": project.parent,
    }


def act_record(act: Act) -> dict[str, Any]:
    return {
        "id": act.id,
        "title": act.title,
        "description": act.description,
        "status": act.status,
        "area": act.area,
        "sections": list(act.sections),
        "citations": [citation_record(c) for c in act.citations],
        "source": act.paragraph,
    }


def document_record(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "number": document.number,
        "title": document.title,
        "url": document.url,
        "cited_by": list(document.cited_by),
        "date": document.date,
        "doc_number": document.doc_number,
    }


def term_record(term: Term) -> dict[str, Any]:
    record = {"id": term.id, "term": term.term, "definition": term.definition, "aliases": list(term.aliases)}
    if not term.listed:  # not in the report's list of abbreviations: say where the expansion comes from
        record.update(listed=False, source=term.source, paragraph=term.paragraph)
    return record


def statistics_for(dataset: Dataset, section: str | None, table: int | None) -> list[Statistic]:
    return [
        s
        for s in dataset.statistics
        if (section is None or s.section == section) and (table is None or s.table == table)
    ]
