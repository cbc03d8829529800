"""``wait()``: polling an order, export or verification until it settles, against the fake's delayed mode.

A fake clock and sleeper stand in for time: nothing really sleeps.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from didww_gen.errors import DidwwClientError, DidwwTimeoutError, DidwwWaitTimeoutError
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.enums import ExportStatus, ExportType, OrderStatus
from didww_gen.v2026_04_16.models import DidOrderItem, Export, ExportFilters, Order
from didww_gen.v2026_04_16.testing import FakeDidww
from didww_gen.waiting import wait_until_final

FILTERS = ExportFilters(
    from_=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc), to=dt.datetime(2026, 1, 8, tzinfo=dt.timezone.utc)
)


class Clock:
    """Time that moves only when slept; records each pause."""

    def __init__(self) -> None:
        self.now = 0.0
        self.pauses: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def _order(client: DidwwClient) -> Order:
    sku = client.did_groups.list(include="stock_keeping_units").data[0].stock_keeping_units[0]
    return client.orders.create(Order(items=[DidOrderItem(sku_id=sku.id or "", qty=1)]))


def test_an_order_is_waited_for_with_exponential_backoff() -> None:
    clock = Clock()
    with FakeDidww(complete_after=4).client() as client:
        order = _order(client)
        done = client.orders.wait(order, interval=1, max_interval=3, sleep=clock.sleep, clock=clock)
    assert order.status is OrderStatus.PENDING and done.status is OrderStatus.COMPLETED
    assert clock.pauses == [1, 2, 3, 3]  # doubling, capped at max_interval


def test_a_canceled_order_is_final_too() -> None:
    clock = Clock()
    with FakeDidww(complete_after=1, outcome="failed").client() as client:
        done = client.orders.wait(_order(client).id or "", sleep=clock.sleep, clock=clock)
    assert done.status is OrderStatus.CANCELED


def test_an_export_is_waited_for_then_downloaded(tmp_path: Path) -> None:
    clock = Clock()
    with FakeDidww(complete_after=2).client() as client:
        export = client.exports.create(Export(export_type=ExportType.CDR_IN, filters=FILTERS))
        done = client.exports.wait(export, sleep=clock.sleep, clock=clock)
        written = client.download_export(done, tmp_path / "cdr.csv", decompress=True)
    assert done.status is ExportStatus.COMPLETED and written > 0
    assert (tmp_path / "cdr.csv").read_text().startswith("time_start,")


def test_running_out_of_time_names_the_resource_its_status_and_the_time() -> None:
    clock = Clock()
    with FakeDidww(complete_after=0, outcome="failed").client() as client:  # an export that never completes
        export = client.exports.create(Export(export_type=ExportType.CDR_IN, filters=FILTERS))
        with pytest.raises(DidwwWaitTimeoutError) as raised:
            client.exports.wait(export, timeout=10, interval=2, sleep=clock.sleep, clock=clock)
    error = raised.value
    assert isinstance(error, DidwwTimeoutError)
    assert (error.resource, error.id, error.last_status, error.elapsed) == ("Export", export.id, "processing", 9)
    assert str(error) == (
        f"Export {export.id} is still 'processing' after 9.0 s (final: completed): "
        "it may still settle; wait again with a longer timeout=, or find() it later"
    )
    assert clock.pauses == [2, 4, 3]  # the last pause ends a tenth of the timeout early, for the last poll


def test_async_wait_is_the_same_with_await() -> None:
    clock = Clock()
    fake = FakeDidww(complete_after=2)

    async def scenario() -> tuple[ExportStatus | None, ExportStatus | None]:
        async with fake.async_client() as client:
            export = await client.exports.create(Export(export_type=ExportType.CDR_IN, filters=FILTERS))
            done = await client.exports.wait(export, sleep=clock.async_sleep, clock=clock)
            return export.status, done.status

    assert asyncio.run(scenario()) == (ExportStatus.PENDING, ExportStatus.COMPLETED)
    assert clock.pauses == [1, 2]


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"timeout": 0}, "timeout in seconds, a positive number such as 600, got 0"),
        ({"interval": float("nan")}, "interval in seconds"),
        ({"max_interval": "30"}, "max_interval in seconds"),
        ({"retries": 3}, "got retries"),
    ],
)
def test_wait_options_are_checked(options: dict[str, object], says: str) -> None:
    with pytest.raises(DidwwClientError, match=says):
        wait_until_final(lambda: None, ("Order", "x"), "status", ("completed",), **options)


def test_the_default_sleep_is_real_time_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    pauses: list[float] = []
    monkeypatch.setattr("didww_gen.waiting.time.sleep", pauses.append)
    with FakeDidww(complete_after=1).client() as client:
        done = client.orders.wait(_order(client))
    assert done.status is OrderStatus.COMPLETED and pauses == [1.0]
