"""The details panes' content: safe HTML built from dataset entities, with links the tabs follow.

Every dataset string goes through :func:`html.escape`. Links to something inside the
report use the ``kzdesk:`` scheme (``kzdesk:section-1-p3``); links to a web page carry the
page's own URL and are only ever opened through ``AppContext.open_url`` (which asks first).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QUrl

from kzdesk.core import labels
from kzdesk.core.charts import ChartData
from kzdesk.core.labels import (
    DERIVED_MARK,
    counted,
    escape,
    format_number,
    full_citation,
    paragraph_label,
    proposal_label,
    section_label,
    table_label,
)
from kzdesk.core.model import Act, Citation, Dataset, Document, Paragraph, Project, Proposal, Statistic
from kzdesk.gui.models.html import MARK_CLOSE, MARK_OPEN, SCHEME, internal_link, web_link
from kzdesk.gui.models.proposals import proposal_html


def follow_link(url: QUrl, open_id: Callable[[str], None], open_url: Callable[[str], None]) -> None:
    """Route a clicked link: ``kzdesk:<id>`` to ``open_id``, anything else to ``open_url`` (which confirms)."""
    if url.scheme() == SCHEME:
        open_id(url.path())
    elif url.scheme() in ("http", "https"):
        open_url(url.toString())


def marked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` escaped, with the character ``spans`` highlighted; line breaks kept."""
    out: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if start < position or end <= start:
            continue
        out.append(escape(text[position:start]))
        out.append(MARK_OPEN + escape(text[start:end]) + MARK_CLOSE)
        position = end
    out.append(escape(text[position:]))
    return "".join(out).replace("\n", "<br>").replace("\t", " &nbsp;·&nbsp; ")


def occurrence(text: str, needle: str) -> list[tuple[int, int]]:
    start = text.find(needle) if needle else -1
    return [(start, start + len(needle))] if start >= 0 else []


def _paragraph_block(dataset: Dataset, paragraph_id: str, spans: list[tuple[int, int]] | None = None) -> str:
    try:
        paragraph = dataset.paragraph(paragraph_id)
    except KeyError:
        return f"<p>{escape(paragraph_id)}</p>"
    section = dataset.section_of_paragraph.get(paragraph_id)
    where = paragraph_label(paragraph_id, section.title if section else "")
    title = f" — {escape(section.title)}" if section else ""
    body = table_html(paragraph.text, spans or []) if paragraph.kind == "table" else marked(paragraph.text, spans or [])
    quoted = body if paragraph.kind == "table" else f"<blockquote>{body}</blockquote>"
    return f"<p>{internal_link(paragraph_id, 'Open ' + where + ' in the report')}{title}</p>{quoted}"


def table_html(text: str, spans: list[tuple[int, int]]) -> str:
    """A table paragraph (caption line, then tab-separated rows) as an HTML table; cells within ``spans`` marked."""
    lines = text.split("\n")
    out = []
    offset = 0
    for number, line in enumerate(lines):
        if number == 0 and "\t" not in line:
            out.append(f"<p><b>{escape(line)}</b></p><table width='100%' cellspacing='0' cellpadding='3' border='1'>")
            offset += len(line) + 1
            continue
        tag = "th" if number <= 1 else "td"
        cells = []
        for cell in line.split("\t"):
            start, end = offset, offset + len(cell)
            hit = any(s < end and start < e for s, e in spans)
            content = MARK_OPEN + escape(cell) + MARK_CLOSE if hit else escape(cell)
            align = "" if not cells else " align='right'"
            cells.append(f"<{tag}{align}>{content}</{tag}>")
            offset = end + 1
        out.append(f"<tr>{''.join(cells)}</tr>")
    if lines and "\t" not in lines[0]:
        out.append("</table>")
    return "".join(out)


def _table_cell_spans(paragraph: Paragraph, row_label: str, heading: str) -> list[tuple[int, int]]:
    """The span of the cell (row, column heading) in a table paragraph printed as tab-separated lines."""
    lines = paragraph.text.split("\n")
    if len(lines) < 2:
        return []
    header = [h.strip() for h in lines[1].split("\t")]
    column = header.index(heading) if heading in header else -1
    offset = 0
    for line in lines:
        cells = line.split("\t")
        if cells[0] == row_label and 0 < column < len(cells):
            start = offset + sum(len(c) + 1 for c in cells[:column])
            return [(start, start + len(cells[column]))]
        offset += len(line) + 1
    return []


