# generated from spec/2022-05-10 by codegen, do not edit
"""``client.orders``: operations on ``/orders``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen._types import UtcDateTime
from didww_gen.v2022_05_10.enums import OrderStatus
from didww_gen.v2022_05_10.models.order import Order

__all__ = ["OrdersRepository", "AsyncOrdersRepository", "OrdersFilter", "OrdersSort"]

OrdersSort = Literal[
    "status",
    "-status",
    "amount",
    "-amount",
    "created_at",
    "-created_at",
    "reference",
    "-reference",
    "description",
    "-description",
]
"""Sort fields documented for ``/orders`` (prefix ``-`` for descending)."""

OrdersFilter = TypedDict(
    "OrdersFilter",
    {
        "id": str | Sequence[str],
        "status": OrderStatus
        | Literal["Pending", "Completed", "Canceled"]
        | Sequence[OrderStatus | Literal["Pending", "Completed", "Canceled"]],
        "created_at_gteq": UtcDateTime,
        "created_at_lteq": UtcDateTime,
        "reference": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/orders``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class OrdersRepository(Repository[Order]):
    """``/orders``: An order placed by the account (DIDs, capacity or emergency services)."""

    _model = Order
    _path = "orders"
    _filter_enums = MappingProxyType({"status": OrderStatus})

    def list(
        self,
        *,
        filter: OrdersFilter = _NO_FILTER,
        sort: OrdersSort | Sequence[OrdersSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[Order]:
        """List orders.

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def find(
        self, id: str | Order, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> Order:
        """Fetch one Order by id."""
        return self._find(id, extra_headers=extra_headers, timeout=timeout)

    def create(
        self, model: Order, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> Order:
        """Create a Order from the fields set on ``model``; returns the server's answer."""
        return self._create(model, extra_headers=extra_headers, timeout=timeout)

    def wait(
        self,
        order: Order | str,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        max_interval: float = 30.0,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> Order:
        """Poll ``find`` until ``status`` is final (Completed, Canceled); returns the Order then.

        Waits ``interval`` seconds, doubling up to ``max_interval``; raises ``DidwwWaitTimeoutError`` after
        ``timeout`` seconds. ``sleep`` / ``clock`` replace the real ones (tests). See ``didww_gen.waiting``.
        """
        return self._wait(
            order,
            "status",
            (
                "Completed",
                "Canceled",
            ),
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
            sleep=sleep,
            clock=clock,
        )

    def delete(
        self, id: str | Order, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a Order by id or model."""
        self._delete(id, extra_headers=extra_headers, timeout=timeout)


class AsyncOrdersRepository(AsyncRepository[Order]):
    """``/orders`` (async): An order placed by the account (DIDs, capacity or emergency services)."""

    _model = Order
    _path = "orders"
    _filter_enums = MappingProxyType({"status": OrderStatus})

    async def list(
        self,
        *,
        filter: OrdersFilter = _NO_FILTER,
        sort: OrdersSort | Sequence[OrdersSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Order]:
        """List orders.

        ``async for`` over the returned page yields every item of every page.
        """
        return await self._list(
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def find(
        self, id: str | Order, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> Order:
        """Fetch one Order by id."""
        return await self._find(id, extra_headers=extra_headers, timeout=timeout)

    async def create(
        self, model: Order, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> Order:
        """Create a Order from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, extra_headers=extra_headers, timeout=timeout)

    async def wait(
        self,
        order: Order | str,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        max_interval: float = 30.0,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> Order:
        """Poll ``find`` until ``status`` is final (Completed, Canceled); returns the Order then.

        Waits ``interval`` seconds, doubling up to ``max_interval``; raises ``DidwwWaitTimeoutError`` after
        ``timeout`` seconds. ``sleep`` / ``clock`` replace the real ones (tests). See ``didww_gen.waiting``.
        """
        return await self._wait(
            order,
            "status",
            (
                "Completed",
                "Canceled",
            ),
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
            sleep=sleep,
            clock=clock,
        )

    async def delete(
        self, id: str | Order, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a Order by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
