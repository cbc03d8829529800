"""The overall deadline of one call: every attempt, every wait between attempts and every chunk of the body.

A per-read timeout alone never ends a call whose server trickles a byte now and then, nor a call that
keeps being retried; the deadline does. By default it is derived from the timeout and the retries
(:func:`default_deadline`); ``deadline=`` on the client sets it, ``deadline=None`` removes it.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, cast

import httpx

from didww_gen._retries import BACKOFF_MAX
from didww_gen._settings import is_seconds
from didww_gen.errors import DidwwClientError, DidwwTimeoutError

clock = time.monotonic
"""The clock deadlines are measured on (tests replace it)."""

AUTO: Any = type("Auto", (), {"__repr__": lambda self: "AUTO"})()
"""The ``deadline=`` default: derived from the timeout and the retries."""


def deadline_option(value: object) -> float | None:
    """A user's ``deadline=``: positive seconds, None (no deadline) or ``AUTO``."""
    if value is None or value is AUTO:
        return value
    if not is_seconds(value):
        raise DidwwClientError(f"deadline takes positive seconds (or None for no overall deadline), got {value!r}")
    return float(value)


def default_deadline(timeouts: Mapping[str, float | None], max_retries: int) -> float | None:
    """Each attempt may take twice its longest timeout (connect and send, then the answer), plus the longest
    backoff between attempts. None when the timeouts are all switched off."""
    longest = max((t for t in timeouts.values() if t is not None), default=None)
    if longest is None:
        return None
    return (max_retries + 1) * 2 * longest + max_retries * BACKOFF_MAX


class Deadline:
    """The moment one call must be over by (None: never)."""

    __slots__ = ("at", "seconds", "what")

    def __init__(self, seconds: float | None, what: Callable[[], str]) -> None:
        self.seconds = seconds
        self.what = what  # the call's words for an error, made only then
        self.at = None if seconds is None else clock() + seconds

    def remaining(self) -> float | None:
        return None if self.at is None else self.at - clock()

    def allows(self, wait: float) -> bool:
        """True when waiting ``wait`` seconds still leaves time before the deadline."""
        left = self.remaining()
        return left is None or wait < left

    def expired(self) -> bool:
        left = self.remaining()
        return left is not None and left <= 0

    def error(self) -> DidwwTimeoutError:
        return DidwwTimeoutError(
            f"{self.what()}: no complete answer within the deadline of {self.seconds:g} s (it covers every retry "
            "and the whole body); pass a larger deadline= to the client, or deadline=None for none"
        )

    def check(self) -> None:
        """Raise ``DidwwTimeoutError`` when the deadline has passed."""
        if self.expired():
            raise self.error()

    def clamp(self, timeouts: Mapping[str, float | None]) -> dict[str, float | None]:
        """The per-attempt timeouts, none longer than the time left."""
        left = self.remaining()
        if left is None:
            return dict(timeouts)
        return {name: left if t is None else min(t, left) for name, t in timeouts.items()}


HEAD = 2
"""How many of the first bytes of a body, as sent, ``DeadlineStream.head`` keeps (enough for gzip's magic)."""


class DeadlineStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that checks the deadline before handing on each chunk; ``head`` keeps its first bytes as
    sent (before any ``Content-Encoding`` is decoded), to tell a body not in its encoding from one cut short."""

    def __init__(self, inner: httpx.SyncByteStream | httpx.AsyncByteStream, deadline: Deadline) -> None:
        self._inner = inner
        self._deadline = deadline
        self.head = b""

    def __iter__(self) -> Iterator[bytes]:
        for chunk in cast(httpx.SyncByteStream, self._inner):
            self._deadline.check()
            if len(self.head) < HEAD:
                self.head += chunk[: HEAD - len(self.head)]
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in cast(httpx.AsyncByteStream, self._inner):
            self._deadline.check()
            if len(self.head) < HEAD:
                self.head += chunk[: HEAD - len(self.head)]
            yield chunk

    def close(self) -> None:
        if isinstance(self._inner, httpx.SyncByteStream):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncByteStream):
            await self._inner.aclose()
