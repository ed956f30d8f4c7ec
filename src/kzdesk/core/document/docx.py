"""A briefing as a Word file (python-docx), walking only the document model.

Real "Heading 1"/"Heading 2" paragraphs (Word's navigation pane and table of contents work),
real tables, the bundled font named in every style, and citations as numbered superscript
markers with a "Sources and citations" list at the end. The user's own words are in a
shaded paragraph under their label, never run into the report's text. Charts are PNG images
when the caller supplies ``chart_png`` (kzdesk.gui.printing draws them); else a table of the
chart's values with a note. No Qt here (the core contract).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kzdesk.core.charts import ChartData
from kzdesk.core.document.model import (
    ChartBlock,
    Citation,
    Document,
    FigureBlock,
    Heading,
    ProposalBlock,
    ReportText,
    TableBlock,
    UserText,
)
from kzdesk.core.document.output import write_atomically
from kzdesk.core.labels import DERIVED_MARK, format_number, translate

ChartPng = Callable[[ChartData], bytes]
USER_SHADE = "EAF1F8"  # the user's paragraphs: a pale blue, as the printouts' boxes
CHART_WIDTH_INCHES = 6.0
#: What may follow w:shd inside w:pPr (ECMA-376 CT_PPrBase order).
_AFTER_SHD = (
    "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
    "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
    "w:sectPr", "w:pPrChange",
)  # fmt: skip


def _t(text: str) -> str:
    return translate("Document", text)


def write_docx(document: Document, path: str | Path, font_family: str, chart_png: ChartPng | None = None) -> Path:
    """Write ``document`` to ``path`` (atomically) in ``font_family``; returns the path."""
    word = render_docx(document, font_family, chart_png)
    return write_atomically(path, lambda temporary: word.save(str(temporary)))


def render_docx(document: Document, font_family: str, chart_png: ChartPng | None = None) -> Any:
    """The python-docx ``Document`` of ``document`` (not saved)."""
    import docx

    word = docx.Document()
    _fonts(word, font_family)
    word.core_properties.title = document.title
    word.core_properties.subject = document.edition
    _Writer(word, chart_png).write(document)
    return word


def _fonts(word: Any, family: str) -> None:
    from docx.oxml.ns import qn

    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Caption", "List Bullet", "Table Grid"):
        try:
            style = word.styles[name]
        except KeyError:
            continue
        style.font.name = family
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attribute), family)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(theme), None)


#: The figures table's columns (figure as printed, indicator, year, source) across a 6.3-inch text width.
FIGURE_COLUMNS_INCHES = (1.5, 3.1, 0.6, 1.1)


class _Writer:
    def __init__(self, word: Any, chart_png: ChartPng | None) -> None:
        self.word = word
        self.chart_png = chart_png
        self.numbers: dict[str, int] = {}  # citation text → its marker number

    def write(self, document: Document) -> None:
        word = self.word
        word.add_paragraph(document.title, style="Title")
        made = word.add_paragraph(
            _t("Made on {date} from {edition}").format(date=document.made, edition=document.edition)
        )
        made.runs[0].italic = True
        blocks = document.blocks
        index = 0
        while index < len(blocks):
            block = blocks[index]
            if isinstance(block, FigureBlock):
                run = [block]
                while index + 1 < len(blocks) and isinstance(blocks[index + 1], FigureBlock):
                    index += 1
                    run.append(blocks[index])  # type: ignore[arg-type]
                self.figures(run)
            elif isinstance(block, Heading):
                word.add_heading(block.text, level=min(max(block.level, 1), 2))
            elif isinstance(block, ReportText):
                self.report_text(block)
            elif isinstance(block, UserText):
                self.user_text(block.label, block.when, block.about, block.text)
            elif isinstance(block, ProposalBlock):
                self.proposal(block)
            elif isinstance(block, TableBlock):
                self.table(block)
            elif isinstance(block, ChartBlock):
                self.chart(block)
            index += 1
        self.sources(document)

    # ---- citations ---------------------------------------------------------------------------
    def mark(self, paragraph: Any, citation: Citation) -> None:
        number = self.numbers.setdefault(citation.text, len(self.numbers) + 1)
        run = paragraph.add_run(f"[{number}]")
        run.font.superscript = True

    def sources(self, document: Document) -> None:
        word = self.word
        word.add_heading(_t("Sources and citations"), level=1)
        for text, number in self.numbers.items():
            word.add_paragraph(f"[{number}] {text}")
        if document.sources:
            word.add_heading(_t("Source documents the items cite"), level=2)
            for source in document.sources:
                word.add_paragraph(source.text)

    # ---- blocks ---------------------------------------------------------------------------------
    def report_text(self, block: ReportText) -> None:
        style = "List Bullet" if block.kind == "point" else None
        paragraph = self.word.add_paragraph(style=style)
        run = paragraph.add_run(block.text)
        if block.kind == "heading":
            run.bold = True
        self.mark(paragraph, block.citation)

    def user_text(self, label: str, when: str, about: str, text: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        head = " — ".join(part for part in (label, about, when.replace("T", " ").removesuffix("Z")) if part)
        paragraph = self.word.add_paragraph()
        paragraph.add_run(head).bold = True
        for line in text.split("\n"):
            paragraph.add_run().add_break()
            paragraph.add_run(line)
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), USER_SHADE)
        # In the schema's place inside w:pPr (Word refuses a file whose pPr children are out of order).
        paragraph._p.get_or_add_pPr().insert_element_before(shading, *_AFTER_SHD)

    def proposal(self, block: ProposalBlock) -> None:
        paragraph = self.word.add_paragraph(block.text)
        self.mark(paragraph, block.citation)
        if block.tracked_label:
            parts = [_t("Status: {status}").format(status=block.status)]
            if block.unit:
                parts.append(_t("responsible: {unit}").format(unit=block.unit))
            if block.due:
                parts.append(_t("due: {date}").format(date=block.due))
            self.user_text(block.tracked_label, "", "", "; ".join(parts))

    def figures(self, figures: Sequence[FigureBlock]) -> None:
        headers = (_t("Figure"), _t("Indicator"), _t("Year"), _t("Source"))
        rows = []
        for figure in figures:
            shown = figure.as_printed + (f" {DERIVED_MARK}" if figure.derived else "")
            rows.append((shown, figure.indicator, figure.when, figure.citation))
        # The indicator is what a reader scans for: it gets the width (equal columns made each row a column of words).
        table = self._grid(headers, [r[:3] for r in rows], widths=FIGURE_COLUMNS_INCHES)
        for row, (*_, cite) in zip(table.rows[1:], rows, strict=True):
            cell = row.cells[3].paragraphs[0]
            cell.add_run(cite.place or cite.text)
            self.mark(cell, cite)
        derived = [f for f in figures if f.derived]
        for figure in derived:
            how = f" ({figure.derivation})" if figure.derivation else ""
            self.word.add_paragraph(
                _t(
                    "{mark} {figure}: derived from figures the report states{how}; the report does not state it."
                ).format(mark=DERIVED_MARK, figure=figure.as_printed, how=how),
                style="Caption",
            )

    def table(self, block: TableBlock) -> None:
        rows = block.printed or tuple(tuple("" if c is None else str(c) for c in row) for row in block.rows)
        self._grid(block.columns, rows)
        caption = self.word.add_paragraph(block.title + ". " + (block.citation.place or ""), style="Caption")
        self.mark(caption, block.citation)

    def chart(self, block: ChartBlock) -> None:
        chart = block.chart
        if self.chart_png is not None:
            from docx.shared import Inches

            self.word.add_picture(io.BytesIO(self.chart_png(chart)), width=Inches(CHART_WIDTH_INCHES))
        else:
            headers = (chart.category_label or _t("Category"), *(s.label or chart.unit for s in chart.series))
            rows = [
                (category, *(format_number(s.values[i]) for s in chart.series))
                for i, category in enumerate(chart.categories)
            ]
            self.word.add_paragraph(chart.title).runs[0].bold = True
            self._grid(headers, rows)
            self.word.add_paragraph(_t("The chart is given as a table of its values."), style="Caption")
        unit = f" ({chart.value_label})" if chart.unit else ""
        caption = self.word.add_paragraph(f"{chart.title}{unit}. {block.citation.place}", style="Caption")
        self.mark(caption, block.citation)

    def _grid(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float] | None = None
    ) -> Any:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Inches

        table = self.word.add_table(rows=1 + len(rows), cols=len(headers))
        table.style = "Table Grid"
        if widths is not None:
            table.autofit = False
            for column, width in zip(table.columns, widths, strict=True):
                column.width = Inches(width)  # the grid LibreOffice lays out by; Word reads the cells'
                for cell in column.cells:
                    cell.width = Inches(width)
        for cell, text in zip(table.rows[0].cells, headers, strict=True):
            cell.paragraphs[0].add_run(str(text)).bold = True
        header = table.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")  # the header row repeats on every page the table spans
        repeat.set(qn("w:val"), "true")
        header.append(repeat)
        for row, values in zip(table.rows[1:], rows, strict=True):
            for cell, text in zip(row.cells, values, strict=False):
                cell.paragraphs[0].add_run(str(text))
        return table
