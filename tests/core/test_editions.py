"""Editions (kzdesk.core.editions) and the ingest build driven by edition descriptions.

The second edition is the invented test edition (tests/data/editions/test-edition, not a real
report), built into a temporary folder by ``python -m kzdesk.ingest`` (conftest.py).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kzdesk.core import editions, labels
from kzdesk.core.dataset import DatasetError, bundled_dataset_path, load_dataset
from kzdesk.core.edition_description import EditionDescription, describe_edition
from kzdesk.core.editions import Edition, EditionLibrary
from kzdesk.core.model import Dataset
from kzdesk.ingest.__main__ import main as ingest
from kzdesk.ingest.build import BuildError, build_edition, read_description
from kzdesk.ingest.report import ReportFormatError, ReportShape, parse_report
from kzdesk.resources import data_path

TEST_EDITION = Path(__file__).parents[1] / "data" / "editions" / "test-edition"

CITATION_2020 = "National Report on Combating Corruption, Kazakhstan, 2020"


@pytest.fixture
def library(second_edition_path: Path) -> EditionLibrary:
    library = EditionLibrary.bundled()
    library.open(second_edition_path)
    return library


# --- the info lives in the edition's data ------------------------------------------------------------------------


def test_the_bundled_dataset_carries_the_info_of_its_edition_description(
    dataset: Dataset, edition_2020: EditionDescription
) -> None:
    report = dataset.report
    described = edition_2020.report
    assert (report.edition, report.title, report.year) == (described["key"], described["title"], described["year"])
    assert (report.short_title, report.citation_title) == (described["short_title"], described["citation_title"])
    assert (report.language, report.source) == (described["language"], described["source"])
    assert report.source_file == edition_2020.text.name


def test_the_test_edition_is_built_by_ingest_and_says_it_is_not_a_real_report(second_dataset: Dataset) -> None:
    report = second_dataset.report
    assert (report.edition, report.year) == ("test-2031", 2031)
    assert "not a real report" in report.title
    assert "not a real report" in second_dataset.sections[0].paragraphs[0].text
    assert len(second_dataset.documents) == 10  # more than one digit: the old limit of nine is gone
    assert [d.number for d in second_dataset.documents] == list(range(1, 11))
    assert second_dataset.by_id["document-10"].cited_by == ("section-1-p4", "section-2-p2")  # type: ignore[attr-defined]
    cell = second_dataset.by_id["stat-table-1-north-office-2031"]
    assert (cell.unit, cell.value) == ("cases", 12)  # type: ignore[attr-defined]  # [shape] table_unit


def test_labels_come_from_the_edition(dataset: Dataset, second_dataset: Dataset) -> None:
    assert labels.citation(dataset.report) == CITATION_2020
    assert labels.citation(dataset.report, "Proposal 3") == f"{CITATION_2020}, Proposal 3"
    assert labels.citation(dataset.report, "Section 5, para. 3") == f"{CITATION_2020}, Section 5, para. 3"
    assert editions.running_title(dataset.report) == "National Report 2020"
    assert editions.report_file_name(dataset.report) == "kzdesk-report-2020.pdf"
    test = second_dataset.report
    assert labels.citation(test) == "Invented Test Report, Lakeside, 2031"
    assert editions.running_title(test) == "Invented Test Report 2031"
    assert editions.report_file_name(test) == "kzdesk-report-test-2031.pdf"


def test_a_dataset_written_before_editions_still_loads_and_is_keyed_by_its_year(tmp_path: Path) -> None:
    payload = json.loads(bundled_dataset_path().read_text(encoding="utf-8"))
    for name in ("edition", "short_title", "citation_title", "language", "source"):
        del payload["report"][name]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(payload), encoding="utf-8")
    edition = EditionLibrary().open(old)
    assert edition.key == "2020" and edition.short_title == edition.title == payload["report"]["title"]
    assert labels.citation(edition.info) == f"{payload['report']['title']}, 2020"


# --- editions and the library ------------------------------------------------------------------------------------


def test_the_bundled_library_loads_nothing_until_asked() -> None:
    library = EditionLibrary.bundled()
    (edition,) = list(library)
    assert edition.bundled and not edition.loaded
    assert library.default is edition and not edition.loaded  # one bundled edition: the newest without a look
    assert edition.path == bundled_dataset_path()
    assert edition.key == "2020" and edition.loaded
    assert edition.title == "National Report on Combating Corruption in the Republic of Kazakhstan, 2020"
    assert (edition.year, edition.language) == (2020, "en")


def test_the_search_index_is_built_once_on_first_use(dataset: Dataset) -> None:
    edition = Edition(bundled_dataset_path(), bundled=True, dataset=dataset)
    assert edition._search_index is None
    assert edition.search_index is edition.search_index


def test_two_editions_side_by_side(library: EditionLibrary) -> None:
    assert [e.key for e in library] == ["2020", "test-2031"]
    assert "2020" in library and "test-2031" in library and "2019" not in library
    assert library.default.key == "2020"
    with pytest.raises(KeyError, match="test-2031"):
        library.get("2019")


def test_references_of_one_edition_never_resolve_in_the_other(library: EditionLibrary) -> None:
    national, test = library.get("2020"), library.get("test-2031")
    assert national.find("proposal-12") is not None and test.find("proposal-12") is None
    assert national.find("project-adaldyq-alany") is not None and test.find("project-adaldyq-alany") is None
    assert test.find("project-lakeside-helpdesk") is not None and national.find("project-lakeside-helpdesk") is None
    assert test.find("stat-test-helpdesk-questions") is not None
    assert national.find("stat-test-helpdesk-questions") is None
    # The same id in both names a different thing in each.
    assert national.find("section-1") != test.find("section-1")


def test_search_in_each_edition_finds_only_its_own_entries(library: EditionLibrary) -> None:
    national, test = library.get("2020"), library.get("test-2031")
    helpdesk = test.search_index.search("Lakeside Helpdesk")
    assert helpdesk.hits and helpdesk.hits[0].id == "project-lakeside-helpdesk"
    assert not [h for h in national.search_index.search("Lakeside Helpdesk").hits if "Lakeside" in h.snippet]
    assert national.search_index.search("Adaldyq alany").hits
    assert not [h for h in test.search_index.search("Adaldyq alany").hits if "Adaldyq" in h.snippet + h.title]
    for edition in (national, test):
        for query in ("corruption", "invented questions", "proposal", "2031"):
            for hit in edition.search_index.search(query).hits:
                assert (hit.paragraph or hit.id) in edition.dataset.by_id, (edition.key, query, hit.id)
    assert national.search_index is not test.search_index


def test_opening_the_same_file_twice_gives_the_same_edition(library: EditionLibrary, second_edition_path: Path) -> None:
    first = library.get("test-2031")
    assert library.open(second_edition_path) is first
    assert library.open(second_edition_path.parent / "edition.toml") is first  # a description opens its dataset
    assert len(library) == 2


def test_an_opened_copy_of_an_edition_is_found_under_its_key(tmp_path: Path) -> None:
    copy = tmp_path / "copy.json"
    shutil.copyfile(bundled_dataset_path(), copy)
    library = EditionLibrary.bundled()
    opened = library.open(copy)
    assert library.get("2020") is opened and not opened.bundled
    assert library.default.bundled  # the bundled one is still the default


def test_an_unusable_file_leaves_the_library_unchanged(library: EditionLibrary, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1, "report": ', encoding="utf-8")
    with pytest.raises(DatasetError, match="truncated"):
        library.open(broken)
    with pytest.raises(DatasetError, match="cannot read"):
        library.open(tmp_path / "missing.json")
    assert [e.key for e in library] == ["2020", "test-2031"]


# --- edition descriptions and the ingest build --------------------------------------------------------------------


def _description(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "edition.toml"
    path.write_text(text, encoding="utf-8")
    return path


FILES = '[files]\ntext = "t.txt"\nannotations = "a"\noutput = "d.json"\n'


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[report]\nkey = "x"\ntitle = "X"\nyear = 2031\n', "needs text"),
        (FILES + '[report]\nkey = "x"\ntitle = "X"\n', "needs year"),
        (FILES + '[report]\nkey = "x"\ntitle = "X"\nyear = "2031"\n', "year must be a whole number"),
        (FILES + '[report]\nkey = "x"\ntitle = "X"\nyear = 2031\nedition = "y"\n', "unknown field 'edition'"),
        ("[files\n", "not an edition description"),
    ],
)
def test_an_unusable_description_is_refused_with_its_problem(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(DatasetError, match=message):
        describe_edition(_description(tmp_path, body))
    with pytest.raises(BuildError, match=message):
        read_description(_description(tmp_path, body))


def test_description_paths_are_relative_to_the_description() -> None:
    description = describe_edition(TEST_EDITION / "edition.toml")
    assert description.text == TEST_EDITION / "report.txt"
    assert description.annotations == TEST_EDITION / "annotations"
    assert description.output == TEST_EDITION / "dataset.json"
    bundled = describe_edition(data_path("editions", "2020", "edition.toml"))
    assert bundled.output == data_path("dataset.json") and bundled.text.parent == data_path("report")


def test_the_shape_comes_from_the_description(edition_2020: EditionDescription, report_text: str) -> None:
    shape = ReportShape.from_table(edition_2020.shape, "edition.toml")
    assert (shape.numbered_sections, shape.documents) == (13, 7)
    with pytest.raises(ReportFormatError, match="expected 12"):
        parse_report(report_text, ReportShape.from_table({**edition_2020.shape, "numbered_sections": 12}, "x"))
    with pytest.raises(ReportFormatError, match="found 7 documents in the list, expected 8"):
        parse_report(report_text, ReportShape.from_table({**edition_2020.shape, "documents": 8}, "x"))
    with pytest.raises(ReportFormatError, match="needs documents"):
        ReportShape.from_table({k: v for k, v in edition_2020.shape.items() if k != "documents"}, "x")
    with pytest.raises(ReportFormatError, match="unknown field 'chapters'"):
        ReportShape.from_table({**edition_2020.shape, "chapters": 3}, "x")


def test_documents_out_of_order_fail_the_build() -> None:
    description = describe_edition(TEST_EDITION / "edition.toml")
    text = description.text.read_text(encoding="utf-8").replace("\n3. Invented Law", "\n4. Invented Law")
    with pytest.raises(ReportFormatError, match="document 4 out of order"):
        build_edition(description, text)


def test_ingest_builds_the_named_edition_and_checks_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "edition"
    shutil.copytree(TEST_EDITION, folder)
    description = folder / "edition.toml"
    assert ingest([str(description)]) == 0
    assert capsys.readouterr().out == f"wrote {folder / 'dataset.json'}\n"
    assert load_dataset(folder / "dataset.json").report.edition == "test-2031"
    assert ingest(["--check", str(description)]) == 0
    acts = folder / "annotations" / "legislation.toml"
    acts.write_text(acts.read_text(encoding="utf-8").replace('"adopted"', '"introduced"'), encoding="utf-8")
    assert ingest(["--check", str(description)]) == 1
    assert "out of date" in capsys.readouterr().err
    (folder / "report.txt").write_text("Preface\n", encoding="utf-8")
    assert ingest([str(description)]) == 2
    assert "text before INTRODUCTION" in capsys.readouterr().err


def test_ingest_with_no_argument_checks_every_bundled_edition(capsys: pytest.CaptureFixture[str]) -> None:
    assert ingest(["--check"]) == 0, capsys.readouterr().err


def test_a_symlink_loop_is_refused_by_the_gate_not_a_traceback(tmp_path: Path) -> None:
    """Found by the hostile sweep: Path.resolve raises RuntimeError on a loop in Python 3.11."""
    from kzdesk.core.dataset import DatasetError
    from kzdesk.core.editions import EditionLibrary

    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    with pytest.raises(DatasetError, match="symbolic links"):
        EditionLibrary.bundled().open(loop).dataset  # noqa: B018 — loading is the point
