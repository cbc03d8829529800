# generated from spec/2026-04-16 by codegen, do not edit
"""AddressVerification: the ``address_verifications`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime
from didww_gen.enums import AddressVerificationStatus, CallbackMethod

if TYPE_CHECKING:
    from didww_gen.models.address import Address as _Address
    from didww_gen.models.did import Did as _Did
    from didww_gen.models.encrypted_file import EncryptedFile as _EncryptedFile
else:
    _Address = Any
    _Did = Any
    _EncryptedFile = Any

__all__ = ["AddressVerification"]


class AddressVerification(Resource):
    """A verification task of an address for DIDs; its status changes are reported to the optional callback."""

    TYPE: ClassVar[str] = "address_verifications"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "external_reference_id": AttributeSpec(
            "external_reference_id", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True
        ),
        "service_description": AttributeSpec("service_description", Kind.PLAIN, Access.CREATE_ONLY, nullable=True),
        "callback_url": AttributeSpec("callback_url", Kind.PLAIN, Access.CREATE_ONLY, nullable=True),
        "callback_method": AttributeSpec("callback_method", Kind.ENUM, Access.CREATE_ONLY, nullable=True),
        "status": AttributeSpec("status", Kind.ENUM, Access.READ_ONLY),
        "reject_reasons": AttributeSpec("reject_reasons", Kind.LIST, Access.READ_ONLY, mutable=True),
        "reject_comment": AttributeSpec("reject_comment", Kind.PLAIN, Access.READ_ONLY, nullable=True),
        "reference": AttributeSpec("reference", Kind.PLAIN, Access.READ_ONLY),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "dids": RelationshipSpec(("dids",), Access.CREATE_ONLY, to_many=True),
        "address": RelationshipSpec(("addresses",), Access.CREATE_ONLY),
        "onetime_files": RelationshipSpec(("encrypted_files",), Access.CREATE_ONLY, to_many=True, write_only=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("addresses", "did_groups", "dids")

    external_reference_id: str | None = Field(
        default=None, validation_alias=AliasPath("attributes", "external_reference_id")
    )
    """Identifier of the address verification in an external system; the only updatable attribute.

    Nullable.
    """

    service_description: str | None = Field(
        default=None, validation_alias=AliasPath("attributes", "service_description")
    )
    """The description of the verification task.

    Sent on create only; it cannot be changed later. Nullable.
    """

    callback_url: str | None = Field(default=None, validation_alias=AliasPath("attributes", "callback_url"))
    """The HTTP or HTTPS endpoint events of the verification task are delivered to.

    Sent on create only; it cannot be changed later. Nullable.
    """

    callback_method: CallbackMethod | None = Field(
        default=None, validation_alias=AliasPath("attributes", "callback_method")
    )
    """The HTTP method used for verification task events (post or get).

    Sent on create only; it cannot be changed later. Nullable.
    """

    status: AddressVerificationStatus | None = Field(default=None, validation_alias=AliasPath("attributes", "status"))
    """The status of the verification task.

    Read-only: set by the server.
    """

    reject_reasons: list[str] | None = Field(default=None, validation_alias=AliasPath("attributes", "reject_reasons"))
    """The reasons for rejection; empty when not rejected.

    Read-only: set by the server.
    """

    reject_comment: str | None = Field(default=None, validation_alias=AliasPath("attributes", "reject_comment"))
    """Additional comment provided upon rejection.

    Read-only: set by the server. Nullable.
    """

    reference: str | None = Field(default=None, validation_alias=AliasPath("attributes", "reference"))
    """Address verification reference number.

    Read-only: set by the server.
    """

    created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
    """When the address verification was created.

    Read-only: set by the server.
    """

    dids: list[_Did] | None = Field(default=None, validation_alias=AliasPath("relationships", "dids", "data"))
    """The DIDs to verify (required on create).

    To-many relationship to Did. Sent on create only; it cannot be changed later.
    """

    address: _Address | None = Field(default=None, validation_alias=AliasPath("relationships", "address", "data"))
    """The address to verify (required on create).

    To-one relationship to Address. Sent on create only; it cannot be changed later.
    """

    onetime_files: list[_EncryptedFile] | None = Field(
        default=None, validation_alias=AliasPath("relationships", "onetime_files", "data")
    )
    """Encrypted files of the one-time supporting document of the verification task.

    To-many relationship to EncryptedFile. Sent on create only; it cannot be changed later. Write-only: never returned by the server.
    """
