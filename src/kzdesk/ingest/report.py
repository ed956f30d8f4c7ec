"""Parse the report's plain text into sections, paragraphs, tables, proposals,
source documents and glossary entries.

Each edition's text is an export of the report. Its structure is regular enough to
parse without annotations: headings are numbered lines, tables are tab-indented cells
separated by blank lines, proposals are ``N) text;`` lines. What differs between
editions (the banner lines, how many sections and documents there are) is the
edition's :class:`ReportShape`, read from its edition.toml ``[shape]`` table.
Anything this parser cannot place raises ``ReportFormatError`` so a changed
report text fails the build instead of silently dropping content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any

BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
SECTION_HEADING = re.compile(r"^(\d{1,2})\. (\S.*)$")
FIGURE_CAPTION = re.compile(r"^Figure (\d+)\. (.+)$")
TABLE_CAPTION = re.compile(r"^Table (\d+)\. (.+)$")
PROPOSAL_LINE = re.compile(r"^(\d{1,2})\) (.+?)([;.]?)$")
# A bracketed reference starts with a document number: [3, p. 121], [5], [7, p.14].
CITATION_BLOCK = re.compile(r"\[(\d[^\[\]]*)\]")
CITATION_PART = re.compile(r"^\s*(\d+)\s*(?:,\s*(.*?))?\s*$")
DOCUMENT_LINE = re.compile(r"^(\d+)\. (.+)$")
DOCUMENT_DATE = re.compile(r"dated ([A-Z][a-z]+ \d{1,2}, \d{4}) No\. ([\w.-]+?)\)?(?: /|$)")
GLOSSARY_LINE = re.compile(r"^(\S+)\s*\t\s*–\s*(.+)$")


class ReportFormatError(ValueError):
    """The report text does not have the structure this parser expects."""


@dataclass(frozen=True)
class ReportShape:
    """The structure of one edition's text (its edition.toml ``[shape]`` table); every field is required there."""

    introduction: str  # the line that opens the introduction
    body: str  # a banner line before section 1, skipped
    numbered_sections: int  # sections "1. Title" … "N. Title"
    conclusion: str  # the line that opens the conclusions
    conclusions_heading: str  # the banner repeated as a sub-heading, skipped
    proposals_heading: str  # the heading before the "1) text;" lines
    documents_heading: str  # how the line that opens the list of documents starts
    documents: int  # how many documents the list holds, numbered from 1
    documents_note: str  # how a note after the list starts
    abbreviations_heading: str  # how the line that opens the abbreviations starts
    table_unit: str  # what the year cells of the report's tables count ("crimes")
    dynamics_column: str  # the header of a table's column of printed changes, in %

    @classmethod
    def from_table(cls, table: dict[str, Any], where: str) -> ReportShape:
        values = {}
        for f in fields(cls):
            value = table.get(f.name)
            expected = int if f.type in ("int", int) else str
            if type(value) is not expected or value in ("", 0):
                kind = "a whole number above 0" if expected is int else "text"
                raise ReportFormatError(f"{where}: [shape] needs {f.name} = {kind}")
            values[f.name] = value
        unknown = set(table) - set(values)
        if unknown:
            raise ReportFormatError(f"{where}: [shape] has an unknown field {sorted(unknown)[0]!r}")
        return cls(**values)


@dataclass(frozen=True)
class Citation:
    document: int
    locator: str
    text: str


@dataclass
class ParsedParagraph:
    kind: str  # text | heading | figure | table | proposal
    text: str
    line: int  # 1-based line number in the report text
    citations: list[Citation] = field(default_factory=list)
    table: int | None = None
    proposal: int | None = None


@dataclass
class ParsedTable:
    number: int
    title: str
    header: list[str]
    rows: list[list[str]]
    line: int


@dataclass
class ParsedSection:
    key: str  # "introduction", "1".."13", "conclusions"
    number: int | None
    title: str
    paragraphs: list[ParsedParagraph] = field(default_factory=list)


@dataclass
class ParsedProposal:
    number: int
    text: str
    line: int


@dataclass
class ParsedDocument:
    number: int
    title: str
    date: str | None
    doc_number: str | None
    url: str | None
    text: str


@dataclass
class ParsedTerm:
    term: str
    definition: str


@dataclass
class ParsedReport:
    sections: list[ParsedSection]
    tables: list[ParsedTable]
    proposals: list[ParsedProposal]
    documents: list[ParsedDocument]
    glossary: list[ParsedTerm]
    documents_note: str


def parse_citations(text: str) -> list[Citation]:
    """Split every bracketed reference in ``text`` into one citation per document."""
    citations: list[Citation] = []
    for block in CITATION_BLOCK.finditer(text):
        for part in block.group(1).split(";"):
            match = CITATION_PART.match(part)
            if not match:
                raise ReportFormatError(f"unreadable reference {block.group(0)!r}")
            citations.append(
                Citation(
                    document=int(match.group(1)),
                    locator=(match.group(2) or "").strip(),
                    text=block.group(0),
                )
            )
    return citations


def _clean(line: str) -> str:
    return BOOKMARK.sub("", line).strip()


