"""The interface's languages, and the POSIX locale's one (no Qt: the CLI decides without loading it)."""

from __future__ import annotations

import os

#: The interface languages, English (the source) first.
LANGUAGES = ("en", "kk", "ru")


def language_of(locale_name: str) -> str:
    """The interface language for a locale name ("ru_RU.UTF-8", "kk-KZ", "C"): kk, ru, or en."""
    code = locale_name.replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()
    return code if code in LANGUAGES else "en"


def locale_language() -> str | None:
    """The language of the POSIX locale (LC_ALL, LC_MESSAGES, LANG, the first set); None if none is set."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return language_of(value)
    return None
