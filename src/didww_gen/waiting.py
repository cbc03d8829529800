"""Waiting for a resource that completes asynchronously (an order, an export, a verification).

The generated repositories of those resources have ``wait()`` (their final statuses come from the spec's
``wait:``)::

    order = client.orders.create(Order(items=[...]))
    order = client.orders.wait(order)                  # completed or canceled; raises after 10 minutes
    export = await client.exports.wait(export, timeout=120)   # AsyncDidwwClient

``wait`` polls ``find`` with a bounded exponential backoff (``interval`` seconds, doubling up to
``max_interval``) and raises ``DidwwWaitTimeoutError`` (naming the resource, id, last status and elapsed
time) when ``timeout`` seconds pass without a final status. ``timeout`` bounds everything: each poll is a
call whose deadline is the time left (its retries included), and the last pause ends a tenth of the timeout
(at most 5 s) before the end, so that the last poll has time to answer. A poll that fails for a reason that
may pass (a 5xx, a 429, a connection error or timeout) is polled again while time is left; any other error (a
404: the resource is gone; a 401) ends the wait with that error. It returns the resource as found with its
final status; what that status means (an order ``canceled``, a verification ``rejected``) is for the caller to
check. ``sleep`` and ``clock`` replace ``time.sleep`` / ``asyncio.sleep`` and ``time.monotonic``, e.g. in
tests. The functions below take what to poll, for resources of your own (a ``fetch`` of your own is not
bounded by the time left: give it a timeout of its own).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Any, TypeVar

from didww_gen._settings import is_seconds
from didww_gen.errors import (
    DidwwClientError,
    DidwwConnectionError,
    DidwwError,
    DidwwTimeoutError,
    DidwwWaitTimeoutError,
    RateLimitError,
    ServerError,
)

__all__ = [
    "DEFAULT_INTERVAL",
    "DEFAULT_MAX_INTERVAL",
    "DEFAULT_TIMEOUT",
    "async_wait_until_final",
    "async_wait_within",
    "wait_until_final",
    "wait_within",
]

T = TypeVar("T")
DEFAULT_TIMEOUT = 600.0
"""Seconds ``wait()`` polls before giving up (orders usually settle within a minute, exports within minutes)."""
DEFAULT_INTERVAL = 1.0
"""Seconds before the second poll; each later wait doubles, up to ``DEFAULT_MAX_INTERVAL``."""
DEFAULT_MAX_INTERVAL = 30.0
LAST_POLL_SHARE, LAST_POLL_MAX = 0.1, 5.0
"""The time kept for the last poll: this share of the timeout, at most this many seconds."""
TRANSIENT = (ServerError, RateLimitError, DidwwConnectionError)
"""Errors of a poll that may pass (``DidwwTimeoutError`` is a ``DidwwConnectionError``): polled again."""


def _seconds(value: Any, name: str, example: str) -> float:
    if not is_seconds(value):
        raise DidwwClientError(f"wait() takes {name} in seconds, a positive number such as {example}, got {value!r}")
    return float(value)


class _Polling:
    """The state of one wait: when it started, the next pause, the last status seen, the last poll's error."""

    def __init__(self, label: tuple[str, str], attribute: str, final: tuple[str, ...], policy: dict[str, Any]) -> None:
        self.label, self.attribute, self.final = label, attribute, final
        self.timeout = _seconds(policy["timeout"], "timeout", "600")
        self.pause = _seconds(policy["interval"], "interval", "1")
        self.max_pause = max(self.pause, _seconds(policy["max_interval"], "max_interval", "30"))
        self.last_poll = min(self.timeout * LAST_POLL_SHARE, LAST_POLL_MAX)
        self.clock: Callable[[], float] = policy["clock"] or time.monotonic
        self.started = self.clock()
        self.last = "unknown"
        self.failure: DidwwError | None = None

    def left(self) -> float:
        """Seconds left before the timeout (what the next poll may take)."""
        return self.timeout - (self.clock() - self.started)

    def settled(self, resource: Any) -> bool:
        self.failure = None
        status = getattr(resource, self.attribute, None)
        self.last = str(status.value if isinstance(status, Enum) else status)
        return self.last in self.final

    def failed(self, error: DidwwError) -> None:
        """A poll failed: kept when it may pass (polled again while time is left), raised otherwise."""
        if isinstance(error, DidwwWaitTimeoutError) or not isinstance(error, TRANSIENT):
            raise error
        self.failure = error

    def out_of_time(self) -> DidwwWaitTimeoutError:
        error = DidwwWaitTimeoutError(*self.label, self.last, self.clock() - self.started, self.final)
        if isinstance(self.failure, DidwwTimeoutError):
            error.args = (f"{error.args[0]} (the last poll got no answer in the time left)",)
        elif self.failure is not None:
            error.args = (f"{error.args[0]} (the last poll failed: {self.failure})",)
        return error

    def next_pause(self) -> float:
        """Seconds to sleep before the next poll; raises ``DidwwWaitTimeoutError`` when no poll fits any more."""
        left = self.left()
        if left <= self.last_poll:  # no time for another poll to answer
            raise self.out_of_time()
        pause = min(self.pause, left - self.last_poll)
        self.pause = min(self.pause * 2, self.max_pause)
        return pause


