# generated from spec/2022-05-10 by codegen, do not edit
"""Balance: the ``balances`` resource."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen.v2022_05_10.models import MODELS

__all__ = ["Balance"]


class Balance(Resource):
    """The account's prepaid balance and available credit."""

    TYPE: ClassVar[str] = "balances"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "balance": AttributeSpec("balance", Kind.DECIMAL, Access.READ_ONLY),
        "credit": AttributeSpec("credit", Kind.DECIMAL, Access.READ_ONLY),
        "total_balance": AttributeSpec("total_balance", Kind.DECIMAL, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """Balance built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def balance(self) -> Decimal:
            """Prepaid balance.

            Read-only: set by the server.
            """
            ...

        @property
        def credit(self) -> Decimal:
            """Available credit.

            Read-only: set by the server.
            """
            ...

        @property
        def total_balance(self) -> Decimal:
            """The net balance (balance + credit).

            Read-only: set by the server.
            """
            ...

    else:
        balance: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "balance"))
        credit: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "credit"))
        total_balance: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "total_balance"))
