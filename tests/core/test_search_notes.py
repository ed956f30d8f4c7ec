"""The user's notes in the global search: found by a word and its forms, kept current, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzdesk.core.model import Dataset
from kzdesk.core.references import Ref
from kzdesk.core.search import SearchIndex
from kzdesk.core.search.notes import NOTE_KIND, NotesIndex, NoteText, WorkspaceNotes, item_label, with_notes
from kzdesk.core.workspace.safety import open_workspace

HOSTILE = [
    "",
    " ",
    '"',
    '"x',
    "*",
    "don't",
    "multi-agent",
    "AND",
    "OR NOT",
    "NEAR(a b)",
    "c++",
    "a:b",
    "^x",
    "col : x",
    "\x00\x1f",
    "\u200b\u00ad",
    "😀" * 50,
    "x" * 5000,
    "word " * 500,
    "'; DROP TABLE notes; --",
    "{a b}",
    "(",
    ")",
    "-",
    "+",
]


@pytest.fixture
def notes() -> NotesIndex:
    index = NotesIndex()
    index.load(
        [
            NoteText("n1", "section-5-p3", "Ask the ministry about the procurement audits", "2026-12-01T10:00:00.000Z"),
            NoteText("n2", "proposal-12", "Встреча с судьями: взятки и конфликт интересов", "2026-12-02T10:00:00.000Z"),
            NoteText("n3", "proposal-1", 'Hostile "quote" AND OR NEAR( * c++ {text}', "2026-12-03T10:00:00.000Z"),
        ]
    )
    return index


def ids(hits: tuple) -> list[str]:
    return [h.id for h in hits]


def test_a_note_is_found_by_a_word_as_its_own_kind(notes: NotesIndex) -> None:
    (hit,) = notes.search("ministry ")
    assert hit.kind == NOTE_KIND and hit.id == "n1" and hit.target == "section-5-p3"
    assert hit.snippet == "Ask the ministry about the procurement audits"
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["ministry"]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("procurements", "procurement"),  # another form of the word (porter stems)
        ("audit ", "audits"),
        ("procur", "procurement"),  # the word being typed
        ("ministries", "ministry"),
        ("Ministry PROCUREMENT", "ministry"),  # case folded
        ("взятка", "взятки"),  # a Russian word in another form
        ("конфликта", "конфликт"),
    ],
)
def test_a_note_is_found_by_a_word_form(notes: NotesIndex, query: str, found: str) -> None:
    hits = notes.search(query)
    assert hits, query
    assert found in [hits[0].snippet[a:b] for a, b in hits[0].highlights]


def test_a_russian_word_finds_an_english_note_through_the_thesaurus() -> None:
    index = NotesIndex()
    index.load([NoteText("a", "proposal-3", "Who took the bribe?", "t"), NoteText("b", "proposal-4", "no match", "t")])
    (hit,) = index.search("взятка")
    assert hit.id == "a" and [hit.snippet[x:y] for x, y in hit.highlights] == ["bribe"]
    assert hit.score < index.search("bribe")[0].score  # through a related term: below the word itself


def test_every_content_word_must_match_and_a_quoted_phrase_is_a_phrase(notes: NotesIndex) -> None:
    assert ids(notes.search("ministry procurement")) == ["n1"]
    assert notes.search("ministry bribes") == ()
    assert ids(notes.search('"procurement audits"')) == ["n1"]
    assert notes.search('"audits procurement"') == ()
    assert ids(notes.search("what did the ministry")) == ["n1"]  # question words never have to match


def test_no_note_no_hits_and_the_result_unchanged(dataset: Dataset) -> None:
    empty = NotesIndex()
    assert empty.search("procurement") == ()
    result = SearchIndex.from_dataset(dataset).search("procurement")
    assert with_notes(result, empty.search("procurement")) is result
    assert not any(h.kind == NOTE_KIND for h in result.hits)


def test_notes_join_the_report_hits_by_score(notes: NotesIndex, dataset: Dataset) -> None:
    result = SearchIndex.from_dataset(dataset).search("procurement")
    merged = with_notes(result, notes.search("procurement"))
    assert len(merged.hits) == len(result.hits) + 1
    assert [h for h in merged.hits if h.kind != NOTE_KIND] == list(result.hits)  # the report's order kept
    scores = [h.score for h in merged.hits]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(notes: NotesIndex, query: str) -> None:
    hits = notes.search(query)
    for hit in hits:
        assert all(0 <= a < b <= len(hit.snippet) for a, b in hit.highlights)


def test_hostile_note_texts_are_searchable(notes: NotesIndex) -> None:
    assert ids(notes.search("AND")) == ["n3"]
    assert ids(notes.search("near")) == ["n3"]
    assert ids(notes.search("hostile quote")) == ["n3"]


def test_only_changed_notes_are_reloaded_and_the_newest_comes_first() -> None:
    index = NotesIndex()
    assert index.load(
        [NoteText("a", "proposal-1", "land plots", "2026-01-01"), NoteText("b", "proposal-2", "land", "2026-01-02")]
    )
    assert ids(index.search("land ")) == ["b", "a"]
    assert not index.load(
        [NoteText("a", "proposal-1", "land plots", "2026-01-01"), NoteText("b", "proposal-2", "land", "2026-01-02")]
    )
    assert index.load([NoteText("a", "proposal-1", "land plots again", "2026-01-03")])  # b deleted, a edited
    assert ids(index.search("land ")) == ["a"]
    assert index.search("again")[0].snippet == "land plots again"
    assert index.load([])
    assert index.search("land") == () and len(index) == 0


def test_the_limit_is_kept(notes: NotesIndex) -> None:
    index = NotesIndex()
    index.load([NoteText(str(n), "proposal-1", f"land note {n}", f"2026-01-{n + 1:02d}") for n in range(20)])
    assert len(index.search("land ")) == 5  # the popup's few, the newest first
    assert ids(index.search("land ", limit=3)) == ["19", "18", "17"]
    assert len(index.search("land ", limit=100)) == 20


def test_the_hit_title_says_what_the_note_is_on(dataset: Dataset) -> None:
    index = NotesIndex(lambda target: item_label(dataset, target))
    index.load([NoteText("a", "section-5-p3", "my words", "t"), NoteText("b", "proposal-12", "my words", "u")])
    assert [h.title for h in index.search("words")] == ["Proposal 12", "Section 5, para. 3"]
    assert "does not have" in item_label(dataset, "proposal-999")


def _workspace(tmp_path: Path) -> Path:
    return tmp_path / "ws" / "workspace.sqlite"


def test_workspace_notes_follow_the_file(tmp_path: Path) -> None:
    path = _workspace(tmp_path)
    notes = WorkspaceNotes(path, "2020")
    assert notes.search("zhetisu") == () and not path.exists()  # no file: no notes, and none created
    with open_workspace(path).workspace as workspace:
        note = workspace.add_note(Ref("2020", "proposal-3"), "Zhetisu office")
        workspace.add_note(Ref("2021", "proposal-3"), "Zhetisu in another edition")
        assert ids(notes.search("zhetisu")) == [note.id]  # the other edition's note is not this one's
        workspace.update_note(note.id, "Turkestan office")
        assert notes.search("zhetisu") == ()
        assert ids(notes.search("turkestan")) == [note.id]
        workspace.delete_note(note.id)
        assert notes.search("turkestan") == ()
    notes.close()


def test_a_damaged_workspace_file_gives_no_notes_and_says_why(tmp_path: Path) -> None:
    path = tmp_path / "workspace.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    notes = WorkspaceNotes(path, "2020")
    assert notes.search("database") == ()
    assert notes.problem
    notes.close()


def test_another_file_put_at_the_path_is_read_and_a_removed_one_gives_no_notes(tmp_path: Path) -> None:
    path, other = _workspace(tmp_path), tmp_path / "restored.sqlite"
    with open_workspace(path).workspace as workspace:
        workspace.add_note(Ref("2020", "proposal-3"), "Zhetisu office")
    with open_workspace(other).workspace as workspace:
        restored = workspace.add_note(Ref("2020", "proposal-4"), "Turkestan office")
    notes = WorkspaceNotes(path, "2020")
    assert len(notes.search("office")) == 1 and notes.search("zhetisu")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    other.replace(path)  # what restoring a backup or moving a damaged file aside does to the path
    assert ids(notes.search("office")) == [restored.id]
    path.unlink()
    assert notes.search("office") == ()
    notes.close()
