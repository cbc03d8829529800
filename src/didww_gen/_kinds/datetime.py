"""``datetime``: an ISO 8601 date and time, a timezone-aware ``datetime`` in Python (sent in UTC)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from didww_gen._kinds import ScalarKind
from didww_gen.errors import DidwwClientError

# compiled by ``re`` on first use (the importers only)
_SHAPE = r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$"
_EXAMPLE = "such as 2026-03-01T12:00:00Z"


def _encode(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise DidwwClientError(f"datetime {value.isoformat()} has no timezone: use an aware datetime (UTC)")
    return value.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _iso(value: Any) -> bool:
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return False
    return True


def _spec_value(value: Any) -> bool:
    return isinstance(value, (str, dt.datetime)) and _iso(str(value))


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _shown(value: Any) -> bool:
    return isinstance(value, str) and re.match(_SHAPE, value) is not None


def _in_rust(schema: dict[str, Any]) -> Any:
    from didww_gen._types import (
        aware_datetime_in_rust,  # pydantic: only when the fast path of decoding builds a validator
    )

    return aware_datetime_in_rust(schema)


def _parse(text: str) -> dt.datetime:
    try:
        found = dt.datetime.fromisoformat(text.removesuffix("Z") + ("+00:00" if text.endswith("Z") else ""))
    except ValueError:
        raise ValueError(f"takes a date and time {_EXAMPLE}, got {text!r}") from None
    if found.tzinfo is None:
        raise ValueError(f"needs a timezone ({_EXAMPLE}), got {text!r}")
    return found


KIND = ScalarKind(
    name="datetime",
    summary="datetime (ISO 8601, timezone-aware)",
    order=60,
    annotation="UtcDateTime",
    shown="datetime",
    python_doc="a timezone-aware `datetime.datetime`",
    imports=("from didww_gen._types import UtcDateTime",),
    codec="DATETIME",
    python_types=(dt.datetime,),
    encode=_encode,
    in_rust=_in_rust,
    pydantic_errors=("datetime",),
    takes="an aware datetime (with tzinfo)",
    expected="an ISO 8601 date and time",
    fake_accepts=_iso,
    spec_value_ok=_spec_value,
    openapi=(("string", "date-time"),),
    openapi_precise=True,
    postman_shape=_shown,
    postman_words=("datetime",),
    json_type="string",
    shaped=_is_text,
    placeholder=("2026-01-01T00:00:00.000Z",),
    refines=("string", "date"),
    cli_parse=_parse,
    cli_checks_filter=False,
)
