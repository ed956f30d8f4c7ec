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
from PySide6.QtGui import QHelpEvent, QKeySequence, QPalette, QShortcut, QTextCursor
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

from kzdesk.core.labels import section_heading
from kzdesk.core.model import Section
from kzdesk.core.references import Kind, kind_of
from kzdesk.gui.app import set_by_name
from kzdesk.gui.context import AppContext
from kzdesk.gui.find_bar import FindBar, find_shortcuts, match_colour
from kzdesk.gui.paragraph_margin import ParagraphMargin
from kzdesk.gui.report_html import GLOSSARY_PAGE, LINK_SCHEME, STYLE_SHEET, ReportHtml
from kzdesk.gui.roles import IdRole
from kzdesk.gui.tabs.base import Tab
from kzdesk.gui.wrapping_list import WrappingListWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QUrl  # only annotated: the link's QUrl arrives from Qt
    from PySide6.QtGui import QContextMenuEvent, QPaintEvent, QResizeEvent
    from PySide6.QtWidgets import QMenu

    from kzdesk.gui.tabs.report_marks import ReportMarks


#: How long after the text first paints the user's highlights and notes are read (ms).
MARKS_DELAY_MS = 250


class ReportBrowser(QTextBrowser):
    """A text browser that shows the glossary definition under the mouse as a tooltip,
    with each paragraph's number in its left margin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.margin = ParagraphMargin(self)
        #: Builds the text's context menu (the tab adds Highlight and Remove highlight); None: Qt's own.
        self.menu_hook: Callable[[QContextMenuEvent], None] | None = None
        #: Called once, after the text is first painted (the tab reads the user's marks then).
        self.first_painted: Callable[[], None] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.first_painted is not None:
            callback, self.first_painted = self.first_painted, None
            callback()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.menu_hook is not None:
            self.menu_hook(event)
        else:
            super().contextMenuEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.margin.update_width()

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
        self.previous_button = self._nav_button("‹ Previous", -1)
        self.next_button = self._nav_button("Next ›", 1)
        self.find_button = QToolButton(self)
        self.find_button.setText("Find in text")
        self.find_button.setToolTip("Find in the whole report (F3, Shift+F3 for the previous match)")
        self.find_button.setAccessibleName("Find in text")
        self.find_button.clicked.connect(self.open_find)

        self.browser = ReportBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("Report text")
        self.browser.document().setDefaultStyleSheet(STYLE_SHEET)
        self.browser.document().setDocumentMargin(12)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.margin.describe = self.describe_paragraph
        self.browser.margin.menu_requested = self._margin_menu

        self.find_bar = FindBar(self.browser, self)
        self.find_bar.hide()
        self.find_bar.matches_changed.connect(self._apply_selections)
        self.find_bar.field.textChanged.connect(self._count_in_report)
        self.find_bar.closed.connect(lambda: self._count_in_report(""))
        self.find_bar.overflow = self._find_in_next_page
        self.find_bar.field.setPlaceholderText("Find in the whole report")
        self._page_texts: dict[str, str] | None = None  # page -> its text as shown, lower case
        self._page_counts: dict[str, int] = {}
        self._toc_texts: dict[str, str] = {}  # page -> its contents entry without a match count
        self._terms: tuple[str, ...] = ()  # search terms marked in the highlighted paragraph
        #: The user's highlights and notes on the page: built a moment after the first show, never at start-up.
        self.marks: ReportMarks | None = None
        self.browser.menu_hook = self._text_menu
        self.browser.first_painted = self._schedule_marks

        header = QHBoxLayout()
        header.setContentsMargins(4, 0, 0, 0)
        header.addWidget(self.heading, 1)
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.find_button):
            buttons.addWidget(button)
        button_column = QVBoxLayout()  # the buttons stay at the top beside a heading that wraps
        button_column.addLayout(buttons)
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

        portable = QKeySequence.SequenceFormat.PortableText
        for key, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence.fromString(key, portable), self)
            set_by_name(shortcut, "context", "WidgetWithChildrenShortcut")
            shortcut.activated.connect(lambda step=step: self.step_page(step))

        # Ctrl+H: highlight the selected words (in the colour chosen last; the text's menu offers them all).
        highlight_key = QShortcut(QKeySequence.fromString("Ctrl+H", portable), self)
        set_by_name(highlight_key, "context", "WidgetWithChildrenShortcut")
        highlight_key.activated.connect(lambda: self.highlight_selection())

        next_key, previous_key = find_shortcuts()
        for key, slot in ((next_key, self.find_bar.find_next), (previous_key, self.find_bar.find_previous)):
            shortcut = QShortcut(key, self)
            set_by_name(shortcut, "context", "WidgetWithChildrenShortcut")
            shortcut.activated.connect(slot)

        self._open(context.dataset.sections[0].id if context.dataset.sections else GLOSSARY_PAGE, highlight=False)

    def _nav_button(self, text: str, step: int) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName("Previous section" if step < 0 else "Next section")
        button.clicked.connect(lambda: self.step_page(step))
        return button

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

    def pages(self) -> list[str]:
        """Every page in reading order: the sections, then the abbreviations."""
        return [section.id for section in self.context.dataset.sections] + [GLOSSARY_PAGE]

    def step_page(self, step: int) -> bool:
        """Open the next (``step`` 1) or previous (-1) section; False at either end."""
        pages = self.pages()
        index = pages.index(self._page) + step if self._page in pages else 0
        if not 0 <= index < len(pages):
            return False
        self._open(pages[index], highlight=False)
        self.location_changed.emit(pages[index])
        return True

    def _update_nav_buttons(self) -> None:
        pages = self.pages()
        index = pages.index(self._page) if self._page in pages else -1
        for button, other, words, key in (
            (self.previous_button, index - 1, "Previous", "Ctrl+PgUp"),
            (self.next_button, index + 1, "Next", "Ctrl+PgDown"),
        ):
            inside = 0 <= other < len(pages) and index >= 0
            button.setEnabled(inside)
            button.setToolTip(f"{words}: {self._page_title(pages[other])} ({key})" if inside else "")

    def _page_title(self, page: str) -> str:
        if page == GLOSSARY_PAGE:
            return "Abbreviations"
        return section_heading(self.context.dataset.section(page))

    def describe_paragraph(self, paragraph_id: str) -> str:
        """A paragraph's citation as every label in kzdesk writes it: "Section 5, para. 3"."""
        from kzdesk.core.summary import source_label

        return source_label(self.context.dataset, paragraph_id)

    def _margin_menu(self, paragraph_id: str, where: QPoint) -> None:
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QMenu

        from kzdesk.core.labels import citation as cite

        citation = cite(self.context.dataset.report, self.describe_paragraph(paragraph_id))
        menu = QMenu(self)
        menu.addAction("Copy citation", lambda: QGuiApplication.clipboard().setText(citation))
        menu.addAction("Copy reference", lambda: QGuiApplication.clipboard().setText(paragraph_id))  # the CLI's bare id
        self.add_context_actions(menu, paragraph_id)  # Add to Pack
        menu.exec(where)

    # --- pages -------------------------------------------------------------------------------
    def _page_of(self, target: str) -> str | None:
        dataset = self.context.dataset
        entity = dataset.by_id.get(target)
        if target == GLOSSARY_PAGE or kind_of(target) is Kind.TERM and entity is not None:
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
        self._update_nav_buttons()
        if self.marks is not None:
            self.marks.leave_page()
        self.browser.setHtml(html)
        self._anchors = None  # indexed when a paragraph is first highlighted: most pages never need it
        if self.marks is not None:
            self.marks.on_page_shown()

    def anchors(self) -> dict[str, tuple[int, int]]:
        """Each anchor of the page (paragraph ids): where it lies in the document, [start, end)."""
        if self._anchors is None:
            self._anchors = self._index_anchors()
        return self._anchors

    # --- the user's highlights and notes -----------------------------------------------------
    def _schedule_marks(self) -> None:
        # Once the text has painted, and a moment later: the window is on screen before the workspace is read.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(MARKS_DELAY_MS, self, self.ensure_marks)

    def ensure_marks(self) -> ReportMarks:
        """The page's highlights and notes, read from the workspace now if they were not yet."""
        if self.marks is None:
            from kzdesk.gui.tabs.report_marks import ReportMarks

            self.marks = ReportMarks(self)
            self.marks.changed = self._marks_changed
        self.marks.activate()
        return self.marks

    def workspace_changed(self) -> None:
        """Bookmarks, highlights or notes changed elsewhere (the panel, Add Note): show them again."""
        if self.marks is not None and self.marks.active:
            self.marks.reload()

    def _marks_changed(self) -> None:
        actions = getattr(self.window(), "workspace_actions", None)
        if actions is not None:
            actions.refresh(source=self)

    def highlight_selection(self, colour: str | None = None) -> int:
        """Highlight the selected words (Ctrl+H); how many paragraphs got a highlight."""
        return self.ensure_marks().highlight_selection(colour)

    def _text_menu(self, event: QContextMenuEvent) -> None:
        menu = self.text_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def text_menu(self, point: QPoint) -> QMenu:
        """The text's context menu at ``point`` (viewport coordinates): Qt's own (Copy, Select All), then
        Highlight in each colour when words are selected, and Remove Highlight on a highlight."""
        from functools import partial

        from kzdesk.gui.tabs.report_marks import COLOUR_LABELS, tr

        marks = self.ensure_marks()
        menu = self.browser.createStandardContextMenu(point)
        position = self.browser.cursorForPosition(point).position()
        menu.addSeparator()
        if self.browser.textCursor().hasSelection():
            colours = menu.addMenu(tr("&Highlight"))
            for colour, label in COLOUR_LABELS.items():
                text = tr(label) + ("\tCtrl+H" if colour == marks.colour else "")
                colours.addAction(text, partial(marks.highlight_selection, colour))
        under = marks.highlight_at(position)
        if under is not None:
            menu.addAction(tr("&Remove Highlight"), partial(marks.remove, under.id))
        return menu

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

    def mark_terms(self, terms: tuple[str, ...]) -> None:
        self._terms = terms
        self._apply_selections()

    def _open(self, target: str, highlight: bool) -> bool:
        page = self._page_of(target)
        if page is None:
            return False
        self._terms = ()  # marked words belong to the search hit that was opened, not to what comes next
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

    def reference(self) -> str | None:
        """The paragraph the text cursor is in (the reader clicked or selected there), else what is shown."""
        position = self.browser.textCursor().selectionStart()
        if self.browser.textCursor().hasSelection() or position > 0:
            inside = [pid for start, _n, pid in self.browser.margin.entries() if start <= position]
            if inside:
                return inside[-1]
        return self.current_location()

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
            selections.extend(self._term_selections(cursor))
        selections.extend(self.find_bar.selections())
        if self.marks is not None:  # the user's highlights under the find bar's matches
            selections[:0] = self.marks.selections()
        self.browser.setExtraSelections(selections)

    def _term_selections(self, span: QTextCursor) -> list[QTextEdit.ExtraSelection]:
        """The search words in the highlighted paragraph, marked as the find bar marks its matches."""
        if not self._terms:
            return []
        from kzdesk.core.search import highlight_spans

        # selectedText() has one character per document position (U+2029 between blocks).
        start = span.selectionStart()
        colour = match_colour(self.browser.palette())
        marks = []
        for a, b in highlight_spans(span.selectedText(), self._terms):
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(start + a)
            cursor.setPosition(start + b, QTextCursor.MoveMode.KeepAnchor)
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor
            mark.format.setBackground(colour)
            marks.append(mark)
        return marks

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

    def page_texts(self) -> dict[str, str]:
        """Each page's text as the browser shows it, lower case: built once, on the first find."""
        if self._page_texts is None:
            from PySide6.QtGui import QTextDocument

            texts = {}
            for page in self.pages():
                document = QTextDocument()
                document.setDefaultStyleSheet(STYLE_SHEET)
                if page == GLOSSARY_PAGE:
                    document.setHtml(self._html.glossary())
                else:
                    document.setHtml(self._html.section(self.context.dataset.section(page)))
                texts[page] = document.toPlainText().lower()
            self._page_texts = texts
        return self._page_texts

    def page_counts(self, text: str) -> dict[str, int]:
        """How often ``text`` occurs on each page (case-insensitive, as the find bar matches)."""
        needle = text.lower()
        if not needle:
            return {}
        return {page: n for page, body in self.page_texts().items() if (n := body.count(needle))}

    def _count_in_report(self, text: str) -> None:
        self._page_counts = self.page_counts(text)
        total = sum(self._page_counts.values())
        if not text:
            note = ""
        elif not total:
            note = "none in the report"
        else:
            sections = len(self._page_counts)
            note = f"{total} in the report ({sections} {'page' if sections == 1 else 'pages'})"
        self.find_bar.set_note(note)
        self._show_counts_in_toc()

    def _show_counts_in_toc(self) -> None:
        """Each contents entry with matches says how many: find across the report at a glance."""
        for row in range(self.toc.count()):
            item = self.toc.item(row)
            target = item.data(IdRole)
            plain = self._toc_texts.setdefault(target, item.text())
            count = self._page_counts.get(target, 0)
            item.setText(f"{plain} — {count}" if count else plain)
        self.toc.texts_changed()

    def _find_in_next_page(self, step: int) -> bool:
        """F3 past the last match here: open the next page with matches (wrapping at the end)."""
        order = self.pages()
        here = order.index(self._page) if self._page in order else 0
        others = [p for p in order[here + 1 :] + order[:here] if p in self._page_counts]
        if not others:
            return False
        target = others[0] if step > 0 else others[-1]
        self._open(target, highlight=False)
        self.location_changed.emit(target)
        if step < 0:
            self.find_bar.select_last()
        self.context_status(f"Continued in {self._page_title(target)}")
        return True

    def context_status(self, message: str) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(message, 4000)

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
            settings.set_value("report/location", self.context.ref(location).text())

    def restore_state(self) -> None:
        settings = self.context.settings
        state = settings.value("report/splitter")
        if not state.isEmpty():
            self.splitter.restoreState(state)
        stored = self.context.stored_ref(settings.value("report/location"))  # a bare id: written before editions
        location = stored.id if stored is not None else None
        if not (location and self._open(location, highlight=True)):
            self._open(self._page or GLOSSARY_PAGE, highlight=False)
