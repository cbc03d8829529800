# generated from spec/2026-04-16 by codegen, do not edit
"""VoiceInTrunkGroup: the ``voice_in_trunk_groups`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, MetaObject, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime

if TYPE_CHECKING:
    from didww_gen.models.voice_in_trunk import VoiceInTrunk as _VoiceInTrunk
else:
    _VoiceInTrunk = Any

__all__ = ["VoiceInTrunkGroup", "VoiceInTrunkGroupMeta"]


class VoiceInTrunkGroupMeta(MetaObject):
    """Resource-level meta of VoiceInTrunkGroup (read-only)."""

    trunks_count: int | None = Field(default=None)
    """Number of voice in trunks in the group.

    Read-only: set by the server.
    """


class VoiceInTrunkGroup(Resource):
    """A group of voice in trunks that DIDs can be routed to together."""

    TYPE: ClassVar[str] = "voice_in_trunk_groups"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.CREATE_UPDATE),
        "capacity_limit": AttributeSpec("capacity_limit", Kind.PLAIN, Access.CREATE_UPDATE),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
        "external_reference_id": AttributeSpec(
            "external_reference_id", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True
        ),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "voice_in_trunks": RelationshipSpec(("voice_in_trunks",), Access.CREATE_UPDATE, to_many=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("voice_in_trunks",)

    name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
    """Unique name of the trunk group."""

    capacity_limit: int | None = Field(default=None, validation_alias=AliasPath("attributes", "capacity_limit"))
    """Maximum number of simultaneous calls for the trunk group."""

    created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
    """When the trunk group was created.

    Read-only: set by the server.
    """

    external_reference_id: str | None = Field(
        default=None, validation_alias=AliasPath("attributes", "external_reference_id")
    )
    """Identifier of the trunk group in an external system.

    Nullable.
    """

    voice_in_trunks: list[_VoiceInTrunk] | None = Field(
        default=None, validation_alias=AliasPath("relationships", "voice_in_trunks", "data")
    )
    """The trunks of the group.

    To-many relationship to VoiceInTrunk.
    """

    meta: VoiceInTrunkGroupMeta | None = None
    """Resource-level meta."""
