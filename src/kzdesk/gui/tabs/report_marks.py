"""The user's own marks in the Report tab: highlights painted on the text, notes beside their paragraph.

Both come from the workspace, read once per page shown (one query for the edition's
highlights, one for its notes), and never on the start-up path: the tab turns them on a
moment after its first show (:meth:`ReportMarks.activate`), opening the workspace only
if its file exists.

A highlight is stored on its PARAGRAPH with offsets into the paragraph's own text (as the
dataset holds it); :class:`kzdesk.gui.workspace.anchoring.TextMap` maps them to where the
text browser shows them. A highlight whose quote the paragraph no longer has is not
painted (the Bookmarks panel lists it as detached). Highlights are extra selections:
they colour the text but are not in it, so copying the report copies its words only.

A note is a tinted box below its paragraph, labelled "Your note" with its time: a widget
laid over a gap made under the paragraph (the block's bottom margin), not text in the
document, so it is never copied or found as the report's text. Typing in it saves half a
second after the last key; a save that fails says NOT saved and keeps the text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QTimer, Signal
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from kzdesk.core.files import FileProblem
from kzdesk.core.model import Paragraph
from kzdesk.core.references import Kind, kind_of
from kzdesk.gui.workspace.anchoring import TextMap

if TYPE_CHECKING:
    from kzdesk.core.workspace.records import Highlight, Note
    from kzdesk.core.workspace.store import Workspace
    from kzdesk.gui.tabs.report import ReportTab

#: The store's colour names and the light tints they are painted with (dark text stays readable on each).
HIGHLIGHT_COLOURS: dict[str, str] = {
    "yellow": "#fff176",
    "green": "#b9f6ca",
    "blue": "#b3e5fc",
    "pink": "#f8bbd0",
    "orange": "#ffcc80",
    "purple": "#e1bee7",
}
COLOUR_LABELS = {
    "yellow": "Yellow",
    "green": "Green",
    "blue": "Blue",
    "pink": "Pink",
    "orange": "Orange",
    "purple": "Purple",
}
#: The tint of a note's box and its border: the user's own words, set apart from the report's.
NOTE_TINT = "#fff8dc"
NOTE_BORDER = "#d4b000"
NOTE_TEXT = "#1a1a1a"
SAVE_DELAY_MS = 500
GAP = 6  # pixels above and below a note box


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportMarks", text)


def paint_colour(colour: str | None) -> QColor:
    if colour and colour.startswith("#"):
        return QColor(colour).lighter(150) if QColor(colour).lightness() < 160 else QColor(colour)
    return QColor(HIGHLIGHT_COLOURS.get(colour or "yellow", HIGHLIGHT_COLOURS["yellow"]))


class NoteBox(QFrame):
    """One of the user's notes under its paragraph: "Your note", its time, and its text to edit in place."""

    #: The box needs another height (its text wrapped to more or fewer lines).
    resized = Signal()

    def __init__(self, note: Note, save: Callable[[str, str], Note | str], parent: QWidget) -> None:
        super().__init__(parent)
        self.note = note
        self._save = save
        self.setObjectName("your-note")
        self.setStyleSheet(
            f"QFrame#your-note {{ background: {NOTE_TINT}; border: 1px solid {NOTE_BORDER};"
            f" border-left: 4px solid {NOTE_BORDER}; border-radius: 3px; }}"
            f" QLabel, QPlainTextEdit {{ color: {NOTE_TEXT}; background: transparent; border: none; }}"
        )
        self.setAccessibleName(tr("Your note"))
        self.label = QLabel(self)
        self.label.setAccessibleName(tr("Your note: when it was saved"))
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(tr("Your note (click to edit)"))
        self.editor.setToolTip(tr("Your own note, not the report's text: click and type to edit it"))
        self.editor.setPlainText(note.text)
        self.editor.setFrameShape(QFrame.Shape.NoFrame)
        from PySide6.QtCore import Qt  # its first use costs ≈ 40 ms: not when the module loads

        self.editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor.setTabChangesFocus(True)
        self.editor.document().setDocumentMargin(2)
        self.editor.textChanged.connect(self._edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.setSpacing(0)
        layout.addWidget(self.label)
        layout.addWidget(self.editor)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._show_time()

    def _show_time(self, state: str = "") -> None:
        when = self.note.updated[:16].replace("T", " ")
        text = tr("<b>Your note</b> · {when} UTC").format(when=when)
        self.label.setText(f"{text} · {state}" if state else text)

    def height_for(self, width: int) -> int:
        """The box's height at ``width``: its label and its whole text, wrapped as the editor wraps it."""
        document = self.editor.document().clone()
        document.setDefaultFont(self.editor.font())
        document.setTextWidth(max(40, width - 8 - 6 - 5 - 1 - 2))  # the layout margins, the borders, a spare pixel
        body = int(document.size().height() + 0.999) + 6  # a few pixels spare: no last line cut by rounding
        return 4 + self.label.sizeHint().height() + body + 4

    def _edited(self) -> None:
        self._show_time(tr("not saved yet…"))
        self._timer.start()
        self.resized.emit()

    def save_now(self) -> bool:
        self._timer.stop()
        text = self.editor.toPlainText()
        if text == self.note.text:
            return True
        result = self._save(self.note.id, text)
        if isinstance(result, str):  # what was typed stays in the box; the next key tries again
            self._show_time(tr("<b>NOT saved</b>: {why}").format(why=result))
            return False
        self.note = result
        self._show_time(tr("saved"))
        return True


class _ResizeWatch(QObject):
    """Calls ``callback`` when the watched widget (the text's viewport) changes size: the boxes rewrap."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if event.type() == QEvent.Type.Resize:
            self._callback()
        return False


class ReportMarks:
    """Paints the highlights and lays the note boxes of the page the Report tab shows."""

    def __init__(self, tab: ReportTab) -> None:
        self.tab = tab
        self.active = False  # turned on after the first show: start-up reads no workspace
        self.highlights: list[tuple[Highlight, int, int]] = []  # shown on this page: (record, doc start, doc end)
        self.boxes: list[tuple[NoteBox, int]] = []  # (box, position of the block it sits under)
        self._gaps: dict[int, float] = {}  # block position -> its bottom margin before a gap was added
        self.colour = "yellow"  # the last colour chosen: Ctrl+H uses it
        self._resize_watch = _ResizeWatch(self.place_boxes, tab)
        #: Called after the user changed a mark here: the Bookmarks panel refreshes.
        self.changed: Callable[[], None] = lambda: None
        browser = tab.browser
        browser.verticalScrollBar().valueChanged.connect(self.place_boxes)
        # Making a gap changes the document's size: the boxes are laid again once, after the change (not inside it).
        self._place_later = QTimer(tab)
        self._place_later.setSingleShot(True)
        self._place_later.setInterval(0)
        self._place_later.timeout.connect(self.place_boxes)
        browser.document().documentLayout().documentSizeChanged.connect(lambda _size: self._place_later.start())
        self._placing = False
        #: The edition's highlights and notes as last read: (edition, highlights, notes).
        self._read: tuple[str, list[Highlight], list[Note]] | None = None
        self._maps: dict[str, TextMap | None] = {}  # the page's paragraphs' text maps, made when first needed
        browser.viewport().installEventFilter(self._resize_watch)

    # ---- the workspace --------------------------------------------------------------------
    def activate(self) -> None:
        if self.active:
            return
        self.active = True
        self.reload()

    def _workspace(self, create: bool = False) -> Workspace | None:
        session = self.tab.context.workspace_session
        return session.get() if create else session.peek()

    # ---- reading the page's marks ---------------------------------------------------------
    def reload(self, restore: bool = True, fresh: bool = True) -> None:
        """Show the shown page's highlights and notes, read again (``fresh``: one query each for the
        edition's, kept for the next pages until something changes) or as last read.

        ``restore``: the page's document is the one shown before (its gaps are undone first);
        False right after the page's HTML was set (there are none)."""
        self._clear(restore)
        if fresh:
            self._read = None
        if not self.active:
            return
        workspace = self._workspace()
        page = self.tab._page
        if workspace is None or page is None:
            self.tab._apply_selections()
            return
        section = self.tab.context.dataset.by_id.get(page)
        paragraphs = {p.id: p for p in getattr(section, "paragraphs", ())}
        edition = self.tab.context.edition_key
        if self._read is None or self._read[0] != edition:
            try:
                self._read = (edition, workspace.highlights(edition=edition), workspace.notes(edition=edition))
            except FileProblem as error:
                self.tab.context_status(tr("Your highlights and notes cannot be read: {why}").format(why=error.problem))
                return
        highlights = [h for h in self._read[1] if h.target in paragraphs]
        notes = [n for n in self._read[2] if n.target in paragraphs]
        from kzdesk.gui.workspace.anchoring import locate

        anchors = self.tab.anchors()
        for highlight in highlights:
            where = anchors.get(highlight.target)
            text_map = self.text_map(highlight.target)
            if where is None or text_map is None:
                continue
            found = locate(paragraphs[highlight.target].text, highlight.start, highlight.end, highlight.quote)
            if found is None:
                continue  # detached: the panel says so; never painted over other words
            start, end = (where[0] + text_map.to_shown(found[0]), where[0] + text_map.to_shown(found[1]))
            if end > start:
                self.highlights.append((highlight, start, end))
        for note in notes:
            where = anchors.get(note.target)
            if where is not None:
                self._add_box(note, where[1])
        self.tab._apply_selections()
        self.place_boxes()

    def _clear(self, restore: bool) -> None:
        self.highlights = []
        for box, _position in self.boxes:
            box.save_now()
            box.hide()
            box.deleteLater()
        self.boxes = []
        document = self.tab.browser.document()
        for position, base in self._gaps.items() if restore else ():
            block = document.findBlock(position)
            block_format = QTextBlockFormat(block.blockFormat())
            block_format.setBottomMargin(base)
            QTextCursor(block).setBlockFormat(block_format)
        self._gaps = {}
        if not restore:
            self._maps = {}  # another page's document

    def leave_page(self) -> None:
        """The tab is about to set another page's HTML: nothing of this page is painted on it."""
        self._clear(restore=False)

    def on_page_shown(self) -> None:
        """The tab set another page's HTML: its marks, if the marks are on."""
        self.reload(restore=False, fresh=False)

    # ---- positions ------------------------------------------------------------------------
    def text_map(self, paragraph_id: str) -> TextMap | None:
        """The map between the paragraph's text as shown and as the dataset holds it (None: not a paragraph)."""
        if paragraph_id not in self._maps:
            self._maps[paragraph_id] = self._text_map(paragraph_id)
        return self._maps[paragraph_id]

    def _text_map(self, paragraph_id: str) -> TextMap | None:
        paragraph = self.tab.context.dataset.by_id.get(paragraph_id)
        where = self.tab.anchors().get(paragraph_id)
        if not isinstance(paragraph, Paragraph) or where is None:
            return None
        cursor = QTextCursor(self.tab.browser.document())
        cursor.setPosition(where[0])
        cursor.setPosition(where[1], QTextCursor.MoveMode.KeepAnchor)
        shown = cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        return TextMap(shown, paragraph.text)

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        out = []
        for highlight, start, end in self.highlights:
            cursor = QTextCursor(self.tab.browser.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format.setBackground(paint_colour(highlight.colour))
            selection.format.setForeground(QColor(NOTE_TEXT))  # dark text on the light tint, in dark themes too
            out.append(selection)
        return out

    def highlight_at(self, position: int) -> Highlight | None:
        return next((h for h, start, end in self.highlights if start <= position < end), None)

    # ---- making and removing highlights ---------------------------------------------------
    def highlight_selection(self, colour: str | None = None) -> int:
        """Highlight the selected text, one highlight per paragraph it spans; how many were made (0: said why)."""
        colour = colour or self.colour
        cursor = self.tab.browser.textCursor()
        if not cursor.hasSelection():
            self.tab.context_status(tr("Select words in a paragraph first, then highlight them (Ctrl+H)"))
            return 0
        first, last = cursor.selectionStart(), cursor.selectionEnd()
        parts = []
        for paragraph_id, (start, end) in sorted(self.tab.anchors().items(), key=lambda item: item[1][0]):
            if end < first or start >= last or kind_of(paragraph_id) is not Kind.PARAGRAPH:
                continue
            paragraph = self.tab.context.dataset.by_id.get(paragraph_id)
            text_map = self.text_map(paragraph_id)
            if not isinstance(paragraph, Paragraph) or text_map is None or paragraph.table is not None:
                continue  # a table's cells are not its paragraph's text: not highlighted
            a = text_map.to_source(max(first, start) - start)
            b = text_map.to_source(min(last, end) - start)
            while a < b and paragraph.text[a].isspace():
                a += 1
            while b > a and paragraph.text[b - 1].isspace():
                b -= 1
            if b > a:
                parts.append((paragraph_id, a, b, paragraph.text[a:b]))
        if not parts:
            self.tab.context_status(tr("Nothing to highlight there: select words of the report's paragraphs"))
            return 0
        workspace = self._workspace(create=True)
        if workspace is None:
            return 0
        from kzdesk.core.workspace.records import InvalidEntry

        made = 0
        try:
            for paragraph_id, a, b, quote in parts:
                workspace.add_highlight(self.tab.context.ref(paragraph_id), a, b, quote, colour)
                made += 1
        except (FileProblem, InvalidEntry) as error:
            why = error.problem if isinstance(error, FileProblem) else str(error)
            self.tab.context_status(tr("NOT highlighted: {why}").format(why=why))
        self.colour = colour
        self.active = True
        if made:
            word = tr("paragraph") if made == 1 else tr("paragraphs")
            self.tab.context_status(tr("Highlighted in {n} {paragraphs}").format(n=made, paragraphs=word))
            cursor.clearSelection()
            self.tab.browser.setTextCursor(cursor)
        self.reload()
        self.changed()
        return made

    def remove(self, highlight_id: str) -> bool:
        workspace = self._workspace()
        if workspace is None:
            return False
        try:
            removed = workspace.remove_highlight(highlight_id)
        except FileProblem as error:
            self.tab.context_status(tr("The highlight was NOT removed: {why}").format(why=error.problem))
            return False
        self.tab.context_status(tr("Removed the highlight"))
        self.reload()
        self.changed()
        return removed

    # ---- note boxes -----------------------------------------------------------------------
    def _add_box(self, note: Note, end: int) -> None:
        box = NoteBox(note, self._save_note, self.tab.browser.viewport())
        box.resized.connect(self.place_boxes)
        block = self.tab.browser.document().findBlock(max(0, end))
        self.boxes.append((box, block.position()))
        box.show()

    def _save_note(self, note_id: str, text: str) -> Note | str:
        from kzdesk.core.workspace.records import InvalidEntry

        workspace = self._workspace()
        if workspace is None:
            return tr("your workspace cannot be opened")
        try:
            note = workspace.update_note(note_id, text)
        except (FileProblem, InvalidEntry) as error:
            why = error.problem if isinstance(error, FileProblem) else str(error)
            self.tab.context_status(tr("Your note is NOT saved: {why}").format(why=why))
            return why
        if self._read is not None:  # the next page shown (and this one again) has the new words
            edition, highlights, notes = self._read
            self._read = (edition, highlights, [note if n.id == note.id else n for n in notes])
        self.changed()
        return note

    def save_now(self) -> None:
        for box, _position in self.boxes:
            box.save_now()

    def place_boxes(self) -> None:
        """Make room under each noted paragraph and lay its boxes there (after scrolls, resizes, typing)."""
        if not self.boxes or self._placing:
            return
        self._placing = True  # a gap made below re-enters through Qt's signals: once is enough
        try:
            self._place()
        finally:
            self._placing = False

    def _place(self) -> None:
        browser = self.tab.browser
        document = browser.document()
        margin = document.documentMargin()
        width = max(120, int(browser.viewport().width() - 2 * margin - 16))
        heights: dict[int, list[tuple[NoteBox, int]]] = {}
        for box, position in self.boxes:
            heights.setdefault(position, []).append((box, box.height_for(width)))
        # The gaps first (changing one block's margin moves every block after it), then the boxes.
        for position, stacked in heights.items():
            block = document.findBlock(position)
            base = self._gaps.setdefault(position, block.blockFormat().bottomMargin())
            wanted = base + sum(h + GAP for _box, h in stacked) + GAP
            if abs(block.blockFormat().bottomMargin() - wanted) > 0.5:
                block_format = QTextBlockFormat(block.blockFormat())
                block_format.setBottomMargin(wanted)
                cursor = QTextCursor(block)
                cursor.setBlockFormat(block_format)
        layout = document.documentLayout()
        scroll = browser.verticalScrollBar().value()
        for position, stacked in heights.items():
            rect = layout.blockBoundingRect(document.findBlock(position))
            y = rect.bottom() + GAP - scroll
            for box, height in stacked:
                box.setGeometry(QRect(int(rect.left() + 8), int(y), width, height))
                y += height + GAP
