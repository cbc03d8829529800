# generated from spec/2026-04-16 by codegen, do not edit
"""``client.did_groups``: operations on ``/did_groups``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.enums import Feature
from didww_gen.v2026_04_16.models.did_group import DidGroup

__all__ = ["DidGroupsRepository", "AsyncDidGroupsRepository", "DidGroupsInclude", "DidGroupsFilter", "DidGroupsSort"]

DidGroupsInclude = Literal[
    "country",
    "region",
    "city",
    "did_group_type",
    "stock_keeping_units",
    "address_requirement",
]
"""Include paths documented for ``/did_groups``."""

DidGroupsSort = Literal[
    "country.name",
    "-country.name",
    "did_group_type.name",
    "-did_group_type.name",
    "prefix",
    "-prefix",
    "is_metered",
    "-is_metered",
    "area_name",
    "-area_name",
    "allow_additional_channels",
    "-allow_additional_channels",
    "service_restrictions",
    "-service_restrictions",
]
"""Sort fields documented for ``/did_groups`` (prefix ``-`` for descending)."""

DidGroupsFilter = TypedDict(
    "DidGroupsFilter",
    {
        "id": str | Sequence[str],
        "prefix": str | Sequence[str],
        "area_name": str | Sequence[str],
        "is_metered": bool,
        "allow_additional_channels": bool,
        "available_dids_enabled": bool,
        "features": Feature
        | Literal["voice_in", "voice_out", "t38", "sms_in", "p2p", "a2p", "emergency", "cnam_out"]
        | Sequence[Feature | Literal["voice_in", "voice_out", "t38", "sms_in", "p2p", "a2p", "emergency", "cnam_out"]],
        "needs_registration": bool,
        "is_available": bool,
        "country.id": str | Sequence[str],
        "region.id": str | Sequence[str],
        "city.id": str | Sequence[str],
        "nanpa_prefix.id": str | Sequence[str],
        "nanpa_prefix.npanxx": str | Sequence[str],
        "did_group_type.id": str | Sequence[str],
        "meta.total_count_gteq": int,
    },
    total=False,
)
"""Filters documented for ``/did_groups``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class DidGroupsRepository(Repository[DidGroup]):
    """``/did_groups``: A group of phone numbers sharing a common city or area code: an entry of the DIDWW coverage."""

    _model = DidGroup
    _path = "did_groups"
    _filter_enums = MappingProxyType({"features": Feature})

    def list(
        self,
        *,
        include: DidGroupsInclude | Sequence[DidGroupsInclude] | None = None,
        filter: DidGroupsFilter = _NO_FILTER,
        sort: DidGroupsSort | Sequence[DidGroupsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[DidGroup]:
        """List did_groups.

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
        id: str | DidGroup,
        *,
        include: DidGroupsInclude | Sequence[DidGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> DidGroup:
        """Fetch one DidGroup by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)


class AsyncDidGroupsRepository(AsyncRepository[DidGroup]):
    """``/did_groups`` (async): A group of phone numbers sharing a common city or area code: an entry of the DIDWW coverage."""

    _model = DidGroup
    _path = "did_groups"
    _filter_enums = MappingProxyType({"features": Feature})

    async def list(
        self,
        *,
        include: DidGroupsInclude | Sequence[DidGroupsInclude] | None = None,
        filter: DidGroupsFilter = _NO_FILTER,
        sort: DidGroupsSort | Sequence[DidGroupsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[DidGroup]:
        """List did_groups.

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
        id: str | DidGroup,
        *,
        include: DidGroupsInclude | Sequence[DidGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> DidGroup:
        """Fetch one DidGroup by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)
