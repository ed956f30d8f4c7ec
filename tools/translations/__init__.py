"""kk (Cyrillic) and ru translations, by English source text, filled into the .ts by fill_translations.py.

Kept in parts, one module per area of the interface (base, tabs, workspace, printing, cli, …), so
translators of different areas never edit the same file. Each part defines ``TEXTS`` (source →
{"kk": …, "ru": …}) and may define ``PLURALS`` (singular → {"kk": [forms], "ru": [one, few, many]}).
A source text translated differently in two parts is an error: one source, one translation.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

TEXTS: dict[str, dict[str, str]] = {}
PLURALS: dict[str, dict[str, list[str]]] = {}


def _merge(into: dict, part: dict, name: str) -> None:
    for source, translation in part.items():
        if source in into and into[source] != translation:
            raise ValueError(f"tools/translations/{name}.py translates {source!r} differently from another part")
        into[source] = translation


for _module in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda m: m.name):
    _part = importlib.import_module(f"{__name__}.{_module.name}")
    _merge(TEXTS, getattr(_part, "TEXTS", {}), _module.name)
    _merge(PLURALS, getattr(_part, "PLURALS", {}), _module.name)
