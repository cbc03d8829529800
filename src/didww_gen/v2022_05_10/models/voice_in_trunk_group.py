# generated from spec/2022-05-10 by codegen, do not edit
"""VoiceInTrunkGroup: the ``voice_in_trunk_groups`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, MetaObject, RelationshipSpec, Resource
from didww_gen._types import StrictInt, UtcDateTime
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.voice_in_trunk import VoiceInTrunk as _VoiceInTrunk
else:
    _VoiceInTrunk = Any

__all__ = ["VoiceInTrunkGroup", "VoiceInTrunkGroupMeta"]


class VoiceInTrunkGroupMeta(MetaObject):
    """Resource-level meta of VoiceInTrunkGroup (read-only)."""

    trunks_count: StrictInt | None = Field(default=None)
    """Number of voice in trunks in the group.

    Read-only: set by the server.
    """


class VoiceInTrunkGroup(Resource):
    """A group of voice in trunks that DIDs can be routed to together."""

    TYPE: ClassVar[str] = "voice_in_trunk_groups"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.CREATE_UPDATE, required=True),
        "capacity_limit": AttributeSpec("capacity_limit", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "voice_in_trunks": RelationshipSpec(("voice_in_trunks",), Access.CREATE_UPDATE, to_many=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("voice_in_trunks",)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str = ...,
            name: str = ...,
            capacity_limit: int | None = ...,
            voice_in_trunks: list[_VoiceInTrunk] | None = ...,
        ) -> None:
            """VoiceInTrunkGroup built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        name: str
        """Unique name of the trunk group.

        Required: a write without it is refused before sending.
        """

        capacity_limit: int | None
        """Maximum number of simultaneous calls for the trunk group.

        Nullable.
        """

        @property
        def created_at(self) -> UtcDateTime:
            """When the trunk group was created.

            Read-only: set by the server.
            """
            ...

        @property
        def voice_in_trunks(self) -> list[_VoiceInTrunk]:
            """The trunks of the group.

            To-many relationship to VoiceInTrunk.
            """
            ...

        @voice_in_trunks.setter
        def voice_in_trunks(self, value: list[_VoiceInTrunk] | None) -> None: ...

        @property
        def meta(self) -> VoiceInTrunkGroupMeta | None:
            """Resource-level meta (None when the server sent none)."""
            ...

    else:
        name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
        capacity_limit: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "capacity_limit")
        )
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))

        voice_in_trunks: list[_VoiceInTrunk] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "voice_in_trunks", "data")
        )
        meta: VoiceInTrunkGroupMeta | None = None
