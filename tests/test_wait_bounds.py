"""``wait(timeout=)`` bounds everything (issue 26): every poll gets only the time left, and the wait ends with
``DidwwWaitTimeoutError`` however the polls fail; a 5xx, a 429 or a connection error is polled again while time is
left, a 404 ends the wait with its error.

The wait's clock, the calls' deadline clock and every sleep run on one fake clock: a stalled answer advances it by
the read timeout the SDK gave that attempt, so nothing really waits.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from didww_gen import _deadline
from didww_gen.errors import DidwwWaitTimeoutError, NotFoundError
from didww_gen.v2026_04_16 import AsyncDidwwClient, DidwwClient
from didww_gen.v2026_04_16.enums import OrderStatus

BASE = "https://api.test/v3"
Reply = Callable[[httpx.Request], httpx.Response]


class Clock:
    """Time that moves only when slept or stalled."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[tuple[float, float]] = []  # (when, how long)

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append((self.now, seconds))
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Clock]:
    fake = Clock()
    monkeypatch.setattr(_deadline, "clock", fake)
    monkeypatch.setattr("didww_gen._sync.time.sleep", fake.sleep)
    monkeypatch.setattr(asyncio, "sleep", fake.async_sleep)
    yield fake


def order(status: str) -> httpx.Response:
    body = {"data": {"type": "orders", "id": "o1", "attributes": {"status": status}}}
    return httpx.Response(200, content=json.dumps(body).encode(), headers={"Content-Type": "application/vnd.api+json"})


def failure(status: int, **headers: str) -> httpx.Response:
    body = {"errors": [{"title": "failed", "status": str(status)}]}
    return httpx.Response(status, content=json.dumps(body).encode(), headers=headers)


def stall(clock: Clock) -> Reply:
    """An answer that never comes: the attempt's read timeout passes on the clock, then ``ReadTimeout``."""

    def reply(request: httpx.Request) -> httpx.Response:
        clock.now += request.extensions["timeout"]["read"]
        raise httpx.ReadTimeout("stalled", request=request)

    return reply


class Script:
    """Answers the polls from a list of replies; the last one repeats. Keeps when each request came."""

    def __init__(self, clock: Clock, replies: list[httpx.Response | Reply]) -> None:
        self.clock, self.replies, self.times = clock, replies, list[float]()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.times.append(self.clock.now)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        return reply(request) if callable(reply) else reply


def wait(clock: Clock, script: Script, timeout: float) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(script))
    with DidwwClient(api_key="k", base_url=BASE, http_client=http) as client:
        return client.orders.wait("o1", timeout=timeout, interval=0.25, sleep=clock.sleep, clock=clock)


def test_a_429_with_a_long_retry_after_does_not_outlast_the_timeout(clock: Clock) -> None:
    script = Script(clock, [failure(429, **{"Retry-After": "4"})])
    with pytest.raises(DidwwWaitTimeoutError) as raised:
        wait(clock, script, timeout=1)
    assert clock.now <= 1
    assert len(script.times) > 1  # polled again while time was left
    assert "the last poll failed: HTTP 429" in str(raised.value)


def test_a_stalled_poll_gets_only_the_time_left_and_ends_with_the_wait_error(clock: Clock) -> None:
    script = Script(clock, [stall(clock)])
    with pytest.raises(DidwwWaitTimeoutError) as raised:
        wait(clock, script, timeout=1)
    assert clock.now <= 1
    assert raised.value.last_status == "unknown" and "got no answer in the time left" in str(raised.value)


def test_a_poll_stalling_after_a_pending_answer_is_bounded_too(clock: Clock) -> None:
    script = Script(clock, [order("pending"), stall(clock)])
    with pytest.raises(DidwwWaitTimeoutError) as raised:
        wait(clock, script, timeout=30)
    assert clock.now <= 30 and raised.value.last_status == "pending"


@pytest.mark.parametrize(
    "transient",
    [failure(500), failure(503), failure(429), httpx.ConnectError("refused")],
    ids=["500", "503", "429", "connection refused"],
)
def test_a_transient_failure_while_polling_is_polled_again(clock: Clock, transient: httpx.Response | Exception) -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        if isinstance(transient, Exception):
            raise transient
        return transient

    script = Script(clock, [order("pending"), broken, broken, broken, broken, order("completed")])
    done = wait(clock, script, timeout=60)
    assert done.status is OrderStatus.COMPLETED
    assert clock.now <= 60


def test_a_404_while_polling_ends_the_wait_with_its_error(clock: Clock) -> None:
    script = Script(clock, [order("pending"), failure(404)])
    with pytest.raises(NotFoundError):
        wait(clock, script, timeout=60)
    assert len(script.times) == 2


def test_the_async_wait_is_bounded_the_same_way(clock: Clock) -> None:
    script = Script(clock, [order("pending"), failure(429, **{"Retry-After": "30"}), stall(clock)])

    async def scenario() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(script))
        async with AsyncDidwwClient(api_key="k", base_url=BASE, http_client=http) as client:
            await client.orders.wait("o1", timeout=5, sleep=clock.async_sleep, clock=clock)

    with pytest.raises(DidwwWaitTimeoutError):
        asyncio.run(scenario())
    assert clock.now <= 5
