# generated from spec/2022-05-10 by codegen, do not edit
"""VoiceInTrunk: the ``voice_in_trunks`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import StrictInt, UtcDateTime
from didww_gen.v2022_05_10.enums import CliFormat
from didww_gen.v2022_05_10.models import MODELS
from didww_gen.v2022_05_10.models.nested import VoiceInTrunkConfiguration

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.pop import Pop as _Pop
    from didww_gen.v2022_05_10.models.voice_in_trunk_group import VoiceInTrunkGroup as _VoiceInTrunkGroup
else:
    _Pop = Any
    _VoiceInTrunkGroup = Any

__all__ = ["VoiceInTrunk"]


class VoiceInTrunk(Resource):
    """A trunk that receives the calls to DIDs; SIP or PSTN, by its configuration."""

    TYPE: ClassVar[str] = "voice_in_trunks"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "priority": AttributeSpec("priority", Kind.PLAIN, Access.CREATE_UPDATE),
        "weight": AttributeSpec("weight", Kind.PLAIN, Access.CREATE_UPDATE),
        "capacity_limit": AttributeSpec("capacity_limit", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "ringing_timeout": AttributeSpec("ringing_timeout", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "name": AttributeSpec("name", Kind.PLAIN, Access.CREATE_UPDATE, required=True),
        "cli_format": AttributeSpec("cli_format", Kind.ENUM, Access.CREATE_UPDATE, nullable=True),
        "cli_prefix": AttributeSpec("cli_prefix", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "description": AttributeSpec("description", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY, always_answered=False),
        "configuration": AttributeSpec("configuration", Kind.NESTED, Access.CREATE_UPDATE, mutable=True, required=True),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "pop": RelationshipSpec(("pops",), Access.CREATE_UPDATE),
        "voice_in_trunk_group": RelationshipSpec(("voice_in_trunk_groups",), Access.CREATE_UPDATE),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("pops", "voice_in_trunk_groups")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str = ...,
            priority: int = ...,
            weight: int = ...,
            capacity_limit: int | None = ...,
            ringing_timeout: int | None = ...,
            name: str = ...,
            cli_format: CliFormat | None = ...,
            cli_prefix: str | None = ...,
            description: str | None = ...,
            configuration: VoiceInTrunkConfiguration = ...,
            pop: _Pop | None = ...,
            voice_in_trunk_group: _VoiceInTrunkGroup | None = ...,
        ) -> None:
            """VoiceInTrunk built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        priority: int
        """The priority of this target host: the trunk with the lowest priority is tried first; trunks of the same priority are tried by weight. 0 to 65535 (RFC 2782).

        Default: ``1``.
        """

        weight: int
        """Relative weight among trunks of the same priority; larger weights are proportionately more likely to be selected. 0 to 65535 (RFC 2782).

        Default: ``65535``.
        """

        capacity_limit: int | None
        """Maximum number of simultaneous calls for the trunk.

        Nullable.
        """

        ringing_timeout: int | None
        """Time after which an unconnected call ends with the internal disconnect code Ringing timeout.

        Nullable.
        """

        name: str
        """Friendly name of the trunk.

        Required: a write without it is refused before sending.
        """

        cli_format: CliFormat | None
        """How the CLI is altered: raw (default), e164, local. Conversion may not work for calls from outside the DID's country.

        Nullable. Default: ``"raw"``.
        """

        cli_prefix: str | None
        """Optional prefix of the CLI, a '+' followed by up to 6 characters, digits and '#'.

        Nullable.
        """

        description: str | None
        """Optional description of the trunk.

        Nullable.
        """

        @property
        def created_at(self) -> UtcDateTime | None:
            """When the trunk was created.

            Read-only: set by the server. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        configuration: VoiceInTrunkConfiguration
        """The trunk's SIP or PSTN configuration.

        Required: a write without it is refused before sending.
        """

        pop: _Pop | None
        """The PoP the trunk is bound to.

        To-one relationship to Pop.
        """

        voice_in_trunk_group: _VoiceInTrunkGroup | None
        """The trunk group of the trunk.

        To-one relationship to VoiceInTrunkGroup.
        """

    else:
        priority: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "priority"))
        weight: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "weight"))
        capacity_limit: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "capacity_limit")
        )
        ringing_timeout: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "ringing_timeout")
        )
        name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
        cli_format: CliFormat | None = Field(default=None, validation_alias=AliasPath("attributes", "cli_format"))
        cli_prefix: str | None = Field(default=None, validation_alias=AliasPath("attributes", "cli_prefix"))
        description: str | None = Field(default=None, validation_alias=AliasPath("attributes", "description"))
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
        configuration: VoiceInTrunkConfiguration | None = Field(
            default=None, validation_alias=AliasPath("attributes", "configuration")
        )

        pop: _Pop | None = Field(default=None, validation_alias=AliasPath("relationships", "pop", "data"))
        voice_in_trunk_group: _VoiceInTrunkGroup | None = Field(
            default=None, validation_alias=AliasPath("relationships", "voice_in_trunk_group", "data")
        )
