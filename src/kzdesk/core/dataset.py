"""Load and validate a dataset file.

Any problem — unreadable, truncated, foreign JSON, another schema version, a wrong
type or a missing field — becomes one ``DatasetError`` naming the file and the
problem, so callers can show a message instead of a traceback.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from kzdesk.core.model import SCHEMA_VERSION, Dataset
from kzdesk.resources import data_path

MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>")


class DatasetError(Exception):
    """``path`` cannot be used as a dataset, because of ``problem`` (a phrase fit to show the user)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(path, problem)
        self.path = path
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def bundled_dataset_path() -> Path:
    return data_path("dataset.json")


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "text", bool: "true/false"}.get(type(value), type(value).__name__)


class _Invalid(ValueError):
    """A value that does not fit the model; ``path`` is filled in as the error passes up the tree."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path: list[str] = []  # innermost first: ".text", "[3]", ".paragraphs", ...

    def located(self, root: str) -> str:
        return f"{root}{''.join(reversed(self.path))}: {self.problem}"


#: Checks a JSON value against a type and builds what the type describes.
Converter = typing.Callable[[Any], Any]


@cache
def _converter(hint: Any) -> Converter:
    """The converter for ``hint``, built once per type and cached.

    The dataset holds thousands of values: inspecting type hints, or even formatting
    each value's location, for every one of them would cost more than the JSON parse.
    So a location is assembled only on the way out of a failure (see :class:`_Invalid`).
    """
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [o for o in typing.get_args(hint) if o is not type(None)]
        convert_inner = _converter(inner)
        return lambda value: None if value is None else convert_inner(value)
    if origin is tuple:
        (item,) = [a for a in typing.get_args(hint) if a is not Ellipsis]
        convert_item = _converter(item)

        def convert_tuple(value: Any) -> tuple[Any, ...]:
            if value.__class__ is not list:
                raise _Invalid(f"expected a list, found {_describe(value)}")
            try:
                return tuple(map(convert_item, value))
            except _Invalid as error:
                index = next(i for i, v in enumerate(value) if not _fits(convert_item, v))
                error.path.append(f"[{index}]")
                raise

        return convert_tuple
    if dataclasses.is_dataclass(hint):
        return _record_converter(hint)
    if hint is float:
        numbers = (int, float)

        def convert_number(value: Any) -> Any:
            if value.__class__ not in numbers:
                raise _Invalid(f"expected a number, found {_describe(value)}")
            return value

        return convert_number
    if hint in (int, str, bool):
        expected = "a whole number" if hint is int else _describe(hint())

        def convert_plain(value: Any) -> Any:
            if value.__class__ is not hint:
                raise _Invalid(f"expected {expected}, found {_describe(value)}")
            return value

        return convert_plain
    raise TypeError(f"unsupported type {hint!r}")  # a bug in the model, not in the file


def _fits(convert: Converter, value: Any) -> bool:
    try:
        convert(value)
    except _Invalid:
        return False
    return True


def _record_converter(cls: Any) -> Converter:
    hints = typing.get_type_hints(cls)
    names = cls._field_names
    defaults = cls._defaults
    required = frozenset(name for name in names if name not in defaults)
    known = frozenset(names)
    # Resolved on first use: a record may refer to itself through its fields.
    converters: list[tuple[str, Converter]] = []

    def convert_object(value: Any) -> Any:
        if value.__class__ is not dict:
            raise _Invalid(f"expected an object, found {_describe(value)}")
        if not known.issuperset(value):
            raise _Invalid(f"unexpected field {sorted(set(value) - known)[0]!r}")
        if not required.issubset(value):
            raise _Invalid(f"missing field {sorted(required - set(value))[0]!r}")
        if not converters:
            converters.extend((name, _converter(hints[name])) for name in names)
        values = {}
        for name, convert in converters:
            if name in value:
                try:
                    values[name] = convert(value[name])
                except _Invalid as error:
                    error.path.append(f".{name}")
                    raise
            else:
                values[name] = defaults[name]
        return cls.from_checked(values)

    return convert_object


def _check_references(dataset: Dataset) -> None:
    """Ids that other entities point at must exist, or the GUI would show dead links."""
    known = dataset.by_id
    for stat in dataset.statistics:
        if stat.paragraph not in known:
            raise ValueError(f"statistic {stat.id}: unknown paragraph {stat.paragraph!r}")
    for group in (dataset.projects, dataset.acts, dataset.proposals):
        for entity in group:
            if entity.paragraph not in known:
                raise ValueError(f"{entity.id}: unknown paragraph {entity.paragraph!r}")
    for proposal in dataset.proposals:
        for ref in proposal.related:
            if ref not in known:
                raise ValueError(f"{proposal.id}: unknown related id {ref!r}")
    ids = [
        e
        for group in (dataset.sections, dataset.statistics, dataset.projects, dataset.acts, dataset.proposals)
        for e in group
    ]
    if len({e.id for e in ids}) != len(ids):
        raise ValueError("duplicate ids")


def parse_dataset(payload: Any, path: str) -> Dataset:
    if not isinstance(payload, dict):
        raise DatasetError(path, f"not a kzdesk dataset (found {_describe(payload)} at the top level)")
    version = payload.get("schema_version")
    if version is None:
        raise DatasetError(path, "not a kzdesk dataset (no schema_version)")
    if version != SCHEMA_VERSION:
        raise DatasetError(
            path, f"schema version {version!r} is not supported (this kzdesk reads version {SCHEMA_VERSION})"
        )
    try:
        dataset = _converter(Dataset)(payload)
    except _Invalid as error:
        raise DatasetError(path, error.located("dataset")) from None
    try:
        _check_references(dataset)
    except ValueError as error:
        raise DatasetError(path, str(error)) from None
    return dataset


def load_dataset(path: str | Path | None = None) -> Dataset:
    """Load ``path`` (default: the bundled dataset), raising ``DatasetError`` on any problem."""
    file = Path(path) if path is not None else bundled_dataset_path()
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise DatasetError(str(file), f"cannot read the file ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DatasetError(str(file), "not a text file (invalid UTF-8)") from None
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as error:
        if not text.lstrip().startswith(("{", "[")):
            raise DatasetError(str(file), "not a JSON file (a kzdesk dataset is data/dataset.json)") from None
        # A file cut short fails at its very end, or inside a string that never closes.
        cut = error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string")
        problem = "truncated" if cut else "damaged"
        raise DatasetError(str(file), f"{problem} JSON at line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise DatasetError(str(file), "nested too deeply to be a kzdesk dataset") from None
    return parse_dataset(payload, str(file))


def markup_warnings(dataset: Dataset, path: str) -> list[str]:
    """Strings that look like HTML. They are always shown as plain text; callers say so."""
    warnings: list[str] = []

    def walk(value: Any, where: str) -> None:
        if isinstance(value, str):
            if MARKUP.search(value):
                warnings.append(f"{path}: {where} contains markup; it is shown as plain text")
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name), f"{where}.{f.name}" if where else f.name)
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                walk(item, f"{where}[{i}]")

    walk(dataset, "")
    return warnings
