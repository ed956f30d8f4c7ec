"""The Projects tab's table: every named project, programme, system and campaign of the report."""

from __future__ import annotations

from typing import Any

from kzdesk.core.labels import QT_TRANSLATE_NOOP, section_label
from kzdesk.core.model import Dataset, Project
from kzdesk.core.references import paragraph_order
from kzdesk.gui.models.records import Column, RecordTableModel


def _sections_display(project: Project) -> str:
    return ", ".join(section_label(sid).removeprefix("Section ") for sid in project.sections)


class ProjectsModel(RecordTableModel[Project]):
    kind = "project"
    NAME, KIND, OPERATOR, SECTIONS = range(4)
    columns = (
        # Sorted by the words, not the quotes some names open with (“reset” program).
        Column(
            QT_TRANSLATE_NOOP("Columns", "Name"),
            lambda p: p.name,
            sort=lambda p: p.name.lstrip("“\"«'"),
            raw=lambda p: p.name,
            tooltip=lambda p: p.description,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda p: p.kind),
        Column(QT_TRANSLATE_NOOP("Columns", "Operator"), lambda p: p.operator or "—", raw=lambda p: p.operator),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Sections"),
            _sections_display,
            sort=lambda p: paragraph_order(p.paragraph),
            raw=lambda p: " ".join(p.sections),
            tooltip=lambda p: "Mentioned in: " + ", ".join(section_label(s) for s in p.sections),
        ),
    )

    def __init__(self, dataset: Dataset, parent: Any = None) -> None:
        super().__init__(dataset.projects, parent)

    def text_of(self, record: Project) -> str:
        # The text filter finds a project by its name, any alias and the report's description of it.
        return " ".join((record.name, *record.aliases, record.description, record.operator, *record.partners))

    def values_of(self, record: Project) -> dict[str, Any]:
        return {"kind": record.kind, "section": record.sections}
