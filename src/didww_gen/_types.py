"""Scalar types shared by the generated models."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import AfterValidator


def _assume_utc(value: dt.datetime) -> dt.datetime:
    """The API writes a few timestamps without an offset (``2018-03-15 12:34:56``); they are UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.timezone.utc)


UtcDateTime = Annotated[dt.datetime, AfterValidator(_assume_utc)]
"""A timezone-aware ``datetime``: values the API sends without an offset are taken as UTC."""
