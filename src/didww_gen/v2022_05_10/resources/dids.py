# generated from spec/2022-05-10 by codegen, do not edit
"""``client.dids``: operations on ``/dids``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.enums import Feature
from didww_gen.v2022_05_10.models.did import Did

__all__ = ["DidsRepository", "AsyncDidsRepository", "DidsInclude", "DidsFilter", "DidsSort"]

DidsInclude = Literal[
    "order",
    "voice_in_trunk",
    "voice_in_trunk.voice_in_trunk_group",
    "voice_in_trunk.pop",
    "voice_in_trunk_group",
    "capacity_pool",
    "shared_capacity_group",
    "did_group",
    "did_group.country",
    "did_group.city",
    "did_group.region",
    "did_group.did_group_type",
    "did_group.stock_keeping_units",
    "address_verification",
]
"""Include paths documented for ``/dids``."""

DidsSort = Literal[
    "blocked",
    "-blocked",
    "awaiting_registration",
    "-awaiting_registration",
    "capacity_limit",
    "-capacity_limit",
    "description",
    "-description",
    "terminated",
    "-terminated",
    "number",
    "-number",
    "expires_at",
    "-expires_at",
    "channels_included_count",
    "-channels_included_count",
    "dedicated_channels_count",
    "-dedicated_channels_count",
    "created_at",
    "-created_at",
    "billing_cycles_count",
    "-billing_cycles_count",
]
"""Sort fields documented for ``/dids`` (prefix ``-`` for descending)."""

DidsFilter = TypedDict(
    "DidsFilter",
    {
        "number": str | Sequence[str],
        "description": str | Sequence[str],
        "terminated": bool,
        "awaiting_registration": bool,
        "pending_removal": bool,
        "did_group.features": Feature
        | Literal["voice_in", "voice_out", "t38", "sms_in", "sms_out"]
        | Sequence[Feature | Literal["voice_in", "voice_out", "t38", "sms_in", "sms_out"]],
        "did_group.id": str | Sequence[str],
        "country.id": str | Sequence[str],
        "region.id": str | Sequence[str],
        "city.id": str | Sequence[str],
        "order.id": str | Sequence[str],
        "voice_in_trunk.id": str | Sequence[str],
        "voice_in_trunk_group.id": str | Sequence[str],
        "shared_capacity_group.id": str | Sequence[str],
        "capacity_pool.id": str | Sequence[str],
        "order.reference": str | Sequence[str],
        "address_verification.id": str | Sequence[str],
        "billing_cycles_count": int | Sequence[int],
        "blocked": bool,
        "id": str | Sequence[str],
        "trunk.id": str | Sequence[str],
        "trunk_group.id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/dids``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class DidsRepository(Repository[Did]):
    """``/dids``: A phone number (DID) owned by the account."""

    _model = Did
    _path = "dids"
    _filter_enums = MappingProxyType({"did_group.features": Feature})

    def list(
        self,
        *,
        include: DidsInclude | Sequence[DidsInclude] | None = None,
        filter: DidsFilter = _NO_FILTER,
        sort: DidsSort | Sequence[DidsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[Did]:
        """List dids.

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
        id: str | Did,
        *,
        include: DidsInclude | Sequence[DidsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Did:
        """Fetch one Did by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def update(
        self,
        model: Did,
        *,
        include: DidsInclude | Sequence[DidsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Did:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)


class AsyncDidsRepository(AsyncRepository[Did]):
    """``/dids`` (async): A phone number (DID) owned by the account."""

    _model = Did
    _path = "dids"
    _filter_enums = MappingProxyType({"did_group.features": Feature})

    async def list(
        self,
        *,
        include: DidsInclude | Sequence[DidsInclude] | None = None,
        filter: DidsFilter = _NO_FILTER,
        sort: DidsSort | Sequence[DidsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Did]:
        """List dids.

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
        id: str | Did,
        *,
        include: DidsInclude | Sequence[DidsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Did:
        """Fetch one Did by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def update(
        self,
        model: Did,
        *,
        include: DidsInclude | Sequence[DidsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Did:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return await self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)
