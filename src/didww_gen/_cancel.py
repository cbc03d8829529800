"""Cancellation-safe async I/O: a cancelled call leaves the connection pool as it found it.

httpcore (under httpx) guards its clean-up with anyio's shielded cancel scopes, which hold against anyio's
own cancellation but not against a plain ``Task.cancel()`` (``asyncio.wait_for``, ``task.cancel()``): such
a cancellation landing in the clean-up after a response leaves the connection busy and the request queued
for ever. And under either kind, a request cancelled between being given a connection and using it leaves
that connection unused but never idle (httpcore 1.0.9, encode/httpcore#1093). Enough of them and every
later call waits for a free connection that never comes.

``isolated`` runs a call's I/O in a task of its own: the caller's cancellation reaches that task as an
anyio cancel scope's (which httpcore's shields honour), the caller waits for the clean-up to finish, then
``release_orphans`` closes the connections no request holds that are neither idle nor closed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import anyio
import httpcore
import httpx

T = TypeVar("T")


class _Abandoned(Exception):
    """The isolated work was cancelled (its cancel scope swallowed the cancellation)."""


async def isolated(
    http: httpx.AsyncClient,
    work: Callable[[], Awaitable[T]],
    abandon: Callable[[T], Awaitable[None]] | None = None,
) -> T:
    """``await work()`` in a task of its own; a cancellation of the caller cancels it cleanly, then re-raises.

    ``abandon`` releases a result the work produced that the cancelled caller will never see (an open
    streamed response)."""
    scope = anyio.CancelScope()

    async def run() -> T:
        with scope:
            return await work()
        await release_orphans(http)
        raise _Abandoned

    task = asyncio.ensure_future(run())
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        scope.cancel()
        await _until_done(task)
        if not task.cancelled() and task.exception() is None and abandon is not None:
            await isolated(http, lambda: abandon(task.result()))
        raise


async def _until_done(task: asyncio.Future[Any]) -> None:
    """Wait for ``task`` to finish, whatever further cancellations of the waiting task arrive meanwhile."""
    while not task.done():
        try:
            await asyncio.wait({task})
        except asyncio.CancelledError:
            continue


async def release_orphans(http: httpx.AsyncClient) -> int:
    """Close the connections of ``http``'s pool that no request holds and that are neither idle nor closed.

    Only an ``httpx.AsyncHTTPTransport`` over httpcore's pool is looked into (any other transport is left
    alone); returns how many connections were closed."""
    pool = getattr(getattr(http, "_transport", None), "_pool", None)
    if not isinstance(pool, httpcore.AsyncConnectionPool) or not hasattr(pool, "_requests"):
        return 0
    held = {id(request.connection) for request in pool._requests if request.connection is not None}
    orphans = [c for c in pool._connections if id(c) not in held and not (c.is_idle() or c.is_closed())]
    if not orphans:
        return 0
    for connection in orphans:
        pool._connections.remove(connection)
    closing = pool._assign_requests_to_connections()  # the freed slots go to requests waiting for one
    with anyio.CancelScope(shield=True):
        for connection in [*orphans, *closing]:
            await connection.aclose()
    return len(orphans)
