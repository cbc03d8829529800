# generated from spec/2022-05-10 by codegen, do not edit
"""``client.voice_in_trunks``: operations on ``/voice_in_trunks``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.voice_in_trunk import VoiceInTrunk

__all__ = [
    "VoiceInTrunksRepository",
    "AsyncVoiceInTrunksRepository",
    "VoiceInTrunksInclude",
    "VoiceInTrunksFilter",
    "VoiceInTrunksSort",
]

VoiceInTrunksInclude = Literal[
    "voice_in_trunk_group",
    "pop",
]
"""Include paths documented for ``/voice_in_trunks``."""

VoiceInTrunksSort = Literal[
    "name",
    "-name",
    "priority",
    "-priority",
    "capacity_limit",
    "-capacity_limit",
    "weight",
    "-weight",
    "cli_format",
    "-cli_format",
    "cli_prefix",
    "-cli_prefix",
    "description",
    "-description",
    "ringing_timeout",
    "-ringing_timeout",
    "created_at",
    "-created_at",
]
"""Sort fields documented for ``/voice_in_trunks`` (prefix ``-`` for descending)."""

VoiceInTrunksFilter = TypedDict(
    "VoiceInTrunksFilter",
    {
        "id": str | Sequence[str],
        "name": str | Sequence[str],
        "configuration.type": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/voice_in_trunks``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class VoiceInTrunksRepository(Repository[VoiceInTrunk]):
    """``/voice_in_trunks``: A trunk that receives the calls to DIDs; SIP or PSTN, by its configuration."""

    _model = VoiceInTrunk
    _path = "voice_in_trunks"

    def list(
        self,
        *,
        include: VoiceInTrunksInclude | Sequence[VoiceInTrunksInclude] | None = None,
        filter: VoiceInTrunksFilter = _NO_FILTER,
        sort: VoiceInTrunksSort | Sequence[VoiceInTrunksSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[VoiceInTrunk]:
        """List voice_in_trunks.

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
        id: str | VoiceInTrunk,
        *,
        include: VoiceInTrunksInclude | Sequence[VoiceInTrunksInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceInTrunk:
        """Fetch one VoiceInTrunk by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def create(
        self,
        model: VoiceInTrunk,
        *,
        include: VoiceInTrunksInclude | Sequence[VoiceInTrunksInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceInTrunk:
        """Create a VoiceInTrunk from the fields set on ``model``; returns the server's answer."""
        return self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def update(
        self,
        model: VoiceInTrunk,
        *,
        include: VoiceInTrunksInclude | Sequence[VoiceInTrunksInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceInTrunk:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def delete(
        self, id: str | VoiceInTrunk, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a VoiceInTrunk by id or model."""
        self._delete(id, extra_headers=extra_headers, timeout=timeout)


class AsyncVoiceInTrunksRepository(AsyncRepository[VoiceInTrunk]):
    """``/voice_in_trunks`` (async): A trunk that receives the calls to DIDs; SIP or PSTN, by its configuration."""

    _model = VoiceInTrunk
    _path = "voice_in_trunks"

    async def list(
        self,
        *,
        include: VoiceInTrunksInclude | Sequence[VoiceInTrunksInclude] | None = None,
        filter: VoiceInTrunksFilter = _NO_FILTER,
        sort: VoiceInTrunksSort | Sequence[VoiceInTrunksSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[VoiceInTrunk]:
        """List voice_in_trunks.

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
        id: str | VoiceInTrunk,
        *,
        include: VoiceInTrunksInclude | Sequence[VoiceInTrunksInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceInTrunk:
        """Fetch one VoiceInTrunk by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def create(
        self,
        model: VoiceInTrunk,
        *,
        include: VoiceInTrunksInclude | Sequence[VoiceInTrunksInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceInTrunk:
        """Create a VoiceInTrunk from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def update(
        self,
        model: VoiceInTrunk,
        *,
        include: VoiceInTrunksInclude | Sequence[VoiceInTrunksInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceInTrunk:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return await self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def delete(
        self, id: str | VoiceInTrunk, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a VoiceInTrunk by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
