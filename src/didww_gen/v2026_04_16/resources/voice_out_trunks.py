# generated from spec/2026-04-16 by codegen, do not edit
"""``client.voice_out_trunks``: operations on ``/voice_out_trunks``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.enums import (
    DefaultDstAction,
    MediaEncryptionMode,
    OnCliMismatchAction,
    VoiceOutTrunkAuthenticationMethodType,
    VoiceOutTrunkStatus,
)
from didww_gen.v2026_04_16.models.voice_out_trunk import VoiceOutTrunk

__all__ = [
    "VoiceOutTrunksRepository",
    "AsyncVoiceOutTrunksRepository",
    "VoiceOutTrunksInclude",
    "VoiceOutTrunksFilter",
    "VoiceOutTrunksSort",
]

VoiceOutTrunksInclude = Literal[
    "dids",
    "emergency_dids",
]
"""Include paths documented for ``/voice_out_trunks``."""

VoiceOutTrunksSort = Literal[
    "name",
    "-name",
    "created_at",
    "-created_at",
    "allow_any_did_as_cli",
    "-allow_any_did_as_cli",
    "threshold_reached",
    "-threshold_reached",
    "external_reference_id",
    "-external_reference_id",
]
"""Sort fields documented for ``/voice_out_trunks`` (prefix ``-`` for descending)."""

VoiceOutTrunksFilter = TypedDict(
    "VoiceOutTrunksFilter",
    {
        "name": str | Sequence[str],
        "name_contains": str | Sequence[str],
        "on_cli_mismatch_action": OnCliMismatchAction
        | Literal["send_original_cli", "reject_call", "replace_cli", "randomize_cli"]
        | Sequence[OnCliMismatchAction | Literal["send_original_cli", "reject_call", "replace_cli", "randomize_cli"]],
        "allow_any_did_as_cli": bool,
        "status": VoiceOutTrunkStatus | Literal["active", "blocked"],
        "threshold_reached": bool,
        "default_dst_action": DefaultDstAction | Literal["allow_all", "reject_all"],
        "media_encryption_mode": MediaEncryptionMode | Literal["disabled", "srtp_sdes", "srtp_dtls", "zrtp"],
        "authentication_method.type": VoiceOutTrunkAuthenticationMethodType
        | Literal["ip_only", "credentials_and_ip", "twilio"]
        | Sequence[VoiceOutTrunkAuthenticationMethodType | Literal["ip_only", "credentials_and_ip", "twilio"]],
        "external_reference_id": str,
        "default_did.id": str | Sequence[str],
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/voice_out_trunks``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class VoiceOutTrunksRepository(Repository[VoiceOutTrunk]):
    """``/voice_out_trunks``: A trunk for outbound (termination) calls, authenticated by IP, credentials and IP, or Twilio."""

    _model = VoiceOutTrunk
    _path = "voice_out_trunks"
    _filter_enums = MappingProxyType(
        {
            "on_cli_mismatch_action": OnCliMismatchAction,
            "status": VoiceOutTrunkStatus,
            "default_dst_action": DefaultDstAction,
            "media_encryption_mode": MediaEncryptionMode,
            "authentication_method.type": VoiceOutTrunkAuthenticationMethodType,
        }
    )

    def list(
        self,
        *,
        include: VoiceOutTrunksInclude | Sequence[VoiceOutTrunksInclude] | None = None,
        filter: VoiceOutTrunksFilter = _NO_FILTER,
        sort: VoiceOutTrunksSort | Sequence[VoiceOutTrunksSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[VoiceOutTrunk]:
        """List voice_out_trunks.

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
        id: str | VoiceOutTrunk,
        *,
        include: VoiceOutTrunksInclude | Sequence[VoiceOutTrunksInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceOutTrunk:
        """Fetch one VoiceOutTrunk by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def create(
        self,
        model: VoiceOutTrunk,
        *,
        include: VoiceOutTrunksInclude | Sequence[VoiceOutTrunksInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceOutTrunk:
        """Create a VoiceOutTrunk from the fields set on ``model``; returns the server's answer."""
        return self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def update(
        self,
        model: VoiceOutTrunk,
        *,
        include: VoiceOutTrunksInclude | Sequence[VoiceOutTrunksInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceOutTrunk:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def delete(
        self, id: str | VoiceOutTrunk, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a VoiceOutTrunk by id or model."""
        self._delete(id, extra_headers=extra_headers, timeout=timeout)


class AsyncVoiceOutTrunksRepository(AsyncRepository[VoiceOutTrunk]):
    """``/voice_out_trunks`` (async): A trunk for outbound (termination) calls, authenticated by IP, credentials and IP, or Twilio."""

    _model = VoiceOutTrunk
    _path = "voice_out_trunks"
    _filter_enums = MappingProxyType(
        {
            "on_cli_mismatch_action": OnCliMismatchAction,
            "status": VoiceOutTrunkStatus,
            "default_dst_action": DefaultDstAction,
            "media_encryption_mode": MediaEncryptionMode,
            "authentication_method.type": VoiceOutTrunkAuthenticationMethodType,
        }
    )

    async def list(
        self,
        *,
        include: VoiceOutTrunksInclude | Sequence[VoiceOutTrunksInclude] | None = None,
        filter: VoiceOutTrunksFilter = _NO_FILTER,
        sort: VoiceOutTrunksSort | Sequence[VoiceOutTrunksSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[VoiceOutTrunk]:
        """List voice_out_trunks.

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
        id: str | VoiceOutTrunk,
        *,
        include: VoiceOutTrunksInclude | Sequence[VoiceOutTrunksInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceOutTrunk:
        """Fetch one VoiceOutTrunk by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def create(
        self,
        model: VoiceOutTrunk,
        *,
        include: VoiceOutTrunksInclude | Sequence[VoiceOutTrunksInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceOutTrunk:
        """Create a VoiceOutTrunk from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def update(
        self,
        model: VoiceOutTrunk,
        *,
        include: VoiceOutTrunksInclude | Sequence[VoiceOutTrunksInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceOutTrunk:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return await self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def delete(
        self, id: str | VoiceOutTrunk, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a VoiceOutTrunk by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
