"""The Report tab: the table of contents beside one section's text.

Citations are links that open the cited document; abbreviations carry their
glossary definition as a tooltip (dotted underline); a find bar (its own button,
F3 / Shift+F3) counts and highlights matches; :meth:`open_target` scrolls to and
highlights a paragraph.
"""

from __future__ import annotations

# PySide6's ``Qt`` namespace is not imported at module level: its first use costs ≈ 40 ms of
# start-up (see kzdesk.gui.app.set_by_name). Only the handlers of user actions import it.
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QPalette, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kzdesk.core.model import Section
from kzdesk.gui.app import set_by_name
from kzdesk.gui.context import AppContext
from kzdesk.gui.find_bar import FindBar, find_shortcuts
from kzdesk.gui.report_html import GLOSSARY_PAGE, LINK_SCHEME, STYLE_SHEET, ReportHtml, section_heading
from kzdesk.gui.roles import IdRole
from kzdesk.gui.tabs.base import Tab
from kzdesk.gui.wrapping_list import WrappingListWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # only annotated: the link's QUrl arrives from Qt


class ReportBrowser(QTextBrowser):
    """A text browser that shows the glossary definition under the mouse as a tooltip."""

    def tooltip_at(self, point: QPoint) -> str:
        """The tooltip of the character at ``point`` (viewport coordinates), or ""."""
        from PySide6.QtCore import Qt

        document_point = point + QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        position = self.document().documentLayout().hitTest(document_point, Qt.HitTestAccuracy.ExactHit)
        if position < 0:
            return ""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position + 1)  # charFormat() is the format of the character before the cursor
        return cursor.charFormat().toolTip()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


