"""How a stored document becomes a record, and a record a document.

Most stored records are pydantic models. The two that the start screen reads, the case
summary and the chair's settings, are plain dataclasses instead (`PLAIN_RECORD` config):
pydantic costs about 80 ms to import and 50 ms to build its first validator on a
laptop like ours, a third of the time a minimal Textual app needs to show its first
screen, and the start screen needs neither.

Validation stays pydantic's. A plain record is validated by pydantic exactly as the
same fields on a `Record` would be (same types, lax as ever, unknown fields forbidden),
unless the document is in the canonical form that `dump` writes: every field of
exactly its JSON type, every date in the one ISO form. Such a document is read
directly, because for it pydantic would return the very same values
(`tests/test_records.py` checks that over generated documents). Anything else, a
document that was edited by hand or damaged, goes through pydantic, and is accepted or
named as damaged exactly as before.
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
from collections.abc import Callable
from datetime import date, datetime
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    Literal,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
    get_type_hints,
)

from agenda.errors import error_field

if TYPE_CHECKING:
    from pydantic import TypeAdapter

R = TypeVar("R")

SCHEMA_VERSION = 1
"""Version of every stored document; bump it (and add a migration) when a record changes."""

PLAIN_RECORD: dict[str, Any] = {"extra": "forbid"}
"""`__pydantic_config__` of a plain record: as `Record`, unknown fields are an error."""


@dataclasses.dataclass(frozen=True)
class AtLeast:
    """The least a whole number may be: `Annotated[int, AtLeast(1)]` on a plain record, as
    `Field(ge=1)` on a model. Pydantic checks it as `annotated_types.Ge`, loaded only
    when pydantic is; the direct reader checks it itself."""

    minimum: int

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from annotated_types import Ge

        return handler.generate_schema(Annotated[source, Ge(self.minimum)])


class InvalidField(Exception):
    """A document does not make the record; `field` names the first wrong field."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def is_plain(kind: type[object]) -> bool:
    """A dataclass declared as a plain record (`PLAIN_RECORD`)."""
    config = getattr(kind, "__pydantic_config__", None)
    return config is PLAIN_RECORD and dataclasses.is_dataclass(kind)


def validate(kind: type[R], fields: dict[str, Any]) -> R:
    """The record of `kind` that `fields` make, or `InvalidField`."""
    if is_plain(kind):
        found = read_canonical(kind, fields)
        if found is not None:
            return found
    # Damaged, hand-made or one of the pydantic models: pydantic decides, as always.
    from pydantic import BaseModel, ValidationError

    try:
        if issubclass(kind, BaseModel):
            return cast("R", kind.model_validate(fields))
        return cast("R", _adapter(kind).validate_python(fields))
    except ValidationError as error:
        first = error.errors(include_input=False, include_url=False)[0]
        raise InvalidField(error_field(first)) from None


def dump(record: object) -> dict[str, Any]:
    """A record's fields as JSON values, the way pydantic writes them."""
    if is_plain(type(record)):
        return cast("dict[str, Any]", _adapter(type(record)).dump_python(record, mode="json"))
    from pydantic import BaseModel

    assert isinstance(record, BaseModel)
    return record.model_dump(mode="json")


_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def _adapter(kind: type[Any]) -> TypeAdapter[Any]:
    if kind not in _ADAPTERS:
        from pydantic import TypeAdapter

        _ADAPTERS[kind] = TypeAdapter(kind)
    return _ADAPTERS[kind]


# -- the canonical form, read without pydantic ------------------------------------------

_NOT = object()
"""A value not in its canonical form (which does not make it wrong: pydantic decides)."""

Reader = Callable[[object], object]

_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def read_canonical(kind: type[R], fields: dict[str, Any]) -> R | None:
    """The plain record, read without pydantic; None unless the fields are in canonical form."""
    if kind not in _SHAPES:
        _SHAPES[kind] = _shape(kind)
    shape = _SHAPES[kind]
    if shape is None or not fields.keys() <= shape.readers.keys():
        return None
    if not shape.required <= fields.keys():
        return None
    readers = shape.readers
    values = {}
    for name, value in fields.items():
        read = readers[name](value)
        if read is _NOT:
            return None
        values[name] = read
    return kind(**values)


@dataclasses.dataclass(frozen=True)
class _Shape:
    readers: dict[str, Reader]
    """A reader per field."""
    required: frozenset[str]
    """The fields without a default."""


_SHAPES: dict[type[Any], _Shape | None] = {}


def _shape(kind: type[Any]) -> _Shape | None:
    """How to read `kind`'s canonical form; None when a field has a type we leave to
    pydantic (anything but the plain types below, or a type with constraints)."""
    hints = get_type_hints(kind, include_extras=True)
    fields = dataclasses.fields(kind)
    readers = {f.name: _reader(hints[f.name]) for f in fields}
    if any(reader is None for reader in readers.values()):
        return None
    required = frozenset(
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )
    return _Shape(cast("dict[str, Reader]", readers), required)


def _reader(hint: Any) -> Reader | None:
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        value = _reader(rest[0]) if len(rest) == 1 else None
        if value is None:
            return None
        read_value = value
        return lambda v: None if v is None else read_value(v)
    if origin is Annotated:
        base = _reader(args[0])
        bounds = args[1:]
        if base is None or not all(isinstance(b, AtLeast) for b in bounds):
            return None  # a constraint only pydantic knows
        read_base, least = base, max(b.minimum for b in bounds)

        def bounded(v: object) -> object:
            read = read_base(v)
            return read if isinstance(read, int) and read >= least else _NOT

        return bounded
    if origin is Literal and all(type(a) is str for a in args):
        return lambda v: v if type(v) is str and v in args else _NOT
    if origin is list and args == (str,):
        return lambda v: list(v) if type(v) is list and all(type(x) is str for x in v) else _NOT
    return _SIMPLE.get(hint)


def _text(value: object) -> object:
    return value if type(value) is str else _NOT


def _whole(value: object) -> object:
    return value if type(value) is int else _NOT


def _fraction(value: object) -> object:
    return value if type(value) is float and math.isfinite(value) else _NOT


def _moment(value: object) -> object:
    if type(value) is not str or not _DATETIME.fullmatch(value):
        return _NOT
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return _NOT


def _day(value: object) -> object:
    if type(value) is not str or not _DATE.fullmatch(value):
        return _NOT
    try:
        return date.fromisoformat(value)
    except ValueError:
        return _NOT


_SIMPLE: dict[object, Reader] = {
    str: _text,
    int: _whole,
    float: _fraction,
    datetime: _moment,
    date: _day,
}
