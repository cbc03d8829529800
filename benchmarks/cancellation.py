"""Calls cancelled at random points, three ways, and what they leave in the client's connection pool.

Shared by ``make soak``'s cancellation storm and ``tests/test_cancellation.py``: ``cancelled_call`` cancels one call
by ``asyncio.wait_for`` (a timeout of 0.1 to 5 ms), ``task.cancel()`` or an anyio cancel scope (after 0 to 60
event-loop turns); ``busy`` counts what a cancelled call may leak.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from typing import Protocol

import anyio
import httpcore
import httpx

CANCEL_STYLES = ("wait_for", "task.cancel", "anyio")


class HasAsyncHttp(Protocol):
    """An async client of the SDK: its httpx client."""

    _http: httpx.AsyncClient


async def event_loop_turns(count: int) -> None:
    """Let the event loop run ``count`` times."""
    for _ in range(count):
        await asyncio.sleep(0)


async def cancelled_call(call: Callable[[], Awaitable[object]], style: str, rng: random.Random) -> bool:
    """``call()`` cancelled at a random point in ``style`` (one of CANCEL_STYLES); True when it was cancelled in
    flight, False when it was served first."""
    if style == "wait_for":
        try:
            await asyncio.wait_for(call(), rng.uniform(0.0001, 0.005))
        except asyncio.TimeoutError:
            return True
        return False
    turns = rng.randrange(60)
    if style == "task.cancel":
        task = asyncio.ensure_future(call())
        await event_loop_turns(turns)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            return True
        return False
    with anyio.CancelScope() as scope:

        async def cancel_later() -> None:
            await event_loop_turns(turns)
            scope.cancel()

        canceller = asyncio.ensure_future(cancel_later())
        await call()
    canceller.cancel()
    return scope.cancelled_caught


def busy(client: HasAsyncHttp) -> tuple[int, int]:
    """(connections neither idle nor closed, requests the pool still holds) of the client's httpcore pool: (0, 0)
    when nothing is in flight."""
    pool = client._http._transport._pool  # type: ignore[attr-defined]
    assert isinstance(pool, httpcore.AsyncConnectionPool)
    stuck = [c for c in pool.connections if not (c.is_idle() or c.is_closed())]
    return len(stuck), len(pool._requests)
