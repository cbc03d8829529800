# generated from spec/2022-05-10 by codegen, do not edit
"""QtyBasedPricing: the ``qty_based_pricings`` resource."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import StrictInt
from didww_gen.v2022_05_10.models import MODELS

__all__ = ["QtyBasedPricing"]


class QtyBasedPricing(Resource):
    """A quantity based price of a capacity pool's channels: a discount price per channel that applies from a quantity on. Reached only by including qty_based_pricings on a capacity pool."""

    TYPE: ClassVar[str] = "qty_based_pricings"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "setup_price": AttributeSpec("setup_price", Kind.DECIMAL, Access.READ_ONLY, always_answered=False),
        "monthly_price": AttributeSpec("monthly_price", Kind.DECIMAL, Access.READ_ONLY, always_answered=False),
        "qty": AttributeSpec("qty", Kind.PLAIN, Access.READ_ONLY, always_answered=False),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """QtyBasedPricing built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def setup_price(self) -> Decimal | None:
            """Price per channel for order creation.

            Read-only: set by the server. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @property
        def monthly_price(self) -> Decimal | None:
            """Monthly price per channel for order renewal, based on the capacity pool's billing cycle date (renew_date).

            Read-only: set by the server. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @property
        def qty(self) -> int | None:
            """The quantity of channels from which this discounted price per channel applies.

            Read-only: set by the server. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

    else:
        setup_price: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "setup_price"))
        monthly_price: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "monthly_price"))
        qty: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "qty"))
