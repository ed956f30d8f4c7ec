"""What a briefing pack's items are called, and which references a pack may hold.

The command line and the Pack panel show each item by these labels, so a reader sees
the same words in both; the user's own items (their notes, their text blocks) are
always labelled as theirs. No Qt (the core contract).
"""

from __future__ import annotations

from collections.abc import Callable

from kzdesk.core.labels import (
    citation,
    format_number,
    paragraph_label,
    proposal_label,
    section_heading,
    table_label,
    translate,
)
from kzdesk.core.model import Act, Dataset, Document, Paragraph, Project, Proposal, Section, Statistic, Table, Term
from kzdesk.core.references import Kind, kind_of
from kzdesk.core.workspace.records import Note, PackItem

#: The kinds of thing a pack can gather (every kind a reader can open, charts included).
PACKABLE = frozenset(Kind) - {Kind.TERM}
_charts: dict[int, tuple[Dataset, dict[str, str]]] = {}


def chart_titles(dataset: Dataset) -> dict[str, str]:
    """Every chart's id and title (built once per dataset: ≈ 2 ms)."""
    cached = _charts.get(id(dataset))
    if cached is None or cached[0] is not dataset:
        from kzdesk.core.charts import all_charts

        cached = (dataset, {chart.id: chart.title for chart in all_charts(dataset)})
        _charts[id(dataset)] = cached
    return cached[1]


def is_known(dataset: Dataset, target: str) -> bool:
    """Whether ``target`` names something of ``dataset`` a pack can hold."""
    kind = kind_of(target)
    if kind is None or kind not in PACKABLE:
        return False
    if kind is Kind.CHART:
        return target in chart_titles(dataset)
    return target in dataset.by_id


def target_label(dataset: Dataset, target: str) -> str:
    """What a reader calls ``target``: "Section 5, para. 3", "Proposal 7", a chart's title …"""
    entity = dataset.by_id.get(target)
    if isinstance(entity, Paragraph):
        section = dataset.section_of_paragraph.get(target)
        return paragraph_label(target, section.title if section else "")
    if isinstance(entity, Section):
        return section_heading(entity)
    if isinstance(entity, Proposal):
        return proposal_label(entity.number)
    if isinstance(entity, Table):
        return f"{table_label(entity.number)}. {entity.title}"
    if isinstance(entity, Statistic):  # the figure as printed: else a figure and its chart look alike
        value = entity.value_text if entity.value_text and not entity.derived else format_number(entity.value)
        when = f" ({entity.year})" if entity.year is not None else ""
        return f"{value}{when} — {entity.indicator}"  # the value first: a narrow panel cuts the end
    if isinstance(entity, Project):
        return entity.name
    if isinstance(entity, (Act, Document)):
        return entity.title
    if isinstance(entity, Term):
        return entity.term
    if kind_of(target) is Kind.CHART and target in chart_titles(dataset):
        return chart_titles(dataset)[target]
    return translate("Packs", "An item this edition does not have ({id})").format(id=target)


def kind_label(item: PackItem) -> str:
    """The item's kind as the panel's first column says it; the user's own are marked "Your …"."""
    if item.kind == "text":
        return translate("Packs", "Your text")
    if item.kind == "note":
        return translate("Packs", "Your note")
    kind = kind_of(item.target)
    if kind is None:
        return translate("Packs", "Item")
    from kzdesk.core.references import KINDS

    word = KINDS[kind].singular
    return word[:1].upper() + word[1:]


def item_label(
    dataset: Dataset, item: PackItem, note_of: Callable[[str], Note | None], edition: str | None = None
) -> str:
    """One line for ``item``: what it is, a section's form, or the user's words (their first line).

    ``note_of`` finds a note by its id (the workspace's ``note``); ``edition``: the key of
    ``dataset`` (items of another edition say so instead of a label).
    """
    if item.kind == "text":
        return _first_line(item.text)
    if item.kind == "note":
        note = note_of(item.target)
        if note is None:
            return translate("Packs", "(this note was deleted)")
        on = target_label(dataset, note.target) if edition in (None, note.edition) else note.target
        return translate("Packs", "On {item}: {words}").format(item=on, words=_first_line(note.text))
    if edition is not None and item.edition != edition:
        return translate("Packs", "{id} (of the edition {edition}, not the one open)").format(
            id=item.target, edition=item.edition
        )
    label = target_label(dataset, item.target)
    if item.form == "summary":
        return translate("Packs", "{section} — summary").format(section=label)
    if item.form == "full":
        return translate("Packs", "{section} — full text").format(section=label)
    return label


def item_citation(dataset: Dataset, item: PackItem) -> str:
    """How the item cites the report ("" for the user's own text: it cites nothing)."""
    if item.kind != "ref" or not is_known(dataset, item.target):
        return ""
    entity = dataset.by_id.get(item.target)
    if isinstance(entity, Statistic) and entity.paragraph:
        return citation(dataset.report, paragraph_label(entity.paragraph, _section_title(dataset, entity.paragraph)))
    if isinstance(entity, Paragraph):
        return citation(dataset.report, paragraph_label(item.target, _section_title(dataset, item.target)))
    if kind_of(item.target) is Kind.CHART:
        return citation(dataset.report)
    return citation(dataset.report, _short(dataset, item.target))


def _short(dataset: Dataset, target: str) -> str:
    entity = dataset.by_id.get(target)
    if isinstance(entity, Section):
        from kzdesk.core.labels import section_name

        return section_name(entity)
    if isinstance(entity, Table):
        return table_label(entity.number)
    return target_label(dataset, target)


def _section_title(dataset: Dataset, paragraph_id: str) -> str:
    section = dataset.section_of_paragraph.get(paragraph_id)
    return section.title if section is not None else ""


def _first_line(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