def statistic_spans(dataset: Dataset, stat: Statistic) -> list[tuple[int, int]]:
    try:
        paragraph = dataset.paragraph(stat.paragraph)
    except KeyError:
        return []
    if stat.table is not None and stat.row:
        # A count sits under its year; the printed change (unit %) under "Dynamics".
        heading = "Dynamics" if stat.unit == "%" else str(stat.year)
        spans = _table_cell_spans(paragraph, stat.row, heading)
        if spans:
            return spans
    return occurrence(paragraph.text, stat.value_text)


def statistic_details(dataset: Dataset, stat: Statistic) -> str:
    value = format_number(stat.value)
    qualifier = f"{escape(stat.qualifier)} " if stat.qualifier else ""
    when = str(stat.year) if stat.year is not None else stat.period
    rows = [
        ("Value", f"{qualifier}{escape(value)} {escape(stat.unit)}"),
        ("As printed", f"“{escape(stat.value_text)}”"),
        ("Year", escape(when) if when else "not stated"),
        ("Section", section_link(dataset, stat.section)),
    ]
    if stat.table is not None:
        rows.append(("Table", internal_link(f"table-{stat.table}", table_label(stat.table))))
    if stat.derived:
        how = f": {escape(stat.derivation)}" if stat.derivation else ""
        rows.append(("Derived", f"{DERIVED_MARK} computed from figures the report states{how}; not printed as such"))
    if stat.note:
        rows.append(("Note", escape(stat.note)))
    if stat.series:
        rows.append(("Chart", internal_link(f"chart-{stat.series}", "Show this indicator as a chart")))
    body = "".join(f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{html}</td></tr>" for label, html in rows)
    return (
        f"<h3>{escape(stat.indicator)}</h3><table>{body}</table>"
        f"<p><b>Source paragraph</b></p>{_paragraph_block(dataset, stat.paragraph, statistic_spans(dataset, stat))}"
    )


def section_link(dataset: Dataset, section_id: str) -> str:
    """ "Section 5: Combating corruption in the civil service" as a link; the title alone for the others."""
    title = _title(dataset, section_id)
    label = section_label(section_id, title)
    return internal_link(section_id, f"{label}: {title}" if label != title else title)


def _title(dataset: Dataset, section_id: str) -> str:
    try:
        return dataset.section(section_id).title
    except KeyError:
        return section_id


def _citation_items(dataset: Dataset, citations: Iterable[Citation]) -> str:
    items = []
    for citation in citations:
        document = dataset.by_id.get(citation.document)
        if not isinstance(document, Document):
            continue
        locator = f", {escape(citation.locator)}" if citation.locator else ""
        items.append(f"<li>{internal_link(document.id, f'[{document.number}] {document.title}')}{locator}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else "<p>None.</p>"


def act_details(dataset: Dataset, act: Act) -> str:
    paragraph_text = ""
    try:
        paragraph_text = dataset.paragraph(act.paragraph).text
    except KeyError:
        pass
    sections = "; ".join(section_link(dataset, s) for s in act.sections)
    return (
        f"<h3>{escape(act.title)}</h3>"
        f"<p><b>Status:</b> {escape(act.status)} &nbsp; <b>Area:</b> {escape(act.area)}"
        f" &nbsp; <b>Mentioned in:</b> {sections}</p>"
        f"<p><b>The report's wording</b></p>"
        f"{_paragraph_block(dataset, act.paragraph, occurrence(paragraph_text, act.description))}"
        f"<p><b>Documents cited</b></p>{_citation_items(dataset, act.citations)}"
    )


def document_details(dataset: Dataset, document: Document) -> str:
    facts = []
    if document.date:
        facts.append(f"<b>Date:</b> {escape(document.date)}")
    if document.doc_number:
        facts.append(f"<b>No.</b> {escape(document.doc_number)}")
    url = (
        f"<p><b>Web address:</b> {web_link(document.url)} <i>(opens in your browser after you confirm)</i></p>"
        if document.url
        else "<p>No web address is given.</p>"
    )
    citing = []
    for paragraph_id in document.cited_by:
        try:
            paragraph = dataset.paragraph(paragraph_id)
        except KeyError:
            continue
        spans = [
            (start, start + len(c.text))
            for c in paragraph.citations
            if c.document == document.id and (start := paragraph.text.find(c.text)) >= 0
        ]
        citing.append(_paragraph_block(dataset, paragraph_id, spans[:1]))
    return (
        f"<h3>[{document.number}] {escape(document.title)}</h3><p>{' &nbsp; '.join(facts)}</p>{url}"
        f"<p><b>Cited in {counted(len(citing), 'paragraph')}</b></p>{''.join(citing)}"
    )


def project_details(dataset: Dataset, project: Project) -> str:
    parts = [f"<h3>{escape(project.name)}</h3><p><i>{escape(project.kind)}</i></p>"]
    parts.append(f"<p>{escape(project.description)}</p>")
    if project.aliases:
        parts.append(f"<p><b>Also called:</b> {escape(', '.join(project.aliases))}</p>")
    if project.operator:
        parts.append(f"<p><b>Operator:</b> {escape(project.operator)}</p>")
    if project.partners:
        parts.append(f"<p><b>Partners:</b> {escape('; '.join(project.partners))}</p>")
    if project.websites:
        links = ", ".join(web_link(_as_url(site)) for site in project.websites)
        parts.append(f"<p><b>Website:</b> {links} <i>(opens in your browser after you confirm)</i></p>")
    parent = dataset.by_id.get(project.parent) if project.parent else None
    if isinstance(parent, Project):
        parts.append(f"<p><b>Part of:</b> {internal_link(parent.id, parent.name)}</p>")
    children = [p for p in dataset.projects if p.parent == project.id]
    if children:
        parts.append("<p><b>Includes:</b> " + ", ".join(internal_link(c.id, c.name) for c in children) + "</p>")
    results = [s for sid in project.statistics if isinstance(s := dataset.by_id.get(sid), Statistic)]
    if results:
        items = "".join(
            f"<li>{internal_link(s.id, s.indicator)}: {escape(s.value_text)}"
            f"{' (' + escape(str(s.year)) + ')' if s.year else ''}</li>"
            for s in results
        )
        parts.append(f"<p><b>Key results</b></p><ul>{items}</ul>")
    mentions = "".join(
        f"<li>{internal_link(pid, paragraph_label(pid, _section_title_of(dataset, pid)))}"
        f" — {escape(_excerpt(dataset, pid))}</li>"
        for pid in project.mentions
    )
    parts.append(f"<p><b>Mentioned in {counted(len(project.mentions), 'paragraph')}</b></p><ul>{mentions}</ul>")
    return "".join(parts)


def _as_url(site: str) -> str:
    return site if "://" in site else f"https://{site}"


def _section_title_of(dataset: Dataset, paragraph_id: str) -> str:
    section = dataset.section_of_paragraph.get(paragraph_id)
    return section.title if section else ""


def _excerpt(dataset: Dataset, paragraph_id: str, length: int = 140) -> str:
    try:
        text = " ".join(dataset.paragraph(paragraph_id).text.split())
    except KeyError:
        return ""
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + "…"


def proposal_details(dataset: Dataset, proposal: Proposal, spans: list[tuple[int, int]] | None = None) -> str:
    themes = ", ".join(escape(t.label) for t in dataset.themes if t.id in proposal.themes)
    sections = "; ".join(section_link(dataset, s) for s in proposal.sections)
    projects = ", ".join(
        internal_link(p.id, p.name) for pid in proposal.projects if isinstance(p := dataset.by_id.get(pid), Project)
    )
    parts = [
        f"<p>{proposal_html(proposal, spans)}</p>",
        f"<p><b>Themes:</b> {themes or 'none'}</p>",
        f"<p><b>Related sections:</b> {sections or 'none'}</p>",
    ]
    if projects:
        parts.append(f"<p><b>Related projects:</b> {projects}</p>")
    parts.append(
        f"<p><b>Cite as:</b> {escape(labels.citation(dataset.report, proposal_label(proposal.number)))}<br>"
        f"{internal_link(proposal.paragraph, 'Open in the report (Conclusions)')}</p>"
    )
    return "".join(parts)


def chart_caption(dataset: Dataset, chart: ChartData) -> str:
    sources = "; ".join(
        internal_link(pid, paragraph_label(pid, _section_title_of(dataset, pid))) for pid in chart.sources
    )
    caption = f"<b>Source:</b> {escape(dataset.report.title)}, {sources}."  # as full_citation, with links
    if chart.has_derived:
        caption += (
            f"<br>{DERIVED_MARK} Hatched, lighter bars or hollow points are derived values, computed from "
            "figures the report states."
        )
    return caption


def chart_source_text(dataset: Dataset, chart: ChartData) -> str:
    """The caption as plain text, for exported images."""
    sources = "; ".join(paragraph_label(pid, _section_title_of(dataset, pid)) for pid in chart.sources)
    text = f"Source: {full_citation(dataset.report, sources)}."
    if chart.has_derived:
        text += f"  {DERIVED_MARK} Hatched bars / hollow points: derived values, computed from stated figures."
    return text
