"""Scalar types shared by the generated models: each takes exactly the JSON type the API sends.

pydantic's lax mode would turn ``0`` or ``"10"`` into 1970-01-01, ``true`` into ``1`` and ``"5"`` into ``5``; a value of
another JSON type than the field's is refused instead (the decoder keeps the resource and the raw value, and
reading the field raises). Values a user builds (``datetime``, ``date`` objects) are taken as they are.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Strict
from pydantic_core import PydanticKnownError, core_schema

from didww_gen._kinds.timestamp import TIMESTAMP_FORMAT

StrictInt = Annotated[int, Strict()]
"""An integer: a JSON number without a fraction, never ``true`` or ``"5"``."""

StrictBool = Annotated[bool, Strict()]
"""A boolean: JSON ``true`` or ``false``, never ``1`` or ``"true"``."""


_ISO_DATE_START = re.compile(r"\d{4}-\d{2}-\d{2}(?![0-9])", re.ASCII)
"""How an ISO 8601 date or date and time starts; pydantic would read ``"10"`` as a Unix time (1970)."""


def _iso_text(kind: type[dt.date]) -> Any:
    parsing: Literal["datetime_parsing", "date_parsing"] = "datetime_parsing" if kind is dt.datetime else "date_parsing"

    def check(value: Any) -> Any:
        if isinstance(value, kind) or (isinstance(value, str) and _ISO_DATE_START.match(value)):
            return value
        if isinstance(value, str):  # the error pydantic gives a string it cannot parse as a date
            raise PydanticKnownError(parsing, {"error": "not an ISO 8601 date"})
        raise ValueError(f"expected an ISO 8601 {kind.__name__} string, not {type(value).__name__}")

    return BeforeValidator(check)


ISO_START_CORE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[^0-9]|$)"
"""``_ISO_DATE_START`` in the regular expressions of pydantic-core (no look-ahead): the fast path of decoding."""


def validator_function(schema: Any) -> Any:
    """The Python function of a pydantic-core function validator schema (None for any other schema)."""
    function = schema.get("function")
    return function.get("function") if isinstance(function, dict) else None


def is_iso_check(function: Any) -> bool:
    """Whether ``function`` is the check of ``IsoDate`` / ``UtcDateTime`` (ISO 8601 text only)."""
    return getattr(function, "__qualname__", "") == f"{_iso_text.__name__}.<locals>.check"


def iso_date_in_rust(schema: dict[str, Any]) -> Any:
    """``IsoDate``'s validation as pydantic-core does it (no Python call), None for another schema."""
    inner = schema.get("schema")
    if schema.get("type") != "function-before" or not is_iso_check(validator_function(schema)):
        return None
    if not isinstance(inner, dict) or inner.get("type") != "date":
        return None
    return core_schema.chain_schema([core_schema.str_schema(strict=True, pattern=ISO_START_CORE), inner])


def aware_datetime_in_rust(schema: dict[str, Any]) -> Any:
    """``UtcDateTime``'s validation as pydantic-core does it, taking an ISO 8601 date and time with its offset
    only (a naive one, made UTC, goes to the per-resource path); None for another schema."""
    inner = schema.get("schema")
    if schema.get("type") != "function-after" or validator_function(schema) is not _assume_utc:
        return None
    if not isinstance(inner, dict) or not is_iso_check(validator_function(inner)):
        return None
    text = core_schema.str_schema(strict=True, pattern=ISO_START_CORE)
    return core_schema.chain_schema([text, {**inner["schema"], "tz_constraint": "aware"}])


def _assume_utc(value: dt.datetime) -> dt.datetime:
    """The API writes a few timestamps without an offset (``2018-03-15 12:34:56``); they are UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.timezone.utc)


UtcDateTime = Annotated[dt.datetime, _iso_text(dt.datetime), AfterValidator(_assume_utc)]
"""A timezone-aware ``datetime`` from an ISO 8601 string: values the API sends without an offset are UTC."""

TIMESTAMP_SHAPE = "YYYY-MM-DD HH:MM:SS"


def _timestamp(value: Any) -> dt.datetime:
    """An aware datetime in whole seconds: given as such, as the API's ``YYYY-MM-DD HH:MM:SS`` text (UTC), or as
    ISO 8601 text with a timezone (``2026-03-01T00:00:00Z``, as a dump writes it)."""
    if isinstance(value, str):
        value = _timestamp_text(value)
    if not isinstance(value, dt.datetime):
        raise ValueError(f"takes an aware datetime (sent as {TIMESTAMP_SHAPE}, UTC), got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"takes an aware datetime (sent as {TIMESTAMP_SHAPE}, UTC), got a naive one ({value.isoformat()}): "
            "give it a timezone, e.g. tzinfo=datetime.timezone.utc"
        )
    if value.microsecond:
        raise ValueError(
            f"is sent as {TIMESTAMP_SHAPE}, in whole seconds, got {value.isoformat()}: "
            "drop the fraction (value.replace(microsecond=0))"
        )
    return value


def _timestamp_text(text: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text, TIMESTAMP_FORMAT).replace(tzinfo=dt.timezone.utc)
    except ValueError:
        pass
    try:
        found = dt.datetime.fromisoformat(text.removesuffix("Z") + ("+00:00" if text.endswith("Z") else ""))
    except ValueError:
        found = None
    if found is None or found.tzinfo is None or "T" not in text:
        raise ValueError(
            f"takes an aware datetime, or a string formatted {TIMESTAMP_SHAPE} (UTC), got {text!r}"
        ) from None
    return found


UtcTimestamp = Annotated[dt.datetime, BeforeValidator(_timestamp)]
"""A timezone-aware ``datetime`` the API writes as ``YYYY-MM-DD HH:MM:SS`` in UTC (export filters)."""

IsoDate = Annotated[dt.date, _iso_text(dt.date)]
"""A ``date`` from an ISO 8601 string (``2026-04-16``)."""
