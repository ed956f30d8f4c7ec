"""What the workspace holds: the user's bookmarks, highlights, notes and tracker entries.

Plain frozen records; each names the thing it is attached to by edition and id, the
same pair a typed reference carries. Checking what a user typed lives here too, so the
store, the import and the command line refuse the same things with the same words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol

from kzdesk.core.workspace.schema import STATUSES

MAX_NOTE = 100_000  # characters: some fifty pages of a user's own text
MAX_FIELD = 500  # a responsible unit, a colour, an evidence link
MAX_EVIDENCE = 50  # links per tracked proposal
MAX_ID = 200  # an edition key or an id inside it
MAX_TITLE = 200  # a pack's title: one line
MAX_PACK_ITEMS = 500  # items in one pack: far beyond any briefing, and bounded
COLOUR = re.compile(r"#[0-9a-fA-F]{6}|yellow|green|blue|pink|orange|purple")
# A user's text keeps tabs and line breaks; every other control character is refused.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")


class Reference(Protocol):
    """Anything that names a thing in an edition (kzdesk.core.references.Ref is one)."""

    @property
    def edition(self) -> str: ...

    @property
    def id(self) -> str: ...


class InvalidEntry(ValueError):
    """What the user gave cannot be stored; the message is fit to show them."""


@dataclass(frozen=True, slots=True)
class Bookmark:
    id: str
    edition: str
    target: str
    colour: str | None
    created: str
    updated: str


@dataclass(frozen=True, slots=True)
class Highlight:
    id: str
    edition: str
    target: str
    start: int
    end: int
    quote: str
    colour: str | None
    created: str
    updated: str


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    edition: str
    target: str
    text: str
    created: str
    updated: str


@dataclass(frozen=True, slots=True)
class TrackerEntry:
    edition: str
    target: str
    status: str
    unit: str
    due: str | None
    progress: str
    evidence: tuple[str, ...]
    created: str
    updated: str


#: What a briefing pack's item is: a thing in an edition, the user's own text block, or one of their notes.
PACK_ITEM_KINDS = ("ref", "text", "note")
#: How a section goes into a pack: its summary or its full text (other things have no form: "").
SECTION_FORMS = ("summary", "full")


@dataclass(frozen=True, slots=True)
class PackItem:
    """One entry of a briefing pack, in the pack's order.

    ``kind`` "ref": ``edition`` and ``target`` name the thing (``form`` says summary or full text
    for a section); "note": ``target`` is the note's id (the user's words, marked as theirs);
    "text": ``text`` is a free block the user wrote (an introduction, a conclusion).
    """

    id: str
    kind: str
    edition: str
    target: str
    form: str
    text: str
    created: str
    updated: str


@dataclass(frozen=True, slots=True)
class Pack:
    """A titled, ordered list of items the user gathers for one briefing."""

    id: str
    title: str
    items: tuple[PackItem, ...]
    created: str
    updated: str


def now() -> str:
    """The current time as the workspace writes it: UTC, milliseconds, sortable as text."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def check_timestamp(value: str, what: str = "a time") -> str:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidEntry(f"{what} {value[:40]!r} is not a date and time") from None
    if parsed.tzinfo is None:
        raise InvalidEntry(f"{what} {value[:40]!r} has no time zone")
    return parsed.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def check_reference(edition: str, target: str) -> tuple[str, str]:
    for part, what in ((edition, "edition"), (target, "id")):
        if not isinstance(part, str) or not part or len(part) > MAX_ID or not _ID.fullmatch(part):
            raise InvalidEntry(f"{str(part)[:40]!r} is not a valid {what}")
    return edition, target


def check_text(text: str, what: str, limit: int = MAX_NOTE, empty: bool = True) -> str:
    if not isinstance(text, str):
        raise InvalidEntry(f"{what} must be text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > limit:
        raise InvalidEntry(f"{what} has {len(text):,} characters (at most {limit:,})")
    bad = _CONTROL.search(text)
    if bad is not None:
        raise InvalidEntry(f"{what} contains the control character U+{ord(bad.group()):04X}")
    if not empty and not text.strip():
        raise InvalidEntry(f"{what} is empty")
    return text


def check_colour(colour: str | None) -> str | None:
    if colour is None or colour == "":
        return None
    if not isinstance(colour, str) or not COLOUR.fullmatch(colour):
        raise InvalidEntry(
            f"{str(colour)[:40]!r} is not a colour (yellow, green, blue, pink, orange, purple or #RRGGBB)"
        )
    return colour.lower()


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise InvalidEntry(f"{str(status)[:40]!r} is not a status (one of: {', '.join(STATUSES)})")
    return status


def check_due(due: str | None) -> str | None:
    if due is None or due == "":
        return None
    if isinstance(due, str) and len(due) == 10:
        try:
            return date.fromisoformat(due).isoformat()
        except ValueError:
            pass
    raise InvalidEntry(f"{str(due)[:40]!r} is not a due date (YYYY-MM-DD)")


def check_evidence(links: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    if len(links) > MAX_EVIDENCE:
        raise InvalidEntry(f"{len(links)} evidence links (at most {MAX_EVIDENCE})")
    return tuple(check_text(link, "an evidence link", MAX_FIELD, empty=False).strip() for link in links)


def check_title(title: str) -> str:
    """A pack's title: one line of text, not empty, surrounding spaces dropped."""
    if not isinstance(title, str):
        raise InvalidEntry("the title must be text")
    title = check_text(title.strip(), "the title", MAX_TITLE, empty=False)
    if "\n" in title or "\t" in title:
        raise InvalidEntry("the title must be one line")
    return title


def check_item_shape(kind: str, edition: str, target: str, form: str, text: str) -> tuple[str, str, str, str, str]:
    """What a pack item of ``kind`` must carry; the values as stored. A section's form defaults to its summary.

    Whether a reference names something the edition has is the caller's to check (it has the dataset).
    """
    from kzdesk.core.references import Kind, kind_of

    if kind not in PACK_ITEM_KINDS:
        raise InvalidEntry(f"{str(kind)[:40]!r} is not a kind of pack item (one of: {', '.join(PACK_ITEM_KINDS)})")
    if kind == "text":
        if edition or target or form:
            raise InvalidEntry("a text block names no item and has no form")
        return kind, "", "", "", check_text(text, "the text block", empty=False)
    edition, target = check_reference(edition, target)
    if text:
        raise InvalidEntry("only a text block has text of its own")
    if kind == "note":
        if form:
            raise InvalidEntry("a note has no form")
        return kind, edition, target, "", ""
    section = kind_of(target) is Kind.SECTION
    if section:
        form = form or SECTION_FORMS[0]
        if form not in SECTION_FORMS:
            raise InvalidEntry(f"{str(form)[:40]!r} is not a form of a section (summary or full)")
    elif form:
        raise InvalidEntry("only a section has a form (summary or full text)")
    return kind, edition, target, form, ""
