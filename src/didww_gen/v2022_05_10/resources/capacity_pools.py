# generated from spec/2022-05-10 by codegen, do not edit
"""``client.capacity_pools``: operations on ``/capacity_pools``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.capacity_pool import CapacityPool

__all__ = [
    "CapacityPoolsRepository",
    "AsyncCapacityPoolsRepository",
    "CapacityPoolsInclude",
    "CapacityPoolsFilter",
    "CapacityPoolsSort",
]

CapacityPoolsInclude = Literal[
    "countries",
    "shared_capacity_groups",
    "qty_based_pricings",
]
"""Include paths documented for ``/capacity_pools``."""

CapacityPoolsSort = Literal[
    "name",
    "-name",
    "renew_date",
    "-renew_date",
    "total_channels_count",
    "-total_channels_count",
    "assigned_channels_count",
    "-assigned_channels_count",
    "minimum_limit",
    "-minimum_limit",
    "minimum_qty_per_order",
    "-minimum_qty_per_order",
    "setup_price",
    "-setup_price",
    "monthly_price",
    "-monthly_price",
    "metered_rate",
    "-metered_rate",
]
"""Sort fields documented for ``/capacity_pools`` (prefix ``-`` for descending)."""

CapacityPoolsFilter = TypedDict(
    "CapacityPoolsFilter",
    {
        "id": str | Sequence[str],
        "country.id": str | Sequence[str],
        "has_unassigned_channels": str | Sequence[str],
        "name": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/capacity_pools``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class CapacityPoolsRepository(Repository[CapacityPool]):
    """``/capacity_pools``: A pool of channels (capacity) of the account: its channel counts, prices, supported countries and shared capacity groups."""

    _model = CapacityPool
    _path = "capacity_pools"

    def list(
        self,
        *,
        include: CapacityPoolsInclude | Sequence[CapacityPoolsInclude] | None = None,
        filter: CapacityPoolsFilter = _NO_FILTER,
        sort: CapacityPoolsSort | Sequence[CapacityPoolsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[CapacityPool]:
        """List capacity_pools.

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            include=include,
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def find(
        self,
        id: str | CapacityPool,
        *,
        include: CapacityPoolsInclude | Sequence[CapacityPoolsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> CapacityPool:
        """Fetch one CapacityPool by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def update(
        self,
        model: CapacityPool,
        *,
        include: CapacityPoolsInclude | Sequence[CapacityPoolsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> CapacityPool:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)


class AsyncCapacityPoolsRepository(AsyncRepository[CapacityPool]):
    """``/capacity_pools`` (async): A pool of channels (capacity) of the account: its channel counts, prices, supported countries and shared capacity groups."""

    _model = CapacityPool
    _path = "capacity_pools"

    async def list(
        self,
        *,
        include: CapacityPoolsInclude | Sequence[CapacityPoolsInclude] | None = None,
        filter: CapacityPoolsFilter = _NO_FILTER,
        sort: CapacityPoolsSort | Sequence[CapacityPoolsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[CapacityPool]:
        """List capacity_pools.

        ``async for`` over the returned page yields every item of every page.
        """
        return await self._list(
            include=include,
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def find(
        self,
        id: str | CapacityPool,
        *,
        include: CapacityPoolsInclude | Sequence[CapacityPoolsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> CapacityPool:
        """Fetch one CapacityPool by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def update(
        self,
        model: CapacityPool,
        *,
        include: CapacityPoolsInclude | Sequence[CapacityPoolsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> CapacityPool:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return await self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)
