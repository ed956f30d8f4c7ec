"""Every custom item-data role of kzdesk's item models, in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt

#: The entity or paragraph id of a row (str).
IdRole = Qt.ItemDataRole.UserRole + 1
#: The value to sort by when it differs from the displayed text (numbers, years).
SortRole = Qt.ItemDataRole.UserRole + 2
#: The entity kind of a row: "section", "proposal", "statistic", ... (str).
KindRole = Qt.ItemDataRole.UserRole + 3
#: Text the row's filter matches against, when it is more than the displayed columns (str).
FilterTextRole = Qt.ItemDataRole.UserRole + 4
#: A snippet with highlights as safe HTML (str).
SnippetHtmlRole = Qt.ItemDataRole.UserRole + 5
#: The source paragraph id of a row (str).
SourceRole = Qt.ItemDataRole.UserRole + 6
#: The plain, unformatted value of a cell (float, int or str) for CSV export and copying.
RawValueRole = Qt.ItemDataRole.UserRole + 7
