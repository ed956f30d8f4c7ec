"""Load and validate a dataset file.

Any problem — unreadable, truncated, foreign JSON, another schema version, a wrong
type or a missing field — becomes one ``DatasetError`` naming the file and the
problem, so callers can show a message instead of a traceback.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from kzdesk.core.files import MAX_INPUT_BYTES, FileProblem, read_input
from kzdesk.core.model import SCHEMA_VERSION, Dataset
from kzdesk.resources import data_path

MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>")

#: Bounds of the input gate (the bundled dataset: depth 7, longest text 760 characters).
MAX_DEPTH = 32
MAX_TEXT = 100_000
MAX_INTEGER = 10**12
MAX_MAGNITUDE = 1e15  # beyond this a figure cannot be printed or charted exactly
#: Whole numbers that name something have narrower ranges.
INTEGER_RANGES = {"year": (1900, 2100), "number": (0, 100_000), "table": (0, 1000), "proposal": (0, 100_000)}
#: Control characters (C0 but tab and newline, DEL, C1); they would reach terminals and printers.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class DatasetError(FileProblem):
    """``path`` cannot be used as a dataset, because of ``problem`` (a phrase fit to show the user)."""


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


def _refuse_constant(name: str) -> Any:
    raise _Invalid(f"{name} is not a number kzdesk accepts (finite numbers only)")


MAX_INT_DIGITS = 40  # far beyond any value's range: longer ones are refused before Python converts them


def _parse_int(digits: str) -> int:
    # Python refuses to convert more than 4300 digits with a ValueError of its own; refuse sooner, in the gate's words.
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise _Invalid(f"a whole number of {len(digits.lstrip('-'))} digits is out of range for any value")
    return int(digits)


def _check_values(value: Any, where: str = "dataset", depth: int = 0, key: str = "") -> None:
    """The gate's bounds on raw JSON: depth, text length, control characters, number ranges."""
    if depth > MAX_DEPTH:
        raise _Invalid(f"{where}: nested more than {MAX_DEPTH} levels deep")
    kind = value.__class__
    if kind is str:
        if len(value) > MAX_TEXT:
            raise _Invalid(f"{where}: text of {len(value)} characters (the limit is {MAX_TEXT})")
        bad = CONTROL.search(value)
        if bad is not None:
            raise _Invalid(f"{where}: contains the control character U+{ord(bad.group()):04X}")
    elif kind is dict:
        for name, item in value.items():
            if len(name) > 100 or not name.isprintable():  # a field name: no control character at all
                raise _Invalid(f"{where}: a field name that is too long or holds control characters")
            _check_values(item, f"{where}.{name}", depth + 1, name)
    elif kind is list:
        for index, item in enumerate(value):
            _check_values(item, f"{where}[{index}]", depth + 1, key)
    elif kind is float:
        if not math.isfinite(value):
            raise _Invalid(f"{where}: {value} is not a finite number")
        if abs(value) > MAX_MAGNITUDE:
            raise _Invalid(f"{where}: {value:g} is out of range (at most {MAX_MAGNITUDE:g} in size)")
    elif kind is int:
        low, high = INTEGER_RANGES.get(key, (-MAX_INTEGER, MAX_INTEGER))
        if not low <= value <= high:
            shown = str(value) if abs(value) < 10**30 else f"a {len(str(abs(value)))}-digit number"
            raise _Invalid(f"{where}: {shown} is out of range for {key or 'a number'} ({low} to {high})")


def check_payload(payload: Any, path: str) -> None:
    """DatasetError if the parsed JSON ``payload`` breaks the gate's bounds (reusable for other files)."""
    try:
        _check_values(payload)
    except _Invalid as error:
        raise DatasetError(path, error.problem) from None


def parse_dataset(payload: Any, path: str, trusted: bool = False) -> Dataset:
    """``trusted``: the bundled dataset, which kzdesk.ingest built and a test checks byte for
    byte; it skips the value walk of the input gate, which would cost every start-up."""
    if not isinstance(payload, dict):
        raise DatasetError(path, f"not a kzdesk dataset (found {_describe(payload)} at the top level)")
    version = payload.get("schema_version")
    if version is None:
        raise DatasetError(path, "not a kzdesk dataset (no schema_version)")
    if version != SCHEMA_VERSION:
        raise DatasetError(
            path, f"schema version {version!r} is not supported (this kzdesk reads version {SCHEMA_VERSION})"
        )
    if not trusted:
        check_payload(payload, path)
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
    payload = read_json_input(file, "a kzdesk dataset is data/dataset.json")
    return parse_dataset(payload, str(file), trusted=path is None)


def read_json_input(file: Path, expected: str, limit: int = MAX_INPUT_BYTES) -> Any:
    """The parsed JSON of ``file`` through the input gate's reading rules (a regular file,
    at most ``limit`` bytes, UTF-8, finite numbers, bounded integers), or DatasetError.
    ``expected`` says what the file should have been, for a file that is not JSON at all."""
    try:
        raw = read_input(file, limit)
    except FileProblem as error:
        raise DatasetError(error.path, error.problem) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DatasetError(str(file), "not a text file (invalid UTF-8)") from None
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_int=_parse_int)
    except _Invalid as error:
        raise DatasetError(str(file), error.problem) from None
    except json.JSONDecodeError as error:
        if not text.lstrip().startswith(("{", "[")):
            raise DatasetError(str(file), f"not a JSON file ({expected})") from None
        # A file cut short fails at its very end, or inside a string that never closes.
        cut = error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string")
        problem = "truncated" if cut else "damaged"
        raise DatasetError(str(file), f"{problem} JSON at line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise DatasetError(str(file), "nested too deeply to be a kzdesk file") from None


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
