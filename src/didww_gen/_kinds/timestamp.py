"""``timestamp``: a date and time the API writes as ``YYYY-MM-DD HH:MM:SS`` in UTC (export filters), a
timezone-aware ``datetime`` in whole seconds in Python."""

from __future__ import annotations

import datetime as dt
from typing import Any

from didww_gen._kinds import ScalarKind, to_json

TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S"
"""How the API writes a timestamp (UTC)."""


def _encode(value: Any) -> Any:
    """An aware datetime (validated so: whole seconds) as the API's text, in UTC."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).strftime(TIMESTAMP_FORMAT)
    return to_json(value)


def _accepted(value: Any) -> bool:
    try:
        dt.datetime.strptime(value, TIMESTAMP_FORMAT)
    except (TypeError, ValueError):
        return False
    return True


KIND = ScalarKind(
    name="timestamp",
    summary=(
        "timestamp (a date and time the API writes as YYYY-MM-DD HH:MM:SS in UTC, a timezone-aware datetime in Python)"
    ),
    order=70,
    annotation="UtcTimestamp",
    shown="datetime",
    imports=("from didww_gen._types import UtcTimestamp",),
    codec="TIMESTAMP",
    encode=_encode,
    fake_accepts=_accepted,
    json_type="string",
    refines=("datetime", "string"),
)
