# generated from spec/2026-04-16 by codegen, do not edit
"""DidGroup: the ``did_groups`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, MetaObject, RelationshipSpec, Resource
from didww_gen._types import StrictBool, StrictInt
from didww_gen.v2026_04_16.enums import Feature
from didww_gen.v2026_04_16.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2026_04_16.models.address_requirement import AddressRequirement as _AddressRequirement
    from didww_gen.v2026_04_16.models.city import City as _City
    from didww_gen.v2026_04_16.models.country import Country as _Country
    from didww_gen.v2026_04_16.models.did_group_type import DidGroupType as _DidGroupType
    from didww_gen.v2026_04_16.models.region import Region as _Region
    from didww_gen.v2026_04_16.models.stock_keeping_unit import StockKeepingUnit as _StockKeepingUnit
else:
    _AddressRequirement = Any
    _City = Any
    _Country = Any
    _DidGroupType = Any
    _Region = Any
    _StockKeepingUnit = Any

__all__ = ["DidGroup", "DidGroupMeta"]


class DidGroupMeta(MetaObject):
    """Resource-level meta of DidGroup (read-only)."""

    needs_registration: StrictBool | None = Field(default=None)
    """Whether end-user registration is required for this DID group.

    Read-only: set by the server.
    """

    is_available: StrictBool | None = Field(default=None)
    """Whether numbers of this DID group are currently in stock.

    Read-only: set by the server.
    """

    available_dids_enabled: StrictBool | None = Field(default=None)
    """Whether the DID group supports choosing a specific number.

    Read-only: set by the server.
    """

    total_count: StrictInt | None = Field(default=None)
    """Total count of available DIDs in the DID group.

    Read-only: set by the server.
    """

    restrictions: str | None = Field(default=None)
    """Legacy restriction message: not in the definition (replaced by the address_requirement relationship in 2021-04-19), but present (as null) in the included DID groups of the available DIDs examples.

    Read-only: set by the server. Nullable.
    """


class DidGroup(Resource):
    """A group of phone numbers sharing a common city or area code: an entry of the DIDWW coverage."""

    TYPE: ClassVar[str] = "did_groups"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "area_name": AttributeSpec("area_name", Kind.PLAIN, Access.READ_ONLY),
        "prefix": AttributeSpec("prefix", Kind.PLAIN, Access.READ_ONLY),
        "features": AttributeSpec("features", Kind.LIST, Access.READ_ONLY, mutable=True),
        "is_metered": AttributeSpec("is_metered", Kind.PLAIN, Access.READ_ONLY),
        "allow_additional_channels": AttributeSpec("allow_additional_channels", Kind.PLAIN, Access.READ_ONLY),
        "service_restrictions": AttributeSpec("service_restrictions", Kind.PLAIN, Access.READ_ONLY, nullable=True),
        "local_prefix": AttributeSpec("local_prefix", Kind.PLAIN, Access.READ_ONLY, always_answered=False),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "country": RelationshipSpec(("countries",), Access.READ_ONLY),
        "city": RelationshipSpec(("cities",), Access.READ_ONLY),
        "did_group_type": RelationshipSpec(("did_group_types",), Access.READ_ONLY),
        "region": RelationshipSpec(("regions",), Access.READ_ONLY),
        "stock_keeping_units": RelationshipSpec(("stock_keeping_units",), Access.READ_ONLY, to_many=True),
        "address_requirement": RelationshipSpec(("address_requirements",), Access.READ_ONLY),
    }
    __included_types__: ClassVar[tuple[str, ...]] = (
        "address_requirements",
        "cities",
        "countries",
        "did_group_types",
        "regions",
        "stock_keeping_units",
    )

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """DidGroup built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def area_name(self) -> str:
            """DID group area name: the name of the city, or a designation of the area code such as National.

            Read-only: set by the server.
            """
            ...

        @property
        def prefix(self) -> str:
            """DID group prefix (city or area calling code).

            Read-only: set by the server.
            """
            ...

        @property
        def features(self) -> list[Feature]:
            """Features available for the DID group. A DID group may have several.

            Read-only: set by the server.
            """
            ...

        @property
        def is_metered(self) -> bool:
            """Whether the DID group supports metered services (per-minute billing).

            Read-only: set by the server.
            """
            ...

        @property
        def allow_additional_channels(self) -> bool:
            """Whether channel capacity may be added to this DID group.

            Read-only: set by the server.
            """
            ...

        @property
        def service_restrictions(self) -> str | None:
            """The message with service restrictions for the country or area.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def local_prefix(self) -> str | None:
            """Legacy local prefix: not in the definition and removed from responses in 2022-05-10 per the changelog, but still present (as "") in the included DID groups of the available DIDs examples.

            Read-only: set by the server. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @property
        def country(self) -> _Country | None:
            """The country of the DID group.

            To-one relationship to Country. Read-only: set by the server.
            """
            ...

        @property
        def city(self) -> _City | None:
            """The city of the DID group.

            To-one relationship to City. Read-only: set by the server.
            """
            ...

        @property
        def did_group_type(self) -> _DidGroupType | None:
            """The type of the DID group (Local, Mobile, Toll-free...).

            To-one relationship to DidGroupType. Read-only: set by the server.
            """
            ...

        @property
        def region(self) -> _Region | None:
            """The region of the DID group.

            To-one relationship to Region. Read-only: set by the server.
            """
            ...

        @property
        def stock_keeping_units(self) -> list[_StockKeepingUnit]:
            """The stock keeping units (prices and included channels) of the DID group.

            To-many relationship to StockKeepingUnit. Read-only: set by the server.
            """
            ...

        @property
        def address_requirement(self) -> _AddressRequirement | None:
            """The address requirement that applies to numbers of the DID group.

            To-one relationship to AddressRequirement. Read-only: set by the server.
            """
            ...

        @property
        def meta(self) -> DidGroupMeta | None:
            """Resource-level meta (None when the server sent none)."""
            ...

    else:
        area_name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "area_name"))
        prefix: str | None = Field(default=None, validation_alias=AliasPath("attributes", "prefix"))
        features: list[Feature] | None = Field(default=None, validation_alias=AliasPath("attributes", "features"))
        is_metered: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "is_metered"))
        allow_additional_channels: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "allow_additional_channels")
        )
        service_restrictions: str | None = Field(
            default=None, validation_alias=AliasPath("attributes", "service_restrictions")
        )
        local_prefix: str | None = Field(default=None, validation_alias=AliasPath("attributes", "local_prefix"))

        country: _Country | None = Field(default=None, validation_alias=AliasPath("relationships", "country", "data"))
        city: _City | None = Field(default=None, validation_alias=AliasPath("relationships", "city", "data"))
        did_group_type: _DidGroupType | None = Field(
            default=None, validation_alias=AliasPath("relationships", "did_group_type", "data")
        )
        region: _Region | None = Field(default=None, validation_alias=AliasPath("relationships", "region", "data"))
        stock_keeping_units: list[_StockKeepingUnit] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "stock_keeping_units", "data")
        )
        address_requirement: _AddressRequirement | None = Field(
            default=None, validation_alias=AliasPath("relationships", "address_requirement", "data")
        )
        meta: DidGroupMeta | None = None
