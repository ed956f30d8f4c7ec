"""The briefing's document model: built from pack items, every figure the dataset's, every report block cited."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzdesk.core.charts import all_charts
from kzdesk.core.document.build import DocumentError, build_document, document_sheets, typed_cell
from kzdesk.core.document.model import (
    ChartBlock,
    FigureBlock,
    Heading,
    ProposalBlock,
    ReportText,
    TableBlock,
    UserText,
)
from kzdesk.core.document.output import OutputError, write_atomically
from kzdesk.core.model import Dataset, Statistic
from kzdesk.core.summary import section_summary, source_label
from kzdesk.core.workspace.records import Note, PackItem, TrackerEntry

STAMP = "2026-12-03T10:00:00.000Z"


def ref(target: str, form: str = "", edition: str = "2020") -> PackItem:
    return PackItem(f"i-{target}", "ref", edition, target, form, "", STAMP, STAMP)


def text(words: str) -> PackItem:
    return PackItem("t", "text", "", "", "", words, STAMP, STAMP)


def note_item(note_id: str) -> PackItem:
    return PackItem("n", "note", "", note_id, "", "", STAMP, STAMP)


def every_kind(dataset: Dataset) -> list[PackItem]:
    return [
        text("Why we meet"),
        ref("section-5", "summary"),
        ref("section-1", "full"),
        ref("section-5-p1"),
        ref("proposal-11"),
        ref("stat-corruption-crimes-convicted-persons"),
        ref("table-1"),
        ref(all_charts(dataset)[0].id),
        ref(dataset.acts[0].id),
        ref(dataset.projects[0].id),
        ref("document-1"),
    ]


def test_every_figure_equals_the_datasets_value(dataset: Dataset) -> None:
    stats = [s for s in dataset.statistics if s.table is None][:20]
    document = build_document(dataset, [ref(s.id) for s in stats] + [ref("section-5")], "Figures")
    figures = [b for b in document.blocks if isinstance(b, FigureBlock)]
    assert len(figures) >= 20
    for figure in figures:
        stat = dataset.by_id[figure.id]
        assert isinstance(stat, Statistic)
        assert (figure.value, figure.unit, figure.year, figure.derived) == (
            stat.value,
            stat.unit,
            stat.year,
            stat.derived,
        )
        if not stat.derived:
            assert figure.as_printed == stat.value_text
            assert figure.as_printed in dataset.paragraph(stat.paragraph).text
        assert figure.citation.paragraph == stat.paragraph
    # consecutive figures share one heading
    assert sum(1 for b in document.blocks if b == Heading(1, "Figures")) == 1


def test_every_report_block_is_cited_and_user_words_are_apart(dataset: Dataset) -> None:
    document = build_document(dataset, every_kind(dataset), "All kinds")
    report_blocks = [
        b for b in document.blocks if isinstance(b, (ReportText, FigureBlock, TableBlock, ChartBlock, ProposalBlock))
    ]
    assert {type(b) for b in report_blocks} == {ReportText, FigureBlock, TableBlock, ChartBlock, ProposalBlock}
    for block in report_blocks:
        assert block.citation.text.startswith(dataset.report.citation_title), block
    for block in document.blocks:
        if isinstance(block, ReportText) and block.citation.paragraph:
            assert block.citation.place in block.citation.text
    (user,) = [b for b in document.blocks if isinstance(b, UserText)]
    assert (user.label, user.text) == ("Your text", "Why we meet")
    assert all("Why we meet" not in b.text for b in document.blocks if isinstance(b, ReportText))


def test_a_section_summary_is_section_summarys_key_points_and_figures(dataset: Dataset) -> None:
    summary = section_summary(dataset, "section-5")
    document = build_document(dataset, [ref("section-5", "summary")], "S")
    points = [b.text for b in document.blocks if isinstance(b, ReportText) and b.kind == "point"]
    assert points == [f"{p.text} ({p.note})" if p.note else p.text for p in summary.key_points]
    figures = [b.id for b in document.blocks if isinstance(b, FigureBlock)]
    assert figures == [f.id for f in summary.key_figures]


def test_full_text_has_every_paragraph_and_the_tables(dataset: Dataset) -> None:
    section = dataset.section("section-1")
    document = build_document(dataset, [ref("section-1", "full")], "S")
    cited = [b.citation.paragraph for b in document.blocks if isinstance(b, (ReportText, TableBlock))]
    assert cited == [p.id for p in section.paragraphs]
    (table, *_) = [b for b in document.blocks if isinstance(b, TableBlock)]
    assert table.rows[0][1] == 1717 and table.printed[0][1] == "1,717"


def test_sources_are_the_documents_the_items_cite(dataset: Dataset) -> None:
    paragraph = dataset.paragraph("section-5-p1")
    document = build_document(dataset, [ref("section-5-p1")], "S")
    assert [s.id for s in document.sources] == sorted(
        {c.document for c in paragraph.citations}, key=lambda d: int(d.split("-")[1])
    )
    assert document.sources[0].text == dataset.by_id[document.sources[0].id].text  # type: ignore[attr-defined]
    alone = build_document(dataset, [ref("proposal-1")], "S")
    assert alone.sources == ()


def test_notes_and_tracker_are_marked_as_the_users(dataset: Dataset) -> None:
    note = Note("n1", "2020", "section-5-p1", "Ask about the akimats", STAMP, STAMP)
    entry = TrackerEntry("2020", "proposal-11", "in-progress", "Legal department", "2027-03-01", "", (), STAMP, STAMP)
    items = [note_item("n1"), note_item("gone"), ref("proposal-11")]
    document = build_document(dataset, items, "S", notes={"n1": note}, tracker={"proposal-11": entry})
    mine, deleted = [b for b in document.blocks if isinstance(b, UserText)]
    assert (mine.label, mine.text, mine.about) == ("Your note", "Ask about the akimats", "Section 5, para. 1")
    assert deleted.label == "Your note" and "deleted" in deleted.text
    (proposal,) = [b for b in document.blocks if isinstance(b, ProposalBlock)]
    assert (proposal.status, proposal.unit, proposal.due, proposal.tracked_label) == (
        "In progress",
        "Legal department",
        "2027-03-01",
        "Your tracker",
    )
    assert proposal.text == dataset.by_id["proposal-11"].text  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([], "the briefing is empty"),
        ([ref("proposal-99")], "there is no proposal-99"),
        ([ref("term-ACA")], "there is no term-ACA"),
        ([ref("proposal-1", edition="2021")], "of the edition 2021, not of the one loaded (2020)"),
    ],
)
def test_bad_items_are_one_clear_error(dataset: Dataset, items: list[PackItem], message: str) -> None:
    with pytest.raises(DocumentError, match=message.replace("(", r"\(").replace(")", r"\)")):
        build_document(dataset, items, "S")


def test_sheets_hold_typed_figures_and_tables(dataset: Dataset) -> None:
    document = build_document(dataset, every_kind(dataset), "S")
    sheets = document_sheets(document)
    figures = sheets[0]
    assert figures.title == "Figures"
    assert [c.kind for c in figures.columns[:4]] == ["text", "number", "text", "year"]
    stat = dataset.by_id["stat-corruption-crimes-convicted-persons"]
    row = next(r for r in figures.rows if r[4] == stat.value_text)  # type: ignore[attr-defined]
    assert row[1] == stat.value and row[6] == source_label(dataset, stat.paragraph)  # type: ignore[attr-defined]
    table = next(s for s in sheets if s.title.startswith("Table 1"))
    assert [c.kind for c in table.columns] == ["text", "number", "number", "text"]
    assert table.rows[0] == ("Anti-Corruption Service", 1717, 1632, "-5%")
    assert table.source.startswith(dataset.report.citation_title)


def test_typed_cells() -> None:
    assert [typed_cell(t) for t in ("1,717", "22.7", "-5%", "", "12", "+3")] == [1717, 22.7, "-5%", "", 12, 3]


def test_writes_are_atomic_and_problems_are_clear(tmp_path: Path) -> None:
    target = tmp_path / "brief.docx"
    target.write_text("old")

    def fail(path: Path) -> None:
        path.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match="No space left"):
        write_atomically(target, fail)
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["brief.docx"]
    with pytest.raises(OutputError, match="does not exist"):
        write_atomically(tmp_path / "nowhere" / "b.docx", lambda p: p.write_text("x"))

    def locked(path: Path) -> None:
        raise PermissionError(13, "Permission denied")

    with pytest.raises(OutputError, match="open in another program"):
        write_atomically(target, locked)
    assert write_atomically(target, lambda p: p.write_text("new")) == target and target.read_text() == "new"


def test_a_written_file_has_an_ordinary_files_mode(tmp_path: Path) -> None:
    import os
    import stat

    umask = os.umask(0o022)
    try:
        made = write_atomically(tmp_path / "new.docx", lambda p: p.write_text("x"))
    finally:
        os.umask(umask)
    assert stat.S_IMODE(made.stat().st_mode) == 0o644
