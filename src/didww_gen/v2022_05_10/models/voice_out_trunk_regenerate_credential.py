# generated from spec/2022-05-10 by codegen, do not edit
"""VoiceOutTrunkRegenerateCredential: the ``voice_out_trunk_regenerate_credentials`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, RelationshipSpec, Resource
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.voice_out_trunk import VoiceOutTrunk as _VoiceOutTrunk
else:
    _VoiceOutTrunk = Any

__all__ = ["VoiceOutTrunkRegenerateCredential"]


class VoiceOutTrunkRegenerateCredential(Resource):
    """Regenerates the username and password of a voice out trunk (credentials_and_ip authentication) with new random strings."""

    TYPE: ClassVar[str] = "voice_out_trunk_regenerate_credentials"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {}
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "voice_out_trunk": RelationshipSpec(("voice_out_trunks",), Access.CREATE_ONLY, write_only=True, required=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ..., voice_out_trunk: _VoiceOutTrunk | None = ...) -> None:
            """VoiceOutTrunkRegenerateCredential built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        voice_out_trunk: _VoiceOutTrunk | None
        """The voice out trunk whose credentials are regenerated.

        To-one relationship to VoiceOutTrunk. Sent on create only; it cannot be changed later. Write-only: never returned by the server. Required on create: a create without it is refused before sending.
        """

    else:
        voice_out_trunk: _VoiceOutTrunk | None = Field(
            default=None, validation_alias=AliasPath("relationships", "voice_out_trunk", "data")
        )