class ReportTab(Tab):
    key = "report"
    title = "Report"
    printable = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._html = ReportHtml(context.dataset)
        self._page: str | None = None  # a section id or GLOSSARY_PAGE
        self._target: str | None = None  # the highlighted paragraph or term
        self._anchors: dict[str, tuple[int, int]] | None = None  # anchor name -> [start, end) in the document

        self.toc = WrappingListWidget(self)  # long section titles wrap instead of being cut off
        self.toc.setSpacing(1)
        self.toc.setAccessibleName("Table of contents")
        self._fill_toc()
        self.toc.currentItemChanged.connect(self._toc_changed)

        self.heading = QLabel(self)
        self.heading.setAccessibleName("Section title")
        set_by_name(self.heading, "textFormat", "PlainText")
        self.heading.setWordWrap(True)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.find_button = QToolButton(self)
        self.find_button.setText("Find in text")
        self.find_button.setToolTip("Find in this section (F3, Shift+F3 for the previous match)")
        self.find_button.setAccessibleName("Find in text")
        self.find_button.clicked.connect(self.open_find)

        self.browser = ReportBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("Report text")
        self.browser.document().setDefaultStyleSheet(STYLE_SHEET)
        self.browser.document().setDocumentMargin(12)
        self.browser.anchorClicked.connect(self._link_clicked)

        self.find_bar = FindBar(self.browser, self)
        self.find_bar.hide()
        self.find_bar.matches_changed.connect(self._apply_selections)

        header = QHBoxLayout()
        header.setContentsMargins(4, 0, 0, 0)
        header.addWidget(self.heading, 1)
        button_column = QVBoxLayout()  # the button stays at the top beside a heading that wraps
        button_column.addWidget(self.find_button)
        button_column.addStretch(1)
        header.addLayout(button_column)
        text_pane = QWidget(self)
        text_layout = QVBoxLayout(text_pane)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addLayout(header)
        text_layout.addWidget(self.find_bar)
        text_layout.addWidget(self.browser, 1)

        # Horizontal by default. No parent argument: to pick that overload PySide6 would load Qt.Orientation.
        self.splitter = QSplitter()
        self.splitter.addWidget(self.toc)
        self.splitter.addWidget(text_pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        next_key, previous_key = find_shortcuts()
        for key, slot in ((next_key, self.find_bar.find_next), (previous_key, self.find_bar.find_previous)):
            shortcut = QShortcut(key, self)
            set_by_name(shortcut, "context", "WidgetWithChildrenShortcut")
            shortcut.activated.connect(slot)

        self._open(context.dataset.sections[0].id if context.dataset.sections else GLOSSARY_PAGE, highlight=False)

    # --- table of contents -------------------------------------------------------------------
    def _fill_toc(self) -> None:
        def add(target: str, text: str) -> None:
            item = QListWidgetItem(text)
            item.setData(IdRole, target)
            self.toc.addItem(item)

        proposals = self._html.proposals_heading()
        for section in self.context.dataset.sections:
            add(section.id, section_heading(section))
            if proposals is not None and self.context.dataset.section_of_paragraph.get(proposals) is section:
                add(proposals, f"Proposals ({len(self.context.dataset.proposals)})")
        add(GLOSSARY_PAGE, "Abbreviations")

    def _select_toc(self, target: str) -> None:
        wanted = {target, self._page_of(target) or ""}
        best = None
        for row in range(self.toc.count()):
            item = self.toc.item(row)
            if item.data(IdRole) == target:
                best = item
                break
            if item.data(IdRole) in wanted and best is None:
                best = item
        if best is not None:
            self.toc.blockSignals(True)
            self.toc.setCurrentItem(best)
            self.toc.blockSignals(False)

    def _toc_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        target = item.data(IdRole)
        self._open(target, highlight=False)
        self.location_changed.emit(target)

    # --- pages -------------------------------------------------------------------------------
    def _page_of(self, target: str) -> str | None:
        dataset = self.context.dataset
        entity = dataset.by_id.get(target)
        if target == GLOSSARY_PAGE or target.startswith("term-") and entity is not None:
            return GLOSSARY_PAGE
        if isinstance(entity, Section):
            return entity.id
        section = dataset.section_of_paragraph.get(target)
        return section.id if section is not None else None

    def _show_page(self, page: str) -> None:
        if page == self._page:
            return
        self._page = page
        if page == GLOSSARY_PAGE:
            heading, html = "Abbreviations", self._html.glossary()
        else:
            section = self.context.dataset.section(page)
            heading, html = section_heading(section), self._html.section(section)
        self.heading.setText(heading)
        self.heading.setToolTip(heading)
        self.browser.setHtml(html)
        self._anchors = None  # indexed when a paragraph is first highlighted: most pages never need it

    def _index_anchors(self) -> dict[str, tuple[int, int]]:
        starts: list[tuple[int, str]] = []
        block = self.browser.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                for name in fragment.charFormat().anchorNames():
                    starts.append((fragment.position(), name))
                fragments += 1
            block = block.next()
        end = self.browser.document().characterCount() - 1
        anchors = {}
        for i, (start, name) in enumerate(starts):
            stop = starts[i + 1][0] if i + 1 < len(starts) else end
            anchors[name] = (start, max(start, stop - 1))
        return anchors

    # --- navigation --------------------------------------------------------------------------
    def open_target(self, target: str) -> bool:
        return self._open(target, highlight=True)

    def _open(self, target: str, highlight: bool) -> bool:
        page = self._page_of(target)
        if page is None:
            return False
        self._show_page(page)
        self._select_toc(target)
        if target == page:
            self._target = None
            self.browser.verticalScrollBar().setValue(0)
        else:
            self._target = target if highlight else None
            self.browser.scrollToAnchor(target)
        self._apply_selections()
        return True

    def current_location(self) -> str | None:
        return self._target or self._page

    def highlighted_range(self) -> tuple[int, int] | None:
        """Where the highlighted paragraph or term lies in the document, if one is highlighted."""
        if not self._target:
            return None
        if self._anchors is None:
            self._anchors = self._index_anchors()
        return self._anchors.get(self._target)

    def _apply_selections(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        span = self.highlighted_range()
        if span is not None:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            colour = self.palette().color(QPalette.ColorRole.Highlight)
            colour.setAlpha(55)
            selection.format.setBackground(colour)
            selections.append(selection)
        selections.extend(self.find_bar.selections())
        self.browser.setExtraSelections(selections)

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark: recolour the highlights.
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_selections()
        super().changeEvent(event)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.open_requested.emit(url.path())
        elif url.scheme() in ("http", "https"):
            self.context.open_url(url.toString())

    # --- find --------------------------------------------------------------------------------
    def open_find(self) -> None:
        self.find_bar.open_bar()

    def focus_filter(self) -> bool:
        self.open_find()
        return True

    # --- printing and state ------------------------------------------------------------------
    def print_request(self) -> object | None:
        choices = self.print_choices()
        return choices[0][1] if choices else None

    def print_choices(self) -> list[tuple[str, object]]:
        """What File → Print offers here, the first being the default."""
        from kzdesk.core.summary import SummaryRequest

        report = ("Whole report", SummaryRequest(kind="report"))
        if self._page is None:
            return [report]
        if self._page == GLOSSARY_PAGE:
            return [("List of abbreviations", SummaryRequest(kind="glossary")), report]
        return [
            ("Section summary", SummaryRequest(kind="section", section=self._page)),
            ("Section full text", SummaryRequest(kind="section", section=self._page, full_text=True)),
            report,
        ]

    def save_state(self) -> None:
        settings = self.context.settings
        settings.set_value("report/splitter", self.splitter.saveState())
        location = self.current_location()
        if location:
            settings.set_value("report/location", location)

    def restore_state(self) -> None:
        settings = self.context.settings
        state = settings.value("report/splitter")
        if not state.isEmpty():
            self.splitter.restoreState(state)
        location = settings.value("report/location")
        if not (location and self._open(location, highlight=True)):
            self._open(self._page or GLOSSARY_PAGE, highlight=False)
