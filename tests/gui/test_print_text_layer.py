"""The whole-report PDF's text layer, as a PDF reader's copy and search see it (pdftotext).

A paragraph broken across pages must have each of its lines on exactly one page: a line
drawn on one page and drawn again, clipped out of sight, at the top of the next is
invisible on paper but copied and found twice.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from kzdesk.core.model import Dataset
from kzdesk.core.summary import SummaryRequest
from kzdesk.gui.printing import pdf
from kzdesk.gui.printing.layout import PagedDocument

PRINTED_ON = dt.date(2026, 3, 9)
EDGE_LINES = 6  # lines compared at each side of a page break

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


class Report:
    def __init__(self, layout: PagedDocument, path: Path) -> None:
        self.layout = layout
        self.path = path
        self.bodies = [self._body(number) for number in range(1, len(layout.pages) + 1)]

    def _body(self, number: int) -> list[str]:
        """Page ``number``'s lines without its header and footer."""
        text = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(self.path), "-"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
            timeout=60,
        ).stdout
        page = self.layout.pages[number - 1]
        furniture = {self.layout.title, page.running, self.layout.footer, f"Printed {PRINTED_ON.isoformat()}"}
        furniture.add(f"page {number} of {len(self.layout.pages)}")
        lines = [line.strip() for line in text.splitlines()]
        return [line for line in lines if line and line not in furniture]


@pytest.fixture(scope="module")
def report(qapp: object, dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Report:
    path = tmp_path_factory.mktemp("text-layer") / "report.pdf"
    layout = pdf.layout_request(dataset, SummaryRequest("report"))
    path.write_bytes(pdf.pdf_bytes(layout, PRINTED_ON))
    return Report(layout, path)


def test_no_line_is_repeated_across_a_page_break(report: Report) -> None:
    broken = [x for p in report.layout.pages for x in p.placements if x.top > 0 and x.item.document is not None]
    assert len(broken) >= 3, "the whole report breaks several paragraphs across pages"
    repeated = []
    for number, (before, after) in enumerate(zip(report.bodies, report.bodies[1:], strict=False), start=1):
        # Lines of text, not table cells: a repeated table header ("2019", "Dynamics") is meant.
        tail = {line for line in before[-EDGE_LINES:] if len(line.split()) >= 4}
        head = {line for line in after[:EDGE_LINES] if len(line.split()) >= 4}
        repeated += [(number, line) for line in sorted(tail & head)]
    assert not repeated, repeated


def _squeezed(text: str) -> str:
    return "".join(text.split()).replace("-", "")


def test_every_paragraph_is_in_the_text_layer_once_and_whole(report: Report, dataset: Dataset) -> None:
    # Compared without spaces and hyphens: pdftotext joins "Anti-" at a line's end and
    # "Corruption" on the next as "AntiCorruption". Header and footer are left out (see _body),
    # so a paragraph's two pieces on two pages meet again.
    printed = "".join(_squeezed(line) for body in report.bodies for line in body)
    source = "".join(_squeezed(p.text) for s in dataset.sections for p in s.paragraphs)
    missing, repeated = [], []
    for section in dataset.sections:
        for paragraph in section.paragraphs:
            if paragraph.kind not in {"text", "heading", "proposal"}:
                continue
            text = _squeezed(paragraph.text)
            if text not in printed:
                missing.append(paragraph.id)
            elif paragraph.kind == "text" and printed.count(text) != source.count(text):
                repeated.append(paragraph.id)
    assert not missing, missing
    assert not repeated, repeated