def _policy(kwargs: dict[str, Any]) -> dict[str, Any]:
    unknown = set(kwargs) - {"timeout", "interval", "max_interval", "sleep", "clock"}
    if unknown:
        raise DidwwClientError(
            f"wait() takes timeout=, interval=, max_interval=, sleep= and clock=; got {', '.join(sorted(unknown))}"
        )
    defaults = {"timeout": DEFAULT_TIMEOUT, "interval": DEFAULT_INTERVAL, "max_interval": DEFAULT_MAX_INTERVAL}
    return {**defaults, "sleep": None, "clock": None, **kwargs}


def wait_until_final(
    fetch: Callable[[], T], label: tuple[str, str], attribute: str, final: tuple[str, ...], **policy: Any
) -> T:
    """Call ``fetch()`` until its result's ``attribute`` is one of ``final``; ``label`` is (class name, id)."""
    return wait_within(lambda left: fetch(), label, attribute, final, **policy)


def wait_within(
    fetch: Callable[[float], T], label: tuple[str, str], attribute: str, final: tuple[str, ...], **policy: Any
) -> T:
    """The same with ``fetch(seconds_left)``, which must not take longer than it is given (the repositories'
    ``wait()``: a ``find`` whose deadline is the time left)."""
    settings = _policy(policy)
    polling = _Polling(label, attribute, final, settings)
    sleep: Callable[[float], None] = settings["sleep"] or time.sleep
    while True:
        try:
            resource = fetch(polling.left())
        except DidwwError as exc:
            polling.failed(exc)
        else:
            if polling.settled(resource):
                return resource
        sleep(polling.next_pause())


async def async_wait_until_final(
    fetch: Callable[[], Awaitable[T]], label: tuple[str, str], attribute: str, final: tuple[str, ...], **policy: Any
) -> T:
    """The same with ``await``: ``fetch()`` returns an awaitable, ``sleep`` is awaited (``asyncio.sleep``)."""
    return await async_wait_within(lambda left: fetch(), label, attribute, final, **policy)


async def async_wait_within(
    fetch: Callable[[float], Awaitable[T]],
    label: tuple[str, str],
    attribute: str,
    final: tuple[str, ...],
    **policy: Any,
) -> T:
    """``wait_within`` with ``await``."""
    settings = _policy(policy)
    polling = _Polling(label, attribute, final, settings)
    import asyncio  # here: the sync client never needs it

    sleep: Callable[[float], Awaitable[None]] = settings["sleep"] or asyncio.sleep
    while True:
        try:
            resource = await fetch(polling.left())
        except DidwwError as exc:
            polling.failed(exc)
        else:
            if polling.settled(resource):
                return resource
        await sleep(polling.next_pause())
