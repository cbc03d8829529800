"""``date``: an ISO 8601 date (``2026-04-16``), ``datetime.date`` in Python."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from didww_gen._kinds import ScalarKind

_SHAPE = r"^\d{4}-\d{2}-\d{2}$"  # compiled by ``re`` on first use (importers only)


def _encode(value: dt.date) -> str:
    return value.isoformat()


def _iso(value: Any) -> bool:
    try:
        dt.date.fromisoformat(value.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return False
    return True


def _spec_value(value: Any) -> bool:
    return isinstance(value, (str, dt.date)) and _iso(str(value))


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _shown(value: Any) -> bool:
    return isinstance(value, str) and re.match(_SHAPE, value) is not None


def _in_rust(schema: dict[str, Any]) -> Any:
    from didww_gen._types import iso_date_in_rust  # pydantic: only when the fast path of decoding builds a validator

    return iso_date_in_rust(schema)


def _parse(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"takes a date such as 2026-03-01, got {text!r}") from None


KIND = ScalarKind(
    name="date",
    summary="date (yyyy-mm-dd)",
    order=50,
    annotation="dt.date",
    shown="date",
    python_doc="a `datetime.date`",
    wire_annotation="IsoDate",
    imports=("import datetime as dt", "from didww_gen._types import IsoDate"),
    codec="DATE",
    python_types=(dt.date,),
    encode=_encode,
    in_rust=_in_rust,
    pydantic_errors=("date",),
    takes="a date",
    expected="an ISO 8601 date",
    fake_accepts=_iso,
    spec_value_ok=_spec_value,
    openapi=(("string", "date"),),
    openapi_precise=True,
    postman_shape=_shown,
    postman_words=("date",),
    json_type="string",
    shaped=_is_text,
    placeholder=("2026-01-01",),
    refines=("string", "datetime"),
    cli_parse=_parse,
    cli_checks_filter=False,
)
