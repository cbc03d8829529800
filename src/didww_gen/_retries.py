"""When to retry a request, and how long to wait first."""

from __future__ import annotations

import email.utils
import random
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


def should_retry_error(method: str, error: httpx.TransportError) -> bool:
    """A refused connection never reached the server; anything later may have been acted on."""
    if isinstance(error, httpx.ConnectError):
        return True
    return method in IDEMPOTENT and isinstance(
        error, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
    )


def retry_after(response: httpx.Response | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date), capped."""
    if response is None:
        return None
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        if parsed is None:
            return None
        seconds = parsed.timestamp() - time.time()
    return min(max(seconds, 0.0), RETRY_AFTER_MAX)


def backoff(attempt: int, response: httpx.Response | None = None) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based): Retry-After, or jittered exponential."""
    hinted: float | None = retry_after(response)
    if hinted is not None:
        return hinted
    ceiling: float = min(BACKOFF_START * (2 ** (attempt - 1)), BACKOFF_MAX)
    return ceiling * (0.5 + random.random() / 2)
