"""Cancelled async calls cost nothing: the pool keeps no busy connection and the next call is served.

Hundreds of ``balance.find()`` calls against the loopback fake are cancelled at random points (after a
random number of event-loop turns, or a random timeout of 0.1 to 5 ms) three ways: ``asyncio.wait_for``,
``task.cancel()`` and an anyio cancel scope. Without ``didww_gen._cancel`` dozens of connections stay busy
for ever (httpcore's clean-up is not shielded from a plain ``Task.cancel()``, and a request cancelled between
getting a connection and using it leaves that connection unusable). ``make soak`` runs thousands.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest

from benchmarks.cancellation import CANCEL_STYLES, busy, cancelled_call, event_loop_turns
from didww_gen.testing import FakeServer as _FakeServer
from didww_gen.v2026_04_16 import AsyncDidwwClient
from didww_gen.v2026_04_16.testing import FakeDidww

HANG_GUARD = 30.0  # seconds: a hang fails the test instead of blocking it (not a speed assertion)


@pytest.fixture
def server() -> Iterator[_FakeServer]:
    with FakeDidww(seed="empty").serve() as running:
        yield running


async def storm(base_url: str, calls: int, seed: int) -> tuple[Counter[str], tuple[int, int], str]:
    async with AsyncDidwwClient(api_key="storm", base_url=base_url) as client:
        rng = random.Random(seed)
        outcomes: Counter[str] = Counter()
        for n in range(calls):
            style = CANCEL_STYLES[n % len(CANCEL_STYLES)]
            outcomes[style if await cancelled_call(client.balance.find, style, rng) else "served"] += 1
        left = busy(client)
        balance = await asyncio.wait_for(client.balance.find(), HANG_GUARD)
        return outcomes, left, type(balance).__name__


def test_cancelled_calls_leave_no_busy_connection_and_the_next_call_is_served(server: _FakeServer) -> None:
    outcomes, left, next_type = asyncio.run(storm(server.base_url, 360, seed=26))
    assert all(outcomes[style] > 30 for style in CANCEL_STYLES), outcomes  # each style did cancel calls in flight
    assert left == (0, 0), f"{left[0]} busy connections and {left[1]} requests left after {outcomes}"
    assert next_type == "Balance"


def test_a_call_cancelled_while_queued_for_a_connection_frees_nothing_it_did_not_take(server: _FakeServer) -> None:
    async def scenario() -> tuple[tuple[int, int], int]:
        http = httpx.AsyncClient(limits=httpx.Limits(max_connections=2))
        async with AsyncDidwwClient(api_key="storm", base_url=server.base_url, http_client=http) as client:
            rng = random.Random(7)
            for _ in range(20):  # twenty rounds of eight calls on two connections, half of them cancelled
                tasks = [asyncio.ensure_future(client.balance.find()) for _ in range(8)]
                await event_loop_turns(rng.randrange(20))
                for task in tasks[::2]:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
            served = len(await asyncio.wait_for(asyncio.gather(*(client.balance.find() for _ in range(6))), 30))
            left = busy(client)
        await http.aclose()
        return left, served

    left, served = asyncio.run(scenario())
    assert left == (0, 0)
    assert served == 6


def test_a_cancelled_download_closes_its_connection_and_leaves_the_previous_file(
    server: _FakeServer, tmp_path: Path
) -> None:
    from didww_gen.v2026_04_16.enums import ExportType
    from didww_gen.v2026_04_16.models import Export, ExportFilters

    target = tmp_path / "cdr.csv.gz"
    target.write_bytes(b"previous")

    async def scenario() -> tuple[int, tuple[int, int]]:
        async with AsyncDidwwClient(api_key="storm", base_url=server.base_url) as client:
            filters = ExportFilters(
                from_=datetime(2026, 11, 1, tzinfo=timezone.utc),
                to=datetime(2026, 11, 30, 23, 59, 59, tzinfo=timezone.utc),
            )
            export = await client.exports.create(Export(export_type=ExportType.CDR_IN, filters=filters))
            rng = random.Random(3)
            cancelled = 0
            for _ in range(60):
                task = asyncio.ensure_future(client.download_export(export, target))
                await event_loop_turns(rng.randrange(40))
                task.cancel()
                try:
                    await task
                except asyncio.CancelledError:
                    cancelled += 1
                    assert target.read_bytes() in (b"previous", *_downloads)
                else:
                    _downloads.add(target.read_bytes())
            return cancelled, busy(client)

    _downloads: set[bytes] = set()
    cancelled, left = asyncio.run(scenario())
    assert cancelled > 10
    assert left == (0, 0)
