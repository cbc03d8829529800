"""When to retry a request, and how long to wait first."""

from __future__ import annotations

import datetime
import email.utils
import random
import re
import time

import httpx

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"})
BACKOFF_START = 0.5
BACKOFF_MAX = 8.0
RETRY_AFTER_MAX = 60.0


def should_retry_status(method: str, status: int) -> bool:
    """429 is always safe (the server refused before acting); 5xx only for idempotent methods."""
    if status == 429:
        return True
    return status >= 500 and method in IDEMPOTENT


def should_retry_error(method: str, error: httpx.RequestError) -> bool:
    """A refused connection never reached the server; anything later may have been acted on (a body that is
    not in its ``Content-Encoding``, ``httpx.DecodingError``, is retried like a dropped connection)."""
    if isinstance(error, httpx.ConnectError):
        return True
    return method in IDEMPOTENT and isinstance(
        error, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, httpx.DecodingError)
    )


def retry_after(response: httpx.Response | None) -> float | None:
    """Seconds from a ``Retry-After`` header, capped at ``RETRY_AFTER_MAX``; None when absent or unusable.

    Usable values are delta-seconds (a non-negative finite number, ``"2"`` or ``"1.5"``) and HTTP dates
    (a date in the past means now). Anything else (``"soon"``, ``"0x10"``, ``"nan"``, ``"inf"``, a negative
    number, more than 12 digits) is ignored, so the normal backoff applies.
    """
    if response is None:
        return None
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    seconds = float(value) if _DELTA_SECONDS.fullmatch(value) else _http_date_in(value)
    if seconds is None:
        return None
    return min(max(seconds, 0.0), RETRY_AFTER_MAX)


_DELTA_SECONDS = re.compile(r"[0-9]{1,12}(?:\.[0-9]{1,9})?")


def _http_date_in(value: str) -> float | None:
    """Seconds from now until an HTTP date, or None when ``value`` is not one."""
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:  # "-0000": UTC by RFC 5322
        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return parsed.timestamp() - time.time()


def backoff(attempt: int, response: httpx.Response | None = None) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based): Retry-After, or jittered exponential."""
    hinted: float | None = retry_after(response)
    if hinted is not None:
        return hinted
    ceiling: float = min(BACKOFF_START * (2 ** (attempt - 1)), BACKOFF_MAX)
    return ceiling * (0.5 + random.random() / 2)
