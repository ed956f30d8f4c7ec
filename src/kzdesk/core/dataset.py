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
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kzdesk.core.model import SCHEMA_VERSION, Dataset
from kzdesk.resources import data_path

MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>")


@dataclass
class DatasetError(Exception):
    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def bundled_dataset_path() -> Path:
    return data_path("dataset.json")


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "text", bool: "true/false"}.get(type(value), type(value).__name__)


Converter = typing.Callable[[Any, str], Any]


@cache
def _converter(hint: Any) -> Converter:
    """A function that checks a JSON value against ``hint`` and builds what it describes.

    Built once per type and cached: the dataset holds thousands of values, and
    inspecting type hints for each of them would cost more than the JSON parse.
    """
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [o for o in typing.get_args(hint) if o is not type(None)]
        convert_inner = _converter(inner)
        return lambda value, where: None if value is None else convert_inner(value, where)
    if origin is tuple:
        (item,) = [a for a in typing.get_args(hint) if a is not Ellipsis]
        convert_item = _converter(item)

        def convert_tuple(value: Any, where: str) -> tuple[Any, ...]:
            if not isinstance(value, list):
                raise ValueError(f"{where}: expected a list, found {_describe(value)}")
            return tuple(convert_item(v, f"{where}[{i}]") for i, v in enumerate(value))

        return convert_tuple
    if dataclasses.is_dataclass(hint):
        return _dataclass_converter(hint)
    if hint is float:

        def convert_number(value: Any, where: str) -> Any:
            if value.__class__ not in (int, float):
                raise ValueError(f"{where}: expected a number, found {_describe(value)}")
            return value

        return convert_number
    if hint is int:

        def convert_int(value: Any, where: str) -> Any:
            if value.__class__ is not int:
                raise ValueError(f"{where}: expected a whole number, found {_describe(value)}")
            return value

        return convert_int
    if hint in (str, bool):
        expected = _describe(hint())

        def convert_plain(value: Any, where: str) -> Any:
            if value.__class__ is not hint:
                raise ValueError(f"{where}: expected {expected}, found {_describe(value)}")
            return value

        return convert_plain
    raise TypeError(f"unsupported type {hint!r}")  # a bug in the model, not in the file


def _dataclass_converter(cls: Any) -> Converter:
    hints = typing.get_type_hints(cls)
    fields = [
        (f.name, f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
        for f in dataclasses.fields(cls)
        if f.init
    ]
    known = frozenset(name for name, _ in fields)
    # Resolved on first use: a dataclass may refer to itself through its fields.
    converters: dict[str, Converter] = {}

    def convert_object(value: Any, where: str) -> Any:
        if not isinstance(value, dict):
            raise ValueError(f"{where}: expected an object, found {_describe(value)}")
        if not known.issuperset(value):
            raise ValueError(f"{where}: unexpected field {sorted(set(value) - known)[0]!r}")
        if not converters:
            converters.update({name: _converter(hints[name]) for name, _ in fields})
        kwargs = {}
        for name, required in fields:
            if name in value:
                kwargs[name] = converters[name](value[name], f"{where}.{name}")
            elif required:
                raise ValueError(f"{where}: missing field {name!r}")
        return cls(**kwargs)

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
        dataset = _converter(Dataset)(payload, "dataset")
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
