# generated from spec/2026-04-16 by codegen, do not edit
"""``client.available_dids``: operations on ``/available_dids``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.enums import Feature
from didww_gen.v2026_04_16.models.available_did import AvailableDid, AvailableDidDocumentMeta

__all__ = [
    "AvailableDidsRepository",
    "AsyncAvailableDidsRepository",
    "AvailableDidsInclude",
    "AvailableDidsFilter",
    "AvailableDidsSort",
]

AvailableDidsInclude = Literal[
    "did_group",
    "did_group.stock_keeping_units",
    "nanpa_prefix",
]
"""Include paths documented for ``/available_dids``."""

AvailableDidsSort = Literal[
    "number",
    "-number",
]
"""Sort fields documented for ``/available_dids`` (prefix ``-`` for descending)."""

AvailableDidsFilter = TypedDict(
    "AvailableDidsFilter",
    {
        "id": str | Sequence[str],
        "number_contains": str,
        "did_group.id": str | Sequence[str],
        "did_group_type.id": str | Sequence[str],
        "did_group.needs_registration": bool,
        "did_group.features": Feature
        | Literal["voice_in", "voice_out", "t38", "sms_in", "p2p", "a2p", "emergency", "cnam_out"]
        | Sequence[Feature | Literal["voice_in", "voice_out", "t38", "sms_in", "p2p", "a2p", "emergency", "cnam_out"]],
        "country.id": str | Sequence[str],
        "region.id": str | Sequence[str],
        "city.id": str | Sequence[str],
        "nanpa_prefix.id": str,
    },
    total=False,
)
"""Filters documented for ``/available_dids``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class AvailableDidsRepository(Repository[AvailableDid]):
    """``/available_dids``: A phone number in stock that can be reserved or ordered."""

    _model = AvailableDid
    _path = "available_dids"
    _filter_enums = MappingProxyType({"did_group.features": Feature})

    def list(
        self,
        *,
        include: AvailableDidsInclude | Sequence[AvailableDidsInclude] | None = None,
        filter: AvailableDidsFilter = _NO_FILTER,
        sort: AvailableDidsSort | Sequence[AvailableDidsSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[AvailableDid, AvailableDidDocumentMeta]:
        """List available_dids (the API returns all records; pagination is disabled).

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            include=include,
            filter=filter,
            sort=sort,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def find(
        self,
        id: str | AvailableDid,
        *,
        include: AvailableDidsInclude | Sequence[AvailableDidsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AvailableDid:
        """Fetch one AvailableDid by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)


class AsyncAvailableDidsRepository(AsyncRepository[AvailableDid]):
    """``/available_dids`` (async): A phone number in stock that can be reserved or ordered."""

    _model = AvailableDid
    _path = "available_dids"
    _filter_enums = MappingProxyType({"did_group.features": Feature})

    async def list(
        self,
        *,
        include: AvailableDidsInclude | Sequence[AvailableDidsInclude] | None = None,
        filter: AvailableDidsFilter = _NO_FILTER,
        sort: AvailableDidsSort | Sequence[AvailableDidsSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[AvailableDid, AvailableDidDocumentMeta]:
        """List available_dids (the API returns all records; pagination is disabled).

        ``async for`` over the returned page yields every item of every page.
        """
        return await self._list(
            include=include,
            filter=filter,
            sort=sort,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def find(
        self,
        id: str | AvailableDid,
        *,
        include: AvailableDidsInclude | Sequence[AvailableDidsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AvailableDid:
        """Fetch one AvailableDid by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)
