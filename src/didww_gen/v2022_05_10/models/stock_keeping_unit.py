# generated from spec/2022-05-10 by codegen, do not edit
"""StockKeepingUnit: the ``stock_keeping_units`` resource."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import StrictInt
from didww_gen.v2022_05_10.models import MODELS

__all__ = ["StockKeepingUnit"]


class StockKeepingUnit(Resource):
    """A stock keeping unit (inventory unit) of a DID group: its prices and included channels. Reached only by including stock_keeping_units on a DID group."""

    TYPE: ClassVar[str] = "stock_keeping_units"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "setup_price": AttributeSpec("setup_price", Kind.DECIMAL, Access.READ_ONLY),
        "monthly_price": AttributeSpec("monthly_price", Kind.DECIMAL, Access.READ_ONLY),
        "channels_included_count": AttributeSpec("channels_included_count", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """StockKeepingUnit built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def setup_price(self) -> Decimal:
            """Price for order creation.

            Read-only: set by the server.
            """
            ...

        @property
        def monthly_price(self) -> Decimal:
            """Monthly price for order renewal.

            Read-only: set by the server.
            """
            ...

        @property
        def channels_included_count(self) -> int:
            """Included channel capacity for each DID.

            Read-only: set by the server.
            """
            ...

    else:
        setup_price: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "setup_price"))
        monthly_price: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "monthly_price"))
        channels_included_count: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "channels_included_count")
        )
