# generated from spec/2022-05-10 by codegen, do not edit
"""Order: the ``orders`` resource."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import StrictBool, UtcDateTime
from didww_gen.v2022_05_10.enums import CallbackMethod, OrderStatus
from didww_gen.v2022_05_10.models import MODELS
from didww_gen.v2022_05_10.models.nested import OrderItem

__all__ = ["Order"]


class Order(Resource):
    """An order placed by the account (DIDs, capacity or emergency services). A pending order can be cancelled by deleting it, which also removes the DID numbers of the order."""

    TYPE: ClassVar[str] = "orders"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "reference": AttributeSpec("reference", Kind.PLAIN, Access.READ_ONLY),
        "amount": AttributeSpec("amount", Kind.DECIMAL, Access.READ_ONLY),
        "status": AttributeSpec("status", Kind.ENUM, Access.READ_ONLY),
        "description": AttributeSpec("description", Kind.PLAIN, Access.READ_ONLY),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
        "items": AttributeSpec("items", Kind.LIST_NESTED, Access.CREATE_ONLY, mutable=True, required=True),
        "callback_url": AttributeSpec(
            "callback_url", Kind.PLAIN, Access.CREATE_ONLY, nullable=True, always_answered=False
        ),
        "callback_method": AttributeSpec(
            "callback_method", Kind.ENUM, Access.CREATE_ONLY, nullable=True, always_answered=False
        ),
        "allow_back_ordering": AttributeSpec("allow_back_ordering", Kind.PLAIN, Access.CREATE_ONLY, write_only=True),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str = ...,
            items: list[OrderItem] = ...,
            callback_url: str | None = ...,
            callback_method: CallbackMethod | None = ...,
            allow_back_ordering: bool = ...,
        ) -> None:
            """Order built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def reference(self) -> str:
            """Order reference number.

            Read-only: set by the server.
            """
            ...

        @property
        def amount(self) -> Decimal:
            """Total order amount.

            Read-only: set by the server.
            """
            ...

        @property
        def status(self) -> OrderStatus:
            """Status of the order.

            Read-only: set by the server.
            """
            ...

        @property
        def description(self) -> str:
            """Description of the order (for example DID, Capacity, Emergency).

            Read-only: set by the server.
            """
            ...

        @property
        def created_at(self) -> UtcDateTime:
            """When the order was created.

            Read-only: set by the server.
            """
            ...

        items: list[OrderItem]
        """The ordered items. For emergency orders, each item includes emergency_calling_service_id, the id of the associated emergency calling service.

        Sent on create only; it cannot be changed later. Required: a write without it is refused before sending.
        """

        callback_url: str | None
        """The HTTP or HTTPS endpoint where events related to the order are delivered.

        Sent on create only; it cannot be changed later. Nullable. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
        """

        callback_method: CallbackMethod | None
        """The HTTP method used for order events (post or get).

        Sent on create only; it cannot be changed later. Nullable. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
        """

        allow_back_ordering: bool
        """Whether back ordering is allowed. Defaults to true when not sent.

        Sent on create only; it cannot be changed later. Write-only: never returned by the server. Default: ``true``.
        """

    else:
        reference: str | None = Field(default=None, validation_alias=AliasPath("attributes", "reference"))
        amount: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "amount"))
        status: OrderStatus | None = Field(default=None, validation_alias=AliasPath("attributes", "status"))
        description: str | None = Field(default=None, validation_alias=AliasPath("attributes", "description"))
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
        items: list[OrderItem] | None = Field(default=None, validation_alias=AliasPath("attributes", "items"))
        callback_url: str | None = Field(default=None, validation_alias=AliasPath("attributes", "callback_url"))
        callback_method: CallbackMethod | None = Field(
            default=None, validation_alias=AliasPath("attributes", "callback_method")
        )
        allow_back_ordering: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "allow_back_ordering")
        )
