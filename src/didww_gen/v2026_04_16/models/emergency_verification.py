# generated from spec/2026-04-16 by codegen, do not edit
"""EmergencyVerification: the ``emergency_verifications`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._rules import OneOf, Rule
from didww_gen._types import UtcDateTime
from didww_gen.v2026_04_16.enums import CallbackMethod, EmergencyVerificationStatus
from didww_gen.v2026_04_16.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2026_04_16.models.address import Address as _Address
    from didww_gen.v2026_04_16.models.did import Did as _Did
    from didww_gen.v2026_04_16.models.emergency_calling_service import (
        EmergencyCallingService as _EmergencyCallingService,
    )
else:
    _Address = Any
    _Did = Any
    _EmergencyCallingService = Any

__all__ = ["EmergencyVerification"]


class EmergencyVerification(Resource):
    """A verification of an address for emergency calling. Create it with address and dids to register DIDs for the first time (a new emergency calling service is created), or with address and emergency_calling_service to resubmit after rejection or update the address of an existing service."""

    TYPE: ClassVar[str] = "emergency_verifications"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "reference": AttributeSpec("reference", Kind.PLAIN, Access.READ_ONLY),
        "status": AttributeSpec("status", Kind.ENUM, Access.READ_ONLY),
        "reject_reasons": AttributeSpec("reject_reasons", Kind.LIST, Access.READ_ONLY, nullable=True, mutable=True),
        "reject_comment": AttributeSpec("reject_comment", Kind.PLAIN, Access.READ_ONLY, nullable=True),
        "callback_url": AttributeSpec("callback_url", Kind.PLAIN, Access.CREATE_ONLY, nullable=True),
        "callback_method": AttributeSpec("callback_method", Kind.ENUM, Access.CREATE_ONLY, nullable=True),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
        "external_reference_id": AttributeSpec(
            "external_reference_id", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True
        ),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "address": RelationshipSpec(("addresses",), Access.CREATE_ONLY, required=True),
        "emergency_calling_service": RelationshipSpec(("emergency_calling_services",), Access.CREATE_ONLY),
        "dids": RelationshipSpec(("dids",), Access.CREATE_ONLY, to_many=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("addresses", "dids", "emergency_calling_services")
    __rules__: ClassVar[tuple[Rule, ...]] = (
        OneOf(
            ("dids", "emergency_calling_service"),
            "dids create a new emergency calling service, emergency_calling_service verifies an existing one",
        ),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str = ...,
            callback_url: str | None = ...,
            callback_method: CallbackMethod | None = ...,
            external_reference_id: str | None = ...,
            address: _Address | None = ...,
            emergency_calling_service: _EmergencyCallingService | None = ...,
            dids: list[_Did] | None = ...,
        ) -> None:
            """EmergencyVerification built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def reference(self) -> str:
            """Emergency verification reference number.

            Read-only: set by the server.
            """
            ...

        @property
        def status(self) -> EmergencyVerificationStatus:
            """The status of the emergency verification.

            Read-only: set by the server.
            """
            ...

        @property
        def reject_reasons(self) -> list[str] | None:
            """The reasons for verification rejection; empty when not rejected.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def reject_comment(self) -> str | None:
            """Additional comment provided upon rejection.

            Read-only: set by the server. Nullable.
            """
            ...

        callback_url: str | None
        """The HTTP or HTTPS endpoint to which events related to the verification are delivered.

        Sent on create only; it cannot be changed later. Nullable.
        """

        callback_method: CallbackMethod | None
        """The HTTP method used for verification events (get or post); required if callback_url is given.

        Sent on create only; it cannot be changed later. Nullable.
        """

        @property
        def created_at(self) -> UtcDateTime:
            """When the verification was created.

            Read-only: set by the server.
            """
            ...

        external_reference_id: str | None
        """Identifier of the emergency verification in an external system.

        Nullable.
        """

        address: _Address | None
        """The address for emergency verification (required on create).

        To-one relationship to Address. Sent on create only; it cannot be changed later. Required on create: a create without it is refused before sending.
        """

        emergency_calling_service: _EmergencyCallingService | None
        """The emergency calling service. On create, send it (instead of dids) to verify for an existing service, which must be in new, changes_required or active status; otherwise one is created automatically.

        To-one relationship to EmergencyCallingService. Sent on create only; it cannot be changed later.
        """

        @property
        def dids(self) -> list[_Did]:
            """The DIDs registered for emergency calling. On create, send them (instead of emergency_calling_service) to create a new calling service; all DIDs must be from the same city or area.

            To-many relationship to Did. Sent on create only; it cannot be changed later.
            """
            ...

        @dids.setter
        def dids(self, value: list[_Did] | None) -> None: ...

    else:
        reference: str | None = Field(default=None, validation_alias=AliasPath("attributes", "reference"))
        status: EmergencyVerificationStatus | None = Field(
            default=None, validation_alias=AliasPath("attributes", "status")
        )
        reject_reasons: list[str] | None = Field(
            default=None, validation_alias=AliasPath("attributes", "reject_reasons")
        )
        reject_comment: str | None = Field(default=None, validation_alias=AliasPath("attributes", "reject_comment"))
        callback_url: str | None = Field(default=None, validation_alias=AliasPath("attributes", "callback_url"))
        callback_method: CallbackMethod | None = Field(
            default=None, validation_alias=AliasPath("attributes", "callback_method")
        )
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
        external_reference_id: str | None = Field(
            default=None, validation_alias=AliasPath("attributes", "external_reference_id")
        )

        address: _Address | None = Field(default=None, validation_alias=AliasPath("relationships", "address", "data"))
        emergency_calling_service: _EmergencyCallingService | None = Field(
            default=None, validation_alias=AliasPath("relationships", "emergency_calling_service", "data")
        )
        dids: list[_Did] | None = Field(default=None, validation_alias=AliasPath("relationships", "dids", "data"))