def _parse_table(lines: list[str], start: int, number: int, title: str) -> tuple[ParsedTable, int]:
    """Read tab-indented cells after a table caption; blank lines separate rows."""
    rows: list[list[str]] = []
    current: list[str] = []
    index = start
    while index < len(lines):
        raw = lines[index]
        if raw.startswith("\t"):
            current.append(raw.strip())
        elif raw.strip() == "":
            if current:
                rows.append(current)
                current = []
        else:
            break
        index += 1
    if current:
        rows.append(current)
    if len(rows) < 2 or any(len(row) != len(rows[0]) for row in rows):
        raise ReportFormatError(f"Table {number} has ragged or missing rows")
    return ParsedTable(number, title, rows[0], rows[1:], start), index


def parse_report(text: str, shape: ReportShape) -> ParsedReport:
    lines = text.split("\n")
    sections: list[ParsedSection] = []
    tables: list[ParsedTable] = []
    proposals: list[ParsedProposal] = []
    documents: list[ParsedDocument] = []
    glossary: list[ParsedTerm] = []
    documents_note = ""

    current: ParsedSection | None = None
    part = "front"  # front | body | conclusions | proposals | documents | glossary
    index = 0
    while index < len(lines):
        line_no = index + 1
        line = _clean(lines[index])
        index += 1
        if not line:
            continue
        if part == "front":
            if line == shape.introduction:
                current = ParsedSection("introduction", None, "Introduction")
                sections.append(current)
                part = "body"
                continue
            raise ReportFormatError(f"line {line_no}: text before {shape.introduction}")
        if line == shape.body:
            continue
        if line == shape.conclusion:
            current = ParsedSection("conclusions", None, "Conclusions")
            sections.append(current)
            part = "conclusions"
            continue
        if part == "body":
            heading = SECTION_HEADING.match(line)
            expected = 1 if current is None or current.number is None else current.number + 1
            if heading and int(heading.group(1)) == expected:
                current = ParsedSection(heading.group(1), expected, heading.group(2).strip())
                sections.append(current)
                continue
        if part in ("body", "conclusions"):
            assert current is not None
            if part == "conclusions" and line == shape.conclusions_heading:
                continue  # the CONCLUSION banner repeats as a sub-heading
            if part == "conclusions" and line == shape.proposals_heading:
                current.paragraphs.append(ParsedParagraph("heading", line, line_no))
                part = "proposals"
                continue
            table = TABLE_CAPTION.match(line)
            if table:
                parsed, index = _parse_table(lines, index, int(table.group(1)), table.group(2).strip())
                tables.append(parsed)
                body = "\n".join("\t".join(row) for row in [parsed.header, *parsed.rows])
                current.paragraphs.append(ParsedParagraph("table", f"{line}\n{body}", line_no, table=parsed.number))
                continue
            kind = "figure" if FIGURE_CAPTION.match(line) else "text"
            current.paragraphs.append(ParsedParagraph(kind, line, line_no, parse_citations(line)))
            continue
        if part == "proposals":
            assert current is not None
            if line.startswith(shape.documents_heading):
                part = "documents"
                continue
            proposal = PROPOSAL_LINE.match(line)
            if proposal and int(proposal.group(1)) == len(proposals) + 1:
                number = int(proposal.group(1))
                proposals.append(ParsedProposal(number, proposal.group(2).strip(), line_no))
                current.paragraphs.append(
                    ParsedParagraph("proposal", line, line_no, parse_citations(line), proposal=number)
                )
            elif not proposals:
                current.paragraphs.append(ParsedParagraph("text", line, line_no, parse_citations(line)))
            else:
                raise ReportFormatError(f"line {line_no}: unexpected text among proposals")
            continue
        if part == "documents":
            if line.startswith(shape.documents_note):
                documents_note = line
                continue
            if line.startswith(shape.abbreviations_heading):
                part = "glossary"
                continue
            doc = DOCUMENT_LINE.match(line)
            if not doc:
                raise ReportFormatError(f"line {line_no}: unexpected text in the list of documents")
            if int(doc.group(1)) != len(documents) + 1:
                raise ReportFormatError(f"line {line_no}: document {doc.group(1)} out of order")
            body, _, url = doc.group(2).partition(" / ")
            dated = DOCUMENT_DATE.findall(doc.group(2))
            documents.append(
                ParsedDocument(
                    number=int(doc.group(1)),
                    title=body.strip(),
                    date=dated[-1][0] if dated else None,
                    doc_number=dated[-1][1] if dated else None,
                    url=url.strip() or None,
                    text=line,
                )
            )
            continue
        if part == "glossary":
            term = GLOSSARY_LINE.match(lines[index - 1].strip("\n"))
            if not term:
                raise ReportFormatError(f"line {line_no}: unexpected text in the abbreviations")
            glossary.append(ParsedTerm(term.group(1).strip(), term.group(2).strip()))
            continue

    numbered = [s for s in sections if s.number is not None]
    if len(numbered) != shape.numbered_sections:
        raise ReportFormatError(f"found {len(numbered)} numbered sections, expected {shape.numbered_sections}")
    if len(documents) != shape.documents:
        raise ReportFormatError(f"found {len(documents)} documents in the list, expected {shape.documents}")
    return ParsedReport(sections, tables, proposals, documents, glossary, documents_note)
