"""The report's sections and glossary as HTML for the Report tab's text browser.

Plain string functions (no Qt). Every dataset string is HTML-escaped before any
markup is added. Links use the ``kzdesk:`` scheme with an entity id as the path
(``kzdesk:document-3``); the tab turns a click into ``open_requested``. Each
paragraph starts with an anchor named after its id, so the tab can scroll to and
highlight it.
"""

from __future__ import annotations

import re
from functools import cached_property

from kzdesk.core.labels import escape
from kzdesk.core.model import Dataset, Paragraph, Section, Table

LINK_SCHEME = "kzdesk"
GLOSSARY_PAGE = "glossary"
# Abbreviations the text uses but its list does not carry, by where the expansion comes from.
UNLISTED_NOTES = {
    "text": "not in the report's list; expansion as the report's text gives it",
    "standard": "not in the report's list; standard expansion, the report gives none",
}

STYLE_SHEET = """
p { margin-top: 0px; margin-bottom: 10px; line-height: 135%; }
p.figure { font-style: italic; margin-bottom: 2px; }
p.figure-note { font-size: small; color: palette(placeholder-text); }
p.proposal { margin-left: 18px; }
p.table-caption { margin-top: 14px; }
h3 { margin-top: 14px; margin-bottom: 8px; }
th { text-align: left; padding: 4px 10px 4px 4px; }
td { padding: 4px 10px 4px 4px; }
td.number { text-align: right; }
a { text-decoration: none; }
"""

FIGURE_NOTE = (
    "This figure is an image in the printed report; its text gives no data for it, so kzdesk does not reproduce it."
)

ABBREVIATION_STYLE = "text-underline-style: dotted"

_CITATION_PART = re.compile(r"\s*(\d+)\b")


def link(target: str, text_html: str, title: str = "") -> str:
    title_attr = f' title="{escape(title)}"' if title else ""
    return f'<a href="{LINK_SCHEME}:{escape(target)}"{title_attr}>{text_html}</a>'


def anchor(name: str) -> str:
    return f'<a name="{escape(name)}"></a>'


