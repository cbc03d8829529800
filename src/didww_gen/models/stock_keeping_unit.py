# generated from spec/2026-04-16 by codegen, do not edit
"""StockKeepingUnit: the ``stock_keeping_units`` resource."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource

__all__ = ["StockKeepingUnit"]


class StockKeepingUnit(Resource):
    """A stock keeping unit (inventory unit) of a DID group: its prices and included channels. Reached only by including stock_keeping_units on a DID group."""

    TYPE: ClassVar[str] = "stock_keeping_units"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "setup_price": AttributeSpec("setup_price", Kind.DECIMAL, Access.READ_ONLY),
        "monthly_price": AttributeSpec("monthly_price", Kind.DECIMAL, Access.READ_ONLY),
        "channels_included_count": AttributeSpec("channels_included_count", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    setup_price: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "setup_price"))
    """Price for order creation.

    Read-only: set by the server.
    """

    monthly_price: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "monthly_price"))
    """Monthly price for order renewal.

    Read-only: set by the server.
    """

    channels_included_count: int | None = Field(
        default=None, validation_alias=AliasPath("attributes", "channels_included_count")
    )
    """Included channel capacity for each DID.

    Read-only: set by the server.
    """
