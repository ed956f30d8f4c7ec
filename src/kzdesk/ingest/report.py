"""Parse the report's plain text into sections, paragraphs, tables, proposals,
source documents and glossary entries.

The text is an export of the official English edition. Its structure is regular
enough to parse without annotations: headings are numbered lines, tables are
tab-indented cells separated by blank lines, proposals are ``N) text;`` lines.
Anything this parser cannot place raises ``ReportFormatError`` so a changed
report text fails the build instead of silently dropping content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
SECTION_HEADING = re.compile(r"^(\d{1,2})\. (\S.*)$")
FIGURE_CAPTION = re.compile(r"^Figure (\d+)\. (.+)$")
TABLE_CAPTION = re.compile(r"^Table (\d+)\. (.+)$")
PROPOSAL_LINE = re.compile(r"^(\d{1,2})\) (.+?)([;.]?)$")
# A bracketed reference starts with a document number: [3, p. 121], [5], [7, p.14].
CITATION_BLOCK = re.compile(r"\[(\d[^\[\]]*)\]")
CITATION_PART = re.compile(r"^\s*(\d+)\s*(?:,\s*(.*?))?\s*$")
DOCUMENT_LINE = re.compile(r"^(\d)\. (.+)$")
DOCUMENT_DATE = re.compile(r"dated ([A-Z][a-z]+ \d{1,2}, \d{4}) No\. ([\w.-]+?)\)?(?: /|$)")
GLOSSARY_LINE = re.compile(r"^(\S+)\s*\t\s*–\s*(.+)$")
NUMBERED_SECTIONS = 13


class ReportFormatError(ValueError):
    """The report text does not have the structure this parser expects."""


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


def parse_report(text: str) -> ParsedReport:
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
            if line == "INTRODUCTION":
                current = ParsedSection("introduction", None, "Introduction")
                sections.append(current)
                part = "body"
                continue
            raise ReportFormatError(f"line {line_no}: text before INTRODUCTION")
        if line == "THE BODY":
            continue
        if line == "CONCLUSION":
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
            if part == "conclusions" and line == "Conclusions":
                continue  # the CONCLUSION banner repeats as a sub-heading
            if part == "conclusions" and line == "Proposals":
                current.paragraphs.append(ParsedParagraph("heading", line, line_no))
                part = "proposals"
                continue
            table = TABLE_CAPTION.match(line)
            if table:
                parsed, index = _parse_table(lines, index, int(table.group(1)), table.group(2).strip())
                tables.append(parsed)
                body = "\n".join("\t".join(row) for row in [parsed.header, *parsed.rows])
                current.paragraphs.append(
                    ParsedParagraph("table", f"{line}\n{body}", line_no, table=parsed.number)
                )
                continue
            kind = "figure" if FIGURE_CAPTION.match(line) else "text"
            current.paragraphs.append(ParsedParagraph(kind, line, line_no, parse_citations(line)))
            continue
        if part == "proposals":
            assert current is not None
            if line.startswith("List of documents"):
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
            if line.startswith("Note:"):
                documents_note = line
                continue
            if line.startswith("List of abbreviations"):
                part = "glossary"
                continue
            doc = DOCUMENT_LINE.match(line)
            if not doc:
                raise ReportFormatError(f"line {line_no}: unexpected text in the list of documents")
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
    if len(numbered) != NUMBERED_SECTIONS:
        raise ReportFormatError(f"found {len(numbered)} numbered sections, expected {NUMBERED_SECTIONS}")
    return ParsedReport(sections, tables, proposals, documents, glossary, documents_note)
