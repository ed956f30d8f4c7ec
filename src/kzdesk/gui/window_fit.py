"""Fitting the main window into the screen's available area (the desktop minus panels and docks).

A fixed first size, or a geometry remembered on a bigger monitor, would put the
status bar (where every "Saved…" message appears) below the bottom of a small
laptop screen. These are pure rectangle sums, so tests can fake any screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

#: The size a first window asks for; smaller screens get their available area instead.
PREFERRED_SIZE = QSize(1280, 800)
#: A typical title bar's height, for a window not framed yet (its real frame is known once shown).
TITLE_BAR_ALLOWANCE = 32


def fitted(frame: QRect, available: QRect) -> QRect:
    """``frame`` made no larger than ``available`` and moved inside it (top-left kept where it fits)."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    left = min(max(frame.left(), available.left()), available.left() + available.width() - width)
    top = min(max(frame.top(), available.top()), available.top() + available.height() - height)
    return QRect(left, top, width, height)


def first_frame(available: QRect) -> QRect:
    """Where a first window goes: its preferred size (or the whole available area), centred."""
    size = PREFERRED_SIZE.boundedTo(available.size())
    frame = QRect(0, 0, size.width(), size.height())
    frame.moveCenter(available.center())
    return fitted(frame, available)


def client_geometry(frame: QRect, decorations: QMargins) -> QRect:
    """The window's own geometry (what ``setGeometry`` takes) for a frame with the window manager's ``decorations``."""
    return frame.marginsRemoved(decorations)
