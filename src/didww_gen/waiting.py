"""Waiting for a resource that completes asynchronously (an order, an export, a verification).

The generated repositories of those resources have ``wait()`` (their final statuses come from the spec's
``wait:``)::

    order = client.orders.create(Order(items=[...]))
    order = client.orders.wait(order)                  # completed or canceled; raises after 10 minutes
    export = await client.exports.wait(export, timeout=120)   # AsyncDidwwClient

``wait`` polls ``find`` with a bounded exponential backoff (``interval`` seconds, doubling up to
``max_interval``) and raises ``DidwwWaitTimeoutError`` (naming the resource, id, last status and elapsed
time) when ``timeout`` seconds pass without a final status; the last poll happens at the deadline. It
returns the resource as found with its final status; what that status means (an order ``canceled``, a
verification ``rejected``) is for the caller to check. ``sleep`` and ``clock`` replace ``time.sleep`` /
``asyncio.sleep`` and ``time.monotonic``, e.g. in tests. The functions below take what to poll, for
resources of your own.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Any, TypeVar

from didww_gen._settings import is_seconds
from didww_gen.errors import DidwwClientError, DidwwWaitTimeoutError

__all__ = ["DEFAULT_INTERVAL", "DEFAULT_MAX_INTERVAL", "DEFAULT_TIMEOUT", "async_wait_until_final", "wait_until_final"]

T = TypeVar("T")
DEFAULT_TIMEOUT = 600.0
"""Seconds ``wait()`` polls before giving up (orders usually settle within a minute, exports within minutes)."""
DEFAULT_INTERVAL = 1.0
"""Seconds before the second poll; each later wait doubles, up to ``DEFAULT_MAX_INTERVAL``."""
DEFAULT_MAX_INTERVAL = 30.0


def _seconds(value: Any, name: str, example: str) -> float:
    if not is_seconds(value):
        raise DidwwClientError(f"wait() takes {name} in seconds, a positive number such as {example}, got {value!r}")
    return float(value)


class _Polling:
    """The state of one wait: when it started, the next pause, the last status seen."""

    def __init__(self, label: tuple[str, str], attribute: str, final: tuple[str, ...], policy: dict[str, Any]) -> None:
        self.label, self.attribute, self.final = label, attribute, final
        self.timeout = _seconds(policy["timeout"], "timeout", "600")
        self.pause = _seconds(policy["interval"], "interval", "1")
        self.max_pause = max(self.pause, _seconds(policy["max_interval"], "max_interval", "30"))
        self.clock: Callable[[], float] = policy["clock"] or time.monotonic
        self.started = self.clock()
        self.last = "unknown"

    def settled(self, resource: Any) -> bool:
        status = getattr(resource, self.attribute, None)
        self.last = str(status.value if isinstance(status, Enum) else status)
        return self.last in self.final

    def next_pause(self) -> float:
        """Seconds to sleep before the next poll; raises when the deadline has passed."""
        elapsed = self.clock() - self.started
        if elapsed >= self.timeout:
            raise DidwwWaitTimeoutError(*self.label, self.last, elapsed, self.final)
        pause = min(self.pause, self.timeout - elapsed)
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
    settings = _policy(policy)
    polling = _Polling(label, attribute, final, settings)
    sleep: Callable[[float], None] = settings["sleep"] or time.sleep
    while True:
        resource = fetch()
        if polling.settled(resource):
            return resource
        sleep(polling.next_pause())


async def async_wait_until_final(
    fetch: Callable[[], Awaitable[T]], label: tuple[str, str], attribute: str, final: tuple[str, ...], **policy: Any
) -> T:
    """The same with ``await``: ``fetch()`` returns an awaitable, ``sleep`` is awaited (``asyncio.sleep``)."""
    settings = _policy(policy)
    polling = _Polling(label, attribute, final, settings)
    import asyncio  # here: the sync client never needs it

    sleep: Callable[[float], Awaitable[None]] = settings["sleep"] or asyncio.sleep
    while True:
        resource = await fetch()
        if polling.settled(resource):
            return resource
        await sleep(polling.next_pause())
