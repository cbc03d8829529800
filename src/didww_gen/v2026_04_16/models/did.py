# generated from spec/2026-04-16 by codegen, do not edit
"""Did: the ``dids`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import StrictBool, StrictInt, UtcDateTime
from didww_gen.v2026_04_16.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2026_04_16.models.address_verification import AddressVerification as _AddressVerification
    from didww_gen.v2026_04_16.models.capacity_pool import CapacityPool as _CapacityPool
    from didww_gen.v2026_04_16.models.did_group import DidGroup as _DidGroup
    from didww_gen.v2026_04_16.models.emergency_calling_service import (
        EmergencyCallingService as _EmergencyCallingService,
    )
    from didww_gen.v2026_04_16.models.emergency_verification import EmergencyVerification as _EmergencyVerification
    from didww_gen.v2026_04_16.models.identity import Identity as _Identity
    from didww_gen.v2026_04_16.models.order import Order as _Order
    from didww_gen.v2026_04_16.models.shared_capacity_group import SharedCapacityGroup as _SharedCapacityGroup
    from didww_gen.v2026_04_16.models.voice_in_trunk import VoiceInTrunk as _VoiceInTrunk
    from didww_gen.v2026_04_16.models.voice_in_trunk_group import VoiceInTrunkGroup as _VoiceInTrunkGroup
else:
    _AddressVerification = Any
    _CapacityPool = Any
    _DidGroup = Any
    _EmergencyCallingService = Any
    _EmergencyVerification = Any
    _Identity = Any
    _Order = Any
    _SharedCapacityGroup = Any
    _VoiceInTrunk = Any
    _VoiceInTrunkGroup = Any

__all__ = ["Did"]


class Did(Resource):
    """A phone number (DID) owned by the account."""

    TYPE: ClassVar[str] = "dids"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "blocked": AttributeSpec("blocked", Kind.PLAIN, Access.READ_ONLY),
        "capacity_limit": AttributeSpec("capacity_limit", Kind.PLAIN, Access.UPDATE_ONLY, nullable=True),
        "description": AttributeSpec("description", Kind.PLAIN, Access.UPDATE_ONLY, nullable=True),
        "terminated": AttributeSpec("terminated", Kind.PLAIN, Access.UPDATE_ONLY),
        "awaiting_registration": AttributeSpec("awaiting_registration", Kind.PLAIN, Access.READ_ONLY),
        "number": AttributeSpec("number", Kind.PLAIN, Access.READ_ONLY),
        "expires_at": AttributeSpec("expires_at", Kind.DATETIME, Access.READ_ONLY, nullable=True),
        "channels_included_count": AttributeSpec("channels_included_count", Kind.PLAIN, Access.READ_ONLY),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
        "pending_removal": AttributeSpec("pending_removal", Kind.PLAIN, Access.UPDATE_ONLY, always_answered=False),
        "dedicated_channels_count": AttributeSpec("dedicated_channels_count", Kind.PLAIN, Access.UPDATE_ONLY),
        "emergency_enabled": AttributeSpec("emergency_enabled", Kind.PLAIN, Access.READ_ONLY),
        "billing_cycles_count": AttributeSpec("billing_cycles_count", Kind.PLAIN, Access.UPDATE_ONLY, nullable=True),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "did_group": RelationshipSpec(("did_groups",), Access.READ_ONLY),
        "order": RelationshipSpec(("orders",), Access.READ_ONLY),
        "voice_in_trunk": RelationshipSpec(
            ("voice_in_trunks",), Access.UPDATE_ONLY, exclusive_with=("voice_in_trunk_group",)
        ),
        "voice_in_trunk_group": RelationshipSpec(
            ("voice_in_trunk_groups",), Access.UPDATE_ONLY, exclusive_with=("voice_in_trunk",)
        ),
        "capacity_pool": RelationshipSpec(("capacity_pools",), Access.UPDATE_ONLY),
        "shared_capacity_group": RelationshipSpec(("shared_capacity_groups",), Access.UPDATE_ONLY),
        "address_verification": RelationshipSpec(("address_verifications",), Access.UPDATE_ONLY),
        "emergency_calling_service": RelationshipSpec(("emergency_calling_services",), Access.UPDATE_ONLY),
        "emergency_verification": RelationshipSpec(("emergency_verifications",), Access.READ_ONLY),
        "identity": RelationshipSpec(("identities",), Access.READ_ONLY),
    }
    __included_types__: ClassVar[tuple[str, ...]] = (
        "address_verifications",
        "capacity_pools",
        "cities",
        "countries",
        "did_group_types",
        "did_groups",
        "emergency_calling_services",
        "emergency_verifications",
        "identities",
        "orders",
        "pops",
        "regions",
        "shared_capacity_groups",
        "stock_keeping_units",
        "voice_in_trunk_groups",
        "voice_in_trunks",
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str = ...,
            capacity_limit: int | None = ...,
            description: str | None = ...,
            terminated: bool = ...,
            pending_removal: bool = ...,
            dedicated_channels_count: int = ...,
            billing_cycles_count: int | None = ...,
            voice_in_trunk: _VoiceInTrunk | None = ...,
            voice_in_trunk_group: _VoiceInTrunkGroup | None = ...,
            capacity_pool: _CapacityPool | None = ...,
            shared_capacity_group: _SharedCapacityGroup | None = ...,
            address_verification: _AddressVerification | None = ...,
            emergency_calling_service: _EmergencyCallingService | None = ...,
        ) -> None:
            """Did built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def blocked(self) -> bool:
            """Whether the DID is blocked: expired, cancelled or suspended by DIDWW.

            Read-only: set by the server.
            """
            ...

        capacity_limit: int | None
        """The capacity limit (maximum number of simultaneous calls) for this DID.

        Sent on update only. Nullable.
        """

        description: str | None
        """Custom DID description for the customer's reference.

        Sent on update only. Nullable.
        """

        terminated: bool
        """Whether the DID is terminated: it will be removed from service at the end of the billing cycle. Set true to cancel the DID, false to renew or restore it.

        Sent on update only.
        """

        @property
        def awaiting_registration(self) -> bool:
            """Whether the DID is awaiting registration.

            Read-only: set by the server.
            """
            ...

        @property
        def number(self) -> str:
            """The DID number.

            Read-only: set by the server.
            """
            ...

        @property
        def expires_at(self) -> UtcDateTime | None:
            """When the DID expired or will expire (UTC).

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def channels_included_count(self) -> int:
            """The number of channels included with this DID.

            Read-only: set by the server.
            """
            ...

        @property
        def created_at(self) -> UtcDateTime:
            """When the DID was created.

            Read-only: set by the server.
            """
            ...

        @property
        def pending_removal(self) -> bool | None:
            """Whether the DID is pending removal (to be deprecated; use billing_cycles_count).

            Sent on update only. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @pending_removal.setter
        def pending_removal(self, value: bool) -> None: ...

        dedicated_channels_count: int
        """The number of channels from the capacity pool assigned to this DID; send it together with the capacity_pool relationship.

        Sent on update only.
        """

        @property
        def emergency_enabled(self) -> bool:
            """Whether emergency calling is enabled for this DID.

            Read-only: set by the server.
            """
            ...

        billing_cycles_count: int | None
        """The number of billing cycles the DID renews until expiration: null renews forever, 0 never renews, 2 renews twice (decreased by 1 at each renewal). From 0 to 999.

        Sent on update only. Nullable.
        """

        @property
        def did_group(self) -> _DidGroup | None:
            """The DID group of the number.

            To-one relationship to DidGroup. Read-only: set by the server.
            """
            ...

        @property
        def order(self) -> _Order | None:
            """The order the DID was purchased with.

            To-one relationship to Order. Read-only: set by the server.
            """
            ...

        voice_in_trunk: _VoiceInTrunk | None
        """The trunk incoming calls are routed to.

        To-one relationship to VoiceInTrunk. Sent on update only. Assigning it clears voice_in_trunk_group on the wire.
        """

        voice_in_trunk_group: _VoiceInTrunkGroup | None
        """The trunk group incoming calls are routed to.

        To-one relationship to VoiceInTrunkGroup. Sent on update only. Assigning it clears voice_in_trunk on the wire.
        """

        capacity_pool: _CapacityPool | None
        """The capacity pool dedicated channels are taken from; send it with dedicated_channels_count.

        To-one relationship to CapacityPool. Sent on update only.
        """

        shared_capacity_group: _SharedCapacityGroup | None
        """The shared capacity group whose channels the DID uses.

        To-one relationship to SharedCapacityGroup. Sent on update only.
        """

        address_verification: _AddressVerification | None
        """The address verification of the DID.

        To-one relationship to AddressVerification. Sent on update only.
        """

        emergency_calling_service: _EmergencyCallingService | None
        """The emergency calling service of the DID; set it to null to unassign the DID from its emergency calling service.

        To-one relationship to EmergencyCallingService. Sent on update only.
        """

        @property
        def emergency_verification(self) -> _EmergencyVerification | None:
            """The emergency verification of the DID.

            To-one relationship to EmergencyVerification. Read-only: set by the server.
            """
            ...

        @property
        def identity(self) -> _Identity | None:
            """The identity (end user) of the DID.

            To-one relationship to Identity. Read-only: set by the server.
            """
            ...

    else:
        blocked: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "blocked"))
        capacity_limit: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "capacity_limit")
        )
        description: str | None = Field(default=None, validation_alias=AliasPath("attributes", "description"))
        terminated: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "terminated"))
        awaiting_registration: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "awaiting_registration")
        )
        number: str | None = Field(default=None, validation_alias=AliasPath("attributes", "number"))
        expires_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "expires_at"))
        channels_included_count: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "channels_included_count")
        )
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
        pending_removal: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "pending_removal")
        )
        dedicated_channels_count: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "dedicated_channels_count")
        )
        emergency_enabled: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "emergency_enabled")
        )
        billing_cycles_count: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "billing_cycles_count")
        )

        did_group: _DidGroup | None = Field(
            default=None, validation_alias=AliasPath("relationships", "did_group", "data")
        )
        order: _Order | None = Field(default=None, validation_alias=AliasPath("relationships", "order", "data"))
        voice_in_trunk: _VoiceInTrunk | None = Field(
            default=None, validation_alias=AliasPath("relationships", "voice_in_trunk", "data")
        )
        voice_in_trunk_group: _VoiceInTrunkGroup | None = Field(
            default=None, validation_alias=AliasPath("relationships", "voice_in_trunk_group", "data")
        )
        capacity_pool: _CapacityPool | None = Field(
            default=None, validation_alias=AliasPath("relationships", "capacity_pool", "data")
        )
        shared_capacity_group: _SharedCapacityGroup | None = Field(
            default=None, validation_alias=AliasPath("relationships", "shared_capacity_group", "data")
        )
        address_verification: _AddressVerification | None = Field(
            default=None, validation_alias=AliasPath("relationships", "address_verification", "data")
        )
        emergency_calling_service: _EmergencyCallingService | None = Field(
            default=None, validation_alias=AliasPath("relationships", "emergency_calling_service", "data")
        )
        emergency_verification: _EmergencyVerification | None = Field(
            default=None, validation_alias=AliasPath("relationships", "emergency_verification", "data")
        )
        identity: _Identity | None = Field(
            default=None, validation_alias=AliasPath("relationships", "identity", "data")
        )
