"""What a field of the prototype takes: the JSON type, and how the value becomes the field's (no pydantic).

The same strictness as didww_gen's models on these fields: integers are JSON integers (never ``true``,
``1.0`` or ``"5"``), booleans are ``true``/``false``, strings are strings; datetimes are ISO 8601 strings,
timezone-aware (UTC where the API sends no offset); dates are ISO 8601 dates; decimals are ``Decimal`` from a
string or a number; enums take their JSON type only and keep unknown values as pseudo-members. ``null`` is
taken by every field (didww_gen's decoded fields are all ``X | None``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

Convert = Callable[[Any], Any]
UTC = dt.timezone.utc


class Never:
    """A type no JSON value has: a field with a conversion always runs it."""


class Kind(NamedTuple):
    """``expected``: the JSON type taken as it is; otherwise ``convert`` runs (and raises on a bad value).
    ``mutable``: the value can be changed in place (lists, nested objects): the first read records it.
    ``form`` and ``enum``: how the filler writes the common case out (``fill.py``); ``convert`` is the
    reference behaviour, and what runs for any other value."""

    expected: type
    convert: Convert | None = None
    mutable: bool = False
    form: str = "plain"
    enum: type[enum.Enum] | None = None


def _refuse(value: Any, what: str) -> Any:
    raise TypeError(f"expected {what}, not {type(value).__name__}")


def _datetime(value: Any) -> dt.datetime:
    if type(value) is not str:
        return _refuse(value, "an ISO 8601 datetime string")  # type: ignore[no-any-return]
    parsed = dt.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _date(value: Any) -> dt.date:
    if type(value) is not str:
        return _refuse(value, "an ISO 8601 date string")  # type: ignore[no-any-return]
    return dt.date.fromisoformat(value)


def _decimal(value: Any) -> Decimal:
    kind = type(value)
    if kind is str or kind is int:
        found = Decimal(value)
    elif kind is float:
        found = Decimal(str(value))
    else:
        return _refuse(value, "a decimal string or number")  # type: ignore[no-any-return]
    if not found.is_finite():
        raise InvalidOperation(f"{value!r} is not a finite decimal")
    return found


def enum_of(cls: type[enum.Enum]) -> Convert:
    """A member of ``cls`` from its JSON value (an unknown value of the right type: a pseudo-member)."""
    json_type = int if issubclass(cls, int) else str
    members = cls._value2member_map_

    def convert(value: Any) -> Any:
        if type(value) is not json_type:
            return _refuse(value, f"a {json_type.__name__} ({cls.__name__})")
        found = members.get(value)
        return found if found is not None else cls(value)

    return convert


def list_of(item: Kind) -> Convert:
    """A JSON array whose elements each take ``item``."""
    expected, convert = item.expected, item.convert

    def convert_list(value: Any) -> list[Any]:
        if type(value) is not list:
            return _refuse(value, "an array")  # type: ignore[no-any-return]
        if convert is None:
            for element in value:
                if type(element) is not expected:
                    _refuse(element, f"{expected.__name__} elements")
            return value
        return [convert(element) for element in value]

    return convert_list


STR = Kind(str)
INT = Kind(int)
BOOL = Kind(bool)
DATETIME = Kind(Never, _datetime, form="datetime")
DATE = Kind(Never, _date, form="date")
DECIMAL = Kind(Never, _decimal, form="decimal")
STR_LIST = Kind(Never, list_of(STR), mutable=True)


def enum_kind(cls: type[enum.Enum]) -> Kind:
    return Kind(Never, enum_of(cls), form="enum", enum=cls)


def enum_list(cls: type[enum.Enum]) -> Kind:
    return Kind(Never, list_of(enum_kind(cls)), mutable=True, form="enum_list", enum=cls)
