"""The opt-in rate limiter against a transport that answers 429 above 20 requests per second.

Runs N requests (default 200) through one client shared by several threads, and through one async
client shared by concurrent tasks, with ``rate_limit=20``; then the same threads without the limiter.
Reports the 429 answers and the achieved rate. ``--smoke`` runs a few requests.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import threading
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor

import httpx

from didww_gen import AsyncDidwwClient, DidwwClient

LIMIT = 20
BALANCE = json.dumps({"data": {"id": "b", "type": "balances", "attributes": {"balance": "1.0"}}}).encode()


class LimitedServer:
    """Answers 429 when more than LIMIT requests arrived within the last second (a sliding window)."""

    def __init__(self) -> None:
        self.arrivals: deque[float] = deque()
        self.lock = threading.Lock()
        self.ok = 0
        self.refused = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            now = time.monotonic()
            while self.arrivals and now - self.arrivals[0] >= 1.0:
                self.arrivals.popleft()
            self.arrivals.append(now)
            if len(self.arrivals) > LIMIT:
                self.refused += 1
                return httpx.Response(429, json={"errors": [{"title": "Too Many Requests", "status": "429"}]})
            self.ok += 1
        return httpx.Response(200, content=BALANCE, headers={"Content-Type": "application/vnd.api+json"})


def threaded(count: int, rate_limit: float | None, workers: int = 8) -> tuple[LimitedServer, float]:
    server = LimitedServer()
    http = httpx.Client(transport=httpx.MockTransport(server))
    client = DidwwClient(api_key="bench", http_client=http, max_retries=0, rate_limit=rate_limit)

    def call(_: int) -> None:
        with contextlib.suppress(Exception):
            client.balance.find()

    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(call, range(count)))
    return server, time.perf_counter() - started


def tasks(count: int, rate_limit: float) -> tuple[LimitedServer, float]:
    server = LimitedServer()

    async def scenario() -> float:
        http = httpx.AsyncClient(transport=httpx.MockTransport(server))
        async with AsyncDidwwClient(api_key="bench", http_client=http, max_retries=0, rate_limit=rate_limit) as client:
            started = time.perf_counter()
            await asyncio.gather(*(client.balance.find() for _ in range(count)), return_exceptions=True)
            return time.perf_counter() - started

    return server, asyncio.run(scenario())


def report(label: str, server: LimitedServer, elapsed: float) -> str:
    total = server.ok + server.refused
    return f"  {label}: {total} requests, {server.refused} answered 429, {total / elapsed:.1f} req/s achieved"


def main() -> list[str]:
    count = 30 if "--smoke" in sys.argv else 200
    lines = [f"rate limit ({count} requests, server allows {LIMIT}/s, 429 above):"]
    lines.append(report(f"8 threads, rate_limit={LIMIT}", *threaded(count, LIMIT)))
    lines.append(report(f"async tasks, rate_limit={LIMIT}", *tasks(count, LIMIT)))
    lines.append(report("8 threads, no limiter", *threaded(count, None)))
    return lines


if __name__ == "__main__":
    print("\n".join(main()))
