# generated from spec/2026-04-16 by codegen, do not edit
"""Balance: the ``balances`` resource."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource

__all__ = ["Balance"]


class Balance(Resource):
    """The account's prepaid balance and available credit."""

    TYPE: ClassVar[str] = "balances"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "balance": AttributeSpec("balance", Kind.DECIMAL, Access.READ_ONLY),
        "credit": AttributeSpec("credit", Kind.DECIMAL, Access.READ_ONLY),
        "total_balance": AttributeSpec("total_balance", Kind.DECIMAL, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    balance: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "balance"))
    """Prepaid balance.

    Read-only: set by the server.
    """

    credit: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "credit"))
    """Available credit.

    Read-only: set by the server.
    """

    total_balance: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "total_balance"))
    """The net balance (balance + credit).

    Read-only: set by the server.
    """
