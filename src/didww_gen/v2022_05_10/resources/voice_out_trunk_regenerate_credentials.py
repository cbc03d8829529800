# generated from spec/2022-05-10 by codegen, do not edit
"""``client.voice_out_trunk_regenerate_credentials``: operations on ``/voice_out_trunk_regenerate_credentials``."""

from __future__ import annotations

from collections.abc import Mapping

from didww_gen._client import TimeoutTypes
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.voice_out_trunk_regenerate_credential import VoiceOutTrunkRegenerateCredential

__all__ = ["VoiceOutTrunkRegenerateCredentialsRepository", "AsyncVoiceOutTrunkRegenerateCredentialsRepository"]


class VoiceOutTrunkRegenerateCredentialsRepository(Repository[VoiceOutTrunkRegenerateCredential]):
    """``/voice_out_trunk_regenerate_credentials``: Regenerates the username and password of a voice out trunk (credentials_and_ip authentication) with new random strings."""

    _model = VoiceOutTrunkRegenerateCredential
    _path = "voice_out_trunk_regenerate_credentials"

    def create(
        self,
        model: VoiceOutTrunkRegenerateCredential,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceOutTrunkRegenerateCredential:
        """Create a VoiceOutTrunkRegenerateCredential from the fields set on ``model``; returns the server's answer."""
        return self._create(model, extra_headers=extra_headers, timeout=timeout)


class AsyncVoiceOutTrunkRegenerateCredentialsRepository(AsyncRepository[VoiceOutTrunkRegenerateCredential]):
    """``/voice_out_trunk_regenerate_credentials`` (async): Regenerates the username and password of a voice out trunk (credentials_and_ip authentication) with new random strings."""

    _model = VoiceOutTrunkRegenerateCredential
    _path = "voice_out_trunk_regenerate_credentials"

    async def create(
        self,
        model: VoiceOutTrunkRegenerateCredential,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> VoiceOutTrunkRegenerateCredential:
        """Create a VoiceOutTrunkRegenerateCredential from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, extra_headers=extra_headers, timeout=timeout)
