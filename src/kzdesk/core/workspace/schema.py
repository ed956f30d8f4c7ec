"""The workspace database's schema and its forward migrations (``PRAGMA user_version``).

Every row keys on a reference: the edition and the id of the thing in it (a paragraph, a
proposal, a figure …), never on a bare id, so a second edition cannot capture a note.
Timestamps are UTC ISO 8601 strings ("2026-12-03T13:20:05.123Z"): they sort as text and
survive export and import unchanged.
"""

from __future__ import annotations

#: Marks a kzdesk workspace (``PRAGMA application_id``): "KZDW". A SQLite file without it is foreign.
APPLICATION_ID = 0x4B5A4457

#: Tracker statuses, a small fixed vocabulary (the order is the order shown).
STATUSES = ("not-started", "in-progress", "implemented", "not-applicable")

#: Migration N takes the schema from version N to N + 1. Never edit one that has shipped: add one.
MIGRATIONS: tuple[str, ...] = (
    f"""
    CREATE TABLE bookmarks (
        id TEXT PRIMARY KEY,
        edition TEXT NOT NULL,
        target TEXT NOT NULL,
        colour TEXT,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        UNIQUE (edition, target)
    );
    CREATE TABLE highlights (
        id TEXT PRIMARY KEY,
        edition TEXT NOT NULL,
        target TEXT NOT NULL,
        start INTEGER NOT NULL CHECK (start >= 0),
        "end" INTEGER NOT NULL CHECK ("end" > start),
        quote TEXT NOT NULL,
        colour TEXT,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX highlights_by_target ON highlights (edition, target);
    CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        edition TEXT NOT NULL,
        target TEXT NOT NULL,
        text TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX notes_by_target ON notes (edition, target);
    CREATE TABLE tracker (
        edition TEXT NOT NULL,
        target TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ({", ".join(f"'{s}'" for s in STATUSES)})),
        unit TEXT NOT NULL DEFAULT '',
        due TEXT,
        progress TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '[]',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (edition, target)
    );
    """,
    # 2: briefing packs. An item's place is its position (0, 1, … in the pack's order, renumbered
    # on every change); deleting a pack deletes its items (the store turns foreign keys on).
    """
    CREATE TABLE packs (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE TABLE pack_items (
        id TEXT PRIMARY KEY,
        pack TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        kind TEXT NOT NULL CHECK (kind IN ('ref', 'text', 'note')),
        edition TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL DEFAULT '',
        form TEXT NOT NULL DEFAULT '' CHECK (form IN ('', 'summary', 'full')),
        text TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX pack_items_in_order ON pack_items (pack, position);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)

#: The tables a workspace of SCHEMA_VERSION has; anything else in the file is not ours.
TABLES = frozenset({"bookmarks", "highlights", "notes", "tracker", "packs", "pack_items"})
