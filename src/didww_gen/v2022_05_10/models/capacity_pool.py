# generated from spec/2022-05-10 by codegen, do not edit
"""CapacityPool: the ``capacity_pools`` resource."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import IsoDate, StrictInt
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.country import Country as _Country
    from didww_gen.v2022_05_10.models.qty_based_pricing import QtyBasedPricing as _QtyBasedPricing
    from didww_gen.v2022_05_10.models.shared_capacity_group import SharedCapacityGroup as _SharedCapacityGroup
else:
    _Country = Any
    _QtyBasedPricing = Any
    _SharedCapacityGroup = Any

__all__ = ["CapacityPool"]


class CapacityPool(Resource):
    """A pool of channels (capacity) of the account: its channel counts, prices, supported countries and shared capacity groups. An update can remove unassigned channels from the pool."""

    TYPE: ClassVar[str] = "capacity_pools"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.READ_ONLY),
        "renew_date": AttributeSpec("renew_date", Kind.DATE, Access.READ_ONLY),
        "total_channels_count": AttributeSpec("total_channels_count", Kind.PLAIN, Access.UPDATE_ONLY),
        "assigned_channels_count": AttributeSpec("assigned_channels_count", Kind.PLAIN, Access.READ_ONLY),
        "minimum_limit": AttributeSpec("minimum_limit", Kind.PLAIN, Access.READ_ONLY),
        "minimum_qty_per_order": AttributeSpec("minimum_qty_per_order", Kind.PLAIN, Access.READ_ONLY),
        "setup_price": AttributeSpec("setup_price", Kind.DECIMAL, Access.READ_ONLY, always_answered=False),
        "monthly_price": AttributeSpec("monthly_price", Kind.DECIMAL, Access.READ_ONLY, always_answered=False),
        "metered_rate": AttributeSpec("metered_rate", Kind.DECIMAL, Access.READ_ONLY),
        "unassigned_channels_count": AttributeSpec(
            "unassigned_channels_count", Kind.PLAIN, Access.READ_ONLY, always_answered=False
        ),
        "nrc": AttributeSpec("nrc", Kind.DECIMAL, Access.READ_ONLY, always_answered=False),
        "mrc": AttributeSpec("mrc", Kind.DECIMAL, Access.READ_ONLY, always_answered=False),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "countries": RelationshipSpec(("countries",), Access.READ_ONLY, to_many=True),
        "shared_capacity_groups": RelationshipSpec(("shared_capacity_groups",), Access.READ_ONLY, to_many=True),
        "qty_based_pricings": RelationshipSpec(("qty_based_pricings",), Access.READ_ONLY, to_many=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("countries", "qty_based_pricings", "shared_capacity_groups")

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ..., total_channels_count: int = ...) -> None:
            """CapacityPool built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def name(self) -> str:
            """Name of the capacity pool.

            Read-only: set by the server.
            """
            ...

        @property
        def renew_date(self) -> dt.date:
            """Channel renewal date.

            Read-only: set by the server.
            """
            ...

        total_channels_count: int
        """Total number of channels in the capacity pool; lower it to remove unassigned channels.

        Sent on update only.
        """

        @property
        def assigned_channels_count(self) -> int:
            """Number of channels used in shared capacity groups and/or assigned to DID numbers.

            Read-only: set by the server.
            """
            ...

        @property
        def minimum_limit(self) -> int:
            """Minimum number of channels to be kept in the capacity pool.

            Read-only: set by the server.
            """
            ...

        @property
        def minimum_qty_per_order(self) -> int:
            """Minimum number of channels per order.

            Read-only: set by the server.
            """
            ...

        @property
        def setup_price(self) -> Decimal | None:
            """Non recurring cost (one-time activation fee) per channel.

            Read-only: set by the server. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @property
        def monthly_price(self) -> Decimal | None:
            """Monthly recurring cost (ongoing monthly fee) per channel.

            Read-only: set by the server. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @property
        def metered_rate(self) -> Decimal:
            """Metered channel price per minute.

            Read-only: set by the server.
            """
            ...

        @property
        def unassigned_channels_count(self) -> int | None:
            """Number of channels not assigned. Not in the definition; seen only in an included capacity pool of a Shared Capacity Groups example.

            Read-only: set by the server. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @property
        def nrc(self) -> Decimal | None:
            """Non recurring cost. Not in the definition (apparently an older name of setup_price); seen only in an included capacity pool of a Shared Capacity Groups example.

            Read-only: set by the server. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @property
        def mrc(self) -> Decimal | None:
            """Monthly recurring cost. Not in the definition (apparently an older name of monthly_price); seen only in an included capacity pool of a Shared Capacity Groups example.

            Read-only: set by the server. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @property
        def countries(self) -> list[_Country]:
            """The countries the capacity pool supports.

            To-many relationship to Country. Read-only: set by the server.
            """
            ...

        @property
        def shared_capacity_groups(self) -> list[_SharedCapacityGroup]:
            """The shared capacity groups of the pool.

            To-many relationship to SharedCapacityGroup. Read-only: set by the server.
            """
            ...

        @property
        def qty_based_pricings(self) -> list[_QtyBasedPricing]:
            """The quantity based (discount) prices of the pool's channels.

            To-many relationship to QtyBasedPricing. Read-only: set by the server.
            """
            ...

    else:
        name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
        renew_date: IsoDate | None = Field(default=None, validation_alias=AliasPath("attributes", "renew_date"))
        total_channels_count: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "total_channels_count")
        )
        assigned_channels_count: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "assigned_channels_count")
        )
        minimum_limit: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "minimum_limit"))
        minimum_qty_per_order: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "minimum_qty_per_order")
        )
        setup_price: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "setup_price"))
        monthly_price: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "monthly_price"))
        metered_rate: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "metered_rate"))
        unassigned_channels_count: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "unassigned_channels_count")
        )
        nrc: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "nrc"))
        mrc: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "mrc"))

        countries: list[_Country] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "countries", "data")
        )
        shared_capacity_groups: list[_SharedCapacityGroup] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "shared_capacity_groups", "data")
        )
        qty_based_pricings: list[_QtyBasedPricing] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "qty_based_pricings", "data")
        )
