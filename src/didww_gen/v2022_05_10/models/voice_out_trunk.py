# generated from spec/2022-05-10 by codegen, do not edit
"""VoiceOutTrunk: the ``voice_out_trunks`` resource."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, MetaObject, RelationshipSpec, Resource
from didww_gen._rules import Refuse, Rule
from didww_gen._types import StrictBool, StrictInt, UtcDateTime
from didww_gen.v2022_05_10.enums import DefaultDstAction, MediaEncryptionMode, OnCliMismatchAction, VoiceOutTrunkStatus
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.did import Did as _Did
else:
    _Did = Any

__all__ = ["VoiceOutTrunk", "VoiceOutTrunkMeta"]


class VoiceOutTrunkMeta(MetaObject):
    """Resource-level meta of VoiceOutTrunk (read-only)."""

    spent_amount: Decimal | None = Field(default=None)
    """The amount spent against threshold_amount.

    Read-only: set by the server.
    """


class VoiceOutTrunk(Resource):
    """A trunk for outbound (termination) calls, authenticated by IP and credentials."""

    TYPE: ClassVar[str] = "voice_out_trunks"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.CREATE_UPDATE, required=True),
        "allowed_rtp_ips": AttributeSpec(
            "allowed_rtp_ips", Kind.LIST, Access.CREATE_UPDATE, nullable=True, mutable=True
        ),
        "on_cli_mismatch_action": AttributeSpec("on_cli_mismatch_action", Kind.ENUM, Access.CREATE_UPDATE),
        "capacity_limit": AttributeSpec("capacity_limit", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "allow_any_did_as_cli": AttributeSpec("allow_any_did_as_cli", Kind.PLAIN, Access.CREATE_UPDATE),
        "status": AttributeSpec("status", Kind.ENUM, Access.CREATE_UPDATE),
        "threshold_amount": AttributeSpec("threshold_amount", Kind.DECIMAL, Access.CREATE_UPDATE),
        "default_dst_action": AttributeSpec("default_dst_action", Kind.ENUM, Access.CREATE_UPDATE),
        "dst_prefixes": AttributeSpec("dst_prefixes", Kind.LIST, Access.CREATE_UPDATE, nullable=True, mutable=True),
        "media_encryption_mode": AttributeSpec("media_encryption_mode", Kind.ENUM, Access.CREATE_UPDATE),
        "callback_url": AttributeSpec("callback_url", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "threshold_reached": AttributeSpec("threshold_reached", Kind.PLAIN, Access.READ_ONLY),
        "force_symmetric_rtp": AttributeSpec("force_symmetric_rtp", Kind.PLAIN, Access.CREATE_UPDATE),
        "rtp_ping": AttributeSpec("rtp_ping", Kind.PLAIN, Access.CREATE_UPDATE),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
        "allowed_sip_ips": AttributeSpec("allowed_sip_ips", Kind.LIST, Access.CREATE_UPDATE, mutable=True),
        "username": AttributeSpec("username", Kind.PLAIN, Access.READ_ONLY),
        "password": AttributeSpec("password", Kind.PLAIN, Access.READ_ONLY, secret=True),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "dids": RelationshipSpec(("dids",), Access.CREATE_UPDATE, to_many=True),
        "default_did": RelationshipSpec(("dids",), Access.CREATE_UPDATE, write_only=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("dids",)
    __rules__: ClassVar[tuple[Rule, ...]] = (
        Refuse(
            "allow_any_did_as_cli",
            True,
            ("dids",),
            "a trunk that allows any DID as CLI takes no explicit dids (set allow_any_did_as_cli to false to send dids)",
        ),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str = ...,
            name: str = ...,
            allowed_rtp_ips: list[str] | None = ...,
            on_cli_mismatch_action: OnCliMismatchAction = ...,
            capacity_limit: int | None = ...,
            allow_any_did_as_cli: bool = ...,
            status: VoiceOutTrunkStatus = ...,
            threshold_amount: Decimal = ...,
            default_dst_action: DefaultDstAction = ...,
            dst_prefixes: list[str] | None = ...,
            media_encryption_mode: MediaEncryptionMode = ...,
            callback_url: str | None = ...,
            force_symmetric_rtp: bool = ...,
            rtp_ping: bool = ...,
            allowed_sip_ips: list[str] = ...,
            dids: list[_Did] | None = ...,
            default_did: _Did | None = ...,
        ) -> None:
            """VoiceOutTrunk built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        name: str
        """The voice out trunk name.

        Required: a write without it is refused before sending.
        """

        allowed_rtp_ips: list[str] | None
        """The allowed RTP IPs; 0 to 10 items, IPv4 or IPv6, single addresses or subnets.

        Nullable.
        """

        on_cli_mismatch_action: OnCliMismatchAction
        """What happens when the FROM header value does not match any of the allowed DIDs: send_original_cli passes it to the termination gateway, reject_call rejects the call."""

        capacity_limit: int | None
        """The capacity limit of the voice out trunk, 0 to 32767.

        Nullable.
        """

        allow_any_did_as_cli: bool
        """When true, the dids relationship cannot be set to explicit DIDs, and already linked DIDs are unassigned if the dids relationship is omitted. Default false.

        Default: ``false``.
        """

        status: VoiceOutTrunkStatus
        """active or blocked. Default active.

        Default: ``"active"``.
        """

        threshold_amount: Decimal
        """The outbound trunk 24 hour threshold limit, 0.0 to 100000.0.

        Default: ``"3000.0"``.
        """

        default_dst_action: DefaultDstAction
        """allow_all or reject_all. Default allow_all.

        Default: ``"allow_all"``.
        """

        dst_prefixes: list[str] | None
        """The allowed destination prefixes.

        Nullable. Default: ``[]``.
        """

        media_encryption_mode: MediaEncryptionMode
        """Media encryption mode.

        Default: ``"disabled"``.
        """

        callback_url: str | None
        """Null or a valid HTTP(S) URL.

        Nullable.
        """

        @property
        def threshold_reached(self) -> bool:
            """True if the threshold_amount has been reached during the last 24 hours.

            Read-only: set by the server.
            """
            ...

        force_symmetric_rtp: bool
        """Force Symmetric RTP / COMEDIA mode. Default false.

        Default: ``false``.
        """

        rtp_ping: bool
        """Send an empty RTP packet (RTP PING) after the call is established; needed when both parties run Symmetric RTP / COMEDIA and wait for the other to start sending RTP. Default false.

        Default: ``false``.
        """

        @property
        def created_at(self) -> UtcDateTime:
            """When the voice out trunk was created.

            Read-only: set by the server.
            """
            ...

        allowed_sip_ips: list[str]
        """The SIP IPs allowed to send calls; IPv4 or IPv6, single addresses or subnets."""

        @property
        def username(self) -> str:
            """The SIP username of the trunk, generated by DIDWW.

            Read-only: set by the server.
            """
            ...

        @property
        def password(self) -> str:
            """The SIP password of the trunk, generated by DIDWW.

            Read-only: set by the server.
            """
            ...

        @property
        def dids(self) -> list[_Did]:
            """The DIDs allowed as CLI when allow_any_did_as_cli is false.

            To-many relationship to Did.
            """
            ...

        @dids.setter
        def dids(self, value: list[_Did] | None) -> None: ...

        default_did: _Did | None
        """The DID used as caller id when the CLI does not match an allowed DID (sent, never returned).

        To-one relationship to Did. Write-only: never returned by the server.
        """

        @property
        def meta(self) -> VoiceOutTrunkMeta | None:
            """Resource-level meta (None when the server sent none)."""
            ...

    else:
        name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
        allowed_rtp_ips: list[str] | None = Field(
            default=None, validation_alias=AliasPath("attributes", "allowed_rtp_ips")
        )
        on_cli_mismatch_action: OnCliMismatchAction | None = Field(
            default=None, validation_alias=AliasPath("attributes", "on_cli_mismatch_action")
        )
        capacity_limit: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "capacity_limit")
        )
        allow_any_did_as_cli: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "allow_any_did_as_cli")
        )
        status: VoiceOutTrunkStatus | None = Field(default=None, validation_alias=AliasPath("attributes", "status"))
        threshold_amount: Decimal | None = Field(
            default=None, validation_alias=AliasPath("attributes", "threshold_amount")
        )
        default_dst_action: DefaultDstAction | None = Field(
            default=None, validation_alias=AliasPath("attributes", "default_dst_action")
        )
        dst_prefixes: list[str] | None = Field(default=None, validation_alias=AliasPath("attributes", "dst_prefixes"))
        media_encryption_mode: MediaEncryptionMode | None = Field(
            default=None, validation_alias=AliasPath("attributes", "media_encryption_mode")
        )
        callback_url: str | None = Field(default=None, validation_alias=AliasPath("attributes", "callback_url"))
        threshold_reached: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "threshold_reached")
        )
        force_symmetric_rtp: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "force_symmetric_rtp")
        )
        rtp_ping: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "rtp_ping"))
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
        allowed_sip_ips: list[str] | None = Field(
            default=None, validation_alias=AliasPath("attributes", "allowed_sip_ips")
        )
        username: str | None = Field(default=None, validation_alias=AliasPath("attributes", "username"))
        password: str | None = Field(default=None, validation_alias=AliasPath("attributes", "password"))

        dids: list[_Did] | None = Field(default=None, validation_alias=AliasPath("relationships", "dids", "data"))
        default_did: _Did | None = Field(
            default=None, validation_alias=AliasPath("relationships", "default_did", "data")
        )
        meta: VoiceOutTrunkMeta | None = None
