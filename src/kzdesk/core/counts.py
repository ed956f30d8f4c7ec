"""Counts in words, as labels and messages show them: "1 paragraph", "7 paragraphs"."""

from __future__ import annotations


def counted(count: int, noun: str) -> str:
    """``count`` and ``noun``, with the noun's plural (an added "s") unless there is exactly one."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
