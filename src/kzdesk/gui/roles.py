"""Every custom item-data role of kzdesk's item models, in one place."""

from __future__ import annotations

#: ``Qt.ItemDataRole.UserRole``, spelled out: the first use of PySide6's ``Qt`` namespace costs
#: ≈ 40 ms, and the Report tab needs these roles at start-up (tests/gui/test_startup_cost.py checks the value).
USER_ROLE = 0x0100

#: The entity or paragraph id of a row (str).
IdRole = USER_ROLE + 1
#: The value to sort by when it differs from the displayed text (numbers, years).
SortRole = USER_ROLE + 2
#: The entity kind of a row: "section", "proposal", "statistic", ... (str).
KindRole = USER_ROLE + 3
#: Text the row's filter matches against, when it is more than the displayed columns (str).
FilterTextRole = USER_ROLE + 4
#: A snippet with highlights as safe HTML (str).
SnippetHtmlRole = USER_ROLE + 5
#: The source paragraph id of a row (str).
SourceRole = USER_ROLE + 6
#: The plain, unformatted value of a cell (float, int or str) for CSV export and copying.
RawValueRole = USER_ROLE + 7
#: The bookmark or note (a kzdesk.core.workspace record) of a row in the Bookmarks and Notes panel.
WorkspaceRecordRole = USER_ROLE + 20
#: The id of the user's note a search result row is (str; None for the report's own hits).
NoteIdRole = USER_ROLE + 21
