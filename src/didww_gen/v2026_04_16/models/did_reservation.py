# generated from spec/2026-04-16 by codegen, do not edit
"""DidReservation: the ``did_reservations`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._document import PageMeta
from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import StrictInt, UtcDateTime
from didww_gen.v2026_04_16.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2026_04_16.models.available_did import AvailableDid as _AvailableDid
else:
    _AvailableDid = Any

__all__ = ["DidReservation", "DidReservationDocumentMeta"]


class DidReservationDocumentMeta(PageMeta):
    """Document-level meta of answers about DidReservation (``page.meta`` of its lists)."""

    available_count: StrictInt | None = Field(default=None)
    """How many more DID reservations the account can make (not described by the reference; its examples show it in the meta of every answer, one lower after a reservation).

    Read-only: set by the server.
    """


class DidReservation(Resource):
    """A temporary reservation of an available DID for the account (by default up to 10 numbers, for 10 minutes); deleting it cancels the reservation."""

    TYPE: ClassVar[str] = "did_reservations"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "expires_at": AttributeSpec("expires_at", Kind.DATETIME, Access.READ_ONLY),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
        "description": AttributeSpec("description", Kind.PLAIN, Access.CREATE_ONLY, nullable=True),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "available_did": RelationshipSpec(("available_dids",), Access.CREATE_ONLY, required=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("available_dids", "did_groups", "stock_keeping_units")
    __document_meta__: ClassVar[type[PageMeta]] = DidReservationDocumentMeta

    if TYPE_CHECKING:

        def __init__(
            self, *, id: str = ..., description: str | None = ..., available_did: _AvailableDid | None = ...
        ) -> None:
            """DidReservation built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def expires_at(self) -> UtcDateTime:
            """When the reservation expires.

            Read-only: set by the server.
            """
            ...

        @property
        def created_at(self) -> UtcDateTime:
            """When the reservation was created.

            Read-only: set by the server.
            """
            ...

        description: str | None
        """Custom description of the reservation.

        Sent on create only; it cannot be changed later. Nullable.
        """

        available_did: _AvailableDid | None
        """The reserved available DID (required on create).

        To-one relationship to AvailableDid. Sent on create only; it cannot be changed later. Required on create: a create without it is refused before sending.
        """

    else:
        expires_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "expires_at"))
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
        description: str | None = Field(default=None, validation_alias=AliasPath("attributes", "description"))

        available_did: _AvailableDid | None = Field(
            default=None, validation_alias=AliasPath("relationships", "available_did", "data")
        )
