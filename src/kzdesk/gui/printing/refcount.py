"""A guard against a PySide6 6.12 bug on CPython 3.11.

PySide6 6.12 returns ``None`` from void methods (``QPainter.save``, ``QRectF.setWidth``,
…) without a new reference. From CPython 3.12 on ``None`` is immortal and nothing
happens; on 3.11 every such call takes one reference from ``None``, and after a few
thousand calls Python aborts with "Fatal Python error: none_dealloc". Painting a long
printout makes tens of thousands of such calls.

``None`` is never deallocated by a correct program, so giving it a reference count it
cannot run down changes nothing else: it is what 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40


def keep_none_alive() -> None:
    """Top up ``None``'s reference count (CPython < 3.12 only; a no-op elsewhere)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every object
    if count.value < _RESERVE:
        count.value += _RESERVE
