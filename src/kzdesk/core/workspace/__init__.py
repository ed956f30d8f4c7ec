"""The user's own workspace: bookmarks, highlights, notes and the proposal tracker (SQLite, no Qt)."""
