# generated from spec/2022-05-10 by codegen, do not edit
"""``client.voice_in_trunk_groups``: operations on ``/voice_in_trunk_groups``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.voice_in_trunk_group import VoiceInTrunkGroup

__all__ = [
    "VoiceInTrunkGroupsRepository",
    "AsyncVoiceInTrunkGroupsRepository",
    "VoiceInTrunkGroupsInclude",
    "VoiceInTrunkGroupsFilter",
    "VoiceInTrunkGroupsSort",
]

VoiceInTrunkGroupsInclude = Literal["voice_in_trunks",]
"""Include paths documented for ``/voice_in_trunk_groups``."""

VoiceInTrunkGroupsSort = Literal[
    "name",
    "-name",
    "created_at",
    "-created_at",
    "capacity_limit",
    "-capacity_limit",
]
"""Sort fields documented for ``/voice_in_trunk_groups`` (prefix ``-`` for descending)."""

VoiceInTrunkGroupsFilter = TypedDict(
    "VoiceInTrunkGroupsFilter",
    {
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/voice_in_trunk_groups``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class VoiceInTrunkGroupsRepository(Repository[VoiceInTrunkGroup]):
    """``/voice_in_trunk_groups``: A group of voice in trunks that DIDs can be routed to together."""

    _model = VoiceInTrunkGroup
    _path = "voice_in_trunk_groups"

    def list(
        self,
        *,
        include: VoiceInTrunkGroupsInclude | Sequence[VoiceInTrunkGroupsInclude] | None = None,
        filter: VoiceInTrunkGroupsFilter = _NO_FILTER,
        sort: VoiceInTrunkGroupsSort | Sequence[VoiceInTrunkGroupsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[VoiceInTrunkGroup]:
        """List voice_in_trunk_groups.

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
        id: str | VoiceInTrunkGroup,
        *,
        include: VoiceInTrunkGroupsInclude | Sequence[VoiceInTrunkGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceInTrunkGroup:
        """Fetch one VoiceInTrunkGroup by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def create(
        self,
        model: VoiceInTrunkGroup,
        *,
        include: VoiceInTrunkGroupsInclude | Sequence[VoiceInTrunkGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceInTrunkGroup:
        """Create a VoiceInTrunkGroup from the fields set on ``model``; returns the server's answer."""
        return self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def update(
        self,
        model: VoiceInTrunkGroup,
        *,
        include: VoiceInTrunkGroupsInclude | Sequence[VoiceInTrunkGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceInTrunkGroup:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def delete(
        self,
        id: str | VoiceInTrunkGroup,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> None:
        """Delete a VoiceInTrunkGroup by id or model."""
        self._delete(id, extra_headers=extra_headers, timeout=timeout)


class AsyncVoiceInTrunkGroupsRepository(AsyncRepository[VoiceInTrunkGroup]):
    """``/voice_in_trunk_groups`` (async): A group of voice in trunks that DIDs can be routed to together."""

    _model = VoiceInTrunkGroup
    _path = "voice_in_trunk_groups"

    async def list(
        self,
        *,
        include: VoiceInTrunkGroupsInclude | Sequence[VoiceInTrunkGroupsInclude] | None = None,
        filter: VoiceInTrunkGroupsFilter = _NO_FILTER,
        sort: VoiceInTrunkGroupsSort | Sequence[VoiceInTrunkGroupsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[VoiceInTrunkGroup]:
        """List voice_in_trunk_groups.

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
        id: str | VoiceInTrunkGroup,
        *,
        include: VoiceInTrunkGroupsInclude | Sequence[VoiceInTrunkGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceInTrunkGroup:
        """Fetch one VoiceInTrunkGroup by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def create(
        self,
        model: VoiceInTrunkGroup,
        *,
        include: VoiceInTrunkGroupsInclude | Sequence[VoiceInTrunkGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceInTrunkGroup:
        """Create a VoiceInTrunkGroup from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def update(
        self,
        model: VoiceInTrunkGroup,
        *,
        include: VoiceInTrunkGroupsInclude | Sequence[VoiceInTrunkGroupsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceInTrunkGroup:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return await self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def delete(
        self,
        id: str | VoiceInTrunkGroup,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> None:
        """Delete a VoiceInTrunkGroup by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
