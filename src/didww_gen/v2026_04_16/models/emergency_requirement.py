# generated from spec/2026-04-16 by codegen, do not edit
"""EmergencyRequirement: the ``emergency_requirements`` resource."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, MetaObject, RelationshipSpec, Resource
from didww_gen.v2026_04_16.enums import AreaLevel, RequirementIdentityType
from didww_gen.v2026_04_16.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2026_04_16.models.country import Country as _Country
    from didww_gen.v2026_04_16.models.did_group_type import DidGroupType as _DidGroupType
else:
    _Country = Any
    _DidGroupType = Any

__all__ = ["EmergencyRequirement", "EmergencyRequirementMeta"]


class EmergencyRequirementMeta(MetaObject):
    """Resource-level meta of EmergencyRequirement (read-only)."""

    setup_price: Decimal | None = Field(default=None)
    """One-time setup price for the emergency calling service.

    Read-only: set by the server. Nullable.
    """

    monthly_price: Decimal | None = Field(default=None)
    """Monthly price for the emergency calling service.

    Read-only: set by the server. Nullable.
    """


class EmergencyRequirement(Resource):
    """The requirements for emergency calling registration per country and DID group type, with the prices of the emergency calling service."""

    TYPE: ClassVar[str] = "emergency_requirements"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "identity_type": AttributeSpec("identity_type", Kind.ENUM, Access.READ_ONLY),
        "address_area_level": AttributeSpec("address_area_level", Kind.ENUM, Access.READ_ONLY),
        "personal_area_level": AttributeSpec("personal_area_level", Kind.ENUM, Access.READ_ONLY, nullable=True),
        "business_area_level": AttributeSpec("business_area_level", Kind.ENUM, Access.READ_ONLY, nullable=True),
        "address_mandatory_fields": AttributeSpec(
            "address_mandatory_fields", Kind.LIST, Access.READ_ONLY, nullable=True, mutable=True
        ),
        "personal_mandatory_fields": AttributeSpec(
            "personal_mandatory_fields", Kind.LIST, Access.READ_ONLY, nullable=True, mutable=True
        ),
        "business_mandatory_fields": AttributeSpec(
            "business_mandatory_fields", Kind.LIST, Access.READ_ONLY, nullable=True, mutable=True
        ),
        "estimate_setup_time": AttributeSpec("estimate_setup_time", Kind.PLAIN, Access.READ_ONLY),
        "requirement_restriction_message": AttributeSpec(
            "requirement_restriction_message", Kind.PLAIN, Access.READ_ONLY, nullable=True
        ),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "country": RelationshipSpec(("countries",), Access.READ_ONLY),
        "did_group_type": RelationshipSpec(("did_group_types",), Access.READ_ONLY),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("countries", "did_group_types")

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """EmergencyRequirement built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def identity_type(self) -> RequirementIdentityType:
            """Identity type required for emergency registration.

            Read-only: set by the server.
            """
            ...

        @property
        def address_area_level(self) -> AreaLevel:
            """Required location proof level for Address.

            Read-only: set by the server.
            """
            ...

        @property
        def personal_area_level(self) -> AreaLevel | None:
            """Required location proof level for Personal Identity (world_wide or country).

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def business_area_level(self) -> AreaLevel | None:
            """Required location proof level for Business Identity (world_wide or country).

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def address_mandatory_fields(self) -> list[str] | None:
            """Mandatory fields for Address.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def personal_mandatory_fields(self) -> list[str] | None:
            """Mandatory fields for Personal Identity.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def business_mandatory_fields(self) -> list[str] | None:
            """Mandatory fields for Business Identity.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def estimate_setup_time(self) -> str:
            """Estimated time to activate the emergency calling service, e.g. 1-2 business days.

            Read-only: set by the server.
            """
            ...

        @property
        def requirement_restriction_message(self) -> str | None:
            """Additional restriction message for the specific country or area.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def country(self) -> _Country | None:
            """The country of the requirement.

            To-one relationship to Country. Read-only: set by the server.
            """
            ...

        @property
        def did_group_type(self) -> _DidGroupType | None:
            """The DID group type of the requirement.

            To-one relationship to DidGroupType. Read-only: set by the server.
            """
            ...

        @property
        def meta(self) -> EmergencyRequirementMeta | None:
            """Resource-level meta (None when the server sent none)."""
            ...

    else:
        identity_type: RequirementIdentityType | None = Field(
            default=None, validation_alias=AliasPath("attributes", "identity_type")
        )
        address_area_level: AreaLevel | None = Field(
            default=None, validation_alias=AliasPath("attributes", "address_area_level")
        )
        personal_area_level: AreaLevel | None = Field(
            default=None, validation_alias=AliasPath("attributes", "personal_area_level")
        )
        business_area_level: AreaLevel | None = Field(
            default=None, validation_alias=AliasPath("attributes", "business_area_level")
        )
        address_mandatory_fields: list[str] | None = Field(
            default=None, validation_alias=AliasPath("attributes", "address_mandatory_fields")
        )
        personal_mandatory_fields: list[str] | None = Field(
            default=None, validation_alias=AliasPath("attributes", "personal_mandatory_fields")
        )
        business_mandatory_fields: list[str] | None = Field(
            default=None, validation_alias=AliasPath("attributes", "business_mandatory_fields")
        )
        estimate_setup_time: str | None = Field(
            default=None, validation_alias=AliasPath("attributes", "estimate_setup_time")
        )
        requirement_restriction_message: str | None = Field(
            default=None, validation_alias=AliasPath("attributes", "requirement_restriction_message")
        )

        country: _Country | None = Field(default=None, validation_alias=AliasPath("relationships", "country", "data"))
        did_group_type: _DidGroupType | None = Field(
            default=None, validation_alias=AliasPath("relationships", "did_group_type", "data")
        )
        meta: EmergencyRequirementMeta | None = None
