"""Edition descriptions (``edition.toml``): where an edition's text, annotations and built
dataset are, its report info and the shape of its text.

``kzdesk.ingest`` builds an edition from its description; File → Open Edition… reads one to
find the dataset it describes. Kept apart from :mod:`kzdesk.core.editions`, which is on the
start-up path, since start-up reads no description.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from kzdesk.core.dataset import DatasetError
from kzdesk.core.files import FileProblem, read_input

#: Edition descriptions are small; a larger file is not one.
MAX_DESCRIPTION_BYTES = 1024 * 1024
#: The fields of an edition description's ``[report]`` table: required, then optional.
REPORT_FIELDS = ("key", "title", "year")
OPTIONAL_REPORT_FIELDS = ("short_title", "citation_title", "language", "source")


class EditionDescription:
    """An edition description (``edition.toml``): where the text and the annotations are,
    where the built dataset goes, the report's info and the shape of its text.

    Paths in the file are relative to the file's folder. ``report`` holds the ``[report]``
    table (see REPORT_FIELDS); ``shape`` the ``[shape]`` table, which the ingest parser reads.
    """

    def __init__(
        self, path: Path, text: Path, annotations: Path, output: Path, report: dict[str, Any], shape: dict[str, Any]
    ) -> None:
        self.path = path
        self.text = text
        self.annotations = annotations
        self.output = output
        self.report = report
        self.shape = shape


def describe_edition(path: str | Path) -> EditionDescription:
    """Read the edition description ``path``; DatasetError naming the problem if it is unusable."""
    import tomllib  # only ingest and File → Open of a description read one

    file = Path(path)
    try:
        raw = read_input(file, MAX_DESCRIPTION_BYTES)
    except FileProblem as error:
        raise DatasetError(error.path, error.problem) from None
    try:
        table = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DatasetError(str(file), f"not an edition description ({error})") from None
    folder = file.parent

    def section(name: str) -> dict[str, Any]:
        value = table.get(name, {})
        if not isinstance(value, dict):
            raise DatasetError(str(file), f"[{name}] must be a table")
        return value

    files, report, shape = section("files"), section("report"), section("shape")
    paths = {}
    for name in ("text", "annotations", "output"):
        value = files.get(name)
        if not isinstance(value, str) or not value:
            raise DatasetError(str(file), f"[files] needs {name} = a path relative to the description")
        paths[name] = Path(os.path.normpath(folder / value))
    for name in REPORT_FIELDS:
        if name not in report:
            raise DatasetError(str(file), f"[report] needs {name}")
    for name in (*REPORT_FIELDS, *OPTIONAL_REPORT_FIELDS):
        expected = int if name == "year" else str
        if name in report and type(report[name]) is not expected:
            raise DatasetError(str(file), f"[report] {name} must be {'a whole number' if expected is int else 'text'}")
    unknown = set(report) - {*REPORT_FIELDS, *OPTIONAL_REPORT_FIELDS}
    if unknown:
        raise DatasetError(str(file), f"[report] has an unknown field {sorted(unknown)[0]!r}")
    return EditionDescription(file, paths["text"], paths["annotations"], paths["output"], report, shape)
