# generated from spec/2026-04-16 by codegen, do not edit
"""EmergencyCallingService: the ``emergency_calling_services`` resource."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, MetaObject, RelationshipSpec, Resource
from didww_gen._types import IsoDate, UtcDateTime
from didww_gen.v2026_04_16.enums import EmergencyCallingServiceStatus
from didww_gen.v2026_04_16.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2026_04_16.models.address import Address as _Address
    from didww_gen.v2026_04_16.models.country import Country as _Country
    from didww_gen.v2026_04_16.models.did import Did as _Did
    from didww_gen.v2026_04_16.models.did_group_type import DidGroupType as _DidGroupType
    from didww_gen.v2026_04_16.models.emergency_requirement import EmergencyRequirement as _EmergencyRequirement
    from didww_gen.v2026_04_16.models.emergency_verification import EmergencyVerification as _EmergencyVerification
    from didww_gen.v2026_04_16.models.order import Order as _Order
else:
    _Address = Any
    _Country = Any
    _Did = Any
    _DidGroupType = Any
    _EmergencyRequirement = Any
    _EmergencyVerification = Any
    _Order = Any

__all__ = ["EmergencyCallingService", "EmergencyCallingServiceMeta"]


class EmergencyCallingServiceMeta(MetaObject):
    """Resource-level meta of EmergencyCallingService (read-only)."""

    setup_price: Decimal | None = Field(default=None)
    """One-time setup price for the emergency calling service.

    Read-only: set by the server.
    """

    monthly_price: Decimal | None = Field(default=None)
    """Monthly price for the emergency calling service.

    Read-only: set by the server.
    """


class EmergencyCallingService(Resource):
    """An emergency calling service of the account. Not created directly: created automatically when an emergency verification is submitted in New Calling Service mode. Deleting it cancels the service without restoration."""

    TYPE: ClassVar[str] = "emergency_calling_services"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.READ_ONLY),
        "reference": AttributeSpec("reference", Kind.PLAIN, Access.READ_ONLY),
        "status": AttributeSpec("status", Kind.ENUM, Access.READ_ONLY),
        "activated_at": AttributeSpec("activated_at", Kind.DATETIME, Access.READ_ONLY, nullable=True),
        "canceled_at": AttributeSpec("canceled_at", Kind.DATETIME, Access.READ_ONLY, nullable=True),
        "renew_date": AttributeSpec("renew_date", Kind.DATE, Access.READ_ONLY, nullable=True),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "country": RelationshipSpec(("countries",), Access.READ_ONLY),
        "did_group_type": RelationshipSpec(("did_group_types",), Access.READ_ONLY),
        "order": RelationshipSpec(("orders",), Access.READ_ONLY),
        "emergency_requirement": RelationshipSpec(("emergency_requirements",), Access.READ_ONLY),
        "emergency_verification": RelationshipSpec(("emergency_verifications",), Access.READ_ONLY),
        "dids": RelationshipSpec(("dids",), Access.READ_ONLY, to_many=True),
        "address": RelationshipSpec(("addresses",), Access.READ_ONLY),
    }
    __included_types__: ClassVar[tuple[str, ...]] = (
        "addresses",
        "countries",
        "did_group_types",
        "dids",
        "emergency_requirements",
        "emergency_verifications",
        "orders",
    )

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """EmergencyCallingService built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def name(self) -> str:
            """Friendly name of the emergency calling service.

            Read-only: set by the server.
            """
            ...

        @property
        def reference(self) -> str:
            """Emergency calling service reference number.

            Read-only: set by the server.
            """
            ...

        @property
        def status(self) -> EmergencyCallingServiceStatus:
            """The current status of the emergency calling service.

            Read-only: set by the server.
            """
            ...

        @property
        def activated_at(self) -> UtcDateTime | None:
            """When the service was activated.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def canceled_at(self) -> UtcDateTime | None:
            """When the service was canceled.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def renew_date(self) -> dt.date | None:
            """The date when the service is due for renewal.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def created_at(self) -> UtcDateTime:
            """When the service was created.

            Read-only: set by the server.
            """
            ...

        @property
        def country(self) -> _Country | None:
            """The country of the service.

            To-one relationship to Country. Read-only: set by the server.
            """
            ...

        @property
        def did_group_type(self) -> _DidGroupType | None:
            """The DID group type of the service.

            To-one relationship to DidGroupType. Read-only: set by the server.
            """
            ...

        @property
        def order(self) -> _Order | None:
            """The order of the service.

            To-one relationship to Order. Read-only: set by the server.
            """
            ...

        @property
        def emergency_requirement(self) -> _EmergencyRequirement | None:
            """The emergency requirement the service is registered against.

            To-one relationship to EmergencyRequirement. Read-only: set by the server.
            """
            ...

        @property
        def emergency_verification(self) -> _EmergencyVerification | None:
            """The emergency verification of the service.

            To-one relationship to EmergencyVerification. Read-only: set by the server.
            """
            ...

        @property
        def dids(self) -> list[_Did]:
            """The DIDs covered by the service.

            To-many relationship to Did. Read-only: set by the server.
            """
            ...

        @property
        def address(self) -> _Address | None:
            """The address the service is registered at.

            To-one relationship to Address. Read-only: set by the server.
            """
            ...

        @property
        def meta(self) -> EmergencyCallingServiceMeta | None:
            """Resource-level meta (None when the server sent none)."""
            ...

    else:
        name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
        reference: str | None = Field(default=None, validation_alias=AliasPath("attributes", "reference"))
        status: EmergencyCallingServiceStatus | None = Field(
            default=None, validation_alias=AliasPath("attributes", "status")
        )
        activated_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "activated_at"))
        canceled_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "canceled_at"))
        renew_date: IsoDate | None = Field(default=None, validation_alias=AliasPath("attributes", "renew_date"))
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))

        country: _Country | None = Field(default=None, validation_alias=AliasPath("relationships", "country", "data"))
        did_group_type: _DidGroupType | None = Field(
            default=None, validation_alias=AliasPath("relationships", "did_group_type", "data")
        )
        order: _Order | None = Field(default=None, validation_alias=AliasPath("relationships", "order", "data"))
        emergency_requirement: _EmergencyRequirement | None = Field(
            default=None, validation_alias=AliasPath("relationships", "emergency_requirement", "data")
        )
        emergency_verification: _EmergencyVerification | None = Field(
            default=None, validation_alias=AliasPath("relationships", "emergency_verification", "data")
        )
        dids: list[_Did] | None = Field(default=None, validation_alias=AliasPath("relationships", "dids", "data"))
        address: _Address | None = Field(default=None, validation_alias=AliasPath("relationships", "address", "data"))
        meta: EmergencyCallingServiceMeta | None = None
