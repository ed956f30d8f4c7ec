"""The one place that knows where the bundled ``data/`` and ``resources/`` live.

In a wheel they are package data (``kzdesk/data``, ``kzdesk/resources``, mapped
there by pyproject.toml); in a source checkout they are the top-level folders.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[2]


@cache
def _package() -> Path:
    """The ``kzdesk`` package's folder, as ``importlib.resources.files("kzdesk")`` gives it."""
    here = Path(__file__).resolve().parent
    if here.is_dir():
        # An installed wheel or a checkout: a plain folder, found without importing
        # importlib.resources (≈ 5 ms of start-up).
        return here
    from importlib import resources

    return Path(str(resources.files("kzdesk")))


def _root(name: str) -> Path:
    packaged = _package() / name
    if packaged.is_dir():
        return packaged
    return _CHECKOUT / name


def _join(root: Path, parts: tuple[str, ...]) -> Path:
    for part in parts:
        if part in ("", ".", "..") or "/" in part or "\\" in part:
            raise ValueError(f"invalid resource path component {part!r}")
    return root.joinpath(*parts)


def data_path(*parts: str) -> Path:
    """A file under the bundled data folder, e.g. ``data_path("dataset.json")``."""
    return _join(_root("data"), parts)


def resource_path(*parts: str) -> Path:
    """A file under the bundled resources folder (fonts, icons, templates)."""
    return _join(_root("resources"), parts)
