"""The testing fake under a user's test suite: create cost against store size, and rate-limit fairness.

``python -m benchmarks.fake_scaling [--smoke]``:

1. The median cost of ``client.voice_in_trunks.create(...)`` through ``FakeDidww.client()`` with 10 and
   with 10,000 trunks already stored (the store is filled directly, not through the API).
2. 200 ``balance.find()`` calls of one ``AsyncDidwwClient`` (``max_retries=50``) against
   ``FakeDidww(rate_limit=20)``, all at once and arriving at 25 per second: the median and the worst
   wall time of a call, 429s and retries included.
"""

from __future__ import annotations

import asyncio
import copy
import statistics
import sys
import time

from didww_gen import AsyncDidwwClient
from didww_gen.models import SipConfiguration, VoiceInTrunk
from didww_gen.testing import FakeDidww


def _filled(count: int) -> FakeDidww:
    fake = FakeDidww(seed="empty", random_seed=1)
    with fake.client() as client:
        first = client.voice_in_trunks.create(VoiceInTrunk(name="t0", configuration=SipConfiguration(host="h")))
    template = fake.store.get("voice_in_trunks", first.id or "")
    assert template is not None
    for index in range(1, count):
        record = copy.deepcopy(template)
        record["id"], record["attributes"]["name"] = f"bench-{index}", f"t{index}"
        fake.store.put(record)
    return fake


def create_cost(stored: int, creates: int) -> float:
    """Median seconds of one trunk create with ``stored`` trunks in the fake."""
    fake = _filled(stored)
    times = []
    with fake.client() as client:
        for index in range(creates):
            trunk = VoiceInTrunk(name=f"new-{index}", configuration=SipConfiguration(host="sip.example.com"))
            started = time.perf_counter()
            client.voice_in_trunks.create(trunk)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def rate_limited_waits(calls: int, arrivals: float, limit: float = 20.0) -> list[float]:
    """Wall time of each of ``calls`` ``balance.find()`` started ``arrivals`` per second (0: all at once)
    by one async client behind the fake's rate limit of ``limit`` per second."""
    fake = FakeDidww(rate_limit=limit)

    async def one(client: AsyncDidwwClient, index: int) -> float:
        if arrivals:
            await asyncio.sleep(index / arrivals)
        started = time.perf_counter()
        await client.balance.find()
        return time.perf_counter() - started

    async def scenario() -> list[float]:
        async with fake.async_client(max_retries=50) as client:
            return list(await asyncio.gather(*(one(client, i) for i in range(calls))))

    return asyncio.run(scenario())


def main() -> list[str]:
    smoke = "--smoke" in sys.argv
    big, creates, calls = (200, 5, 30) if smoke else (10_000, 50, 200)
    small_cost, big_cost = create_cost(10, creates), create_cost(big, creates)
    lines = [
        f"fake: trunk create, median of {creates}: {small_cost * 1e3:.2f} ms with 10 trunks stored, "
        f"{big_cost * 1e3:.2f} ms with {big:,} ({big_cost / small_cost:.2f}x)"
    ]
    for arrivals, label in ((0.0, "all at once"), (25.0, "arriving at 25/s")):
        waits = rate_limited_waits(calls, arrivals)
        lines.append(
            f"fake rate limit 20/s, {calls} async calls {label}: median wait {statistics.median(waits):.2f} s, "
            f"worst {max(waits):.2f} s"
        )
    return lines


if __name__ == "__main__":
    print("\n".join(main()))
