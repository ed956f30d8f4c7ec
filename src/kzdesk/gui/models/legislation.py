"""The Legislation tab's tables: the legal changes (acts) and the report's source documents."""

from __future__ import annotations

from typing import Any

from kzdesk.core.labels import QT_TRANSLATE_NOOP, counted, section_label
from kzdesk.core.model import Act, Dataset, Document
from kzdesk.core.references import paragraph_order
from kzdesk.gui.models.records import Column, RecordTableModel


class ActsModel(RecordTableModel[Act]):
    """Every legal change the report describes, in report order."""

    kind = "act"
    TITLE, STATUS, AREA, SECTION = range(4)

    def __init__(self, dataset: Dataset, parent: Any = None) -> None:
        titles = {s.id: s.title for s in dataset.sections}
        self.columns = (
            Column(QT_TRANSLATE_NOOP("Columns", "Legal change"), lambda a: a.title, tooltip=lambda a: a.description),
            Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda a: a.status),
            Column(QT_TRANSLATE_NOOP("Columns", "Area"), lambda a: a.area),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Section"),
                lambda a: section_label(a.section, titles.get(a.section, "")),
                sort=lambda a: paragraph_order(a.paragraph),
                raw=lambda a: a.section,
                tooltip=lambda a: titles.get(a.section, a.section),
            ),
        )
        super().__init__(dataset.acts, parent)

    def text_of(self, record: Act) -> str:
        citations = " ".join(c.text for c in record.citations)
        return " ".join((record.title, record.description, record.status, record.area, citations))

    def values_of(self, record: Act) -> dict[str, Any]:
        return {"status": record.status, "area": record.area, "section": record.sections}


class DocumentsModel(RecordTableModel[Document]):
    """The report's list of source documents, numbered as printed."""

    kind = "document"
    NUMBER, TITLE, DATE, URL, CITED = range(5)

    def __init__(self, dataset: Dataset, parent: Any = None) -> None:
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP("Columns", "No."),
                lambda d: str(d.number),
                sort=lambda d: d.number,
                raw=lambda d: d.number,
                align_right=True,
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda d: d.title, tooltip=lambda d: d.text),
            Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda d: d.date or "—", raw=lambda d: d.date or ""),
            # The scheme is left off on screen (narrower column); copying and the details pane give it whole.
            Column(
                QT_TRANSLATE_NOOP("Columns", "Web address"),
                lambda d: _without_scheme(d.url) if d.url else "—",
                raw=lambda d: d.url or "",
                tooltip=lambda d: f"{d.url} — press Enter or double-click to open" if d.url else "No URL",
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Cited by"),
                lambda d: _cited_display(d),
                sort=lambda d: len(d.cited_by),
                raw=lambda d: len(d.cited_by),
                align_right=True,
            ),
        )
        super().__init__(dataset.documents, parent)

    def text_of(self, record: Document) -> str:
        return record.text


def _without_scheme(url: str) -> str:
    return url.split("://", 1)[-1]


def _cited_display(document: Document) -> str:
    return counted(len(document.cited_by), "paragraph")
