# generated from spec/2022-05-10 by codegen, do not edit
"""``client.shared_capacity_groups``: operations on ``/shared_capacity_groups``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.shared_capacity_group import SharedCapacityGroup

__all__ = [
    "SharedCapacityGroupsRepository",
    "AsyncSharedCapacityGroupsRepository",
    "SharedCapacityGroupsInclude",
    "SharedCapacityGroupsFilter",
    "SharedCapacityGroupsSort",
]

SharedCapacityGroupsInclude = Literal[
    "dids",
    "capacity_pool",
]
"""Include paths documented for ``/shared_capacity_groups``."""

SharedCapacityGroupsSort = Literal[
    "created_at",
    "-created_at",
    "metered_channels_count",
    "-metered_channels_count",
    "name",
    "-name",
    "shared_channels_count",
    "-shared_channels_count",
]
"""Sort fields documented for ``/shared_capacity_groups`` (prefix ``-`` for descending)."""

SharedCapacityGroupsFilter = TypedDict(
    "SharedCapacityGroupsFilter",
    {
        "name": str | Sequence[str],
        "capacity_pool.id": str | Sequence[str],
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/shared_capacity_groups``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class SharedCapacityGroupsRepository(Repository[SharedCapacityGroup]):
    """``/shared_capacity_groups``: A group of channels taken from a capacity pool and shared by the DIDs assigned to it."""

    _model = SharedCapacityGroup
    _path = "shared_capacity_groups"

    def list(
        self,
        *,
        include: SharedCapacityGroupsInclude | Sequence[SharedCapacityGroupsInclude] | None = None,
        filter: SharedCapacityGroupsFilter = _NO_FILTER,
        sort: SharedCapacityGroupsSort | Sequence[SharedCapacityGroupsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[SharedCapacityGroup]:
        """List shared_capacity_groups.

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
        id: str | SharedCapacityGroup,
        *,
        include: SharedCapacityGroupsInclude | Sequence[SharedCapacityGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> SharedCapacityGroup:
        """Fetch one SharedCapacityGroup by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def create(
        self,
        model: SharedCapacityGroup,
        *,
        include: SharedCapacityGroupsInclude | Sequence[SharedCapacityGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> SharedCapacityGroup:
        """Create a SharedCapacityGroup from the fields set on ``model``; returns the server's answer."""
        return self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def update(
        self,
        model: SharedCapacityGroup,
        *,
        include: SharedCapacityGroupsInclude | Sequence[SharedCapacityGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> SharedCapacityGroup:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def delete(
        self,
        id: str | SharedCapacityGroup,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> None:
        """Delete a SharedCapacityGroup by id or model."""
        self._delete(id, extra_headers=extra_headers, timeout=timeout)


class AsyncSharedCapacityGroupsRepository(AsyncRepository[SharedCapacityGroup]):
    """``/shared_capacity_groups`` (async): A group of channels taken from a capacity pool and shared by the DIDs assigned to it."""

    _model = SharedCapacityGroup
    _path = "shared_capacity_groups"

    async def list(
        self,
        *,
        include: SharedCapacityGroupsInclude | Sequence[SharedCapacityGroupsInclude] | None = None,
        filter: SharedCapacityGroupsFilter = _NO_FILTER,
        sort: SharedCapacityGroupsSort | Sequence[SharedCapacityGroupsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[SharedCapacityGroup]:
        """List shared_capacity_groups.

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
        id: str | SharedCapacityGroup,
        *,
        include: SharedCapacityGroupsInclude | Sequence[SharedCapacityGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> SharedCapacityGroup:
        """Fetch one SharedCapacityGroup by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def create(
        self,
        model: SharedCapacityGroup,
        *,
        include: SharedCapacityGroupsInclude | Sequence[SharedCapacityGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> SharedCapacityGroup:
        """Create a SharedCapacityGroup from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def update(
        self,
        model: SharedCapacityGroup,
        *,
        include: SharedCapacityGroupsInclude | Sequence[SharedCapacityGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> SharedCapacityGroup:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return await self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def delete(
        self,
        id: str | SharedCapacityGroup,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> None:
        """Delete a SharedCapacityGroup by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