class ReportHtml:
    """Renders one dataset; the glossary matcher is compiled once per dataset."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    @cached_property
    def _definitions(self) -> dict[str, str]:
        definitions = {}
        for term in self.dataset.glossary:
            for spelling in (term.term, *term.aliases):
                definitions[spelling] = f"{term.term}: {term.definition}"
        return definitions

    @cached_property
    def _abbreviation(self) -> re.Pattern[str] | None:
        spellings = sorted(self._definitions, key=len, reverse=True)
        if not spellings:
            return None
        # Abbreviations are upper case; whole words only, so "UN" never matches inside "UNT".
        return re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in spellings) + r")(?![\w-])")

    @cached_property
    def _tables(self) -> dict[str, Table]:
        return {t.paragraph: t for t in self.dataset.tables}

    def proposals_heading(self) -> str | None:
        """The paragraph that opens the list of proposals, for the table of contents."""
        for section in self.dataset.sections:
            for paragraph in section.paragraphs:
                if paragraph.kind == "heading" and paragraph.text.strip().lower() == "proposals":
                    return paragraph.id
        first = next((p for s in self.dataset.sections for p in s.paragraphs if p.kind == "proposal"), None)
        return first.id if first else None

    def section(self, section: Section) -> str:
        return "\n".join(self.paragraph(p) for p in section.paragraphs)

    def paragraph(self, paragraph: Paragraph) -> str:
        start = anchor(paragraph.id)
        if paragraph.kind == "heading":
            return f"<h3>{start}{self.inline(paragraph.text, paragraph)}</h3>"
        if paragraph.kind == "figure":
            # The report's Figures 1-3 are images whose data its text does not give: say so, not leave a bare caption.
            return (
                f'<p class="figure">{start}{self.inline(paragraph.text, paragraph)}</p>'
                f'<p class="figure-note">{FIGURE_NOTE}</p>'
            )
        if paragraph.kind == "table":
            table = self._tables.get(paragraph.id)
            if table is not None:
                return self.table(table, start)
            lines = (self.inline(line, paragraph) for line in paragraph.text.splitlines())
            return f"<p>{start}{'<br/>'.join(lines)}</p>"
        if paragraph.kind == "proposal" and paragraph.proposal is not None:
            number, _, rest = paragraph.text.partition(") ")
            proposal_id = f"proposal-{paragraph.proposal}"
            if rest and proposal_id in self.dataset.by_id:
                label = link(proposal_id, f"{escape(number)})", "Open in the Proposals tab")
                return f'<p class="proposal">{start}{label} {self.inline(rest, paragraph)}</p>'
            return f'<p class="proposal">{start}{self.inline(paragraph.text, paragraph)}</p>'
        return f"<p>{start}{self.inline(paragraph.text, paragraph)}</p>"

    def table(self, table: Table, start: str = "") -> str:
        # The anchor goes inside the caption: Qt drops an empty anchor that stands outside a paragraph.
        caption = link(table.id, f"<b>Table {table.number}.</b> {escape(table.title)}", "Open in the Statistics tab")
        head = "".join(f"<th>{escape(h)}</th>" for h in table.header)
        rows = []
        for row in table.rows:
            cells = "".join(f'<td class="number">{escape(c)}</td>' for c in row.cells)
            rows.append(f"<tr><td>{self.abbreviations(row.label)}</td>{cells}</tr>")
        body = "".join(rows)
        return (
            f'<p class="table-caption">{start}{caption}</p>'
            f'<table cellspacing="0" cellpadding="0" border="0"><tr>{head}</tr>{body}</table><p></p>'
        )

    def inline(self, text: str, paragraph: Paragraph) -> str:
        """``text`` escaped, with its citation brackets as links and abbreviations with definitions."""
        brackets = sorted({c.text for c in paragraph.citations if c.text and c.text in text}, key=len, reverse=True)
        if not brackets:
            return self.abbreviations(text)
        pattern = re.compile("|".join(re.escape(b) for b in brackets))
        out: list[str] = []
        position = 0
        for match in pattern.finditer(text):
            out.append(self.abbreviations(text[position : match.start()]))
            out.append(self.citation(match.group(0)))
            position = match.end()
        out.append(self.abbreviations(text[position:]))
        return "".join(out)

    def citation(self, bracket: str) -> str:
        """``[3, p. 121; 7, p. 5]`` with each document's part a link to that document."""
        inner = bracket[1:-1] if bracket.startswith("[") and bracket.endswith("]") else bracket
        parts = []
        for part in inner.split(";"):
            match = _CITATION_PART.match(part)
            document = self.dataset.by_id.get(f"document-{match.group(1)}") if match else None
            if match and document is not None:
                parts.append(link(f"document-{match.group(1)}", escape(part.strip()), getattr(document, "title", "")))
            else:
                parts.append(escape(part.strip()))
        return "[" + "; ".join(parts) + "]"

    def abbreviations(self, text: str) -> str:
        if self._abbreviation is None:
            return escape(text)
        out: list[str] = []
        position = 0
        for match in self._abbreviation.finditer(text):
            out.append(escape(text[position : match.start()]))
            definition = self._definitions[match.group(1)]
            # The dotted underline tells readers a definition is there (Qt maps this CSS to DotLine).
            term = escape(match.group(1))
            out.append(f'<span title="{escape(definition)}" style="{ABBREVIATION_STYLE}">{term}</span>')
            position = match.end()
        out.append(escape(text[position:]))
        return "".join(out)

    def glossary(self) -> str:
        rows = []
        for term in self.dataset.glossary:
            also = f" (also written {escape(', '.join(term.aliases))})" if term.aliases else ""
            if not term.listed:  # say plainly that this line is not the report's own list
                also += " <i>(" + escape(UNLISTED_NOTES.get(term.source, "")) + ")</i>"
            rows.append(
                f"<tr><td>{anchor(term.id)}<b>{escape(term.term)}</b></td><td>{escape(term.definition)}{also}</td></tr>"
            )
        return f'<table cellspacing="0" cellpadding="0" border="0">{"".join(rows)}</table>'
